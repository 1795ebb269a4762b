"""A sales manager creates, edits, archives client cards; the services guard duplicates and stale saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.clients import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientForm,
    ClientQuery,
    ContactPersonData,
)
from app.services.errors import ConcurrentEdit, DuplicateFound, NotFound, ValidationError
from tests.unit.factories import full_form, second_user, simple_form, strip_ids


def all_client_ids(services) -> list[int]:
    return services.clients.client_ids(ClientQuery(status=None))


# --- creating and loading ----------------------------------------------------------------------

def test_a_full_card_is_saved_and_loaded_back_equal(services):
    form = full_form()
    created = services.clients.create_client(form)
    loaded = services.clients.load_client(created.id)

    assert loaded == created
    assert strip_ids(loaded.form) == form
    assert loaded.code == f"C-{created.id:06d}"
    assert loaded.status == "active" and not loaded.archived
    assert loaded.created_by == loaded.updated_by == "Anna Admin"
    assert all(ch.id for ch in loaded.form.channels)
    assert all(p.id for p in loaded.form.contacts)
    assert [p.position for p in loaded.form.contacts] == ["Director", "Accountant"]


def test_typed_values_are_cleaned_on_save(services):
    form = ClientForm(
        display_name="  Ivan   Ivanov ", kind="person", tax_id=" 7707 083 893 ",
        channels=(ChannelData(kind="phone", value="  +7 912  345 67 89 "),),
        bank_accounts=(BankAccountData(bank_name="Bank", bic="044525225", account_number="۴۰۷۰۲ 810"),),
    )
    card = services.clients.create_client(form)
    assert card.form.display_name == "Ivan Ivanov"
    assert card.form.tax_id == "7707 083 893"
    assert card.form.channels[0].value == "+7 912 345 67 89"
    assert card.form.bank_accounts[0].account_number == "40702 810"
    row = services.clients.client_rows([card.id])[0]
    assert (row.phone, row.kind, row.roles) == ("+7 912 345 67 89", "person", frozenset({"customer"}))


def test_loading_a_client_that_does_not_exist_raises_not_found(services):
    with pytest.raises(NotFound) as err:
        services.clients.load_client(4242)
    assert (err.value.entity, err.value.ident) == ("client", 4242)


def test_the_list_row_summarises_the_card(services):
    card = services.clients.create_client(full_form())
    row = services.clients.client_rows([card.id])[0]
    assert row.code == card.code
    assert row.phone == "+7 (495) 123-45-67"
    assert row.email == "Info@Romashka.example"
    assert row.city == "Moscow"
    assert row.tax_id == "7707083893"
    assert row.tags == "Moscow, VIP"
    assert row.roles == frozenset({"customer", "supplier"})
    assert row.version == card.version


# --- validation --------------------------------------------------------------------------------

def test_every_bad_field_is_reported_with_its_path(services):
    form = ClientForm(
        display_name="   ",
        kind="alien",
        tax_id="12",
        roles=frozenset({"customer", "partner"}),
        channels=(ChannelData(kind="phone", value="+7 912 345 67 89"), ChannelData(kind="email", value="not-mail")),
        contacts=(
            ContactPersonData(full_name="Ivan", channels=(ChannelData(kind="mobile", value="12"),)),
            ContactPersonData(full_name=" ", birthday=date.today() + timedelta(days=1)),
        ),
        addresses=(AddressData(kind="legal"), AddressData(kind="moon", city="Tycho")),
        bank_accounts=(BankAccountData(bank_name="", account_number="", bic="12", corr_account="№ 1"),),
    )
    with pytest.raises(ValidationError) as err:
        services.clients.create_client(form)
    assert set(err.value.errors) == {
        "display_name", "kind", "tax_id", "roles", "channels.1.value", "contacts.0.channels.0.value",
        "contacts.1.full_name", "contacts.1.birthday", "addresses.0.city", "addresses.1.kind",
        "bank_accounts.0.bank_name", "bank_accounts.0.account_number", "bank_accounts.0.bic",
        "bank_accounts.0.corr_account",
    }
    assert err.value.errors["display_name"] == "is required"
    assert "e-mail" in err.value.errors["channels.1.value"]
    assert "too short" in err.value.errors["contacts.0.channels.0.value"]


def test_a_bad_account_number_is_reported_on_its_row(services):
    form = simple_form("Bank Test", bank_accounts=(
        BankAccountData(bank_name="Good Bank", account_number="40702810900000000001"),
        BankAccountData(bank_name="Bad Bank", account_number="40702-810"),
    ))
    with pytest.raises(ValidationError) as err:
        services.clients.create_client(form)
    assert list(err.value.errors) == ["bank_accounts.1.account_number"]


def test_nothing_is_written_when_a_save_fails(services):
    bad = full_form(channels=(ChannelData(kind="email", value="nope"),))
    with pytest.raises(ValidationError):
        services.clients.create_client(bad)
    with pytest.raises(ValidationError) as err:
        services.clients.create_client(full_form(manager_id=9999))
    assert list(err.value.errors) == ["manager_id"]
    assert all_client_ids(services) == []
    assert services.clients.list_tags() == []
    assert services.clients.list_positions() == []


def test_a_failed_update_leaves_the_card_as_it_was(services):
    card = services.clients.create_client(full_form())
    bad = replace(card.form, display_name="Renamed", contacts=(ContactPersonData(full_name="Ghost", id=987654),))
    with pytest.raises(NotFound):
        services.clients.update_client(card.id, bad, expected_version=card.version)
    assert services.clients.load_client(card.id) == card


# --- duplicates --------------------------------------------------------------------------------

@pytest.mark.parametrize(("first", "second", "reason"), [
    (dict(phone="+7 (912) 345-67-89"), dict(phone="79123456789"), "phone"),
    (dict(phone="۰۹۱۲ ۳۴۵ ۶۷۸۹"), dict(phone="0912-345-6789"), "phone"),
    (dict(email="Sales@Example.COM"), dict(email="sales@example.com"), "email"),
    (dict(tax_id="7707083893"), dict(tax_id="7707 083 893"), "tax_id"),
    (dict(tax_id="DE123456789"), dict(tax_id="de 123-456-789"), "tax_id"),
])
def test_a_second_card_with_the_same_phone_email_or_tax_id_is_a_possible_duplicate(services, first, second, reason):
    existing = services.clients.create_client(simple_form("First Ltd", **first))
    with pytest.raises(DuplicateFound) as err:
        services.clients.create_client(simple_form("Second Ltd", **second))
    [match] = err.value.matches
    assert (match.client_id, match.code, match.display_name, match.reason) == (
        existing.id, existing.code, "First Ltd", reason)
    assert match.value == next(iter(second.values()))
    assert "First Ltd" in str(err.value)
    assert all_client_ids(services) == [existing.id]


def test_a_contact_persons_phone_counts_for_duplicates(services):
    existing = services.clients.create_client(full_form())
    form = simple_form("Another", contacts=(ContactPersonData(
        full_name="Ivan", channels=(ChannelData(kind="whatsapp", value="8-912-345-67-89"),
                                    ChannelData(kind="mobile", value="(912) 345 6789"))),))
    assert services.clients.find_duplicates(form) == []  # 8… and 912… are other digit strings
    form = simple_form("Another", phone="+79123456789")
    matches = services.clients.find_duplicates(form)
    assert [(m.client_id, m.reason) for m in matches] == [(existing.id, "phone")]


def test_one_client_matching_on_several_keys_is_listed_per_key(services):
    existing = services.clients.create_client(simple_form("First", phone="12345 678", email="a@b.example",
                                                          tax_id="7707083893"))
    matches = services.clients.find_duplicates(simple_form("Dup", phone="12345678", email="A@B.example",
                                                           tax_id="7707083893"))
    assert sorted(m.reason for m in matches) == ["email", "phone", "tax_id"]
    assert {m.client_id for m in matches} == {existing.id}


def test_a_duplicate_can_be_saved_on_purpose(services):
    first = services.clients.create_client(simple_form("First Ltd", phone="+7 912 345 67 89"))
    second = services.clients.create_client(simple_form("Second Ltd", phone="79123456789"), allow_duplicates=True)
    assert second.id != first.id
    assert sorted(all_client_ids(services)) == sorted([first.id, second.id])


def test_an_update_that_keeps_phone_email_and_tax_id_does_not_warn_again(services):
    services.clients.create_client(simple_form("First", phone="+7 912 345 67 89", tax_id="7707083893"))
    dup = services.clients.create_client(simple_form("First again", phone="79123456789", tax_id="7707 083 893"),
                                         allow_duplicates=True)
    renamed = services.clients.update_client(
        dup.id, replace(dup.form, display_name="First (branch)", notes="same company"), expected_version=dup.version)
    assert renamed.form.display_name == "First (branch)"


def test_an_update_that_adds_a_known_email_warns(services):
    first = services.clients.create_client(simple_form("First", email="boss@first.example"))
    other = services.clients.create_client(simple_form("Other", phone="1234567"))
    form = replace(other.form, channels=(*other.form.channels, ChannelData(kind="email", value="BOSS@first.example")))
    with pytest.raises(DuplicateFound) as err:
        services.clients.update_client(other.id, form, expected_version=other.version)
    assert [m.client_id for m in err.value.matches] == [first.id]
    saved = services.clients.update_client(other.id, form, expected_version=other.version, allow_duplicates=True)
    assert len(saved.form.channels) == 2


def test_a_client_is_not_its_own_duplicate(services):
    card = services.clients.create_client(full_form())
    assert services.clients.find_duplicates(card.form, exclude_id=card.id) == []
    assert len(services.clients.find_duplicates(card.form)) >= 3


# --- editing -----------------------------------------------------------------------------------

def test_children_are_edited_removed_and_added_by_id(services):
    card = services.clients.create_client(full_form())
    phone, email, site = card.form.channels
    ivan, olga = card.form.contacts
    legal, delivery = card.form.addresses
    [account] = card.form.bank_accounts
    form = replace(
        card.form,
        channels=(replace(email, value="office@romashka.example"), ChannelData(kind="telegram", value="@romashka"),
                  phone),
        contacts=(replace(olga, full_name="Olga Ivanova", position="Chief Accountant", position_id=None,
                          channels=(ChannelData(kind="phone", value="+7 495 000 00 01"),)),),
        addresses=(replace(delivery, city="Zelenograd"),),
        bank_accounts=(account, BankAccountData(bank_name="Tinkoff", account_number="40702810100000000002")),
    )
    saved = services.clients.update_client(card.id, form, expected_version=card.version)
    loaded = services.clients.load_client(card.id)
    assert loaded == saved
    assert strip_ids(loaded.form) == strip_ids(form)
    assert [ch.id for ch in loaded.form.channels][::2] == [email.id, phone.id]
    assert loaded.form.channels[1].id not in {phone.id, email.id, site.id}
    assert [p.id for p in loaded.form.contacts] == [olga.id]
    assert [a.id for a in loaded.form.addresses] == [delivery.id]
    assert loaded.form.bank_accounts[0].id == account.id
    assert loaded.version > card.version
    row = services.clients.client_rows([card.id])[0]
    assert (row.email, row.city) == ("office@romashka.example", "Zelenograd")
    # Ivan and his mobile are gone: searching for them finds nothing any more.
    assert services.clients.client_ids(ClientQuery(search="Ivan Petrov")) == []
    assert services.clients.client_ids(ClientQuery(search="912 345")) == []


def test_a_child_of_another_client_cannot_be_edited_through_this_one(services):
    one = services.clients.create_client(full_form())
    two = services.clients.create_client(simple_form("Two"))
    stolen = one.form.channels[0]
    with pytest.raises(NotFound):
        services.clients.update_client(two.id, replace(two.form, channels=(stolen,)), expected_version=two.version,
                                       allow_duplicates=True)
    assert services.clients.load_client(one.id) == one


def test_any_saved_change_bumps_the_version_and_records_who(services):
    boris = second_user(services)
    card = services.clients.create_client(full_form())
    contact = card.form.contacts[1]
    form = replace(card.form, contacts=(card.form.contacts[0], replace(contact, notes="new note")))
    saved = boris.clients.update_client(card.id, form, expected_version=card.version)
    assert saved.version > card.version
    assert saved.updated_by == "Boris Manager"
    assert saved.created_by == "Anna Admin"
    assert saved.form.contacts[1].notes == "new note"


def test_a_manager_is_an_active_user(services):
    boris = services.users.add_user("boris", full_name="Boris Manager", password="secret-pass-1")
    card = services.clients.create_client(simple_form("Managed", manager_id=boris.id))
    assert card.manager_name == "Boris Manager"
    assert services.clients.client_rows([card.id])[0].manager == "Boris Manager"


def test_a_stale_save_is_refused_naming_who_changed_the_card(services):
    boris = second_user(services)
    card = services.clients.create_client(full_form())
    borises = boris.clients.update_client(card.id, replace(card.form, notes="Boris was here"),
                                          expected_version=card.version)
    with pytest.raises(ConcurrentEdit) as err:
        services.clients.update_client(card.id, replace(card.form, display_name="Anna's name"),
                                       expected_version=card.version)
    conflict = err.value
    assert (conflict.entity, conflict.ident) == ("client", card.id)
    assert conflict.changed_by == "Boris Manager"
    assert conflict.changed_at == borises.updated_at
    assert conflict.current == borises
    assert "Boris Manager" in str(conflict)
    assert services.clients.load_client(card.id) == borises


def test_updating_a_client_that_was_deleted_raises_not_found(services):
    with pytest.raises(NotFound):
        services.clients.update_client(777, simple_form("Nobody"), expected_version=1)


# --- archive -----------------------------------------------------------------------------------

def test_archived_clients_leave_the_everyday_list_and_come_back(services):
    keep = services.clients.create_client(simple_form("Keep"))
    old = services.clients.create_client(simple_form("Old"))
    archived = services.clients.archive_client(old.id, expected_version=old.version)
    assert archived.archived and archived.version > old.version

    assert services.clients.client_ids(ClientQuery()) == [keep.id]
    assert services.clients.client_ids(ClientQuery(status="archived")) == [old.id]
    assert sorted(services.clients.client_ids(ClientQuery(status=None))) == sorted([keep.id, old.id])
    assert [r.id for r in services.clients.search_clients("old")] == [old.id]

    with pytest.raises(ConcurrentEdit):
        services.clients.restore_client(old.id, expected_version=old.version)
    restored = services.clients.restore_client(old.id, expected_version=archived.version)
    assert restored.status == "active"
    assert sorted(services.clients.client_ids(ClientQuery())) == sorted([keep.id, old.id])


def test_a_position_renamed_in_the_directory_survives_saving_an_older_card(services):
    from app.services.clients import ContactPersonData

    card = services.clients.create_client(ClientForm(
        display_name="Acme", contacts=(ContactPersonData("Jane Roe", position="Director"),)))
    opened_earlier = services.clients.load_client(card.id)
    position = services.clients.list_positions()[0]
    services.clients.rename_position(position.id, "CEO", expected_version=position.version)

    form = replace(opened_earlier.form, notes="Called today.")
    saved = services.clients.update_client(card.id, form, expected_version=opened_earlier.version)
    assert saved.form.contacts[0].position == "CEO"
    assert [p.name for p in services.clients.list_positions()] == ["CEO"]

    # Choosing another position on the card (the screen clears the id) still works by name.
    person = replace(saved.form.contacts[0], position="Buyer", position_id=None)
    again = services.clients.update_client(card.id, replace(saved.form, contacts=(person,)),
                                           expected_version=saved.version)
    assert again.form.contacts[0].position == "Buyer"


def test_a_card_keeps_its_departed_manager_when_saved(services):
    leaver = services.users.add_user("leaver", full_name="Left Company", password="leaver-pass-1")
    card = services.clients.create_client(ClientForm(display_name="Old Customer", manager_id=leaver.id))
    from app.models import User

    with services.uow() as uow:  # the administrator deactivates the user who left
        uow.session.get(User, leaver.id).active = False
        uow.commit()
    saved = services.clients.update_client(card.id, replace(card.form, notes="Still buys."),
                                           expected_version=card.version)
    assert saved.form.manager_id == leaver.id
    with pytest.raises(ValidationError) as bad:  # but nobody can newly assign them
        services.clients.create_client(ClientForm(display_name="New", manager_id=leaver.id))
    assert "manager_id" in bad.value.errors
