"""The Goals area: the objectives of a quarter (or any period) with their key results, progress bars
against a steady pace, a key result's check-ins, and the ways in: New objective…, Edit…, Check in…,
Sales plans… and Quarter review…."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import calendars as service_calendars
from app.services.context import ServiceContext
from app.services.goals import GoalChoices, ObjectiveRow
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.goals.checkin_dialog import CheckInDialog
from app.ui.goals.models import CheckInsModel, GoalLine, GoalsModel, ProgressDelegate, tr
from app.ui.goals.objective_dialog import ObjectiveDialog
from app.ui.goals.plans_dialog import PlansDialog
from app.ui.goals.review_dialog import ReviewDialog
from app.ui.tasks import TaskRunner

ENTITY = "objective"
PLAN_ENTITY = "sales_plan"
CUSTOM = "custom"


def quarters_around(today: date, system: str | None = None) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of the quarters from last year's first to next year's last, in the chosen
    calendar (or `system`): '1405 Q1' is Farvardin–Khordad 1405 in the Solar Hijri one."""
    system = system or calendars.current_system()
    this_year = service_calendars.parts(today, system)[0]
    out = []
    for year in (this_year - 1, this_year, this_year + 1):
        for q in range(4):
            start, end = service_calendars.quarter_bounds(service_calendars.from_parts(year, q * 3 + 1, 1, system),
                                                          system)
            out.append((f"{year} Q{q + 1}", start, end))
    return out


class GoalsWorkspace(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None, *,
                 today: date | None = None):
        super().__init__(parent)
        self.setObjectName("goals_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.today = today
        self.choices: GoalChoices | None = None
        self.objectives: list[ObjectiveRow] = []
        self._stale = False
        self._build()
        self.tasks.changed.connect(self._on_changed)
        self._refresh_timer = QTimer(self, singleShot=True, interval=300)
        self._refresh_timer.timeout.connect(self.refresh)
        self.tasks.read(self.ctx.goals.goal_choices, self._got_choices, lambda exc: show_error(self, exc))
        self.refresh()

    def _day(self) -> date:
        return self.today or date.today()

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Period:"), self))
        self.period_combo = QComboBox(self, objectName="goals_period_combo")
        current = 0
        for i, (label, start, end) in enumerate(quarters_around(self._day())):
            self.period_combo.addItem(label, (start, end))
            if start <= self._day() <= end:
                current = i
        self.period_combo.addItem(tr("Custom dates"), CUSTOM)
        self.period_combo.setCurrentIndex(current)
        self.from_edit = setup_date_edit(QDateEdit(self, objectName="goals_from_edit", calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.to_edit = setup_date_edit(QDateEdit(self, objectName="goals_to_edit", calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self._show_period_dates()
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        self.from_edit.editingFinished.connect(self.refresh)
        self.to_edit.editingFinished.connect(self.refresh)
        for w in (self.period_combo, self.from_edit, QLabel("–", self), self.to_edit):
            bar.addWidget(w)
        bar.addStretch(1)
        self.buttons = {}
        for name, text, slot in (("new_objective_button", tr("New objective…"), self.new_objective),
                                 ("edit_objective_button", tr("Edit…"), self.edit_objective),
                                 ("delete_objective_button", tr("Delete"), self.delete_objective),
                                 ("check_in_button", tr("Check in…"), self.check_in),
                                 ("plans_button", tr("Sales plans…"), self.open_plans),
                                 ("review_button", tr("Quarter review…"), self.open_review),
                                 ("refresh_button", tr("Refresh"), self.refresh)):
            button = QPushButton(text, self, objectName=name)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
            setattr(self, name, button)
        refresh = QAction(tr("Refresh goals"), self, objectName="refresh_goals_action")
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)

        self.model = GoalsModel(self)
        self.table = QTableView(self, objectName="goals_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(4, ProgressDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 170), (2, 120), (3, 120), (4, 170), (5, 130), (6, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._selected(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_objective() if self.current_line() and
                                         self.current_line().key_result is None else self.check_in())
        self.empty_label = QLabel(tr("No objectives in this period. New objective… sets one."), self,
                                  objectName="goals_empty")
        self.empty_label.setStyleSheet("color: #666666;")
        self.status_label = QLabel(self, objectName="goals_status")
        self.status_label.setStyleSheet("color: #666666;")

        self.history_title = QLabel(tr("Check-ins"), self, objectName="history_title")
        self.history_model = CheckInsModel(self)
        self.history = QTableView(self, objectName="check_ins_table")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setColumnWidth(0, 140)
        self.history.setColumnWidth(1, 160)
        self.history.setColumnWidth(2, 110)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.history_title)
        lower_layout.addWidget(self.history)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table)
        upper_layout.addWidget(self.empty_label)
        splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="goals_splitter")
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 180])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addWidget(self.status_label)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    # -- period ------------------------------------------------------------------------------------
    def _show_period_dates(self) -> None:
        data = self.period_combo.currentData()
        custom = data == CUSTOM
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            self.from_edit.setDate(QDate(data[0]))
            self.to_edit.setDate(QDate(data[1]))

    def _period_chosen(self) -> None:
        self._show_period_dates()
        self.refresh()

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, start: date, end: date) -> None:
        """Show custom dates start..end (and load them)."""
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(self.period_combo.count() - 1)
        self.period_combo.blockSignals(False)
        self.from_edit.setEnabled(True)
        self.to_edit.setEnabled(True)
        self.from_edit.setDate(QDate(start))
        self.to_edit.setDate(QDate(end))
        self.refresh()

    # -- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self.period()
        if end < start:
            self.status_label.setText(tr("The period ends before it starts."))
            return
        today = self.today
        self.status_label.setText(tr("Loading…"))
        self.tasks.read(lambda: self.ctx.goals.list_objectives(start=start, end=end, today=today), self._loaded,
                        self._load_failed, name="goals.list")

    def _load_failed(self, exc: BaseException) -> None:
        self.status_label.setText("")
        show_error(self, exc)

    def _got_choices(self, choices: GoalChoices) -> None:
        self.choices = choices
        self.model.currency = choices.currency
        self.plans_button.setEnabled(choices.may_set_team_goals)
        self.model.layoutChanged.emit()

    def _loaded(self, objectives: list[ObjectiveRow]) -> None:
        keep = self.current_line()
        self.objectives = objectives
        self.model.set_objectives(objectives, self.choices.currency if self.choices else self.model.currency)
        self.empty_label.setVisible(not objectives)
        self.table.setVisible(bool(objectives))
        krs = [kr for o in objectives for kr in o.key_results]
        behind = sum(kr.status == "behind" for kr in krs)
        self.status_label.setText(tr("{0} objective(s), {1} key result(s), {2} behind the pace").format(
            len(objectives), len(krs), behind) if objectives else "")
        if keep is not None:
            for row, line in enumerate(self.model.lines):
                if line.objective.id == keep.objective.id and (
                        (line.key_result and line.key_result.id) == (keep.key_result and keep.key_result.id)):
                    self.table.selectRow(row)
                    break
        self._selected(self.table.currentIndex().row())

    def current_line(self) -> GoalLine | None:
        index = self.table.currentIndex()
        return self.model.line(index.row()) if index.isValid() else None

    def _selected(self, row: int) -> None:
        line = self.model.line(row)
        self._update_buttons()
        kr = line.key_result if line else None
        if kr is None:
            self.history_model.set_rows([], "qty", "")
            self.history_title.setText(tr("Check-ins: choose a key result to see its history"))
            return
        self.history_title.setText(tr("Check-ins of “{0}”").format(kr.title) if kr.kind == "manual" else
                                   tr("“{0}” is counted from the data ({1}); it takes no check-ins").format(
                                       kr.title, kr.metric_title))
        currency = self.model.currency
        self.tasks.read(lambda: self.ctx.goals.check_ins(kr.id),
                        lambda rows: self.history_model.set_rows(rows, kr.value_kind, currency),
                        lambda exc: show_error(self, exc), name="goals.check_ins")

    def _update_buttons(self) -> None:
        line = self.current_line()
        self.edit_objective_button.setEnabled(bool(line and line.objective.can_edit))
        self.delete_objective_button.setEnabled(bool(line and line.objective.can_edit))
        self.check_in_button.setEnabled(bool(line and line.key_result and line.key_result.can_check_in))

    def _on_changed(self, entity: str, _ids) -> None:
        # Metric key results count documents, deals, payments, stock and production: any change may move them.
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    # -- actions -----------------------------------------------------------------------------------
    def _opened(self, dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def new_objective(self):
        """Open the editor for a new objective of the period shown (returns the dialog)."""
        start, end = self.period()
        dialog = ObjectiveDialog(self.ctx, self.tasks, self.choices, None, start=start, end=end, parent=self)
        self._opened(dialog)
        return dialog

    def edit_objective(self):
        line = self.current_line()
        if line is None or not line.objective.can_edit:
            return None
        dialog = ObjectiveDialog(self.ctx, self.tasks, self.choices, line.objective, parent=self)
        self._opened(dialog)
        return dialog

    def delete_objective(self) -> None:
        line = self.current_line()
        if line is None or not line.objective.can_edit:
            return
        o = line.objective
        answer = QMessageBox.question(self, tr("Delete objective"),
                                      tr("Delete “{0}” with its key results and their check-ins?").format(o.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.write(lambda: self.ctx.goals.delete_objective(o.id, expected_version=o.version), None,
                         lambda exc: show_error(self, exc), entity=ENTITY)

    def check_in(self):
        line = self.current_line()
        if line is None or line.key_result is None or not line.key_result.can_check_in:
            return None
        dialog = CheckInDialog(self.ctx, self.tasks, line.key_result, self.model.currency, parent=self)
        self._opened(dialog)
        return dialog

    def open_plans(self):
        dialog = PlansDialog(self.ctx, self.tasks, year=self.period()[0].year, parent=self)
        self._opened(dialog)
        return dialog

    def open_review(self):
        start, end = self.period()
        dialog = ReviewDialog(self.ctx, self.tasks, start, end, currency=self.model.currency, today=self.today,
                              parent=self)
        self._opened(dialog)
        return dialog
