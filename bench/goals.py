"""Goals: reading a quarter's objectives with every metric computed, and the sales tile with its plan, on
the demo database (KARAVAN_BENCH_GOALS_CLIENTS, default 500 clients). Ten objectives of three key results
each cover every metric (some with a manager filter) and a manual one; the median of 10 runs. The goal:
the Goals screen's list under a second, the sales tile with its plan under 100 ms."""

from __future__ import annotations

import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.common import emit, env_int, median, seeded_sqlite


def main() -> None:
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext
    from app.services.goals import METRICS, KeyResultForm, ObjectiveForm
    from app.services.reports.periods import period_of

    clients = env_int("KARAVAN_BENCH_GOALS_CLIENTS", 500)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "goals.db"
        shutil.copyfile(seeded_sqlite(clients), path)
        db = open_database(f"sqlite:///{path}")
        try:
            upgrade_to_head(db.engine, backup=False)
            ctx = ServiceContext(db.session_factory).as_user(1)
            today = date.today()
            quarter = period_of("quarter", today=today)
            metrics = list(METRICS)
            users = [u for u, _ in ctx.goals.goal_choices().users]
            for i in range(10):
                krs = []
                for j in range(2):
                    metric = metrics[(i * 2 + j) % len(metrics)]
                    manager = users[i % len(users)] if "manager" in METRICS[metric].filters and i % 2 else None
                    krs.append(KeyResultForm(f"{metric} {i}", "1000", kind="metric", metric=metric,
                                             manager_id=manager))
                krs.append(KeyResultForm(f"manual {i}", "10"))
                ctx.goals.save_objective(None, ObjectiveForm(f"Objective {i}", quarter.start, quarter.end,
                                                             key_results=tuple(krs)))
            ctx.goals.save_plans([(u, today.replace(day=1), "10000") for u in users])
            for name, call in (("goals.quarter_list_ms",
                                lambda: ctx.goals.list_objectives(start=quarter.start, end=quarter.end)),
                               ("goals.sales_tile_with_plan_ms", lambda: ctx.dashboard.sales(period="month"))):
                call()
                runs = []
                for _ in range(10):
                    started = time.perf_counter()
                    call()
                    runs.append((time.perf_counter() - started) * 1000)
                emit(name, median(runs), "ms", clients=clients, objectives=10, key_results=30)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()
