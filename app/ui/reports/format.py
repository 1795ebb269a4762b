"""Report figures as the screens show them: money with two decimals and thousands separators, quantities
with as many decimals as they need, percents with two, counts whole, all in the user's locale."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui.text import numeric_date
from app.ui.warehouse.format import format_number, format_quantity

PLACES = {"money": 2, "cost": 4, "percent": 2, "int": 0}


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def report_locale() -> QLocale:
    """The user's locale, always with thousands separators (the C locale leaves them out by default)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale


def period_text(period) -> str:
    """A report's period as its title and chart show it: '2026-03-01 – 2026-03-31', in the chosen calendar
    ('۱۴۰۴/۱۲/۱۰ – ۱۴۰۵/۰۱/۱۰' in the Solar Hijri one)."""
    if period.start == period.end:
        return numeric_date(period.start)
    return f"{numeric_date(period.start)} – {numeric_date(period.end)}"


def format_value(value, kind: str) -> str:
    if value is None:
        return ""
    locale = report_locale()
    if kind == "qty":
        return format_quantity(Decimal(value), locale=locale)
    if kind == "change":
        text = format_number(Decimal(value), 1, locale)
        return f"+{text}" if value > 0 else text
    return format_number(Decimal(value), PLACES.get(kind, 2), locale)


GROUP_TITLES = {"client": "Client", "product": "Product", "category": "Category", "manager": "Manager",
                "month": "Month", "deal": "Deal", "stage": "Stage", "pipeline": "Pipeline"}
PERIOD_TITLES = {"today": "Today", "week": "This week", "month": "This month", "quarter": "This quarter",
                 "year": "This year", "custom": "Custom dates"}
STEP_TITLES = {"week": "By week", "month": "By month"}
