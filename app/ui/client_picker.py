"""The client field of the cards: an editable combo that searches clients as the user types."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from app.services.clients.forms import ClientQuery
from app.services.context import ServiceContext
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner

CLIENT_SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 15


class ClientPicker(QComboBox):
    """Type two letters or more: after a short pause the matching clients are offered in a popup.

    Picking one makes it the combo's only item and emits `client_chosen(id)`; emptying the text emits
    `cleared`. `client_id()` is the picked client, or a hit whose name was typed in full. With `role`
    ("supplier", "customer") only active clients with that role are offered.
    """

    client_chosen = Signal(int)
    cleared = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None, *,
                 object_name: str = "client_combo", role: str | None = None):
        super().__init__(parent, objectName=object_name)
        self.ctx, self.tasks, self.role = ctx, tasks, role
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_role(role)
        self.hits = QStandardItemModel(self)
        self.client_completer = QCompleter(self.hits, self)
        self.client_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.client_completer.activated[QModelIndex].connect(self.pick)
        self.setCompleter(self.client_completer)
        self._timer = QTimer(self, singleShot=True, interval=CLIENT_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.lineEdit().textEdited.connect(lambda _t: self._timer.start())

    def set_role(self, role: str | None) -> None:
        """Offer only active clients with `role` ("supplier"), or every client (None)."""
        self.role = role
        self.lineEdit().setPlaceholderText(self.tr("Type to search suppliers…") if role == "supplier"
                                           else self.tr("Type to search clients…"))

    def search(self) -> None:
        """Look up the typed text (off the GUI thread) and offer the hits."""
        text = self.currentText().strip()
        if len(text) < 2:
            self.hits.clear()
            if not text:
                self.cleared.emit()
            return
        clients, role = self.ctx.clients, self.role

        def find():
            found = clients.first_page(ClientQuery(search=text, role=role), limit=SEARCH_LIMIT)[1] if role \
                else clients.search_clients(text, limit=SEARCH_LIMIT)
            return [(c.id, c.display_name, c.city or "") for c in found]
        self.tasks.read(find, lambda rows: self._show_hits(text, rows), lambda exc: show_error(self.window(), exc))

    def _show_hits(self, text: str, rows) -> None:
        if text != self.currentText().strip():
            return  # the user typed on
        self.hits.clear()
        for ident, name, city in rows:
            item = QStandardItem(name)
            item.setData(ident, Qt.ItemDataRole.UserRole)
            item.setToolTip(city)
            self.hits.appendRow(item)
        if rows and self.lineEdit().hasFocus():
            self.client_completer.complete()

    def pick(self, index: QModelIndex) -> None:
        """Choose the hit at `index` (a click on the completion popup)."""
        ident = index.data(Qt.ItemDataRole.UserRole)
        self.set_client(ident, index.data())
        self.client_chosen.emit(ident)

    def set_client(self, client_id: int | None, name: str) -> None:
        """Show `name` as the chosen client (None: no client), quietly: no signal is emitted."""
        blocked = self.blockSignals(True)
        self.clear()
        if client_id is not None:
            self.addItem(name, client_id)
            self.setCurrentIndex(0)
        self.blockSignals(blocked)

    def client_id(self) -> int | None:
        """The chosen client: the picked one, or a search hit whose name was typed in full."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if text and index >= 0:
            return self.itemData(index)
        for row in range(self.hits.rowCount()):
            item = self.hits.item(row)
            if item.text().casefold() == text.casefold():
                return item.data(Qt.ItemDataRole.UserRole)
        return None
