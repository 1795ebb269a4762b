"""The document dialog's product completer, quantities with the unit's decimals, lot cells only for lot
products, and sorting the documents and balances lists by clicking their headers."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from app.models import utcnow
from app.services.stock import StockDocForm, StockLineData
from app.ui.warehouse.format import format_quantity
from app.ui.warehouse.workspace import WarehouseWorkspace
from tests.ui.test_warehouse_documents import cells, open_dialog, type_cell
from tests.ui.warehouse_fixtures import post_receipt, shop  # noqa: F401

D = Decimal


def type_in(qtbot, dialog, row: int, key: str, text: str) -> None:
    """Type into a cell; the view commits an Enter-closed editor from the event loop."""
    type_cell(qtbot, dialog, row, key, text)
    qtbot.waitUntil(lambda: dialog.lines_view.state() != dialog.lines_view.State.EditingState)


def editable(model, row: int, key: str) -> bool:
    return bool(model.flags(model.index(row, model.column_of(key))) & Qt.ItemFlag.ItemIsEditable)


def complete(qtbot, dialog, text: str) -> list[str]:
    """Type part of a SKU, name or barcode; the search the typing pause starts runs; the proposals."""
    dialog.activateWindow()
    dialog.product_edit.setFocus()
    qtbot.waitUntil(dialog.product_edit.hasFocus)
    qtbot.keyClicks(dialog.product_edit, text)
    dialog._product_timer.stop()
    dialog.search_products()
    hits = dialog.product_completer.model()
    return [hits.index(i, 0).data() for i in range(hits.rowCount())]


def click_header(qtbot, view, column: int) -> None:
    header = view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_product_completer_adds_lines_with_decimals_and_lots_only_for_lot_products(qtbot, shop, tasks, shots):  # noqa: F811
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    assert complete(qtbot, dialog, "basm") == ["RICE-5 — Basmati rice"]
    popup = dialog.product_completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    model = dialog.lines_model
    assert [ln.sku for ln in model.lines] == ["RICE-5"] and dialog.product_edit.text() == ""
    qty = model.index(0, model.column_of("quantity"))
    assert qty.data().strip("\u2066\u2067\u2068\u2069") == format_quantity(D(1), 3)   # kg: three decimals
    type_in(qtbot, dialog, 0, "quantity", "2.5")
    assert qty.data().strip("\u2066\u2067\u2068\u2069") == format_quantity(D("2.500"), 3)
    assert not editable(model, 0, "lot_code") and not editable(model, 0, "expires")
    assert cells(model, 0)[model.column_of("lot_code")] == "—"

    assert complete(qtbot, dialog, "00002") == ["MILK-1 — شیر پاستوریزه"]     # part of the barcode
    qtbot.keyClick(dialog.product_edit, Qt.Key.Key_Return)      # Enter takes the only proposal
    assert [ln.sku for ln in model.lines] == ["RICE-5", "MILK-1"]
    assert editable(model, 1, "lot_code") and editable(model, 1, "expires")
    assert cells(model, 1)[model.column_of("quantity")] == format_quantity(D(1), 0)
    type_cell(qtbot, dialog, 1, "quantity", "3")
    type_cell(qtbot, dialog, 1, "lot_code", "L-2026-01")
    type_cell(qtbot, dialog, 1, "unit_cost", "1.20")
    type_in(qtbot, dialog, 0, "unit_cost", "3")
    dialog.resize(1100, 600)
    dialog.grab().save(str(shots / "stock_dialog_completer.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None and dialog.card.status == "draft"

    again = open_dialog(qtbot, shop.ctx, tasks, doc_id=dialog.card.id)       # lines loaded from the service
    loaded = again.lines_model
    assert [(ln.sku, ln.tracks_lots) for ln in loaded.lines] == [("RICE-5", False), ("MILK-1", True)]
    assert not editable(loaded, 0, "lot_code") and editable(loaded, 1, "lot_code")
    assert cells(loaded, 0)[loaded.column_of("quantity")] == format_quantity(D("2.5"), 3)
    assert cells(loaded, 1)[loaded.column_of("lot_code")] == "L-2026-01"


def test_completer_offers_nothing_for_unknown_text_and_typed_decimals_beyond_the_unit_stay(qtbot, shop, tasks):  # noqa: F811
    dialog = open_dialog(qtbot, shop.ctx, tasks, kind="receipt")
    assert complete(qtbot, dialog, "zzz") == []
    dialog.product_edit.clear()
    assert complete(qtbot, dialog, "tea") == ["TEA-100 — Green tea 100 g"]
    qtbot.keyClick(dialog.product_edit, Qt.Key.Key_Return)
    type_in(qtbot, dialog, 0, "quantity", "1.5")                 # pieces have no decimals: kept as typed
    assert cells(dialog.lines_model, 0)[dialog.lines_model.column_of("quantity")] == "1.5"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is None
    assert dialog.lines_model.errors.get((0, "quantity"))


@pytest.fixture
def workspace(qtbot, shop, tasks) -> WarehouseWorkspace:  # noqa: F811
    widget = WarehouseWorkspace(shop.ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    widget.reload_filters()
    return widget


def test_documents_sort_by_clicking_headers(qtbot, shop, workspace, shots):  # noqa: F811
    ctx = shop.ctx
    now = utcnow()
    for days, client, lines in ((3, shop.customer, 1), (1, None, 3), (2, shop.supplier, 2)):
        ctx.stock.create_document(StockDocForm(
            kind="receipt", warehouse_id=shop.main, doc_date=now - timedelta(days=days), client_id=client,
            lines=tuple(StockLineData(product_id=pid, quantity=D(1), unit_cost=D(1))
                        for pid in list(shop.products.values())[:lines] if pid != shop.products["MILK-1"])))
    workspace.refresh()
    model, view = workspace.documents_model, workspace.documents_view
    dates = lambda: [model.row_at(i).doc_date for i in range(model.rowCount())]  # noqa: E731
    assert dates() == sorted(dates(), reverse=True)                  # newest first to start with
    lines_col = next(i for i, c in enumerate(model.columns) if c.sort_key == "lines")
    click_header(qtbot, view, lines_col)
    first = [model.row_at(i).lines for i in range(model.rowCount())]
    click_header(qtbot, view, lines_col)
    second = [model.row_at(i).lines for i in range(model.rowCount())]
    assert sorted([first, second]) == [[1, 2, 2], [2, 2, 1]]      # both directions, in SQL
    client_col = next(i for i, c in enumerate(model.columns) if c.sort_key == "client")
    click_header(qtbot, view, client_col)
    clients = [cells(model, i)[client_col] for i in range(model.rowCount())]
    assert set(clients) == {"", "Romashka LLC", "شرکت آریا"} and clients in (
        ["", "Romashka LLC", "شرکت آریا"], ["شرکت آریا", "Romashka LLC", ""])
    workspace.grab().save(str(shots / "warehouse_documents_sorted.png"))


def test_balances_sort_by_clicking_headers_and_show_unit_decimals(qtbot, shop, workspace, shots):  # noqa: F811
    post_receipt(shop, {"TEA-100": "5", "RICE-5": "12.25", "CARPET-CL": "3"})
    post_receipt(shop, {"TEA-100": "1"}, warehouse=shop.tabriz)
    workspace.tabs.setCurrentIndex(1)
    workspace.refresh()
    model, view = workspace.balances_model, workspace.balances_view
    rows = lambda: [(model.row_at(i).sku, model.row_at(i).warehouse_name) for i in range(model.rowCount())]  # noqa: E731
    assert [sku for sku, _ in rows()] == ["RICE-5", "CARPET-CL", "TEA-100", "TEA-100"]   # by product name
    on_hand = next(i for i, c in enumerate(model.columns) if c.sort_key == "on_hand")
    click_header(qtbot, view, on_hand)
    order = [sku for sku, _ in rows()]
    click_header(qtbot, view, on_hand)
    assert {tuple(order), tuple([sku for sku, _ in rows()])} == {
        ("TEA-100", "CARPET-CL", "TEA-100", "RICE-5"), ("RICE-5", "TEA-100", "CARPET-CL", "TEA-100")}
    rice = next(i for i in range(model.rowCount()) if model.row_at(i).sku == "RICE-5")
    assert cells(model, rice)[on_hand] == format_quantity(D("12.25"), 3)
    tea = next(i for i in range(model.rowCount()) if model.row_at(i).sku == "TEA-100")
    assert cells(model, tea)[on_hand] in (format_quantity(D(5), 0), format_quantity(D(1), 0))
    workspace.grab().save(str(shots / "warehouse_balances_sorted.png"))
    workspace.stock_at_check.setChecked(True)                      # computed stock-at rows sort the same way
    assert sorted(model.row_at(i).on_hand for i in range(model.rowCount())) in (
        [model.row_at(i).on_hand for i in range(model.rowCount())],
        [model.row_at(i).on_hand for i in range(model.rowCount())][::-1])
