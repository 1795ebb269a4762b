"""The administrator's side: roles and their matrix, user accounts, branches and departments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from app.models import Branch, Department, Role, RolePermission, User, utcnow
from app.services import validation as v
from app.services.access.matrix import AREA_ACTIONS, SCOPED_AREAS, Action, Area, Scope
from app.services.access.passwords import hash_password, password_error
from app.services.access.pg_roles import set_database_password
from app.services.access.principal import Principal, open_to_all, requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class RoleRow:
    id: int
    key: str
    name: str
    description: str
    is_admin: bool
    # (area, action) → scope
    cells: dict[tuple[str, str], str]
    users: int
    version: int


@dataclass(frozen=True, slots=True)
class AccountRow:
    id: int
    login: str
    full_name: str
    email: str
    role_id: int | None
    role_name: str
    branch_id: int | None
    branch_name: str
    department_id: int | None
    department_name: str
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None
    db_role: str
    version: int


@dataclass(frozen=True, slots=True)
class BranchRow:
    id: int
    name: str
    is_head_office: bool
    active: bool
    version: int


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    id: int
    name: str
    branch_id: int | None
    branch_name: str
    active: bool
    version: int


def _check_version(obj, expected: int | None, entity: str) -> None:
    if expected is not None and obj.version != expected:
        raise ConcurrentEdit(entity, obj.id, changed_by=None, changed_at=obj.updated_at)


@open_to_all
def my_rights(uow: UnitOfWork) -> Principal:
    """What the acting user may do (the screens hide and disable by it; the services enforce it)."""
    return uow.principal()


@requires(Area.USERS, Action.VIEW)
def list_roles(uow: UnitOfWork) -> list[RoleRow]:
    """Every role, the administrator first, with its cells and how many users hold it."""
    with uow:
        s = uow.session
        users = dict(s.execute(select(User.role_id, func.count()).group_by(User.role_id)).all())
        cells: dict[int, dict] = {}
        for role_id, area, action, scope in s.execute(select(RolePermission.role_id, RolePermission.area,
                                                             RolePermission.action, RolePermission.scope)):
            cells.setdefault(role_id, {})[(area, action)] = scope
        roles = s.scalars(select(Role).order_by(Role.is_admin.desc(), Role.name))
        return [RoleRow(r.id, r.key, r.name, r.description, r.is_admin, cells.get(r.id, {}), users.get(r.id, 0),
                        r.version) for r in roles]


def _clean_cells(cells: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    clean = {}
    for (area, action), scope in cells.items():
        try:
            a, act, sc = Area(area), Action(action), Scope(scope)
        except ValueError as exc:
            raise ValidationError({"cells": msg("unknown permission {area}/{action}/{scope}", area=area, action=action, scope=scope)}) from exc
        if act not in AREA_ACTIONS[a]:
            raise ValidationError({"cells": msg("{trigger} has no {action} action", trigger=a.value, action=act.value)})
        clean[(a.value, act.value)] = sc.value if a in SCOPED_AREAS else Scope.ALL.value
    return clean


@requires(Area.USERS, Action.EDIT)
def save_role(uow: UnitOfWork, role_id: int | None, *, name: str, description: str = "",
              cells: dict[tuple[str, str], str], expected_version: int | None = None) -> RoleRow:
    """Create (role_id None) or change a role and its whole matrix; raises ValidationError, NotFound,
    ConcurrentEdit. The administrator role's matrix cannot be narrowed (it has none)."""
    name = v.clean(name)
    if not name:
        raise ValidationError({"name": msg("is required")})
    clean = _clean_cells(cells)
    with uow:
        s = uow.session
        if role_id is None:
            key = "custom_" + "".join(c if c.isalnum() else "_" for c in v.fold(name))[:30]
            while s.scalar(select(Role.id).where(Role.key == key)) is not None:
                key += "_"
            role = Role(key=key, name=name, description=v.clean(description), is_admin=False)
            s.add(role)
            s.flush()
        else:
            role = s.get(Role, role_id)
            if role is None:
                raise NotFound("role", role_id)
            _check_version(role, expected_version, "role")
            role.name, role.description = name, v.clean(description)
            if not role.is_admin:
                s.execute(delete(RolePermission).where(RolePermission.role_id == role.id))
                role.updated_at = utcnow()  # the matrix is the role's content: bump its version
        if not role.is_admin:
            s.add_all(RolePermission(role_id=role.id, area=a, action=act, scope=sc) for (a, act), sc in clean.items())
        s.flush()
        users = s.scalar(select(func.count()).select_from(User).where(User.role_id == role.id)) or 0
        row = RoleRow(role.id, role.key, role.name, role.description, role.is_admin,
                      {} if role.is_admin else clean, users, role.version)
        uow.commit()
        return row


@requires(Area.USERS, Action.DELETE)
def delete_role(uow: UnitOfWork, role_id: int) -> None:
    """Delete a role nobody holds; raises NotFound or ValidationError."""
    with uow:
        s = uow.session
        role = s.get(Role, role_id)
        if role is None:
            raise NotFound("role", role_id)
        if role.is_admin:
            raise ValidationError({"role": msg("the administrator role cannot be deleted")})
        if s.scalar(select(func.count()).select_from(User).where(User.role_id == role_id)):
            raise ValidationError({"role": msg("users still hold this role; give them another one first")})
        s.delete(role)
        uow.commit()


def _account(s, user: User) -> AccountRow:
    role = s.get(Role, user.role_id) if user.role_id else None
    branch = s.get(Branch, user.branch_id) if user.branch_id else None
    dept = s.get(Department, user.department_id) if user.department_id else None
    locked = user.locked_until if user.locked_until and user.locked_until > utcnow() else None
    return AccountRow(user.id, user.login, user.full_name, user.email, user.role_id, role.name if role else "",
                      user.branch_id, branch.name if branch else "", user.department_id, dept.name if dept else "",
                      user.active, locked, user.must_change_password, user.last_login_at, user.db_role, user.version)


@requires(Area.USERS, Action.VIEW)
def list_accounts(uow: UnitOfWork, *, include_inactive: bool = True) -> list[AccountRow]:
    """Every user with their role, branch, department and lock state, by full name."""
    with uow:
        stmt = select(User).order_by(User.full_name)
        if not include_inactive:
            stmt = stmt.where(User.active.is_(True))
        return [_account(uow.session, u) for u in uow.session.scalars(stmt)]


@requires(Area.USERS, Action.EDIT)
def update_account(uow: UnitOfWork, user_id: int, *, full_name: str, email: str, role_id: int,
                   branch_id: int | None, department_id: int | None, active: bool,
                   expected_version: int) -> AccountRow:
    """Change a user's details, role and place; raises ValidationError, NotFound, ConcurrentEdit. The last
    active administrator cannot be demoted or deactivated (nobody could manage users any more)."""
    errors = {}
    if not v.clean(full_name):
        errors["full_name"] = msg("is required")
    if errors:
        raise ValidationError(errors)
    with uow:
        s = uow.session
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("user", user_id)
        _check_version(user, expected_version, "user")
        role = s.get(Role, role_id)
        if role is None:
            raise ValidationError({"role": msg("is not a known role")})
        if department_id is not None:
            dept = s.get(Department, department_id)
            if dept is None:
                raise ValidationError({"department": msg("is not a known department")})
            if branch_id is not None and dept.branch_id not in (None, branch_id):
                raise ValidationError({"department": msg("belongs to another branch")})
        if (user.is_admin or _holds_admin_role(s, user)) and not (role.is_admin and active) \
                and _active_admins(s) <= 1:
            raise ValidationError({"role": msg("this is the last administrator; make another one first")})
        user.full_name, user.email = v.clean(full_name), v.clean(email)
        user.role_id, user.branch_id, user.department_id, user.active = role_id, branch_id, department_id, active
        user.is_admin = role.is_admin
        s.flush()
        row = _account(s, user)
        uow.commit()
        return row


def _holds_admin_role(s, user: User) -> bool:
    return bool(user.role_id and s.scalar(select(Role.is_admin).where(Role.id == user.role_id)))


def _active_admins(s) -> int:
    return s.scalar(select(func.count()).select_from(User).outerjoin(Role, Role.id == User.role_id)
                    .where(User.active.is_(True), (User.is_admin.is_(True)) | (Role.is_admin.is_(True)))) or 0


@requires(Area.USERS, Action.EDIT)
def reset_password(uow: UnitOfWork, user_id: int, *, new_password: str) -> AccountRow:
    """Give a user a new password they must change at their next login; also unlocks the account."""
    with uow:
        s = uow.session
        user = s.get(User, user_id)
        if user is None:
            raise NotFound("user", user_id)
        if err := password_error(new_password, login=user.login):
            raise ValidationError({"password": err})
        user.password_hash = hash_password(new_password)
        set_database_password(s, user, new_password)
        user.must_change_password = True
        user.password_changed_at = utcnow()
        user.failed_logins, user.locked_until = 0, None
        s.flush()
        row = _account(s, user)
        uow.commit()
        return row


@requires(Area.USERS, Action.EDIT)
def unlock_account(uow: UnitOfWork, user_id: int) -> AccountRow:
    """Open an account locked by wrong passwords before its time runs out."""
    with uow:
        user = uow.session.get(User, user_id)
        if user is None:
            raise NotFound("user", user_id)
        user.failed_logins, user.locked_until = 0, None
        uow.session.flush()
        row = _account(uow.session, user)
        uow.commit()
        return row


@open_to_all
def list_branches(uow: UnitOfWork, *, include_inactive: bool = False) -> list[BranchRow]:
    """Branches, the head office first (every screen that cuts by branch offers these)."""
    with uow:
        stmt = select(Branch).order_by(Branch.is_head_office.desc(), Branch.name_key)
        if not include_inactive:
            stmt = stmt.where(Branch.active.is_(True))
        return [BranchRow(b.id, b.name, b.is_head_office, b.active, b.version) for b in uow.session.scalars(stmt)]


@requires(Area.USERS, Action.EDIT)
def save_branch(uow: UnitOfWork, branch_id: int | None, *, name: str, is_head_office: bool = False,
                active: bool = True, expected_version: int | None = None) -> BranchRow:
    """Create or change a branch; only one is the head office. Raises ValidationError, NotFound, ConcurrentEdit."""
    name = v.clean(name)
    if not name:
        raise ValidationError({"name": msg("is required")})
    with uow:
        s = uow.session
        key = v.fold(name)
        clash = s.scalar(select(Branch.id).where(Branch.name_key == key))
        if clash is not None and clash != branch_id:
            raise ValidationError({"name": msg("another branch has this name")})
        if branch_id is None:
            branch = Branch(name=name, name_key=key)
            s.add(branch)
        else:
            branch = s.get(Branch, branch_id)
            if branch is None:
                raise NotFound("branch", branch_id)
            _check_version(branch, expected_version, "branch")
            branch.name, branch.name_key = name, key
        if is_head_office:
            for other in s.scalars(select(Branch).where(Branch.is_head_office.is_(True))):
                if other is not branch:
                    other.is_head_office = False
        branch.is_head_office, branch.active = is_head_office, active
        s.flush()
        row = BranchRow(branch.id, branch.name, branch.is_head_office, branch.active, branch.version)
        uow.commit()
        return row


@open_to_all
def list_departments(uow: UnitOfWork, *, include_inactive: bool = False) -> list[DepartmentRow]:
    """Departments by branch and name."""
    with uow:
        stmt = (select(Department, Branch.name).outerjoin(Branch, Branch.id == Department.branch_id)
                .order_by(Branch.name_key, Department.name_key))
        if not include_inactive:
            stmt = stmt.where(Department.active.is_(True))
        return [DepartmentRow(d.id, d.name, d.branch_id, bname or "", d.active, d.version)
                for d, bname in uow.session.execute(stmt)]


@requires(Area.USERS, Action.EDIT)
def save_department(uow: UnitOfWork, department_id: int | None, *, name: str, branch_id: int | None,
                    active: bool = True, expected_version: int | None = None) -> DepartmentRow:
    """Create or change a department; raises ValidationError, NotFound, ConcurrentEdit."""
    name = v.clean(name)
    if not name:
        raise ValidationError({"name": msg("is required")})
    with uow:
        s = uow.session
        key = v.fold(name)
        clash = s.scalar(select(Department.id).where(Department.name_key == key,
                                                     Department.branch_id.is_(branch_id) if branch_id is None
                                                     else Department.branch_id == branch_id))
        if clash is not None and clash != department_id:
            raise ValidationError({"name": msg("this branch already has a department with this name")})
        if department_id is None:
            dept = Department(name=name, name_key=key, branch_id=branch_id)
            s.add(dept)
        else:
            dept = s.get(Department, department_id)
            if dept is None:
                raise NotFound("department", department_id)
            _check_version(dept, expected_version, "department")
            dept.name, dept.name_key, dept.branch_id = name, key, branch_id
        dept.active = active
        s.flush()
        bname = s.scalar(select(Branch.name).where(Branch.id == branch_id)) if branch_id else ""
        row = DepartmentRow(dept.id, dept.name, dept.branch_id, bname or "", dept.active, dept.version)
        uow.commit()
        return row
