"""Bills of materials: the products that have bills (searched as you type), the versions of the chosen
one (new version, activate, delete), and beside them the chosen version's editor, its explosion, its cost
and where a component is used."""

from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.production import BomCard, BomProductRow, BomRow
from app.ui.errors import conflict_text, show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import RIGHT, Column
from app.ui.production.bom_editor import BillProduct, BomEditor
from app.ui.production.bom_lines import Component
from app.ui.production.bom_panels import CostPanel, ExplosionPanel, WhereUsedPanel, caption, make_table
from app.ui.service_desk.product_link import ProductPicker
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.warehouse.format import format_quantity
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import ErrorLabel, error_text

SEARCH_DELAY_MS = 250
LIST_LIMIT = 500     # products with bills listed at once; a search narrows them
# What the bills show depends on products (names, units, kinds) and bills; costs on stock too.
BILL_ENTITIES = frozenset({"bom", "product", "unit"})
COST_ENTITIES = frozenset({"stock", "stock_document", "production_order", "document"})


class BomsView(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent, objectName="boms_view")
        self.ctx, self.tasks = ctx, tasks
        self.product_id: int | None = None
        self.bom_id: int | None = None
        self.versions: list[BomRow] = []
        self._loaded_once = False
        self._shown_product: int | None = None   # whose where-used the panel was set to

        # -- the products with bills ---------------------------------------------------------
        self.search_edit = QLineEdit(self, objectName="bom_search")
        self.search_edit.setPlaceholderText(self.tr("Search products with bills (SKU or name)"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.products_model = RowsModel([
            Column(self.tr("SKU"), lambda r: r.sku, width=80),
            Column(self.tr("Product"), lambda r: r.name, width=180, tooltip=lambda r: r.name),
            Column(self.tr("Versions"), lambda r: str(r.versions), align=RIGHT, width=70),
            Column(self.tr("Active"), lambda r: f"v{r.active_version_no}" if r.active_version_no else self.tr("none"),
                   width=60),
        ], key=lambda r: r.product_id, parent=self)
        self.products_view = make_table(self, "bom_products_view", self.products_model, stretch=1)
        self.products_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._product_chosen(cur))
        self.products_empty = QLabel(self, objectName="boms_empty")
        self.products_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.products_empty.setWordWrap(True)
        self.products_empty.setStyleSheet("color: #666666; padding: 12px;")
        self.products_stack = QStackedWidget(self, objectName="bom_products_stack")
        self.products_stack.addWidget(self.products_view)
        self.products_stack.addWidget(self.products_empty)
        self.products_more = caption(self, "bom_products_more", self.tr(
            "Only the first {n} are listed: type part of a name or SKU to find the others.").format(n=LIST_LIMIT))
        self.products_more.hide()
        self.new_product_combo = ProductPicker(ctx, tasks, self)
        self.new_product_combo.setObjectName("new_bill_product")
        self.new_product_combo.lineEdit().setPlaceholderText(self.tr("Product to make: SKU or name"))
        self.new_bill_button = QPushButton(self.tr("New bill"), self, objectName="new_bill_button")
        self.new_bill_button.setAutoDefault(False)
        self.new_bill_button.setToolTip(self.tr("Start a bill of materials for the product chosen beside"))
        self.new_bill_button.clicked.connect(lambda _c=False: self.new_bill())
        self.new_bill_error = ErrorLabel("new_bill_error", self)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_boms_button")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(self.tr("Every version of the bills the list shows (its search) to an Excel "
                                              "workbook"))
        self.export_button.clicked.connect(lambda _c=False: self.export_to_excel())
        self.excel_export: ExcelExport | None = None

        # -- the chosen product's versions ---------------------------------------------------
        self.versions_model = RowsModel([
            Column(self.tr("Version"), lambda r: f"v{r.version_no}", width=70),
            Column(self.tr("Name"), lambda r: r.name, width=200),
            Column(self.tr("Makes"), lambda r: format_quantity(r.quantity), align=RIGHT, width=80),
            Column(self.tr("Lines"), lambda r: str(r.lines), align=RIGHT, width=60),
            Column(self.tr("Active"), lambda r: "● " + self.tr("active") if r.active else "", width=90),
        ], key=lambda r: r.id, parent=self)
        self.versions_view = make_table(self, "bom_versions_view", self.versions_model, stretch=1)
        # Room for four versions; more scroll.
        self.versions_view.setMaximumHeight(self.versions_view.verticalHeader().defaultSectionSize() * 4
                                            + self.versions_view.horizontalHeader().sizeHint().height() + 4)
        self.versions_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._version_chosen(cur))
        self.new_version_button = self._button(self.tr("New version"), "new_version_button", self.new_version,
                                               self.tr("A copy of the chosen version, not active, to change"))
        self.activate_button = self._button(self.tr("Activate"), "activate_button", self.activate,
                                            self.tr("Production orders and MRP use the active version"))
        self.delete_button = self._button(self.tr("Delete version"), "delete_version_button", self.delete_version,
                                          self.tr("Delete a version that is not active and no order was made from"))
        self.versions_error = ErrorLabel("versions_error", self)

        # -- the editor and the panels --------------------------------------------------------
        self.editor = BomEditor(ctx, tasks, self)
        self.editor.saved.connect(self._saved)
        self.editor.where_used_requested.connect(self.show_where_used)
        self.explosion = ExplosionPanel(ctx, tasks, self)
        self.cost = CostPanel(ctx, tasks, self)
        self.where_used = WhereUsedPanel(ctx, tasks, self)
        self.where_used.open_bill.connect(self.open_bill)
        self.panels = QTabWidget(self, objectName="bom_panels")
        self.panels.addTab(self.editor, self.tr("Bill"))
        self.panels.addTab(self.explosion, self.tr("Explosion"))
        self.panels.addTab(self.cost, self.tr("Cost"))
        self.panels.addTab(self.where_used, self.tr("Where used"))
        self.product_title = QLabel(self, objectName="bom_product_title")
        font = self.product_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.product_title.setFont(font)
        self.product_title.setWordWrap(True)
        self.detail_hint = caption(self, "bom_detail_hint", self.tr(
            "A bill of materials says what one batch of a product takes: materials, sub-assemblies made by "
            "their own bills, and labour or other services as cost lines.\n\nChoose a product on the left to "
            "see its bill, or type a product to make under “Make a bill for a product” and press New bill."))
        self.detail_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_hint.setStyleSheet("color: #555555; padding: 40px;")
        hint_font = self.detail_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 1.15)
        self.detail_hint.setFont(hint_font)
        self.detail_stack = QStackedWidget(self, objectName="bom_detail_stack")
        self._layout()
        save = QShortcut(QKeySequence.StandardKey.Save, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.tasks.changed.connect(self._on_changed)
        self._update_buttons()

    def _button(self, text: str, name: str, slot, tip: str) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        left = QWidget(self, objectName="bom_products_pane")
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 4, 0)
        side.addWidget(self.search_edit)
        side.addWidget(self.products_stack, 1)
        side.addWidget(self.products_more)
        side.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)
        side.addWidget(QLabel(self.tr("Make a bill for a product:"), left))
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_product_combo, 1)
        new_row.addWidget(self.new_bill_button)
        side.addLayout(new_row)
        side.addWidget(self.new_bill_error)

        detail = QWidget(self, objectName="bom_detail")
        right = QVBoxLayout(detail)
        right.setContentsMargins(4, 0, 0, 0)
        right.addWidget(self.product_title)
        self.versions_box = QWidget(detail, objectName="bom_versions_box")
        versions = QHBoxLayout(self.versions_box)
        versions.setContentsMargins(0, 0, 0, 0)
        versions.addWidget(self.versions_view, 1)
        buttons = QVBoxLayout()
        for button in (self.new_version_button, self.activate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        versions.addLayout(buttons)
        right.addWidget(self.versions_box)
        right.addWidget(self.versions_error)
        right.addWidget(self.panels, 1)
        self.detail_stack.addWidget(self.detail_hint)
        self.detail_stack.addWidget(detail)

        splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="boms_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt's name
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    # -- the products list -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the products with bills again (keeping the chosen one)."""
        self._loaded_once = True
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        self.tasks.read(lambda: self.ctx.production.list_bom_products(search=text, limit=LIST_LIMIT),
                        lambda rows: self._show_products(text, rows), lambda exc: show_error(self, exc),
                        name="bills list")

    def export_to_excel(self) -> None:
        """Every bill version of the products the list shows for its search (all of them, not only the first
        500 listed) to an .xlsx file."""
        text, exports = self.search_edit.text().strip(), self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_boms(
            path, search=text, progress=progress), what=self.tr("bills of materials"),
            suggested=f"bills-of-materials-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    def _show_products(self, text: str, rows: list[BomProductRow]) -> None:
        if text != self.search_edit.text().strip():
            return  # the user typed on; the next search is on its way
        self.products_model.set_rows(rows)
        self.products_more.setVisible(len(rows) >= LIST_LIMIT)
        if rows:
            self.products_stack.setCurrentWidget(self.products_view)
        else:
            self.products_empty.setText(
                self.tr("No product with a bill matches “{text}”.").format(text=isolate(text)) if text else
                self.tr("No bills of materials yet — choose a product below and press New bill."))
            self.products_stack.setCurrentWidget(self.products_empty)
        self._select_product_row()

    def _select_product_row(self) -> None:
        """Show the chosen product as the current row, without choosing it again."""
        row = next((i for i, r in enumerate(self.products_model.rows) if r.product_id == self.product_id), -1)
        selection = self.products_view.selectionModel()
        blocked = selection.blockSignals(True)
        if row >= 0:
            selection.setCurrentIndex(self.products_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        else:
            selection.clear()
        selection.blockSignals(blocked)
        self.products_view.viewport().update()

    def _product_chosen(self, index) -> None:
        row = self.products_model.row_at(index.row()) if index.isValid() else None
        if row is None or row.product_id == self.product_id:
            return
        if not self._may_leave():
            self._select_product_row()
            return
        self.open_bill(row.product_id, None, asked=True)

    def open_bill(self, product_id: int, bom_id: int | None, *, asked: bool = False) -> None:
        """Show the product's bill: version `bom_id`, or its active one (else its last)."""
        if not asked and not self._may_leave():
            return
        self.product_id, self.bom_id = product_id, bom_id
        self.editor.dirty = False
        self.versions_error.show_message("")
        self._select_product_row()
        self.load_versions(reload_card=True)

    def _may_leave(self) -> bool:
        """True when there are no unsaved edits, or the user agrees to drop them."""
        if not self.editor.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved bill"), self.tr("The open bill has changes that are not saved. Drop them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # -- versions ----------------------------------------------------------------------------
    def load_versions(self, *, reload_card: bool) -> None:
        product_id = self.product_id
        if product_id is None:
            return
        self.tasks.read(lambda: self.ctx.production.list_versions(product_id),
                        lambda rows: self._show_versions(product_id, rows, reload_card),
                        lambda exc: show_error(self, exc), name="bill versions")

    def _show_versions(self, product_id: int, rows: list[BomRow], reload_card: bool) -> None:
        if product_id != self.product_id:
            return
        self.versions = rows
        self.versions_model.set_rows(rows)
        if not rows:
            # Its last version was deleted elsewhere, or it never had one: nothing to show.
            if self.editor.card is not None:
                self._show_nothing()
            return
        if self.bom_id not in {r.id for r in rows}:
            self.bom_id = next((r.id for r in rows if r.active), rows[-1].id)
            reload_card = True
        self._select_version_row()
        self.detail_stack.setCurrentIndex(1)
        if reload_card or not self.editor.dirty:
            self.load_card()
        self._update_buttons()

    def _select_version_row(self) -> None:
        row = next((i for i, r in enumerate(self.versions) if r.id == self.bom_id), -1)
        selection = self.versions_view.selectionModel()
        blocked = selection.blockSignals(True)
        if row >= 0:
            selection.setCurrentIndex(self.versions_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(blocked)
        self.versions_view.viewport().update()

    def _version_chosen(self, index) -> None:
        row = self.versions_model.row_at(index.row()) if index.isValid() else None
        if row is None or row.id == self.bom_id:
            return
        if not self._may_leave():
            self._select_version_row()
            return
        self.bom_id = row.id
        self.versions_error.show_message("")
        self.load_card()
        self._update_buttons()

    def load_card(self) -> None:
        bom_id = self.bom_id
        if bom_id is None:
            return
        self.tasks.read(lambda: self.ctx.production.load_bom(bom_id), self._show_card, self._load_failed,
                        name="load bill")

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self.bom_id = None     # deleted meanwhile: show the product's active one
            self.load_versions(reload_card=True)
        else:
            show_error(self, exc)

    def _show_card(self, card: BomCard) -> None:
        if card.id != self.bom_id:
            return
        self.editor.show_card(card)
        self.detail_stack.setCurrentIndex(1)
        self.product_title.setText(f"{isolate(card.product_name)} · {isolate(card.sku)}")
        label = self.tr("version {no}").format(no=card.version_no) + (
            "" if card.active else " " + self.tr("(not active; the sub-assemblies by their active bills)"))
        for panel in (self.explosion, self.cost):
            panel.set_subject(card.product_id, card.id, unit=card.unit, text=label, sku=card.sku,
                              product=card.product_name)
        if card.product_id != self._shown_product:
            self._shown_product = card.product_id
            self.where_used.show_for(card.product_id, card.sku, card.product_name)
        self._update_buttons()

    def _show_nothing(self) -> None:
        self.product_id = self.bom_id = None
        self.versions = []
        self.versions_model.set_rows([])
        self.editor.clear()
        self.explosion.set_subject(None, None)
        self.cost.set_subject(None, None)
        self.detail_stack.setCurrentIndex(0)
        self._select_product_row()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.versions_box.setVisible(bool(self.versions))    # a first bill being typed has none yet
        chosen = self._chosen_version()
        self.new_version_button.setEnabled(chosen is not None)
        self.activate_button.setEnabled(chosen is not None and not chosen.active)
        self.delete_button.setEnabled(chosen is not None and not chosen.active)

    def _chosen_version(self) -> BomRow | None:
        return next((r for r in self.versions if r.id == self.bom_id), None)

    # -- actions -----------------------------------------------------------------------------
    def save(self) -> None:
        """Ctrl+S anywhere in the view saves the open bill."""
        if self.editor.isEnabled():
            self.editor.save()

    def _saved(self, card: BomCard) -> None:
        self.product_id, self.bom_id = card.product_id, card.id
        self.new_bill_error.show_message("")
        self._show_card(card)
        # The list and the versions follow through tasks.changed("bom").

    def new_bill(self) -> None:
        """An unsaved bill for the product chosen in the box beside the button."""
        product_id = self.new_product_combo.product_id()
        if product_id is None:
            self.new_bill_error.show_message(self.tr("Choose the product to make first: type its SKU or name."))
            return
        if not self._may_leave():
            return

        def read():
            card = self.ctx.catalog.load_product(product_id)
            return card, self.ctx.production.list_versions(product_id)
        self.tasks.read(read, lambda found: self._start_new(*found), lambda exc: show_error(self, exc))

    def _start_new(self, card, versions: list[BomRow]) -> None:
        form = card.form
        if form.kind == "service":
            self.new_bill_error.show_message(self.tr("{name} is a service: only goods kept in stock are made.")
                                             .format(name=isolate(form.name)))
            return
        self.new_bill_error.show_message("")
        self.new_product_combo.set_product(None)
        self.product_id, self.bom_id = card.id, None
        self.versions = versions
        self.versions_model.set_rows(versions)
        self.versions_view.selectionModel().clear()
        self._select_product_row()
        self.product_title.setText(f"{isolate(form.name)} · {isolate(form.sku)}")
        self.editor.start_new(BillProduct(card.id, form.sku, form.name, card.unit_name), has_bills=bool(versions))
        self.explosion.set_subject(None, None)
        self.cost.set_subject(None, None)
        self.where_used.show_for(card.id, form.sku, form.name)
        self.panels.setCurrentWidget(self.editor)
        self.detail_stack.setCurrentIndex(1)
        self._update_buttons()

    def new_version(self) -> None:
        chosen = self._chosen_version()
        if chosen is None or not self._may_leave():
            return
        self.editor.dirty = False
        self.tasks.write(lambda: self.ctx.production.copy_bom(chosen.id), self._version_made, self._version_failed,
                         entity="bom", ids=lambda c: (c.id,), name="new bill version")

    def _version_made(self, card: BomCard) -> None:
        self.editor.dirty = False
        self.product_id, self.bom_id = card.product_id, card.id
        self.versions_error.show_message("")
        self._show_card(card)
        self.panels.setCurrentWidget(self.editor)

    def activate(self) -> None:
        chosen = self._chosen_version()
        if chosen is None or not self._may_leave():
            return
        self.editor.dirty = False   # the open version reloads once activated
        self.tasks.write(lambda: self.ctx.production.activate_bom(chosen.id, expected_version=chosen.version),
                         lambda _card: self.versions_error.show_message(""), self._version_failed,
                         entity="bom", ids=lambda c: (c.id,), name="activate bill")

    def delete_version(self) -> None:
        chosen = self._chosen_version()
        if chosen is None:
            return
        # Asked once: deleting the version also drops what was typed into it.
        answer = QMessageBox.question(
            self, self.tr("Delete version"),
            self.tr("Delete version {no} of this bill? This cannot be undone.").format(no=chosen.version_no),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result) -> None:
            self.editor.dirty = False
            self.bom_id = None          # the versions reload (tasks.changed) and show the active one
            self.versions_error.show_message("")
        self.tasks.write(lambda: self.ctx.production.delete_bom(chosen.id, expected_version=chosen.version),
                         deleted, self._version_failed, entity="bom", ids=lambda _r: (chosen.id,),
                         name="delete bill version")

    def _version_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.versions_error.show_message("\n".join(error_text(m) for m in exc.errors.values()))
        elif isinstance(exc, ConcurrentEdit):
            self.versions_error.show_message(conflict_text(exc, "bill of materials"))
            self.load_versions(reload_card=False)
        elif isinstance(exc, NotFound):
            self.bom_id = None
            self.refresh()
            self.load_versions(reload_card=True)
        else:
            show_error(self, exc)

    def show_where_used(self, component: Component) -> None:
        self.where_used.show_for(component.id, component.sku, component.name)
        self.panels.setCurrentWidget(self.where_used)

    # -- other screens' changes --------------------------------------------------------------
    def _on_changed(self, entity: str, _ids) -> None:
        if entity in BILL_ENTITIES:
            if self._loaded_once:
                self.refresh()
            # A new bill being typed is left alone; a saved one reloads unless it has unsaved edits.
            if self.product_id is not None and self.editor.card is not None:
                self.load_versions(reload_card=False)
            self.explosion.invalidate()
            self.cost.invalidate()
            self.where_used.invalidate()
        elif entity in COST_ENTITIES:
            self.cost.invalidate()


__all__ = ["BomsView"]
