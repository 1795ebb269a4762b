"""Running the rules: each pending event's rules, each rule in a transaction of its own, after the
change that triggered it was committed.

A rule that fails is rolled back alone (the triggering change and the other rules stay), logged as
failed with its error, and its event is retried later (after 1, 2, 4 … minutes); after
`MAX_ATTEMPTS` the administrators get a notice. Events made by a rule's actions carry the chain of
(rule, record) steps that led to them: a rule that would fire again for the same record in one chain,
or a chain deeper than `MAX_DEPTH`, is stopped and logged as a loop.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from app.models import AutomationEvent, AutomationNotice, AutomationRule, RuleRun, utcnow
from app.services.access.principal import open_to_all
from app.services.automation.actions import RUN, ActionContext, people
from app.services.automation.capture import CHAIN_INFO
from app.services.automation.catalog import TRIGGER
from app.services.automation.records import all_hold, label, load
from app.services.errors import DomainError, NotFound, ValidationError
from app.services.i18n import english
from app.services.uow import UnitOfWork

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
MAX_DEPTH = 5
# A claimed event whose processor vanished (the desktop closed mid-run) is taken over after this.
STALE_CLAIM = timedelta(minutes=10)
DONE_STATUSES = ("ok", "loop", "gave_up")


@dataclass(frozen=True, slots=True)
class ProcessResult:
    events: int = 0
    ok: int = 0
    failed: int = 0
    loops: int = 0

    def __add__(self, other: ProcessResult) -> ProcessResult:
        return ProcessResult(self.events + other.events, self.ok + other.ok, self.failed + other.failed,
                             self.loops + other.loops)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(f"{k}: {m}" for k, m in exc.errors.items())
    if isinstance(exc, DomainError):
        return str(exc)
    return f"{type(exc).__name__}: {exc}"


def _system(uow: UnitOfWork) -> UnitOfWork:
    """Rules act as the system: what an administrator set up runs whoever's desktop processes it."""
    return UnitOfWork(uow.session_factory, user_id=None)


def _due(s, now: datetime, limit: int) -> list[int]:
    return list(s.scalars(select(AutomationEvent.id).where(
        or_(AutomationEvent.status == "pending",
            (AutomationEvent.status == "running") & (AutomationEvent.claimed_at < now - STALE_CLAIM)),
        AutomationEvent.next_attempt_at <= now).order_by(AutomationEvent.id).limit(limit)))


def _claim(uow: UnitOfWork, now: datetime, limit: int) -> list[int]:
    claimed = []
    with _system(uow) as w:
        if not _due(w.session, now, 1):
            return []   # the usual case after a save: nothing waits, and no write lock is taken
    with _system(uow) as w:
        w.begin_write()
        s = w.session
        ids = _due(s, now, limit)
        for event_id in ids:
            # Another desktop may claim the same event: only one UPDATE finds it still unclaimed.
            hit = s.execute(update(AutomationEvent).where(
                AutomationEvent.id == event_id,
                or_(AutomationEvent.status == "pending",
                    (AutomationEvent.status == "running") & (AutomationEvent.claimed_at < now - STALE_CLAIM)))
                .values(status="running", claimed_at=now).returning(AutomationEvent.id)).first()
            if hit is not None:
                claimed.append(event_id)
        w.commit()
    return claimed


def _matches_trigger(rule: AutomationRule, event: AutomationEvent, s) -> bool:
    params = json.loads(rule.trigger_params or "{}")
    if event.rule_id is not None:
        return event.rule_id == rule.id
    if rule.trigger == "deal.stage":
        from app.models import Stage

        new_stage = json.loads(event.changes or "{}").get("stage_id", [None, None])[1]
        if params.get("stage_id") and int(params["stage_id"]) != new_stage:
            return False
        if params.get("stage_kind"):
            stage = s.get(Stage, new_stage) if new_stage else None
            return stage is not None and stage.kind == params["stage_kind"]
    if params.get("doc_type") and event.entity == "document":
        from app.models import Document

        doc = s.get(Document, event.record_id)
        return doc is not None and doc.doc_type == params["doc_type"]
    return True


def _notify_admins(s, rule: AutomationRule, text: str, event: AutomationEvent, now: datetime) -> None:
    ctx = ActionContext(s, rule, event.entity, None, now)
    try:
        admins = people(ctx, "admins")
    except ValidationError:
        return
    for uid in admins:
        s.add(AutomationNotice(user_id=uid, created_at=now, text=text[:1000], entity=event.entity,
                               record_id=event.record_id, rule_id=rule.id))


def _log(s, event: AutomationEvent, rule: AutomationRule, status: str, attempt: int, what: str, message: str,
         now: datetime) -> None:
    s.add(RuleRun(event_id=event.id, rule_id=rule.id, rule_name=rule.name, at=now, status=status, attempt=attempt,
                  entity=event.entity, record_id=event.record_id, label=what[:300], message=message))


def _run_rule(uow: UnitOfWork, event_id: int, rule_id: int, now: datetime) -> str:
    """Run one rule on one event in its own transaction: "ok", "skip" (conditions not met), "loop" or
    "failed"/"gave_up" (logged in a transaction of its own after the rollback)."""
    with _system(uow) as w:
        w.begin_write()
        s = w.session
        event = s.get(AutomationEvent, event_id)
        rule = s.get(AutomationRule, rule_id)
        chain = json.loads(event.chain or "[]")
        step = [rule.id, event.entity, event.record_id]
        attempt = 1 + len(s.scalars(select(RuleRun.id).where(
            RuleRun.event_id == event.id, RuleRun.rule_id == rule.id, RuleRun.status == "failed")).all())
        try:
            obj = load(s, event.entity, event.record_id)
            if not _matches_trigger(rule, event, s) or not all_hold(s, obj, TRIGGER[rule.trigger].entity,
                                                                     json.loads(rule.conditions or "[]")):
                return "skip"
            if step in chain or event.depth >= MAX_DEPTH:
                why = ("it would run again on the same record in one chain" if step in chain
                       else f"the chain of rules is {event.depth} deep")
                _log(s, event, rule, "loop", attempt, label(obj), f"stopped: {why} ({_chain_text(chain)})", now)
                _notify_admins(s, rule, f"Automation rule “{rule.name}” was stopped: {why}.", event, now)
                w.commit()
                return "loop"
            s.info[CHAIN_INFO] = (event.depth + 1, [*chain, step])
            ctx = ActionContext(s, rule, event.entity, obj, now)
            done = [RUN[a["kind"]](ctx, a) for a in json.loads(rule.actions or "[]")]
            _log(s, event, rule, "ok", attempt, label(obj), "; ".join(done), now)
            w.commit()
            return "ok"
        except Exception as exc:  # noqa: BLE001 — any failure is the rule's, logged and retried
            s.rollback()
            message = error_text(exc)
            if not isinstance(exc, DomainError):
                log.exception("automation rule %s failed on event %s", rule_id, event_id)
    with _system(uow) as w:
        w.begin_write()
        s = w.session
        event, rule = s.get(AutomationEvent, event_id), s.get(AutomationRule, rule_id)
        what = ""
        try:
            what = label(load(s, event.entity, event.record_id))
        except NotFound:
            what = f"{event.entity} #{event.record_id} (deleted)"
        final = attempt >= MAX_ATTEMPTS
        _log(s, event, rule, "gave_up" if final else "failed", attempt, what, message, now)
        if final:
            _notify_admins(s, rule, f"Automation rule “{rule.name}” failed {attempt} times on {what or 'its run'}: "
                                    f"{message}", event, now)
        w.commit()
    return "gave_up" if final else "failed"


def _chain_text(chain: list) -> str:
    return " → ".join(f"rule {r} on {e} #{i}" for r, e, i in chain) or "no earlier step"


def _process_event(uow: UnitOfWork, event_id: int, now: datetime) -> ProcessResult:
    with _system(uow) as w:
        s = w.session
        event = s.get(AutomationEvent, event_id)
        stmt = select(AutomationRule.id).where(AutomationRule.trigger == event.trigger,
                                               AutomationRule.active.is_(True))
        if event.rule_id is not None:
            stmt = stmt.where(AutomationRule.id == event.rule_id)
        rule_ids = list(s.scalars(stmt.order_by(AutomationRule.id)))
        settled = set(s.scalars(select(RuleRun.rule_id).where(RuleRun.event_id == event_id,
                                                              RuleRun.status.in_(DONE_STATUSES))))
    ok = failed = loops = 0
    retry = False
    for rule_id in rule_ids:
        if rule_id in settled:
            continue   # a retry runs only the rules that failed the first time
        outcome = _run_rule(uow, event_id, rule_id, now)
        ok += outcome == "ok"
        loops += outcome == "loop"
        failed += outcome in ("failed", "gave_up")
        retry = retry or outcome == "failed"
    with _system(uow) as w:
        w.begin_write()
        event = w.session.get(AutomationEvent, event_id)
        event.attempts += 1
        if retry:
            event.status = "pending"
            event.next_attempt_at = now + timedelta(minutes=2 ** (event.attempts - 1))
        else:
            event.status = "done"
        event.claimed_at = None
        w.commit()
    return ProcessResult(1, ok, failed, loops)


@open_to_all
def process_pending(uow: UnitOfWork, *, limit: int = 50, now: datetime | None = None) -> ProcessResult:
    """Run the rules of up to `limit` pending events (oldest first), then of the events their actions made,
    until none is left or `limit` events were handled; returns the counts. Rules act as the system, and what
    they say (run log, notices, the refusals of the services they call) is stored in English."""
    total = ProcessResult()
    with english():
        while total.events < limit:
            when = now or utcnow()
            claimed = _claim(uow, when, limit - total.events)
            if not claimed:
                break
            for event_id in claimed:
                total = total + _process_event(uow, event_id, when)
    return total


@open_to_all
def pending_count(uow: UnitOfWork) -> int:
    """How many events wait for their rules (the main window runs the processor while any do)."""
    from sqlalchemy import func

    with uow:
        return uow.session.scalar(select(func.count()).select_from(AutomationEvent)
                                  .where(AutomationEvent.status == "pending")) or 0
