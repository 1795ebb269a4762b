"""The password policy and hashing (argon2), in one place for new users, resets and changes."""

from __future__ import annotations

from argon2 import PasswordHasher

from app.services import validation as v
from app.services.i18n import msg

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_error(password: str, *, login: str = "") -> str | None:
    """The password policy: long enough, letters and digits, not the login itself; None when it passes."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return msg("must be at least {limit} characters", limit=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return msg("must not start or end with a space")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        return msg("must contain both letters and digits")
    if login and v.fold(v.clean(login)) == v.fold(password):
        return msg("must not be the login")
    return None
