"""Lot-tracked products: receipts record the lot, shipments take one, balances are kept per lot."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import InsufficientStock, ValidationError
from app.services.stock import StockLineData
from tests.unit.test_stock_kit import D, Shop


@pytest.fixture
def shop(services):
    return Shop(services)


def _receive_milk(shop, code, qty, expires, cost="1"):
    return shop.posted("receipt", [StockLineData(shop.milk, D(qty), D(cost), lot_code=code, lot_expires_on=expires)])


def test_a_receipt_of_a_lot_product_needs_a_lot_code(shop):
    draft = shop.doc("receipt", [(shop.milk, 5, "1")])
    with pytest.raises(ValidationError) as err:
        shop.post(draft)
    assert err.value.errors == {"lines.0.lot_code": "enter the lot of Milk"}


def test_receipts_create_lots_and_balances_are_kept_per_lot(shop, services):
    _receive_milk(shop, "L-2", 4, date(2030, 3, 1), cost="2")
    _receive_milk(shop, "L-1", 6, date(2030, 1, 1), cost="1")
    _receive_milk(shop, "L-1", 1, None, cost="1")  # the same lot again: found, not duplicated

    rows, total = services.stock.balances(product_id=shop.milk)
    assert total == 2
    assert {(r.lot_code, r.on_hand, r.expires_on) for r in rows} == {("L-1", 7, date(2030, 1, 1)),
                                                                     ("L-2", 4, date(2030, 3, 1))}
    assert services.stock.check_stock() == []


def test_a_shipment_of_a_lot_product_needs_an_existing_lot_with_stock(shop, services):
    _receive_milk(shop, "L-1", 3, date(2030, 1, 1))
    with pytest.raises(ValidationError) as err:
        shop.post(shop.doc("shipment", [StockLineData(shop.milk, D(1), lot_code="NOPE")]))
    assert err.value.errors == {"lines.0.lot_code": "Milk has no lot NOPE"}
    with pytest.raises(ValidationError):
        shop.post(shop.doc("shipment", [(shop.milk, 1)]))
    _receive_milk(shop, "L-2", 10, date(2031, 1, 1))
    with pytest.raises(InsufficientStock) as short:  # 13 in stock, but only 3 in lot L-1
        shop.post(shop.doc("shipment", [StockLineData(shop.milk, D(5), lot_code="L-1")]))
    assert (short.value.available, short.value.requested) == (3, 5)
    shop.post(shop.doc("shipment", [StockLineData(shop.milk, D(2), lot_code="L-1")]))
    rows, _ = services.stock.balances(product_id=shop.milk)
    assert {(r.lot_code, r.on_hand) for r in rows} == {("L-1", 1), ("L-2", 10)}


def test_lots_share_the_product_warehouse_average(shop, services):
    _receive_milk(shop, "L-1", 10, date(2030, 1, 1), cost="1")
    _receive_milk(shop, "L-2", 10, date(2030, 2, 1), cost="3")
    shop.post(shop.doc("shipment", [StockLineData(shop.milk, D(5), lot_code="L-2")]))
    moves = services.stock.product_moves(shop.milk)
    assert moves[-1].unit_cost == D("2.0000") and moves[-1].lot_code == "L-2"
    assert shop.value(shop.milk) == D("30.00")


def test_a_transfer_keeps_the_lot(shop, services):
    _receive_milk(shop, "L-1", 4, date(2030, 1, 1))
    shop.post(shop.doc("transfer", [StockLineData(shop.milk, D(3), lot_code="L-1")], to_warehouse_id=shop.shop))
    rows, _ = services.stock.balances(product_id=shop.milk, warehouse_id=shop.shop)
    assert [(r.lot_code, r.on_hand) for r in rows] == [("L-1", 3)]
    assert services.stock.check_stock() == []
