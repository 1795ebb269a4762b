"""Reminders: due ones (also missed while the app was closed), snooze, dismiss, closing clears (both databases)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.services.errors import ValidationError
from app.services.planner import TaskForm
from tests.unit.factories import second_user

DUE = datetime(2030, 5, 6, 10, 0)


def task(services, **overrides):
    return services.planner.create_task(replace(TaskForm(
        subject="Call Aria", kind="call", due_at=DUE, assignee_id=services.user_id, remind_before_minutes=15),
        **overrides))


def test_a_reminder_falls_due_before_the_task_and_stays_due_until_handled(services):
    row = task(services)
    p = services.planner
    assert p.due_reminders(user_id=services.user_id, now=DUE - timedelta(minutes=16)) == []
    assert [r.id for r in p.due_reminders(user_id=services.user_id, now=DUE - timedelta(minutes=15))] == [row.id]
    # Missed while the application was closed: still there days later.
    assert [r.id for r in p.due_reminders(user_id=services.user_id, now=DUE + timedelta(days=3))] == [row.id]
    assert p.next_reminder_at(user_id=services.user_id) == DUE - timedelta(minutes=15)


def test_only_the_assignees_open_tasks_with_a_reminder_remind(services):
    boris = second_user(services)
    p = services.planner
    task(services, remind_before_minutes=None)
    his = task(services, assignee_id=boris.user_id)
    closed = task(services)
    p.complete_task(closed.id, result="", expected_version=closed.version)
    later = DUE + timedelta(hours=1)
    assert p.due_reminders(user_id=services.user_id, now=later) == []
    assert [r.id for r in p.due_reminders(user_id=boris.user_id, now=later)] == [his.id]


def test_snooze_moves_the_reminder_and_dismiss_clears_it(services):
    row = task(services)
    p = services.planner
    snoozed = p.snooze_reminder(row.id, until=DUE + timedelta(minutes=5))
    assert snoozed.remind_at == DUE + timedelta(minutes=5)
    assert p.due_reminders(user_id=services.user_id, now=DUE) == []
    assert len(p.due_reminders(user_id=services.user_id, now=DUE + timedelta(minutes=5))) == 1
    dismissed = p.dismiss_reminder(row.id)
    assert dismissed.remind_at is None
    assert p.due_reminders(user_id=services.user_id, now=DUE + timedelta(days=1)) == []
    # Moving the task arms the reminder again for the new time.
    moved = p.reschedule_task(row.id, due_at=DUE + timedelta(days=1), expected_version=dismissed.version)
    assert moved.remind_at == DUE + timedelta(days=1, minutes=-15)


def test_snoozing_and_dismissing_leave_the_task_version_alone(services):
    row = task(services)
    p = services.planner
    snoozed = p.snooze_reminder(row.id, until=DUE + timedelta(minutes=5))
    assert (snoozed.version, snoozed.remind_at) == (row.version, DUE + timedelta(minutes=5))
    dismissed = p.dismiss_reminder(row.id)
    assert (dismissed.version, dismissed.remind_at) == (row.version, None)
    # Whoever had the task open before can still save it (no "changed by" themselves).
    saved = p.update_task(row.id, replace(row.form, subject="Call Aria again"), expected_version=row.version)
    assert (saved.version, saved.subject) == (row.version + 1, "Call Aria again")
    closed = p.complete_task(row.id, result="", expected_version=saved.version).task
    with pytest.raises(ValidationError):
        p.snooze_reminder(row.id, until=DUE)
    assert p.load_task(row.id) == closed


def test_snooze_all_moves_every_open_reminder_in_one_go_and_skips_closed_tasks(services):
    p = services.planner
    first, second, closed = task(services), task(services, subject="Meet Olga"), task(services)
    p.complete_task(closed.id, result="", expected_version=closed.version)
    until = DUE + timedelta(minutes=30)
    snoozed = p.snooze_reminders([second.id, first.id, closed.id, first.id], until=until)
    assert [r.id for r in snoozed] == [first.id, second.id]
    assert {r.remind_at for r in snoozed} == {until}
    assert p.load_task(first.id).version == first.version            # an alarm clock, not an edit
    assert p.load_task(closed.id).remind_at is None
    assert p.due_reminders(user_id=services.user_id, now=until - timedelta(seconds=1)) == []
    assert [r.id for r in p.due_reminders(user_id=services.user_id, now=until)] == [first.id, second.id]
    assert p.snooze_reminders([], until=until) == []
