"""Rounding of stock quantities, unit costs and cost values: the one place it happens."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
COST_STEP = Decimal("0.0001")
ZERO = Decimal("0")


def value_of(quantity: Decimal, unit_cost: Decimal) -> Decimal:
    """Cost value of a quantity at a unit cost, rounded half-up to cents."""
    return (quantity * unit_cost).quantize(CENT, rounding=ROUND_HALF_UP)


def cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def unit_cost_of(value: Decimal, quantity: Decimal) -> Decimal:
    """Average unit cost (value / quantity) to four places; zero when nothing is on hand."""
    if quantity == 0:
        return ZERO.quantize(COST_STEP)
    return (value / quantity).quantize(COST_STEP, rounding=ROUND_HALF_UP)


def outgoing_value(quantity: Decimal, on_hand: Decimal, value: Decimal, fallback_cost: Decimal) -> Decimal:
    """The (negative) value of taking `quantity` (> 0) out of `on_hand` units worth `value`: the moving
    average × quantity, rounded to cents; the move that empties the stock takes all the value left, so
    value is 0 whenever nothing is on hand. With no stock (negative allowed) `fallback_cost` is used."""
    if on_hand - quantity == 0:
        return -value
    if on_hand > 0:
        return -cents(quantity * value / on_hand)
    return -value_of(quantity, fallback_cost)


def quantity_step(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def fits_decimals(quantity: Decimal, decimals: int) -> bool:
    """True when `quantity` has no more fraction digits than the unit allows (1.5 pcs does not)."""
    return quantity == quantity.quantize(quantity_step(decimals), rounding=ROUND_HALF_UP)
