"""Backups: back up, check and restore a database of 100,000 clients and 1,000,000 stock moves.

The data is bulk-inserted with SQLAlchemy core once (the stock ledger as bench/stock.py builds it, plus the
clients) and kept in bench/out; KARAVAN_BENCH_BACKUP_CLIENTS / KARAVAN_BENCH_BACKUP_MOVES change the sizes.
SQLite always; PostgreSQL too when KARAVAN_BENCH_PG names a server (figures then carry params.backend).
A backup's time includes its full check (the file is unpacked and compared table by table); a restore's
includes the verification of the new database.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from bench.common import cached_sqlite, emit, env_int

NOW = datetime(2025, 6, 1)
PASSWORD = "bench backup password"


def main() -> None:
    clients = env_int("KARAVAN_BENCH_BACKUP_CLIENTS", 100_000)
    moves = env_int("KARAVAN_BENCH_BACKUP_MOVES", 1_000_000)
    path = cached_sqlite(f"backup-{clients}-{moves}.db", lambda url: _seed(url, clients, moves))
    measure(f"sqlite:///{path}", "sqlite", clients, moves)
    if server := os.environ.get("KARAVAN_BENCH_PG"):
        measure(_seeded_postgresql(server, clients, moves), "postgresql", clients, moves)


def _seed(url: str, clients: int, moves: int) -> None:
    from sqlalchemy import insert

    from app.db import open_database
    from app.models import Client
    from bench.stock import _seed_ledger

    _seed_ledger(url, 1_000, moves)
    started = time.perf_counter()
    db = open_database(url)
    with db.session_factory() as s:
        batch = []
        for i in range(clients):
            name = f"Client {i:06d} Trading"
            batch.append({"code": f"C-{i + 1:06d}", "kind": "company", "display_name": name, "name_key": name.lower(),
                          "legal_name": f"{name} LLC", "tax_id": f"{7700000000 + i}", "tax_id_key": f"{7700000000 + i}",
                          "status": "active", "is_customer": True, "primary_phone": f"+1 555 {i:07d}",
                          "primary_email": f"client{i}@example.com", "city": "Yerevan",
                          "search_text": f"{name.lower()} client{i}@example.com 1555{i:07d}", "version": 1,
                          "created_at": NOW, "updated_at": NOW})
            if len(batch) == 20_000:
                s.execute(insert(Client), batch)
                batch = []
        if batch:
            s.execute(insert(Client), batch)
        s.commit()
    db.dispose()
    print(f"# seeded {clients} clients in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def _seeded_postgresql(server_url: str, clients: int, moves: int) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"karavan_bench_backup_{clients}_{moves}"
    base = make_url(server_url).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    url = base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
    if exists:
        probe = create_engine(url)
        with probe.connect() as conn:
            ready = conn.execute(text("SELECT count(*) FROM stock_move")).scalar() == moves
        probe.dispose()
        if ready:
            admin.dispose()
            return url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    _seed(url, clients, moves)
    return url


def measure(url: str, backend: str, clients: int, moves: int) -> None:
    from sqlalchemy.engine import make_url

    from app.db import open_database
    from app.services.backup import postgres
    from app.services.backup.files import check_backup
    from app.services.backup.making import restore_postgresql, restore_sqlite, write_backup

    db = open_database(url)
    params = {"clients": clients, "moves": moves, "backend": backend}
    try:
        with tempfile.TemporaryDirectory(prefix="karavan-bench-backup-", dir=Path(__file__).parent / "out") as tmp:
            folder = Path(tmp)
            started = time.perf_counter()
            plain = write_backup(db.engine, folder)
            emit("backup.backup_s", time.perf_counter() - started, "s", **params)
            emit("backup.file_mb", plain.path.stat().st_size / 1e6, "MB",
                 database_mb=round(plain.manifest.payload_bytes / 1e6, 1), **params)
            started = time.perf_counter()
            check_backup(plain.path)
            emit("backup.check_s", time.perf_counter() - started, "s", **params)
            started = time.perf_counter()
            encrypted = write_backup(db.engine, folder, password=PASSWORD)
            emit("backup.backup_encrypted_s", time.perf_counter() - started, "s", **params)

            for label, made, password in (("restore_s", plain, None), ("restore_encrypted_s", encrypted, PASSWORD)):
                started = time.perf_counter()
                if backend == "sqlite":
                    restore_sqlite(made.path, folder / f"{label}.db", password=password)
                else:
                    name = f"{make_url(url).database}_{label}"
                    postgres.drop_database(make_url(url), name)
                    restore_postgresql(made.path, make_url(url), name, password=password)
                emit(f"backup.{label}", time.perf_counter() - started, "s", **params)
                if backend == "postgresql":
                    postgres.drop_database(make_url(url), name)
                else:
                    (folder / f"{label}.db").unlink()
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
