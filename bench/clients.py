"""The clients list over a large database: first page, and search latency as a user types.

SQLite always; PostgreSQL too when KARAVAN_BENCH_PG names a server (e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/test): the figures then carry params.backend.
"""

from __future__ import annotations

import os
import random
import sys
import time

from bench.common import emit, env_int, median, percentile, seeded_postgresql, seeded_sqlite


def main() -> None:
    clients = env_int("KARAVAN_BENCH_CLIENTS", 100_000)
    measure(f"sqlite:///{seeded_sqlite(clients)}", "sqlite", clients)
    if server := os.environ.get("KARAVAN_BENCH_PG"):
        measure(seeded_postgresql(server, clients), "postgresql", clients)


def measure(url: str, backend: str, clients: int) -> None:
    queries = env_int("KARAVAN_BENCH_QUERIES", 200)
    from app.db import open_database
    from app.services.clients import ClientQuery
    from app.services.context import ServiceContext

    db = open_database(url)
    ctx = ServiceContext(db.session_factory)

    def first_page(query: ClientQuery) -> float:
        # What the list does on every keystroke: count the matches, fetch the first screenful.
        started = time.perf_counter()
        ctx.clients.first_page(query, limit=100)
        return (time.perf_counter() - started) * 1000

    first_page(ClientQuery())  # warm the page cache
    emit("clients.first_page_ms", median([first_page(ClientQuery()) for _ in range(7)]), "ms",
         clients=clients, page=100, backend=backend)

    # What search-as-you-type sends: every prefix of a name as it is typed (from one letter), and
    # fragments of phones in any formatting and of e-mail addresses.
    rng = random.Random(11)
    sample = ctx.clients.client_rows(rng.sample(ctx.clients.client_ids(ClientQuery(status=None)), 300))
    texts: list[str] = []
    for row in sample:
        name = row.display_name
        texts += [name[:n] for n in range(1, min(len(name), 7) + 1) if name[:n].strip()]
        digits = "".join(ch for ch in row.phone if ch.isdigit())
        if len(digits) >= 7:
            chunk = digits[-7:]
            texts.append(f"{chunk[:3]} {chunk[3:5]}-{chunk[5:]}")
        if row.email:
            texts.append(row.email.split("@")[0][:5])
    rng.shuffle(texts)
    texts = texts[:queries]
    timings = [first_page(ClientQuery(search=t)) for t in texts]
    if os.environ.get("KARAVAN_BENCH_VERBOSE"):
        for t, ms in sorted(zip(texts, timings, strict=True), key=lambda x: -x[1])[:15]:
            print(f"# {ms:7.1f} ms  {t!r}", file=sys.stderr)
    emit("clients.search_p50_ms", percentile(timings, 50), "ms", clients=clients, queries=len(texts),
         backend=backend)
    emit("clients.search_p95_ms", percentile(timings, 95), "ms", clients=clients, queries=len(texts),
         backend=backend)
    db.dispose()


if __name__ == "__main__":
    main()
