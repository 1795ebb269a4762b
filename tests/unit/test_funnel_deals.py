"""Deals as sales managers work them: create, edit, move, lose with a reason, reopen (both databases)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.services.clients import ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec, weighted
from tests.unit.factories import second_user
from tests.unit.test_funnel_pipelines import quick_password_hashing, wholesale  # noqa: F401


@pytest.fixture
def setup(services):
    pipeline = wholesale(services)
    client = services.clients.create_client(ClientForm(
        display_name="Ромашка ООО", contacts=(ContactPersonData("Иван Петров"),)))
    return services, pipeline, client


def test_a_new_deal_starts_in_the_first_stage_with_its_history(setup):
    services, pipeline, client = setup
    deal = services.funnel.create_deal(DealForm(
        title="Насосы", client_id=client.id, contact_person_id=client.form.contacts[0].id,
        amount=Decimal("12500.005"), currency="rub", pipeline_id=pipeline.id))
    assert deal.form.amount == Decimal("12500.01")      # half-up to the cent
    assert deal.form.currency == "RUB"
    assert (deal.stage_name, deal.status, deal.effective_probability) == ("Lead", "open", Decimal("10.00"))
    assert deal.client_name == "Ромашка ООО"
    history = services.funnel.deal_history(deal.id)
    assert [(h.stage_name, h.moved_by, h.left_at) for h in history] == [("Lead", "Anna Admin", None)]


def test_bad_deals_are_refused_field_by_field_and_nothing_is_written(setup):
    services, pipeline, client = setup
    other = services.clients.create_client(ClientForm(display_name="Other", contacts=(ContactPersonData("X"),)))
    with pytest.raises(ValidationError) as err:
        services.funnel.create_deal(DealForm(title=" ", client_id=client.id, amount=Decimal("-1"), currency="rubles",
                                             probability=Decimal("101"), pipeline_id=pipeline.id,
                                             contact_person_id=other.form.contacts[0].id))
    assert set(err.value.errors) == {"title", "amount", "currency", "probability", "contact_person_id"}
    with pytest.raises(ValidationError) as err:
        services.funnel.create_deal(DealForm(title="X", pipeline_id=None))
    assert set(err.value.errors) == {"client_id", "pipeline_id"}


def test_moves_are_recorded_lost_needs_a_reason_and_a_lost_deal_can_be_reopened(setup):
    services, pipeline, client = setup
    boris = second_user(services)
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=pipeline.id,
                                                amount=Decimal("1000")))
    proposal, negotiation = pipeline.stages[1], pipeline.stages[2]
    deal = boris.funnel.move_deal(deal.id, proposal.id, expected_version=deal.version)
    assert (deal.stage_name, deal.status) == ("Proposal", "open")
    with pytest.raises(ValidationError) as err:
        services.funnel.move_deal(deal.id, pipeline.lost.id, expected_version=deal.version)
    assert "lost_reason_id" in err.value.errors
    assert services.funnel.load_deal(deal.id).stage_name == "Proposal"  # the refused move changed nothing
    price = services.funnel.add_lost_reason("Price too high")
    lost = services.funnel.move_deal(deal.id, pipeline.lost.id, expected_version=deal.version,
                                     lost_reason_id=price.id, lost_comment="20 % cheaper elsewhere")
    assert (lost.status, lost.lost_reason, lost.lost_comment) == ("lost", "Price too high", "20 % cheaper elsewhere")
    assert lost.closed_at is not None
    reopened = services.funnel.move_deal(deal.id, negotiation.id, expected_version=lost.version)
    assert (reopened.status, reopened.lost_reason, reopened.closed_at) == ("open", "", None)
    won = services.funnel.move_deal(deal.id, pipeline.won.id, expected_version=reopened.version)
    assert won.status == "won" and won.effective_probability == Decimal("100")
    history = services.funnel.deal_history(deal.id)
    assert [h.stage_name for h in history] == ["Lead", "Proposal", "Lost", "Negotiation", "Won"]
    assert [h.moved_by for h in history] == ["Anna Admin", "Boris Manager", "Anna Admin", "Anna Admin", "Anna Admin"]
    assert history[2].lost_reason == "Price too high"
    assert all(h.left_at == nxt.entered_at for h, nxt in zip(history, history[1:]))  # noqa: B905
    assert history[-1].left_at is None


def test_a_deal_moves_only_within_its_pipeline(setup):
    services, pipeline, client = setup
    projects = services.funnel.create_pipeline("Projects", stages=[StageSpec("Brief", 5)])
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=pipeline.id))
    with pytest.raises(ValidationError):
        services.funnel.move_deal(deal.id, projects.stages[0].id, expected_version=deal.version)


def test_editing_keeps_the_stage_unless_it_changes_and_stale_saves_are_refused(setup):
    services, pipeline, client = setup
    boris = second_user(services)
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=pipeline.id))
    annas = services.funnel.update_deal(deal.id, replace(deal.form, amount=Decimal("500"), probability=Decimal("33")),
                                        expected_version=deal.version)
    assert annas.effective_probability == Decimal("33.00") and annas.stage_name == "Lead"
    assert len(services.funnel.deal_history(deal.id)) == 1
    with pytest.raises(ConcurrentEdit) as err:
        boris.funnel.update_deal(deal.id, replace(deal.form, title="Boris's title"), expected_version=deal.version)
    assert err.value.changed_by == "Anna Admin" and err.value.current.form.amount == Decimal("500.00")
    moved = services.funnel.update_deal(deal.id, replace(annas.form, stage_id=pipeline.stages[2].id),
                                        expected_version=annas.version)
    assert moved.stage_name == "Negotiation" and len(services.funnel.deal_history(deal.id)) == 2


def test_a_deal_follows_its_client_into_a_merge(setup):
    services, pipeline, client = setup
    twin = services.clients.create_client(ClientForm(display_name="Romashka LLC"))
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=twin.id, pipeline_id=pipeline.id))
    survivor = services.clients.load_client(client.id)
    services.clients.merge_clients(client.id, twin.id, survivor_version=survivor.version, merged_version=twin.version)
    assert services.funnel.load_deal(deal.id).form.client_id == client.id


@pytest.mark.parametrize(("amount", "probability", "expected"), [
    (Decimal("1000.00"), Decimal("10"), Decimal("100.00")),
    (Decimal("0.05"), Decimal("50"), Decimal("0.03")),     # 0.025 rounds half-up
    (Decimal("333.33"), Decimal("33.33"), Decimal("111.10")),
    (Decimal("0"), Decimal("70"), Decimal("0.00")),
])
def test_weighted_amount_rounds_half_up_to_the_cent(amount, probability, expected):
    assert weighted(amount, probability) == expected
