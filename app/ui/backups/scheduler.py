"""The scheduled backup: checked a few seconds after the window opens and then every hour, made on a worker
thread when due (the GUI never waits for it), and reported in the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.services.context import ServiceContext
from app.ui.errors import message_for
from app.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 5_000          # let the window and its first screen load first
CHECK_EVERY_MS = 60 * 60 * 1000


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text, disambiguation, n)


class BackupScheduler(QObject):
    """`message(text)` says what the scheduled backup did (nothing is said when none was due)."""

    message = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QObject | None = None, *,
                 first_ms: int = FIRST_CHECK_MS, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.task: Task | None = None
        self._running = False
        self.first = QTimer(self, singleShot=True, interval=first_ms)
        self.first.timeout.connect(self.run_now)
        self.every = QTimer(self, interval=every_ms)
        self.every.timeout.connect(self.run_now)

    def start(self) -> None:
        self.first.start()
        self.every.start()

    def stop(self) -> None:
        """At quit: stop the timers and tell a running backup to stop (it leaves no half file)."""
        self.first.stop()
        self.every.stop()
        if self.task is not None:
            self.task.cancel()

    def run_now(self) -> None:
        if self.task is not None:
            return  # the previous one is still running
        backup = self.ctx.backup
        self._running = True
        task = self.tasks.long(lambda progress: backup.run_scheduled_backup(progress=progress.report),
                               self._done, self._failed, name="scheduled backup")
        if self._running:  # an inline runner (tests) has finished it already
            self.task = task

    def _done(self, outcome) -> None:
        self.task, self._running = None, False
        if outcome.result is not None:
            text = tr("Scheduled backup made: {name}").format(name=outcome.result.path.name)
            if outcome.deleted:
                text += " " + tr("(%n old backup(s) removed by rotation)", "", len(outcome.deleted))
            self.message.emit(text)
        elif outcome.skipped == "no password":
            self.message.emit(tr("Scheduled backup not made: encrypted backups need the password kept on this "
                                 "computer (Settings → Backups…)."))

    def _failed(self, exc: BaseException) -> None:
        self.task, self._running = None, False
        log.error("scheduled backup failed: %r", exc, exc_info=exc)
        self.message.emit(tr("Scheduled backup failed: {reason}").format(reason=message_for(exc) or str(exc)))
