"""Report periods in local calendar dates: today, this week, month, quarter or year, or custom dates; the
period to compare with; and the buckets (weeks or months) a period is split into.

The previous period of a calendar preset is the previous calendar unit (March is compared with February,
Q2 with Q1, 2026 with 2025, this week with last week, today with yesterday); a custom period is compared
with the same number of days just before it. Dates are the user's local dates; datetime columns (stored
in naive UTC) are compared with the UTC instants of local midnights (`utc_bounds`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

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

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def previous(self) -> Period:
        """The period this one is compared with (see the module's doc)."""
        if self.kind == "month":
            return _month(_add_months(self.start, -1), "month")
        if self.kind == "quarter":
            return _quarter(_add_months(self.start, -3))
        if self.kind == "year":
            return Period(date(self.start.year - 1, 1, 1), date(self.start.year - 1, 12, 31), "year")
        shift = timedelta(days=self.days)
        return Period(self.start - shift, self.end - shift, self.kind)


@dataclass(frozen=True, slots=True)
class Bucket:
    key: str
    label: str
    start: date
    end: date


def _add_months(day: date, months: int) -> date:
    n = day.year * 12 + day.month - 1 + months
    return date(n // 12, n % 12 + 1, 1)


def _month_end(day: date) -> date:
    return _add_months(day, 1) - timedelta(days=1)


def _month(day: date, kind: str) -> Period:
    first = day.replace(day=1)
    return Period(first, _month_end(first), kind)


def _quarter(day: date) -> Period:
    first = date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return Period(first, _month_end(_add_months(first, 2)), "quarter")


def period_of(kind: str, *, today: date | None = None, start: date | None = None,
              end: date | None = None) -> Period:
    """The period a preset means on `today` (local date), or the custom `start`–`end`. Raises
    ValidationError for an unknown kind or custom dates that are missing, reversed or span over 20 years."""
    today = today or date.today()
    if kind == "today":
        return Period(today, today, "today")
    if kind == "week":
        monday = today - timedelta(days=today.weekday())
        return Period(monday, monday + timedelta(days=6), "week")
    if kind == "month":
        return _month(today, "month")
    if kind == "quarter":
        return _quarter(today)
    if kind == "year":
        return Period(date(today.year, 1, 1), date(today.year, 12, 31), "year")
    if kind != "custom":
        raise ValidationError({"period": msg("is one of {choices}", choices=', '.join(PERIOD_KINDS))})
    if start is None or end is None:
        raise ValidationError({"period": msg("a custom period needs both dates")})
    if end < start:
        raise ValidationError({"period": msg("ends before it starts")})
    if (end - start).days > MAX_DAYS:
        raise ValidationError({"period": msg("is at most 20 years long")})
    return Period(start, end, "custom")


def buckets(period: Period, step: str) -> list[Bucket]:
    """The weeks (Monday to Sunday) or calendar months that cover the period, clipped to it."""
    if step not in STEPS:
        raise ValidationError({"step": msg("is one of {choices}", choices=', '.join(STEPS))})
    out: list[Bucket] = []
    day = period.start
    while day <= period.end:
        if step == "month":
            nxt = _add_months(day, 1)
            key = label = f"{day.year:04d}-{day.month:02d}"
        else:
            nxt = day - timedelta(days=day.weekday()) + timedelta(days=7)
            year, week, _ = day.isocalendar()
            key = f"{year:04d}-W{week:02d}"
            label = f"{key} ({day.isoformat()})"
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
