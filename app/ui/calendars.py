"""The calendar dates are shown and typed in: Gregorian, or the Solar Hijri (Jalali) calendar that Persian
users may choose in Settings. Dates are stored as ordinary dates whatever is chosen; only display and entry
follow this choice.

`set_system` is called once at start-up from the desktop's settings (app/ui/i18n.py); screens ask `qcalendar()`.
Every QDateEdit, QDateTimeEdit and QCalendarWidget goes through `setup_date_edit` / `setup_calendar_widget`,
and every date shown goes through the helpers here or in app/ui/text.py, so the choice reaches all of them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCalendar, QDate, QEvent, QLocale, QObject, Qt

GREGORIAN, JALALI = "gregorian", "jalali"
SYSTEMS = (GREGORIAN, JALALI)

# How a date is typed and shown in a date field in the Solar Hijri calendar: year first, as Iranians write it.
JALALI_FIELD_FORMAT = "yyyy/MM/dd"

_system = GREGORIAN


def set_system(name: str) -> None:
    """Use `name` (one of SYSTEMS) from now on; an unknown name means Gregorian."""
    global _system
    _system = name if name in SYSTEMS else GREGORIAN


def current_system() -> str:
    return _system


def is_jalali() -> bool:
    return _system == JALALI


def qcalendar() -> QCalendar:
    """The chosen calendar as Qt's QCalendar (for QLocale.toString, QDateEdit.setCalendar, …)."""
    return QCalendar(QCalendar.System.Jalali if _system == JALALI else QCalendar.System.Gregorian)


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- months and weeks in the chosen calendar ---------------------------------------------------------

def parts(day: date) -> tuple[int, int, int]:
    """(year, month, day) of an ordinary date in the chosen calendar."""
    if _system == GREGORIAN:
        return day.year, day.month, day.day
    p = qcalendar().partsFromDate(to_qdate(day))
    return p.year, p.month, p.day


def first_of_month(day: date) -> date:
    """The first day of the (chosen calendar's) month that `day` falls in."""
    return day - timedelta(days=parts(day)[2] - 1)


def first_of_year(day: date) -> date:
    """The first day of the (chosen calendar's) year `day` falls in: 1 January, or Nowruz (1 Farvardin)."""
    if _system == GREGORIAN:
        return day.replace(month=1, day=1)
    return qcalendar().dateFromParts(parts(day)[0], 1, 1).toPython()


def add_months(day: date, months: int) -> date:
    """The first day of the month `months` after (or before) the one `day` falls in."""
    if _system == GREGORIAN:
        index = day.year * 12 + day.month - 1 + months
        return date(index // 12, index % 12 + 1, 1)
    return first_of_month(QDate(first_of_month(day)).addMonths(months, qcalendar()).toPython())


def same_month(a: date, b: date) -> bool:
    return parts(a)[:2] == parts(b)[:2]


def week_start(day: date) -> date:
    """The first day of the week `day` falls in: Monday, as Karavan always had it, in the Gregorian calendar;
    the locale's first day in the Solar Hijri one (Saturday in Persian, as the Iranian week runs)."""
    first = 1 if _system == GREGORIAN else QLocale().firstDayOfWeek().value
    return day - timedelta(days=(day.isoweekday() - first) % 7)


# -- formatting ---------------------------------------------------------------------------------------

_TOKENS = re.compile(r"'(?:[^']|'')*'|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d")


def locale_digits(text: str, locale: QLocale | None = None) -> str:
    """ASCII digits written in the locale's own digits ('۱۴۰۳' in Persian, '١٤٠٣' in Arabic)."""
    zero = (locale or QLocale()).zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return "".join(chr(base + ord(ch) - 48) if "0" <= ch <= "9" else ch for ch in text)


def format_qdate(day: date | QDate, fmt: str, locale: QLocale | None = None, *, system: str | None = None) -> str:
    """`day` in a Qt date format ('d MMM yyyy', 'MMMM yyyy', …) and the chosen calendar (or `system`), in the
    locale's words and digits. (PySide6 has no QLocale.toString(QDate, format, QCalendar); this is it.)"""
    locale = locale or QLocale()
    qd = day if isinstance(day, QDate) else to_qdate(day)
    system = system or _system
    if system == GREGORIAN:
        return locale.toString(qd, fmt)
    cal = QCalendar(QCalendar.System.Jalali)
    p = cal.partsFromDate(qd)
    # A month named without a day ('MMMM yyyy') is the standalone form, as in a calendar's title.
    standalone = not re.search(r"(?<![a-zA-Z'])d{1,2}(?!d)", re.sub(r"'(?:[^']|'')*'", "", fmt))
    names = cal.standaloneMonthName if standalone else cal.monthName

    def token(match: re.Match) -> str:
        t = match.group(0)
        if t.startswith("'"):
            return t[1:-1].replace("''", "'") or "'"
        if t == "yyyy":
            return locale_digits(f"{p.year:04d}", locale)
        if t == "yy":
            return locale_digits(f"{p.year % 100:02d}", locale)
        if t in ("MMMM", "MMM"):
            kind = QLocale.FormatType.LongFormat if t == "MMMM" else QLocale.FormatType.ShortFormat
            return names(locale, p.month, p.year, kind)
        if t in ("MM", "M"):
            return locale_digits(f"{p.month:02d}" if t == "MM" else str(p.month), locale)
        if t in ("dddd", "ddd"):
            kind = QLocale.FormatType.LongFormat if t == "dddd" else QLocale.FormatType.ShortFormat
            return locale.dayName(qd.dayOfWeek(), kind)
        return locale_digits(f"{p.day:02d}" if t == "dd" else str(p.day), locale)

    return _TOKENS.sub(token, fmt)


def short_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format; with a four-digit year in the Solar Hijri calendar ('12/30/03' would
    read as nothing to anyone; Iranian forms write 1403)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if _system == JALALI and "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def month_title(day: date, locale: QLocale | None = None) -> str:
    """'December 2026', or 'آذر ۱۴۰۵' in Persian and the Solar Hijri calendar: the month `day` falls in."""
    locale = locale or QLocale()
    if _system == GREGORIAN:
        return f"{locale.standaloneMonthName(day.month)} {day.year}"
    return format_qdate(day, "MMMM yyyy", locale)


_MONTH_KEY = re.compile(r"^\d{4}-\d{2}$")
_WEEK_KEY = re.compile(r"^\d{4}-W\d{2}$")


def month_key_title(key: str, fmt: str = "MMMM yyyy", locale: QLocale | None = None) -> str:
    """A service's month key ('2026-03', or '1405-01' for a Solar Hijri month: see app/services/calendars.py)
    as the month's name and year in its own calendar ('Mar 2026', 'فروردین ۱۴۰۵')."""
    from app.services import calendars as service_calendars

    year, month, system = service_calendars.month_of_key(key)
    return format_qdate(service_calendars.from_parts(year, month, 1, system), fmt, locale, system=system)


def bucket_label(key: str, label: str, locale: QLocale | None = None) -> str:
    """A report row's label as shown: a Solar Hijri month bucket ('1405-01') by the month's name
    ('فروردین ۱۴۰۵'), a Solar Hijri week ('1405-W01 (1405/01/01)') in the locale's digits; anything else
    (Gregorian months and weeks, clients, products…) as the service named it."""
    if _MONTH_KEY.match(key) and int(key[:4]) < 1700:
        return month_key_title(key, "MMMM yyyy", locale)
    if _WEEK_KEY.match(key) and int(key[:4]) < 1700:
        return locale_digits(label, locale)
    return label


def bucket_short(key: str, locale: QLocale | None = None) -> str:
    """A period row's short name on a chart's axis: its key, a Solar Hijri month's by name ('فروردین ۱۴۰۵')
    and a Solar Hijri week's in the locale's digits."""
    if _MONTH_KEY.match(key) and int(key[:4]) < 1700:
        return month_key_title(key, "MMM yyyy", locale)
    if _WEEK_KEY.match(key) and int(key[:4]) < 1700:
        return locale_digits(key, locale)
    return key


# -- entry -------------------------------------------------------------------------------------------

_NATIVE_DIGITS = {**{chr(0x06F0 + i): str(i) for i in range(10)}, **{chr(0x0660 + i): str(i) for i in range(10)}}
_NUMERIC = re.compile(r"^\s*(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


def western_digits(text: str) -> str:
    """Persian (۰–۹) and Arabic-Indic (٠–٩) digits as ASCII ones."""
    return "".join(_NATIVE_DIGITS.get(ch, ch) for ch in text)


def parse_date(text: str) -> date | None:
    """A typed date, year first ('2026-03-21'; '1405/01/01' in the Solar Hijri calendar, in any digits), as an
    ordinary date; None for an empty text; ValueError for anything else or a day that does not exist.

    In the Solar Hijri calendar a year from 1700 on is read as Gregorian (no Solar Hijri year is near it), so
    an ISO date pasted from elsewhere still means what it says."""
    text = western_digits(text).strip()
    if not text:
        return None
    if _system == GREGORIAN:
        return date.fromisoformat(text)
    match = _NUMERIC.match(text)
    if match is None:
        raise ValueError(text)
    return from_parts(*(int(g) for g in match.groups()))


def from_parts(year: int, month: int, day: int) -> date:
    """The ordinary date of a typed year, month and day: in the chosen calendar, except that a year from 1700
    on is always Gregorian; ValueError for a day that does not exist."""
    if _system == GREGORIAN or year >= 1700:
        return date(year, month, day)
    qd = qcalendar().dateFromParts(year, month, day)
    if not qd.isValid():
        raise ValueError(f"{year}/{month}/{day}")
    return qd.toPython()


class _SeparatorAfterSection(QObject):
    """Typing '1403/12/30': Qt moves on to the month once four year digits are in, and would then take the
    '/' the person goes on to type as "next section", skipping the month. A separator typed right after the
    one Qt already passed is swallowed, so the date reads as typed."""

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and len(event.text()) == 1 and not event.text().isalnum():
            line = watched.lineEdit()
            pos = line.selectionStart() if line.hasSelectedText() else line.cursorPosition()
            return 0 < pos <= len(line.text()) and line.text()[pos - 1] == event.text()
        return False


def setup_date_edit(edit, *, time_format: str | None = None):
    """Make a QDateEdit or QDateTimeEdit follow the chosen calendar: its sections and popup calendar in it,
    shown as yyyy/MM/dd (plus the time) in the Solar Hijri calendar; the Gregorian display format the
    screen chose stays. `date()` keeps giving ordinary dates. Call it after the screen set its display format
    and popup. Returns `edit`."""
    edit.setCalendar(qcalendar())
    shown = edit.displayFormat()
    if _system == JALALI:
        if time_format is None:
            found = re.search(r"[Hh]{1,2}:mm(:ss)?( ?[aA][pP]?)?", shown)
            time_format = found.group(0) if found else ""
        shown = f"{JALALI_FIELD_FORMAT} {time_format}".strip()
    # A date in digits is one left-to-right run in every script; a right-to-left field would have its sections
    # mirrored when the format is set (1405/09/12 shown as 12/09/1405, 2026-12-03 as 03-12-2026).
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(shown)
    if edit.calendarPopup():
        setup_calendar_widget(edit.calendarWidget())
    if not hasattr(edit, "_separator_filter"):
        edit._separator_filter = _SeparatorAfterSection(edit)
        edit.installEventFilter(edit._separator_filter)
    return edit


def setup_calendar_widget(widget):
    """A QCalendarWidget in the chosen calendar (month names, days and navigation), its week from the locale
    in the Solar Hijri calendar. Returns `widget`."""
    from PySide6.QtGui import QGuiApplication

    widget.setCalendar(qcalendar())
    # A date field is left to right (above); the month grid in its popup still reads in the user's direction.
    widget.setLayoutDirection(QGuiApplication.layoutDirection())
    if _system == JALALI:
        locale = QLocale()
        widget.setFirstDayOfWeek(Qt.DayOfWeek(locale.firstDayOfWeek()))
        # The weekend in red is the locale's (Friday in Iran), not Qt's fixed Saturday and Sunday.
        weekend = widget.weekdayTextFormat(Qt.DayOfWeek.Sunday)
        working = widget.weekdayTextFormat(Qt.DayOfWeek.Monday)
        for day in Qt.DayOfWeek:
            widget.setWeekdayTextFormat(day, working if day in locale.weekdays() else weekend)
    return widget
