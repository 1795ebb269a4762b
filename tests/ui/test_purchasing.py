"""A buyer in the workshop: the suppliers of a material on its product card, purchase orders drafted from the
reorder list, a sales-order line made to order, production's stock documents shown read-only, and a
purchase order started by hand in the Documents area."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from app.models import Product
from app.services.clients import ClientForm
from app.services.production import SupplierTermsForm
from app.ui.catalog.product_dialog import ProductDialog
from app.ui.text import strip_isolates
from app.ui.warehouse.workspace import WarehouseWorkspace
from tests.ui.typing_helpers import type_text
from tests.unit.production_kit import Workshop, supplier

D = Decimal
ALBORZ = "شرکت چوب البرز"
LONG_OAK = "Kiln-dried European oak board, 27 mm, planed all round, FSC certified"


@pytest.fixture
def ws(ui_services):
    shop = Workshop(ui_services)
    with ui_services.session_factory() as s:
        wood = s.get(Product, shop.wood)
        wood.name, wood.name_key = LONG_OAK, LONG_OAK.casefold()
        s.commit()
    # Made through the clients service, so that the supplier picker's search finds them.
    shop.timber = ui_services.clients.create_client(ClientForm(display_name="Timber & Sons",
                                                               roles=frozenset({"supplier"}))).id
    shop.alborz = ui_services.clients.create_client(ClientForm(display_name=ALBORZ, roles=frozenset({"supplier"}))).id
    return shop


def cell(model, row: int, col: int) -> str:
    return strip_isolates(model.index(row, col).data() or "")


def pick_client(qtbot, picker, text: str) -> None:
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), text)
    picker.search()
    qtbot.waitUntil(lambda: picker.hits.rowCount() >= 1)
    picker.client_completer.activated[QModelIndex].emit(picker.hits.index(0, 0))


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_text(edit, text)


def product_dialog(qtbot, ctx, tasks, product_id: int | None) -> ProductDialog:
    units, categories = ctx.catalog.list_units(), ctx.catalog.list_categories()
    card = ctx.catalog.load_product(product_id) if product_id is not None else None
    dialog = ProductDialog(ctx, tasks, units=units, categories=categories, card=card)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.show()
    return dialog


def show_suppliers(qtbot, dialog: ProductDialog) -> None:
    tabs = dialog.findChild(QTabWidget, "product_tabs")
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(dialog.suppliers_tab).center())
    assert tabs.currentWidget() is dialog.suppliers


def test_suppliers_of_a_material_are_added_changed_and_removed_on_its_card(qtbot, ws, tasks):
    ctx = ws.s
    dialog = product_dialog(qtbot, ctx, tasks, ws.wood)
    show_suppliers(qtbot, dialog)
    panel = dialog.suppliers
    assert panel.empty.isVisible() and "No suppliers yet" in panel.empty.text()
    dialog.grab().save("/tmp/pur_suppliers_empty.png")

    # The preferred supplier: 1.80 a kg, a week, at least 50 kg.
    pick_client(qtbot, panel.supplier, "Timber")
    assert panel.supplier.client_id() == ws.timber
    retype(qtbot, panel.edits["price"], "1.80")
    retype(qtbot, panel.edits["lead_time_days"], "7")
    retype(qtbot, panel.edits["min_order_qty"], "50")
    retype(qtbot, panel.edits["supplier_sku"], "OAK-27")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    terms = ctx.production.list_terms(ws.wood)
    assert [(t.supplier_id, t.priority, t.price, t.lead_time_days, t.min_order_qty, t.supplier_sku, t.currency)
            for t in terms] == [(ws.timber, 1, D("1.80"), 7, D(50), "OAK-27", "USD")]
    assert panel.model.rowCount() == 1 and panel.view.isVisible()

    # A second one, in priority 2 (proposed), with a lead time that is not a number of days.
    assert panel.edits["priority"].text() == "2"
    pick_client(qtbot, panel.supplier, "چوب")
    retype(qtbot, panel.edits["price"], "1.65")
    retype(qtbot, panel.edits["lead_time_days"], "2.5")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.fields["lead_time_days"].error.text() == "Is a whole number of days from 0 to 3650"
    assert panel.fields["lead_time_days"].error.isVisible()
    assert panel.edits["lead_time_days"].text() == "2.5" and panel.edits["price"].text() == "1.65"
    assert len(ctx.production.list_terms(ws.wood)) == 1
    dialog.grab().save("/tmp/pur_suppliers_error.png")
    retype(qtbot, panel.edits["lead_time_days"], "21")
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert not panel.fields["lead_time_days"].error.isVisible()
    assert [(t.supplier_name, t.priority, t.lead_time_days) for t in ctx.production.list_terms(ws.wood)] == [
        ("Timber & Sons", 1, 7), (ALBORZ, 2, 21)]
    assert [cell(panel.model, r, 1) for r in range(2)] == ["Timber & Sons", ALBORZ]
    assert cell(panel.model, 0, 2) == "1.80" and cell(panel.model, 0, 5) == "50.000"   # kg: three decimals
    qtbot.wait(20)
    dialog.grab().save("/tmp/pur_suppliers_tab.png")

    # Alborz becomes the preferred one: Timber's row goes to priority 3.
    panel.view.selectRow(0)
    assert panel.update_button.isVisible() and not panel.add_button.isVisible()
    assert panel.edits["lead_time_days"].text() == "7" and panel.supplier.currentText() == "Timber & Sons"
    retype(qtbot, panel.edits["priority"], "3")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    assert [(t.supplier_id, t.priority) for t in ctx.production.list_terms(ws.wood)] == [(ws.alborz, 2),
                                                                                         (ws.timber, 3)]
    assert cell(panel.model, 0, 1) == ALBORZ

    # Someone else changes Timber's terms meanwhile: my change is refused, my typing stays.
    panel.view.selectRow(next(r for r in range(2) if panel.model.row_at(r).supplier_id == ws.timber))
    timber = panel.editing
    ctx.production.update_terms(timber.id, SupplierTermsForm(ws.timber, price="1.90", lead_time_days=7,
                                                             min_order_qty="50", priority=1),
                                expected_version=timber.version)
    retype(qtbot, panel.edits["price"], "1.75")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)
    assert "after you opened them" in panel.general_error.text()
    assert panel.edits["price"].text() == "1.75"
    assert next(t for t in ctx.production.list_terms(ws.wood) if t.supplier_id == ws.timber).price == D("1.90")
    qtbot.mouseClick(panel.update_button, Qt.MouseButton.LeftButton)       # saving again writes mine
    assert next(t for t in ctx.production.list_terms(ws.wood) if t.supplier_id == ws.timber).price == D("1.75")

    # Remove Timber (asked first).
    asked = []
    panel.confirm = lambda _parent, text: asked.append(text) or True
    panel.view.selectRow(next(r for r in range(2) if panel.model.row_at(r).supplier_id == ws.timber))
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "Timber & Sons" in asked[0]
    assert [t.supplier_id for t in ctx.production.list_terms(ws.wood)] == [ws.alborz]
    assert panel.model.rowCount() == 1 and panel.add_button.isVisible()


def test_a_new_product_says_to_save_first_and_a_service_has_no_suppliers_tab(qtbot, ws, tasks):
    dialog = product_dialog(qtbot, ws.s, tasks, None)
    dialog.grab().save("/tmp/pur_product_general.png")
    show_suppliers(qtbot, dialog)
    dialog.grab().save("/tmp/pur_suppliers_unsaved.png")
    assert dialog.suppliers.findChild(QLabel, "suppliers_hint").text() == "Save the product to add suppliers."
    service = product_dialog(qtbot, ws.s, tasks, ws.labour)
    assert not service.tabs.isTabVisible(service.suppliers_tab)
    service.kind.setCurrentIndex(service.kind.findData("material"))
    assert service.tabs.isTabVisible(service.suppliers_tab)


# -- the reorder list drafts purchase orders ---------------------------------------------------------------

@pytest.fixture
def short(ws):
    """Wood, screws, glue and paint below their minimum (nothing in stock); wood is bought from Timber & Sons
    (at least 50 kg), screws from Alborz, paint from Rang Paints, glue from nobody."""
    with ws.s.session_factory() as s:
        for pid, minimum in ((ws.wood, "20"), (ws.screw, "500"), (ws.glue, "2"), (ws.paint, "1")):
            s.get(Product, pid).min_stock = D(minimum)
        s.commit()
    ws.rang = supplier(ws.s, "Rang Paints")
    ws.terms(ws.wood, ws.timber, price="1.80", moq="50", lead=7)
    ws.terms(ws.paint, ws.rang, price="7.50")
    ws.terms(ws.screw, ws.alborz, price="0.08")
    return ws


@pytest.fixture
def warehouse(qtbot, short, tasks) -> WarehouseWorkspace:
    widget = WarehouseWorkspace(short.s, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.reload_filters()
    widget.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: widget.reorder_model.rowCount() == 4)
    return widget


def purchase_orders(ctx) -> dict[str, list[tuple[str, Decimal, Decimal]]]:
    """Draft purchase orders by supplier: [(SKU, quantity, price)]."""
    out = {}
    for row in ctx.documents.list_documents(doc_type="purchase_order"):
        card = ctx.documents.load_document(row.id)
        assert card.status == "draft"
        out[card.client_name] = [(ln.sku, ln.quantity, ln.price) for ln in card.lines]
    return out


def test_make_purchase_orders_drafts_one_per_supplier_and_names_what_has_none(qtbot, short, warehouse, tasks,
                                                                              qtmodeltester):
    ctx, reorder = short.s, warehouse.reorder
    qtmodeltester.check(reorder.model)
    supplier_col = reorder.model.columnCount() - 1
    shown = {reorder.model.row_at(r).sku: cell(reorder.model, r, supplier_col) for r in range(4)}
    assert shown == {"WD-1": "Timber & Sons", "PT-1": "Rang Paints", "SC-1": ALBORZ, "GL-1": "— none —"}

    with qtbot.waitSignal(tasks.changed, check_params_cb=lambda entity, _ids: entity == "document"):
        qtbot.mouseClick(reorder.make_button, Qt.MouseButton.LeftButton)     # nothing selected: every row
    # Wood: 2 × 20 kg suggested = 40, raised to Timber's minimum of 50; paint 2 × 1 = 2; screws 2 × 500.
    assert purchase_orders(ctx) == {"Timber & Sons": [("WD-1", D(50), D("1.80"))], "Rang Paints": [("PT-1", D(2), D("7.50"))],
                                    ALBORZ: [("SC-1", D(1000), D("0.08"))]}
    text = strip_isolates(reorder.result_label.text())
    assert "3 purchase orders drafted (" in text and "Timber &amp; Sons</a>" in text and ALBORZ in text
    assert "1 product has no supplier: Glue — set one on the product's Suppliers tab." in text
    assert reorder.result_label.isVisible()
    warehouse.grab().save("/tmp/pur_reorder.png")

    # A supplier's name is a link to its draft, opened by the main window in the Documents area.
    timber_po = next(r.id for r in ctx.documents.list_documents(doc_type="purchase_order")
                     if r.client_name == "Timber & Sons")
    with qtbot.waitSignal(warehouse.record_activated) as opened:
        reorder.result_label.linkActivated.emit(str(timber_po))
    assert opened.args == ["document", timber_po]


def test_only_the_selected_rows_are_ordered(qtbot, short, warehouse):
    ctx, reorder = short.s, warehouse.reorder
    rows = {reorder.model.row_at(r).sku: r for r in range(4)}
    view = reorder.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(reorder.model.index(rows["SC-1"], 0)).center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=view.visualRect(reorder.model.index(rows["GL-1"], 0)).center())
    assert sorted(reorder.selected_ids()) == sorted([short.screw, short.glue])
    assert "2 selected" in reorder.make_button.toolTip()
    qtbot.mouseClick(reorder.make_button, Qt.MouseButton.LeftButton)
    assert purchase_orders(ctx) == {ALBORZ: [("SC-1", D(1000), D("0.08"))]}
    text = strip_isolates(reorder.result_label.text())
    assert text.startswith("1 purchase order drafted (") and "1 product has no supplier: Glue" in text


def test_an_empty_reorder_list_says_so(qtbot, ws, tasks):
    widget = WarehouseWorkspace(ws.s, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 400)
    widget.show()
    widget.reload_filters()
    widget.tabs.setCurrentIndex(2)
    assert widget.reorder.empty.isVisible() and not widget.reorder.make_button.isEnabled()
    widget.grab().save("/tmp/pur_reorder_empty.png")


# -- production's stock documents ----------------------------------------------------------------------------

def test_production_documents_show_their_kind_and_open_read_only(qtbot, ws, tasks, monkeypatch):
    from app.services.production import ProductionOrderForm
    from app.ui.warehouse.document_dialog import StockDocumentDialog

    ctx = ws.s
    ws.stock_materials()
    order = ctx.production.create_order(ProductionOrderForm(ws.leg, quantity="4", component_warehouse_id=ws.main))
    order = ctx.production.release_order(order.id, expected_version=order.version)
    order = ctx.production.complete_order(order.id, "4", expected_version=order.version)
    made = order.completions[0]
    assert made.output_number.startswith("MP-") and made.consumption_number.startswith("MC-")

    widget = WarehouseWorkspace(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.reload_filters()
    model = widget.documents_model
    qtbot.waitUntil(lambda: model.rowCount() == 3)    # the materials' receipt, the consumption, the output
    kinds = {model.row_at(r).number: cell(model, r, 1) for r in range(3)}
    assert kinds[made.output_number] == "Production output"
    assert kinds[made.consumption_number] == "Production consumption"
    # They are found by kind, and never offered to be made by hand.
    titles = [widget.kind_combo.itemText(i) for i in range(widget.kind_combo.count())]
    assert "Production output" in titles and "Production consumption" in titles
    assert set(widget.new_actions) == {"receipt", "shipment", "transfer", "write_off", "count"}
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("output"))
    widget.kind_combo.activated.emit(widget.kind_combo.currentIndex())
    assert model.rowCount() == 1 and model.row_at(0).number == made.output_number
    widget.kind_combo.setCurrentIndex(0)
    widget.kind_combo.activated.emit(0)
    widget.grab().save("/tmp/pur_production_docs_list.png")
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("output"))
    widget.kind_combo.activated.emit(widget.kind_combo.currentIndex())

    opened: list[StockDocumentDialog] = []

    def factory(*args, **kw):
        dialog = StockDocumentDialog(*args, **kw)
        monkeypatch.setattr(dialog, "exec", lambda: 0)
        opened.append(dialog)
        return dialog
    widget.document_dialog_factory = factory
    widget.documents_view.doubleClicked.emit(model.index(0, 0))
    dialog = opened[0]
    dialog.show()
    assert dialog.windowTitle() == f"Production output {made.output_number}"
    status = strip_isolates(dialog.status_label.text())
    assert status.startswith(f"Production output {made.output_number} · Posted")
    assert "changes only through its production order" in status
    assert not any(b.isVisible() for b in (dialog.save_button, dialog.post_button, dialog.unpost_button,
                                           dialog.cancel_doc_button))
    assert dialog.close_button.isVisible()
    assert dialog.lines_model.read_only and not dialog.product_edit.isVisible()
    lines = dialog.lines_model
    assert cell(lines, 0, lines.column_of("name")) == "Table leg"
    assert cell(lines, 0, lines.column_of("quantity")) == "4"
    assert cell(lines, 0, lines.column_of("unit_cost")) != ""          # made at cost
    assert f"production {order.number}" == dialog.comment_edit.text()
    dialog.grab().save("/tmp/pur_output_doc.png")


# -- a purchase order started by hand --------------------------------------------------------------------------

def type_cell(qtbot, view, model, row: int, key: str, text: str) -> None:
    """Click into a cell of the lines grid, type, Enter."""
    from PySide6.QtWidgets import QLineEdit

    index = model.index(row, model.column_of(key))
    qtbot.wait(1)
    if view.currentIndex() != index:
        view.setCurrentIndex(index)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    if not editors:
        view.edit(index)
        editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def test_a_purchase_order_is_started_by_hand_in_the_documents_area(qtbot, ws, tasks, monkeypatch):
    from app.ui.documents.editor import DocumentDialog
    from app.ui.documents.workspace import DocumentsWorkspace

    ctx = ws.s
    ctx.clients.create_client(ClientForm(display_name="Timberland Café", roles=frozenset({"customer"})))
    ws.terms(ws.wood, ws.timber, price="1.80", moq="50")
    area = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(area)
    area.show()
    assert area.new_actions["purchase_order"].text() == "Purchase order"
    dialogs: list[DocumentDialog] = []

    def factory(*args, **kw):
        dialog = DocumentDialog(*args, **kw)
        dialogs.append(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: 0)
        return dialog
    area.document_dialog_factory = factory
    area.new_actions["purchase_order"].trigger()
    editor = dialogs[0]
    editor.show()
    assert editor.windowTitle() == "New purchase order"
    assert editor._labels["client_id"].text() == "Supplier*"
    assert editor.warehouse_combo.isVisible() and editor._labels["warehouse_id"].text() == "Receive into*"

    # Only suppliers are offered: the café with "Timber" in its name is a customer.
    picker = editor.client_combo
    type_text(picker.lineEdit(), "Timber")
    picker.search()
    qtbot.waitUntil(lambda: picker.hits.rowCount() >= 1)
    assert [picker.hits.item(r).text() for r in range(picker.hits.rowCount())] == ["Timber & Sons"]
    picker.client_completer.activated[QModelIndex].emit(picker.hits.index(0, 0))
    editor.warehouse_combo.setCurrentIndex(editor.warehouse_combo.findData(ws.main))

    for sku in ("WD-1", "GL-1"):
        qtbot.keyClicks(editor.product_edit, sku)
        qtbot.keyClick(editor.product_edit, Qt.Key.Key_Return)
    model = editor.lines_model
    # Wood at Timber's price (typed in from its terms); glue has no terms: its purchase price, proposed.
    assert cell(model, 0, model.column_of("price")) == "1.80"
    assert cell(model, 1, model.column_of("price")) == "5.00" and model.lines[1].price == ""
    type_cell(qtbot, editor.lines_view, model, 0, "quantity", "60")
    type_cell(qtbot, editor.lines_view, model, 1, "quantity", "2")
    qtbot.wait(20)
    editor.grab().save("/tmp/pur_new_purchase_order.png")
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.card is not None and editor.card.status == "confirmed", editor.general_error.text()

    rows = ctx.documents.list_documents(doc_type="purchase_order")
    assert [(r.client_name, r.status, r.total) for r in rows] == [("Timber & Sons", "confirmed", D("118.00"))]
    card = ctx.documents.load_document(rows[0].id)
    assert card.warehouse_id == ws.main and card.number.startswith("PO")
    assert [(ln.sku, ln.quantity, ln.price) for ln in card.lines] == [("WD-1", D(60), D("1.80")),
                                                                      ("GL-1", D(2), D("5.00"))]
    balances, _ = ctx.stock.balances(product_id=ws.wood, warehouse_id=ws.main, limit=10)
    assert sum((b.incoming for b in balances), D(0)) == D(60)


# -- make to order from a sales order's line ---------------------------------------------------------------------

@pytest.fixture
def sales_order(ws):
    """A draft sales order of 5 oak tables for a customer; one table is in stock."""
    from app.services.documents.forms import DocumentForm, LineForm

    ws.posted("receipt", [(ws.table, 1, "30")])
    ws.buyer = ws.s.clients.create_client(ClientForm(display_name="Kafe Naderi",
                                                     roles=frozenset({"customer"}))).id
    return ws.s.documents.create_document(DocumentForm(doc_type="order", client_id=ws.buyer, warehouse_id=ws.main,
                                                       lines=[LineForm(ws.table, quantity=5, price="120"),
                                                              LineForm(ws.screw, quantity=10, price="0.20")]))


def editor_for(qtbot, ctx, tasks, doc_id):
    from app.ui.documents.editor import DocumentDialog

    editor = DocumentDialog(ctx, tasks, doc_id=doc_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.card is not None)
    return editor


def click_line(qtbot, editor, row: int) -> None:
    view = editor.lines_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(editor.lines_model.index(row, 0)).center())


def test_make_to_order_from_a_sales_order_line_plans_what_it_lacks(qtbot, ws, sales_order, tasks, monkeypatch):
    ctx = ws.s
    errors = []
    monkeypatch.setattr("app.ui.documents.make_to_order.show_error",
                        lambda parent, exc, title=None: errors.append((title, str(exc))))
    editor = editor_for(qtbot, ctx, tasks, sales_order.id)
    mto = editor.make_to_order
    assert mto.button.isVisible()
    click_line(qtbot, editor, 0)
    assert mto.button.isEnabled()
    qtbot.mouseClick(mto.button, Qt.MouseButton.LeftButton)
    orders = ctx.production.list_orders()
    assert [(o.product_id, o.quantity, o.status) for o in orders] == [(ws.table, D(4), "planned")]  # 5 less 1 in stock
    card = ctx.production.load_order(orders[0].id)
    assert card.sales_order_id == sales_order.id
    assert strip_isolates(mto.result_label.text()) == \
        f"Production order {card.number} planned for 4 pcs of Oak table"
    assert mto.result_label.isVisible() and errors == []
    qtbot.wait(20)
    editor.grab().save("/tmp/pur_make_to_order.png")

    # Again: the stock and the open production cover the line now; said in a message, nothing planned.
    # The line's context menu (right click) offers the same action.
    menus = []
    mto.menu_runner = lambda menu, _at: (menus.append([a.text() for a in menu.actions()]), menu.actions()[0].trigger())
    view = editor.lines_view
    view.customContextMenuRequested.emit(view.visualRect(editor.lines_model.index(0, 1)).center())
    assert menus == [["Make to order"]]
    assert errors == [("Make to order", "Oak table: the stock and open production cover this line")]
    assert len(ctx.production.list_orders()) == 1

    # Screws have no bill of materials.
    click_line(qtbot, editor, 1)
    qtbot.mouseClick(mto.button, Qt.MouseButton.LeftButton)
    assert errors[-1] == ("Make to order", "Screw has no active bill of materials; make one first")


def test_an_unsaved_line_is_saved_first(qtbot, ws, sales_order, tasks):
    ctx = ws.s
    editor = editor_for(qtbot, ctx, tasks, sales_order.id)
    mto = editor.make_to_order
    asked = []
    mto.ask_save = lambda _parent: asked.append(True) or True
    type_cell(qtbot, editor.lines_view, editor.lines_model, 0, "quantity", "8")
    click_line(qtbot, editor, 0)
    qtbot.mouseClick(mto.button, Qt.MouseButton.LeftButton)
    assert asked == [True]
    assert [ln.quantity for ln in ctx.documents.load_document(sales_order.id).lines][0] == D(8)
    assert [o.quantity for o in ctx.production.list_orders()] == [D(7)]     # 8 less the 1 in stock

    # Declining the save makes nothing; a new order not saved yet cannot be made to order.
    type_cell(qtbot, editor.lines_view, editor.lines_model, 0, "quantity", "9")
    mto.ask_save = lambda _parent: False
    click_line(qtbot, editor, 0)
    qtbot.mouseClick(mto.button, Qt.MouseButton.LeftButton)
    assert len(ctx.production.list_orders()) == 1
    from app.ui.documents.editor import DocumentDialog

    fresh = DocumentDialog(ctx, tasks, doc_type="order")
    qtbot.addWidget(fresh)
    fresh.show()
    assert fresh.make_to_order.button.isVisible() and not fresh.make_to_order.button.isEnabled()
    assert fresh.make_to_order.button.toolTip().startswith("Save the order first")


def test_a_confirmed_order_offers_it_too_and_other_types_do_not(qtbot, ws, sales_order, tasks, monkeypatch):
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = ws.s
    errors = []
    monkeypatch.setattr("app.ui.documents.make_to_order.show_error",
                        lambda parent, exc, title=None: errors.append(str(exc)))
    order = ctx.documents.create_document(DocumentForm(doc_type="order", client_id=ws.buyer, warehouse_id=ws.main,
                                                       lines=[LineForm(ws.table, quantity=1, price="120")]))
    order = ctx.documents.confirm_document(order.id, expected_version=order.version)   # reserves the one table
    editor = editor_for(qtbot, ctx, tasks, order.id)
    assert editor.card.locked and editor.make_to_order.button.isVisible()
    click_line(qtbot, editor, 0)
    qtbot.mouseClick(editor.make_to_order.button, Qt.MouseButton.LeftButton)
    assert errors == ["Oak table: the stock and open production cover this line"]   # held for this order
    assert ctx.production.list_orders() == []
    # The draft order of five now finds no free table: all five are planned.
    draft = editor_for(qtbot, ctx, tasks, sales_order.id)
    click_line(qtbot, draft, 0)
    qtbot.mouseClick(draft.make_to_order.button, Qt.MouseButton.LeftButton)
    assert [o.quantity for o in ctx.production.list_orders()] == [D(5)]
    invoice = ctx.documents.create_from(order.id, "invoice")
    other = editor_for(qtbot, ctx, tasks, invoice.id)
    assert not other.make_to_order.button.isVisible()


def test_balances_show_incoming_without_scrolling_sideways(qtbot, ws, tasks):
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = ws.s
    ws.stock_materials()
    po = ctx.documents.create_document(DocumentForm(doc_type="purchase_order", client_id=ws.timber,
                                                    warehouse_id=ws.main,
                                                    lines=[LineForm(ws.wood, quantity="60", price="1.80")]))
    ctx.documents.confirm_document(po.id, expected_version=po.version)
    widget = WarehouseWorkspace(ctx, tasks)
    qtbot.addWidget(widget)
    widget.resize(1060, 500)          # the workspace's width in the main window at its first size
    widget.show()
    widget.reload_filters()
    widget.tabs.setCurrentIndex(1)
    model, view = widget.balances_model, widget.balances_view
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Incoming")
    row = next(r for r in range(4) if model.row_at(r).product_id == ws.wood)
    assert cell(model, row, column) == "60.000"
    header = view.horizontalHeader()
    last = model.columnCount() - 1
    assert not header.isSectionHidden(column)
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= view.viewport().width()
    widget.grab().save("/tmp/pur_balances.png")


def test_a_draft_linked_from_the_reorder_list_opens_in_the_documents_area(qtbot, short, tasks, monkeypatch):
    from app.ui.documents.workspace import DocumentsWorkspace
    from app.ui.main_window import MainWindow

    ctx = short.s
    opened = []
    monkeypatch.setattr(DocumentsWorkspace, "open_document", lambda self, doc_id: opened.append(doc_id))
    window = MainWindow(ctx, tasks, user=ctx.users.list_users()[0], database="/data/karavan.db", company="Workshop")
    qtbot.addWidget(window)
    window.show()
    window.show_area("warehouse")
    warehouse = window.page("warehouse")
    warehouse.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: warehouse.reorder_model.rowCount() == 4)
    qtbot.mouseClick(warehouse.reorder.make_button, Qt.MouseButton.LeftButton)
    first = min(r.id for r in ctx.documents.list_documents(doc_type="purchase_order"))
    warehouse.reorder.result_label.linkActivated.emit(str(first))
    assert window.current_area() == "documents" and opened == [first]
    documents = window.page("documents")
    qtbot.waitUntil(lambda: documents.model.rowCount() == 3)     # the drafts are listed there
