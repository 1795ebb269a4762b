"""A Persian user who chose the Solar Hijri calendar: types Jalali dates into date fields and gets ordinary
dates stored, reads Jalali dates in lists and labels, and pages the planner's month view by Jalali months."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit, QDialog

from app.services.planner import TaskForm, to_local, to_utc
from app.services.reports.periods import Period
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.dashboard.tiles import span_text
from app.ui.planner import PlannerWorkspace, TaskDialog
from app.ui.planner.calendar_view import MONTH, CalendarView
from app.ui.reports.format import period_text
from app.ui.text import day_month, format_time, locale_date, long_date, numeric_date
from app.ui.warehouse.clerk_lots import parse_expiry
from app.ui.warehouse.format import parse_date
from tests.ui.typing_helpers import type_text


@pytest.fixture
def jalali():
    """The Solar Hijri calendar chosen; Gregorian again afterwards, as every other test expects."""
    calendars.set_system(calendars.JALALI)
    yield
    calendars.set_system(calendars.GREGORIAN)


@pytest.fixture
def persian(jalali, qapp):
    """A Persian desktop: the fa_IR locale, right to left, Solar Hijri dates."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Persian, QLocale.Country.Iran))
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QLocale.setDefault(before)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def typed(qtbot, text: str, edit: QDateEdit | None = None) -> QDateEdit:
    """A date field as a screen makes it, focused (its year selected, as a click or Tab leaves it), then typed."""
    if edit is None:
        edit = QDateEdit(QDate(2026, 1, 5))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(edit)
        qtbot.addWidget(edit)
        edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    qtbot.keyClicks(edit, text)
    return edit


def test_esfand_30_of_a_leap_year_typed_is_stored_as_20_march_and_shown_as_typed(qtbot, jalali):
    edit = typed(qtbot, "1403/12/30")
    assert edit.date().toPython() == date(2025, 3, 20)
    assert edit.text() == "1403/12/30"
    assert edit.calendarWidget().calendar().name() == "Jalali"     # the popup pages Jalali months
    edit.setDate(QDate(2021, 3, 20))                                 # a stored date comes back
    assert edit.text() == "1399/12/30"


def test_esfand_30_of_a_common_year_cannot_be_typed(qtbot, jalali):
    # 1404 has 29 days in Esfand: no day of that month starts with "3" but day 3, so Qt takes the "3" as
    # day 03 and refuses the "0" that would make it 30.
    edit = typed(qtbot, "1404/12/30")
    assert edit.text() == "1404/12/03"
    assert edit.date().toPython() == date(2026, 2, 22)
    edit = typed(qtbot, "1404/12/29")
    assert edit.date().toPython() == date(2026, 3, 20)


def test_persian_digits_and_a_date_and_time_field(qtbot, persian):
    edit = QDateEdit(QDate(2026, 1, 5))
    setup_date_edit(edit)
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.activateWindow()
    edit.setFocus()
    edit.setSelectedSection(QDateEdit.Section.YearSection)
    type_text(edit, "۱۴۰۵/۰۱/۰۱")
    assert edit.date().toPython() == date(2026, 3, 21)
    assert edit.text() == "۱۴۰۵/۰۱/۰۱"
    moment = QDateTimeEdit()
    moment.setDisplayFormat("yyyy-MM-dd HH:mm")
    setup_date_edit(moment)
    assert moment.displayFormat() == "yyyy/MM/dd HH:mm"
    qtbot.addWidget(moment)
    typed(qtbot, "1403/12/30 14:35", moment)
    assert moment.dateTime().toPython().replace(second=0, microsecond=0) == datetime(2025, 3, 20, 14, 35)


def test_gregorian_fields_keep_their_format_and_take_a_typed_separator(qtbot):
    edit = typed(qtbot, "2025-03-20")
    assert (edit.displayFormat(), edit.text(), edit.date().toPython()) == ("yyyy-MM-dd", "2025-03-20", date(2025, 3, 20))


def test_dates_on_screen_read_in_the_solar_hijri_calendar(persian):
    nowruz = date(2026, 3, 21)
    assert locale_date(nowruz) == "۱۴۰۵/۱/۱"               # fa_IR's short format, yyyy/M/d
    assert numeric_date(nowruz) == "۱۴۰۵/۰۱/۰۱"
    assert long_date(date(2026, 12, 3)) == "پنجشنبه ۱۲ آذر ۱۴۰۵"
    assert day_month(date(2026, 12, 3)) == "۱۲ آذر"
    assert calendars.month_title(date(2026, 12, 3)) == "آذر ۱۴۰۵"
    assert format_time(datetime(2025, 3, 20, 12, 0)).startswith(numeric_date(to_local(datetime(2025, 3, 20, 12)).date()))
    assert locale_date(None) == numeric_date(None) == ""
    # the dashboard's "since" span and a report's period line
    assert span_text(date(2026, 11, 22), date(2026, 11, 28)) in ("۱ – ۷ آذر", "۱ – ۷ آذر ۱۴۰۵")   # year if not this one
    assert period_text(Period(date(2026, 2, 19), date(2026, 3, 21), "custom")) == "۱۴۰۴/۱۱/۳۰ – ۱۴۰۵/۰۱/۰۱"


def test_other_locales_show_jalali_dates_in_their_own_format(jalali):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("en_US"))
        assert locale_date(date(2025, 3, 20)) == "12/30/1403"    # a four-digit year: "12/30/03" would mislead
        assert calendars.month_title(date(2026, 12, 3)) == "Azar 1405"
        QLocale.setDefault(QLocale("ru_RU"))
        assert locale_date(date(2025, 3, 20)) == "30.12.1403"
    finally:
        QLocale.setDefault(before)


def test_typed_text_dates_are_read_in_the_chosen_calendar(jalali):
    assert parse_date("1403/12/30") == date(2025, 3, 20)
    assert parse_date("۱۴۰۵-۰۱-۰۱") == date(2026, 3, 21)
    assert parse_date("2030-05-31") == date(2030, 5, 31)        # an ISO date pasted in still means itself
    assert parse_expiry("14090310") == date(2030, 5, 31)
    assert parse_expiry("10.03.1409") == date(2030, 5, 31)
    with pytest.raises(ValueError):
        parse_date("1404/12/30")
    calendars.set_system(calendars.GREGORIAN)
    assert parse_date("2025-03-20") == date(2025, 3, 20)
    with pytest.raises(ValueError):
        parse_date("1403/12/30")


def test_a_task_due_on_nowruz_is_typed_in_jalali_saved_and_reopened(qtbot, ui_services, tasks, jalali):
    dialog = TaskDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.subject_edit, "Nowruz greetings to clients")
    typed(qtbot, "1405/01/01", dialog.date_edit)
    dialog.time_edit.setTime(time(10, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = ui_services.planner.load_task(dialog.saved.id)
    assert to_local(row.due_at) == datetime(2026, 3, 21, 10, 0)      # stored as the ordinary date
    again = TaskDialog(ui_services, tasks, task_id=row.id)
    qtbot.addWidget(again)
    assert again.date_edit.text() == "1405/01/01"


def test_the_month_view_follows_the_jalali_month(qtbot, ui_services, tasks, persian, shots):
    s = ui_services
    for day, hour, subject in ((date(2026, 11, 22), 10, "شروع آذر: تماس با آریا"), (date(2026, 12, 3), 14, "Demo"),
                               (date(2026, 12, 21), 9, "پایان آذر")):
        s.planner.create_task(TaskForm(subject=subject, due_at=to_utc(datetime.combine(day, time(hour))),
                                       assignee_id=s.user_id, duration_minutes=60))
    ws = PlannerWorkspace(s, tasks)
    qtbot.addWidget(ws)
    ws.resize(1100, 720)
    ws.show()
    qtbot.waitUntil(lambda: ws.people_model.rowCount() > 0)
    ws.tabs.setCurrentIndex(1)
    ws.set_mode(MONTH)
    ws.go_to(date(2026, 12, 3))                         # 12 Azar 1405
    view: CalendarView = ws.calendar
    first, after = view.period()
    assert first == date(2026, 11, 21) and first.isoweekday() == 6      # the Persian week starts on Saturday
    cells = [first + timedelta(days=i) for i in range(42)]
    numbers = [view.day_number(d) for d in cells]
    assert numbers[:3] == ["۳۰", "۱", "۲"]                # 30 Aban, then 1 and 2 Azar
    assert cells[numbers.index("۱")] == date(2026, 11, 22)                  # 1 Azar 1405
    assert numbers[numbers.index("۱") + 29] == "۳۰" and cells[numbers.index("۱") + 29] == date(2026, 12, 21)
    assert ws.period_label.text() == "آذر ۱۴۰۵"
    assert {r.subject for r in view.tasks} >= {"شروع آذر: تماس با آریا", "Demo", "پایان آذر"}
    qtbot.waitUntil(lambda: len(view.blocks) >= 3)
    ws.grab().save(str(shots / "jalali_planner_month.png"))
    ws.step(+1)
    assert view.anchor == date(2026, 12, 22) and ws.period_label.text() == "دی ۱۴۰۵"      # 1 Dey 1405
    ws.step(-2)
    assert view.anchor == date(2026, 10, 23) and ws.period_label.text() == "آبان ۱۴۰۵"
    ws.set_mode("week")
    ws.go_to(date(2026, 12, 3))
    assert view.period()[0] == date(2026, 11, 28)                            # Saturday 7 Azar
    assert view._columns()[0][2] == "شنبه ۷ آذر"
    ws.grab().save(str(shots / "jalali_planner_week.png"))


def test_a_dialog_with_date_fields_in_persian(qtbot, ui_services, tasks, persian, shots):
    dialog = TaskDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate(2026, 12, 3))
    dialog.show()
    dialog.resize(640, 720)
    assert dialog.date_edit.text() == "۱۴۰۵/۰۹/۱۲"
    dialog.grab().save(str(shots / "jalali_task_dialog.png"))
    popup = dialog.date_edit.calendarWidget()
    popup.setSelectedDate(QDate(2026, 12, 3))
    popup.resize(320, 240)
    popup.grab().save(str(shots / "jalali_date_popup.png"))
    assert popup.calendar().name() == "Jalali"
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert popup.weekdayTextFormat(Qt.DayOfWeek.Friday).foreground() != popup.weekdayTextFormat(
        Qt.DayOfWeek.Saturday).foreground()                              # the Iranian weekend is Friday


def test_every_screen_that_makes_a_date_field_sets_it_up_for_the_chosen_calendar():
    """A new QDateEdit that skipped setup_date_edit would stay Gregorian for a Persian user."""
    import ast
    from pathlib import Path

    import app.ui

    makers = {"QDateEdit": "setup_date_edit", "QDateTimeEdit": "setup_date_edit",
              "QCalendarWidget": "setup_calendar_widget"}
    missing = []
    for path in Path(app.ui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        called = {node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                  for node in ast.walk(tree) if isinstance(node, ast.Call)}
        missing += [f"{path.name}: {maker} without {setup}" for maker, setup in makers.items()
                    if maker in called and setup not in called]
    assert missing == []
