"""The clients list: searching, filtering, sorting in SQL, rows for the visible block, small directories."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services import validation as v
from app.services.clients import ChannelData, ClientQuery, ContactPersonData
from app.services.clients.forms import SORT_KEYS
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from tests.unit.factories import PASSWORD, full_form, second_user, simple_form


def ids(services, **query) -> list[int]:
    return services.clients.client_ids(ClientQuery(**query))


# --- search ------------------------------------------------------------------------------------

@pytest.fixture
def romashka(services):
    return services.clients.create_client(full_form(display_name="ООО «Ромашка»"))


@pytest.fixture
def others(services):
    return [
        services.clients.create_client(simple_form("شرکت نمونه", phone="۰۲۱ ۸۸۷۷ ۶۶۵۵", kind="company")),
        services.clients.create_client(simple_form("Acme Trading", email="hello@acme.example", tax_id="DE811907980")),
    ]


@pytest.mark.parametrize("query", ["ромашка", "РОМАШКА", "Ромаш", "ооо ромашка", "«ромашка»"])
def test_search_by_name_ignores_case_in_cyrillic(services, romashka, others, query):
    assert ids(services, search=query) == [romashka.id]


@pytest.mark.parametrize("query", ["نمونه", "شرکت", "شرکت نمونه"])
def test_search_by_persian_name(services, romashka, others, query):
    assert ids(services, search=query) == [others[0].id]


@pytest.mark.parametrize("query", [
    "+7 (495) 123-45-67", "74951234567", "495 123", "123-45-67", "(495)", "۴۹۵ ۱۲۳",  # the company's phone
    "+7 912 345-67-89", "9123456789",  # a contact person's mobile
])
def test_search_by_phone_digits_in_any_formatting(services, romashka, others, query):
    assert ids(services, search=query) == [romashka.id]


def test_search_by_a_phone_typed_in_persian_digits_matches_ascii_digits(services, romashka, others):
    assert ids(services, search="021-8877") == [others[0].id]
    assert ids(services, search="۸۸۷۷۶۶۵۵") == [others[0].id]


@pytest.mark.parametrize(("query", "which"), [
    ("info@romashka.example", 0), ("INFO@ROMASHKA", 0), ("ivan@romashka", 0), ("hello@acme", 2), ("acme.example", 2),
])
def test_search_by_email(services, romashka, others, query, which):
    expected = [romashka, *others][which]
    assert ids(services, search=query) == [expected.id]


@pytest.mark.parametrize(("query", "which"), [
    ("7707083893", 0), ("7707 083 893", 0), ("DE811907980", 2), ("de 811907980", 2), ("de811", 2),
])
def test_search_by_tax_id(services, romashka, others, query, which):
    expected = [romashka, *others][which]
    assert ids(services, search=query) == [expected.id]


@pytest.mark.parametrize("query", ["Petrov", "ivan petrov", "Sidorova Olga"])
def test_search_by_contact_person_name(services, romashka, others, query):
    assert ids(services, search=query) == [romashka.id]


def test_search_by_code_and_by_words_in_any_order(services, romashka, others):
    assert ids(services, search=romashka.code) == [romashka.id]
    assert ids(services, search="trading acme") == [others[1].id]
    assert ids(services, search="acme romashka") == []


@pytest.mark.parametrize("query", ["%", "_", "100%", "a_c", "/"])
def test_search_wildcards_are_taken_literally(services, romashka, others, query):
    assert ids(services, search=query) == []


def test_an_empty_search_lists_everything(services, romashka, others):
    assert sorted(ids(services, search="   ")) == sorted([romashka.id, *(c.id for c in others)])


def test_search_clients_finds_archived_clients_too(services, romashka, others):
    services.clients.archive_client(romashka.id, expected_version=romashka.version)
    assert ids(services, search="ромашка") == []
    assert [r.id for r in services.clients.search_clients("ромашка")] == [romashka.id]


def test_search_follows_renamed_and_removed_values(services, romashka):
    form = replace(romashka.form, display_name="Vasilek", channels=(), contacts=())
    services.clients.update_client(romashka.id, form, expected_version=romashka.version)
    assert ids(services, search="ромашка") == []
    assert ids(services, search="495 123") == []
    assert ids(services, search="vasilek") == [romashka.id]


# --- filters -----------------------------------------------------------------------------------

def test_filters_by_role_tag_manager_and_status(services):
    boris = services.users.add_user("boris", full_name="Boris Manager", password=PASSWORD)
    lead = services.clients.create_client(simple_form("Lead", roles=frozenset({"lead"}), tags=("hot",)))
    buyer = services.clients.create_client(simple_form("Buyer", tags=("Hot", "wholesale"), manager_id=boris.id))
    seller = services.clients.create_client(simple_form("Seller", roles=frozenset({"supplier", "customer"}),
                                                        manager_id=boris.id))
    gone = services.clients.create_client(simple_form("Gone", tags=("wholesale",)))
    services.clients.archive_client(gone.id, expected_version=gone.version)
    tags = {t.name: t.id for t in services.clients.list_tags()}
    assert set(tags) == {"hot", "wholesale"}

    assert ids(services, role="lead") == [lead.id]
    assert ids(services, role="customer", sort="code") == [buyer.id, seller.id]
    assert ids(services, role="supplier") == [seller.id]
    assert ids(services, tag_id=tags["hot"], sort="code") == [lead.id, buyer.id]
    assert ids(services, tag_id=tags["wholesale"]) == [buyer.id]
    assert ids(services, tag_id=tags["wholesale"], status=None, sort="code") == [buyer.id, gone.id]
    assert ids(services, manager_id=boris.id, sort="code") == [buyer.id, seller.id]
    assert ids(services, manager_id=boris.id, role="supplier") == [seller.id]
    assert ids(services, status="archived") == [gone.id]
    assert ids(services, search="seller", manager_id=boris.id) == [seller.id]
    assert ids(services, search="seller", role="lead") == []


def test_an_unknown_role_or_sort_key_is_refused(services):
    with pytest.raises(ValidationError) as err:
        ids(services, role="partner")
    assert list(err.value.errors) == ["role"]
    with pytest.raises(ValidationError) as err:
        ids(services, sort="password_hash")
    assert list(err.value.errors) == ["sort"]


# --- sorting -----------------------------------------------------------------------------------

@pytest.fixture
def sortable(services):
    """Clients with distinct and tied values in every sortable column; returns their rows."""
    mia = services.users.add_user("mia", full_name="Mia Manager", password=PASSWORD)
    zed = services.users.add_user("zed", full_name="Zed Manager", password=PASSWORD)
    forms = [
        simple_form("Яблоко", kind="person", phone="+7 900 000 00 02", email="b@x.example", tax_id="7707083893",
                    manager_id=zed.id, addresses=()),
        simple_form("apple", phone="8 800 000 00 01", email="A@x.example", manager_id=mia.id),
        simple_form("Zebra"),
        simple_form("شرکت", phone="۰۹۱۲ ۳۴۵ ۶۷۸۹", tax_id="DE811907980", manager_id=mia.id),
        simple_form("ёлка", kind="person", email="c@x.example", tax_id="500100732259"),
        simple_form("Apple", phone="8 800 000 00 01"),
    ]
    cities = ["Moscow", "", "Kazan", "Tehran", "Moscow", "Amsterdam"]
    created = []
    for form, city in zip(forms, cities, strict=True):
        if city:
            form = replace(form, addresses=(replace(full_form().addresses[0], city=city),))
        created.append(services.clients.create_client(form, allow_duplicates=True))
    services.clients.archive_client(created[2].id, expected_version=created[2].version)
    return services.clients.client_rows([c.id for c in created])


SORT_VALUE = {
    "name": lambda r: v.fold(r.display_name),
    "code": lambda r: r.id,
    "kind": lambda r: r.kind,
    "phone": lambda r: r.phone,
    "email": lambda r: r.email,
    "city": lambda r: r.city,
    "tax_id": lambda r: v.tax_id_key(r.tax_id),
    "manager": lambda r: (r.manager == "", r.manager),  # clients without a manager come last
    "status": lambda r: r.status,
    "created": lambda r: r.id,  # created one after another
}


def test_every_sort_key_is_described():
    assert set(SORT_VALUE) == set(SORT_KEYS)


@pytest.mark.parametrize("key", SORT_KEYS)
def test_every_sort_key_sorts_both_ways_with_ties_broken_by_id(services, sortable, key):
    expected = [r.id for r in sorted(sortable, key=lambda r: (SORT_VALUE[key](r), r.id))]
    assert ids(services, status=None, sort=key) == expected
    assert ids(services, status=None, sort=key, descending=True) == expected[::-1]


def test_sorting_by_name_ignores_case(services, sortable):
    names = [r.display_name for r in services.clients.client_rows(ids(services, status=None, sort="name"))]
    assert names[:3] == ["apple", "Apple", "Zebra"]


def test_a_limited_query_returns_the_first_ids(services, sortable):
    everything = ids(services, status=None, sort="name")
    assert services.clients.client_ids(ClientQuery(status=None, sort="name"), limit=2) == everything[:2]


# --- rows for a visible block ------------------------------------------------------------------

def test_rows_come_back_in_the_order_of_the_ids_asked_for(services, sortable):
    wanted = [sortable[4].id, sortable[0].id, sortable[2].id]
    assert [r.id for r in services.clients.client_rows(wanted)] == wanted
    assert services.clients.client_rows([]) == []


def test_rows_of_clients_gone_meanwhile_are_left_out(services, sortable):
    survivor, merged = sortable[1], sortable[5]
    services.clients.merge_clients(survivor.id, merged.id, survivor_version=survivor.version,
                                   merged_version=merged.version)
    assert [r.id for r in services.clients.client_rows([merged.id, survivor.id, 99999])] == [survivor.id]


# --- tags and positions made on the fly; the positions directory -------------------------------

def test_tags_are_created_on_the_fly_once_per_spelling(services):
    one = services.clients.create_client(simple_form("One", tags=("VIP", " vip ", "Opt")))
    two = services.clients.create_client(simple_form("Two", tags=("vip",)))
    assert [t.name for t in services.clients.list_tags()] == ["Opt", "VIP"]
    assert one.form.tags == ("Opt", "VIP")
    assert two.form.tags == ("VIP",)


def test_positions_are_created_on_the_fly_and_shared(services):
    form = simple_form("Staffed", contacts=(
        ContactPersonData(full_name="Ann", position="Director"),
        ContactPersonData(full_name="Ben", position="director"),
        ContactPersonData(full_name="Cid", position="Engineer"),
        ContactPersonData(full_name="Dan"),
    ))
    card = services.clients.create_client(form)
    assert [p.position for p in card.form.contacts] == ["Director", "Director", "Engineer", ""]
    assert [p.name for p in services.clients.list_positions()] == ["Director", "Engineer"]
    services.clients.create_client(simple_form("Other", contacts=(
        ContactPersonData(full_name="Eve", position="DIRECTOR"), ContactPersonData(full_name="Fay", position="CTO"))))
    assert [p.name for p in services.clients.list_positions()] == ["CTO", "Director", "Engineer"]


def test_the_positions_directory_is_edited_in_place(services):
    sales = services.clients.add_position("  Sales   manager ")
    assert sales.name == "Sales manager"
    with pytest.raises(ValidationError):
        services.clients.add_position("SALES MANAGER")
    with pytest.raises(ValidationError):
        services.clients.add_position("  ")
    card = services.clients.create_client(simple_form("Shop", contacts=(
        ContactPersonData(full_name="Ann", position="sales manager"),)))
    assert card.form.contacts[0].position == "Sales manager"

    boris = second_user(services)
    renamed = boris.clients.rename_position(sales.id, "Account manager", expected_version=sales.version)
    assert services.clients.load_client(card.id).form.contacts[0].position == "Account manager"
    with pytest.raises(ConcurrentEdit) as err:
        services.clients.rename_position(sales.id, "Seller", expected_version=sales.version)
    assert (err.value.changed_by, err.value.current) == ("Boris Manager", renamed)
    other = services.clients.add_position("Driver")
    with pytest.raises(ValidationError):
        services.clients.rename_position(other.id, "account MANAGER", expected_version=other.version)

    with pytest.raises(ValidationError) as err:
        services.clients.delete_position(sales.id)
    assert "Account manager" in err.value.errors["name"]
    services.clients.delete_position(other.id)
    assert [p.name for p in services.clients.list_positions()] == ["Account manager"]
    assert renamed.version > sales.version
    with pytest.raises(NotFound):
        services.clients.delete_position(other.id)
    with pytest.raises(NotFound):
        services.clients.rename_position(other.id, "x", expected_version=1)


def test_a_position_freed_by_an_edit_can_be_deleted(services):
    card = services.clients.create_client(simple_form("Shop", contacts=(
        ContactPersonData(full_name="Ann", position="Cashier", channels=(ChannelData(kind="telegram", value="@ann"),)),
    )))
    [cashier] = services.clients.list_positions()
    services.clients.update_client(card.id, replace(card.form, contacts=()), expected_version=card.version)
    services.clients.delete_position(cashier.id)
    assert services.clients.list_positions() == []
