"""What a rule can listen to, look at and do: triggers, condition fields and actions, described as data.

The rule editor builds its forms from these tables, and `save_rule` validates against them, so a new
trigger or action is one entry here plus its code in capture.py / timed.py / actions.py.

Titles are marked with `msg` for translators and shown through `translated` (app/services/i18n.py): these
tables are built when the module loads, before the desktop installs its translator.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.i18n import msg

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
    TriggerDef("client.created", msg("Client created"), "client"),
    TriggerDef("deal.created", msg("Deal created"), "deal"),
    TriggerDef("deal.stage", msg("Deal moved to a stage"), "deal",
               params=(("stage_kind", msg("Stage kind"), "stage_kind"), ("stage_id", msg("Stage"), "stage"))),
    TriggerDef("document.created", msg("Document created"), "document", params=(("doc_type", msg("Type"), "doc_type"),)),
    TriggerDef("document.confirmed", msg("Document confirmed"), "document", params=(("doc_type", msg("Type"), "doc_type"),)),
    TriggerDef("document.posted", msg("Document posted to stock"), "document", params=(("doc_type", msg("Type"), "doc_type"),)),
    TriggerDef("document.paid", msg("Invoice paid in full"), "document", params=(("doc_type", msg("Type"), "doc_type"),)),
    TriggerDef("document.overdue", msg("Invoice overdue"), "document", timed=True,
               params=(("days", msg("Days after the due date"), "int"),)),
    TriggerDef("payment.received", msg("Payment received"), "payment"),
    TriggerDef("product.below_min", msg("Stock of a product below its minimum"), "product", timed=True),
    TriggerDef("task.overdue", msg("Task overdue"), "task", timed=True),
    TriggerDef("production.completed", msg("Production order completed"), "production_order"),
    TriggerDef("schedule", msg("On a schedule"), "", timed=True,
               params=(("every", msg("Every"), "every"), ("weekday", msg("Weekday"), "weekday"), ("at", msg("At (HH:MM)"), "time"))),
)
TRIGGER = {t.key: t for t in TRIGGERS}

# Fields a condition can test, per record: name → (title, kind). Kinds: money, number, text, user,
# pipeline, stage, choice, tags. "tags" are the client's (for a deal or document: its client's).
FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "client": {"kind": (msg("Kind"), "text"), "status": (msg("Status"), "text"), "manager_id": (msg("Manager"), "user"),
               "source": (msg("Source"), "text"), "tags": (msg("Tags"), "tags")},
    "deal": {"amount": (msg("Amount"), "money"), "pipeline_id": (msg("Pipeline"), "pipeline"), "stage_id": (msg("Stage"), "stage"),
             "manager_id": (msg("Manager"), "user"), "status": (msg("Status"), "text"), "source": (msg("Source"), "text"),
             "currency": (msg("Currency"), "text"), "tags": (msg("Client's tags"), "tags")},
    "document": {"doc_type": (msg("Type"), "doc_type"), "total": (msg("Total"), "money"), "status": (msg("Status"), "text"),
                 "manager_id": (msg("Manager"), "user"), "currency": (msg("Currency"), "text"),
                 "payment": (msg("Payment"), "text"), "tags": (msg("Client's tags"), "tags")},
    "payment": {"amount": (msg("Amount"), "money"), "method": (msg("Method"), "text"), "currency": (msg("Currency"), "text"),
                "tags": (msg("Client's tags"), "tags")},
    "product": {"kind": (msg("Kind"), "text"), "sku": (msg("SKU"), "text"), "name": (msg("Name"), "text"),
                "min_stock": (msg("Minimum stock"), "number")},
    "task": {"kind": (msg("Kind"), "text"), "priority": (msg("Priority"), "text"), "assignee_id": (msg("Assignee"), "user"),
             "subject": (msg("Subject"), "text")},
    "production_order": {"quantity": (msg("Quantity"), "number"), "number": (msg("Number"), "text")},
    "": {},
}
OPS: dict[str, str] = {"=": msg("is"), "!=": msg("is not"), ">": ">", ">=": "≥", "<": "<", "<=": "≤",
                       "contains": msg("contains"), "empty": msg("is empty")}
ORDERED_OPS = frozenset({">", ">=", "<", "<="})

# Fields "Set a field" may change, per record: name → (title, kind).
SETTABLE: dict[str, dict[str, tuple[str, str]]] = {
    "client": {"status": (msg("Status"), "text"), "notes": (msg("Notes"), "text"), "manager_id": (msg("Manager"), "user")},
    "deal": {"probability": (msg("Probability, %"), "number"), "notes": (msg("Notes"), "text"),
             "manager_id": (msg("Manager"), "user"), "source": (msg("Source"), "text")},
    "document": {"notes": (msg("Notes"), "text"), "terms": (msg("Terms"), "text"), "manager_id": (msg("Manager"), "user")},
    "task": {"priority": (msg("Priority"), "text"), "description": (msg("Description"), "text"),
             "assignee_id": (msg("Assignee"), "user")},
    "product": {"min_stock": (msg("Minimum stock"), "number")},
}


@dataclass(frozen=True, slots=True)
class ActionDef:
    key: str
    title: str
    params: tuple[ParamSpec, ...]
    # The records it works on (None: any, including a schedule's none).
    entities: frozenset[str] | None = None


ACTIONS: tuple[ActionDef, ...] = (
    ActionDef("create_task", msg("Create a task"), (("assignee", msg("For"), "assignee"), ("subject", msg("Subject"), "text"),
                                               ("task_kind", msg("Kind"), "task_kind"), ("due_days", msg("Due in days"), "int"),
                                               ("due_hours", msg("and hours"), "int"))),
    ActionDef("notify", msg("Notify in the app"), (("recipients", msg("Whom"), "assignee"), ("text", msg("Message"), "text"))),
    ActionDef("change_stage", msg("Move the deal to a stage"), (("stage_id", msg("Stage"), "stage"),),
              frozenset({"deal", "document", "task"})),
    ActionDef("create_document", msg("Create a document from it"), (("doc_type", msg("Type"), "doc_type"),),
              frozenset({"deal", "document"})),
    ActionDef("set_field", msg("Set a field"), (("field", msg("Field"), "field"), ("value", msg("Value"), "text")),
              frozenset(SETTABLE)),
    ActionDef("add_tag", msg("Add a tag to the client"), (("tag", msg("Tag"), "text"),),
              frozenset({"client", "deal", "document", "payment"})),
    ActionDef("purchase_order", msg("Draft a purchase order for the product"), (), frozenset({"product"})),
)
ACTION = {a.key: a for a in ACTIONS}

TASK_KINDS = ("call", "todo", "meeting", "email")
STAGE_KINDS = ("open", "won", "lost")
EVERY = ("daily", "weekly")


def entity_word(entity: str) -> str:
    """The record a rule works on, as a word for messages ("a deal has no such field")."""
    return {"client": msg("client"), "deal": msg("deal"), "document": msg("document"), "payment": msg("payment"),
            "product": msg("product"), "task": msg("task"), "production_order": msg("production order"),
            "": msg("schedule")}.get(entity, entity.replace("_", " "))
