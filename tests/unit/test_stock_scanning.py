"""The clerk screen's services: scanning into drafts, picking a shipment, counts, clerk PINs."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.errors import AuthenticationFailed, UnknownBarcode, ValidationError
from app.services.stock import StockDocForm, StockLineData
from tests.unit.factories import second_user
from tests.unit.test_stock_kit import D, Shop


@pytest.fixture
def shop(services):
    return Shop(services)


def _empty(shop, kind, **header):
    return shop.s.stock.create_document(StockDocForm(kind=kind, warehouse_id=shop.main, doc_date=None, **header))


def test_scanning_by_barcode_and_sku_adds_and_increases_lines(shop, services):
    card = _empty(shop, "receipt")
    me = services.user_id
    r1 = services.stock.scan_into_document(card.id, code="4006381333931", clerk_id=me, expected_version=card.version)
    assert (r1.line.sku, r1.line.quantity, r1.line.clerk_name) == ("CH-1", 1, "Anna Admin")
    r2 = services.stock.scan_into_document(card.id, code="ch-1", quantity=D(5), clerk_id=me,
                                           expected_version=r1.card.version)
    assert len(r2.card.lines) == 1 and r2.line.quantity == 6
    r3 = services.stock.scan_into_document(card.id, code="SU-1", quantity=D("0.25"), clerk_id=me,
                                           expected_version=r2.card.version)
    assert [(ln.sku, ln.quantity) for ln in r3.card.lines] == [("CH-1", 6), ("SU-1", D("0.25"))]
    assert services.stock.load_document(card.id) == r3.card  # saved at once


def test_persian_digits_from_a_scanner_are_read(shop, services):
    card = _empty(shop, "receipt")
    r = services.stock.scan_into_document(card.id, code="۴۰۰۶۳۸۱۳۳۳۹۳۱", clerk_id=None, expected_version=card.version)
    assert r.line.sku == "CH-1"
    assert services.stock.product_by_code("4006381333931").sku == "CH-1"
    assert services.stock.product_by_code("000") is None


def test_an_unknown_code_changes_nothing(shop, services):
    card = _empty(shop, "receipt")
    r = services.stock.scan_into_document(card.id, code="CH-1", clerk_id=None, expected_version=card.version)
    with pytest.raises(UnknownBarcode) as err:
        services.stock.scan_into_document(card.id, code="999", clerk_id=None, expected_version=r.card.version)
    assert err.value.code == "999"
    assert services.stock.load_document(card.id) == r.card


def test_a_typed_quantity_must_fit_the_unit(shop, services):
    card = _empty(shop, "receipt")
    with pytest.raises(ValidationError) as err:
        services.stock.scan_into_document(card.id, code="CH-1", quantity=D("1.5"), clerk_id=None,
                                          expected_version=card.version)
    assert err.value.errors == {"quantity": "must be a whole number of pcs"}


def test_picking_a_shipment_against_its_prepared_lines(shop, services):
    shop.posted("receipt", [(shop.chair, 10, "2"), (shop.sugar, 5, "1")])
    card = shop.doc("shipment", [(shop.chair, 3), (shop.sugar, "2")])
    r = services.stock.scan_into_document(card.id, code="CH-1", quantity=D(2), clerk_id=None,
                                          expected_version=card.version)
    assert [(p.sku, p.to_pick, p.picked) for p in services.stock.picking_progress(card.id)] == [
        ("CH-1", 3, 2), ("SU-1", 2, 0)]
    with pytest.raises(ValidationError) as err:
        services.stock.scan_into_document(card.id, code="CH-1", quantity=D(2), clerk_id=None,
                                          expected_version=r.card.version)
    assert err.value.errors == {"quantity": "only 1 pcs of Chair are left to pick"}
    with pytest.raises(ValidationError) as err:
        services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, expected_version=r.card.version)
    assert err.value.errors == {"code": "Milk (MI-1) is not on this shipment"}

    services.stock.post_document(card.id, expected_version=r.card.version)

    assert shop.on_hand(shop.chair) == 8    # the picked 2, not the 3 asked for
    assert shop.on_hand(shop.sugar) == 3    # not picked by scanning: the line's quantity


def test_picking_a_lot_product_proposes_the_earliest_expiry(shop, services):
    for code, expires in (("LATE", date(2031, 1, 1)), ("SOON", date(2030, 1, 1))):
        shop.posted("receipt", [StockLineData(shop.milk, D(5), D(1), lot_code=code, lot_expires_on=expires)])
    card = shop.doc("shipment", [(shop.milk, 2)])
    r = services.stock.scan_into_document(card.id, code="5901234123457", quantity=D(2), clerk_id=None,
                                          expected_version=card.version)
    assert r.line.lot_code == "SOON" and r.line.picked == 2
    services.stock.post_document(card.id, expected_version=r.card.version)
    rows, _ = services.stock.balances(product_id=shop.milk)
    assert {(x.lot_code, x.on_hand) for x in rows} == {("SOON", 3), ("LATE", 5)}


def test_scanning_a_count_adds_to_the_counted_quantity(shop, services):
    shop.posted("receipt", [(shop.chair, 4, "2")])
    count = services.stock.start_count(warehouse_id=shop.main, product_ids=[shop.chair, shop.sugar])
    assert [(ln.sku, ln.book_quantity, ln.quantity) for ln in count.lines] == [("CH-1", 4, 0), ("SU-1", 0, 0)]
    r = services.stock.scan_into_document(count.id, code="CH-1", quantity=D(3), clerk_id=None,
                                          expected_version=count.version)
    services.stock.post_document(count.id, expected_version=r.card.version)
    assert shop.on_hand(shop.chair) == 3 and shop.on_hand(shop.sugar) == 0


def test_clerks_switch_with_a_pin(shop, services):
    boris = second_user(services)
    services.stock.set_clerk_pin(boris.user_id, pin="۱۲۳۴")
    with pytest.raises(ValidationError):
        services.stock.set_clerk_pin(boris.user_id, pin="12a")
    assert services.stock.switch_clerk(login_or_id="Boris", pin="1234").full_name == "Boris Manager"
    assert services.stock.switch_clerk(login_or_id=boris.user_id, pin="1234").login == "boris"
    with pytest.raises(AuthenticationFailed):
        services.stock.switch_clerk(login_or_id="boris", pin="9999")


def test_each_move_records_the_clerk_who_scanned_its_line_not_who_posted(shop, services):
    boris = second_user(services)
    card = _empty(shop, "receipt")
    r = services.stock.scan_into_document(card.id, code="CH-1", clerk_id=services.user_id,
                                          expected_version=card.version)
    r = services.stock.scan_into_document(card.id, code="SU-1", clerk_id=boris.user_id,
                                          expected_version=r.card.version)
    boris.stock.post_document(card.id, expected_version=r.card.version)     # Boris posts both lines
    assert [m.user_name for m in services.stock.product_moves(shop.chair)] == ["Anna Admin"]
    assert [m.user_name for m in services.stock.product_moves(shop.sugar)] == ["Boris Manager"]
    # A count's adjustment names the clerk who counted; lines nobody scanned name who posted.
    count = services.stock.start_count(warehouse_id=shop.main, product_ids=[shop.chair, shop.sugar])
    r = services.stock.scan_into_document(count.id, code="CH-1", quantity=D(3), clerk_id=boris.user_id,
                                          expected_version=count.version)
    services.stock.post_document(count.id, expected_version=r.card.version)
    assert [m.user_name for m in services.stock.product_moves(shop.chair)] == ["Anna Admin", "Boris Manager"]
    assert [m.user_name for m in services.stock.product_moves(shop.sugar)] == ["Boris Manager", "Anna Admin"]


def test_a_lot_tracked_receipt_scan_needs_a_lot_and_keeps_one_line_per_lot(shop, services):
    card = _empty(shop, "receipt")
    with pytest.raises(ValidationError) as err:
        services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, expected_version=card.version)
    assert "lot" in err.value.errors
    r = services.stock.scan_into_document(card.id, code="MI-1", quantity=D(4), clerk_id=None, lot_code=" L-1 ",
                                          lot_expires_on=date(2030, 5, 31), expected_version=card.version)
    r = services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, lot_code="l-1",
                                          expected_version=r.card.version)
    r = services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, lot_code="L-2",
                                          lot_expires_on=date(2031, 1, 1), expected_version=r.card.version)
    assert [(ln.lot_code, ln.lot_expires_on, ln.quantity) for ln in r.card.lines] == [
        ("L-1", date(2030, 5, 31), 5), ("L-2", date(2031, 1, 1), 1)]
    services.stock.post_document(card.id, expected_version=r.card.version)
    lots = services.stock.lots_in_stock(shop.milk, warehouse_id=shop.main)
    assert [(x.code, x.expires_on, x.on_hand) for x in lots] == [("L-1", date(2030, 5, 31), 5),
                                                                  ("L-2", date(2031, 1, 1), 1)]


def test_picking_a_chosen_lot_splits_a_line_picked_from_another(shop, services):
    for code, expires in (("LATE", date(2031, 1, 1)), ("SOON", date(2030, 1, 1))):
        shop.posted("receipt", [StockLineData(shop.milk, D(5), D(1), lot_code=code, lot_expires_on=expires)])
    late, soon = (x.lot_id for x in sorted(services.stock.lots_in_stock(shop.milk, warehouse_id=shop.main),
                                           key=lambda x: x.code))
    card = shop.doc("shipment", [(shop.milk, 4)])
    r = services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, expected_version=card.version)
    assert r.line.lot_code == "SOON"           # nothing chosen: earliest expiry
    r = services.stock.scan_into_document(card.id, code="MI-1", quantity=D(2), clerk_id=None, lot_id=late,
                                          expected_version=r.card.version)
    assert [(ln.lot_code, ln.quantity, ln.picked) for ln in r.card.lines] == [("SOON", 1, 1), ("LATE", 3, 2)]
    with pytest.raises(ValidationError):        # a lot of another product
        services.stock.scan_into_document(card.id, code="MI-1", clerk_id=None, lot_id=late + 99,
                                          expected_version=r.card.version)
    services.stock.post_document(card.id, expected_version=r.card.version)
    rows, _ = services.stock.balances(product_id=shop.milk)
    assert {(x.lot_code, x.on_hand) for x in rows} == {("SOON", 4), ("LATE", 3)}
    assert soon != late


def test_counting_a_chosen_lot(shop, services):
    for code, expires in (("A", date(2030, 1, 1)), ("B", date(2031, 1, 1))):
        shop.posted("receipt", [StockLineData(shop.milk, D(5), D(1), lot_code=code, lot_expires_on=expires)])
    lot_b = services.stock.lots_in_stock(shop.milk, warehouse_id=shop.main)[1].lot_id
    count = services.stock.start_count(warehouse_id=shop.main, product_ids=[shop.milk])
    r = services.stock.scan_into_document(count.id, code="MI-1", quantity=D(4), clerk_id=None, lot_id=lot_b,
                                          expected_version=count.version)
    assert [(ln.lot_code, ln.book_quantity, ln.quantity) for ln in r.card.lines] == [("A", 5, 0), ("B", 5, 4)]
