"""Client forms as a sales manager would fill them in, for the service tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from argon2 import PasswordHasher

from app.services.clients import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientForm,
    ContactPersonData,
)
from app.services.context import ServiceContext

PASSWORD = "secret-pass-1"


def full_form(**overrides: object) -> ClientForm:
    """A company with everything the card can hold: channels, two contacts, addresses, accounts, tags."""
    form = ClientForm(
        kind="company",
        display_name="Romashka LLC",
        legal_name="Limited Liability Company Romashka",
        tax_id="7707083893",
        registration_ids="OGRN 1027700132195",
        source="exhibition",
        roles=frozenset({"customer", "supplier"}),
        tags=("Moscow", "VIP"),
        notes="Pays on time.",
        channels=(
            ChannelData(kind="phone", value="+7 (495) 123-45-67", comment="reception"),
            ChannelData(kind="email", value="Info@Romashka.example"),
            ChannelData(kind="website", value="romashka.example"),
        ),
        contacts=(
            ContactPersonData(full_name="Ivan Petrov", position="Director", birthday=date(1980, 5, 17),
                              notes="Prefers calls", channels=(
                                  ChannelData(kind="mobile", value="+7 912 345 67 89"),
                                  ChannelData(kind="email", value="ivan@romashka.example"),
                              )),
            ContactPersonData(full_name="Olga Sidorova", position="Accountant"),
        ),
        addresses=(
            AddressData(kind="legal", country="Russia", city="Moscow", street="Tverskaya", building="1",
                        office="12", postcode="125009"),
            AddressData(kind="delivery", city="Khimki", street="Leninsky", building="5"),
        ),
        bank_accounts=(
            BankAccountData(bank_name="Sberbank", bic="044525225", account_number="40702810938000012345",
                            corr_account="30101810400000000225", comment="main"),
        ),
    )
    return replace(form, **overrides)


def simple_form(name: str, *, phone: str = "", email: str = "", tax_id: str = "", **overrides: object) -> ClientForm:
    channels = []
    if phone:
        channels.append(ChannelData(kind="phone", value=phone))
    if email:
        channels.append(ChannelData(kind="email", value=email))
    return replace(ClientForm(display_name=name, tax_id=tax_id, channels=tuple(channels)), **overrides)


def strip_ids(form: ClientForm) -> ClientForm:
    """The form without database ids, to compare what was saved with what was typed."""
    return replace(
        form,
        channels=tuple(replace(ch, id=None) for ch in form.channels),
        contacts=tuple(replace(p, id=None, position_id=None, channels=tuple(replace(ch, id=None) for ch in p.channels))
                       for p in form.contacts),
        addresses=tuple(replace(a, id=None) for a in form.addresses),
        bank_accounts=tuple(replace(b, id=None) for b in form.bank_accounts),
    )


def second_user(services: ServiceContext, login: str = "boris", full_name: str = "Boris Manager") -> ServiceContext:
    """Services acting as a newly added (non-admin) user."""
    user = services.users.add_user(login, full_name=full_name, password=PASSWORD)
    return services.as_user(user.id)


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2 hashes with test-sized costs: the default costs ~0.4 s per user or login."""
    from app.services import auth
    from app.services.access import passwords

    quick = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", quick)
    monkeypatch.setattr(auth, "_hasher", quick)
    dummy = quick.hash("karavan-dummy-password")
    monkeypatch.setattr(auth, "_dummy_hash", lambda: dummy)
