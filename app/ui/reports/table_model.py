"""The report's rows in a table: the label, every value column, and when compared the previous period's main
figure and the change; a bold totals row at the bottom. Figures are right-aligned with thousands separators."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.reports.common import change_percent
from app.services.reports.forms import ReportResult
from app.ui import calendars
from app.ui.reports.format import format_value, tr
from app.ui.text import isolate

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOTALS_BACKGROUND = QColor("#e8eaed")
TOTALS_TEXT = QColor("#000000")


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.result: ReportResult | None = None
        self._columns: list[tuple[str, str]] = []
        self._rows: list[tuple] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._columns, self._rows = [], []
        if result is not None:
            self._columns = [(result.label_title, "text")] + [(c.title, c.kind) for c in result.columns]
            compared = result.previous is not None
            main = result.chart_column
            if compared:
                self._columns += [(tr("Previous: {title}").format(title=result.columns[main].title),
                                   result.columns[main].kind), (tr("Change %"), "change")]
            for r in result.rows:
                row = (calendars.bucket_label(r.key, r.label), *r.values)
                if compared:
                    before = result.previous_value(r.key)
                    row += (before, change_percent(Decimal(r.values[main] or 0), Decimal(before or 0)))
                self._rows.append(row)
            if result.rows:
                total = (tr("Total"), *result.totals)
                if compared:
                    now, before = result.totals[main], result.previous.totals[main]
                    total += (before, change_percent(Decimal(now or 0), Decimal(before or 0)))
                self._rows.append(total)
        self.endResetModel()

    def is_totals_row(self, row: int) -> bool:
        return bool(self.result and self.result.rows) and row == len(self._rows) - 1

    def text(self, row: int, column: int) -> str:
        title, kind = self._columns[column]
        value = self._rows[row][column]
        return value if kind == "text" else format_value(value, kind)

    # -- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self._columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if self._columns[section][1] == "text" else RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        kind = self._columns[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self.text(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if kind == "text" else RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self._rows[index.row()][0]
        if self.is_totals_row(index.row()):
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(TOTALS_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(TOTALS_TEXT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
