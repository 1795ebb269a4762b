"""The payments list, the production plan, the deals list, the stock documents list and the service requests
(the service desk's list and a client card's tab) to Excel, with the filters their screens use."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.models import Client, Document, Payment, Product, ProductionOrder, Unit, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.payments import payment_filter
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.funnel.deal_list import count_deal_rows, iter_deal_rows
from app.services.i18n import msg, translated
from app.services.production.orders import filter_orders
from app.services.service_desk.requests import client_requests, count_requests_in, iter_request_rows
from app.services.stock.documents import documents_query as stock_documents_query
from app.services.stock.documents import stock_doc_row
from app.services.uow import UnitOfWork
from app.services.words import code_title
from app.services.xlsx import XColumn

PAYMENT_COLUMNS = (XColumn(msg("Number"), width=20), XColumn(msg("Date"), "date"), XColumn(msg("Direction"), width=11),
                   XColumn(msg("Method"), width=8), XColumn(msg("Client"), width=36), XColumn(msg("Amount"), "money", total=True),
                   XColumn(msg("Allocated"), "money", total=True), XColumn(msg("Unallocated"), "money", total=True),
                   XColumn(msg("Currency"), width=10), XColumn(msg("Reference"), width=24), XColumn(msg("Status"), width=11))
PRODUCTION_COLUMNS = (XColumn(msg("Number"), width=12), XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=36),
                      XColumn(msg("Quantity"), "qty", total=True), XColumn(msg("Done"), "qty", total=True),
                      XColumn(msg("Unit"), width=8), XColumn(msg("Status"), width=12), XColumn(msg("Planned start"), "date"),
                      XColumn(msg("Planned end"), "date"), XColumn(msg("Responsible"), width=22),
                      XColumn(msg("Sales order"), width=20), XColumn(msg("Cost of what was made"), "money", total=True))
PRODUCTION_STATUS = {"planned": msg("Planned"), "released": msg("Released"), "in_progress": msg("In progress"), "done": msg("Done"),
                     "cancelled": msg("Cancelled")}


@requires(Area.PAYMENTS, Action.EXPORT)
def export_payments(uow: UnitOfWork, path: str | Path, *, client_id: int | None = None, direction: str | None = None,
                    search: str = "", progress: ExportProgress | None = None) -> int:
    """The payments the list shows (newest first) as an .xlsx file; amounts are summed when all are in one
    currency. Returns how many rows were written."""
    stmt = payment_filter(select(Payment, Client.display_name).join(Client, Client.id == Payment.client_id),
                           client_id, direction, search).order_by(Payment.pay_date.desc(), Payment.id.desc())
    with uow:
        s = uow.session
        counted = payment_filter(select(Payment.currency).join(Client, Client.id == Payment.client_id),
                                  client_id, direction, search).subquery()
        total = s.scalar(select(func.count()).select_from(counted)) or 0
        one_currency = len(s.scalars(select(counted.c.currency).distinct().limit(2)).all()) == 1
        columns = PAYMENT_COLUMNS if one_currency else tuple(replace(c, total=False) for c in PAYMENT_COLUMNS)

        def rows() -> Iterator[tuple]:
            for p, name in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield (p.number, p.pay_date, msg("Received") if p.direction == "in" else msg("Paid out"),
                       msg("Cash") if p.method == "cash" else msg("Bank"), name, p.amount, p.allocated,
                       p.amount - p.allocated, p.currency, p.reference,
                       msg("Cancelled") if p.status == "cancelled" else msg("Posted"))

        return write_export(path, columns, rows(), total=total, progress=progress, sheet_title=msg("Payments"))


@requires(Area.PRODUCTION, Action.EXPORT)
def export_production(uow: UnitOfWork, path: str | Path, *, status: str | None = None, search: str = "",
                      date_from: date | None = None, date_to: date | None = None, open_only: bool = False,
                      progress: ExportProgress | None = None) -> int:
    """The production orders the plan shows (by planned start) as an .xlsx file. Returns the rows written."""
    stmt = (select(ProductionOrder, Product.sku, Product.name, Unit.name, User.full_name, Document.number)
            .join(Product, Product.id == ProductionOrder.product_id).join(Unit, Unit.id == Product.unit_id)
            .outerjoin(User, User.id == ProductionOrder.responsible_id)
            .outerjoin(Document, Document.id == ProductionOrder.sales_order_id))
    stmt = filter_orders(stmt, status=status, search=search, date_from=date_from, date_to=date_to,
                             open_only=open_only).order_by(ProductionOrder.planned_start, ProductionOrder.id)
    with uow:
        s = uow.session
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0

        def rows() -> Iterator[tuple]:
            for o, sku, name, unit, who, so in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield (o.number, sku, name, o.quantity, o.done_quantity, unit,
                       translated(PRODUCTION_STATUS.get(o.status, o.status)), o.planned_start, o.planned_end, who or "",
                       so or "", o.cost_total)

        return write_export(path, PRODUCTION_COLUMNS, rows(), total=total, progress=progress,
                            sheet_title=msg("Production orders"))


DEAL_COLUMNS = (XColumn(msg("Deal"), width=32), XColumn(msg("Client"), width=30), XColumn(msg("Stage"), width=16),
                XColumn(msg("Status"), width=9), XColumn(msg("Amount"), "money", total=True), XColumn(msg("Currency"), width=9),
                XColumn(msg("Probability %"), "percent"), XColumn(msg("Weighted"), "money", total=True),
                XColumn(msg("Expected close"), "date"), XColumn(msg("Manager"), width=22), XColumn(msg("Days in stage"), "int"),
                XColumn(msg("Overdue task"), width=12))
STOCK_DOC_COLUMNS = (XColumn(msg("Number"), width=14), XColumn(msg("Kind"), width=22), XColumn(msg("Status"), width=10),
                     XColumn(msg("Date"), "datetime"), XColumn(msg("Warehouse"), width=24), XColumn(msg("Client"), width=30),
                     XColumn(msg("Lines"), "int", total=True))
STOCK_KINDS = {"receipt": msg("Receipt"), "shipment": msg("Shipment"), "transfer": msg("Transfer"), "write_off": msg("Write-off"),
               "count": msg("Inventory count"), "consume": msg("Production consumption"), "output": msg("Production output")}


@requires(Area.DEALS, Action.EXPORT)
def export_deals(uow: UnitOfWork, path: str | Path, query, *, sort: str = "title", descending: bool = False,
                 progress: ExportProgress | None = None) -> int:
    """The deals the list shows for `query` (a funnel DealQuery), in its order; amounts are summed when all are
    in one currency. Returns how many rows were written."""
    with uow:
        s = uow.session
        total, currencies = count_deal_rows(s, query)
        columns = DEAL_COLUMNS if currencies <= 1 else tuple(replace(c, total=False) for c in DEAL_COLUMNS)

        def cells() -> Iterator[tuple]:
            for r in iter_deal_rows(s, query, sort=sort, descending=descending, batch=BATCH):
                yield (r.title, r.client_name, r.stage_name, code_title(r.status), r.amount, r.currency,
                       r.probability, r.weighted, r.expected_close, r.manager_name, r.days_in_stage,
                       msg("Yes") if r.overdue_task else "")

        return write_export(path, columns, cells(), total=total, progress=progress, sheet_title=msg("Deals"))


@requires(Area.WAREHOUSE, Action.EXPORT)
def export_stock_documents(uow: UnitOfWork, path: str | Path, *, kind: str | None = None, status: str | None = None,
                           search: str = "", sort: str = "date", descending: bool = True,
                           progress: ExportProgress | None = None) -> int:
    """The stock documents the warehouse list shows, in its order. Returns how many rows were written."""
    stmt = stock_documents_query(kind=kind, status=status, search=search, sort=sort, descending=descending)
    with uow:
        s = uow.session
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0

        def cells() -> Iterator[tuple]:
            for values in s.execute(stmt, execution_options={"yield_per": BATCH}):
                r = stock_doc_row(values)
                yield (r.number, translated(STOCK_KINDS.get(r.kind, r.kind)), code_title(r.status), r.doc_date,
                       r.warehouse_name, r.client_name, r.lines)

        return write_export(path, STOCK_DOC_COLUMNS, cells(), total=total, progress=progress,
                            sheet_title=msg("Stock documents"))


REQUEST_COLUMNS = (XColumn(msg("Number"), width=12), XColumn(msg("Subject"), width=36), XColumn(msg("Kind"), width=12),
                   XColumn(msg("Client"), width=30), XColumn(msg("Product"), width=30), XColumn(msg("Priority"), width=9),
                   XColumn(msg("Status"), width=12), XColumn(msg("Responsible"), width=22), XColumn(msg("Due"), "datetime"),
                   XColumn(msg("Created"), "datetime"), XColumn(msg("Overdue"), width=9))


@requires(Area.SERVICE_DESK, Action.EXPORT)
def export_requests(uow: UnitOfWork, path: str | Path, query, *, progress: ExportProgress | None = None) -> int:
    """The service requests the service desk list shows for `query` (a RequestQuery), in its order. Returns
    how many rows were written."""
    with uow:
        s = uow.session
        total = count_requests_in(s, query)

        return write_export(path, REQUEST_COLUMNS, (_request_cells(r) for r in iter_request_rows(s, query, batch=BATCH)),
                            total=total, progress=progress, sheet_title=msg("Service requests"))


def _request_cells(r) -> tuple:
    return (r.number, r.subject, code_title(r.kind), r.client_name, r.product_name, code_title(r.priority),
            code_title(r.status), r.responsible, r.due_at, r.created_at, msg("Yes") if r.overdue else "")


@requires(Area.SERVICE_DESK, Action.EXPORT)
def export_client_requests(uow: UnitOfWork, path: str | Path, client_id: int, *,
                           progress: ExportProgress | None = None) -> int:
    """Every service request of the client, as the client card's tab orders them (open ones first, newest first
    within each; the tab shows the first 200), to an .xlsx file. Returns the rows written."""
    found = client_requests(uow, client_id, limit=None)
    return write_export(path, REQUEST_COLUMNS, [_request_cells(r) for r in found], total=len(found),
                        progress=progress, sheet_title=msg("Service requests"))
