"""The database file: created and upgraded on start, backed up first, never touched when too new."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.db import (
    backup_sqlite_file,
    current_revision,
    head_revision,
    is_network_path,
    open_database,
    upgrade_to_head,
)
from app.models import Base
from app.services.context import ServiceContext
from app.services.errors import DatabaseUnavailable, SchemaTooNew


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "karavan.db"


@pytest.fixture
def new_db(db_path: Path):
    db = open_database(f"sqlite:///{db_path}")
    yield db
    db.dispose()


def table_names(db) -> set[str]:
    return set(inspect(db.engine).get_table_names())


def backups_beside(path: Path) -> list[Path]:
    return sorted(path.parent.glob("*.kvbackup"))


def unpacked(backup: Path) -> Path:
    """The database inside a .kvbackup, restored (and verified) into a file beside it."""
    from app.services.backup.making import restore_sqlite

    return Path(restore_sqlite(backup, backup.with_suffix(".unpacked.db")).target)


def test_a_new_file_gets_every_table(new_db, db_path):
    assert upgrade_to_head(new_db.engine) is None  # nothing to back up in a new file
    assert db_path.exists()
    search_tables = {n for n in table_names(new_db) if n.startswith("client_search")}
    assert "client_search" in search_tables  # the FTS5 trigram index of app/models/search.py
    assert {t.name for t in Base.metadata.sorted_tables} | {"alembic_version"} | search_tables == table_names(new_db)
    assert current_revision(new_db.engine) == head_revision()
    assert backups_beside(db_path) == []


def test_upgrading_an_up_to_date_file_changes_nothing(new_db, db_path):
    upgrade_to_head(new_db.engine)
    ctx = ServiceContext(new_db.session_factory)
    ctx.auth.initialize(company_name="Co", admin_login="admin", admin_full_name="Admin", password="admin-pass-1")
    assert upgrade_to_head(new_db.engine) is None
    assert backups_beside(db_path) == []
    assert ctx.auth.company_name() == "Co"


def test_a_file_from_a_newer_karavan_is_refused_and_left_alone(new_db, db_path):
    upgrade_to_head(new_db.engine)
    with new_db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    new_db.dispose()
    before = db_path.read_bytes()

    with pytest.raises(SchemaTooNew) as err:
        upgrade_to_head(new_db.engine)
    assert (err.value.db_revision, err.value.app_head) == ("ffff", head_revision())
    assert "newer" in str(err.value)
    new_db.dispose()
    assert db_path.read_bytes() == before
    assert backups_beside(db_path) == []


def test_an_older_non_empty_file_is_backed_up_before_the_upgrade(new_db, db_path):
    # A file made before migrations existed: it has data but no alembic_version.
    with new_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY, body TEXT)"))
        conn.execute(text("INSERT INTO legacy_note (body) VALUES ('keep me')"))
    backup = upgrade_to_head(new_db.engine)

    assert backup is not None and backup.exists()
    assert backup.parent == db_path.parent and backup.suffix == ".kvbackup"
    assert f"before-{head_revision()}" in backup.name
    with sqlite3.connect(unpacked(backup)) as conn:
        assert conn.execute("SELECT body FROM legacy_note").fetchall() == [("keep me",)]
        assert "client" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "client" in table_names(new_db)


def test_an_upgrade_can_skip_the_backup(new_db, db_path):
    with new_db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE legacy_note (id INTEGER PRIMARY KEY)"))
    assert upgrade_to_head(new_db.engine, backup=False) is None
    assert backups_beside(db_path) == []


def test_a_backup_is_a_consistent_readable_copy(new_db, db_path):
    upgrade_to_head(new_db.engine)
    ctx = ServiceContext(new_db.session_factory)
    ctx.auth.initialize(company_name="Backed Up Ltd", admin_login="admin", admin_full_name="Admin",
                        password="admin-pass-1")
    copy = backup_sqlite_file(new_db.engine, reason="manual")
    assert copy is not None and copy.name.startswith("karavan.manual-")
    copied = open_database(f"sqlite:///{copy}")
    try:
        assert ServiceContext(copied.session_factory).auth.company_name() == "Backed Up Ltd"
        assert current_revision(copied.engine) == head_revision()
    finally:
        copied.dispose()


def test_there_is_nothing_to_back_up_in_memory_or_before_the_file_exists(tmp_path):
    memory = open_database("sqlite://")
    assert backup_sqlite_file(memory.engine, reason="x") is None
    missing = open_database(f"sqlite:///{tmp_path / 'missing.db'}")
    assert backup_sqlite_file(missing.engine, reason="x") is None


@pytest.mark.parametrize(("path", "network"), [
    (r"\\server\share\karavan.db", True),
    ("//server/share/karavan.db", True),
    ("smb://server/share/karavan.db", True),
    (r"C:\Users\anna\AppData\Local\Karavan\karavan.db", False),
    ("/home/anna/.local/share/karavan/karavan.db", False),
    ("karavan.db", False),
])
def test_network_paths_are_recognised(path, network):
    assert is_network_path(path) is network


@pytest.mark.parametrize("url", [r"sqlite:///\\server\share\karavan.db", "sqlite://///server/share/karavan.db"])
def test_a_sqlite_file_on_a_network_share_is_refused(url):
    with pytest.raises(DatabaseUnavailable) as err:
        open_database(url)
    assert "network share" in err.value.detail
    assert "PostgreSQL" in str(err.value)


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(new_db):
    with new_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000


def test_a_foreign_key_violation_is_an_error(new_db):
    upgrade_to_head(new_db.engine)
    with pytest.raises(Exception, match="FOREIGN KEY"), new_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO contact_person (client_id, full_name, notes, sort_order, created_at, "
                          "updated_at, version) VALUES (999, 'x', '', 0, '2024-01-01', '2024-01-01', 1)"))


def test_a_server_that_cannot_be_reached_is_reported(tmp_path):
    db = open_database("postgresql://nobody@127.0.0.1:1/none")
    assert db.describe() == "nobody@127.0.0.1:1/none"
    with pytest.raises(DatabaseUnavailable):
        upgrade_to_head(db.engine)


def test_the_status_bar_describes_a_sqlite_file(new_db, db_path):
    assert new_db.is_sqlite
    assert new_db.describe() == str(db_path.resolve())


def test_the_schema_head_the_app_knows_is_alembics_head():
    from app.db import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_an_office_on_the_first_version_upgrades_with_a_backup_and_keeps_its_clients(tmp_path):
    from alembic import command

    from app.db import _alembic_config, open_database

    path = tmp_path / "office.db"
    db = open_database(f"sqlite:///{path}")
    command.upgrade(_alembic_config(db.engine), "0001")  # as Karavan 0.1 left it
    # Rows are written as Karavan 0.1 wrote them: by SQL against the 0001 tables, not today's models.
    with db.engine.begin() as conn:
        admin_id = _insert_as_of_then(conn, "app_user", login="admin", login_key="admin", full_name="Admin",
                                      password_hash="x", is_admin=True, active=True)
        _insert_as_of_then(conn, "company", name="Old Office")
        _insert_as_of_then(conn, "client", kind="company", display_name="Loyal Customer",
                           name_key="loyal customer", search_text="loyal customer", status="active",
                           code="C-000001", created_by_id=admin_id)
    assert current_revision(db.engine) == "0001"

    backup = upgrade_to_head(db.engine)
    assert backup is not None and backup.exists() and "before-" in backup.name
    assert current_revision(db.engine) == head_revision()
    assert {"deal", "pipeline", "stage", "deal_stage_change", "lost_reason"} <= table_names(db)
    anon = ServiceContext(db.session_factory)
    assert [r.display_name for r in anon.clients.search_clients("loyal")] == ["Loyal Customer"]
    assert anon.auth.company_name() == "Old Office"
    assert [(pl.name, pl.is_base) for pl in anon.catalog.list_price_lists()] == [("Base", True)]   # 0005
    with sqlite3.connect(unpacked(backup)) as old:  # the copy is the database as it was
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    db.dispose()


def _insert_as_of_then(conn, table: str, **values) -> int:
    """Insert a row into the table as the database has it now, giving every other NOT NULL column a blank."""
    from datetime import datetime

    from sqlalchemy import MetaData, Table, insert
    from sqlalchemy.types import Boolean, DateTime, Integer, Numeric

    t = Table(table, MetaData(), autoload_with=conn)
    row = dict(values)
    for col in t.columns:
        if col.name in row or col.nullable or col.primary_key:
            continue
        kind = col.type
        row[col.name] = (datetime(2025, 1, 1) if isinstance(kind, DateTime) else False if isinstance(kind, Boolean)
                         else 1 if col.name == "version" else 0 if isinstance(kind, Integer | Numeric) else "")
    return conn.execute(insert(t).values(**row)).inserted_primary_key[0]


def test_migration_0003_goes_down_and_up_again_on_sqlite_keeping_clients(sqlite_db):
    """Downgrading the planner/marketing schema loses none of the earlier rows, and upgrading again works
    (SQLite keeps two columns on the way down; the way up must not add them twice)."""
    database = sqlite_db
    from alembic import command

    from app.db import _alembic_config

    services = ServiceContext(database.session_factory)
    admin = services.auth.initialize(company_name="Round Trip", admin_login="admin", admin_full_name="Admin",
                                     password="admin-pass-1")
    from app.services.clients import ClientForm

    client = services.as_user(admin.id).clients.create_client(ClientForm(display_name="Kept Client"))
    cfg = _alembic_config(database.engine)
    command.downgrade(cfg, "0002")
    assert "task" not in table_names(database)
    command.upgrade(cfg, "head")
    assert {"task", "interaction", "campaign", "service_request"} <= table_names(database)
    assert services.clients.load_client(client.id).form.display_name == "Kept Client"
    assert [r.display_name for r in services.clients.search_clients("kept")] == ["Kept Client"]


def _company_sessions(db):
    ServiceContext(db.session_factory).auth.initialize(company_name="Lock Test", admin_login="admin",
                                                       admin_full_name="Admin", password="admin-pass-1")
    return db.session_factory()


def _rename_elsewhere(db, name: str) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE company SET name = :n"), {"n": name})


def test_a_plain_transaction_that_read_before_another_commit_is_refused_its_write(sqlite_db):
    """Why the writer takes the lock first: SQLite refuses at once, busy_timeout or not."""
    from sqlalchemy.exc import OperationalError

    session = _company_sessions(sqlite_db)
    session.execute(text("SELECT name FROM company")).all()
    _rename_elsewhere(sqlite_db, "Meanwhile")
    with pytest.raises(OperationalError, match="locked"):
        session.execute(text("UPDATE company SET name = 'Mine'"))
    session.close()


def test_inside_writing_the_lock_is_taken_at_begin_and_the_other_writer_waits(sqlite_db):
    import threading

    from app.db import writing

    session = _company_sessions(sqlite_db)
    with writing():
        session.execute(text("SELECT name FROM company")).all()     # BEGIN IMMEDIATE
    other = threading.Thread(target=_rename_elsewhere, args=(sqlite_db, "Second"))
    other.start()
    other.join(0.5)
    assert other.is_alive()                     # waiting for the lock, not refused
    session.execute(text("UPDATE company SET name = 'First'"))
    session.commit()
    other.join(10)
    assert not other.is_alive()
    with sqlite_db.engine.connect() as conn:
        assert conn.scalar(text("SELECT name FROM company")) == "Second"    # both writes landed, in order
    session.close()
