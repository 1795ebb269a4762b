"""What a rule does: each action runs inside the rule's own transaction and returns a line for the log.

An action that cannot do its work raises (ValidationError, NotFound…): the whole rule run is rolled
back, logged as failed with that error, and retried later (process.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    AutomationNotice,
    AutomationRule,
    Client,
    Deal,
    Document,
    Product,
    Role,
    Stage,
    StockBalance,
    Task,
    User,
)
from app.models.planner import OPEN_TASK_STATUSES
from app.services.automation.catalog import SETTABLE
from app.services.automation.records import client_id_of, label
from app.services.errors import ValidationError


@dataclass
class ActionContext:
    s: Session
    rule: AutomationRule
    entity: str
    obj: Any          # the record (None for a schedule)
    now: datetime

    def fill(self, template: str) -> str:
        """A subject or message with {record} and {rule} filled in."""
        return (template or "").replace("{record}", label(self.obj)).replace("{rule}", self.rule.name)


# -- whom: "manager", "admins", "user:ID", "role:KEY" -------------------------------------------------

def _manager_of(ctx: ActionContext) -> int | None:
    """The record's manager (assignee, responsible), else its client's manager, else who made it."""
    obj = ctx.obj
    for name in ("manager_id", "assignee_id", "responsible_id"):
        if getattr(obj, name, None):
            return getattr(obj, name)
    client_id = client_id_of(obj) if obj is not None else None
    if client_id is not None and (uid := ctx.s.scalar(select(Client.manager_id).where(Client.id == client_id))):
        return uid
    # No manager: whoever made the record owns it (as the access scopes see it).
    return getattr(obj, "created_by_id", None)


def _active(s: Session, stmt) -> list[int]:
    return list(s.scalars(stmt.where(User.active.is_(True)).order_by(User.id)))


def people(ctx: ActionContext, who: str) -> list[int]:
    """The active users `who` names (for a role: all its users); ValidationError when there are none."""
    s = ctx.s
    who = (who or "").strip()
    if who == "manager":
        found = [uid] if (uid := _manager_of(ctx)) else []
        what = f"{ctx.entity or 'the record'} has no manager"
    elif who == "admins":
        found = _active(s, select(User.id).outerjoin(Role, Role.id == User.role_id)
                        .where((User.is_admin.is_(True)) | (Role.is_admin.is_(True))))
        what = "there is no active administrator"
    elif who.startswith("user:"):
        found = _active(s, select(User.id).where(User.id == int(who[5:])))
        what = "the chosen user is inactive or gone"
    elif who.startswith("role:"):
        found = _active(s, select(User.id).join(Role, Role.id == User.role_id).where(Role.key == who[5:]))
        what = f"no active user has the role {who[5:]}"
    else:
        raise ValidationError({"assignee": f"unknown recipient {who!r}"})
    if not found:
        raise ValidationError({"assignee": what})
    return found


def _least_busy(s: Session, user_ids: list[int]) -> int:
    """Of a role's users, the one with the fewest open tasks (the first by id on a tie)."""
    load = dict(s.execute(select(Task.assignee_id, func.count()).where(
        Task.assignee_id.in_(user_ids), Task.status.in_(OPEN_TASK_STATUSES)).group_by(Task.assignee_id)).all())
    return min(user_ids, key=lambda uid: (load.get(uid, 0), uid))


# -- the actions ---------------------------------------------------------------------------------------

def create_task(ctx: ActionContext, p: dict) -> str:
    from app.services.planner.forms import TaskForm
    from app.services.planner.tasks import _insert

    who = people(ctx, p.get("assignee", "manager"))
    assignee = who[0] if len(who) == 1 else _least_busy(ctx.s, who)
    obj = ctx.obj
    due = ctx.now + timedelta(days=int(p.get("due_days") or 0), hours=int(p.get("due_hours") or 0))
    deal_id = obj.id if isinstance(obj, Deal) else getattr(obj, "deal_id", None)
    form = TaskForm(subject=ctx.fill(p.get("subject") or "{rule}: {record}")[:300], kind=p.get("task_kind") or "todo",
                    due_at=due.replace(second=0, microsecond=0), assignee_id=assignee,
                    client_id=client_id_of(obj) if obj is not None else None, deal_id=deal_id,
                    description=f"Made by the automation rule “{ctx.rule.name}”.")
    task = _insert(ctx.s, form)
    return f"task “{task.subject}” for user {assignee}"


def notify(ctx: ActionContext, p: dict) -> str:
    users = people(ctx, p.get("recipients", "manager"))
    text = ctx.fill(p.get("text") or "{rule}: {record}")[:1000]
    for uid in users:
        ctx.s.add(AutomationNotice(user_id=uid, created_at=ctx.now, text=text, entity=ctx.entity,
                                   record_id=getattr(ctx.obj, "id", None), rule_id=ctx.rule.id))
    return f"notified {len(users)} user(s)"


def change_stage(ctx: ActionContext, p: dict) -> str:
    from app.services.funnel.deals import _enter

    obj = ctx.obj
    deal = obj if isinstance(obj, Deal) else (ctx.s.get(Deal, obj.deal_id) if getattr(obj, "deal_id", None) else None)
    if deal is None:
        raise ValidationError({"stage_id": f"the {ctx.entity} has no deal"})
    stage = ctx.s.get(Stage, int(p.get("stage_id") or 0))
    if stage is None or stage.pipeline_id != deal.pipeline_id:
        raise ValidationError({"stage_id": f"the stage is not in the pipeline of deal “{deal.title}”"})
    if stage.id == deal.stage_id:
        return f"deal “{deal.title}” is already in “{stage.name}”"
    _enter(ctx.s, deal, stage, lost_reason_id=None, lost_comment="")
    ctx.s.flush()
    return f"deal “{deal.title}” moved to “{stage.name}”"


def create_document(ctx: ActionContext, p: dict) -> str:
    from app.models import DealLine, Warehouse
    from app.services.documents.editing import _create, create_from_in
    from app.services.documents.forms import DocumentForm, LineForm

    doc_type, obj, s = p.get("doc_type", ""), ctx.obj, ctx.s
    if isinstance(obj, Document):
        card = create_from_in(s, obj.id, doc_type)
        return f"{doc_type} draft #{card.id} made from {label(obj)}"
    if not isinstance(obj, Deal):
        raise ValidationError({"doc_type": f"a document is made from a deal or a document, not a {ctx.entity}"})
    if doc_type not in ("quote", "order", "invoice", "contract"):
        raise ValidationError({"doc_type": "a deal makes a quote, an order, an invoice or a contract"})
    lines = list(s.scalars(select(DealLine).where(DealLine.deal_id == obj.id).order_by(DealLine.line_no)))
    if not lines and doc_type != "contract":
        raise ValidationError({"lines": f"deal “{obj.title}” has no product lines"})
    warehouse = s.scalar(select(Warehouse.id).where(Warehouse.archived.is_(False)).order_by(Warehouse.id).limit(1))
    form = DocumentForm(doc_type=doc_type, client_id=obj.client_id, doc_date=ctx.now.date(), currency=obj.currency,
                        deal_id=obj.id, warehouse_id=warehouse if doc_type == "order" else None,
                        contact_id=obj.contact_person_id,
                        lines=[LineForm(ln.product_id, "", ln.quantity, ln.unit_price, ln.discount_percent)
                               for ln in lines])
    card = _create(s, form)
    return f"{doc_type} draft #{card.id} made from deal “{obj.title}”"


def convert(kind: str, raw: str) -> Any:
    """A "Set a field" value in the field's type; ValueError when it does not read."""
    raw = (raw or "").strip()
    if kind == "number":
        return Decimal(raw.replace(",", "."))
    if kind == "user":
        return int(raw) if raw else None
    return raw


CHOICES = {("client", "status"): ("active", "archived"), ("task", "priority"): ("low", "normal", "high")}


def set_field(ctx: ActionContext, p: dict) -> str:
    field = p.get("field", "")
    spec = SETTABLE.get(ctx.entity, {}).get(field)
    if spec is None:
        raise ValidationError({"field": f"a {ctx.entity}'s {field!r} cannot be set by a rule"})
    value = convert(spec[1], str(p.get("value", "")))
    if spec[1] == "user" and value is not None and ctx.s.get(User, value) is None:
        raise ValidationError({"value": f"user {value} does not exist"})
    setattr(ctx.obj, field, value)
    ctx.s.flush()
    return f"{field} set to {value}"


def add_tag(ctx: ActionContext, p: dict) -> str:
    from app.services.clients.editing import _tags

    client_id = client_id_of(ctx.obj)
    client = ctx.s.get(Client, client_id) if client_id else None
    if client is None:
        raise ValidationError({"tag": f"the {ctx.entity} has no client"})
    (tag,) = _tags(ctx.s, [p.get("tag", "")]) or (None,)
    if tag is None:
        raise ValidationError({"tag": "enter a tag"})
    if tag not in client.tags:
        client.tags.append(tag)
        ctx.s.flush()
        return f"tag “{tag.name}” added to {client.display_name}"
    return f"{client.display_name} already has tag “{tag.name}”"


def purchase_order(ctx: ActionContext, _p: dict) -> str:
    from app.services.production.forms import PurchaseNeed
    from app.services.production.suppliers import drafted_in, purchase_drafts_in

    product: Product = ctx.obj
    s = ctx.s
    on_hand = s.scalar(select(func.coalesce(func.sum(StockBalance.on_hand), 0))
                       .where(StockBalance.product_id == product.id)) or Decimal(0)
    need = Decimal(product.min_stock) - Decimal(on_hand) - drafted_in(s, [product.id]).get(product.id, Decimal(0))
    if need <= 0:
        return f"{product.name}: already on a draft purchase order"
    made, skipped = purchase_drafts_in(s, [PurchaseNeed(product.id, need)], warehouse_id=None,
                                       doc_date=ctx.now.date())
    if skipped:
        raise ValidationError({"supplier": f"{skipped[0][0]}: {skipped[0][1]}"})
    return f"purchase order draft #{made[0]} for {need} of {product.name}"


RUN: dict[str, Callable[[ActionContext, dict], str]] = {
    "create_task": create_task, "notify": notify, "change_stage": change_stage, "create_document": create_document,
    "set_field": set_field, "add_tag": add_tag, "purchase_order": purchase_order,
}
