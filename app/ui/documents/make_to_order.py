"""Make to order, on a sales order's line in the document editor: a planned production order for what the
line lacks (its quantity less the free stock and open production). The line must be saved first: on a draft
with unsaved changes the editor asks to save, then makes the order for the same line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QPushButton, QWidget

from app.services.errors import DomainError, ValidationError
from app.ui.errors import show_error
from app.ui.text import isolate
from app.ui.warehouse.format import format_quantity
from app.ui.widgets import error_text

if TYPE_CHECKING:
    from app.ui.documents.editor import DocumentDialog

# The statuses of a sales order whose lines can be made to order.
OPEN_STATUSES = ("draft", "confirmed")


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def ask_save_first(parent: QWidget) -> bool:
    return QMessageBox.question(parent, tr("Make to order"), tr(
        "The order has unsaved changes. Save it now and make the line to order?")) == QMessageBox.StandardButton.Yes


class MakeToOrder:
    """The "Make to order" button and line context-menu action of a document editor."""

    def __init__(self, editor: DocumentDialog):
        self.editor = editor
        self.ask_save: Callable[[QWidget], bool] = ask_save_first      # tests replace it
        self.menu_runner: Callable[[QMenu, QPoint], object] = lambda menu, at: menu.exec(at)
        self.saved_form = None        # the form as last saved, to tell unsaved changes
        self.shown_id: int | None = None
        self.button = QPushButton(tr("Make to order"), editor, objectName="make_to_order_button")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda _checked=False: self.run())
        self.action = QAction(tr("Make to order"), editor, objectName="make_to_order_action")
        self.action.triggered.connect(lambda _checked=False: self.run())
        self.result_label = QLabel(editor, objectName="make_to_order_result")
        self.result_label.setWordWrap(True)
        self.result_label.setStyleSheet("color: #2e7d32;")
        self.result_label.hide()
        view = editor.lines_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        view.selectionModel().currentChanged.connect(lambda *_: self.update())
        editor.lines_model.modelReset.connect(self.update)
        editor.document_changed.connect(self._document_shown)
        self.update()

    # -- state --------------------------------------------------------------------------------
    def _document_shown(self, card) -> None:
        if card.id != self.shown_id:       # another document of the chain: the last result was about the other
            self.result_label.hide()
            self.shown_id = card.id
        self.saved_form = self._form()
        self.update()

    def _form(self):
        try:
            return self.editor.form()
        except ValidationError:
            return None

    def _current_line(self):
        row = self.editor.lines_view.currentIndex().row()
        lines = self.editor.lines_model.lines
        return (row, lines[row]) if 0 <= row < len(lines) else (-1, None)

    def update(self) -> None:
        """Shown on sales orders (draft or confirmed); enabled on a product line of a saved order."""
        editor, card = self.editor, self.editor.card
        shown = editor.doc_type == "order" and (card is None or card.status in OPEN_STATUSES)
        self.button.setVisible(shown)
        _row, line = self._current_line()
        reason = ""
        if card is None:
            reason = tr("Save the order first: a production order is made for a saved line")
        elif line is None:
            reason = tr("Choose the line to make")
        elif line.product_id is None:
            reason = tr("Only a product's line can be made to order")
        enabled = shown and not reason
        self.button.setEnabled(enabled)
        self.action.setEnabled(enabled)
        tip = reason or tr("Plan a production order for what this line lacks (the stock and open production "
                           "are taken into account)")
        self.button.setToolTip(tip)
        self.action.setToolTip(tip)

    def _context_menu(self, at: QPoint) -> None:
        if not self.button.isVisible():
            return
        index = self.editor.lines_view.indexAt(at)
        if index.isValid():
            self.editor.lines_view.setCurrentIndex(index)
        menu = QMenu(self.editor.lines_view)
        menu.addAction(self.action)
        self.menu_runner(menu, self.editor.lines_view.viewport().mapToGlobal(at))

    # -- the action ---------------------------------------------------------------------------
    def run(self) -> None:
        editor, card = self.editor, self.editor.card
        row, line = self._current_line()
        if card is None or line is None or line.product_id is None:
            return
        unsaved = line.line_id is None or (not card.locked and self._form() != self.saved_form)
        if not unsaved:
            self._make(line.line_id)
            return
        if not self.ask_save(editor):
            return
        editor.save(then=lambda saved: self._make(saved.lines[row].id) if row < len(saved.lines) else None)

    def _make(self, line_id: int) -> None:
        self.result_label.hide()
        production = self.editor.ctx.production
        self.editor.tasks.write(lambda: production.make_to_order(line_id), self._made, self._failed,
                                entity="production_order", ids=lambda made: [made.id])

    def _made(self, made) -> None:
        self.result_label.setText(tr("Production order {number} planned for {quantity} {unit} of {product}").format(
            number=isolate(made.number), quantity=format_quantity(made.quantity), unit=made.unit,
            product=isolate(made.product_name)))
        self.result_label.show()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            # Not a field to correct: enough stock, no bill of materials, not a stocked product.
            text = "\n".join(error_text(message) for message in exc.errors.values())
            show_error(self.editor, DomainError(text), title=tr("Make to order"))
            return
        show_error(self.editor, exc, title=tr("Make to order"))
