"""The positions directory (job titles of contact persons): add, rename, delete."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clients.forms import NamedItem
from app.services.context import ServiceContext
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class NamedItemsModel(QAbstractListModel):
    """A small directory (NamedItem rows) shown by name; the item itself under ItemRole."""

    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[NamedItem] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == self.ItemRole:
            return item
        return None

    def items(self) -> list[NamedItem]:
        return list(self._items)

    def set_items(self, items: Sequence[NamedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((i for i, it in enumerate(self._items) if it.id == item_id), -1)


class PositionsDialog(QDialog):
    """Edits the positions list; `changed` tells whether anything was saved (the card reloads it)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.changed = False
        self.setObjectName("positions_dialog")
        self.setWindowTitle(self.tr("Positions"))
        self.model = NamedItemsModel(self)
        self.view = QListView(self, objectName="positions_list")
        self.view.setModel(self.model)
        self.add_button = QPushButton(self.tr("Add…"), self, objectName="add_position_button")
        self.rename_button = QPushButton(self.tr("Rename…"), self, objectName="rename_position_button")
        self.delete_button = QPushButton(self.tr("Delete"), self, objectName="delete_position_button")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)

        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.view, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(box)
        self.resize(420, 360)

        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.delete_button.clicked.connect(self.delete)
        self.view.doubleClicked.connect(lambda _i: self.rename())
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        def loaded(items: list[NamedItem]) -> None:
            self.model.set_items(items)
            if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
                self.view.setCurrentIndex(self.model.index(row))
        self.tasks.read(self.ctx.clients.list_positions, loaded, self._error)

    def current(self) -> NamedItem | None:
        index = self.view.currentIndex()
        return index.data(NamedItemsModel.ItemRole) if index.isValid() else None

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New position"), self.tr("Position:"))
        if ok and name.strip():
            self._write(lambda: self.ctx.clients.add_position(name))

    def rename(self) -> None:
        item = self.current()
        if item is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename position"), self.tr("Position:"), text=item.name)
        if ok and name.strip() and name != item.name:
            self._write(lambda: self.ctx.clients.rename_position(item.id, name, expected_version=item.version))

    def delete(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete position"),
                                      self.tr("Delete the position “{name}”?").format(name=item.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: self.ctx.clients.delete_position(item.id))

    def _write(self, fn) -> None:
        def done(result: NamedItem | None) -> None:
            self.changed = True
            self.reload(result.id if isinstance(result, NamedItem) else None)
        self.tasks.write(fn, done, self._error, entity="position")

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()

    def _update_buttons(self, *_args) -> None:
        has = self.view.currentIndex().isValid()
        self.rename_button.setEnabled(has)
        self.delete_button.setEnabled(has)
