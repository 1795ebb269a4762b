"""Solar Hijri (Jalali) dates for printed documents and reports, without Qt: the conversion is jdatetime's
(a well-kept library of the Iranian calendar, including its 33-year leap cycle)."""

from __future__ import annotations

import re
from datetime import date, timedelta

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


# -- months, quarters and years in either calendar --------------------------------------------------------
# Report presets, report buckets, the funnel's forecast months, goals' quarters and the dashboard's "this
# month" follow the calendar the user chose: a Jalali month is Farvardin, Ordibehesht, …; a Jalali quarter is
# three of them (Farvardin–Khordad, Tir–Shahrivar, Mehr–Azar, Dey–Esfand); a Jalali year starts at Nowruz.

def check_system(system: str) -> str:
    """`system` when it is one of SYSTEMS; raises ValueError otherwise (a typo must not mean Gregorian)."""
    if system not in SYSTEMS:
        raise ValueError(f"unknown calendar {system!r}")
    return system


def parts(day: date, system: str = GREGORIAN) -> tuple[int, int, int]:
    """(year, month, day) of `day` in `system`."""
    if check_system(system) == JALALI:
        return to_jalali(day)
    return day.year, day.month, day.day


def from_parts(year: int, month: int, day: int, system: str = GREGORIAN) -> date:
    """The ordinary date of (year, month, day) in `system`; ValueError for a day that does not exist."""
    if check_system(system) == JALALI:
        return from_jalali(year, month, day)
    return date(year, month, day)


def days_in_month(year: int, month: int, system: str = GREGORIAN) -> int:
    """31, 30, 29 or 28: Farvardin–Shahrivar have 31 days, Mehr–Bahman 30, Esfand 29 (30 in a leap year)."""
    if check_system(system) == JALALI:
        if month <= 6:
            return 31
        if month <= 11:
            return 30
        return 30 if jdatetime.date(year, 1, 1).isleap() else 29
    return (date(year + month // 12, month % 12 + 1, 1) - date(year, month, 1)).days


def month_start(day: date, system: str = GREGORIAN) -> date:
    """The first day of the month `day` falls in."""
    return day - timedelta(days=parts(day, system)[2] - 1)


def month_end(day: date, system: str = GREGORIAN) -> date:
    """The last day of the month `day` falls in."""
    y, m, d = parts(day, system)
    return day + timedelta(days=days_in_month(y, m, system) - d)


def add_months(day: date, months: int, system: str = GREGORIAN) -> date:
    """The first day of the month `months` after (or, negative, before) the one `day` falls in."""
    y, m, _ = parts(day, system)
    index = y * 12 + m - 1 + months
    return from_parts(index // 12, index % 12 + 1, 1, system)


def quarter_bounds(day: date, system: str = GREGORIAN) -> tuple[date, date]:
    """(first day, last day) of the quarter — three months from the year's first — `day` falls in."""
    y, m, _ = parts(day, system)
    first = from_parts(y, (m - 1) // 3 * 3 + 1, 1, system)
    return first, add_months(first, 3, system) - timedelta(days=1)


def quarter_of(day: date, system: str = GREGORIAN) -> tuple[int, int]:
    """(year, quarter 1–4) `day` falls in."""
    y, m, _ = parts(day, system)
    return y, (m - 1) // 3 + 1


def year_bounds(day: date, system: str = GREGORIAN) -> tuple[date, date]:
    """(first day, last day) of the year `day` falls in: 1 January–31 December, or Nowruz to the end of Esfand."""
    y = parts(day, system)[0]
    return from_parts(y, 1, 1, system), from_parts(y + 1, 1, 1, system) - timedelta(days=1)


def month_key(day: date, system: str = GREGORIAN) -> str:
    """'2026-03', or '1405-01' in the Solar Hijri calendar: the month `day` falls in, sortable as text
    (a Jalali year is below 1700, a Gregorian one of Karavan's dates above it, so the two never meet)."""
    y, m, _ = parts(day, system)
    return f"{y:04d}-{m:02d}"


def month_of_key(key: str) -> tuple[int, int, str]:
    """(year, month, calendar) of a `month_key`: a year below 1700 is a Solar Hijri one. Raises ValueError."""
    year, month = (int(p) for p in key.split("-"))
    return year, month, JALALI if year < 1700 else GREGORIAN


def week_start(day: date, system: str = GREGORIAN) -> date:
    """The first day of the week `day` falls in: Monday, as Karavan always counted weeks, or Saturday in
    the Solar Hijri calendar, as the Iranian week runs (Saturday to Friday)."""
    first = 1 if check_system(system) == GREGORIAN else 6
    return day - timedelta(days=(day.isoweekday() - first) % 7)


def week_key(day: date, system: str = GREGORIAN) -> str:
    """'2026-W10' (ISO week), or '1405-W01' in the Solar Hijri calendar, where a week belongs to the year
    its Saturday is in and week 1 is the one starting on the year's first Saturday (the days of Nowruz
    before it end the previous year's last week)."""
    if check_system(system) == GREGORIAN:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    start = week_start(day, system)
    year = parts(start, system)[0]
    nowruz = from_parts(year, 1, 1, system)
    first = nowruz + timedelta(days=(6 - nowruz.isoweekday()) % 7)
    return f"{year:04d}-W{(start - first).days // 7 + 1:02d}"


# -- dates typed as text (imports) ---------------------------------------------------------------------------

_NATIVE_DIGITS = str.maketrans({**{chr(0x06F0 + i): str(i) for i in range(10)},
                                **{chr(0x0660 + i): str(i) for i in range(10)}})
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")


def western_digits(text: str) -> str:
    """Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII ones."""
    return text.translate(_NATIVE_DIGITS)


def parse_date_text(text: str) -> date:
    """A date written year first — '2030-05-31', '2030/05/31', or a Solar Hijri '1403/12/30' in any digits —
    as an ordinary date: a year below 1700 is a Solar Hijri one (no date Karavan keeps is near it), any other
    Gregorian. Raises ValueError for another shape or a day that does not exist (30 Esfand of a common year)."""
    match = _YEAR_FIRST.match(western_digits(text).strip())
    if match is None:
        raise ValueError(text)
    year, month, day = (int(g) for g in match.groups())
    return from_parts(year, month, day, JALALI if year < 1700 else GREGORIAN)
