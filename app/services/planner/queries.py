"""What the planner screens read: "My day", the calendar, and the tasks of a client or a deal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import and_, case, or_, select

from app.models import OPEN_TASK_STATUSES, Client, ContactPerson, Deal, DealStatus, Task, TaskStatus
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound
from app.services.planner.forms import ClientLinks, LinkChoice, MyDay, TaskRow
from app.services.planner.tasks import row_select, rows
from app.services.uow import UnitOfWork

OPEN_STATUSES = [str(s) for s in OPEN_TASK_STATUSES]
LONGEST_TASK = timedelta(days=7)   # the longest duration a task may have (tasks.py)
CALENDAR_LIMIT = 5_000   # a month for a dozen colleagues is a few hundred; this only guards the screen


@requires(Area.TASKS, Action.VIEW)
def my_day(uow: UnitOfWork, *, user_id: int, day_start_utc: datetime, day_end_utc: datetime) -> MyDay:
    """The user's open tasks due before the day ends (overdue: due before it started) and the ones they
    closed during the day, each in due order."""
    with uow:
        s = uow.session
        open_rows = rows(s, row_select().where(
            Task.assignee_id == user_id, Task.status.in_(OPEN_STATUSES), Task.due_at < day_end_utc,
        ).order_by(Task.due_at, Task.id))
        done = rows(s, row_select().where(
            Task.assignee_id == user_id, Task.status == TaskStatus.DONE,
            Task.completed_at >= day_start_utc, Task.completed_at < day_end_utc,
        ).order_by(Task.completed_at, Task.id))
        return MyDay(overdue=tuple(r for r in open_rows if r.due_at < day_start_utc),
                     today=tuple(r for r in open_rows if r.due_at >= day_start_utc),
                     done_today=tuple(done))


@requires(Area.TASKS, Action.VIEW)
def tasks_between(uow: UnitOfWork, *, start: datetime, end: datetime, assignee_ids: Sequence[int],
                  include_closed: bool = True) -> list[TaskRow]:
    """Tasks of these people that overlap [start, end) (UTC), by due time — what a calendar page shows."""
    if not assignee_ids:
        return []
    with uow:
        stmt = row_select().where(Task.assignee_id.in_(list(assignee_ids)), Task.due_at < end,
                                  # a task that began before the page may still run into it (≤ 7 days)
                                  Task.due_at >= start - LONGEST_TASK)
        if not include_closed:
            stmt = stmt.where(Task.status.in_(OPEN_STATUSES))
        found = rows(uow.session, stmt.order_by(Task.due_at, Task.id).limit(CALENDAR_LIMIT))
        return [r for r in found if r.due_at >= start or r.ends_at > start]


def _for(uow: UnitOfWork, condition, include_closed: bool, limit: int) -> list[TaskRow]:
    # Open tasks first (soonest first), then closed ones (latest first).
    is_closed = case((Task.status.in_(OPEN_STATUSES), 0), else_=1)
    stmt = row_select().where(condition)
    if not include_closed:
        stmt = stmt.where(Task.status.in_(OPEN_STATUSES))
    with uow:
        found = rows(uow.session, stmt.order_by(is_closed, Task.due_at, Task.id).limit(limit))
    open_rows = [r for r in found if r.is_open]
    closed = sorted((r for r in found if not r.is_open), key=lambda r: r.due_at, reverse=True)
    return open_rows + closed


@requires(Area.TASKS, Action.VIEW)
def tasks_for_client(uow: UnitOfWork, client_id: int, *, include_closed: bool = True,
                     limit: int = 200) -> list[TaskRow]:
    """The client's tasks: open ones soonest first, then closed ones latest first."""
    return _for(uow, Task.client_id == client_id, include_closed, limit)


@requires(Area.TASKS, Action.VIEW)
def tasks_for_deal(uow: UnitOfWork, deal_id: int, *, include_closed: bool = True, limit: int = 200) -> list[TaskRow]:
    """The deal's tasks, ordered like `tasks_for_client`."""
    return _for(uow, Task.deal_id == deal_id, include_closed, limit)


@requires(Area.TASKS, Action.VIEW)
def client_links(uow: UnitOfWork, client_id: int, *, keep_deal_id: int | None = None) -> ClientLinks:
    """The contact people and deals a task of this client can link to (open deals, plus `keep_deal_id`
    even if closed: the one the task points at already). Raises NotFound."""
    with uow:
        s = uow.session
        client = s.get(Client, client_id)
        if client is None:
            raise NotFound("client", client_id)
        contacts = s.execute(select(ContactPerson.id, ContactPerson.full_name)
                             .where(ContactPerson.client_id == client_id)
                             .order_by(ContactPerson.sort_order, ContactPerson.id)).all()
        deals = s.execute(select(Deal.id, Deal.title).where(
            Deal.client_id == client_id,
            or_(Deal.status == DealStatus.OPEN, and_(Deal.id == keep_deal_id))).order_by(Deal.id.desc())).all()
        return ClientLinks(client_id, client.display_name, tuple(LinkChoice(i, n) for i, n in contacts),
                           tuple(LinkChoice(i, t) for i, t in deals))
