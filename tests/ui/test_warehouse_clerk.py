"""A clerk at the shared warehouse PC: scanning a receipt, a quantity typed first, an unknown code, another
clerk taking over with a PIN, picking a shipment, counting — keyboard only, as a scanner types."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.tasks import TaskRunner
from app.ui.text import strip_isolates
from app.ui.warehouse.clerk import ClerkScreen, Entry, parse_entry
from tests.ui.warehouse_fixtures import CLERK_PIN, TEA_EAN, draft_shipment, post_receipt, shop  # noqa: F401

D = Decimal


@pytest.fixture
def beeps(monkeypatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def open_screen(qtbot, ctx, tasks, user) -> ClerkScreen:
    screen = ClerkScreen(ctx, tasks, user=user)
    qtbot.addWidget(screen)
    screen.resize(1200, 750)
    screen.show()
    screen.confirm = lambda _parent, _question: True
    return screen


@pytest.fixture
def screen(qtbot, shop, tasks) -> ClerkScreen:  # noqa: F811
    return open_screen(qtbot, shop.ctx, tasks, shop.admin)


def scan(qtbot, screen: ClerkScreen, text: str) -> None:
    """What a USB scanner does: type the characters fast, then Enter."""
    qtbot.keyClicks(screen.input, text)
    qtbot.keyClick(screen.input, Qt.Key.Key_Return)


def key(qtbot, screen: ClerkScreen, k: Qt.Key) -> None:
    qtbot.keyClick(screen.input, k)


def shown(screen: ClerkScreen) -> list[list[str]]:
    m = screen.lines_model
    return [[strip_isolates(m.index(r, c).data() or "") for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_entry_convention():
    assert parse_entry("4006381333931") == Entry("4006381333931", D(1))
    assert parse_entry("5*4006381333931") == Entry("4006381333931", D(5))
    assert parse_entry("2,5*RICE-5") == Entry("RICE-5", D("2.5"))
    # a scanner or a clerk on the Persian layout: the service reads the barcode's Persian digits
    assert parse_entry("۲٫۵*RICE-5") == Entry("RICE-5", D("2.5"))
    assert parse_entry("۵*۴۰۰۶۳۸۱۳۳۳۹۳۱") == Entry("۴۰۰۶۳۸۱۳۳۳۹۳۱", D(5))
    for bad in ("*123", "x*123", "0*123", "5*", "  "):
        with pytest.raises(ValueError):
            parse_entry(bad)


def test_receipt_by_fast_scans_and_a_typed_quantity(qtbot, screen, shop, shots):  # noqa: F811
    assert "F5" in screen.help_label.text() and "5*" in screen.help_label.text()
    assert screen.input.hasFocus()
    key(qtbot, screen, Qt.Key.Key_F5)
    assert screen.mode == "receipt" and screen.card is None
    for _ in range(3):
        scan(qtbot, screen, TEA_EAN)
    scan(qtbot, screen, "5*" + shop.barcodes["CARPET-CL"])
    scan(qtbot, screen, TEA_EAN)
    card = screen.card
    assert card.number.startswith("RC-")
    assert [(ln.sku, ln.quantity) for ln in card.lines] == [("TEA-100", D(4)), ("CARPET-CL", D(5))]
    # The draft is saved: what the database holds is what the screen shows.
    saved = shop.ctx.stock.load_document(card.id)
    assert [(ln.sku, ln.quantity) for ln in saved.lines] == [("TEA-100", D(4)), ("CARPET-CL", D(5))]
    assert shown(screen)[0][:2] == ["TEA-100", "Green tea 100 g"] and shown(screen)[0][3] == "4"
    assert screen.lines_model.highlighted_row() == 0         # the last scan touched the tea line
    assert screen.input.text() == "" and screen.input.hasFocus()
    assert "Anna Admin" in screen.clerk_label.text()
    assert screen.lines_view.font().pointSize() >= 20 and screen.input.font().pointSize() >= 20
    screen.grab().save(str(shots / "clerk_receipt.png"))


def test_unknown_code_shows_a_banner_beeps_and_keeps_the_lines(qtbot, screen, shop, beeps, shots):  # noqa: F811
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, TEA_EAN)
    scan(qtbot, screen, "9999999999994")
    assert screen.banner.isVisible() and screen.banner_is_error
    assert "9999999999994" in screen.banner.text()
    assert beeps == [1]
    assert [(ln.sku, ln.quantity) for ln in screen.card.lines] == [("TEA-100", D(1))]
    assert [(ln.sku, ln.quantity) for ln in shop.ctx.stock.load_document(screen.card.id).lines] == [("TEA-100", D(1))]
    screen.grab().save(str(shots / "clerk_unknown_code.png"))
    scan(qtbot, screen, TEA_EAN)             # the next scan clears the banner
    assert not screen.banner.isVisible()
    assert screen.card.lines[0].quantity == D(2)


def test_a_bad_quantity_prefix_is_refused_loudly(qtbot, screen, beeps):
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, "x*" + TEA_EAN)
    assert screen.banner.isVisible() and "5*" in screen.banner.text() and beeps == [1]
    assert screen.card is None


def test_scanning_before_choosing_a_mode_says_what_to_do(qtbot, screen, beeps):
    scan(qtbot, screen, TEA_EAN)
    assert screen.banner.isVisible() and "F5" in screen.banner.text() and TEA_EAN in screen.banner.text()
    assert beeps == [1]


def test_another_clerk_switches_in_with_a_pin(qtbot, screen, shop, beeps):  # noqa: F811
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, TEA_EAN)
    screen.switch_dialog_factory = lambda _parent: ("bahram", "0000")
    key(qtbot, screen, Qt.Key.Key_F2)
    assert screen.banner_is_error and "incorrect" in screen.banner.text()
    assert "Anna Admin" in screen.clerk_label.text()
    screen.switch_dialog_factory = lambda _parent: ("bahram", CLERK_PIN)
    key(qtbot, screen, Qt.Key.Key_F2)
    assert "Bahram Karimi" in screen.clerk_label.text() and not screen.banner_is_error
    scan(qtbot, screen, shop.barcodes["CARPET-CL"])
    lines = {ln.sku: ln.clerk_name for ln in shop.ctx.stock.load_document(screen.card.id).lines}
    assert lines == {"TEA-100": "Anna Admin", "CARPET-CL": "Bahram Karimi"}
    screen.switch_dialog_factory = lambda _parent: None      # cancelled: nothing changes
    key(qtbot, screen, Qt.Key.Key_F2)
    assert "Bahram Karimi" in screen.clerk_label.text()


def test_picking_a_shipment_shows_what_is_left(qtbot, screen, shop, beeps, shots):  # noqa: F811
    post_receipt(shop, {"TEA-100": "20", "CARPET-CL": "10"})
    shipment = draft_shipment(shop, {"TEA-100": "3", "CARPET-CL": "2"})
    key(qtbot, screen, Qt.Key.Key_F6)
    assert shown(screen) == [[shipment.number, "شرکت آریا", "2"]]
    scan(qtbot, screen, shipment.number.rpartition("-")[2].lstrip("0"))    # typing the number's digits
    assert screen.card.id == shipment.id
    assert shown(screen) == [["TEA-100", "Green tea 100 g", "3", "0", "3"], ["CARPET-CL", "Carpet cleaner", "2", "0", "2"]]
    scan(qtbot, screen, "2*" + TEA_EAN)
    scan(qtbot, screen, shop.barcodes["CARPET-CL"])
    assert shown(screen) == [["TEA-100", "Green tea 100 g", "3", "2", "1"], ["CARPET-CL", "Carpet cleaner", "2", "1", "1"]]
    assert screen.lines_model.highlighted_row() == 1
    scan(qtbot, screen, shop.barcodes["RICE-5"])            # not on this shipment
    assert screen.banner_is_error and "RICE-5" in screen.banner.text() and beeps == [1]
    screen.grab().save(str(shots / "clerk_picking.png"))
    asked = []
    screen.confirm = lambda _p, question: asked.append(question) or True
    key(qtbot, screen, Qt.Key.Key_F10)
    assert shipment.number in asked[0]
    assert shop.ctx.stock.load_document(shipment.id).status == "posted"
    assert "Posted" in screen.banner.text() and screen.card is None
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, search="TEA-100")
    assert rows[0].on_hand == D(18)       # picked 2 of 3: posting ships what was picked


def test_inventory_count_starts_from_the_book(qtbot, screen, shop):  # noqa: F811
    post_receipt(shop, {"TEA-100": "7"})
    key(qtbot, screen, Qt.Key.Key_F7)
    assert screen.card is not None and screen.card.kind == "count"
    assert shown(screen)[0][:5] == ["TEA-100", "Green tea 100 g", "", "7", "0"]
    scan(qtbot, screen, "6*" + TEA_EAN)
    assert shown(screen)[0][4] == "6"
    key(qtbot, screen, Qt.Key.Key_F10)
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, search="TEA-100")
    assert rows[0].on_hand == D(6)


def test_a_second_visit_continues_the_draft(qtbot, shop, tasks):  # noqa: F811
    first = open_screen(qtbot, shop.ctx, tasks, shop.admin)
    key(qtbot, first, Qt.Key.Key_F5)
    scan(qtbot, first, TEA_EAN)
    doc_id = first.card.id
    second = open_screen(qtbot, shop.ctx, tasks, shop.admin)
    key(qtbot, second, Qt.Key.Key_F5)
    assert second.card.id == doc_id and second.card.lines[0].quantity == D(1)


def test_f8_moves_to_the_next_warehouse(qtbot, screen, shop):  # noqa: F811
    assert "Main warehouse" in screen.warehouse_label.text()
    key(qtbot, screen, Qt.Key.Key_F8)
    assert "Tabriz store" in screen.warehouse_label.text() and screen.warehouse_id == shop.tabriz


def test_escape_asks_before_leaving(qtbot, screen):
    answers = iter([False, True])
    screen.confirm = lambda _p, _q: next(answers)
    key(qtbot, screen, Qt.Key.Key_Escape)
    assert screen.isVisible()
    with qtbot.waitSignal(screen.closed):
        key(qtbot, screen, Qt.Key.Key_Escape)
    assert not screen.isVisible()


class HeldWrites(TaskRunner):
    """Runs reads at once but holds writes until released: a slow database under a fast scanner."""

    def __init__(self):
        super().__init__(inline=True)
        self.held: list = []

    def write(self, fn, on_done=None, on_error=None, **kw):
        self.held.append(lambda: TaskRunner.write(self, fn, on_done, on_error, **kw))

    def release_one(self) -> None:
        self.held.pop(0)()


def test_a_fast_scanner_never_loses_a_code(qtbot, shop):  # noqa: F811
    runner = HeldWrites()
    screen = open_screen(qtbot, shop.ctx, runner, shop.admin)
    key(qtbot, screen, Qt.Key.Key_F5)
    for code in (TEA_EAN, TEA_EAN, "3*" + shop.barcodes["CARPET-CL"], TEA_EAN):
        scan(qtbot, screen, code)
    # One write in flight (creating the draft), three codes waiting in order.
    assert len(runner.held) == 1 and len(screen.queue) == 3
    while runner.held:
        runner.release_one()
        assert len(runner.held) <= 1
    assert not screen.queue and not screen.busy
    saved = shop.ctx.stock.load_document(screen.card.id)
    assert [(ln.sku, ln.quantity) for ln in saved.lines] == [("TEA-100", D(3)), ("CARPET-CL", D(3))]


def test_posting_waits_for_queued_scans(qtbot, shop):  # noqa: F811
    runner = HeldWrites()
    screen = open_screen(qtbot, shop.ctx, runner, shop.admin)
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, TEA_EAN)
    runner.release_one()             # the draft exists, the first scan is in flight
    scan(qtbot, screen, TEA_EAN)
    key(qtbot, screen, Qt.Key.Key_F10)
    while runner.held:
        runner.release_one()
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, search="TEA-100")
    assert rows[0].on_hand == D(2)


def test_clerk_lines_model(qtmodeltester, qtbot, screen, shop):  # noqa: F811
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, TEA_EAN)
    scan(qtbot, screen, shop.barcodes["CARPET-CL"])
    qtmodeltester.check(screen.lines_model)


MILK = "MILK-1"


def lot_rows(shop) -> set:  # noqa: F811
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, product_id=shop.products[MILK])
    return {(r.lot_code, r.expires_on, r.on_hand) for r in rows}


def test_a_lot_tracked_receipt_is_entered_by_keyboard_and_posted(qtbot, screen, shop, beeps, shots):  # noqa: F811
    from datetime import date

    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, "3*" + shop.barcodes[MILK])
    prompt = screen.lot_prompt
    assert prompt.isVisible() and prompt.lot_edit.hasFocus() and MILK in prompt.title.text()
    assert screen.card is None                                   # nothing saved before the lot is known
    qtbot.keyClick(prompt.lot_edit, Qt.Key.Key_Return)           # a lot number is required
    assert screen.banner_is_error and screen.banner.text().startswith("Type the lot") and prompt.lot_edit.hasFocus()
    qtbot.keyClicks(prompt.lot_edit, "L-2030")
    qtbot.keyClick(prompt.lot_edit, Qt.Key.Key_Return)
    assert prompt.expiry_edit.hasFocus()
    qtbot.keyClicks(prompt.expiry_edit, "31.13.2030")            # not a date: stays open
    qtbot.keyClick(prompt.expiry_edit, Qt.Key.Key_Return)
    assert prompt.isVisible() and "not a date" in screen.banner.text()
    prompt.expiry_edit.clear()
    qtbot.keyClicks(prompt.expiry_edit, "31.05.2030")
    screen.grab().save(str(shots / "clerk_lot_prompt.png"))
    qtbot.keyClick(prompt.expiry_edit, Qt.Key.Key_Return)
    assert not prompt.isVisible() and screen.input.hasFocus()
    assert [(ln.sku, ln.lot_code, ln.lot_expires_on, ln.quantity) for ln in screen.card.lines] == [
        (MILK, "L-2030", date(2030, 5, 31), D(3))]
    assert shown(screen)[0][2] == "L-2030 · exp. 2030-05-31"
    scan(qtbot, screen, shop.barcodes[MILK])                     # a second lot, no expiry
    qtbot.keyClicks(prompt.lot_edit, "L-X")
    qtbot.keyClick(prompt.lot_edit, Qt.Key.Key_Return)
    qtbot.keyClick(prompt.expiry_edit, Qt.Key.Key_Return)
    scan(qtbot, screen, shop.barcodes[MILK])                     # Esc drops the scan
    qtbot.keyClick(prompt.lot_edit, Qt.Key.Key_Escape)
    assert screen.isVisible() and not prompt.isVisible() and "Not saved" in screen.banner.text()
    scan(qtbot, screen, TEA_EAN)                                 # other products need no lot
    key(qtbot, screen, Qt.Key.Key_F10)
    assert "Posted" in screen.banner.text()
    assert lot_rows(shop) == {("L-2030", date(2030, 5, 31), D(3)), ("L-X", None, D(1))}


def test_picking_and_counting_propose_the_earliest_expiry_lot(qtbot, screen, shop, beeps, shots):  # noqa: F811
    from datetime import date

    from app.services.stock import StockDocForm, StockLineData
    form = StockDocForm(kind="receipt", warehouse_id=shop.main, doc_date=None, lines=(
        StockLineData(shop.products[MILK], D(5), D(1), lot_code="LATE", lot_expires_on=date(2031, 1, 1)),
        StockLineData(shop.products[MILK], D(5), D(1), lot_code="SOON", lot_expires_on=date(2030, 1, 1))))
    card = shop.ctx.stock.create_document(form)
    shop.ctx.stock.post_document(card.id, expected_version=card.version)
    shipment = draft_shipment(shop, {MILK: "4"})
    key(qtbot, screen, Qt.Key.Key_F6)
    scan(qtbot, screen, shipment.number)
    scan(qtbot, screen, "2*" + shop.barcodes[MILK])
    prompt = screen.lot_prompt
    assert prompt.isVisible() and prompt.lot_list.hasFocus()
    screen.grab().save(str(shots / "clerk_lot_choice.png"))
    items = [strip_isolates(prompt.lot_list.item(i).text()) for i in range(prompt.lot_list.count())]
    assert items[0].startswith("SOON · expires 2030-01-01") and items[1].startswith("LATE")
    assert prompt.lot_list.currentRow() == 0                     # earliest expiry proposed
    qtbot.keyClick(prompt.lot_list, Qt.Key.Key_Return)
    scan(qtbot, screen, shop.barcodes[MILK])
    qtbot.keyClick(prompt.lot_list, Qt.Key.Key_Down)             # the clerk took one from the later lot
    qtbot.keyClick(prompt.lot_list, Qt.Key.Key_Return)
    key(qtbot, screen, Qt.Key.Key_F10)
    assert shop.ctx.stock.load_document(shipment.id).status == "posted"
    assert lot_rows(shop) == {("SOON", date(2030, 1, 1), D(3)), ("LATE", date(2031, 1, 1), D(4))}
    # Counting: the lot chosen gets the counted quantity.
    key(qtbot, screen, Qt.Key.Key_F7)
    scan(qtbot, screen, "4*" + shop.barcodes[MILK])
    qtbot.keyClick(prompt.lot_list, Qt.Key.Key_Down)
    qtbot.keyClick(prompt.lot_list, Qt.Key.Key_Return)
    counted = {ln.lot_code: ln.quantity for ln in screen.card.lines if ln.sku == MILK}
    assert counted == {"SOON": D(0), "LATE": D(4)}


def test_error_banners_start_with_a_capital(qtbot, screen, shop, beeps):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5"})
    shipment = draft_shipment(shop, {"TEA-100": "1"})
    key(qtbot, screen, Qt.Key.Key_F6)
    scan(qtbot, screen, shipment.number)
    scan(qtbot, screen, "3*" + TEA_EAN)                          # more than is left to pick
    assert screen.banner_is_error and screen.banner.text().startswith("Only 1 pcs")


def test_moves_posted_from_the_screen_record_the_clerk_who_scanned(qtbot, screen, shop):  # noqa: F811
    key(qtbot, screen, Qt.Key.Key_F5)
    scan(qtbot, screen, TEA_EAN)                                  # Anna scans the tea
    screen.switch_dialog_factory = lambda _parent: ("bahram", CLERK_PIN)
    key(qtbot, screen, Qt.Key.Key_F2)
    scan(qtbot, screen, "2*" + shop.barcodes["CARPET-CL"])       # Bahram scans the cleaner
    doc_id = screen.card.id
    key(qtbot, screen, Qt.Key.Key_F10)                            # and Bahram posts
    assert shop.ctx.stock.load_document(doc_id).posted_by_name == "Bahram Karimi"
    tea = shop.ctx.stock.product_moves(shop.products["TEA-100"])
    carpet = shop.ctx.stock.product_moves(shop.products["CARPET-CL"])
    assert [(m.quantity, m.user_name) for m in tea] == [(D(1), "Anna Admin")]
    assert [(m.quantity, m.user_name) for m in carpet] == [(D(2), "Bahram Karimi")]
