"""Checks shared by the catalog services: decimals typed by people, versions, names."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from app.models import User
from app.services import validation as v
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg

_NUMBER_NOISE = dict.fromkeys(map(ord, " \t\u00a0\u2009\u202f\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u066c"))


def parse_decimal(value: Decimal | int | str | None, field: str, errors: dict[str, str], *,
                  required: bool = True) -> Decimal | None:
    """`value` as a Decimal; Persian and Arabic-Indic digits, '٫', '٬' and a decimal comma are accepted. Records a message in `errors`."""
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    else:
        text = v.ascii_digits((value or "").strip()).replace("\u066b", ".")
        # spaces of any width, the Arabic thousands separator '٬' and bidi marks group or wrap digits
        text = text.translate(_NUMBER_NOISE)
        if "," in text and "." not in text:
            text = text.replace(",", ".")
        if not text:
            if required:
                errors[field] = msg("is required")
            return None
        try:
            result = Decimal(text)
        except InvalidOperation:
            errors[field] = msg("is not a number")
            return None
    if not result.is_finite():
        errors[field] = msg("is not a number")
        return None
    return result


def decimals_of(value: Decimal) -> int:
    """How many fraction digits `value` really has (2.50 has one)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def require_name(name: str, field: str, errors: dict[str, str], *, max_length: int) -> str:
    name = v.clean(name)
    if not name:
        errors[field] = msg("is required")
    elif len(name) > max_length:
        errors[field] = msg("is longer than {limit} characters", limit=max_length)
    return name


def get_or_404(session: Session, model: type, ident: int, entity: str) -> Any:
    obj = session.get(model, ident)
    if obj is None:
        raise NotFound(entity, ident)
    return obj


def check_version(session: Session, obj: Any, expected_version: int, entity: str, current: Any = None) -> None:
    """Raise ConcurrentEdit, naming who saved last, when `obj` changed since the user loaded it."""
    if obj.version != expected_version:
        who = session.get(User, obj.updated_by_id) if obj.updated_by_id else None
        raise ConcurrentEdit(entity, obj.id, changed_by=who.full_name if who else None,
                             changed_at=obj.updated_at, current=current)


def raise_if(errors: dict[str, str]) -> None:
    if errors:
        raise ValidationError(errors)
