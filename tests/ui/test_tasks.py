"""The task runner with real threads: results on the GUI thread, one writer, progress and cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread

from app.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.wait_idle()


def test_reads_run_off_the_gui_thread_and_results_come_back_on_it(qtbot, runner):
    gui = QThread.currentThread()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(result):
        seen["result"] = result
        seen["on_gui"] = QThread.currentThread() is gui

    runner.read(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "on_gui": True}


def test_errors_reach_the_error_callback_with_the_traceback(qtbot, runner):
    errors = []
    runner.read(lambda: 1 / 0, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)
    assert "ZeroDivisionError" in errors[0].__karavan_details__


def test_writes_run_one_at_a_time_and_announce_the_change(qtbot, runner):
    active, overlap, done = [0], [False], []
    lock = threading.Lock()

    def write(i):
        with lock:
            active[0] += 1
            overlap[0] |= active[0] > 1
        time.sleep(0.02)
        with lock:
            active[0] -= 1
        return i

    changes = []
    runner.changed.connect(lambda entity, ids: changes.append((entity, ids)))
    for i in range(5):
        runner.write(lambda i=i: write(i), done.append, entity="client", ids=lambda r: [r])
    qtbot.waitUntil(lambda: len(done) == 5, timeout=5000)
    assert done == [0, 1, 2, 3, 4] and not overlap[0]
    assert changes == [("client", (i,)) for i in range(5)]


def test_long_work_reports_progress_and_stops_when_cancelled(qtbot, runner):
    steps, finished, started = [], [], threading.Event()

    def job(progress):
        started.set()
        for i in range(200):
            progress.report(i, 200)
            time.sleep(0.005)
        return "finished"

    task = runner.long(job, finished.append)
    runner.progress.connect(lambda t, done, total, _s: steps.append(done) if t is task else None)
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=5000)
    task.cancel()
    assert runner.wait_idle()
    qtbot.wait(50)
    assert finished == []           # a cancelled job delivers nothing
    assert 3 <= len(steps) < 200
    assert not runner.busy


def test_busy_signal_brackets_the_work(qtbot, runner):
    states = []
    runner.busy_changed.connect(states.append)
    gate = threading.Event()
    runner.read(lambda: gate.wait(5))
    qtbot.waitUntil(lambda: states == [True])
    gate.set()
    qtbot.waitUntil(lambda: states == [True, False])


def test_an_answer_for_a_screen_closed_meanwhile_is_dropped_quietly(qtbot, runner):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    delivered = []

    def slow():
        gate.wait(5)
        return "late"

    runner.read(slow, lambda text: (delivered.append(text), label.setText(text)))
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    gate.set()
    qtbot.waitUntil(lambda: delivered == ["late"])   # the callback ran, hit the deleted label, and nothing broke
    runner.read(lambda: 1, delivered.append)
    qtbot.waitUntil(lambda: delivered == ["late", 1])


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
