"""Running well on a desktop: the crash dialog, one window per user and database, remembered layouts,
Help → Open log folder and About."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThread, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QTableView

from app import config
from app.config import AppPaths, Profile
from app.ui import errors
from app.ui.crash import STORM_CRASHES, CrashHandler
from app.ui.layout_memory import LayoutMemory
from app.ui.main_window import MainWindow
from app.ui.single_instance import InstanceServer, bring_forward_running, database_identity, instance_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def paths(tmp_path, monkeypatch) -> AppPaths:
    monkeypatch.setenv(config.HOME_ENV, str(tmp_path / "home"))
    return AppPaths.default().ensure()


@pytest.fixture
def dialogs(monkeypatch, qtbot, shots):
    """Every QMessageBox shown: its texts and buttons, answered with the button named by `answer`."""
    seen: list[dict] = []
    answer = {"button": "continue_button"}

    def fake_exec(box: QMessageBox) -> int:
        buttons = {b.objectName(): b for b in box.buttons() if b.objectName()}
        seen.append({"name": box.objectName(), "text": box.text(), "info": box.informativeText(),
                     "details": box.detailedText(), "buttons": set(buttons),
                     "gui_thread": QThread.currentThread() is QApplication.instance().thread()})
        if len(seen) == 1:
            box.show()
            qtbot.wait(1)
            box.grab().save(str(shots / f"{box.objectName()}.png"))
        chosen = buttons.get(answer["button"])
        if chosen is not None:
            chosen.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen, answer


@pytest.fixture
def handler(paths, qtbot):
    h = CrashHandler(paths).install()
    yield h
    h.uninstall()


def _exc_info(message: str = "the list lost its model"):
    try:
        raise KeyError(message)
    except KeyError as exc:
        return type(exc), exc, exc.__traceback__


# -- crashes -------------------------------------------------------------------------------------

def test_an_unhandled_error_shows_what_happened_that_nothing_saved_was_lost_and_where_the_report_is(
        qtbot, handler, dialogs, paths):
    seen, _answer = dialogs
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    handler.excepthook(*_exc_info())
    qtbot.waitUntil(lambda: len(seen) == 1)
    box = seen[0]
    assert box["name"] == "crash_dialog" and box["gui_thread"]
    assert "Nothing you had saved was lost" in box["text"] and "You can go on working" in box["text"]
    assert "What happened: 'the list lost its model'" in box["info"]
    [report] = handler.reports
    assert report.parent == paths.crash_dir and str(report) in box["info"]
    assert "KeyError: 'the list lost its model'" in report.read_text(encoding="utf-8")
    assert "Traceback" in box["details"]
    assert box["buttons"] == {"continue_button", "open_reports_button", "quit_button"}
    assert window.isVisible()  # Continue: the application goes on


@pytest.mark.qt_no_exception_capture
def test_an_error_escaping_a_slot_reaches_the_dialog_and_the_app_keeps_running(qtbot, handler, dialogs):
    seen, _answer = dialogs
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()

    def broken_slot():
        raise ZeroDivisionError("a total of nothing")
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "a total of nothing" in seen[0]["info"] and window.isVisible()
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # the event loop still runs
    qtbot.waitUntil(lambda: ticks == [1])


def test_a_worker_threads_error_is_shown_on_the_gui_thread(qtbot, handler, dialogs):
    seen, _answer = dialogs

    def work():
        raise RuntimeError("the printer went away")
    worker = threading.Thread(target=work, name="print-worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0]["gui_thread"] and "the printer went away" in seen[0]["info"]
    assert "Thread: print-worker" in handler.reports[0].read_text(encoding="utf-8")


def test_open_report_folder_shows_the_crash_reports(qtbot, handler, dialogs, monkeypatch, paths):
    seen, answer = dialogs
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    answer["button"] = "open_reports_button"
    handler.excepthook(*_exc_info())
    qtbot.waitUntil(lambda: bool(opened))
    assert Path(opened[0].toLocalFile()) == paths.crash_dir


def test_an_error_that_keeps_coming_back_closes_the_app(qtbot, handler, dialogs):
    seen, answer = dialogs
    answer["button"] = "none"  # the user just closes each box
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    for i in range(STORM_CRASHES):
        handler.excepthook(*_exc_info(f"paint failed {i}"))
        qtbot.waitUntil(lambda n=i: len(seen) == n + 1)
    assert "continue_button" in seen[0]["buttons"]
    last = seen[-1]
    assert "continue_button" not in last["buttons"] and "Karavan has to close" in last["text"]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(handler.reports) == STORM_CRASHES


def test_a_failed_task_that_nobody_foresaw_also_leaves_a_report(qtbot, handler, dialogs, paths):
    seen, _answer = dialogs
    errors.show_error(None, _exc_info("a column that is not there")[1])
    assert seen[0]["name"] == "error_dialog" and "the action was not saved" in seen[0]["text"]
    assert str(handler.reports[0]) in seen[0]["info"]


def test_the_hooks_are_put_back_afterwards(paths, qtbot):
    before = (sys.excepthook, threading.excepthook, errors.report_writer)
    h = CrashHandler(paths).install()
    assert sys.excepthook == h.excepthook and errors.report_writer == h.write_report
    h.uninstall()
    assert (sys.excepthook, threading.excepthook, errors.report_writer) == before


# -- one instance per user and database ------------------------------------------------------------

def test_the_instance_name_depends_on_the_os_user_and_the_database(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    here = Profile(name="a", kind="sqlite", path="karavan.db")
    same = Profile(name="b", kind="sqlite", path=str(tmp_path / "karavan.db"))
    server = Profile(name="s", kind="postgresql", host="DB.office.lan", database="karavan", user="anna")
    assert database_identity(here) == database_identity(same)
    assert instance_name(here, user="anna") == instance_name(same, user="anna")
    assert instance_name(here, user="anna") != instance_name(here, user="boris")
    assert instance_name(here, user="anna") != instance_name(server, user="anna")
    assert database_identity(server) == "postgresql:anna@db.office.lan:5432/karavan"


SECOND_LAUNCH = """
import sys
from PySide6.QtCore import QCoreApplication
from app.ui.single_instance import bring_forward_running
app = QCoreApplication([])
sys.exit(0 if bring_forward_running(sys.argv[1]) else 3)
"""


def _second_launch(name: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name], env=env, cwd=ROOT)


def test_a_second_launch_brings_the_first_window_forward(qtbot, tmp_path):
    name = instance_name(Profile(name="t", kind="sqlite", path=str(tmp_path / "k.db")), user="test-user")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    server = InstanceServer(name, window)
    assert server.listen()
    activated = []
    server.activated.connect(lambda: activated.append(True))
    second = _second_launch(name)
    qtbot.waitUntil(lambda: second.poll() is not None and bool(activated), timeout=20_000)
    assert second.returncode == 0  # it found the first one, asked it to come forward, and ended
    assert not window.isMinimized() and window.isVisible()
    server.close()
    third = _second_launch(name)  # nobody listens any more: a launch would start its own window
    assert third.wait(20) == 3


def test_a_stale_socket_from_a_crashed_instance_does_not_block_the_next_start(qtbot, tmp_path):
    from PySide6.QtNetwork import QLocalServer

    name = instance_name(Profile(name="t", kind="sqlite", path=str(tmp_path / "crashed.db")), user="test-user")
    if sys.platform != "win32":
        from PySide6.QtCore import QDir
        Path(QDir.tempPath(), name).write_text("")  # what a killed process leaves behind
    window = QMainWindow()
    qtbot.addWidget(window)
    server = InstanceServer(name, window)
    assert server.listen()  # the leftover file was removed, and this instance listens in its place
    assert bring_forward_running(name)
    server.close()
    QLocalServer.removeServer(name)


def test_run_gui_ends_at_once_when_the_database_is_already_open_for_this_user(qtbot, paths, monkeypatch):
    from app.ui import application

    profile = config.default_profile(paths)
    window = QMainWindow()
    qtbot.addWidget(window)
    server = InstanceServer(instance_name(profile), window)
    assert server.listen()
    activated = []
    server.activated.connect(lambda: activated.append(True))
    monkeypatch.setattr(application, "_open_with_progress",
                        lambda *a: (_ for _ in ()).throw(AssertionError("the database must not be opened")))
    assert application.run_gui() == 0
    qtbot.waitUntil(lambda: bool(activated))
    server.close()


# -- layouts ---------------------------------------------------------------------------------------

def _view(qtbot, columns: int) -> QTableView:
    model = QStandardItemModel(3, columns)
    view = QTableView()
    view.setObjectName("things_table")
    view.setModel(model)
    model.setParent(view)
    qtbot.addWidget(view)
    return view


def test_column_layouts_come_back_and_a_new_column_starts_that_list_afresh(qtbot, paths):
    memory = LayoutMemory(paths.ui_state_file)
    view = _view(qtbot, 3)
    memory.remember_columns(view, "test")
    view.setColumnWidth(0, 211)
    view.horizontalHeader().moveSection(2, 0)
    view.setColumnHidden(1, True)
    memory.sync()

    again = _view(qtbot, 3)
    LayoutMemory(paths.ui_state_file).remember_columns(again, "test")
    header = again.horizontalHeader()
    assert again.columnWidth(0) == 211 and header.logicalIndex(0) == 2 and again.isColumnHidden(1)

    upgraded = _view(qtbot, 4)  # a later version added a column
    LayoutMemory(paths.ui_state_file).remember_columns(upgraded, "test")
    assert upgraded.columnWidth(0) != 211 and not upgraded.isColumnHidden(1)
    assert upgraded.horizontalHeader().logicalIndex(0) == 0


def test_state_written_in_an_unknown_format_is_dropped_not_misread(qtbot, paths):
    memory = LayoutMemory(paths.ui_state_file)
    view = _view(qtbot, 3)
    memory.remember_columns(view, "test")
    view.setColumnWidth(0, 222)
    memory.settings.setValue("format", 99)
    memory.sync()
    fresh = _view(qtbot, 3)
    LayoutMemory(paths.ui_state_file).remember_columns(fresh, "test")
    assert fresh.columnWidth(0) != 222


def test_the_main_window_remembers_its_size_and_the_clients_columns(qtbot, ui_services, tasks, paths):
    admin = ui_services.users.list_users()[0]

    def open_window() -> MainWindow:
        win = MainWindow(ui_services, tasks, user=admin, database="test.db", company="Karavan Test LLC",
                         layout_memory=LayoutMemory(paths.ui_state_file))
        qtbot.addWidget(win)
        win.show()
        return win

    first = open_window()
    first.resize(800, 555)  # the offscreen screen is 800 × 600, the window's minimum 800 × 500
    first.move(0, 31)
    first.clients.table.setColumnWidth(1, 177)
    first.show_area("products")  # built on first use: its lists are remembered too
    products = first.page("products").findChild(QTableView, "products_table")
    products.setColumnWidth(0, 155)
    first.close()
    assert paths.ui_state_file.is_file()

    second = open_window()
    assert (second.width(), second.height()) == (800, 555) and second.y() == first.y()
    assert second.clients.table.columnWidth(1) == 177
    second.show_area("products")
    assert second.page("products").findChild(QTableView, "products_table").columnWidth(0) == 155
    second.close()


# -- Help menu -------------------------------------------------------------------------------------

def test_help_open_log_folder_and_about(qtbot, ui_services, tasks, paths, monkeypatch, shots):
    from app.ui.about import AboutDialog

    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    win.findChild(type(win.new_menu_action), "menu_open_log_folder").trigger()
    assert [Path(u.toLocalFile()) for u in opened] == [paths.log_dir]

    shown: list[str] = []

    def about_exec(dialog):
        dialog.show()
        qtbot.wait(1)
        dialog.grab().save(str(shots / "about.png"))
        shown.append(dialog.browser.toPlainText())
        return 0
    monkeypatch.setattr(AboutDialog, "exec", about_exec)
    win.findChild(type(win.new_menu_action), "menu_about").trigger()
    text = shown[0]
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    from app import __version__
    assert f"Karavan {__version__}" in text and "Database: /data/karavan.db" in text
    assert "Qt" in text and qVersion() in text
    for needle in ("LGPL-3.0-only", pyside, "DejaVu Sans fonts", "Bitstream Vera", "SQLAlchemy", "reportlab",
                   "openpyxl", "MIT"):
        assert needle in text, needle
