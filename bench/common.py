"""Shared helpers for the benchmark scripts: figures as JSON lines, a cached seeded database."""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def emit(name: str, value: float, unit: str, **params) -> None:
    print(json.dumps({"name": name, "value": round(value, 2), "unit": unit, "params": params}), flush=True)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values)


def cached_sqlite(name: str, build: Callable[[str], None]) -> Path:
    """bench/out/<name>: built once by `build(url)`, analysed, and kept for later runs."""
    OUT.mkdir(exist_ok=True)
    path = OUT / name
    ready = path.with_suffix(".ready")
    if path.exists() and ready.exists():
        return path
    for p in (path, ready, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    build(f"sqlite:///{path}")
    conn = sqlite3.connect(path)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    ready.write_text("ok")
    return path


def seeded_sqlite(clients: int) -> Path:
    """A SQLite file with `clients` demo clients, built once and kept in bench/out."""
    return cached_sqlite(f"clients-{clients}.db", lambda url: _seed(url, clients))


def _seed(url: str, clients: int) -> None:
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext

    db = open_database(url)
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Bench Co", admin_login="admin", admin_full_name="Bench Admin",
                                 password="bench-pass-1")
    started = time.perf_counter()
    anon.as_user(admin.id).demo.seed_demo(clients=clients, seed=7)
    print(f"# seeded {clients} clients in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    db.dispose()


def seeded_postgresql(server_url: str, clients: int) -> str:
    """A PostgreSQL database `karavan_bench_<clients>` on the server of `server_url`, seeded once."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"karavan_bench_{clients}"
    base = make_url(server_url).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
    url = base.set(database=name).render_as_string(hide_password=False)
    if exists:
        probe = create_engine(url)
        with probe.connect() as conn:
            ready = conn.execute(text("SELECT count(*) FROM client")).scalar() == clients
        probe.dispose()
        if ready:
            admin.dispose()
            return url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    _seed(url, clients)
    vacuum = create_engine(url, isolation_level="AUTOCOMMIT")
    with vacuum.connect() as conn:
        conn.execute(text("VACUUM ANALYZE"))
    vacuum.dispose()
    return url


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))
