"""What automation costs: client creations with an active "client created" rule (each queues an event in
its own transaction) against none, and running the queue (one notice per event, each rule run in a
transaction of its own with its log row)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import emit, env_int


def _context(tmp: str, name: str):
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext

    db = open_database(f"sqlite:///{Path(tmp) / name}")
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Bench LLC", admin_login="admin", admin_full_name="Admin",
                                 password="bench-pass-1")
    return anon.as_user(admin.id)


def _creates(ctx, n: int, start: int = 0) -> float:
    from app.services.clients import ClientForm

    started = time.perf_counter()
    for i in range(start, start + n):
        ctx.clients.create_client(ClientForm(display_name=f"Automated Bench {i:05d}"))
    return time.perf_counter() - started


def main() -> None:
    from app.services.automation import RuleForm

    n = env_int("KARAVAN_BENCH_AUTOMATION_EVENTS", 2_000)
    with tempfile.TemporaryDirectory(prefix="karavan-bench-automation-") as tmp:
        off = _context(tmp, "off.db")
        ctx = _context(tmp, "on.db")
        ctx.automation.save_rule(None, RuleForm(name="Hello", trigger="client.created", actions=[
            {"kind": "notify", "recipients": "admins", "text": "New client {record}"}]))
        # Interleaved in rounds, so that a busy moment of the machine weighs on both sides alike.
        plain = queued = 0.0
        rounds, step = 5, max(1, n // 5)
        for r in range(rounds):
            plain += _creates(off, step, r * step)
            queued += _creates(ctx, step, r * step)
        n = rounds * step
        started = time.perf_counter()
        done = 0
        while (result := ctx.automation.process_pending(limit=500)).events:
            done += result.ok
        processing = time.perf_counter() - started
    assert done == n, (done, n)
    emit("automation.queue_overhead_ratio", queued / plain, "x", creates=n, backend="sqlite")
    emit("automation.process_per_event_ms", processing * 1000 / n, "ms", events=n, backend="sqlite")
