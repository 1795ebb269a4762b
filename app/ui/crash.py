"""Unhandled exceptions: a report in the log folder, a friendly dialog, and the app goes on when it can.

Installed by the composition root (app/ui/application.py) as sys.excepthook and threading.excepthook.
PySide6 hands an exception escaping a slot or an event handler to sys.excepthook and carries on, so
after the dialog the user keeps working; a worker thread's exception is shown on the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from app import crash
from app.config import AppPaths
from app.ui import errors

log = logging.getLogger(__name__)

# More crashes than this within STORM_SECONDS: something fails over and over (a paint handler, a timer),
# so going on is not safe and the dialog offers only to close Karavan.
STORM_CRASHES = 5
STORM_SECONDS = 60.0
NOT_SAFE_TO_CONTINUE = (MemoryError, RecursionError)


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QApplication.translate("", text)


class CrashHandler(QObject):
    """Writes a crash report for every unhandled exception and shows one dialog at a time."""

    _crashed = Signal(object, object)  # (exception, report path or None): queued to the GUI thread

    def __init__(self, paths: AppPaths, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths
        self.reports: list[Path] = []
        self._recent: list[float] = []
        self._showing = False
        self._previous: tuple | None = None
        self._crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- hooks ---------------------------------------------------------------------------------
    def install(self) -> CrashHandler:
        self._previous = (sys.excepthook, threading.excepthook, errors.report_writer)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        errors.report_writer = self.write_report
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook, errors.report_writer = self._previous
            self._previous = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self._handle(exc_type, exc, tb, threading.current_thread().name)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        name = args.thread.name if args.thread is not None else "unknown thread"
        self._handle(args.exc_type, args.exc_value, args.exc_traceback, name)

    def _handle(self, exc_type, exc, tb, thread: str) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unhandled exception in %s", thread, exc_info=(exc_type, exc, tb))
        report = crash.write_report(self.paths.crash_dir, exc_type, exc, tb, thread=thread,
                                    log_file=self.paths.log_file)
        if report is not None:
            self.reports.append(report)
        if QApplication.instance() is None:  # no GUI yet (or any more): the log and the report must do
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._crashed.emit(exc, report)

    def write_report(self, exc: BaseException) -> Path | None:
        """A report for an error caught and shown elsewhere (errors.show_error)."""
        report = crash.write_report(self.paths.crash_dir, type(exc), exc, exc.__traceback__,
                                    thread=threading.current_thread().name, log_file=self.paths.log_file)
        if report is not None:
            self.reports.append(report)
        return report

    # -- the dialog ----------------------------------------------------------------------------
    def safe_to_continue(self, exc: BaseException) -> bool:
        now = time.monotonic()
        self._recent = [t for t in self._recent if now - t < STORM_SECONDS] + [now]
        return not isinstance(exc, NOT_SAFE_TO_CONTINUE) and len(self._recent) < STORM_CRASHES

    def _show(self, exc: BaseException, report: Path | None) -> None:
        safe = self.safe_to_continue(exc)
        if self._showing:  # one dialog at a time; the others are in the log and the reports folder
            return
        self._showing = True
        try:
            self._dialog(exc, report, safe)
        finally:
            self._showing = False

    def _dialog(self, exc: BaseException, report: Path | None, safe: bool) -> None:
        headline = tr("Karavan ran into an unexpected problem. Nothing you had saved was lost: the step that "
                      "failed was not saved.")
        headline += "\n\n" + (tr("You can go on working. If something looks wrong, save your work and restart "
                                 "Karavan.") if safe else
                              tr("The problem keeps coming back, so Karavan has to close. Open cards with "
                                 "unsaved changes will ask first."))
        box = errors.unexpected_error_box(QApplication.activeWindow(), exc, headline=headline, report=report)
        box.setObjectName("crash_dialog")
        folder = box.addButton(tr("Open report folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("open_reports_button")
        quit_button = box.addButton(tr("Close Karavan"), QMessageBox.ButtonRole.DestructiveRole)
        quit_button.setObjectName("quit_button")
        if safe:
            go_on = box.addButton(tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
            go_on.setObjectName("continue_button")
            box.setDefaultButton(go_on)
        box.exec()
        clicked = box.clickedButton()
        if clicked is folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.crash_dir)))
        if clicked is quit_button or not safe:
            QApplication.closeAllWindows()  # each window's closeEvent asks about unsaved changes


__all__ = ["CrashHandler"]
