"""Settings → Backups… as an administrator uses it: choose the folder and schedule, back up now, see the list
with each backup's check, encrypt with a password, restore into a new file and switch to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app import config
from app.services.backup import fileformat, schedule
from app.ui.backups import BackupScheduler, BackupsDialog
from tests.ui.typing_helpers import type_text


@pytest.fixture
def paths(tmp_path, monkeypatch):
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(fileformat, "SCRYPT_N", 1 << 10)
    monkeypatch.setattr(config, "keyring_available", lambda: False)
    return config.AppPaths.default().ensure()


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers Yes (the questions are recorded); information is recorded."""
    asked: list[str] = []
    told: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    return asked, told


def _dialog(qtbot, ui_services, tasks, paths, **kwargs) -> BackupsDialog:
    dialog = BackupsDialog(ui_services, tasks, paths=paths, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_settings_are_saved_for_this_database_and_shown_again(qtbot, ui_services, tasks, paths, tmp_path, shots,
                                                                   monkeypatch):
    dialog = _dialog(qtbot, ui_services, tasks, paths)
    assert dialog.folder_edit.text() == str(paths.data_dir / "backups")     # the default
    assert dialog.schedule_combo.currentData() == "daily"
    dialog.folder_edit.clear()
    type_text(dialog.folder_edit, str(tmp_path / "office-backups"))
    dialog.schedule_combo.setCurrentIndex(dialog.schedule_combo.findData("weekly"))
    dialog.daily_spin.setValue(5)
    dialog.monthly_spin.setValue(24)
    qtbot.mouseClick(dialog.findChild(type(dialog.backup_button), "save_settings_button"), Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Settings saved."
    dialog.grab().save(str(shots / "backups_dialog_settings.png"))

    again = _dialog(qtbot, ui_services, tasks, paths)
    assert (again.folder_edit.text(), again.schedule_combo.currentData(), again.daily_spin.value(),
            again.monthly_spin.value()) == (str(tmp_path / "office-backups"), "weekly", 5, 24)

    # Browse… to another folder lists the backups in it.
    other = tmp_path / "other-folder"
    ui_services.backup.make_backup(other)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(other)))
    qtbot.mouseClick(again.findChild(type(again.backup_button), "browse_button"), Qt.MouseButton.LeftButton)
    assert again.folder_edit.text() == str(other) and again.model.rowCount() == 1

    again.folder_edit.clear()
    qtbot.mouseClick(again.findChild(type(again.backup_button), "save_settings_button"), Qt.MouseButton.LeftButton)
    assert again.settings_error.isVisible() and "folder" in again.settings_error.text().lower()
    assert schedule.load_settings(again.source, paths).folder == str(tmp_path / "office-backups")  # unchanged


def test_back_up_now_lists_the_checked_backup(qtbot, qtmodeltester, ui_services, tasks, paths, shots):
    dialog = _dialog(qtbot, ui_services, tasks, paths)
    seen = []
    tasks.progress.connect(lambda _t, done, total, text: seen.append(text))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Backup made and checked: karavan-")
    assert "Writing the backup…" in seen and "Checking the backup…" in seen
    assert dialog.model.rowCount() == 1 and not dialog.progress.isVisible()
    row = [dialog.model.index(0, c).data() for c in range(dialog.model.columnCount())]
    assert row[1:] == ["On demand", row[2], "No", "OK"]
    qtmodeltester.check(dialog.model)
    dialog.grab().save(str(shots / "backups_dialog_list.png"))


def test_an_encrypted_backup_needs_a_good_password_twice(qtbot, ui_services, tasks, paths, answers, shots):
    dialog = _dialog(qtbot, ui_services, tasks, paths)
    assert not dialog.password_edit.isVisible()
    dialog.encrypt_check.click()
    assert dialog.password_edit.isVisible() and "lost password means a lost backup" in dialog.warning.text()
    assert not dialog.remember_check.isEnabled()          # no keyring on this computer: said on the box
    type_text(dialog.password_edit, "short")
    type_text(dialog.repeat_edit, "short")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in dialog.settings_error.text() and dialog.model.rowCount() == 0
    assert dialog.password_edit.text() == "short"          # what was typed stays
    dialog.password_edit.setText("long enough 1")
    dialog.repeat_edit.setText("long enough 2")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert "differ" in dialog.settings_error.text()
    dialog.repeat_edit.setText("long enough 1")
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 3).data() == "Yes"
    assert dialog.model.index(0, 4).data() == "OK"
    dialog.grab().save(str(shots / "backups_dialog_encrypted.png"))

    # Restore with a wrong password typed: refused, said plainly, nothing restored.
    dialog.password_edit.setText("not the password")
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "does not open" in dialog.error.text() and dialog.last_restore is None


def test_restore_makes_a_verified_file_and_offers_to_switch_to_it(qtbot, ui_services, tasks, paths, answers):
    switched, closed = [], []
    dialog = _dialog(qtbot, ui_services, tasks, paths,
                     switch_to=lambda kind, target: switched.append((kind, target)) or f"now opens {target}",
                     after_switch=lambda: closed.append(True))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    asked, told = answers
    assert "is not changed" in asked[0] and "Switch this connection" in asked[1]
    result = dialog.last_restore
    assert result is not None and Path(result.target).exists()
    assert Path(result.target).parent == Path(ui_services.backup.source_of()).parent   # beside the current file
    assert switched == [("sqlite", result.target)] and told == [f"now opens {result.target}"] and closed == [True]


def test_a_damaged_backup_shows_as_damaged_and_is_not_restored(qtbot, ui_services, tasks, paths, answers):
    dialog = _dialog(qtbot, ui_services, tasks, paths)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    path = dialog.model.entry(0).path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    (path.parent / "holiday-photos.kvbackup").write_text("not a backup")
    dialog.refresh()
    assert dialog.model.index(0, 4).data() == "Not checked"     # another file than the one checked
    names = {dialog.model.entry(r).path.name: r for r in range(dialog.model.rowCount())}
    dialog.table.selectRow(names[path.name])
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "damaged" in dialog.error.text()
    names = {dialog.model.entry(r).path.name: r for r in range(dialog.model.rowCount())}
    assert dialog.model.index(names[path.name], 4).data() == "Damaged"
    assert dialog.model.index(names["holiday-photos.kvbackup"], 4).data().startswith("Unreadable")
    dialog.table.selectRow(names[path.name])
    dialog.error.hide()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)   # unencrypted: no password asked
    assert "damaged" in dialog.error.text() and dialog.last_restore is None
    assert not list(Path(ui_services.backup.source_of()).parent.glob("*restored*"))


def test_cancel_stops_the_backup_and_leaves_no_file(qtbot, ui_services, tasks, paths):
    dialog = _dialog(qtbot, ui_services, tasks, paths)

    def press_cancel(_task, _done, _total, text):
        if text == "Writing the backup…" and dialog.cancel_button.isVisible():
            dialog.cancel_button.click()
    tasks.progress.connect(press_cancel)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Cancelled: nothing was written."
    folder = Path(dialog.folder_edit.text())
    assert not list(folder.glob("*.kvbackup*")) and not list(folder.glob(".*.db"))
    assert dialog.backup_button.isEnabled()


def test_the_scheduled_backup_at_start_says_what_it_did(qtbot, ui_services, tasks, paths):
    scheduler = BackupScheduler(ui_services, tasks)
    said = []
    scheduler.message.connect(said.append)
    scheduler.run_now()                                   # daily by default, none made yet: due
    assert said and said[0].startswith("Scheduled backup made: karavan-")
    scheduler.run_now()                                   # made a moment ago: not due, nothing said
    assert len(said) == 1
    source = ui_services.backup.source_of()
    schedule.save_settings(source, schedule.BackupSettings(folder=str(paths.data_dir / "enc"), encrypt=True), paths)
    scheduler.run_now()
    assert "need the password kept on this computer" in said[-1]
    scheduler.stop()


def test_a_double_clicked_backup_is_restored_with_windows_and_switched_to(qtbot, ui_services, tasks, paths,
                                                                         answers, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QInputDialog

    from app.services.backup.making import restore_sqlite
    from app.ui.backups.restore_file import restore_with_windows

    made = ui_services.backup.make_backup(tmp_path / "b", password="the office password")
    typed = iter([("wrong password", True), ("the office password", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(typed)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: answers[1].append(text)))
    switched = []

    def restore(path, password, report, target=tmp_path / "restored.db"):
        return restore_sqlite(path, target, password=password, progress=report)

    def switch(kind, target):
        switched.append((kind, target))
        return "switched"

    assert restore_with_windows(made.path, tasks, target=str(tmp_path / "restored.db"), restore=restore,
                                switch_to=switch) == 1
    asked, told = answers
    assert "does not open" in told[-1] and not (tmp_path / "restored.db").exists()
    assert restore_with_windows(made.path, tasks, target=str(tmp_path / "restored.db"), restore=restore,
                                switch_to=switch) == 0
    assert "The database in use is not changed" in asked[-2] and "Switch the connection" in asked[-1]
    assert switched == [("sqlite", str(tmp_path / "restored.db"))] and told[-1] == "switched"


def test_karavan_restore_without_a_console_asks_in_windows_then_opens_the_restored_database(
        qtbot, ui_services, paths, answers, monkeypatch, tmp_path):
    import argparse

    from app import cli_backup
    from app.ui import application

    made = ui_services.backup.make_backup(tmp_path / "b")
    current = ui_services.backup.source_of()
    config.save_profiles(paths, [config.Profile(name="Office", kind="sqlite", path=current)])
    opened = []
    monkeypatch.setattr(application, "run_gui", lambda **kw: opened.append(kw) or 0)
    args = argparse.Namespace(file=made.path, target=None, gui=True, profile="Office")
    assert cli_backup.restore_in_windows(paths, f"sqlite:///{current}", args) == 0
    profile = config.find_profile(paths, "Office")
    assert profile.path != current and Path(profile.path).exists() and Path(profile.path).parent == Path(current).parent
    assert opened == [{"profile_name": "Office"}]
    assert config.last_profile_name(paths) == "Office"


def test_settings_backups_opens_the_dialog_for_an_administrator_only(qtbot, ui_services, tasks, paths, monkeypatch):
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow

    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    opened = []
    monkeypatch.setattr(BackupsDialog, "exec", lambda self: opened.append(self.objectName()) or 0)
    win.findChild(QAction, "menu_backups").trigger()
    assert opened == ["backups_dialog"]
    clerk = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1")
    other = MainWindow(ui_services, tasks, user=clerk, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(other)
    assert other.findChild(QAction, "menu_backups") is None
