"""The service request's product: a picker over the catalog, and opening the linked product's card."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.services.context import ServiceContext
from app.services.service_desk import ProductChoice
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.text import isolate

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 15
ChoiceRole = Qt.ItemDataRole.UserRole + 1


class ProductPicker(QComboBox):
    """Type part of a SKU, name or barcode: matching catalog products drop down; pick one with Enter or a click.

    Emptying the text unlinks the product. `product_id()` is the linked product (None: none).
    """

    product_chosen = Signal(int)     # the user picked a product from the hits
    linked = Signal(bool)            # a product is now linked (True) or not, however it was set

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent, objectName="product_combo")
        self.ctx, self.tasks = ctx, tasks
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(self.tr("Type a SKU, name or barcode…"))
        self.lineEdit().setClearButtonEnabled(True)
        self.hits = QStandardItemModel(self)
        self.product_completer = QCompleter(self.hits, self)
        self.product_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.product_completer.activated[QModelIndex].connect(self.pick)
        self.setCompleter(self.product_completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.lineEdit().textEdited.connect(lambda _t: self._timer.start())

    def search(self) -> None:
        """Look the typed text up off the GUI thread and offer the hits."""
        text = self.currentText().strip()
        if not text:
            self.hits.clear()
            self.set_product(None)
            return
        self.tasks.read(lambda: self.ctx.service_desk.find_products(text, limit=SEARCH_LIMIT),
                        lambda hits: self._show_hits(text, hits), lambda exc: show_error(self.window(), exc))

    def _show_hits(self, text: str, hits: list[ProductChoice]) -> None:
        if text != self.currentText().strip():
            return  # the user typed on
        self.hits.clear()
        for hit in hits:
            label = hit.label + (" " + self.tr("(archived)") if hit.archived else "")
            item = QStandardItem(label)
            item.setData(hit, ChoiceRole)
            self.hits.appendRow(item)
        if hits and self.lineEdit().hasFocus():
            self.product_completer.complete()

    def pick(self, index: QModelIndex) -> None:
        """Link the hit at `index` (a click or Enter on the completion popup)."""
        choice: ProductChoice = index.data(ChoiceRole)
        self.set_product(choice)
        self.product_chosen.emit(choice.id)

    def set_product(self, choice: ProductChoice | None) -> None:
        """Show `choice` as the linked product (None: no product), quietly."""
        blocked = self.blockSignals(True)
        self.clear()
        if choice is not None:
            self.addItem(choice.label, choice.id)
            self.setItemData(0, choice, ChoiceRole)
            self.setCurrentIndex(0)
        self.blockSignals(blocked)
        self.linked.emit(choice is not None)

    def product_id(self) -> int | None:
        """The linked product: the picked one (its label still shown), or the only hit for the typed text."""
        text = self.currentText().strip()
        if not text:
            return None
        if self.count() and text == self.itemText(0):
            return self.itemData(0)
        for row in range(self.hits.rowCount()):
            choice: ProductChoice = self.hits.item(row).data(ChoiceRole)
            if text.casefold() in (choice.label.casefold(), choice.sku.casefold()):
                return choice.id
        return None

    def unresolved(self) -> bool:
        """Text typed that names no product (the save is refused rather than silently unlinking)."""
        return bool(self.currentText().strip()) and self.product_id() is None


def open_product(ctx: ServiceContext, tasks: TaskRunner, product_id: int, parent: QWidget) -> None:
    """Open the catalog card of a product (read off the GUI thread, then the product dialog)."""
    from app.ui.catalog.product_dialog import ProductDialog

    def load():
        return ctx.catalog.load_product(product_id), ctx.catalog.list_units(), ctx.catalog.list_categories()

    def show(loaded) -> None:
        card, units, categories = loaded
        dialog = ProductDialog(ctx, tasks, units=units, categories=categories, card=card, parent=parent)
        dialog.setWindowTitle(QCoreApplication.translate("ProductDialog", "Product {0}").format(isolate(card.form.sku)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    tasks.read(load, show, lambda exc: show_error(parent, exc))


__all__ = ["ProductPicker", "open_product"]
