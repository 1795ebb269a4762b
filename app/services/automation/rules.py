"""Editing automation rules (an administrator's Settings work), the ready-made templates, and the
rule-run log."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update

from app.models import AutomationEvent, AutomationRule, Pipeline, Role, RuleRun, Stage, User, utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.automation import capture
from app.services.automation.catalog import (
    ACTION,
    EVERY,
    FIELDS,
    OPS,
    ORDERED_OPS,
    SETTABLE,
    STAGE_KINDS,
    TASK_KINDS,
    TRIGGER,
    entity_word,
)
from app.services.automation.records import parse
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg, translated
from app.services.uow import UnitOfWork


@dataclass
class RuleForm:
    name: str = ""
    trigger: str = "deal.created"
    trigger_params: dict = field(default_factory=dict)
    conditions: list[dict] = field(default_factory=list)
    actions: list[dict] = field(default_factory=list)
    active: bool = True
    description: str = ""


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: int
    name: str
    trigger: str
    trigger_title: str
    active: bool
    form: RuleForm
    version: int
    last_run_at: datetime | None = None
    last_status: str = ""


@dataclass(frozen=True, slots=True)
class RunRow:
    id: int
    at: datetime
    rule_id: int
    rule_name: str
    status: str
    attempt: int
    entity: str
    record_id: int | None
    label: str
    message: str
    event_id: int


@dataclass(frozen=True, slots=True)
class EditorChoices:
    """What the rule editor's pickers offer: (value, title) pairs."""

    users: tuple[tuple[int, str], ...]
    roles: tuple[tuple[str, str], ...]
    stages: tuple[tuple[int, str], ...]
    pipelines: tuple[tuple[int, str], ...]


# -- the ready-made templates ------------------------------------------------------------------------

TEMPLATES: dict[str, RuleForm] = {
    "won_deal_order": RuleForm(
        name="Won deal → order and a task for the warehouse", trigger="deal.stage",
        trigger_params={"stage_kind": "won"},
        actions=[{"kind": "create_document", "doc_type": "order"},
                 {"kind": "create_task", "assignee": "role:warehouse_clerk", "task_kind": "todo",
                  "subject": "Prepare the goods for won deal {record}", "due_days": 1}],
        description="When a deal is won, draft an order from its lines and give the warehouse a task."),
    "overdue_invoice_call": RuleForm(
        name="Invoice overdue 3 days → call task for the manager", trigger="document.overdue",
        trigger_params={"days": 3},
        actions=[{"kind": "create_task", "assignee": "manager", "task_kind": "call",
                  "subject": "Call about overdue invoice {record}", "due_days": 0, "due_hours": 2}],
        description="Three days after an unpaid invoice's due date, the client's manager gets a call task."),
    "below_min_purchase": RuleForm(
        name="Stock below minimum → draft purchase order", trigger="product.below_min",
        actions=[{"kind": "purchase_order"}],
        description="When a product's stock falls below its minimum, draft a purchase order from its "
                    "preferred supplier (once until it recovers)."),
}


# -- validation ---------------------------------------------------------------------------------------

def _check_assignee(s, who: str, key: str, errors: dict[str, str]) -> None:
    who = (who or "").strip()
    if who in ("manager", "admins"):
        return
    if who.startswith("user:") and who[5:].isdigit() and s.get(User, int(who[5:])) is not None:
        return
    if who.startswith("role:") and s.scalar(select(Role.id).where(Role.key == who[5:])) is not None:
        return
    errors[key] = msg("choose who gets it")


def _check_int(value, key: str, errors: dict[str, str], *, low: int = 0, high: int = 10_000) -> None:
    try:
        number = int(str(value if value not in (None, "") else 0))
    except ValueError:
        errors[key] = msg("enter a whole number")
        return
    if not low <= number <= high:
        errors[key] = msg("enter a number from {low} to {high}", low=low, high=high)


def _validate(s, form: RuleForm) -> dict:
    errors: dict[str, str] = {}
    name = v.clean(form.name)
    if not name:
        errors["name"] = msg("enter a name")
    trig = TRIGGER.get(form.trigger)
    if trig is None:
        raise ValidationError({"trigger": msg("choose a trigger")})
    params = {k: val for k, val in (form.trigger_params or {}).items() if val not in (None, "")}
    known = {p[0] for p in trig.params}
    params = {k: val for k, val in params.items() if k in known}
    if "days" in params:
        _check_int(params["days"], "trigger_params.days", errors, high=3650)
    if "stage_kind" in params and params["stage_kind"] not in STAGE_KINDS:
        errors["trigger_params.stage_kind"] = msg("choose open, won or lost")
    if "stage_id" in params and s.get(Stage, int(params["stage_id"])) is None:
        errors["trigger_params.stage_id"] = msg("the stage does not exist")
    if form.trigger == "schedule":
        params.setdefault("every", "daily")
        params.setdefault("at", "09:00")
        if params["every"] not in EVERY:
            errors["trigger_params.every"] = msg("choose daily or weekly")
        at = str(params["at"])
        hh, sep, mm = at.partition(":")
        if not (sep and hh.isdigit() and mm.isdigit() and int(hh) < 24 and int(mm) < 60):
            errors["trigger_params.at"] = msg("enter a time as HH:MM, e.g. 09:00")
        if params["every"] == "weekly":
            _check_int(params.get("weekday", 1), "trigger_params.weekday", errors, low=1, high=7)
    fields = FIELDS.get(trig.entity, {})
    conditions = []
    for i, c in enumerate(form.conditions):
        f, op, raw = c.get("field", ""), c.get("op", "="), str(c.get("value", "")).strip()
        if f not in fields:
            errors[f"conditions.{i}.field"] = msg("a {record} has no such field", record=entity_word(trig.entity))
            continue
        kind = fields[f][1]
        if op not in OPS:
            errors[f"conditions.{i}.op"] = msg("choose a comparison")
        elif op in ORDERED_OPS and kind not in ("money", "number"):
            errors[f"conditions.{i}.op"] = msg("“{field}” is not a number: use is, is not or contains", field=translated(fields[f][0]))
        elif op != "empty":
            try:
                parse(kind, raw)
            except ValueError as exc:
                errors[f"conditions.{i}.value"] = str(exc)
            if not raw:
                errors[f"conditions.{i}.value"] = msg("enter a value")
        conditions.append({"field": f, "op": op, "value": raw})
    if not form.actions:
        errors["actions"] = msg("add at least one action")
    actions = []
    for i, a in enumerate(form.actions):
        spec = ACTION.get(a.get("kind", ""))
        if spec is None:
            errors[f"actions.{i}.kind"] = msg("choose an action")
            continue
        if spec.entities is not None and trig.entity not in spec.entities:
            errors[f"actions.{i}.kind"] = msg("“{title}” does not work on a {record}", title=translated(spec.title), record=entity_word(trig.entity))
        clean = {"kind": spec.key}
        for key, _title, kind in spec.params:
            value = a.get(key, "")
            path = f"actions.{i}.{key}"
            if kind == "assignee":
                _check_assignee(s, value, path, errors)
                if not trig.entity and value == "manager":
                    errors[path] = msg("a schedule has no record whose manager it could be: choose a user or a role")
            elif kind == "int":
                _check_int(value, path, errors, high=3650)
                value = int(str(value or 0)) if path not in errors else value
            elif kind == "doc_type" and not value:
                errors[path] = msg("choose a document type")
            elif kind == "stage" and (not str(value).isdigit() or s.get(Stage, int(value)) is None):
                errors[path] = msg("choose a stage")
            elif kind == "task_kind" and value and value not in TASK_KINDS:
                errors[path] = msg("choose a task kind")
            elif kind == "field" and value not in SETTABLE.get(trig.entity, {}):
                errors[path] = msg("choose a field")
            elif kind == "text" and key in ("tag", "text") and not v.clean(str(value)):
                errors[path] = msg("enter the text")
            clean[key] = value
        if spec.key == "set_field" and clean.get("field") in SETTABLE.get(trig.entity, {}):
            from app.services.automation.actions import CHOICES, convert

            kind = SETTABLE[trig.entity][clean["field"]][1]
            choices = CHOICES.get((trig.entity, clean["field"]))
            try:
                convert(kind, str(clean.get("value", "")))
                if choices and clean.get("value") not in choices:
                    errors[f"actions.{i}.value"] = msg("use one of: {choices}", choices=', '.join(choices))
            except (ValueError, ArithmeticError):
                errors[f"actions.{i}.value"] = msg("enter a number") if kind == "number" else msg("enter a user id")
        actions.append(clean)
    if errors:
        raise ValidationError(errors)
    return {"name": name[:200], "trigger": trig.key, "trigger_params": json.dumps(params, sort_keys=True),
            "conditions": json.dumps(conditions), "actions": json.dumps(actions), "active": bool(form.active),
            "description": v.clean(form.description)}


def _form_of(rule: AutomationRule) -> RuleForm:
    return RuleForm(name=rule.name, trigger=rule.trigger, trigger_params=json.loads(rule.trigger_params or "{}"),
                    conditions=json.loads(rule.conditions or "[]"), actions=json.loads(rule.actions or "[]"),
                    active=rule.active, description=rule.description)


def _row(s, rule: AutomationRule) -> RuleRow:
    last = s.execute(select(RuleRun.at, RuleRun.status).where(RuleRun.rule_id == rule.id)
                     .order_by(RuleRun.id.desc()).limit(1)).first()
    return RuleRow(rule.id, rule.name, rule.trigger, translated(TRIGGER[rule.trigger].title) if rule.trigger in TRIGGER
                   else rule.trigger, rule.active, _form_of(rule), rule.version,
                   last[0] if last else None, last[1] if last else "")


# -- use cases ------------------------------------------------------------------------------------------

@requires(Area.SETTINGS, Action.VIEW)
def list_rules(uow: UnitOfWork) -> list[RuleRow]:
    """Every rule, by name, with its last run."""
    with uow:
        s = uow.session
        return [_row(s, r) for r in s.scalars(select(AutomationRule).order_by(AutomationRule.name))]


@requires(Area.SETTINGS, Action.VIEW)
def load_rule(uow: UnitOfWork, rule_id: int) -> RuleRow:
    """One rule; raises NotFound."""
    with uow:
        rule = uow.session.get(AutomationRule, rule_id)
        if rule is None:
            raise NotFound("automation_rule", rule_id)
        return _row(uow.session, rule)


@requires(Area.SETTINGS, Action.EDIT)
def save_rule(uow: UnitOfWork, rule_id: int | None, form: RuleForm, *, expected_version: int | None = None) -> RuleRow:
    """Add (rule_id None) or change a rule; raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        values = _validate(s, form)
        if rule_id is None:
            rule = AutomationRule(**values)
            s.add(rule)
        else:
            rule = s.get(AutomationRule, rule_id)
            if rule is None:
                raise NotFound("automation_rule", rule_id)
            if expected_version is not None and rule.version != expected_version:
                who = s.get(User, rule.updated_by_id) if rule.updated_by_id else None
                raise ConcurrentEdit("automation_rule", rule_id, changed_by=who.full_name if who else None,
                                     changed_at=rule.updated_at, current=_row(s, rule))
            for key, value in values.items():
                setattr(rule, key, value)
        s.flush()
        row = _row(s, rule)
        uow.commit()
    capture.forget_triggers()
    return row


@requires(Area.SETTINGS, Action.EDIT)
def delete_rule(uow: UnitOfWork, rule_id: int) -> None:
    """Remove a rule with its log and pending events; raises NotFound."""
    with uow:
        rule = uow.session.get(AutomationRule, rule_id)
        if rule is None:
            raise NotFound("automation_rule", rule_id)
        uow.session.delete(rule)
        uow.commit()
    capture.forget_triggers()


@requires(Area.SETTINGS, Action.VIEW)
def rule_templates(uow: UnitOfWork) -> dict[str, RuleForm]:
    """The ready-made rules, keyed; the editor fills its form from one."""
    return {key: RuleForm(**{**t.__dict__, "trigger_params": dict(t.trigger_params),
                             "conditions": [dict(c) for c in t.conditions],
                             "actions": [dict(a) for a in t.actions]}) for key, t in TEMPLATES.items()}


@requires(Area.SETTINGS, Action.EDIT)
def add_template(uow: UnitOfWork, key: str) -> RuleRow:
    """Add a ready-made rule as it is; raises ValidationError for an unknown key or one that needs a role
    the database does not have."""
    if key not in TEMPLATES:
        raise ValidationError({"template": msg("choose a template")})
    return save_rule(uow, None, rule_templates(uow)[key])


@requires(Area.SETTINGS, Action.VIEW)
def editor_choices(uow: UnitOfWork) -> EditorChoices:
    """Users, roles, stages and pipelines for the editor's pickers."""
    with uow:
        s = uow.session
        users = tuple((uid, name) for uid, name in s.execute(
            select(User.id, User.full_name).where(User.active.is_(True)).order_by(User.full_name)))
        roles = tuple(s.execute(select(Role.key, Role.name).order_by(Role.name)).tuples())
        stages = tuple((sid, f"{pipe} · {name}") for sid, name, pipe in s.execute(
            select(Stage.id, Stage.name, Pipeline.name).join(Pipeline, Pipeline.id == Stage.pipeline_id)
            .where(Pipeline.archived.is_(False)).order_by(Pipeline.sort_order, Pipeline.id, Stage.sort_order)))
        pipelines = tuple(s.execute(select(Pipeline.id, Pipeline.name).where(Pipeline.archived.is_(False))
                                    .order_by(Pipeline.sort_order, Pipeline.id)).tuples())
        return EditorChoices(users, roles, stages, pipelines)


@requires(Area.SETTINGS, Action.VIEW)
def rule_runs(uow: UnitOfWork, *, rule_id: int | None = None, status: str | None = None,
              before_id: int | None = None, limit: int = 200) -> list[RunRow]:
    """The rule-run log, newest first (`status`: ok, failed, loop, gave_up; "problems": failed, gave_up and loop)."""
    with uow:
        stmt = select(RuleRun).order_by(RuleRun.id.desc()).limit(limit)
        if rule_id is not None:
            stmt = stmt.where(RuleRun.rule_id == rule_id)
        if status == "problems":
            stmt = stmt.where(RuleRun.status.in_(("failed", "gave_up", "loop")))
        elif status:
            stmt = stmt.where(RuleRun.status == status)
        if before_id is not None:
            stmt = stmt.where(RuleRun.id < before_id)
        return [RunRow(r.id, r.at, r.rule_id, r.rule_name, r.status, r.attempt, r.entity, r.record_id, r.label,
                       r.message, r.event_id) for r in uow.session.scalars(stmt)]


@requires(Area.SETTINGS, Action.EDIT)
def retry_run(uow: UnitOfWork, run_id: int) -> None:
    """Queue a failed or stopped run's event again (after fixing the rule or the data); raises NotFound,
    ValidationError for a run that went well."""
    with uow:
        s = uow.session
        run = s.get(RuleRun, run_id)
        if run is None:
            raise NotFound("automation_run", run_id)
        if run.status not in ("failed", "gave_up"):
            raise ValidationError({"status": msg("only a failed run is retried (a stopped loop needs the rules "
                                             "changed; a run that went well has nothing to redo)")})
        # The run stays in the log; marking it retried lets the processor run its rule once more.
        run.status = "retried"
        s.execute(update(AutomationEvent).where(AutomationEvent.id == run.event_id)
                  .values(status="pending", next_attempt_at=utcnow(), claimed_at=None))
        s.execute(update(RuleRun).where(RuleRun.event_id == run.event_id, RuleRun.rule_id == run.rule_id,
                                        RuleRun.status.in_(("failed", "gave_up")))
                  .values(status="retried"))
        uow.commit()
