"""Table models of the import wizard over plain rows: the preview, the list of bad rows, and the editable
grid where rejected rows are corrected."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from app.services.imports import RowError, SourceRow
from app.services.imports.cells import text
from app.ui import calendars
from app.ui.text import numeric_date
from app.ui.warehouse.format import format_quantity

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def locale() -> QLocale:
    """The user's locale, always with thousands separators (the C locale leaves them out)."""
    loc = QLocale()
    loc.setNumberOptions(loc.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return loc


def number(value: int) -> str:
    return locale().toString(value)


def shown(value: Any) -> str:
    """A cell as the preview shows it: numbers with the locale's separators, dates as dates."""
    if isinstance(value, bool):
        return text(value)
    if isinstance(value, int):
        return number(value)
    if isinstance(value, Decimal):
        return format_quantity(value, locale=locale())
    if isinstance(value, (date, datetime)):
        if not calendars.is_jalali():
            return text(value)
        day = value.date() if isinstance(value, datetime) else value
        moment = f" {value:%H:%M:%S}" if isinstance(value, datetime) and value.time() != datetime.min.time() else ""
        return numeric_date(day) + moment
    return "" if value is None else str(value)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, Decimal)) and not isinstance(value, bool)


class _Base(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return self._row_label(section)

    def _row_label(self, section: int) -> str | None:
        return None


class PreviewModel(_Base):
    """The first rows, only the mapped columns, under the import fields' names; the vertical header is the
    row number as Excel shows it."""

    def __init__(self, headers: Sequence[str], rows: Sequence[SourceRow], columns: Sequence[int], parent=None):
        super().__init__(headers, parent)
        self.rows, self.columns = list(rows), list(columns)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def _row_label(self, section: int) -> str | None:
        return str(self.rows[section].row) if 0 <= section < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()].values[self.columns[index.column()]]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if is_number(value) else LEFT
        return None


class ErrorsModel(_Base):
    """Every bad row: row number, column, reason."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Row"), self.tr("Column"), self.tr("Reason")], parent)
        self.errors: list[RowError] = []

    def set_errors(self, errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.errors)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.errors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (number(e.row), e.column, e.reason)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() == 0 else LEFT
        return None


class FixGridModel(_Base):
    """The rejected rows with every source column, editable; `rows()` gives them back corrected."""

    def __init__(self, parent=None):
        super().__init__([], parent)
        self._rows: list[SourceRow] = []
        self._values: list[list[Any]] = []
        self.bad: set[tuple[int, int]] = set()  # (grid row, column) named by an error

    def set_rows(self, headers: Sequence[str], rows: Sequence[SourceRow], errors: Sequence[RowError]) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self._rows = list(rows)
        self._values = [list(r.values) for r in rows]
        where = {r.row: i for i, r in enumerate(rows)}
        self.bad = {(where[e.row], self.headers.index(e.column)) for e in errors
                    if e.row in where and e.column in self.headers}
        self.endResetModel()

    def rows(self) -> list[SourceRow]:
        """The rows as corrected (a cell the user changed loses its "formula" problem)."""
        result = []
        for src, values in zip(self._rows, self._values, strict=True):
            problems = {i: p for i, p in src.problems.items() if values[i] == src.values[i]}
            result.append(SourceRow(src.row, tuple(values), problems))
        return result

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def _row_label(self, section: int) -> str | None:
        return str(self._rows[section].row) if 0 <= section < len(self._rows) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._values[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if is_number(value) else LEFT
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), index.column()) in self.bad:
            from PySide6.QtGui import QColor

            return QColor("#fde2e1")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        typed = str(value).strip() if value is not None else ""
        self._values[index.row()][index.column()] = typed or None
        self.bad.discard((index.row(), index.column()))
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True
