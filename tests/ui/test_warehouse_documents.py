"""An office user with stock documents: a receipt typed in the dialog and posted, the balance it makes, a
shipment of more than there is, un-posting, a back-dated posting, a conflicting edit."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QLineEdit

from app.models import utcnow
from app.services.stock import StockDocForm, StockLineData
from app.ui.text import strip_isolates
from app.ui.warehouse.document_dialog import StockDocumentDialog
from app.ui.warehouse.format import format_quantity
from app.ui.warehouse.workspace import WarehouseWorkspace
from tests.ui.typing_helpers import type_text
from tests.ui.warehouse_fixtures import TEA_EAN, draft_shipment, post_receipt, shop  # noqa: F401

D = Decimal


def open_dialog(qtbot, ctx, tasks, **kw) -> StockDocumentDialog:
    dialog = StockDocumentDialog(ctx, tasks, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_cell(qtbot, dialog: StockDocumentDialog, row: int, key: str, text: str) -> None:
    """Click into a cell of the lines grid, type, Enter (as a user edits a quantity)."""
    index = dialog.lines_model.index(row, dialog.lines_model.column_of(key))
    view = dialog.lines_view
    # An editor closed by Enter is deleted by the event loop; until then the view opens no other on the cell.
    qtbot.wait(1)
    if view.currentIndex() != index:
        view.setCurrentIndex(index)     # edit triggers include "current changed": the editor opens
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    if not editors:
        view.edit(index)
        editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    keys(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def keys(qtbot, widget, text: str) -> None:
    """Key clicks; Persian and Arabic ones as key events with that text (QTest.keyClicks aborts on them)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def add_product(qtbot, dialog: StockDocumentDialog, code: str) -> None:
    keys(qtbot, dialog.product_edit, code)
    qtbot.keyClick(dialog.product_edit, Qt.Key.Key_Return)


def cells(model, row: int) -> list[str]:
    return [strip_isolates(model.index(row, c).data() or "") for c in range(model.columnCount())]


@pytest.fixture
def workspace(qtbot, shop, tasks) -> WarehouseWorkspace:  # noqa: F811
    widget = WarehouseWorkspace(shop.ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    widget.reload_filters()
    return widget


def test_receipt_typed_in_the_dialog_posts_and_shows_in_balances(qtbot, shop, tasks, workspace, shots):  # noqa: F811
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    assert dialog.warehouse_combo.currentData() == shop.main
    assert dialog.fields["client_id"].isVisible() and not dialog.fields["reason"].isVisible()
    add_product(qtbot, dialog, TEA_EAN)
    type_cell(qtbot, dialog, 0, "quantity", "12")
    type_cell(qtbot, dialog, 0, "unit_cost", "2.40")
    add_product(qtbot, dialog, "carpet-cl")           # the SKU, typed in lower case
    type_cell(qtbot, dialog, 1, "quantity", "4")
    type_cell(qtbot, dialog, 1, "unit_cost", "7")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None and dialog.card.number.startswith("RC-")
    assert "Draft" in dialog.status_label.text()
    dialog.grab().save(str(shots / "stock_document_dialog.png"))
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "posted" and "Posted" in dialog.status_label.text()
    assert not dialog.save_button.isEnabled() and dialog.unpost_button.isEnabled()
    assert not dialog.lines_model.flags(dialog.lines_model.index(0, dialog.lines_model.column_of("quantity"))) \
        & Qt.ItemFlag.ItemIsEditable

    workspace.tabs.setCurrentIndex(1)
    workspace.refresh()
    by_sku = {r.sku: r for r in (workspace.balances_model.row_at(i)
                                 for i in range(workspace.balances_model.rowCount()))}
    assert by_sku["TEA-100"].on_hand == D(12) and by_sku["TEA-100"].value == D("28.80")
    row = next(i for i in range(workspace.balances_model.rowCount()) if workspace.balances_model.row_at(i).sku == "TEA-100")
    shown = cells(workspace.balances_model, row)
    assert shown[4] == format_quantity(D(12), 0) and shown[10] == "28.80"
    assert workspace.balances_model.index(row, 4).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    workspace.grab().save(str(shots / "warehouse_balances.png"))


def test_a_rejected_quantity_stays_with_its_message(qtbot, shop, tasks):  # noqa: F811
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    add_product(qtbot, dialog, TEA_EAN)
    type_cell(qtbot, dialog, 0, "quantity", "1.5")      # pcs take no fractions: the service says so
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is None
    assert "Line 1" in dialog.lines_error.text() and "TEA-100" in strip_isolates(dialog.lines_error.text())
    assert dialog.lines_model.lines[0].quantity == "1.5"
    type_cell(qtbot, dialog, 0, "quantity", "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a number" in dialog.lines_error.text() and dialog.lines_model.lines[0].quantity == "abc"


def test_unknown_product_code_is_said(qtbot, shop, tasks):  # noqa: F811
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    add_product(qtbot, dialog, "NO-SUCH")
    assert "NO-SUCH" in dialog.lines_error.text() and dialog.lines_model.rowCount() == 0


def test_shipping_more_than_available_names_the_numbers_then_unpost(qtbot, shop, tasks):  # noqa: F811
    receipt = post_receipt(shop, {"TEA-100": "5"})
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="shipment")
    add_product(qtbot, dialog, TEA_EAN)
    type_cell(qtbot, dialog, 0, "quantity", "8")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    text = dialog.general_error.text()
    assert "Green tea 100 g" in text and "Main warehouse" in text and "available 5" in text and "requested 8" in text
    assert dialog.card.status == "draft"        # saved as a draft, not posted

    # Un-posting the receipt that the stock came from.
    receipt_dialog = open_dialog(qtbot, shop.ctx, tasks, doc_id=receipt.id)
    assert receipt_dialog.unpost_button.isEnabled()
    qtbot.mouseClick(receipt_dialog.unpost_button, Qt.MouseButton.LeftButton)
    assert receipt_dialog.card.status == "draft" and receipt_dialog.post_button.isEnabled()
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, search="TEA-100")
    assert not rows or rows[0].on_hand == 0


def test_unpost_refused_when_stock_was_shipped(qtbot, shop, tasks):  # noqa: F811
    receipt = post_receipt(shop, {"TEA-100": "5"})
    card = draft_shipment(shop, {"TEA-100": "4"})
    shop.ctx.stock.post_document(card.id, expected_version=card.version)
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_id=receipt.id)
    qtbot.mouseClick(dialog.unpost_button, Qt.MouseButton.LeftButton)
    assert "available 1" in dialog.general_error.text() and dialog.card.status == "posted"


def test_backdated_posting_asks_then_recosts(qtbot, shop, tasks):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5"})
    card = draft_shipment(shop, {"TEA-100": "2"})
    later = shop.ctx.stock.post_document(card.id, expected_version=card.version)
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    dialog.date_edit.setDateTime(QDateTime.currentDateTime().addDays(-3))
    add_product(qtbot, dialog, TEA_EAN)
    type_cell(qtbot, dialog, 0, "unit_cost", "10")
    asked = []
    dialog.backdated_question = lambda _p, numbers: asked.append(numbers) or False
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert later.number in asked[0] and dialog.card.status == "draft"
    dialog.backdated_question = lambda _p, numbers: True
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "posted" and "recomputed" in dialog.status_label.text()
    assert shop.ctx.stock.check_stock() == []


def test_a_concurrent_edit_is_shown_not_overwritten(qtbot, shop, tasks):  # noqa: F811
    card = draft_shipment(shop, {"TEA-100": "2"})
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_id=card.id)
    theirs = StockDocForm(kind="shipment", warehouse_id=shop.main, doc_date=utcnow() - timedelta(minutes=1),
                          client_id=shop.customer, comment="changed in the office",
                          lines=(StockLineData(product_id=shop.products["TEA-100"], quantity=D(7)),))
    shop.ctx.stock.update_document(card.id, theirs, expected_version=card.version)
    type_cell(qtbot, dialog, 0, "quantity", "3")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Reload" in dialog.general_error.text() and dialog.reload_button.isVisible()
    assert dialog.lines_model.lines[0].quantity == "3"                      # what the user typed stays
    assert shop.ctx.stock.load_document(card.id).lines[0].quantity == D(7)  # theirs was not overwritten
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.lines_model.lines[0].quantity == "7" and dialog.comment_edit.text() == "changed in the office"


def test_write_off_needs_a_reason_shown_by_the_field(qtbot, shop, tasks):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5"})
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="write_off")
    assert dialog.fields["reason"].isVisible() and not dialog.fields["client_id"].isVisible()
    add_product(qtbot, dialog, TEA_EAN)
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["reason"].error.isVisible() and dialog.card is None
    qtbot.keyClicks(dialog.reason_edit, "Damaged box")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "posted"


def test_transfer_and_count_fill(qtbot, shop, tasks):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5", "CARPET-CL": "3"})
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="transfer")
    assert dialog.fields["to_warehouse_id"].isVisible()
    dialog.to_warehouse_combo.setCurrentIndex(dialog.to_warehouse_combo.findData(shop.tabriz))
    add_product(qtbot, dialog, TEA_EAN)
    type_cell(qtbot, dialog, 0, "quantity", "2")
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "posted"
    count = open_dialog(qtbot, shop.ctx, tasks, kind="count")
    qtbot.mouseClick(count.fill_button, Qt.MouseButton.LeftButton)
    assert count.card.kind == "count"
    assert {ln.sku: ln.book_quantity for ln in count.lines_model.lines} == {"TEA-100": D(3), "CARPET-CL": D(3)}


def test_documents_list_filters_opens_and_makes_new(qtbot, shop, workspace, shots, monkeypatch):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5", "MILK-1": "3"}, lot="L-2025-07")
    draft_shipment(shop, {"TEA-100": "2"})
    workspace.refresh()
    model = workspace.documents_model
    assert model.rowCount() == 2
    numbers = {model.row_at(i).number: cells(model, i) for i in range(2)}
    assert any(c[5] == "شرکت آریا" and c[1] == "Shipment" and c[2] == "Draft" for c in numbers.values())
    workspace.grab().save(str(shots / "warehouse_documents.png"))
    workspace.kind_combo.setCurrentIndex(workspace.kind_combo.findData("receipt"))
    workspace.kind_combo.activated.emit(workspace.kind_combo.currentIndex())
    assert model.rowCount() == 1 and model.row_at(0).kind == "receipt"
    opened = []

    class FakeDialog:
        def __init__(self, ctx, tasks, *, doc_id=None, kind=None, parent=None):
            opened.append((doc_id, kind))

        def setAttribute(self, *_a):
            pass

        def exec(self):
            return 0
    workspace.document_dialog_factory = FakeDialog
    workspace.documents_view.doubleClicked.emit(model.index(0, 0))
    workspace.new_actions["write_off"].trigger()
    assert opened == [(model.row_at(0).id, None), (None, "write_off")]


def test_moves_reorder_and_stock_at(qtbot, shop, workspace):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5", "CARPET-CL": "3"})
    card = draft_shipment(shop, {"TEA-100": "2"})
    shop.ctx.stock.post_document(card.id, expected_version=card.version)
    workspace.tabs.setCurrentIndex(1)
    workspace.refresh()
    row = next(i for i in range(workspace.balances_model.rowCount()) if workspace.balances_model.row_at(i).sku == "TEA-100")
    workspace.balances_view.doubleClicked.emit(workspace.balances_model.index(row, 0))
    assert workspace.tabs.currentIndex() == workspace.moves_tab
    assert "TEA-100" in workspace.moves_caption.text()
    balances = [cells(workspace.moves_model, i)[8] for i in range(workspace.moves_model.rowCount())]
    assert sorted(balances) == ["3", "5"]
    workspace.tabs.setCurrentIndex(2)
    workspace.refresh()
    reorder = {r.sku: r for r in workspace.reorder_model.rows}
    assert "CARPET-CL" in reorder and reorder["CARPET-CL"].suggested >= D(7)
    workspace.tabs.setCurrentIndex(1)
    workspace.stock_at_check.setChecked(True)
    workspace.stock_at_edit.setDate(workspace.stock_at_edit.date().addDays(-1))
    assert workspace.balances_model.rowCount() == 0 or all(
        workspace.balances_model.row_at(i).on_hand == 0 for i in range(workspace.balances_model.rowCount()))
    assert "Stock at the end of" in workspace.balances_caption.text()


def test_models_pass_the_model_tester(qtmodeltester, qtbot, shop, tasks, workspace):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5", "CARPET-CL": "3"})
    workspace.refresh()
    qtmodeltester.check(workspace.documents_model)
    workspace.tabs.setCurrentIndex(1)
    workspace.refresh()
    qtmodeltester.check(workspace.balances_model)
    workspace.open_moves_at(0)
    qtmodeltester.check(workspace.moves_model)
    workspace.tabs.setCurrentIndex(2)
    qtmodeltester.check(workspace.reorder_model)
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    add_product(qtbot, dialog, TEA_EAN)
    qtmodeltester.check(dialog.lines_model)


@pytest.mark.parametrize("kind", ["shipment", "write_off", "transfer"])
def test_outgoing_lines_of_a_lot_product_propose_the_fefo_lot_and_stay_editable(qtbot, shop, tasks, kind):  # noqa: F811
    from datetime import date

    milk = shop.products["MILK-1"]
    form = StockDocForm(kind="receipt", warehouse_id=shop.main, doc_date=None, lines=(
        StockLineData(milk, D(5), D(1), lot_code="LATE", lot_expires_on=date(2031, 1, 1)),
        StockLineData(milk, D(5), D(1), lot_code="GONE", lot_expires_on=date(2029, 1, 1)),
        StockLineData(milk, D(5), D(1), lot_code="SOON", lot_expires_on=date(2030, 1, 1))))
    card = shop.ctx.stock.create_document(form)
    shop.ctx.stock.post_document(card.id, expected_version=card.version)
    gone = shop.ctx.stock.create_document(StockDocForm(kind="write_off", warehouse_id=shop.main, doc_date=None,
                                                       reason="expired", lines=(StockLineData(
                                                           milk, D(5), lot_code="GONE"),)))
    shop.ctx.stock.post_document(gone.id, expected_version=gone.version)   # no stock left in GONE
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind=kind)
    if kind == "write_off":
        dialog.reason_edit.setText("damaged")
    if kind == "transfer":
        dialog.to_warehouse_combo.setCurrentIndex(dialog.to_warehouse_combo.findData(shop.tabriz))
    add_product(qtbot, dialog, shop.barcodes["MILK-1"])
    type_cell(qtbot, dialog, 0, "quantity", "2")
    lot_col = dialog.lines_model.column_of("lot_code")
    assert strip_isolates(dialog.lines_model.index(0, lot_col).data()) == "SOON"     # earliest with stock
    add_product(qtbot, dialog, shop.barcodes["MILK-1"])
    type_cell(qtbot, dialog, 1, "quantity", "1")
    type_cell(qtbot, dialog, 1, "lot_code", "LATE")                                   # still editable
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "posted"
    rows, _ = shop.ctx.stock.balances(warehouse_id=shop.main, product_id=milk)
    assert {(r.lot_code, r.on_hand) for r in rows} == {("SOON", D(3)), ("LATE", D(4))}


def test_balances_show_what_a_purchase_order_brings(qtbot, shop, workspace):  # noqa: F811
    from app.services.documents.forms import DocumentForm, LineForm

    sku = next(iter(shop.products))
    po = shop.ctx.documents.create_document(DocumentForm(doc_type="purchase_order", client_id=shop.supplier,
                                                         warehouse_id=shop.main,
                                                         lines=[LineForm(shop.products[sku], quantity=7, price="2")]))
    shop.ctx.documents.confirm_document(po.id, expected_version=po.version)
    workspace.tabs.setCurrentIndex(1)
    workspace.refresh()
    model = workspace.balances_model
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    row = next(i for i in range(model.rowCount()) if model.row_at(i).sku == sku)
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Incoming")
    assert strip_isolates(model.index(row, column).data()) == format_quantity(D(7), 0)
    assert model.row_at(row).on_hand == 0


PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def test_a_persian_user_types_quantities_and_costs_in_persian_digits(qtbot, shop, tasks, shots):  # noqa: F811
    """In fa_IR a barcode scanner with the Persian layout types ۴۰۰۶…, the clerk types ۱۲ and ۲٫۴۰ (the
    Persian decimal separator); a fractional kilogram quantity '۱٫۲۵۰'; rubbish stays in its cell."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("fa_IR"))      # the autouse fixture of conftest.py restores the locale
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    add_product(qtbot, dialog, TEA_EAN.translate(PERSIAN))
    add_product(qtbot, dialog, "RICE-5")
    assert dialog.lines_model.rowCount() == 2
    type_cell(qtbot, dialog, 0, "quantity", "۱۲")
    type_cell(qtbot, dialog, 0, "unit_cost", "۲٫۴۰")
    type_cell(qtbot, dialog, 1, "quantity", "١٬٢٣٤٫٥")          # Arabic-Indic digits and separators
    type_cell(qtbot, dialog, 1, "unit_cost", "abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is None and "Line 2" in dialog.lines_error.text()
    assert dialog.lines_model.lines[1].unit_cost == "abc" and dialog.lines_model.lines[0].quantity == "۱۲"
    type_cell(qtbot, dialog, 1, "unit_cost", "3.5")                # a Latin point is fine too
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None, dialog.lines_error.text()
    saved = {ln.quantity: ln.unit_cost for ln in shop.ctx.stock.load_document(dialog.card.id).lines}
    assert saved == {D(12): D("2.40"), D("1234.5"): D("3.5")}
    shown = strip_isolates(dialog.lines_model.index(1, dialog.lines_model.column_of("quantity")).data())
    assert shown == "۱٬۲۳۴٫۵۰۰"                                      # kg: three decimals, Persian digits
    dialog.grab().save(str(shots / "stock_document_persian_digits.png"))


def test_every_line_column_is_at_least_as_wide_as_its_title(qtbot, shop, tasks, monkeypatch):  # noqa: F811
    # A long title (Russian "Стоимость единицы" for "Unit cost") must not be cut by the preset width.
    from app.ui.warehouse.lines import LinesModel

    original = LinesModel.headerData

    def long_titles(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        value = original(self, section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and value:
            return f"{value} — a much longer title"
        return value

    monkeypatch.setattr(LinesModel, "headerData", long_titles)
    for kind in ("receipt", "count"):
        dialog = open_dialog(qtbot, shop.ctx, tasks, kind=kind)
        header = dialog.lines_view.horizontalHeader()
        for i in range(dialog.lines_model.columnCount()):
            assert header.sectionSize(i) >= header.sectionSizeHint(i) > 100, (kind, i)
