"""Text helpers for screens that need no widgets: bidi isolation and local times.

Kept apart from app/ui/widgets.py so that the list and the main window do not pay, at start-up,
for the Qt classes the card's form helpers use.
"""

from __future__ import annotations

from datetime import UTC, datetime

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap user text in a first-strong isolate, so that a phone number or a Latin name keeps its
    order inside a right-to-left sentence ("+98 21 8888" instead of "8888 21 98+")."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def format_time(moment: datetime | None) -> str:
    """A stored (naive UTC) time in the user's local zone, 'YYYY-MM-DD HH:MM'."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _local_naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def _short_time_format(locale) -> str:
    # Minutes are enough on screen; the "C" locale's short format would show seconds too.
    from PySide6.QtCore import QLocale

    return locale.timeFormat(QLocale.FormatType.ShortFormat).replace(":ss", "").replace(".ss", "")


def locale_datetime(moment: datetime | None, *, utc: bool = True) -> str:
    """A stored time in the locale's short date and time format ('12/3/26 2:30 PM', '03.12.26 14:30').
    `utc=False`: the moment is already local (naive)."""
    if moment is None:
        return ""
    from PySide6.QtCore import QDateTime, QLocale

    locale = QLocale()
    local = _local_naive(moment) if utc else moment
    return locale.toString(QDateTime(local.date(), local.time().replace(microsecond=0)),
                           f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {_short_time_format(locale)}")


def locale_time(moment: datetime, *, utc: bool = True) -> str:
    """Only the time of day, in the locale's short format ('2:30 PM', '14:30')."""
    from PySide6.QtCore import QLocale, QTime

    locale = QLocale()
    local = _local_naive(moment) if utc else moment
    return locale.toString(QTime(local.hour, local.minute), _short_time_format(locale))


def locale_date(day) -> str:
    """A date in the locale's short format ('12/3/26', '03.12.26'); '' for None."""
    if day is None:
        return ""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


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
