"""Normalising and checking what people type: names, phones, e-mails, tax ids, free text.

Digits typed in Persian or Arabic (۰۱۲ / ٠١٢) count as digits everywhere.
"""

from __future__ import annotations

import re
import unicodedata

PHONE_ALLOWED = re.compile(r"^\+?[\d\s().\-/]+$")
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 5, 15  # E.164 allows at most 15 digits
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
TAX_ID = re.compile(r"^([A-Z]{2})?\d{8,15}$")
PHONE_SEARCH = re.compile(r"^[\d\s()+.\-/]+$")


def ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Persian, Arabic-Indic, …) by its ASCII digit."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def clean(text: str | None) -> str:
    """Trim, fold runs of white space; None becomes ''."""
    return " ".join((text or "").split())


def fold(text: str) -> str:
    """The case- and width-insensitive key used for sorting and searching."""
    return unicodedata.normalize("NFKC", ascii_digits(text)).casefold()


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", ascii_digits(value))


def phone_error(value: str) -> str | None:
    value = ascii_digits(clean(value))
    if not PHONE_ALLOWED.match(value):
        return "may contain only digits, spaces, + ( ) - . /"
    n = len(phone_digits(value))
    if n < PHONE_MIN_DIGITS:
        return f"is too short: at least {PHONE_MIN_DIGITS} digits"
    if n > PHONE_MAX_DIGITS:
        return f"is too long: at most {PHONE_MAX_DIGITS} digits"
    if "+" in value[1:]:
        return "may have + only at the start"
    return None


def email_error(value: str) -> str | None:
    return None if EMAIL.match(clean(value)) else "is not an e-mail address (name@example.com)"


def tax_id_key(value: str) -> str:
    """Tax id without spaces, dashes and dots, upper-cased: what duplicates are checked by."""
    return re.sub(r"[\s\-.]", "", ascii_digits(value)).upper()


def tax_id_error(value: str) -> str | None:
    if not TAX_ID.match(tax_id_key(value)):
        return "must be 8 to 15 digits, optionally after a two-letter country prefix"
    return None


def looks_like_phone(query: str) -> bool:
    """A search query made of phone characters with at least three digits."""
    q = ascii_digits(query.strip())
    return bool(PHONE_SEARCH.match(q)) and len(phone_digits(q)) >= 3
