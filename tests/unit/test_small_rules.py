"""Small rules found while reviewing: keyboards, backups, errors and the service context."""

from __future__ import annotations

import time

from app.db import backup_sqlite_file
from app.services import validation as v
from app.services.clients import BankAccountData, ClientForm, ClientQuery
from app.services.clients.validation import validate_form
from app.services.errors import TooManyAttempts


def test_arabic_and_persian_keyboards_fold_to_the_same_key():
    persian = "شرکت کیمیا"          # Persian kaf and yeh
    arabic = "شركت كيميا"            # the same words typed on an Arabic keyboard
    assert v.fold(persian) == v.fold(arabic)
    assert v.fold("Ромашка") == "ромашка"


def test_a_client_typed_in_persian_is_found_from_an_arabic_keyboard(services):
    client = services.clients.create_client(ClientForm(display_name="شرکت کیمیا"))
    assert services.clients.client_ids(ClientQuery(search="كيميا")) == [client.id]


def test_persian_digits_become_ascii_quickly_and_correctly():
    assert v.ascii_digits("۰۹۱۲ ٣٤٥") == "0912 345"
    assert v.phone_digits("+۹۸ (۲۱) ۸۸۸۸-۷۷۷۷") == "982188887777"


def test_a_bic_of_spaces_counts_as_empty():
    validate_form(ClientForm(display_name="X", bank_accounts=(
        BankAccountData(bank_name="Bank", account_number="40702810900000001234", bic="   "),)))


def test_too_many_attempts_is_an_ordinary_exception():
    err = TooManyAttempts(retry_after=4)
    assert err.retry_after == 4 and "4 s" in str(err)
    assert len({err, TooManyAttempts(1)}) == 2


def test_two_backups_in_the_same_second_both_survive(sqlite_db):
    first = backup_sqlite_file(sqlite_db.engine, reason="test")
    second = backup_sqlite_file(sqlite_db.engine, reason="test")
    assert first != second and first.exists() and second.exists()
    time.sleep(0)  # nothing to wait for: names differ within the same second


def test_service_context_hands_classes_through_unbound(services):
    assert services.clients.ClientQuery is ClientQuery
    assert services.clients.ClientQuery(search="x").search == "x"


def test_ascii_digits_keeps_every_other_character():
    text = "Ромашка ۱۲۳ شرکت ٤٥ Acme"
    assert v.ascii_digits(text) == "Ромашка 123 شرکت 45 Acme"


def test_a_mapped_network_drive_counts_as_a_network_path(monkeypatch):
    from app import db

    monkeypatch.setattr(db, "_drive_is_remote", lambda drive: drive == "Z:")
    assert db.is_network_path(r"Z:\karavan\karavan.db")
    assert not db.is_network_path(r"C:\Users\anna\karavan.db")
    assert db.is_network_path(r"\\server\share\karavan.db")
