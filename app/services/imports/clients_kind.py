"""Importing clients, each row with one contact person and one address. A row updates the client with
the same tax id, else the one with the same e-mail; otherwise it creates a client. Checks and writing
go through the clients services (app.services.clients), so the rules stay in one place."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ChannelKind, Client, ClientKind, ContactChannel
from app.models.clients import PHONE_KINDS
from app.services import validation as v
from app.services.clients.editing import channel_key, load_form_in, save_form_in
from app.services.clients.forms import AddressData, ChannelData, ClientForm, ContactPersonData
from app.services.clients.validation import validate_form
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.imports.cells import text

ADDRESS_FIELDS = ("country", "city", "street", "building", "postcode")
KINDS = {"company": ClientKind.COMPANY, "person": ClientKind.PERSON, "individual": ClientKind.PERSON}


def _row_form(t: dict[str, str]) -> tuple[ClientForm, dict[str, str]]:
    """The form made of the row alone, and which import field each form path came from."""
    paths = {"display_name": "name", "kind": "kind", "legal_name": "legal_name", "tax_id": "tax_id",
             "notes": "notes"}
    channels = []
    for field, kind in (("phone", ChannelKind.PHONE), ("email", ChannelKind.EMAIL)):
        if t[field]:
            paths[f"channels.{len(channels)}.value"] = field
            channels.append(ChannelData(kind=kind, value=t[field]))
    contacts = ()
    if t["contact_name"] or t["contact_phone"] or t["contact_email"] or t["contact_position"]:
        person_channels = []
        for field, kind in (("contact_phone", ChannelKind.MOBILE), ("contact_email", ChannelKind.EMAIL)):
            if t[field]:
                paths[f"contacts.0.channels.{len(person_channels)}.value"] = field
                person_channels.append(ChannelData(kind=kind, value=t[field]))
        paths["contacts.0.full_name"] = "contact_name"
        contacts = (ContactPersonData(full_name=t["contact_name"], position=t["contact_position"],
                                      channels=tuple(person_channels)),)
    addresses = ()
    if any(t[f] for f in ADDRESS_FIELDS):
        addresses = (AddressData(kind="actual", **{f: t[f] for f in ADDRESS_FIELDS}),)
        paths.update({f"addresses.0.{f}": f for f in ADDRESS_FIELDS})
    kind = KINDS.get(v.fold(t["kind"]), t["kind"] or ClientKind.COMPANY)
    form = ClientForm(kind=kind, display_name=t["name"], legal_name=t["legal_name"], tax_id=t["tax_id"],
                      notes=t["notes"], channels=tuple(channels), contacts=contacts, addresses=addresses)
    return form, paths


def _put_channel(channels: tuple[ChannelData, ...], kind: str, value: str, kinds: tuple[str, ...]) -> tuple:
    """The channels with `value` set: kept when already there, else over the first of its kind, else added."""
    if not value:
        return channels
    wanted = channel_key(kind, value)
    if any(ch.kind in kinds and channel_key(ch.kind, ch.value) == wanted for ch in channels):
        return channels
    for i, ch in enumerate(channels):
        if ch.kind in kinds:
            return channels[:i] + (replace(ch, value=value),) + channels[i + 1:]
    return channels + (ChannelData(kind=kind, value=value),)


def _merge(old: ClientForm, new: ClientForm, t: dict[str, str]) -> ClientForm:
    """`old` with what the row fills in; empty cells leave the client's values as they are."""
    form = replace(old, display_name=new.display_name,
                   kind=new.kind if t["kind"] else old.kind,
                   legal_name=new.legal_name or old.legal_name, tax_id=new.tax_id or old.tax_id,
                   notes=new.notes or old.notes)
    phones = tuple(PHONE_KINDS)
    channels = _put_channel(form.channels, ChannelKind.PHONE, t["phone"], phones)
    channels = _put_channel(channels, ChannelKind.EMAIL, t["email"], (ChannelKind.EMAIL,))
    form = replace(form, channels=channels)
    if new.contacts:
        person = new.contacts[0]
        contacts = list(form.contacts)
        same = [i for i, p in enumerate(contacts) if v.fold(p.full_name) == v.fold(person.full_name)]
        if same:
            old_p = contacts[same[0]]
            chans = _put_channel(old_p.channels, ChannelKind.MOBILE, t["contact_phone"], phones)
            chans = _put_channel(chans, ChannelKind.EMAIL, t["contact_email"], (ChannelKind.EMAIL,))
            position = person.position or old_p.position
            contacts[same[0]] = replace(old_p, channels=chans, position=position,
                                        position_id=old_p.position_id if position == old_p.position else None)
        else:
            contacts.append(person)
        form = replace(form, contacts=tuple(contacts))
    if new.addresses:
        addr = new.addresses[0]
        addresses = list(form.addresses)
        actual = [i for i, a in enumerate(addresses) if a.kind == "actual"]
        if actual:
            old_a = addresses[actual[0]]
            addresses[actual[0]] = replace(old_a, **{f: getattr(addr, f) or getattr(old_a, f) for f in ADDRESS_FIELDS})
        else:
            addresses.append(addr)
        form = replace(form, addresses=tuple(addresses))
    return form


class ClientsKind:
    key_fields = ("tax_id", "email")
    entity = "client"

    def __init__(self, session: Session):
        self.s = session

    def key(self, values: dict[str, Any]) -> tuple[str, str] | None:
        """(field, key) a row is matched by: the tax id, else the e-mail; None when it has neither."""
        tax = text(values.get("tax_id"))
        if tax:
            return "tax_id", v.tax_id_key(tax)
        email = text(values.get("email"))
        if email:
            return "email", channel_key(ChannelKind.EMAIL, email)
        return None

    def _existing(self, key: tuple[str, str] | None) -> int | None:
        if key is None:
            return None
        field, value = key
        if field == "tax_id":
            return self.s.scalar(select(Client.id).where(Client.tax_id_key == value).order_by(Client.id).limit(1))
        return self.s.scalar(select(ContactChannel.client_id)
                             .where(ContactChannel.kind == ChannelKind.EMAIL, ContactChannel.normalized == value,
                                    ContactChannel.contact_person_id.is_(None))
                             .order_by(ContactChannel.client_id).limit(1))

    def check(self, values: dict[str, Any]) -> tuple[Any, dict[str, str]]:
        """(what `write` needs, {field: reason})."""
        t = {name: text(values.get(name)) for name in (
            "name", "kind", "legal_name", "tax_id", "phone", "email", "contact_name", "contact_position",
            "contact_phone", "contact_email", "notes", *ADDRESS_FIELDS)}
        form, paths = _row_form(t)
        try:
            validate_form(form)
        except ValidationError as exc:
            return None, {paths.get(path, "name"): message for path, message in exc.errors.items()}
        client_id = self._existing(self.key(values))
        if client_id is not None:
            form = _merge(load_form_in(self.s, client_id), form, t)
            try:
                validate_form(form)
            except ValidationError as exc:  # the client already held something the card would refuse
                return None, {"name": msg("the existing client cannot be saved: {reason}", reason="; ".join(exc.errors.values()))}
        return (client_id, form), {}

    def write(self, payload: Any) -> str:
        client_id, form = payload
        save_form_in(self.s, form, client_id=client_id)
        return "created" if client_id is None else "updated"

    def finish(self) -> list[str]:
        return []
