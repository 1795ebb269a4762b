"""Automation rules on change triggers: each trigger and action, failures that keep the change, loops,
validation and rights — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.models import AutomationEvent, Client, Deal, Document
from app.services.automation import MAX_ATTEMPTS, RuleForm
from app.services.clients import ClientForm
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.errors import PermissionDenied, ValidationError
from tests.unit.automation_kit import AutoShop


@pytest.fixture
def shop(services):
    s = AutoShop(services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    return s


def _move(shop, deal, stage_name):
    return shop.s.funnel.move_deal(deal.id, shop.stage[stage_name], expected_version=deal.version)


def _order(shop, qty=1):
    return shop.s.documents.create_document(DocumentForm(
        doc_type="order", client_id=shop.buyer, warehouse_id=shop.main,
        lines=[LineForm(shop.chair, quantity=qty, price="50")]))


def _confirm(shop, card):
    return shop.s.documents.confirm_document(card.id, expected_version=card.version)


def test_client_created_notifies_its_manager_after_the_commit(shop):
    shop.rule("client.created", [{"kind": "notify", "recipients": "manager", "text": "New client {record}"}])
    shop.s.clients.create_client(ClientForm(display_name="Tabriz Carpets", manager_id=shop.manager.id))
    assert shop.notices_of(shop.manager.id) == []          # nothing runs inside the change's transaction
    result = shop.run()
    assert (result.events, result.ok, result.failed) == (1, 1, 0)
    assert shop.notices_of(shop.manager.id) == ["New client Tabriz Carpets"]
    assert shop.runs() == [("On client.created", "ok")]
    assert shop.run().events == 0                          # each event runs once


def test_deal_created_makes_a_task_only_when_the_conditions_hold(shop):
    shop.rule("deal.created", [{"kind": "create_task", "assignee": f"user:{shop.manager.id}", "task_kind": "call",
                                "subject": "Call about {record}", "due_days": 1}],
              conditions=[{"field": "amount", "op": ">", "value": "500"},
                          {"field": "pipeline_id", "op": "=", "value": str(shop.pipeline.id)}])
    shop.deal("Small", "100", lines=())
    shop.deal("Big", "900", lines=())
    shop.run()
    assert shop.tasks_of(shop.manager.id) == [("Call about Big", "call")]


def test_a_tag_condition_and_the_add_tag_and_set_field_actions(shop):
    shop.rule("deal.created", [{"kind": "add_tag", "tag": "Hot lead"},
                               {"kind": "set_field", "field": "notes", "value": "checked by the rule"}])
    shop.rule("deal.created", [{"kind": "notify", "recipients": "admins", "text": "VIP deal {record}"}],
              conditions=[{"field": "tags", "op": "contains", "value": "hot lead"}], name="VIP")
    deal = shop.deal("Tables", lines=())
    shop.run()
    with shop.s.uow() as uow:
        client = uow.session.get(Client, shop.buyer)
        assert [t.name for t in client.tags] == ["Hot lead"]
        assert uow.session.get(Deal, deal.id).notes == "checked by the rule"
    # Rules run in the order they were made, each in its own transaction seeing what the earlier ones did.
    assert shop.notices_of(shop.admin_id) == ["VIP deal Tables"]


def test_won_deal_template_makes_an_order_and_a_task_for_the_warehouse(shop):
    shop.s.automation.add_template("won_deal_order")
    deal = shop.deal("Chairs for Shiraz")
    _move(shop, deal, "Proposal")
    shop.run()
    assert shop.tasks_of(shop.clerk.id) == []              # only a won stage fires it
    deal = shop.s.funnel.load_deal(deal.id)
    shop.s.funnel.move_deal(deal.id, shop.pipeline.won.id, expected_version=deal.version)
    assert shop.run().ok == 1
    orders = shop.s.documents.list_documents(doc_type="order")
    assert [(o.status, o.total) for o in orders] == [("draft", Decimal("100.00"))]
    assert shop.tasks_of(shop.clerk.id) == [("Prepare the goods for won deal Chairs for Shiraz", "todo")]


def test_deal_moved_to_a_named_stage_and_change_stage(shop):
    shop.rule("deal.stage", [{"kind": "change_stage", "stage_id": shop.stage["Proposal"]}],
              params={"stage_id": shop.stage["Lead"]})
    deal = shop.deal(lines=())
    _move(shop, deal, "Proposal")
    deal = shop.s.funnel.load_deal(deal.id)
    _move(shop, deal, "Lead")                               # back to Lead: the rule sends it on to Proposal
    shop.run()
    assert shop.s.funnel.load_deal(deal.id).stage_name == "Proposal"


def test_document_created_confirmed_and_an_invoice_made_from_the_confirmed_order(shop):
    shop.rule("document.created", [{"kind": "notify", "recipients": "admins", "text": "Draft {record}"}],
              params={"doc_type": "order"})
    shop.rule("document.confirmed", [{"kind": "create_document", "doc_type": "invoice"}],
              params={"doc_type": "order"})
    order = _order(shop)
    shop.run()
    assert len(shop.notices_of(shop.admin_id)) == 1
    confirmed = _confirm(shop, order)
    shop.run()
    invoices = shop.s.documents.list_documents(doc_type="invoice")
    assert [(i.status, i.total) for i in invoices] == [("draft", Decimal("50.00"))]
    assert shop.s.documents.load_document(invoices[0].id).parent_id == confirmed.id


def test_document_posted_and_paid_and_payment_received(shop):
    shop.rule("document.posted", [{"kind": "add_tag", "tag": "Shipped"}])
    shop.rule("document.paid", [{"kind": "add_tag", "tag": "Paid up"}])
    shop.rule("payment.received", [{"kind": "notify", "recipients": "manager", "text": "Money in: {record}"}],
              conditions=[{"field": "amount", "op": ">=", "value": "50"}])
    order = _confirm(shop, _order(shop))
    waybill = shop.s.documents.create_from(order.id, "waybill")
    _confirm(shop, waybill)
    invoice = _confirm(shop, shop.s.documents.create_from(order.id, "invoice"))
    shop.s.documents.register_payment(PaymentForm(client_id=shop.buyer, amount="50",
                                                  allocations=[(invoice.id, "50")]))
    shop.run()
    with shop.s.uow() as uow:
        assert sorted(t.name for t in uow.session.get(Client, shop.buyer).tags) == ["Paid up", "Shipped"]
    assert len(shop.notices_of(shop.manager.id)) == 1


def test_production_order_completed(shop):
    from app.services.production import BomForm, BomLineForm, ProductionOrderForm

    shop.rule("production.completed", [{"kind": "notify", "recipients": "admins", "text": "Made: {record}"}])
    table = shop.sugar   # any stocked product will do as the output
    shop.s.production.create_bom(BomForm(table, quantity="1", lines=[BomLineForm(shop.chair, quantity="1")]))
    card = shop.s.production.create_order(ProductionOrderForm(table, quantity="2", component_warehouse_id=shop.main))
    card = shop.s.production.release_order(card.id, expected_version=card.version)
    shop.s.production.complete_order(card.id, "2", expected_version=card.version)
    shop.run()
    assert [t for t in shop.notices_of(shop.admin_id) if t.startswith("Made:")]


def test_a_failing_rule_keeps_the_change_logs_retries_and_reports_to_the_administrator(shop):
    # A task for a role nobody has: the rule cannot do its work.
    shop.s.access.save_role(None, name="Nobody's role", cells={})
    key = next(r.key for r in shop.s.access.list_roles() if r.name == "Nobody's role")
    shop.rule("client.created", [{"kind": "create_task", "assignee": f"role:{key}", "subject": "Welcome"}],
              name="Welcome call")
    shop.rule("client.created", [{"kind": "notify", "recipients": "admins", "text": "Hello {record}"}], name="Hello")
    made = shop.s.clients.create_client(ClientForm(display_name="Kept Client"))
    first = shop.run()
    assert (first.ok, first.failed) == (1, 1)
    assert shop.s.clients.load_client(made.id).form.display_name == "Kept Client"   # the change is intact
    runs = shop.s.automation.rule_runs(status="problems")
    assert [(r.rule_name, r.status, r.attempt) for r in runs] == [("Welcome call", "failed", 1)]
    assert "no active user has the role" in runs[0].message
    # Retried later (not at once), only the failed rule; after MAX_ATTEMPTS the administrator is told.
    assert shop.run().events == 0
    with shop.s.uow() as uow:
        later = uow.session.scalar(select(AutomationEvent.next_attempt_at))
    for _ in range(MAX_ATTEMPTS - 1):
        later = later.replace(year=later.year + 1)
        shop.run(now=later)
    statuses = [(r.rule_name, r.status) for r in shop.s.automation.rule_runs()]
    assert statuses.count(("Hello", "ok")) == 1
    assert [s for s in statuses if s[0] == "Welcome call"] == [("Welcome call", "gave_up"), ("Welcome call", "failed"),
                                                              ("Welcome call", "failed")]
    assert any("failed 3 times" in t for t in shop.notices_of(shop.admin_id))
    assert shop.run(now=later.replace(year=later.year + 1)).events == 0
    # Fixed (a user gets the role), the administrator retries the run from the log.
    shop.s.users.add_user("nina", full_name="Nina", password="nina-pass-11", role=key)
    gave_up = shop.s.automation.rule_runs(status="gave_up")[0]
    shop.s.automation.retry_run(gave_up.id)
    assert shop.run().ok == 1
    assert shop.runs(status="ok")[-1] == ("Welcome call", "ok")


def test_a_rule_error_rolls_back_all_its_actions(shop):
    # The first action works, the second fails: the rule's task must not stay behind.
    with pytest.raises(ValidationError):   # create_document does not work on a client: refused when saved
        shop.rule("client.created", [{"kind": "create_document", "doc_type": "invoice"}])
    shop.rule("deal.created", [{"kind": "create_task", "assignee": "admins", "subject": "Half"},
                               {"kind": "create_document", "doc_type": "order"}], name="Half")
    shop.deal("No lines", lines=())           # the deal has no product lines: the order cannot be made
    assert shop.run().failed == 1
    assert [t for t in shop.tasks_of(shop.admin_id) if t[0] == "Half"] == []
    assert "has no product lines" in shop.s.automation.rule_runs(status="failed")[0].message


def test_rules_that_trigger_each_other_endlessly_are_stopped_and_reported(shop):
    shop.rule("deal.stage", [{"kind": "change_stage", "stage_id": shop.stage["Proposal"]}],
              params={"stage_id": shop.stage["Lead"]}, name="Ping")
    shop.rule("deal.stage", [{"kind": "change_stage", "stage_id": shop.stage["Lead"]}],
              params={"stage_id": shop.stage["Proposal"]}, name="Pong")
    deal = shop.deal(lines=())
    _move(shop, deal, "Proposal")
    result = shop.run(limit=20)
    assert result.loops == 1
    runs = shop.runs()
    assert runs == [("Pong", "ok"), ("Ping", "ok"), ("Pong", "loop")]
    loop = shop.s.automation.rule_runs(status="loop")[0]
    assert "same record in one chain" in loop.message
    assert any("was stopped" in t for t in shop.notices_of(shop.admin_id))
    assert shop.run().events == 0


def test_a_rule_changing_its_own_record_does_not_fire_itself_again(shop):
    # Setting the probability is not a stage move: the rule's own change queues nothing for it.
    shop.rule("deal.stage", [{"kind": "set_field", "field": "probability", "value": "55"}])
    deal = shop.deal(lines=())
    _move(shop, deal, "Proposal")
    assert shop.run().ok == 1
    assert shop.s.funnel.load_deal(deal.id).form.probability == Decimal("55.00")
    assert shop.run().events == 0


def test_a_chain_of_rules_deeper_than_the_limit_is_stopped(shop, services):
    from app.services.automation import MAX_DEPTH

    shop.rule("client.created", [{"kind": "notify", "recipients": "admins", "text": "deep"}], name="Deep")
    made = shop.s.clients.create_client(ClientForm(display_name="Far down the chain"))
    with services.uow() as uow:   # as if five other rules had led to this client
        event = uow.session.scalars(select(AutomationEvent)).one()
        event.depth = MAX_DEPTH
        event.chain = json.dumps([[900 + i, "deal", i] for i in range(MAX_DEPTH)])
        uow.commit()
    assert shop.run().loops == 1
    (run,) = shop.s.automation.rule_runs()
    assert (run.status, run.record_id) == ("loop", made.id)
    assert f"the chain of rules is {MAX_DEPTH} deep" in run.message
    assert shop.notices_of(shop.admin_id) == ["Automation rule “Deep” was stopped: the chain of rules is 5 deep."]


def test_events_are_queued_only_for_active_triggers_and_not_for_a_rolled_back_change(shop, services):
    shop.s.clients.create_client(ClientForm(display_name="Before any rule"))
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AutomationEvent)) == 0
    rule = shop.rule("client.created", [{"kind": "notify", "recipients": "admins", "text": "x"}])
    with services.uow() as uow:
        uow.session.add(Client(display_name="Rolled back", name_key="rolled back"))
        uow.session.flush()   # no commit
    with pytest.raises(ValidationError):
        shop.s.clients.create_client(ClientForm(display_name=""))
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AutomationEvent)) == 0
    shop.s.automation.save_rule(rule.id, RuleForm(**{**rule.form.__dict__, "active": False}),
                                expected_version=rule.version)
    shop.s.clients.create_client(ClientForm(display_name="Rule off"))
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(AutomationEvent)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Document)) == 0


def test_bad_rules_are_refused_field_by_field(shop):
    with pytest.raises(ValidationError) as err:
        shop.s.automation.save_rule(None, RuleForm(
            name=" ", trigger="deal.created",
            conditions=[{"field": "amount", "op": ">", "value": "lots"},
                        {"field": "source", "op": ">", "value": "x"},
                        {"field": "colour", "op": "=", "value": "red"}],
            actions=[{"kind": "create_task", "assignee": "role:nope"}, {"kind": "purchase_order"},
                     {"kind": "set_field", "field": "probability", "value": "high"}]))
    assert set(err.value.errors) == {"name", "conditions.0.value", "conditions.1.op", "conditions.2.field",
                                     "actions.0.assignee", "actions.1.kind", "actions.2.value"}
    with pytest.raises(ValidationError) as err:
        shop.s.automation.save_rule(None, RuleForm(name="Nightly", trigger="schedule",
                                                   trigger_params={"every": "weekly", "at": "25:00", "weekday": 9},
                                                   actions=[]))
    assert set(err.value.errors) == {"trigger_params.at", "trigger_params.weekday", "actions"}
    with pytest.raises(ValidationError) as err:
        shop.s.automation.save_rule(None, RuleForm(name="Nightly", trigger="schedule", actions=[
            {"kind": "create_task", "assignee": "manager", "subject": "Plan"}]))
    assert "a schedule has no record" in err.value.errors["actions.0.assignee"]


def test_only_who_may_edit_settings_edits_rules_and_sees_the_log(shop, services):
    manager = services.as_user(shop.manager.id)
    with pytest.raises(PermissionDenied):
        manager.automation.save_rule(None, RuleForm(name="Mine", actions=[{"kind": "notify", "recipients": "manager",
                                                                           "text": "x"}]))
    with pytest.raises(PermissionDenied):
        manager.automation.rule_runs()
    # Anyone's desktop processes the queue and reads its own notices: the rules act as the system.
    shop.rule("client.created", [{"kind": "notify", "recipients": "manager", "text": "Yours: {record}"}])
    manager.clients.create_client(ClientForm(display_name="Made by Maria"))
    assert manager.automation.process_pending().ok == 1, services.automation.rule_runs()
    assert [n.text for n in manager.automation.my_notices(unread_only=True)] == ["Yours: Made by Maria"]
    assert manager.automation.mark_read() == 1
    assert manager.automation.unread_count() == 0
