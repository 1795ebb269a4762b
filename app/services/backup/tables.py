"""Row counts and checksums per table: recorded in a backup's manifest, compared after a restore.

A checksum is the SHA-256 of every row (as the database driver returns it) in primary-key order. It is
meant to compare a database with a copy of itself on the same backend, not SQLite with PostgreSQL.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from sqlalchemy import Connection, inspect

from app.services.backup.fileformat import TableStat
from app.services.i18n import msg

FETCH_ROWS = 5_000
# SQLite's full-text index is derived from `client`; its shadow tables differ between two copies of the
# same data (page layout), so they are checked by integrity_check, not row by row.
SKIPPED_PREFIXES = ("sqlite_", "client_search")


def _quote(conn: Connection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


def table_names(conn: Connection) -> list[str]:
    """The application's tables (alembic_version included), sorted by name."""
    return sorted(n for n in inspect(conn).get_table_names() if not n.startswith(SKIPPED_PREFIXES))


def table_stat(conn: Connection, table: str) -> TableStat:
    """Row count and checksum of one table."""
    insp = inspect(conn)
    columns = [c["name"] for c in insp.get_columns(table)]
    order = insp.get_pk_constraint(table).get("constrained_columns") or columns
    sql = (f"SELECT {', '.join(_quote(conn, c) for c in columns)} FROM {_quote(conn, table)} "
           f"ORDER BY {', '.join(_quote(conn, c) for c in order)}")
    digest = hashlib.sha256(",".join(columns).encode())
    rows = 0
    result = conn.execution_options(stream_results=True, max_row_buffer=FETCH_ROWS).exec_driver_sql(sql)
    for part in result.partitions(FETCH_ROWS):
        digest.update("\n".join(repr(tuple(r)) for r in part).encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
        rows += len(part)
    return TableStat(rows, digest.hexdigest())


def database_stats(conn: Connection, step: Callable[[str], None] | None = None) -> dict[str, TableStat]:
    """Every table's stat; `step(table)` is called before each (progress and cancel)."""
    if conn.dialect.name == "postgresql":
        # Times come back in the session's time zone: the same on every computer, so that a restore checked
        # elsewhere gives the same checksums (SET LOCAL: only for this transaction).
        conn.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
    stats = {}
    for name in table_names(conn):
        if step is not None:
            step(name)
        stats[name] = table_stat(conn, name)
    return stats


def compare(expected: dict[str, TableStat], found: dict[str, TableStat]) -> tuple[str, str] | None:
    """The first difference as (table, what differs), or None when both agree."""
    for name in sorted(set(expected) | set(found)):
        want, got = expected.get(name), found.get(name)
        if want is None:
            return name, msg("is in the database but not in the backup's manifest")
        if got is None:
            return name, msg("is missing")
        if want.rows != got.rows:
            return name, msg("has {found:,} rows instead of {expected:,}", found=got.rows, expected=want.rows)
        if want.checksum != got.checksum:
            return name, msg("has the right number of rows but different contents")
    return None
