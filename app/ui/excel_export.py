"""“Export to Excel…” on a list: ask for a file name, write the workbook in the background with a progress
dialog (Cancel stops it and leaves no file behind), then say how many rows were written, with Open file and
Open folder. The screen hands over a job that takes (path, progress) and captures its filters as plain
values first: the job runs on a worker thread."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLocale, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.services.exports.common import xlsx_path
from app.ui.errors import show_error
from app.ui.tasks import Progress, Task, TaskRunner

Job = Callable[[str, Progress], int]
# Characters Windows does not allow in a file name (a segment or price list may be called "A/B").
UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|]+')


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def file_name_part(text: str, default: str) -> str:
    """`text` made fit for a suggested file name ('' → `default`)."""
    return UNSAFE_IN_FILE_NAMES.sub("-", text.strip()) or default


def ask_xlsx_path(parent: QWidget, suggested: str) -> str:
    """The file the user chose ('' when cancelled), starting in the Documents folder."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export to Excel"), start, tr("Excel workbook (*.xlsx)"))
    return path


def rows_written(n: int, path: str) -> str:
    count = QLocale().toString(n)
    text = tr("1 row written to {path}") if n == 1 else tr("{n} rows written to {path}")
    return text.format(n=count, path=path)


def say_done(parent: QWidget, n: int, path: str) -> None:
    """'12,345 rows written to …' with Open file / Open folder / Close."""
    box = QMessageBox(QMessageBox.Icon.Information, tr("Export to Excel"), rows_written(n, path),
                      QMessageBox.StandardButton.Close, parent)
    box.setObjectName("export_done_box")
    open_file = box.addButton(tr("Open file"), QMessageBox.ButtonRole.ActionRole)
    open_file.setObjectName("open_file_button")
    open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_folder.setObjectName("open_folder_button")
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        QDesktopServices.openUrl(QUrl.fromLocalFile(path))
    elif clicked is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class ExcelExport(QObject):
    """One export run; `start()` asks for the file and starts the job (None when the user cancelled)."""

    STAGES = {
        "reading": QT_TR_NOOP("Reading"),
        "writing rows": QT_TR_NOOP("Writing"),
        "saved": QT_TR_NOOP("Saving"),
        "computing": QT_TR_NOOP("Computing"),
    }

    def __init__(self, parent: QWidget, tasks: TaskRunner, job: Job, *, what: str, suggested: str,
                 status: Callable[[str], None] | None = None):
        super().__init__(parent)
        self.parent_widget, self.tasks, self.job = parent, tasks, job
        self.what, self.suggested, self.status = what, suggested, status or (lambda _text: None)
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.path = ""
        self.message = ""
        self._listening = False

    def start(self) -> Task | None:
        chosen = ask_xlsx_path(self.parent_widget, self.suggested)
        if not chosen:
            return None
        self.path = path = str(xlsx_path(chosen))
        self.dialog = dialog = QProgressDialog(self._label(0, 0, ""), tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setObjectName("export_progress")
        dialog.setWindowTitle(tr("Export to Excel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumWidth(460)
        dialog.canceled.connect(self._cancel)
        self.tasks.progress.connect(self._progressed)
        self._listening = True
        job = self.job
        self.task = self.tasks.long(lambda progress: job(path, progress), self._done, self._failed,
                                    name=f"export-{self.what}")
        return self.task

    def _label(self, done: int, total: int, stage: str) -> str:
        head = tr("Exporting {what} to {file}…").format(what=self.what, file=Path(self.path).name)
        if not done and not total:
            return head
        counted = (tr("{done} of {total} rows").format(done=QLocale().toString(done), total=QLocale().toString(total))
                   if total else tr("{done} rows").format(done=QLocale().toString(done)))
        return f"{head}\n{tr(self.STAGES.get(stage, 'Writing'))}: {counted}"

    def _progressed(self, task, done: int, total: int, stage: str) -> None:
        if self.task is None:
            # An inline runner (tests) reports before `long` has returned the task: it can only be ours.
            self.task = task
        if task is not self.task or self.dialog is None:
            return
        self.dialog.setMaximum(max(total, done, 1))
        self.dialog.setValue(min(done, self.dialog.maximum()))
        self.dialog.setLabelText(self._label(done, total, stage))

    def _finish(self) -> None:
        if self._listening:
            self._listening = False
            self.tasks.progress.disconnect(self._progressed)
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()   # the job stops at its next report and removes the half-written file
        self._finish()
        self.message = tr("Export cancelled: no file was written.")
        self.status(self.message)

    def _done(self, n: int) -> None:
        self._finish()
        self.message = rows_written(n, self.path)
        self.status(self.message)
        say_done(self.parent_widget, n, self.path)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, OSError):
            self.message = tr("Cannot write {path}: {reason}").format(path=self.path, reason=exc.strerror or exc)
            self.status(self.message)
            QMessageBox.warning(self.parent_widget, tr("Export to Excel"), self.message)
            return
        show_error(self.parent_widget, exc)
