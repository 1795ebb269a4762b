"""The rule-run log: every run of every rule, newest first, with what it did or why it failed; a failed
run can be retried once the rule or the data is fixed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.automation import RunRow
from app.services.context import ServiceContext
from app.ui.automation.params import tr
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.text import format_time

Index = QModelIndex | QPersistentModelIndex
STATUS_TITLES = {
    "ok": QT_TR_NOOP("Done"),
    "failed": QT_TR_NOOP("Failed, will retry"),
    "gave_up": QT_TR_NOOP("Failed, reported"),
    "loop": QT_TR_NOOP("Stopped: loop"),
    "retried": QT_TR_NOOP("Failed, retried"),
}
PROBLEM = QColor("#b00020")


class RunsModel(QAbstractTableModel):
    HEADERS = (
        QT_TR_NOOP("When"),
        QT_TR_NOOP("Rule"),
        QT_TR_NOOP("Record"),
        QT_TR_NOOP("Result"),
        QT_TR_NOOP("Try"),
        QT_TR_NOOP("What happened"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RunRow] = []

    def set_rows(self, rows: list[RunRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            record = r.label or (f"{r.entity} #{r.record_id}" if r.record_id else tr("(schedule)"))
            return (format_time(r.at), r.rule_name, record,
                    tr(STATUS_TITLES.get(r.status, r.status)), str(r.attempt), r.message)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and r.status not in ("ok", "retried"):
            return PROBLEM
        return None


class RuleRunLogDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None, *,
                 rule_id: int | None = None):
        super().__init__(parent)
        self.setObjectName("rule_run_log_dialog")
        self.setWindowTitle(tr("Automation rule-run log"))
        self.resize(1000, 520)
        self.ctx, self.tasks, self.rule_id = ctx, tasks, rule_id
        self.filter_combo = QComboBox(objectName="run_filter_combo")
        for title, value in ((tr("All runs"), None), (tr("Problems only"), "problems"), (tr("Failed"), "failed"),
                             (tr("Reported"), "gave_up"), (tr("Stopped loops"), "loop")):
            self.filter_combo.addItem(title, value)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.scope_combo = QComboBox(objectName="run_scope_combo")
        self.scope_combo.addItem(tr("Every rule"), None)
        if rule_id is not None:
            self.scope_combo.addItem(tr("This rule"), rule_id)
            self.scope_combo.setCurrentIndex(1)
        self.scope_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = RunsModel(self)
        self.table = QTableView(objectName="runs_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((140, 220, 150, 130, 40)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda _c, _p: self._update_buttons())
        self.summary = QLabel(objectName="runs_summary")
        self.retry_button = QPushButton(tr("Retry"), objectName="retry_run_button", enabled=False)
        self.retry_button.setToolTip(tr("Run the rule on this record again (after fixing the rule or the data)"))
        self.retry_button.clicked.connect(self.retry)
        refresh = QPushButton(tr("Refresh"), objectName="refresh_runs_button")
        refresh.clicked.connect(self.reload)
        close = QPushButton(tr("Close"), objectName="close_button")
        close.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Show")))
        top.addWidget(self.filter_combo)
        top.addWidget(self.scope_combo)
        top.addStretch(1)
        top.addWidget(refresh)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.retry_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        status, rule_id = self.filter_combo.currentData(), self.scope_combo.currentData()
        self.tasks.read(lambda: self.ctx.automation.rule_runs(rule_id=rule_id, status=status, limit=500),
                        self._show, lambda exc: show_error(self, exc))

    def _show(self, rows: list[RunRow]) -> None:
        self.model.set_rows(rows)
        problems = sum(r.status in ("failed", "gave_up", "loop") for r in rows)
        self.summary.setText(tr("%n run(s), {problems} with a problem", "", len(rows)).format(problems=problems))
        self._update_buttons()

    def selected(self) -> RunRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        run = self.selected()
        self.retry_button.setEnabled(run is not None and run.status in ("failed", "gave_up"))

    def retry(self) -> None:
        run = self.selected()
        if run is None:
            return
        self.tasks.write(lambda: self.ctx.automation.retry_run(run.id), lambda _r: self._retried(),
                         lambda exc: show_error(self, exc), entity="automation_event")

    def _retried(self) -> None:
        self.summary.setText(tr("Queued again: the rule runs in a moment."))
        self.reload()
