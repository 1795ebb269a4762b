"""SQLite: a consistent snapshot through the online backup API (users keep working), checked copies."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine

from app.services.backup.fileformat import TableStat
from app.services.backup.tables import database_stats

ProgressFn = Callable[[int, int, str], None]


def snapshot(source: Path, target: Path) -> None:
    """Copy the database at `source` into a new file `target` in one step of the backup API.

    One step holds a read transaction for the whole copy, so the copy is one moment of the database;
    in WAL mode that does not stop anyone writing (a copy in small steps would restart after each
    write by someone else and might never end on a busy database).
    """
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problem(path: Path) -> str | None:
    """What PRAGMA integrity_check finds wrong with the file at `path`, or None when it is sound."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:5])


def file_stats(path: Path, step: Callable[[str], None] | None = None) -> dict[str, TableStat]:
    """Row counts and checksums of the SQLite file at `path` (read only)."""
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        with engine.connect() as conn:
            return database_stats(conn, step)
    finally:
        engine.dispose()


def schema_revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    return row[0] if row else ""
