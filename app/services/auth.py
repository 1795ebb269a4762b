"""First-run set-up of a new database and logging in."""

from __future__ import annotations

import functools
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.models import Company, User, utcnow
from app.services import validation as v
from app.services.catalog.pricing import base_list
from app.services.errors import AuthenticationFailed, TooManyAttempts, ValidationError
from app.services.uow import UnitOfWork
from app.services.users import UserRow, _insert_user, validate_new_user

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


def is_initialized(uow: UnitOfWork) -> bool:
    """True once the first-run wizard has created the administrator."""
    with uow:
        return bool(uow.session.scalar(select(func.count()).select_from(User)))


def initialize(uow: UnitOfWork, *, company_name: str, admin_login: str, admin_full_name: str,
               password: str) -> UserRow:
    """Create the company and its administrator on an empty database; raises ValidationError."""
    errors = validate_new_user(admin_login, admin_full_name, password)
    if not v.clean(company_name):
        errors["company_name"] = "is required"
    if errors:
        raise ValidationError(errors)
    with uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(User)):
            raise ValidationError({"admin_login": "this database already has users; log in instead"})
        admin = _insert_user(uow, admin_login, full_name=admin_full_name, password=password, email="",
                             is_admin=True)
        s.add(Company(name=v.clean(company_name), created_by_id=admin.id, updated_by_id=admin.id))
        base_list(s)    # the base price list exists from the start: reading prices never writes
        uow.commit()
        return admin


def company_name(uow: UnitOfWork) -> str:
    with uow:
        return uow.session.scalar(select(Company.name).order_by(Company.id).limit(1)) or ""


def authenticate(uow: UnitOfWork, login: str, password: str, *, throttle: LoginThrottle | None = None) -> UserRow:
    """The user for these credentials; raises AuthenticationFailed or TooManyAttempts (never says which
    of login and password was wrong)."""
    key = v.fold(v.clean(login))
    throttle = throttle or THROTTLE
    throttle.check(key)
    with uow:
        user = uow.session.scalar(select(User).where(User.login_key == key))
        try:
            _hasher.verify(user.password_hash if user else _dummy_hash(), password)
            ok = user is not None and user.active
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok:
            throttle.failed(key)
            raise AuthenticationFailed()
        throttle.succeeded(key)
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.last_login_at = utcnow()
        uow.session.flush()
        row = UserRow.of(user)
        uow.commit()
        return row
