"""The durable queue: committed changes an active rule listens to become `automation_event` rows.

Changes are noticed at each flush and written just before the transaction commits, in the same
transaction: a rolled-back change leaves no event, a committed one always has its event, and the rules
run later, each in a transaction of its own (process.py). Which triggers have an active rule is cached
per engine for a few seconds (another desktop's new rule is seen within `CACHE_SECONDS`).
"""

from __future__ import annotations

import json
import threading
import time
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from app.models import AutomationEvent, AutomationRule, utcnow

CACHE_SECONDS = 10.0
_PENDING = "automation_pending"
# Set by the processor on the session that runs a rule's actions: (depth, chain) for the events they cause.
CHAIN_INFO = "automation_chain"
# Document types whose confirmation posts stock.
POSTING_TYPES = frozenset({"waybill", "return", "goods_receipt", "supplier_invoice", "supplier_return"})

_cache: dict[int, tuple[float, frozenset[str]]] = {}
_cache_lock = threading.Lock()


def forget_triggers() -> None:
    """Drop the cache (a rule was saved here): the next commit reads the active triggers again."""
    with _cache_lock:
        _cache.clear()


def active_triggers(session: Session) -> frozenset[str]:
    bind = session.get_bind()
    key = id(getattr(bind, "engine", bind))
    now = time.monotonic()
    with _cache_lock:
        hit = _cache.get(key)
        if hit and hit[0] > now:
            return hit[1]
    found = frozenset(session.connection().execute(
        select(AutomationRule.trigger).where(AutomationRule.active.is_(True)).distinct()).scalars())
    with _cache_lock:
        _cache[key] = (now + CACHE_SECONDS, found)
    return found


def _changed(obj: Any, name: str) -> tuple[Any, Any] | None:
    history = inspect(obj).attrs[name].history
    if not history.has_changes():
        return None
    old = history.deleted[0] if history.deleted else None
    new = history.added[0] if history.added else None
    return None if old == new else (old, new)


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal) else value


def _events_of(obj: Any, created: bool) -> list[tuple[str, dict]]:
    table = getattr(getattr(obj, "__table__", None), "name", "")
    if table == "client":
        return [("client.created", {})] if created else []
    if table == "deal":
        if created:
            return [("deal.created", {})]
        moved = _changed(obj, "stage_id")
        return [("deal.stage", {"stage_id": list(moved)})] if moved else []
    if table == "document":
        if created:
            return [("document.created", {})]
        found = []
        status = _changed(obj, "status")
        if status and status[1] == "confirmed":
            found.append(("document.confirmed", {}))
            if obj.doc_type in POSTING_TYPES:
                found.append(("document.posted", {}))
        paid = _changed(obj, "payment")
        if paid and paid[1] == "fully":
            found.append(("document.paid", {}))
        return found
    if table == "payment":
        return [("payment.received", {"amount": _plain(obj.amount)})] if created and obj.direction == "in" else []
    if table == "production_order" and not created:
        status = _changed(obj, "status")
        return [("production.completed", {})] if status and status[1] == "done" else []
    return []


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: object) -> None:
    found = []
    for created, objs in ((True, session.new), (False, session.dirty)):
        for obj in objs:
            for trigger, changes in _events_of(obj, created):
                found.append((trigger, obj.__table__.name, obj.id, changes))
    if found:
        session.info.setdefault(_PENDING, []).extend(found)


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    if session.new or session.dirty or session.deleted:
        session.flush()     # the commit's own last flush comes after this hook: collect it now
    pending = session.info.pop(_PENDING, None)
    if not pending:
        return
    wanted = active_triggers(session)
    depth, chain = session.info.get(CHAIN_INFO, (0, []))
    seen, rows, now = set(), [], utcnow()
    for trigger, entity, record_id, changes in pending:
        if trigger not in wanted or (trigger, record_id) in seen:
            continue
        seen.add((trigger, record_id))
        rows.append({"created_at": now, "trigger": trigger, "entity": entity, "record_id": record_id,
                     "rule_id": None, "changes": json.dumps(changes, default=str), "depth": depth,
                     "chain": json.dumps(chain), "status": "pending", "next_attempt_at": now, "attempts": 0})
    if rows:
        session.connection().execute(insert(AutomationEvent), rows)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous_transaction: object) -> None:
    session.info.pop(_PENDING, None)
