"""Users' rights (roles, the permission matrix, scopes by owner and branch) and the audit trail.

The use cases are reached as `ctx.access.list_roles(…)` and so on, but loaded only when first asked for:
every service module imports this package's matrix and principal, and the use cases below import many
of those services in turn.
"""

from __future__ import annotations

import importlib
from typing import Any

_HOMES = {
    "admin": ("AccountRow", "BranchRow", "DepartmentRow", "RoleRow", "delete_role", "list_accounts", "list_branches",
              "list_departments", "list_roles", "my_rights", "reset_password", "save_branch", "save_department",
              "save_role", "unlock_account", "update_account"),
    "history": ("AuditRow", "audit_entities", "check_audit", "export_audit", "record_history", "search_audit"),
    "pg_roles": ("RoleSync", "drop_database_roles", "sync_database_roles"),
}
_WHERE = {name: module for module, names in _HOMES.items() for name in names}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"app.services.access.{module}"), name)
