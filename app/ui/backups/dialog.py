"""Settings → Backups…: where and how often, rotation, encryption, Back up now, the list with checks, Restore…

The settings are this computer's (app/services/backup/schedule.py); the password lives in the system
keyring when "Remember" is ticked, otherwise only while the dialog is open. Backups, checks and restores run
on a worker thread with a progress bar and Cancel.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.services.backup import files, postgres, schedule
from app.services.backup.errors import (
    BackupCorrupted,
    BackupError,
    BackupPasswordRequired,
    BackupToolMissing,
    WrongBackupPassword,
)
from app.services.backup.fileformat import EXTENSION
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.backups.model import BackupsModel, size_text
from app.ui.errors import show_error
from app.ui.tasks import Task, TaskRunner
from app.ui.text import qt_short_datetime
from app.ui.widgets import ErrorLabel

MIN_PASSWORD = 8
SwitchTo = Callable[[str, str], str]     # (backend, new file or database) -> what was done


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def backup_message(exc: BaseException) -> str:
    """The words for a backup error ('' for anything else)."""
    if isinstance(exc, WrongBackupPassword):
        return tr("The password does not open {file}. Only the password the backup was made with opens it.") \
            .format(file=exc.path.name)
    if isinstance(exc, BackupPasswordRequired):
        return tr("{file} is encrypted: type its password.").format(file=exc.path.name)
    if isinstance(exc, BackupCorrupted):
        return tr("{file} is damaged: {detail}").format(file=exc.path.name, detail=exc.detail)
    if isinstance(exc, BackupToolMissing):
        return tr("{tool} was not found. Install the PostgreSQL client tools (the server's major version or "
                  "newer) or set KARAVAN_PG_BIN to the folder that holds {tool}.").format(tool=exc.tool)
    if isinstance(exc, BackupError):
        return str(exc)
    if isinstance(exc, ValidationError) and "target" in exc.errors:
        return exc.errors["target"]
    if isinstance(exc, OSError):
        return tr("Cannot write: {reason}").format(reason=exc.strerror or exc)
    return ""


def _when(iso: str) -> str:
    """A manifest's UTC time as the user's local date and time."""
    from datetime import datetime

    try:
        local = datetime.fromisoformat(iso).astimezone().replace(tzinfo=None)
    except ValueError:
        return iso
    return qt_short_datetime(local)


class BackupsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None, *,
                 paths: config.AppPaths | None = None, switch_to: SwitchTo | None = None,
                 after_switch: Callable[[], None] | None = None):
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.ctx, self.tasks, self.paths = ctx, tasks, paths or config.AppPaths.default()
        self.switch_to, self.after_switch = switch_to, after_switch
        self.source = ctx.backup.source_of()
        self.backend = ctx.backup.backend_of()
        self.task: Task | None = None
        self._waiting = False
        self.last_restore = None
        self._build()
        self._load(schedule.load_settings(self.source, self.paths, backend=self.backend))
        self.refresh()

    # -- building -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self.folder_edit = QLineEdit(self, objectName="folder_edit")
        self.folder_edit.editingFinished.connect(lambda: self.refresh())
        browse = QPushButton(self.tr("Browse…"), self, objectName="browse_button")
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.schedule_combo = QComboBox(self, objectName="schedule_combo")
        for key, text in (("daily", self.tr("Every day (at start when the last one is older)")),
                          ("weekly", self.tr("Every week")), ("off", self.tr("Off: only on demand"))):
            self.schedule_combo.addItem(text, key)
        self.daily_spin = QSpinBox(self, objectName="keep_daily_spin", minimum=1, maximum=366)
        self.monthly_spin = QSpinBox(self, objectName="keep_monthly_spin", minimum=0, maximum=240)
        self.encrypt_check = QCheckBox(self.tr("Encrypt backups with a password"), self, objectName="encrypt_check")
        self.password_edit = QLineEdit(self, objectName="password_edit", echoMode=QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self, objectName="repeat_edit", echoMode=QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember the password on this computer (system keyring), so "
                                                "scheduled backups can be encrypted"), self,
                                        objectName="remember_check")
        self.warning = QLabel(self.tr("Keep the password somewhere safe: a lost password means a lost backup. "
                                      "Nobody, not even Karavan's makers, can open it without the password."),
                              self, objectName="password_warning", wordWrap=True)
        self.warning.setStyleSheet("color: #c62828;")
        self.encrypt_check.toggled.connect(self._encrypt_toggled)
        self.settings_error = ErrorLabel("settings_error", self)
        save = QPushButton(self.tr("Save settings"), self, objectName="save_settings_button")
        save.clicked.connect(self.save_settings)

        self.form = form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Schedule:"), self.schedule_combo)
        form.addRow(self.tr("Keep daily:"), self.daily_spin)
        form.addRow(self.tr("Keep monthly:"), self.monthly_spin)
        form.addRow(self.encrypt_check)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Repeat:"), self.repeat_edit)
        form.addRow(self.remember_check)
        form.addRow(self.warning)
        box = QGroupBox(self.tr("Settings of this computer for {db}").format(db=self.source), self)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(self.settings_error)
        inner.addWidget(save)

        self.tools_note = QLabel(self, objectName="tools_note", wordWrap=True)
        self.tools_note.setStyleSheet("color: #c62828;")
        self.tools_note.hide()
        if self.backend == "postgresql" and (problem := postgres.tools_available()):
            self.tools_note.setText(self.tr("Backups of this server need the PostgreSQL client tools: ") + problem)
            self.tools_note.show()

        self.model = BackupsModel(self)
        self.table = QTableView(self, objectName="backups_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.check_selected())

        self.backup_button = QPushButton(self.tr("Back up now"), self, objectName="backup_now_button")
        self.backup_button.setDefault(True)
        self.backup_button.clicked.connect(self.backup_now)
        self.check_button = QPushButton(self.tr("Check"), self, objectName="check_button")
        self.check_button.clicked.connect(self.check_selected)
        self.restore_button = QPushButton(self.tr("Restore…"), self, objectName="restore_button")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from file…"), self, objectName="restore_file_button")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        actions = QHBoxLayout()
        for b in (self.backup_button, self.check_button, self.restore_button, self.restore_file_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.progress = QProgressBar(self, objectName="backup_progress")
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self, objectName="cancel_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self.status = QLabel(self, objectName="backup_status", wordWrap=True)
        self.error = ErrorLabel("backup_error", self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.tools_note)
        layout.addLayout(actions)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(760, 640)
        self.tasks.progress.connect(self._progressed)

    def _load(self, s: schedule.BackupSettings) -> None:
        self.folder_edit.setText(s.folder)
        self.schedule_combo.setCurrentIndex(max(0, self.schedule_combo.findData(s.schedule)))
        self.daily_spin.setValue(s.keep_daily)
        self.monthly_spin.setValue(s.keep_monthly)
        self.encrypt_check.setChecked(s.encrypt)
        saved = schedule.saved_password(self.source) if s.encrypt else None
        self.remember_check.setChecked(bool(saved))
        if not config.keyring_available():
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
            self.remember_check.setText(self.tr("This computer has no system keyring: the password is asked each "
                                                "time, and scheduled backups wait while encryption is on"))
        self._encrypt_toggled(s.encrypt)

    def _encrypt_toggled(self, on: bool) -> None:
        for w in (self.password_edit, self.repeat_edit, self.warning, self.remember_check):
            self.form.setRowVisible(w, on)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
            self.refresh()

    # -- settings -------------------------------------------------------------------------------------
    def form_settings(self) -> schedule.BackupSettings:
        return schedule.BackupSettings(folder=self.folder_edit.text().strip(), schedule=self.schedule_combo.currentData(),
                                       keep_daily=self.daily_spin.value(), keep_monthly=self.monthly_spin.value(),
                                       encrypt=self.encrypt_check.isChecked())

    def _typed_password(self) -> str | None:
        """The password typed (checked: long enough, repeated), '' when none typed; None after an error."""
        typed, again = self.password_edit.text(), self.repeat_edit.text()
        if not typed and not again:
            return ""
        if len(typed) < MIN_PASSWORD:
            self.settings_error.show_message(self.tr("The password needs at least {n} characters.").format(n=MIN_PASSWORD))
            return None
        if typed != again:
            self.settings_error.show_message(self.tr("The two passwords differ."))
            return None
        return typed

    def save_settings(self) -> bool:
        """Save the settings (and the password in the keyring when asked); False with a message if refused."""
        self.settings_error.hide()
        settings = self.form_settings()
        typed = self._typed_password() if settings.encrypt else ""
        if typed is None:
            return False
        try:
            schedule.save_settings(self.source, settings, self.paths)
        except ValidationError as exc:
            self.settings_error.show_message("\n".join(tr(v[:1].upper() + v[1:]) for v in exc.errors.values()))
            return False
        except config.ConfigError as exc:
            self.settings_error.show_message(str(exc))
            return False
        if settings.encrypt and self.remember_check.isChecked() and typed:
            schedule.remember_password(self.source, typed)
        elif not settings.encrypt or not self.remember_check.isChecked():
            schedule.remember_password(self.source, None)
        if settings.encrypt and settings.schedule != "off" and not schedule.saved_password(self.source):
            self.status.setText(self.tr("Settings saved. Scheduled backups wait until the password is kept on this "
                                        "computer; Back up now uses the password typed here."))
        else:
            self.status.setText(self.tr("Settings saved."))
        self.refresh()
        return True

    def _password_for_backup(self) -> str | None | bool:
        """The password new backups are encrypted with; None: unencrypted; False: refused (message shown)."""
        if not self.encrypt_check.isChecked():
            return None
        typed = self._typed_password()
        if typed is None:
            return False
        password = typed or schedule.saved_password(self.source)
        if not password:
            self.settings_error.show_message(self.tr("Type the password (twice) to make an encrypted backup."))
            self.password_edit.setFocus()
            return False
        return password

    def _password_to_open(self, encrypted: bool, name: str) -> str | None | bool:
        """The password to open an existing backup: the one typed or kept, else asked; False: cancelled."""
        if not encrypted:
            return None
        if self.password_edit.text():
            return self.password_edit.text()
        if saved := schedule.saved_password(self.source):
            return saved
        text, ok = QInputDialog.getText(self, self.tr("Backup password"),
                                        self.tr("The password of {file}:").format(file=name),
                                        QLineEdit.EchoMode.Password)
        return text if ok and text else False

    # -- the list ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        folder = self.folder_edit.text().strip()
        self.tasks.read(lambda: files.list_backups(folder) if folder else [], self._listed, name="list backups")

    def _listed(self, entries) -> None:
        self.model.set_entries(entries)
        if entries:
            self.table.selectRow(0)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    # -- long work --------------------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self._waiting = True
        self.error.hide()
        self.status.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for b in (self.backup_button, self.check_button, self.restore_button, self.restore_file_button):
            b.setEnabled(False)

    def _idle(self) -> None:
        self.task = None
        self._waiting = False
        self.progress.hide()
        self.cancel_button.hide()
        for b in (self.backup_button, self.check_button, self.restore_button, self.restore_file_button):
            b.setEnabled(True)

    def _progressed(self, task, done: int, total: int, text: str) -> None:
        if self.task is None and self._waiting:
            self.task = task  # an inline runner (tests) reports before `long` returns
        if task is not self.task:
            return
        self.progress.setRange(0, max(total, 1) if total else 0)
        if total:
            self.progress.setValue(min(done, total))
        if text:
            self.status.setText(tr(text))

    def _run(self, text: str, job, done) -> None:
        self._busy(text)
        self.task = None
        task = self.tasks.long(job, lambda result: (self._idle(), done(result)), self._failed, name=text)
        if self._waiting:  # still running (an inline runner, in tests, has finished already)
            self.task = task

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if text := backup_message(exc):
            self.status.setText("")
            self.error.show_message(text)
            self.refresh()
        else:
            self.status.setText("")
            show_error(self, exc)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()  # the job stops at its next step and removes what it had written
        self._idle()
        self.status.setText(self.tr("Cancelled: nothing was written."))

    def backup_now(self) -> None:
        self.settings_error.hide()
        password = self._password_for_backup()
        if password is False:
            return
        s = self.form_settings()
        if not s.folder:
            self.settings_error.show_message(self.tr("Choose a folder for the backups."))
            return
        backup = self.ctx.backup

        def job(progress):
            return backup.make_backup(s.folder, password=password, keep_daily=s.keep_daily,
                                      keep_monthly=s.keep_monthly, progress=progress.report)
        self._run(self.tr("Backing up…"), job, self._backed_up)

    def _backed_up(self, result) -> None:
        self.status.setText(self.tr("Backup made and checked: {file} ({size}, {rows} rows).").format(
            file=result.path.name, size=size_text(result.path.stat().st_size),
            rows=QLocale().toString(result.manifest.total_rows)))
        self.refresh()

    def check_selected(self) -> None:
        entry = self.selected()
        if entry is None or entry.manifest is None:
            return
        password = self._password_to_open(entry.manifest.encrypted, entry.path.name)
        if password is False:
            password = None   # without the password the bytes are still checked
        path = entry.path
        self._run(self.tr("Checking {file}…").format(file=path.name),
                  lambda progress: files.check_backup(path, password=password, progress=progress.report),
                  self._checked)

    def _checked(self, result) -> None:
        if result.ok:
            self.status.setText(result.message)
        else:
            self.status.setText("")
            self.error.show_message(result.message)
        self.refresh()

    # -- restore -------------------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.manifest is None:
            self.error.show_message(self.tr("{file} cannot be read: {reason}").format(file=entry.path.name,
                                                                                    reason=entry.problem))
            return
        self.restore(entry.path)

    def restore_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), self.folder_edit.text(),
                                              self.tr("Karavan backups (*{ext})").format(ext=EXTENSION))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        from app.services.backup.fileformat import read_manifest

        try:
            manifest = read_manifest(path)
        except BackupError as exc:
            self.error.show_message(backup_message(exc))
            return
        password = self._password_to_open(manifest.encrypted, path.name)
        if password is False:
            return
        target = self.ctx.backup.default_restore_target()
        where = self.tr("a new file {0}") if self.backend == "sqlite" else self.tr("a new database {0} on the server")
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Restore the backup made {when} ({rows} rows) into {where}?\n\nThe database you work in now "
                    "is not changed; the restored one is checked against the backup first.").format(
                when=_when(manifest.created_at), rows=QLocale().toString(manifest.total_rows), where=where.format(target)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        backup = self.ctx.backup
        self._run(self.tr("Restoring…"),
                  lambda progress: backup.restore_backup(path, password=password, target=target,
                                                         progress=progress.report), self._restored)

    def _restored(self, result) -> None:
        self.last_restore = result
        m = result.manifest
        self.status.setText(self.tr("Restored and verified into {target}: {tables} tables, {rows} rows.").format(
            target=result.target, tables=len(m.tables), rows=QLocale().toString(m.total_rows)))
        if self.switch_to is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("The restored database is ready and checked:\n{target}\n\nSwitch this connection to it? Karavan "
                    "then closes; start it again to work in the restored database. The old one is kept as it is.")
            .format(target=result.target),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            said = self.switch_to(m.backend, result.target)
        except config.ConfigError as exc:
            self.error.show_message(str(exc))
            return
        QMessageBox.information(self, self.tr("Restore"), said)
        self.accept()
        if self.after_switch is not None:
            self.after_switch()

    def done(self, code: int) -> None:
        if self.task is not None:
            self.task.cancel()
        with contextlib.suppress(RuntimeError, TypeError):
            self.tasks.progress.disconnect(self._progressed)
        super().done(code)
