"""The demo planner gives every manager overdue, today's, future, done and recurring tasks."""

from __future__ import annotations

import random
from collections import Counter
from datetime import timedelta

from sqlalchemy import func, select

from app.models import Task, utcnow
from app.services.clients import ClientForm
from app.services.demo_planner import TASKS_PER_MANAGER, seed_planner
from tests.unit.factories import second_user


def test_seed_planner_makes_tasks_of_every_kind_for_every_manager(services):
    boris = second_user(services)
    clients = [services.clients.create_client(ClientForm(display_name=n)).id for n in ("شرکت آریا", "Acme")]
    now = utcnow()
    with services.session_factory() as s:
        made = seed_planner(s, rng=random.Random(7), managers=[services.user_id, boris.user_id],
                            client_ids=clients, deal_ids=[], now=now)
        s.commit()
    with services.session_factory() as s:
        assert s.scalar(select(func.count()).select_from(Task)) == made == 2 * (TASKS_PER_MANAGER + 3)
        tasks = list(s.scalars(select(Task)))
    for manager in (services.user_id, boris.user_id):
        mine = [t for t in tasks if t.assignee_id == manager]
        assert {t.kind for t in mine} == {"call", "meeting", "todo", "email"}
        assert any(t.status == "open" and t.due_at < now - timedelta(days=1) for t in mine)
        assert all(t.result for t in mine if t.status == "done") and Counter(t.status for t in mine)["done"] > 0
        recurring = [t for t in mine if t.recurrence != "none"]
        assert len(recurring) == 3 and all(t.series_id == t.id for t in recurring)
    assert {t.client_id for t in tasks} - {None} <= set(clients)
    assert seed_planner(s, rng=random.Random(1), managers=[], client_ids=[], deal_ids=[], now=now) == 0
