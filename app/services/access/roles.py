"""The built-in roles, made on a new database and kept present on an old one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Role, RolePermission
from app.services.access.matrix import ADMINISTRATOR, BUILTIN_ROLES


def ensure_builtin_roles(session: Session) -> dict[str, int]:
    """Create whichever built-in roles are missing (an administrator's edits to existing ones stay);
    returns every role's id by key."""
    have = dict(session.execute(select(Role.key, Role.id)).all())
    if ADMINISTRATOR not in have:
        role = Role(key=ADMINISTRATOR, name="Administrator", is_admin=True,
                    description="Everything, including users, roles and the audit trail.")
        session.add(role)
        session.flush()
        have[ADMINISTRATOR] = role.id
    for key, (name, description, cells) in BUILTIN_ROLES.items():
        if key in have:
            continue
        role = Role(key=key, name=name, description=description, is_admin=False)
        session.add(role)
        session.flush()
        session.add_all(RolePermission(role_id=role.id, area=area, action=action, scope=scope)
                        for (area, action), scope in cells.items())
        have[key] = role.id
    session.flush()
    return have
