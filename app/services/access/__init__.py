"""Users' rights (roles, the permission matrix, scopes by owner and branch) and the audit trail."""

from app.services.access.admin import (
    AccountRow,
    BranchRow,
    DepartmentRow,
    RoleRow,
    delete_role,
    list_accounts,
    list_branches,
    list_departments,
    list_roles,
    my_rights,
    reset_password,
    save_branch,
    save_department,
    save_role,
    unlock_account,
    update_account,
)
from app.services.access.history import (
    AuditRow,
    audit_entities,
    check_audit,
    export_audit,
    record_history,
    search_audit,
)
from app.services.access.pg_roles import RoleSync, drop_database_roles, sync_database_roles

__all__ = ["AccountRow", "AuditRow", "BranchRow", "DepartmentRow", "RoleRow", "audit_entities", "check_audit",
           "RoleSync", "delete_role", "export_audit", "drop_database_roles", "sync_database_roles", "list_accounts", "list_branches", "list_departments", "list_roles", "my_rights",
           "record_history", "reset_password", "save_branch", "save_department", "save_role", "search_audit",
           "unlock_account", "update_account"]
