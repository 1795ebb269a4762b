"""Plain values that cross between screens and the planner services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.models.planner import OPEN_TASK_STATUSES, Recurrence, TaskKind, TaskPriority


@dataclass(frozen=True, slots=True)
class TaskForm:
    """Everything the task dialog edits. `due_at` is naive UTC (an all-day task: local midnight in UTC)."""

    subject: str = ""
    kind: str = TaskKind.TODO
    due_at: datetime | None = None
    all_day: bool = False
    duration_minutes: int = 30
    assignee_id: int | None = None
    priority: str = TaskPriority.NORMAL
    description: str = ""
    client_id: int | None = None
    contact_person_id: int | None = None
    deal_id: int | None = None
    remind_before_minutes: int | None = None   # None: no reminder
    recurrence: str = Recurrence.NONE
    recurrence_interval: int = 1
    recurrence_weekdays: str = ""              # ISO weekday digits, Monday = 1 ("135")
    recurrence_until: date | None = None


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task as lists, the calendar and the dialog show it, with the version the user saw."""

    id: int
    version: int
    form: TaskForm
    status: str
    result: str = ""
    completed_at: datetime | None = None
    remind_at: datetime | None = None
    series_id: int | None = None
    follow_up_of_id: int | None = None
    assignee_name: str = ""
    client_name: str = ""
    contact_name: str = ""
    deal_title: str = ""

    @property
    def subject(self) -> str:
        return self.form.subject

    @property
    def kind(self) -> str:
        return self.form.kind

    @property
    def due_at(self) -> datetime:
        assert self.form.due_at is not None
        return self.form.due_at

    @property
    def ends_at(self) -> datetime:
        return self.due_at + timedelta(minutes=self.form.duration_minutes)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_TASK_STATUSES

    @property
    def recurring(self) -> bool:
        return self.form.recurrence != Recurrence.NONE


@dataclass(frozen=True, slots=True)
class Completion:
    """What closing a task made: the closed task, its follow-up and the series' next occurrence."""

    task: TaskRow
    follow_up: TaskRow | None = None
    next_occurrence: TaskRow | None = None

    @property
    def ids(self) -> list[int]:
        return [r.id for r in (self.task, self.follow_up, self.next_occurrence) if r is not None]


@dataclass(frozen=True, slots=True)
class MyDay:
    """One person's open tasks due before today ended, and what they closed today."""

    overdue: tuple[TaskRow, ...]
    today: tuple[TaskRow, ...]
    done_today: tuple[TaskRow, ...] = ()


@dataclass(frozen=True, slots=True)
class LinkChoice:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class ClientLinks:
    """What a task of this client may point at: its contact people and its deals (open ones first)."""

    client_id: int
    client_name: str
    contacts: tuple[LinkChoice, ...]
    deals: tuple[LinkChoice, ...]
