"""Records beyond a user's scope: left out of every ORM read, and refused when changed.

Clients, deals, tasks and documents belong to a person (manager or assignee, or whoever made them)
and a branch. A role's cell for such an area says how far it reaches: the user's own records, their
branch's ("team"; the head office's team is every branch) or all. Reads are cut with
`with_loader_criteria` on every ORM select, so lists, cards, reports and look-ups inside other use
cases agree; a change to a record outside the edit/delete scope is refused at flush.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from app.models import Client, Deal, Document, Task, User
from app.services.access.matrix import Action, Area, Scope
from app.services.access.principal import Principal
from app.services.errors import PermissionDenied

# Execution option: read past the scope (only for checks that must see everything, such as a number's uniqueness).
UNSCOPED = "karavan_unscoped"

# model → (area, the attribute naming its owner)
OWNED: dict[type, tuple[Area, str]] = {
    Client: (Area.CLIENTS, "manager_id"),
    Deal: (Area.DEALS, "manager_id"),
    Task: (Area.TASKS, "assignee_id"),
    Document: (Area.DOCUMENTS, "manager_id"),
}


def _criteria(model: type, owner: str, scope: Scope, principal: Principal):
    uid, branch = principal.user_id, principal.branch_id
    owner_col = getattr(model, owner)
    if scope is Scope.OWN:
        return lambda cls: or_(owner_col == uid, cls.created_by_id == uid)
    if model is Task:
        return lambda cls: or_(cls.assignee_id.in_(select(User.id).where(User.branch_id == branch)),
                               cls.created_by_id == uid)
    return lambda cls: or_(cls.branch_id == branch, owner_col == uid, cls.created_by_id == uid)


def read_options(principal: Principal) -> list[Any]:
    """The loader criteria that keep `principal`'s reads within their view scopes."""
    options = []
    for model, (area, owner) in OWNED.items():
        scope = principal.scope(area, Action.VIEW)
        if scope is Scope.ALL:
            continue
        if scope is None:
            # No right to view the area at all: none of its records show anywhere.
            options.append(with_loader_criteria(model, lambda cls: cls.id.is_(None), include_aliases=True))
        else:
            options.append(with_loader_criteria(model, _criteria(model, owner, scope, principal),
                                                include_aliases=True))
    return options


def _before(obj: Any, name: str) -> Any:
    """The attribute as it was loaded (a reassigned record is judged by whose it was)."""
    history = inspect(obj).attrs[name].history
    return history.deleted[0] if history.deleted else getattr(obj, name)


def within(principal: Principal, obj: Any, scope: Scope | None) -> bool:
    """Whether a loaded record lies within `scope` for `principal` (the same rule as the read criteria)."""
    if scope is None:
        return False
    if scope is Scope.ALL:
        return True
    _, owner = OWNED[type(obj)]
    uid = principal.user_id
    if uid in (_before(obj, owner), _before(obj, "created_by_id")):
        return True
    if scope is Scope.OWN:
        return False
    if isinstance(obj, Task):
        return True  # its read criteria already limit tasks to the branch's people
    return _before(obj, "branch_id") == principal.branch_id


def _uow_principal(session: Session) -> Principal | None:
    uow = session.info.get("uow")
    if uow is None or uow.user_id is None:
        return None
    principal = uow.principal()
    return None if principal.unrestricted else principal


def branch_options(branch_id: int) -> list[Any]:
    """Loader criteria that keep reads to one branch's records (a report cut by branch)."""
    options = [with_loader_criteria(model, lambda cls: cls.branch_id == branch_id, include_aliases=True)
               for model in (Client, Deal, Document)]
    options.append(with_loader_criteria(
        Task, lambda cls: cls.assignee_id.in_(select(User.id).where(User.branch_id == branch_id)),
        include_aliases=True))
    return options


@event.listens_for(Session, "do_orm_execute")
def _cut_reads(state: ORMExecuteState) -> None:
    if not state.is_select or state.is_column_load or state.is_relationship_load:
        return
    if state.execution_options.get(UNSCOPED):
        return
    if (branch := state.session.info.get("branch_cut")) is not None:
        state.statement = state.statement.options(*branch_options(branch))
    principal = _uow_principal(state.session)
    if principal is None:
        return
    cache = state.session.info.get("read_options")
    if cache is None:
        cache = state.session.info["read_options"] = read_options(principal)
    if cache:
        state.statement = state.statement.options(*cache)


@event.listens_for(Session, "before_flush")
def _check_writes(session: Session, _context: object, _instances: object) -> None:
    uow = session.info.get("uow")
    if uow is None or uow.user_id is None:
        return
    principal = uow.principal()
    for obj in session.new:
        # New records carry the branch of whoever makes them.
        if type(obj) in OWNED and type(obj) is not Task and obj.branch_id is None:
            obj.branch_id = principal.branch_id
    if principal.unrestricted:
        return
    for action, objs in ((Action.EDIT, session.dirty), (Action.DELETE, session.deleted)):
        for obj in objs:
            if type(obj) not in OWNED:
                continue
            if action is Action.EDIT and not session.is_modified(obj, include_collections=False):
                continue
            area, _ = OWNED[type(obj)]
            if not within(principal, obj, principal.scope(area, action)):
                raise PermissionDenied(str(action), area=str(area))
