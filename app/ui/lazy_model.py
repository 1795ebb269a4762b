"""One lazy table model for every list: a count, then pages of rows fetched for the visible blocks.

The screen supplies `state()` — the plain, immutable query it wants (read on the GUI thread at each
refresh) — and two functions run through the TaskRunner, off the GUI thread:
`fetch_first(state, sort_key, descending, limit) -> (count, rows)` and
`fetch_page(state, sort_key, descending, offset, limit) -> list[row]`, where each row has an `id`. Sorting and filtering happen in SQL; a 100,000-row list costs one count and one
small indexed query per screenful, whatever part of it is shown.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView

from app.ui.tasks import TaskRunner
from app.ui.text import isolate

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
                 state: Callable[[], Any],
                 fetch_first: Callable[[Any, str, bool, int], tuple[int, list[Any]]],
                 fetch_page: Callable[[Any, str, bool, int, int], list[Any]],
                 block_size: int = 100, max_cached_rows: int = 20_000, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.tasks = tasks
        self.state, self.fetch_first, self.fetch_page = state, fetch_first, fetch_page
        self._state: Any = None
        self._sorted_by: tuple[str, bool] | None = None
        self.block_size, self.max_cached_rows = block_size, max_cached_rows
        self.sort_key = next((c.sort_key for c in self.columns if c.sort_key), "")
        self.descending = False
        self._count = 0
        self._rows: dict[int, Any] = {}          # position -> row
        self._loaded_blocks: set[int] = set()
        self._wanted: set[int] = set()
        self._pending: set[int] = set()
        self._failed_blocks: set[int] = set()   # not asked again until the next refresh
        self._refreshing = False
        self._generation = 0
        self._views: list[weakref.ref[QAbstractItemView]] = []
        self._same_query = False          # the refresh under way asks the same query again: data changed
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._load_wanted)

    # -- feeding -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again and fetch the first block (new search, filter, sort, or data changed)."""
        self._generation += 1
        self._refreshing = True
        previous, state = self._state, self.state()
        self._same_query = previous is not None and previous == state and self._sorted_by == (self.sort_key,
                                                                                              self.descending)
        self._state, self._sorted_by = state, (self.sort_key, self.descending)
        gen, key, desc, size = self._generation, self.sort_key, self.descending, self.block_size
        self.tasks.read(lambda: self.fetch_first(state, key, desc, size),
                        lambda result: self._counted(gen, *result),
                        lambda exc: self._failed(gen, None, exc), name="list count")

    def _counted(self, gen: int, count: int, first: list[Any]) -> None:
        if gen != self._generation:
            return  # a newer refresh is on its way
        places = [(view, self._place_of(view)) for ref in self._views if (view := ref()) is not None] \
            if self._same_query else []
        self.beginResetModel()
        self._count = count
        self._rows = dict(enumerate(first))
        self._loaded_blocks = {0} if first else set()
        self._pending.clear()
        self._wanted.clear()
        self._failed_blocks.clear()
        self._refreshing = False
        self.endResetModel()
        for view, place in places:
            self._return_to(view, *place)
        self.loaded.emit(count)

    # -- keeping the user's place ----------------------------------------------------------------
    def keep_place(self, view: QAbstractItemView) -> None:
        """When the same query is fetched again (the data changed — here, or on another desktop), `view`
        keeps its selected records and scroll position instead of jumping to the top."""
        self._views.append(weakref.ref(view))

    def _place_of(self, view: QAbstractItemView) -> tuple[list[int], int, int]:
        selection = view.selectionModel()
        rows = sorted({i.row() for i in selection.selectedRows()}) if selection is not None else []
        ids = [ident for r in rows if (ident := self.id_at(r)) is not None]
        return ids, rows[0] if rows else -1, view.verticalScrollBar().value()

    def _return_to(self, view: QAbstractItemView, ids: list[int], row: int, scroll: int) -> None:
        view.verticalScrollBar().setValue(scroll)
        selection = view.selectionModel()
        if selection is None or row < 0 or not self._count:
            return
        found = [pos for ident in ids if (pos := self.position_of(ident)) >= 0]
        # A record now outside the loaded rows (or gone from the result): stay at the same place.
        positions = found or [min(row, self._count - 1)]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(self.index(positions[0], 0), flags | QItemSelectionModel.SelectionFlag.Clear)
        for pos in positions[1:]:
            selection.select(self.index(pos, 0), flags)

    # -- access --------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        item = self._rows.get(row)
        return item.id if item is not None else None

    def row_at(self, row: int) -> Any | None:
        return self._rows.get(row)

    def position_of(self, ident: int) -> int:
        """The row showing `ident` among the rows loaded so far, else -1."""
        return next((pos for pos, item in self._rows.items() if item.id == ident), -1)

    def is_loading(self) -> bool:
        return bool(self._refreshing or self._pending or self._wanted)

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

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
        if not index.isValid() or not (0 <= index.row() < self._count):
            return None
        row = self._rows.get(index.row())
        col = self.columns[index.column()]
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row() // self.block_size)
                return self.LOADING if index.column() == 0 else ""
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Isolated, so "+98 21 8888" or "SKU-42" keeps its order in a right-to-left layout.
            return isolate(col.text(row))
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
        if block in self._loaded_blocks or block in self._pending or block in self._wanted \
                or block in self._failed_blocks:
            return
        self._wanted.add(block)
        if not self._timer.isActive():
            self._timer.start()

    def _load_wanted(self) -> None:
        gen, key, desc, size = self._generation, self.sort_key, self.descending, self.block_size
        state = self._state
        if len(self._rows) > self.max_cached_rows:
            self._rows.clear()
            self._loaded_blocks.clear()
        for block in sorted(self._wanted):
            self._pending.add(block)
            self.tasks.read(lambda b=block: self.fetch_page(state, key, desc, b * size, size),
                            lambda rows, b=block: self._rows_arrived(gen, b, rows),
                            lambda exc, b=block: self._failed(gen, b, exc), name="list rows")
        self._wanted.clear()

    def _rows_arrived(self, gen: int, block: int, rows: list[Any]) -> None:
        if gen != self._generation:
            return
        self._pending.discard(block)
        first = block * self.block_size
        if len(rows) < min(self.block_size, self._count - first):
            # Fewer rows than counted: the result changed since the count (rows deleted elsewhere).
            self.refresh()
            return
        self._loaded_blocks.add(block)
        for offset, row in enumerate(rows):
            if first + offset < self._count:
                self._rows[first + offset] = row
        last = min(self._count, first + self.block_size) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _failed(self, gen: int, block: int | None, exc: BaseException) -> None:
        if gen != self._generation:
            return
        if block is None:
            self._refreshing = False
        else:
            self._pending.discard(block)
            # Shown once: repaints must not ask again (and show a dialog per repaint) until a refresh.
            self._failed_blocks.add(block)
            if len(self._failed_blocks) > 1:
                return
        self.tasks.default_error(exc)
