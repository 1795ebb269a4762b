"""Pieces every report query shares: integer cents summed in SQL, bucket expressions, names of groups."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, case, cast, func
from sqlalchemy.orm import Session

from app.services.documents.editing import company
from app.services.reports.periods import Bucket

ZERO = Decimal("0.00")
NONE_KEY = "none"


def cents(expr):
    """An amount as whole cents, rounded on each row: sums of these are exact on SQLite and PostgreSQL."""
    return cast(func.round(expr * 100), BigInteger)


def money(value: int | None) -> Decimal:
    return Decimal(int(value or 0)).scaleb(-2)


def qty(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(Decimal("0.001"))


def bucket_case(column, bounds: Sequence[Bucket], to_bound: Callable[[date], object] = lambda d: d, *,
                before: object | None = None):
    """A CASE giving each row the index of its bucket (-1 before `before`), so SQL groups by it."""
    whens = []
    if before is not None:
        whens.append((column < before, -1))
    whens += [(column < to_bound(b.end + timedelta(days=1)), i) for i, b in enumerate(bounds)]
    return case(*whens, else_=len(bounds))


def company_currency(s: Session) -> str:
    return company(s).currency


def key_of(ident) -> str:
    return NONE_KEY if ident is None else str(ident)


def change_percent(now: Decimal, before: Decimal) -> Decimal | None:
    if not before:
        return None
    return ((now - before) * 100 / abs(before)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
