"""Demo planner: calls, meetings, to-dos and e-mails for every manager — overdue, today, the coming weeks,
done ones with their results, and a few recurring series."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app.models import Deal, Recurrence, Task, TaskKind, TaskPriority, TaskStatus
from app.services.planner.recurrence import to_local, to_utc

SUBJECTS = {
    TaskKind.CALL: ["Call about the invoice", "Follow-up call on the proposal", "Confirm the delivery date",
                    "Call the buyer back", "Ask about the next order"],
    TaskKind.MEETING: ["Meeting at the client's office", "Product demo", "Contract negotiation",
                       "Quarterly review", "جلسه با مدیر خرید"],
    TaskKind.TODO: ["Prepare the quote", "Check the payment", "Update the price list", "Send the samples",
                    "Collect the signed contract"],
    TaskKind.EMAIL: ["Send the commercial offer", "E-mail the catalogue", "Send the reconciliation statement",
                     "Reply about the discount"],
}
RESULTS = ["Agreed on a meeting next week", "No answer, will call again", "Sent the documents",
           "Client asked for a discount", "Order confirmed", "Postponed to next month"]
TASKS_PER_MANAGER = 40
RECURRING = [("Weekly sales meeting", TaskKind.MEETING, Recurrence.WEEKLY, "1"),
             ("Check overdue payments", TaskKind.TODO, Recurrence.DAILY, ""),
             ("Monthly report to the director", TaskKind.EMAIL, Recurrence.MONTHLY, "")]


def _at(now: datetime, days: int, hour: int, minute: int) -> datetime:
    """UTC of local `hour:minute`, `days` from the local today."""
    return to_utc(datetime.combine(to_local(now).date() + timedelta(days=days), time(hour, minute)))


def seed_planner(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                 deal_ids: list[int], now: datetime) -> int:
    """Tasks for every manager (linked to clients when there are some); returns how many rows it made."""
    if not managers:
        return 0
    deal_clients = dict(s.execute(select(Deal.id, Deal.client_id).where(Deal.id.in_(deal_ids[:2000]))).all()) \
        if deal_ids else {}
    deal_list = list(deal_clients)
    rows = []
    for manager in managers:
        for i in range(TASKS_PER_MANAGER):
            kind = rng.choice(list(TaskKind))
            roll = i / TASKS_PER_MANAGER
            if roll < 0.15:
                days, status = -rng.randint(1, 10), TaskStatus.OPEN           # overdue
            elif roll < 0.3:
                days, status = 0, TaskStatus.OPEN                             # today
            elif roll < 0.5:
                days, status = -rng.randint(1, 30), TaskStatus.DONE           # done, with a result
            else:
                days, status = rng.randint(1, 30), TaskStatus.OPEN            # the coming weeks
            all_day = kind == TaskKind.TODO and rng.random() < 0.3
            due = _at(now, days, 0, 0) if all_day else _at(now, days, rng.randint(9, 17), rng.choice((0, 15, 30)))
            deal_id = rng.choice(deal_list) if deal_list and rng.random() < 0.4 else None
            client_id = deal_clients[deal_id] if deal_id else (
                rng.choice(client_ids) if client_ids and rng.random() < 0.7 else None)
            remind = rng.choice((None, 0, 15, 60)) if status == TaskStatus.OPEN else None
            done = status == TaskStatus.DONE
            rows.append(dict(
                kind=kind, subject=rng.choice(SUBJECTS[kind]), description="", due_at=due, all_day=all_day,
                duration_minutes=0 if all_day else rng.choice((15, 30, 60, 90)), assignee_id=manager,
                priority=rng.choice(list(TaskPriority)), status=status,
                result=rng.choice(RESULTS) if done else "", completed_at=due + timedelta(minutes=20) if done else None,
                client_id=client_id, contact_person_id=None, deal_id=deal_id, remind_before_minutes=remind,
                remind_at=due - timedelta(minutes=remind) if remind is not None and days >= 0 else None,
                recurrence=Recurrence.NONE, recurrence_interval=1, recurrence_weekdays="", recurrence_until=None,
                series_id=None, follow_up_of_id=None, created_at=due - timedelta(days=3), updated_at=now,
                version=1, created_by_id=manager, updated_by_id=manager))
    s.execute(insert(Task), rows)
    made = len(rows)
    for manager in managers:
        for subject, kind, recurrence, weekdays in RECURRING:
            task = Task(kind=kind, subject=subject, description="", due_at=_at(now, rng.randint(0, 6), 10, 0),
                        all_day=False, duration_minutes=60 if kind == TaskKind.MEETING else 30,
                        assignee_id=manager, priority=TaskPriority.NORMAL, status=TaskStatus.OPEN, result="",
                        remind_before_minutes=15, recurrence=recurrence, recurrence_interval=1,
                        recurrence_weekdays=weekdays, created_by_id=manager, updated_by_id=manager,
                        created_at=now, updated_at=now)
            task.remind_at = task.due_at - timedelta(minutes=15)
            s.add(task)
            s.flush()
            s.execute(update(Task).where(Task.id == task.id).values(series_id=task.id))
            made += 1
    return made
