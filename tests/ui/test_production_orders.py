"""A production planner in the workshop (tests/unit/production_kit.py): plans a frame order in the dialog,
is warned that legs are short and releases anyway, completes an order in two goes and sees the stock, the
completions and the plan change; the plan marks short and overdue orders and filters them."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services.production import ProductionOrderForm
from app.ui.production.order_dialog import ProductionOrderDialog
from app.ui.production.order_prompts import CompleteQuantityDialog
from app.ui.production.orders_model import OVERDUE_TEXT, SHORT_BACKGROUND
from app.ui.production.plan import PlanView
from app.ui.text import strip_isolates
from tests.ui.typing_helpers import type_text
from tests.unit.production_kit import D, Workshop, bom
from tests.unit.test_stock_kit import product

PERSIAN_TABLE = "میز ناهارخوری بلوط با پایه‌های تراشیده و رویه‌ی روغن‌خورده"


@pytest.fixture
def ws(ui_services):
    return Workshop(ui_services)


def open_dialog(qtbot, ws, tasks, **kw) -> ProductionOrderDialog:
    dialog = ProductionOrderDialog(ws.s, tasks, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def plan_view(qtbot, ws, tasks) -> PlanView:
    view = PlanView(ws.s, tasks)
    qtbot.addWidget(view)
    view.resize(1320, 520)
    view.show()
    view.reload()
    return view


def pick_product(dialog: ProductionOrderDialog, text: str) -> None:
    """Type part of the SKU or name, then click the first hit in the popup."""
    combo = dialog.product_combo
    combo.lineEdit().clear()
    type_text(combo.lineEdit(), text)
    combo.search()
    hit = combo.product_completer.model().index(0, 0)
    combo.product_completer.activated[QModelIndex].emit(hit)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cells(model, row: int) -> list[str]:
    return [strip_isolates(model.index(row, c).data() or "") for c in range(model.columnCount())]


def column(model, title: str) -> int:
    return [c.title for c in model.columns].index(title)


def plan_rows(view: PlanView) -> dict[str, int]:
    return {view.model.row_at(i).number: i for i in range(view.model.rowCount())}


def order(ws, product_id, qty, **kw):
    return ws.s.production.create_order(ProductionOrderForm(product_id, quantity=str(qty),
                                                            component_warehouse_id=ws.main, **kw))


def on_hand(ws, product_id) -> Decimal:
    rows, _ = ws.s.stock.balances(product_id=product_id, warehouse_id=ws.main, limit=100)
    return sum((r.on_hand for r in rows), Decimal(0))


def test_release_warns_of_short_legs_and_releases_anyway(qtbot, ws, tasks, monkeypatch):
    ws.stock_materials()
    ws.posted("receipt", [(ws.leg, 40, "1.80")])
    dialog = open_dialog(qtbot, ws, tasks)
    assert dialog.windowTitle() == "New production order" and dialog.lines_empty.isVisible()
    qtbot.wait(1)
    dialog.grab().save("/tmp/prod_order_new.png")
    pick_product(dialog, "frame")
    assert dialog.bom_combo.currentText() == "v1 (active)" and dialog.unit_label.text() == "pcs"
    type_text(dialog.quantity_edit, "10")
    assert dialog.component_wh_combo.currentText() == "Main" and dialog.output_wh_combo.currentText() == "Main"
    click(qtbot, dialog.save_button)
    card = dialog.card
    assert card is not None and card.status == "planned" and card.number.startswith("MO-")
    # 10 frames: legs 10 × 4 × 1.10 = 44; screws 10 × 8 × 1.125 = 90; glue 0.5 kg
    assert [cells(dialog.lines_model, r)[:8] for r in range(3)] == [
        ["LEG", "Table leg", "4.4", "10", "44", "0", "44", "pcs"],
        ["SC-1", "Screw", "9", "12.5", "90", "0", "90", "pcs"],
        ["GL-1", "Glue", "0.05", "", "0.500", "0.000", "0.500", "kg"]]
    # Only legs are short: 44 needed, 40 there.
    assert dialog.shortage_view.isVisible() and cells(dialog.shortage_model, 0) == [
        "LEG — Table leg", "44", "40", "0", "4", "pcs"]
    assert dialog.lines_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.lines_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "Short in Main now" in strip_isolates(dialog.shortage_caption.text())
    qtbot.wait(1)
    dialog.grab().save("/tmp/prod_order_planned.png")

    boxes = []

    def answer(box):
        boxes.append((box.text(), box.informativeText()))
        box.show()
        qtbot.wait(1)
        box.grab().save("/tmp/prod_shortage.png")
        (box.cancel_button if len(boxes) == 1 else box.release_anyway_button).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    click(qtbot, dialog.release_button)                 # the first time the planner says Cancel
    assert len(boxes) == 1 and ws.s.production.load_order(card.id).status == "planned"
    text, table = boxes[0]
    assert f"{card.number} cannot be covered from Main now: 1 component is short." in text
    assert "Table leg (LEG)" in table
    assert [n in table for n in (">44<", ">40<", ">0<", "4 pcs")] == [True] * 4
    click(qtbot, dialog.release_button)                 # then: Release anyway
    assert len(boxes) == 2 and dialog.card.status == "released"
    assert ws.s.production.load_order(card.id).status == "released"
    assert "Released" in dialog.status_label.text()
    assert not dialog.release_button.isEnabled() and dialog.start_button.isEnabled()
    assert not dialog.quantity_edit.isEnabled() and dialog.start_edit.isEnabled()

    # Completing all ten needs 44 legs; 40 are there: nothing is posted, the stock error is said.
    dialog.ask_quantity = lambda _parent, _number, remaining, _unit: remaining
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    click(qtbot, dialog.complete_button)
    assert len(said) == 1 and "Table leg" in said[0] and "available 40" in said[0] and "requested 44" in said[0]
    assert dialog.card.status == "released" and on_hand(ws, ws.frame) == 0 and on_hand(ws, ws.leg) == 40


def test_validation_errors_stay_next_to_the_fields_with_what_was_typed(qtbot, ws, tasks):
    dialog = open_dialog(qtbot, ws, tasks)
    pick_product(dialog, "LEG")
    type_text(dialog.quantity_edit, "2.5")            # legs are counted in whole pieces
    dialog.end_edit.setDate(dialog.start_edit.date().addDays(-1))
    click(qtbot, dialog.save_button)
    assert dialog.card is None
    assert dialog.fields["quantity"].error.text() == "Must be a whole number of pcs"
    assert dialog.fields["planned_end"].error.text() == "Must not be before the start"
    assert dialog.quantity_edit.text() == "2.5"
    qtbot.wait(1)
    dialog.grab().save("/tmp/prod_order_errors.png")
    dialog.quantity_edit.clear()
    type_text(dialog.quantity_edit, "many")
    click(qtbot, dialog.save_button)
    assert dialog.fields["quantity"].error.text() == "Is not a number" and dialog.quantity_edit.text() == "many"
    # A product without a bill of materials is said at once.
    pick_product(dialog, "Screw")
    assert dialog.bom_combo.count() == 0 and "no bill of materials" in dialog.fields["bom_id"].error.text()


def test_a_stale_order_says_who_changed_it_and_reloads(qtbot, ws, tasks):
    card = order(ws, ws.leg, 3)
    dialog = open_dialog(qtbot, ws, tasks, order_id=card.id)
    ws.s.production.update_order(card.id, ProductionOrderForm(ws.leg, quantity="5", component_warehouse_id=ws.main),
                                 expected_version=card.version)
    dialog.notes_edit.setText("rush")
    click(qtbot, dialog.save_button)
    assert "changed this production order" in dialog.general_error.text() and dialog.reload_button.isVisible()
    assert dialog.notes_edit.text() == "rush"
    click(qtbot, dialog.reload_button)
    assert dialog.quantity_edit.text() == "5" and dialog.notes_edit.text() == "" and dialog.reload_button.isHidden()


def test_complete_partly_then_fully_posts_stock_and_moves_the_plan(qtbot, ws, tasks, monkeypatch):
    ws.stock_materials()
    ws.posted("receipt", [(ws.leg, 50, "1.80")])
    admin = ws.s.users.list_users()[0]
    card = order(ws, ws.frame, 10, planned_start=date.today(), planned_end=date.today() + timedelta(days=3),
                 responsible_id=admin.id, notes="for the showroom")
    plan = plan_view(qtbot, ws, tasks)
    assert cells(plan.model, plan_rows(plan)[card.number])[:6] == [
        card.number, "FRM — Table frame", "10 pcs", "", "Planned", "in stock"]
    dialog = open_dialog(qtbot, ws, tasks, order_id=card.id)
    assert dialog.product_combo.currentText() == "FRM · Table frame" and dialog.quantity_edit.text() == "10"
    assert dialog.responsible_combo.currentText() == "Anna Admin" and dialog.notes_edit.text() == "for the showroom"
    assert "Everything the order still needs is in Main" in strip_isolates(dialog.shortage_caption.text())
    assert not dialog.complete_button.isEnabled()
    click(qtbot, dialog.release_button)
    assert dialog.card.status == "released" and dialog.complete_button.isEnabled()

    asked = []

    def make(quantity: str | None):
        def run(box: CompleteQuantityDialog):
            asked.append(box.quantity_edit.text())
            if quantity is not None:
                box.quantity_edit.clear()
                type_text(box.quantity_edit, quantity)
            box.ok_button.click()
            return QDialog.DialogCode.Accepted
        return run
    monkeypatch.setattr(CompleteQuantityDialog, "exec", make("4"))
    click(qtbot, dialog.complete_button)
    assert asked == ["10"]                              # the default is all that is left
    done = dialog.card
    # 4/10 of each: legs 17.6 → 18 (32.40), screws 36 (3.60), glue 0.2 kg (1.00) = 37.00
    assert (done.status, done.done_quantity, done.cost_total) == ("in_progress", D(4), D("37.00"))
    assert "In progress" in dialog.status_label.text() and "4 of 10 pcs made" in dialog.status_label.text()
    assert on_hand(ws, ws.frame) == D(4) and on_hand(ws, ws.leg) == D(32)
    assert dialog.completions_view.isVisible()
    first = cells(dialog.completions_model, 0)
    assert first[0] == "4" and first[2] == "Anna Admin" and first[3].startswith("MC-") and first[4].startswith("MP-")
    assert first[5:] == ["37.00", "0.00", "9.25"]
    assert dialog.total_label.text() == "Total cost of the 4 pcs made: 37.00 (9.25 each)"
    assert dialog.close_order_button.isEnabled() and not dialog.cancel_order_button.isEnabled()
    row = plan_rows(plan)[card.number]
    assert cells(plan.model, row)[3:5] == ["4", "In progress"]   # the plan followed (tasks.changed)

    monkeypatch.setattr(CompleteQuantityDialog, "exec", make(None))  # accept the rest as proposed
    click(qtbot, dialog.complete_button)
    assert asked[-1] == "6"
    done = dialog.card
    assert (done.status, done.done_quantity, done.cost_total) == ("done", D(10), D("90.70"))
    assert on_hand(ws, ws.frame) == D(10) and on_hand(ws, ws.leg) == D(6) and on_hand(ws, ws.screw) == D(910)
    assert dialog.completions_model.rowCount() == 2
    assert cells(dialog.completions_model, 1)[5:] == ["53.70", "0.00", "8.95"]
    assert dialog.total_label.text() == "Total cost of the 10 pcs made: 90.70 (9.07 each)"
    assert [cells(dialog.lines_model, r)[5:7] for r in range(3)] == [["44", "0"], ["90", "0"], ["0.500", "0.000"]]
    buttons = (dialog.save_button, dialog.release_button, dialog.start_button, dialog.complete_button,
               dialog.close_order_button, dialog.cancel_order_button)
    assert not any(b.isEnabled() for b in buttons) and dialog.shortage_caption.isHidden()
    qtbot.wait(1)
    dialog.grab().save("/tmp/prod_order.png")

    assert card.number not in plan_rows(plan)          # "Open" is the default filter: done orders leave it
    plan.status_combo.setCurrentIndex(plan.status_combo.findData("done"))
    assert cells(plan.model, plan_rows(plan)[card.number])[3:6] == ["10", "Done", ""]


def test_close_a_partly_made_order_and_cancel_a_planned_one(qtbot, ws, tasks, monkeypatch):
    ws.stock_materials()
    first = order(ws, ws.leg, 5)
    card = ws.s.production.release_order(first.id, expected_version=first.version)
    dialog = open_dialog(qtbot, ws, tasks, order_id=card.id)
    dialog.ask_quantity = lambda *_a: "2"
    click(qtbot, dialog.complete_button)
    questions = []
    dialog.confirm = lambda _parent, text: questions.append(text) or True
    click(qtbot, dialog.close_order_button)
    assert questions == [f"Close {card.number} with 2 of 5 pcs made? The rest will not be made."]
    assert dialog.card.status == "done" and dialog.card.done_quantity == D(2)

    planned = order(ws, ws.leg, 3)
    other = open_dialog(qtbot, ws, tasks, order_id=planned.id)
    other.confirm = lambda _parent, text: questions.append(text) or False
    click(qtbot, other.cancel_order_button)             # "No": nothing changes
    assert ws.s.production.load_order(planned.id).status == "planned"
    other.confirm = lambda _parent, text: True
    click(qtbot, other.cancel_order_button)
    assert other.card.status == "cancelled" and "Cancelled" in other.status_label.text()
    assert not other.save_button.isEnabled() and not other.release_button.isEnabled()


def test_the_plan_marks_short_and_overdue_orders_and_filters(qtbot, ws, tasks, qtmodeltester):
    ws.stock_materials()
    ws.posted("receipt", [(ws.leg, 40, "1.80")])
    persian = product(ws.s, "DT-7", PERSIAN_TABLE, ws.pcs, kind="finished")
    bom(ws.s, persian, [(ws.leg, 4, 0), (ws.wood, "3.5", 5)])
    today = date.today()
    admin = ws.s.users.list_users()[0]
    frames = order(ws, ws.frame, 10, planned_start=today, planned_end=today + timedelta(days=2),
                   responsible_id=admin.id)
    legs = order(ws, ws.leg, 2, planned_start=today - timedelta(days=6), planned_end=today - timedelta(days=1))
    dining = order(ws, persian, 3, planned_start=today + timedelta(days=1), planned_end=today + timedelta(days=4))
    dropped = order(ws, ws.leg, 1, planned_start=today + timedelta(days=2))
    ws.s.production.cancel_order(dropped.id, expected_version=dropped.version)

    view = plan_view(qtbot, ws, tasks)
    qtmodeltester.check(view.model)
    rows = plan_rows(view)
    assert list(rows) == [legs.number, frames.number, dining.number]     # by planned start; cancelled not open
    assert view.count_label.text() == "3 orders"
    short = rows[frames.number]
    assert view.model.index(short, 1).data(Qt.ItemDataRole.BackgroundRole).color() == SHORT_BACKGROUND
    assert "1 component short" in view.model.index(short, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert cells(view.model, short)[5] == "1 short"
    assert view.model.index(short, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    late = rows[legs.number]
    assert view.model.index(late, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert view.model.index(late, 1).data(Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_TEXT
    assert cells(view.model, late)[4] == "Planned · overdue"
    assert "Overdue" in view.model.index(late, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert cells(view.model, rows[dining.number])[1] == f"DT-7 — {PERSIAN_TABLE}"
    qtbot.wait(1)
    view.grab().save("/tmp/prod_plan.png")

    type_text(view.search_edit, "frame")
    view.refresh()                                      # (the search timer, without waiting for it)
    assert list(plan_rows(view)) == [frames.number]
    view.search_edit.clear()
    type_text(view.search_edit, "میز")
    view.refresh()
    assert list(plan_rows(view)) == [dining.number]
    view.search_edit.clear()
    view.status_combo.setCurrentIndex(view.status_combo.findData("cancelled"))
    assert list(plan_rows(view)) == [dropped.number]
    assert cells(view.model, 0)[4] == "Cancelled"
    view.status_combo.setCurrentIndex(view.status_combo.findData(None))
    assert view.model.rowCount() == 4
    view.period_check.setChecked(True)
    view.from_edit.setDate(view.from_edit.date().fromString((today + timedelta(days=3)).isoformat(), "yyyy-MM-dd"))
    view.to_edit.setDate(view.to_edit.date().fromString((today + timedelta(days=10)).isoformat(), "yyyy-MM-dd"))
    assert list(plan_rows(view)) == [dining.number]      # the only one whose days reach past the 3rd day
    type_text(view.search_edit, "nothing like it")
    view.refresh()
    assert view.stack.currentWidget() is view.empty and view.empty.text() == "No production orders match the filters."

    # Enter and double-click open the order; Ctrl+N a new one.
    with qtbot.waitActive(view):
        view.activateWindow()
    opened = []
    view.dialog_factory = lambda *a, **kw: _Recorder(opened, kw)
    view.search_edit.clear()
    view.period_check.setChecked(False)
    view.status_combo.setCurrentIndex(0)
    assert view.select_order(frames.id)
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Return)
    view.view.doubleClicked.emit(view.model.index(plan_rows(view)[legs.number], 0))
    qtbot.keyClick(view.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert [kw.get("order_id") for kw in opened] == [frames.id, legs.id, None]


def test_empty_plan_says_how_to_start(qtbot, ui_services, tasks):
    view = PlanView(ui_services, tasks)
    qtbot.addWidget(view)
    view.resize(1100, 360)
    view.show()
    view.reload()
    assert view.stack.currentWidget() is view.empty
    assert view.empty.text().startswith("No open production orders.") and "Ctrl+N" in view.empty.text()
    qtbot.wait(1)
    view.grab().save("/tmp/prod_plan_empty.png")


def test_order_models_pass_the_model_tester(qtbot, ws, tasks, qtmodeltester):
    ws.stock_materials()
    ws.posted("receipt", [(ws.leg, 40, "1.80")])
    card = order(ws, ws.frame, 10)
    dialog = open_dialog(qtbot, ws, tasks, order_id=card.id)
    for model in (dialog.lines_model, dialog.shortage_model, dialog.completions_model):
        qtmodeltester.check(model)


class _Recorder:
    """Stands in for the dialog class: remembers how it was opened."""

    def __init__(self, opened: list, kw: dict):
        opened.append(kw)

    def setAttribute(self, *_a) -> None:
        pass

    def exec(self) -> int:
        return 0


def test_the_main_window_opens_the_production_area(qtbot, ws, tasks):
    from app.ui.main_window import MainWindow
    from app.ui.production import ProductionWorkspace

    order(ws, ws.frame, 2)
    admin = ws.s.users.list_users()[0]
    win = MainWindow(ws.s, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    win.show_area("production")
    page = win.workspaces.currentWidget()
    assert isinstance(page, ProductionWorkspace) and win.tabs.tabText(0) == "Production"
    assert [page.tabText(i) for i in range(page.count())] == ["Plan", "Bills of materials", "Requirements (MRP)"]
    qtbot.waitUntil(lambda: page.plan.model.rowCount() == 1)
    # Ctrl+N inside the plan plans an order (the File menu's Ctrl+N, a new client, works elsewhere).
    opened = []
    page.plan.dialog_factory = lambda *a, **kw: _Recorder(opened, kw)
    page.plan.view.setFocus()
    qtbot.keyClick(page.plan.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [{"parent": page.plan}] and win.tabs.count() == 1
    qtbot.wait(1)
    win.grab().save("/tmp/prod_main_window.png")
