"""The permission matrix: areas, actions, scopes, and what each built-in role may do."""

from __future__ import annotations

from enum import StrEnum

from app.services.i18n import msg


class Area(StrEnum):
    CLIENTS = "clients"
    DEALS = "deals"
    TASKS = "tasks"
    MARKETING = "marketing"
    SERVICE_DESK = "service_desk"
    PRODUCTS = "products"
    WAREHOUSE = "warehouse"
    DOCUMENTS = "documents"
    PAYMENTS = "payments"
    PRODUCTION = "production"
    REPORTS = "reports"
    SETTINGS = "settings"
    USERS = "users"
    AUDIT = "audit"


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    EDIT = "edit"
    DELETE = "delete"
    POST = "post"
    PRINT = "print"
    EXPORT = "export"


class Scope(StrEnum):
    OWN = "own"
    # The user's branch; from the head office (or with no branches set up) every branch.
    TEAM = "team"
    ALL = "all"


# Marked for translators; shown through i18n.translated (the table is built at import).
AREA_TITLES = {
    Area.CLIENTS: msg("Clients"), Area.DEALS: msg("Sales funnel"), Area.TASKS: msg("Tasks and calendar"),
    Area.MARKETING: msg("Marketing"), Area.SERVICE_DESK: msg("Service desk"), Area.PRODUCTS: msg("Products and prices"),
    Area.WAREHOUSE: msg("Warehouse"), Area.DOCUMENTS: msg("Documents"), Area.PAYMENTS: msg("Payments"),
    Area.PRODUCTION: msg("Production and purchasing"), Area.REPORTS: msg("Dashboard and reports"),
    Area.SETTINGS: msg("Company settings"), Area.USERS: msg("Users and roles"), Area.AUDIT: msg("Audit trail"),
}

# Records of these areas belong to someone (a manager, an assignee) and a branch: their rights carry a scope.
SCOPED_AREAS = frozenset({Area.CLIENTS, Area.DEALS, Area.TASKS, Area.DOCUMENTS})

# The actions that mean something in each area (the matrix screen shows only these cells).
AREA_ACTIONS: dict[Area, tuple[Action, ...]] = {
    Area.CLIENTS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.PRINT, Action.EXPORT),
    Area.DEALS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.EXPORT),
    Area.TASKS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.EXPORT),
    Area.MARKETING: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.POST, Action.EXPORT),
    Area.SERVICE_DESK: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.EXPORT),
    Area.PRODUCTS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.PRINT, Action.EXPORT),
    Area.WAREHOUSE: tuple(Action),
    Area.DOCUMENTS: tuple(Action),
    Area.PAYMENTS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE, Action.POST, Action.EXPORT),
    Area.PRODUCTION: tuple(Action),
    Area.REPORTS: (Action.VIEW, Action.PRINT, Action.EXPORT),
    Area.SETTINGS: (Action.VIEW, Action.EDIT),
    Area.USERS: (Action.VIEW, Action.CREATE, Action.EDIT, Action.DELETE),
    Area.AUDIT: (Action.VIEW, Action.EXPORT),
}

ADMINISTRATOR = "administrator"


def _grant(areas: dict[Area, str], scope: Scope = Scope.ALL) -> dict[tuple[str, str], str]:
    """`{Area.CLIENTS: "vce"}` → the cells for those letters (v c e d p r x = view … print, export)."""
    letters = {"v": Action.VIEW, "c": Action.CREATE, "e": Action.EDIT, "d": Action.DELETE, "p": Action.POST,
               "r": Action.PRINT, "x": Action.EXPORT}
    cells = {}
    for area, spec in areas.items():
        for letter in spec:
            action = letters[letter]
            if action in AREA_ACTIONS[area]:
                cells[(area.value, action.value)] = scope.value if area in SCOPED_AREAS else Scope.ALL.value
    return cells


_EVERYTHING = {area: "vcedprx" for area in Area}

# key: (name, description, cells). The administrator role is not in the matrix: it may do everything.
BUILTIN_ROLES: dict[str, tuple[str, str, dict[tuple[str, str], str]]] = {
    "director": ("Director", "Sees and changes everything in every branch; cannot manage users.",
                 _grant({**_EVERYTHING, Area.USERS: "v"})),
    "sales_manager": ("Sales manager", "Own clients, deals, tasks and documents; the catalogue and stock to read.", {
        **_grant({Area.CLIENTS: "vcerx", Area.DEALS: "vcedx", Area.TASKS: "vcedx", Area.DOCUMENTS: "vcepr"},
                 Scope.OWN),
        **_grant({Area.MARKETING: "vce", Area.SERVICE_DESK: "vce", Area.PRODUCTS: "vr", Area.WAREHOUSE: "v",
                  Area.PAYMENTS: "vc", Area.PRODUCTION: "v", Area.REPORTS: "vrx"}),
    }),
    "warehouse_clerk": ("Warehouse clerk", "Receipts, shipments, transfers and counts; products and labels.", {
        **_grant({Area.WAREHOUSE: "vceprx", Area.PRODUCTS: "vcerx", Area.DOCUMENTS: "vpr", Area.CLIENTS: "v",
                  Area.PRODUCTION: "v"}),
        **_grant({Area.TASKS: "vce"}, Scope.OWN),
    }),
    "accountant": ("Accountant", "Documents and payments of every branch; settings; reports.", {
        **_grant({Area.DOCUMENTS: "vcedprx", Area.PAYMENTS: "vcedpx", Area.CLIENTS: "verx", Area.PRODUCTS: "vx",
                  Area.WAREHOUSE: "vrx", Area.REPORTS: "vrx", Area.SETTINGS: "ve", Area.PRODUCTION: "v",
                  Area.AUDIT: "v"}),
        **_grant({Area.TASKS: "vce"}, Scope.OWN),
    }),
    "production": ("Production", "Bills of materials, production orders, MRP and purchasing; stock they use.", {
        **_grant({Area.PRODUCTION: "vcedprx", Area.WAREHOUSE: "vcepr", Area.PRODUCTS: "vce", Area.DOCUMENTS: "vcer",
                  Area.CLIENTS: "v", Area.REPORTS: "v"}),
        **_grant({Area.TASKS: "vce"}, Scope.OWN),
    }),
}

ROLE_ORDER = (ADMINISTRATOR, "director", "sales_manager", "warehouse_clerk", "accountant", "production")
