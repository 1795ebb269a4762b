"""The figures a key result can be bound to: one function per metric, each the value over a period
(local dates, both included) with optional filters (manager, product category, pipeline).

Where a report already counts the figure, the metric is that report's total, so a goal and its report never
disagree: revenue invoiced is the Sales report's net sales (confirmed invoices less customer returns, net
of VAT), deals won and conversion the Funnel conversion report's won deals and win rate, calls made and
average deal size the Manager activity report's calls and won amount / won deals, units produced the
Production output report's quantity made, overdue receivables the Receivables aging report's past-due
columns at the period's end (or today, when that is earlier). The rest have no report of their own and
are counted here: revenue paid (posted incoming payments by payment date, amount × rate, in the company
currency; a manager filter takes their clients' payments), new clients (clients created in the period,
by their manager), stock accuracy (of the lines of inventory counts posted in the period, the share
whose counted quantity equals the book quantity, in percent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, select

from app.models import (
    Client,
    Payment,
    PaymentDirection,
    PaymentStatus,
    Product,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.categories import subtree_ids
from app.services.errors import ValidationError
from app.services.i18n import msg, translated
from app.services.reports.activity import manager_activity
from app.services.reports.common import cents, key_of, money
from app.services.reports.forms import ReportParams
from app.services.reports.funnel import funnel_conversion
from app.services.reports.operations import aging, production
from app.services.reports.periods import Period, utc_bounds
from app.services.reports.sales import sales
from app.services.uow import UnitOfWork

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Filters:
    manager_id: int | None = None
    category_id: int | None = None
    pipeline_id: int | None = None


@requires(Area.REPORTS, Action.VIEW)
def revenue_invoiced(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Net sales of the period (the Sales report's total), company currency."""
    result = sales(uow, period, ReportParams(compare=False, group_by="manager", manager_id=filters.manager_id,
                                             category_id=filters.category_id))
    return result.totals[-1]


@requires(Area.REPORTS, Action.VIEW)
def revenue_paid(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Posted incoming payments dated in the period, company currency."""
    stmt = (select(func.coalesce(func.sum(cents(Payment.amount * Payment.rate)), 0))
            .where(Payment.direction == PaymentDirection.INCOMING, Payment.status == PaymentStatus.POSTED,
                   Payment.pay_date >= period.start, Payment.pay_date <= period.end))
    if filters.manager_id is not None:
        stmt = stmt.join(Client, Client.id == Payment.client_id).where(Client.manager_id == filters.manager_id)
    with uow:
        return money(uow.session.scalar(stmt))


def _conversion_totals(uow: UnitOfWork, period: Period, filters: Filters):
    return funnel_conversion(uow, period, ReportParams(compare=False, group_by="pipeline",
                                                       manager_id=filters.manager_id,
                                                       pipeline_id=filters.pipeline_id)).totals


@requires(Area.REPORTS, Action.VIEW)
def deals_won(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Deals that moved into Won in the period (the Funnel conversion report's Won)."""
    return Decimal(_conversion_totals(uow, period, filters)[1])


@requires(Area.REPORTS, Action.VIEW)
def conversion_rate(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Won / (won + lost) in percent over the period (the Funnel conversion report's win rate); 0 when no
    deal closed."""
    return _conversion_totals(uow, period, filters)[3] or ZERO


@requires(Area.REPORTS, Action.VIEW)
def new_clients(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Clients created in the period (by their manager when filtered)."""
    start, end = utc_bounds(period)
    stmt = select(func.count()).select_from(Client).where(Client.created_at >= start, Client.created_at < end)
    if filters.manager_id is not None:
        stmt = stmt.where(Client.manager_id == filters.manager_id)
    with uow:
        return Decimal(uow.session.scalar(stmt))


def _activity(uow: UnitOfWork, period: Period, filters: Filters) -> tuple:
    result = manager_activity(uow, period, ReportParams(compare=False))
    if filters.manager_id is None:
        return result.totals
    for row in result.rows:
        if row.key == key_of(filters.manager_id):
            return row.values
    return (0, 0, 0, 0, 0, ZERO, 0)


@requires(Area.REPORTS, Action.VIEW)
def calls_made(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Calls logged in the period (the Manager activity report's Calls)."""
    return Decimal(_activity(uow, period, filters)[0])


@requires(Area.REPORTS, Action.VIEW)
def average_deal_size(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Won amount / deals won in the period (Manager activity), company currency; 0 when none was won."""
    values = _activity(uow, period, filters)
    won, amount = values[4], values[5]
    return (amount / won).quantize(Decimal("0.01")) if won else ZERO


@requires(Area.REPORTS, Action.VIEW)
def overdue_receivables(uow: UnitOfWork, period: Period, filters: Filters, *, today: date | None = None) -> Decimal:
    """What confirmed invoices past due owe at the period's end or today, whichever is earlier (the aging
    report's past-due columns), of the manager's clients when filtered."""
    as_of = min(period.end, today or date.today())
    result = aging(uow, Period(period.start, as_of), ReportParams(compare=False))
    rows = result.rows
    if filters.manager_id is not None:
        with uow:
            mine = {key_of(i) for i in uow.session.scalars(
                select(Client.id).where(Client.manager_id == filters.manager_id))}
        rows = tuple(r for r in rows if r.key in mine)
    return sum((sum(r.values[1:5], ZERO) for r in rows), ZERO)


@requires(Area.REPORTS, Action.VIEW)
def stock_accuracy(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Of the lines of inventory counts posted in the period, the percent counted as the books said (to
    0.1); 0 when nothing was counted."""
    start, end = utc_bounds(period)
    exact = func.sum(case((StockDocLine.quantity == StockDocLine.book_quantity, 1), else_=0))
    stmt = (select(func.count(), func.coalesce(exact, 0)).select_from(StockDocLine)
            .join(StockDocument, StockDocument.id == StockDocLine.document_id)
            .where(StockDocument.kind == StockDocKind.COUNT, StockDocument.status == StockDocStatus.POSTED,
                   StockDocument.doc_date >= start, StockDocument.doc_date < end))
    with uow:
        s = uow.session
        if filters.category_id is not None:
            stmt = stmt.join(Product, Product.id == StockDocLine.product_id).where(
                Product.category_id.in_(subtree_ids(s, filters.category_id)))
        lines, right = s.execute(stmt).one()
    if not lines:
        return ZERO
    return (Decimal(int(right)) * 100 / lines).quantize(Decimal("0.1"))


@requires(Area.REPORTS, Action.VIEW)
def units_produced(uow: UnitOfWork, period: Period, filters: Filters) -> Decimal:
    """Units completed by production orders in the period (Production output's Made), of the category's
    products when filtered."""
    result = production(uow, period, ReportParams(compare=False, group_by="product"))
    rows = result.rows
    if filters.category_id is not None:
        with uow:
            s = uow.session
            wanted = {key_of(i) for i in s.scalars(select(Product.id).where(
                Product.category_id.in_(subtree_ids(s, filters.category_id))))}
        rows = tuple(r for r in rows if r.key in wanted)
    return sum((r.values[1] for r in rows), ZERO)


@dataclass(frozen=True, slots=True)
class MetricSpec:
    key: str
    title: str
    # How the value reads: money, int, percent or qty.
    kind: str
    # The filters it takes: manager, category, pipeline.
    filters: tuple[str, ...]
    compute: Callable[..., Decimal]


METRICS: dict[str, MetricSpec] = {m.key: m for m in (
    MetricSpec("revenue_invoiced", msg("Revenue invoiced"), "money", ("manager", "category"), revenue_invoiced),
    MetricSpec("revenue_paid", msg("Revenue paid"), "money", ("manager",), revenue_paid),
    MetricSpec("deals_won", msg("Deals won"), "int", ("manager", "pipeline"), deals_won),
    MetricSpec("new_clients", msg("New clients"), "int", ("manager",), new_clients),
    MetricSpec("calls_made", msg("Calls made"), "int", ("manager",), calls_made),
    MetricSpec("average_deal_size", msg("Average deal size"), "money", ("manager",), average_deal_size),
    MetricSpec("conversion_rate", msg("Conversion rate %"), "percent", ("manager", "pipeline"), conversion_rate),
    MetricSpec("overdue_receivables", msg("Overdue receivables"), "money", ("manager",), overdue_receivables),
    MetricSpec("stock_accuracy", msg("Stock accuracy after counts %"), "percent", ("category",), stock_accuracy),
    MetricSpec("units_produced", msg("Units produced"), "qty", ("category",), units_produced),
)}


def check_filters(metric: str, filters: Filters) -> None:
    """Refuse (ValidationError) an unknown metric or a filter the metric does not take."""
    spec = METRICS.get(metric)
    if spec is None:
        raise ValidationError({"metric": msg("is not a metric Karavan counts")})
    for name in ("manager", "category", "pipeline"):
        if getattr(filters, f"{name}_id") is not None and name not in spec.filters:
            raise ValidationError({name: msg("does not apply to {metric}", metric=translated(spec.title).lower())})


@requires(Area.REPORTS, Action.VIEW)
def metric_value(uow: UnitOfWork, metric: str, period: Period, filters: Filters) -> Decimal:
    """The value of `metric` over the period with the filters; raises ValidationError."""
    check_filters(metric, filters)
    return METRICS[metric].compute(uow, period, filters)
