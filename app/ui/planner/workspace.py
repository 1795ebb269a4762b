"""The Tasks workspace: "My day" (overdue, today, done today) and a calendar for me and my colleagues."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.planner import MyDay, TaskRow
from app.ui import calendars
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.planner.calendar_view import DAY, MONTH, WEEK, CalendarView
from app.ui.planner.common import day_bounds_utc, local_today, person_color
from app.ui.planner.my_day import MyDayModel, RowRole
from app.ui.planner.status_actions import CancelTaskDialog, can_cancel, can_complete, can_reopen
from app.ui.planner.task_dialog import CompleteTaskDialog, TaskDialog
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import locale_date, long_date


class PlannerWorkspace(QWidget):
    open_client = Signal(int)
    open_deal = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planner_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.task_dialog_factory = TaskDialog
        self.complete_dialog_factory = CompleteTaskDialog
        self.cancel_dialog_factory = CancelTaskDialog
        self.day = local_today()
        self.my_day_user_id = ctx.user_id     # whose day "My day" shows (a director may pick a colleague)
        self.calendar_tasks: list[TaskRow] = []
        self._calendar_generation = 0          # only the latest calendar read may fill the calendar

        self.toolbar = QToolBar(self, objectName="planner_toolbar")
        self.new_action = self.toolbar.addAction(self.tr("New task"), self.new_task)
        self.new_action.setObjectName("new_task_action")
        apply_rights({Action.CREATE: [self.new_action]}, rights_of(ctx), Area.TASKS)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("refresh_action")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.export_action = self.toolbar.addAction(self.tr("Export to Excel…"), self.export_to_excel)
        self.export_action.setObjectName("export_tasks_action")
        self.export_action.setToolTip(self.tr("The tasks the tab shows (My day, or the calendar's period for the "
                                              "people checked) to an Excel workbook"))
        self.excel_export: ExcelExport | None = None
        self.tabs = QTabWidget(self, objectName="planner_tabs")
        self.tabs.addTab(self._build_my_day(), self.tr("My day"))
        self.tabs.addTab(self._build_calendar(), self.tr("Calendar"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_people)

    # -- My day --------------------------------------------------------------------------------
    def _build_my_day(self) -> QWidget:
        page = QWidget(self, objectName="my_day_page")
        self.day_label = QLabel(page, objectName="my_day_label")
        font = self.day_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.day_label.setFont(font)
        self.person_combo = QComboBox(page, objectName="my_day_person_combo")
        self.person_combo.setMinimumWidth(220)
        self.person_combo.setToolTip(self.tr("Whose day to show: yours or a colleague's"))
        self.person_combo.currentIndexChanged.connect(lambda _i: self._person_chosen())
        show_label = QLabel(self.tr("Show:"), page)
        show_label.setBuddy(self.person_combo)
        self.my_day_model = MyDayModel(self)
        self.my_day_view = QTreeView(page, objectName="my_day_view")
        self.my_day_view.setModel(self.my_day_model)
        self.my_day_view.setRootIsDecorated(False)
        self.my_day_view.setUniformRowHeights(True)
        self.my_day_view.setAlternatingRowColors(True)
        self.my_day_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.my_day_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.my_day_view.doubleClicked.connect(lambda index: self.open_task(index.data(RowRole)))
        self.my_day_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.my_day_view.customContextMenuRequested.connect(self._my_day_menu_requested)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(QKeySequence(key), self.my_day_view, context=Qt.ShortcutContext.WidgetShortcut
                      ).activated.connect(lambda: self.open_task(self.selected_task()))
        self.empty_label = QLabel(self.tr("Nothing due today and nothing overdue."), page,
                                  objectName="my_day_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        self.complete_button = QPushButton(self.tr("Complete…"), page, objectName="complete_button")
        self.complete_button.setShortcut(QKeySequence("Ctrl+D"))
        self.complete_button.clicked.connect(lambda: self.complete(self.selected_task()))
        self.cancel_task_button = QPushButton(self.tr("Cancel task…"), page, objectName="cancel_task_button")
        self.cancel_task_button.clicked.connect(lambda: self.cancel_task(self.selected_task()))
        self.reopen_button = QPushButton(self.tr("Reopen"), page, objectName="reopen_button")
        self.reopen_button.clicked.connect(lambda: self.reopen(self.selected_task()))
        self.open_button = QPushButton(self.tr("Open"), page, objectName="open_task_button")
        self.open_button.clicked.connect(lambda: self.open_task(self.selected_task()))
        self.client_button = QPushButton(self.tr("Client card"), page, objectName="open_client_button")
        self.client_button.clicked.connect(self._open_client_of_selected)
        self.deal_button = QPushButton(self.tr("Deal"), page, objectName="open_deal_button")
        self.deal_button.clicked.connect(self._open_deal_of_selected)
        buttons = QHBoxLayout()
        for button in (self.complete_button, self.cancel_task_button, self.reopen_button, self.open_button,
                       self.client_button, self.deal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        title = QHBoxLayout()
        title.addWidget(self.day_label, 1)
        title.addWidget(show_label)
        title.addWidget(self.person_combo)
        layout = QVBoxLayout(page)
        layout.addLayout(title)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.my_day_view, 1)
        self.my_day_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()
        return page

    def selected_task(self) -> TaskRow | None:
        index = self.my_day_view.currentIndex()
        return self.my_day_model.task_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.selected_task()
        self.complete_button.setEnabled(can_complete(row))
        self.cancel_task_button.setEnabled(can_cancel(row))
        self.reopen_button.setEnabled(can_reopen(row))
        self.open_button.setEnabled(row is not None)
        self.client_button.setEnabled(row is not None and row.form.client_id is not None)
        self.deal_button.setEnabled(row is not None and row.form.deal_id is not None)

    def _open_client_of_selected(self) -> None:
        row = self.selected_task()
        if row is not None and row.form.client_id is not None:
            self.open_client.emit(row.form.client_id)

    def _open_deal_of_selected(self) -> None:
        row = self.selected_task()
        if row is not None and row.form.deal_id is not None:
            self.open_deal.emit(row.form.deal_id)

    def task_menu(self, row: TaskRow) -> QMenu:
        """The context menu of a task in My day: the moves its status allows, then where it points."""
        menu = QMenu(self)
        menu.setObjectName("task_menu")
        for name, text, slot, enabled in (
                ("open_action", self.tr("Open"), self.open_task, True),
                ("complete_action", self.tr("Complete…"), self.complete, can_complete(row)),
                ("cancel_task_action", self.tr("Cancel task…"), self.cancel_task, can_cancel(row)),
                ("reopen_action", self.tr("Reopen"), self.reopen, can_reopen(row))):
            action = menu.addAction(text, lambda f=slot: f(row))
            action.setObjectName(name)
            action.setEnabled(enabled)
        menu.addSeparator()
        client = menu.addAction(self.tr("Client card"), lambda: self.open_client.emit(row.form.client_id))
        client.setObjectName("open_client_action")
        client.setEnabled(row.form.client_id is not None)
        deal = menu.addAction(self.tr("Deal"), lambda: self.open_deal.emit(row.form.deal_id))
        deal.setObjectName("open_deal_action")
        deal.setEnabled(row.form.deal_id is not None)
        return menu

    def _my_day_menu_requested(self, pos: QPoint) -> None:
        index = self.my_day_view.indexAt(pos)
        row = self.my_day_model.task_at(index.row()) if index.isValid() else None
        if row is None:
            return
        self.my_day_view.setCurrentIndex(self.my_day_model.index(index.row(), 0))
        menu = self.task_menu(row)
        menu.exec(self.my_day_view.viewport().mapToGlobal(pos))
        menu.deleteLater()   # a new menu is built on each right click

    def _fill_person_combo(self, users: list[tuple[int, str]]) -> None:
        """Me first, then the colleagues; the current choice is kept while that person is still active."""
        chosen = self.my_day_user_id if any(u[0] == self.my_day_user_id for u in users) else self.ctx.user_id
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        for ident, name in users:
            if ident == self.ctx.user_id:
                self.person_combo.insertItem(0, self.tr("{0} (me)").format(name), ident)
            else:
                self.person_combo.addItem(name, ident)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(chosen)))
        self.person_combo.blockSignals(False)
        self.my_day_user_id = chosen

    def show_day_of(self, user_id: int) -> None:
        """Show this person's day in My day (as if picked in "Show:")."""
        index = self.person_combo.findData(user_id)
        if index >= 0:
            self.person_combo.setCurrentIndex(index)

    def _person_chosen(self) -> None:
        ident = self.person_combo.currentData()
        if ident is not None and ident != self.my_day_user_id:
            self.my_day_user_id = ident
            self.refresh_my_day()

    def refresh_my_day(self) -> None:
        self.day = local_today()
        start, end = day_bounds_utc(self.day)
        user_id = self.my_day_user_id
        if user_id is None:
            return
        self.tasks.read(lambda: self.ctx.planner.my_day(user_id=user_id, day_start_utc=start, day_end_utc=end),
                        lambda day: self._show_my_day(user_id, day), lambda exc: show_error(self, exc))

    def _show_my_day(self, user_id: int, day: MyDay) -> None:
        if user_id != self.my_day_user_id:
            return   # another person was chosen meanwhile; their day is on its way
        chosen = self.selected_task()
        self.my_day_model.set_day(day)
        text = long_date(self.day)
        if user_id != self.ctx.user_id:
            text = f"{self.person_combo.currentText()} · {text}"
        self.day_label.setText(text)
        for row in range(self.my_day_model.rowCount()):
            self.my_day_view.setFirstColumnSpanned(row, QModelIndex(), self.my_day_model.is_header(row))
            if chosen is not None and (task := self.my_day_model.task_at(row)) and task.id == chosen.id:
                self.my_day_view.setCurrentIndex(self.my_day_model.index(row, 0))
        self.empty_label.setText(self.tr("Nothing due today and nothing overdue.") if user_id == self.ctx.user_id
                                 else self.tr("{0} has nothing due today and nothing overdue.").format(
                                     self.person_combo.currentText()))
        self.empty_label.setVisible(self.my_day_model.rowCount() == 0)
        header = self.my_day_view.header()
        header.resizeSection(0, 120)
        header.resizeSection(1, 340)
        header.resizeSection(2, 90)
        header.resizeSection(3, 260)
        self._update_buttons()

    # -- calendar ------------------------------------------------------------------------------
    def _build_calendar(self) -> QWidget:
        page = QWidget(self, objectName="calendar_page")
        self.mode_group = QButtonGroup(self)
        bar = QHBoxLayout()
        for mode, text in ((DAY, self.tr("Day")), (WEEK, self.tr("Week")), (MONTH, self.tr("Month"))):
            button = QPushButton(text, page, objectName=f"{mode}_mode_button")
            button.setCheckable(True)
            button.setChecked(mode == WEEK)
            self.mode_group.addButton(button)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            bar.addWidget(button)
        bar.addSpacing(16)
        # The arrows point the way the days run: "previous" points right in a right-to-left layout.
        back, forward = ("▶", "◀") if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft else ("◀", "▶")
        self.prev_button = QPushButton(back, page, objectName="prev_button")
        self.today_button = QPushButton(self.tr("Today"), page, objectName="today_button")
        self.next_button = QPushButton(forward, page, objectName="next_button")
        self.prev_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(+1))
        self.today_button.clicked.connect(lambda: self.go_to(local_today()))
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        self.period_label = QLabel(page, objectName="period_label")
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        bar.addSpacing(12)
        bar.addWidget(self.period_label, 1)

        self.people_model = QStandardItemModel(self)
        self.people_view = QListView(page, objectName="colleagues_list")
        self.people_view.setModel(self.people_model)
        self.people_view.setFixedWidth(190)
        self.people_model.itemChanged.connect(lambda _item: self.refresh_calendar())
        self.calendar = CalendarView(page)
        self.calendar.set_anchor(local_today())
        self.calendar.open_task.connect(lambda task_id: self._open_task_id(task_id))
        self.calendar.reschedule_requested.connect(self.reschedule)
        people = QVBoxLayout()
        people.addWidget(QLabel(self.tr("People"), page))
        people.addWidget(self.people_view, 1)
        body = QHBoxLayout()
        body.addLayout(people)
        body.addWidget(self.calendar, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        return page

    def reload_people(self) -> None:
        """Fill the colleagues picker (me checked by default; choices kept), then everything."""
        self.tasks.read(lambda: [(u.id, u.full_name) for u in self.ctx.users.list_users()], self._fill_people,
                        lambda exc: show_error(self, exc))

    def _fill_people(self, users: list[tuple[int, str]]) -> None:
        self._fill_person_combo(users)
        checked = set(self.checked_people()) or {self.ctx.user_id}
        self.people_model.blockSignals(True)
        self.people_model.clear()
        mine = [u for u in users if u[0] == self.ctx.user_id]
        for index, (ident, name) in enumerate(mine + [u for u in users if u[0] != self.ctx.user_id]):
            item = QStandardItem(self.tr("{0} (me)").format(name) if ident == self.ctx.user_id else name)
            item.setData(ident, Qt.ItemDataRole.UserRole)
            item.setData(person_color(index), Qt.ItemDataRole.DecorationRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
            self.people_model.appendRow(item)
        self.people_model.blockSignals(False)
        self.people_view.viewport().update()
        self.refresh()

    def checked_people(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in
                (self.people_model.item(r) for r in range(self.people_model.rowCount()))
                if item.checkState() == Qt.CheckState.Checked]

    def set_people(self, ids: list[int]) -> None:
        """Check exactly these people (group planning)."""
        self.people_model.blockSignals(True)
        for r in range(self.people_model.rowCount()):
            item = self.people_model.item(r)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                               else Qt.CheckState.Unchecked)
        self.people_model.blockSignals(False)
        self.refresh_calendar()

    def set_mode(self, mode: str) -> None:
        for button in self.mode_group.buttons():
            button.setChecked(button.objectName() == f"{mode}_mode_button")
        self.calendar.set_mode(mode)
        self.refresh_calendar()

    def step(self, direction: int) -> None:
        anchor = self.calendar.anchor
        if self.calendar.mode == DAY:
            anchor += timedelta(days=direction)
        elif self.calendar.mode == WEEK:
            anchor += timedelta(days=7 * direction)
        else:
            anchor = calendars.add_months(anchor, direction)   # the 1st of the next (Jalali) month
        self.go_to(anchor)

    def go_to(self, day: date) -> None:
        self.calendar.set_anchor(day)
        self.refresh_calendar()

    def _period_text(self) -> str:
        locale = QLocale()
        first, after = self.calendar.period()
        if self.calendar.mode == DAY:
            return long_date(first)
        if self.calendar.mode == MONTH:
            return calendars.month_title(self.calendar.anchor, locale)
        last = after - timedelta(days=1)
        return f"{locale_date(first)} – {locale_date(last)}"

    def refresh_calendar(self) -> None:
        self.period_label.setText(self._period_text())
        self._calendar_generation += 1
        generation, people = self._calendar_generation, self.checked_people()
        first, after = self.calendar.period()
        start, end = day_bounds_utc(first, (after - first).days)
        self.tasks.read(lambda: self.ctx.planner.tasks_between(start=start, end=end, assignee_ids=people),
                        lambda rows: self._show_calendar(generation, people, rows), lambda exc: show_error(self, exc))

    def _show_calendar(self, generation: int, people: list[int], rows: list[TaskRow]) -> None:
        if generation != self._calendar_generation:
            return  # the people, period or view changed meanwhile; a newer read is on its way
        self.calendar_tasks = rows
        names, colors = [], {}
        for r in range(self.people_model.rowCount()):
            item = self.people_model.item(r)
            ident = item.data(Qt.ItemDataRole.UserRole)
            colors[ident] = item.data(Qt.ItemDataRole.DecorationRole)
            if ident in people:
                names.append((ident, item.text()))
        self.calendar.set_data(rows, names, colors)

    def reschedule(self, task_id: int, version: int, due_at, assignee_id) -> None:
        """A block was dropped: ask the service; on a conflict say so and show the task where it is now."""
        self.tasks.write(lambda: self.ctx.planner.reschedule_task(task_id, due_at=due_at, expected_version=version,
                                                                  assignee_id=assignee_id),
                         None, self._write_failed, entity="task", ids=lambda row: [row.id])

    def _write_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()   # show the task where it is now

    # -- common --------------------------------------------------------------------------------
    def export_to_excel(self) -> None:
        """My day (the person shown, today) or the calendar's period for the people checked, to an .xlsx file."""
        exports = self.ctx.exports
        if self.tabs.currentIndex() == 0:
            user_id = self.my_day_user_id
            if user_id is None:
                return
            start, end = day_bounds_utc(local_today())
            job = lambda path, progress: exports.export_my_day(  # noqa: E731
                path, user_id=user_id, day_start_utc=start, day_end_utc=end, progress=progress)
            suggested = f"my-day-{local_today().isoformat()}.xlsx"
        else:
            first, after = self.calendar.period()
            start, end = day_bounds_utc(first, (after - first).days)
            people = self.checked_people()
            job = lambda path, progress: exports.export_calendar_tasks(  # noqa: E731
                path, start=start, end=end, assignee_ids=people, progress=progress)
            suggested = f"tasks-{first.isoformat()}.xlsx"
        self.excel_export = ExcelExport(self, self.tasks, job, what=self.tr("tasks"), suggested=suggested)
        self.excel_export.start()

    def refresh(self) -> None:
        self.refresh_my_day()
        self.refresh_calendar()

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in ("task", "client", "deal"):
            self.refresh()
        elif entity == "user":
            self.reload_people()

    @staticmethod
    def _run(dialog):
        """Show a modal dialog and free it afterwards (this workspace lives as long as the window)."""
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def new_task(self) -> None:
        self._run(self.task_dialog_factory(self.ctx, self.tasks, parent=self))

    def open_task(self, row: TaskRow | None) -> None:
        if row is not None:
            self._open_task_id(row.id)

    def _open_task_id(self, task_id: int) -> None:
        self._run(self.task_dialog_factory(self.ctx, self.tasks, task_id=task_id, parent=self))

    def complete(self, row: TaskRow | None) -> None:
        """Complete the task with a result (and a follow-up) in one dialog."""
        if not can_complete(row):
            return
        # The write announces changed("task"), which refreshes both tabs.
        self._run(self.complete_dialog_factory(self.ctx, self.tasks, row, parent=self))

    def cancel_task(self, row: TaskRow | None) -> None:
        """Ask, then cancel the task; a stale row shows the conflict and the list shows the task as it is now."""
        if not can_cancel(row):
            return
        dialog = self._run(self.cancel_dialog_factory(self.ctx, self.tasks, row, parent=self))
        if dialog.conflict is not None:
            self.refresh()

    def reopen(self, row: TaskRow | None) -> None:
        """Open a done or cancelled task again (it goes back to Today or Overdue)."""
        if not can_reopen(row):
            return
        assert row is not None
        task_id, version = row.id, row.version
        self.tasks.write(lambda: self.ctx.planner.reopen_task(task_id, expected_version=version),
                         None, self._write_failed, entity="task", ids=lambda r: [r.id])
