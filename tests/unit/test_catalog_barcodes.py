"""EAN-13 check digits and Code 128 characters, as a scanner would read them."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from app.services.catalog.barcodes import (
    code128_error,
    ean13_check_digit,
    ean13_error,
    internal_ean13,
    normalize_code,
)


def test_known_ean13_codes():
    assert ean13_check_digit("400638133393") == 1
    assert ean13_error("4006381333931") is None
    assert ean13_error("5901234123457") is None
    assert ean13_error("4006381333932") == "the check digit is wrong: it should be 1"
    assert ean13_error("400638133393") == "an EAN-13 has 13 digits, this one has 12"
    assert ean13_error("40063813339a1") == "an EAN-13 has only digits"


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_the_computed_check_digit_validates_and_any_other_is_refused(first12):
    digit = ean13_check_digit(first12)
    assert ean13_error(first12 + str(digit)) is None
    for wrong in set(range(10)) - {digit}:
        assert ean13_error(first12 + str(wrong)) is not None


@given(st.text(alphabet="0123456789", min_size=13, max_size=13), st.integers(0, 12), st.integers(1, 9))
def test_a_single_mistyped_digit_is_always_caught(code, position, delta):
    if ean13_error(code) is not None:
        code = code[:12] + str(ean13_check_digit(code[:12]))
    typo = code[:position] + str((int(code[position]) + delta) % 10) + code[position + 1:]
    assert ean13_error(typo) is not None


@given(st.integers(0, 2**32))
def test_internal_codes_are_valid_and_in_the_200_299_range(seed):
    code = internal_ean13(random.Random(seed))
    assert ean13_error(code) is None and 200 <= int(code[:3]) <= 299


def test_code128_and_normalisation():
    assert code128_error("SKU-42/a") is None
    assert code128_error("") == "is empty"
    assert code128_error("کد") is not None and code128_error("x" * 49) is not None
    assert normalize_code(" ۴۰۰۶۳۸۱۳۳۳۹۳۱ ") == "4006381333931"
