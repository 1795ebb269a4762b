"""A support engineer takes requests through their life: new → in progress → waiting → resolved → closed."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import Campaign, CampaignRecipient, Segment, ServiceRequest, utcnow
from app.services.clients import ClientForm
from app.services.demo_marketing import seed_marketing
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.service_desk import TRANSITIONS, RequestForm, RequestQuery, next_statuses


@pytest.fixture
def client_id(services) -> int:
    return services.clients.create_client(ClientForm(display_name="شرکت آریا")).id


def new(services, client_id, subject="Pump P-40 is leaking", **kw):
    return services.service_desk.create_request(RequestForm(client_id=client_id, subject=subject, **kw))


def test_requests_are_numbered_in_order(services, client_id):
    first, second = new(services, client_id), new(services, client_id, "Warranty terms", kind="question")
    assert (first.number, second.number) == ("SR-000001", "SR-000002")
    assert first.status == "new" and first.next_statuses == ("in_progress",)
    assert first.client_name == "شرکت آریا"


def test_a_request_is_validated(services, client_id):
    with pytest.raises(ValidationError) as err:
        services.service_desk.create_request(RequestForm(client_id=None, subject=" ", kind="rant", priority="meh"))
    assert set(err.value.errors) == {"client_id", "subject", "kind", "priority"}


def test_status_moves_follow_the_transitions(services, client_id):
    sd = services.service_desk
    r = new(services, client_id)
    with pytest.raises(ValidationError):   # new cannot be resolved straight away
        sd.resolve_request(r.id, resolution="done", expected_version=r.version)
    with pytest.raises(ValidationError):
        sd.close_request(r.id, expected_version=r.version)
    r = sd.start_work(r.id, expected_version=r.version)
    r = sd.put_waiting(r.id, expected_version=r.version)
    assert r.status == "waiting" and set(r.next_statuses) == {"in_progress", "resolved"}
    with pytest.raises(ValidationError) as err:
        sd.resolve_request(r.id, resolution="  ", expected_version=r.version)
    assert set(err.value.errors) == {"resolution"}
    r = sd.change_status(r.id, "resolved", resolution="Replaced the seal", expected_version=r.version)
    assert (r.status, r.resolution) == ("resolved", "Replaced the seal") and r.resolved_at is not None
    r = sd.change_status(r.id, "in_progress", expected_version=r.version)   # reopened
    assert r.status == "in_progress" and r.resolved_at is None
    r = sd.resolve_request(r.id, resolution="Replaced the pump", expected_version=r.version)
    with pytest.raises(ConcurrentEdit):
        sd.close_request(r.id, expected_version=r.version - 1)
    r = sd.close_request(r.id, expected_version=r.version)
    assert r.status == "closed" and r.closed_at is not None and r.next_statuses == ()
    with pytest.raises(ValidationError):
        sd.change_status(r.id, "in_progress", expected_version=r.version)


def test_transition_table_is_the_workflow():
    assert next_statuses("new") == ("in_progress",)
    assert next_statuses("in_progress") == ("waiting", "resolved")
    assert next_statuses("resolved") == ("in_progress", "closed")
    assert ("closed", "in_progress") not in TRANSITIONS and ("new", "closed") not in TRANSITIONS


def test_overdue_requests_and_list_filters(services, client_id):
    sd = services.service_desk
    past, future = utcnow() - timedelta(hours=2), utcnow() + timedelta(days=2)
    late = new(services, client_id, "Late one", due_at=past, priority="urgent")
    on_time = new(services, client_id, "On time", due_at=future)
    done = new(services, client_id, "Done late", due_at=past)
    done = sd.start_work(done.id, expected_version=done.version)
    sd.resolve_request(done.id, resolution="ok", expected_version=done.version)
    assert late.overdue and not on_time.overdue
    assert not sd.load_request(done.id).overdue   # resolved: no longer overdue

    count, rows = sd.first_page(RequestQuery(overdue_only=True), limit=50)
    assert count == 1 and [r.number for r in rows] == [late.number] and rows[0].overdue
    count, rows = sd.first_page(RequestQuery(), limit=50)   # active only, by due time
    assert [r.subject for r in rows] == ["Late one", "On time"]
    assert sd.count_requests(RequestQuery(status=None)) == 3
    assert [r.subject for r in sd.request_page(RequestQuery(status=None, sort="priority"), offset=0, limit=1)] \
        == ["Late one"]
    assert [r.subject for r in sd.first_page(RequestQuery(status=None, search="آریا done"), limit=9)[1]] \
        == ["Done late"]
    assert [r.subject for r in sd.first_page(RequestQuery(status="resolved"), limit=9)[1]] == ["Done late"]
    assert [r.subject for r in sd.client_requests(client_id)] == ["On time", "Late one", "Done late"]
    with pytest.raises(ValidationError):
        sd.first_page(RequestQuery(sort="colour"), limit=5)


def test_edit_keeps_version_checks(services, client_id):
    sd = services.service_desk
    r = new(services, client_id, document_ref="Invoice 2025-117", product_ref="Pump P-40, serial 88812")
    changed = sd.update_request(r.id, RequestForm(**{**{f: getattr(r.form, f) for f in r.form.__slots__},
                                                      "priority": "high"}), expected_version=r.version)
    assert changed.form.priority == "high" and changed.form.product_ref == "Pump P-40, serial 88812"
    with pytest.raises(ConcurrentEdit) as err:
        sd.update_request(r.id, r.form, expected_version=r.version)
    assert err.value.current.form.priority == "high"


def test_demo_seeds_marketing_and_service_requests(services):
    clients = [services.clients.create_client(ClientForm(display_name=f"Client {i}")).id for i in range(30)]
    with services.uow() as uow:
        made = seed_marketing(uow.session, rng=random.Random(3), managers=[services.user_id], client_ids=clients,
                              deal_ids=[], now=utcnow())
        uow.commit()
    with services.uow() as uow:
        s = uow.session
        statuses = set(s.scalars(select(ServiceRequest.status)))
        requests = s.scalar(select(func.count()).select_from(ServiceRequest))
        numbers = list(s.scalars(select(ServiceRequest.number)))
        assert s.scalar(select(func.count()).select_from(Segment)) == 3
        assert sorted(s.scalars(select(Campaign.status))) == ["draft", "sent"]
        recipients = s.scalar(select(func.count()).select_from(CampaignRecipient))
    assert statuses == {"new", "in_progress", "waiting", "resolved", "closed"}
    assert requests == 40 and all(n and n.startswith("SR-") for n in numbers)
    assert made == 3 + 2 + recipients + 40
    assert services.service_desk.count_requests(RequestQuery(overdue_only=True)) > 0
    assert services.marketing.list_segments()[0].count is not None


def test_a_request_links_a_catalog_product(services, client_id):
    from decimal import Decimal

    from app.services.catalog import ProductForm

    unit = services.catalog.add_unit("pcs")
    pump = services.catalog.create_product(ProductForm(sku="P-40", name="Pump P-40", unit_id=unit.id,
                                                       sale_price=Decimal("120.00")))
    services.catalog.create_product(ProductForm(sku="P-400", name="Pump P-400", unit_id=unit.id))
    sd = services.service_desk
    # The picker's search: an exact SKU first, then by name.
    assert [p.sku for p in sd.find_products("p-40")] == ["P-40", "P-400"]
    assert [p.label for p in sd.find_products("pump p-400")] == ["P-400 · Pump P-400"]
    assert sd.find_products("  ") == []
    r = new(services, client_id, product_id=pump.id, product_ref="serial 88812", document_ref="Invoice 2025-117")
    assert r.form.product_id == pump.id and r.product.label == "P-40 · Pump P-40"
    assert (r.form.product_ref, r.form.document_ref) == ("serial 88812", "Invoice 2025-117")
    row = sd.client_requests(client_id)[0]
    assert (row.product_id, row.product_name) == (pump.id, "P-40 · Pump P-40")
    assert sd.first_page(RequestQuery(), limit=5)[1][0].product_name == "P-40 · Pump P-40"
    with pytest.raises(ValidationError) as err:
        new(services, client_id, product_id=pump.id + 999)
    assert "product_id" in err.value.errors
    unlinked = sd.update_request(r.id, RequestForm(**{**{f: getattr(r.form, f) for f in r.form.__slots__},
                                                       "product_id": None}), expected_version=r.version)
    assert unlinked.product is None and sd.client_requests(client_id)[0].product_name == ""
