"""Checks of a client form; every problem is reported against its field path at once."""

from __future__ import annotations

import re
from datetime import date

from app.models.clients import PHONE_KINDS, AddressKind, ChannelKind, ClientKind, ClientRole
from app.models.documents import PRINT_LANGUAGES
from app.services import validation as v
from app.services.clients.forms import ChannelData, ClientForm
from app.services.errors import ValidationError
from app.services.i18n import msg

BIC = re.compile(r"^[A-Z0-9]{8,11}$")
ACCOUNT = re.compile(r"^[A-Z0-9 ]{5,40}$")
WEBSITE = re.compile(r"^(https?://)?[^\s/]+\.[^\s]{2,}$", re.IGNORECASE)


def channel_error(ch: ChannelData) -> tuple[str, str] | None:
    """(field, message) for a bad channel, else None."""
    if ch.kind not in set(ChannelKind):
        return "kind", msg("unknown channel type")
    if not v.clean(ch.value):
        return "value", msg("is required")
    if ch.kind in PHONE_KINDS:
        err = v.phone_error(ch.value)
    elif ch.kind == ChannelKind.EMAIL:
        err = v.email_error(ch.value)
    elif ch.kind == ChannelKind.WEBSITE:
        err = None if WEBSITE.match(v.clean(ch.value)) else msg("is not a web address (example.com)")
    else:
        err = None
    return ("value", err) if err else None


def validate_form(form: ClientForm, *, today: date | None = None) -> None:
    """Raise ValidationError listing every bad field of `form`."""
    errors: dict[str, str] = {}
    today = today or date.today()
    if form.kind not in set(ClientKind):
        errors["kind"] = msg("must be company or person")
    name = v.clean(form.display_name)
    if not name:
        errors["display_name"] = msg("is required")
    elif len(name) > 300:
        errors["display_name"] = msg("is longer than 300 characters")
    if len(v.clean(form.legal_name)) > 500:
        errors["legal_name"] = msg("is longer than 500 characters")
    if v.clean(form.tax_id) and (err := v.tax_id_error(form.tax_id)):
        errors["tax_id"] = err
    if unknown := set(form.roles) - set(ClientRole):
        errors["roles"] = msg("unknown roles: {choices}", choices=', '.join(sorted(unknown)))
    if form.language and form.language not in PRINT_LANGUAGES:
        errors["language"] = msg("choose the company's default or one of {choices}", choices=", ".join(PRINT_LANGUAGES))
    for tag in form.tags:
        if len(v.clean(tag)) > 100:
            errors["tags"] = msg("a tag is longer than 100 characters")
    for i, ch in enumerate(form.channels):
        if bad := channel_error(ch):
            errors[f"channels.{i}.{bad[0]}"] = bad[1]
    for i, person in enumerate(form.contacts):
        if not v.clean(person.full_name):
            errors[f"contacts.{i}.full_name"] = msg("is required")
        if person.birthday and person.birthday > today:
            errors[f"contacts.{i}.birthday"] = msg("is in the future")
        for j, ch in enumerate(person.channels):
            if bad := channel_error(ch):
                errors[f"contacts.{i}.channels.{j}.{bad[0]}"] = bad[1]
    for i, addr in enumerate(form.addresses):
        if addr.kind not in set(AddressKind):
            errors[f"addresses.{i}.kind"] = msg("must be legal, actual or delivery")
        if not addr.one_line():
            errors[f"addresses.{i}.city"] = msg("the address is empty")
        if addr.postcode and len(v.clean(addr.postcode)) > 20:
            errors[f"addresses.{i}.postcode"] = msg("is longer than 20 characters")
    for i, acc in enumerate(form.bank_accounts):
        if not v.clean(acc.bank_name):
            errors[f"bank_accounts.{i}.bank_name"] = msg("is required")
        number = v.ascii_digits(v.clean(acc.account_number)).upper()
        if not number:
            errors[f"bank_accounts.{i}.account_number"] = msg("is required")
        elif not ACCOUNT.match(number):
            errors[f"bank_accounts.{i}.account_number"] = msg("may contain only letters and digits (5–40)")
        if v.clean(acc.bic) and not BIC.match(v.ascii_digits(v.clean(acc.bic)).upper()):
            errors[f"bank_accounts.{i}.bic"] = msg("must be 8 to 11 letters or digits")
        corr = v.ascii_digits(v.clean(acc.corr_account)).upper()
        if corr and not ACCOUNT.match(corr):
            errors[f"bank_accounts.{i}.corr_account"] = msg("may contain only letters and digits (5–40)")
    if errors:
        raise ValidationError(errors)
