"""Solar Hijri (Jalali) dates for printed documents and reports, without Qt: the conversion is jdatetime's
(a well-kept library of the Iranian calendar, including its 33-year leap cycle)."""

from __future__ import annotations

from datetime import date

import jdatetime

GREGORIAN, JALALI = "gregorian", "jalali"
SYSTEMS = (GREGORIAN, JALALI)


def to_jalali(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Solar Hijri calendar: date(2026, 3, 21) → (1405, 1, 1)."""
    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def from_jalali(year: int, month: int, day: int) -> date:
    """The ordinary date of a Solar Hijri (year, month, day); raises ValueError for a day that does not exist."""
    return jdatetime.date(year, month, day).togregorian()


def format_date(day: date, system: str = GREGORIAN) -> str:
    """'2026-12-03', or '1405/09/12' in the Solar Hijri calendar: the digits of documents, year first."""
    if system == JALALI:
        y, m, d = to_jalali(day)
        return f"{y:04d}/{m:02d}/{d:02d}"
    return day.isoformat()
