"""A client's history as a manager reads it: logged calls and notes, tasks, deal moves, service requests
and campaign e-mails in one timeline, newest first, page by page (both databases)."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from app.models import (
    Campaign,
    CampaignRecipient,
    ContactPerson,
    Deal,
    DealStageChange,
    Interaction,
    ServiceRequest,
    Task,
    utcnow,
)
from app.services.clients import ClientForm, ContactPersonData
from app.services.context import ServiceContext
from app.services.demo_timeline import seed_timeline
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.funnel import DealForm
from app.services.planner import TaskForm
from app.services.timeline import FILTER_GROUPS, InteractionForm
from tests.unit.factories import second_user
from tests.unit.test_funnel_pipelines import wholesale

T0 = datetime(2024, 3, 1, 9, 0)


@dataclass
class History:
    client_id: int
    contact_id: int
    deal_id: int
    task_id: int
    request_id: int
    campaign_id: int
    call_id: int


def known_history(services: ServiceContext, client_id: int, *, t0: datetime = T0, prefix: str = "") -> History:
    """One of everything, a day apart: a deal created (t0), a call (+1 d), the deal to Proposal (+2 d), a task
    set (+3 d) and done (+4 d), the deal won (+5 d), a service request (+6 d), a campaign e-mail (+7 d)."""
    pipeline = wholesale(services) if not prefix else services.funnel.list_pipelines()[0]
    contact_id = services.clients.load_client(client_id).form.contacts[0].id
    deal = services.funnel.create_deal(DealForm(title=f"{prefix}Pumps", client_id=client_id, amount=Decimal("12500"),
                                                currency="USD", pipeline_id=pipeline.id))
    deal = services.funnel.move_deal(deal.id, pipeline.stages[1].id, expected_version=deal.version)
    deal = services.funnel.move_deal(deal.id, pipeline.won.id, expected_version=deal.version)
    call = services.timeline.log_interaction(form=InteractionForm(
        client_id=client_id, kind="call", direction="out", occurred_at=t0 + timedelta(days=1),
        contact_person_id=contact_id, deal_id=deal.id, result=f"{prefix}Agreed to send a quote",
        duration_minutes=12))
    with services.uow() as uow:
        s = uow.session
        changes = s.scalars(select(DealStageChange).where(DealStageChange.deal_id == deal.id)
                            .order_by(DealStageChange.id)).all()
        for change, days in zip(changes, (0, 2, 5), strict=True):
            change.changed_at = t0 + timedelta(days=days)
        admin = uow.user_id
        task = Task(kind="call", subject=f"{prefix}Call back about the quote", due_at=t0 + timedelta(days=4),
                    assignee_id=admin, status="done", result="Quote accepted", client_id=client_id,
                    created_at=t0 + timedelta(days=3), completed_at=t0 + timedelta(days=4))
        request = ServiceRequest(number=f"SR-{client_id:06d}", client_id=client_id, subject=f"{prefix}Pump leaks",
                                 description="Leaks after a week", created_at=t0 + timedelta(days=6))
        campaign = Campaign(name=f"{prefix}Spring offer", name_key=f"{prefix}spring offer", subject="Spring -10 %",
                            status="sent")
        s.add_all([task, request, campaign])
        s.flush()
        s.add_all([
            CampaignRecipient(campaign_id=campaign.id, client_id=client_id, email="a@example.com", status="sent",
                              sent_at=t0 + timedelta(days=7)),
            CampaignRecipient(campaign_id=campaign.id, client_id=client_id, email="b@example.com", status="failed",
                              error="mailbox full"),
            CampaignRecipient(campaign_id=campaign.id, client_id=client_id, email="c@example.com", status="pending"),
        ])
        uow.commit()
        return History(client_id, contact_id, deal.id, task.id, request.id, campaign.id, call.id)


@pytest.fixture
def client(services):
    return services.clients.create_client(ClientForm(
        display_name="شرکت آریا", contacts=(ContactPersonData("Reza Karimi"), ContactPersonData("Sara Ahmadi"))))


def call_form(client, **overrides) -> InteractionForm:
    return replace(InteractionForm(client_id=client.id, kind="call", occurred_at=utcnow() - timedelta(minutes=5),
                                   result="Interested, wants a price list"), **overrides)


def test_a_logged_call_is_stored_with_who_logged_it(services, client):
    boris = second_user(services)
    row = boris.timeline.log_interaction(form=call_form(client, direction="in", subject="  Price   list ",
                                                        contact_person_id=client.form.contacts[1].id,
                                                        duration_minutes=7))
    assert (row.form.kind, row.form.direction, row.form.subject) == ("call", "in", "Price list")
    assert (row.user_name, row.contact_name, row.version) == ("Boris Manager", "Sara Ahmadi", 1)
    assert services.timeline.load_interaction(row.id) == row
    entries, more = services.timeline.client_timeline(client.id)
    assert [(e.kind, e.title, e.detail, e.user_name, e.facts, e.record_kind, e.record_id) for e in entries] == [
        ("call", "Price list", "Interested, wants a price list", "Boris Manager", "Sara Ahmadi · 7 min",
         "interaction", row.id)]
    assert more is False


def test_bad_interactions_are_refused_field_by_field(services, client):
    other = services.clients.create_client(ClientForm(display_name="Other", contacts=(ContactPersonData("X"),)))
    pipeline = wholesale(services)
    foreign_deal = services.funnel.create_deal(DealForm(title="Not theirs", client_id=other.id,
                                                        pipeline_id=pipeline.id))
    with pytest.raises(ValidationError) as err:
        services.timeline.log_interaction(form=InteractionForm(
            client_id=client.id, kind="fax", direction="sideways", occurred_at=utcnow() + timedelta(days=30),
            contact_person_id=other.form.contacts[0].id, deal_id=foreign_deal.id, result=" ",
            duration_minutes=-5))
    assert err.value.errors == {
        "kind": "must be a call, meeting, e-mail or note",
        "direction": "must be incoming, outgoing or none",
        "occurred_at": "is in the future: log what already happened",
        "contact_person_id": "is not a contact person of this client",
        "deal_id": "is not a deal of this client",
        "result": "write what happened",
        "duration_minutes": "must be between 0 and 1440 minutes",
    }
    with pytest.raises(ValidationError) as err:
        services.timeline.log_interaction(form=InteractionForm(result="x", occurred_at=None))
    assert set(err.value.errors) == {"client_id", "occurred_at"}
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Interaction)) == 0


def test_editing_needs_the_version_seen_and_a_stale_save_is_refused(services, client):
    boris = second_user(services)
    row = services.timeline.log_interaction(form=call_form(client))
    theirs = boris.timeline.update_interaction(row.id, form=replace(row.form, result="Called back: ordered 40 pumps"),
                                               expected_version=row.version)
    assert theirs.version == row.version + 1 and theirs.updated_by == "Boris Manager"
    assert theirs.user_name == "Anna Admin"          # who logged it stays
    with pytest.raises(ConcurrentEdit) as err:
        services.timeline.update_interaction(row.id, form=replace(row.form, result="mine"),
                                             expected_version=row.version)
    assert err.value.changed_by == "Boris Manager"
    assert err.value.current.form.result == "Called back: ordered 40 pumps"
    with pytest.raises(ConcurrentEdit):
        services.timeline.delete_interaction(row.id, expected_version=row.version)
    with pytest.raises(ValidationError) as moved:
        services.timeline.update_interaction(row.id, form=replace(theirs.form, client_id=boris_client(services)),
                                             expected_version=theirs.version)
    assert "client_id" in moved.value.errors
    services.timeline.delete_interaction(row.id, expected_version=theirs.version)
    with pytest.raises(NotFound):
        services.timeline.load_interaction(row.id)
    assert services.timeline.client_timeline(client.id) == ([], False)


def test_editing_checks_only_the_links_the_user_changed(services, client):
    """A link gone stale since it was logged (the task given to another client, a deal moved before
    deals took their interactions along) does not block fixing a typo; a newly chosen bad link is refused."""
    pipeline = wholesale(services)
    other = boris_client(services)
    deal = services.funnel.create_deal(DealForm(title="Carpets", client_id=client.id, pipeline_id=pipeline.id))
    task = services.planner.create_task(TaskForm(subject="Call back", due_at=utcnow(), assignee_id=services.user_id,
                                                 client_id=client.id))
    row = services.timeline.log_interaction(form=call_form(client, deal_id=deal.id, task_id=task.id,
                                                           contact_person_id=client.form.contacts[0].id,
                                                           result="Intrested"))
    services.planner.update_task(task.id, replace(task.form, client_id=other), expected_version=task.version)
    with services.uow() as uow:
        uow.session.execute(update(Deal).where(Deal.id == deal.id).values(client_id=other))
        uow.commit()
    fixed = services.timeline.update_interaction(row.id, form=replace(row.form, result="Interested"),
                                                 expected_version=row.version)
    assert (fixed.form.result, fixed.form.deal_id, fixed.form.task_id) == ("Interested", deal.id, task.id)
    elsewhere = services.clients.create_client(ClientForm(display_name="Elsewhere", contacts=(
        ContactPersonData("Nobody"),)))
    with pytest.raises(ValidationError) as err:
        services.timeline.update_interaction(row.id, form=replace(
            fixed.form, contact_person_id=elsewhere.form.contacts[0].id), expected_version=fixed.version)
    assert err.value.errors == {"contact_person_id": "is not a contact person of this client"}
    mine = services.funnel.create_deal(DealForm(title="Rugs", client_id=client.id, pipeline_id=pipeline.id))
    relinked = services.timeline.update_interaction(row.id, form=replace(fixed.form, deal_id=mine.id),
                                                    expected_version=fixed.version)
    assert relinked.deal_title == "Rugs"
    with pytest.raises(ValidationError) as err:
        services.timeline.update_interaction(row.id, form=replace(relinked.form, deal_id=deal.id),
                                             expected_version=relinked.version)
    assert err.value.errors == {"deal_id": "is not a deal of this client"}


def boris_client(services) -> int:
    return services.clients.create_client(ClientForm(display_name="Boris's client")).id


def test_the_timeline_merges_every_area_newest_first(services, client):
    h = known_history(services, client.id)
    other = services.clients.create_client(ClientForm(display_name="Someone else", contacts=(ContactPersonData("Y"),)))
    known_history(services, other.id, prefix="other ")
    entries, more = services.timeline.client_timeline(client.id)
    assert more is False
    assert [(e.kind, e.record_kind, e.record_id) for e in entries] == [
        ("campaign_email", "campaign", h.campaign_id),
        ("service_request", "service_request", h.request_id),
        ("deal_won", "deal", h.deal_id),
        ("task_done", "task", h.task_id),
        ("task", "task", h.task_id),
        ("deal_stage", "deal", h.deal_id),
        ("call", "interaction", h.call_id),
        ("deal_created", "deal", h.deal_id),
    ]
    assert [e.at for e in entries] == [T0 + timedelta(days=d) for d in (7, 6, 5, 4, 3, 2, 1, 0)]
    by_kind = {e.kind: e for e in entries}
    assert (by_kind["deal_created"].title, by_kind["deal_created"].detail, by_kind["deal_created"].facts) == (
        "Pumps", "Lead", "12,500.00 USD")
    assert by_kind["deal_stage"].detail == "Lead → Proposal" and by_kind["deal_won"].detail == "Proposal → Won"
    assert by_kind["call"].facts == "Reza Karimi · 12 min · Pumps" and by_kind["call"].direction == "out"
    assert (by_kind["task_done"].detail, by_kind["task_done"].status) == ("Quote accepted", "done")
    assert by_kind["service_request"].title == f"SR-{client.id:06d} · Pump leaks"
    assert (by_kind["campaign_email"].title, by_kind["campaign_email"].facts) == ("Spring -10 %", "a@example.com")
    assert services.timeline.timeline_counts(client.id) == {
        "call": 1, "task": 1, "task_done": 1, "deal_created": 1, "deal_stage": 1, "deal_won": 1,
        "service_request": 1, "campaign_email": 1}


def test_kind_filters_pick_one_area(services, client):
    known_history(services, client.id)
    deals, _ = services.timeline.client_timeline(client.id, kinds=FILTER_GROUPS["deals"])
    assert [e.kind for e in deals] == ["deal_won", "deal_stage", "deal_created"]
    tasks, _ = services.timeline.client_timeline(client.id, kinds=FILTER_GROUPS["tasks"])
    assert [e.kind for e in tasks] == ["task_done", "task"]
    talk, _ = services.timeline.client_timeline(client.id, kinds=FILTER_GROUPS["interactions"])
    assert [e.kind for e in talk] == ["campaign_email", "call"]
    won, _ = services.timeline.client_timeline(client.id, kinds={"deal_won"})
    assert [e.kind for e in won] == ["deal_won"]
    with pytest.raises(ValidationError):
        services.timeline.client_timeline(client.id, kinds={"tweet"})
    with pytest.raises(NotFound):
        services.timeline.client_timeline(client.id + 1000)


def test_pages_by_time_never_repeat_or_skip_entries_sharing_a_moment(services, client):
    known_history(services, client.id)
    # 20 notes an hour apart, and three e-mails logged at the very same minute as the 12th note.
    same = T0 + timedelta(days=10, hours=11)
    for i in range(20):
        services.timeline.log_interaction(form=InteractionForm(
            client_id=client.id, kind="note", occurred_at=T0 + timedelta(days=10, hours=i), result=f"note {i}"))
    for i in range(3):
        services.timeline.log_interaction(form=InteractionForm(
            client_id=client.id, kind="email", occurred_at=same, result=f"same minute {i}"))
    everything, more = services.timeline.client_timeline(client.id, limit=1000)
    assert len(everything) == 8 + 23 and more is False
    pages, before = [], None
    while True:
        page, more = services.timeline.client_timeline(client.id, before=before, limit=9)
        pages.append(page)
        if not more:
            break
        before = page[-1].at
    seen = [e for page in pages for e in page]
    assert seen == everything
    assert [len(p) for p in pages][:2] == [12, 9]   # the 1st page keeps all four entries at 11:00 together
    assert all(len({e.at for e in p} & {e.at for e in q}) == 0 for p, q in zip(pages, pages[1:]))  # noqa: B905
    with pytest.raises(ValidationError):
        services.timeline.client_timeline(client.id, limit=0)


def test_choices_offer_the_clients_contacts_and_deals(services, client):
    pipeline = wholesale(services)
    deal = services.funnel.create_deal(DealForm(title="Carpets", client_id=client.id, pipeline_id=pipeline.id))
    choices = services.timeline.interaction_choices(client.id)
    assert choices.client_name == "شرکت آریا"
    assert [c.name for c in choices.contacts] == ["Reza Karimi", "Sara Ahmadi"]
    assert [(d.id, d.name) for d in choices.deals] == [(deal.id, "Carpets")]


def test_demo_interactions_fill_many_timelines(services):
    ids = [services.clients.create_client(ClientForm(display_name=f"Demo {i}", contacts=(
        ContactPersonData(f"Person {i}"),))).id for i in range(30)]
    pipeline = wholesale(services)
    deal_ids = [services.funnel.create_deal(DealForm(title=f"Deal {i}", client_id=ids[i],
                                                     pipeline_id=pipeline.id)).id for i in range(5)]
    now = utcnow()
    with services.uow() as uow:
        made = seed_timeline(uow.session, rng=random.Random(3), managers=[uow.user_id], client_ids=ids,
                             deal_ids=deal_ids, now=now)
        uow.commit()
    with services.uow() as uow:
        s = uow.session
        rows = s.scalars(select(Interaction)).all()
        assert made == len(rows) > 30
        assert {r.kind for r in rows} == {"call", "meeting", "email", "note"}
        assert all(now - timedelta(days=183) <= r.occurred_at <= now for r in rows)
        assert all(r.version == 1 and r.created_by_id == uow.user_id and r.result for r in rows)
        assert any(r.contact_person_id for r in rows) and any(r.deal_id for r in rows)
        contacts = dict(s.execute(select(ContactPerson.id, ContactPerson.client_id)).all())
        deals = dict(s.execute(select(Deal.id, Deal.client_id)).all())
        assert all(contacts[r.contact_person_id] == r.client_id for r in rows if r.contact_person_id)
        assert all(deals[r.deal_id] == r.client_id for r in rows if r.deal_id)
    busiest = max(ids, key=lambda i: len(services.timeline.client_timeline(i)[0]))
    assert services.timeline.client_timeline(busiest)[0]


def test_posted_stock_documents_of_the_client_join_the_timeline_in_date_order(services):
    from app.services.stock import StockDocForm, StockLineData
    from tests.ui.warehouse_fixtures import make_shop

    shop = make_shop(services)
    now = utcnow().replace(microsecond=0)
    stock = services.stock

    def post(kind: str, client_id: int, days_ago: int, comment: str = "") -> object:
        card = stock.create_document(StockDocForm(
            kind=kind, warehouse_id=shop.main, doc_date=now - timedelta(days=days_ago), client_id=client_id,
            comment=comment, lines=(StockLineData(product_id=shop.products["TEA-100"], quantity=Decimal("5"),
                                                  unit_cost=Decimal("2.50") if kind == "receipt" else None),)))
        return stock.post_document(card.id, expected_version=card.version)

    receipt = post("receipt", shop.supplier, 5, "First delivery")
    post("receipt", shop.supplier, 4)
    shipped = post("shipment", shop.customer, 2, "By truck")
    draft = stock.create_document(StockDocForm(kind="shipment", warehouse_id=shop.main, doc_date=now,
                                               client_id=shop.customer, lines=(StockLineData(
                                                   product_id=shop.products["TEA-100"], quantity=Decimal("1")),)))
    services.timeline.log_interaction(form=InteractionForm(client_id=shop.customer, kind="call", subject="Delivery?",
                                                           occurred_at=now - timedelta(days=3)))
    services.timeline.log_interaction(form=InteractionForm(client_id=shop.customer, kind="note", subject="Arrived",
                                                           occurred_at=now - timedelta(days=1)))

    entries, _ = services.timeline.client_timeline(shop.customer)
    assert [(e.kind, e.title) for e in entries] == [
        ("note", "Arrived"), ("stock_document", shipped.number), ("call", "Delivery?")]   # the draft is not there
    doc = entries[1]
    assert (doc.record_kind, doc.record_id, doc.at) == ("stock_document", shipped.id, now - timedelta(days=2))
    assert (doc.direction, doc.status, doc.detail, doc.facts) == ("out", "shipment", "By truck", "Main warehouse")
    supplier, _ = services.timeline.client_timeline(shop.supplier)
    assert [e.record_id for e in supplier] == [receipt.id + 1, receipt.id]
    assert supplier[1].direction == "in" and supplier[1].detail == "First delivery"
    assert services.timeline.timeline_counts(shop.supplier) == {"stock_document": 2}
    only_docs, _ = services.timeline.client_timeline(shop.customer, kinds=FILTER_GROUPS["documents"])
    assert [e.record_id for e in only_docs] == [shipped.id]
    assert draft.id not in [e.record_id for e in only_docs]
    # Un-posted, the shipment leaves the timeline (it is a draft again).
    stock.unpost_document(shipped.id, expected_version=shipped.version)
    assert services.timeline.timeline_counts(shop.customer) == {"call": 1, "note": 1}
