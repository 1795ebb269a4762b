"""Turning cell values into what the services' forms take: text, decimals, names."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from app.services import validation as v
from app.services.calendars import parse_date_text
from app.services.i18n import msg


def text(value: Any) -> str:
    """A cell as text: whole numbers without ".0", dates as ISO dates, None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return str(int(value)) if value == value.to_integral_value() else format(value.normalize(), "f")
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return v.clean(str(value))


def number_input(value: Any) -> tuple[Decimal | int | str | None, str | None]:
    """A cell for `catalog.common.parse_decimal`: numbers and text pass, a date or yes/no is an error."""
    if value is None or isinstance(value, str):
        return value, None
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None, msg("is not a number")
    return value, None


def date_input(value: Any) -> tuple[date | None, str | None]:
    """A date cell as (date, None), an empty one as (None, None), anything else as (None, the error). A real
    Excel date cell is taken as it is; a text date is read year first, a year below 1700 as Solar Hijri
    ('1403/12/30', '۱۴۰۳/۱۲/۳۰'; see calendars.parse_date_text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        try:
            return parse_date_text(value), None
        except ValueError:
            return None, _not_a_date()
    return None, _not_a_date()


def _not_a_date() -> str:
    return msg("is not a date (write it year first: 2030-05-31, or 1409/03/10 in the Solar Hijri calendar)")


def key(value: Any) -> str:
    """The folded text a name is looked up by."""
    return v.fold(text(value))
