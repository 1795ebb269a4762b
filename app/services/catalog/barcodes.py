"""Barcode rules: EAN-13 check digits, Code 128 character set, and internal EAN-13 numbers."""

from __future__ import annotations

import random

from app.services import validation as v
from app.services.i18n import msg

EAN13_LENGTH = 13
# GS1 "restricted circulation" prefixes 200–299: free for numbers a company makes up for itself.
INTERNAL_PREFIXES = range(200, 300)
CODE128_MAX = 48


def ean13_check_digit(first12: str) -> int:
    """The check digit of the first 12 digits (weights 1, 3, 1, 3 … from the left)."""
    if len(first12) != 12 or not first12.isdigit():
        raise ValueError("EAN-13 needs 12 digits before the check digit")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def ean13_error(code: str) -> str | None:
    """None when `code` is a valid EAN-13, else what is wrong with it."""
    if not code.isdigit() or not code.isascii():
        return msg("an EAN-13 has only digits")
    if len(code) != EAN13_LENGTH:
        return msg("an EAN-13 has 13 digits, this one has {count}", count=len(code))
    expected = ean13_check_digit(code[:12])
    if int(code[12]) != expected:
        return msg("the check digit is wrong: it should be {expected}", expected=expected)
    return None


def code128_error(code: str) -> str | None:
    """Code 128 (sets A/B) encodes printable ASCII; scanners type it back as it is."""
    if not code:
        return msg("is empty")
    if len(code) > CODE128_MAX:
        return msg("is longer than {limit} characters", limit=CODE128_MAX)
    if any(not (32 <= ord(ch) < 127) for ch in code):
        return msg("Code 128 takes only Latin letters, digits and ASCII punctuation")
    return None


def normalize_code(code: str) -> str:
    """Trim spaces and turn Persian/Arabic digits into ASCII ones (what a scanner would type)."""
    return v.ascii_digits(code.strip())


def internal_ean13(rng: random.Random) -> str:
    """A random EAN-13 with an internal (200–299) prefix and a correct check digit."""
    first12 = f"{rng.choice(INTERNAL_PREFIXES)}{rng.randrange(10**9):09d}"
    return first12 + str(ean13_check_digit(first12))
