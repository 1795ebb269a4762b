"""The administrator's screens as an administrator uses them: make a user with a role, narrow a role's matrix,
meet the refusals (the last administrator, a role still held, someone else's save), keep branches, and read
and check the audit trail."""

from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QFileDialog, QLineEdit, QMenu, QMessageBox
from sqlalchemy import text

from app.services.clients import ClientQuery
from app.services.errors import PermissionDenied
from app.ui.admin import audit as audit_module
from app.ui.admin.audit import AuditWindow
from app.ui.admin.branches import BranchesDialog
from app.ui.admin.users import NewUserDialog, ResetPasswordDialog, UsersRolesDialog
from app.ui.main_window import MainWindow
from app.ui.text import strip_isolates
from tests.ui.card_fixtures import type_into
from tests.unit.factories import simple_form


def user_as(services, login: str, role: str, **kw):
    row = services.users.add_user(login, full_name=login.title() + " Person", password=f"{login}-pass-1",
                                  role=role, **kw)
    return services.as_user(row.id), row


def column(model, title: str) -> list[str]:
    col = next(i for i, c in enumerate(model.columns) if c.title == title)
    return [strip_isolates(model.data(model.index(r, col)) or "") for r in range(model.rowCount())]


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def dialog(qtbot, ui_services, tasks):
    dlg = UsersRolesDialog(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def select_role(qtbot, dlg, name: str) -> None:
    dlg.tabs.setCurrentWidget(dlg.roles)
    items = dlg.roles.roles_list.findItems(name, Qt.MatchFlag.MatchExactly)
    assert items, name
    rect = dlg.roles.roles_list.visualItemRect(items[0])
    qtbot.mouseClick(dlg.roles.roles_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dlg.roles.current is not None and dlg.roles.current.name == name


# --- the Settings menu --------------------------------------------------------------------------------

def _menu_entries(win: MainWindow) -> list[str]:
    menu = win.menuBar().findChild(QMenu, "settings_menu")
    return [a.objectName() for a in menu.actions() if a.objectName()] if menu is not None else []


@pytest.mark.parametrize(("role", "expected"), [
    (None, ["menu_users_roles", "menu_branches", "menu_audit_trail"]),
    ("accountant", ["menu_audit_trail"]),
    ("director", ["menu_users_roles", "menu_branches", "menu_audit_trail"]),
    ("sales_manager", []),
])
def test_the_settings_menu_offers_what_the_role_may_see(qtbot, ui_services, tasks, role, expected):
    if role is None:
        ctx, user = ui_services, ui_services.users.list_users()[0]
    else:
        ctx, user = user_as(ui_services, "pat", role)
    win = MainWindow(ctx, tasks, user=user, database="test", company="Karavan Test LLC")
    qtbot.addWidget(win)
    entries = [e for e in _menu_entries(win) if e in ("menu_users_roles", "menu_branches", "menu_audit_trail")]
    assert entries == expected
    titles = [a.text() for a in win.menuBar().actions()]
    if expected:
        assert titles.index("&Settings") < titles.index("&Help")


def test_the_menu_opens_the_users_dialog(qtbot, ui_services, tasks, monkeypatch):
    opened = []
    monkeypatch.setattr(UsersRolesDialog, "exec", lambda dlg: opened.append(dlg.users.model.rowCount()) or 0)
    win = MainWindow(ui_services, tasks, user=ui_services.users.list_users()[0], database="test", company="K")
    qtbot.addWidget(win)
    win.menuBar().findChild(QMenu, "settings_menu").findChild(type(win.new_menu_action), "menu_users_roles").trigger()
    assert opened == [1]


# --- users ---------------------------------------------------------------------------------------------

def test_a_new_user_is_made_with_a_role_and_bad_input_keeps_what_was_typed(qtbot, dialog, ui_services, shots,
                                                                           monkeypatch):
    north = ui_services.access.save_branch(None, name="North")
    ui_services.access.save_department(None, name="Sales North", branch_id=north.id)
    ui_services.access.save_department(None, name="Sales South", branch_id=None)
    dialog.users.refresh()
    attempts = []

    def fill(dlg: NewUserDialog):
        type_into(qtbot, dlg.login_edit, "sam")
        type_into(qtbot, dlg.full_name_edit, "Sam Seller")
        type_into(qtbot, dlg.email_edit, "sam@example.com")
        assert dlg.role_combo.currentText() == "Sales manager" and dlg.must_change_check.isChecked()
        pick(dlg.branch_combo, "North")
        # Only the branch's departments (and those of no branch) are offered.
        offered = [dlg.department_combo.itemText(i) for i in range(dlg.department_combo.count())]
        assert offered == ["(no department)", "Sales South", "Sales North"]
        pick(dlg.department_combo, "Sales North")
        type_into(qtbot, dlg.password_edit, "short")
        type_into(qtbot, dlg.repeat_edit, "shirt")
        click(qtbot, dlg.create_button)
        attempts.append(dlg.fields["repeat"].error.text())
        dlg.repeat_edit.clear()
        type_into(qtbot, dlg.repeat_edit, "short")
        click(qtbot, dlg.create_button)
        attempts.append(dlg.fields["password"].error.text())
        assert dlg.login_edit.text() == "sam" and dlg.department_combo.currentText() == "Sales North"
        assert dlg.fields["password"].editor.property("invalid")
        dlg.show()
        dlg.grab().save(str(shots / "admin_new_user_error.png"))
        for edit in (dlg.password_edit, dlg.repeat_edit):
            edit.clear()
            type_into(qtbot, edit, "sells-2-all")
        click(qtbot, dlg.create_button)
        return dlg.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    click(qtbot, dialog.users.new_button)
    assert "differ" in attempts[0] and attempts[1]
    assert "sam" in column(dialog.users.model, "Login")
    account = next(a for a in ui_services.access.list_accounts() if a.login == "sam")
    assert (account.role_name, account.branch_name, account.department_name, account.must_change_password) == \
        ("Sales manager", "North", "Sales North", True)
    assert dialog.users.current.id == account.id and "created" in dialog.users.status_label.text()
    user = ui_services.auth.authenticate("sam", "sells-2-all")
    assert user.must_change_password


def test_editing_an_account_and_the_department_follows_the_branch(qtbot, dialog, ui_services):
    north = ui_services.access.save_branch(None, name="North")
    south = ui_services.access.save_branch(None, name="South")
    ui_services.access.save_department(None, name="Depot North", branch_id=north.id)
    ui_services.access.save_department(None, name="Depot South", branch_id=south.id)
    _, kim = user_as(ui_services, "kim", "warehouse_clerk")
    dialog.users.refresh()
    select_row(qtbot, dialog.users.table, column(dialog.users.model, "Login").index("kim"))
    tab = dialog.users
    tab.full_name_edit.clear()
    type_into(qtbot, tab.full_name_edit, "Kim Keeper")
    pick(tab.role_combo, "Production")
    pick(tab.branch_combo, "South")
    assert [tab.department_combo.itemText(i) for i in range(tab.department_combo.count())] == \
        ["(no department)", "Depot South"]
    pick(tab.department_combo, "Depot South")
    click(qtbot, tab.save_button)
    account = next(a for a in ui_services.access.list_accounts() if a.id == kim.id)
    assert (account.full_name, account.role_name, account.branch_name, account.department_name) == \
        ("Kim Keeper", "Production", "South", "Depot South")
    assert column(tab.model, "Role")[column(tab.model, "Login").index("kim")] == "Production"


def test_the_last_administrator_keeps_the_role(qtbot, dialog, ui_services, shots):
    tab = dialog.users
    select_row(qtbot, tab.table, 0)
    assert tab.current.login == "admin"
    tab.full_name_edit.clear()
    type_into(qtbot, tab.full_name_edit, "Anna Still Admin")
    pick(tab.role_combo, "Director")
    click(qtbot, tab.save_button)
    assert "last administrator" in tab.fields["role"].error.text()
    assert tab.role_combo.property("invalid")
    assert tab.full_name_edit.text() == "Anna Still Admin" and tab.role_combo.currentText() == "Director"
    dialog.grab().save(str(shots / "admin_users_last_admin.png"))
    assert ui_services.access.list_accounts()[0].role_name == "Administrator"


def test_someone_elses_save_is_not_overwritten(qtbot, dialog, ui_services):
    _, kim = user_as(ui_services, "kim", "warehouse_clerk")
    dialog.users.refresh()
    tab = dialog.users
    select_row(qtbot, tab.table, column(tab.model, "Login").index("kim"))
    theirs = next(a for a in ui_services.access.list_accounts() if a.id == kim.id)
    ui_services.access.update_account(kim.id, full_name="Kim From Elsewhere", email="", role_id=theirs.role_id,
                                      branch_id=None, department_id=None, active=True,
                                      expected_version=theirs.version)
    tab.full_name_edit.clear()
    type_into(qtbot, tab.full_name_edit, "Kim Mine")
    click(qtbot, tab.save_button)
    assert "Your changes were not saved" in tab.general_error.text() and tab.reload_button.isVisible()
    assert tab.full_name_edit.text() == "Kim Mine"
    click(qtbot, tab.reload_button)
    assert tab.full_name_edit.text() == "Kim From Elsewhere" and not tab.reload_button.isVisible()


def test_reset_password_and_unlock(qtbot, dialog, ui_services, monkeypatch):
    from app.services.errors import AccountLocked, AuthenticationFailed

    user_as(ui_services, "lou", "accountant")
    from app.services import auth

    for _ in range(5):
        auth.THROTTLE._failures.clear()   # the lock counts wrong passwords; the throttle would slow the test
        with pytest.raises(AuthenticationFailed):
            ui_services.auth.authenticate("lou", "wrong-guess-1")
    auth.THROTTLE._failures.clear()
    with pytest.raises(AccountLocked):
        ui_services.auth.authenticate("lou", "lou-pass-1")
    dialog.users.refresh()
    tab = dialog.users
    select_row(qtbot, tab.table, column(tab.model, "Login").index("lou"))
    assert column(tab.model, "Locked")[column(tab.model, "Login").index("lou")].startswith("until")
    click(qtbot, tab.unlock_button)
    assert not tab.unlock_button.isEnabled() and "can sign in again" in tab.status_label.text()
    assert ui_services.auth.authenticate("lou", "lou-pass-1").login == "lou"

    def fill(dlg: ResetPasswordDialog):
        type_into(qtbot, dlg.password_edit, "lou")
        type_into(qtbot, dlg.repeat_edit, "lou")
        click(qtbot, dlg.set_button)
        assert dlg.fields["password"].error.text() and dlg.password_edit.text() == "lou"
        for edit in (dlg.password_edit, dlg.repeat_edit):
            edit.clear()
            type_into(qtbot, edit, "fresh-start-9")
        click(qtbot, dlg.set_button)
        return dlg.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", fill)
    click(qtbot, tab.reset_button)
    assert "must change it" in tab.status_label.text()
    assert ui_services.auth.authenticate("lou", "fresh-start-9").must_change_password


# --- roles ---------------------------------------------------------------------------------------------

def create_user(qtbot, dialog, monkeypatch, login: str, role: str) -> None:
    """New user… as the administrator fills it in."""
    def fill(dlg: NewUserDialog):
        type_into(qtbot, dlg.login_edit, login)
        type_into(qtbot, dlg.full_name_edit, login.title() + " Person")
        pick(dlg.role_combo, role)
        for edit in (dlg.password_edit, dlg.repeat_edit):
            type_into(qtbot, edit, f"{login}-pass-1")
        click(qtbot, dlg.create_button)
        return dlg.result()

    monkeypatch.setattr(NewUserDialog, "exec", fill)
    dialog.tabs.setCurrentWidget(dialog.users)
    click(qtbot, dialog.users.new_button)


def test_narrowing_the_sales_managers_matrix_is_enforced(qtbot, dialog, ui_services, shots, monkeypatch):
    create_user(qtbot, dialog, monkeypatch, "sam", "Sales manager")
    assert dialog.users.current.login == "sam" and dialog.users.role_combo.currentText() == "Sales manager"
    sam = ui_services.as_user(dialog.users.current.id)
    others = ui_services.clients.create_client(simple_form("Not Sam's"))
    assert others.id not in sam.clients.client_ids(ClientQuery(status=None))
    select_role(qtbot, dialog, "Sales manager")
    grid = dialog.roles.matrix
    create = grid.findChild(QCheckBox, "cell_clients_create")
    assert create.isChecked() and grid.findChild(QComboBox, "scope_clients").currentText() == "Own"
    assert grid.findChild(QCheckBox, "cell_clients_post") is None   # clients have nothing to post
    click(qtbot, create)
    pick(grid.findChild(QComboBox, "scope_clients"), "All")
    dialog.resize(1100, 820)
    dialog.grab().save(str(shots / "admin_roles_matrix.png"))
    click(qtbot, dialog.roles.save_button)
    assert "Saved" in dialog.roles.status_label.text()

    role = next(r for r in ui_services.access.list_roles() if r.key == "sales_manager")
    assert ("clients", "create") not in role.cells and role.cells[("clients", "view")] == "all"
    with pytest.raises(PermissionDenied):
        sam.clients.create_client(simple_form("Sam may not"))
    assert others.id in sam.clients.client_ids(ClientQuery(status=None))   # the scope is now All


def test_new_copy_and_delete_roles(qtbot, dialog, ui_services, monkeypatch):
    roles = dialog.roles
    select_role(qtbot, dialog, "Warehouse clerk")
    click(qtbot, roles.copy_button)
    assert roles.name_edit.text() == "Copy of Warehouse clerk"
    assert roles.matrix.findChild(QCheckBox, "cell_warehouse_post").isChecked()
    roles.name_edit.clear()
    type_into(qtbot, roles.name_edit, "Night shift")
    click(qtbot, roles.save_button)
    night = next(r for r in ui_services.access.list_roles() if r.name == "Night shift")
    clerk = next(r for r in ui_services.access.list_roles() if r.key == "warehouse_clerk")
    assert night.cells == clerk.cells and roles.current.id == night.id

    click(qtbot, roles.new_button)
    click(qtbot, roles.save_button)
    assert roles.fields["name"].error.text() == "Is required"

    # A role somebody holds is not deleted; the reason is shown.
    user_as(ui_services, "nat", night.key)
    roles.refresh(night.id)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    click(qtbot, roles.delete_button)
    assert "Night shift" in asked[0]
    assert "Users still hold this role" in roles.general_error.text()
    # Once nobody holds it, it goes.
    nat = next(a for a in ui_services.access.list_accounts() if a.login == "nat")
    ui_services.access.update_account(nat.id, full_name=nat.full_name, email="", role_id=clerk.id, branch_id=None,
                                      department_id=None, active=True, expected_version=nat.version)
    roles.refresh(night.id)
    click(qtbot, roles.delete_button)
    assert "deleted" in roles.status_label.text()
    assert "Night shift" not in [r.name for r in ui_services.access.list_roles()]


def test_the_administrator_role_may_do_everything_and_is_read_only(qtbot, dialog, shots):
    select_role(qtbot, dialog, "Administrator")
    roles = dialog.roles
    assert roles.admin_label.isVisible() and not roles.matrix_scroll.isVisible()
    assert "may do everything" in roles.admin_label.text()
    assert roles.name_edit.isReadOnly() and not roles.save_button.isEnabled() and not roles.delete_button.isEnabled()
    dialog.grab().save(str(shots / "admin_roles_administrator.png"))


def test_a_director_sees_users_but_changes_nothing(qtbot, ui_services, tasks):
    director, _ = user_as(ui_services, "dora", "director")
    dlg = UsersRolesDialog(director, tasks, director.access.my_rights())
    qtbot.addWidget(dlg)
    assert dlg.users.model.rowCount() == 2
    select_row(qtbot, dlg.users.table, 0)
    assert not dlg.users.save_button.isEnabled() and not dlg.users.new_button.isEnabled()
    select_role(qtbot, dlg, "Sales manager")
    assert not dlg.roles.matrix.isEnabled() and not dlg.roles.save_button.isEnabled()


# --- branches and departments --------------------------------------------------------------------------

def _answered(qtbot, dlg) -> None:
    """Wait for the queued save of an inline edit: the editor commits after Enter, then the save runs."""
    qtbot.waitUntil(lambda: bool(dlg.status_label.text() or dlg.error_label.text()))


def _type_new(qtbot, dlg, button, view, name: str) -> int:
    dlg.status_label.setText("")
    dlg.error_label.show_message("")
    click(qtbot, button)
    index = view.currentIndex()
    editor = view.indexWidget(index)
    assert isinstance(editor, QLineEdit), "Add opens the name's editor on the new line"
    type_into(qtbot, editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _answered(qtbot, dlg)
    return index.row()


def _toggle(qtbot, dlg, view, row: int, col: int) -> None:
    dlg.status_label.setText("")
    dlg.error_label.show_message("")
    rect = view.visualRect(view.model().index(row, col))
    # The check box sits at the left of its cell.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    _answered(qtbot, dlg)


def test_branches_and_departments_are_added_and_renamed_in_place(qtbot, ui_services, tasks, shots):
    dlg = BranchesDialog(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(dlg)
    dlg.show()
    _type_new(qtbot, dlg, dlg.add_branch_button, dlg.branches_view, "Head office")
    _type_new(qtbot, dlg, dlg.add_branch_button, dlg.branches_view, "North")
    branches = ui_services.access.list_branches(include_inactive=True)
    assert [(b.name, b.is_head_office) for b in branches] == [("Head office", True), ("North", False)]

    # A name another branch has stays as typed, marked, with the reason.
    row = _type_new(qtbot, dlg, dlg.add_branch_button, dlg.branches_view, "north")
    assert "another branch has this name" in dlg.error_label.text().lower()
    entry = dlg.branches_model.entry(row)
    assert entry.values["name"] == "north" and entry.error and entry.row is None

    # North becomes the head office (only one is), then is closed.
    north_row = [e.values["name"] for e in dlg.branches_model.entries].index("North")
    _toggle(qtbot, dlg, dlg.branches_view, north_row, 1)
    assert [(b.name, b.is_head_office) for b in ui_services.access.list_branches()] == \
        [("North", True), ("Head office", False)]
    select_row(qtbot, dlg.branches_view, 0)
    assert dlg.selected_branch_id() == branches[1].id
    _type_new(qtbot, dlg, dlg.add_department_button, dlg.departments_view, "Depot")
    depts = ui_services.access.list_departments()
    assert [(d.name, d.branch_name) for d in depts] == [("Depot", "North")]
    assert "departments of North" in dlg.departments_hint.text()

    # Renaming: double-click the name, type, Enter.
    index = dlg.departments_model.index(0, 0)
    dlg.departments_view.setCurrentIndex(index)
    dlg.departments_view.edit(index)
    editor = dlg.departments_view.indexWidget(index)
    editor.selectAll()
    dlg.status_label.setText("")
    dlg.error_label.show_message("")
    type_into(qtbot, editor, "North depot")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _answered(qtbot, dlg)
    assert [d.name for d in ui_services.access.list_departments()] == ["North depot"]
    _toggle(qtbot, dlg, dlg.departments_view, 0, 1)
    assert ui_services.access.list_departments() == []
    assert not ui_services.access.list_departments(include_inactive=True)[0].active
    dlg.grab().save(str(shots / "admin_branches.png"))


# --- the audit trail -----------------------------------------------------------------------------------

@pytest.fixture
def changed_client(ui_services):
    card = ui_services.clients.create_client(simple_form("Audited LLC"))
    return ui_services.clients.update_client(card.id, replace(card.form, notes="called back"),
                                             expected_version=card.version)


def _audit(qtbot, ui_services, tasks) -> AuditWindow:
    win = AuditWindow(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_trail_shows_a_change_and_filters_by_action(qtbot, ui_services, tasks, changed_client, shots):
    win = _audit(qtbot, ui_services, tasks)
    records = column(win.model, "Record")
    assert f"Client {changed_client.id}" in records
    changes = column(win.model, "Changes")
    assert any("Notes: — → called back" in c for c in changes)
    # Newest first.
    assert [r.id for r in win.model.rows] == sorted((r.id for r in win.model.rows), reverse=True)
    pick(win.action_combo, "Changed")
    assert set(column(win.model, "Action")) == {"Changed"}
    assert any(r.record_id == changed_client.id for r in win.model.rows)
    pick(win.entity_combo, "Client")
    assert {r.entity for r in win.model.rows} == {"client"}
    pick(win.user_combo, "admin — Anna Admin")
    assert win.model.rowCount() >= 1
    win.to_check.setChecked(True)
    win.to_edit.setDate(win.to_edit.date().addDays(-2))
    assert win.model.rowCount() == 0
    win.to_check.setChecked(False)
    assert win.model.rowCount() >= 1
    pick(win.action_combo, "Every action")
    pick(win.entity_combo, "Every kind of record")
    click(qtbot, win.check_button)
    assert "intact" in win.chain_label.text()
    win.grab().save(str(shots / "admin_audit.png"))


def test_older_entries_load_page_by_page(qtbot, ui_services, tasks, monkeypatch):
    card = ui_services.clients.create_client(simple_form("Paged"))
    for n in range(6):
        card = ui_services.clients.update_client(card.id, replace(card.form, notes=f"n{n}"),
                                                 expected_version=card.version)
    monkeypatch.setattr(audit_module, "PAGE", 3)
    win = _audit(qtbot, ui_services, tasks)
    total = len(ui_services.access.search_audit())
    assert win.model.rowCount() == 3 and win.older_button.isEnabled()
    while win.older_button.isEnabled():
        click(qtbot, win.older_button)
    ids = [r.id for r in win.model.rows]
    assert len(ids) == total and ids == sorted(ids, reverse=True) and len(set(ids)) == total


def test_the_chain_check_names_the_entry_changed(qtbot, ui_services, tasks, changed_client, sqlite_db, shots):
    with sqlite_db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_event_no_update"))
        conn.execute(text("UPDATE audit_event SET label = 'rewritten' WHERE id = 2"))
    win = _audit(qtbot, ui_services, tasks)
    click(qtbot, win.check_button)
    win.grab().save(str(shots / "admin_audit_broken.png"))
    assert "broken at entry 2" in win.chain_label.text() and "changed after it was written" in win.chain_label.text()


def test_the_trail_is_exported_with_its_filters(qtbot, ui_services, tasks, changed_client, tmp_path, monkeypatch):
    target = tmp_path / "trail.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), a[3])))
    told = []
    monkeypatch.setattr("app.ui.excel_export.say_done", lambda parent, n, path: told.append((n, path)))
    win = _audit(qtbot, ui_services, tasks)
    pick(win.action_combo, "Changed")
    shown = win.model.rowCount()
    click(qtbot, win.export_button)
    assert told == [(shown, str(target))]
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:6] == ("Time", "User", "Action", "Record", "Label", "Changes")
    # The display columns in the window's words; the Entry column keeps the entry's own number.
    assert len(rows) == 1 + shown and {r[2] for r in rows[1:]} == {"Changed"}
    assert f"Client {changed_client.id}" in {r[3] for r in rows[1:]}
    assert any("Notes: — → called back" in (r[5] or "") for r in rows[1:])
    assert [r[6] for r in rows[1:]] == [r.id for r in win.model.rows]
    QApplication.processEvents()


def test_enter_saves_the_tab_on_screen(qtbot, dialog, ui_services):
    _, kim = user_as(ui_services, "kim", "warehouse_clerk")
    dialog.users.refresh()
    tab = dialog.users
    select_row(qtbot, tab.table, column(tab.model, "Login").index("kim"))
    assert tab.save_button.isDefault() and not dialog.roles.save_button.isDefault()
    tab.full_name_edit.clear()
    type_into(qtbot, tab.full_name_edit, "Kim Entered")
    qtbot.keyClick(tab.full_name_edit, Qt.Key.Key_Return)
    assert next(a for a in ui_services.access.list_accounts() if a.id == kim.id).full_name == "Kim Entered"
    dialog.tabs.setCurrentWidget(dialog.roles)
    assert dialog.roles.save_button.isDefault() and not tab.save_button.isDefault()


def test_an_accountant_reads_the_trail_but_cannot_export_it(qtbot, ui_services, tasks, changed_client):
    accountant, _ = user_as(ui_services, "acc", "accountant")
    win = AuditWindow(accountant, tasks, accountant.access.my_rights())
    qtbot.addWidget(win)
    assert f"Client {changed_client.id}" in column(win.model, "Record")
    assert not win.export_button.isEnabled()


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot, ui_services, tasks, changed_client):
    ui_services.access.save_branch(None, name="North")
    dlg = BranchesDialog(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(dlg)
    dlg.branches_model.add_new({"is_head_office": False, "active": True})
    qtmodeltester.check(dlg.branches_model)
    win = _audit(qtbot, ui_services, tasks)
    qtmodeltester.check(win.model)


def test_a_role_saved_elsewhere_meanwhile_is_not_overwritten(qtbot, dialog, ui_services):
    select_role(qtbot, dialog, "Production")
    roles = dialog.roles
    theirs = roles.current
    ui_services.access.save_role(theirs.id, name="Production floor", description=theirs.description,
                                 cells=theirs.cells, expected_version=theirs.version)
    click(qtbot, roles.matrix.findChild(QCheckBox, "cell_production_delete"))
    click(qtbot, roles.save_button)
    assert "Your changes were not saved" in roles.general_error.text() and roles.reload_button.isVisible()
    assert not roles.matrix.findChild(QCheckBox, "cell_production_delete").isChecked()   # as the user left it
    click(qtbot, roles.reload_button)
    assert roles.name_edit.text() == "Production floor" and not roles.reload_button.isVisible()
    assert roles.matrix.findChild(QCheckBox, "cell_production_delete").isChecked()


def test_choosing_another_row_asks_before_dropping_edits(qtbot, dialog, ui_services, monkeypatch):
    user_as(ui_services, "kim", "warehouse_clerk")
    dialog.users.refresh()
    tab = dialog.users
    kim_row = column(tab.model, "Login").index("kim")
    select_row(qtbot, tab.table, kim_row)
    type_into(qtbot, tab.full_name_edit, " Jr")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or answers.pop(0)))
    select_row(qtbot, tab.table, 1 - kim_row)
    assert tab.current.login == "kim" and tab.full_name_edit.text() == "Kim Person Jr"
    assert tab.table.currentIndex().row() == kim_row and "kim" in asked[0]
    select_row(qtbot, tab.table, 1 - kim_row)
    assert tab.current.login == "admin" and tab.full_name_edit.text() == "Anna Admin"

    # The Roles tab likewise; an unsaved copy counts as an edit, and the role shown before can be chosen again.
    roles = dialog.roles
    select_role(qtbot, dialog, "Director")
    click(qtbot, roles.copy_button)
    answers[:] = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    items = roles.roles_list.findItems("Director", Qt.MatchFlag.MatchExactly)
    rect = roles.roles_list.visualItemRect(items[0])
    qtbot.mouseClick(roles.roles_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert roles.current is None and roles.name_edit.text() == "Copy of Director"
    qtbot.mouseClick(roles.roles_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert roles.current is not None and roles.current.name == "Director" and not answers


def test_departments_of_no_branch_stay_reachable(qtbot, ui_services, tasks):
    ui_services.access.save_department(None, name="Company-wide", branch_id=None)
    north = ui_services.access.save_branch(None, name="North")
    ui_services.access.save_department(None, name="Depot", branch_id=north.id)
    dlg = BranchesDialog(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(dlg)
    assert [e.values["name"] for e in dlg.departments_model.entries] == ["Company-wide", "Depot"]
    assert "and those of no branch" in dlg.departments_hint.text()


def test_database_roles_are_offered_only_on_postgresql(qtbot, dialog):
    # ui_services is a SQLite file: there are no database roles to make (tests/pg/test_database_roles.py
    # checks the roles themselves on PostgreSQL).
    qtbot.wait(50)
    assert not dialog.db_roles_button.isVisible()
