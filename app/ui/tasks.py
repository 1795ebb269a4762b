"""Runs service calls off the GUI thread: reads on a small pool, writes on one worker.

Results come back to the GUI thread by queued signal. After a successful write the runner emits
`changed(entity, ids)` so every open screen can refresh what it shows. A read that lost its database
connection is asked again a few times; a write never is (it fails as ConnectionLost, saying whether it
may have committed). `connection_state` tells the window when the link was lost and when it works again. In tests the runner can run
everything inline (`TaskRunner(inline=True)`), which keeps pytest-qt tests deterministic.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.db import writing
from app.services.connection import is_disconnect, noting_use, tracking_commits
from app.services.errors import ConnectionLost

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class Cancelled(Exception):
    """Raised inside a long job when the user pressed Cancel."""


@dataclass
class Task:
    """A handle on submitted work: `cancel()` drops its result and tells a long job to stop."""

    name: str = ""
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Progress:
    """Handed to long jobs: report how far they are, and stop when cancelled."""

    def __init__(self, task: Task, emit: Callable[[int, int, str], None]):
        self._task, self._emit = task, emit

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._task.cancelled:
            raise Cancelled()
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._task.cancelled


_current = threading.local()
# A read that lost its connection is asked again after these pauses (the pool reconnects meanwhile);
# a write never is: the user is told and tries again (app.services.connection says whether it is safe).
READ_RETRY_DELAYS_S = (0.2, 0.6, 1.5)


def running_kind() -> str:
    """"read", "write", "own" (a long read-pool job writing in its own short transactions) or ""
    (not inside a job): lets tests check that reads never write."""
    return getattr(_current, "kind", "")


class _Relay(QObject):
    finished = Signal(object)   # a zero-argument callable to run on the GUI thread


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], deliver: Callable[[Callable[[], None]], None],
                 on_done: Callable[[Any, bool], None], on_error: Callable[[BaseException, str], None], kind: str):
        super().__init__()
        self.fn, self.deliver, self.on_done, self.on_error, self.kind = fn, deliver, on_done, on_error, kind

    def run(self) -> None:
        outer, _current.kind = running_kind(), self.kind
        try:
            with noting_use() as used:
                if self.kind == "read":
                    result = self._read()
                else:
                    with writing() if self.kind == "write" else contextlib.nullcontext(), tracking_commits():
                        result = self.fn()
        except BaseException as exc:  # noqa: BLE001 — every failure must reach the GUI
            details = traceback.format_exc()
            _current.kind = outer
            self.deliver(lambda error=exc: self.on_error(error, details))
        else:
            _current.kind = outer
            used_database = used[0]     # a plain value: the runnable itself is deleted once it has run
            self.deliver(lambda: self.on_done(result, used_database))

    def _read(self) -> Any:
        for delay in READ_RETRY_DELAYS_S:
            try:
                return self.fn()
            except Exception as exc:
                if not is_disconnect(exc):
                    raise
                log.info("read lost its connection, asking again in %.1f s: %s", delay, exc)
                time.sleep(delay)   # a worker thread (or an inline test): never the GUI's event loop
        return self.fn()


class TaskRunner(QObject):
    changed = Signal(str, object)          # entity name, tuple of ids (empty: anything may have changed)
    busy_changed = Signal(bool)
    progress = Signal(object, int, int, str)  # task, done, total, text
    connection_state = Signal(bool)        # False: a job lost the database connection; True: one worked again

    def __init__(self, *, inline: bool = False, on_error: ErrorCallback | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.inline = inline
        self.default_error = on_error or (lambda exc: log.error("task failed: %r", exc))
        self._relay = _Relay(self)
        self._relay.finished.connect(self._run_on_gui)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(3)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)   # one writer at a time: SQLite never sees two
        self._running = 0
        self.connection_lost = False

    # -- public API -------------------------------------------------------------------------
    def read(self, fn: Callable[[], Any], on_done: Callback | None = None,
             on_error: ErrorCallback | None = None, *, name: str = "") -> Task:
        """Run a query; `on_done(result)` on the GUI thread."""
        return self._submit(self._reads, fn, on_done, on_error, name=name)

    def write(self, fn: Callable[[], Any], on_done: Callback | None = None,
              on_error: ErrorCallback | None = None, *, entity: str | None = None,
              ids: Callable[[Any], Iterable[int]] | None = None, name: str = "") -> Task:
        """Run a change on the single writer; afterwards emit `changed(entity, ids(result))`."""
        def done(result: Any) -> None:
            if on_done:
                on_done(result)
            if entity:
                self.changed.emit(entity, tuple(ids(result)) if ids else ())
        return self._submit(self._writes, fn, done, on_error, name=name)

    def long(self, fn: Callable[[Progress], Any], on_done: Callback | None = None,
             on_error: ErrorCallback | None = None, *, write: bool = False, own_writes: bool = False,
             entity: str | None = None, name: str = "") -> Task:
        """Long work that reports progress (`progress` signal) and can be cancelled via the Task.

        `write` runs it on the single writer; `own_writes` keeps it on the read pool for work that
        writes in short transactions of its own, each taking the lock first (`uow.begin_write()`),
        so that a long job does not hold up every other save.
        """
        task = Task(name)
        progress = Progress(task, lambda d, t, s: self._deliver(lambda: self.progress.emit(task, d, t, s)))

        def done(result: Any) -> None:
            if on_done:
                on_done(result)
            if entity:
                self.changed.emit(entity, ())
        return self._submit(self._writes if write else self._reads, lambda: fn(progress), done, on_error,
                            task=task, kind="own" if own_writes and not write else "")

    def notify_changed(self, entity: str, ids: Iterable[int] = ()) -> None:
        self.changed.emit(entity, tuple(ids))

    def wait_idle(self, msecs: int = 30_000) -> bool:
        """Block until queued work finished (used at shutdown and in tests)."""
        return self._reads.waitForDone(msecs) and self._writes.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return self._running > 0

    # -- internals --------------------------------------------------------------------------
    def _submit(self, pool: QThreadPool, fn: Callable[[], Any], on_done: Callback | None,
                on_error: ErrorCallback | None, *, name: str = "", task: Task | None = None,
                kind: str = "") -> Task:
        task = task or Task(name)
        error_cb = on_error or self.default_error

        def finish(result: Any, used_database: bool) -> None:
            self._set_running(-1)
            if used_database:       # it got a database connection: the link works
                self.report_connection(True)
            if not task.cancelled and on_done:
                on_done(result)

        def fail(exc: BaseException, details: str) -> None:
            self._set_running(-1)
            if isinstance(exc, ConnectionLost) or is_disconnect(exc):
                self.report_connection(False)
            if isinstance(exc, Cancelled) or task.cancelled:
                return
            exc.__karavan_details__ = details  # type: ignore[attr-defined]
            error_cb(exc)

        self._set_running(+1)
        job = _Job(fn, self._deliver, finish, fail, kind or ("write" if pool is self._writes else "read"))
        if self.inline:
            job.run()
        else:
            pool.start(job)
        return task

    def _deliver(self, call: Callable[[], None]) -> None:
        if self.inline:
            call()
            return
        try:
            self._relay.finished.emit(call)
        except RuntimeError:  # the runner is gone (the application is quitting): nobody to tell
            log.debug("result dropped: the task runner was deleted")

    @Slot(object)
    def _run_on_gui(self, call: Callable[[], None]) -> None:
        try:
            call()
        except RuntimeError as exc:
            if "already deleted" not in str(exc):
                log.exception("callback failed")
                raise
            # The screen that asked was closed before the answer came: nobody is left to show it to.
            log.debug("result dropped: its widget was closed meanwhile (%s)", exc)
        except Exception:  # a bug in a callback must not kill the event loop
            log.exception("callback failed")
            raise

    def report_connection(self, ok: bool) -> None:
        """The database link works (True) or was lost (False): `connection_state` tells the window once per change."""
        if ok == self.connection_lost:
            self.connection_lost = not ok
            self.connection_state.emit(ok)

    def _set_running(self, delta: int) -> None:
        before = self._running > 0
        self._running += delta
        if (self._running > 0) != before:
            self.busy_changed.emit(self._running > 0)
