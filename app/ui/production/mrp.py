"""The Requirements (MRP) tab: up to a horizon, what every product needs and has (the netting), and the
proposed production and purchase orders; the checked proposals become planned production orders and draft
purchase orders in one action."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.exports.production import write_mrp_netting, write_mrp_proposals
from app.services.production import DraftsMade, MrpProposal, MrpResult
from app.ui.calendars import setup_date_edit
from app.ui.documents.format import money
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import RIGHT, Column, Index
from app.ui.production.orders_model import SHORT_TEXT, TintedRowsModel, empty_label, plural, rows_table
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date
from app.ui.warehouse.format import UnitDecimals
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

HORIZON_DAYS = 30
ACTION_TITLES = {"make": "Make", "buy": "Buy"}
APPLIED_TEXT = QColor("#9e9e9e")     # proposals already turned into drafts
# Changes after which a calculation on screen no longer tells the current story.
STALE_AFTER = frozenset({"production", "bom", "stock_document", "stock_move", "reservation", "document", "product"})


class ProposalsModel(TintedRowsModel):
    """The proposals with a check box each (all checked at first); applied ones are greyed and locked."""

    def __init__(self, columns, parent=None):
        super().__init__(columns, tint=self._tint, parent=parent)
        self.checked: list[bool] = []
        self.applied = False

    def set_rows(self, rows, *, highlight=None) -> None:
        self.checked = [True] * len(rows)
        self.applied = False
        super().set_rows(rows, highlight=highlight)

    def _tint(self, row: MrpProposal) -> QColor | None:
        if self.applied:
            return APPLIED_TEXT
        return SHORT_TEXT if row.action == "buy" and row.supplier_id is None else None

    def chosen(self) -> list[MrpProposal]:
        return [row for row, on in zip(self.rows, self.checked, strict=True) if on]

    def set_all(self, on: bool) -> None:
        if self.applied or not self.rows:
            return
        self.checked = [on] * len(self.rows)
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0), [Qt.ItemDataRole.CheckStateRole])

    def mark_applied(self) -> None:
        self.applied = True
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0 and not self.applied:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole:
            if index.isValid() and index.column() == 0 and 0 <= index.row() < len(self.rows):
                return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
            return None
        return super().data(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0 or self.applied \
                or not (0 <= index.row() < len(self.rows)):
            return False
        self.checked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True


class MrpView(QWidget):
    """Horizon and warehouse, Calculate (on the read pool), the netting, the proposals, Create drafts."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("production_mrp")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.units = UnitDecimals()
        self.result: MrpResult | None = None
        self._generation = 0
        self._warehouse_of_result: int | None = None
        self._build()
        self.tasks.changed.connect(self._on_changed)
        self.reload_warehouses()

    def _build(self) -> None:
        self.horizon_edit = QDateEdit(QDate.currentDate().addDays(HORIZON_DAYS), self, objectName="horizon_edit")
        self.horizon_edit.setCalendarPopup(True)
        self.horizon_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.horizon_edit)
        self.horizon_edit.setMinimumDate(QDate.currentDate())
        self.horizon_field = FieldWithError(self.horizon_edit, self)
        self.warehouse_combo = QComboBox(self, objectName="mrp_warehouse_combo")
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        self.warehouse_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.warehouse_combo.setToolTip(self.tr("Net one warehouse only; the drafts are made for it too"))
        self.calculate_button = QPushButton(self.tr("Calculate"), self, objectName="calculate_button")
        self.calculate_button.setDefault(True)
        self.calculate_button.clicked.connect(self.calculate)
        self.busy_bar = QProgressBar(self, objectName="mrp_busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.busy_label = QLabel(self.tr("Calculating requirements…"), self, objectName="mrp_busy_label")
        self.busy_label.hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Needs up to:"), self))
        top.addWidget(self.horizon_field)
        top.addWidget(QLabel(self.tr("Warehouse:"), self))
        top.addWidget(self.warehouse_combo)
        top.addWidget(self.calculate_button)
        top.addWidget(self.busy_bar)
        top.addWidget(self.busy_label)
        top.addStretch(1)

        q = self.units.quantity

        def nz(value, unit: str) -> str:
            # Zero supply columns stay blank, so the figures that matter stand out.
            return q(value, unit) if value else ""
        bold = self.font()
        bold.setBold(True)
        self.lines_model = TintedRowsModel([
            Column(self.tr("SKU"), lambda r: r.sku, width=90),
            Column(self.tr("Product"), lambda r: r.name, width=220),
            Column(self.tr("Level"), lambda r: str(r.low_level), align=RIGHT, width=50),
            Column(self.tr("Gross"), lambda r: q(r.gross, r.unit), align=RIGHT, width=85),
            Column(self.tr("On hand"), lambda r: q(r.on_hand, r.unit), align=RIGHT, width=85),
            Column(self.tr("Reserved"), lambda r: nz(r.reserved, r.unit), align=RIGHT, width=85),
            Column(self.tr("Incoming"), lambda r: nz(r.incoming, r.unit), align=RIGHT, width=85),
            Column(self.tr("Draft POs"), lambda r: nz(r.drafted, r.unit), align=RIGHT, width=80),
            Column(self.tr("Planned output"), lambda r: nz(r.planned_output, r.unit), align=RIGHT, width=105),
            Column(self.tr("Safety"), lambda r: nz(r.safety_stock, r.unit), align=RIGHT, width=75),
            Column(self.tr("Net"), lambda r: q(r.net, r.unit), align=RIGHT, width=85),
            Column(self.tr("Proposed"), lambda r: nz(r.proposed, r.unit), align=RIGHT, width=85),
            Column(self.tr("Unit"), lambda r: r.unit, width=50),
        ], tint=lambda r: None, parent=self)
        self.lines_view = rows_table(self, "mrp_lines_view", self.lines_model, stretch=1)
        self.lines_view.setToolTip(self.tr("Net = gross + safety − (on hand − reserved for other needs + incoming "
                                           "+ on draft purchase orders + planned output)"))
        self.proposals_model = ProposalsModel([
            Column(self.tr("Action"), lambda r: self.tr(ACTION_TITLES.get(r.action, r.action)), width=80),
            Column(self.tr("Product"), lambda r: f"{r.sku} — {r.name}", width=240),
            Column(self.tr("Quantity"), lambda r: q(r.quantity, r.unit), align=RIGHT, width=90),
            Column(self.tr("Unit"), lambda r: r.unit, width=50),
            Column(self.tr("Need by"), lambda r: numeric_date(r.need_by), width=95),
            Column(self.tr("Order by"), lambda r: numeric_date(r.order_by), width=95),
            Column(self.tr("Supplier"), self._supplier_text, width=210,
                   tooltip=lambda r: self.tr("No supplier terms for this product: Create drafts skips it. Add them "
                                             "on the product's Suppliers tab.")
                   if r.action == "buy" and r.supplier_id is None else ""),
            Column(self.tr("Price"), lambda r: money(r.price, r.currency) if r.price is not None else "",
                   align=RIGHT, width=100),
        ], parent=self)
        self.proposals_view = rows_table(self, "proposals_view", self.proposals_model, stretch=1)
        self.proposals_model.dataChanged.connect(lambda *_: self._update_create())
        self.proposals_model.modelReset.connect(self._update_create)
        self.no_proposals = empty_label(self, "no_proposals_label", "")
        self.check_all_button = QPushButton(self.tr("Check all"), self, objectName="check_all_button")
        self.check_all_button.clicked.connect(lambda: self.proposals_model.set_all(True))
        self.uncheck_all_button = QPushButton(self.tr("Uncheck all"), self, objectName="uncheck_all_button")
        self.uncheck_all_button.clicked.connect(lambda: self.proposals_model.set_all(False))
        self.create_button = QPushButton(self.tr("Create drafts"), self, objectName="create_drafts_button")
        self.create_button.setToolTip(self.tr("Planned production orders for the checked “make” lines and draft "
                                              "purchase orders, one per supplier, for the checked “buy” lines"))
        self.create_button.clicked.connect(self.create_drafts)
        self.export_proposals_button = QPushButton(self.tr("Export to Excel…"), self,
                                                   objectName="export_proposals_button")
        self.export_proposals_button.setToolTip(self.tr("The proposals of this calculation to an Excel workbook"))
        self.export_proposals_button.clicked.connect(lambda: self.export_to_excel("proposals"))
        self.export_netting_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_netting_button")
        self.export_netting_button.setToolTip(self.tr("The netting per product of this calculation to an Excel "
                                                      "workbook"))
        self.export_netting_button.clicked.connect(lambda: self.export_to_excel("netting"))
        self.excel_export: ExcelExport | None = None
        self.result_label = QLabel(self, objectName="drafts_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label = ErrorLabel("mrp_error", self)
        self.stale_label = QLabel(self.tr("Orders or stock changed since this calculation: Calculate again to see "
                                          "the current needs."), self, objectName="mrp_stale")
        self.stale_label.setStyleSheet("color: #e65100;")
        self.stale_label.hide()

        netting = QWidget(self)
        box = QVBoxLayout(netting)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Netting per product"), netting)
        caption.setFont(bold)
        head = QHBoxLayout()
        head.addWidget(caption, 1)
        head.addWidget(self.export_netting_button)
        box.addLayout(head)
        box.addWidget(self.lines_view, 1)
        proposals = QWidget(self)
        box = QVBoxLayout(proposals)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Proposals"), proposals)
        caption.setFont(bold)
        box.addWidget(caption)
        self.proposals_stack = QStackedLayout()
        self.proposals_stack.addWidget(self.proposals_view)
        self.proposals_stack.addWidget(self.no_proposals)
        box.addLayout(self.proposals_stack, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.check_all_button)
        actions.addWidget(self.uncheck_all_button)
        actions.addStretch(1)
        actions.addWidget(self.export_proposals_button)
        actions.addWidget(self.create_button)
        box.addLayout(actions)
        box.addWidget(self.result_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(netting)
        splitter.addWidget(proposals)
        splitter.setSizes([300, 300])
        self.hint = empty_label(self, "mrp_hint", self.tr(
            "Choose how far ahead to look and press Calculate: the confirmed sales orders and the open production "
            "orders up to that day are netted against stock, incoming purchases and planned output."))
        self.empty = empty_label(self, "mrp_empty", "")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.hint)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        self.results_page = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.error_label)
        layout.addLayout(self.stack, 1)
        self._update_create()

    def _supplier_text(self, row: MrpProposal) -> str:
        if row.action != "buy":
            return ""
        return row.supplier_name or self.tr("none: will be skipped")

    # -- warehouses ----------------------------------------------------------------------------
    def reload_warehouses(self) -> None:
        def load():
            return [(w.id, w.name) for w in self.ctx.stock.list_warehouses()], self.ctx.stock.unit_decimals()
        self.tasks.read(load, self._warehouses_loaded, lambda exc: show_error(self, exc))

    def _warehouses_loaded(self, loaded) -> None:
        warehouses, units = loaded
        self.units.mapping = dict(units)
        chosen = self.warehouse_combo.currentData()
        self.warehouse_combo.clear()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        for ident, name in warehouses:
            self.warehouse_combo.addItem(name, ident)
        self.warehouse_combo.setCurrentIndex(max(0, self.warehouse_combo.findData(chosen)))

    # -- calculating ---------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return not self.busy_bar.isHidden()

    def _set_busy(self, on: bool) -> None:
        self.busy_bar.setVisible(on)
        self.busy_label.setVisible(on)
        self.calculate_button.setEnabled(not on)
        self._update_create()

    def calculate(self) -> None:
        """Run the netting off the GUI thread; a newer Calculate wins over an older one still running."""
        horizon: date = self.horizon_edit.date().toPython()
        warehouse_id = self.warehouse_combo.currentData()
        self._generation += 1
        gen = self._generation
        self.horizon_field.set_error("")
        self.error_label.show_message("")
        self._set_busy(True)
        self.tasks.read(lambda: self.ctx.production.run_mrp(horizon=horizon, warehouse_id=warehouse_id),
                        lambda result: self._calculated(gen, warehouse_id, result),
                        lambda exc: self._calculate_failed(gen, exc), name="mrp")

    def _calculated(self, gen: int, warehouse_id: int | None, result: MrpResult) -> None:
        if gen != self._generation:
            return
        self._set_busy(False)
        self.result, self._warehouse_of_result = result, warehouse_id
        self.stale_label.hide()
        self.result_label.setText("")
        self.lines_model.set_rows(result.lines)
        self.proposals_model.set_rows(result.proposals)
        nothing = self.tr("Nothing to make or buy up to {day}.").format(day=numeric_date(result.horizon))
        if not result.lines and not result.proposals:
            self.empty.setText(nothing + "\n" + self.tr("No confirmed sales order, open production order or "
                                                        "minimum stock needs anything by then."))
            self.stack.setCurrentWidget(self.empty)
            return
        self.no_proposals.setText(nothing + " " + self.tr("Stock, incoming purchases and planned output cover "
                                                          "every need."))
        self.proposals_stack.setCurrentWidget(self.proposals_view if result.proposals else self.no_proposals)
        self.stack.setCurrentWidget(self.results_page)
        self._update_create()

    def _calculate_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.horizon_field.set_error(exc.errors.get("horizon", ""))
            rest = [error_text(m) for k, m in exc.errors.items() if k != "horizon"]
            self.error_label.show_message("\n".join(rest))
        else:
            show_error(self, exc)

    def export_to_excel(self, table: str) -> None:
        """The calculation on screen (its proposals, or its netting) to an .xlsx file, as it was calculated."""
        result = self.result
        if result is None:
            return
        writer = write_mrp_proposals if table == "proposals" else write_mrp_netting
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: writer(result, path,
                                                                                       progress=progress),
                                        what=self.tr("MRP proposals") if table == "proposals"
                                        else self.tr("MRP netting"),
                                        suggested=f"mrp-{table}-{result.horizon.isoformat()}.xlsx")
        self.excel_export.start()

    # -- applying ------------------------------------------------------------------------------
    def _update_create(self) -> None:
        model = self.proposals_model
        ready = bool(model.rows) and not model.applied and not self.busy
        self.create_button.setEnabled(ready and any(model.checked))
        self.check_all_button.setEnabled(ready)
        self.export_proposals_button.setEnabled(bool(model.rows) and not self.busy)
        self.export_netting_button.setEnabled(self.result is not None and bool(self.result.lines) and not self.busy)
        self.uncheck_all_button.setEnabled(ready)

    def create_drafts(self) -> None:
        chosen = self.proposals_model.chosen()
        if not chosen or self.proposals_model.applied:
            return
        warehouse_id = self._warehouse_of_result
        self.create_button.setEnabled(False)
        self.tasks.write(lambda: self.ctx.production.apply_mrp(chosen, warehouse_id=warehouse_id), self._applied,
                         self._apply_failed, entity="production", ids=lambda made: made.production_order_ids)

    def _applied(self, made: DraftsMade) -> None:
        self.proposals_model.mark_applied()
        self._update_create()
        self.result_label.setText(self.report(made))
        if made.purchase_order_ids:
            self.tasks.notify_changed("document", made.purchase_order_ids)

    def _apply_failed(self, exc: BaseException) -> None:
        self._update_create()
        if isinstance(exc, ValidationError):
            self.error_label.show_message("\n".join(error_text(m) for m in exc.errors.values()))
        else:
            show_error(self, exc)

    def report(self, made: DraftsMade) -> str:
        """'2 production orders and 1 purchase order created; 1 item has no supplier: Glue.'"""
        mo, po = len(made.production_order_ids), len(made.purchase_order_ids)
        parts = []
        if mo:
            parts.append(plural(mo, self.tr("{n} production order"), self.tr("{n} production orders")))
        if po:
            parts.append(plural(po, self.tr("{n} purchase order"), self.tr("{n} purchase orders")))
        text = (self.tr("{made} created").format(made=self.tr(" and ").join(parts)) if parts
                else self.tr("Nothing was created"))
        if made.skipped:
            names = ", ".join(name for name, _why in made.skipped)
            text += "; " + plural(len(made.skipped), self.tr("{n} item has no supplier: "),
                                    self.tr("{n} items have no supplier: ")) + names
            text += " " + self.tr("(set one on the product's Suppliers tab)")
        return text + "."

    def _on_changed(self, entity: str, _ids) -> None:
        if entity == "warehouse":
            self.reload_warehouses()
        if entity in STALE_AFTER and self.result is not None:
            self.stale_label.show()
