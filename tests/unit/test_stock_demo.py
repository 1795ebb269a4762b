"""The demo stock: a catalog of about 300 products, three warehouses and six months of consistent history."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from app.models import Barcode, Product, StockDocument, StockMove, utcnow
from app.services.clients import ClientForm
from app.services.demo_stock import seed_stock


def _ean13_ok(code: str) -> bool:
    digits = [int(c) for c in code]
    return len(digits) == 13 and (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10 \
        == digits[12]


def test_seed_stock_makes_a_consistent_history(services):
    clients = [services.clients.create_client(ClientForm(display_name=n)).id for n in ("شرکت آریا", "Acme")]
    with services.session_factory() as s:
        made = seed_stock(s, rng=random.Random(5), managers=[services.user_id], client_ids=clients, deal_ids=[],
                          now=utcnow())
        s.commit()
    with services.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Product)) >= 290
        codes = list(s.scalars(select(Barcode.code).where(Barcode.kind == "ean13")))
        assert codes and all(_ean13_ok(c) for c in codes)
        kinds = dict(s.execute(select(StockDocument.kind, func.count()).group_by(StockDocument.kind)).tuples().all())
        moves = s.scalar(select(func.count()).select_from(StockMove))
        drafts = s.scalar(select(func.count()).select_from(StockDocument).where(StockDocument.status == "draft"))
    assert made == sum(kinds.values()) + moves
    assert set(kinds) == {"receipt", "shipment", "transfer", "write_off", "count"} and drafts == 1
    assert [w.name for w in services.stock.list_warehouses()] == ["Central warehouse", "Service van", "انبار تبریز"]
    assert services.stock.check_stock() == []
    rows, total = services.stock.balances()
    assert total > 100 and all(r.on_hand >= 0 for r in rows)


def test_seed_production_makes_bills_suppliers_and_orders_in_every_state(services):
    from datetime import date, timedelta

    from app.services.demo_production import seed_production

    with services.session_factory() as s:
        seed_stock(s, rng=random.Random(5), managers=[services.user_id], client_ids=[], deal_ids=[], now=utcnow())
        made = seed_production(s, rng=random.Random(6), managers=[services.user_id], client_ids=[], deal_ids=[],
                               now=utcnow())
        s.commit()
    assert made == 8
    orders = services.production.list_orders()
    assert {o.status for o in orders} == {"planned", "released", "in_progress", "done", "cancelled"}
    done = next(o for o in orders if o.status == "done")
    assert services.production.load_order(done.id).cost_total > 0
    assert [(b.name, b.versions) for b in services.production.list_bom_products()][2] == ("Pump station PS-1", 2)
    pump = services.production.list_bom_products()[2]
    assert services.production.explode(pump.product_id, 1).tree[1].level == 2  # a manifold's own parts
    assert services.stock.check_stock() == []
    assert services.production.run_mrp(horizon=date.today() + timedelta(days=30)).proposals
    with services.session_factory() as s:
        again = seed_production(s, rng=random.Random(6), managers=[], client_ids=[], deal_ids=[], now=utcnow())
    assert again == 0
