"""Users of the application: listing and creating them (their roles and rights: app/services/access)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.models import Role, User, utcnow
from app.services import validation as v
from app.services.access.matrix import ADMINISTRATOR, Action, Area
from app.services.access.passwords import hash_password, password_error
from app.services.access.principal import open_to_all, requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    login: str
    full_name: str
    email: str
    is_admin: bool
    active: bool
    version: int
    # The password was set by the administrator (or the policy changed): choose a new one now.
    must_change_password: bool = False

    @classmethod
    def of(cls, user: User) -> UserRow:
        return cls(user.id, user.login, user.full_name, user.email, user.is_admin, user.active, user.version,
                   bool(user.must_change_password))


def validate_new_user(login: str, full_name: str, password: str) -> dict[str, str]:
    errors = {}
    login = v.clean(login)
    if not login:
        errors["login"] = msg("is required")
    elif len(login) > 60 or " " in login:
        errors["login"] = msg("must be one word of at most 60 characters")
    if not v.clean(full_name):
        errors["full_name"] = msg("is required")
    if err := password_error(password, login=login):
        errors["password"] = err
    return errors


@requires(Area.USERS, Action.CREATE)
def add_user(uow: UnitOfWork, login: str, *, full_name: str, password: str, email: str = "",
             is_admin: bool = False, role: str = "director", branch_id: int | None = None,
             department_id: int | None = None, must_change_password: bool = False) -> UserRow:
    """Create a user with the role keyed `role` (the administrator screen always names one); raises
    ValidationError (also for a login already taken or an unknown role)."""
    if errors := validate_new_user(login, full_name, password):
        raise ValidationError(errors)
    with uow:
        role_id = uow.session.scalar(select(Role.id).where(Role.key == (ADMINISTRATOR if is_admin else role)))
        if role_id is None:
            raise ValidationError({"role": msg("is not a known role")})
        row = _insert_user(uow, login, full_name=full_name, password=password, email=email, is_admin=is_admin)
        user = uow.session.get(User, row.id)
        user.role_id, user.branch_id, user.department_id = role_id, branch_id, department_id
        user.must_change_password = must_change_password
        uow.commit()
        return row


def _insert_user(uow: UnitOfWork, login: str, *, full_name: str, password: str, email: str,
                 is_admin: bool) -> UserRow:
    key = v.fold(v.clean(login))
    if uow.session.scalar(select(User.id).where(User.login_key == key)) is not None:
        raise ValidationError({"login": msg("is already taken")})
    user = User(login=v.clean(login), login_key=key, full_name=v.clean(full_name), email=v.clean(email),
                password_hash=hash_password(password), is_admin=is_admin, active=True, password_changed_at=utcnow())
    uow.session.add(user)
    uow.session.flush()
    return UserRow.of(user)


@open_to_all
def list_users(uow: UnitOfWork, *, active_only: bool = True) -> list[UserRow]:
    """Users by full name."""
    stmt = select(User).order_by(User.full_name)
    if active_only:
        stmt = stmt.where(User.active.is_(True))
    with uow:
        return [UserRow.of(u) for u in uow.session.scalars(stmt)]
