"""Users and roles: the accounts (edit, new, reset password, unlock) and, on a second tab, the roles with
their permission matrix (app/ui/admin/roles.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.access.admin import AccountRow, RoleRow
from app.services.access.matrix import Action, Area
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.admin.common import (
    OK_COLOR,
    PlaceCombos,
    discard_ok,
    password_edit,
    read_only_table,
    route_errors,
    select_data,
    yes_no,
)
from app.ui.admin.roles import RolesTab
from app.ui.errors import show_error, show_save_failure
from app.ui.lazy_model import Column
from app.ui.tasks import TaskRunner
from app.ui.text import format_time
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

# Changes elsewhere (the Roles tab, the branches dialog) that the accounts' combos show.
REFRESHED_BY = frozenset({"user", "role", "branch", "department"})


def _fill_roles(combo: QComboBox, roles: list[RoleRow], *, by_key: bool = False) -> None:
    keep = combo.currentData()
    combo.clear()
    for r in roles:
        combo.addItem(r.name, r.key if by_key else r.id)
    select_data(combo, keep)


class UsersTab(QWidget):
    """The accounts table and a form for the chosen one; Save writes it against the version shown."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, rights: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("users_tab")
        self.ctx, self.tasks, self.rights = ctx, tasks, rights
        self.current: AccountRow | None = None
        self.roles: list[RoleRow] = []
        self.model = RowsModel([
            Column(self.tr("Login"), lambda r: r.login, width=110),
            Column(self.tr("Name"), lambda r: r.full_name, width=170),
            Column(self.tr("Role"), lambda r: r.role_name, width=130),
            Column(self.tr("Branch"), lambda r: r.branch_name, width=110),
            Column(self.tr("Department"), lambda r: r.department_name, width=110),
            Column(self.tr("Active"), lambda r: yes_no(r.active), width=60),
            Column(self.tr("Locked"), lambda r: self.tr("until {0}").format(format_time(r.locked_until))
                   if r.locked_until else "", width=150),
            Column(self.tr("Last login"), lambda r: format_time(r.last_login_at), width=130),
        ], parent=self)
        self.table = read_only_table(self, "users_table", self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, prev: self._row_changed(cur.row(),
                                                                                                  prev.row()))
        self._shown: tuple | None = None     # the form's values as last shown or saved

        self.full_name_edit = QLineEdit(self, objectName="full_name_edit")
        self.email_edit = QLineEdit(self, objectName="email_edit")
        self.role_combo = QComboBox(self, objectName="role_combo")
        self.branch_combo = QComboBox(self, objectName="branch_combo")
        self.department_combo = QComboBox(self, objectName="department_combo")
        self.places = PlaceCombos(self.branch_combo, self.department_combo, self)
        self.active_check = QCheckBox(self.tr("Active (may sign in)"), self, objectName="active_check")
        self.fields = {"full_name": FieldWithError(self.full_name_edit, self),
                       "email": FieldWithError(self.email_edit, self),
                       "role": FieldWithError(self.role_combo, self),
                       "branch": FieldWithError(self.branch_combo, self),
                       "department": FieldWithError(self.department_combo, self)}
        form = QFormLayout()
        form.addRow(self.tr("Full &name:"), self.fields["full_name"])
        form.addRow(self.tr("&E-mail:"), self.fields["email"])
        form.addRow(self.tr("&Role:"), self.fields["role"])
        form.addRow(self.tr("&Branch:"), self.fields["branch"])
        form.addRow(self.tr("&Department:"), self.fields["department"])
        form.addRow("", self.active_check)
        self.login_label = QLabel(self, objectName="login_label")
        self.general_error = ErrorLabel("users_general_error", self)
        self.status_label = QLabel(self, objectName="users_status_label")
        self.status_label.setStyleSheet(f"color: {OK_COLOR};")

        self.new_button = QPushButton(self.tr("&New user…"), self, objectName="new_user_button")
        self.new_button.clicked.connect(self.new_user)
        self.reset_button = QPushButton(self.tr("Reset &password…"), self, objectName="reset_password_button")
        self.reset_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self, objectName="unlock_button")
        self.unlock_button.clicked.connect(self.unlock)
        self.reload_button = QPushButton(self.tr("Reload"), self, objectName="reload_button")
        self.reload_button.setToolTip(self.tr("Show the account as it is saved now (your edits are dropped)"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="save_user_button")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.reset_button, self.unlock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.login_label)
        form_box = QWidget(self)
        form_box.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        form_box.setMaximumWidth(640)
        layout.addWidget(form_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        tasks.changed.connect(self._changed_elsewhere)
        self._enable()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None, *, show: bool = False) -> None:
        """Read the accounts and the choices; `show` puts the stored `keep` account into the form."""
        access = self.ctx.access

        def read():
            return (access.list_accounts(), access.list_roles(), access.list_branches(include_inactive=True),
                    access.list_departments(include_inactive=True))
        self.tasks.read(read, lambda result: self._listed(*result, keep=keep, show=show))

    def _changed_elsewhere(self, entity: str, _ids) -> None:
        if entity in REFRESHED_BY:
            self.refresh(self.current.id if self.current else None)

    def _listed(self, accounts, roles, branches, departments, *, keep: int | None, show: bool) -> None:
        self.roles = roles
        _fill_roles(self.role_combo, roles)
        self.places.set_places(branches, departments)
        selection = self.table.selectionModel()
        selection.blockSignals(True)   # re-selecting must not put the stored values over what is typed
        self.model.set_rows(accounts)
        row = next((i for i, a in enumerate(accounts) if a.id == keep), -1)
        if row >= 0:
            self.table.selectRow(row)
        selection.blockSignals(False)
        if row >= 0:
            stored = accounts[row]
            if show or self.current is None:
                self._show(stored)
            else:
                self.current = stored if stored.version == self.current.version else self.current
                self._enable()
        elif accounts and keep is None and self.current is None:
            self.table.selectRow(0)

    def _values(self) -> tuple:
        return (self.full_name_edit.text(), self.email_edit.text(), self.role_combo.currentData(),
                *self.places.values(), self.active_check.isChecked())

    def is_dirty(self) -> bool:
        return self.current is not None and self._shown is not None and self._values() != self._shown

    def _row_changed(self, row: int, previous: int) -> None:
        if self.is_dirty() and not discard_ok(self, self.current.login):
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.selectRow(previous)
            selection.blockSignals(False)
            return
        self._chosen(row)

    def _chosen(self, row: int) -> None:
        account = self.model.row_at(row)
        if account is not None:
            self._show(account)

    def _show(self, account: AccountRow) -> None:
        self.current = account
        route_errors(self.fields, self.general_error, {})
        self.reload_button.hide()
        self.login_label.setText(self.tr("Login: {0}{1}").format(
            account.login, self.tr(" — must change the password at the next sign-in")
            if account.must_change_password else ""))
        self.full_name_edit.setText(account.full_name)
        self.email_edit.setText(account.email)
        select_data(self.role_combo, account.role_id)
        self.places.set_current(account.branch_id, account.department_id)
        self.active_check.setChecked(account.active)
        self._shown = self._values()
        self._enable()

    def _enable(self) -> None:
        chosen = self.current is not None
        may_edit = self.rights.allows(Area.USERS, Action.EDIT)
        for w in (self.full_name_edit, self.email_edit, self.role_combo, self.branch_combo, self.department_combo,
                  self.active_check):
            w.setEnabled(chosen and may_edit)
        self.save_button.setEnabled(chosen and may_edit)
        self.reset_button.setEnabled(chosen and may_edit)
        self.unlock_button.setEnabled(chosen and may_edit and self.current.locked_until is not None)
        self.new_button.setEnabled(self.rights.allows(Area.USERS, Action.CREATE))

    # -- saving --------------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        route_errors(self.fields, self.general_error, errors)

    def save(self) -> None:
        account = self.current
        if account is None:
            return
        self.show_errors({})
        self.status_label.setText("")
        branch_id, department_id = self.places.values()
        values = {"full_name": self.full_name_edit.text(), "email": self.email_edit.text(),
                  "role_id": self.role_combo.currentData(), "branch_id": branch_id, "department_id": department_id,
                  "active": self.active_check.isChecked()}
        access = self.ctx.access
        self.tasks.write(lambda: access.update_account(account.id, **values, expected_version=account.version),
                         self._saved, lambda exc: show_save_failure(self, exc, what="user"),
                         entity="user", ids=lambda r: [r.id], name="save user")

    def _saved(self, account: AccountRow) -> None:
        self.current = account
        self._shown = self._values()
        self.status_label.setText(self.tr("Saved."))

    def reload(self) -> None:
        if self.current is not None:
            self.refresh(self.current.id, show=True)

    # -- the other actions ---------------------------------------------------------------------
    def new_user(self) -> None:
        dialog = NewUserDialog(self.ctx, self.tasks, self.roles, self.places.branches, self.places.departments, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.status_label.setText(self.tr("User {0} created.").format(dialog.created.login))
            self.refresh(dialog.created.id, show=True)
        dialog.deleteLater()

    def reset_password(self) -> None:
        if self.current is None:
            return
        dialog = ResetPasswordDialog(self.ctx, self.tasks, self.current, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.current = dialog.result_row
            self._enable()
            self.status_label.setText(self.tr("New password set for {0}: they must change it when they sign in.")
                                      .format(dialog.result_row.login))
        dialog.deleteLater()

    def unlock(self) -> None:
        if self.current is None:
            return
        user_id, access = self.current.id, self.ctx.access
        self.tasks.write(lambda: access.unlock_account(user_id), self._unlocked,
                         lambda exc: show_save_failure(self, exc, what="user"), entity="user", ids=lambda r: [r.id])

    def _unlocked(self, account: AccountRow) -> None:
        self.current = account
        self._enable()
        self.status_label.setText(self.tr("{0} can sign in again.").format(account.login))


class NewUserDialog(QDialog):
    """Login, name, e-mail, role, place and an initial password typed twice."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, roles: list[RoleRow], branches, departments,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("new_user_dialog")
        self.setWindowTitle(self.tr("New user"))
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.created = None
        self.login_edit = QLineEdit(self, objectName="new_login_edit")
        self.full_name_edit = QLineEdit(self, objectName="new_full_name_edit")
        self.email_edit = QLineEdit(self, objectName="new_email_edit")
        self.role_combo = QComboBox(self, objectName="new_role_combo")
        _fill_roles(self.role_combo, roles, by_key=True)
        select_data(self.role_combo, "sales_manager")
        self.branch_combo = QComboBox(self, objectName="new_branch_combo")
        self.department_combo = QComboBox(self, objectName="new_department_combo")
        self.places = PlaceCombos(self.branch_combo, self.department_combo, self)
        self.places.set_places(branches, departments)
        self.password_edit = password_edit(self, "new_password_edit")
        self.repeat_edit = password_edit(self, "repeat_password_edit")
        self.must_change_check = QCheckBox(self.tr("Must change the password at first sign-in"), self,
                                           objectName="must_change_check")
        self.must_change_check.setChecked(True)
        self.fields = {"login": FieldWithError(self.login_edit, self),
                       "full_name": FieldWithError(self.full_name_edit, self),
                       "email": FieldWithError(self.email_edit, self),
                       "role": FieldWithError(self.role_combo, self),
                       "password": FieldWithError(self.password_edit, self),
                       "repeat": FieldWithError(self.repeat_edit, self)}
        form = QFormLayout()
        for label, key in ((self.tr("&Login:"), "login"), (self.tr("Full &name:"), "full_name"),
                           (self.tr("&E-mail:"), "email"), (self.tr("&Role:"), "role")):
            form.addRow(label, self.fields[key])
        form.addRow(self.tr("&Branch:"), self.branch_combo)
        form.addRow(self.tr("&Department:"), self.department_combo)
        form.addRow(self.tr("&Password:"), self.fields["password"])
        form.addRow(self.tr("Re&peat it:"), self.fields["repeat"])
        form.addRow("", self.must_change_check)
        hint = QLabel(self.tr("At least 8 characters with letters and digits, not the login."), self)
        hint.setStyleSheet("color: palette(mid);")
        form.addRow("", hint)
        self.general_error = ErrorLabel("new_user_error", self)
        self.create_button = QPushButton(self.tr("&Create"), self, objectName="create_user_button")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        cancel = QPushButton(self.tr("Cancel"), self, objectName="cancel_button")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.resize(480, 0)

    def show_errors(self, errors: dict[str, str]) -> None:
        route_errors(self.fields, self.general_error, errors)

    def create(self) -> None:
        self.show_errors({})
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.show_errors({"repeat": self.tr("the two passwords differ")})
            self.repeat_edit.setFocus()
            return
        branch_id, department_id = self.places.values()
        login, values = self.login_edit.text(), {
            "full_name": self.full_name_edit.text(), "email": self.email_edit.text(), "password": password,
            "role": self.role_combo.currentData() or "", "branch_id": branch_id, "department_id": department_id,
            "must_change_password": self.must_change_check.isChecked()}
        users = self.ctx.users
        self.tasks.write(lambda: users.add_user(login, **values), self._created, self._failed,
                         entity="user", ids=lambda r: [r.id], name="new user")

    def _created(self, row) -> None:
        self.created = row
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        show_save_failure(self, exc, what="user")


class ResetPasswordDialog(QDialog):
    """A new password for someone who forgot theirs; they must change it at their next sign-in."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, account: AccountRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reset_password_dialog")
        self.setWindowTitle(self.tr("Reset the password of {0}").format(account.login))
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.account = ctx, tasks, account
        self.result_row: AccountRow | None = None
        self.password_edit = password_edit(self, "reset_password_edit")
        self.repeat_edit = password_edit(self, "reset_repeat_edit")
        self.fields = {"password": FieldWithError(self.password_edit, self),
                       "repeat": FieldWithError(self.repeat_edit, self)}
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.fields["password"])
        form.addRow(self.tr("Re&peat it:"), self.fields["repeat"])
        note = QLabel(self.tr("{0} must change it at the next sign-in; a locked account opens again.")
                      .format(account.full_name), self)
        note.setWordWrap(True)
        self.general_error = ErrorLabel("reset_error", self)
        self.set_button = QPushButton(self.tr("&Set password"), self, objectName="set_password_button")
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.set_password)
        cancel = QPushButton(self.tr("Cancel"), self, objectName="cancel_button")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def show_errors(self, errors: dict[str, str]) -> None:
        route_errors(self.fields, self.general_error, errors)

    def set_password(self) -> None:
        self.show_errors({})
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.show_errors({"repeat": self.tr("the two passwords differ")})
            return
        user_id, access = self.account.id, self.ctx.access
        self.tasks.write(lambda: access.reset_password(user_id, new_password=password), self._done, self._failed,
                         entity="user", ids=lambda r: [r.id], name="reset password")

    def _done(self, row: AccountRow) -> None:
        self.result_row = row
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        show_save_failure(self, exc, what="user")


class UsersRolesDialog(QDialog):
    """Settings → Users and roles…: the Users tab and the Roles tab."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, rights: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("users_roles_dialog")
        self.setWindowTitle(self.tr("Users and roles"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(1100, 760)
        self.tabs = QTabWidget(self, objectName="users_roles_tabs")
        self.users = UsersTab(ctx, tasks, rights, self)
        self.roles = RolesTab(ctx, tasks, rights, self)
        self.tabs.addTab(self.users, self.tr("&Users"))
        self.tabs.addTab(self.roles, self.tr("R&oles"))
        close = QPushButton(self.tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.accept)
        # PostgreSQL only: make the database grant what the matrix says (see README, "Each user as a database role").
        self.db_roles_button = QPushButton(self.tr("Update &database roles"), self, objectName="db_roles_button")
        self.db_roles_button.setToolTip(self.tr("Make every user a PostgreSQL role with their role's rights, so other "
                                                "tools (psql, ODBC) see exactly what Karavan shows them"))
        self.db_roles_button.setVisible(False)
        self.db_roles_button.setEnabled(rights.allows(Area.USERS, Action.EDIT))
        self.db_roles_button.clicked.connect(self.update_database_roles)
        self.ctx, self.tasks = ctx, tasks
        bottom = QHBoxLayout()
        bottom.addWidget(self.db_roles_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        # Enter saves the form of the tab on screen (no other button is a default one).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.tabs.currentChanged.connect(self._default_button)
        self._default_button()
        self.users.refresh()
        self.roles.refresh()
        tasks.read(lambda: ctx.backup.backend_of(),
                   lambda backend: self.db_roles_button.setVisible(backend == "postgresql"))

    def update_database_roles(self) -> None:
        self.db_roles_button.setEnabled(False)

        def done(result) -> None:
            self.db_roles_button.setEnabled(True)
            text = self.tr("{users} users and {groups} roles are now database roles with these rights.").format(
                users=result.user_roles, groups=result.group_roles)
            if result.disabled:
                text += " " + self.tr("{n} inactive users may not log in.").format(n=result.disabled)
            text += "\n" + self.tr("Each user's database password is set the next time their password is set or "
                                   "changed here.")
            QMessageBox.information(self, self.tr("Database roles"), text)

        def failed(exc: BaseException) -> None:
            self.db_roles_button.setEnabled(True)
            show_error(self, exc)

        self.tasks.write(lambda: self.ctx.access.sync_database_roles(), done, failed)

    def _default_button(self, _index: int = 0) -> None:
        current = self.tabs.currentWidget()
        for tab in (self.users, self.roles):
            tab.save_button.setDefault(tab is current)
