"""The stock ledger: posting speed, and reading balances and stock at a date over a big ledger.

Posting figures run on a fresh SQLite file. The big ledger (1,000 products × 3 warehouses, 1,000,000
moves over two years; KARAVAN_BENCH_STOCK_PRODUCTS / KARAVAN_BENCH_STOCK_MOVES) is bulk-inserted
straight into the tables once, with balances equal to the ledger sums, and kept in bench/out.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import cached_sqlite, emit, env_int, median

NOW = datetime(2025, 6, 1)


def main() -> None:
    posting()
    products = env_int("KARAVAN_BENCH_STOCK_PRODUCTS", 1_000)
    moves = env_int("KARAVAN_BENCH_STOCK_MOVES", 1_000_000)
    path = cached_sqlite(f"stock-{products}-{moves}.db", lambda url: _seed_ledger(url, products, moves))
    reading(f"sqlite:///{path}", products, moves)


def _context(url: str):
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext

    db = open_database(url)
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Bench Co", admin_login="admin", admin_full_name="Bench Admin",
                                 password="bench-pass-1")
    return db, anon.as_user(admin.id)


def _catalog(s, n: int) -> list[int]:
    from sqlalchemy import insert, select

    from app.models import Product, Unit

    s.execute(insert(Unit), [{"name": "pcs", "name_key": "pcs", "decimals": 0, "version": 1,
                              "created_at": NOW, "updated_at": NOW}])
    unit_id = s.scalar(select(Unit.id))
    s.execute(insert(Product), [{"sku": f"SKU-{i:05d}", "sku_key": f"sku-{i:05d}", "name": f"Product {i:05d}",
                                 "name_key": f"product {i:05d}", "unit_id": unit_id, "kind": "goods",
                                 "purchase_price": Decimal("5"), "search_text": f"sku-{i:05d} product {i:05d}",
                                 "version": 1, "created_at": NOW, "updated_at": NOW} for i in range(n)])
    return list(s.scalars(select(Product.id).order_by(Product.id)))


def posting() -> None:
    from app.services.stock import StockDocForm, StockLineData

    with tempfile.TemporaryDirectory() as tmp:
        db, ctx = _context(f"sqlite:///{Path(tmp) / 'post.db'}")
        with ctx.uow() as uow:
            ids = _catalog(uow.session, 2_000)
            uow.commit()
        wh = ctx.stock.create_warehouse(name="Main").id
        rng = random.Random(3)
        # Bulk receipts: 10 documents of 200 lines, each line updating the moving average.
        lines_posted, spent = 0, 0.0
        for k in range(10):
            lines = tuple(StockLineData(pid, Decimal(rng.randint(50, 500)), Decimal(rng.randint(100, 9999)) / 100)
                          for pid in ids[k * 200:(k + 1) * 200])
            card = ctx.stock.create_document(StockDocForm("receipt", wh, None, lines=lines))
            started = time.perf_counter()
            ctx.stock.post_document(card.id, expected_version=card.version)
            spent += time.perf_counter() - started
            lines_posted += len(lines)
        emit("stock.bulk_receipt_lines_per_s", lines_posted / spent, "lines/s", lines=lines_posted)
        timings = []
        for k in range(9):
            lines = tuple(StockLineData(pid, Decimal(rng.randint(1, 5))) for pid in ids[k * 50:(k + 1) * 50])
            card = ctx.stock.create_document(StockDocForm("shipment", wh, None, lines=lines))
            started = time.perf_counter()
            ctx.stock.post_document(card.id, expected_version=card.version)
            timings.append((time.perf_counter() - started) * 1000)
        emit("stock.post_shipment_50_lines_ms", median(timings[1:]), "ms", lines=50)
        assert ctx.stock.check_stock() == []
        db.dispose()


def _seed_ledger(url: str, n_products: int, n_moves: int) -> None:
    from sqlalchemy import insert

    from app.models import StockBalance, StockDocument, StockMove, StockPeriodSum, Warehouse
    from app.services.stock.ledger import period_of

    started = time.perf_counter()
    db, ctx = _context(url)
    rng = random.Random(11)
    with ctx.uow() as uow:
        s = uow.session
        products = _catalog(s, n_products)
        s.execute(insert(Warehouse), [{"name": f"W{i}", "name_key": f"w{i}", "address": "", "allow_negative": False,
                                       "archived": False, "version": 1, "created_at": NOW, "updated_at": NOW}
                                      for i in range(3)])
        warehouses = [1, 2, 3]
        n_docs = max(1, n_moves // 100)
        span = timedelta(days=730)
        dates = sorted(NOW - span + span * rng.random() for _ in range(n_docs))
        s.execute(insert(StockDocument), [{"number": f"RC-{i + 1:06d}", "kind": "receipt", "status": "posted",
                                           "doc_date": d, "warehouse_id": warehouses[i % 3], "reason": "",
                                           "comment": "", "posted_at": d, "version": 1, "created_at": d,
                                           "updated_at": d} for i, d in enumerate(dates)])
        on_hand: dict = defaultdict(lambda: [Decimal(0), Decimal(0)])
        months: dict = defaultdict(lambda: [Decimal(0), Decimal(0)])   # what posting keeps in stock_period_sum
        batch = []
        for i in range(n_moves):
            doc = i * n_docs // n_moves
            pid, wid = rng.choice(products), warehouses[doc % 3]
            key = (pid, wid)
            q_now, v_now = on_hand[key]
            if q_now > 10 and rng.random() < 0.45:
                qty = -Decimal(rng.randint(1, int(min(q_now, 20))))
                value = -(v_now * -qty / q_now).quantize(Decimal("0.01")) if q_now + qty else -v_now
            else:
                qty = Decimal(rng.randint(1, 30))
                value = qty * Decimal("5.25")
            on_hand[key] = [q_now + qty, v_now + value]
            month = months[(pid, wid, period_of(dates[doc]))]
            month[0] += qty
            month[1] += value
            batch.append({"document_id": doc + 1, "product_id": pid, "warehouse_id": wid, "quantity": qty,
                          "unit_cost": abs(value / qty).quantize(Decimal("0.0001")), "value": value,
                          "moved_at": dates[doc], "posted_at": dates[doc]})
            if len(batch) == 50_000:
                s.execute(insert(StockMove), batch)
                batch = []
        if batch:
            s.execute(insert(StockMove), batch)
        s.execute(insert(StockBalance), [{"product_id": p, "warehouse_id": w, "lot_key": 0, "on_hand": q,
                                          "value": val, "reserved": Decimal(0), "version": 1}
                                         for (p, w), (q, val) in on_hand.items()])
        s.execute(insert(StockPeriodSum), [{"product_id": p, "warehouse_id": w, "lot_key": 0, "period": d,
                                            "quantity": q, "value": val} for (p, w, d), (q, val) in months.items()])
        uow.commit()
    db.dispose()
    print(f"# seeded {n_moves} stock moves in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def reading(url: str, products: int, moves: int) -> None:
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext

    db = open_database(url)
    # A ledger seeded by an older version gets its month sums from the migration that added them.
    upgrade_to_head(db.engine, backup=False)
    ctx = ServiceContext(db.session_factory)

    def timed(call) -> float:
        started = time.perf_counter()
        call()
        return (time.perf_counter() - started) * 1000

    params = {"products": products, "warehouses": 3, "moves": moves}
    timed(lambda: ctx.stock.balances(limit=100))
    emit("stock.balances_ms", median([timed(lambda: ctx.stock.balances(limit=100)) for _ in range(9)]), "ms",
         **params)
    emit("stock.balances_warehouse_ms",
         median([timed(lambda: ctx.stock.balances(warehouse_id=2, search="product 00", limit=100))
                 for _ in range(9)]), "ms", **params)
    for days in (30, 365):
        at = NOW - timedelta(days=days)
        emit(f"stock.stock_at_{days}d_ms", median([timed(lambda at=at: ctx.stock.stock_at(at)) for _ in range(3)]),
             "ms", **params)
    # The worst case by design: the middle of a month, where half a month of moves is read.
    at = datetime(2024, 5, 16, 12)
    emit("stock.stock_at_mid_month_ms", median([timed(lambda: ctx.stock.stock_at(at)) for _ in range(3)]), "ms",
         **params)
    db.dispose()


if __name__ == "__main__":
    main()
