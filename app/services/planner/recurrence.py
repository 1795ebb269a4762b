"""When the next occurrence of a recurring task falls: a pure rule on local calendar dates.

Dates are the user's local dates (a task due at 09:00 local every Monday stays at 09:00 local across a
daylight-saving change); the services convert stored UTC times with `to_local` / `to_utc`.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.models.planner import Recurrence

MAX_INTERVAL = 366


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    kind: str = Recurrence.NONE
    interval: int = 1
    weekdays: frozenset[int] = frozenset()   # ISO weekdays, Monday = 1; weekly only
    until: date | None = None                # the last date an occurrence may fall on

    @classmethod
    def of(cls, kind: str, interval: int = 1, weekdays: str = "", until: date | None = None) -> RecurrenceRule:
        return cls(kind, interval, frozenset(int(d) for d in weekdays if d in "1234567"), until)


def _monday(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def _add_months(day: date, months: int, anchor_day: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day, last))


def next_occurrence(current: date, rule: RecurrenceRule, *, anchor: date | None = None) -> date | None:
    """The first date after `current` the rule gives, or None when the series ends (or does not recur).

    `anchor` is the series' first date: a monthly series started on the 31st falls on the last day of
    shorter months and comes back to the 31st after them; weekly intervals count weeks from the anchor's.
    """
    anchor = anchor or current
    interval = max(1, rule.interval)
    if rule.kind == Recurrence.DAILY:
        nxt = current + timedelta(days=interval)
    elif rule.kind == Recurrence.WEEKLY:
        days = rule.weekdays or frozenset({anchor.isoweekday()})
        first_week = _monday(anchor)
        nxt = current + timedelta(days=1)
        while not (nxt.isoweekday() in days and ((_monday(nxt) - first_week).days // 7) % interval == 0):
            nxt += timedelta(days=1)
    elif rule.kind == Recurrence.MONTHLY:
        months = (current.year - anchor.year) * 12 + current.month - anchor.month
        step = interval - months % interval if months >= 0 else interval
        nxt = _add_months(current, step, anchor.day)
    else:
        return None
    if rule.until is not None and nxt > rule.until:
        return None
    return nxt


def to_local(moment: datetime) -> datetime:
    """A stored naive-UTC time as naive local wall-clock time."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def to_utc(local: datetime) -> datetime:
    """Naive local wall-clock time as naive UTC (what is stored).

    A time that occurs twice (the hour repeated when clocks go back) is its first occurrence; a time the
    clocks skip (the gap when they go forward, e.g. 00:00 in Cairo on the last Friday of April) is taken as
    the moment after the gap, so a day's midnight stays on that day.
    """
    local = local.replace(tzinfo=None)
    first, second = (local.replace(fold=fold).astimezone(UTC).replace(tzinfo=None) for fold in (0, 1))
    if to_local(first) == local:
        return first
    if to_local(second) == local:
        return second
    return max(first, second)   # in the gap: the offset before it applies, i.e. the wall-clock after it


def next_due(due_at: datetime, rule: RecurrenceRule, *, anchor_due: datetime | None = None,
             all_day: bool = False) -> datetime | None:
    """The next occurrence's due time (naive UTC), or None.

    The time of day is the series' (its anchor's local wall-clock time; midnight for an all-day task), not
    the current occurrence's: an occurrence shifted by a daylight-saving gap does not shift the rest.
    """
    local = to_local(due_at)
    anchor_local = to_local(anchor_due) if anchor_due is not None else local
    day = next_occurrence(local.date(), rule, anchor=anchor_local.date())
    if day is None:
        return None
    return to_utc(datetime.combine(day, time() if all_day else anchor_local.time()))
