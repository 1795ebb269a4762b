"""Line and document totals, with `Decimal` and one documented rounding rule.

Each line is rounded on its own, half-up to the currency's minor unit, then the lines are summed:

- amount before VAT = quantity × price × (1 − discount % / 100), rounded;
- prices exclude VAT: VAT = amount × rate / 100, rounded; the line's total = amount + VAT;
- prices include VAT: the line's total is the amount; VAT = total × rate / (100 + rate), rounded;
  net = total − VAT.

Document totals (net, VAT, total, and VAT by rate) are sums of the rounded line figures, so the printed
lines always add up to the printed totals.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.models import VatMode

ZERO = Decimal("0")
HUNDRED = Decimal("100")
# Minor units per currency where they differ from two digits.
MINOR_UNITS = {"JPY": 0, "KRW": 0, "IRR": 0, "KWD": 3, "BHD": 3, "OMR": 3, "IQD": 0}


def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-MINOR_UNITS.get(currency.upper(), 2))


def round_money(value: Decimal, currency: str = "USD") -> Decimal:
    return value.quantize(quantum(currency), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class LineAmounts:
    net: Decimal
    vat: Decimal
    total: Decimal


@dataclass(frozen=True, slots=True)
class VatLine:
    rate: Decimal
    net: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    net: Decimal
    vat: Decimal
    total: Decimal
    by_rate: tuple[VatLine, ...]


def line_amounts(quantity: Decimal, price: Decimal, discount_percent: Decimal, vat_rate: Decimal,
                 vat_mode: str, currency: str = "USD") -> LineAmounts:
    amount = round_money(quantity * price * (HUNDRED - discount_percent) / HUNDRED, currency)
    if vat_mode == VatMode.INCLUSIVE:
        vat = round_money(amount * vat_rate / (HUNDRED + vat_rate), currency)
        return LineAmounts(amount - vat, vat, amount)
    vat = round_money(amount * vat_rate / HUNDRED, currency)
    return LineAmounts(amount, vat, amount + vat)


def document_totals(lines: list[tuple[Decimal, LineAmounts]]) -> Totals:
    """`lines`: (VAT rate, the line's amounts) pairs."""
    net = vat = total = ZERO
    by_rate: dict[Decimal, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for rate, a in lines:
        net, vat, total = net + a.net, vat + a.vat, total + a.total
        acc = by_rate[rate.normalize()]
        acc[0] += a.net
        acc[1] += a.vat
    return Totals(net, vat, total, tuple(VatLine(r, n, v) for r, (n, v) in sorted(by_rate.items())))
