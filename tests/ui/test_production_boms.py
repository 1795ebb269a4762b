"""A production planner keeps the workshop's bills of materials: edits the frame's bill in the grid, is
stopped by a cycle, makes and activates a new version, reads the explosion, the cost and where a material
is used, and starts the first bill in an empty database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from app.services.production import BomForm, BomLineForm
from app.ui.production.bom_lines import BomLinesModel, Component, EditBomLine
from app.ui.production.boms import BomsView
from app.ui.service_desk.product_link import ProductPicker
from app.ui.text import strip_isolates
from tests.ui.typing_helpers import type_text
from tests.unit.production_kit import Workshop, bom
from tests.unit.test_stock_kit import product, unit

D = Decimal
SHOTS = "/tmp/boms_{}.png"


@pytest.fixture(autouse=True)
def en_us():
    """Numbers as an English-speaking user sees them: thousands grouped with commas."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def ws(ui_services):
    shop = Workshop(ui_services)
    # A long Persian product name, to see that it fits and reads right to left.
    shop.rug = product(ui_services, "RUG-7", "فرش دستباف ابریشمی کاشان با نقشه لچک ترنج", shop.pcs, kind="finished")
    bom(ui_services, shop.rug, [(shop.wood, "1.5", 0), (shop.labour, 40, 0)], name="نقشه سنتی")
    return shop


@pytest.fixture
def view(qtbot, ui_services, tasks):
    widget = BomsView(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    qtbot.waitUntil(lambda: widget._loaded_once)
    return widget


def shot(qtbot, view: BomsView, name: str) -> None:
    qtbot.wait(20)    # the layout settles (labels whose text just changed get their width)
    view.grab().save(SHOTS.format(name))


def text(model, row: int, column: int) -> str:
    return strip_isolates(model.index(row, column).data() or "")


def column_texts(model, title: str) -> list[str]:
    col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return [text(model, r, col) for r in range(model.rowCount())]


def click_row(qtbot, table, row: int, column: int = 1) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_product(qtbot, view: BomsView, sku: str) -> None:
    row = next(i for i, r in enumerate(view.products_model.rows) if r.sku == sku)
    click_row(qtbot, view.products_view, row)
    assert view.editor.card is not None and view.editor.card.sku == sku


def type_cell(qtbot, view: BomsView, row: int, key: str, typed: str) -> None:
    """Double-click a cell of the lines grid, type, Enter (as a user changes a quantity)."""
    editor = view.editor
    table, model = editor.lines_view, editor.lines_model
    index = model.index(row, model.column_of(key))
    qtbot.wait(1)   # an editor closed by Enter is deleted by the event loop
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], typed)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def pick(qtbot, picker, typed: str) -> None:
    """Type into a product picker and click the first hit of its popup."""
    qtbot.wait(1)   # a cell editor just closed by Enter goes first
    picker.lineEdit().clear()
    type_text(picker.lineEdit(), typed)
    hits = picker.product_completer.model()
    qtbot.waitUntil(lambda: hits.rowCount() > 0 and typed.casefold() in hits.index(0, 0).data().casefold())
    hit = hits.index(0, 0)
    picker.product_completer.activated[QModelIndex].emit(hit)   # a click on the popup,
    picker.product_completer.popup().hide()                      # which closes it


def pick_in_cell(qtbot, view: BomsView, row: int, typed: str) -> None:
    """Double-click a line's component cell and pick another product in the picker that opens there."""
    table, model = view.editor.lines_view, view.editor.lines_model
    qtbot.wait(1)
    rect = table.visualRect(model.index(row, model.column_of("component")))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pickers = [w for w in table.viewport().findChildren(ProductPicker) if w.isVisible()]
    assert len(pickers) == 1
    pick(qtbot, pickers[0], typed)
    qtbot.waitUntil(lambda: not [w for w in table.viewport().findChildren(ProductPicker) if w.isVisible()])


def activate(qtbot, view: BomsView) -> None:
    """Make the view the active window: a shortcut reaches only that one."""
    if QApplication.activeWindow() is view:
        return
    with qtbot.waitActive(view):
        view.activateWindow()
    if QApplication.activeWindow() is not view:
        # Offscreen, after another test's window closed, the platform window may count as active while the
        # application has no active window: shown again, it is activated for both.
        view.hide()
        view.show()
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)


def save_with_ctrl_s(qtbot, view: BomsView) -> None:
    activate(qtbot, view)
    view.editor.lines_view.setFocus()
    qtbot.keyClick(view.editor.lines_view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_edit_the_frame_bill_in_the_grid_and_save(qtbot, ws, view, ui_services, qtmodeltester):
    assert {r.sku for r in view.products_model.rows} == {"LEG", "FRM", "TBL", "RUG-7"}
    open_product(qtbot, view, "FRM")
    editor = view.editor
    assert [ln.component.sku for ln in editor.lines_model.lines] == ["LEG", "SC-1", "GL-1"]
    assert column_texts(editor.lines_model, "Unit") == ["pcs", "pcs", "kg"]
    assert column_texts(view.versions_model, "Active") == ["● active"]
    type_cell(qtbot, view, 0, "quantity", "5")
    type_cell(qtbot, view, 1, "scrap_percent", "15")
    assert editor.dirty
    pick(qtbot, editor.component_combo, "paint")
    assert [ln.component.sku for ln in editor.lines_model.lines][-1] == "PT-1"
    qtbot.wait(1)
    # The new line's quantity cell is open for typing.
    qtbot.keyClicks(next(w for w in editor.lines_view.viewport().findChildren(QLineEdit) if w.isVisible()), "0,25")
    pick(qtbot, editor.component_combo, "labour")     # a service: a cost line, in hours
    assert column_texts(editor.lines_model, "Kind")[-1] == "Service · cost line"
    assert column_texts(editor.lines_model, "Unit")[-1] == "h"
    qtbot.wait(1)
    type_cell(qtbot, view, 4, "quantity", "0.5")
    qtmodeltester.check(editor.lines_model)
    shot(qtbot, view, "editor_typed")
    save_with_ctrl_s(qtbot, view)

    saved = ui_services.production.load_bom(ws.frame_bom.id)
    assert [(ln.sku, ln.quantity, ln.scrap_percent) for ln in saved.lines] == [
        ("LEG", D(5), D(10)), ("SC-1", D(8), D(15)), ("GL-1", D("0.05"), D(0)), ("PT-1", D("0.25"), D(0)),
        ("LB-1", D("0.5"), D(0))]
    assert saved.lines[-1].is_service
    assert not editor.dirty and editor.saved_label.text() == "Saved"
    assert column_texts(view.versions_model, "Lines") == ["5"]
    # Reordered and one removed, the order is saved too.
    click_row(qtbot, editor.lines_view, 3, 0)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    click_row(qtbot, editor.lines_view, 3, 0)
    assert editor.lines_model.lines[3].component.sku == "GL-1"
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert [ln.sku for ln in ui_services.production.load_bom(ws.frame_bom.id).lines] == ["LEG", "SC-1", "PT-1",
                                                                                       "LB-1"]
    shot(qtbot, view, "editor")


def test_a_cycle_is_shown_next_to_the_line_and_nothing_is_saved(qtbot, ws, view, ui_services):
    open_product(qtbot, view, "LEG")
    before = ui_services.production.load_bom(ws.leg_bom.id)
    editor = view.editor
    pick(qtbot, editor.component_combo, "Oak table")
    qtbot.wait(1)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    message = "this would make a cycle: Table leg → Oak table → Table frame → Table leg"
    assert message in strip_isolates(editor.lines_error.text())
    assert "Line 2 (TBL)" in strip_isolates(editor.lines_error.text())
    component = editor.lines_model.index(1, editor.lines_model.column_of("component"))
    assert component.data(Qt.ItemDataRole.ToolTipRole) == "T" + message[1:]
    assert component.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert [ln.component.sku for ln in editor.lines_model.lines] == ["WD-1", "TBL"]   # what was typed stays
    assert ui_services.production.load_bom(ws.leg_bom.id).version == before.version
    shot(qtbot, view, "cycle")

    # A bad number and a bad batch stay as typed, each with its message.
    type_cell(qtbot, view, 1, "quantity", "abc")
    editor.batch_edit.setText("")
    qtbot.keyClicks(editor.batch_edit, "0")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "not a number" in editor.lines_error.text() and editor.lines_model.lines[1].quantity == "abc"
    type_cell(qtbot, view, 1, "quantity", "1")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.fields["quantity"].error.text() == "Must be more than zero" and editor.batch_edit.text() == "0"
    assert ui_services.production.load_bom(ws.leg_bom.id).version == before.version

    # The table is swapped for glue in the line's own cell, the batch put right, and the bill saves.
    pick_in_cell(qtbot, view, 1, "Glue")
    assert editor.lines_model.lines[1].component.sku == "GL-1"
    assert text(editor.lines_model, 1, editor.lines_model.column_of("unit")) == "kg"
    assert editor.lines_model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None   # its error went
    editor.batch_edit.selectAll()
    qtbot.keyClicks(editor.batch_edit, "2")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = ui_services.production.load_bom(ws.leg_bom.id)
    assert saved.quantity == D(2) and [(ln.sku, ln.quantity) for ln in saved.lines] == [("WD-1", D("0.8")),
                                                                                         ("GL-1", D(1))]
    assert editor.lines_error.isHidden() and editor.fields["quantity"].error.isHidden()


def test_someone_elses_save_is_shown_and_reload_shows_theirs(qtbot, ws, view, ui_services):
    open_product(qtbot, view, "LEG")
    editor = view.editor
    type_cell(qtbot, view, 0, "quantity", "0.9")
    theirs = ui_services.production.load_bom(ws.leg_bom.id)
    ui_services.production.update_bom(theirs.id, BomForm(ws.leg, name="thin", lines=[BomLineForm(ws.wood, "0.7")]),
                                      expected_version=theirs.version)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Your changes were not saved" in editor.general_error.text() and editor.reload_button.isVisible()
    assert editor.lines_model.lines[0].quantity == "0.9"
    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    assert editor.name_edit.text() == "thin" and editor.lines_model.lines[0].quantity == "0.7"
    assert not editor.reload_button.isVisible()


def test_new_version_activate_and_delete_through_buttons(qtbot, ws, view, ui_services, monkeypatch):
    open_product(qtbot, view, "LEG")
    assert not view.activate_button.isEnabled() and not view.delete_button.isEnabled()
    qtbot.mouseClick(view.new_version_button, Qt.MouseButton.LeftButton)
    assert column_texts(view.versions_model, "Version") == ["v1", "v2"]
    assert view.editor.card.version_no == 2 and not view.editor.card.active
    assert view.versions_view.currentIndex().row() == 1
    view.editor.name_edit.setFocus()
    qtbot.keyClicks(view.editor.name_edit, "thicker")
    type_cell(qtbot, view, 0, "quantity", "1")
    qtbot.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
    assert view.activate_button.isEnabled()
    qtbot.mouseClick(view.activate_button, Qt.MouseButton.LeftButton)
    rows = ui_services.production.list_versions(ws.leg)
    assert [(r.version_no, r.name, r.active) for r in rows] == [(1, "", False), (2, "thicker", True)]
    assert column_texts(view.versions_model, "Active") == ["", "● active"]
    assert view.editor.card.active and "active" in view.editor.state_label.text()
    assert column_texts(view.products_model, "Active")[
        [r.sku for r in view.products_model.rows].index("LEG")] == "v2"

    # The old version is deleted after a confirmation.
    click_row(qtbot, view.versions_view, 0)
    assert view.editor.card.version_no == 1 and view.delete_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "Delete version 1" in asked[0]
    assert [r.version_no for r in ui_services.production.list_versions(ws.leg)] == [2]
    assert column_texts(view.versions_model, "Version") == ["v2"] and view.editor.card.version_no == 2


def test_unsaved_edits_are_not_dropped_without_asking(qtbot, ws, view, monkeypatch):
    open_product(qtbot, view, "LEG")
    type_cell(qtbot, view, 0, "quantity", "0.95")
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    row = [r.sku for r in view.products_model.rows].index("FRM")
    click_row(qtbot, view.products_view, row)
    assert view.editor.card.sku == "LEG" and view.editor.lines_model.lines[0].quantity == "0.95"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    click_row(qtbot, view.products_view, row)
    assert view.editor.card.sku == "FRM"


def test_explosion_and_cost_panels_show_the_hand_computed_numbers(qtbot, ws, view, qtmodeltester):
    ws.stock_materials()
    open_product(qtbot, view, "TBL")
    view.panels.setCurrentWidget(view.explosion)
    panel = view.explosion
    panel.quantity_edit.selectAll()
    qtbot.keyClicks(panel.quantity_edit, "3")
    qtbot.keyClick(panel.quantity_edit, Qt.Key.Key_Return)
    tree = panel.tree_model
    assert column_texts(tree, "SKU") == ["FRM", "LEG", "WD-1", "SC-1", "GL-1", "PT-1", "LB-1"]
    assert column_texts(tree, "Quantity") == ["3", "14", "12.320", "27", "0.150", "0.473", "4.50"]
    assert column_texts(tree, "Level") == ["1", "2", "3", "2", "2", "1", "1"]
    names = column_texts(tree, "Component")
    assert names[2].endswith("Oak board") and len(names[2]) - len("Oak board") > len(names[1]) - len("Table leg") > 0
    assert tree.index(1, 3).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    raw = dict(zip(column_texts(panel.raw_model, "SKU"), column_texts(panel.raw_model, "Quantity"), strict=True))
    assert raw == {"WD-1": "12.320", "SC-1": "27", "GL-1": "0.150", "PT-1": "0.473", "LB-1": "4.50"}
    assert column_texts(panel.raw_model, "Kind")[-1] == "service"
    qtmodeltester.check(tree)
    qtmodeltester.check(panel.raw_model)
    shot(qtbot, view, "explosion")

    view.panels.setCurrentWidget(view.cost)
    cost = view.cost
    totals = {k: label.text() for k, label in cost.totals.items()}
    assert totals == {"materials": "10.15", "services": "18.00", "total": "28.15", "unit_cost": "28.15"}
    lines = cost.lines_model
    by_sku = dict(zip(column_texts(lines, "SKU"), range(lines.rowCount()), strict=True))
    assert text(lines, by_sku["FRM"], 4) == "8.894" and text(lines, by_sku["FRM"], 6) == "rolled up"
    assert text(lines, by_sku["WD-1"], 6) == "average" and text(lines, by_sku["LB-1"], 6) == "service"
    assert text(lines, by_sku["LB-1"], 5) == "18.00"
    assert lines.index(0, 5).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    qtmodeltester.check(lines)
    cost.quantity_edit.selectAll()
    qtbot.keyClicks(cost.quantity_edit, "1000")
    qtbot.mouseClick(cost.run_button, Qt.MouseButton.LeftButton)
    # 1000 tables: materials 10.154 each before rounding, labour 18.00
    assert cost.totals["total"].text() == "28,154.00" and cost.totals["materials"].text() == "10,154.00"
    assert cost.totals["unit_cost"].text() == "28.154"
    shot(qtbot, view, "cost")

    # Stock that arrives elsewhere changes the cost on screen.
    ws.posted("receipt", [(ws.paint, 5, "16.00")])
    view.tasks.notify_changed("stock_document")
    # paint now averages 12.00: 0.1575 kg × 4.00 more = 0.63 more per table
    assert cost.totals["unit_cost"].text() == "28.784"


def test_where_used_walks_up_from_a_material(qtbot, ws, view, qtmodeltester):
    open_product(qtbot, view, "LEG")
    view.panels.setCurrentWidget(view.where_used)
    panel = view.where_used
    assert column_texts(panel.model, "SKU") == ["FRM", "TBL"]     # what uses the open product, at every level
    pick(qtbot, panel.picker, "Oak board")
    assert column_texts(panel.model, "Level") == ["1", "1", "2", "3"]
    assert sorted(zip(column_texts(panel.model, "Level"), column_texts(panel.model, "SKU"), strict=True)) == [
        ("1", "LEG"), ("1", "RUG-7"), ("2", "FRM"), ("3", "TBL")]
    assert set(column_texts(panel.model, "Active")) == {"active"}
    assert "used directly in 2 bill(s), 2 through other products" in strip_isolates(panel.summary.text())
    qtmodeltester.check(panel.model)
    shot(qtbot, view, "where_used")
    # A row opens its bill.
    row = column_texts(panel.model, "SKU").index("TBL")
    panel.view.doubleClicked.emit(panel.model.index(row, 1))
    assert view.editor.card.sku == "TBL"
    # From a line of the editor: where its component is used.
    view.panels.setCurrentWidget(view.editor)
    click_row(qtbot, view.editor.lines_view, 0, 0)
    qtbot.mouseClick(view.editor.line_used_button, Qt.MouseButton.LeftButton)
    assert view.panels.currentWidget() is view.where_used
    assert column_texts(panel.model, "SKU") == ["TBL"]


def test_search_as_you_type(qtbot, ws, view):
    type_text(view.search_edit, "frame")
    qtbot.waitUntil(lambda: [r.sku for r in view.products_model.rows] == ["FRM"])
    view.search_edit.clear()
    type_text(view.search_edit, "nothing-like-this")
    qtbot.waitUntil(lambda: view.products_stack.currentWidget() is view.products_empty)
    assert "nothing-like-this" in strip_isolates(view.products_empty.text())


def test_empty_database_then_the_first_bill(qtbot, ui_services, tasks, view, qtmodeltester):
    assert view.products_stack.currentWidget() is view.products_empty
    assert "No bills of materials yet" in view.products_empty.text()
    assert view.detail_stack.currentWidget() is view.detail_hint
    shot(qtbot, view, "empty")

    pcs = unit(ui_services, "pcs", 0)
    kg = unit(ui_services, "kg", 3)
    stool = product(ui_services, "STL", "Stool", pcs, kind="finished")
    product(ui_services, "WD-1", "Oak board", kg, kind="material", purchase_price="2")
    product(ui_services, "LB-1", "Assembly labour", pcs, kind="service")
    qtbot.mouseClick(view.new_bill_button, Qt.MouseButton.LeftButton)
    assert "Choose the product" in view.new_bill_error.text()
    pick(qtbot, view.new_product_combo, "Assembly")
    qtbot.mouseClick(view.new_bill_button, Qt.MouseButton.LeftButton)
    assert "is a service" in view.new_bill_error.text()
    pick(qtbot, view.new_product_combo, "Stool")
    qtbot.mouseClick(view.new_bill_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert "New bill for Stool" in strip_isolates(editor.title_label.text()) and editor.card is None
    assert editor.batch_unit_label.text() == "pcs per batch"
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "add at least one component" in editor.lines_error.text().lower()
    pick(qtbot, editor.component_combo, "WD-1")
    qtbot.wait(1)
    type_cell(qtbot, view, 0, "quantity", "2.5")
    editor.batch_edit.selectAll()
    qtbot.keyClicks(editor.batch_edit, "4")
    qtmodeltester.check(editor.lines_model)
    shot(qtbot, view, "new_bill")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    card = ui_services.production.active_bom(stool)
    assert card is not None and card.quantity == D(4) and [(ln.sku, ln.quantity) for ln in card.lines] == [
        ("WD-1", D("2.5"))]
    assert [r.sku for r in view.products_model.rows] == ["STL"]
    assert view.products_stack.currentWidget() is view.products_view
    assert column_texts(view.versions_model, "Version") == ["v1"] and editor.card.id == card.id


def test_lines_model_on_its_own(qtmodeltester):
    model = BomLinesModel()
    model.set_lines([EditBomLine(Component(1, "A", "Alpha", "kg", "material"), "1.5", "2"),
                     EditBomLine(Component(2, "S", "Setup", "h", "service"), "0.25"),
                     EditBomLine(None)])
    qtmodeltester.check(model)
    assert model.move_line(0, +1) == 1 and [ln.component and ln.component.sku for ln in model.lines] == ["S", "A",
                                                                                                         None]
    model.set_errors({(1, "quantity"): "Must be more than zero"})
    qtmodeltester.check(model)


def test_a_persian_bill_reads_right_to_left(qtbot, ws, view):
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    open_product(qtbot, view, "RUG-7")
    assert view.editor.name_edit.text() == "نقشه سنتی"
    assert "فرش دستباف" in strip_isolates(view.product_title.text())
    assert column_texts(view.editor.lines_model, "Kind") == ["Material", "Service · cost line"]
    shot(qtbot, view, "persian")
