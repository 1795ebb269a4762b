"""Reservations: available drops while on hand stays; shipping consumes them; releasing gives them back."""

from __future__ import annotations

import pytest

from app.services.errors import InsufficientStock
from tests.unit.test_stock_kit import D, Shop


@pytest.fixture
def shop(services):
    s = Shop(services)
    s.posted("receipt", [(s.chair, 10, "2")])
    return s


def _row(services, shop):
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    return rows[0]


def test_reserving_lowers_available_not_on_hand(shop, services):
    res = services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(4))
    assert (res.quantity, res.status) == (4, "active")
    row = _row(services, shop)
    assert (row.on_hand, row.reserved, row.available) == (10, 4, 6)
    with pytest.raises(InsufficientStock) as err:
        services.stock.reserve(source="order:18", product_id=shop.chair, warehouse_id=shop.main, quantity=D(7))
    assert (err.value.available, err.value.requested) == (6, 7)


def test_a_shipment_cannot_take_stock_reserved_for_someone_else(shop, services):
    services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(8))
    with pytest.raises(InsufficientStock) as err:
        shop.posted("shipment", [(shop.chair, 3)])
    assert (err.value.available, err.value.requested) == (2, 3)


def test_a_shipment_naming_the_order_consumes_its_reservation(shop, services):
    services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(8))
    shop.posted("shipment", [(shop.chair, 9)], source="order:17")  # its own 8 count as available
    row = _row(services, shop)
    assert (row.on_hand, row.reserved, row.available) == (1, 0, 1)
    [res] = services.stock.list_reservations(source="order:17", active_only=False)
    assert (res.consumed, res.status) == (8, "consumed")


def test_a_partial_shipment_consumes_part_and_release_gives_back_the_rest(shop, services):
    services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(5))
    card = shop.posted("shipment", [(shop.chair, 2)], source="order:17")
    assert card.form.source == "order:17" and card.form.reason == ""
    assert _row(services, shop).reserved == 3
    assert services.stock.release(source="order:17") == 1
    row = _row(services, shop)
    assert (row.on_hand, row.reserved, row.available) == (8, 0, 8)
    assert services.stock.list_reservations(source="order:17") == []
    assert services.stock.check_stock() == []


def _unpost(services, card):
    return services.stock.unpost_document(card.id, expected_version=card.version)


def test_unposting_a_shipment_restores_the_reservation_it_consumed(shop, services):
    services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(8))
    card = shop.posted("shipment", [(shop.chair, 9)], source="order:17")
    draft = _unpost(services, card)
    assert draft.status == "draft"
    row = _row(services, shop)
    assert (row.on_hand, row.reserved, row.available) == (10, 8, 2)
    [res] = services.stock.list_reservations(source="order:17")
    assert (res.consumed, res.status) == (0, "active")
    assert services.stock.check_stock() == []
    again = services.stock.post_document(draft.id, expected_version=draft.version)  # posting again consumes again
    assert again.status == "posted" and _row(services, shop).reserved == 0
    [res] = services.stock.list_reservations(source="order:17", active_only=False)
    assert (res.consumed, res.status) == (8, "consumed")


def test_unposting_restores_only_what_the_shipments_still_posted_do_not_account_for(shop, services):
    services.stock.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(6))
    first = shop.posted("shipment", [(shop.chair, 4)], source="order:17")
    second = shop.posted("shipment", [(shop.chair, 5)], source="order:17")   # 2 from the reservation, 3 free
    assert _row(services, shop).reserved == 0
    _unpost(services, second)
    [res] = services.stock.list_reservations(source="order:17")
    assert (res.consumed, _row(services, shop).reserved) == (4, 2)           # the first shipment's 4 stay
    _unpost(services, first)
    assert (_row(services, shop).on_hand, _row(services, shop).reserved) == (10, 6)
    assert services.stock.check_stock() == []


def test_unposting_does_not_restore_a_released_reservation_or_another_source(shop, services):
    st = services.stock
    st.reserve(source="order:17", product_id=shop.chair, warehouse_id=shop.main, quantity=D(5))
    st.reserve(source="order:18", product_id=shop.chair, warehouse_id=shop.main, quantity=D(2))
    card = shop.posted("shipment", [(shop.chair, 2)], source="order:17")
    assert st.release(source="order:17") == 1
    _unpost(services, card)
    assert [(r.source, r.consumed) for r in st.list_reservations()] == [("order:18", 0)]
    assert _row(services, shop).reserved == 2
    plain = shop.posted("shipment", [(shop.chair, 1)])                      # names no source
    _unpost(services, plain)
    assert _row(services, shop).reserved == 2 and st.check_stock() == []
