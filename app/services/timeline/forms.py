"""Plain values that cross between screens and the timeline services: logged interactions and the
merged entries of a client's timeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.planner import InteractionDirection, InteractionKind

# What each entry kind is, and the filter chip it belongs to on the timeline.
INTERACTION_KINDS = frozenset(str(k) for k in InteractionKind)
TASK_KINDS = frozenset({"task", "task_done"})
DEAL_KINDS = frozenset({"deal_created", "deal_stage", "deal_won", "deal_lost"})
SERVICE_KINDS = frozenset({"service_request"})
CAMPAIGN_KINDS = frozenset({"campaign_email"})
# Posted stock documents of the client: receipts from a supplier, shipments to a customer.
STOCK_KINDS = frozenset({"stock_document"})
# Sales and purchase documents once confirmed (or cancelled), and payments.
DOCUMENT_KINDS = frozenset({"document"})
PAYMENT_KINDS = frozenset({"payment"})
ENTRY_KINDS = (INTERACTION_KINDS | TASK_KINDS | DEAL_KINDS | SERVICE_KINDS | CAMPAIGN_KINDS | STOCK_KINDS
               | DOCUMENT_KINDS | PAYMENT_KINDS)
# A campaign e-mail is something the client received from us, so it sits with the interactions.
FILTER_GROUPS: dict[str, frozenset[str]] = {
    "interactions": INTERACTION_KINDS | CAMPAIGN_KINDS,
    "tasks": TASK_KINDS,
    "deals": DEAL_KINDS,
    "service": SERVICE_KINDS,
    "documents": STOCK_KINDS | DOCUMENT_KINDS | PAYMENT_KINDS,
}
DIRECTIONS = frozenset(str(d) for d in InteractionDirection)


@dataclass(frozen=True, slots=True)
class InteractionForm:
    """What the log dialog edits. `occurred_at` is naive UTC, like every stored time."""

    client_id: int | None = None
    kind: str = InteractionKind.CALL
    direction: str = InteractionDirection.NONE
    occurred_at: datetime | None = None
    contact_person_id: int | None = None
    deal_id: int | None = None
    task_id: int | None = None
    subject: str = ""
    result: str = ""
    duration_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """A logged interaction as a screen shows it, with the version the user saw."""

    id: int
    version: int
    form: InteractionForm
    user_name: str = ""
    contact_name: str = ""
    deal_title: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class PickItem:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class InteractionChoices:
    """What the log dialog offers for one client: its contact persons and its deals."""

    client_id: int
    client_name: str
    contacts: tuple[PickItem, ...]
    deals: tuple[PickItem, ...]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One thing that happened with a client. `title`, `detail` and `facts` are the user's own words
    (subject, result, stage names…); the screen adds the kind's label and formats `at`/`due_at`."""

    at: datetime                 # naive UTC
    kind: str                    # one of ENTRY_KINDS
    title: str
    detail: str
    user_name: str
    record_kind: str             # "interaction", "task", "deal", "service_request", "campaign", "stock_document"
    record_id: int
    facts: str = ""              # short extras: contact person, duration, e-mail address, reason
    status: str = ""             # the record's status where it has one (task, request, deal)
    direction: str = ""          # interactions: "in", "out" or ""; stock documents: "in" receipt, "out" shipment
    due_at: datetime | None = None   # tasks: when it is due (naive UTC)
