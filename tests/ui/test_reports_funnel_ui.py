"""A sales director opens Funnel conversion in the Reports area, picks the wholesale pipeline and March 2025,
reads the stage-to-stage conversion against the month before, looks at it by manager, moves the period to
February, exports it to Excel and PDF and keeps it as a preset (the hand-built history of
tests/unit/test_funnel_reports.py)."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt

from app.ui.reports import ReportsWorkspace
from tests.ui.test_document_settings import page_image
from tests.ui.test_reports_ui import cells, choose
from tests.unit.test_funnel_reports import office  # noqa: F401  (the fixture)


@pytest.fixture
def services(ui_services):
    return ui_services


@pytest.fixture
def database(sqlite_db):
    return sqlite_db


@pytest.fixture
def screen(qtbot, ui_services, tasks, office) -> ReportsWorkspace:  # noqa: F811
    w = ReportsWorkspace(ui_services, tasks)
    qtbot.addWidget(w)
    w.resize(1400, 860)
    w.show()
    names = [w.report_list.item(i).text() for i in range(w.report_list.count())]
    w.report_list.setCurrentRow(names.index("Funnel conversion"))
    return w


def period(screen, start: date, end: date) -> None:
    screen.period.from_edit.setDate(QDate(start))
    screen.period.to_edit.setDate(QDate(end))


def test_conversion_for_march_then_february_exported_and_kept(qtbot, screen, ui_services, tmp_path, shots,
                                                              qtmodeltester):
    assert screen.pipeline_combo.isVisible() and screen.manager_combo.isVisible()
    assert not screen.category_combo.isVisible() and screen.group_combo.currentText() == "Stage"
    choose(qtbot, screen.pipeline_combo, "Wholesale")
    period(screen, date(2025, 3, 1), date(2025, 3, 31))
    model = screen.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads == ["Stage", "Entered", "Moved on", "Conversion %", "Won", "Lost", "Win rate %",
                     "Previous: Entered", "Change %"]
    assert cells(model, 0) == ["Lead", "6", "4", "66.70", "1", "1", "50.00", "3", "+100.0"]
    assert cells(model, 3) == ["Won", "1", "0", "", "1", "0", "100.00", "0", ""]
    assert cells(model, 5) == ["Total", "9", "", "", "1", "2", "33.30", "3", "+200.0"]
    assert screen.title_label.text().startswith("Funnel conversion · 2025-03-01 – 2025-03-31 (vs ")
    qtmodeltester.check(model)
    # The chart: deals entering each stage, March beside the 31 days before.
    assert screen.chart.categories == ["Lead", "Proposal", "Negotiation", "Won", "Lost"]
    assert list(screen.chart.series_values.values()) == [[6.0, 5.0, 2.0, 1.0, 2.0], [3.0, 2.0, 0.0, 0.0, 0.0]]
    screen.grab().save(str(shots / "reports_funnel_conversion.png"))

    choose(qtbot, screen.group_combo, "Manager")
    assert cells(model, 0)[:6] == ["Olga Sidorova", "5", "1", "1", "50.00", "20.00"]
    assert [cells(model, r)[0] for r in range(model.rowCount())] == ["Olga Sidorova", "Boris Ivanov",
                                                                     "(no manager)", "Total"]
    screen.grab().save(str(shots / "reports_funnel_conversion_by_manager.png"))
    choose(qtbot, screen.group_combo, "Stage")

    # February: three deals entered Lead, two Proposal, nothing closed.
    period(screen, date(2025, 2, 1), date(2025, 2, 28))
    assert [cells(model, r)[:2] for r in range(2)] == [["Lead", "3"], ["Proposal", "2"]]
    assert cells(model, model.rowCount() - 1)[:7] == ["Total", "3", "", "", "0", "0", ""]

    xlsx = tmp_path / "conversion.xlsx"
    screen.save_path_dialog = lambda _p, suggested, kind: str(xlsx) if kind == "xlsx" else str(tmp_path / "conv")
    qtbot.mouseClick(screen.excel_button, Qt.MouseButton.LeftButton)
    assert screen.status_label.text() == f"Saved {xlsx}"
    sheet = load_workbook(xlsx).active
    assert sheet["A1"].value.startswith("Funnel conversion, 2025-02-01 – 2025-02-28")
    assert [c.value for c in sheet[3]][:4] == ["Lead", 3, 3, 100] and sheet["B3"].data_type == "n"
    qtbot.mouseClick(screen.pdf_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "conv.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    page = page_image(pdf.read_bytes())
    assert not page.isNull()
    page.save(str(shots / "reports_funnel_pdf.png"))

    screen.preset_name_dialog = lambda _parent, _suggested: "Wholesale in February"
    qtbot.mouseClick(screen.save_preset_button, Qt.MouseButton.LeftButton)
    [preset] = ui_services.reports.list_presets("funnel_conversion")
    assert preset.params.pipeline_id is not None and preset.params.start == date(2025, 2, 1)
    choose(qtbot, screen.pipeline_combo, "All pipelines")
    choose(qtbot, screen.period.kind_combo, "This year")
    # This year only the retail counter sale came in (wholesale's history is 2025's).
    assert [cells(model, r)[:2] for r in range(model.rowCount())] == [["Call", "1"], ["Won", "0"], ["Lost", "0"],
                                                                      ["Total", "1"]]
    choose(qtbot, screen.preset_combo, "Wholesale in February")
    assert screen.pipeline_combo.currentText() == "Wholesale" and cells(model, 0)[:2] == ["Lead", "3"]
