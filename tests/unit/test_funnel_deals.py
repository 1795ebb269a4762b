"""Deals as sales managers work them: create, edit, move, lose with a reason, reopen (both databases)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest

from app.models import utcnow
from app.services.clients import ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec, weighted
from app.services.planner import TaskForm
from app.services.timeline import InteractionForm
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


def test_a_deal_given_to_another_client_takes_its_tasks_and_interactions_along(setup):
    services, pipeline, client = setup
    ivan = client.form.contacts[0].id
    aria = services.clients.create_client(ClientForm(display_name="شرکت آریا",
                                                     contacts=(ContactPersonData("Reza Karimi"),)))
    reza = aria.form.contacts[0].id
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=pipeline.id,
                                                contact_person_id=ivan))
    admin = services.user_id
    due = utcnow() + timedelta(days=1)
    task_form = TaskForm(subject="Send the offer", due_at=due, assignee_id=admin, client_id=client.id,
                         contact_person_id=ivan, deal_id=deal.id)
    open_task = services.planner.create_task(task_form)
    done = services.planner.create_task(replace(task_form, subject="First call", contact_person_id=None))
    done = services.planner.complete_task(done.id, result="Talked", expected_version=done.version).task
    other_task = services.planner.create_task(replace(task_form, subject="Not about the deal", deal_id=None))
    call = services.timeline.log_interaction(form=InteractionForm(
        client_id=client.id, kind="call", occurred_at=utcnow() - timedelta(hours=1), contact_person_id=ivan,
        deal_id=deal.id, result="Wants a discount"))
    note = services.timeline.log_interaction(form=InteractionForm(
        client_id=client.id, kind="note", occurred_at=utcnow() - timedelta(hours=1), result="Unrelated"))

    moved = services.funnel.update_deal(deal.id, replace(deal.form, client_id=aria.id, contact_person_id=reza),
                                        expected_version=deal.version)
    assert moved.form.client_id == aria.id

    for before in (open_task, done):
        task = services.planner.load_task(before.id)
        assert (task.form.client_id, task.form.contact_person_id, task.form.deal_id) == (aria.id, None, deal.id)
        assert task.version > before.version            # a dialog holding the old client meets a conflict
    assert services.planner.load_task(done.id).status == "done"
    edited = services.planner.update_task(open_task.id, replace(services.planner.load_task(open_task.id).form,
                                                                contact_person_id=reza),
                                          expected_version=services.planner.load_task(open_task.id).version)
    assert edited.contact_name == "Reza Karimi"
    call_now = services.timeline.load_interaction(call.id)
    assert (call_now.form.client_id, call_now.form.contact_person_id, call_now.deal_title) == (aria.id, None, "Pumps")
    services.timeline.update_interaction(call.id, form=replace(call_now.form, result="Wants 5% off"),
                                         expected_version=call_now.version)
    assert [d.id for d in services.timeline.interaction_choices(aria.id).deals] == [deal.id]
    # What was not about the deal stays with the old client.
    assert services.planner.load_task(other_task.id).form.client_id == client.id
    assert services.timeline.load_interaction(note.id).form.client_id == client.id
    assert services.planner.load_task(other_task.id).form.contact_person_id == ivan


def test_a_refused_move_to_another_client_leaves_the_tasks_where_they_were(setup):
    services, pipeline, client = setup
    aria = services.clients.create_client(ClientForm(display_name="شرکت آریا"))
    deal = services.funnel.create_deal(DealForm(title="Pumps", client_id=client.id, pipeline_id=pipeline.id))
    task = services.planner.create_task(TaskForm(subject="Call", due_at=utcnow(), assignee_id=services.user_id,
                                                 client_id=client.id, deal_id=deal.id))
    with pytest.raises(ValidationError):
        services.funnel.update_deal(deal.id, replace(deal.form, client_id=aria.id, title=" "),
                                    expected_version=deal.version)
    assert services.planner.load_task(task.id) == task


@pytest.mark.parametrize(("amount", "probability", "expected"), [
    (Decimal("1000.00"), Decimal("10"), Decimal("100.00")),
    (Decimal("0.05"), Decimal("50"), Decimal("0.03")),     # 0.025 rounds half-up
    (Decimal("333.33"), Decimal("33.33"), Decimal("111.10")),
    (Decimal("0"), Decimal("70"), Decimal("0.00")),
])
def test_weighted_amount_rounds_half_up_to_the_cent(amount, probability, expected):
    assert weighted(amount, probability) == expected


# --- product lines -------------------------------------------------------------------------------------------


def _products(services):
    from app.services.catalog import ProductForm
    unit = services.catalog.add_unit("pcs")
    pump = services.catalog.create_product(ProductForm(sku="PMP-1", name="Насос «شرکت آریا»", unit_id=unit.id,
                                                       sale_price=Decimal("100.00")))
    valve = services.catalog.create_product(ProductForm(sku="VLV-2", name="Valve", unit_id=unit.id,
                                                        sale_price=Decimal("9.99")))
    return pump, valve


def test_deal_lines_are_saved_loaded_and_make_the_amount(setup):
    from app.services.funnel import DealLineData
    services, pipeline, client = setup
    pump, valve = _products(services)
    deal = services.funnel.create_deal(DealForm(
        title="Pumps", client_id=client.id, pipeline_id=pipeline.id, amount=Decimal("1"),
        lines=(DealLineData(pump.id, Decimal("3"), Decimal("100"), Decimal("10")),
               DealLineData(valve.id, Decimal("2.5"), Decimal("9.99")))))
    assert deal.form.amount == Decimal("294.98")   # 270.00 + 24.975 → 24.98; the typed amount is ignored
    loaded = services.funnel.load_deal(deal.id)
    assert [(line.line_no, line.sku, line.unit, line.amount) for line in loaded.lines] == [
        (1, "PMP-1", "pcs", Decimal("270.00")), (2, "VLV-2", "pcs", Decimal("24.98"))]
    assert loaded.lines[0].name == "Насос «شرکت آریا»"
    assert loaded.form.lines[1] == DealLineData(valve.id, Decimal("2.500"), Decimal("9.99"), Decimal("0.00"))
    # the lines are replaced on save; without lines the typed amount counts again
    only_valve = services.funnel.update_deal(deal.id, replace(loaded.form, lines=loaded.form.lines[1:]),
                                             expected_version=loaded.version)
    assert [(line.line_no, line.sku) for line in only_valve.lines] == [(1, "VLV-2")]
    assert only_valve.form.amount == Decimal("24.98")
    none = services.funnel.update_deal(deal.id, replace(only_valve.form, lines=(), amount=Decimal("5")),
                                       expected_version=only_valve.version)
    assert (none.lines, none.form.amount) == ((), Decimal("5.00"))


def test_bad_deal_lines_are_refused_by_line_field(setup):
    from app.services.funnel import DealLineData
    services, pipeline, client = setup
    pump, valve = _products(services)
    services.catalog.set_product_archived(valve.id, True, expected_version=valve.version)
    with pytest.raises(ValidationError) as err:
        services.funnel.create_deal(DealForm(
            title="Pumps", client_id=client.id, pipeline_id=pipeline.id,
            lines=(DealLineData(pump.id, Decimal("0"), Decimal("-1"), Decimal("101")),
                   DealLineData(valve.id, Decimal("1"), Decimal("1")),
                   DealLineData(None, Decimal("1"), Decimal("1")))))
    assert err.value.errors == {
        "lines.0.quantity": "must be more than zero", "lines.0.unit_price": "must not be negative",
        "lines.0.discount_percent": "must be between 0 and 100 %", "lines.1.product_id": "is archived",
        "lines.2.product_id": "choose a product"}


def test_a_quoted_line_uses_the_clients_list_price_and_discount(setup):
    services, pipeline, client = setup
    pump, _ = _products(services)
    services.catalog.set_client_terms(client.id, price_list_id=None, discount_percent=Decimal("7.5"))
    quote = services.funnel.quote_deal_line(product_id=pump.id, client_id=client.id)
    assert (quote.product_id, quote.quantity, quote.unit_price, quote.discount_percent) == (
        pump.id, Decimal("1"), Decimal("100.00"), Decimal("7.5"))
    plain = services.funnel.quote_deal_line(product_id=pump.id, client_id=None)
    assert plain.discount_percent == Decimal("0")
