"""The next-date rule of recurring tasks, checked as properties over many dates."""

from __future__ import annotations

import calendar
import os
import time
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.planner import RecurrenceRule, next_due, next_occurrence, to_local, to_utc

dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
intervals = st.integers(min_value=1, max_value=12)
weekday_sets = st.frozensets(st.integers(min_value=1, max_value=7), min_size=1)


def months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


@given(dates, intervals)
def test_daily_steps_by_the_interval(day, interval):
    assert next_occurrence(day, RecurrenceRule("daily", interval)) == day + timedelta(days=interval)


@given(dates, intervals, st.integers(min_value=0, max_value=40))
def test_monthly_keeps_the_anchor_day_or_the_last_day_of_a_shorter_month(anchor, interval, steps):
    rule = RecurrenceRule("monthly", interval)
    day = anchor
    for _ in range(steps % 15):
        nxt = next_occurrence(day, rule, anchor=anchor)
        assert months_between(day, nxt) == interval
        assert nxt.day == min(anchor.day, calendar.monthrange(nxt.year, nxt.month)[1])
        day = nxt


def test_monthly_on_the_31st_falls_on_the_last_day_and_comes_back():
    anchor = date(2031, 1, 31)
    rule = RecurrenceRule("monthly", 1)
    seen, day = [], anchor
    for _ in range(4):
        day = next_occurrence(day, rule, anchor=anchor)
        seen.append(day)
    assert seen == [date(2031, 2, 28), date(2031, 3, 31), date(2031, 4, 30), date(2031, 5, 31)]
    assert next_occurrence(date(2032, 1, 31), rule) == date(2032, 2, 29)   # leap year


@given(dates, weekday_sets, intervals)
def test_weekly_finds_the_first_chosen_weekday_of_an_active_week(anchor, weekdays, interval):
    rule = RecurrenceRule("weekly", interval, weekdays)
    nxt = next_occurrence(anchor, rule, anchor=anchor)
    assert nxt > anchor and nxt.isoweekday() in weekdays
    monday = anchor - timedelta(days=anchor.isoweekday() - 1)
    assert ((nxt - timedelta(days=nxt.isoweekday() - 1) - monday).days // 7) % interval == 0
    # Nothing qualifying was skipped.
    between = [anchor + timedelta(days=i) for i in range(1, (nxt - anchor).days)]
    active = [d for d in between if d.isoweekday() in weekdays
              and ((d - timedelta(days=d.isoweekday() - 1) - monday).days // 7) % interval == 0]
    assert active == []
    assert (nxt - anchor).days <= 7 * interval + 6


def test_weekly_on_monday_and_friday():
    rule = RecurrenceRule.of("weekly", 1, "15")
    assert next_occurrence(date(2030, 3, 4), rule) == date(2030, 3, 8)
    assert next_occurrence(date(2030, 3, 8), rule) == date(2030, 3, 11)
    every_other = RecurrenceRule.of("weekly", 2, "1")
    assert next_occurrence(date(2030, 3, 4), every_other, anchor=date(2030, 3, 4)) == date(2030, 3, 18)


@given(dates, st.sampled_from(["daily", "weekly", "monthly"]), intervals, st.integers(min_value=0, max_value=90))
def test_nothing_falls_after_the_until_date(day, kind, interval, days):
    until = day + timedelta(days=days)
    rule = RecurrenceRule(kind, interval, frozenset({day.isoweekday()}), until)
    nxt = next_occurrence(day, rule, anchor=day)
    unbounded = next_occurrence(day, RecurrenceRule(kind, interval, frozenset({day.isoweekday()})), anchor=day)
    assert nxt == (unbounded if unbounded <= until else None)


@given(dates)
def test_a_task_that_does_not_recur_has_no_next(day):
    assert next_occurrence(day, RecurrenceRule("none")) is None


# -- local time zones with daylight saving ---------------------------------------------------------------

@pytest.fixture
def local_zone():
    """Run the test in another local time zone (TZ), restored afterwards."""
    saved = os.environ.get("TZ")

    def use(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()
    yield use
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


def test_a_local_time_in_a_spring_gap_is_the_moment_after_it(local_zone):
    local_zone("Africa/Cairo")                      # 25 April 2025: 00:00 → 01:00
    midnight = datetime(2025, 4, 25)
    assert to_utc(midnight) == datetime(2025, 4, 24, 22, 0)
    assert to_local(to_utc(midnight)) == datetime(2025, 4, 25, 1, 0)      # on its own day, not on the 24th
    local_zone("Europe/Berlin")                     # 30 March 2025: 02:00 → 03:00; 26 October: 03:00 → 02:00
    assert to_local(to_utc(datetime(2025, 3, 30, 2, 30))) == datetime(2025, 3, 30, 3, 30)
    assert to_utc(datetime(2025, 10, 26, 2, 30)) == datetime(2025, 10, 26, 0, 30)   # the first of the two
    for moment in (datetime(2025, 3, 30, 1, 59), datetime(2025, 3, 30, 3, 0), datetime(2025, 7, 1, 12, 0)):
        assert to_local(to_utc(moment)) == moment


def test_a_daily_all_day_series_keeps_its_days_across_a_midnight_gap(local_zone):
    local_zone("Africa/Cairo")
    rule = RecurrenceRule("daily")
    first = to_utc(datetime(2025, 4, 23))
    due, days = first, []
    for _ in range(4):
        due = next_due(due, rule, anchor_due=first, all_day=True)
        days.append(to_local(due))
    assert [d.date() for d in days] == [date(2025, 4, 24), date(2025, 4, 25), date(2025, 4, 26), date(2025, 4, 27)]
    assert [d.hour for d in days] == [0, 1, 0, 0]   # 00:00 does not exist on the 25th: the day starts at 01:00


def test_a_series_keeps_its_time_of_day_after_a_gap(local_zone):
    local_zone("Europe/Berlin")
    rule = RecurrenceRule("daily")
    first = to_utc(datetime(2025, 3, 28, 2, 30))
    due, seen = first, []
    for _ in range(4):
        due = next_due(due, rule, anchor_due=first)
        seen.append(to_local(due))
    assert seen == [datetime(2025, 3, 29, 2, 30), datetime(2025, 3, 30, 3, 30), datetime(2025, 3, 31, 2, 30),
                    datetime(2025, 4, 1, 2, 30)]
