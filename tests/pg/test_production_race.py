"""Two people complete production at the same moment on PostgreSQL: nothing is made twice, and two orders
competing for the last components let exactly one through."""

from __future__ import annotations

import threading

import pytest

from app.services.errors import ConcurrentEdit, InsufficientStock
from app.services.production import ProductionOrderForm
from tests.conftest import PG_SKIP_REASON, PG_URL
from tests.pg.test_concurrency import run_together
from tests.unit.factories import second_user
from tests.unit.production_kit import D, Workshop

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
    pytest.mark.parametrize("database", ["postgresql"], indirect=True),
]


def _released(ws, product_id, qty):
    card = ws.s.production.create_order(ProductionOrderForm(product_id, quantity=str(qty),
                                                            component_warehouse_id=ws.main))
    return ws.s.production.release_order(card.id, expected_version=card.version, accept_shortage=True)


def test_the_same_order_completed_twice_at_once_is_made_once(services):
    ws = Workshop(services)
    ws.stock_materials()
    order = _released(ws, ws.leg, 10)
    other = second_user(services, "foreman", "Foreman")
    barrier = threading.Barrier(2)

    def finish(ctx):
        barrier.wait(timeout=20)
        return ctx.production.complete_order(order.id, "10", expected_version=order.version)

    results = run_together(lambda: finish(services), lambda: finish(other))
    assert sum(isinstance(r, ConcurrentEdit) for r in results) == 1, results
    assert ws.on_hand(ws.leg) == D(10) and ws.on_hand(ws.wood) == D("91.200")  # 100 − 10 × 0.88
    assert services.stock.check_stock() == []


def test_two_orders_racing_for_the_last_wood_let_one_through(services):
    ws = Workshop(services)
    ws.posted("receipt", [(ws.wood, "8.8", "2")])  # enough for exactly 10 legs
    first, second = _released(ws, ws.leg, 10), _released(ws, ws.leg, 10)
    other = second_user(services, "foreman", "Foreman")
    barrier = threading.Barrier(2)

    def finish(ctx, card):
        barrier.wait(timeout=20)
        return ctx.production.complete_order(card.id, "10", expected_version=card.version)

    results = run_together(lambda: finish(services, first), lambda: finish(other, second))
    assert sum(isinstance(r, InsufficientStock) for r in results) == 1, results
    assert (ws.on_hand(ws.wood), ws.on_hand(ws.leg)) == (D(0), D(10))
    assert services.stock.check_stock() == []
