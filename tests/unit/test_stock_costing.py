"""Moving weighted average cost, and re-costing after a back-dated posting."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import StockMove, utcnow
from app.services.errors import BackdatedPosting
from app.services.stock.money import cents, outgoing_value, unit_cost_of, value_of
from tests.unit.test_stock_kit import D, Shop


@pytest.fixture
def shop(services):
    return Shop(services)


def test_rounding_lives_in_one_place():
    assert value_of(D("3"), D("0.3333")) == D("1.00")
    assert value_of(D("0.005"), D("1")) == D("0.01")  # half up
    assert cents(D("2.345")) == D("2.35")
    assert unit_cost_of(D("10.00"), D("3")) == D("3.3333")
    assert outgoing_value(D("1"), D("3"), D("10.00"), D("0")) == D("-3.33")
    assert outgoing_value(D("3"), D("3"), D("10.00"), D("0")) == D("-10.00")  # the last one takes the rest
    assert outgoing_value(D("2"), D("0"), D("0"), D("4.5")) == D("-9.00")   # no stock: the fallback cost


def test_the_average_follows_receipts_and_shipments_on_known_numbers(shop, services):
    shop.posted("receipt", [(shop.chair, 10, "4")])      # 10 × 4 = 40
    shop.posted("receipt", [(shop.chair, 5, "7")])       # +35 → 15 for 75, average 5
    shop.posted("shipment", [(shop.chair, 3)])           # −15 → 12 for 60
    shop.posted("receipt", [(shop.chair, 3, "10")])      # +30 → 15 for 90, average 6
    shop.posted("shipment", [(shop.chair, 7)])           # −42 → 8 for 48
    values = [m.value for m in services.stock.product_moves(shop.chair)]
    assert values == [D("40.00"), D("35.00"), D("-15.00"), D("30.00"), D("-42.00")]
    assert shop.value(shop.chair) == D("48.00")
    rows, _ = services.stock.balances(product_id=shop.chair)
    assert rows[0].avg_cost == D("6.0000")


def test_a_back_dated_document_is_refused_first_naming_the_later_ones(shop, services):
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "4")], when=now - timedelta(days=10))
    later = shop.posted("shipment", [(shop.chair, 5)], when=now - timedelta(days=2))
    early = shop.doc("receipt", [(shop.chair, 10, "10")], when=now - timedelta(days=5))

    with pytest.raises(BackdatedPosting) as err:
        shop.post(early)

    assert err.value.later == [later.number]
    assert shop.on_hand(shop.chair) == 5


def test_shipments_posted_out_of_date_order_are_not_a_back_dating(shop, services):
    """Taking stock out at the average leaves later shipments' costs as they were: no question asked."""
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "4")], when=now - timedelta(days=10))
    first_drafted = shop.doc("shipment", [(shop.chair, 2)], when=now - timedelta(hours=2))
    shop.posted("shipment", [(shop.chair, 3)], when=now - timedelta(hours=1))
    shop.post(first_drafted)
    assert shop.on_hand(shop.chair) == 5
    assert services.stock.check_stock() == []


def test_a_shipment_dated_before_a_later_receipt_is_a_back_dating(shop, services):
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "4")], when=now - timedelta(days=10))
    receipt = shop.posted("receipt", [(shop.chair, 10, "8")], when=now - timedelta(days=2))
    early = shop.doc("shipment", [(shop.chair, 5)], when=now - timedelta(days=5))
    with pytest.raises(BackdatedPosting) as err:
        shop.post(early)
    assert err.value.later == [receipt.number]


def test_confirmed_back_dated_posting_recosts_later_moves_with_adjustment_moves(shop, services):
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "4")], when=now - timedelta(days=10))
    shipped = shop.posted("shipment", [(shop.chair, 5)], when=now - timedelta(days=2))   # at 4: −20
    moved = shop.posted("transfer", [(shop.chair, 1)], when=now - timedelta(days=1), to_warehouse_id=shop.shop)
    early = shop.doc("receipt", [(shop.chair, 10, "10")], when=now - timedelta(days=5))  # average → 7

    reports = []

    class Progress:
        def report(self, done, total, text=""):
            reports.append((done, total))

    shop.s.stock.post_document(early.id, expected_version=early.version, confirm_backdated=True,
                               progress=Progress())

    assert reports
    with services.uow() as uow:
        adjustments = uow.session.execute(select(StockMove.document_id, StockMove.warehouse_id, StockMove.value)
                                          .where(StockMove.quantity == 0).order_by(StockMove.id)).all()
    # The shipment now costs 5 × 7 = 35 (was 20), the transfer 7 (was 4) at both ends.
    assert adjustments == [(shipped.id, shop.main, D("-15.00")), (moved.id, shop.main, D("-3.00")),
                           (moved.id, shop.shop, D("3.00"))]
    assert shop.on_hand(shop.chair) == 14 and shop.value(shop.chair) == D("98.00")
    assert shop.value(shop.chair, shop.shop) == D("7.00")
    assert services.stock.check_stock() == []
    # Running the re-costing again finds nothing left to adjust.
    assert services.stock.recost_after(shop.chair, shop.main, now - timedelta(days=30)) == 0


def test_unposting_a_recosted_shipment_gives_back_its_adjusted_cost(shop, services):
    now = utcnow()
    shop.posted("receipt", [(shop.chair, 10, "4")], when=now - timedelta(days=10))
    shipped = shop.posted("shipment", [(shop.chair, 10)], when=now - timedelta(days=2))
    shop.posted("receipt", [(shop.chair, 10, "10")], when=now - timedelta(days=5), confirm_backdated=True)
    assert shop.on_hand(shop.chair) == 10 and shop.value(shop.chair) == D("70.00")  # 20 for 140, 10 out at 7

    services.stock.unpost_document(shipped.id, expected_version=services.stock.load_document(shipped.id).version)

    assert shop.on_hand(shop.chair) == 20 and shop.value(shop.chair) == D("140.00")
    assert services.stock.check_stock() == []
