"""The Solar Hijri calendar two ways: Qt's QCalendar (what screens show and date fields read) and jdatetime
(what documents print, app/services/calendars.py) must agree on every day, leap years included."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QCalendar, QDate

from app.services.calendars import JALALI, format_date, from_jalali, to_jalali

JALALI_QT = QCalendar(QCalendar.System.Jalali)


def qt_parts(day: date) -> tuple[int, int, int]:
    p = JALALI_QT.partsFromDate(QDate(day.year, day.month, day.day))
    return p.year, p.month, p.day


# Qt's Jalali calendar is arithmetic (Ahmad Birashk's 2820-year cycle, qjalalicalendar.cpp); jdatetime follows the
# leap years of the astronomical calendar Iran uses (the same as Borkowski's jalaali algorithm). From 1277 to
# 1436 AP (1898-03-21 to 2058-03-19) every day is the same in both; outside it, nine leap years sit a year apart.
AGREE_FROM, AGREE_TO = date(1898, 3, 21), date(2058, 3, 19)
LEAP_YEARS_APART = {1209: 1210, 1242: 1243, 1275: 1276,                      # Qt's leap year: jdatetime's
                    1437: 1436, 1470: 1469, 1503: 1502, 1536: 1535, 1565: 1564, 1569: 1568}


@given(st.dates(min_value=AGREE_FROM, max_value=AGREE_TO))
def test_qt_and_jdatetime_agree_on_every_day_from_1898_to_2058(day):
    assert qt_parts(day) == to_jalali(day)
    assert from_jalali(*to_jalali(day)) == day
    assert JALALI_QT.dateFromParts(*to_jalali(day)).toPython() == day


@given(st.dates(min_value=date(1800, 1, 1), max_value=date(2200, 12, 31)))
def test_from_1800_to_2200_each_round_trips_and_they_differ_only_around_the_leap_years_apart(day):
    assert from_jalali(*to_jalali(day)) == day
    assert JALALI_QT.dateFromParts(*qt_parts(day)).toPython() == day
    if qt_parts(day) != to_jalali(day):
        year = to_jalali(day)[0]
        assert not AGREE_FROM <= day <= AGREE_TO
        # the days between the two calendars' ends of a year whose leap day one of them moved
        assert any(year in (qt, jd, qt - 1, jd - 1) for qt, jd in LEAP_YEARS_APART.items())


def test_the_leap_years_the_two_place_apart():
    for qt_year, jd_year in LEAP_YEARS_APART.items():
        assert JALALI_QT.isLeapYear(qt_year) and not JALALI_QT.isLeapYear(jd_year)
        assert from_jalali(jd_year, 12, 30)
        with pytest.raises(ValueError):
            from_jalali(qt_year, 12, 30)


@pytest.mark.parametrize(("year", "leap"), [(1399, True), (1400, False), (1403, True), (1404, False),
                                           (1405, False), (1408, True)])
def test_leap_years_have_a_thirtieth_of_esfand(year, leap):
    assert JALALI_QT.isLeapYear(year) is leap
    assert JALALI_QT.daysInMonth(12, year) == (30 if leap else 29)
    assert JALALI_QT.dateFromParts(year, 12, 30).isValid() is leap


def test_the_last_days_of_leap_years_are_known_days():
    assert from_jalali(1403, 12, 30) == date(2025, 3, 20)
    assert from_jalali(1399, 12, 30) == date(2021, 3, 20)
    assert to_jalali(date(2025, 3, 20)) == (1403, 12, 30)
    assert qt_parts(date(2021, 3, 20)) == (1399, 12, 30)
    assert from_jalali(1408, 12, 30) == JALALI_QT.dateFromParts(1408, 12, 30).toPython()


def test_esfand_30_of_a_common_year_does_not_exist():
    with pytest.raises(ValueError):
        from_jalali(1404, 12, 30)
    assert not JALALI_QT.dateFromParts(1404, 12, 30).isValid()
    assert from_jalali(1404, 12, 29) == date(2026, 3, 20)


def test_nowruz_1405_is_the_21st_of_march_2026():
    assert from_jalali(1405, 1, 1) == date(2026, 3, 21)
    assert qt_parts(date(2026, 3, 21)) == (1405, 1, 1)
    assert format_date(date(2026, 3, 21), JALALI) == "1405/01/01"
