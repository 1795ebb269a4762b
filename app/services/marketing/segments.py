"""Segments: saved filters over clients, with the SQL that finds them and a one-COUNT live count."""

from __future__ import annotations

import contextlib
import json
import re
from dataclasses import fields, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from app.models import Client, ClientStatus, Deal, DealStatus, Segment, Stage, Tag, User, client_tag
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.marketing.forms import ROLES, MemberRow, SegmentCriteria, SegmentRow
from app.services.uow import UnitOfWork

CURRENCY = re.compile(r"^[A-Z]{3}$")
_ROLE_COLUMN = {"lead": Client.is_lead, "customer": Client.is_customer, "supplier": Client.is_supplier}


# --- criteria <-> JSON ----------------------------------------------------------------------------

def criteria_to_json(criteria: SegmentCriteria) -> str:
    """The criteria as stored in `segment.criteria`: only what is set, dates ISO, amounts as text."""
    data: dict[str, Any] = {}
    for f in fields(SegmentCriteria):
        value = getattr(criteria, f.name)
        if value == f.default or value in (None, "", ()):
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[f.name] = value
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def criteria_from_json(text: str) -> SegmentCriteria:
    """Criteria from stored JSON; unknown keys (from a newer version) are ignored, bad values dropped."""
    try:
        data = json.loads(text or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    values: dict[str, Any] = {}
    for key in ("role", "city", "total_currency"):
        if isinstance(data.get(key), str):
            values[key] = data[key]
    for key in ("manager_id", "stage_id"):
        if isinstance(data.get(key), int) and not isinstance(data.get(key), bool):
            values[key] = data[key]
    if isinstance(data.get("tags"), list):
        values["tags"] = tuple(t for t in data["tags"] if isinstance(t, str))
    for key in ("last_purchase_from", "last_purchase_to"):
        with contextlib.suppress(KeyError, TypeError, ValueError):
            values[key] = date.fromisoformat(data[key])
    for key in ("total_min", "total_max"):
        with contextlib.suppress(KeyError, InvalidOperation):
            values[key] = Decimal(str(data[key]))
    return SegmentCriteria(**values)


def clean_criteria(criteria: SegmentCriteria) -> SegmentCriteria:
    """Trimmed criteria; raises ValidationError naming each impossible criterion."""
    errors: dict[str, str] = {}
    role = criteria.role or None
    if role is not None and role not in ROLES:
        errors["role"] = msg("is not lead, customer or supplier")
    tags = tuple(dict.fromkeys(t for t in (v.clean(t) for t in criteria.tags) if t))
    currency = v.clean(criteria.total_currency).upper() or "USD"
    if not CURRENCY.match(currency):
        errors["total_currency"] = msg("must be a three-letter code (USD, EUR, RUB…)")
    for key in ("total_min", "total_max"):
        amount = getattr(criteria, key)
        if amount is not None and (not amount.is_finite() or amount < 0):
            errors[key] = msg("must be zero or more")
    if criteria.total_min is not None and criteria.total_max is not None and not errors \
            and criteria.total_min > criteria.total_max:
        errors["total_max"] = msg("is less than the minimum")
    if criteria.last_purchase_from and criteria.last_purchase_to \
            and criteria.last_purchase_from > criteria.last_purchase_to:
        errors["last_purchase_to"] = msg("is before the start date")
    if errors:
        raise ValidationError(errors)
    return replace(criteria, role=role, tags=tags, city=v.clean(criteria.city), total_currency=currency)


# --- the SQL ----------------------------------------------------------------------------------------

def purchases(currency: str):
    """Per client: the last purchase and the total bought in `currency`, as a subquery
    (client_id, last_purchase, total).

    There are no invoices yet, so until the documents area lands a purchase is a WON deal: the last
    purchase is the latest `closed_at` of the client's won deals (any currency) and the total is the
    sum of its won deals' amounts in `currency`. Documents (invoices, shipments) will replace this
    rule here, in this one function."""
    return (
        select(Deal.client_id.label("client_id"),
               func.max(Deal.closed_at).label("last_purchase"),
               func.coalesce(func.sum(case((Deal.currency == currency, Deal.amount), else_=0)), 0).label("total"))
        .where(Deal.status == DealStatus.WON)
        .group_by(Deal.client_id)
        .subquery("purchases")
    )


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min)


def segment_query(criteria: SegmentCriteria) -> Select:
    """SELECT client.id of the active clients matching `criteria` (cleaned first)."""
    c = criteria
    stmt = select(Client.id).where(Client.status == ClientStatus.ACTIVE)
    if c.role:
        stmt = stmt.where(_ROLE_COLUMN[c.role].is_(True))
    if c.tags:
        keys = [v.fold(t) for t in c.tags]
        stmt = stmt.where(Client.id.in_(
            select(client_tag.c.client_id).join(Tag, Tag.id == client_tag.c.tag_id).where(Tag.name_key.in_(keys))))
    if c.city:
        stmt = stmt.where(func.lower(Client.city) == c.city.lower())
    if c.manager_id is not None:
        stmt = stmt.where(Client.manager_id == c.manager_id)
    if c.stage_id is not None:
        stmt = stmt.where(Client.id.in_(select(Deal.client_id).where(Deal.stage_id == c.stage_id)))
    by_date = c.last_purchase_from is not None or c.last_purchase_to is not None
    if by_date or c.total_min is not None or c.total_max is not None:
        p = purchases(c.total_currency)
        # Outer join: "bought at most 1000" includes clients that bought nothing.
        stmt = stmt.outerjoin(p, p.c.client_id == Client.id)
        if c.last_purchase_from is not None:
            stmt = stmt.where(p.c.last_purchase >= _day_start(c.last_purchase_from))
        if c.last_purchase_to is not None:
            stmt = stmt.where(p.c.last_purchase < _day_start(c.last_purchase_to + timedelta(days=1)))
        total = func.coalesce(p.c.total, 0)
        if c.total_min is not None:
            stmt = stmt.where(total >= c.total_min)
        if c.total_max is not None:
            stmt = stmt.where(total <= c.total_max)
    return stmt


def _count(session: Session, criteria: SegmentCriteria) -> int:
    return session.scalar(select(func.count()).select_from(segment_query(criteria).subquery())) or 0


@requires(Area.MARKETING, Action.VIEW)
def count_segment(uow: UnitOfWork, criteria: SegmentCriteria) -> int:
    """How many clients match (one COUNT query); raises ValidationError for impossible criteria."""
    criteria = clean_criteria(criteria)
    with uow:
        return _count(uow.session, criteria)


@requires(Area.MARKETING, Action.VIEW)
def segment_members(uow: UnitOfWork, criteria: SegmentCriteria, *, limit: int = 100) -> tuple[int, list[MemberRow]]:
    """(how many match, the first `limit` of them by name) for the preview."""
    criteria = clean_criteria(criteria)
    with uow:
        s = uow.session
        count = _count(s, criteria)
        ids = segment_query(criteria).subquery()
        manager = aliased(User)
        rows = s.execute(
            select(Client.id, Client.code, Client.display_name, Client.city, Client.primary_email,
                   manager.full_name, Client.unsubscribed)
            .join(ids, ids.c.id == Client.id)
            .outerjoin(manager, manager.id == Client.manager_id)
            .order_by(Client.name_key, Client.id).limit(limit))
        return count, [MemberRow(r[0], r[1] or "", r[2], r[3], r[4], r[5] or "", bool(r[6])) for r in rows]


def member_ids(session: Session, criteria: SegmentCriteria) -> list[int]:
    """Every matching client id (for the campaign snapshot)."""
    return list(session.scalars(segment_query(clean_criteria(criteria)).order_by(Client.id)))


# --- saved segments ---------------------------------------------------------------------------------

def _row(session: Session, segment: Segment, *, count: bool) -> SegmentRow:
    criteria = criteria_from_json(segment.criteria)
    n = None
    if count:
        try:
            n = _count(session, clean_criteria(criteria))
        except ValidationError:
            n = None
    return SegmentRow(segment.id, segment.name, criteria, n, segment.version)


@requires(Area.MARKETING, Action.VIEW)
def list_segments(uow: UnitOfWork, *, with_counts: bool = True) -> list[SegmentRow]:
    """Saved segments by name, each with its current count (one COUNT each) unless asked not to."""
    with uow:
        s = uow.session
        return [_row(s, seg, count=with_counts) for seg in s.scalars(select(Segment).order_by(Segment.name_key))]


@requires(Area.MARKETING, Action.VIEW)
def load_segment(uow: UnitOfWork, segment_id: int) -> SegmentRow:
    """One saved segment with its count; raises NotFound."""
    with uow:
        seg = uow.session.get(Segment, segment_id)
        if seg is None:
            raise NotFound("segment", segment_id)
        return _row(uow.session, seg, count=True)


def _name(session: Session, name: str, exclude_id: int | None) -> tuple[str, str]:
    name = v.clean(name)
    if not name:
        raise ValidationError({"name": msg("is required")})
    if len(name) > 150:
        raise ValidationError({"name": msg("is longer than 150 characters")})
    key = v.fold(name)
    other = session.scalar(select(Segment.id).where(Segment.name_key == key))
    if other is not None and other != exclude_id:
        raise ValidationError({"name": msg("a segment with this name already exists")})
    return name, key


def _stale(session: Session, segment: Segment) -> ConcurrentEdit:
    who = session.get(User, segment.updated_by_id) if segment.updated_by_id else None
    return ConcurrentEdit("segment", segment.id, changed_by=who.full_name if who else None,
                          changed_at=segment.updated_at, current=_row(session, segment, count=False))


@requires(Area.MARKETING, Action.EDIT)
def save_segment(uow: UnitOfWork, segment_id: int | None, *, name: str, criteria: SegmentCriteria,
                 expected_version: int | None = None) -> SegmentRow:
    """Create (`segment_id` None) or change a saved segment; raises ValidationError, NotFound or
    ConcurrentEdit."""
    criteria = clean_criteria(criteria)
    with uow:
        s = uow.session
        if criteria.stage_id is not None and s.get(Stage, criteria.stage_id) is None:
            raise ValidationError({"stage_id": msg("no longer exists")})
        if segment_id is None:
            name, key = _name(s, name, None)
            segment = Segment(name=name, name_key=key, criteria=criteria_to_json(criteria))
            s.add(segment)
        else:
            segment = s.get(Segment, segment_id)
            if segment is None:
                raise NotFound("segment", segment_id)
            if segment.version != expected_version:
                raise _stale(s, segment)
            segment.name, segment.name_key = _name(s, name, segment_id)
            segment.criteria = criteria_to_json(criteria)
        try:
            s.flush()
        except IntegrityError:  # another desktop saved the same name a moment ago
            raise ValidationError({"name": msg("a segment with this name already exists")}) from None
        row = _row(s, segment, count=True)
        uow.commit()
        return row


@requires(Area.MARKETING, Action.DELETE)
def delete_segment(uow: UnitOfWork, segment_id: int, *, expected_version: int) -> None:
    """Delete a saved segment (campaigns made from it keep their recipients); raises ConcurrentEdit."""
    with uow:
        s = uow.session
        segment = s.get(Segment, segment_id)
        if segment is None:
            return
        if segment.version != expected_version:
            raise _stale(s, segment)
        s.delete(segment)
        uow.commit()
