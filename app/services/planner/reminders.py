"""Reminders: which tasks should remind their assignee now, snoozing and dismissing them.

A task's `remind_at` is armed from its due time minus `remind_before_minutes` (see tasks.py) and cleared
when it is dismissed or the task is closed, so `remind_at <= now` also finds the reminders that fell due
while the application was closed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.models import Task
from app.services.errors import ValidationError
from app.services.planner.forms import TaskRow
from app.services.planner.queries import OPEN_STATUSES
from app.services.planner.tasks import _load, load_row, row_select, rows
from app.services.uow import UnitOfWork


def due_reminders(uow: UnitOfWork, *, user_id: int, now: datetime) -> list[TaskRow]:
    """The user's open tasks whose reminder is due (missed ones included), oldest reminder first."""
    with uow:
        return rows(uow.session, row_select().where(
            Task.assignee_id == user_id, Task.status.in_(OPEN_STATUSES), Task.remind_at.is_not(None),
            Task.remind_at <= now).order_by(Task.remind_at, Task.id))


def next_reminder_at(uow: UnitOfWork, *, user_id: int) -> datetime | None:
    """When the user's next reminder falls due (None: nothing armed)."""
    with uow:
        return uow.session.scalar(select(Task.remind_at).where(
            Task.assignee_id == user_id, Task.status.in_(OPEN_STATUSES), Task.remind_at.is_not(None))
            .order_by(Task.remind_at).limit(1))


def snooze_reminder(uow: UnitOfWork, task_id: int, *, until: datetime) -> TaskRow:
    """Remind again at `until` (UTC); raises NotFound, or ValidationError for a closed task."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        if task.status not in OPEN_STATUSES:
            raise ValidationError({"status": "the task is closed"})
        task.remind_at = until.replace(microsecond=0)
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row


def dismiss_reminder(uow: UnitOfWork, task_id: int) -> TaskRow:
    """Stop reminding about the task (moving or editing it arms the reminder again); raises NotFound."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        task.remind_at = None
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row
