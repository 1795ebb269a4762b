"""Engine and session factory from a database URL; the migrations runner.

SQLite is the embedded default (one PC); PostgreSQL serves a LAN. Schema changes only through the
Alembic migrations shipped in `app/migrations`.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.services.errors import DatabaseUnavailable, SchemaTooNew
from app.services.uow import READ_ONLY_OPTION, WRITE_LOCK_OPTION

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest migration. Checked against Alembic's own head by a test; knowing it here lets an
# up-to-date database open without importing Alembic (a fifth of the start-up time).
SCHEMA_HEAD = "0014"
SQLITE_BUSY_TIMEOUT_MS = 10_000


def _drive_is_remote(drive: str) -> bool:
    """True for a Windows drive letter mapped to a network share (GetDriveTypeW: DRIVE_REMOTE)."""
    if sys.platform != "win32":
        return False
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == 4  # type: ignore[attr-defined]


def is_network_path(path: str) -> bool:
    """True for UNC/SMB paths and mapped network drives: SQLite over a network share corrupts data."""
    p = path.replace("/", "\\")
    if p.startswith("\\\\") or path.lower().startswith(("smb:", "//")):
        return True
    return len(path) >= 2 and path[1] == ":" and path[0].isalpha() and _drive_is_remote(path[:2].upper())


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


_write_intent = threading.local()


@contextmanager
def writing() -> Iterator[None]:
    """Transactions begun inside take SQLite's write lock at BEGIN (BEGIN IMMEDIATE).

    A plain BEGIN reads first and asks for the lock at the first write; if another connection
    committed in between, SQLite refuses at once ("database is locked", whatever busy_timeout says).
    Taken up front, the lock is waited for instead. The task runner's writer runs every job inside;
    nothing changes on PostgreSQL, which locks rows, not the file.
    """
    outer = getattr(_write_intent, "on", False)
    _write_intent.on = True
    try:
        yield
    finally:
        _write_intent.on = outer


def _sqlite_begin(conn) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; take over.
    options = conn.get_execution_options()
    # A read beside a writer's own transaction (the acting user's rights) must not queue for its lock.
    immediate = not options.get(READ_ONLY_OPTION) and (getattr(_write_intent, "on", False)
                                                       or options.get(WRITE_LOCK_OPTION))
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@dataclass
class Database:
    url: URL
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """What the status bar shows: the file path or user@server:port/database."""
        if self.is_sqlite:
            return str(Path(self.url.database or ":memory:").resolve()) if self.url.database else ":memory:"
        return f"{self.url.username}@{self.url.host}:{self.url.port or 5432}/{self.url.database}"

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | URL, *, echo: bool = False) -> Database:
    """Build an engine for `url` (sqlite:///path or postgresql+psycopg://…); raises DatabaseUnavailable."""
    url = make_url(url)
    if url.get_backend_name() == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite":
        db_path = url.database or ""
        if db_path and db_path != ":memory:":
            if is_network_path(db_path):
                raise DatabaseUnavailable(
                    db_path, "a SQLite file on a network share would be corrupted; use a PostgreSQL server")
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)

        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
    else:
        engine = create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5,
                               connect_args={"connect_timeout": 5})
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory)


# --- migrations -------------------------------------------------------------------------------

def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def _script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def head_revision() -> str:
    return _script_directory().get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None for a new, empty database)."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except OperationalError as exc:
        raise DatabaseUnavailable(str(engine.url), str(exc.orig)) from exc


def check_schema_not_newer(engine: Engine) -> str | None:
    """Return the database's revision; raise SchemaTooNew if this app does not know it."""
    rev = current_revision(engine)
    if rev is not None and rev != SCHEMA_HEAD:
        script = _script_directory()
        if rev not in {s.revision for s in script.walk_revisions()}:
            raise SchemaTooNew(rev, script.get_current_head() or "")
    return rev


def backup_sqlite_file(engine: Engine, *, reason: str) -> Path | None:
    """Copy a SQLite database (consistently, through the backup API) beside itself; return the copy."""
    db_path = engine.url.database
    if not db_path or db_path == ":memory:" or not Path(db_path).exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(db_path).with_name(f"{Path(db_path).stem}.{reason}-{stamp}.bak")
    n = 2
    while target.exists():  # two backups within one second must not overwrite each other
        target = Path(db_path).with_name(f"{Path(db_path).stem}.{reason}-{stamp}-{n}.bak")
        n += 1
    src = sqlite3.connect(db_path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    log.info("backed up %s to %s", db_path, target)
    return target


def upgrade_to_head(engine: Engine, *, backup: bool = True) -> Path | None:
    """Bring the schema to this app's head, making a .kvbackup first (app/services/backup). Returns its path."""
    rev = check_schema_not_newer(engine)
    if rev == SCHEMA_HEAD:
        return None
    from alembic import command

    head = head_revision()
    backup_path = None
    has_tables = bool(inspect(engine).get_table_names())
    if backup and has_tables:
        from app.services.backup.making import backup_before_upgrade

        backup_path = backup_before_upgrade(engine, revision=head)
    command.upgrade(_alembic_config(engine), "head")
    log.info("database upgraded from %s to %s", rev, head)
    return backup_path
