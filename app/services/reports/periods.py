"""Report periods in local calendar dates: today, this week, month, quarter or year, or custom dates; the
period to compare with; and the buckets (weeks or months) a period is split into.

The previous period of a calendar preset is the previous calendar unit (March is compared with February,
Q2 with Q1, 2026 with 2025, this week with last week, today with yesterday); a custom period is compared
with the same number of days just before it. Months, quarters, years and weeks are those of the calendar
the user chose (`calendar`: Gregorian, or Solar Hijri where a quarter is three Jalali months, a year starts
at Nowruz and a week on Saturday); the dates themselves are ordinary dates either way. Dates are the user's
local dates; datetime columns (stored in naive UTC) are compared with the UTC instants of local midnights
(`utc_bounds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.services import calendars as cal
from app.services.calendars import GREGORIAN
from app.services.errors import ValidationError
from app.services.i18n import msg

PERIOD_KINDS = ("today", "week", "month", "quarter", "year", "custom")
STEPS = ("week", "month")
MAX_DAYS = 366 * 20


@dataclass(frozen=True, slots=True)
class Period:
    """From `start` to `end`, both included."""

    start: date
    end: date
    kind: str = "custom"
    # The calendar its months (previous(), buckets()) are counted in: app.services.calendars.GREGORIAN or JALALI.
    calendar: str = GREGORIAN

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        start, end = cal.format_date(self.start, self.calendar), cal.format_date(self.end, self.calendar)
        return start if self.start == self.end else f"{start} – {end}"

    def previous(self) -> Period:
        """The period this one is compared with (see the module's doc)."""
        if self.kind in ("month", "quarter", "year"):
            return period_of(self.kind, today=self.start - timedelta(days=1), calendar=self.calendar)
        shift = timedelta(days=self.days)
        return Period(self.start - shift, self.end - shift, self.kind, self.calendar)


@dataclass(frozen=True, slots=True)
class Bucket:
    key: str
    label: str
    start: date
    end: date


def period_of(kind: str, *, today: date | None = None, start: date | None = None,
              end: date | None = None, calendar: str = GREGORIAN) -> Period:
    """The period a preset means on `today` (local date) in `calendar`, or the custom `start`–`end`. Raises
    ValidationError for an unknown kind or custom dates that are missing, reversed or span over 20 years."""
    today = today or date.today()
    cal.check_system(calendar)
    if kind == "today":
        return Period(today, today, "today", calendar)
    if kind == "week":
        first = cal.week_start(today, calendar)
        return Period(first, first + timedelta(days=6), "week", calendar)
    if kind == "month":
        return Period(cal.month_start(today, calendar), cal.month_end(today, calendar), "month", calendar)
    if kind == "quarter":
        return Period(*cal.quarter_bounds(today, calendar), "quarter", calendar)
    if kind == "year":
        return Period(*cal.year_bounds(today, calendar), "year", calendar)
    if kind != "custom":
        raise ValidationError({"period": msg("is one of {choices}", choices=', '.join(PERIOD_KINDS))})
    if start is None or end is None:
        raise ValidationError({"period": msg("a custom period needs both dates")})
    if end < start:
        raise ValidationError({"period": msg("ends before it starts")})
    if (end - start).days > MAX_DAYS:
        raise ValidationError({"period": msg("is at most 20 years long")})
    return Period(start, end, "custom", calendar)


def buckets(period: Period, step: str) -> list[Bucket]:
    """The weeks (Monday to Sunday; Saturday to Friday in the Solar Hijri calendar) or months of the period's
    calendar that cover the period, clipped to it. Keys are '2026-03' and '2026-W10', or '1405-01' and
    '1405-W01' (see app/services/calendars.py); labels are the same with, for a week, the first day in it."""
    if step not in STEPS:
        raise ValidationError({"step": msg("is one of {choices}", choices=', '.join(STEPS))})
    out: list[Bucket] = []
    day = period.start
    while day <= period.end:
        if step == "month":
            nxt = cal.add_months(day, 1, period.calendar)
            key = label = cal.month_key(day, period.calendar)
        else:
            nxt = cal.week_start(day, period.calendar) + timedelta(days=7)
            key = cal.week_key(day, period.calendar)
            label = f"{key} ({cal.format_date(day, period.calendar)})"
        end = min(nxt - timedelta(days=1), period.end)
        out.append(Bucket(key, label, day, end))
        day = nxt
    return out


def local_midnight_utc(day: date) -> datetime:
    """The naive UTC instant at which the local `day` begins (how stored timestamps are compared)."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def utc_bounds(period: Period) -> tuple[datetime, datetime]:
    """[start, end) of the period as naive UTC datetimes."""
    return local_midnight_utc(period.start), local_midnight_utc(period.end + timedelta(days=1))
