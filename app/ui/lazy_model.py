"""One lazy table model for every list: ids for the whole result, rows fetched for visible blocks.

The screen supplies two plain functions (run through the TaskRunner, off the GUI thread):
`fetch_ids(sort_key, descending) -> list[int]` and `fetch_rows(ids) -> list[row]`, where each row
has an `id`. Sorting happens in SQL (the model only passes the column's sort key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from app.ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Any], str] | None = None
    width: int = 120


class LazyTableModel(QAbstractTableModel):
    loaded = Signal(int)        # number of rows after a refresh
    LOADING = "…"
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[Column], tasks: TaskRunner, *,
                 fetch_ids: Callable[[str, bool], list[int]],
                 fetch_rows: Callable[[list[int]], list[Any]],
                 block_size: int = 100, max_cached_rows: int = 20_000, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.tasks = tasks
        self.fetch_ids, self.fetch_rows = fetch_ids, fetch_rows
        self.block_size, self.max_cached_rows = block_size, max_cached_rows
        self.sort_key = next((c.sort_key for c in self.columns if c.sort_key), "")
        self.descending = False
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._loaded_blocks: set[int] = set()
        self._wanted: set[int] = set()
        self._pending: set[int] = set()
        self._generation = 0
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._load_wanted)

    # -- feeding -------------------------------------------------------------------------------
    def set_fetch_ids(self, fetch_ids: Callable[[str, bool], list[int]]) -> None:
        self.fetch_ids = fetch_ids

    def refresh(self) -> None:
        """Ask again for the ids (new search, filter, sort, or data changed elsewhere)."""
        self._generation += 1
        gen, key, desc = self._generation, self.sort_key, self.descending
        self.tasks.read(lambda: self.fetch_ids(key, desc), lambda ids: self._ids_arrived(gen, ids),
                        name="list ids")

    def _ids_arrived(self, gen: int, ids: list[int]) -> None:
        if gen != self._generation:
            return  # a newer refresh is on its way
        self.beginResetModel()
        self._ids = list(ids)
        self._rows.clear()
        self._loaded_blocks.clear()
        self._pending.clear()
        self._wanted.clear()
        self.endResetModel()
        self.loaded.emit(len(self._ids))

    def reload_rows(self, ids: Sequence[int] = ()) -> None:
        """Drop cached rows (all, or these ids) so they are fetched again when shown."""
        if not ids:
            self._rows.clear()
            self._loaded_blocks.clear()
        else:
            wanted = set(ids)
            positions = [i for i, rid in enumerate(self._ids) if rid in wanted]
            for rid in wanted:
                self._rows.pop(rid, None)
            self._loaded_blocks -= {p // self.block_size for p in positions}
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.columns) - 1))

    # -- access --------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any | None:
        rid = self.id_at(row)
        return self._rows.get(rid) if rid is not None else None

    def position_of(self, ident: int) -> int:
        try:
            return self._ids.index(ident)
        except ValueError:
            return -1

    def is_loading(self) -> bool:
        return bool(self._pending or self._wanted)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

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
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        row = self._rows.get(self._ids[index.row()])
        col = self.columns[index.column()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row() // self.block_size)
                return self.LOADING if index.column() == 0 else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == self.RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sort_key:
            return
        key = self.columns[column].sort_key or ""
        desc = order == Qt.SortOrder.DescendingOrder
        if (key, desc) != (self.sort_key, self.descending):
            self.sort_key, self.descending = key, desc
            self.refresh()

    # -- block loading -------------------------------------------------------------------------
    def _want(self, block: int) -> None:
        if block in self._loaded_blocks or block in self._pending or block in self._wanted:
            return
        self._wanted.add(block)
        if not self._timer.isActive():
            self._timer.start()

    def _load_wanted(self) -> None:
        gen = self._generation
        if len(self._rows) > self.max_cached_rows:
            self._rows.clear()
            self._loaded_blocks.clear()
        for block in sorted(self._wanted):
            ids = self._ids[block * self.block_size:(block + 1) * self.block_size]
            if not ids:
                continue
            self._pending.add(block)
            self.tasks.read(lambda ids=ids: self.fetch_rows(ids),
                            lambda rows, b=block: self._rows_arrived(gen, b, rows),
                            lambda exc, b=block: self._rows_failed(gen, b, exc), name="list rows")
        self._wanted.clear()

    def _rows_arrived(self, gen: int, block: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._pending.discard(block)
        self._loaded_blocks.add(block)
        for row in rows:
            self._rows[row.id] = row
        first = block * self.block_size
        last = min(len(self._ids), first + self.block_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _rows_failed(self, gen: int, block: int, exc: BaseException) -> None:
        self._pending.discard(block)
        self.tasks.default_error(exc)
