"""A Persian user who chose the Solar Hijri calendar runs reports for "this month" and "this quarter" and
gets Jalali months (Azar, not December), rows by Jalali month named in Persian, and the funnel's forecast
by Jalali month."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import calendars as cal
from app.services.calendars import JALALI
from app.services.funnel import DealForm
from app.ui import calendars
from app.ui.funnel.money import format_money
from app.ui.text import strip_isolates
from tests.ui.test_funnel_list_and_reports import team, workspace  # noqa: F401  (fixtures)
from tests.ui.test_jalali import jalali, persian  # noqa: F401  (fixtures)
from tests.ui.test_reports_ui import LAST_MONTH, MONTH, cells, choose, screen, shop  # noqa: F401  (fixtures)

ONE_DAY = timedelta(days=1)


def test_this_month_and_this_quarter_are_jalali_in_the_reports_screen(qtbot, jalali, screen):  # noqa: F811
    today = date.today()
    picker = screen.period
    choose(qtbot, picker.kind_combo, "This quarter")
    choose(qtbot, picker.kind_combo, "This month")
    assert picker.dates() == (cal.month_start(today, JALALI), cal.month_end(today, JALALI))
    assert cal.parts(picker.dates()[0], JALALI)[2] == 1
    # Qt's Jalali calendar (what the date fields show) agrees: the 1st to the last of one Jalali month.
    first, last = calendars.parts(picker.dates()[0]), calendars.parts(picker.dates()[1])
    assert first[2] == 1 and first[:2] == last[:2] and calendars.parts(picker.dates()[1] + ONE_DAY)[2] == 1
    assert picker.from_edit.text() == f"{first[0]:04d}/{first[1]:02d}/01"
    # The report ran for that month, compared with the Jalali month before it.
    assert screen.result.period.start == cal.month_start(today, JALALI)
    assert screen.result.previous.period.end == cal.month_start(today, JALALI) - ONE_DAY
    choose(qtbot, picker.kind_combo, "This quarter")
    start, end = picker.dates()
    assert (start, end) == cal.quarter_bounds(today, JALALI)
    assert cal.parts(start, JALALI)[1] in (1, 4, 7, 10) and cal.parts(end, JALALI)[1] == cal.parts(start, JALALI)[1] + 2
    choose(qtbot, picker.kind_combo, "This year")
    assert cal.parts(picker.dates()[0], JALALI)[1:] == (1, 1)                     # Nowruz


def test_the_gregorian_calendar_still_means_gregorian_months(qtbot, screen):  # noqa: F811
    choose(qtbot, screen.period.kind_combo, "This month")
    assert screen.period.dates() == (MONTH.start, MONTH.end)


def test_sales_by_jalali_month_in_persian(qtbot, persian, screen, shots):  # noqa: F811
    model = screen.model
    choose(qtbot, screen.group_combo, "Month")
    screen.period.set_period("custom", LAST_MONTH.start, MONTH.end, compare=False)
    screen.run()
    rows = [cells(model, r) for r in range(model.rowCount() - 1)]
    keys = [r.key for r in screen.result.rows]
    assert all(int(k[:4]) < 1700 for k in keys)                                   # Jalali months, '1405-09'
    # The current Jalali month's row is named as the planner titles it: 'آذر ۱۴۰۵'.
    assert calendars.month_title(date.today()) in [r[0] for r in rows]
    assert [r[0] for r in rows] == [calendars.month_key_title(k) for k in keys]
    assert model.index(0, 0).data() and not any(ch.isascii() and ch.isdigit() for ch in rows[0][0])
    screen.resize(1400, 860)
    screen.grab().save(str(shots / "jalali_reports_sales_by_month.png"))
    choose(qtbot, screen.period.kind_combo, "This month")
    assert screen.period.from_edit.text() == calendars.locale_digits(
        cal.format_date(cal.month_start(date.today(), JALALI), JALALI))
    screen.grab().save(str(shots / "jalali_reports_this_month.png"))


def test_the_funnel_forecast_by_jalali_month_in_persian(qtbot, persian, ui_services, workspace, team,  # noqa: F811
                                                        shots):
    # Carpets closes on 15 January 2030 (26 Dey 1408); Pumps on the 20th, which is 1 Bahman 1408, with Valves.
    ui_services.funnel.create_deal(DealForm(title="Rugs", client_id=team.clients["شرکت آریا"], amount=Decimal("400"),
                                            currency="USD", pipeline_id=team.pipeline.id,
                                            stage_id=team.stage["Lead"], expected_close=date(2030, 2, 19)))
    qtbot.mouseClick(workspace.view_button["forecast"], Qt.MouseButton.LeftButton)
    view = workspace.forecast_view
    view.currency_combo.setCurrentIndex(view.currency_combo.findText("USD"))
    texts = [[strip_isolates(t) for t in row] for row in view.model.texts()]
    # Dey: Carpets 1000 × 10 % = 100; Bahman: Pumps 3000 × 50 % = 1500 and Valves 500 × 50 % = 250;
    # Esfand (19 February 2030 is 1 Esfand 1408): Rugs 400 × 10 % = 40.
    assert [row[0] for row in texts[:-1]] == ["دی ۱۴۰۸", "بهمن ۱۴۰۸", "اسفند ۱۴۰۸"]
    usd = {n: format_money(Decimal(n), "USD") for n in ("100", "1500", "250", "1750", "40")}
    assert texts[0][1:] == [usd["100"], "", usd["100"]]
    assert texts[1][1:] == [usd["1500"], usd["250"], usd["1750"]]
    assert texts[2][-1] == usd["40"]
    assert view.bar_values() == [100.0, 1750.0, 40.0]
    workspace.grab().save(str(shots / "jalali_funnel_forecast.png"))
    # The board's "This month" filter is the Jalali month too: 5 Bahman 1408 → 1–30 Bahman.
    workspace.period_combo.setCurrentIndex(workspace.period_combo.findData("this_month"))
    assert workspace.close_range(date(2030, 1, 25)) == (date(2030, 1, 20), date(2030, 2, 18))


def test_goals_offer_jalali_quarters(qtbot, jalali, ui_services, tasks):  # noqa: F811
    from app.ui.goals.workspace import GoalsWorkspace, quarters_around

    quarters = quarters_around(date(2026, 12, 3))
    assert quarters[0] == ("1404 Q1", date(2025, 3, 21), date(2025, 6, 21))          # Farvardin–Khordad 1404
    assert ("1405 Q3", date(2026, 9, 23), date(2026, 12, 21)) in quarters             # Mehr–Azar 1405
    assert quarters[-1][2] == date(2028, 3, 19)                                      # 29 Esfand 1406
    ws = GoalsWorkspace(ui_services, tasks, today=date(2026, 12, 3))
    qtbot.addWidget(ws)
    assert ws.period_combo.currentText() == "1405 Q3"
