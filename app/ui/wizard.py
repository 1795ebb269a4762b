"""First run on a new database: the company, its administrator, and empty or demo data."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.users import UserRow, password_error
from app.ui.errors import message_for, show_error
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel
from app.ui.wizard_buttons import name_back_and_next

DEMO_CLIENTS = 500


class CompanyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to Karavan"))
        self.setSubTitle(self.tr("This database is new. Tell Karavan whose it is; you can change it later."))
        self.company_edit = QLineEdit(self)
        self.company_edit.setObjectName("company_name_edit")
        self.company_edit.setPlaceholderText(self.tr("e.g. Caravan Trading LLC"))
        self.company_error = ErrorLabel("company_error", self)
        form = QFormLayout(self)
        form.addRow(self.tr("Company name:"), self.company_edit)
        form.addRow("", self.company_error)
        self.registerField("company*", self.company_edit)


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The first user; they will add the others. Keep the password safe."))
        self.full_name_edit = QLineEdit(self)
        self.full_name_edit.setObjectName("admin_full_name_edit")
        self.login_edit = QLineEdit(self)
        self.login_edit.setObjectName("admin_login_edit")
        self.login_edit.setText("admin")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("admin_password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setObjectName("admin_repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {k: ErrorLabel(f"{k}_error", self) for k in ("full_name", "login", "password", "repeat")}
        form = QFormLayout(self)
        form.addRow(self.tr("Full name:"), self.full_name_edit)
        form.addRow("", self.errors["full_name"])
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow("", self.errors["login"])
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.errors["password"])
        form.addRow(self.tr("Repeat password:"), self.repeat_edit)
        form.addRow("", self.errors["repeat"])
        hint = QLabel(self.tr("At least 8 characters."), self)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        self.registerField("admin_full_name*", self.full_name_edit)
        self.registerField("admin_login*", self.login_edit)
        self.registerField("admin_password*", self.password_edit)
        self.registerField("admin_repeat*", self.repeat_edit)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.show_message(errors.get(key, ""))

    def validatePage(self) -> bool:
        errors: dict[str, str] = {}
        if err := password_error(self.password_edit.text()):
            errors["password"] = self.tr("The password {0}.").format(err)
        elif self.password_edit.text() != self.repeat_edit.text():
            errors["repeat"] = self.tr("The passwords do not match.")
        if " " in self.login_edit.text().strip():
            errors["login"] = self.tr("The login must be one word.")
        self.show_errors(errors)
        return not errors


class StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("How to start"))
        self.setSubTitle(self.tr("Start with an empty database, or look around with a realistic demo company."))
        self.empty_radio = QRadioButton(self.tr("Start empty"), self)
        self.empty_radio.setObjectName("start_empty_radio")
        self.demo_radio = QRadioButton(
            self.tr("Fill with demo data (about {0} clients with contacts, in five languages)").format(DEMO_CLIENTS),
            self)
        self.demo_radio.setObjectName("start_demo_radio")
        self.empty_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.empty_radio)
        group.addButton(self.demo_radio)
        self.error = ErrorLabel("start_error", self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_radio)
        layout.addWidget(self.demo_radio)
        layout.addSpacing(12)
        layout.addWidget(self.error)
        layout.addStretch(1)


class SetupWizard(QWizard):
    """Creates the company and administrator; `user` holds the administrator afterwards."""

    initialized = Signal(object)   # UserRow

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.ctx, self.tasks = ctx, tasks
        self.user: UserRow | None = None
        self.setWindowTitle(self.tr("Karavan — first start"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        name_back_and_next(self)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.company_page, self.admin_page, self.start_page = CompanyPage(self), AdminPage(self), StartPage(self)
        for page in (self.company_page, self.admin_page, self.start_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create"))
        self.resize(620, 460)
        self._working = False

    def accept(self) -> None:
        if self._working:
            return
        if self.user is not None:
            super().accept()
            return
        self._working = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        values = dict(company_name=self.company_page.company_edit.text(),
                      admin_login=self.admin_page.login_edit.text(),
                      admin_full_name=self.admin_page.full_name_edit.text(),
                      password=self.admin_page.password_edit.text())
        self.tasks.write(lambda: self.ctx.auth.initialize(**values), self._initialized, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._working = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        if isinstance(exc, ValidationError):
            admin_errors = {("login" if k == "admin_login" else k): v for k, v in exc.errors.items()}
            if "company_name" in exc.errors:
                self.company_page.company_error.show_message(exc.errors["company_name"])
                self.restart()
            elif admin_errors.keys() & {"full_name", "login", "password"}:
                self.admin_page.show_errors(admin_errors)
                self.back()
            else:
                self.start_page.error.show_message(message_for(exc))
        else:
            show_error(self, exc)

    def _initialized(self, user: UserRow) -> None:
        self.user = user
        self.initialized.emit(user)
        if self.start_page.demo_radio.isChecked():
            self._seed_demo(user)
        else:
            self._working = False
            super().accept()

    def _seed_demo(self, user: UserRow) -> None:
        progress = QProgressDialog(self.tr("Creating the demo company…"), self.tr("Cancel"), 0, DEMO_CLIENTS, self)
        progress.setObjectName("demo_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        ctx = self.ctx.as_user(user.id)

        def job(report):
            return ctx.demo.seed_demo(clients=DEMO_CLIENTS, progress=lambda done, total: report.report(done, total))

        def finished(_result=None) -> None:
            progress.close()
            self._working = False
            QWizard.accept(self)

        def failed(exc: BaseException) -> None:
            progress.close()
            show_error(self, exc)
            finished()

        task = self.tasks.long(job, finished, failed, write=True, entity="client", name="demo")
        progress.canceled.connect(task.cancel)
        progress.canceled.connect(finished)
        self.tasks.progress.connect(lambda t, done, total, _s: progress.setValue(done) if t is task else None)
