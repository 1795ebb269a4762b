"""First-run set-up of a new database and logging in."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.models import Company, User, utcnow
from app.services import validation as v
from app.services.access.audit import record
from app.services.access.matrix import ADMINISTRATOR
from app.services.access.pg_roles import set_database_password
from app.services.access.principal import open_to_all
from app.services.access.roles import ensure_builtin_roles
from app.services.catalog.pricing import base_list
from app.services.errors import AccountLocked, AuthenticationFailed, TooManyAttempts, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork
from app.services.users import UserRow, _insert_user, hash_password, password_error, validate_new_user

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verifying against this keeps an unknown login as slow as a wrong password (made on first use:
    hashing costs a noticeable part of a second, which start-up should not pay)."""
    return _hasher.hash("karavan-dummy-password")


@dataclass
class LoginThrottle:
    """After `free_failures` wrong attempts for a login, each next one must wait twice as long."""

    free_failures: int = 3
    max_delay: float = 60.0
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, tuple[int, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, key: str) -> None:
        with self._lock:
            count, last = self._failures.get(key, (0, 0.0))
        wait = self.delay_for(count) - (self.clock() - last)
        if wait > 0:
            raise TooManyAttempts(retry_after=wait)

    def delay_for(self, failures: int) -> float:
        if failures < self.free_failures:
            return 0.0
        return min(self.max_delay, 2.0 ** (failures - self.free_failures + 1))

    def failed(self, key: str) -> None:
        with self._lock:
            count, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (count + 1, self.clock())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


THROTTLE = LoginThrottle()


@open_to_all
def is_initialized(uow: UnitOfWork) -> bool:
    """True once the first-run wizard has created the administrator."""
    with uow:
        return bool(uow.session.scalar(select(func.count()).select_from(User)))


@open_to_all
def initialize(uow: UnitOfWork, *, company_name: str, admin_login: str, admin_full_name: str,
               password: str) -> UserRow:
    """Create the company and its administrator on an empty database; raises ValidationError."""
    errors = validate_new_user(admin_login, admin_full_name, password)
    if not v.clean(company_name):
        errors["company_name"] = msg("is required")
    if errors:
        raise ValidationError(errors)
    with uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(User)):
            raise ValidationError({"admin_login": msg("this database already has users; log in instead")})
        roles = ensure_builtin_roles(s)
        admin = _insert_user(uow, admin_login, full_name=admin_full_name, password=password, email="",
                             is_admin=True)
        s.get(User, admin.id).role_id = roles[ADMINISTRATOR]
        s.add(Company(name=v.clean(company_name), created_by_id=admin.id, updated_by_id=admin.id))
        base_list(s)    # the base price list exists from the start: reading prices never writes
        uow.commit()
        return admin


@open_to_all
def company_name(uow: UnitOfWork) -> str:
    with uow:
        return uow.session.scalar(select(Company.name).order_by(Company.id).limit(1)) or ""


# Wrong passwords in a row that lock an account, and for how long (an administrator can unlock it sooner).
LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15


@open_to_all
def authenticate(uow: UnitOfWork, login: str, password: str, *, throttle: LoginThrottle | None = None) -> UserRow:
    """The user for these credentials; raises AuthenticationFailed, TooManyAttempts or AccountLocked (never
    says which of login and password was wrong). The row says when the password must be changed first."""
    key = v.fold(v.clean(login))
    throttle = throttle or THROTTLE
    throttle.check(key)
    with uow:
        uow.begin_write()
        s = uow.session
        user = s.scalar(select(User).where(User.login_key == key))
        now = utcnow()
        if user is not None and user.locked_until is not None and user.locked_until > now:
            raise AccountLocked(user.locked_until)
        try:
            _hasher.verify(user.password_hash if user else _dummy_hash(), password)
            ok = user is not None and user.active
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            throttle.failed(key)
            if user is not None:
                # Counted in the database, so every desktop sees the same count and the lock holds for all.
                user.failed_logins = (user.failed_logins or 0) + 1
                if user.failed_logins >= LOCK_AFTER_FAILURES:
                    user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    user.failed_logins = 0
                record(s, "lock" if user.locked_until and user.locked_until > now else "login_failed",
                       "app_user", user.id, label=user.login)
                uow.commit()
            raise AuthenticationFailed()
        throttle.succeeded(key)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.last_login_at = now
        user.failed_logins, user.locked_until = 0, None
        s.flush()
        record(s, "login", "app_user", user.id, label=user.login)
        row = UserRow.of(user)
        uow.commit()
        return row


@open_to_all
def change_password(uow: UnitOfWork, *, old_password: str, new_password: str) -> UserRow:
    """The acting user changes their own password; raises AuthenticationFailed (old one wrong) or
    ValidationError (policy, or the same as before)."""
    with uow:
        user = uow.session.get(User, uow.user_id) if uow.user_id is not None else None
        if user is None:
            raise AuthenticationFailed()
        try:
            _hasher.verify(user.password_hash, old_password)
        except (VerificationError, InvalidHashError) as exc:
            raise AuthenticationFailed() from exc
        if err := password_error(new_password, login=user.login):
            raise ValidationError({"new_password": err})
        if new_password == old_password:
            raise ValidationError({"new_password": msg("must differ from the old one")})
        user.password_hash = hash_password(new_password)
        set_database_password(uow.session, user, new_password)
        user.must_change_password = False
        user.password_changed_at = utcnow()
        uow.session.flush()
        row = UserRow.of(user)
        uow.commit()
        return row
