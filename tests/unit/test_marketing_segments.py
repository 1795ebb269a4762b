"""A marketer slices the client base: by role, tags, city, manager, purchases and deals in a stage."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from app.models import Deal
from app.services.clients import AddressData, ChannelData, ClientForm
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec
from app.services.marketing import (
    SegmentCriteria,
    count_segment,
    criteria_from_json,
    criteria_to_json,
)
from app.services.marketing.segments import clean_criteria

D = Decimal


@dataclass
class Base:
    clients: dict[str, int]
    stages: dict[str, int]
    olga: int


def _client(services, name: str, *, roles=("customer",), tags=(), city="", manager_id=None, email=""):
    return services.clients.create_client(ClientForm(
        display_name=name, roles=frozenset(roles), tags=tuple(tags), manager_id=manager_id,
        addresses=(AddressData(city=city),) if city else (),
        channels=(ChannelData(kind="email", value=email),) if email else ())).id


@pytest.fixture
def base(services) -> Base:
    """Five clients; Ромашка and Aria bought (won deals), Acme has a deal in Proposal."""
    olga = services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    clients = {
        "Ромашка": _client(services, "Ромашка", tags=("VIP",), city="Moscow", manager_id=olga),
        "Aria": _client(services, "شرکت آریا", tags=("VIP", "Wholesale"), city="Tehran"),
        "Acme": _client(services, "Acme", roles=("lead",), city="moscow"),
        "Beta": _client(services, "Beta", roles=("supplier",), tags=("Wholesale",), manager_id=olga),
        "Gamma": _client(services, "Gamma", roles=("lead", "customer")),
    }
    pipeline = services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead"), StageSpec("Proposal")])
    stages = {s.name: s.id for s in pipeline.stages}

    reason = services.funnel.add_lost_reason("Too expensive").id

    def deal(client, amount, currency, stage, closed=None):
        deal_id = services.funnel.create_deal(DealForm(title=f"{client} {amount}", client_id=clients[client],
                                                       amount=D(amount), currency=currency,
                                                       pipeline_id=pipeline.id, stage_id=stages[stage]),
                                              lost_reason_id=reason).id
        if closed:
            with services.uow() as uow:
                uow.session.execute(update(Deal).where(Deal.id == deal_id).values(closed_at=closed))
                uow.commit()

    deal("Ромашка", "1000", "USD", "Won", datetime(2025, 1, 10, 12))
    deal("Ромашка", "500", "USD", "Won", datetime(2025, 3, 5, 9))
    deal("Ромашка", "9000", "EUR", "Won", datetime(2024, 12, 1))
    deal("Aria", "200", "USD", "Won", datetime(2024, 6, 1))
    deal("Aria", "5000", "USD", "Lost")
    deal("Acme", "700", "USD", "Proposal")
    return Base(clients, stages, olga)


def members(services, criteria: SegmentCriteria) -> set[int]:
    count, rows = services.marketing.segment_members(criteria)
    assert count == len(rows) == services.marketing.count_segment(criteria)
    return {r.id for r in rows}


def test_each_criterion_narrows_the_clients(services, base):
    c = base.clients
    assert members(services, SegmentCriteria()) == set(c.values())
    assert members(services, SegmentCriteria(role="lead")) == {c["Acme"], c["Gamma"]}
    assert members(services, SegmentCriteria(tags=("vip",))) == {c["Ромашка"], c["Aria"]}
    assert members(services, SegmentCriteria(tags=("VIP", "Wholesale"))) == {c["Ромашка"], c["Aria"], c["Beta"]}
    assert members(services, SegmentCriteria(city="MOSCOW")) == {c["Ромашка"], c["Acme"]}
    assert members(services, SegmentCriteria(manager_id=base.olga)) == {c["Ромашка"], c["Beta"]}
    assert members(services, SegmentCriteria(stage_id=base.stages["Proposal"])) == {c["Acme"]}
    assert members(services, SegmentCriteria(role="customer", tags=("VIP",), city="Tehran")) == {c["Aria"]}


def test_purchases_are_won_deals_until_documents_exist(services, base):
    c = base.clients
    # Last purchase: the latest closed_at of won deals, whatever the currency.
    assert members(services, SegmentCriteria(last_purchase_from=date(2025, 1, 1))) == {c["Ромашка"]}
    assert members(services, SegmentCriteria(last_purchase_to=date(2024, 12, 31))) == {c["Aria"]}
    assert members(services, SegmentCriteria(last_purchase_from=date(2025, 3, 5),
                                             last_purchase_to=date(2025, 3, 5))) == {c["Ромашка"]}
    # Totals are per currency: Ромашка bought 1500 USD and 9000 EUR; the lost deal does not count.
    assert members(services, SegmentCriteria(total_min=D("1500"))) == {c["Ромашка"]}
    assert members(services, SegmentCriteria(total_min=D("1501"))) == set()
    assert members(services, SegmentCriteria(total_min=D("100"), total_currency="EUR")) == {c["Ромашка"]}
    # "At most" includes clients that bought nothing.
    assert members(services, SegmentCriteria(total_max=D("200"))) == {c["Aria"], c["Acme"], c["Beta"], c["Gamma"]}


def test_impossible_criteria_are_refused_by_field(services, base):
    with pytest.raises(ValidationError) as err:
        services.marketing.count_segment(SegmentCriteria(role="boss", total_currency="dollars",
                                                         total_min=D("5"), total_max=D("1"),
                                                         last_purchase_from=date(2025, 2, 1),
                                                         last_purchase_to=date(2025, 1, 1)))
    assert set(err.value.errors) == {"role", "total_currency", "last_purchase_to"}
    with pytest.raises(ValidationError) as err:
        count_segment(services.uow(), SegmentCriteria(total_min=D("5"), total_max=D("1")))
    assert set(err.value.errors) == {"total_max"}


def test_saved_segments_keep_their_criteria_and_count_live(services, base):
    m = services.marketing
    vip = m.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=(" VIP ",)))
    assert vip.count == 2 and vip.criteria.tags == ("VIP",)
    with pytest.raises(ValidationError) as err:
        m.save_segment(None, name="vip", criteria=SegmentCriteria())
    assert err.value.errors == {"name": "a segment with this name already exists"}
    _client(services, "Delta", tags=("VIP",))
    assert [(s.name, s.count) for s in m.list_segments()] == [("VIP", 3)]
    changed = m.save_segment(vip.id, name="VIP in Tehran", criteria=SegmentCriteria(tags=("VIP",), city="Tehran"),
                             expected_version=vip.version)
    assert changed.count == 1 and m.load_segment(vip.id).criteria.city == "Tehran"
    with pytest.raises(ConcurrentEdit):
        m.save_segment(vip.id, name="Stale", criteria=SegmentCriteria(), expected_version=vip.version)
    m.delete_segment(vip.id, expected_version=changed.version)
    assert m.list_segments() == []


def test_stored_json_tolerates_unknown_and_bad_values():
    text = '{"role": "lead", "future_key": 1, "total_min": "abc", "last_purchase_from": "2025-13-01", "tags": [1, "VIP"]}'
    assert criteria_from_json(text) == SegmentCriteria(role="lead", tags=("VIP",))
    assert criteria_from_json("not json") == SegmentCriteria()
    assert criteria_to_json(SegmentCriteria()) == "{}"


amounts = st.decimals(min_value=0, max_value=D("1e12"), places=2, allow_nan=False, allow_infinity=False)
criteria_strategy = st.builds(
    SegmentCriteria,
    role=st.none() | st.sampled_from(["lead", "customer", "supplier"]),
    tags=st.lists(st.text(min_size=1, max_size=12), max_size=4).map(tuple),
    city=st.text(max_size=20),
    manager_id=st.none() | st.integers(min_value=1, max_value=10**6),
    last_purchase_from=st.none() | st.dates(),
    last_purchase_to=st.none() | st.dates(),
    total_min=st.none() | amounts,
    total_max=st.none() | amounts,
    total_currency=st.sampled_from(["USD", "EUR", "IRR"]),
    stage_id=st.none() | st.integers(min_value=1, max_value=10**6),
)


@given(criteria_strategy)
def test_criteria_survive_the_json_round_trip(criteria):
    assert criteria_from_json(criteria_to_json(criteria)) == criteria


@given(criteria_strategy)
def test_cleaning_is_idempotent(criteria):
    try:
        once = clean_criteria(criteria)
    except ValidationError:
        return
    assert clean_criteria(once) == once
    assert criteria_from_json(criteria_to_json(once)) == once
