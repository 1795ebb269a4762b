"""Clerk PINs: a short PIN (4–8 digits, argon2-hashed) to switch the clerk on a shared warehouse PC."""

from __future__ import annotations

import re

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from app.models import ClerkPin, User
from app.services import validation as v
from app.services.access import passwords
from app.services.access.principal import open_to_all
from app.services.auth import LoginThrottle
from app.services.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork
from app.services.users import UserRow

PIN = re.compile(r"^\d{4,8}$")
# Wrong PINs slow down like wrong passwords do (kept apart from the login throttle).
CLERK_THROTTLE = LoginThrottle()


@open_to_all
def set_clerk_pin(uow: UnitOfWork, user_id: int, *, pin: str) -> None:
    """Set (or change) a user's clerk PIN (an administrator's action, or a user's own PIN); raises
    PermissionDenied, NotFound or ValidationError."""
    pin = v.ascii_digits((pin or "").strip())
    if not PIN.match(pin):
        raise ValidationError({"pin": msg("must be 4 to 8 digits")})
    with uow:
        s = uow.session
        caller = s.get(User, uow.user_id) if uow.user_id is not None else None
        if uow.user_id is not None and uow.user_id != user_id and not (caller is not None and caller.is_admin):
            raise PermissionDenied("set another user's clerk PIN")
        if s.get(User, user_id) is None:
            raise NotFound("user", user_id)
        row = s.get(ClerkPin, user_id)
        hashed = passwords._hasher.hash(pin)
        if row is None:
            s.add(ClerkPin(user_id=user_id, pin_hash=hashed))
        else:
            row.pin_hash = hashed
        uow.commit()


@open_to_all
def switch_clerk(uow: UnitOfWork, *, login_or_id: str | int, pin: str) -> UserRow:
    """The active user with this login (or id) and PIN; raises AuthenticationFailed or TooManyAttempts."""
    key = f"clerk:{v.fold(v.clean(str(login_or_id)))}"
    CLERK_THROTTLE.check(key)
    with uow:
        s = uow.session
        if isinstance(login_or_id, int) or str(login_or_id).strip().isdigit():
            user = s.get(User, int(login_or_id))
        else:
            user = s.scalar(select(User).where(User.login_key == v.fold(v.clean(login_or_id))))
        stored = s.get(ClerkPin, user.id) if user is not None else None
        try:
            ok = stored is not None and user.active and passwords._hasher.verify(
                stored.pin_hash, v.ascii_digits((pin or "").strip()))
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            CLERK_THROTTLE.failed(key)
            raise AuthenticationFailed()
        CLERK_THROTTLE.succeeded(key)
        return UserRow.of(user)


@open_to_all
def clerks(uow: UnitOfWork) -> list[tuple[UserRow, bool]]:
    """Active users by name, each with whether a clerk PIN is set."""
    with uow:
        s = uow.session
        with_pin = set(s.scalars(select(ClerkPin.user_id)))
        users_ = s.scalars(select(User).where(User.active.is_(True)).order_by(User.full_name, User.id))
        return [(UserRow.of(u), u.id in with_pin) for u in users_]
