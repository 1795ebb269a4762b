"""The Goals screen as a director sets the quarter's objectives: one with a key result counted from the
invoices and one checked in by hand, a check-in with a comment, progress against the pace; the sales plan
editor; the quarter review; the dashboard's "vs plan" and Goals tile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.services.goals import KeyResultForm, ObjectiveForm
from app.services.reports.periods import period_of
from app.ui.goals import GoalsWorkspace
from app.ui.goals.checkin_dialog import CheckInDialog
from app.ui.goals.objective_dialog import ObjectiveDialog
from app.ui.goals.plans_dialog import PlansDialog
from app.ui.goals.review_dialog import ReviewDialog
from tests.ui.test_dashboard import dashboard
from tests.unit.test_dashboard import invoice
from tests.unit.test_documents import client
from tests.unit.test_stock_kit import Shop

TODAY = date.today()
QUARTER = period_of("quarter", today=TODAY)


@pytest.fixture
def shop(ui_services):
    s = Shop(ui_services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    s.ararat = client(ui_services, "Ararat Trade")
    invoice(ui_services, s.ararat, [(s.chair, "Chair", 3, "50.00")], day=TODAY)      # 150.00 net (no VAT)
    return s


def goals_page(qtbot, ctx, tasks) -> GoalsWorkspace:
    page = GoalsWorkspace(ctx, tasks, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def opened(page, cls):
    dialogs = [d for d in page.findChildren(cls) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def lines(page) -> list[tuple[str, ...]]:
    m = page.model
    return [tuple(m.data(m.index(r, c)) for c in range(m.columnCount())) for r in range(m.rowCount())]


def select_line(page, title: str) -> None:
    for row, line in enumerate(page.model.lines):
        if (line.key_result.title if line.key_result else line.objective.title) == title:
            page.table.selectRow(row)
            return
    raise AssertionError(f"no line {title!r}")


def test_an_objective_with_a_metric_and_a_manual_key_result(qtbot, qtmodeltester, ui_services, tasks, shop, shots):
    page = goals_page(qtbot, ui_services, tasks)
    assert page.empty_label.isVisible() and page.period() == (QUARTER.start, QUARTER.end)
    qtbot.mouseClick(page.new_objective_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ObjectiveDialog)
    # Saving with nothing typed: each error under its field, nothing saved.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.fields["title"].error.text() == "Is required"
    assert dialog.editors[0].fields["target_value"].error.isVisible()
    qtbot.keyClicks(dialog.title, "Win the Caucasus market")
    first = dialog.editors[0]
    qtbot.keyClicks(first.title, "Net sales")
    first.kind.setCurrentIndex(first.kind.findData("metric"))
    first.metric_combo.setCurrentIndex(first.metric_combo.findData("revenue_invoiced"))
    assert first.manager.isEnabled() and not first.pipeline.isEnabled()
    qtbot.keyClicks(first.target, "600")
    qtbot.mouseClick(dialog.add_kr_button, Qt.MouseButton.LeftButton)
    second = dialog.editors[1]
    qtbot.keyClicks(second.title, "Sign distributors")
    assert not second.metric_combo.isEnabled()
    qtbot.keyClicks(second.target, "ten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and second.fields["target_value"].error.text() == "Is not a number"
    assert second.target.text() == "ten"                                  # what was typed stays
    dialog.grab().save(str(shots / "goals_objective_dialog.png"))
    second.target.clear()
    qtbot.keyClicks(second.target, "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtmodeltester.check(page.model)
    rows = lines(page)
    assert rows[0][0] == "Win the Caucasus market" and rows[0][1] == "Company"
    assert rows[1][0].strip() == "Net sales" and rows[1][2:5] == ("150.00 USD", "600.00 USD", "25.0 %")
    assert rows[2][0].strip() == "Sign distributors" and rows[2][4] == "0.0 %"

    select_line(page, "Sign distributors")
    assert page.check_in_button.isEnabled()
    qtbot.mouseClick(page.check_in_button, Qt.MouseButton.LeftButton)
    check = opened(page, CheckInDialog)
    check.value.clear()
    qtbot.keyClicks(check.value, "4")
    qtbot.keyClicks(check.comment, "Tbilisi and Yerevan signed")
    qtbot.mouseClick(check.save_button, Qt.MouseButton.LeftButton)
    assert not check.isVisible()
    qtbot.waitUntil(lambda: lines(page)[2][4] == "40.0 %")
    assert page.current_line().key_result.title == "Sign distributors"   # the selection is kept
    history = page.history_model
    qtmodeltester.check(history)
    assert [history.data(history.index(0, c)) for c in (1, 2, 3)] == ["Anna Admin", "4", "Tbilisi and Yerevan signed"]
    objective = page.model.lines[0].objective
    assert objective.progress_percent == ((objective.key_results[0].progress_percent + 40) / 2).quantize(
        objective.progress_percent)
    select_line(page, "Net sales")
    assert not page.check_in_button.isEnabled()                         # counted from the data
    assert "counted from the data" in page.history_title.text()
    page.grab().save(str(shots / "goals_screen.png"))

    review = page.open_review()
    assert isinstance(review, ReviewDialog)
    assert "2 key result(s)" in review.summary.text()
    top = review.model.item(0, 0)
    check_in_line = top.child(1, 0)
    assert check_in_line.child(0, 0).text().endswith("Anna Admin")
    assert check_in_line.child(0, 5).text() == "Tbilisi and Yerevan signed"
    review.grab().save(str(shots / "goals_review.png"))
    review.close()


def test_a_check_in_that_is_not_a_number_keeps_what_was_typed(qtbot, ui_services, tasks):
    ui_services.goals.save_objective(None, ObjectiveForm("Grow", QUARTER.start, QUARTER.end,
                                                         key_results=(KeyResultForm("Partners", "10"),)))
    page = goals_page(qtbot, ui_services, tasks)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    select_line(page, "Partners")
    dialog = page.check_in()
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "a few")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.fields["value"].error.text() == "Is not a number"
    assert dialog.value.text() == "a few"
    assert ui_services.goals.check_ins(page.current_line().key_result.id) == []
    dialog.close()


def test_editing_an_objective_keeps_its_key_results(qtbot, ui_services, tasks):
    ui_services.goals.save_objective(None, ObjectiveForm("Grow", QUARTER.start, QUARTER.end,
                                                         key_results=(KeyResultForm("Partners", "10"),)))
    page = goals_page(qtbot, ui_services, tasks)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    select_line(page, "Grow")
    qtbot.mouseClick(page.edit_objective_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ObjectiveDialog)
    assert dialog.title.text() == "Grow" and dialog.editors[0].target.text() == "10"
    dialog.editors[0].target.clear()
    qtbot.keyClicks(dialog.editors[0].target, "12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: lines(page)[1][3] == "12")


def test_the_plan_editor(qtbot, qtmodeltester, ui_services, tasks, shop, shots):
    page = goals_page(qtbot, ui_services, tasks)
    qtbot.mouseClick(page.plans_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, PlansDialog)
    dialog.resize(1100, 300)
    qtmodeltester.check(dialog.model)
    assert dialog.model.headerData(0, Qt.Orientation.Vertical) == "Anna Admin"
    month = TODAY.month - 1
    index = dialog.model.index(0, month)
    assert "Sold: 150.00 USD" in dialog.model.data(index, Qt.ItemDataRole.ToolTipRole)

    def type_into(text: str) -> None:
        dialog.table.setCurrentIndex(index)     # moving onto a cell opens its editor
        if dialog.table.state() != QAbstractItemView.State.EditingState:
            dialog.table.edit(index)
        editor = dialog.table.viewport().findChild(QLineEdit)
        assert editor is not None
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.state() != QAbstractItemView.State.EditingState)   # committed

    type_into("-300")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "marked red" in dialog.error.text() and dialog.model.data(index) == "-300"
    type_into("300")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ui_services.goals.plan_amount(TODAY.replace(day=1), TODAY.replace(day=1), manager_id=ui_services.user_id) \
        > 0
    assert dialog.model.data(index) == "300.00" and not dialog.model.edits
    assert dialog.model.data(dialog.model.index(0, 13)) == "150.00 USD"          # sold this year
    assert "50.0 %" in dialog.model.data(index, Qt.ItemDataRole.ToolTipRole)      # 150 of 300
    dialog.grab().save(str(shots / "goals_plans.png"))
    dialog.close()


def test_the_dashboard_shows_sales_against_the_plan_and_the_goals(qtbot, ui_services, tasks, shop, shots):
    ui_services.goals.save_plans([(ui_services.user_id, TODAY.replace(day=1), "300")])
    ui_services.goals.save_objective(None, ObjectiveForm("Win the Caucasus market", QUARTER.start, QUARTER.end,
                                                         key_results=(KeyResultForm("Net sales", "600", kind="metric",
                                                                                    metric="revenue_invoiced"),)))
    page = dashboard(qtbot, ui_services, tasks)
    sales = page.tiles["sales"]
    assert sales.plan.isVisible()
    assert sales.plan.text() == "vs plan: 50.0\u00a0% of 300.00 USD"
    assert sales.plan_pace.text().startswith("net sales 150.00 USD; ")
    goals = page.tiles["goals"]
    assert goals.lines[0].text().startswith("Win the Caucasus market — 25 %")
    assert not goals.empty.isVisible()
    page.grab().save(str(shots / "dashboard_goals.png"))


def test_the_goals_area_comes_after_reports_and_a_dashboard_tile_leads_there(qtbot, ui_services, tasks):
    from app.ui.main_window import MainWindow

    ui_services.goals.save_objective(None, ObjectiveForm("Grow", QUARTER.start, QUARTER.end,
                                                         key_results=(KeyResultForm("Partners", "10"),)))
    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    win.show()
    keys = [a.key for a in win.areas]
    assert keys.index("goals") == keys.index("reports") + 1
    dash = win.page("dashboard")
    qtbot.waitUntil(lambda: "goals" in dash.tiles and dash.tiles["goals"].state() == "ready")
    dash.tiles["goals"].activated.emit("goals")
    assert win.current_area() == "goals"
    page = win.workspaces.currentWidget()
    assert isinstance(page, GoalsWorkspace)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_deleting_an_objective_asks_first(qtbot, monkeypatch, ui_services, tasks):
    from PySide6.QtWidgets import QMessageBox

    ui_services.goals.save_objective(None, ObjectiveForm("Grow", QUARTER.start, QUARTER.end,
                                                         key_results=(KeyResultForm("Partners", "10"),)))
    page = goals_page(qtbot, ui_services, tasks)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    select_line(page, "Grow")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or answers.pop(0)))
    qtbot.mouseClick(page.delete_objective_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 2 and "Grow" in asked[0]
    qtbot.mouseClick(page.delete_objective_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_label.isVisible()


def test_a_sales_manager_sets_only_their_own_objectives(qtbot, ui_services, tasks):
    sam_id = ui_services.users.add_user("sam", full_name="Sam Seller", password="sam-pass-12", role="sales_manager").id
    sam = ui_services.as_user(sam_id)
    page = goals_page(qtbot, sam, tasks)
    assert not page.plans_button.isEnabled()                             # plans need the Settings edit right
    dialog = page.new_objective()
    assert [dialog.level.itemData(i) for i in range(dialog.level.count())] == ["person"]
    assert dialog.belongs.currentData() == sam_id and dialog.belongs.count() == 1
    qtbot.keyClicks(dialog.title, "My calls")
    qtbot.keyClicks(dialog.editors[0].title, "Calls")
    qtbot.keyClicks(dialog.editors[0].target, "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.model.data(page.model.index(0, 1)) == "Person: Sam Seller"
