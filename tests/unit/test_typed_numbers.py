"""Numbers as people type them in English, Russian, Persian and Arabic: what the app shows reads back as the
same Decimal, Persian and Arabic-Indic digits and separators are numbers, rubbish is refused (and the
caller keeps the text: the UI tests show that)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from app.services.catalog.common import parse_decimal as service_parse
from app.ui.text import parse_decimal
from app.ui.warehouse.format import format_amount, format_number, format_quantity

D = Decimal
LOCALES = {name: QLocale(name) for name in ("en_US", "ru_RU", "fa_IR", "ar_SA")}

amounts = st.decimals(min_value=D("-999999999999.999"), max_value=D("999999999999.999"), places=3,
                      allow_nan=False, allow_infinity=False)


@given(value=amounts, locale=st.sampled_from(sorted(LOCALES)))
def test_what_the_app_shows_reads_back_as_the_same_decimal(value, locale):
    loc = LOCALES[locale]
    assert parse_decimal(format_number(value, 3, loc), loc) == value
    assert parse_decimal(format_quantity(value, None, loc), loc) == value
    rounded = parse_decimal(format_amount(value, 2, loc), loc)
    assert rounded is not None and abs(rounded - value) <= D("0.005")


@given(value=amounts, shown_in=st.sampled_from(sorted(LOCALES)), read_in=st.sampled_from(["fa_IR", "ar_SA"]))
def test_a_number_copied_from_another_language_reads_in_persian_and_arabic(value, shown_in, read_in):
    """A Persian or Arabic user pasting a figure shown in English or Russian (or in each other's digits)."""
    assert parse_decimal(format_number(value, 3, LOCALES[shown_in]), LOCALES[read_in]) == value


@pytest.mark.parametrize(("text", "locale", "expected"), [
    ("۱۲٫۵", "fa_IR", "12.5"),
    ("١٬٢٣٤٫٥٠", "ar_SA", "1234.50"),
    ("12,5", "ru_RU", "12.5"),
    ("1\u00a0234,5", "ru_RU", "1234.5"),
    ("1 234.5", "ru_RU", "1234.5"),            # '.' is a decimal point everywhere
    ("۱۲.۵", "fa_IR", "12.5"),
    ("12.5", "fa_IR", "12.5"),                  # Latin digits in a Persian locale
    ("۱,۵", "fa_IR", "1.5"),                    # a comma where it cannot be a group separator
    ("12,5", "en_US", "12.5"),
    ("1,234", "en_US", "1234"),
    ("1,234.5", "en_US", "1234.5"),
    ("1.234,5", "en_US", "1234.5"),             # both marks: the last one is the point
    ("\u200e−۱٬۲۳۴٫۵", "fa_IR", "-1234.5"),    # what format_number shows for a negative in fa
    ("\u2068۵\u2069", "fa_IR", "5"),            # a bidi-isolated cell value
    ("  ٧  ", "ar_SA", "7"),
    (".5", "en_US", "0.5"),
    ("+3", "en_US", "3"),
])
def test_explicit_cases(text, locale, expected):
    value = parse_decimal(text, LOCALES[locale])
    assert value == D(expected) and str(value) == expected.lstrip("+")


@pytest.mark.parametrize("text", ["", "   ", "\u200f", "\u2068\u2069"])
def test_nothing_typed_is_none(text):
    assert parse_decimal(text, LOCALES["fa_IR"]) is None


@pytest.mark.parametrize("text", ["abc", "۱۲abc", "1e5", "NaN", "Infinity", "1,2,3", "1.2.3", "--1", "1-",
                                  "1,23.4", "12.3,4", "²", "½", "۱٫۲٫۳", "-", ".", "0x10", "1_000"])
@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_rubbish_is_refused(text, locale):
    with pytest.raises(InvalidOperation):
        parse_decimal(text, LOCALES[locale])


def test_the_default_locale_is_used_when_none_is_given():
    previous = QLocale()
    QLocale.setDefault(LOCALES["ru_RU"])
    try:
        assert parse_decimal("1\u00a0234,5") == D("1234.5")
    finally:
        QLocale.setDefault(previous)


def test_every_screen_uses_the_one_parser():
    from app.ui.documents.format import parse_number
    from app.ui.funnel import deal_dialog
    from app.ui.warehouse import format as warehouse_format

    assert parse_number is parse_decimal and deal_dialog.parse_decimal is parse_decimal
    assert warehouse_format.parse_decimal is parse_decimal


@pytest.mark.parametrize(("text", "expected"), [("١٬٢٣٤٫٥٠", "1234.50"), ("۱۲٫۵", "12.5"), ("1\u00a0234,5", "1234.5")])
def test_the_services_read_the_same_separators(text, expected):
    errors: dict[str, str] = {}
    assert service_parse(text, "price", errors) == D(expected) and errors == {}
