"""The sales funnel over a large database: the board of one busy pipeline, its list view, the forecast, and the
Reports area's funnel conversion over every pipeline (`reports.funnel_conversion_ms`).

`funnel.board_load_ms` times the service call alone; `funnel.board_view_ms` times what the user waits for
when the Funnel area opens: the same call, the board's Qt models and columns built, and the whole board
painted offscreen (the cards painted by their delegate, as on screen).

50,000 deals (KARAVAN_BENCH_DEALS) in three pipelines; the "Board" pipeline holds 5,000 open deals
(KARAVAN_BENCH_BOARD_DEALS) plus some recently closed, and its deals have tasks (some overdue, which
the board marks). Seeded once with bulk Core inserts and kept in bench/out. PostgreSQL too when
KARAVAN_BENCH_PG names a server (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test): the
figures then carry params.backend.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import cached_sqlite, emit, env_int, median

CURRENCIES = ("USD", "USD", "USD", "EUR", "RUB")


def main() -> None:
    deals = env_int("KARAVAN_BENCH_DEALS", 50_000)
    board_deals = env_int("KARAVAN_BENCH_BOARD_DEALS", 5_000)
    measure(f"sqlite:///{seeded_funnel(deals, board_deals)}", "sqlite", deals, board_deals)
    if server := os.environ.get("KARAVAN_BENCH_PG"):
        measure(seeded_funnel_postgresql(server, deals, board_deals), "postgresql", deals, board_deals)


def measure(url: str, backend: str, deals: int, board_deals: int) -> None:
    from sqlalchemy import func, select

    from app.db import open_database
    from app.models import Deal, DealStatus, Pipeline
    from app.services.context import ServiceContext
    from app.services.funnel import DealQuery
    from app.services.reports import ReportParams

    db = open_database(url)
    ctx = ServiceContext(db.session_factory)
    with db.session_factory() as s:
        board_id = s.scalar(select(Pipeline.id).where(Pipeline.name_key == "board"))
        open_deals = s.scalar(select(func.count()).select_from(Deal).where(Deal.status == DealStatus.OPEN))

    def timed(call) -> float:
        started = time.perf_counter()
        call()
        return (time.perf_counter() - started) * 1000

    def board() -> None:
        ctx.funnel.board(board_id)

    def list_first() -> None:
        ctx.funnel.deal_list_first(DealQuery(board_id), sort="weighted", descending=True, limit=100)

    timed(board)  # warm the page cache
    emit("funnel.board_load_ms", median([timed(board) for _ in range(7)]), "ms",
         open_deals=board_deals, backend=backend)
    view_ms = board_view_ms(ctx, board_id)
    emit("funnel.board_view_ms", view_ms, "ms", open_deals=board_deals, backend=backend, size="1600x900")
    timed(list_first)
    emit("funnel.list_first_page_ms", median([timed(list_first) for _ in range(7)]), "ms",
         open_deals=board_deals, page=100, sort="weighted", backend=backend)
    timed(ctx.funnel.forecast)
    emit("funnel.forecast_ms", median([timed(ctx.funnel.forecast) for _ in range(7)]), "ms",
         deals=deals, open_deals=open_deals, backend=backend)
    # The Reports area's funnel conversion: every pipeline by stage over the last 60 days (every deal moved
    # in them), with the 60 days before compared.
    params = ReportParams("custom", start=date.today() - timedelta(days=59), end=date.today(), group_by="stage")

    def conversion() -> None:
        result = ctx.reports.run_report("funnel_conversion", params)
        assert result.totals[0] > 0

    timed(conversion)
    emit("reports.funnel_conversion_ms", median([timed(conversion) for _ in range(5)]), "ms",
         deals=deals, days=60, group_by="stage", compared=True, backend=backend)
    db.dispose()


def board_view_ms(ctx, board_id: int, rounds: int = 7) -> float:
    """Median ms to open the board: a new FunnelWorkspace reads the board (tasks run inline, as the
    TaskRunner would deliver them), builds its columns and card models, and is painted into an image."""
    from PySide6.QtWidgets import QApplication

    from app.models import User
    from app.ui.funnel.board import FunnelWorkspace
    from app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(["bench"])
    with ctx.session_factory() as s:
        from sqlalchemy import select

        admin_id = s.scalar(select(User.id).order_by(User.id).limit(1))
    user_ctx = ctx.as_user(admin_id)
    tasks = TaskRunner(inline=True)

    def open_board() -> float:
        started = time.perf_counter()
        workspace = FunnelWorkspace(user_ctx, tasks)
        workspace.resize(1600, 900)
        workspace.show()
        app.processEvents()
        index = workspace.pipeline_combo.findData(board_id)
        if workspace.pipeline_combo.currentIndex() != index:
            workspace.pipeline_combo.setCurrentIndex(index)     # reloads the board for that pipeline
        cards = sum(len(c.model.cards) for c in workspace.columns)
        image = workspace.grab()
        elapsed = (time.perf_counter() - started) * 1000
        if cards == 0 or image.isNull():
            raise RuntimeError("the board showed no cards")
        workspace.close()
        workspace.deleteLater()
        app.processEvents()
        return elapsed

    open_board()  # warm: imports, fonts, the page cache
    return median([open_board() for _ in range(rounds)])


def seeded_funnel(deals: int, board_deals: int) -> Path:
    """A SQLite file with `deals` deals, `board_deals` of them open in the "Board" pipeline."""
    def build(url: str) -> None:
        started = time.perf_counter()
        _seed(url, deals, board_deals)
        print(f"# seeded {deals} deals in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    return cached_sqlite(f"funnel-{deals}-{board_deals}-tasks.db", build)


def seeded_funnel_postgresql(server_url: str, deals: int, board_deals: int) -> str:
    """A PostgreSQL database `karavan_bench_funnel_<deals>_<board>` on the server of `server_url`, seeded once."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"karavan_bench_funnel_{deals}_{board_deals}"
    base = make_url(server_url).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    url = base.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar()
    if exists:
        probe = create_engine(url)
        with probe.connect() as conn:
            ready = conn.execute(text("SELECT count(*) FROM deal")).scalar() == deals
        probe.dispose()
        if ready:
            admin.dispose()
            return url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    started = time.perf_counter()
    _seed(url, deals, board_deals)
    print(f"# seeded {deals} deals on PostgreSQL in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    vacuum = create_engine(url, isolation_level="AUTOCOMMIT")
    with vacuum.connect() as conn:
        conn.execute(text("VACUUM ANALYZE"))
    vacuum.dispose()
    return url


def _seed(url: str, deals: int, board_deals: int) -> None:
    from sqlalchemy import insert, select

    from app.db import open_database, upgrade_to_head
    from app.models import Client, Deal, DealStageChange, Task
    from app.models.base import utcnow
    from app.services.context import ServiceContext
    from app.services.funnel import StageSpec

    db = open_database(url)
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Bench Co", admin_login="admin", admin_full_name="Bench Admin",
                                 password="bench-pass-1")
    ctx = anon.as_user(admin.id)
    managers = [admin.id] + [ctx.users.add_user(f"manager{i}", full_name=f"Manager {i}", password="bench-pass-1").id
                             for i in range(4)]
    reasons = [ctx.funnel.add_lost_reason(name).id for name in ("Too expensive", "Went silent", "Competitor")]
    specs = [StageSpec("Lead", Decimal(10)), StageSpec("Qualified", Decimal(25)), StageSpec("Proposal", Decimal(40)),
             StageSpec("Negotiation", Decimal(70))]
    pipelines = [ctx.funnel.create_pipeline(name, stages=specs) for name in ("Board", "Wholesale", "Retail")]

    rng = random.Random(7)
    now = utcnow()
    client_rows = [{"display_name": f"Client {i:05d}", "name_key": f"client {i:05d}", "kind": "company",
                    "version": 1, "created_at": now, "updated_at": now, "created_by_id": admin.id}
                   for i in range(2_000)]

    def deal(pipeline, open_: bool) -> dict:
        open_stages = [s for s in pipeline.stages if s.kind == "open"]
        stage = rng.choice(open_stages) if open_ else rng.choice([pipeline.won, pipeline.lost])
        entered = now - timedelta(days=rng.randint(0, 60), minutes=rng.randint(0, 1440))
        return {
            "title": f"Deal {rng.randint(1, 10**6)}", "client_id": rng.randint(1, len(client_rows)),
            "amount": Decimal(rng.randint(100, 10_000_000)) / 100, "currency": rng.choice(CURRENCIES),
            "expected_close": date.today() + timedelta(days=rng.randint(-30, 180)) if rng.random() < 0.9 else None,
            "manager_id": rng.choice([*managers, None]), "pipeline_id": pipeline.id, "stage_id": stage.id,
            "probability": Decimal(rng.randint(0, 10000)) / 100 if rng.random() < 0.2 else None,
            "status": stage.kind, "lost_reason_id": rng.choice(reasons) if stage.kind == "lost" else None,
            "stage_entered_at": entered, "closed_at": entered if stage.kind != "open" else None,
            "version": 1, "created_at": entered, "updated_at": entered, "created_by_id": admin.id,
        }

    board, others = pipelines[0], pipelines[1:]
    rows = [deal(board, True) for _ in range(board_deals)]
    rows += [deal(board, False) for _ in range(board_deals // 2)]
    rows += [deal(rng.choice(others), rng.random() < 0.7) for _ in range(deals - len(rows))]
    with db.engine.begin() as conn:
        conn.execute(insert(Client), client_rows)
        client_ids = conn.scalars(select(Client.id).order_by(Client.id)).all()
        for row in rows:
            row["client_id"] = client_ids[row["client_id"] - 1]
        conn.execute(insert(Deal.__table__), rows)
        deal_rows = conn.execute(select(Deal.id, Deal.stage_id, Deal.stage_entered_at, Deal.lost_reason_id)).all()
        conn.execute(insert(DealStageChange), [
            {"deal_id": i, "from_stage_id": None, "to_stage_id": s, "changed_at": at, "changed_by_id": admin.id,
             "lost_reason_id": r} for i, s, at, r in deal_rows])
        # Tasks on a third of the deals, a few each: due from a month ago to a month ahead, most done
        # when past — so some open deals carry the overdue marker, as in a real office.
        task_rows = []
        for deal_id, *_ in deal_rows[::3]:
            for _ in range(rng.randint(1, 3)):
                due = now + timedelta(days=rng.randint(-30, 30), hours=rng.randint(0, 23))
                done = due < now and rng.random() < 0.8
                task_rows.append({"kind": "call", "subject": "Call back", "due_at": due, "assignee_id": admin.id,
                                  "status": "done" if done else "open", "deal_id": deal_id, "version": 1,
                                  "created_at": now, "updated_at": now, "created_by_id": admin.id})
        conn.execute(insert(Task), task_rows)
    db.dispose()


if __name__ == "__main__":
    main()
