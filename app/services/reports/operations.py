"""Production output and cost, stock movements, stock valuation at a date and payments aging.

Production output counts the completions (`production_completion`) made in the period (their local date):
quantity made, what the components cost at their moving average, what the services (labour) cost, and the
unit cost that gives. Stock movements sum the ledger (`stock_move`, posted moves and the reversing moves an
un-posting wrote) dated in the period, per product: what came in and what went out, quantity and cost value;
a transfer between two warehouses is both unless one warehouse is chosen. Valuation and aging are the
warehouse's and the payments area's own services, read at the end of the period.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import case, func, literal_column, select

from app.models import Product, ProductionCompletion, ProductionOrder, StockMove, Unit
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.payments import aging as payments_aging
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.reports.common import ZERO, bucket_case, cents, company_currency, key_of, money, qty
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import Period, buckets, local_midnight_utc, utc_bounds
from app.services.reports.sales import _with_previous
from app.services.stock.balances import valuation
from app.services.uow import UnitOfWork

PRODUCTION_GROUPS = ("product", "month")


@requires(Area.REPORTS, Action.VIEW)
def production(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Units made and their cost per product (or per month) of the period, with the previous period when
    `params.compare`. Raises ValidationError for an unknown grouping."""
    result = _production(uow, period, params)
    if params.compare:
        result = _with_previous(result, _production(uow, period.previous(), params))
    return result


def _production(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    group_by = params.group_by or "product"
    if group_by not in PRODUCTION_GROUPS:
        raise ValidationError({"group_by": msg("is one of {choices}", choices=', '.join(PRODUCTION_GROUPS))})
    start, end = utc_bounds(period)
    months = buckets(period, "month") if group_by == "month" else []
    key_col = (bucket_case(ProductionCompletion.completed_at, months, local_midnight_utc) if months
               else ProductionOrder.product_id)
    stmt = (select(key_col.label("k"), func.sum(ProductionCompletion.quantity),
                   func.sum(cents(ProductionCompletion.components_value)),
                   func.sum(cents(ProductionCompletion.services_value)), func.count(func.distinct(ProductionOrder.id)))
            .join(ProductionOrder, ProductionOrder.id == ProductionCompletion.order_id)
            .where(ProductionCompletion.completed_at >= start, ProductionCompletion.completed_at < end)
            .group_by(literal_column("k")))
    with uow:
        s = uow.session
        groups = s.execute(stmt).all()
        names = {}
        if not months and groups:
            names = {i: (f"{name} ({sku})", unit) for i, name, sku, unit in s.execute(
                select(Product.id, Product.name, Product.sku, Unit.name).join(Unit, Unit.id == Product.unit_id)
                .where(Product.id.in_([g[0] for g in groups])))}
        currency = company_currency(s)
    rows = []
    for k, made, comp, serv, orders in groups:
        made, comp, serv = qty(made), money(comp), money(serv)
        unit_cost = ((comp + serv) / made).quantize(Decimal("0.0001")) if made else None
        if months:
            key, label = months[k].key, months[k].label
            values = (int(orders), comp, serv, comp + serv)
        else:
            key, label = key_of(k), names.get(k, ("?", ""))[0]
            values = (int(orders), made, comp, serv, comp + serv, unit_cost)
        rows.append(ReportRow(key, label, values))
    if months:
        columns = (ReportColumn("orders", msg("Orders"), "int"), ReportColumn("components", msg("Components")),
                   ReportColumn("services", msg("Services")), ReportColumn("cost", msg("Total cost")))
        rows.sort(key=lambda r: r.key)
        chart = 3
    else:
        columns = (ReportColumn("orders", msg("Orders"), "int"), ReportColumn("made", msg("Made"), "qty"),
                   ReportColumn("components", msg("Components")), ReportColumn("services", msg("Services")),
                   ReportColumn("cost", msg("Total cost")), ReportColumn("unit_cost", msg("Unit cost"), "cost"))
        rows.sort(key=lambda r: (-r.values[4], r.label.casefold()))
        chart = 1
    totals: list = [sum((r.values[i] for r in rows), ZERO) if c.kind in ("money", "qty") else None
                    for i, c in enumerate(columns)]
    if not months:
        totals[1] = None  # units of different products do not add up
    return ReportResult("production", (msg("Production output by month") if group_by == "month" else msg("Production output by product")), period, currency,
                        msg("Month") if months else msg("Product"), columns, tuple(rows), tuple(totals), chart_column=chart,
                        chart_kind="line" if months else "bar", in_time=bool(months),
                        note=msg("Completions of production orders by completion date; cost at moving average."))


@requires(Area.REPORTS, Action.VIEW)
def stock_movements(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Quantity and cost value in and out per product over the period (in `params.warehouse_id` or all)."""
    start, end = utc_bounds(period)
    incoming = StockMove.quantity > 0
    where = [StockMove.moved_at >= start, StockMove.moved_at < end]
    if params.warehouse_id is not None:
        where.append(StockMove.warehouse_id == params.warehouse_id)
    stmt = (select(StockMove.product_id, func.sum(case((incoming, StockMove.quantity), else_=0)),
                   func.sum(case((incoming, cents(StockMove.value)), else_=0)),
                   func.sum(case((incoming, 0), else_=-StockMove.quantity)),
                   func.sum(case((incoming, 0), else_=-cents(StockMove.value))))
            .where(*where).group_by(StockMove.product_id))
    with uow:
        s = uow.session
        groups = s.execute(stmt).all()
        names = {i: f"{name} ({sku}, {unit})" for i, name, sku, unit in s.execute(
            select(Product.id, Product.name, Product.sku, Unit.name).join(Unit, Unit.id == Product.unit_id)
            .where(Product.id.in_([g[0] for g in groups])))} if groups else {}
        currency = company_currency(s)
    rows = []
    for pid, q_in, v_in, q_out, v_out in groups:
        q_in, q_out, v_in, v_out = qty(q_in), qty(q_out), money(v_in), money(v_out)
        rows.append(ReportRow(str(pid), names.get(pid, "?"), (q_in, v_in, q_out, v_out, q_in - q_out, v_in - v_out)))
    rows.sort(key=lambda r: (-(r.values[1] + r.values[3]), r.label.casefold()))
    columns = (ReportColumn("in_qty", msg("In"), "qty"), ReportColumn("in_value", msg("In value")),
               ReportColumn("out_qty", msg("Out"), "qty"), ReportColumn("out_value", msg("Out value")),
               ReportColumn("net_qty", msg("Net"), "qty"), ReportColumn("net_value", msg("Net value")))
    totals = tuple(sum((r.values[i] for r in rows), ZERO) if c.kind == "money" else None
                   for i, c in enumerate(columns))
    return ReportResult("stock_movements", msg("Stock movements"), period, currency, msg("Product"), columns, tuple(rows),
                        totals, chart_column=1, chart_extra=(3,),
                        note=msg("Ledger moves dated in the period; value at cost."))


@requires(Area.REPORTS, Action.VIEW)
def stock_valuation(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Quantity, average cost and value per product × warehouse at the end of the period's last day
    (stock.valuation)."""
    at = local_midnight_utc(period.end + timedelta(days=1)) - timedelta(microseconds=1)
    found = valuation(uow, at, warehouse_id=params.warehouse_id)
    with uow:
        currency = company_currency(uow.session)
    rows = tuple(ReportRow(f"{r.product_id}:{r.warehouse_id}", f"{r.name} ({r.sku}) — {r.warehouse_name}",
                           (r.quantity, r.avg_cost, r.value)) for r in found)
    columns = (ReportColumn("quantity", msg("On hand"), "qty"), ReportColumn("avg_cost", msg("Average cost"), "cost"),
               ReportColumn("value", msg("Value")))
    return ReportResult("stock_valuation", msg("Stock valuation at {day}", day=period.end.isoformat()), period, currency,
                        msg("Product — warehouse"), columns, rows, (None, None, sum((r.values[2] for r in rows), ZERO)),
                        chart_column=2, note=msg("Stock and its cost value at the end of the period's last day."))


@requires(Area.REPORTS, Action.VIEW)
def aging(uow: UnitOfWork, period: Period, params: ReportParams, *, payables: bool = False) -> ReportResult:
    """Receivables (or payables) by days past due at the period's last day (documents.payments.aging)."""
    found = payments_aging(uow, as_of=period.end, payables=payables)
    with uow:
        currency = company_currency(uow.session)
    rows = tuple(ReportRow(str(r.client_id), r.client_name, (r.current, r.d0_30, r.d31_60, r.d61_90, r.d90_plus,
                                                             r.total)) for r in found)
    columns = (ReportColumn("current", msg("Not yet due")), ReportColumn("d0_30", msg("1–30 days")),
               ReportColumn("d31_60", msg("31–60 days")), ReportColumn("d61_90", msg("61–90 days")),
               ReportColumn("d90_plus", msg("Over 90 days")), ReportColumn("total", msg("Total")))
    totals = tuple(sum((r.values[i] for r in rows), ZERO) for i in range(len(columns)))
    name = "payables" if payables else "receivables"
    return ReportResult(f"{name}_aging", (msg("Payables aging at {day}", day=period.end.isoformat()) if payables
                        else msg("Receivables aging at {day}", day=period.end.isoformat())), period,
                        currency, msg("Supplier") if payables else msg("Client"), columns, rows, totals, chart_column=5,
                        note=msg("Open confirmed invoices by days past their due date, in the company currency."))
