"""Plain values that cross between the service desk screens and services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# As the screens may name them (screens never import app.models).
NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED = "new", "in_progress", "waiting", "resolved", "closed"
STATUSES = (NEW, IN_PROGRESS, WAITING, RESOLVED, CLOSED)
ACTIVE_STATUSES = (NEW, IN_PROGRESS, WAITING)
KINDS = ("complaint", "question", "repair")
PRIORITIES = ("low", "normal", "high", "urgent")
SORT_KEYS = ("number", "subject", "client", "priority", "status", "due", "created", "responsible")


@dataclass(frozen=True, slots=True)
class RequestForm:
    """Everything the request card edits (status moves through its own actions)."""

    kind: str = "question"
    client_id: int | None = None
    contact_person_id: int | None = None
    subject: str = ""
    description: str = ""
    priority: str = "normal"
    responsible_id: int | None = None
    due_at: datetime | None = None          # naive UTC
    document_ref: str = ""                  # free text until sales documents land ("Invoice 2025-117")
    product_id: int | None = None           # the catalog product the request is about
    product_ref: str = ""                   # its details: serial number, configuration


@dataclass(frozen=True, slots=True)
class ProductChoice:
    """A catalog product as the request's product picker offers it."""

    id: int
    sku: str
    name: str
    archived: bool = False

    @property
    def label(self) -> str:
        return f"{self.sku} · {self.name}"


@dataclass(frozen=True, slots=True)
class RequestCard:
    id: int
    number: str
    version: int
    form: RequestForm
    status: str
    resolution: str
    client_name: str
    contact_name: str
    responsible_name: str
    created_at: datetime
    resolved_at: datetime | None
    closed_at: datetime | None
    overdue: bool
    next_statuses: tuple[str, ...]
    product: ProductChoice | None = None


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One line of a requests list."""

    id: int
    number: str
    subject: str
    kind: str
    client_id: int
    client_name: str
    priority: str
    status: str
    responsible: str
    due_at: datetime | None
    created_at: datetime
    overdue: bool
    version: int
    product_id: int | None = None
    product_name: str = ""                  # "P-40 · Pump P-40", "" when no product is linked


@dataclass(frozen=True, slots=True)
class RequestQuery:
    """What a requests list asks for. `status` "active" means new, in progress or waiting."""

    status: str | None = "active"
    responsible_id: int | None = None
    overdue_only: bool = False
    search: str = ""
    client_id: int | None = None
    sort: str = "due"
    descending: bool = False
