"""Lists to Excel over a large database: the whole clients list (100,000 by default) to an .xlsx file, the
way "Export to Excel…" and `karavan export clients` write it (goal: under 15 s)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import emit, env_int, seeded_sqlite


def main() -> None:
    clients = env_int("KARAVAN_BENCH_CLIENTS", 100_000)
    from app.db import open_database
    from app.services.clients import ClientQuery
    from app.services.context import ServiceContext

    db = open_database(f"sqlite:///{seeded_sqlite(clients)}")
    ctx = ServiceContext(db.session_factory)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "clients.xlsx"
        started = time.perf_counter()
        rows = ctx.exports.export_clients(target, ClientQuery(status=None))
        seconds = time.perf_counter() - started
        size_mb = target.stat().st_size / 1e6
    db.dispose()
    emit("exports.clients_100k_s", seconds, "s", clients=clients, rows=rows, file_mb=round(size_mb, 1),
         backend="sqlite")


if __name__ == "__main__":
    main()
