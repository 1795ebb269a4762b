"""The next-date rule of recurring tasks, checked as properties over many dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.services.planner import RecurrenceRule, next_occurrence

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
