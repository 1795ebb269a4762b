"""Screens run offscreen on a SQLite file, with service calls run inline (deterministic)."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services.context import ServiceContext  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402
from tests.conftest import ADMIN_PASSWORD  # noqa: E402
from tests.unit.factories import quick_password_hashing  # noqa: E402,F401  (autouse)


@pytest.fixture
def tasks(qtbot) -> TaskRunner:
    runner = TaskRunner(inline=True)

    def fail(exc: BaseException) -> None:
        raise exc
    runner.default_error = fail
    return runner


@pytest.fixture
def ui_services(sqlite_db) -> ServiceContext:
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
