"""Quantities and amounts as the warehouse screens show them: the unit's decimals, the user's locale,
never through float. Also the parsing of what people type into quantity and cost cells."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from app.ui import calendars
from app.ui.text import parse_decimal  # noqa: F401 - the one parser of typed numbers, re-exported


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text, disambiguation, n)


class UnitDecimals:
    """Unit name -> how many fraction digits its quantities have (from `stock.unit_decimals` when the
    service offers it). An unknown unit shows its quantity without trailing zeros."""

    def __init__(self, mapping: dict[str, int] | None = None):
        self.mapping = dict(mapping or {})

    def get(self, unit: str) -> int | None:
        return self.mapping.get(unit)

    def quantity(self, value: Decimal | None, unit: str) -> str:
        return format_quantity(value, self.get(unit))


def format_number(value: Decimal, places: int, locale: QLocale | None = None) -> str:
    """'12 345.500' with exactly `places` fraction digits, rounded half-up, in the locale's digits."""
    locale = locale or QLocale()
    quantum = Decimal(1).scaleb(-places)
    rounded = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = locale.negativeSign() if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    text = locale.toString(int(whole))
    if places:
        zero = ord(locale.zeroDigit())
        text += locale.decimalPoint() + "".join(chr(zero + int(d)) for d in frac)
    return sign + text


def format_quantity(value: Decimal | None, places: int | None = None, locale: QLocale | None = None) -> str:
    """A quantity with the unit's decimals; with no known decimals, as many as it needs."""
    if value is None:
        return ""
    if places is None:
        normal = Decimal(value).normalize()
        exponent = normal.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
    return format_number(value, places, locale)


def format_amount(value: Decimal | None, places: int = 2, locale: QLocale | None = None) -> str:
    return "" if value is None else format_number(value, places, locale)


def parse_date(text: str) -> date | None:
    """'2025-03-31' (in the Solar Hijri calendar also '1404/01/11') -> date; '' -> None; raises ValueError
    otherwise."""
    return calendars.parse_date(text)


def utc_now() -> datetime:
    """Now as naive UTC, the way times are stored."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_to_utc(moment: datetime) -> datetime:
    """A local wall-clock time typed by the user -> naive UTC for storage."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def end_of_local_day(day: date) -> datetime:
    """The last moment of a local day, as naive UTC: 'stock at 31 March' includes all of 31 March."""
    return local_to_utc(datetime.combine(day, time(23, 59, 59, 999999)))


def utc_to_local(moment: datetime) -> datetime:
    """A stored naive-UTC time -> naive local wall-clock time (for date editors)."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def stock_error_text(exc: BaseException) -> str:
    """The warehouse's own errors in words (InsufficientStock, UnknownBarcode, BackdatedPosting); ''
    for anything else, which `show_error` handles."""
    name = type(exc).__name__
    if name == "InsufficientStock":
        unit = getattr(exc, "unit", "") or ""
        available = format_quantity(getattr(exc, "available", None))
        requested = format_quantity(getattr(exc, "requested", None))
        sku = getattr(exc, "sku", "") or ""
        product = getattr(exc, "product", "") or ""
        label = f"{product} ({sku})" if sku else str(product)
        return tr("Not enough stock of {product} in {warehouse}: available {available}{unit}, requested "
                  "{requested}{unit}.").format(product=label, warehouse=getattr(exc, "warehouse", ""),
                                               available=available, requested=requested,
                                               unit=f" {unit}" if unit else "")
    if name == "UnknownBarcode":
        return tr("Unknown barcode: {code}").format(code=getattr(exc, "code", ""))
    if name == "BackdatedPosting":
        later = list(getattr(exc, "later", []) or [])
        return tr("This document is dated before %n posted document(s): {numbers}.", "", len(later)).format(
            numbers=", ".join(later))
    return ""
