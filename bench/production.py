"""Production: one production order with five components from release to done, and MRP over a catalog of
finished products with three-level bills and many open orders.

Sizes: KARAVAN_BENCH_MRP_PRODUCTS (1,000 products: 15 % finished, 25 % + 25 % sub-assemblies on two levels,
35 % bought materials), KARAVAN_BENCH_MRP_ORDERS (2,000 open orders: nine in ten confirmed sales orders of
one to three lines, one in ten open production orders), bulk-inserted into a fresh SQLite file.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import emit, env_int, median


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _context(tmp: str, name: str):
    from app.db import open_database, upgrade_to_head
    from app.services.context import ServiceContext

    db = open_database(f"sqlite:///{Path(tmp) / name}")
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Bench LLC", admin_login="admin", admin_full_name="Admin",
                                 password="bench-pass-1")
    return anon.as_user(admin.id)


def release_to_done(tmp: str) -> None:
    from app.models import Product, ProductKind, Unit
    from app.services.production import BomForm, BomLineForm, ProductionOrderForm
    from app.services.stock import StockDocForm, StockLineData

    ctx = _context(tmp, "order.db")
    with ctx.uow() as uow:
        s = uow.session
        unit = Unit(name="pcs", name_key="pcs", decimals=0)
        s.add(unit)
        s.flush()
        made = []
        for i in range(6):
            kind = ProductKind.FINISHED if i == 0 else ProductKind.MATERIAL
            p = Product(sku=f"P-{i}", sku_key=f"p-{i}", name=f"Part {i}", name_key=f"part {i}", kind=kind,
                        unit_id=unit.id, purchase_price=Decimal(2 + i), search_text=f"p-{i}")
            s.add(p)
            made.append(p)
        s.flush()
        ids = [p.id for p in made]
        uow.commit()
    wh = ctx.stock.create_warehouse(name="Main").id
    receipt = ctx.stock.create_document(StockDocForm(kind="receipt", warehouse_id=wh, doc_date=None, lines=tuple(
        StockLineData(pid, Decimal(1_000_000), Decimal(3)) for pid in ids[1:])))
    ctx.stock.post_document(receipt.id, expected_version=receipt.version)
    ctx.production.create_bom(BomForm(ids[0], lines=[BomLineForm(pid, quantity=str(n + 1), scrap_percent="2")
                                                     for n, pid in enumerate(ids[1:])]))
    form = ProductionOrderForm(ids[0], quantity="10", component_warehouse_id=wh)
    orders = [ctx.production.create_order(form) for _ in range(21)]

    def run(order) -> None:
        order = ctx.production.release_order(order.id, expected_version=order.version)
        ctx.production.complete_order(order.id, order.quantity, expected_version=order.version)

    run(orders[0])  # warm the caches
    emit("production.release_to_done_ms", median([_timed(lambda o=o: run(o)) for o in orders[1:]]), "ms",
         components=5, backend="sqlite")


def _seed_mrp(ctx, products: int, orders: int) -> date:
    from sqlalchemy import insert

    from app.models import (
        Bom,
        BomLine,
        Client,
        Document,
        DocumentLine,
        Product,
        ProductionOrder,
        ProductionOrderLine,
        Reservation,
        StockBalance,
        SupplierProduct,
        Unit,
        Warehouse,
    )

    rnd = random.Random(6)
    today = date.today()
    with ctx.uow() as uow:
        s = uow.session
        unit = Unit(name="pcs", name_key="pcs", decimals=0)
        buyer = Client(display_name="Bench Buyer", name_key="bench buyer", is_customer=True)
        s.add_all([unit, buyer])
        s.flush()
        suppliers = [Client(display_name=f"Supplier {i}", name_key=f"supplier {i}", is_supplier=True) for i in range(20)]
        s.add_all(suppliers)
        s.flush()
        warehouse = Warehouse(name="Main", name_key="main", allow_negative=True)
        s.add(warehouse)
        s.flush()
        counts = {"finished": products * 15 // 100, "a1": products * 25 // 100, "a2": products * 25 // 100}
        counts["raw"] = products - sum(counts.values())
        rows, n = [], 0
        for tier, count in counts.items():
            for _ in range(count):
                kind = "material" if tier == "raw" else "finished"
                rows.append({"sku": f"M-{n}", "sku_key": f"m-{n}", "name": f"{tier} {n}", "name_key": f"{tier} {n}",
                             "kind": kind, "unit_id": unit.id, "purchase_price": Decimal(rnd.randint(1, 50)),
                             "sale_price": Decimal(100), "currency": "USD", "vat_rate": Decimal(0),
                             "min_stock": Decimal(rnd.choice([0, 0, 5])), "tracks_lots": False, "description": "",
                             "archived": False, "search_text": f"m-{n}", "version": 1})
                n += 1
        s.execute(insert(Product), rows)
        ids = list(s.scalars(Product.__table__.select().with_only_columns(Product.id).order_by(Product.id)))
        fin = ids[:counts["finished"]]
        a1 = ids[len(fin):len(fin) + counts["a1"]]
        a2 = ids[len(fin) + len(a1):len(fin) + len(a1) + counts["a2"]]
        raw = ids[len(fin) + len(a1) + len(a2):]
        boms, lines = [], []
        recipe = {}
        for pid, parts in ([(p, rnd.sample(a1, 3) + rnd.sample(raw, 2)) for p in fin]
                           + [(p, rnd.sample(a2, 2) + rnd.sample(raw, 2)) for p in a1]
                           + [(p, rnd.sample(raw, 3)) for p in a2]):
            boms.append({"product_id": pid, "version_no": 1, "name": "", "quantity": Decimal(1), "active": True,
                         "notes": "", "version": 1})
            recipe[pid] = parts
        s.execute(insert(Bom), boms)
        bom_ids = dict(s.execute(Bom.__table__.select().with_only_columns(Bom.product_id, Bom.id)).all())
        for pid, parts in recipe.items():
            for no, c in enumerate(parts, start=1):
                lines.append({"bom_id": bom_ids[pid], "line_no": no, "component_id": c,
                              "quantity": Decimal(rnd.randint(1, 4)), "scrap_percent": Decimal(rnd.choice([0, 5])),
                              "notes": ""})
        s.execute(insert(BomLine), lines)
        s.execute(insert(SupplierProduct), [
            {"product_id": p, "supplier_id": suppliers[i % 20].id, "priority": 1, "price": Decimal(3),
             "currency": "USD", "lead_time_days": rnd.randint(0, 14), "min_order_qty": Decimal(rnd.choice([0, 50])),
             "supplier_sku": "", "version": 1} for i, p in enumerate(raw)])
        s.execute(insert(StockBalance), [
            {"product_id": p, "warehouse_id": warehouse.id, "lot_key": 0, "on_hand": Decimal(rnd.randint(0, 200)),
             "value": Decimal(0), "reserved": Decimal(0), "incoming": Decimal(rnd.choice([0, 0, 30])), "version": 1}
            for p in ids])
        sales = orders * 9 // 10
        docs = [{"doc_type": "order", "series": "", "number": f"ORD-{i}", "year": today.year, "seq": i + 1,
                 "doc_date": today, "due_date": today + timedelta(days=rnd.randint(0, 40)), "status": "confirmed",
                 "client_id": buyer.id, "warehouse_id": warehouse.id, "currency": "USD", "rate": Decimal(1),
                 "vat_mode": "exclusive", "language": "en", "shipment": "none", "invoicing": "none",
                 "payment": "none", "terms": "", "notes": "", "version": 1} for i in range(sales)]
        s.execute(insert(Document), docs)
        doc_ids = list(s.scalars(Document.__table__.select().with_only_columns(Document.id).order_by(Document.id)))
        doc_lines, reservations = [], []
        for d in doc_ids:
            for no, p in enumerate(rnd.sample(fin, rnd.randint(1, 3)), start=1):
                q = Decimal(rnd.randint(1, 10))
                doc_lines.append({"document_id": d, "line_no": no, "product_id": p, "description": "x", "unit": "pcs",
                                  "quantity": q, "price": Decimal(100), "discount_percent": Decimal(0),
                                  "vat_rate": Decimal(0), "net": 100 * q, "vat": Decimal(0), "amount": 100 * q})
                reservations.append({"source": f"order:{d}", "product_id": p, "warehouse_id": warehouse.id,
                                     "quantity": q, "consumed": Decimal(0), "status": "active", "version": 1})
        s.execute(insert(DocumentLine), doc_lines)
        s.execute(insert(Reservation), reservations)
        mos = [{"number": f"MO-B{i}", "product_id": p, "bom_id": bom_ids[p], "quantity": Decimal(10),
                "done_quantity": Decimal(0), "status": "planned", "component_warehouse_id": warehouse.id,
                "output_warehouse_id": warehouse.id, "planned_start": today + timedelta(days=rnd.randint(0, 20)),
                "planned_end": today + timedelta(days=rnd.randint(20, 30)), "cost_total": Decimal(0), "notes": "",
                "version": 1}
               for i, p in enumerate(rnd.choices(fin + a1 + a2, k=orders - sales))]
        s.execute(insert(ProductionOrder), mos)
        mo_rows = s.execute(ProductionOrder.__table__.select().with_only_columns(
            ProductionOrder.id, ProductionOrder.product_id)).all()
        s.execute(insert(ProductionOrderLine), [
            {"order_id": oid, "line_no": no, "component_id": c, "per_unit": Decimal(2), "scrap_percent": Decimal(0),
             "required": Decimal(20), "consumed": Decimal(0), "is_service": False}
            for oid, pid in mo_rows for no, c in enumerate(recipe[pid], start=1)])
        uow.commit()
    return today + timedelta(days=30)


def mrp(tmp: str) -> None:
    products = env_int("KARAVAN_BENCH_MRP_PRODUCTS", 1000)
    orders = env_int("KARAVAN_BENCH_MRP_ORDERS", 2000)
    ctx = _context(tmp, "mrp.db")
    horizon = _seed_mrp(ctx, products, orders)
    result = ctx.production.run_mrp(horizon=horizon)
    times = [_timed(lambda: ctx.production.run_mrp(horizon=horizon)) for _ in range(3)]
    emit("production.mrp_ms", median(times), "ms", products=products, open_orders=orders, levels=3,
         proposals=len(result.proposals), backend="sqlite")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        release_to_done(tmp)
        mrp(tmp)


if __name__ == "__main__":
    main()
