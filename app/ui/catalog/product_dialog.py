"""The product card as a dialog: every field, barcodes (with "Generate EAN-13"), photo, prices per list, and
its suppliers (a tab of their own, for products kept in stock)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Area
from app.services.catalog import BarcodeData, CategoryRow, ProductCard, ProductForm, UnitRow
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.catalog.supplier_terms import SupplierTermsPanel
from app.ui.errors import show_error
from app.ui.record_history import show_history
from app.ui.rights import guard_card, read_only_note
from app.ui.tasks import TaskRunner
from app.ui.text import typed_number
from app.ui.widgets import ErrorLabel, FieldWithError, plain_text_edit

KINDS = [
    ("goods", QT_TRANSLATE_NOOP("Products", "Goods")),
    ("service", QT_TRANSLATE_NOOP("Products", "Service")),
    ("material", QT_TRANSLATE_NOOP("Products", "Material")),
    ("finished", QT_TRANSLATE_NOOP("Products", "Finished product")),
]
DECIMAL_FIELDS = ("purchase_price", "sale_price", "vat_rate", "min_stock", "weight_kg")


def pick_photo_file(parent: QWidget) -> str:
    """Ask for a picture file (tests replace this)."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ProductDialog", "Product photo"), "",
                                          QCoreApplication.translate("ProductDialog", "Images (*.png *.jpg *.jpeg)"))
    return path


def _text(value) -> str:
    return "" if value is None else f"{value}"


class BarcodeLine(QWidget):
    def __init__(self, index: int, data: BarcodeData, on_remove: Callable[[BarcodeLine], None], parent=None):
        super().__init__(parent)
        self.code = QLineEdit(data.code, objectName=f"barcode_{index}")
        self.code.setPlaceholderText(self.tr("Scan or type a barcode"))
        self.kind = QComboBox(objectName=f"barcode_kind_{index}")
        self.kind.addItem("EAN-13", "ean13")
        self.kind.addItem("Code 128", "code128")
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        remove = QPushButton(self.tr("Remove"), objectName=f"barcode_remove_{index}")
        remove.clicked.connect(lambda: on_remove(self))
        self.field = FieldWithError(self.code)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.kind, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)

    def value(self) -> BarcodeData:
        return BarcodeData(self.code.text().strip(), self.kind.currentData())


class ProductDialog(QDialog):
    """New product (`card=None`) or an existing one. `saved` holds the card after a successful save."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, units: list[UnitRow],
                 categories: list[CategoryRow], card: ProductCard | None = None, category_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("product_dialog")
        self.ctx, self.tasks, self.card = ctx, tasks, card
        self.saved: ProductCard | None = None
        self.photo_picker: Callable[[QWidget], str] = pick_photo_file
        self._photo_bytes: bytes | None = None
        self._photo_cleared = False
        self.setWindowTitle(self.tr("Product") if card else self.tr("New product"))
        self.fields: dict[str, FieldWithError] = {}

        self.sku = QLineEdit(objectName="sku_edit")
        self.name = QLineEdit(objectName="name_edit")
        self.kind = QComboBox(objectName="kind_combo")
        for value, title in KINDS:
            self.kind.addItem(QCoreApplication.translate("Products", title), value)
        self.category = QComboBox(objectName="category_combo")
        self.category.addItem(self.tr("(no category)"), None)
        for row in categories:
            self.category.addItem(row.name, row.id)
        self.unit = QComboBox(objectName="unit_combo")
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.edits = {name: QLineEdit(objectName=f"{name}_edit") for name in DECIMAL_FIELDS}
        for edit in self.edits.values():
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency = QLineEdit("USD", objectName="currency_edit")
        self.currency.setMaxLength(3)
        self.tracks_lots = QCheckBox(self.tr("Tracks lots (expiry dates)"), objectName="tracks_lots_check")
        self.description = plain_text_edit("description_edit")
        self.description.setFixedHeight(60)

        form = QFormLayout()
        for key, title, editor in [
            ("sku", self.tr("SKU"), self.sku), ("name", self.tr("Name"), self.name),
            ("kind", self.tr("Kind"), self.kind), ("category_id", self.tr("Category"), self.category),
            ("unit_id", self.tr("Unit"), self.unit),
            ("purchase_price", self.tr("Purchase price"), self.edits["purchase_price"]),
            ("sale_price", self.tr("Sale price"), self.edits["sale_price"]),
            ("currency", self.tr("Currency"), self.currency), ("vat_rate", self.tr("VAT, %"), self.edits["vat_rate"]),
            ("min_stock", self.tr("Minimum stock"), self.edits["min_stock"]),
            ("weight_kg", self.tr("Weight, kg"), self.edits["weight_kg"]), ("tracks_lots", "", self.tracks_lots),
        ]:
            self.fields[key] = FieldWithError(editor)
            form.addRow(title, self.fields[key])
        form.addRow(self.tr("Description"), self.description)

        # Barcodes
        self.barcode_lines: list[BarcodeLine] = []
        self.barcode_box = QVBoxLayout()
        add = QPushButton(self.tr("Add barcode"), objectName="add_barcode_button")
        add.clicked.connect(lambda: self._add_barcode(BarcodeData("")))
        generate = QPushButton(self.tr("Generate EAN-13"), objectName="generate_ean13_button")
        generate.clicked.connect(self._generate)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(generate)
        buttons_row.addStretch(1)
        barcodes = QGroupBox(self.tr("Barcodes"))
        barcodes_layout = QVBoxLayout(barcodes)
        barcodes_layout.addLayout(self.barcode_box)
        barcodes_layout.addLayout(buttons_row)

        # Photo
        self.photo = QLabel(self.tr("No photo"), objectName="photo_preview")
        self.photo.setFixedSize(160, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #bbb;")
        pick = QPushButton(self.tr("Choose photo…"), objectName="pick_photo_button")
        pick.clicked.connect(self._pick_photo)
        clear = QPushButton(self.tr("Clear photo"), objectName="clear_photo_button")
        clear.clicked.connect(self._clear_photo)
        self.photo_error = ErrorLabel("photo_error")
        photo_box = QGroupBox(self.tr("Photo"))
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.addWidget(self.photo)
        photo_layout.addWidget(pick)
        photo_layout.addWidget(clear)
        photo_layout.addWidget(self.photo_error)

        # Prices per list (an existing product only: explicit prices belong to a saved product)
        self.price_edits: dict[int, QLineEdit] = {}
        prices_box = QGroupBox(self.tr("Prices by list"))
        prices_layout = QFormLayout(prices_box)
        if card is None:
            prices_layout.addRow(QLabel(self.tr("Save the product first; then set prices per list here.")))
        for price in card.prices if card else ():
            edit = QLineEdit(_text(price.explicit), objectName=f"price_edit_{price.price_list_id}")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            rule = (self.tr("rule {p:+} %: {v}").format(p=price.rule_percent, v=price.effective)
                    if price.rule_percent is not None else self.tr("sale price: {v}").format(v=price.effective))
            edit.setPlaceholderText(rule)
            edit.setToolTip(rule)
            self.price_edits[price.price_list_id] = edit
            prices_layout.addRow(price.list_name, edit)
        self.prices_error = ErrorLabel("prices_error")
        prices_layout.addRow(self.prices_error)

        right = QVBoxLayout()
        right.addWidget(photo_box)
        right.addWidget(prices_box)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(barcodes)
        general = QWidget(objectName="general_page")
        body = QHBoxLayout(general)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        # Suppliers: saved one by one as they are added (a product not saved yet only shows a hint).
        unit_decimals = {u.id: u.decimals for u in units}
        self.suppliers = SupplierTermsPanel(ctx, tasks, product_id=card.id if card else None,
                                            currency=card.form.currency if card else "",
                                            unit_decimals=unit_decimals.get(card.form.unit_id) if card else None)
        self.tabs = QTabWidget(objectName="product_tabs")
        self.tabs.addTab(general, self.tr("General"))
        self.suppliers_tab = self.tabs.addTab(self.suppliers, self.tr("Suppliers"))
        self.kind.currentIndexChanged.connect(lambda _i: self._show_suppliers_tab())
        self.general_error = ErrorLabel("general_error")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = box.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        self.history_button = QPushButton(self.tr("History"), self, objectName="history_button")
        self.history_button.setVisible(card is not None)
        self.history_button.clicked.connect(self.show_history)
        box.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
        self.read_only_label = read_only_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(box)
        if card is not None:
            self._show(card)
        else:
            self.category.setCurrentIndex(max(0, self.category.findData(category_id)))
            for name, default in (("purchase_price", "0.00"), ("vat_rate", "0"), ("min_stock", "0")):
                self.edits[name].setText(default)
            self._add_barcode(BarcodeData(""))
        self._show_suppliers_tab()
        self.may_edit = guard_card(ctx, Area.PRODUCTS, new=card is None, fields=[general, self.suppliers],
                                   hide=[self.save_button, add, generate, pick, clear], note=self.read_only_label)

    def show_history(self) -> None:
        if self.card is not None:
            show_history(self.ctx, self.tasks, "product", self.card.id, self.card.form.name, self)

    def _show_suppliers_tab(self) -> None:
        """Only what is kept in stock is bought from suppliers: a service has no Suppliers tab."""
        self.tabs.setTabVisible(self.suppliers_tab, self.kind.currentData() != "service")

    # -- filling ---------------------------------------------------------------------------------
    def _show(self, card: ProductCard) -> None:
        f = card.form
        self.sku.setText(f.sku)
        self.name.setText(f.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(f.kind)))
        self.category.setCurrentIndex(max(0, self.category.findData(f.category_id)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(f.unit_id)))
        for name, edit in self.edits.items():
            edit.setText(_text(getattr(f, name)))
        self.currency.setText(f.currency)
        self.tracks_lots.setChecked(f.tracks_lots)
        self.description.setPlainText(f.description)
        for line in list(self.barcode_lines):
            self._remove_barcode(line)
        for code in f.barcodes or (BarcodeData(""),):
            self._add_barcode(code)
        if card.has_photo:
            product_id = card.id
            self.tasks.read(lambda: self.ctx.catalog.load_photo(product_id),
                            lambda photo: self._preview(photo.data if photo else None))

    def _add_barcode(self, data: BarcodeData) -> None:
        line = BarcodeLine(len(self.barcode_lines), data, self._remove_barcode)
        self.barcode_lines.append(line)
        self.barcode_box.addWidget(line)

    def _remove_barcode(self, line: BarcodeLine) -> None:
        self.barcode_lines.remove(line)
        line.setParent(None)
        line.deleteLater()

    def _generate(self) -> None:
        self.tasks.read(self.ctx.catalog.generate_ean13, self._generated)

    def _generated(self, code: str) -> None:
        empty = next((line for line in self.barcode_lines if not line.code.text().strip()), None)
        if empty is None:
            self._add_barcode(BarcodeData(code))
        else:
            empty.code.setText(code)
            empty.kind.setCurrentIndex(empty.kind.findData("ean13"))

    def _pick_photo(self) -> None:
        path = self.photo_picker(self)
        if not path:
            return
        data = Path(path).read_bytes()
        from app.services.catalog.photos import photo_mime  # pure check, no database
        try:
            photo_mime(data)
        except ValidationError as exc:
            self.photo_error.show_message(exc.errors["photo"])
            return
        self.photo_error.show_message("")
        self._photo_bytes, self._photo_cleared = data, False
        self._preview(data)

    def _clear_photo(self) -> None:
        self._photo_bytes, self._photo_cleared = None, True
        self._preview(None)

    def _preview(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(self.photo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))

    # -- saving ----------------------------------------------------------------------------------
    def form(self) -> ProductForm:
        """What the user typed; decimals stay text so the service reports them by field."""
        values = {name: typed_number(edit.text()) for name, edit in self.edits.items()}
        return ProductForm(
            sku=self.sku.text(), name=self.name.text(), kind=self.kind.currentData(),
            category_id=self.category.currentData(), unit_id=self.unit.currentData(),
            currency=self.currency.text(), tracks_lots=self.tracks_lots.isChecked(),
            description=self.description.toPlainText(),
            barcodes=tuple(line.value() for line in self.barcode_lines), **values)

    def save(self) -> None:
        if not self.may_edit:
            return
        form = self.form()
        prices = {list_id: typed_number(edit.text()) for list_id, edit in self.price_edits.items()}
        photo, cleared = self._photo_bytes, self._photo_cleared
        catalog = self.ctx.catalog
        card = self.card

        def work() -> ProductCard:
            saved = catalog.create_product(form) if card is None else \
                catalog.update_product(card.id, form, expected_version=card.version)
            for price in saved.prices:
                typed = prices.get(price.price_list_id)
                if typed is not None and typed != _text(price.explicit):
                    try:
                        catalog.set_price(saved.id, price_list_id=price.price_list_id, price=typed or None,
                                          expected_version=price.version)
                    except ValidationError as exc:
                        raise ValidationError({f"price.{price.price_list_id}": exc.errors.get("price", str(exc))}) \
                            from None
            if photo is not None:
                catalog.set_photo(saved.id, photo)
            elif cleared:
                catalog.clear_photo(saved.id)
            return catalog.load_product(saved.id)
        self.tasks.write(work, self._saved, self._failed, entity="product", ids=lambda c: [c.id])

    def _saved(self, card: ProductCard) -> None:
        self.saved = card
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit) and isinstance(exc.current, ProductCard):
            self.card = exc.current
            self.general_error.show_message(self.tr(
                "Someone saved this product after you opened it. Your values are kept; Save again to "
                "overwrite theirs, or Cancel."))

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        for i, line in enumerate(self.barcode_lines):
            line.field.set_error(errors.get(f"barcodes.{i}", ""))
        price_errors = [f"{k}: {v}" for k, v in errors.items() if k.startswith("price.")]
        self.prices_error.show_message("; ".join(price_errors))
        self.photo_error.show_message(errors.get("photo", ""))
        rest = [f"{k}: {v}" for k, v in errors.items() if k not in self.fields and not k.startswith(
            ("barcodes.", "price.", "photo"))]
        self.general_error.show_message("; ".join(rest))
