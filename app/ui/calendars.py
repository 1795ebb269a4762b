"""The calendar dates are shown and typed in: Gregorian, or the Solar Hijri (Jalali) calendar that Persian
users may choose in Settings. Dates are stored as ordinary dates whatever is chosen; only display and entry
follow this choice.

`set_system` is called once at start-up from the desktop's settings (app/ui/i18n.py); screens ask `qcalendar()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCalendar

GREGORIAN, JALALI = "gregorian", "jalali"
SYSTEMS = (GREGORIAN, JALALI)

_system = GREGORIAN


def set_system(name: str) -> None:
    """Use `name` (one of SYSTEMS) from now on; an unknown name means Gregorian."""
    global _system
    _system = name if name in SYSTEMS else GREGORIAN


def current_system() -> str:
    return _system


def qcalendar() -> QCalendar:
    """The chosen calendar as Qt's QCalendar (for QLocale.toString, QDateEdit.setCalendar, …)."""
    return QCalendar(QCalendar.System.Jalali if _system == JALALI else QCalendar.System.Gregorian)
