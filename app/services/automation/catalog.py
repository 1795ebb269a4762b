"""What a rule can listen to, look at and do: triggers, condition fields and actions, described as data.

The rule editor builds its forms from these tables, and `save_rule` validates against them, so a new
trigger or action is one entry here plus its code in capture.py / timed.py / actions.py.
"""

from __future__ import annotations

from dataclasses import dataclass

# Parameter kinds the editor knows how to edit.
#   text, int, time ("HH:MM"), weekday (1–7), stage_kind, stage, doc_type, assignee, recipients, field, task_kind
ParamSpec = tuple[str, str, str]   # (key, title, kind)


@dataclass(frozen=True, slots=True)
class TriggerDef:
    key: str
    title: str
    entity: str          # the record the rule's conditions and actions look at ("" for a schedule)
    timed: bool = False  # found by tick() rather than by a committed change
    params: tuple[ParamSpec, ...] = ()


TRIGGERS: tuple[TriggerDef, ...] = (
    TriggerDef("client.created", "Client created", "client"),
    TriggerDef("deal.created", "Deal created", "deal"),
    TriggerDef("deal.stage", "Deal moved to a stage", "deal",
               params=(("stage_kind", "Stage kind", "stage_kind"), ("stage_id", "Stage", "stage"))),
    TriggerDef("document.created", "Document created", "document", params=(("doc_type", "Type", "doc_type"),)),
    TriggerDef("document.confirmed", "Document confirmed", "document", params=(("doc_type", "Type", "doc_type"),)),
    TriggerDef("document.posted", "Document posted to stock", "document", params=(("doc_type", "Type", "doc_type"),)),
    TriggerDef("document.paid", "Invoice paid in full", "document", params=(("doc_type", "Type", "doc_type"),)),
    TriggerDef("document.overdue", "Invoice overdue", "document", timed=True,
               params=(("days", "Days after the due date", "int"),)),
    TriggerDef("payment.received", "Payment received", "payment"),
    TriggerDef("product.below_min", "Stock of a product below its minimum", "product", timed=True),
    TriggerDef("task.overdue", "Task overdue", "task", timed=True),
    TriggerDef("production.completed", "Production order completed", "production_order"),
    TriggerDef("schedule", "On a schedule", "", timed=True,
               params=(("every", "Every", "every"), ("weekday", "Weekday", "weekday"), ("at", "At (HH:MM)", "time"))),
)
TRIGGER = {t.key: t for t in TRIGGERS}

# Fields a condition can test, per record: name → (title, kind). Kinds: money, number, text, user,
# pipeline, stage, choice, tags. "tags" are the client's (for a deal or document: its client's).
FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "client": {"kind": ("Kind", "text"), "status": ("Status", "text"), "manager_id": ("Manager", "user"),
               "source": ("Source", "text"), "tags": ("Tags", "tags")},
    "deal": {"amount": ("Amount", "money"), "pipeline_id": ("Pipeline", "pipeline"), "stage_id": ("Stage", "stage"),
             "manager_id": ("Manager", "user"), "status": ("Status", "text"), "source": ("Source", "text"),
             "currency": ("Currency", "text"), "tags": ("Client's tags", "tags")},
    "document": {"doc_type": ("Type", "doc_type"), "total": ("Total", "money"), "status": ("Status", "text"),
                 "manager_id": ("Manager", "user"), "currency": ("Currency", "text"),
                 "payment": ("Payment", "text"), "tags": ("Client's tags", "tags")},
    "payment": {"amount": ("Amount", "money"), "method": ("Method", "text"), "currency": ("Currency", "text"),
                "tags": ("Client's tags", "tags")},
    "product": {"kind": ("Kind", "text"), "sku": ("SKU", "text"), "name": ("Name", "text"),
                "min_stock": ("Minimum stock", "number")},
    "task": {"kind": ("Kind", "text"), "priority": ("Priority", "text"), "assignee_id": ("Assignee", "user"),
             "subject": ("Subject", "text")},
    "production_order": {"quantity": ("Quantity", "number"), "number": ("Number", "text")},
    "": {},
}
OPS: dict[str, str] = {"=": "is", "!=": "is not", ">": ">", ">=": "≥", "<": "<", "<=": "≤",
                       "contains": "contains", "empty": "is empty"}
ORDERED_OPS = frozenset({">", ">=", "<", "<="})

# Fields "Set a field" may change, per record: name → (title, kind).
SETTABLE: dict[str, dict[str, tuple[str, str]]] = {
    "client": {"status": ("Status", "text"), "notes": ("Notes", "text"), "manager_id": ("Manager", "user")},
    "deal": {"probability": ("Probability, %", "number"), "notes": ("Notes", "text"),
             "manager_id": ("Manager", "user"), "source": ("Source", "text")},
    "document": {"notes": ("Notes", "text"), "terms": ("Terms", "text"), "manager_id": ("Manager", "user")},
    "task": {"priority": ("Priority", "text"), "description": ("Description", "text"),
             "assignee_id": ("Assignee", "user")},
    "product": {"min_stock": ("Minimum stock", "number")},
}


@dataclass(frozen=True, slots=True)
class ActionDef:
    key: str
    title: str
    params: tuple[ParamSpec, ...]
    # The records it works on (None: any, including a schedule's none).
    entities: frozenset[str] | None = None


ACTIONS: tuple[ActionDef, ...] = (
    ActionDef("create_task", "Create a task", (("assignee", "For", "assignee"), ("subject", "Subject", "text"),
                                               ("task_kind", "Kind", "task_kind"), ("due_days", "Due in days", "int"),
                                               ("due_hours", "and hours", "int"))),
    ActionDef("notify", "Notify in the app", (("recipients", "Whom", "assignee"), ("text", "Message", "text"))),
    ActionDef("change_stage", "Move the deal to a stage", (("stage_id", "Stage", "stage"),),
              frozenset({"deal", "document", "task"})),
    ActionDef("create_document", "Create a document from it", (("doc_type", "Type", "doc_type"),),
              frozenset({"deal", "document"})),
    ActionDef("set_field", "Set a field", (("field", "Field", "field"), ("value", "Value", "text")),
              frozenset(SETTABLE)),
    ActionDef("add_tag", "Add a tag to the client", (("tag", "Tag", "text"),),
              frozenset({"client", "deal", "document", "payment"})),
    ActionDef("purchase_order", "Draft a purchase order for the product", (), frozenset({"product"})),
)
ACTION = {a.key: a for a in ACTIONS}

TASK_KINDS = ("call", "todo", "meeting", "email")
STAGE_KINDS = ("open", "won", "lost")
EVERY = ("daily", "weekly")
