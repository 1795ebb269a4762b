"""A director runs the sales report for this month, groups it by client, compares it with last month,
moves the period, exports it to Excel and PDF, keeps the settings as a preset and opens an empty report."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.services.documents.forms import DocumentForm, LineForm
from app.services.reports import period_of
from app.ui.reports import ReportsWorkspace
from app.ui.reports.table_model import ReportTableModel
from app.ui.text import strip_isolates
from tests.unit.test_documents import client, confirm
from tests.unit.test_stock_kit import Shop

MONTH = period_of("month")
LAST_MONTH = MONTH.previous()
LONG_PERSIAN = "شرکت بازرگانی و صنعتی پارس نوین اصفهان"


def invoice(ctx, client_id, lines, *, day=None):
    return confirm(ctx, ctx.documents.create_document(DocumentForm(
        doc_type="invoice", client_id=client_id, doc_date=day,
        lines=[LineForm(p, quantity=q, price=price) for p, q, price in lines])))


@pytest.fixture
def shop(ui_services):
    s = Shop(ui_services)
    s.buyer = client(ui_services, "Shiraz Trading")
    s.persian = client(ui_services, LONG_PERSIAN)
    invoice(ui_services, s.buyer, [(s.chair, 3, "1200"), (s.sugar, 2, "5")])          # 3 610.00
    invoice(ui_services, s.persian, [(s.chair, 10, "1250.50")])                         # 12 505.00
    invoice(ui_services, s.buyer, [(s.chair, 2, "1000")], day=LAST_MONTH.start + timedelta(days=9))  # 2 000.00
    return s


@pytest.fixture
def screen(qtbot, ui_services, tasks, shop) -> ReportsWorkspace:
    w = ReportsWorkspace(ui_services, tasks)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    return w


def cells(model, row: int) -> list[str]:
    return [strip_isolates(model.index(row, c).data() or "") for c in range(model.columnCount())]


def choose(qtbot, combo, text: str) -> None:
    """Step through a closed combo with the arrow keys, as a keyboard user does, until `text` shows."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_sales_report_by_client_compared_exported_and_kept_as_a_preset(qtbot, screen, tmp_path, shots, qtmodeltester,
                                                                       ui_services):
    assert screen.report_list.currentItem().text() == "Sales"
    model = screen.model
    assert screen.group_combo.currentText() == "Client"
    # This month, by product, against last month: 3 + 10 chairs in two invoices.
    choose(qtbot, screen.group_combo, "Product")
    assert cells(model, 0) == ["Chair (CH-1)", "2", "13", "16,105.00", "2,000.00", "+705.3"]
    assert cells(model, model.rowCount() - 1)[0] == "Total"
    choose(qtbot, screen.group_combo, "Client")
    assert [c for c in (model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount()))] == [
        "Client", "Documents", "Net sales", "Previous: Net sales", "Change %"]
    assert cells(model, 0) == [LONG_PERSIAN, "1", "12,505.00", "0.00", ""]
    assert cells(model, 1) == ["Shiraz Trading", "1", "3,610.00", "2,000.00", "+80.5"]
    assert cells(model, 2) == ["Total", "2", "16,115.00", "2,000.00", "+705.8"]
    assert model.index(0, 2).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    qtmodeltester.check(model)
    # The chart draws this month beside last month, one pair of bars per client.
    assert len(screen.chart.categories) == 2
    assert list(screen.chart.series_values.values()) == [[12505.0, 3610.0], [0.0, 2000.0]]
    screen.grab().save(str(shots / "reports_sales_by_client.png"))

    # Another period: last month only.
    screen.period.from_edit.setDate(QDate(LAST_MONTH.start))
    screen.period.to_edit.setDate(QDate(LAST_MONTH.end))
    assert screen.period.kind() == "custom"
    assert cells(model, 0)[:3] == ["Shiraz Trading", "1", "2,000.00"]
    assert model.rowCount() == 2
    assert list(screen.chart.series_values.values())[0] == [2000.0]

    # Back to this month; export to Excel and read it back.
    choose(qtbot, screen.period.kind_combo, "This month")
    xlsx = tmp_path / "sales.xlsx"
    screen.save_path_dialog = lambda _parent, suggested, kind: str(xlsx) if kind == "xlsx" else str(tmp_path / "sales")
    qtbot.mouseClick(screen.excel_button, Qt.MouseButton.LeftButton)
    assert screen.status_label.text() == f"Saved {xlsx}"
    rows = [[c.value for c in r] for r in load_workbook(xlsx).active.iter_rows()]
    assert rows[1] == ["Client", "Documents", "Net sales", "Previous period: Net sales", "Change %"]
    assert rows[2][:4] == [LONG_PERSIAN, 1, 12505, 0]
    assert rows[-1][:4] == ["Total", 2, 16115, 2000]
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "sales.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(shots / "reports_sales_pdf")],
                   check=True)

    # Keep it as a preset, move away, and re-run it in one choice.
    screen.preset_name_dialog = lambda _parent, _suggested: "Clients this month"
    qtbot.mouseClick(screen.save_preset_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in ui_services.reports.list_presets("sales")] == ["Clients this month"]
    assert ui_services.reports.list_presets("sales")[0].params.group_by == "client"
    choose(qtbot, screen.group_combo, "Product")
    choose(qtbot, screen.period.kind_combo, "This year")
    choose(qtbot, screen.preset_combo, "Clients this month")
    assert screen.group_combo.currentText() == "Client" and screen.period.kind() == "month"
    assert cells(model, 1)[0] == "Shiraz Trading"


def test_month_line_an_empty_report_and_the_cash_flow(qtbot, screen, shots):
    # Sales by month over the year: a line over the months.
    choose(qtbot, screen.group_combo, "Month")
    assert screen.chart.chart().series()[0].count() >= 1 or screen.result.previous is not None
    screen.period.compare_check.click()
    assert screen.result.previous is None
    assert screen.model.headerData(2, Qt.Orientation.Horizontal) == "Net sales"
    assert type(screen.chart.chart().series()[0]).__name__ == "QLineSeries"
    # Production: nothing made yet.
    screen.report_list.setCurrentRow(3)
    assert screen.report_list.currentItem().text() == "Production output and cost"
    assert screen.model.rowCount() == 0
    assert screen.empty_label.isVisible() and ": nothing between " in screen.empty_label.text()
    assert not screen.excel_button.isEnabled()
    screen.grab().save(str(shots / "reports_empty.png"))
    # The cash-flow forecast: open invoices, by month.
    screen.report_list.setCurrentRow(2)
    assert screen.step_combo.isVisible() and not screen.group_combo.isVisible()
    choose(qtbot, screen.period.kind_combo, "This year")
    assert screen.model.rowCount() > 52        # by week: every week of the year, then the totals
    choose(qtbot, screen.step_combo, "By month")
    total = cells(screen.model, screen.model.rowCount() - 1)
    # All three invoices are open: 3 610 + 12 505 this month and last month's 2 000 (due within the year, or
    # on the overdue row in January).
    assert total[0] == "Total" and total[3] == "18,115.00"
    assert screen.chart.categories[-1] == f"{MONTH.start.year}-12"
    screen.grab().save(str(shots / "reports_cash_flow.png"))


def test_model_of_no_result_is_empty(qtmodeltester):
    model = ReportTableModel()
    model.set_result(None)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_reports_replace_the_coming_later_page(qtbot, ui_services, tasks):
    from app.ui.main_window import MainWindow  # noqa: F401  (the area's builder is tested in test_main_window)

    assert date.today() >= MONTH.start


def test_gross_margin_with_persian_names_on_screen_and_in_the_pdf(qtbot, screen, shop, ui_services, tmp_path, shots):
    from tests.unit.test_documents import order
    from tests.unit.test_stock_kit import product

    table = product(ui_services, "FA-1", "میز ناهارخوری چوب گردو، ۶ نفره", shop.pcs)
    shop.posted("receipt", [(table, 5, "1000.00"), (shop.chair, 20, "700.00")])
    o = confirm(ui_services, order(shop, [(table, 2, "2500"), (shop.chair, 4, "1100")], client_id=shop.persian))
    confirm(ui_services, ui_services.documents.create_from(o.id, "waybill"))
    screen.report_list.setCurrentRow(1)
    choose(qtbot, screen.group_combo, "Product")
    # The table: 2 × 2 500 less 2 × 1 000; the chairs: 4 × 1 100 less 4 × 700.
    assert cells(screen.model, 0) == ["میز ناهارخوری چوب گردو، ۶ نفره (FA-1)", "5,000.00", "2,000.00", "3,000.00",
                                      "60.00", "0.00", ""]
    assert cells(screen.model, 1)[:5] == ["Chair (CH-1)", "4,400.00", "2,800.00", "1,600.00", "36.36"]
    assert cells(screen.model, 2)[:5] == ["Total", "9,400.00", "4,800.00", "4,600.00", "48.94"]
    screen.grab().save(str(shots / "reports_margin_persian.png"))
    pdf = tmp_path / "margin.pdf"
    screen.save_path_dialog = lambda _parent, _suggested, _kind: str(pdf)
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(shots / "reports_margin_pdf")],
                   check=True)


def test_a_report_on_screen_follows_changes_made_elsewhere(qtbot, screen, shop, ui_services, tasks):
    assert cells(screen.model, screen.model.rowCount() - 1)[2] == "16,115.00"
    invoice(ui_services, shop.buyer, [(shop.sugar, 1, "85")])
    tasks.notify_changed("document", [])
    assert cells(screen.model, screen.model.rowCount() - 1)[:3] == ["Total", "3", "16,200.00"]


def test_stock_movements_and_valuation(qtbot, screen, shop, ui_services, shots):
    from tests.unit.test_documents import order

    shop.posted("receipt", [(shop.chair, 20, "700.00")])
    o = confirm(ui_services, order(shop, [(shop.chair, 4, "1100")]))
    confirm(ui_services, ui_services.documents.create_from(o.id, "waybill"))
    screen.report_list.setCurrentRow(4)
    assert screen.warehouse_combo.isVisible() and screen.period.caption.text() == "Period:"
    assert cells(screen.model, 0) == ["Chair (CH-1, pcs)", "20", "14,000.00", "4", "2,800.00", "16", "11,200.00"]
    screen.grab().save(str(shots / "reports_stock_movements.png"))
    screen.report_list.setCurrentRow(5)
    assert screen.period.caption.text() == "At the end of:"
    assert cells(screen.model, 0) == ["Chair (CH-1) — Main", "16", "700.0000", "11,200.00"]


def test_manager_activity_and_lost_reasons_on_screen(qtbot, screen, ui_services, shots):
    from tests.unit.test_reports_activity import seed

    seed(ui_services, MONTH.start, LAST_MONTH.start)
    names = [screen.report_list.item(i).text() for i in range(screen.report_list.count())]
    screen.report_list.setCurrentRow(names.index("Manager activity"))
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1)
    heads = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert heads[:8] == ["Manager", "Calls", "Meetings", "E-mails", "Tasks done", "Deals won", "Won amount",
                         "Deals lost"]
    screen.grab().save(str(shots / "reports_manager_activity.png"))
    screen.report_list.setCurrentRow(names.index("Lost reasons"))
    qtbot.waitUntil(lambda: screen.model.rowCount() >= 1 and screen.model.headerData(
        0, Qt.Orientation.Horizontal) == "Reason")
    screen.grab().save(str(shots / "reports_lost_reasons.png"))


def test_a_report_cut_to_one_branch(qtbot, ui_services, tasks, shop, shots):
    north = ui_services.access.save_branch(None, name="North office")
    w = ReportsWorkspace(ui_services, tasks)   # made after the branch: the choice shows once branches exist
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    qtbot.waitUntil(lambda: w.branch_combo.count() == 2)
    assert w.branch_combo.isVisible()
    qtbot.waitUntil(lambda: w.model.rowCount() > 0)
    choose(qtbot, w.branch_combo, "North office")
    assert w.params().branch_id == north.id
    # The invoices were made before the branch existed: none belongs to North.
    qtbot.waitUntil(lambda: w.model.rowCount() == 0)
    w.grab().save(str(shots / "reports-cut-by-branch.png"))
