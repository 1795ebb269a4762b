"""Sales and gross margin by client, product, category, manager, deal or month.

Sales count confirmed invoices, less confirmed customer returns, dated (`doc_date`) in the period: each
line's net amount (before VAT) in the company currency, net × the document's rate, rounded half-up to cents
line by line (the same figure the client's balance counts). Quantity is summed for product and category
groups only (units differ between products).

Gross margin counts what was delivered: confirmed waybills and acts dated in the period, less confirmed
customer returns. Revenue is the lines' net amounts in the company currency as above; the cost of goods is
the value of the ledger moves each waybill's shipment posted (`document.stock_document_id` → stock_move),
i.e. the moving average cost at the moment each item left, and a return takes back the cost its goods came
back with. Acts (services) carry no cost. Margin % = margin / revenue.

Everything is grouped in SQL; only one row per group comes back.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, case, func, literal, literal_column, select

from app.models import (
    Category,
    Client,
    Deal,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Product,
    StockMove,
    User,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.categories import subtree_ids
from app.services.errors import ValidationError
from app.services.i18n import msg, translated
from app.services.reports.common import ZERO, bucket_case, cents, company_currency, key_of, money, qty
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import Period, buckets
from app.services.uow import UnitOfWork

SALES_GROUPS = ("client", "product", "category", "manager", "month")
MARGIN_GROUPS = ("client", "product", "category", "deal", "manager")
GROUP_TITLES = {"client": msg("Client"), "product": msg("Product"), "category": msg("Category"), "manager": msg("Manager"),
                "month": msg("Month"), "deal": msg("Deal")}
NO_NAME = {"client": msg("(no client)"), "product": msg("(no product)"), "category": msg("(no category)"),
           "manager": msg("(no manager)"), "deal": msg("(no deal)")}


def _sign():
    return case((Document.doc_type == DocType.RETURN, -1), else_=1)


def _filters(s, params: ReportParams) -> list:
    where = []
    if params.client_id is not None:
        where.append(Document.client_id == params.client_id)
    if params.manager_id is not None:
        where.append(Document.manager_id == params.manager_id)
    if params.category_id is not None:
        # A category takes in the categories below it.
        where.append(Product.category_id.in_(subtree_ids(s, params.category_id)))
    return where


def _group_column(group_by: str, allowed: tuple[str, ...], product_col, month_case=None):
    if group_by not in allowed:
        raise ValidationError({"group_by": msg("is one of {choices}", choices=', '.join(allowed))})
    return {"client": Document.client_id, "product": product_col, "category": Product.category_id,
            "manager": Document.manager_id, "deal": Document.deal_id, "month": month_case}[group_by]


def _names(s, group_by: str, ids) -> dict:
    ids = [i for i in ids if i is not None]
    if not ids or group_by == "month":
        return {}
    if group_by == "product":
        return {i: f"{name} ({sku})" for i, name, sku in s.execute(
            select(Product.id, Product.name, Product.sku).where(Product.id.in_(ids)))}
    model, col = {"client": (Client, Client.display_name), "category": (Category, Category.name),
                  "manager": (User, User.full_name), "deal": (Deal, Deal.title)}[group_by]
    return dict(s.execute(select(model.id, col).where(model.id.in_(ids))).all())


def _sorted(rows: list[ReportRow], group_by: str, column: int) -> tuple[ReportRow, ...]:
    if group_by == "month":
        return tuple(sorted(rows, key=lambda r: r.key))
    return tuple(sorted(rows, key=lambda r: (-(r.values[column] or 0), r.label.casefold(), r.key)))


@requires(Area.REPORTS, Action.VIEW)
def sales(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Net sales (invoices less returns) in the period grouped by `params.group_by`, with the previous
    period when `params.compare`. Raises ValidationError for an unknown grouping."""
    result = _sales(uow, period, params)
    if params.compare:
        result = _with_previous(result, _sales(uow, period.previous(), params))
    return result


def _with_previous(result: ReportResult, previous: ReportResult) -> ReportResult:
    return ReportResult(**{**{f: getattr(result, f) for f in result.__dataclass_fields__}, "previous": previous})


def _sales(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    group_by = params.group_by or "product"
    months = buckets(period, "month") if group_by == "month" else []
    key_col = _group_column(group_by, SALES_GROUPS, DocumentLine.product_id,
                            bucket_case(Document.doc_date, months) if months else None)
    amount = cents(DocumentLine.net * Document.rate) * _sign()
    with_qty = group_by in ("product", "category")
    with uow:
        s = uow.session
        stmt = (select(key_col.label("k"), func.count(func.distinct(Document.id)),
                       func.sum(DocumentLine.quantity * _sign()) if with_qty else literal(0), func.sum(amount))
                .select_from(DocumentLine)
                .join(Document, Document.id == DocumentLine.document_id)
                .outerjoin(Product, Product.id == DocumentLine.product_id)
                .where(Document.doc_type.in_((DocType.INVOICE, DocType.RETURN)), Document.status == DocStatus.CONFIRMED,
                       Document.doc_date >= period.start, Document.doc_date <= period.end, *_filters(s, params))
                .group_by(literal_column("k")))
        groups = s.execute(stmt).all()
        names = _names(s, group_by, [g[0] for g in groups])
        currency = company_currency(s)
    rows = []
    for k, docs, quantity, amount_cents in groups:
        if group_by == "month":
            key, label = months[k].key, months[k].label
        else:
            key, label = key_of(k), names.get(k, translated(NO_NAME[group_by]))
        values = (int(docs), qty(quantity), money(amount_cents)) if with_qty else (int(docs), money(amount_cents))
        rows.append(ReportRow(key, label, values))
    columns = (ReportColumn("documents", msg("Documents"), "int"),)
    if with_qty:
        columns += (ReportColumn("quantity", msg("Quantity"), "qty"),)
    columns += (ReportColumn("net", msg("Net sales"), "money"),)
    main = len(columns) - 1
    totals = tuple(sum((r.values[i] for r in rows), 0 if c.kind == "int" else ZERO) for i, c in enumerate(columns))
    if with_qty:
        # A document with several products counts under each of them: its total is not their sum.
        totals = (None, *totals[1:])
    return ReportResult("sales", msg("Sales by {group}", group=translated(GROUP_TITLES[group_by]).lower()), period, currency,
                        translated(GROUP_TITLES[group_by]), columns,
                        _sorted(rows, group_by, main), totals, chart_column=main,
                        chart_kind="line" if group_by == "month" else "bar", in_time=group_by == "month",
                        note=msg("Confirmed invoices less customer returns, net of VAT, by document date."))


@requires(Area.REPORTS, Action.VIEW)
def margin(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Revenue, cost of goods, margin and margin % of what was delivered in the period (see the module's
    doc), grouped by `params.group_by`, with the previous period when `params.compare`."""
    result = _margin(uow, period, params)
    if params.compare:
        result = _with_previous(result, _margin(uow, period.previous(), params))
    return result


def _margin(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    group_by = params.group_by or "product"
    delivered = (DocType.WAYBILL, DocType.ACT, DocType.RETURN)
    # Revenue per delivery document and product, then the cost its shipment posted for that product.
    revenue = (select(DocumentLine.document_id.label("doc_id"), DocumentLine.product_id.label("product_id"),
                      func.sum(cents(DocumentLine.net * Document.rate) * _sign()).label("revenue"))
               .join(Document, Document.id == DocumentLine.document_id)
               .where(Document.doc_type.in_(delivered), Document.status == DocStatus.CONFIRMED,
                      Document.doc_date >= period.start, Document.doc_date <= period.end)
               .group_by(DocumentLine.document_id, DocumentLine.product_id)).subquery()
    cost = (select(StockMove.document_id.label("stock_doc_id"), StockMove.product_id.label("product_id"),
                   func.sum(cents(StockMove.value)).label("value"))
            .join(Document, Document.stock_document_id == StockMove.document_id)
            .where(Document.doc_type.in_(delivered), Document.status == DocStatus.CONFIRMED,
                   Document.doc_date >= period.start, Document.doc_date <= period.end,
                   StockMove.reverses_id.is_(None))
            .group_by(StockMove.document_id, StockMove.product_id)).subquery()
    key_col = _group_column(group_by, MARGIN_GROUPS, revenue.c.product_id)
    with uow:
        s = uow.session
        stmt = (select(key_col.label("k"), func.sum(revenue.c.revenue), func.sum(func.coalesce(-cost.c.value, 0)))
                .select_from(revenue)
                .join(Document, Document.id == revenue.c.doc_id)
                .outerjoin(cost, and_(cost.c.stock_doc_id == Document.stock_document_id,
                                      cost.c.product_id == revenue.c.product_id))
                .outerjoin(Product, Product.id == revenue.c.product_id)
                .where(*_filters(s, params))
                .group_by(literal_column("k")))
        groups = s.execute(stmt).all()
        names = _names(s, group_by, [g[0] for g in groups])
        currency = company_currency(s)
    rows = []
    for k, rev, cst in groups:
        rev, cst = money(rev), money(cst)
        rows.append(ReportRow(key_of(k), names.get(k, translated(NO_NAME[group_by])), (rev, cst, rev - cst, _pct(rev - cst, rev))))
    total_rev = sum((r.values[0] for r in rows), ZERO)
    total_cost = sum((r.values[1] for r in rows), ZERO)
    columns = (ReportColumn("revenue", msg("Revenue"), "money"), ReportColumn("cost", msg("Cost of goods"), "money"),
               ReportColumn("margin", msg("Margin"), "money"), ReportColumn("margin_percent", msg("Margin %"), "percent"))
    totals = (total_rev, total_cost, total_rev - total_cost, _pct(total_rev - total_cost, total_rev))
    return ReportResult("margin", msg("Gross margin by {group}", group=translated(GROUP_TITLES[group_by]).lower()), period, currency,
                        translated(GROUP_TITLES[group_by]), columns,
                        _sorted(rows, group_by, 2), totals, chart_column=2,
                        note=msg("Confirmed waybills and acts less customer returns, by document date; cost at the "
                             "moving average each shipment carried."))


def _pct(part: Decimal, whole: Decimal) -> Decimal | None:
    if not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.01"))
