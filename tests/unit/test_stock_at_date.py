"""Stock at a past date reads whole months from the maintained month sums and only the moves of the date's
own month: the answer must equal summing the ledger up to the date, at any date, after back-dated posting,
re-costing, transfers and un-posting; `check_stock` proves the month sums equal the ledger."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import select, update

from app.models import StockMove, StockPeriodSum
from tests.unit.test_stock_kit import D, Shop


def brute_force(services, at: datetime) -> dict:
    """Sum of every move dated up to `at`, per product × warehouse × lot (what stock_at must equal)."""
    sums = defaultdict(lambda: [D(0), D(0)])
    with services.uow() as uow:
        for m in uow.session.scalars(select(StockMove).where(StockMove.moved_at <= at)):
            acc = sums[(m.product_id, m.warehouse_id, m.lot_id)]
            acc[0] += m.quantity
            acc[1] += m.value
    return {k: (q, v) for k, (q, v) in sums.items() if (q, v) != (0, 0)}


def answered(services, at: datetime, **kw) -> dict:
    return {(r.product_id, r.warehouse_id, r.lot_id): (r.on_hand, r.value) for r in services.stock.stock_at(at, **kw)}


def test_stock_at_any_date_equals_the_ledger_summed_up_to_it(services):
    shop = Shop(services)
    start = datetime(2025, 1, 10, 9, 30)
    shop.posted("receipt", [(shop.chair, 10, "5"), (shop.sugar, "3.500", "2")], when=start)
    shop.posted("receipt", [(shop.chair, 5, "8")], when=datetime(2025, 2, 27, 23, 59))
    shop.posted("shipment", [(shop.chair, 4)], when=datetime(2025, 3, 1, 0, 0))
    shop.posted("transfer", [(shop.chair, 3)], when=datetime(2025, 3, 16, 12), to_warehouse_id=shop.shop)
    shop.posted("write_off", [(shop.sugar, "1.250")], when=datetime(2025, 4, 30, 18), reason="damaged")
    shop.posted("shipment", [(shop.chair, 2)], when=datetime(2025, 5, 20), warehouse=shop.shop)
    # Back-dated: a receipt in February changes the cost of the later outgoing moves (re-costing writes
    # cost adjustments dated like the moves they adjust, into those moves' months).
    shop.posted("receipt", [(shop.chair, 6, "20")], when=datetime(2025, 2, 3, 8), confirm_backdated=True)
    undone = shop.posted("receipt", [(shop.sugar, 2, "4")], when=datetime(2025, 6, 2))
    services.stock.unpost_document(undone.id, expected_version=undone.version)   # reversal dated now

    assert services.stock.check_stock() == []
    dates = [start - timedelta(seconds=1), start, datetime(2025, 1, 31, 23, 59, 59), datetime(2025, 2, 1),
             datetime(2025, 2, 3, 8), datetime(2025, 2, 15), datetime(2025, 2, 27, 23, 59), datetime(2025, 3, 1),
             datetime(2025, 3, 16, 11, 59), datetime(2025, 3, 16, 12), datetime(2025, 3, 31, 23, 0),
             datetime(2025, 4, 30, 18), datetime(2025, 5, 25), datetime(2025, 12, 31), datetime(2030, 6, 1)]
    for at in dates:
        assert answered(services, at) == brute_force(services, at), at
    # Filters agree with the filtered ledger.
    at = datetime(2025, 3, 20)
    expected = {k: v for k, v in brute_force(services, at).items() if k[1] == shop.shop}
    assert answered(services, at, warehouse_id=shop.shop) == expected
    assert answered(services, datetime(2025, 3, 20), product_id=shop.sugar) == {
        (shop.sugar, shop.main, None): (D("3.500"), D("7.00"))}


def test_month_sums_are_kept_per_month_and_checked(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "5")], when=datetime(2025, 1, 10))
    shop.posted("shipment", [(shop.chair, 4)], when=datetime(2025, 1, 20))
    shop.posted("shipment", [(shop.chair, 1)], when=datetime(2025, 3, 5))
    with services.uow() as uow:
        rows = {(r.period.month, r.quantity, r.value)
                for r in uow.session.scalars(select(StockPeriodSum).where(StockPeriodSum.product_id == shop.chair))}
    assert rows == {(1, D(6), D("30.00")), (3, D(-1), D("-5.00"))}
    assert services.stock.check_stock() == []
    with services.uow() as uow:   # a month sum that no longer equals its moves is reported, with its month
        uow.session.execute(update(StockPeriodSum).where(StockPeriodSum.product_id == shop.chair)
                            .values(quantity=StockPeriodSum.quantity + 1))
        uow.commit()
    bad = services.stock.check_stock()
    assert {(m.product_id, m.period.month, m.balance_on_hand, m.ledger_on_hand) for m in bad} == {
        (shop.chair, 1, D(7), D(6)), (shop.chair, 3, D(0), D(-1))}


def test_migration_0006_fills_the_month_sums_from_an_existing_ledger(services, database):
    from alembic import command

    from app.db import _alembic_config

    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "5"), (shop.sugar, "2.500", "3")], when=datetime(2025, 1, 10))
    shop.posted("shipment", [(shop.chair, 4)], when=datetime(2025, 2, 20))
    before = answered(services, datetime(2025, 2, 1))
    cfg = _alembic_config(database.engine)
    command.downgrade(cfg, "0005")
    command.upgrade(cfg, "head")
    assert services.stock.check_stock() == []
    assert answered(services, datetime(2025, 2, 1)) == before == {
        (shop.chair, shop.main, None): (D(10), D("50.00")), (shop.sugar, shop.main, None): (D("2.500"), D("7.50"))}
