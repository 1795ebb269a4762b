"""Time-based triggers: schedules (daily or weekly at a time), overdue invoices and tasks, and stock
below a product's minimum, found by `tick` (the desktop calls it on start and every minute).

Each firing first takes a row (rule, key) in automation_firing, whose primary key makes it once: once
per period for a schedule ("2026-12-03", "2026-W49"), once per record for an overdue invoice or task,
and once per dip below the minimum for a product (the mark is dropped when the stock recovers). Two
desktops ticking at once, or a restart, find the row taken and fire nothing more.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.models import (
    AutomationEvent,
    AutomationRule,
    Document,
    Product,
    RuleFiring,
    StockBalance,
    Task,
    utcnow,
)
from app.models.planner import OPEN_TASK_STATUSES
from app.services.access.principal import open_to_all
from app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class TickResult:
    fired: int = 0


def _parse_time(value: str) -> time:
    hours, _, minutes = (value or "00:00").partition(":")
    return time(int(hours), int(minutes or 0))


def period_key(params: dict, now: datetime) -> str | None:
    """The period a schedule is due in at `now` (local time), or None when its time has not come yet."""
    at = _parse_time(params.get("at", "09:00"))
    if params.get("every", "daily") == "weekly":
        weekday = int(params.get("weekday") or 1)   # ISO: Monday = 1
        monday = now.date() - timedelta(days=now.isoweekday() - 1)
        due = datetime.combine(monday + timedelta(days=weekday - 1), at)
        if now < due:
            return None
        year, week, _ = now.date().isocalendar()
        return f"{year}-W{week:02d}"
    if now < datetime.combine(now.date(), at):
        return None
    return now.date().isoformat()


def _take(s: Session, rule_id: int, key: str, now: datetime) -> bool:
    """Take the (rule, key) mark; False when someone (another desktop, an earlier run) has it."""
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    # RETURNING, not rowcount: psycopg reports -1 for an INSERT … ON CONFLICT through SQLAlchemy.
    hit = s.execute(dialect_insert(RuleFiring.__table__).values(rule_id=rule_id, key=key, fired_at=now)
                    .on_conflict_do_nothing(index_elements=["rule_id", "key"]).returning(RuleFiring.rule_id)).first()
    return hit is not None


def _fire(s: Session, rule: AutomationRule, key: str, entity: str, record_id: int | None, now: datetime) -> int:
    if not _take(s, rule.id, key, now):
        return 0
    s.execute(insert(AutomationEvent).values(
        created_at=now, trigger=rule.trigger, entity=entity, record_id=record_id, rule_id=rule.id,
        changes=json.dumps({"key": key}), depth=0, chain="[]", status="pending", next_attempt_at=now, attempts=0))
    return 1


def _overdue_invoices(s: Session, days: int, today: date) -> list[int]:
    return list(s.scalars(select(Document.id).where(
        Document.doc_type == "invoice", Document.status == "confirmed", Document.payment != "fully",
        Document.due_date.is_not(None), Document.due_date <= today - timedelta(days=days))))


def _overdue_tasks(s: Session, now: datetime) -> list[int]:
    return list(s.scalars(select(Task.id).where(Task.status.in_(OPEN_TASK_STATUSES), Task.due_at < now)))


def _below_minimum(s: Session) -> set[int]:
    on_hand = (select(StockBalance.product_id, func.sum(StockBalance.on_hand).label("qty"))
               .group_by(StockBalance.product_id).subquery())
    return set(s.scalars(select(Product.id).outerjoin(on_hand, on_hand.c.product_id == Product.id).where(
        Product.min_stock > 0, Product.archived.is_(False), func.coalesce(on_hand.c.qty, 0) < Product.min_stock)))


@open_to_all
def tick(uow: UnitOfWork, *, now: datetime | None = None, local_now: datetime | None = None) -> TickResult:
    """Queue the events of every time-based rule that is due (`now` UTC for records, `local_now` for
    schedules; both default to the clock). Fires each period or record once, whoever ticks."""
    now = now or utcnow()
    local_now = local_now or datetime.now()
    fired = 0
    with UnitOfWork(uow.session_factory, user_id=None) as w:
        w.begin_write()
        s = w.session
        rules = list(s.scalars(select(AutomationRule).where(
            AutomationRule.active.is_(True),
            AutomationRule.trigger.in_(("schedule", "document.overdue", "task.overdue", "product.below_min")))
            .order_by(AutomationRule.id)))
        below: set[int] | None = None
        for rule in rules:
            params = json.loads(rule.trigger_params or "{}")
            if rule.trigger == "schedule":
                key = period_key(params, local_now)
                fired += _fire(s, rule, key, "", None, now) if key else 0
            elif rule.trigger == "document.overdue":
                for doc_id in _overdue_invoices(s, int(params.get("days") or 0), local_now.date()):
                    fired += _fire(s, rule, f"document:{doc_id}", "document", doc_id, now)
            elif rule.trigger == "task.overdue":
                for task_id in _overdue_tasks(s, now):
                    fired += _fire(s, rule, f"task:{task_id}", "task", task_id, now)
            else:
                below = _below_minimum(s) if below is None else below
                marked = set(int(k.split(":")[1]) for k in s.scalars(
                    select(RuleFiring.key).where(RuleFiring.rule_id == rule.id, RuleFiring.key.like("product:%"))))
                recovered = marked - below
                if recovered:   # back above the minimum: the next dip fires again
                    s.execute(delete(RuleFiring).where(RuleFiring.rule_id == rule.id, RuleFiring.key.in_(
                        [f"product:{pid}" for pid in recovered])))
                for product_id in sorted(below - marked):
                    fired += _fire(s, rule, f"product:{product_id}", "product", product_id, now)
        w.commit()
    return TickResult(fired)
