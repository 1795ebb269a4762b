"""First run, logging in and choosing the database, as a new office would do it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWizard

from app.config import Profile
from app.services.context import ServiceContext
from app.services.errors import DatabaseUnavailable
from app.ui import wizard as wizard_module
from app.ui.login import LoginDialog
from app.ui.profiles_dialog import ProfilesDialog
from app.ui.wizard import SetupWizard
from tests.conftest import ADMIN_PASSWORD
from tests.ui.typing_helpers import type_text


class NoKeyring:
    def __init__(self):
        self.saved: dict[str, str] = {}

    def available(self):
        return False

    def get(self, profile):
        return self.saved.get(profile.name)

    def save(self, profile, password):
        self.saved[profile.name] = password

    def forget(self, profile):
        self.saved.pop(profile.name, None)


def _fill_wizard(qtbot, wiz: SetupWizard, *, password="strong-pass-1", repeat=None) -> None:
    type_text(wiz.company_page.company_edit, "Карван Трейдинг")
    wiz.next()
    type_text(wiz.admin_page.full_name_edit, "Anna Admin")
    wiz.admin_page.login_edit.setText("anna")
    qtbot.keyClicks(wiz.admin_page.password_edit, password)
    qtbot.keyClicks(wiz.admin_page.repeat_edit, repeat if repeat is not None else password)


def test_wizard_creates_company_and_administrator(qtbot, sqlite_db, tasks, shots):
    anon = ServiceContext(sqlite_db.session_factory)
    wiz = SetupWizard(anon, tasks)
    qtbot.addWidget(wiz)
    wiz.show()
    assert not wiz.button(QWizard.WizardButton.NextButton).isEnabled()  # the company name is required
    wiz.grab().save(str(shots / "wizard_company.png"))
    _fill_wizard(qtbot, wiz)
    wiz.grab().save(str(shots / "wizard_admin.png"))
    wiz.next()
    assert wiz.currentPage() is wiz.start_page
    assert wiz.start_page.empty_radio.isChecked()
    wiz.grab().save(str(shots / "wizard_start.png"))
    wiz.accept()
    assert wiz.result() == QDialog.DialogCode.Accepted
    assert wiz.user is not None and wiz.user.login == "anna" and wiz.user.is_admin
    assert anon.auth.company_name() == "Карван Трейдинг"
    assert anon.auth.authenticate("ANNA", "strong-pass-1").id == wiz.user.id


def test_wizard_keeps_typed_values_when_passwords_differ(qtbot, sqlite_db, tasks, shots):
    anon = ServiceContext(sqlite_db.session_factory)
    wiz = SetupWizard(anon, tasks)
    qtbot.addWidget(wiz)
    wiz.show()
    _fill_wizard(qtbot, wiz, password="strong-pass-1", repeat="strong-pass-2")
    wiz.next()
    assert wiz.currentPage() is wiz.admin_page
    assert wiz.admin_page.errors["repeat"].isVisible()
    assert "do not match" in wiz.admin_page.errors["repeat"].text()
    assert wiz.admin_page.full_name_edit.text() == "Anna Admin"
    wiz.grab().save(str(shots / "wizard_admin_error.png"))
    wiz.admin_page.repeat_edit.clear()
    qtbot.keyClicks(wiz.admin_page.repeat_edit, "short")
    wiz.admin_page.password_edit.setText("short")
    wiz.next()
    assert "at least 8" in wiz.admin_page.errors["password"].text()
    assert not anon.auth.is_initialized()


def test_wizard_with_demo_data_seeds_clients(qtbot, sqlite_db, tasks, monkeypatch):
    monkeypatch.setattr(wizard_module, "DEMO_CLIENTS", 40)
    anon = ServiceContext(sqlite_db.session_factory)
    wiz = SetupWizard(anon, tasks)
    qtbot.addWidget(wiz)
    wiz.show()
    _fill_wizard(qtbot, wiz)
    wiz.next()
    wiz.start_page.demo_radio.setChecked(True)
    wiz.accept()
    assert wiz.result() == QDialog.DialogCode.Accepted
    from app.services.clients import ClientQuery
    assert len(anon.clients.client_ids(ClientQuery(status=None))) == 40


def _login_dialog(qtbot, tasks, db, connect=None, profiles=None):
    profiles = profiles or [Profile(name="This computer", kind="sqlite", path=str(db.url.database))]
    dialog = LoginDialog(tasks, profiles, connect or (lambda profile, password: db), passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_login_with_right_and_wrong_password(qtbot, ui_services, sqlite_db, tasks, shots):
    dialog = _login_dialog(qtbot, tasks, sqlite_db)
    assert not dialog.server_password_edit.isVisible()  # a file on this PC needs no server password
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    dialog.login_button.click()
    assert dialog.result_value is None
    assert dialog.error_label.text() == "The login or password is incorrect."
    dialog.grab().save(str(shots / "login_error.png"))

    dialog.login_edit.setText("nobody")
    dialog.login_button.click()
    assert dialog.error_label.text() == "The login or password is incorrect."  # same words: no hint

    dialog.login_edit.setText("Admin")
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.login_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.user.full_name == "Anna Admin"


def test_repeated_failures_make_the_user_wait(qtbot, ui_services, sqlite_db, tasks, monkeypatch):
    from app.services import auth

    clock = [1000.0]
    monkeypatch.setattr(auth, "THROTTLE", auth.LoginThrottle(clock=lambda: clock[0]))
    dialog = _login_dialog(qtbot, tasks, sqlite_db)
    dialog.login_edit.setText("admin")
    for _ in range(3):
        dialog.password_edit.setText("bad-password")
        dialog.login_button.click()
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.login_button.click()
    assert "Try again in" in dialog.error_label.text()
    assert not dialog.login_button.isEnabled()
    assert dialog.result_value is None
    clock[0] += 60
    dialog._retry_left = 1
    dialog._tick_retry()
    assert dialog.login_button.isEnabled()
    dialog.login_button.click()
    assert dialog.result_value is not None and dialog.result_value.user.login == "admin"


def test_login_on_a_new_database_asks_for_set_up(qtbot, sqlite_db, tasks):
    dialog = _login_dialog(qtbot, tasks, sqlite_db)
    dialog.login_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value.user is None


def test_server_profile_asks_for_the_server_password_and_shows_connection_errors(qtbot, sqlite_db, tasks, shots):
    server = Profile(name="Office server", kind="postgresql", host="10.0.0.5", database="karavan", user="karavan")
    local = Profile(name="This computer", kind="sqlite", path=str(sqlite_db.url.database))
    seen = []

    def connect(profile, password):
        seen.append((profile.name, password))
        raise DatabaseUnavailable(profile.describe(), "password authentication failed")

    dialog = _login_dialog(qtbot, tasks, sqlite_db, connect=connect, profiles=[local, server])
    dialog.profile_combo.setCurrentIndex(1)
    assert dialog.server_password_edit.isVisible()
    assert not dialog.remember_check.isEnabled()  # no keyring on this machine
    qtbot.keyClicks(dialog.server_password_edit, "server-secret")
    qtbot.keyClicks(dialog.login_edit, "admin")
    qtbot.keyClicks(dialog.password_edit, "whatever1")
    dialog.login_button.click()
    assert seen == [("Office server", "server-secret")]
    assert "karavan@10.0.0.5:5432/karavan" in dialog.error_label.text()
    assert dialog.login_edit.text() == "admin"  # nothing typed is lost
    dialog.grab().save(str(shots / "login_server_error.png"))


def test_connections_dialog_adds_a_server_and_refuses_a_network_share(qtbot, tmp_path):
    local = Profile(name="This computer", kind="sqlite", path=str(tmp_path / "k.db"))
    dialog = ProfilesDialog([local])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_button.click()
    assert dialog.kind_combo.currentData() == "postgresql"
    dialog.host_edit.setText("192.168.1.10")
    dialog.name_edit.setText("Head office")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [p.name for p in dialog.profiles] == ["This computer", "Head office"]
    assert dialog.profiles[1].host == "192.168.1.10"

    dialog = ProfilesDialog([local])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path_edit.setText(r"\\fileserver\share\karavan.db")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "network share" in dialog.error.text()


@pytest.mark.parametrize("url", ["sqlite:////tmp/x.db", "postgresql://karavan@srv:5433/kdb"])
def test_db_url_becomes_a_fixed_profile(url):
    from app.ui.application import profile_from_url

    p = profile_from_url(url)
    assert p.name == "--db"
    assert (p.kind, p.path or p.host) in {("sqlite", "/tmp/x.db"), ("postgresql", "srv")}
