"""Text helpers for screens that need no widgets: bidi isolation, local times and dates.

Dates and times come out in the calendar chosen in Settings (app/ui/calendars.py): Gregorian, or Solar Hijri.

Kept apart from app/ui/widgets.py so that the list and the main window do not pay, at start-up,
for the Qt classes the card's form helpers use.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap user text in a first-strong isolate, so that a phone number or a Latin name keeps its
    order inside a right-to-left sentence ("+98 21 8888" instead of "8888 21 98+")."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def format_time(moment: datetime | None) -> str:
    """A stored (naive UTC) time in the user's local zone, 'YYYY-MM-DD HH:MM' ('1405/09/12 14:30' in the
    Solar Hijri calendar)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    from app.ui import calendars

    if not calendars.is_jalali():
        return local.strftime("%Y-%m-%d %H:%M")
    return f"{numeric_date(local.date())} {calendars.locale_digits(local.strftime('%H:%M'))}"


def numeric_date(day, gregorian: str = "%Y-%m-%d") -> str:
    """A date in digits, for lists and messages: `gregorian` (a strftime format, ISO by default) in the
    Gregorian calendar, 'yyyy/MM/dd' in the Solar Hijri one (in the locale's digits: '۱۴۰۵/۰۹/۱۲'); '' for None."""
    if day is None:
        return ""
    from app.ui import calendars

    if not calendars.is_jalali():
        return day.strftime(gregorian)
    return calendars.format_qdate(day, calendars.JALALI_FIELD_FORMAT)


def day_month(day, gregorian: str = "%d.%m") -> str:
    """A day without its year, for headers and chips: `gregorian` (strftime) in the Gregorian calendar,
    '12 Azar' ('۱۲ آذر') in the Solar Hijri one."""
    from app.ui import calendars

    if not calendars.is_jalali():
        from PySide6.QtCore import QDate, QLocale

        locale = QLocale()
        if locale.zeroDigit() != "0":
            # "۰۳.۱۲" reads as dots among dots: native digits get the day and the month's name ("۳ دسامبر").
            return locale.toString(QDate(day.year, day.month, day.day), "d MMM")
        return day.strftime(gregorian)
    return calendars.format_qdate(day, "d MMM")


def _local_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def _short_time_format(locale) -> str:
    # Minutes are enough on screen; the "C" locale's short format would show seconds too.
    from PySide6.QtCore import QLocale

    return locale.timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "").replace(".ss", "")


def locale_datetime(moment: datetime | None, *, utc: bool = True) -> str:
    """A stored time in the locale's short date and time format ('12/3/26 2:30 PM', '03.12.26 14:30'), the date
    in the chosen calendar. `utc=False`: the moment is already local (naive)."""
    if moment is None:
        return ""
    from PySide6.QtCore import QDateTime, QLocale, QTime

    from app.ui import calendars

    locale = QLocale()
    local = _local_naive(moment) if utc else moment
    if calendars.is_jalali():
        return f"{locale_date(local.date())} {locale.toString(QTime(local.hour, local.minute), _short_time_format(locale))}"
    return locale.toString(QDateTime(local.date(), local.time().replace(microsecond=0)),
                           f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {_short_time_format(locale)}")


def qt_short_datetime(local: datetime) -> str:
    """A local (naive) time as Qt's short date and time format gives it (seconds and all), the date in the
    chosen calendar."""
    from PySide6.QtCore import QLocale, QTime

    from app.ui import calendars

    locale = QLocale()
    if calendars.is_jalali():
        return f"{locale_date(local.date())} " \
               f"{locale.toString(QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat)}"
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def locale_time(moment: datetime, *, utc: bool = True) -> str:
    """Only the time of day, in the locale's short format ('2:30 PM', '14:30')."""
    from PySide6.QtCore import QLocale, QTime

    locale = QLocale()
    local = _local_naive(moment) if utc else moment
    return locale.toString(QTime(local.hour, local.minute), _short_time_format(locale))


def locale_date(day) -> str:
    """A date in the locale's short format ('12/3/26', '03.12.26'; in the Solar Hijri calendar with Jalali
    year, month and day: '۱۴۰۵/۹/۱۲'); '' for None."""
    if day is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    from app.ui import calendars

    if calendars.is_jalali():
        return calendars.format_qdate(day, calendars.short_date_format())
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day) -> str:
    """A date in the locale's long format ('Thursday, December 3, 2026'; 'پنجشنبه ۱۲ آذر ۱۴۰۵'); '' for None."""
    if day is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    from app.ui import calendars

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat,
                              calendars.qcalendar())


def is_rtl_text(text: str) -> bool:
    """Whether `text` reads right to left: its first strong character is Arabic/Hebrew script (the rule
    Qt's LayoutDirectionAuto and the Unicode bidi algorithm use for a paragraph)."""
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


# What people put around or inside a number without meaning anything: spaces of every width (the Russian
# group separator is a no-break space), bidi marks and isolates (a copied RTL number carries them).
_NUMBER_NOISE = dict.fromkeys(map(ord, " \t\u00a0\u2009\u202f\u200e\u200f\u061c\u2066\u2067\u2068\u2069"
                                       "\u202a\u202b\u202c\u202d\u202e\u066c"))
_NUMBER_SIGNS = {"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-", "\uff0d": "-", "\u066b": "."}


def parse_decimal(text: str, locale=None) -> Decimal | None:
    """A number typed by a person -> Decimal, never through float; '' (or only spaces) -> None; raises
    InvalidOperation on anything else (the caller keeps the text and shows the error).

    Reads Latin, Persian (۰-۹) and Arabic-Indic (٠-٩) digits — any Unicode decimal digit; the Arabic decimal
    separator '٫' and thousands separator '٬'; the locale's decimal point and group separator; '.' as a
    decimal point everywhere, and ',' as one where the locale has it or where it cannot be a group
    separator ('12,5' is 12.5 in English too, '1,234' is 1234 there). With both '.' and ',' the last one
    is the decimal point ('1.234,5' and '1,234.5' are both 1234.5). So what `format_number` shows in any
    locale reads back as the same Decimal, and so does what a barcode scanner with a Persian keyboard
    layout types."""
    from PySide6.QtCore import QLocale

    locale = locale or QLocale()
    cleaned = []
    for ch in (text or "").translate(_NUMBER_NOISE):
        if ch.isdigit():
            try:
                ch = str(unicodedata.decimal(ch))
            except ValueError as exc:  # a superscript or other digit-like sign
                raise InvalidOperation(text) from exc
        cleaned.append(_NUMBER_SIGNS.get(ch, ch))
    value = "".join(cleaned)
    point = locale.decimalPoint().translate(_NUMBER_NOISE)
    group = locale.groupSeparator().translate(_NUMBER_NOISE)
    if point and point not in ".,":
        value = value.replace(point, ".")
    if group and group not in ".,":
        value = value.replace(group, "")
    if not value:
        return None
    sign = ""
    if value[0] in "+-":
        sign, value = value[0].replace("+", ""), value[1:]
    has_dot, has_comma = "." in value, "," in value
    if has_dot and has_comma:
        decimal_mark = "." if value.rfind(".") > value.rfind(",") else ","
        other = "," if decimal_mark == "." else "."
        whole, _, frac = value.rpartition(decimal_mark)
        if other in frac or not _GROUPED.match(whole.replace(other, ",")):
            raise InvalidOperation(text)
        value = whole.replace(other, "") + "." + frac
    elif has_comma or (has_dot and value.count(".") > 1):
        mark = "," if has_comma else "."
        if group == mark and _GROUPED.match(value.replace(mark, ",")) and (mark == "." or point != ","):
            value = value.replace(mark, "")
        elif value.count(mark) == 1:
            value = value.replace(mark, ".")
        else:
            raise InvalidOperation(text)
    if not _PLAIN_NUMBER.match(value):
        raise InvalidOperation(text)
    return Decimal(sign + value)


_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")
_PLAIN_NUMBER = re.compile(r"^(\d+(\.\d*)?|\.\d+)$")


def typed_number(text: str) -> Decimal | str:
    """For forms whose service reads numbers and reports them by field: what the user typed as a Decimal
    when `parse_decimal` reads it in their locale ('١٬٢٣٤٫٥' in Arabic, '1 234,5' in Russian), else the text
    itself, stripped — empty or rubbish — so the service says 'is required' or 'is not a number' on that
    field and the field keeps what was typed."""
    stripped = (text or "").strip()
    try:
        value = parse_decimal(stripped)
    except InvalidOperation:
        return stripped
    return stripped if value is None else value
