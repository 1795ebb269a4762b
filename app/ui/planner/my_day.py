"""The "My day" list: overdue tasks (in red), today's, and what was done today, as one grouped table."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.planner import MyDay, TaskRow
from app.ui.planner.common import kind_label, priority_label, to_local, tr
from app.ui.text import day_month, isolate
from app.ui.widgets import ERROR_COLOR

RowRole = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#757575")


class MyDayModel(QAbstractTableModel):
    """Group header rows ("Overdue · 3") followed by their tasks; headers are not selectable."""

    COLUMNS = ("When", "Subject", "Kind", "Client", "Priority")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[tuple[str, str | TaskRow]] = []   # ("header", text) or (group, row)

    def set_day(self, day: MyDay | None) -> None:
        self.beginResetModel()
        self.entries = []
        if day is not None:
            for group, title, items in (("overdue", tr("Overdue"), day.overdue), ("today", tr("Today"), day.today),
                                        ("done", tr("Done today"), day.done_today)):
                if items:
                    self.entries.append(("header", f"{title} · {QLocale().toString(len(items))}"))
                    self.entries.extend((group, row) for row in items)
        self.endResetModel()

    def task_at(self, row: int) -> TaskRow | None:
        if 0 <= row < len(self.entries):
            value = self.entries[row][1]
            return value if isinstance(value, TaskRow) else None
        return None

    def is_header(self, row: int) -> bool:
        return 0 <= row < len(self.entries) and self.entries[row][0] == "header"

    def task_count(self) -> int:
        return sum(1 for kind, _ in self.entries if kind != "header")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_header(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        group, value = self.entries[index.row()]
        if group == "header":
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return value
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        assert isinstance(value, TaskRow)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, value, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            if group == "overdue":
                return QColor(ERROR_COLOR)
            if group == "done":
                return MUTED
            return None
        if role == Qt.ItemDataRole.FontRole and group == "done":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [value.subject, value.client_name, value.contact_name, value.deal_title, value.result]
            return "\n".join(isolate(p) for p in lines if p)
        if role == RowRole:
            return value
        return None

    @staticmethod
    def _text(group: str, row: TaskRow, column: int) -> str:
        if column == 0:
            local: datetime = to_local(row.due_at)
            when = tr("All day") if row.form.all_day else local.strftime("%H:%M")
            return f"{day_month(local.date())} {when}" if group == "overdue" else when
        if column == 1:
            return isolate(row.subject)
        if column == 2:
            return kind_label(row.kind)
        if column == 3:
            return isolate(row.client_name)
        return priority_label(row.form.priority)
