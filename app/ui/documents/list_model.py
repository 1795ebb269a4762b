"""The documents list as a lazy table (a count, then pages newest first), shared by the Documents workspace
and the client card's Documents tab. Overdue unpaid invoices are highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.services.context import ServiceContext
from app.services.documents.forms import DocumentRow
from app.ui.documents.format import is_overdue, money, progress_text, status_title, tr, type_title
from app.ui.lazy_model import RIGHT, Column, Index, LazyTableModel
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date

OVERDUE_BACKGROUND = QColor("#ffebee")
OVERDUE_TEXT = QColor("#b71c1c")
CANCELLED_TEXT = QColor("#9e9e9e")


@dataclass(frozen=True)
class DocumentQuery:
    doc_type: str | None = None
    status: str | None = None
    search: str = ""
    date_from: date | None = None
    date_to: date | None = None
    client_id: int | None = None
    deal_id: int | None = None


def document_columns(*, with_client: bool = True) -> list[Column]:
    cols = [
        Column(tr("Number"), lambda r: r.number or tr("(draft)"), "number", width=150),
        Column(tr("Type"), lambda r: type_title(r.doc_type), "type", width=125),
        Column(tr("Date"), lambda r: numeric_date(r.doc_date), "date", width=95),
    ]
    if with_client:
        cols.append(Column(tr("Client"), lambda r: r.client_name, "client", width=240))
    cols += [
        Column(tr("Total"), lambda r: money(r.total, r.currency), "total", align=RIGHT, width=130),
        Column(tr("Status"), lambda r: status_title(r.status), "status", width=90),
        Column(tr("Shipped / paid"), _progress, width=200, tooltip=_progress_tip),
    ]
    return cols


def _progress(r: DocumentRow) -> str:
    text = progress_text(r.doc_type, r.status, r.shipment, r.payment, r.invoicing)
    if is_overdue(r.doc_type, r.status, r.payment, r.due_date):
        text += " · " + tr("overdue")
    return text


def _progress_tip(r: DocumentRow) -> str:
    if r.doc_type != "invoice" or r.status != "confirmed":
        return ""
    due = numeric_date(r.due_date) if r.due_date else "—"
    return tr("Paid {paid} of {total}; due {due}").format(paid=money(r.settled, r.currency),
                                                          total=money(r.total, r.currency), due=due)


class DocumentsModel(LazyTableModel):
    """Pages of DocumentRow from list_documents/count_documents; sorted newest first by the service."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, state, *, with_client: bool = True, parent=None):
        self.ctx = ctx
        super().__init__(document_columns(with_client=with_client), tasks, state=state,
                         fetch_first=self._first, fetch_page=self._page, parent=parent)
        self.sort_key, self.descending = "date", True    # newest first until a header is clicked

    def _filters(self, q: DocumentQuery) -> dict:
        return {"doc_type": q.doc_type, "status": q.status, "search": q.search, "date_from": q.date_from,
                "date_to": q.date_to, "client_id": q.client_id, "deal_id": q.deal_id}

    def _first(self, q: DocumentQuery, sort: str, desc: bool, limit: int):
        filters = self._filters(q)
        return self.ctx.documents.count_documents(**filters), self.ctx.documents.list_documents(
            **filters, sort=sort or "date", descending=desc, offset=0, limit=limit)

    def _page(self, q: DocumentQuery, sort: str, desc: bool, offset: int, limit: int):
        return self.ctx.documents.list_documents(**self._filters(q), sort=sort or "date", descending=desc,
                                                 offset=offset, limit=limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and index.isValid():
            row = self.row_at(index.row())
            if row is not None:
                overdue = is_overdue(row.doc_type, row.status, row.payment, row.due_date)
                if role == Qt.ItemDataRole.BackgroundRole:
                    return QBrush(OVERDUE_BACKGROUND) if overdue else None
                if overdue:
                    return QBrush(OVERDUE_TEXT)
                if row.status == "cancelled":
                    return QBrush(CANCELLED_TEXT)
            return None
        return super().data(index, role)


def documents_table(parent: QWidget, name: str, model: DocumentsModel, stretch: int) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    model.keep_place(table)      # another user's change refreshes the list: the selected document stays
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, col in enumerate(model.columns):
        table.setColumnWidth(i, col.width)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Clicking a header sorts in SQL (through the model's fetchers); it starts newest first.
    date_column = next(i for i, c in enumerate(model.columns) if c.sort_key == "date")
    header.setSortIndicator(date_column, Qt.SortOrder.DescendingOrder)
    table.setSortingEnabled(True)
    return table
