"""The planner asks what to make and buy for the next month: the netting and the proposals show, one buy is
left out, the checked ones become planned production orders and a draft purchase order, and the Plan tab
shows the new orders."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from app.services.production import ProductionOrderForm
from app.ui.production import ProductionWorkspace
from app.ui.production.mrp import MrpView
from app.ui.tasks import TaskRunner
from app.ui.text import strip_isolates
from tests.unit.production_kit import D, Workshop, supplier
from tests.unit.test_stock_kit import product

PERSIAN_VARNISH = "روغن جلای چوب مات، قوطی یک لیتری"


@pytest.fixture
def ws(ui_services):
    ws = Workshop(ui_services)
    timber = supplier(ui_services, "Timber & Co")
    ws.terms(ws.wood, timber, price="2.10", lead=5, moq="20")
    ws.terms(ws.screw, timber, price="0.09")
    varnish = product(ui_services, "VR-2", PERSIAN_VARNISH, ws.pcs, kind="material", min_stock="6")
    ws.terms(varnish, supplier(ui_services, "رنگ‌سازی البرز"), price="14.50", lead=3)
    ws.varnish = varnish
    # Four tables to make next week: frames, legs and every raw material are still to come.
    ws.tables = ui_services.production.create_order(ProductionOrderForm(
        ws.table, quantity="4", component_warehouse_id=ws.main, planned_start=date.today() + timedelta(days=7),
        planned_end=date.today() + timedelta(days=9)))
    return ws


def cells(model, row: int) -> list[str]:
    return [strip_isolates(model.index(row, c).data() or "") for c in range(model.columnCount())]


def by_sku(model) -> dict[str, int]:
    return {model.row_at(i).sku: i for i in range(model.rowCount())}


def workspace(qtbot, ctx, tasks) -> ProductionWorkspace:
    page = ProductionWorkspace(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.plan.reload()
    return page


def test_calculate_uncheck_one_and_create_the_drafts(qtbot, ws, tasks, qtmodeltester):
    page = workspace(qtbot, ws.s, tasks)
    assert [page.tabText(i) for i in range(page.count())] == ["Plan", "Bills of materials", "Requirements (MRP)"]
    assert page.plan.model.rowCount() == 1
    page.setCurrentWidget(page.mrp)
    mrp = page.mrp
    assert mrp.stack.currentWidget() is mrp.hint
    assert mrp.horizon_edit.date().toPython() == date.today() + timedelta(days=30)
    qtbot.mouseClick(mrp.calculate_button, Qt.MouseButton.LeftButton)
    assert mrp.stack.currentWidget() is mrp.results_page and not mrp.busy

    lines = by_sku(mrp.lines_model)
    assert set(lines) == {"FRM", "LEG", "WD-1", "SC-1", "GL-1", "PT-1", "VR-2"}
    # Legs: 4 frames × 4 × 1.10 = 17.6 → 18; wood 18 × 0.8 × 1.10 = 15.84 kg, raised to the 20 kg minimum order.
    assert cells(mrp.lines_model, lines["LEG"])[2:] == ["2", "18", "0", "", "", "", "", "", "18", "18", "pcs"]
    assert cells(mrp.lines_model, lines["WD-1"])[10:] == ["15.840", "20.000", "kg"]
    assert cells(mrp.lines_model, lines["VR-2"])[9:] == ["6", "6", "6", "pcs"]         # safety stock only
    proposals = by_sku(mrp.proposals_model)
    assert mrp.proposals_model.checked == [True] * 7
    assert cells(mrp.proposals_model, proposals["WD-1"]) == [
        "Buy", "WD-1 — Oak board", "20.000", "kg", (date.today() + timedelta(days=7)).isoformat(),
        (date.today() + timedelta(days=2)).isoformat(), "Timber & Co", "2.10 USD"]
    assert cells(mrp.proposals_model, proposals["FRM"])[:3] == ["Make", "FRM — Table frame", "4"]
    assert cells(mrp.proposals_model, proposals["GL-1"])[6] == "none: will be skipped"
    qtmodeltester.check(mrp.lines_model)
    qtmodeltester.check(mrp.proposals_model)
    mrp.grab().save("/tmp/prod_mrp.png")

    # Paint is bought elsewhere this time: the planner unchecks it (Space on its row).
    with qtbot.waitActive(page):
        page.activateWindow()
    mrp.proposals_view.setFocus()
    mrp.proposals_view.setCurrentIndex(mrp.proposals_model.index(proposals["PT-1"], 0))
    qtbot.keyClick(mrp.proposals_view, Qt.Key.Key_Space)
    assert mrp.proposals_model.index(proposals["PT-1"], 0).data(Qt.ItemDataRole.CheckStateRole) \
        == Qt.CheckState.Unchecked
    assert [p.sku for p in mrp.proposals_model.chosen()].count("PT-1") == 0
    qtbot.mouseClick(mrp.create_button, Qt.MouseButton.LeftButton)
    assert mrp.result_label.text() == ("2 production orders and 2 purchase orders created; 1 item has no supplier: "
                                       "Glue (set one on the product's Suppliers tab).")
    assert not mrp.create_button.isEnabled() and mrp.proposals_model.applied
    assert mrp.stale_label.isVisible()

    made = ws.s.production.list_orders(status="planned")
    assert sorted((o.sku, o.quantity) for o in made) == [("FRM", D(4)), ("LEG", D(18)), ("TBL", D(4))]
    orders = ws.s.documents.list_documents(doc_type="purchase_order")
    assert len(orders) == 2 and {o.status for o in orders} == {"draft"}
    lines_by_supplier = {o.client_name: sorted((ln.sku, ln.quantity) for ln in
                                               ws.s.documents.load_document(o.id).lines) for o in orders}
    assert lines_by_supplier == {"Timber & Co": [("SC-1", D(36)), ("WD-1", D(20))],
                                 "رنگ‌سازی البرز": [("VR-2", D(6))]}
    # Paint was left out; glue has no supplier: neither was ordered.
    assert page.plan.model.rowCount() == 3          # the Plan tab followed the new orders
    mrp.grab().save("/tmp/prod_mrp_created.png")


def test_nothing_to_make_or_buy_is_said_with_the_date(qtbot, ui_services, tasks):
    mrp = MrpView(ui_services, tasks)
    qtbot.addWidget(mrp)
    mrp.resize(1100, 420)
    mrp.show()
    qtbot.mouseClick(mrp.calculate_button, Qt.MouseButton.LeftButton)
    horizon = (date.today() + timedelta(days=30)).isoformat()
    assert mrp.stack.currentWidget() is mrp.empty
    assert mrp.empty.text().startswith(f"Nothing to make or buy up to {horizon}.")
    assert not mrp.create_button.isEnabled()
    qtbot.wait(1)
    mrp.grab().save("/tmp/prod_mrp_empty.png")


def test_everything_covered_shows_the_netting_and_says_nothing_is_needed(qtbot, ws, tasks):
    ws.stock_materials()
    ws.posted("receipt", [(ws.frame, 4, "9"), (ws.varnish, 10, "14")])
    mrp = MrpView(ws.s, tasks)
    qtbot.addWidget(mrp)
    mrp.show()
    mrp.calculate()
    assert mrp.stack.currentWidget() is mrp.results_page
    assert mrp.proposals_stack.currentWidget() is mrp.no_proposals
    assert "Nothing to make or buy up to" in mrp.no_proposals.text()
    assert by_sku(mrp.lines_model).keys() >= {"FRM", "PT-1"} and not mrp.create_button.isEnabled()


def test_calculate_runs_off_the_gui_thread_with_a_busy_indicator(qtbot, ws):
    runner = TaskRunner()
    mrp = MrpView(ws.s, runner)
    qtbot.addWidget(mrp)
    mrp.show()
    qtbot.waitUntil(lambda: mrp.warehouse_combo.count() == 3)
    mrp.warehouse_combo.setCurrentIndex(mrp.warehouse_combo.findText("Main"))
    mrp.calculate()
    assert mrp.busy and mrp.busy_label.isVisible() and not mrp.calculate_button.isEnabled()
    qtbot.waitUntil(lambda: not mrp.busy, timeout=10_000)
    assert mrp.calculate_button.isEnabled() and mrp.proposals_model.rowCount() == 7
    runner.wait_idle()
