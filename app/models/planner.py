"""Tasks and the planner, and logged interactions (calls, meetings, e-mails, notes).

Every stored time is naive UTC, like the rest of the schema; screens convert to local time.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base


class TaskKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    TODO = "todo"
    EMAIL = "email"


class TaskPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class TaskStatus(enum.StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_TASK_STATUSES = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


class Recurrence(enum.StrEnum):
    NONE = "none"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


class Task(Audited, Base):
    """A call, meeting, to-do or e-mail someone has to do; optionally linked to a client, contact, deal.

    A recurring task is one row at a time: completing (or cancelling) an occurrence creates the next
    one of the same series (`series_id` is the first occurrence's id).
    """

    __tablename__ = "task"
    __table_args__ = (
        Index("ix_task_assignee_status_due", "assignee_id", "status", "due_at"),
        Index("ix_task_status_remind", "status", "remind_at"),
    )

    kind: Mapped[str] = mapped_column(String(10), default=TaskKind.TODO)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    # For an all-day task: the UTC instant of local midnight of its day.
    due_at: Mapped[datetime] = mapped_column(index=True)
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, default=30)
    assignee_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    priority: Mapped[str] = mapped_column(String(10), default=TaskPriority.NORMAL)
    status: Mapped[str] = mapped_column(String(12), default=TaskStatus.OPEN)
    result: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="SET NULL"),
                                                          index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"), index=True)
    # None: no reminder. Otherwise `remind_at` is when it fires next (due time minus this, or a snooze);
    # it is cleared when the reminder is dismissed or the task is closed.
    remind_before_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    remind_at: Mapped[datetime | None] = mapped_column(nullable=True)
    recurrence: Mapped[str] = mapped_column(String(10), default=Recurrence.NONE)
    recurrence_interval: Mapped[int] = mapped_column(Integer, default=1)
    # Weekly recurrence: ISO weekday digits, Monday = 1 ("135" = Mon, Wed, Fri).
    recurrence_weekdays: Mapped[str] = mapped_column(String(7), default="")
    recurrence_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    # The task whose completion created this one as its follow-up.
    follow_up_of_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"))


class InteractionKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"


class InteractionDirection(enum.StrEnum):
    NONE = ""
    INCOMING = "in"
    OUTGOING = "out"


class Interaction(Audited, Base):
    """Something that happened with a client: a logged call, meeting, e-mail or a note, with its result."""

    __tablename__ = "interaction"
    __table_args__ = (Index("ix_interaction_client_occurred", "client_id", "occurred_at"),)

    kind: Mapped[str] = mapped_column(String(10), default=InteractionKind.NOTE)
    direction: Mapped[str] = mapped_column(String(3), default=InteractionDirection.NONE)
    occurred_at: Mapped[datetime] = mapped_column()
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="SET NULL"),
                                                          index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"), index=True)
    task_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="SET NULL"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    result: Mapped[str] = mapped_column(Text, default="")
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
