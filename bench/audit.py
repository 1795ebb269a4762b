"""What the audit trail costs: 10,000 client saves with the trail recording, and with it switched off.

Each save is a real `update_client` (load, version check, write, commit) as the administrator; the
trail adds the changed fields' old and new values and one chained, hashed entry per save.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import replace
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


def _saves(ctx, n: int) -> float:
    from app.services.clients import ClientForm

    card = ctx.clients.create_client(ClientForm(display_name="Audited Bench Ltd"))
    started = time.perf_counter()
    for i in range(n):
        card = ctx.clients.update_client(card.id, replace(card.form, notes=f"call {i}"),
                                         expected_version=card.version)
    return time.perf_counter() - started


def main() -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from app.services.access import audit

    n = env_int("KARAVAN_BENCH_SAVES", 10_000)
    with tempfile.TemporaryDirectory(prefix="karavan-bench-audit-") as tmp:
        with_trail = _saves(_context(tmp, "on.db"), n)
        event.remove(Session, "after_flush", audit._collect)
        try:
            without = _saves(_context(tmp, "off.db"), n)
        finally:
            event.listen(Session, "after_flush", audit._collect)
    emit("audit.saves_with_trail_s", with_trail, "s", saves=n, backend="sqlite")
    emit("audit.saves_without_trail_s", without, "s", saves=n, backend="sqlite")
    emit("audit.overhead_ratio", with_trail / without, "x", saves=n, backend="sqlite", goal="< 1.3")
