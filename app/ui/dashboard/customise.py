"""The "Customise dashboard" dialog: tick the tiles to show and put them in order (drag, or Up/Down)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_ROLE = Qt.ItemDataRole.UserRole


class CustomiseDialog(QDialog):
    def __init__(self, shown: Sequence[str], every: Sequence[str], titles: dict[str, str],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customise_dialog")
        self.setWindowTitle(self.tr("Customise dashboard"))
        hint = QLabel(self.tr("Tick the tiles to show; drag them, or use Up and Down, to change their order."), self)
        hint.setWordWrap(True)
        self.tile_list = QListWidget(self, objectName="tile_list")
        self.tile_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tile_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Shown tiles first in their order, then the hidden ones in the usual order.
        for key in list(shown) + [k for k in every if k not in shown]:
            item = QListWidgetItem(titles.get(key, key))
            item.setData(KEY_ROLE, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if key in shown else Qt.CheckState.Unchecked)
            self.tile_list.addItem(item)
        self.tile_list.setCurrentRow(0)
        self.up_button = QPushButton(self.tr("Up"), self, objectName="move_up_button")
        self.down_button = QPushButton(self.tr("Down"), self, objectName="move_down_button")
        self.up_button.setShortcut("Alt+Up")
        self.down_button.setShortcut("Alt+Down")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        side = QVBoxLayout()
        side.addWidget(self.up_button)
        side.addWidget(self.down_button)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.tile_list, 1)
        middle.addLayout(side)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self, objectName="customise_buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.resize(380, 360)

    def move(self, step: int) -> None:
        """Move the current tile up (-1) or down (+1)."""
        row = self.tile_list.currentRow()
        to = row + step
        if row < 0 or not (0 <= to < self.tile_list.count()):
            return
        item = self.tile_list.takeItem(row)
        self.tile_list.insertItem(to, item)
        self.tile_list.setCurrentRow(to)

    def chosen(self) -> list[str]:
        """The ticked tiles, top to bottom."""
        items = (self.tile_list.item(i) for i in range(self.tile_list.count()))
        return [it.data(KEY_ROLE) for it in items if it.checkState() == Qt.CheckState.Checked]
