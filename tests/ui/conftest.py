"""Screens run offscreen on a SQLite file, with service calls run inline (deterministic)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.context import ServiceContext  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from tests.conftest import ADMIN_PASSWORD  # noqa: E402
from tests.unit.factories import quick_password_hashing  # noqa: E402,F401  (autouse)


def _describe(widget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {widget.windowTitle()!r}: {shown}"


@pytest.fixture(autouse=True)
def _no_unexpected_modal(monkeypatch):
    """A modal dialog a test did not script fails the test at once instead of waiting for a click forever.

    Offscreen nobody can press its buttons, so an unscripted `exec()` would hang the whole run.
    Tests that expect a dialog patch its `exec` (or the static helper) themselves, which wins.
    """
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox

    def refuse(widget, *_args, **_kwargs):
        raise AssertionError("unexpected modal dialog: " + _describe(widget))

    def refuse_static(name):
        def refuse_call(*args, **_kwargs):
            raise AssertionError(f"unexpected modal {name}: {args[1:3]}")
        return staticmethod(refuse_call)

    for cls in (QDialog, QMessageBox, QFileDialog, QInputDialog):
        monkeypatch.setattr(cls, "exec", refuse)
    monkeypatch.setattr(QMenu, "exec", refuse)
    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse_static(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, refuse_static(f"QFileDialog.{name}"))
    for name in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, refuse_static(f"QInputDialog.{name}"))


@pytest.fixture(autouse=True)
def _english_left_to_right(qapp):
    """Every screen test starts in the source language, left to right, in the locale the run began with: a
    test that installs a language (or the self-test, whose qapp() installs the user's) is undone after it."""
    from PySide6.QtCore import QLocale, Qt

    locale = QLocale()
    yield
    if (getattr(qapp, "_karavan_translators", None) or QLocale() != locale
            or qapp.layoutDirection() != Qt.LayoutDirection.LeftToRight):
        from app.ui import i18n

        i18n.uninstall(qapp)
        QLocale.setDefault(locale)
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    if hasattr(qapp, "_karavan_language"):
        del qapp._karavan_language


@pytest.fixture
def tasks(qtbot) -> TaskRunner:
    runner = TaskRunner(inline=True)

    def fail(exc: BaseException) -> None:
        raise exc
    runner.default_error = fail
    return runner


WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


@pytest.fixture
def reads_never_write(sqlite_db):
    """Fail when a job run as a read writes: on SQLite it would take the one writer's lock."""
    from sqlalchemy import event

    from app.ui.tasks import running_kind

    def check(_conn, _cursor, statement, *_args):
        # A print or export is recorded in the audit trail from wherever it ran, in a short transaction
        # of its own that takes the write lock first (app/services/access/principal.py, _record_use).
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT_EVENT"):
            return
        if running_kind() == "read" and statement.lstrip().upper().startswith(WRITES):
            raise AssertionError(f"a read job wrote: {statement.split(chr(10))[0][:120]}")
    event.listen(sqlite_db.engine, "before_cursor_execute", check)
    yield
    event.remove(sqlite_db.engine, "before_cursor_execute", check)


@pytest.fixture
def ui_services(sqlite_db, reads_never_write) -> ServiceContext:
    """Services on an initialised SQLite file, acting as its administrator."""
    anon = ServiceContext(sqlite_db.session_factory, description=sqlite_db.describe())
    admin = anon.auth.initialize(company_name="Karavan Test LLC", admin_login="admin",
                                 admin_full_name="Anna Admin", password=ADMIN_PASSWORD)
    return anon.as_user(admin.id)


@pytest.fixture
def shots(tmp_path_factory):
    """Where screenshots go (KARAVAN_SHOTS to keep them)."""
    target = os.environ.get("KARAVAN_SHOTS")
    path = tmp_path_factory.mktemp("shots") if not target else __import__("pathlib").Path(target)
    path.mkdir(parents=True, exist_ok=True)
    return path
