"""The read-only panels beside a bill: its explosion (the tree level by level and the raw materials summed),
its cost roll-up for a chosen quantity, and where a component is used. Each reads only while it is shown."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.exports.production import write_cost_rollup, write_explosion, write_where_used
from app.services.production import CostRollup, Explosion, WhereUsedRow
from app.services.service_desk import ProductChoice
from app.ui.documents.format import parse_number
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.lazy_model import RIGHT, Column
from app.ui.service_desk.product_link import ProductPicker
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.warehouse.format import format_amount, format_number, format_quantity
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import ErrorLabel, error_text

INDENT = "\u2003\u2003"    # two em spaces per level below the first
BASIS_TITLES = {
    "average": QT_TR_NOOP("average"),
    "purchase price": QT_TR_NOOP("purchase price"),
    "rolled up": QT_TR_NOOP("rolled up"),
    "service": QT_TR_NOOP("service"),
}
RECOMPUTE_DELAY_MS = 400


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def exact_quantity(value: Decimal) -> str:
    """A quantity with the decimals it carries (the service rounded it to its unit): '12.320', '14'."""
    exponent = value.as_tuple().exponent
    return format_number(value, max(0, -exponent) if isinstance(exponent, int) else 0)


def cost_text(value: Decimal) -> str:
    """A unit cost with 2 to 4 decimals and grouping: '28.15', '8.894', '1,250.00'."""
    exponent = value.normalize().as_tuple().exponent
    places = min(4, max(2, -exponent)) if isinstance(exponent, int) else 2
    return format_number(value, places)


def indented(level: int, name: str) -> str:
    return INDENT * max(0, level - 1) + name


def make_table(parent: QWidget, name: str, model: RowsModel, stretch: int) -> QTableView:
    """A read-only row table; the `stretch` column (a name) takes the spare width, numbers keep theirs."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, col in enumerate(model.columns):
        table.setColumnWidth(i, col.width)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def caption(parent: QWidget, name: str, text: str = "") -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setStyleSheet("color: #555555;")
    label.setWordWrap(True)
    return label


class _BatchPanel(QWidget):
    """A panel computed for the chosen bill version and a quantity typed by the user: `fetch(product_id,
    bom_id, quantity)` runs off the GUI thread, the subclass's `show_result` shows what it returns."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, name: str, button_text: str,
                 fetch: Callable[[int, int | None, str], Any], write: Callable[..., int],
                 parent: QWidget | None = None):
        super().__init__(parent, objectName=name)
        self.ctx, self.tasks, self.fetch, self.write = ctx, tasks, fetch, write
        self.product_id: int | None = None
        self.bom_id: int | None = None
        self.stale = False
        self.result = None
        self.sku = self.product_name = ""
        self.quantity_edit = QLineEdit("1", self, objectName=f"{name}_quantity")
        self.quantity_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity_edit.setMaximumWidth(110)
        self.unit_label = QLabel(self, objectName=f"{name}_unit")
        self.run_button = QPushButton(button_text, self, objectName=f"{name}_button")
        self.run_button.setAutoDefault(False)
        self.run_button.clicked.connect(lambda _c=False: self.compute())
        self.quantity_edit.returnPressed.connect(self.compute)
        self._timer = QTimer(self, singleShot=True, interval=RECOMPUTE_DELAY_MS)
        self._timer.timeout.connect(self.compute)
        self.quantity_edit.textEdited.connect(lambda _t: self._timer.start())
        self.export_button = QPushButton(tr("Export to Excel…"), self, objectName=f"export_{name}_button")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(tr("What is calculated below to an Excel workbook"))
        self.export_button.clicked.connect(lambda _c=False: self.export_to_excel())
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        self.subject_label = caption(self, f"{name}_subject")
        self.error = ErrorLabel(f"{name}_error", self)
        self.empty_label = caption(self, f"{name}_empty", tr("Save the bill to see this."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Quantity"), self))
        row.addWidget(self.quantity_edit)
        row.addWidget(self.unit_label)
        row.addWidget(self.run_button)
        row.addSpacing(12)
        row.addWidget(self.subject_label, 1)
        row.addWidget(self.export_button)
        return row

    def export_to_excel(self) -> None:
        """The result on screen, as calculated, to an .xlsx file (the product and quantity above it)."""
        result, write = self.result, self.write
        if result is None:
            return
        title = (f"{self.sku} — {self.product_name}, {self.subject_label.text()}: "
                 f"{self.quantity_edit.text()} {self.unit_label.text()}").strip()
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write(
            result, path, title=title, progress=progress), what=tr("the calculation"),
            suggested=f"{self.objectName()}-{file_name_part(self.sku, 'bill')}.xlsx")
        self.excel_export.start()

    def set_subject(self, product_id: int | None, bom_id: int | None, *, unit: str = "", text: str = "",
                    sku: str = "", product: str = "") -> None:
        """The saved version to compute (None: nothing saved to show); computed now if shown, else when shown.
        `sku` and `product` name it in an export."""
        changed = (product_id, bom_id) != (self.product_id, self.bom_id)
        self.product_id, self.bom_id = product_id, bom_id
        self.sku, self.product_name = sku, product
        self.unit_label.setText(unit)
        self.subject_label.setText(text)
        if changed:
            self.show_result(None)
        self.invalidate()

    def invalidate(self) -> None:
        """The data changed: compute again (now if shown)."""
        self.stale = True
        if self.isVisible():
            self.compute()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self.stale:
            self.compute()

    def quantity(self) -> str | None:
        try:
            value = parse_number(self.quantity_edit.text())
        except InvalidOperation:
            value = None
        if value is None or value <= 0:
            self.error.show_message(tr("Type how many to make (more than zero)."))
            return None
        return f"{value:f}"

    def compute(self) -> None:
        self._timer.stop()
        self.stale = False
        if self.product_id is None:
            self.show_result(None)
            return
        qty = self.quantity()
        if qty is None:
            return
        self.error.show_message("")
        product_id, bom_id, fetch = self.product_id, self.bom_id, self.fetch
        self.tasks.read(lambda: fetch(product_id, bom_id, qty), self.show_result, self.failed,
                        name=self.objectName())

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.error.show_message("\n".join(error_text(m) for m in exc.errors.values()))
        else:
            show_error(self, exc)


class ExplosionPanel(_BatchPanel):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(ctx, tasks, "explosion", tr("Explode"),
                         lambda pid, bid, qty: ctx.production.explode(pid, qty, bom_id=bid), write_explosion, parent)
        self.tree_model = RowsModel([
            Column(tr("Level"), lambda r: str(r.level), align=RIGHT, width=50),
            Column(tr("SKU"), lambda r: r.sku, width=90),
            Column(tr("Component"), lambda r: indented(r.level, r.name), width=260),
            Column(tr("Quantity"), lambda r: exact_quantity(r.quantity), align=RIGHT, width=100),
            Column(tr("Unit"), lambda r: r.unit, width=60),
            Column(tr("Kind"), lambda r: (tr("service") if r.is_service else tr("made by its bill") if r.has_bom
                                          else tr("from stock")), width=130),
        ], key=lambda r: None, parent=self)
        self.tree_view = make_table(self, "explosion_view", self.tree_model, stretch=2)
        self.raw_model = RowsModel([
            Column(tr("SKU"), lambda r: r.sku, width=90),
            Column(tr("Material or service"), lambda r: r.name, width=260),
            Column(tr("Quantity"), lambda r: exact_quantity(r.quantity), align=RIGHT, width=100),
            Column(tr("Unit"), lambda r: r.unit, width=60),
            Column(tr("Kind"), lambda r: tr("service") if r.is_service else tr("material"), width=130),
        ], key=lambda r: r.component_id, parent=self)
        self.raw_view = make_table(self, "raw_view", self.raw_model, stretch=1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_row())
        layout.addWidget(self.error)
        layout.addWidget(caption(self, "structure_caption", tr("Structure, level by level (scrap included, each "
                                                               "level rounded up to its unit)")))
        layout.addWidget(self.tree_view, 3)
        layout.addWidget(caption(self, "raw_caption", tr("Raw materials and services in all")))
        layout.addWidget(self.raw_view, 2)
        layout.addWidget(self.empty_label)

    def show_result(self, result: Explosion | None) -> None:
        self.result = result
        self.export_button.setEnabled(result is not None)
        self.tree_model.set_rows(result.tree if result is not None else [])
        self.raw_model.set_rows(result.raw if result is not None else [])
        self.empty_label.setVisible(self.product_id is None)


class CostPanel(_BatchPanel):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(ctx, tasks, "cost", tr("Calculate"),
                         lambda pid, bid, qty: ctx.production.cost_rollup(pid, quantity=qty, bom_id=bid),
                         write_cost_rollup, parent)
        self.lines_model = RowsModel([
            Column(tr("Level"), lambda r: str(r.level), align=RIGHT, width=50),
            Column(tr("SKU"), lambda r: r.sku, width=90),
            Column(tr("Component"), lambda r: indented(r.level, r.name), width=240),
            Column(tr("Quantity"), lambda r: format_quantity(r.quantity), align=RIGHT, width=90),
            Column(tr("Unit cost"), lambda r: cost_text(r.unit_cost), align=RIGHT, width=100),
            Column(tr("Cost"), lambda r: format_amount(r.cost), align=RIGHT, width=100),
            Column(tr("Basis"), lambda r: tr(BASIS_TITLES.get(r.basis, r.basis)), width=120),
        ], key=lambda r: None, parent=self)
        self.lines_view = make_table(self, "cost_view", self.lines_model, stretch=2)
        self.totals: dict[str, QLabel] = {}
        grid = QGridLayout()
        for i, (key, title) in enumerate((("materials", tr("Materials")), ("services", tr("Services")),
                                          ("total", tr("Total")), ("unit_cost", tr("Unit cost")))):
            label = QLabel(self, objectName=f"{key}_total")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(110)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("total", "unit_cost"):
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            grid.addWidget(QLabel(title, self), i, 1)
            grid.addWidget(label, i, 2)
            self.totals[key] = label
        grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top_row())
        layout.addWidget(self.error)
        layout.addWidget(caption(self, "cost_caption", tr("Materials at their average cost in stock (their "
                                                          "purchase price when none is in stock), sub-assemblies "
                                                          "rolled up from their bills, services at their purchase "
                                                          "price")))
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(grid)
        layout.addWidget(self.empty_label)

    def show_result(self, result: CostRollup | None) -> None:
        self.result = result
        self.export_button.setEnabled(result is not None)
        self.lines_model.set_rows(result.lines if result is not None else [])
        for key, label in self.totals.items():
            value = getattr(result, key) if result is not None else None
            label.setText("" if value is None else cost_text(value) if key == "unit_cost" else format_amount(value))
        self.empty_label.setVisible(self.product_id is None)


class WhereUsedPanel(QWidget):
    """Every bill that uses a component: directly (level 1) and through the products that use it."""

    open_bill = Signal(int, int)    # product id, bill (version) id

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent, objectName="where_used")
        self.ctx, self.tasks = ctx, tasks
        self.component_id: int | None = None
        self.stale = False
        self.picker = ProductPicker(ctx, tasks, self)
        self.picker.setObjectName("where_used_combo")
        self.picker.product_chosen.connect(lambda _pid: self.compute())
        self.show_button = QPushButton(tr("Show"), self, objectName="where_used_button")
        self.show_button.setAutoDefault(False)
        self.show_button.clicked.connect(lambda _c=False: self.compute())
        self.export_button = QPushButton(tr("Export to Excel…"), self, objectName="export_where_used_button")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(tr("The bills below to an Excel workbook"))
        self.export_button.clicked.connect(lambda _c=False: self.export_to_excel())
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        self.shown: tuple[str, list[WhereUsedRow]] | None = None   # the component's label and its rows
        self.model = RowsModel([
            Column(tr("Level"), lambda r: str(r.level), align=RIGHT, width=50,
                   tooltip=lambda r: tr("1: uses it directly; 2: uses a product that uses it; …")),
            Column(tr("SKU"), lambda r: r.sku, width=90),
            Column(tr("Product"), lambda r: indented(r.level, r.name), width=260),
            Column(tr("Version"), lambda r: f"v{r.version_no}", width=70),
            Column(tr("Active"), lambda r: tr("active") if r.active else "", width=70),
            Column(tr("Quantity per batch"), lambda r: format_quantity(r.quantity), align=RIGHT, width=130),
        ], key=lambda r: r.bom_id, parent=self)
        self.view = make_table(self, "where_used_view", self.model, stretch=2)
        self.view.doubleClicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.summary = caption(self, "where_used_summary")
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Component"), self))
        row.addWidget(self.picker, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(caption(self, "where_used_hint", tr("Double-click a bill to open it. Levels above 1 "
                                                             "follow active bills only.")))

    def show_for(self, component_id: int, sku: str, name: str) -> None:
        """Look up what uses this product (now if shown, else when shown)."""
        self.picker.set_product(ProductChoice(component_id, sku, name))
        self.invalidate()

    def invalidate(self) -> None:
        self.stale = True
        if self.isVisible():
            self.compute()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if self.stale:
            self.compute()

    def compute(self) -> None:
        self.stale = False
        component_id = self.picker.product_id()
        self.component_id = component_id
        if component_id is None:
            self.model.set_rows([])
            self.shown = None
            self.export_button.setEnabled(False)
            self.summary.setText(tr("Choose a component to see which bills use it."))
            return
        label = self.picker.currentText().strip()
        self.tasks.read(lambda: self.ctx.production.where_used(component_id),
                        lambda rows: self._show(component_id, label, rows), lambda exc: show_error(self, exc),
                        name="where used")

    def _show(self, component_id: int, label: str, rows: list[WhereUsedRow]) -> None:
        if component_id != self.component_id:
            return  # another component was chosen meanwhile
        self.model.set_rows(rows)
        self.shown = (label, list(rows))
        self.export_button.setEnabled(bool(rows))
        direct = sum(1 for r in rows if r.level == 1)
        if rows:
            self.summary.setText(tr("{what}: used directly in {n} bill(s), {m} through other products").format(
                what=isolate(label), n=direct, m=len(rows) - direct))
        else:
            self.summary.setText(tr("No bill of materials uses {what}.").format(what=isolate(label)))

    def export_to_excel(self) -> None:
        """The bills shown as using the component to an .xlsx file."""
        if self.shown is None:
            return
        label, rows = self.shown
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write_where_used(
            rows, path, title=tr("Where {component} is used").format(component=label), progress=progress), what=tr("where used"),
            suggested=f"where-used-{file_name_part(label.split(' ')[0], 'component')}.xlsx")
        self.excel_export.start()

    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_bill.emit(row.product_id, row.bom_id)


__all__ = ["CostPanel", "ExplosionPanel", "WhereUsedPanel", "cost_text", "exact_quantity", "indented"]
