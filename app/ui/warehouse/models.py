"""Small in-memory table models for the warehouse screens (lists that are short by nature: a document's
lines, what is left to pick, the reorder list, a page of a product's moves). Long lists use LazyTableModel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.ui.lazy_model import Column
from app.ui.text import isolate

Index = QModelIndex | QPersistentModelIndex
HIGHLIGHT = QColor("#fff176")     # the line the last scan touched
HIGHLIGHT_TEXT = QColor("#000000")


class RowsModel(QAbstractTableModel):
    """Rows (frozen dataclasses) shown through `Column`s; one row can be highlighted by a key."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], *, key: Callable[[Any], Any] | None = None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.key = key or (lambda row: getattr(row, "id", None))
        self.highlighted: Any = None
        self.bold_font: QFont | None = None

    def set_rows(self, rows: Sequence[Any], *, highlight: Any = None) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.highlighted = highlight
        self.endResetModel()

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Any | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def highlighted_row(self) -> int:
        """The position of the highlighted row, else -1."""
        if self.highlighted is None:
            return -1
        return next((i for i, r in enumerate(self.rows) if self.key(r) == self.highlighted), -1)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(col.text(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        lit = self.highlighted is not None and self.key(row) == self.highlighted
        if role == Qt.ItemDataRole.BackgroundRole and lit:
            return QBrush(HIGHLIGHT)
        if role == Qt.ItemDataRole.ForegroundRole and lit:
            return QBrush(HIGHLIGHT_TEXT)
        if role == Qt.ItemDataRole.FontRole and lit and self.bold_font is not None:
            return self.bold_font
        if role == self.RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
