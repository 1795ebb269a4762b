"""Posting stock documents: each kind moves stock and keeps the balance equal to the ledger."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.models import utcnow
from app.services.errors import ConcurrentEdit, InsufficientStock, ValidationError
from tests.unit.test_stock_kit import D, Shop


@pytest.fixture
def shop(services):
    return Shop(services)


def test_a_receipt_brings_stock_in_at_its_cost_and_gets_a_number(shop, services):
    card = shop.doc("receipt", [(shop.chair, 10, "5.50"), (shop.sugar, "2.250", "3")])
    assert card.number.startswith("RC-") and card.status == "draft"
    assert shop.on_hand(shop.chair) == 0  # a draft moves nothing

    posted = shop.post(card)

    assert posted.status == "posted" and posted.posted_by_name == "Anna Admin"
    assert shop.on_hand(shop.chair) == 10 and shop.value(shop.chair) == D("55.00")
    assert shop.on_hand(shop.sugar) == D("2.250") and shop.value(shop.sugar) == D("6.75")
    assert services.stock.check_stock() == []


def test_a_shipment_takes_stock_out_at_the_average_cost(shop, services):
    shop.posted("receipt", [(shop.chair, 10, "5")])
    shop.posted("receipt", [(shop.chair, 10, "7")])
    shop.posted("shipment", [(shop.chair, 4)])

    assert shop.on_hand(shop.chair) == 16 and shop.value(shop.chair) == D("96.00")
    moves = services.stock.product_moves(shop.chair)
    assert [m.quantity for m in moves] == [10, 10, -4]
    assert moves[-1].unit_cost == D("6.0000") and moves[-1].value == D("-24.00")
    assert moves[-1].running_balance == 16
    assert services.stock.check_stock() == []


def test_shipping_more_than_is_available_is_refused_naming_product_warehouse_and_amounts(shop, services):
    shop.posted("receipt", [(shop.chair, 3, "5")])
    draft = shop.doc("shipment", [(shop.chair, 5)])

    with pytest.raises(InsufficientStock) as err:
        shop.post(draft)

    e = err.value
    assert (e.product, e.sku, e.warehouse, e.available, e.requested) == ("Chair", "CH-1", "Main", 3, 5)
    assert "Chair" in str(e) and "Main" in str(e)
    assert shop.on_hand(shop.chair) == 3
    assert services.stock.load_document(draft.id).status == "draft"
    assert services.stock.check_stock() == []


def test_a_warehouse_that_allows_negative_stock_ships_what_it_does_not_have(shop, services):
    wh = services.stock.list_warehouses()[0]
    assert wh.name == "Main"
    services.stock.update_warehouse(wh.id, name="Main", address="", allow_negative=True, archived=False,
                                    expected_version=wh.version)
    shop.posted("shipment", [(shop.chair, 2)])
    assert shop.on_hand(shop.chair) == -2
    assert shop.value(shop.chair) == D("-14.00")  # at the purchase price while nothing is in stock
    assert services.stock.check_stock() == []


def test_a_write_off_needs_a_reason(shop):
    shop.posted("receipt", [(shop.sugar, "5", "2")])
    with pytest.raises(ValidationError) as err:
        shop.doc("write_off", [(shop.sugar, "1.5")])
    assert "reason" in err.value.errors
    shop.posted("write_off", [(shop.sugar, "1.5")], reason="damaged")
    assert shop.on_hand(shop.sugar) == D("3.5") and shop.value(shop.sugar) == D("7.00")


def test_a_transfer_moves_stock_at_the_source_average(shop, services):
    shop.posted("receipt", [(shop.chair, 3, "10")])
    shop.posted("receipt", [(shop.chair, 0 + 1, "11")])
    shop.posted("transfer", [(shop.chair, 2)], to_warehouse_id=shop.shop)

    assert shop.on_hand(shop.chair) == 2 and shop.on_hand(shop.chair, shop.shop) == 2
    assert shop.value(shop.chair, shop.shop) == D("20.50")  # 2 × 41 / 4
    assert shop.value(shop.chair) == D("20.50")
    assert services.stock.check_stock() == []


def test_a_transfer_needs_another_warehouse(shop):
    with pytest.raises(ValidationError) as err:
        shop.doc("transfer", [(shop.chair, 1)], to_warehouse_id=shop.main)
    assert "to_warehouse_id" in err.value.errors


def test_unit_decimals_are_respected(shop):
    with pytest.raises(ValidationError) as err:
        shop.doc("receipt", [(shop.chair, "1.5", "1"), (shop.sugar, "1.2345", "1"), (shop.sugar, "0", "1")])
    assert err.value.errors == {"lines.0.quantity": "must be a whole number of pcs",
                                "lines.1.quantity": "may have at most 3 decimals (kg)",
                                "lines.2.quantity": "must be more than zero"}
    assert shop.doc("receipt", [(shop.sugar, "1.234", "1")]).lines[0].quantity == D("1.234")


def test_services_are_refused_on_stock_documents(shop):
    with pytest.raises(ValidationError) as err:
        shop.doc("receipt", [(shop.install, 1, "1")])
    assert "service" in err.value.errors["lines.0.product_id"]


def test_a_count_posts_the_difference_between_counted_and_the_ledger(shop, services):
    shop.posted("receipt", [(shop.chair, 10, "4"), (shop.sugar, "3", "2")])
    count = services.stock.start_count(warehouse_id=shop.main)
    assert [(ln.sku, ln.book_quantity, ln.quantity) for ln in count.lines] == [("CH-1", 10, 0), ("SU-1", 3, 0)]
    lines = (replace(count.form.lines[0], quantity=D(8)), replace(count.form.lines[1], quantity=D("3.5")))
    count = services.stock.update_document(count.id, replace(count.form, lines=lines),
                                           expected_version=count.version)
    shop.posted("shipment", [(shop.chair, 1)])  # after the count was taken: posting uses the ledger then

    services.stock.post_document(count.id, expected_version=count.version)

    assert shop.on_hand(shop.chair) == 8 and shop.on_hand(shop.sugar) == D("3.5")
    moves = services.stock.product_moves(shop.chair)
    assert moves[-1].quantity == -1 and moves[-1].document_number == count.number
    assert services.stock.product_moves(shop.sugar)[-1].value == D("1.00")  # 0.5 kg at the average 2
    assert services.stock.check_stock() == []


def test_unposting_reverses_the_moves_and_makes_a_draft_again(shop, services):
    receipt = shop.posted("receipt", [(shop.chair, 5, "3")])
    shipped = shop.posted("shipment", [(shop.chair, 2)])

    back = services.stock.unpost_document(shipped.id, expected_version=shipped.version)

    assert back.status == "draft" and back.posted_at is None
    assert shop.on_hand(shop.chair) == 5 and shop.value(shop.chair) == D("15.00")
    moves = services.stock.product_moves(shop.chair)
    assert [m.quantity for m in moves] == [5, -2, 2]
    shop.posted("shipment", [(shop.chair, 3)])
    with pytest.raises(InsufficientStock) as err:  # taking the 5 back would leave -3
        services.stock.unpost_document(receipt.id, expected_version=receipt.version)
    assert (err.value.available, err.value.requested) == (2, 5)
    assert services.stock.check_stock() == []
    again = shop.post(back, confirm_backdated=True)  # dated before the later shipment
    assert again.status == "posted" and shop.on_hand(shop.chair) == 0 and shop.value(shop.chair) == 0
    assert services.stock.check_stock() == []


def test_a_posted_document_cannot_be_edited_or_posted_twice(shop, services):
    card = shop.posted("receipt", [(shop.chair, 1, "1")])
    with pytest.raises(ValidationError):
        services.stock.update_document(card.id, card.form, expected_version=card.version)
    with pytest.raises(ValidationError):
        shop.post(card)


def test_a_stale_version_is_refused(shop, services):
    card = shop.doc("receipt", [(shop.chair, 1, "1")])
    services.stock.update_document(card.id, replace(card.form, comment="changed"), expected_version=card.version)
    with pytest.raises(ConcurrentEdit) as err:
        shop.post(card)
    assert err.value.changed_by == "Anna Admin"


def test_cancelling_a_draft(shop, services):
    card = shop.doc("receipt", [(shop.chair, 1, "1")])
    cancelled = services.stock.cancel_document(card.id, expected_version=card.version)
    assert cancelled.status == "cancelled"
    with pytest.raises(ValidationError):
        shop.post(cancelled)
    rows, total = services.stock.list_documents(status="cancelled")
    assert total == 1 and rows[0].number == card.number and rows[0].lines == 1


def test_the_last_unit_out_takes_the_remaining_value(shop, services):
    shop.posted("receipt", [(shop.chair, 3, "1")])
    shop.posted("receipt", [(shop.chair, 0 + 1, "0.01")])  # value 3.01 over 4 pieces
    for _ in range(4):
        shop.posted("shipment", [(shop.chair, 1)])
    assert shop.on_hand(shop.chair) == 0 and shop.value(shop.chair) == 0
    assert sum(m.value for m in services.stock.product_moves(shop.chair)) == 0


def test_stock_at_a_past_date_and_valuation(shop, services):
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "2")], when=now - timedelta(days=10))
    shop.posted("shipment", [(shop.chair, 4)], when=now - timedelta(days=5))
    at = services.stock.stock_at(now - timedelta(days=7))
    assert [(r.sku, r.on_hand, r.value) for r in at] == [("CH-1", 10, D("20.00"))]
    assert services.stock.stock_at(now - timedelta(days=11)) == []
    val = services.stock.valuation(now)
    assert [(r.sku, r.quantity, r.value, r.avg_cost) for r in val] == [("CH-1", 6, D("12.00"), D("2.0000"))]


def test_reorder_list_suggests_up_to_twice_the_minimum(shop, services):
    from tests.unit.test_stock_kit import product
    low = product(services, "LO-1", "Lamp", shop.pcs, min_stock="5")
    shop.posted("receipt", [(low, 2, "1")])
    rows = services.stock.reorder_list()
    assert [(r.sku, r.on_hand, r.available, r.min_stock, r.suggested) for r in rows] == [("LO-1", 2, 2, 5, 8)]
    below, total = services.stock.balances(only_below_min=True)
    assert total == 1 and below[0].sku == "LO-1"


def test_warehouse_names_are_unique(services):
    services.stock.create_warehouse(name="Central")
    with pytest.raises(ValidationError) as err:
        services.stock.create_warehouse(name=" central ")
    assert err.value.errors["name"] == "another warehouse has this name"
