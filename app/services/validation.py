"""Normalising and checking what people type: names, phones, e-mails, tax ids, free text.

Digits typed in Persian or Arabic (۰۱۲ / ٠١٢) count as digits everywhere.
"""

from __future__ import annotations

import re
import unicodedata

from app.services.i18n import msg

PHONE_ALLOWED = re.compile(r"^\+?[\d\s().\-/]+$")
PHONE_MIN_DIGITS, PHONE_MAX_DIGITS = 5, 15  # E.164 allows at most 15 digits
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
TAX_ID = re.compile(r"^([A-Z]{2})?\d{8,15}$")
PHONE_SEARCH = re.compile(r"^[\d\s()+.\-/]+$")


class _Digits(dict):
    """str.translate table mapping any Unicode decimal digit to its ASCII digit (filled on demand)."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        self[code] = ord(str(unicodedata.decimal(ch))) if ch.isdecimal() else code
        return self[code]


_DIGITS = _Digits()
# Arabic and Persian keyboards type different code points for the same letters (ي/ی, ك/ک, ة/ه…
# only the first two are the same letter): search and duplicates must not depend on the keyboard.
_LETTERS = str.maketrans({"\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"})


def ascii_digits(text: str) -> str:
    """Replace every Unicode decimal digit (Persian, Arabic-Indic, …) by its ASCII digit."""
    if text.isascii():
        return text
    return text.translate(_DIGITS)


def clean(text: str | None) -> str:
    """Trim, fold runs of white space; None becomes ''."""
    return " ".join((text or "").split())


def fold(text: str) -> str:
    """The case-, width- and keyboard-insensitive key used for sorting and searching."""
    folded = unicodedata.normalize("NFKC", ascii_digits(text)).casefold()
    return folded if folded.isascii() else folded.translate(_LETTERS)


def phone_digits(value: str) -> str:
    return re.sub(r"\D", "", ascii_digits(value))


def phone_error(value: str) -> str | None:
    value = ascii_digits(clean(value))
    if not PHONE_ALLOWED.match(value):
        return msg("may contain only digits, spaces, + ( ) - . /")
    n = len(phone_digits(value))
    if n < PHONE_MIN_DIGITS:
        return msg("is too short: at least {count} digits", count=PHONE_MIN_DIGITS)
    if n > PHONE_MAX_DIGITS:
        return msg("is too long: at most {count} digits", count=PHONE_MAX_DIGITS)
    if "+" in value[1:]:
        return msg("may have + only at the start")
    return None


def email_error(value: str) -> str | None:
    return None if EMAIL.match(clean(value)) else msg("is not an e-mail address (name@example.com)")


def tax_id_key(value: str) -> str:
    """Tax id without spaces, dashes and dots, upper-cased: what duplicates are checked by."""
    return re.sub(r"[\s\-.]", "", ascii_digits(value)).upper()


def tax_id_error(value: str) -> str | None:
    if not TAX_ID.match(tax_id_key(value)):
        return msg("must be 8 to 15 digits, optionally after a two-letter country prefix")
    return None


def looks_like_phone(query: str) -> bool:
    """A search query made of phone characters with at least three digits."""
    q = ascii_digits(query.strip())
    return bool(PHONE_SEARCH.match(q)) and len(phone_digits(q)) >= 3
