"""Tasks and the planner: calls, meetings, to-dos and e-mails, recurring series, reminders."""

from app.services.planner.forms import ClientLinks, Completion, LinkChoice, MyDay, TaskForm, TaskRow
from app.services.planner.queries import client_links, my_day, tasks_between, tasks_for_client, tasks_for_deal
from app.services.planner.recurrence import RecurrenceRule, next_due, next_occurrence, to_local, to_utc
from app.services.planner.reminders import (
    dismiss_reminder,
    due_reminders,
    next_reminder_at,
    snooze_reminder,
    snooze_reminders,
)
from app.services.planner.tasks import (
    TRANSITIONS,
    cancel_task,
    complete_task,
    create_task,
    load_task,
    reopen_task,
    reschedule_task,
    start_task,
    update_task,
)

__all__ = [
    "ClientLinks", "Completion", "LinkChoice", "MyDay", "RecurrenceRule", "TRANSITIONS", "TaskForm", "TaskRow",
    "cancel_task", "client_links", "complete_task", "create_task", "dismiss_reminder", "due_reminders",
    "load_task", "my_day", "next_due", "next_occurrence", "next_reminder_at", "reopen_task", "reschedule_task",
    "snooze_reminder", "snooze_reminders", "start_task", "tasks_between", "tasks_for_client", "tasks_for_deal",
    "to_local", "to_utc", "update_task",
]
