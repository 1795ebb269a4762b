"""`karavan restore FILE` opened from the desktop (a double-clicked .kvbackup): the same restore as the
command, asked and shown in small windows — the password, the confirmation, progress with Cancel, the
result and the offer to switch the connection to the restored database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QProgressDialog

from app.services.backup.fileformat import read_manifest
from app.ui.backups.dialog import _when, backup_message
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner

Restore = Callable[[Path, str | None, Callable[[int, int, str], None]], object]   # -> RestoreResult


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def restore_with_windows(path: Path, tasks: TaskRunner, *, target: str, restore: Restore,
                         switch_to: Callable[[str, str], str] | None) -> int:
    """Run the restore of `path` into `target` with dialogs; 0 when restored, 1 when refused or cancelled."""
    title = tr("Restore a Karavan backup")
    try:
        manifest = read_manifest(path)
    except Exception as exc:  # noqa: BLE001 — every failure is shown, none is raised to a desktop click
        QMessageBox.warning(None, title, backup_message(exc) or str(exc))
        return 1
    password = None
    if manifest.encrypted:
        password, ok = QInputDialog.getText(None, title, tr("{file} is encrypted. Its password:").format(file=path.name),
                                            QLineEdit.EchoMode.Password)
        if not ok or not password:
            return 1
    answer = QMessageBox.question(
        None, title,
        tr("Restore the backup of {source} made {when} ({rows} rows) into the new database\n{target}?\n\n"
           "The database in use is not changed.").format(source=manifest.source, when=_when(manifest.created_at),
                                                          rows=QLocale().toString(manifest.total_rows), target=target),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return 1

    progress = QProgressDialog(tr("Restoring {file}…").format(file=path.name), tr("Cancel"), 0, 0)
    progress.setObjectName("restore_progress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finished(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    def moved(_task, done: int, total: int, text: str) -> None:
        progress.setMaximum(max(total, 1) if total else 0)
        if total:
            progress.setValue(min(done, total))
        if text:
            progress.setLabelText(text)  # the service's words (msg())

    tasks.progress.connect(moved)
    task = tasks.long(lambda p: restore(path, password, p.report), lambda r: finished("result", r),
                      lambda exc: finished("error", exc), name="restore")
    def cancel() -> None:
        if not outcome:  # closing the window after the end also says "canceled"
            task.cancel()
            finished("cancelled", True)

    progress.canceled.connect(cancel)
    if not outcome:
        loop.exec()
    tasks.progress.disconnect(moved)
    progress.canceled.disconnect(cancel)
    progress.close()
    if "cancelled" in outcome:
        tasks.wait_idle()   # the job removes what it had written
        QMessageBox.information(None, title, tr("Cancelled: nothing was restored."))
        return 1
    if "error" in outcome:
        exc = outcome["error"]
        if text := backup_message(exc):  # type: ignore[arg-type]
            QMessageBox.warning(None, title, text)
        else:
            show_error(None, exc)  # type: ignore[arg-type]
        return 1
    result = outcome["result"]
    text = tr("Restored and verified: {tables} tables, {rows} rows in\n{target}").format(
        tables=len(manifest.tables), rows=QLocale().toString(manifest.total_rows), target=result.target)  # type: ignore[attr-defined]
    if switch_to is None:
        QMessageBox.information(None, title, text)
        return 0
    answer = QMessageBox.question(None, title, text + "\n\n" + tr("Switch the connection to it? Karavan then opens "
                                                                  "the restored database; the old one is kept."),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        try:
            QMessageBox.information(None, title, switch_to(manifest.backend, result.target))  # type: ignore[attr-defined]
        except Exception as exc:  # noqa: BLE001
            show_error(None, exc)
            return 1
    return 0
