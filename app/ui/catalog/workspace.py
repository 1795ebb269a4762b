"""The products workspace: category tree, lazy product list with search and filters, labels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.catalog import LAYOUTS, ProductQuery, render_labels
from app.services.context import ServiceContext
from app.ui.catalog.price_lists_dialog import PriceListsDialog
from app.ui.catalog.product_dialog import KINDS, ProductDialog
from app.ui.catalog.units_dialog import UnitsDialog
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import RIGHT, Column, LazyTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner

LAYOUT_TITLES = {
    "a4_3x8": QT_TRANSLATE_NOOP("LabelsDialog", "A4, 3 × 8 labels (70 × 37 mm)"),
    "a4_4x10": QT_TRANSLATE_NOOP("LabelsDialog", "A4, 4 × 10 labels (52.5 × 29.7 mm)"),
    "single_58x40": QT_TRANSLATE_NOOP("LabelsDialog", "Single label 58 × 40 mm (label printer)"),
}
CategoryIdRole = Qt.ItemDataRole.UserRole + 1


def _money(value) -> str:
    return f"{value:,.2f}"


def _qty(value) -> str:
    return f"{value.normalize():f}"


class LabelsDialog(QDialog):
    """Layout and copies for "Print labels…"."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("labels_dialog")
        self.setWindowTitle(self.tr("Print labels"))
        self.layout_combo = QComboBox(objectName="layout_combo")
        for key in LAYOUTS:
            self.layout_combo.addItem(self.tr(LAYOUT_TITLES[key]), key)
        self.copies = QSpinBox(objectName="copies_spin", minimum=1, maximum=1000, value=1)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%n product(s) selected", "", count)))
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Copies of each"), self.copies)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def choice(self) -> tuple[str, int]:
        return self.layout_combo.currentData(), self.copies.value()


def ask_labels(parent: QWidget, count: int) -> tuple[str, int] | None:
    dialog = LabelsDialog(count, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ProductsWorkspace", "Save labels"), "labels.pdf", "PDF (*.pdf)")
    return path


def offer_to_open(parent: QWidget, path: str) -> None:
    answer = QMessageBox.question(parent, QCoreApplication.translate("ProductsWorkspace", "Labels saved"),
                                  QCoreApplication.translate(
                                      "ProductsWorkspace", "Labels saved to {path}. Open the file now?").format(path=path))
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class ProductsWorkspace(QWidget):

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("products_workspace")
        self.ctx, self.tasks = ctx, tasks
        # Replaceable in tests: modal questions and file choices.
        self.ask_labels, self.ask_save_path, self.offer_to_open = ask_labels, ask_save_path, offer_to_open
        self.ask_text = lambda title, label, text="": QInputDialog.getText(self, title, label, text=text)
        self.dialog_factory = lambda **kw: ProductDialog(self.ctx, self.tasks, parent=self, **kw)
        self.units_factory = lambda: UnitsDialog(self.ctx, self.tasks, parent=self)
        self.price_lists_factory = lambda: PriceListsDialog(self.ctx, self.tasks, parent=self)
        self.category_id: int | None = None
        self._categories, self._units = [], []

        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(objectName="category_tree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.tree.selectionModel().currentChanged.connect(self._category_chosen)

        self.search = QLineEdit(objectName="search_edit", placeholderText=self.tr("Search SKU, name or barcode"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.model.refresh())
        self.kind = QComboBox(objectName="kind_filter")
        self.kind.addItem(self.tr("All kinds"), None)
        for value, title in KINDS:
            self.kind.addItem(QCoreApplication.translate("Products", title), value)
        self.kind.currentIndexChanged.connect(lambda _: self.model.refresh())
        self.archived = QComboBox(objectName="archived_filter")
        for value, title in (("active", self.tr("Active")), ("archived", self.tr("Archived")),
                             ("all", self.tr("Active and archived"))):
            self.archived.addItem(title, value)
        self.archived.currentIndexChanged.connect(lambda _: self.model.refresh())

        kinds = dict(KINDS)
        self.model = LazyTableModel([
            Column(self.tr("SKU"), lambda r: r.sku, "sku", width=90),
            Column(self.tr("Name"), lambda r: r.name, "name", width=280),
            Column(self.tr("Kind"), lambda r: QCoreApplication.translate("Products", kinds.get(r.kind, r.kind)), "kind", width=120),
            Column(self.tr("Unit"), lambda r: r.unit_name, "unit", width=50),
            Column(self.tr("Sale price"), lambda r: f"{_money(r.sale_price)} {r.currency}", "sale_price", RIGHT, width=110),
            Column(self.tr("VAT %"), lambda r: _money(r.vat_rate), "vat_rate", RIGHT, width=55),
            Column(self.tr("Min stock"), lambda r: _qty(r.min_stock), "min_stock", RIGHT, width=75),
            Column(self.tr("Barcode"), lambda r: r.barcode, "barcode", width=115),
            Column(self.tr("Archived"), lambda r: self.tr("yes") if r.archived else "", "archived", width=90),
        ], tasks, state=self.query,
            fetch_first=lambda q, key, desc, size: self.ctx.catalog.products_first(q, key, desc, size),
            fetch_page=lambda q, key, desc, off, size: self.ctx.catalog.products_page(q, key, desc, off, size),
            parent=self)
        self.model.sort_key = "name"
        self.table = QTableView(objectName="products_table")
        self.table.setModel(self.model)
        self.model.keep_place(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for i, col in enumerate(self.model.columns):
            self.table.setColumnWidth(i, col.width)
        # The name takes the spare width (and gives it back when narrow), so the last column, Archived,
        # is never pushed out of sight behind a scroll bar.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.count_label = QLabel(objectName="count_label")
        self.model.loaded.connect(lambda n: self.count_label.setText(
            self.tr("{n} products").format(n=n) if n else self.tr("No products match. Change the search or "
                                                                   "filters, or add one with New.")))

        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, title, slot in (("new_button", self.tr("New"), self.new_product),
                                  ("open_button", self.tr("Open"), self.open_selected),
                                  ("archive_button", self.tr("Archive / restore"), self.toggle_archived),
                                  ("labels_button", self.tr("Print labels…"), self.print_labels),
                                  ("units_button", self.tr("Units…"), self.open_units),
                                  ("price_lists_button", self.tr("Price lists…"), self.open_price_lists),
                                  ("export_button", self.tr("Export to Excel…"), self.export_to_excel)):
            button = QPushButton(title, objectName=name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.archived)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([220, 980])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_action = QAction(self.tr("New product"), self, shortcut="Ctrl+N", triggered=self.new_product)
        self.addAction(self.new_action)
        self.export_action = QAction(self.tr("Export to Excel…"), self, shortcut="Ctrl+E",
                                     triggered=self.export_to_excel, objectName="export_products_action")
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.export_action)
        self.excel_export: ExcelExport | None = None
        b = self.buttons
        apply_rights({Action.CREATE: [self.new_action, b["new_button"]],
                      Action.EDIT: [b["archive_button"], b["units_button"], b["price_lists_button"]],
                      Action.PRINT: [b["labels_button"]], Action.EXPORT: [self.export_action, b["export_button"]]},
                     rights_of(ctx), Area.PRODUCTS)

    # -- data ------------------------------------------------------------------------------------
    def query(self) -> ProductQuery:
        return ProductQuery(search=self.search.text(), category_id=self.category_id, kind=self.kind.currentData(),
                            archived=self.archived.currentData())

    def refresh(self) -> None:
        self.tasks.read(lambda: (self.ctx.catalog.list_categories(), self.ctx.catalog.list_units()),
                        self._directories)
        self.model.refresh()

    def _directories(self, result) -> None:
        self._categories, self._units = result
        self.tree_model.clear()
        root = QStandardItem(self.tr("All products"))
        root.setData(None, CategoryIdRole)
        root.setEditable(False)
        self.tree_model.appendRow(root)
        items = {None: root}
        pending = list(self._categories)
        while pending:  # parents before children, whatever order they came in
            placed = [c for c in pending if c.parent_id in items]
            if not placed:
                break
            for c in placed:
                item = QStandardItem(c.name)
                item.setEditable(False)
                item.setData(c.id, CategoryIdRole)
                items[c.parent_id].appendRow(item)
                items[c.id] = item
            pending = [c for c in pending if c.id not in items]
        self.tree.expandAll()
        current = items.get(self.category_id, root)
        self.tree.setCurrentIndex(current.index())

    def _category_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        category_id = current.data(CategoryIdRole) if current.isValid() else None
        if category_id != self.category_id:
            self.category_id = category_id
            self.model.refresh()

    # -- categories ------------------------------------------------------------------------------
    def _tree_menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Add subcategory…"), self.add_category)
        if self.category_id is not None:
            menu.addAction(self.tr("Rename…"), self.rename_category)
            menu.addAction(self.tr("Move to top level"), self.move_category_to_top)
            menu.addAction(self.tr("Delete"), self.delete_category)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _category_row(self):
        return next((c for c in self._categories if c.id == self.category_id), None)

    def add_category(self) -> None:
        name, ok = self.ask_text(self.tr("New category"), self.tr("Name"))
        if ok and name.strip():
            parent_id = self.category_id
            self.tasks.write(lambda: self.ctx.catalog.add_category(name, parent_id=parent_id),
                             lambda _: self.refresh(), lambda exc: show_error(self, exc), entity="category")

    def rename_category(self) -> None:
        row = self._category_row()
        if row is None:
            return
        name, ok = self.ask_text(self.tr("Rename category"), self.tr("Name"), row.name)
        if ok and name.strip():
            self.tasks.write(lambda: self.ctx.catalog.rename_category(row.id, name, expected_version=row.version),
                             lambda _: self.refresh(), lambda exc: show_error(self, exc), entity="category")

    def move_category_to_top(self) -> None:
        row = self._category_row()
        if row is not None:
            self.tasks.write(lambda: self.ctx.catalog.move_category(row.id, parent_id=None,
                                                                    expected_version=row.version),
                             lambda _: self.refresh(), lambda exc: show_error(self, exc), entity="category")

    def delete_category(self) -> None:
        row = self._category_row()
        if row is not None:
            self.category_id = row.parent_id
            self.tasks.write(lambda: self.ctx.catalog.delete_category(row.id, expected_version=row.version),
                             lambda _: self.refresh(), lambda exc: show_error(self, exc), entity="category")

    # -- products --------------------------------------------------------------------------------
    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def new_product(self) -> None:
        dialog = self.dialog_factory(units=self._units, categories=self._categories, category_id=self.category_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.refresh()

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            product_id = rows[0].id
            self.tasks.read(lambda: self.ctx.catalog.load_product(product_id), self._edit)

    def _edit(self, card) -> None:
        dialog = self.dialog_factory(units=self._units, categories=self._categories, card=card)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.refresh()

    def open_units(self) -> None:
        """The units directory; product rows show unit names, so the list reloads afterwards."""
        dialog = self.units_factory()
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def open_price_lists(self) -> None:
        dialog = self.price_lists_factory()
        dialog.exec()
        dialog.deleteLater()
        self.model.refresh()

    def toggle_archived(self) -> None:
        for row in self.selected_rows():
            self.tasks.write(lambda r=row: self.ctx.catalog.set_product_archived(
                r.id, not r.archived, expected_version=r.version), None, lambda exc: show_error(self, exc),
                entity="product", ids=lambda card: [card.id])
        self.model.refresh()

    def export_to_excel(self) -> None:
        """The products the list shows (search, category, kind, archived; its sort) to an .xlsx file."""
        query, sort, descending = self.query(), self.model.sort_key or "name", self.model.descending
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_products(
            path, query, sort=sort, descending=descending, progress=progress), what=self.tr("products"),
            suggested=f"products-{date.today().isoformat()}.xlsx", status=self.count_label.setText)
        self.excel_export.start()

    def print_labels(self) -> None:
        rows = self.selected_rows()
        if not rows:
            QMessageBox.information(self, self.tr("Print labels"), self.tr("Select the products first."))
            return
        choice = self.ask_labels(self, len(rows))
        if choice is None:
            return
        path = self.ask_save_path(self)
        if not path:
            return
        layout, copies = choice
        ids = [r.id for r in rows]
        catalog = self.ctx.catalog

        def work() -> str:
            pdf = render_labels(catalog.label_data(ids), layout=layout, copies=copies)
            Path(path).write_bytes(pdf)
            return path
        self.tasks.read(work, lambda saved: self.offer_to_open(self, saved), lambda exc: show_error(self, exc))
