"""Database fixtures: every service test runs on SQLite and, when KARAVAN_TEST_PG is set, on PostgreSQL."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import Database, open_database, upgrade_to_head
from app.models import Base
from app.services.context import ServiceContext

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PG_URL = os.environ.get("KARAVAN_TEST_PG", "")
PG_SKIP_REASON = ("PostgreSQL tests skipped: set KARAVAN_TEST_PG, e.g. "
                  "postgresql+psycopg://postgres@127.0.0.1:5432/test (.ci/run does)")
ADMIN_PASSWORD = "admin-pass-1"


def pytest_report_header(config: pytest.Config) -> str:
    return f"karavan backends: sqlite{', postgresql (' + PG_URL + ')' if PG_URL else ' only — ' + PG_SKIP_REASON}"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated empty SQLite file; each test gets a copy (migrating once is much faster)."""
    path = tmp_path_factory.mktemp("template") / "karavan.db"
    db = open_database(f"sqlite:///{path}")
    upgrade_to_head(db.engine, backup=False)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_database() -> Iterator[Database]:
    """A fresh PostgreSQL database for this test run, migrated to head, dropped at the end."""
    if not PG_URL:
        pytest.skip(PG_SKIP_REASON)
    name = f"karavan_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(PG_URL).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    db = open_database(make_url(PG_URL).set(database=name))
    upgrade_to_head(db.engine)
    try:
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _truncate_all(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "karavan.db"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def database(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The database under test: a SQLite file, then PostgreSQL."""
    if request.param == "sqlite":
        yield request.getfixturevalue("sqlite_db")
    else:
        db = request.getfixturevalue("pg_database")
        _truncate_all(db)
        yield db


@pytest.fixture
def anon(database: Database) -> ServiceContext:
    """Services on an empty (not yet initialised) database, as nobody."""
    return ServiceContext(database.session_factory, description=database.describe())


@pytest.fixture
def services(anon: ServiceContext) -> ServiceContext:
    """Services on an initialised database, acting as its administrator."""
    admin = anon.auth.initialize(company_name="Karavan Test LLC", admin_login="admin",
                                 admin_full_name="Anna Admin", password=ADMIN_PASSWORD)
    return anon.as_user(admin.id)


@pytest.fixture(autouse=True)
def _fresh_login_throttle():
    """Failed logins of one test must not slow down the next one."""
    from app.services import auth

    auth.THROTTLE._failures.clear()
    yield
    auth.THROTTLE._failures.clear()
