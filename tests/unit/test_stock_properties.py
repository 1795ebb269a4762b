"""Random sequences of stock documents: the balance always equals the ledger, stock never goes below zero
where that is not allowed, and every outgoing move carries the moving average."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from decimal import Decimal
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models import StockDocument, StockMove
from app.services.errors import InsufficientStock
from app.services.stock.money import ZERO, outgoing_value, value_of
from tests.unit.test_stock_kit import D, Shop, product

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)

WAREHOUSES = ("main", "shop", "loose")   # "loose" allows negative stock
quantities = st.integers(min_value=1, max_value=12)
ops = st.one_of(
    st.tuples(st.just("receipt"), st.sampled_from(WAREHOUSES), st.booleans(), quantities,
              st.integers(min_value=1, max_value=5000)),
    st.tuples(st.just("shipment"), st.sampled_from(WAREHOUSES), st.booleans(), quantities),
    st.tuples(st.just("write_off"), st.sampled_from(WAREHOUSES), st.booleans(), quantities),
    st.tuples(st.just("transfer"), st.sampled_from(WAREHOUSES), st.booleans(), quantities,
              st.sampled_from(WAREHOUSES)),
    st.tuples(st.just("count"), st.sampled_from(WAREHOUSES), st.booleans(), st.integers(min_value=0, max_value=15)),
    st.tuples(st.just("unpost"), st.integers(min_value=0, max_value=30)),
)


@pytest.fixture
def world(services):
    shop = Shop(services)
    loose = services.stock.create_warehouse(name="Loose", allow_negative=True).id
    return shop, {"main": shop.main, "shop": shop.shop, "loose": loose}


def _replay_and_check(services, product_ids: set[int], prices: dict[int, Decimal], loose_id: int) -> None:
    """Walk the ledger of each product × warehouse in order and check each move's value by the formula."""
    with services.uow() as uow:
        rows = uow.session.execute(
            select(StockMove, StockDocument.kind).join(StockDocument, StockDocument.id == StockMove.document_id)
            .where(StockMove.product_id.in_(product_ids)).order_by(StockMove.moved_at, StockMove.id)).tuples().all()
        uow.session.expunge_all()
    state: dict[tuple[int, int], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for m, kind in rows:
        pair = (m.product_id, m.warehouse_id)
        on_hand, value = state[pair]
        if m.reverses_id is None and m.quantity < 0:
            assert m.value == outgoing_value(-m.quantity, on_hand, value, prices[m.product_id]), (m.id, kind)
        if kind == "receipt" and m.reverses_id is None:
            assert m.value == value_of(m.quantity, m.unit_cost)
        state[pair] = [on_hand + m.quantity, value + m.value]
        if m.warehouse_id != loose_id:
            assert state[pair][0] >= 0
            if state[pair][0] == 0:
                assert state[pair][1] == 0, (m.id, kind)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(ops, min_size=1, max_size=12))
def test_random_documents_keep_balance_equal_to_ledger(world, services, steps):
    shop, wh = world
    n = next(_serial)
    pcs = product(services, f"P-{n}", f"Piece {n}", shop.pcs, purchase_price="3")
    kg = product(services, f"K-{n}", f"Kilo {n}", shop.kg, purchase_price="1.5")
    prices = {pcs: D("3"), kg: D("1.5")}
    expected: dict[tuple[int, int], Decimal] = defaultdict(lambda: ZERO)
    posted = []
    for step in steps:
        if step[0] == "unpost":
            if not posted:
                continue
            card = posted.pop(step[1] % len(posted))
            try:
                services.stock.unpost_document(card.id, expected_version=card.version)
            except InsufficientStock:
                posted.append(card)
                continue
            _apply_reversal(services, card, expected)
            continue
        kind, where, use_kg, qty = step[:4]
        pid = kg if use_kg else pcs
        q = D(qty) / 4 if use_kg else D(qty)
        w = wh[where]
        header, lines = {}, [(pid, q)]
        if kind == "receipt":
            lines = [(pid, q, D(step[4]) / 100)]
        elif kind == "write_off":
            header["reason"] = "damaged"
        elif kind == "transfer":
            if wh[step[4]] == w:
                continue
            header["to_warehouse_id"] = wh[step[4]]
        if kind == "count":
            card = services.stock.start_count(warehouse_id=w, product_ids=[pid])
            lines_data = tuple(replace(ln, quantity=q if i == 0 else ZERO) for i, ln in enumerate(card.form.lines))
            card = services.stock.update_document(card.id, replace(card.form, lines=lines_data),
                                                  expected_version=card.version)
            card = services.stock.post_document(card.id, expected_version=card.version)
            expected[(pid, w)] = q
            posted.append(card)
            continue
        draft = shop.doc(kind, lines, warehouse=w, **header)
        goes_out = kind in ("shipment", "write_off", "transfer")
        short = goes_out and w != wh["loose"] and expected[(pid, w)] < q
        try:
            card = shop.post(draft)
        except InsufficientStock as exc:
            assert short, (kind, where, expected[(pid, w)], q)
            assert exc.available == expected[(pid, w)] and exc.requested == q
            continue
        assert not short
        posted.append(card)
        expected[(pid, w)] += -q if goes_out else q
        if kind == "transfer":
            expected[(pid, header["to_warehouse_id"])] += q
    for (pid, w), q in expected.items():
        assert shop.on_hand(pid, w) == q
    assert services.stock.check_stock() == []
    _replay_and_check(services, {pcs, kg}, prices, wh["loose"])


def _apply_reversal(services, card, expected) -> None:
    """What un-posting `card` did to the expected quantities: the opposite of its (not reversed) moves."""
    with services.uow() as uow:
        moves = uow.session.scalars(select(StockMove).where(StockMove.document_id == card.id,
                                                            StockMove.reverses_id.is_not(None),
                                                            StockMove.quantity != 0)).all()
        uow.session.expunge_all()
    latest = max((m.posted_at for m in moves), default=None)
    for m in moves:
        if m.posted_at == latest:
            expected[(m.product_id, m.warehouse_id)] += m.quantity


_serial = count(1)
