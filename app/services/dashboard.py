"""The dashboard: one small read per tile, each a few SQL aggregates (no list is loaded), and the user's
choice of tiles and their order.

Periods run "to date": this month is the 1st to today, compared with the same number of days at the start
of last month (this week: Monday to today against the same weekdays of last week; today against
yesterday). Months and weeks are those of the calendar the user chose: in the Solar Hijri one this month
starts on the 1st of the Jalali month and a week on Saturday. Money is in the company currency (a
document's total × its rate).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select

from app.models import (
    Client,
    ClientBalance,
    Deal,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Pipeline,
    Product,
    ProductionCompletion,
    ProductionOrder,
    Stage,
    Task,
)
from app.models.funnel import DealStatus, StageKind
from app.models.planner import OPEN_TASK_STATUSES
from app.models.production import OPEN_PRODUCTION
from app.services import calendars as cal
from app.services import preferences
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.calendars import GREGORIAN
from app.services.documents.editing import rate_at
from app.services.documents.totals import ZERO, round_money
from app.services.errors import ValidationError
from app.services.goals.forms import ObjectiveRow, PlanProgress
from app.services.i18n import msg
from app.services.planner.recurrence import to_utc
from app.services.stock.balances import reorder_row, reorder_statement
from app.services.stock.forms import ReorderRow
from app.services.uow import UnitOfWork

PERIODS = ("today", "week", "month")
TILES = ("sales", "funnel", "top_clients", "top_products", "low_stock", "overdue_tasks", "receivables",
         "production", "goals")
SETTING_KEY = "dashboard"
TOP = 5


@dataclass(frozen=True, slots=True)
class Period:
    key: str
    start: date
    end: date                # inclusive: today
    previous_start: date
    previous_end: date       # inclusive
    calendar: str = GREGORIAN


def period_of(key: str, today: date | None = None, *, calendar: str = GREGORIAN) -> Period:
    """The period `key` ("today", "week", "month") up to `today`, and the same stretch of the one before,
    in `calendar`'s weeks and months. Raises ValidationError."""
    today = today or date.today()
    cal.check_system(calendar)
    if key == "today":
        return Period(key, today, today, today - timedelta(days=1), today - timedelta(days=1), calendar)
    if key == "week":
        start = cal.week_start(today, calendar)
        return Period(key, start, today, start - timedelta(days=7), today - timedelta(days=7), calendar)
    if key == "month":
        start = cal.month_start(today, calendar)
        prev_start = cal.add_months(start, -1, calendar)
        prev_end = min(prev_start + (today - start), start - timedelta(days=1))
        return Period(key, start, today, prev_start, prev_end, calendar)
    raise ValidationError({"period": msg("is today, week or month")})


def _utc_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """Local days `first`..`last` as a naive-UTC half-open range (what timestamps are stored in)."""
    return to_utc(datetime.combine(first, datetime.min.time())), \
        to_utc(datetime.combine(last + timedelta(days=1), datetime.min.time()))


def _currency(s) -> str:
    from app.services.documents.editing import company

    return company(s).currency


# -- rows ------------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SalesTile:
    period: Period
    total: Decimal            # confirmed invoices dated in the period, company currency
    previous: Decimal         # the same for the previous period
    invoices: int
    orders_today: int         # confirmed orders dated today
    currency: str
    # Net sales against the managers' plans for the whole day, week or month (None: no plan set).
    plan: PlanProgress | None = None

    @property
    def change_percent(self) -> Decimal | None:
        """How much more (or less) than the previous period, in percent; None when there was nothing before."""
        if not self.previous:
            return None
        return ((self.total - self.previous) * 100 / self.previous).quantize(Decimal("0.1"))


@dataclass(frozen=True, slots=True)
class FunnelStage:
    stage_id: int
    name: str
    deals: int
    amount: Decimal


@dataclass(frozen=True, slots=True)
class FunnelTile:
    pipeline_id: int | None
    pipeline_name: str
    stages: tuple[FunnelStage, ...]
    currency: str
    unconverted: tuple[str, ...]   # deal currencies with no rate: their deals are counted, not summed


@dataclass(frozen=True, slots=True)
class TopRow:
    id: int
    name: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class TopTile:
    period: Period
    rows: tuple[TopRow, ...]
    currency: str


@dataclass(frozen=True, slots=True)
class LowStockTile:
    count: int
    first: tuple[ReorderRow, ...]


@dataclass(frozen=True, slots=True)
class TasksTile:
    mine: int
    everyone: int


@dataclass(frozen=True, slots=True)
class ReceivablesTile:
    receivable: Decimal       # what clients owe (client balances above zero)
    overdue: Decimal          # open amount of confirmed invoices past their due date
    overdue_invoices: int
    currency: str


@dataclass(frozen=True, slots=True)
class ProductionTile:
    period: Period
    by_status: tuple[tuple[str, int], ...]   # open statuses in their order, with counts
    made: Decimal                            # units completed in the period
    completions: int

    @property
    def open_orders(self) -> int:
        return sum(n for _, n in self.by_status)


@dataclass(frozen=True, slots=True)
class DashboardLayout:
    tiles: tuple[str, ...]
    period: str


# -- tiles -----------------------------------------------------------------------------------------------

def _invoice_sum(s, first: date, last: date) -> tuple[Decimal, int]:
    total, count = s.execute(select(func.coalesce(func.sum(Document.total * Document.rate), 0), func.count())
                             .where(Document.doc_type == DocType.INVOICE, Document.status == DocStatus.CONFIRMED,
                                    Document.doc_date >= first, Document.doc_date <= last)).one()
    return Decimal(total), count


@requires(Area.DOCUMENTS, Action.VIEW)
def sales(uow: UnitOfWork, *, period: str = "month", today: date | None = None,
          calendar: str = GREGORIAN) -> SalesTile:
    """Sales in the period against the previous one, and orders confirmed today; raises ValidationError."""
    p = period_of(period, today, calendar=calendar)
    with uow:
        s = uow.session
        cur = _currency(s)
        total, count = _invoice_sum(s, p.start, p.end)
        previous, _ = _invoice_sum(s, p.previous_start, p.previous_end)
        orders = s.scalar(select(func.count()).where(Document.doc_type == DocType.ORDER,
                                                     Document.status == DocStatus.CONFIRMED,
                                                     Document.doc_date == p.end))
    plan = _plan(uow, p)
    return SalesTile(p, round_money(total, cur), round_money(previous, cur), count, orders, cur, plan)


def _plan(uow: UnitOfWork, p: Period) -> PlanProgress | None:
    """The plans for the whole day, week or month `p` runs in, against net sales to date."""
    from app.services.goals.plans import plan_amount, plan_progress

    last = {"today": p.start, "week": p.start + timedelta(days=6),
            "month": cal.month_end(p.start, p.calendar)}[p.key]
    if not plan_amount(uow, p.start, last):
        return None
    return plan_progress(uow, p.start, last, today=p.end)


@requires(Area.DEALS, Action.VIEW)
def funnel(uow: UnitOfWork, *, today: date | None = None) -> FunnelTile:
    """Open deals of the first pipeline, count and amount per open stage (amounts at today's rates)."""
    today = today or date.today()
    with uow:
        s = uow.session
        cur = _currency(s)
        pipe = s.execute(select(Pipeline.id, Pipeline.name).where(Pipeline.archived.is_(False))
                         .order_by(Pipeline.sort_order, Pipeline.id).limit(1)).first()
        if pipe is None:
            return FunnelTile(None, "", (), cur, ())
        stages = s.execute(select(Stage.id, Stage.name).where(Stage.pipeline_id == pipe.id,
                                                              Stage.kind == StageKind.OPEN)
                           .order_by(Stage.sort_order, Stage.id)).all()
        sums = s.execute(select(Deal.stage_id, Deal.currency, func.count(), func.coalesce(func.sum(Deal.amount), 0))
                         .where(Deal.pipeline_id == pipe.id, Deal.status == DealStatus.OPEN)
                         .group_by(Deal.stage_id, Deal.currency)).all()
        counts: dict[int, int] = {}
        amounts: dict[int, Decimal] = {}
        unconverted: set[str] = set()
        rates: dict[str, Decimal | None] = {}
        for stage_id, currency, n, amount in sums:
            counts[stage_id] = counts.get(stage_id, 0) + n
            if currency not in rates:
                rates[currency] = rate_at(s, currency, today)
            if rates[currency] is None:
                unconverted.add(currency)
                continue
            amounts[stage_id] = amounts.get(stage_id, ZERO) + Decimal(amount) * rates[currency]
        return FunnelTile(pipe.id, pipe.name, tuple(
            FunnelStage(sid, name, counts.get(sid, 0), round_money(amounts.get(sid, ZERO), cur))
            for sid, name in stages), cur, tuple(sorted(unconverted)))


@requires(Area.DOCUMENTS, Action.VIEW)
def top_clients(uow: UnitOfWork, *, period: str = "month", today: date | None = None, calendar: str = GREGORIAN,
                limit: int = TOP) -> TopTile:
    """The clients with the most confirmed invoices in the period, largest first; raises ValidationError."""
    p = period_of(period, today, calendar=calendar)
    amount = func.sum(Document.total * Document.rate)
    with uow:
        s = uow.session
        cur = _currency(s)
        rows = s.execute(select(Client.id, Client.display_name, amount)
                         .join(Client, Client.id == Document.client_id)
                         .where(Document.doc_type == DocType.INVOICE, Document.status == DocStatus.CONFIRMED,
                                Document.doc_date >= p.start, Document.doc_date <= p.end)
                         .group_by(Client.id, Client.display_name)
                         .order_by(amount.desc(), Client.display_name).limit(limit)).all()
        return TopTile(p, tuple(TopRow(i, n, round_money(Decimal(a), cur)) for i, n, a in rows), cur)


@requires(Area.DOCUMENTS, Action.VIEW)
def top_products(uow: UnitOfWork, *, period: str = "month", today: date | None = None, calendar: str = GREGORIAN,
                 limit: int = TOP) -> TopTile:
    """The products sold for the most on confirmed invoices in the period (line amounts with VAT), largest
    first; raises ValidationError."""
    p = period_of(period, today, calendar=calendar)
    amount = func.sum(DocumentLine.amount * Document.rate)
    with uow:
        s = uow.session
        cur = _currency(s)
        rows = s.execute(select(Product.id, Product.name, amount)
                         .join(Document, Document.id == DocumentLine.document_id)
                         .join(Product, Product.id == DocumentLine.product_id)
                         .where(Document.doc_type == DocType.INVOICE, Document.status == DocStatus.CONFIRMED,
                                Document.doc_date >= p.start, Document.doc_date <= p.end)
                         .group_by(Product.id, Product.name)
                         .order_by(amount.desc(), Product.name).limit(limit)).all()
        return TopTile(p, tuple(TopRow(i, n, round_money(Decimal(a), cur)) for i, n, a in rows), cur)


@requires(Area.WAREHOUSE, Action.VIEW)
def low_stock(uow: UnitOfWork, *, limit: int = TOP) -> LowStockTile:
    """How many products are below their minimum (the warehouse's reorder list) and the first few by name."""
    stmt = reorder_statement()
    with uow:
        s = uow.session
        count = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
        return LowStockTile(count, tuple(reorder_row(*r) for r in s.execute(stmt.limit(limit))))


@requires(Area.TASKS, Action.VIEW)
def overdue_tasks(uow: UnitOfWork, *, now: datetime | None = None) -> TasksTile:
    """Open tasks due before now: the signed-in user's own and everyone's (`now` is naive UTC)."""
    from app.models.base import utcnow

    now = now or utcnow()
    with uow:
        s = uow.session
        me = s.info.get("user_id")
        mine, everyone = s.execute(select(func.coalesce(func.sum(case((Task.assignee_id == me, 1), else_=0)), 0),
                                          func.count())
                                   .where(Task.status.in_([str(x) for x in OPEN_TASK_STATUSES]),
                                          Task.due_at < now)).one()
        return TasksTile(int(mine), everyone)


@requires(Area.DOCUMENTS, Action.VIEW)
def receivables(uow: UnitOfWork, *, today: date | None = None) -> ReceivablesTile:
    """What clients owe (balances above zero) and the open part of confirmed invoices past due."""
    today = today or date.today()
    with uow:
        s = uow.session
        cur = _currency(s)
        owed = ClientBalance.invoiced - ClientBalance.paid
        receivable = s.scalar(select(func.coalesce(func.sum(owed), 0)).where(owed > 0))
        overdue, count = s.execute(
            select(func.coalesce(func.sum((Document.total - Document.settled) * Document.rate), 0), func.count())
            .where(Document.doc_type == DocType.INVOICE, Document.status == DocStatus.CONFIRMED,
                   Document.due_date < today, Document.settled < Document.total)).one()
        return ReceivablesTile(round_money(Decimal(receivable), cur), round_money(Decimal(overdue), cur), count, cur)


@requires(Area.PRODUCTION, Action.VIEW)
def production(uow: UnitOfWork, *, period: str = "month", today: date | None = None,
               calendar: str = GREGORIAN) -> ProductionTile:
    """Open production orders by status and the units completed in the period; raises ValidationError."""
    p = period_of(period, today, calendar=calendar)
    start, end = _utc_bounds(p.start, p.end)
    with uow:
        s = uow.session
        counts = dict(s.execute(select(ProductionOrder.status, func.count())
                                .where(ProductionOrder.status.in_([str(x) for x in OPEN_PRODUCTION]))
                                .group_by(ProductionOrder.status)).all())
        made, n = s.execute(select(func.coalesce(func.sum(ProductionCompletion.quantity), 0), func.count())
                            .where(ProductionCompletion.completed_at >= start,
                                   ProductionCompletion.completed_at < end)).one()
        return ProductionTile(p, tuple((str(x), counts.get(str(x), 0)) for x in OPEN_PRODUCTION), Decimal(made), n)


@dataclass(frozen=True, slots=True)
class GoalsTile:
    objectives: tuple[ObjectiveRow, ...]   # running today, the company's first, at most TOP
    more: int                              # how many more run today


@requires(Area.REPORTS, Action.VIEW)
def goals(uow: UnitOfWork, *, today: date | None = None, limit: int = TOP) -> GoalsTile:
    """The objectives whose period runs today, with their progress and pace."""
    from app.services.goals.objectives import list_objectives

    today = today or date.today()
    found = list_objectives(uow, start=today, end=today, today=today)
    return GoalsTile(tuple(found[:limit]), max(0, len(found) - limit))


# -- layout ----------------------------------------------------------------------------------------------

def _clean_layout(tiles, period) -> DashboardLayout:
    seen: list[str] = []
    for key in tiles or ():
        if key in TILES and key not in seen:
            seen.append(key)
    return DashboardLayout(tuple(seen), period if period in PERIODS else "month")


@open_to_all
def load_layout(uow: UnitOfWork) -> DashboardLayout:
    """The signed-in user's tiles in their order and period (every tile, this month, until they choose)."""
    saved = preferences.get_setting(uow, SETTING_KEY, None)
    if not isinstance(saved, dict):
        return DashboardLayout(TILES, "month")
    return _clean_layout(saved.get("tiles", TILES), saved.get("period"))


@open_to_all
def save_layout(uow: UnitOfWork, *, tiles: list[str] | tuple[str, ...], period: str) -> DashboardLayout:
    """Keep the user's tiles (in this order) and period; raises ValidationError for unknown ones."""
    unknown = [t for t in tiles if t not in TILES]
    if unknown or period not in PERIODS:
        raise ValidationError({"tiles" if unknown else "period": msg("is not a dashboard choice")})
    layout = _clean_layout(tiles, period)
    preferences.set_setting(uow, SETTING_KEY, {"tiles": list(layout.tiles), "period": layout.period})
    return layout
