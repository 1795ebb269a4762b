"""Reminders: which tasks should remind their assignee now, snoozing and dismissing them.

A task's `remind_at` is armed from its due time minus `remind_before_minutes` (see tasks.py) and cleared
when it is dismissed or the task is closed, so `remind_at <= now` also finds the reminders that fell due
while the application was closed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from app.models import Task
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.planner.forms import TaskRow
from app.services.planner.queries import OPEN_STATUSES
from app.services.planner.tasks import _load, load_row, row_select, rows
from app.services.uow import UnitOfWork


@requires(Area.TASKS, Action.VIEW)
def due_reminders(uow: UnitOfWork, *, user_id: int, now: datetime) -> list[TaskRow]:
    """The user's open tasks whose reminder is due (missed ones included), oldest reminder first."""
    with uow:
        return rows(uow.session, row_select().where(
            Task.assignee_id == user_id, Task.status.in_(OPEN_STATUSES), Task.remind_at.is_not(None),
            Task.remind_at <= now).order_by(Task.remind_at, Task.id))


@requires(Area.TASKS, Action.VIEW)
def next_reminder_at(uow: UnitOfWork, *, user_id: int) -> datetime | None:
    """When the user's next reminder falls due (None: nothing armed)."""
    with uow:
        return uow.session.scalar(select(Task.remind_at).where(
            Task.assignee_id == user_id, Task.status.in_(OPEN_STATUSES), Task.remind_at.is_not(None))
            .order_by(Task.remind_at).limit(1))


def _set_remind_at(uow: UnitOfWork, task_id: int, remind_at: datetime | None, *, open_only: bool) -> TaskRow:
    """Write only `remind_at`, with a plain UPDATE: the task's version and "changed by/at" stay as they are,
    so whoever has the task open can still save it (a reminder is the assignee's alarm clock, not an edit)."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        if open_only and task.status not in OPEN_STATUSES:
            raise ValidationError({"status": msg("the task is closed")})
        stmt = update(Task).where(Task.id == task_id).values(remind_at=remind_at)
        if open_only:
            stmt = stmt.where(Task.status.in_(OPEN_STATUSES))
        s.execute(stmt.execution_options(synchronize_session=False))
        s.expire(task)
        row = load_row(s, task_id)
        uow.commit()
        return row


@requires(Area.TASKS, Action.EDIT)
def snooze_reminder(uow: UnitOfWork, task_id: int, *, until: datetime) -> TaskRow:
    """Remind again at `until` (UTC); raises NotFound, or ValidationError for a closed task."""
    return _set_remind_at(uow, task_id, until.replace(microsecond=0), open_only=True)


@requires(Area.TASKS, Action.EDIT)
def snooze_reminders(uow: UnitOfWork, task_ids: list[int], *, until: datetime) -> list[TaskRow]:
    """Remind again at `until` (UTC) about each of the tasks still open, in one transaction (the tray's
    "Snooze all"); closed or deleted ones are left out. Returns the snoozed tasks."""
    with uow:
        s = uow.session
        ids = sorted(set(task_ids))
        if not ids:
            return []
        # Like snooze_reminder: only remind_at changes, the tasks' versions stay.
        s.execute(update(Task).where(Task.id.in_(ids), Task.status.in_(OPEN_STATUSES))
                  .values(remind_at=until.replace(microsecond=0)).execution_options(synchronize_session=False))
        snoozed = rows(s, row_select().where(Task.id.in_(ids), Task.status.in_(OPEN_STATUSES)).order_by(Task.id))
        uow.commit()
        return snoozed


@requires(Area.TASKS, Action.EDIT)
def dismiss_reminder(uow: UnitOfWork, task_id: int) -> TaskRow:
    """Stop reminding about the task (moving or editing it arms the reminder again); raises NotFound."""
    return _set_remind_at(uow, task_id, None, open_only=False)
