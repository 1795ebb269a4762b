"""What people type into the client card: phones, e-mails, tax ids, web sites, in any script of digits."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import validation as v
from app.services.clients import ChannelData, ClientForm, ClientQuery
from app.services.clients.validation import channel_error

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC = "٠١٢٣٤٥٦٧٨٩"


def to_script(digits: str, script: str) -> str:
    return "".join(script[int(d)] for d in digits)


# --- digits in other scripts -------------------------------------------------------------------

def test_persian_and_arabic_digits_become_ascii_digits():
    assert v.ascii_digits("۰۹۱۲ ۳۴۵ ۶۷۸۹") == "0912 345 6789"
    assert v.ascii_digits("٠٩١٢") == "0912"
    assert v.ascii_digits("plain 123") == "plain 123"


def test_a_persian_mobile_number_is_a_valid_phone_with_ascii_digits():
    assert v.phone_error("۰۹۱۲ ۳۴۵ ۶۷۸۹") is None
    assert v.phone_digits("۰۹۱۲ ۳۴۵ ۶۷۸۹") == "09123456789"
    assert v.phone_digits("+٩٨ ٩١٢ ٣٤٥ ٦٧٨٩") == "989123456789"


# --- phones ------------------------------------------------------------------------------------

@pytest.mark.parametrize("phone", [
    "+7 (912) 345-67-89", "8 912 345 67 89", "+98 912 345 6789", "12345", "(495) 123.45.67", "030/1234567",
])
def test_usual_phone_formats_are_accepted(phone):
    assert v.phone_error(phone) is None


@pytest.mark.parametrize(("phone", "fragment"), [
    ("1234", "too short"),
    ("1234567890123456", "too long"),
    ("call me: 123456", "only digits"),
    ("12+34567", "only digits"),
    ("+7 912 abc", "only digits"),
])
def test_bad_phones_are_explained(phone, fragment):
    assert fragment in (v.phone_error(phone) or "")


def test_phone_digits_drop_everything_but_digits():
    assert v.phone_digits("+7 (912) 345-67-89") == "79123456789"
    assert v.phone_digits("") == ""


digit_strings = st.text(alphabet="0123456789", min_size=1, max_size=15)
separators = st.lists(st.sampled_from([" ", "-", "(", ")", ".", "/", "  "]), max_size=15)


@given(st.text())
def test_phone_digits_is_idempotent_and_only_ascii_digits(text):
    digits = v.phone_digits(text)
    assert v.phone_digits(digits) == digits
    assert all(ch in "0123456789" for ch in digits)


@given(digit_strings, separators, st.booleans(), st.sampled_from(["ascii", PERSIAN, ARABIC]))
def test_any_formatting_of_a_number_normalises_to_the_same_digits(digits, seps, plus, script):
    typed = digits if script == "ascii" else to_script(digits, script)
    formatted = "".join(ch + (seps[i] if i < len(seps) else "") for i, ch in enumerate(typed))
    if plus:
        formatted = "+" + formatted
    assert v.phone_digits(formatted) == digits
    if len(digits) >= v.PHONE_MIN_DIGITS:
        assert v.phone_error(formatted) is None


# --- e-mails, tax ids, web sites ---------------------------------------------------------------

@pytest.mark.parametrize("email", ["anna@example.com", "Anna.Smith+crm@mail.example.ru", "  a@b.co  "])
def test_good_emails(email):
    assert v.email_error(email) is None


@pytest.mark.parametrize("email", ["anna", "anna@", "@example.com", "anna@example", "an na@example.com",
                                   "anna@example.c", "a@@example.com"])
def test_bad_emails(email):
    assert v.email_error(email) is not None


@pytest.mark.parametrize("tax_id", ["7707083893", "7707 083 893", "770-708-3893", "DE123456789",
                                    "de 123 456 789", "۷۷۰۷۰۸۳۸۹۳"])
def test_good_tax_ids(tax_id):
    assert v.tax_id_error(tax_id) is None


@pytest.mark.parametrize("tax_id", ["1234567", "1234567890123456", "ABC12345678", "12345abc678"])
def test_bad_tax_ids(tax_id):
    assert v.tax_id_error(tax_id) is not None


def test_tax_id_key_ignores_spacing_case_and_digit_script():
    assert v.tax_id_key("de 123-456.789") == "DE123456789"
    assert v.tax_id_key("۷۷۰۷ ۰۸۳ ۸۹۳") == v.tax_id_key("7707083893")


@pytest.mark.parametrize(("kind", "value", "ok"), [
    ("website", "example.com", True),
    ("website", "https://shop.example.com/catalog?x=1", True),
    ("website", "not a site", False),
    ("website", "http://localhost", False),
    ("email", "sales@example.com", True),
    ("email", "sales at example", False),
    ("phone", "+7 912 345 67 89", True),
    ("mobile", "۰۹۱۲۳۴۵۶۷۸۹", True),
    ("whatsapp", "12", False),
    ("telegram", "@karavan", True),
    ("pager", "123456", False),
])
def test_channels_are_checked_by_kind(kind, value, ok):
    assert (channel_error(ChannelData(kind=kind, value=value)) is None) == ok


def test_an_empty_channel_value_is_required():
    assert channel_error(ChannelData(kind="telegram", value="  ")) == ("value", "is required")


# --- folding and search queries ----------------------------------------------------------------

def test_fold_ignores_case_width_and_digit_script():
    assert v.fold("ООО Ромашка") == v.fold("ооо РОМАШКА")
    assert v.fold("ＡＢＣ１２") == "abc12"
    assert v.fold("شرکت ۱۲") == "شرکت 12"
    assert v.fold("Straße") == v.fold("STRASSE")


@given(st.text())
def test_fold_is_idempotent(text):
    assert v.fold(v.fold(text)) == v.fold(text)


def test_clean_trims_and_folds_runs_of_space():
    assert v.clean("  a \t b\n c ") == "a b c"
    assert v.clean(None) == ""


@pytest.mark.parametrize(("query", "phone"), [
    ("912", True), ("+7 (912) 345", True), ("۹۱۲", True), ("12", False), ("Ivan 912", False), ("a@b.c", False),
])
def test_which_queries_look_like_phones(query, phone):
    assert v.looks_like_phone(query) == phone


# --- search by any part of a stored phone (both backends) --------------------------------------

@pytest.fixture
def stored_phone_client(services):
    card = services.clients.create_client(ClientForm(
        display_name="Digits Ltd", channels=(ChannelData(kind="phone", value="+7 (912) 345-67-89"),)))
    services.clients.create_client(ClientForm(
        display_name="Other Ltd", channels=(ChannelData(kind="phone", value="+44 20 7946 0000"),)))
    return card


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_run_of_a_stored_phones_digits_finds_the_client(services, stored_phone_client, data):
    digits = "79123456789"
    start = data.draw(st.integers(0, len(digits) - 1))
    end = data.draw(st.integers(start + 1, len(digits)))
    part = digits[start:end]
    sep = data.draw(st.sampled_from(["", " ", "-", " - "]))
    script = data.draw(st.sampled_from(["ascii", PERSIAN]))
    typed = sep.join(part if script == "ascii" else to_script(part, script))
    ids = services.clients.client_ids(ClientQuery(search=typed))
    assert stored_phone_client.id in ids
