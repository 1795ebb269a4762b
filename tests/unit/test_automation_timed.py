"""Time-based automation: schedules fire once per period across restarts and desktops; overdue invoices
and tasks, and stock below a minimum, each once — on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.db import open_database
from app.models import AutomationEvent, Document, RuleFiring
from app.services.automation import period_key
from app.services.automation.capture import forget_triggers
from app.services.context import ServiceContext
from app.services.documents.forms import DocumentForm, LineForm
from app.services.planner.forms import TaskForm
from tests.unit.automation_kit import AutoShop
from tests.unit.production_kit import supplier
from tests.unit.test_stock_kit import product

MONDAY_9 = datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def shop(services):
    s = AutoShop(services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    return s


def _events(services) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(AutomationEvent)) or 0


def test_period_keys_for_daily_and_weekly_schedules():
    daily = {"every": "daily", "at": "09:00"}
    assert period_key(daily, datetime(2026, 12, 3, 8, 59)) is None
    assert period_key(daily, datetime(2026, 12, 3, 9, 0)) == "2026-12-03"
    weekly = {"every": "weekly", "weekday": 3, "at": "18:30"}   # Wednesdays
    assert period_key(weekly, datetime(2026, 12, 1, 23, 0)) is None          # Tuesday
    assert period_key(weekly, datetime(2026, 12, 2, 18, 30)) == "2026-W49"
    assert period_key(weekly, datetime(2026, 12, 6, 12, 0)) == "2026-W49"    # still that week's firing


def test_a_daily_schedule_fires_once_per_day_even_across_restarts(shop, database):
    shop.rule("schedule", [{"kind": "create_task", "assignee": f"user:{shop.manager.id}", "subject": "Morning plan"}],
              params={"every": "daily", "at": "09:00"})
    assert shop.s.automation.tick(local_now=MONDAY_9 - timedelta(minutes=1)).fired == 0
    assert shop.s.automation.tick(local_now=MONDAY_9).fired == 1
    assert shop.s.automation.tick(local_now=MONDAY_9 + timedelta(hours=3)).fired == 0
    # A restart: a new engine and empty caches; the period's row is in the database.
    forget_triggers()
    again = open_database(database.engine.url)
    try:
        restarted = ServiceContext(again.session_factory, user_id=shop.admin_id)
        assert restarted.automation.tick(local_now=MONDAY_9 + timedelta(hours=5)).fired == 0
        assert restarted.automation.tick(local_now=MONDAY_9 + timedelta(days=1)).fired == 1
    finally:
        again.dispose()
    shop.run()
    assert shop.tasks_of(shop.manager.id) == [("Morning plan", "todo"), ("Morning plan", "todo")]


def test_two_desktops_ticking_at_once_fire_a_weekly_schedule_once(shop, database):
    shop.rule("schedule", [{"kind": "notify", "recipients": "admins", "text": "Weekly review"}],
              params={"every": "weekly", "weekday": 1, "at": "09:00"})
    other = open_database(database.engine.url)
    results: list[int] = []
    start = threading.Barrier(2)

    def desktop(factory) -> None:
        ctx = ServiceContext(factory, user_id=shop.admin_id)
        start.wait()
        results.append(ctx.automation.tick(local_now=MONDAY_9 + timedelta(minutes=5)).fired)

    try:
        threads = [threading.Thread(target=desktop, args=(f,)) for f in (database.session_factory,
                                                                          other.session_factory)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        other.dispose()
    assert sorted(results) == [0, 1]
    with shop.s.uow() as uow:
        assert uow.session.scalars(select(RuleFiring.key)).all() == ["2026-W49"]
    assert shop.s.automation.tick(local_now=MONDAY_9 + timedelta(days=6)).fired == 0   # Sunday, same week
    shop.run()
    assert shop.notices_of(shop.admin_id) == ["Weekly review"]


def test_invoice_overdue_three_days_gives_its_manager_a_call_task_once(shop):
    shop.s.automation.add_template("overdue_invoice_call")
    card = shop.s.documents.create_document(DocumentForm(
        doc_type="invoice", client_id=shop.buyer, doc_date=date(2026, 11, 20), due_date=date(2026, 11, 25),
        lines=[LineForm(shop.install, quantity=1, price="80")]))
    shop.s.documents.confirm_document(card.id, expected_version=card.version)
    assert shop.s.automation.tick(local_now=datetime(2026, 11, 27, 10, 0)).fired == 0     # 2 days late
    assert shop.s.automation.tick(local_now=datetime(2026, 11, 28, 10, 0)).fired == 1     # 3 days late
    assert shop.s.automation.tick(local_now=datetime(2026, 11, 29, 10, 0)).fired == 0
    shop.run()
    number, manager = _number_and_manager(shop, card.id)
    assert shop.tasks_of(manager) == [(f"Call about overdue invoice {number}", "call")]


def _number_and_manager(shop, doc_id):
    with shop.s.uow() as uow:
        doc = uow.session.get(Document, doc_id)
        return doc.number, doc.manager_id


def test_task_overdue_notifies_its_assignee_once(shop):
    shop.rule("task.overdue", [{"kind": "notify", "recipients": "manager", "text": "Late: {record}"}])
    shop.s.planner.create_task(TaskForm(subject="Send the price list", due_at=datetime(2026, 1, 1, 9, 0),
                                        assignee_id=shop.manager.id))
    assert shop.s.automation.tick().fired == 1
    assert shop.s.automation.tick().fired == 0
    shop.run()
    assert shop.notices_of(shop.manager.id) == ["Late: Send the price list"]


def test_stock_below_minimum_drafts_a_purchase_order_once_per_dip(shop):
    shop.s.automation.add_template("below_min_purchase")
    screws = product(shop.s, "SC-9", "Screws", shop.pcs, min_stock="100")
    vendor = supplier(shop.s, "Bolt & Nut Ltd")
    from app.services.production import SupplierTermsForm

    shop.s.production.add_terms(screws, SupplierTermsForm(vendor, price="0.5", lead_time_days=2, min_order_qty="50",
                                                          priority=1))
    shop.posted("receipt", [(screws, 30, "0.40")])
    assert shop.s.automation.tick().fired == 1
    assert shop.s.automation.tick().fired == 0
    assert shop.run().ok == 1
    drafts = shop.s.documents.list_documents(doc_type="purchase_order")
    assert [(d.status, d.client_id) for d in drafts] == [("draft", vendor)]
    assert shop.s.documents.load_document(drafts[0].id).lines[0].quantity == 70   # up to the minimum
    # Back above the minimum, then below again: a new dip fires again.
    shop.posted("receipt", [(screws, 100, "0.40")])
    assert shop.s.automation.tick().fired == 0
    shop.posted("write_off", [(screws, 120)], reason="damaged")
    assert shop.s.automation.tick().fired == 1


def test_below_minimum_without_a_supplier_fails_visibly_and_changes_nothing(shop):
    shop.s.automation.add_template("below_min_purchase")
    product(shop.s, "GL-9", "Glue", shop.kg, min_stock="5")
    shop.s.automation.tick()
    assert shop.run().failed == 1
    (run,) = shop.s.automation.rule_runs()
    assert (run.status, run.label) == ("failed", "Glue")
    assert "no supplier" in run.message
    assert shop.s.documents.list_documents(doc_type="purchase_order") == []
    assert _events(shop.s) == 1
