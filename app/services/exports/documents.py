"""The documents list to Excel: the list's type, status, period, client, deal and search filters and its
sort, with totals when every row is in one currency."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.editing import document_row, documents_query
from app.services.documents.forms import DocumentRow
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

TYPE_TITLES = {"quote": msg("Quote"), "order": msg("Order"), "invoice": msg("Invoice"), "waybill": msg("Waybill"), "act": msg("Act"),
               "contract": msg("Contract"), "return": msg("Return"), "purchase_order": msg("Purchase order"),
               "goods_receipt": msg("Goods receipt"), "supplier_invoice": msg("Supplier invoice"),
               "supplier_return": msg("Supplier return")}
STATUS_TITLES = {"draft": msg("Draft"), "confirmed": msg("Confirmed"), "cancelled": msg("Cancelled")}
PAID_TITLES = {"none": msg("not yet"), "partly": msg("partly"), "fully": msg("fully")}
PAID_TYPES = ("invoice", "supplier_invoice")
COLUMNS = (XColumn(msg("Number"), width=20), XColumn(msg("Type"), width=16), XColumn(msg("Date"), "date"),
           XColumn(msg("Client"), width=36), XColumn(msg("Total"), "money", total=True), XColumn(msg("Currency"), width=10),
           XColumn(msg("Status"), width=11), XColumn(msg("Paid"), "money", total=True), XColumn(msg("Paid state"), width=11),
           XColumn(msg("Due"), "date"), XColumn(msg("Overdue"), width=9))


def paid_state(r: DocumentRow) -> str:
    """'not yet', 'partly' or 'fully' for a confirmed invoice (ours or a supplier's); '' for the rest."""
    return translated(PAID_TITLES.get(r.payment, r.payment)) if r.status == "confirmed" and r.doc_type in PAID_TYPES else ""


def _cells(r: DocumentRow, today: date) -> tuple:
    overdue = bool(paid_state(r)) and r.payment != "fully" and r.due_date is not None and r.due_date < today
    return (r.number or msg("(draft)"), translated(TYPE_TITLES.get(r.doc_type, r.doc_type)), r.doc_date, r.client_name, r.total,
            r.currency, translated(STATUS_TITLES.get(r.status, r.status)), r.settled if r.doc_type in PAID_TYPES else None,
            paid_state(r), r.due_date,
            msg("Yes") if overdue else "")


@requires(Area.DOCUMENTS, Action.EXPORT)
def export_documents(uow: UnitOfWork, path: str | Path, *, doc_type: str | None = None, client_id: int | None = None,
                     status: str | None = None, search: str = "", date_from: date | None = None,
                     date_to: date | None = None, deal_id: int | None = None, sort: str = "date",
                     descending: bool = True, progress: ExportProgress | None = None) -> int:
    """The documents the list shows for these filters, in its order, as an .xlsx file at `path`; the Total and
    Paid columns are summed when all are in one currency (Paid: invoices only, ours and suppliers'). Returns how many rows were written."""
    stmt = documents_query(doc_type=doc_type, client_id=client_id, status=status, search=search,
                           date_from=date_from, date_to=date_to, deal_id=deal_id, sort=sort, descending=descending)
    today = date.today()
    with uow:
        s = uow.session
        matching = stmt.order_by(None).subquery()
        total = s.scalar(select(func.count()).select_from(matching)) or 0
        currencies = s.scalars(select(matching.c.currency).distinct().limit(2)).all()
        columns = COLUMNS if len(currencies) == 1 else tuple(replace(c, total=False) for c in COLUMNS)

        def rows() -> Iterator[tuple]:
            for values in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield _cells(document_row(values), today)

        return write_export(path, columns, rows(), total=total, progress=progress, sheet_title=msg("Documents"))
