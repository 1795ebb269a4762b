"""Live updates: how soon another program hears a saved client, and what watching costs while idle.

`live.heard_ms`: median time from another program's commit (a client renamed, at a random moment) to the
batch of the watcher loop as the app runs it: SQLite polls `PRAGMA data_version` each second, PostgreSQL is
told by NOTIFY at once; both then wait the 0.3 s debounce for more of the same burst.
`live.poll_us`: one SQLite poll, what an idle Karavan pays each interval. PostgreSQL too when
KARAVAN_BENCH_PG names a server (figures then carry params.backend).
"""

from __future__ import annotations

import os
import random
import tempfile
import threading
import time
import uuid
from pathlib import Path

from bench.common import emit, env_int, median

POLL_INTERVAL_S = 1.0     # LiveUpdates' defaults
DEBOUNCE_S = 0.3


def main() -> None:
    rounds = env_int("KARAVAN_BENCH_LIVE_ROUNDS", 10)
    with tempfile.TemporaryDirectory(prefix="karavan-bench-live-") as tmp:
        measure(f"sqlite:///{Path(tmp) / 'live.db'}", "sqlite", rounds)
    if server := os.environ.get("KARAVAN_BENCH_PG"):
        measure_pg(server, rounds)


def measure(url: str, backend: str, rounds: int) -> None:
    from app.db import open_database, upgrade_to_head
    from app.services.changes import open_watcher, watch
    from app.services.clients import ClientForm
    from app.services.context import ServiceContext

    mine, theirs = open_database(url), None
    try:
        upgrade_to_head(mine.engine, backup=False)
        anon = ServiceContext(mine.session_factory)
        admin = anon.auth.initialize(company_name="Bench", admin_login="admin", admin_full_name="Bench Admin",
                                     password="bench-pass-1")
        theirs = open_database(url)
        other = ServiceContext(theirs.session_factory, user_id=admin.id)
        card = other.clients.create_client(ClientForm(display_name="Heard 0"))
        # The real loop on its thread, as LiveUpdates runs it; saves land at any moment of its cycle.
        watcher = open_watcher(mine.engine, poll_interval=POLL_INTERVAL_S)
        heard, stop = threading.Event(), threading.Event()
        thread = threading.Thread(target=watch, args=(watcher,), daemon=True,
                                  kwargs={"on_batch": lambda _b: heard.set(), "on_state": lambda _s: None,
                                          "stop": stop, "debounce": DEBOUNCE_S})
        thread.start()
        time.sleep(0.5)
        delays, rng = [], random.Random(8)
        for n in range(1, rounds + 1):
            time.sleep(rng.uniform(0, POLL_INTERVAL_S))
            heard.clear()
            card = other.clients.update_client(card.id, ClientForm(display_name=f"Heard {n}"),
                                               expected_version=card.version)
            saved = time.perf_counter()
            if not heard.wait(10):
                raise RuntimeError("the watcher did not hear a save")
            delays.append((time.perf_counter() - saved) * 1000)
        stop.set()
        thread.join(5)
        emit("live.heard_ms", median(delays), "ms", backend=backend, rounds=rounds,
             poll_interval_s=POLL_INTERVAL_S, debounce_s=DEBOUNCE_S)
        if backend == "sqlite":
            probe_watcher = open_watcher(mine.engine)
            probe_watcher.connect()
            probe = probe_watcher.probe
            assert probe is not None
            begin, polls = time.perf_counter(), 2000
            for _ in range(polls):
                probe.poll()
            emit("live.poll_us", (time.perf_counter() - begin) / polls * 1e6, "us", backend=backend)
            probe_watcher.close()
    finally:
        mine.dispose()
        if theirs is not None:
            theirs.dispose()


def measure_pg(server: str, rounds: int) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"karavan_bench_live_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(server).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        measure(make_url(server).set(database=name).render_as_string(hide_password=False), "postgresql", rounds)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
