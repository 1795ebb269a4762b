"""Logging in: which database (connection profile), who, and the password.

The dialog does not build engines itself: the composition root hands it `connect(profile, password)`
which returns an open, upgraded `Database` (or raises a domain error that is shown here).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.config import Profile
from app.db import Database
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import AccountLocked, AuthenticationFailed, TooManyAttempts, ValidationError
from app.services.users import UserRow
from app.ui.errors import message_for
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel, FieldWithError, error_text

Connect = Callable[[Profile, str | None], Database]


@dataclass
class LoginResult:
    database: Database
    profile: Profile
    user: UserRow | None      # None: the database is new and needs the first-run wizard
    principal: Principal | None = None   # the user's rights, read once at login


class LoginDialog(QDialog):
    def __init__(self, tasks: TaskRunner, profiles: list[Profile], connect: Connect, *,
                 selected: str | None = None, fixed: bool = False,
                 passwords: PasswordStore | None = None, edit_profiles: Callable[[QWidget], list[Profile]] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Karavan — log in"))
        self.tasks, self.connect, self.profiles = tasks, connect, list(profiles)
        self.passwords = passwords or PasswordStore()
        self.edit_profiles = edit_profiles
        self.result_value: LoginResult | None = None
        self._database: Database | None = None
        self._database_profile: Profile | None = None
        self._busy = False

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profile_combo")
        self.profiles_button = QPushButton(self.tr("Connections…"), self)
        self.profiles_button.setObjectName("profiles_button")
        self.profiles_button.setVisible(edit_profiles is not None and not fixed)
        self.profiles_button.clicked.connect(self._edit_profiles)
        self.where_label = QLabel(self)
        self.where_label.setObjectName("profile_where_label")
        self.where_label.setStyleSheet("color: palette(mid);")
        self.where_label.setWordWrap(True)
        self.server_password_edit = QLineEdit(self)
        self.server_password_edit.setObjectName("server_password_edit")
        self.server_password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember the server password on this computer"), self)
        self.remember_check.setObjectName("remember_server_password")
        self.remember_check.setEnabled(self.passwords.available())
        if not self.passwords.available():
            self.remember_check.setToolTip(self.tr("No system keyring is available on this computer."))
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("login_edit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = ErrorLabel("login_error_label", self)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("login_status_label")

        self.buttons = QDialogButtonBox(self)
        self.login_button = self.buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.login_button.clicked.connect(self.attempt)

        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_combo, 1)
        profile_row.addWidget(self.profiles_button)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), profile_row)
        form.addRow("", self.where_label)
        self.server_password_label = QLabel(self.tr("Server password:"), self)
        form.addRow(self.server_password_label, self.server_password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

        self._retry_timer = QTimer(self, interval=1000)
        self._retry_timer.timeout.connect(self._tick_retry)
        self._retry_left = 0
        self.profile_combo.currentIndexChanged.connect(self._profile_changed)
        self._fill_profiles(selected)
        self.profile_combo.setEnabled(not fixed and len(self.profiles) > 1)
        self.login_edit.setFocus()

    # -- profiles ------------------------------------------------------------------------------
    def _fill_profiles(self, selected: str | None) -> None:
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for p in self.profiles:
            self.profile_combo.addItem(p.name, p.name)
        index = self.profile_combo.findData(selected) if selected else 0
        self.profile_combo.setCurrentIndex(max(0, index))
        self.profile_combo.blockSignals(False)
        self._profile_changed()

    def current_profile(self) -> Profile:
        return self.profiles[max(0, self.profile_combo.currentIndex())]

    def _profile_changed(self, *_args) -> None:
        profile = self.current_profile()
        self.where_label.setText(profile.describe())
        server = profile.kind == "postgresql"
        saved = self.passwords.get(profile) if server else None
        self.server_password_edit.setText(saved or "")
        for w in (self.server_password_label, self.server_password_edit, self.remember_check):
            w.setVisible(server)
        self.remember_check.setChecked(bool(saved))
        self.error_label.show_message("")

    def _edit_profiles(self) -> None:
        if self.edit_profiles is None:
            return
        current = self.current_profile().name
        self.profiles = self.edit_profiles(self) or self.profiles
        self._fill_profiles(current)
        self.profile_combo.setEnabled(len(self.profiles) > 1)

    # -- logging in ----------------------------------------------------------------------------
    def attempt(self) -> None:
        if self._busy or self._retry_left > 0:
            return
        profile = self.current_profile()
        server_password = self.server_password_edit.text() if profile.kind == "postgresql" else None
        login, password = self.login_edit.text(), self.password_edit.text()
        remember = self.remember_check.isChecked()
        self._set_busy(True, self.tr("Connecting to {0}…").format(profile.describe()))
        database = self._database if self._database_profile == profile else None

        def work() -> LoginResult:
            db = database or self.connect(profile, server_password)
            ctx = ServiceContext(db.session_factory)
            if not ctx.auth.is_initialized():
                return LoginResult(db, profile, None)
            try:
                user = ctx.auth.authenticate(login, password)
            except (AuthenticationFailed, TooManyAttempts, AccountLocked) as exc:
                exc.database = db  # type: ignore[attr-defined]
                raise
            return LoginResult(db, profile, user, ctx.as_user(user.id).access.my_rights())

        def done(result: LoginResult) -> None:
            self._keep_database(result.database, profile)
            if profile.kind == "postgresql":
                if remember:
                    self.passwords.save(profile, server_password or "")
                else:
                    self.passwords.forget(profile)
            self._set_busy(False)
            self.result_value = result
            self.accept()

        self.tasks.write(work, done, self._failed)

    def _keep_database(self, database: Database, profile: Profile) -> None:
        if self._database is not None and self._database is not database:
            self._database.dispose()
        self._database, self._database_profile = database, profile

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if (db := getattr(exc, "database", None)) is not None:
            self._keep_database(db, self.current_profile())
        if isinstance(exc, TooManyAttempts):
            self._retry_left = max(1, round(exc.retry_after))
            self.login_button.setEnabled(False)
            self._retry_timer.start()
            self._tick_retry(first=True)
            return
        text = message_for(exc) or self.tr("Could not log in: {0}").format(exc)
        self.error_label.show_message(text)
        if isinstance(exc, (AuthenticationFailed, AccountLocked)):
            self.password_edit.selectAll()
            self.password_edit.setFocus()

    def _tick_retry(self, first: bool = False) -> None:
        if not first:
            self._retry_left -= 1
        if self._retry_left <= 0:
            self._retry_timer.stop()
            self.login_button.setEnabled(True)
            self.error_label.show_message(self.tr("You can try again now."))
            return
        self.error_label.show_message(
            self.tr("Too many failed attempts. Try again in {0} s.").format(self._retry_left))

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.status_label.setText(text)
        self.login_button.setEnabled(not busy and self._retry_left <= 0)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:
        if self._database is not None and self.result_value is None:
            self._database.dispose()
        super().reject()


class ChangePasswordDialog(QDialog):
    """"Choose a new password": the old one, the new one twice. Policy errors stay beside their field and
    nothing typed is cleared; accepted once the service has saved it (`user` is then the new row)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, reason: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Choose a new password"))
        self.ctx, self.tasks = ctx, tasks
        self.user: UserRow | None = None
        self._busy = False
        intro = QLabel(reason or self.tr("Choose a new password: at least 8 characters, with letters and digits, "
                                         "and not your login."), self)
        intro.setObjectName("change_password_intro")
        intro.setWordWrap(True)
        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout()
        for key, label in (("old_password", self.tr("Current password:")), ("new_password", self.tr("New password:")),
                           ("repeat_password", self.tr("Repeat the new password:"))):
            edit = QLineEdit(self)
            edit.setObjectName(f"{key}_edit")
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.fields[key] = FieldWithError(edit, self)
            form.addRow(label, self.fields[key])
        self.old_edit, self.new_edit, self.repeat_edit = (self.fields[k].editor for k in
                                                          ("old_password", "new_password", "repeat_password"))
        self.error_label = ErrorLabel("change_password_error", self)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("change_password_button")
        self.ok_button.setDefault(True)
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.ok_button.clicked.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self.old_edit.setFocus()

    def attempt(self) -> None:
        if self._busy:
            return
        old, new, repeat = self.old_edit.text(), self.new_edit.text(), self.repeat_edit.text()
        self._show_errors({})
        if new != repeat:
            self._show_errors({"repeat_password": self.tr("does not match the new password")})
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        self.tasks.write(lambda: self.ctx.auth.change_password(old_password=old, new_password=new),
                         self._changed, self._failed)

    def _changed(self, user: UserRow) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.user = user
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_errors(exc.errors)
            self.new_edit.setFocus()
        elif isinstance(exc, AuthenticationFailed):
            self._show_errors({"old_password": self.tr("is not your current password")})
            self.old_edit.setFocus()
            self.old_edit.selectAll()
        else:
            self.error_label.show_message(message_for(exc) or self.tr("Could not change the password: {0}")
                                          .format(exc))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        rest = [error_text(v) for k, v in errors.items() if k not in self.fields]
        self.error_label.show_message("\n".join(rest))


class PasswordStore:
    """Server passwords in the OS keyring (never in a file); silently unavailable without one."""

    def available(self) -> bool:
        from app import config
        return config.keyring_available()

    def get(self, profile: Profile) -> str | None:
        from app import config
        return config.saved_password(profile)

    def save(self, profile: Profile, password: str) -> None:
        from app import config
        config.save_password(profile, password)

    def forget(self, profile: Profile) -> None:
        from app import config
        config.forget_password(profile)
