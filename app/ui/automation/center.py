"""The desktop's part in automation: it runs the rules after this desktop's saves and on a timer (time-based
triggers via `tick`), and shows the user the notices rules sent them (a status-bar button and a list)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.automation import NoticeRow, ProcessResult
from app.services.context import ServiceContext
from app.ui.automation.params import tr
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.text import format_time

TICK_MS = 60_000
AFTER_SAVE_MS = 300
# Entities whose `changed` signal is the automation's own: processing after them would only find nothing.
OWN = frozenset({"automation", "automation_event", "automation_notice"})


class AutomationCenter(QObject):
    unread_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent_window: QWidget):
        super().__init__(parent_window)
        self.ctx, self.tasks, self.window = ctx, tasks, parent_window
        self.unread = 0
        self._running = False
        self._again = False
        self.button = QToolButton(parent_window, objectName="notices_button", autoRaise=True)
        self.button.setToolTip(tr("Messages from automation rules"))
        self.button.clicked.connect(self.show_notices)
        self._set_unread(0)
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.after_save = QTimer(self, singleShot=True, interval=AFTER_SAVE_MS)
        self.after_save.timeout.connect(self.process)
        tasks.changed.connect(self._saved)

    def start(self) -> None:
        self.ticker.start()
        QTimer.singleShot(0, self.tick)

    def stop(self) -> None:
        self.ticker.stop()
        self.after_save.stop()

    def _saved(self, entity: str, _ids: object) -> None:
        if entity not in OWN:
            self.after_save.start()

    def tick(self) -> None:
        """Queue the time-based rules that are due, then run the queue."""
        self.tasks.write(self.ctx.automation.tick, lambda _r: self.process(), self._quiet_failure,
                         name="automation tick")

    def process(self) -> None:
        """Run the pending rules on the writer (one run at a time; a save meanwhile asks for another)."""
        if self._running:
            self._again = True
            return
        self._running = True
        self.tasks.write(self.ctx.automation.process_pending, self._processed, self._quiet_failure,
                         name="automation rules")

    def _processed(self, result: ProcessResult) -> None:
        self._running = False
        if result.ok:
            self.tasks.notify_changed("automation")   # rules made tasks, documents…: open screens refresh
        if self._again:
            self._again = False
            self.process()
        self.refresh_unread()

    def _quiet_failure(self, exc: BaseException) -> None:
        # The queue is durable: what was not processed now is processed at the next tick or save.
        self._running = False
        self.window.statusBar().showMessage(tr("Automation rules could not run: {0}").format(exc), 20_000)

    def refresh_unread(self) -> None:
        self.tasks.read(self.ctx.automation.unread_count, self._set_unread, self._quiet_failure)

    def _set_unread(self, count: int) -> None:
        self.unread = count
        self.button.setText(tr("Messages: {0}").format(count) if count else tr("Messages"))
        self.button.setStyleSheet("font-weight: bold;" if count else "")
        self.unread_changed.emit(count)

    def show_notices(self) -> None:
        dialog = NoticesDialog(self.ctx, self.tasks, self.window)
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        self.refresh_unread()
        if chosen is not None and hasattr(self.window, "open_record"):
            self.window.open_record(*chosen)


class NoticesDialog(QDialog):
    """The user's messages from rules, newest first; unread ones in bold."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("notices_dialog")
        self.setWindowTitle(tr("Messages from automation rules"))
        self.resize(560, 420)
        self.ctx, self.tasks = ctx, tasks
        self.rows: list[NoticeRow] = []
        # (entity, id) of the record whose message was double-clicked: the window opens it afterwards.
        self.chosen: tuple[str, int] | None = None
        self.list = QListWidget(objectName="notices_list")
        self.list.setToolTip(tr("Double-click a message to open its record"))
        self.list.itemActivated.connect(self._activated)
        self.empty = QLabel(tr("No messages."), objectName="notices_empty")
        self.read_button = QPushButton(tr("Mark all read"), objectName="mark_read_button")
        self.read_button.clicked.connect(self.mark_all_read)
        close = QPushButton(tr("Close"), objectName="close_button")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.read_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.tasks.read(self.ctx.automation.my_notices, self._show, lambda exc: show_error(self, exc))

    def _show(self, rows: list[NoticeRow]) -> None:
        self.rows = rows
        self.list.clear()
        for n in rows:
            item = QListWidgetItem(f"{format_time(n.at)}  {n.text}")
            font = item.font()
            font.setBold(not n.read)
            item.setFont(font)
            self.list.addItem(item)
        self.empty.setVisible(not rows)
        self.read_button.setEnabled(any(not n.read for n in rows))

    def _activated(self, item: QListWidgetItem) -> None:
        notice = self.rows[self.list.row(item)]
        if notice.record_id is None or not notice.entity:
            return
        self.chosen = (notice.entity, notice.record_id)
        self.tasks.write(lambda: self.ctx.automation.mark_read([notice.id]), lambda _n: self.accept(),
                         lambda exc: show_error(self, exc), entity="automation_notice")

    def mark_all_read(self) -> None:
        self.tasks.write(self.ctx.automation.mark_read, lambda _n: self.reload(), lambda exc: show_error(self, exc),
                         entity="automation_notice")
