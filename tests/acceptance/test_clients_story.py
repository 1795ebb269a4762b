"""A small office's first week with Karavan, told through the services (both databases)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.clients import ChannelData, ClientForm, ClientQuery, ContactPersonData
from app.services.errors import ConcurrentEdit, DuplicateFound
from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse)


def test_first_week(anon):
    # Monday: the director sets Karavan up and adds two sales managers.
    admin = anon.auth.initialize(company_name="Ararat Trading", admin_login="director",
                                 admin_full_name="Aram Director", password="director-pass-1")
    director = anon.as_user(admin.id)
    olga = director.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1")
    maryam = director.users.add_user("maryam", full_name="Maryam Karimi", password="maryam-pass-1")
    as_olga = anon.as_user(anon.auth.authenticate("Olga", "olga-pass-1").id)
    as_maryam = anon.as_user(anon.auth.authenticate("maryam", "maryam-pass-1").id)

    # Tuesday: Olga enters a Moscow customer with its buyer; Maryam a Tehran supplier.
    romashka = as_olga.clients.create_client(ClientForm(
        display_name="Ромашка ООО", tax_id="7707083893", manager_id=olga.id,
        channels=(ChannelData("phone", "+7 (495) 123-45-67"), ChannelData("email", "info@romashka.ru")),
        contacts=(ContactPersonData("Иван Петров", position="Закупщик",
                                    channels=(ChannelData("mobile", "+7 912 345 67 89"),)),)))
    arya = as_maryam.clients.create_client(ClientForm(
        display_name="شرکت آریا", roles=frozenset({"supplier"}), manager_id=maryam.id,
        channels=(ChannelData("phone", "+98 21 8888 7777"),)))

    # Wednesday: Maryam, not knowing, starts a second card for Romashka from a business card.
    second = ClientForm(display_name="Romashka LLC", channels=(ChannelData("mobile", "+7 912 345-67-89"),))
    with pytest.raises(DuplicateFound) as warned:
        as_maryam.clients.create_client(second)
    assert [m.client_id for m in warned.value.matches] == [romashka.id]
    twin = as_maryam.clients.create_client(second, allow_duplicates=True)  # she saves anyway

    # Thursday: the director merges the twin into the original; nothing of either is lost.
    twin_card = director.clients.load_client(twin.id)
    merged = director.clients.merge_clients(romashka.id, twin.id, survivor_version=romashka.version,
                                            merged_version=twin_card.version)
    assert merged.form.display_name == "Ромашка ООО"
    values = {ch.value for ch in merged.form.channels}
    assert {"+7 (495) 123-45-67", "info@romashka.ru", "+7 912 345-67-89"} <= values
    assert director.clients.client_ids(ClientQuery(search="Romashka LLC")) == []
    assert director.clients.client_ids(ClientQuery(search="912 345")) == [romashka.id]

    # Friday: Olga and Maryam edit Romashka at the same time; the second save is refused, not lost.
    olga_view = as_olga.clients.load_client(romashka.id)
    maryam_view = as_maryam.clients.load_client(romashka.id)
    as_olga.clients.update_client(romashka.id, replace(olga_view.form, notes="Pays on time."),
                                  expected_version=olga_view.version)
    with pytest.raises(ConcurrentEdit) as clash:
        as_maryam.clients.update_client(romashka.id, replace(maryam_view.form, source="exhibition"),
                                        expected_version=maryam_view.version)
    assert clash.value.changed_by == "Olga Sidorova"
    theirs = clash.value.current
    resolved = as_maryam.clients.update_client(romashka.id, replace(theirs.form, source="exhibition"),
                                               expected_version=theirs.version)
    assert (resolved.form.notes, resolved.form.source) == ("Pays on time.", "exhibition")

    # The supplier stops working with them: archived, gone from the everyday list, still searchable.
    arya_now = director.clients.load_client(arya.id)
    director.clients.archive_client(arya.id, expected_version=arya_now.version)
    assert arya.id not in director.clients.client_ids(ClientQuery())
    assert director.clients.client_ids(ClientQuery(search="آریا", status=None)) == [arya.id]
    assert director.clients.count_clients(ClientQuery()) == 1
