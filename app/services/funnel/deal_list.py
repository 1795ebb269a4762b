"""The deals list: the board's deals as a table, counted and paged, sorted and searched in SQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, case, func, select

from app.models import Client, Deal, DealStatus, Stage, User
from app.models.base import utcnow
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.funnel.deals import weighted
from app.services.funnel.filters import DealQuery, filtered, overdue_tasks
from app.services.i18n import msg
from app.services.uow import UnitOfWork

SORT_KEYS = ("title", "client", "stage", "amount", "probability", "weighted", "expected_close", "manager",
             "days_in_stage", "overdue")


@dataclass(frozen=True, slots=True)
class DealListRow:
    id: int
    version: int
    title: str
    client_id: int
    client_name: str
    stage_name: str
    status: str
    amount: Decimal
    currency: str
    probability: Decimal      # the deal's own, else its stage's
    weighted: Decimal         # amount × probability, rounded half-up to cents
    expected_close: date | None
    manager_name: str
    days_in_stage: int
    overdue_task: bool
    overdue_close: bool


def _statement(query: DealQuery, now: datetime, sort: str, descending: bool) -> Select:
    if sort not in SORT_KEYS:
        raise ValidationError({"sort": msg("cannot sort by {sort}", sort=sort)})
    overdue = overdue_tasks(now)
    probability = func.coalesce(Deal.probability, Stage.probability)
    has_overdue = case((overdue.c.deal_id.is_not(None), 1), else_=0)
    stmt = filtered(
        select(Deal.id, Deal.version, Deal.title, Deal.client_id, Client.display_name, Stage.name, Deal.status,
               Deal.amount, Deal.currency, probability, Deal.expected_close, User.full_name,
               Deal.stage_entered_at, has_overdue)
        .join(Client, Client.id == Deal.client_id)
        .join(Stage, Stage.id == Deal.stage_id)
        .outerjoin(User, User.id == Deal.manager_id)
        .outerjoin(overdue, overdue.c.deal_id == Deal.id), query, now)
    key = {
        "title": func.lower(Deal.title), "client": Client.name_key, "stage": Stage.sort_order,
        "amount": Deal.amount, "probability": probability, "weighted": Deal.amount * probability,
        "expected_close": Deal.expected_close, "manager": User.full_name,
        # More days in the stage = entered earlier.
        "days_in_stage": Deal.stage_entered_at,
        "overdue": has_overdue,
    }[sort]
    if sort == "days_in_stage":
        descending = not descending
    # Explicit NULLS placement: SQLite and PostgreSQL differ by default, and descending must be
    # ascending exactly reversed.
    if descending:
        return stmt.order_by(key.desc().nulls_first(), Deal.id.desc())
    return stmt.order_by(key.asc().nulls_last(), Deal.id.asc())


def _rows(session, stmt: Select, now: datetime, today: date) -> list[DealListRow]:
    return [DealListRow(
        id=ident, version=version, title=title, client_id=client_id, client_name=client, stage_name=stage,
        status=status, amount=amount, currency=currency, probability=Decimal(p),
        weighted=weighted(amount, Decimal(p)), expected_close=close, manager_name=manager or "",
        days_in_stage=max(0, (now - entered).days), overdue_task=bool(task),
        overdue_close=status == DealStatus.OPEN and close is not None and close < today)
        for (ident, version, title, client_id, client, stage, status, amount, currency, p, close, manager,
             entered, task) in session.execute(stmt)]


def iter_deal_rows(session, query: DealQuery, *, sort: str = "title", descending: bool = False,
                   batch: int = 1000) -> Iterator[DealListRow]:
    """Every matching deal in the list's order, read a batch at a time in the caller's session (exports)."""
    now, today = _moment(None)
    stmt = _statement(query, now, sort, descending)
    offset = 0
    while True:
        rows = _rows(session, stmt.offset(offset).limit(batch), now, today)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


def count_deal_rows(session, query: DealQuery) -> tuple[int, int]:
    """(how many deals match, in how many currencies)."""
    now, _ = _moment(None)
    sub = _statement(query, now, "title", False).order_by(None).subquery()
    return tuple(session.execute(select(func.count(), func.count(func.distinct(sub.c.currency)))
                                 .select_from(sub)).one())


def _moment(now: datetime | None) -> tuple[datetime, date]:
    return (utcnow(), date.today()) if now is None else (now, now.date())


@requires(Area.DEALS, Action.VIEW)
def deal_list_first(uow: UnitOfWork, query: DealQuery, *, sort: str = "title", descending: bool = False,
                    limit: int = 100, now: datetime | None = None) -> tuple[int, list[DealListRow]]:
    """(how many deals match, the first `limit` rows in the sort order); raises ValidationError for
    an unknown sort key. `now` (naive UTC) is for tests."""
    now, today = _moment(now)
    stmt = _statement(query, now, sort, descending)
    with uow:
        s = uow.session
        count = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        return count, _rows(s, stmt.limit(limit), now, today) if count else []


@requires(Area.DEALS, Action.VIEW)
def deal_list_page(uow: UnitOfWork, query: DealQuery, *, sort: str = "title", descending: bool = False,
                   offset: int, limit: int, now: datetime | None = None) -> list[DealListRow]:
    """Rows `offset`…`offset + limit` of the matching deals in the sort order."""
    if offset < 0 or limit < 0:
        raise ValidationError({"offset": msg("must not be negative")})
    now, today = _moment(now)
    with uow:
        return _rows(uow.session, _statement(query, now, sort, descending).offset(offset).limit(limit), now, today)

