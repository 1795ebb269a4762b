"""SMTP settings: the company's outgoing mail server, the password kept in this desktop's keyring, a test."""

from __future__ import annotations

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
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.marketing import SmtpSettings, remember_smtp_password, saved_smtp_password
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SmtpSettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("smtp_settings_dialog")
        self.setWindowTitle(self.tr("SMTP settings"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(460)
        self.ctx, self.tasks = ctx, tasks
        self.settings = SmtpSettings()
        self.saved: SmtpSettings | None = None
        self.host_edit = QLineEdit(self, objectName="smtp_host_edit")
        self.host_edit.setPlaceholderText("smtp.example.com")
        self.port_spin = QSpinBox(self, objectName="smtp_port_spin")
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox(self, objectName="smtp_security_combo")
        for text, value in (("STARTTLS", "starttls"), ("SSL/TLS", "ssl"), (self.tr("None (unencrypted)"), "none")):
            self.security_combo.addItem(text, value)
        self.security_combo.activated.connect(
            lambda _i: self.port_spin.setValue(DEFAULT_PORTS[self.security_combo.currentData()]))
        self.username_edit = QLineEdit(self, objectName="smtp_username_edit")
        self.password_edit = QLineEdit(self, objectName="smtp_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Remember on this computer (system keyring)"), self,
                                        objectName="smtp_remember_check")
        self.from_edit = QLineEdit(self, objectName="smtp_from_edit")
        self.from_edit.setPlaceholderText("Sales <sales@example.com>")
        self.test_to_edit = QLineEdit(self, objectName="smtp_test_to_edit")
        self.test_to_edit.setPlaceholderText("you@example.com")
        self.test_button = QPushButton(self.tr("Send test e-mail"), self, objectName="smtp_test_button")
        self.test_button.clicked.connect(self.send_test)
        test_row = QWidget(self)
        row = QHBoxLayout(test_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.test_to_edit, 1)
        row.addWidget(self.test_button)
        self.fields = {"host": FieldWithError(self.host_edit, self), "port": FieldWithError(self.port_spin, self),
                       "security": FieldWithError(self.security_combo, self),
                       "username": FieldWithError(self.username_edit, self),
                       "mail_from": FieldWithError(self.from_edit, self), "test_to": FieldWithError(test_row, self)}
        form = QFormLayout()
        form.addRow(self.tr("Server*"), self.fields["host"])
        form.addRow(self.tr("Port"), self.fields["port"])
        form.addRow(self.tr("Security"), self.fields["security"])
        form.addRow(self.tr("Login"), self.fields["username"])
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("From*"), self.fields["mail_from"])
        form.addRow(self.tr("Test to"), self.fields["test_to"])
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setEnabled(False)
        self.message_label = ErrorLabel("smtp_message", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    def _load(self):
        settings = self.ctx.marketing.load_smtp_settings()
        return settings, saved_smtp_password(settings)

    def _loaded(self, loaded) -> None:
        self.settings, password = loaded
        s = self.settings
        self.host_edit.setText(s.host)
        self.port_spin.setValue(s.port)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(s.security)))
        self.username_edit.setText(s.username)
        self.from_edit.setText(s.mail_from)
        self.password_edit.setText(password or "")
        self.remember_check.setChecked(password is not None)
        from app.config import keyring_available

        if not keyring_available():
            self.remember_check.setChecked(False)
            self.remember_check.setEnabled(False)
            self.keyring_note.setText(self.tr("This computer has no keyring: the password is asked each time "
                                              "a campaign is sent."))

    def values(self) -> SmtpSettings:
        return SmtpSettings(host=self.host_edit.text(), port=self.port_spin.value(),
                            security=self.security_combo.currentData(), username=self.username_edit.text(),
                            mail_from=self.from_edit.text(), version=self.settings.version)

    def send_test(self) -> None:
        self.show_errors({})
        values, to, password = self.values(), self.test_to_edit.text(), self.password_edit.text() or None
        self.tasks.read(lambda: self.ctx.marketing.send_settings_test(values, to=to, password=password),
                        lambda _r: self.message_label.show_message(self.tr("Test e-mail sent to {0}.").format(to)),
                        self._failed)

    def save(self) -> None:
        self.show_errors({})
        values, password, remember = self.values(), self.password_edit.text(), self.remember_check.isChecked()

        def store():
            saved = self.ctx.marketing.save_smtp_settings(values, expected_version=values.version)
            if remember and password:
                remember_smtp_password(saved, password)
            return saved
        self.tasks.write(store, self._saved, self._failed, entity="company")

    def _saved(self, settings: SmtpSettings) -> None:
        self.saved = settings
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        self.message_label.show_message("")
