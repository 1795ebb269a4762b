"""The acting user as the rules see them: their role's cells, their branch, and the checks made with them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Branch, Role, RolePermission, User
from app.services.access.matrix import SCOPED_AREAS, Action, Area, Scope
from app.services.errors import PermissionDenied

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who acts. `user_id` None is the system itself (migrations, the first-run wizard, demo seeding)."""

    user_id: int | None
    login: str = ""
    is_admin: bool = False
    branch_id: int | None = None
    # A head-office user's "team" is every branch.
    head_office: bool = True
    cells: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def unrestricted(self) -> bool:
        return self.user_id is None or self.is_admin

    def allows(self, area: str, action: str) -> bool:
        return self.unrestricted or (str(area), str(action)) in self.cells

    def scope(self, area: str, action: str = Action.VIEW) -> Scope | None:
        """How far the right reaches (None: not at all). Areas without owners are always ALL."""
        if self.unrestricted:
            return Scope.ALL
        cell = self.cells.get((str(area), str(action)))
        if cell is None:
            return None
        if area not in SCOPED_AREAS:
            return Scope.ALL
        scope = Scope(cell)
        if scope is Scope.TEAM and (self.branch_id is None or self.head_office):
            return Scope.ALL
        return scope

    def require(self, area: str, action: str) -> None:
        if not self.allows(area, action):
            raise PermissionDenied(str(action), area=str(area))


SYSTEM = Principal(user_id=None)


def load_principal(session: Session, user_id: int | None) -> Principal:
    """The principal of `user_id`, read in `session`; an unknown or inactive user may do nothing."""
    if user_id is None:
        return SYSTEM
    user = session.get(User, user_id)
    if user is None or not user.active:
        return Principal(user_id=user_id, login=user.login if user else "", head_office=False)
    is_admin = user.is_admin
    cells: dict[tuple[str, str], str] = {}
    if user.role_id is not None and not is_admin:
        role_admin = session.scalar(select(Role.is_admin).where(Role.id == user.role_id))
        is_admin = bool(role_admin)
        if not is_admin:
            rows = session.execute(select(RolePermission.area, RolePermission.action, RolePermission.scope)
                                   .where(RolePermission.role_id == user.role_id))
            cells = {(a, act): sc for a, act, sc in rows}
    head_office = True
    if user.branch_id is not None:
        head_office = bool(session.scalar(select(Branch.is_head_office).where(Branch.id == user.branch_id)))
    return Principal(user_id=user.id, login=user.login, is_admin=is_admin, branch_id=user.branch_id,
                     head_office=head_office, cells=cells)


def requires(area: Area, action: Action) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Mark a service function with the right it needs; the outermost guarded call checks it before the
    function runs (a use case calling another guarded one is covered by its own right)."""

    def decorate(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            uow: Any = args[0]
            depth = getattr(uow, "guard_depth", 0)
            if depth == 0:
                uow.principal().require(area, action)
            uow.guard_depth = depth + 1
            try:
                result = func(*args, **kwargs)
            finally:
                uow.guard_depth = depth
            if depth == 0 and action in (Action.PRINT, Action.EXPORT):
                _record_use(uow, area, action, func.__name__, args[1:2])
            return result

        guarded.permission = (area, action)  # type: ignore[attr-defined]
        return guarded

    return decorate


def _record_use(uow: Any, area: Area, action: Action, name: str, first: tuple) -> None:
    """Prints and exports change nothing, so their audit entry gets a short transaction of its own."""
    from app.services.access.audit import record
    from app.services.uow import WRITE_LOCK_OPTION

    record_id = first[0] if first and isinstance(first[0], int) else None
    with uow.session_factory() as session:
        session.info["user_id"] = uow.user_id
        session.connection(execution_options={WRITE_LOCK_OPTION: True})
        record(session, str(action), str(area), record_id, label=name)
        session.commit()


def open_to_all(func: Callable[P, R]) -> Callable[P, R]:
    """Mark a service function any signed-in user may call (their own settings, logging in, look-ups
    every screen needs); the check that every service function is marked reads this."""
    func.permission = None  # type: ignore[attr-defined]
    return func


def checks_inside(func: Callable[P, R]) -> Callable[P, R]:
    """Mark a service function whose right depends on its arguments (an import's kind): it calls
    `require` itself before doing anything."""
    func.permission = "inside"  # type: ignore[attr-defined]
    return func


def require(uow: Any, area: Area, action: Action) -> None:
    """Refuse (PermissionDenied) unless the acting user may do `action` in `area`; inside a guarded call
    the outer right already covers it."""
    if getattr(uow, "guard_depth", 0) == 0:
        uow.principal().require(area, action)
