"""The "To reorder" tab: products below their minimum stock with the suggested order and the preferred
supplier, and "Make purchase orders", which drafts one purchase order per supplier for the selected rows
(every row when none is selected) and links the drafts for opening in the Documents area."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import RIGHT, Column
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.warehouse.format import UnitDecimals, format_amount
from app.ui.warehouse.models import RowsModel

NAMES_SHOWN = 5      # suppliers and products named in the result line; the rest are counted


def _names(names: list[str], more: str) -> str:
    shown = ", ".join(names[:NAMES_SHOWN])
    return shown + (more.format(n=len(names) - NAMES_SHOWN) if len(names) > NAMES_SHOWN else "")


class ReorderView(QWidget):
    """What to reorder in the warehouse `warehouse()` names (None: all of them)."""

    open_record = Signal(str, int)      # ("document", id): a drafted purchase order to open

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, units: UnitDecimals, warehouse,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reorder_page")
        self.ctx, self.tasks, self.units, self.warehouse = ctx, tasks, units, warehouse
        self.suppliers: dict[int, str] = {}     # product id -> preferred supplier's name
        self.last_result = None
        q = self.units.quantity
        columns = [
            Column(self.tr("SKU"), lambda r: r.sku, width=110),
            Column(self.tr("Product"), lambda r: r.name, width=260),
            Column(self.tr("On hand"), lambda r: q(r.on_hand, r.unit), align=RIGHT, width=90),
            Column(self.tr("Available"), lambda r: q(r.available, r.unit), align=RIGHT, width=90),
            Column(self.tr("Minimum"), lambda r: q(r.min_stock, r.unit), align=RIGHT, width=90),
            Column(self.tr("Suggested order"), lambda r: q(r.suggested, r.unit), align=RIGHT, width=120),
            Column(self.tr("Unit"), lambda r: r.unit, width=50),
            Column(self.tr("Preferred supplier"), lambda r: self.suppliers.get(r.product_id) or self.tr("— none —"),
                   width=200, tooltip=lambda r: "" if r.product_id in self.suppliers else self.tr(
                       "No supplier: set one on the product's Suppliers tab")),
        ]
        self.model = RowsModel(columns, key=lambda r: r.product_id, parent=self)
        self.view = QTableView(self, objectName="reorder_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for i, col in enumerate(columns):
            self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self.empty = QLabel(self.tr("Nothing is below its minimum stock."), self, objectName="reorder_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666666;")
        self.caption = QLabel(self.tr("Uses the warehouse chosen on the Balances tab."), self)
        self.make_button = QPushButton(self.tr("Make purchase orders"), self, objectName="make_purchase_orders_button")
        self.make_button.clicked.connect(self.make_purchase_orders)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_reorder_button")
        self.export_button.setToolTip(self.tr("The list (suggested orders and preferred suppliers) to an Excel "
                                              "workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.excel_export: ExcelExport | None = None
        self.result_label = QLabel(self, objectName="reorder_result")
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setWordWrap(True)
        self.result_label.linkActivated.connect(lambda href: self.open_record.emit("document", int(href)))
        self.result_label.hide()
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.make_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.result_label)
        self._update_button()

    # -- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        warehouse_id = self.warehouse()
        stock, production = self.ctx.stock, self.ctx.production

        def load():
            rows = stock.reorder_list(warehouse_id=warehouse_id)
            # The list is short by nature (products below their minimum): one look-up each is fine.
            preferred = {}
            for r in rows:
                terms = production.list_terms(r.product_id)
                if terms:
                    preferred[r.product_id] = terms[0].supplier_name
            return rows, preferred
        self.tasks.read(load, self._show, lambda exc: show_error(self, exc))

    def _show(self, loaded) -> None:
        rows, self.suppliers = loaded
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self._update_button()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [r.product_id for r in (self.model.row_at(i) for i in rows) if r is not None]

    def _update_button(self) -> None:
        chosen = len(self.selected_ids())
        self.make_button.setEnabled(bool(self.model.rows))
        self.export_button.setEnabled(bool(self.model.rows))
        self.make_button.setToolTip(
            self.tr("Draft purchase orders for the %n selected product(s), one per preferred supplier", "", chosen)
            if chosen else self.tr("Draft purchase orders for every product in the list, one per preferred supplier "
                                   "(select rows to order only those)"))

    def export_to_excel(self) -> None:
        """The products below their minimum in the warehouse chosen (or all) to an .xlsx file."""
        warehouse_id, exports = self.warehouse(), self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_reorder(
            path, warehouse_id=warehouse_id, progress=progress), what=self.tr("the reorder list"),
            suggested=f"reorder-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    # -- making the drafts --------------------------------------------------------------------
    def make_purchase_orders(self) -> None:
        """Draft purchase orders for the selected rows (all rows when none is selected) with the suggested
        quantities, raised to each supplier's minimum order."""
        if not self.model.rows:
            return
        warehouse_id, ids = self.warehouse(), self.selected_ids() or None
        production, documents = self.ctx.production, self.ctx.documents

        def work():
            made = production.purchase_reorder(warehouse_id=warehouse_id, product_ids=ids)
            drafts = []
            for doc_id in made.purchase_order_ids:
                card = documents.load_document(doc_id)
                drafts.append((card.id, card.client_name, card.total, card.currency, len(card.lines)))
            return made, drafts
        self.tasks.write(work, self._made, self._failed, entity="document",
                         ids=lambda result: list(result[0].purchase_order_ids))

    def _made(self, result) -> None:
        made, drafts = result
        self.last_result = result
        parts, more = [], self.tr(" and {n} more")
        if drafts:
            links = [f"<a href='{ident}'>{isolate(escape(name))}</a>" for ident, name, _t, _c, _n in drafts]
            count = self.tr("1 purchase order drafted") if len(drafts) == 1 else \
                self.tr("{n} purchase orders drafted").format(n=len(drafts))
            parts.append(f"{count} ({_names(links, more)})")
        else:
            parts.append(self.tr("No purchase order was drafted"))
        if made.skipped:
            names = [isolate(escape(name)) for name, _why in made.skipped]
            count = self.tr("1 product has no supplier") if len(names) == 1 else \
                self.tr("{n} products have no supplier").format(n=len(names))
            parts.append(f"{count}: {_names(names, more)} — "
                         + self.tr("set one on the product's Suppliers tab"))
        text = "; ".join(parts) + "."
        if drafts:
            totals = ", ".join(f"{isolate(escape(name))}: {format_amount(total)} {currency}"
                               for _i, name, total, currency, _n in drafts[:NAMES_SHOWN])
            text += "<br><span style='color:#666666'>" + escape(self.tr(
                "Click a supplier to open its draft; all of them are in Documents (type Purchase order)."
            )) + " " + self.tr("Totals: {totals}").format(totals=totals) + "</span>"
        self.result_label.setText(text)
        self.result_label.show()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and "lines" in exc.errors:
            self.result_label.setText(self.tr("Nothing to order: no selected product needs more stock."))
            self.result_label.show()
            return
        show_error(self, exc)
