"""Months, quarters, years and weeks in either calendar (app/services/calendars.py) and the report periods
built on them: a Persian user's "this month" is the Jalali month, a quarter three Jalali months, a year from
Nowruz to the end of Esfand; a Gregorian user's stay as they were."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services import calendars as cal
from app.services.calendars import GREGORIAN, JALALI
from app.services.dashboard import period_of as dashboard_period
from app.services.funnel.filters import ClosePeriod, close_period
from app.services.reports.periods import buckets, period_of

# jdatetime reaches from 1 AP (622) to 9377 AP; Karavan's dates are far inside.
days = st.dates(min_value=date(700, 1, 1), max_value=date(9000, 12, 31))
systems = st.sampled_from([GREGORIAN, JALALI])


@given(days, systems)
def test_a_day_lies_in_its_month_quarter_year_and_week(day, system):
    assert cal.month_start(day, system) <= day <= cal.month_end(day, system)
    assert cal.parts(cal.month_start(day, system), system)[2] == 1
    first, last = cal.quarter_bounds(day, system)
    assert first <= day <= last
    start, end = cal.year_bounds(day, system)
    assert start <= day <= end
    assert cal.parts(start, system)[1:] == (1, 1)
    assert cal.week_start(day, system) <= day < cal.week_start(day, system) + timedelta(days=7)


@given(days, systems)
def test_consecutive_months_tile_the_line_without_gaps_or_overlaps(day, system):
    this_end = cal.month_end(day, system)
    next_start = cal.add_months(day, 1, system)
    assert next_start == this_end + timedelta(days=1)
    assert cal.add_months(next_start, -1, system) == cal.month_start(day, system)
    y, m, _ = cal.parts(day, system)
    assert (this_end - cal.month_start(day, system)).days + 1 == cal.days_in_month(y, m, system)


@given(days)
def test_a_jalali_quarter_is_three_jalali_months(day):
    first, last = cal.quarter_bounds(day, JALALI)
    y, m, _ = cal.parts(first, JALALI)
    assert m in (1, 4, 7, 10)                                   # Farvardin, Tir, Mehr, Dey
    assert cal.add_months(first, 3, JALALI) == last + timedelta(days=1)
    assert cal.parts(last, JALALI)[:2] == (y, m + 2)
    assert cal.quarter_of(day, JALALI) == (y, (m - 1) // 3 + 1)


@given(st.integers(min_value=1200, max_value=1500))
def test_esfand_has_30_days_in_a_leap_year_and_29_otherwise(year):
    leap = (cal.from_jalali(year + 1, 1, 1) - cal.from_jalali(year, 1, 1)).days == 366
    assert cal.days_in_month(year, 12, JALALI) == (30 if leap else 29)
    assert cal.month_end(cal.from_jalali(year, 12, 1), JALALI) == cal.from_jalali(year + 1, 1, 1) - timedelta(days=1)
    with pytest.raises(ValueError):
        cal.from_jalali(year, 12, 31)


def test_known_jalali_months_and_years():
    # 1403 is a leap year: 30 Esfand 1403 is 20 March 2025, Nowruz 1404 the 21st.
    assert cal.days_in_month(1403, 12, JALALI) == 30 and cal.days_in_month(1404, 12, JALALI) == 29
    assert cal.month_end(date(2025, 3, 1), JALALI) == date(2025, 3, 20)
    assert cal.year_bounds(date(2026, 12, 3), JALALI) == (date(2026, 3, 21), date(2027, 3, 20))
    assert cal.quarter_bounds(date(2026, 12, 3), JALALI) == (date(2026, 9, 23), date(2026, 12, 21))  # Mehr–Azar
    assert cal.add_months(date(2026, 3, 21), -1, JALALI) == date(2026, 2, 20)                       # 1 Esfand 1404
    assert cal.week_start(date(2026, 12, 3), JALALI) == date(2026, 11, 28)                          # a Saturday
    assert cal.month_key(date(2026, 3, 21), JALALI) == "1405-01" and cal.month_key(date(2026, 3, 21)) == "2026-03"
    assert cal.month_of_key("1405-01") == (1405, 1, JALALI) and cal.month_of_key("2026-03") == (2026, 3, GREGORIAN)
    assert cal.week_key(date(2026, 3, 21), JALALI) == "1405-W01"                    # Nowruz 1405 is a Saturday
    assert cal.week_key(date(2026, 3, 20), JALALI) == "1404-W52"
    with pytest.raises(ValueError):
        cal.month_start(date(2026, 1, 1), "julian")


def test_report_presets_in_the_jalali_calendar():
    day = date(2026, 12, 3)                                      # 12 Azar 1405, a Thursday
    month = period_of("month", today=day, calendar=JALALI)
    assert (month.start, month.end) == (date(2026, 11, 22), date(2026, 12, 21))   # 1–30 Azar
    assert (month.previous().start, month.previous().end) == (date(2026, 10, 23), date(2026, 11, 21))  # Aban
    quarter = period_of("quarter", today=day, calendar=JALALI)
    assert (quarter.previous().start, quarter.previous().end) == (date(2026, 6, 22), date(2026, 9, 22))  # Tir–Shahrivar
    year = period_of("year", today=day, calendar=JALALI)
    assert (year.previous().start, year.previous().end, year.previous().days) == (date(2025, 3, 21),
                                                                                   date(2026, 3, 20), 365)
    week = period_of("week", today=day, calendar=JALALI)
    assert (week.start, week.end) == (date(2026, 11, 28), date(2026, 12, 4))        # Saturday to Friday
    # Farvardin's previous month is Esfand of the year before, 30 days in leap 1403.
    farvardin = period_of("month", today=date(2025, 4, 1), calendar=JALALI).previous()
    assert (farvardin.start, farvardin.end, farvardin.days) == (date(2025, 2, 19), date(2025, 3, 20), 30)
    assert month.label() == "1405/09/01 – 1405/09/30"
    # Gregorian is still the default.
    assert (period_of("month", today=day).start, period_of("month", today=day).end) == (date(2026, 12, 1),
                                                                                         date(2026, 12, 31))


def test_report_buckets_follow_jalali_months_and_weeks():
    p = period_of("custom", start=date(2026, 3, 1), end=date(2026, 4, 30), calendar=JALALI)
    assert [(b.key, b.start, b.end) for b in buckets(p, "month")] == [
        ("1404-12", date(2026, 3, 1), date(2026, 3, 20)),        # the rest of Esfand 1404
        ("1405-01", date(2026, 3, 21), date(2026, 4, 20)),       # Farvardin
        ("1405-02", date(2026, 4, 21), date(2026, 4, 30))]       # the start of Ordibehesht
    weeks = buckets(period_of("custom", start=date(2026, 3, 19), end=date(2026, 4, 1), calendar=JALALI), "week")
    assert [(b.key, b.label, b.start, b.end) for b in weeks] == [
        ("1404-W52", "1404-W52 (1404/12/28)", date(2026, 3, 19), date(2026, 3, 20)),
        ("1405-W01", "1405-W01 (1405/01/01)", date(2026, 3, 21), date(2026, 3, 27)),
        ("1405-W02", "1405-W02 (1405/01/08)", date(2026, 3, 28), date(2026, 4, 1))]


@given(days.filter(lambda d: date(1900, 1, 1) <= d <= date(2100, 1, 1)),
       st.integers(min_value=1, max_value=30))
def test_jalali_month_buckets_tile_any_period(start, length):
    period = period_of("custom", start=start, end=start + timedelta(days=length * 10), calendar=JALALI)
    parts = buckets(period, "month")
    assert parts[0].start == period.start and parts[-1].end == period.end
    for a, b in zip(parts, parts[1:], strict=False):
        assert b.start == a.end + timedelta(days=1) and b.start == cal.month_start(b.start, JALALI)
    assert len({b.key for b in parts}) == len(parts)


def test_funnel_close_periods_and_the_dashboard_month_in_the_jalali_calendar():
    day = date(2026, 12, 3)
    assert close_period(ClosePeriod.THIS_MONTH, day, calendar=JALALI) == (date(2026, 11, 22), date(2026, 12, 21))
    assert close_period(ClosePeriod.NEXT_MONTH, day, calendar=JALALI) == (date(2026, 12, 22), date(2027, 1, 20))
    assert close_period(ClosePeriod.THIS_QUARTER, day, calendar=JALALI) == (date(2026, 9, 23), date(2026, 12, 21))
    assert close_period(ClosePeriod.THIS_MONTH, day) == (date(2026, 12, 1), date(2026, 12, 31))
    p = dashboard_period("month", day, calendar=JALALI)
    # 1–12 Azar against 1–12 Aban.
    assert (p.start, p.end, p.previous_start, p.previous_end) == (date(2026, 11, 22), day, date(2026, 10, 23),
                                                                  date(2026, 11, 3))
    week = dashboard_period("week", day, calendar=JALALI)
    assert (week.start, week.previous_start) == (date(2026, 11, 28), date(2026, 11, 21))


def test_a_jalali_months_sales_plan_is_taken_pro_rata_from_the_gregorian_months_plans_are_kept_in(services):
    # Plans stay per Gregorian month, as they are stored: Farvardin 1405 (21 March – 20 April 2026) takes
    # 11 of March's 31 days and 20 of April's 30: 310 × 11/31 + 300 × 20/30 = 110 + 200.
    services.goals.save_plans([(services.user_id, date(2026, 3, 1), "310"),
                               (services.user_id, date(2026, 4, 1), "300")])
    tile = services.dashboard.sales(period="month", today=date(2026, 4, 1), calendar=JALALI)
    assert (tile.period.start, tile.period.previous_start) == (date(2026, 3, 21), date(2026, 2, 20))
    assert tile.plan.plan == Decimal("310.00")
    assert tile.plan.plan_to_date == Decimal("120.00")                # 21–31 March and 1 April: 110 + 10
    assert services.dashboard.sales(period="month", today=date(2026, 4, 1)).plan.plan == Decimal("300.00")
