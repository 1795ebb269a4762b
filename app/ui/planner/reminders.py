"""Reminders while the application runs: a non-modal window listing due tasks, and a tray message.

`ReminderCenter.start()` asks once at once (so reminders missed while the application was closed show at
start) and then every 30 seconds. Everything it reads or writes goes through the TaskRunner.

Both the window and the tray icon's menu offer Snooze (5, 10, 30 minutes or an hour) and Open. A snooze is
stored in the task's `remind_at`, so it survives a restart: the reminder comes back at the snoozed time,
not at the next start. Clicking the tray message opens the task when it announced one, else the window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.planner import TaskRow
from app.ui.errors import show_error
from app.ui.planner.common import kind_label, to_local, utcnow
from app.ui.tasks import TaskRunner
from app.ui.text import day_month, isolate
from app.ui.widgets import ERROR_COLOR

log = logging.getLogger(__name__)
POLL_MS = 30_000
SNOOZE_CHOICES = (5, 10, 30, 60)
TRAY_OPEN_LIMIT = 5      # tasks the tray menu offers to open one by one
RowRole = Qt.ItemDataRole.UserRole + 1


class ReminderModel(QAbstractListModel):
    """Due reminders: "14:30 · Call · Call Aria about the carpets — شرکت آریا"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TaskRow] = []
        self.now: datetime = utcnow()

    def set_rows(self, rows: list[TaskRow], now: datetime) -> None:
        self.beginResetModel()
        self.rows, self.now = list(rows), now
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            local = to_local(row.due_at)
            when = f"{day_month(local.date())} {local:%H:%M}" if local.date() != to_local(self.now).date() \
                else local.strftime("%H:%M")
            text = f"{when} · {kind_label(row.kind)} · {isolate(row.subject)}"
            return f"{text} — {isolate(row.client_name)}" if row.client_name else text
        if role == Qt.ItemDataRole.ForegroundRole and row.due_at < self.now:
            return QColor(ERROR_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(isolate(p) for p in (row.subject, row.client_name, row.deal_title, row.form.description)
                             if p)
        if role == RowRole:
            return row
        return None


class ReminderWindow(QWidget):
    """A small always-on-top window: the due reminders with Snooze, Open and Dismiss."""

    snooze = Signal(int, int)    # task id, minutes
    open_task = Signal(int)
    dismiss = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("reminder_window")
        self.setWindowTitle(self.tr("Reminders"))
        self.resize(460, 260)
        self.title = QLabel(self, objectName="reminder_title")
        self.model = ReminderModel(self)
        self.view = QListView(self, objectName="reminder_list")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.doubleClicked.connect(lambda _i: self._emit(self.open_task.emit))
        self.snooze_combo = QComboBox(self, objectName="snooze_combo")
        for minutes in SNOOZE_CHOICES:
            self.snooze_combo.addItem(self.tr("{0} min").format(minutes) if minutes < 60 else self.tr("1 hour"),
                                      minutes)
        self.snooze_button = QPushButton(self.tr("Snooze"), self, objectName="snooze_button")
        self.snooze_button.clicked.connect(
            lambda: self._emit(lambda task_id: self.snooze.emit(task_id, self.snooze_combo.currentData())))
        self.open_button = QPushButton(self.tr("Open"), self, objectName="reminder_open_button")
        self.open_button.clicked.connect(lambda: self._emit(self.open_task.emit))
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self, objectName="dismiss_button")
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismiss.emit))
        buttons = QHBoxLayout()
        buttons.addWidget(self.snooze_combo)
        buttons.addWidget(self.snooze_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_rows(self, rows: list[TaskRow], now: datetime) -> None:
        chosen = self.selected()
        self.model.set_rows(rows, now)
        self.title.setText(self.tr("Due now or missed: {0}").format(len(rows)))
        ids = [r.id for r in rows]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
        if rows:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def selected(self) -> TaskRow | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _emit(self, action: Callable[[int], object]) -> None:
        row = self.selected()
        if row is not None:
            action(row.id)


class ReminderCenter(QObject):
    """Polls the user's due reminders and shows them; `open_task(id)` asks the window to open one."""

    open_task = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, user_id: int, parent_window: QWidget | None):
        super().__init__(parent_window)
        self.ctx, self.tasks, self.user_id = ctx, tasks, user_id
        self.clock: Callable[[], datetime] = utcnow     # tests set the time
        self.window = ReminderWindow(parent_window)
        self.window.snooze.connect(self.snooze)
        self.window.dismiss.connect(self.dismiss)
        self.window.open_task.connect(self.open_task)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.tray: QSystemTrayIcon | None = None
        self._announced: set[tuple[int, datetime | None]] = set()
        self._last_fresh: list[TaskRow] = []
        self.rows: list[TaskRow] = []
        # The tray icon's context menu; built whether or not a tray exists, so it is the same everywhere.
        self.tray_menu = QMenu(parent_window)
        self.tray_menu.setObjectName("reminder_tray_menu")
        self._fill_tray_menu()

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and self.tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("Karavan reminders"))
            self.tray.setContextMenu(self.tray_menu)
            self.tray.messageClicked.connect(self.message_clicked)
            self.tray.activated.connect(self._tray_activated)
            self.tray.show()
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.window.hide()
        if self.tray is not None:
            self.tray.hide()

    def pause(self) -> None:
        """While Karavan is locked: nothing pops over the lock screen and the tray offers nothing to open."""
        self.timer.stop()
        self.window.hide()
        if self.tray is not None:
            self.tray.hide()

    def resume(self) -> None:
        """After unlocking: the tray is back and every reminder still due is shown again."""
        if self.tray is not None:
            self.tray.show()
        self._announced = set()
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        now, user_id = self.clock(), self.user_id
        self.tasks.read(lambda: self.ctx.planner.due_reminders(user_id=user_id, now=now),
                        lambda rows: self._show(rows, now), self._poll_failed)

    def _show(self, rows: list[TaskRow], now: datetime) -> None:
        self.rows = rows
        self._fill_tray_menu()
        if not rows:
            self.window.hide()
            return
        self.window.show_rows(rows, now)
        fresh = [r for r in rows if (r.id, r.remind_at) not in self._announced]
        self._announced = {(r.id, r.remind_at) for r in rows}
        if fresh:
            self._last_fresh = fresh
            self.window.show()
            self.window.raise_()
            if self.tray is not None:
                title = self.tr("Reminder") if len(fresh) == 1 else self.tr("Reminders: {0}").format(len(fresh))
                self.tray.showMessage(title, "\n".join(r.subject for r in fresh[:5]),
                                      QSystemTrayIcon.MessageIcon.Information, 10_000)

    # -- the tray ----------------------------------------------------------------------------------
    def _fill_tray_menu(self) -> None:
        """Open one of the due tasks, snooze them all, or show the window."""
        menu = self.tray_menu
        menu.clear()
        if not self.rows:
            menu.addAction(self.tr("No reminders due")).setEnabled(False)
            return
        for row in self.rows[:TRAY_OPEN_LIMIT]:
            subject = row.subject if len(row.subject) <= 50 else row.subject[:48] + "…"
            action = menu.addAction(self.tr("Open: {0}").format(isolate(subject)))
            action.setObjectName(f"tray_open_{row.id}")
            action.triggered.connect(lambda _c=False, task_id=row.id: self.open_task.emit(task_id))
        menu.addSeparator()
        snooze = menu.addMenu(self.tr("Snooze all"))
        snooze.setObjectName("tray_snooze_menu")
        for minutes in SNOOZE_CHOICES:
            action = snooze.addAction(self.window.snooze_combo.itemText(SNOOZE_CHOICES.index(minutes)))
            action.setObjectName(f"tray_snooze_{minutes}")
            action.triggered.connect(lambda _c=False, m=minutes: self.snooze_all(m))
        menu.addSeparator()
        menu.addAction(self.tr("Show reminders"), self._raise_window).setObjectName("tray_show_window")

    def tray_action(self, name: str):
        """The tray menu's action called `name` (tray_open_<id>, tray_snooze_<minutes>, tray_show_window)."""
        for action in (*self.tray_menu.actions(),
                       *(a for m in self.tray_menu.findChildren(QMenu) for a in m.actions())):
            if action.objectName() == name:
                return action
        return None

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason != QSystemTrayIcon.ActivationReason.Context:
            self._raise_window()

    def message_clicked(self) -> None:
        """The tray message was clicked: open its task when it announced one, else show the window."""
        due = {r.id for r in self.rows}
        fresh = [r for r in self._last_fresh if r.id in due]
        if len(fresh) == 1:
            self.open_task.emit(fresh[0].id)
        else:
            self._raise_window()

    def snooze_all(self, minutes: int) -> None:
        """Snooze every reminder now due by `minutes`."""
        until = self.clock() + timedelta(minutes=minutes)
        ids = [r.id for r in self.rows]
        if not ids:
            return
        self.tasks.write(lambda: self.ctx.planner.snooze_reminders(ids, until=until), lambda _r: self.poll(),
                         self._failed, entity="task", ids=lambda rows: [r.id for r in rows])

    def _raise_window(self) -> None:
        if self.rows:
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()

    def snooze(self, task_id: int, minutes: int) -> None:
        until = self.clock() + timedelta(minutes=minutes)
        self.tasks.write(lambda: self.ctx.planner.snooze_reminder(task_id, until=until), lambda _r: self.poll(),
                         self._failed, entity="task", ids=lambda row: [row.id])

    def dismiss(self, task_id: int) -> None:
        self.tasks.write(lambda: self.ctx.planner.dismiss_reminder(task_id), lambda _r: self.poll(),
                         self._failed, entity="task", ids=lambda row: [row.id])

    def _poll_failed(self, exc: BaseException) -> None:
        # Not a dialog every 30 seconds while the database is unreachable: the next poll tries again.
        log.warning("reminders could not be read: %r", exc)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.window if self.window.isVisible() else None, exc)
        self.poll()
