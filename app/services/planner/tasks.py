"""Tasks: create, edit, move, and close them (complete or cancel) through an explicit state machine.

Closing an occurrence of a recurring task creates the next one of its series in the same transaction;
completing can also create a follow-up task at once.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, ContactPerson, Deal, Task, TaskKind, TaskPriority, TaskStatus, User
from app.models.base import utcnow
from app.models.planner import Recurrence
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.planner.forms import Completion, TaskForm, TaskRow
from app.services.planner.recurrence import MAX_INTERVAL, RecurrenceRule, next_due, to_local
from app.services.uow import UnitOfWork
from app.services.words import status_word

OPEN, IN_PROGRESS, DONE, CANCELLED = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE,
                                      TaskStatus.CANCELLED)
TRANSITIONS = {
    (OPEN, IN_PROGRESS), (IN_PROGRESS, OPEN),
    (OPEN, DONE), (IN_PROGRESS, DONE),
    (OPEN, CANCELLED), (IN_PROGRESS, CANCELLED),
    (DONE, OPEN), (CANCELLED, OPEN),
}
MAX_DURATION_MINUTES = 7 * 24 * 60
MAX_REMIND_BEFORE_MINUTES = 30 * 24 * 60
# Changing any of these on an occurrence restarts its series there (the next ones follow the new rule/date).
SERIES_COLUMNS = ("recurrence", "recurrence_interval", "recurrence_weekdays", "due_at", "all_day")


# -- rows ------------------------------------------------------------------------------------------

def form_of(task: Task) -> TaskForm:
    return TaskForm(
        subject=task.subject, kind=task.kind, due_at=task.due_at, all_day=task.all_day,
        duration_minutes=task.duration_minutes, assignee_id=task.assignee_id, priority=task.priority,
        description=task.description, client_id=task.client_id, contact_person_id=task.contact_person_id,
        deal_id=task.deal_id, remind_before_minutes=task.remind_before_minutes, recurrence=task.recurrence,
        recurrence_interval=task.recurrence_interval, recurrence_weekdays=task.recurrence_weekdays,
        recurrence_until=task.recurrence_until)


def row_of(task: Task, assignee: str | None = "", client: str | None = "", contact: str | None = "",
           deal: str | None = "") -> TaskRow:
    return TaskRow(id=task.id, version=task.version, form=form_of(task), status=task.status, result=task.result,
                   completed_at=task.completed_at, remind_at=task.remind_at, series_id=task.series_id,
                   follow_up_of_id=task.follow_up_of_id, assignee_name=assignee or "", client_name=client or "",
                   contact_name=contact or "", deal_title=deal or "")


def row_select():
    """SELECT task + the names shown next to it (one query for any number of rows)."""
    return (select(Task, User.full_name, Client.display_name, ContactPerson.full_name, Deal.title)
            .outerjoin(User, User.id == Task.assignee_id)
            .outerjoin(Client, Client.id == Task.client_id)
            .outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)
            .outerjoin(Deal, Deal.id == Task.deal_id))


def rows(session: Session, stmt) -> list[TaskRow]:
    return [row_of(*r) for r in session.execute(stmt).all()]


def load_row(session: Session, task_id: int) -> TaskRow:
    found = rows(session, row_select().where(Task.id == task_id))
    if not found:
        raise NotFound("task", task_id)
    return found[0]


# -- validation ------------------------------------------------------------------------------------

def _validate(session: Session, form: TaskForm, current: Task | None = None) -> dict:
    """The cleaned column values of `form`; raises ValidationError listing every bad field.

    Editing `current`, links the user left as they were are not checked again: a task keeps its deal after
    the deal moved to another client, and its assignee after they were deactivated, until someone changes
    that link (or the client, for the contact and the deal).
    """
    errors: dict[str, str] = {}

    def changed(*names: str) -> bool:
        return current is None or any(getattr(form, n) != getattr(current, n) for n in names)

    subject = v.clean(form.subject)
    if not subject:
        errors["subject"] = msg("is required")
    elif len(subject) > 300:
        errors["subject"] = msg("is longer than 300 characters")
    if form.kind not in {k.value for k in TaskKind}:
        errors["kind"] = msg("is not a kind of task")
    if form.priority not in {p.value for p in TaskPriority}:
        errors["priority"] = msg("is not a priority")
    if form.due_at is None:
        errors["due_at"] = msg("is required")
    if not 0 <= form.duration_minutes <= MAX_DURATION_MINUTES:
        errors["duration_minutes"] = msg("must be between 0 minutes and 7 days")
    if changed("assignee_id"):
        errors.update(_assignee_errors(session, form.assignee_id))
    if form.client_id is not None and changed("client_id") and session.get(Client, form.client_id) is None:
        errors["client_id"] = msg("no longer exists")
    if form.contact_person_id is not None and changed("contact_person_id", "client_id"):
        person = session.get(ContactPerson, form.contact_person_id)
        if person is None or person.client_id != form.client_id:
            errors["contact_person_id"] = msg("is not a contact person of this client")
    if form.deal_id is not None and changed("deal_id", "client_id"):
        deal = session.get(Deal, form.deal_id)
        if deal is None or deal.client_id != form.client_id:
            errors["deal_id"] = msg("is not a deal of this client")
    remind = form.remind_before_minutes
    if remind is not None and not 0 <= remind <= MAX_REMIND_BEFORE_MINUTES:
        errors["remind_before_minutes"] = msg("must be between 0 minutes and 30 days")
    errors.update(_recurrence_errors(form))
    if errors:
        raise ValidationError(errors)
    return dict(
        subject=subject, kind=form.kind, due_at=form.due_at.replace(second=0, microsecond=0),
        all_day=form.all_day, duration_minutes=form.duration_minutes, assignee_id=form.assignee_id,
        priority=form.priority, description=(form.description or "").strip(), client_id=form.client_id,
        contact_person_id=form.contact_person_id, deal_id=form.deal_id, remind_before_minutes=remind,
        recurrence=form.recurrence, recurrence_interval=form.recurrence_interval if form.recurrence != "none" else 1,
        recurrence_weekdays="".join(sorted(set(form.recurrence_weekdays))) if form.recurrence == "weekly" else "",
        recurrence_until=form.recurrence_until if form.recurrence != "none" else None)


def _assignee_errors(session: Session, assignee_id: int | None) -> dict[str, str]:
    assignee = session.get(User, assignee_id) if assignee_id is not None else None
    return {} if assignee is not None and assignee.active else {"assignee_id": msg("choose an active user")}


def _recurrence_errors(form: TaskForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.recurrence not in {r.value for r in Recurrence}:
        return {"recurrence": msg("is not a repetition rule")}
    if form.recurrence == Recurrence.NONE:
        return errors
    if not 1 <= form.recurrence_interval <= MAX_INTERVAL:
        errors["recurrence_interval"] = msg("must be between 1 and {limit}", limit=MAX_INTERVAL)
    if form.recurrence == Recurrence.WEEKLY and (
            not form.recurrence_weekdays or set(form.recurrence_weekdays) - set("1234567")):
        errors["recurrence_weekdays"] = msg("choose at least one day of the week")
    if form.recurrence_until is not None and form.due_at is not None \
            and form.recurrence_until < to_local(form.due_at).date():
        errors["recurrence_until"] = msg("must not be before the task's date")
    return errors


def _remind_at(task: Task) -> None:
    """Arm the reminder from the due time, or clear it (no reminder, or the task is closed)."""
    if task.remind_before_minutes is None or task.status not in (OPEN, IN_PROGRESS):
        task.remind_at = None
    else:
        task.remind_at = task.due_at - timedelta(minutes=task.remind_before_minutes)


def _load(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound("task", task_id)
    return task


def _check_version(session: Session, task: Task, expected_version: int) -> None:
    if task.version != expected_version:
        who = session.get(User, task.updated_by_id) if task.updated_by_id else None
        raise ConcurrentEdit("task", task.id, changed_by=who.full_name if who else None,
                             changed_at=task.updated_at, current=load_row(session, task.id))


def _move(task: Task, to: TaskStatus) -> None:
    if (TaskStatus(task.status), to) not in TRANSITIONS:
        raise ValidationError({"status": msg("a {status} task cannot become {to}", status=status_word(task.status), to=status_word(to))})
    task.status = to
    task.completed_at = utcnow() if to in (DONE, CANCELLED) else None
    _remind_at(task)


# -- use cases -------------------------------------------------------------------------------------

def _insert(session: Session, form: TaskForm, **extra) -> Task:
    return _add(session, _validate(session, form), **extra)


def _add(session: Session, values: dict, **extra) -> Task:
    task = Task(**values, status=OPEN, result="", **extra)
    _remind_at(task)
    session.add(task)
    session.flush()
    if task.recurrence != Recurrence.NONE and task.series_id is None:
        task.series_id = task.id   # the first occurrence names its series
        session.flush()
    return task


@requires(Area.TASKS, Action.CREATE)
def create_task(uow: UnitOfWork, form: TaskForm) -> TaskRow:
    """A new open task; raises ValidationError."""
    with uow:
        task = _insert(uow.session, form)
        row = load_row(uow.session, task.id)
        uow.commit()
        return row


@requires(Area.TASKS, Action.VIEW)
def load_task(uow: UnitOfWork, task_id: int) -> TaskRow:
    """The task with its names; raises NotFound."""
    with uow:
        return load_row(uow.session, task_id)


@requires(Area.TASKS, Action.EDIT)
def update_task(uow: UnitOfWork, task_id: int, form: TaskForm, *, expected_version: int) -> TaskRow:
    """Save the task dialog; raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        values = _validate(s, form, current=task)
        rule_changed = any(values[n] != getattr(task, n) for n in SERIES_COLUMNS)
        for name, value in values.items():
            setattr(task, name, value)
        if task.recurrence != Recurrence.NONE and (task.series_id is None or rule_changed):
            # A new rule or date starts the series again here: later occurrences follow this one.
            task.series_id = task.id
        _remind_at(task)
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row


@requires(Area.TASKS, Action.EDIT)
def reschedule_task(uow: UnitOfWork, task_id: int, *, due_at, expected_version: int,
                    assignee_id: int | None = None) -> TaskRow:
    """Move an open task to another time (and, optionally, to another person) as a calendar drag does;
    the reminder moves with it. Raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        if task.status not in (OPEN, IN_PROGRESS):
            raise ValidationError({"status": msg("a closed task cannot be moved")})
        # Only what moves is checked: links nobody touched stay as they are (see _validate).
        errors = {} if due_at is not None else {"due_at": msg("is required")}
        if assignee_id is not None and assignee_id != task.assignee_id:
            errors.update(_assignee_errors(s, assignee_id))
        if errors:
            raise ValidationError(errors)
        task.due_at = due_at.replace(second=0, microsecond=0)
        if assignee_id is not None:
            task.assignee_id = assignee_id
        _remind_at(task)
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row


@requires(Area.TASKS, Action.EDIT)
def start_task(uow: UnitOfWork, task_id: int, *, expected_version: int) -> TaskRow:
    """Mark an open task as in progress; raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        _move(task, IN_PROGRESS)
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row


def _next_occurrence(session: Session, task: Task) -> Task | None:
    """Create the series' next occurrence after `task`, unless the rule ended or it exists already. It
    copies the task as it is (links included, checked when they were set), only the due time moves."""
    if task.recurrence == Recurrence.NONE:
        return None
    series = task.series_id or task.id
    later = session.scalar(select(Task.id).where(Task.series_id == series, Task.id != task.id,
                                                 Task.due_at > task.due_at).limit(1))
    if later is not None:
        return None
    first = session.get(Task, series)
    rule = RecurrenceRule.of(task.recurrence, task.recurrence_interval, task.recurrence_weekdays,
                             task.recurrence_until)
    due = next_due(task.due_at, rule, anchor_due=first.due_at if first is not None else None,
                   all_day=task.all_day)
    if due is None:
        return None
    values = {f.name: getattr(task, f.name) for f in fields(TaskForm)}
    return _add(session, {**values, "due_at": due}, series_id=series)


@requires(Area.TASKS, Action.EDIT)
def complete_task(uow: UnitOfWork, task_id: int, *, result: str, expected_version: int,
                  follow_up: TaskForm | None = None) -> Completion:
    """Mark the task done with its result; in the same transaction create `follow_up` (linked to it) and
    a recurring task's next occurrence. Raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        _move(task, DONE)
        task.result = (result or "").strip()
        s.flush()
        follow = None
        if follow_up is not None:
            try:
                follow = _insert(s, follow_up, follow_up_of_id=task.id)
            except ValidationError as exc:
                raise ValidationError({f"follow_up.{k}": m for k, m in exc.errors.items()}) from None
        nxt = _next_occurrence(s, task)
        done = Completion(load_row(s, task.id), load_row(s, follow.id) if follow else None,
                          load_row(s, nxt.id) if nxt else None)
        uow.commit()
        return done


@requires(Area.TASKS, Action.EDIT)
def cancel_task(uow: UnitOfWork, task_id: int, *, expected_version: int, reason: str = "") -> Completion:
    """Cancel the task (a recurring one moves on to its next occurrence); raises ValidationError, NotFound
    or ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        _move(task, CANCELLED)
        task.result = (reason or "").strip()
        s.flush()
        nxt = _next_occurrence(s, task)
        done = Completion(load_row(s, task.id), None, load_row(s, nxt.id) if nxt else None)
        uow.commit()
        return done


@requires(Area.TASKS, Action.EDIT)
def reopen_task(uow: UnitOfWork, task_id: int, *, expected_version: int) -> TaskRow:
    """Open a done or cancelled task again (its reminder re-arms); raises ValidationError, NotFound or
    ConcurrentEdit."""
    with uow:
        s = uow.session
        task = _load(s, task_id)
        _check_version(s, task, expected_version)
        _move(task, OPEN)
        s.flush()
        row = load_row(s, task.id)
        uow.commit()
        return row
