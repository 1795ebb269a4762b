"""What the production screens share: status words, which actions an order's state allows (read from the
services' TRANSITIONS), the lazy list of production orders with its shortage and overdue marks, and a small
tinted row model for the dialog's and the MRP tab's short tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.production import TRANSITIONS, ProductionRow
from app.ui.lazy_model import RIGHT, Column, Index, LazyTableModel
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date
from app.ui.warehouse.format import UnitDecimals, format_number
from app.ui.warehouse.models import RowsModel

STATUS_TITLES = {"planned": "Planned", "released": "Released", "in_progress": "In progress", "done": "Done",
                 "cancelled": "Cancelled"}
SHORT_BACKGROUND = QColor("#fff3e0")     # amber: components missing in the warehouse now
SHORT_TEXT = QColor("#c62828")
OVERDUE_TEXT = QColor("#b71c1c")
CLOSED_TEXT = QColor("#9e9e9e")          # done and cancelled orders
STATUS_COLUMN, COMPONENTS_COLUMN, END_COLUMN = 4, 5, 7


def tr(text: str) -> str:
    return QCoreApplication.translate("Production", text)


def plural(n: int, one: str, many: str) -> str:
    """`one` or `many` (each with a {n}) by the count: '1 order', '3 orders'."""
    return (one if n == 1 else many).format(n=n)


def status_title(status: str) -> str:
    return tr(STATUS_TITLES.get(status, status.replace("_", " ").capitalize()))


def can_become(status: str, target: str) -> bool:
    """The services' state machine allows `status` → `target`."""
    return (status, target) in TRANSITIONS


def is_open(status: str) -> bool:
    """An order that can still move on (planned, released, in progress)."""
    return any(frm == status for frm, _to in TRANSITIONS)


def is_overdue(row, today: date | None = None) -> bool:
    return is_open(row.status) and row.planned_end < (today or date.today())


def cost_text(value: Decimal | None) -> str:
    """A unit cost with two decimals, or up to four when the cents are not enough ('9.25', '0.1575')."""
    if value is None:
        return ""
    exponent = Decimal(value).normalize().as_tuple().exponent
    places = min(4, max(2, -exponent if isinstance(exponent, int) else 0))
    return format_number(value, places)


def empty_label(parent: QWidget, name: str, text: str) -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666666;")
    return label


def rows_table(parent: QWidget, name: str, model, stretch: int | None = None) -> QTableView:
    """A read-only table over a row model; the `stretch` column (a name) takes the spare width."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    if isinstance(model, LazyTableModel):
        model.keep_place(table)  # another user's change refreshes the list: the selected row stays
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
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table


class TintedRowsModel(RowsModel):
    """RowsModel whose rows may have their own text colour (`tint(row)`), e.g. short components in red."""

    def __init__(self, columns: Sequence[Column], *, tint: Callable[[Any], QColor | None], parent=None):
        super().__init__(columns, parent=parent)
        self.tint = tint

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and 0 <= index.row() < len(self.rows):
            color = self.tint(self.rows[index.row()])
            return QBrush(color) if color is not None else None
        return super().data(index, role)


@dataclass(frozen=True)
class PlanQuery:
    status: str | None = None
    open_only: bool = True
    search: str = ""
    date_from: date | None = None
    date_to: date | None = None

    def filters(self) -> dict:
        return {"status": self.status, "open_only": self.open_only, "search": self.search,
                "date_from": self.date_from, "date_to": self.date_to}


def _status_text(row: ProductionRow) -> str:
    return status_title(row.status) + (" · " + tr("overdue") if is_overdue(row) else "")


def _components_text(row: ProductionRow) -> str:
    if row.short_components:
        return tr("{n} short").format(n=row.short_components)
    return tr("in stock") if is_open(row.status) else ""


def _short_note(row: ProductionRow) -> str:
    return plural(row.short_components, tr("{n} component short"), tr("{n} components short"))


class OrdersModel(LazyTableModel):
    """Pages of ProductionRow from count_orders/list_orders, by planned start (the service's order).
    Orders lacking components get an amber background and a warning icon; overdue open orders red text."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, state: Callable[[], PlanQuery], *,
                 units: UnitDecimals, parent=None):
        self.ctx, self.units = ctx, units
        q = units.quantity
        columns = [
            Column(tr("Number"), lambda r: r.number, width=105),
            Column(tr("Product"), lambda r: f"{r.sku} — {r.product_name}", width=260),
            Column(tr("Quantity"), lambda r: f"{q(r.quantity, r.unit)} {r.unit}", align=RIGHT, width=85),
            Column(tr("Done"), lambda r: q(r.done_quantity, r.unit) if r.done_quantity else "", align=RIGHT, width=60),
            Column(tr("Status"), _status_text, width=128),
            Column(tr("Components"), _components_text, width=88),
            Column(tr("Planned start"), lambda r: numeric_date(r.planned_start), "planned_start", width=90),
            Column(tr("Planned end"), lambda r: numeric_date(r.planned_end), width=90),
            Column(tr("Responsible"), lambda r: r.responsible_name, width=130),
            Column(tr("Sales order"), lambda r: r.sales_order_number, width=95),
        ]
        super().__init__(columns, tasks, state=state, fetch_first=self._first, fetch_page=self._page, parent=parent)
        self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _first(self, q: PlanQuery, _sort: str, _desc: bool, limit: int):
        return (self.ctx.production.count_orders(**q.filters()),
                self.ctx.production.list_orders(**q.filters(), offset=0, limit=limit))

    def _page(self, q: PlanQuery, _sort: str, _desc: bool, offset: int, limit: int):
        return self.ctx.production.list_orders(**q.filters(), offset=offset, limit=limit)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The plan is always by planned start (the service sorts it so); headers do not re-sort it."""

    def notes(self, row: ProductionRow) -> list[str]:
        """What the marks on a row mean, for its tooltip."""
        out = []
        if row.short_components:
            out.append(tr("{short}: the component warehouse cannot cover them now").format(short=_short_note(row)))
        if is_overdue(row):
            out.append(tr("Overdue: planned to end on {day}").format(day=numeric_date(row.planned_end)))
        return out

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole) and index.isValid():
            row = self.row_at(index.row())
            if row is None:
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(SHORT_BACKGROUND) if row.short_components else None
            if role == Qt.ItemDataRole.ForegroundRole:
                if index.column() == COMPONENTS_COLUMN and row.short_components:
                    return QBrush(SHORT_TEXT)
                if is_overdue(row):
                    return QBrush(OVERDUE_TEXT)
                return QBrush(CLOSED_TEXT) if not is_open(row.status) else None
            if role == Qt.ItemDataRole.ToolTipRole:
                # The product's full name (a long one is cut in its column), then what the marks mean.
                lines = ([f"{row.sku} — {row.product_name}"] if index.column() == 1 else []) + self.notes(row)
                return "\n".join(lines) or None
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning_icon if index.column() == 0 and row.short_components else None
            if role == Qt.ItemDataRole.FontRole and index.column() in (STATUS_COLUMN, END_COLUMN) \
                    and is_overdue(row):
                font = QApplication.font()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)


__all__ = ["OrdersModel", "PlanQuery", "STATUS_TITLES", "TintedRowsModel", "can_become", "cost_text",
           "empty_label", "is_open", "is_overdue", "plural", "rows_table", "status_title"]
