"""Money and percentages as the funnel screens show them: in the user's locale, never through float."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale


def grouping(locale: QLocale | None = None) -> QLocale:
    """The locale with thousands separators on: amounts are always grouped, even under the "C" locale
    (a process started without LANG), whose default is to omit them."""
    grouped = QLocale(locale or QLocale())
    grouped.setNumberOptions(grouped.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return grouped


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """'12,345.50 USD' in the user's locale (grouping, decimal point, digits) without going through float."""
    locale = grouping(locale)
    cents = int((abs(amount) * 100).to_integral_value())
    whole, frac = divmod(cents, 100)
    digits = locale.toString(frac)
    if frac < 10:
        digits = locale.zeroDigit() + digits
    sign = locale.negativeSign() if amount < 0 else ""
    return f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{digits} {currency}"


def format_percent(value: Decimal, locale: QLocale | None = None) -> str:
    """'12.5 %', '40 %': as few decimals as the value needs, the locale's point."""
    locale = locale or QLocale()
    text = f"{value.normalize():f}"
    whole, _, frac = text.partition(".")
    shown = locale.toString(int(whole)) + (locale.decimalPoint() + frac if frac else "")
    return f"{shown} %"
