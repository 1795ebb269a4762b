"""Pipelines and their stages as a sales director sets them up (both databases)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.clients import ClientForm
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec
from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse)


def wholesale(services):
    return services.funnel.create_pipeline("Wholesale", stages=[
        StageSpec("Lead", Decimal("10")), StageSpec("Proposal", Decimal("40")), StageSpec("Negotiation", 70)])


def test_a_new_pipeline_ends_in_won_and_lost(services):
    p = wholesale(services)
    assert [(s.name, s.kind, s.probability) for s in p.stages] == [
        ("Lead", "open", Decimal("10.00")), ("Proposal", "open", Decimal("40.00")),
        ("Negotiation", "open", Decimal("70.00")), ("Won", "won", Decimal("100")), ("Lost", "lost", Decimal("0"))]
    assert p.won.name == "Won" and p.lost.name == "Lost"
    assert [x.name for x in services.funnel.list_pipelines()] == ["Wholesale"]


def test_bad_pipelines_are_refused_with_reasons(services):
    with pytest.raises(ValidationError) as err:
        services.funnel.create_pipeline("  ", stages=[StageSpec("Lead", 150)])
    assert set(err.value.errors) == {"name"}
    with pytest.raises(ValidationError) as err:
        services.funnel.create_pipeline("Projects", stages=[StageSpec("Lead", 150)])
    assert err.value.errors == {"stages.0.probability": "must be between 0 and 100 %"}
    with pytest.raises(ValidationError):
        services.funnel.create_pipeline("Projects", stages=[])
    with pytest.raises(ValidationError):
        services.funnel.create_pipeline("Projects", stages=[StageSpec("Lead"), StageSpec("LEAD")])
    wholesale(services)
    with pytest.raises(ValidationError):
        wholesale(services)  # the same name twice


def test_stages_are_added_reordered_renamed_and_deleted_with_won_and_lost_kept_last(services):
    p = wholesale(services)
    p = services.funnel.add_stage(p.id, StageSpec("Qualified", 20), position=1)
    assert [s.name for s in p.stages] == ["Lead", "Qualified", "Proposal", "Negotiation", "Won", "Lost"]
    negotiation = next(s for s in p.stages if s.name == "Negotiation")
    p = services.funnel.move_stage(negotiation.id, position=0)
    assert [s.name for s in p.stages] == ["Negotiation", "Lead", "Qualified", "Proposal", "Won", "Lost"]
    negotiation = p.stages[0]  # moving it changed its order, so its version too
    p = services.funnel.update_stage(negotiation.id, name="Talks", probability=Decimal("65"),
                                     expected_version=negotiation.version)
    assert p.stages[0].name == "Talks" and p.stages[0].probability == Decimal("65.00")
    with pytest.raises(ValidationError):
        services.funnel.move_stage(p.won.id, position=0)
    with pytest.raises(ValidationError):
        services.funnel.update_stage(p.won.id, name="Won", probability=50, expected_version=p.won.version)
    with pytest.raises(ValidationError):
        services.funnel.delete_stage(p.lost.id)
    qualified = next(s for s in p.stages if s.name == "Qualified")
    p = services.funnel.delete_stage(qualified.id)
    assert [s.name for s in p.stages] == ["Talks", "Lead", "Proposal", "Won", "Lost"]
    assert [s.sort_order for s in p.stages] == [0, 1, 2, 3, 4]


def test_a_stage_that_held_deals_cannot_be_deleted(services):
    p = wholesale(services)
    client = services.clients.create_client(ClientForm(display_name="Acme"))
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=p.id))
    services.funnel.move_deal(deal.id, p.stages[1].id, expected_version=deal.version)
    with pytest.raises(ValidationError) as err:
        services.funnel.delete_stage(p.stages[0].id)  # empty now, but the deal's history was there
    assert "rename it instead" in err.value.errors["stage"]


def test_a_stale_stage_edit_is_refused(services):
    p = wholesale(services)
    lead = p.stages[0]
    services.funnel.update_stage(lead.id, name="Inquiry", probability=5, expected_version=lead.version)
    with pytest.raises(ConcurrentEdit):
        services.funnel.update_stage(lead.id, name="Lead in", probability=5, expected_version=lead.version)


def test_lost_reasons_directory(services):
    price = services.funnel.add_lost_reason("Price too high")
    services.funnel.add_lost_reason("Chose a competitor")
    with pytest.raises(ValidationError):
        services.funnel.add_lost_reason("price TOO high")
    renamed = services.funnel.rename_lost_reason(price.id, "Too expensive", expected_version=price.version)
    assert renamed.name == "Too expensive"
    services.funnel.archive_lost_reason(price.id)
    assert [r.name for r in services.funnel.list_lost_reasons()] == ["Chose a competitor"]
    assert len(services.funnel.list_lost_reasons(include_archived=True)) == 2
