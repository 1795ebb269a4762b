"""The deal dialog's History tab: every stage change (from → to, who, when, why lost) and the time spent
in each stage."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.exports.funnel_tables import write_deal_history
from app.services.funnel import StageTime, StageVisit
from app.services.funnel.forms import time_in_stages
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, locale_datetime

Index = QModelIndex | QPersistentModelIndex


def format_duration(seconds: float) -> str:
    """'3 d 4 h', '5 h 20 min', '12 min', 'under a minute': the two largest units that matter."""
    def tr(text: str) -> str:
        # the empty context: lupdate files bare tr("…") calls there
        return QCoreApplication.translate("", text)
    minutes = int(seconds // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return tr("{d} d {h} h").format(d=days, h=hours) if hours else tr("{d} d").format(d=days)
    if hours:
        return tr("{h} h {m} min").format(h=hours, m=minutes) if minutes else tr("{h} h").format(h=hours)
    return tr("{m} min").format(m=minutes) if minutes else tr("under a minute")


class _Table(QAbstractTableModel):
    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[tuple[str, ...]] = []
        self.right: set[int] = set()

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.headers)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class StageChangesModel(_Table):
    """One row per stage change, oldest first."""

    def __init__(self, parent=None):
        super().__init__([self.tr("When"), self.tr("From"), self.tr("To"), self.tr("Who"), self.tr("Lost reason"), self.tr("Stayed")], parent)
        self.right = {5}

    def show(self, visits: Sequence[StageVisit], now: datetime) -> None:
        self.set_rows([(locale_datetime(v.entered_at), v.from_stage_name or self.tr("(created)"), v.stage_name,
                        v.moved_by or "—", v.lost_reason,
                        format_duration(v.seconds(now)) + ("" if v.left_at else " " + self.tr("(so far)")))
                       for v in visits])


class StageTimesModel(_Table):
    """Total time per stage over every visit."""

    def __init__(self, parent=None):
        super().__init__([self.tr("Stage"), self.tr("Visits"), self.tr("Time in stage")], parent)
        self.right = {1, 2}

    def show(self, times: Sequence[StageTime]) -> None:
        self.set_rows([(t.stage_name, str(t.visits), format_duration(t.seconds)) for t in times])


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class DealHistoryView(QWidget):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deal_history_view")
        self.tasks = tasks
        self.visits: list[StageVisit] = []
        self.now: datetime | None = None
        self.title = ""
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_history_button")
        self.export_button.setToolTip(self.tr("The stage changes to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        self.changes_model = StageChangesModel(self)
        self.times_model = StageTimesModel(self)
        self.changes_table = _table(self.changes_model, "history_table", self)
        self.times_table = _table(self.times_model, "stage_times_table", self)
        self.times_table.setMaximumHeight(160)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Stage changes"), self), 1)
        head.addWidget(self.export_button)
        layout.addLayout(head)
        layout.addWidget(self.changes_table, 2)
        layout.addWidget(QLabel(self.tr("Time in each stage"), self))
        layout.addWidget(self.times_table, 1)

    def show_history(self, visits: Sequence[StageVisit], now: datetime, *, title: str = "") -> None:
        self.visits, self.now, self.title = list(visits), now, title
        self.export_button.setEnabled(bool(visits))
        self.changes_model.show(visits, now)
        self.times_model.show(time_in_stages(list(visits), now))

    def export_to_excel(self) -> None:
        """The stage changes shown (days in each stage up to when they were read) to an .xlsx file."""
        visits, now, title = self.visits, self.now, self.title
        if not visits or now is None:
            return
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write_deal_history(
            visits, now, path, title=title, progress=progress), what=self.tr("the deal's history"),
            suggested=f"deal-history-{file_name_part(title, 'deal')}.xlsx")
        self.excel_export.start()
