"""The composition root end to end: first start through the wizard, then a normal login."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog

from app.ui import application
from app.ui.login import LoginDialog
from app.ui.main_window import MainWindow
from app.ui.wizard import SetupWizard


def _capture_main_window(monkeypatch):
    seen: list[MainWindow] = []

    def fake_exec(*_args):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        # Run the event loop a little, as the real one would: the list and the title fill in.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not all(
                w.windowTitle() != "Karavan" and w.clients.model.rowCount() >= 0 and not w.clients.model.is_loading()
                for w in windows):
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        seen.extend(windows)
        for w in windows:
            w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    return seen


def test_first_start_runs_the_wizard_then_a_login_opens_the_main_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path))
    windows = _capture_main_window(monkeypatch)

    def wizard_exec(self):
        self.company_page.company_edit.setText("Ararat Trading")
        self.admin_page.full_name_edit.setText("Anna Admin")
        self.admin_page.login_edit.setText("anna")
        self.admin_page.password_edit.setText("strong-pass-1")
        self.admin_page.repeat_edit.setText("strong-pass-1")
        self.accept()  # the write runs on the worker thread; wait for it as the event loop would
        qtbot.waitUntil(lambda: self.user is not None, timeout=10_000)
        qtbot.waitUntil(lambda: self.result() == QDialog.DialogCode.Accepted)
        return self.result()

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    assert application.run_gui() == 0
    assert len(windows) == 1
    first = windows[0]
    assert first.user.login == "anna"
    assert first.windowTitle() == "Karavan — Ararat Trading"
    assert str(tmp_path) in first.db_label.text()
    assert (tmp_path / "data" / "karavan.db").exists()

    # Next morning: the same database, so the login dialog instead of the wizard.
    windows.clear()
    attempts = []

    def login_exec(self):
        self.login_edit.setText("ANNA")
        self.password_edit.setText("strong-pass-1")
        self.attempt()
        qtbot.waitUntil(lambda: self.result_value is not None, timeout=10_000)
        attempts.append(self.result_value.user.full_name)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(SetupWizard, "exec", lambda self: (_ for _ in ()).throw(AssertionError("no wizard")))
    assert application.run_gui() == 0
    assert attempts == ["Anna Admin"]
    assert len(windows) == 1 and windows[0].user.login == "anna"


def test_cancelled_login_ends_quietly(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path))
    windows = _capture_main_window(monkeypatch)
    monkeypatch.setattr(SetupWizard, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert application.run_gui() == 0
    assert windows == []
