"""Price lists: the lists on the left (add, rename, rule, archive), explicit prices of the selected list on
the right (search by SKU or name, set or remove a product's price)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import ListPriceRow, PriceListRow
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.errors import message_for
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, typed_number
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

PAGE = 200  # products shown per page of the prices grid; "Show more" adds another page
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def _percent(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return f"+{text}" if value > 0 else text.replace("-", "−")


def _items(texts: list[str], right_from: int) -> list[QStandardItem]:
    items = [QStandardItem(t) for t in texts]
    for i, item in enumerate(items):
        item.setEditable(False)
        if i >= right_from:
            item.setTextAlignment(RIGHT)
    return items


def _with_errors(fields: dict[str, FieldWithError], status: ErrorLabel, exc: BaseException) -> None:
    """Field messages by the fields, everything else (a conflict, a refusal) on the status line."""
    if isinstance(exc, ValidationError):
        rest = []
        for key, message in exc.errors.items():
            if key in fields:
                fields[key].set_error(message)
            else:
                rest.append(error_text(message))
        status.show_message("\n".join(rest))
    else:
        status.show_message(message_for(exc) or str(exc))


class PriceListsDialog(QDialog):

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("price_lists_dialog")
        self.setWindowTitle(self.tr("Price lists"))
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.lists: list[PriceListRow] = []
        self.list_id: int | None = None
        self.prices: list[ListPriceRow] = []
        self.product_id: int | None = None
        self.limit = PAGE

        # -- the lists ---------------------------------------------------------------------------
        self.lists_model = QStandardItemModel(0, 3, self)
        self.lists_model.setHorizontalHeaderLabels([self.tr("Price list"), self.tr("Prices"), self.tr("Currency")])
        self.lists_table = self._table("price_lists_table", self.lists_model)
        self.lists_table.setColumnWidth(0, 160)
        self.lists_table.setColumnWidth(1, 130)
        self.lists_table.selectionModel().currentRowChanged.connect(lambda cur, _: self._list_chosen(cur.row()))
        self.show_archived = QCheckBox(self.tr("Show archived"), objectName="show_archived_check")
        self.show_archived.toggled.connect(lambda _: self.refresh(self.list_id))

        self.name = QLineEdit(objectName="list_name_edit")
        self.rule = QLineEdit(objectName="rule_percent_edit", placeholderText=self.tr("empty: explicit prices only"))
        self.rule.setToolTip(self.tr("Products without an explicit price cost the base price ± this percent "
                                     "(−10 gives 90 % of the base price)"))
        self.currency = QLineEdit("USD", objectName="currency_edit", maxLength=3)
        self.currency.setMaximumWidth(70)
        self.list_fields = {"name": FieldWithError(self.name), "rule_percent": FieldWithError(self.rule),
                            "currency": FieldWithError(self.currency)}
        self.list_status = ErrorLabel("price_list_error")
        self.add_list_button = QPushButton(self.tr("Add"), objectName="add_list_button")
        self.save_list_button = QPushButton(self.tr("Save changes"), objectName="save_list_button")
        self.archive_button = QPushButton(self.tr("Archive"), objectName="archive_list_button")
        for button, slot in ((self.add_list_button, self.add_list), (self.save_list_button, self.save_list),
                             (self.archive_button, self.toggle_archived)):
            button.clicked.connect(slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.lists_table, 1)
        left_layout.addWidget(self.show_archived)
        list_form = QFormLayout()
        list_form.addRow(self.tr("Name"), self.list_fields["name"])
        list_form.addRow(self.tr("Rule, % of base"), self.list_fields["rule_percent"])
        list_form.addRow(self.tr("Currency"), self.list_fields["currency"])
        left_layout.addLayout(list_form)
        list_buttons = QHBoxLayout()
        for button in (self.add_list_button, self.save_list_button, self.archive_button):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left_layout.addLayout(list_buttons)
        left_layout.addWidget(self.list_status)

        # -- the prices of the selected list -----------------------------------------------------
        self.title = QLabel(objectName="prices_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.search = QLineEdit(objectName="price_search_edit", placeholderText=self.tr("Find a product by SKU or "
                                                                                        "name, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.load_prices)
        self.prices_model = QStandardItemModel(0, 5, self)
        self.prices_model.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Product"), self.tr("Base price"),
                                                     self.tr("Explicit price"), self.tr("Price on this list")])
        self.prices_table = self._table("prices_table", self.prices_model)
        for i, width in enumerate((100, 260, 100, 110)):
            self.prices_table.setColumnWidth(i, width)
        self.prices_table.selectionModel().currentRowChanged.connect(lambda cur, _: self._product_chosen(cur.row()))
        self.more_button = QPushButton(self.tr("Show more"), objectName="more_prices_button")
        self.more_button.clicked.connect(self.show_more)
        self.count_label = QLabel(objectName="prices_count_label")
        self.export_button = QPushButton(self.tr("Export to Excel…"), objectName="export_prices_button")
        self.export_button.setToolTip(self.tr("Every product matching the search (not only the ones shown) with its "
                                              "price on this list, to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.excel_export: ExcelExport | None = None

        self.price = QLineEdit(objectName="price_edit", placeholderText=self.tr("e.g. 1250.50"))
        self.price.setMaximumWidth(160)
        self.price.returnPressed.connect(self.set_price)
        self.price_fields = {"price": FieldWithError(self.price)}
        self.price_status = ErrorLabel("price_error")
        self.product_label = QLabel(objectName="price_product_label")
        self.set_price_button = QPushButton(self.tr("Set price"), objectName="set_price_button")
        self.remove_price_button = QPushButton(self.tr("Remove price"), objectName="remove_price_button")
        self.set_price_button.clicked.connect(self.set_price)
        self.remove_price_button.clicked.connect(self.remove_price)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.search)
        right_layout.addWidget(self.prices_table, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.more_button)
        count_row.addWidget(self.export_button)
        right_layout.addLayout(count_row)
        price_row = QHBoxLayout()
        price_row.addWidget(self.product_label, 1)
        price_row.addWidget(self.price_fields["price"])
        price_row.addWidget(self.set_price_button)
        price_row.addWidget(self.remove_price_button)
        right_layout.addLayout(price_row)
        right_layout.addWidget(self.price_status)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 780])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._enable()
        self.refresh()

    @staticmethod
    def _table(name: str, model: QStandardItemModel) -> QTableView:
        table = QTableView(objectName=name)
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- lists -----------------------------------------------------------------------------------
    def selected_list(self) -> PriceListRow | None:
        return next((pl for pl in self.lists if pl.id == self.list_id), None)

    def refresh(self, select_id: int | None = None) -> None:
        archived = self.show_archived.isChecked()
        self.tasks.read(lambda: self.ctx.catalog.list_price_lists(include_archived=archived),
                        lambda lists: self._lists_loaded(lists, select_id), self._list_failed)

    def rule_text(self, pl: PriceListRow) -> str:
        if pl.is_base:
            return self.tr("base list")
        if pl.rule_percent is None:
            return self.tr("explicit, else base")
        return self.tr("base {percent} %").format(percent=_percent(pl.rule_percent))

    def _lists_loaded(self, lists: list[PriceListRow], select_id: int | None) -> None:
        self.lists = lists
        self.lists_model.removeRows(0, self.lists_model.rowCount())
        for pl in lists:
            name = pl.name + (self.tr(" (archived)") if pl.archived else "")
            self.lists_model.appendRow(_items([name, self.rule_text(pl), pl.currency], 99))
        self.list_id = None
        row = next((i for i, pl in enumerate(lists) if pl.id == select_id), 0 if lists else -1)
        if row >= 0:
            self.lists_table.selectRow(row)
        self._enable()

    def _list_chosen(self, row: int) -> None:
        pl = self.lists[row] if 0 <= row < len(self.lists) else None
        changed = (pl.id if pl else None) != self.list_id
        self.list_id = pl.id if pl else None
        if pl is not None:
            self.name.setText(pl.name)
            self.rule.setText("" if pl.rule_percent is None else f"{pl.rule_percent.normalize():f}")
            self.currency.setText(pl.currency)
            self.title.setText(self.tr("Prices on “{name}” — {rule}").format(name=isolate(pl.name), rule=self.rule_text(pl)))
        self._clear(self.list_fields, self.list_status)
        self._enable()
        if changed:
            self.limit = PAGE
            self.load_prices()

    def _enable(self) -> None:
        pl = self.selected_list()
        self.save_list_button.setEnabled(pl is not None)
        self.archive_button.setEnabled(pl is not None and not pl.is_base)
        self.archive_button.setText(self.tr("Restore") if pl is not None and pl.archived else self.tr("Archive"))
        has_product = self.product_id is not None and pl is not None
        for widget in (self.price, self.set_price_button, self.remove_price_button):
            widget.setEnabled(has_product)
        self.search.setEnabled(pl is not None)
        self.export_button.setEnabled(pl is not None)

    def add_list(self) -> None:
        self._clear(self.list_fields, self.list_status)
        name, rule, currency = self.name.text(), typed_number(self.rule.text()), self.currency.text()
        self.tasks.write(lambda: self.ctx.catalog.create_price_list(name, rule_percent=rule, currency=currency),
                         lambda row: self.refresh(row.id), self._list_failed, entity="price_list",
                         ids=lambda r: [r.id])

    def save_list(self) -> None:
        pl = self.selected_list()
        if pl is None:
            return
        self._clear(self.list_fields, self.list_status)
        name, rule, currency = self.name.text(), typed_number(self.rule.text()), self.currency.text()
        self.tasks.write(lambda: self.ctx.catalog.update_price_list(pl.id, name=name, rule_percent=rule,
                                                                    currency=currency, expected_version=pl.version),
                         lambda row: self.refresh(row.id), self._list_failed, entity="price_list",
                         ids=lambda r: [r.id])

    def toggle_archived(self) -> None:
        pl = self.selected_list()
        if pl is None:
            return
        self._clear(self.list_fields, self.list_status)
        keep = pl.id if self.show_archived.isChecked() or pl.archived else None
        self.tasks.write(lambda: self.ctx.catalog.set_price_list_archived(pl.id, not pl.archived,
                                                                          expected_version=pl.version),
                         lambda _: self.refresh(keep), self._list_failed, entity="price_list",
                         ids=lambda r: [r.id])

    def _list_failed(self, exc: BaseException) -> None:
        _with_errors(self.list_fields, self.list_status, exc)
        current = getattr(exc, "current", None)
        if isinstance(exc, ConcurrentEdit) and isinstance(current, PriceListRow):
            # The next Save goes against what is stored now; what the user typed stays.
            self.lists = [current if pl.id == current.id else pl for pl in self.lists]

    # -- prices ----------------------------------------------------------------------------------
    def load_prices(self, *, keep_product: bool = False) -> None:
        list_id, search, limit = self.list_id, self.search.text(), self.limit
        if list_id is None:
            self._prices_loaded([], keep_product)
            return
        self.tasks.read(lambda: self.ctx.catalog.list_prices(list_id, search=search, limit=limit),
                        lambda rows: self._prices_loaded(rows, keep_product), self._price_failed)

    def export_to_excel(self) -> None:
        """The selected list's prices for the search typed, every matching product, to an .xlsx file."""
        chosen = self.selected_list()
        if chosen is None:
            return
        list_id, search, exports = chosen.id, self.search.text(), self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_price_list(
            path, list_id, search=search, progress=progress), what=self.tr("prices"),
            suggested=f"prices-{file_name_part(chosen.name, 'list')}.xlsx")
        self.excel_export.start()

    def show_more(self) -> None:
        self.limit += PAGE
        self.load_prices(keep_product=True)

    def _prices_loaded(self, rows: list[ListPriceRow], keep_product: bool) -> None:
        self.prices = rows
        keep = self.product_id if keep_product else None
        self.prices_model.removeRows(0, self.prices_model.rowCount())
        for r in rows:
            self.prices_model.appendRow(_items([r.sku, r.name, _money(r.base_price), _money(r.explicit),
                                                _money(r.effective)], 2))
        more = len(rows) >= self.limit
        self.more_button.setVisible(more)
        if not rows:
            self.count_label.setText(self.tr("No products match. Change the search.") if self.search.text()
                                     else self.tr("No products in the catalog yet."))
        else:
            self.count_label.setText(self.tr("First {n} products — narrow the search or show more").format(
                n=len(rows)) if more else self.tr("{n} products").format(n=len(rows)))
        row = next((i for i, r in enumerate(rows) if r.id == keep), -1)
        if row < 0 and len(rows) == 1:
            row = 0  # one product found by its SKU: ready to type its price
        self.product_id = keep if row >= 0 and keep is not None else None
        if row >= 0:
            self.prices_table.selectRow(row)
            if keep_product and keep is not None:
                self._show_product(rows[row], fill=False)
        else:
            self.product_label.setText(self.tr("Select a product to set its price on this list."))
        self._enable()

    def selected_product(self) -> ListPriceRow | None:
        return next((r for r in self.prices if r.id == self.product_id), None)

    def _product_chosen(self, row: int) -> None:
        product = self.prices[row] if 0 <= row < len(self.prices) else None
        if product is None or product.id == self.product_id:
            return
        self.product_id = product.id
        self._show_product(product, fill=True)
        self._clear(self.price_fields, self.price_status)
        self._enable()

    def _show_product(self, product: ListPriceRow, *, fill: bool) -> None:
        self.product_label.setText(f"{product.sku} — {isolate(product.name)}")
        if fill:
            self.price.setText("" if product.explicit is None else f"{product.explicit:f}")

    def set_price(self) -> None:
        self._write_price(self.price.text())

    def remove_price(self) -> None:
        self._write_price(None)

    def _write_price(self, price: str | None) -> None:
        product = self.selected_product()
        list_id = self.list_id
        if product is None or list_id is None:
            return
        self._clear(self.price_fields, self.price_status)
        self.tasks.write(lambda: self.ctx.catalog.set_price(product.id, price_list_id=list_id, price=price,
                                                            expected_version=product.version),
                         lambda _: self._price_saved(price is None), self._price_failed, entity="product",
                         ids=lambda _: [product.id])

    def _price_saved(self, removed: bool) -> None:
        if removed:
            self.price.clear()
        self.load_prices(keep_product=True)

    def _price_failed(self, exc: BaseException) -> None:
        _with_errors(self.price_fields, self.price_status, exc)
        if not isinstance(exc, ValidationError):
            self.load_prices(keep_product=True)  # fresh versions; the typed price stays in its field

    @staticmethod
    def _clear(fields: dict[str, FieldWithError], status: ErrorLabel) -> None:
        for field in fields.values():
            field.set_error("")
        status.show_message("")
