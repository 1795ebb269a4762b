"""Deals: create, edit, and move through the stages — every move recorded, Lost with a reason."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Campaign,
    Client,
    ContactPerson,
    Deal,
    DealLine,
    DealStageChange,
    DealStatus,
    Interaction,
    LostReason,
    Product,
    Stage,
    StageKind,
    Task,
    Unit,
    User,
)
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.catalog.pricing import price_for, round_money
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.funnel.forms import DealCard, DealForm, DealLineData, DealLineRow, StageVisit
from app.services.funnel.pipelines import HUNDRED, _pipeline, _probability
from app.services.i18n import msg
from app.services.uow import UnitOfWork

CURRENCY = re.compile(r"^[A-Z]{3}$")
CENT = Decimal("0.01")
_STATUS_OF_KIND = {StageKind.OPEN: DealStatus.OPEN, StageKind.WON: DealStatus.WON, StageKind.LOST: DealStatus.LOST}


def _amount(value: Decimal | int | str) -> Decimal:
    try:
        amount = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError({"amount": msg("is not a number")}) from None
    if amount < 0:
        raise ValidationError({"amount": msg("must not be negative")})
    if amount >= Decimal("1e16"):
        raise ValidationError({"amount": msg("is too large")})
    return amount


def line_amount(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> Decimal:
    """quantity × unit price less the discount, rounded half-up to cents."""
    return round_money(quantity * unit_price * (HUNDRED - discount_percent) / HUNDRED)


def _number(value: object) -> Decimal | None:
    try:
        number = Decimal(str(value).strip().replace(",", ".")) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def _validate_lines(session: Session, lines: tuple[DealLineData, ...], errors: dict[str, str]) -> list[dict]:
    """The cleaned lines (with amounts); a problem goes into `errors` as `lines.{i}.{field}`."""
    cleaned = []
    for i, line in enumerate(lines):
        product = session.get(Product, line.product_id) if line.product_id is not None else None
        if product is None:
            errors[f"lines.{i}.product_id"] = msg("choose a product")
        elif product.archived:
            errors[f"lines.{i}.product_id"] = msg("is archived")
        quantity = _number(line.quantity)
        if quantity is None:
            errors[f"lines.{i}.quantity"] = msg("is not a number")
        elif quantity <= 0:
            errors[f"lines.{i}.quantity"] = msg("must be more than zero")
        elif quantity >= Decimal("1e15") or quantity != quantity.quantize(Decimal("0.001")):
            errors[f"lines.{i}.quantity"] = msg("is too large or has more than three decimals")
        price = _number(line.unit_price)
        if price is None:
            errors[f"lines.{i}.unit_price"] = msg("is not a number")
        elif price < 0:
            errors[f"lines.{i}.unit_price"] = msg("must not be negative")
        elif price >= Decimal("1e15"):
            errors[f"lines.{i}.unit_price"] = msg("is too large")
        discount = _number(line.discount_percent)
        if discount is None:
            errors[f"lines.{i}.discount_percent"] = msg("is not a number")
        elif not 0 <= discount <= HUNDRED:
            errors[f"lines.{i}.discount_percent"] = msg("must be between 0 and 100 %")
        if product is None or product.archived or quantity is None or price is None or discount is None:
            continue
        price = round_money(price)
        discount = discount.quantize(CENT, rounding=ROUND_HALF_UP)
        cleaned.append(dict(line_no=i + 1, product_id=product.id, quantity=quantity, unit_price=price,
                            discount_percent=discount, amount=line_amount(quantity, price, discount)))
    return cleaned


def _save_lines(session: Session, deal: Deal, lines: list[dict]) -> None:
    """Replace the deal's lines with `lines` (numbered 1..n)."""
    for old in session.scalars(select(DealLine).where(DealLine.deal_id == deal.id)):
        session.delete(old)
    session.flush()
    for line in lines:
        session.add(DealLine(deal_id=deal.id, **line))


def _lines_of(session: Session, deal_id: int) -> tuple[DealLineRow, ...]:
    rows = session.execute(
        select(DealLine, Product.sku, Product.name, Unit.name)
        .join(Product, Product.id == DealLine.product_id).join(Unit, Unit.id == Product.unit_id)
        .where(DealLine.deal_id == deal_id).order_by(DealLine.line_no))
    return tuple(DealLineRow(line.line_no, line.product_id, sku, name, unit, line.quantity, line.unit_price,
                             line.discount_percent, line.amount) for line, sku, name, unit in rows)


@requires(Area.DEALS, Action.VIEW)
def quote_deal_line(uow: UnitOfWork, *, product_id: int, client_id: int | None) -> DealLineData:
    """A new line for this product priced for the client: its list price and the client's personal discount;
    raises NotFound."""
    quote = price_for(uow, product_id=product_id, client_id=client_id)
    return DealLineData(product_id, Decimal("1"), quote.price, quote.discount_percent)


def _validate(session: Session, form: DealForm) -> tuple[Stage, dict]:
    """The deal's stage and its cleaned values; raises ValidationError listing every bad field."""
    errors: dict[str, str] = {}
    values: dict = {}
    title = v.clean(form.title)
    if not title:
        errors["title"] = msg("is required")
    elif len(title) > 300:
        errors["title"] = msg("is longer than 300 characters")
    values["title"] = title
    client = session.get(Client, form.client_id) if form.client_id is not None else None
    if client is None:
        errors["client_id"] = msg("choose a client")
    if form.contact_person_id is not None:
        person = session.get(ContactPerson, form.contact_person_id)
        if person is None or (client is not None and person.client_id != client.id):
            errors["contact_person_id"] = msg("is not a contact person of this client")
    try:
        values["amount"] = _amount(form.amount)
    except ValidationError as exc:
        errors.update(exc.errors)
    currency = v.clean(form.currency).upper()
    if not CURRENCY.match(currency):
        errors["currency"] = msg("must be a three-letter code (USD, EUR, RUB…)")
    values["currency"] = currency
    if form.probability is not None:
        try:
            values["probability"] = _probability(form.probability, "probability")
        except ValidationError as exc:
            errors.update(exc.errors)
    else:
        values["probability"] = None
    if form.source_campaign_id is not None and session.get(Campaign, form.source_campaign_id) is None:
        errors["source_campaign_id"] = msg("is not a campaign")
    if form.manager_id is not None:
        manager = session.get(User, form.manager_id)
        if manager is None:
            errors["manager_id"] = msg("is not a user")
    stage = None
    if form.pipeline_id is None:
        errors["pipeline_id"] = msg("choose a pipeline")
    else:
        try:
            pipeline = _pipeline(session, form.pipeline_id)
        except NotFound:
            errors["pipeline_id"] = msg("no longer exists")
        else:
            if form.stage_id is None:
                stage = next((s for s in pipeline.stages if s.kind == StageKind.OPEN), None)
            else:
                stage = next((s for s in pipeline.stages if s.id == form.stage_id), None)
                if stage is None:
                    errors["stage_id"] = msg("is not a stage of this pipeline")
    lines = _validate_lines(session, tuple(form.lines), errors)
    if lines and "amount" in errors:
        del errors["amount"]
    if lines:
        values["amount"] = sum((line["amount"] for line in lines), Decimal("0"))
        if values["amount"] >= Decimal("1e16"):
            errors["amount"] = msg("is too large")
    if errors:
        raise ValidationError(errors)
    assert stage is not None
    values["lines"] = lines
    values.update(client_id=form.client_id, contact_person_id=form.contact_person_id,
                  expected_close=form.expected_close, manager_id=form.manager_id,
                  source=v.clean(form.source), notes=(form.notes or "").strip(), pipeline_id=form.pipeline_id,
                  source_campaign_id=form.source_campaign_id)
    return stage, values


def _name(session: Session, model, ident: int | None, attr: str) -> str:
    if ident is None:
        return ""
    obj = session.get(model, ident)
    return getattr(obj, attr) if obj is not None else ""


def card_of(session: Session, deal: Deal) -> DealCard:
    stage = session.get(Stage, deal.stage_id)
    assert stage is not None
    lines = _lines_of(session, deal.id)
    return DealCard(
        id=deal.id, version=deal.version,
        form=DealForm(title=deal.title, client_id=deal.client_id, contact_person_id=deal.contact_person_id,
                      amount=deal.amount, currency=deal.currency, expected_close=deal.expected_close,
                      manager_id=deal.manager_id, source=deal.source, pipeline_id=deal.pipeline_id,
                      stage_id=deal.stage_id, probability=deal.probability, notes=deal.notes,
                      source_campaign_id=deal.source_campaign_id, lines=tuple(line.data for line in lines)),
        status=deal.status,
        client_name=_name(session, Client, deal.client_id, "display_name"),
        stage_name=stage.name,
        manager_name=_name(session, User, deal.manager_id, "full_name"),
        effective_probability=deal.probability if deal.probability is not None else stage.probability,
        stage_entered_at=deal.stage_entered_at,
        lost_reason=_name(session, LostReason, deal.lost_reason_id, "name"),
        lost_comment=deal.lost_comment,
        closed_at=deal.closed_at,
        campaign_name=_name(session, Campaign, deal.source_campaign_id, "name"),
        lines=lines,
    )


def _enter(session: Session, deal: Deal, stage: Stage, *, lost_reason_id: int | None, lost_comment: str,
           first: bool = False) -> None:
    """Put the (flushed) deal into `stage` and record the move; the first row has no "from"."""
    lost = stage.kind == StageKind.LOST
    if lost and (lost_reason_id is None or session.get(LostReason, lost_reason_id) is None):
        raise ValidationError({"lost_reason_id": msg("say why the deal was lost")})
    now = utcnow()
    session.add(DealStageChange(deal_id=deal.id, from_stage_id=None if first else deal.stage_id,
                                to_stage_id=stage.id, changed_at=now, changed_by_id=session.info.get("user_id"),
                                lost_reason_id=lost_reason_id if lost else None))
    deal.stage_id = stage.id
    deal.stage_entered_at = now
    deal.status = _STATUS_OF_KIND[StageKind(stage.kind)]
    deal.closed_at = now if stage.kind != StageKind.OPEN else None
    deal.lost_reason_id = lost_reason_id if lost else None
    deal.lost_comment = v.clean(lost_comment)[:500] if lost else ""


@requires(Area.DEALS, Action.CREATE)
def create_deal(uow: UnitOfWork, form: DealForm, *, lost_reason_id: int | None = None) -> DealCard:
    """A new deal in `form.stage_id` (default: the pipeline's first stage); raises ValidationError."""
    with uow:
        s = uow.session
        stage, values = _validate(s, form)
        lines = values.pop("lines")
        deal = Deal(**values, stage_id=stage.id, stage_entered_at=utcnow(), status=DealStatus.OPEN)
        s.add(deal)
        s.flush()
        _enter(s, deal, stage, lost_reason_id=lost_reason_id, lost_comment="", first=True)
        _save_lines(s, deal, lines)
        s.flush()
        card = card_of(s, deal)
        uow.commit()
        return card


def _load(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise NotFound("deal", deal_id)
    return deal


def _stale(session: Session, deal: Deal) -> ConcurrentEdit:
    return ConcurrentEdit("deal", deal.id, changed_by=_name(session, User, deal.updated_by_id, "full_name"),
                          changed_at=deal.updated_at, current=card_of(session, deal))


@requires(Area.DEALS, Action.VIEW)
def load_deal(uow: UnitOfWork, deal_id: int) -> DealCard:
    """The deal's card; raises NotFound."""
    with uow:
        return card_of(uow.session, _load(uow.session, deal_id))


def _move_linked_records(session: Session, deal_id: int, *, old_client_id: int, new_client_id: int) -> None:
    """A deal given to another client takes its tasks (whatever their status) and logged interactions
    along, so they stay valid; a contact person of the old client is unlinked from them. Each row's
    version moves on, so a dialog still showing the old client meets a ConcurrentEdit."""
    old_contacts = set(session.scalars(select(ContactPerson.id).where(ContactPerson.client_id == old_client_id)))
    for model in (Task, Interaction):
        for item in session.scalars(select(model).where(model.deal_id == deal_id)):
            item.client_id = new_client_id
            if item.contact_person_id in old_contacts:
                item.contact_person_id = None


@requires(Area.DEALS, Action.EDIT)
def update_deal(uow: UnitOfWork, deal_id: int, form: DealForm, *, expected_version: int,
                lost_reason_id: int | None = None, lost_comment: str = "") -> DealCard:
    """Save the deal card (a changed stage is a recorded move); raises ValidationError, NotFound or
    ConcurrentEdit."""
    with uow:
        s = uow.session
        deal = _load(s, deal_id)
        if deal.version != expected_version:
            raise _stale(s, deal)
        stage, values = _validate(s, replace(form, stage_id=form.stage_id or deal.stage_id))
        lines = values.pop("lines")
        if values["pipeline_id"] != deal.pipeline_id and form.stage_id in (None, deal.stage_id):
            raise ValidationError({"stage_id": msg("choose the stage in the new pipeline")})
        if values["client_id"] != deal.client_id:
            _move_linked_records(s, deal.id, old_client_id=deal.client_id, new_client_id=values["client_id"])
        for name, value in values.items():
            setattr(deal, name, value)
        if stage.id != deal.stage_id:
            _enter(s, deal, stage, lost_reason_id=lost_reason_id, lost_comment=lost_comment)
        _save_lines(s, deal, lines)
        deal.updated_at = utcnow()
        s.flush()
        card = card_of(s, deal)
        uow.commit()
        return card


@requires(Area.DEALS, Action.EDIT)
def move_deal(uow: UnitOfWork, deal_id: int, stage_id: int, *, expected_version: int,
              lost_reason_id: int | None = None, lost_comment: str = "") -> DealCard:
    """Move the deal to another stage of its pipeline (Lost needs a reason); raises ValidationError,
    NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        deal = _load(s, deal_id)
        if deal.version != expected_version:
            raise _stale(s, deal)
        stage = s.get(Stage, stage_id)
        if stage is None or stage.pipeline_id != deal.pipeline_id:
            raise ValidationError({"stage_id": msg("is not a stage of the deal's pipeline")})
        if stage.id == deal.stage_id:
            return card_of(s, deal)
        _enter(s, deal, stage, lost_reason_id=lost_reason_id, lost_comment=lost_comment)
        deal.updated_at = utcnow()
        s.flush()
        card = card_of(s, deal)
        uow.commit()
        return card


@requires(Area.DEALS, Action.VIEW)
def deal_history(uow: UnitOfWork, deal_id: int) -> list[StageVisit]:
    """The stages the deal went through, oldest first, with when it entered and left each."""
    with uow:
        s = uow.session
        _load(s, deal_id)
        rows = s.execute(
            select(DealStageChange, Stage.name, User.full_name, LostReason.name)
            .join(Stage, Stage.id == DealStageChange.to_stage_id)
            .outerjoin(User, User.id == DealStageChange.changed_by_id)
            .outerjoin(LostReason, LostReason.id == DealStageChange.lost_reason_id)
            .where(DealStageChange.deal_id == deal_id)
            .order_by(DealStageChange.changed_at, DealStageChange.id)
        ).all()
        visits = []
        for i, (change, stage_name, who, reason) in enumerate(rows):
            left = rows[i + 1][0].changed_at if i + 1 < len(rows) else None
            came_from = rows[i - 1][1] if i > 0 else ""
            visits.append(StageVisit(change.to_stage_id, stage_name, change.changed_at, left, who or "",
                                     reason or "", came_from))
        return visits


@open_to_all
def campaign_choices(uow: UnitOfWork) -> list[tuple[int, str]]:
    """Every marketing campaign as (id, name), by name: what a deal's "source campaign" may be."""
    with uow:
        return [(ident, name) for ident, name in
                uow.session.execute(select(Campaign.id, Campaign.name).order_by(Campaign.name_key, Campaign.id))]


def weighted(amount: Decimal, probability: Decimal) -> Decimal:
    """amount × probability %, rounded half-up to cents (the forecast's one rounding rule)."""
    return (amount * probability / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)
