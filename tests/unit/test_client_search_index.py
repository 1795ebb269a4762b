"""The search index follows every change, and the list's count and pages agree with the ids."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services.clients import ChannelData, ClientForm, ClientQuery


def _ids(services, text):
    return services.clients.client_ids(ClientQuery(search=text, status=None))


def test_search_follows_rename_merge_and_short_terms(services):
    alpha = services.clients.create_client(ClientForm(display_name="Alpha Trading",
                                                      channels=(ChannelData("phone", "+7 912 345 67 89"),)))
    beta = services.clients.create_client(ClientForm(display_name="Бета Групп"))
    assert _ids(services, "alpha") == [alpha.id]
    assert _ids(services, "ГРУПП") == [beta.id]

    renamed = services.clients.update_client(alpha.id, replace(alpha.form, display_name="Omega Trading"),
                                             expected_version=alpha.version)
    assert _ids(services, "alpha") == []
    assert _ids(services, "omega tra") == [alpha.id]
    assert _ids(services, "345 67") == [alpha.id]

    # Terms shorter than the index's three characters still narrow the result.
    assert _ids(services, "om") == [alpha.id]
    assert _ids(services, "trading om") == [alpha.id]

    services.clients.merge_clients(renamed.id, beta.id, survivor_version=renamed.version,
                                   merged_version=beta.version)
    assert _ids(services, "бета") == []
    assert _ids(services, "omega") == [alpha.id]


def test_quotes_and_wildcards_in_the_search_box_are_plain_text(services):
    odd = services.clients.create_client(ClientForm(display_name='The "Best" 100% Shop_1'))
    services.clients.create_client(ClientForm(display_name="Best Shop"))
    assert _ids(services, '"best"') == [odd.id]
    assert _ids(services, "100%") == [odd.id]
    assert _ids(services, "shop_1") == [odd.id]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(0, 30), limit=st.integers(0, 12), descending=st.booleans(),
       sort=st.sampled_from(["name", "code", "city", "manager", "phone"]))
def test_pages_are_slices_of_the_ordered_ids(services, offset, limit, descending, sort):
    if not services.clients.client_ids(ClientQuery(status=None)):
        for i in range(25):
            services.clients.create_client(ClientForm(display_name=f"Client {i % 7} {chr(0x410 + i)}"))
    query = ClientQuery(sort=sort, descending=descending, status=None)
    ids = services.clients.client_ids(query)
    page = services.clients.client_page(query, offset=offset, limit=limit)
    assert [row.id for row in page] == ids[offset:offset + limit]
    assert services.clients.count_clients(query) == len(ids)
    assert services.clients.count_clients(replace(query, search="client 3")) == len(
        services.clients.client_ids(replace(query, search="client 3")))


def test_first_keystrokes_match_the_start_of_the_name(services):
    ivan = services.clients.create_client(ClientForm(display_name="Иван Петров"))
    petrov = services.clients.create_client(ClientForm(display_name="Петров Иван"))
    assert _ids(services, "и") == [ivan.id]          # one or two letters: the name starts with them
    assert _ids(services, "ИВ") == [ivan.id]
    assert _ids(services, "ив пе") == [ivan.id]      # …and the other short words appear anywhere
    assert set(_ids(services, "иван")) == {ivan.id, petrov.id}  # three letters: anywhere
    assert _ids(services, "%") == []                 # wildcards are plain text
