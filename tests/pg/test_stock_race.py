"""Clerks on several PCs post shipments of the same stock at the same moment (PostgreSQL)."""

from __future__ import annotations

import threading

import pytest

from app.services.errors import ConcurrentEdit, InsufficientStock
from tests.conftest import PG_SKIP_REASON, PG_URL
from tests.pg.test_concurrency import run_together
from tests.unit.factories import second_user
from tests.unit.test_stock_kit import D, Shop

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
    pytest.mark.parametrize("database", ["postgresql"], indirect=True),
]


def _clerks(services, n):
    return [services, *(second_user(services, f"clerk{i}", f"Clerk {i}") for i in range(n - 1))]


def test_clerks_shipping_the_last_unit_together_let_exactly_one_through(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 1, "9")])
    clerks = _clerks(services, 4)
    drafts = [shop.doc("shipment", [(shop.chair, 1)]) for _ in clerks]
    barrier = threading.Barrier(len(clerks))

    def ship(ctx, card):
        barrier.wait(timeout=20)
        return ctx.stock.post_document(card.id, expected_version=card.version)

    results = run_together(*(lambda c=c, d=d: ship(c, d) for c, d in zip(clerks, drafts, strict=True)))

    shipped = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(shipped) == 1, results
    assert all(isinstance(r, InsufficientStock) for r in refused), refused
    assert {(r.available, r.requested) for r in refused} == {(0, 1)}
    assert shop.on_hand(shop.chair) == 0 and shop.value(shop.chair) == 0
    assert services.stock.check_stock() == []


def test_many_racing_shipments_never_oversell(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "2"), (shop.sugar, "10", "1")])
    clerks = _clerks(services, 6)
    # Lines in opposite orders: the fixed lock order keeps them from deadlocking.
    drafts = [shop.doc("shipment", [(shop.chair, 3), (shop.sugar, "2.5")] if n % 2 else
                       [(shop.sugar, "2.5"), (shop.chair, 3)]) for n in range(len(clerks))]
    barrier = threading.Barrier(len(clerks))

    def ship(ctx, card):
        barrier.wait(timeout=20)
        return ctx.stock.post_document(card.id, expected_version=card.version)

    results = run_together(*(lambda c=c, d=d: ship(c, d) for c, d in zip(clerks, drafts, strict=True)))

    shipped = [r for r in results if not isinstance(r, Exception)]
    assert len(shipped) == 3, results
    assert all(isinstance(r, InsufficientStock) for r in results if isinstance(r, Exception)), results
    assert shop.on_hand(shop.chair) == 1 and shop.on_hand(shop.sugar) == D("2.5")
    assert shop.value(shop.chair) == D("2.00")
    assert services.stock.check_stock() == []


def test_two_people_posting_the_same_draft_post_it_once(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 5, "1")])
    draft = shop.doc("shipment", [(shop.chair, 2)])
    anna, boris = _clerks(services, 2)
    barrier = threading.Barrier(2)

    def post(ctx):
        barrier.wait(timeout=20)
        return ctx.stock.post_document(draft.id, expected_version=draft.version)

    results = run_together(lambda: post(anna), lambda: post(boris))

    assert sum(isinstance(r, ConcurrentEdit) for r in results) == 1, results
    assert shop.on_hand(shop.chair) == 3
    assert services.stock.check_stock() == []


def test_reserving_while_shipping_keeps_available_right(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 4, "1")])
    drafts = [shop.doc("shipment", [(shop.chair, 2)]) for _ in range(2)]
    anna, boris, carl = _clerks(services, 3)
    barrier = threading.Barrier(3)

    def ship(ctx, card):
        barrier.wait(timeout=20)
        return ctx.stock.post_document(card.id, expected_version=card.version)

    def hold():
        barrier.wait(timeout=20)
        return carl.stock.reserve(source="order:1", product_id=shop.chair, warehouse_id=shop.main, quantity=D(2))

    results = run_together(lambda: ship(anna, drafts[0]), lambda: ship(boris, drafts[1]), hold)

    assert sum(isinstance(r, InsufficientStock) for r in results) == 1, results
    rows, _ = services.stock.balances(product_id=shop.chair)
    assert sum(r.available for r in rows) == 0
    assert services.stock.check_stock() == []
