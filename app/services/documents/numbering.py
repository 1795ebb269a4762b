"""Gapless document numbers per type, series and year.

A number is taken when a document is confirmed, in the confirming transaction, after locking the
sequence row (`SELECT … FOR UPDATE` on PostgreSQL; SQLite has one writer at a time). A rolled-back
confirmation gives its number back with the rest of its work, so numbers have no gaps; a cancelled
document keeps its number, so none is given twice.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Company, NumberSequence
from app.services.i18n import msg

PREFIX = {"quote": "QUO", "order": "ORD", "invoice": "INV", "waybill": "WB", "act": "ACT", "contract": "CTR", "return": "RET",
          "purchase_order": "PO", "goods_receipt": "GRN",
          "supplier_invoice": "SINV", "supplier_return": "SRET", "payment": "PAY"}
DEFAULT_FORMAT = "{prefix}{series}-{year}-{seq:06d}"


def format_number(fmt: str, *, doc_type: str, series: str, year: int, seq: int) -> str:
    return fmt.format(prefix=PREFIX[doc_type], series=series, year=year, seq=seq)


def format_error(fmt: str) -> str | None:
    """Why a number format cannot be used, or None."""
    if "{seq" not in fmt:
        return msg("must contain {seq} (the running number), e.g. {example}", seq="{seq}", example="{prefix}-{year}-{seq:06d}")
    try:
        sample = format_number(fmt, doc_type="invoice", series="A", year=2026, seq=123)
    except (KeyError, ValueError, IndexError) as exc:
        return msg("is not a valid format ({exc}); use {{prefix}}, {{series}}, {{year}} and {{seq}}", exc=exc)
    if len(sample) > 40:
        return msg("makes numbers longer than 40 characters")
    return None


def _sequence(s: Session, doc_type: str, series: str, year: int) -> NumberSequence:
    stmt = (select(NumberSequence).where(NumberSequence.doc_type == doc_type, NumberSequence.series == series,
                                         NumberSequence.year == year).with_for_update())
    row = s.scalar(stmt)
    if row is not None:
        return row
    # The first number of a year: make the row; a concurrent first confirmation may make it at once,
    # in which case ours fails and we lock theirs.
    try:
        with s.begin_nested():
            s.add(NumberSequence(doc_type=doc_type, series=series, year=year, last_number=0))
    except IntegrityError:
        pass
    return s.scalar(stmt.execution_options(populate_existing=True))


def take_number(s: Session, doc_type: str, series: str, year: int) -> tuple[int, str]:
    """The next number for the type, series and year, inside the caller's transaction."""
    company = s.scalars(select(Company).limit(1)).first()
    fmt = (company.number_format if company is not None else "") or DEFAULT_FORMAT
    row = _sequence(s, doc_type, series, year)
    row.last_number += 1
    s.flush()
    return row.last_number, format_number(fmt, doc_type=doc_type, series=series, year=year, seq=row.last_number)
