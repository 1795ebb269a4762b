"""Two cards turn out to be one client: the manager merges them and nothing of either is lost."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.clients import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientQuery,
    ContactPersonData,
)
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from tests.unit.factories import PASSWORD, full_form, second_user, simple_form


@pytest.fixture
def pair(services):
    """The survivor (a full card) and a second card of the same company typed by someone else."""
    survivor = services.clients.create_client(full_form())
    merged = services.clients.create_client(simple_form(
        "Romashka (Kazan branch)", kind="company", tax_id="1655000000", legal_name="Romashka Kazan",
        roles=frozenset({"lead"}), tags=("VIP", "Kazan"), notes="Met at the fair.",
        channels=(ChannelData(kind="phone", value="+7 843 200 00 00"), ChannelData(kind="email", value="kzn@r.example")),
        contacts=(ContactPersonData(full_name="Rustam Galiev", position="Branch head",
                                    channels=(ChannelData(kind="mobile", value="+7 917 000 00 01"),)),),
        addresses=(AddressData(kind="actual", city="Kazan", street="Baumana", building="7"),),
        bank_accounts=(BankAccountData(bank_name="Ak Bars", account_number="40702810000000000777"),),
    ))
    return survivor, merged


def merge(services, survivor, merged, **kwargs):
    return services.clients.merge_clients(survivor.id, merged.id, survivor_version=survivor.version,
                                          merged_version=merged.version, **kwargs)


def test_merging_moves_everything_to_the_survivor_and_deletes_the_other_card(services, pair):
    survivor, merged = pair
    card = merge(services, survivor, merged)

    f = card.form
    assert [ch.value for ch in f.channels] == [
        "+7 (495) 123-45-67", "Info@Romashka.example", "romashka.example", "+7 843 200 00 00", "kzn@r.example"]
    assert [p.full_name for p in f.contacts] == ["Ivan Petrov", "Olga Sidorova", "Rustam Galiev"]
    assert f.contacts[2].position == "Branch head"
    assert [ch.value for ch in f.contacts[2].channels] == ["+7 917 000 00 01"]
    assert [a.city for a in f.addresses] == ["Moscow", "Khimki", "Kazan"]
    assert [b.bank_name for b in f.bank_accounts] == ["Sberbank", "Ak Bars"]
    assert f.tags == ("Kazan", "Moscow", "VIP")
    assert f.roles == frozenset({"customer", "supplier", "lead"})
    assert f.display_name == "Romashka LLC" and f.tax_id == "7707083893"
    assert "Pays on time." in f.notes and "Met at the fair." in f.notes
    assert card.version > survivor.version
    assert services.clients.load_client(survivor.id) == card

    with pytest.raises(NotFound):
        services.clients.load_client(merged.id)
    assert services.clients.merges_into(survivor.id) == [(merged.code, "Romashka (Kazan branch)")]


def test_the_merged_cards_details_are_found_on_the_survivor(services, pair):
    survivor, merged = pair
    merge(services, survivor, merged)
    all_ids = services.clients.client_ids(ClientQuery(status=None))
    assert all_ids == [survivor.id]
    for query in ("843 200", "917-000-00-01", "Rustam", "kzn@r.example", "Kazan"):
        assert services.clients.client_ids(ClientQuery(search=query)) == [survivor.id], query
    # The merged card's phone now belongs to the survivor: a new card with it is a duplicate of the survivor.
    dups = services.clients.find_duplicates(simple_form("New", phone="78432000000"))
    assert [(d.client_id, d.reason) for d in dups] == [(survivor.id, "phone")]


def test_chosen_fields_are_taken_from_the_merged_card(services, pair):
    survivor, merged = pair
    boris = services.users.add_user("boris", full_name="Boris Manager", password=PASSWORD)
    merged = services.clients.update_client(merged.id, replace(merged.form, manager_id=boris.id),
                                            expected_version=merged.version)
    card = merge(services, survivor, merged, take_from_merged=frozenset({"display_name", "tax_id", "manager_id"}))
    assert card.form.display_name == "Romashka (Kazan branch)"
    assert card.form.tax_id == "1655000000"
    assert card.form.legal_name == "Limited Liability Company Romashka"
    assert card.manager_name == "Boris Manager"
    assert services.clients.client_ids(ClientQuery(sort="name", search="kazan branch")) == [survivor.id]
    assert [d.client_id for d in services.clients.find_duplicates(simple_form("X", tax_id="1655 000 000"))] == [
        survivor.id]
    assert services.clients.find_duplicates(simple_form("X", tax_id="7707083893")) == []


def test_the_survivor_can_be_edited_after_a_merge(services, pair):
    survivor, merged = pair
    card = merge(services, survivor, merged)
    form = replace(card.form, contacts=card.form.contacts[:1], channels=card.form.channels[3:])
    saved = services.clients.update_client(card.id, form, expected_version=card.version)
    assert [p.full_name for p in saved.form.contacts] == ["Ivan Petrov"]
    assert [ch.value for ch in saved.form.channels] == ["+7 843 200 00 00", "kzn@r.example"]


def test_merge_history_survives_a_second_merge(services, pair):
    survivor, merged = pair
    third = services.clients.create_client(simple_form("Romashka old card", phone="+7 495 000 11 22"))
    merged = merge(services, merged, third)
    assert services.clients.merges_into(merged.id) == [(third.code, "Romashka old card")]
    merge(services, survivor, merged)
    assert services.clients.merges_into(survivor.id) == [
        (third.code, "Romashka old card"), (merged.code, "Romashka (Kazan branch)")]


def test_a_stale_card_cannot_be_merged(services, pair):
    survivor, merged = pair
    boris = second_user(services)
    changed = boris.clients.update_client(merged.id, replace(merged.form, notes="changed by Boris"),
                                          expected_version=merged.version)
    with pytest.raises(ConcurrentEdit) as err:
        merge(services, survivor, merged)
    assert (err.value.ident, err.value.changed_by) == (merged.id, "Boris Manager")
    assert err.value.current == changed
    with pytest.raises(ConcurrentEdit) as err:
        services.clients.merge_clients(survivor.id, merged.id, survivor_version=survivor.version - 1,
                                       merged_version=changed.version)
    assert err.value.ident == survivor.id
    assert services.clients.load_client(survivor.id) == survivor
    assert services.clients.load_client(merged.id) == changed
    assert services.clients.merges_into(survivor.id) == []


def test_a_client_cannot_be_merged_with_itself_or_take_unknown_fields(services, pair):
    survivor, merged = pair
    with pytest.raises(ValidationError) as err:
        merge(services, survivor, survivor)
    assert list(err.value.errors) == ["merged_id"]
    with pytest.raises(ValidationError) as err:
        merge(services, survivor, merged, take_from_merged=frozenset({"code", "version"}))
    assert list(err.value.errors) == ["take_from_merged"]
    with pytest.raises(NotFound):
        services.clients.merge_clients(survivor.id, 31337, survivor_version=survivor.version, merged_version=1)
    assert services.clients.load_client(merged.id) == merged


def test_merge_preview_shows_both_cards(services, pair):
    survivor, merged = pair
    assert services.clients.merge_preview(survivor.id, merged.id) == (survivor, merged)


def test_tasks_interactions_and_requests_move_and_an_opt_out_holds(services, pair):
    from datetime import timedelta

    from sqlalchemy import insert, select, update

    from app.models import Client, Interaction, ServiceRequest, Task, utcnow

    survivor, merged = pair
    now = utcnow()
    with services.uow() as uow:
        s = uow.session
        user_id = services.user_id
        audit = dict(created_at=now, updated_at=now, version=1, created_by_id=user_id)
        s.execute(insert(Task).values(subject="Call about the branch", due_at=now + timedelta(days=1),
                                      assignee_id=user_id, client_id=merged.id, **audit))
        s.execute(insert(Interaction).values(kind="call", occurred_at=now, client_id=merged.id,
                                             result="Wants a price list", **audit))
        s.execute(insert(ServiceRequest).values(subject="Broken pump", client_id=merged.id, **audit))
        s.execute(update(Client).where(Client.id == merged.id).values(unsubscribed=True))
        uow.commit()
    survivor = services.clients.load_client(survivor.id)
    merged = services.clients.load_client(merged.id)
    merge(services, survivor, merged)

    with services.uow() as uow:
        s = uow.session
        for model in (Task, Interaction, ServiceRequest):
            assert s.scalars(select(model.client_id)).all() == [survivor.id]
        assert s.scalar(select(Client.unsubscribed).where(Client.id == survivor.id)) is True


def test_price_terms_of_the_survivor_win_and_a_lone_one_moves(services, pair):
    from decimal import Decimal

    from sqlalchemy import insert, select

    from app.models import ClientPriceTerms, utcnow

    survivor, merged = pair
    now = utcnow()
    audit = dict(created_at=now, updated_at=now, version=1)
    with services.uow() as uow:
        uow.session.execute(insert(ClientPriceTerms).values(client_id=survivor.id, discount_percent=Decimal("5"),
                                                            **audit))
        uow.session.execute(insert(ClientPriceTerms).values(client_id=merged.id, discount_percent=Decimal("9"),
                                                            **audit))
        uow.commit()
    merge(services, survivor, merged)
    with services.uow() as uow:
        rows = uow.session.execute(select(ClientPriceTerms.client_id, ClientPriceTerms.discount_percent)).all()
    assert [(r[0], r[1]) for r in rows] == [(survivor.id, Decimal("5.00"))]
