"""Cold start: Karavan's main window with its clients list vs a bare PySide6 window (the floor)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from bench.common import emit, env_int, median, seeded_sqlite


def _run(args: list[str]) -> dict[str, float]:
    """Spawn a probe; `shown` is the wall time from spawning it to its window being shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.probe", *args], env=env, stdout=subprocess.PIPE,
                            text=True)
    figures: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        word, _, value = line.strip().partition(" ")
        if word in ("shown", "rows"):
            figures[word] = (time.perf_counter() - started) * 1000
        elif word == "rss":
            figures["rss"] = float(value)
    if proc.wait(timeout=120) != 0:
        raise RuntimeError(f"probe {args} failed with exit code {proc.returncode}")
    return figures


def main() -> None:
    clients = env_int("KARAVAN_BENCH_CLIENTS", 100_000)
    runs = env_int("KARAVAN_BENCH_RUNS", 9)
    db = seeded_sqlite(clients)
    _run(["floor"])  # warm the OS file cache for both, so neither pays for the first disk read
    _run(["app", str(db)])
    floor, app_runs = [], []
    for _ in range(runs):  # interleaved, so both see the same machine load
        floor.append(_run(["floor"])["shown"])
        app_runs.append(_run(["app", str(db)]))
    start = median([r["shown"] for r in app_runs])
    emit("startup.floor_ms", median(floor), "ms", runs=runs)
    emit("startup.main_window_ms", start, "ms", runs=runs, clients=clients)
    emit("startup.ratio_to_floor", start / median(floor), "x", runs=runs, clients=clients)
    emit("startup.first_rows_ms", median([r["rows"] for r in app_runs]), "ms", runs=runs, clients=clients)
    emit("clients.rss_list_open_mb", median([r["rss"] for r in app_runs]), "MB", clients=clients)


if __name__ == "__main__":
    main()
