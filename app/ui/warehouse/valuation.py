"""The stock valuation report at a date: quantity, average cost and value per product × warehouse, with
totals, and an export to Excel."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.lazy_model import RIGHT, Column
from app.ui.tasks import TaskRunner
from app.ui.warehouse.format import end_of_local_day, format_amount, format_quantity
from app.ui.warehouse.models import RowsModel


def ask_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Export the valuation"), suggested,
                                          parent.tr("Excel workbook (*.xlsx)"))
    return path


class ValuationView(QWidget):
    """Date, warehouse, Show; the rows and their totals; Export to Excel…"""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("valuation_view")
        self.ctx, self.tasks = ctx, tasks
        # Tests replace it: (parent, suggested file name) -> chosen path ('' when cancelled).
        self.save_path_dialog: Callable[[QWidget, str], str] = ask_save_path
        self.rows: list = []
        self.date_edit = QDateEdit(QDate.currentDate(), self, objectName="valuation_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.date_edit)
        self.warehouse_combo = QComboBox(self, objectName="valuation_warehouse_combo")
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        self.show_button = QPushButton(self.tr("&Show"), self, objectName="valuation_show_button")
        self.show_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self, objectName="valuation_export_button")
        self.export_button.clicked.connect(self.export)
        self.date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.warehouse_combo.activated.connect(lambda _i: self.refresh())
        columns = [
            Column(self.tr("SKU"), lambda r: r.sku, width=120),
            Column(self.tr("Product"), lambda r: r.name, width=300),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name, width=160),
            Column(self.tr("Quantity"), lambda r: format_quantity(r.quantity), align=RIGHT, width=110),
            Column(self.tr("Average cost"), lambda r: format_amount(r.avg_cost, 4), align=RIGHT, width=120),
            Column(self.tr("Value"), lambda r: format_amount(r.value), align=RIGHT, width=130),
        ]
        self.model = RowsModel(columns, key=lambda r: (r.product_id, r.warehouse_id), parent=self)
        self.table = QTableView(self, objectName="valuation_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, col.width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals_label = QLabel(self, objectName="valuation_totals_label")
        bold = self.totals_label.font()
        bold.setBold(True)
        self.totals_label.setFont(bold)
        self.status_label = QLabel(self, objectName="valuation_status_label")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("At the end of:"), self))
        top.addWidget(self.date_edit)
        top.addWidget(QLabel(self.tr("Warehouse:"), self))
        top.addWidget(self.warehouse_combo)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.status_label)

    def set_warehouses(self, warehouses: list[tuple[int, str]]) -> None:
        chosen = self.warehouse_combo.currentData()
        self.warehouse_combo.clear()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        for ident, name in warehouses:
            self.warehouse_combo.addItem(name, ident)
        self.warehouse_combo.setCurrentIndex(max(0, self.warehouse_combo.findData(chosen)))

    def _query(self):
        return end_of_local_day(self.date_edit.date().toPython()), self.warehouse_combo.currentData()

    def refresh(self) -> None:
        at, warehouse_id = self._query()
        self.tasks.read(lambda: self.ctx.stock.valuation(at, warehouse_id=warehouse_id), self._shown,
                        lambda exc: show_error(self, exc))

    def _shown(self, rows) -> None:
        self.rows = list(rows)
        self.model.set_rows(self.rows)
        quantity = sum((r.quantity for r in self.rows), Decimal(0))
        value = sum((r.value for r in self.rows), Decimal(0))
        self.totals_label.setText(self.tr("Total: {n} line(s) · quantity {quantity} · value {value}").format(
            n=len(self.rows), quantity=format_quantity(quantity), value=format_amount(value)))

    def export(self) -> None:
        day = self.date_edit.date().toString("yyyy-MM-dd")
        path = self.save_path_dialog(self, f"valuation-{day}.xlsx")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        at, warehouse_id = self._query()
        title = self.tr("Stock valuation at the end of {day} — {warehouse}").format(
            day=day, warehouse=self.warehouse_combo.currentText())
        self.tasks.read(lambda: self.ctx.stock.export_valuation(at, path=path, warehouse_id=warehouse_id,
                                                                title=title),
                        lambda saved: self.status_label.setText(self.tr("Saved {path}").format(path=saved)),
                        lambda exc: show_error(self, exc))
