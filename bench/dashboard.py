"""Dashboard: each tile's read on the demo database (KARAVAN_BENCH_DASHBOARD_CLIENTS, default 500 clients
with their deals, tasks, documents, stock and production), the median of 20 runs; the goal is well under
100 ms a tile."""

from __future__ import annotations

import time

from bench.common import emit, env_int, median, seeded_sqlite

TILE_CALLS = {
    "sales": lambda d: d.sales(period="month"),
    "funnel": lambda d: d.funnel(),
    "top_clients": lambda d: d.top_clients(period="month"),
    "top_products": lambda d: d.top_products(period="month"),
    "low_stock": lambda d: d.low_stock(),
    "overdue_tasks": lambda d: d.overdue_tasks(),
    "receivables": lambda d: d.receivables(),
    "production": lambda d: d.production(period="month"),
}


def main() -> None:
    from app.db import open_database
    from app.services.context import ServiceContext

    clients = env_int("KARAVAN_BENCH_DASHBOARD_CLIENTS", 500)
    db = open_database(f"sqlite:///{seeded_sqlite(clients)}")
    try:
        board = ServiceContext(db.session_factory).as_user(1).dashboard
        for tile, call in TILE_CALLS.items():
            call(board)  # warm the connection and the statement cache
            runs = []
            for _ in range(20):
                started = time.perf_counter()
                call(board)
                runs.append((time.perf_counter() - started) * 1000)
            emit(f"dashboard.{tile}_ms", median(runs), "ms", clients=clients)
    finally:
        db.dispose()


if __name__ == "__main__":
    main()
