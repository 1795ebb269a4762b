"""The Goals screen's item models: objectives with their key results as one list (a key result's row under
its objective), a key result's check-ins, and the delegate that paints progress against the pace."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.services.goals import CheckInRow, KeyResultRow, ObjectiveRow
from app.ui.funnel.money import format_money, grouping
from app.ui.text import format_time
from app.ui.warehouse.format import format_number, format_quantity

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
# (progress %, expected %, status) for the delegate.
PaceRole = Qt.ItemDataRole.UserRole + 2
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_COLOURS = {"done": "#1b7f3b", "on_track": "#2e7d32", "behind": "#b3261e", "not_started": "#888888"}


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def status_text(status: str) -> str:
    return {"done": tr("Done"), "on_track": tr("On track"), "behind": tr("Behind"),
            "not_started": tr("Not started")}.get(status, status)


def level_text(level: str) -> str:
    return {"company": tr("Company"), "branch": tr("Branch"), "department": tr("Department"),
            "person": tr("Person")}.get(level, level)


def value_text(value: Decimal | None, kind: str, currency: str) -> str:
    """A key result's figure as it reads: money with the currency, a count, a percent, a quantity."""
    if value is None:
        return ""
    if kind == "money":
        return format_money(value, currency)
    if kind == "int":
        return grouping().toString(int(value))
    if kind == "percent":
        return f"{format_number(value, 1, grouping())} %"
    return format_quantity(value.normalize() if value == value.to_integral() else value, None, grouping())


def pace_text(value: Decimal, kind: str, currency: str) -> str:
    """Where a steady pace would be: counts as whole numbers, quantities to two places."""
    if kind == "int":
        value = value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    elif kind == "qty":
        value = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return value_text(value, kind, currency)


def percent_text(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_number(value, 1, grouping())} %"


@dataclass(frozen=True, slots=True)
class GoalLine:
    """One line of the list: an objective, or one of its key results."""

    objective: ObjectiveRow
    key_result: KeyResultRow | None = None


COLUMNS = ("goal", "owner", "current", "target", "progress", "pace", "status")


class GoalsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[GoalLine] = []
        self.currency = ""
        self.titles = (tr("Objective / key result"), tr("For"), tr("Now"), tr("Target"), tr("Progress"),
                       tr("Expected by today"), tr("Status"))

    def set_objectives(self, objectives: list[ObjectiveRow], currency: str) -> None:
        self.beginResetModel()
        self.currency = currency
        self.lines = []
        for o in objectives:
            self.lines.append(GoalLine(o))
            self.lines.extend(GoalLine(o, kr) for kr in o.key_results)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return self.titles[section]
        return None

    def line(self, row: int) -> GoalLine | None:
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        line = self.lines[index.row()]
        column = COLUMNS[index.column()]
        o, kr = line.objective, line.key_result
        if role == RowRole:
            return line
        if role == PaceRole and column == "progress":
            if kr is None:
                return (o.progress_percent, o.expected_percent, o.status)
            return (kr.progress_percent, kr.expected_percent, kr.status)
        if role == Qt.ItemDataRole.FontRole and kr is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get((kr or o).status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("current", "target", "pace"):
            return int(RIGHT)
        if role == Qt.ItemDataRole.ToolTipRole and kr is not None and column == "goal":
            return kr.metric_title or tr("Checked in by hand")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if kr is None:
            return {"goal": o.title, "owner": f"{level_text(o.level)}: {o.belongs_to}" if o.level != "company"
                    else tr("Company"),
                    "current": "", "target": "", "progress": percent_text(o.progress_percent),
                    "pace": percent_text(o.expected_percent), "status": status_text(o.status)}[column]
        return {"goal": "    " + kr.title, "owner": kr.owner_name,
                "current": value_text(kr.current_value, kr.value_kind, self.currency),
                "target": value_text(kr.target_value, kr.value_kind, self.currency),
                "progress": percent_text(kr.progress_percent),
                "pace": pace_text(kr.expected_value, kr.value_kind, self.currency),
                "status": status_text(kr.status)}[column]


class CheckInsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[CheckInRow] = []
        self.kind, self.currency = "qty", ""
        self.titles = (tr("When"), tr("Who"), tr("Value"), tr("Comment"))

    def set_rows(self, rows: list[CheckInRow], kind: str, currency: str) -> None:
        self.beginResetModel()
        self.rows, self.kind, self.currency = list(rows), kind, currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(RIGHT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (format_time(r.at), r.user_name, value_text(r.value, self.kind, self.currency), r.comment)[index.column()]


class ProgressDelegate(QStyledItemDelegate):
    """A bar filled to the progress (green on pace, red behind) with a dark tick where a steady pace
    would be today, and the percent written over it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        pace = index.data(PaceRole)
        if not pace:
            super().paint(painter, option, index)
            return
        progress, expected, status = pace
        done = 100.0 if progress is None else max(0.0, min(100.0, float(progress)))
        rect = option.rect.adjusted(4, 5, -4, -5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(rect, QColor("#e8e8e8"))
        fill = QRect(rect.left(), rect.top(), int(rect.width() * done / 100), rect.height())
        painter.fillRect(fill, QColor(STATUS_COLOURS.get(status, "#2e7d32")).lighter(130))
        x = rect.left() + int(rect.width() * max(0.0, min(100.0, float(expected))) / 100)
        painter.setPen(QPen(QColor("#333333"), 2))
        painter.drawLine(x, rect.top() - 2, x, rect.bottom() + 2)
        painter.setPen(QColor("#000000"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.restore()
