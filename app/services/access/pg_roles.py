"""PostgreSQL: each Karavan user is a database role whose privileges mirror the permission matrix.

A sales manager who connects with psql sees exactly what Karavan shows them: table privileges follow
their role's cells (view → SELECT, create → INSERT, edit → UPDATE, delete → DELETE on the area's own
tables), and row-level security policies on client, deal, task and document apply the same own / team /
all scopes through `karavan_can_see`. Ledgers and figures the app maintains (stock moves, balances,
numbering) and the audit trail are read-only to every user role; nobody but the owner may change them.

Karavan itself connects as the tables' owner, to which row-level security does not apply; it enforces
the same rules in its services. Role names are `<prefix><login>` for users and `<prefix>role_<key>` for
the group role of each Karavan role (roles are per server, not per database: the prefix tells two
Karavan databases on one server apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import Role, RolePermission, User
from app.services.access.matrix import SCOPED_AREAS, Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

DEFAULT_PREFIX = "karavan_"

# The tables a right in each area writes to (child rows follow their record).
AREA_TABLES: dict[Area, tuple[str, ...]] = {
    Area.CLIENTS: ("client", "contact_person", "contact_channel", "address", "bank_account", "client_tag", "tag",
                   "position"),
    Area.DEALS: ("deal", "deal_line"),
    Area.TASKS: ("task", "interaction"),
    Area.MARKETING: ("segment", "campaign"),
    Area.SERVICE_DESK: ("service_request",),
    Area.PRODUCTS: ("product", "barcode", "price_list", "price", "client_price_terms", "category", "unit"),
    Area.WAREHOUSE: ("stock_document", "stock_doc_line", "warehouse", "lot"),
    Area.DOCUMENTS: ("document", "document_line"),
    Area.PAYMENTS: ("payment",),
    Area.PRODUCTION: ("bom", "bom_line", "production_order", "production_order_line", "supplier_product"),
    Area.SETTINGS: ("company", "document_layout", "currency_rate", "pipeline", "stage", "lost_reason", "objective",
                    "key_result", "check_in", "sales_plan"),
    # Reports read the areas' own tables: over SQL, that takes the rights of those areas.
    Area.REPORTS: (),
    Area.USERS: (),
    Area.AUDIT: ("audit_event",),
}
# What a view right lets one read besides the area's own tables (the figures kept for it).
AREA_READS: dict[Area, tuple[str, ...]] = {
    Area.CLIENTS: ("client_merge", "client_balance"),
    Area.DEALS: ("deal_stage_change",),
    Area.MARKETING: ("campaign_recipient",),
    Area.PRODUCTS: ("product_photo",),
    Area.WAREHOUSE: ("stock_move", "stock_balance", "reservation", "stock_period_sum"),
    Area.DOCUMENTS: ("client_balance", "payment_allocation"),
    Area.PAYMENTS: ("payment_allocation", "client_balance"),
    Area.PRODUCTION: ("production_completion",),
    # Goals are read with the Reports view right (and set with Settings edit).
    Area.REPORTS: ("objective", "key_result", "check_in", "sales_plan"),
}
# Look-ups every signed-in user reads (names in lists, units, stages…).
COMMON_READS = ("unit", "category", "warehouse", "pipeline", "stage", "lost_reason", "company", "currency_rate",
                "document_layout", "company_image", "branch", "department", "role", "alembic_version", "tag",
                "position", "price_list")
# app_user without its password hashes.
USER_COLUMNS = ("id", "login", "full_name", "email", "active", "role_id", "branch_id", "department_id", "db_role")
_PRIVILEGE = {Action.VIEW: "SELECT", Action.CREATE: "INSERT", Action.EDIT: "UPDATE", Action.DELETE: "DELETE"}

# (table, owner column, branch expression) for row-level security.
_OWNED = {
    Area.CLIENTS: ("client", "manager_id", "branch_id"),
    Area.DEALS: ("deal", "manager_id", "branch_id"),
    Area.TASKS: ("task", "assignee_id", "(SELECT u.branch_id FROM app_user u WHERE u.id = assignee_id)"),
    Area.DOCUMENTS: ("document", "manager_id", "branch_id"),
}

_CAN_SEE = """
CREATE OR REPLACE FUNCTION karavan_can_see(p_area text, p_action text, p_owner integer, p_creator integer,
                                           p_branch integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT COALESCE((
    SELECT CASE
      WHEN u.is_admin OR r.is_admin THEN true
      WHEN rp.scope = 'all' THEN true
      WHEN rp.scope = 'own' THEN u.id IN (p_owner, p_creator)
      WHEN rp.scope = 'team' THEN u.id IN (p_owner, p_creator) OR u.branch_id IS NULL
                                  OR COALESCE(b.is_head_office, false) OR p_branch = u.branch_id
      ELSE false END
    FROM app_user u
    LEFT JOIN role r ON r.id = u.role_id
    LEFT JOIN role_permission rp ON rp.role_id = u.role_id AND rp.area = p_area AND rp.action = p_action
    LEFT JOIN branch b ON b.id = u.branch_id
    -- session_user: inside a SECURITY DEFINER function current_user is the function's owner.
    WHERE u.db_role = session_user AND u.active
      AND (u.is_admin OR r.is_admin OR rp.role_id IS NOT NULL)
  ), false)
$$
"""


@dataclass(frozen=True, slots=True)
class RoleSync:
    group_roles: int
    user_roles: int
    # Users made inactive: their database role may no longer log in.
    disabled: int


def _ident(name: str) -> str:
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValidationError({"db_role": msg("cannot name a database role {name!r}", name=name)})
    return f'"{name}"'


def role_name(prefix: str, login: str) -> str:
    """The database role of a login: lower case, letters, digits and underscores only."""
    clean = re.sub(r"[^a-z0-9_]", "_", login.lower())
    return (prefix + clean)[:63]


def _exists(s: Session, name: str) -> bool:
    return s.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first() is not None


def _require_postgres(s: Session) -> None:
    if s.get_bind().dialect.name != "postgresql":
        raise ValidationError({"database": msg("database roles exist only on PostgreSQL")})


@requires(Area.USERS, Action.EDIT)
def sync_database_roles(uow: UnitOfWork, *, prefix: str = DEFAULT_PREFIX) -> RoleSync:
    """Create or update every group and user role, their privileges and the row-level security policies, so
    the database grants what the matrix says (run after changing roles or users; safe to run again)."""
    with uow:
        s = uow.session
        _require_postgres(s)
        _install_policies(s)
        groups = 0
        cells: dict[int, dict] = {}
        for role_id, area, action, scope in s.execute(select(RolePermission.role_id, RolePermission.area,
                                                             RolePermission.action, RolePermission.scope)):
            cells.setdefault(role_id, {})[(area, action)] = scope
        group_of: dict[int, str] = {}
        for role in s.scalars(select(Role)):
            name = role_name(prefix, "role_" + role.key)
            if not _exists(s, name):
                s.execute(text(f"CREATE ROLE {_ident(name)} NOLOGIN"))
            _grant_group(s, name, role.is_admin, cells.get(role.id, {}))
            group_of[role.id] = name
            groups += 1
        users = disabled = 0
        for user in s.scalars(select(User)):
            name = user.db_role or role_name(prefix, user.login)
            if not _exists(s, name):
                s.execute(text(f"CREATE ROLE {_ident(name)} LOGIN"))
            s.execute(text(f"ALTER ROLE {_ident(name)} {'LOGIN' if user.active else 'NOLOGIN'}"))
            for other in group_of.values():
                s.execute(text(f"REVOKE {_ident(other)} FROM {_ident(name)}"))
            if user.role_id in group_of:
                s.execute(text(f"GRANT {_ident(group_of[user.role_id])} TO {_ident(name)}"))
            user.db_role = name
            users += 1
            disabled += not user.active
        uow.commit()
        return RoleSync(groups, users, disabled)


def _grant_group(s: Session, group: str, is_admin: bool, cells: dict[tuple[str, str], str]) -> None:
    g = _ident(group)
    s.execute(text(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {g}"))
    s.execute(text(f"GRANT USAGE ON SCHEMA public TO {g}"))
    s.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {g}"))
    s.execute(text(f"GRANT SELECT ON {', '.join(COMMON_READS)} TO {g}"))
    s.execute(text(f"GRANT SELECT ({', '.join(USER_COLUMNS)}) ON app_user TO {g}"))
    for area in Area:
        tables = AREA_TABLES[area]
        for action, privilege in _PRIVILEGE.items():
            if not (is_admin or (area.value, action.value) in cells):
                continue
            writable = tables if area is not Area.AUDIT or action is Action.VIEW else ()
            targets = list(writable) + (list(AREA_READS.get(area, ())) if action is Action.VIEW else [])
            if targets:
                s.execute(text(f"GRANT {privilege} ON {', '.join(sorted(set(targets)))} TO {g}"))


def _install_policies(s: Session) -> None:
    s.execute(text(_CAN_SEE))
    for area, (table, owner, branch) in _OWNED.items():
        s.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        args = f"'{area.value}', '{{action}}', {owner}, created_by_id, {branch}"
        for command, action, clause in (("SELECT", "view", "USING"), ("UPDATE", "edit", "USING"),
                                        ("DELETE", "delete", "USING"), ("INSERT", "create", "WITH CHECK")):
            policy = f"karavan_{command.lower()}"
            s.execute(text(f"DROP POLICY IF EXISTS {policy} ON {table}"))
            s.execute(text(f"CREATE POLICY {policy} ON {table} FOR {command} {clause} "
                           f"(karavan_can_see({args.format(action=action)}))"))
    assert frozenset(_OWNED) == SCOPED_AREAS


def set_database_password(s: Session, user: User, password: str) -> None:
    """Give the user's database role this password too (PostgreSQL, once their role exists): they log in to
    other tools with the same password as to Karavan. Called by the services that set passwords."""
    if s.get_bind().dialect.name != "postgresql" or not user.db_role or not _exists(s, user.db_role):
        return
    # ALTER ROLE takes no bind parameters: quote the literal the way PostgreSQL does.
    literal = "'" + password.replace("'", "''") + "'"
    s.execute(text(f"ALTER ROLE {_ident(user.db_role)} PASSWORD {literal}"))


@requires(Area.USERS, Action.DELETE)
def drop_database_roles(uow: UnitOfWork, *, prefix: str = DEFAULT_PREFIX) -> int:
    """Remove every Karavan database role with this prefix (users can then reach the data only through
    Karavan); returns how many were dropped."""
    with uow:
        s = uow.session
        _require_postgres(s)
        names = [n for (n,) in s.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                         {"p": prefix.replace("_", r"\_") + "%"})]
        for name in names:
            s.execute(text(f"REASSIGN OWNED BY {_ident(name)} TO CURRENT_USER"))
            s.execute(text(f"DROP OWNED BY {_ident(name)}"))
        for name in names:
            s.execute(text(f"DROP ROLE {_ident(name)}"))
        for user in s.scalars(select(User).where(User.db_role.like(prefix.replace("_", r"\_") + "%"))):
            user.db_role = ""
        uow.commit()
        return len(names)
