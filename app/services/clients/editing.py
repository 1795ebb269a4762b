"""Create, load, edit, archive and restore clients; duplicate checks by phone, e-mail and tax id."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.models import (
    Address,
    BankAccount,
    ChannelKind,
    Client,
    ClientRole,
    ClientStatus,
    ContactChannel,
    ContactPerson,
    Position,
    Tag,
    User,
    utcnow,
)
from app.models.clients import PHONE_KINDS
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.clients.forms import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientCard,
    ClientForm,
    ContactPersonData,
)
from app.services.clients.validation import validate_form
from app.services.errors import ConcurrentEdit, DuplicateFound, DuplicateMatch, NotFound, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

_ROLE_COLUMNS = {ClientRole.LEAD: "is_lead", ClientRole.CUSTOMER: "is_customer", ClientRole.SUPPLIER: "is_supplier"}


# --- reading ----------------------------------------------------------------------------------

def _load(session: Session, client_id: int, *, lock: bool = False) -> Client:
    """The client with all its child rows; `lock` holds its row until commit (PostgreSQL)."""
    stmt = (
        select(Client)
        .where(Client.id == client_id)
        .options(
            selectinload(Client.tags),
            selectinload(Client.channels),
            selectinload(Client.contacts).selectinload(ContactPerson.channels),
            selectinload(Client.contacts).selectinload(ContactPerson.position),
            selectinload(Client.addresses),
            selectinload(Client.bank_accounts),
        )
    )
    if lock:
        stmt = stmt.with_for_update(of=Client)
    client = session.scalars(stmt).one_or_none()
    if client is None:
        raise NotFound("client", client_id)
    return client


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.full_name if user else ""


def _channel_data(ch: ContactChannel) -> ChannelData:
    return ChannelData(kind=ch.kind, value=ch.value, comment=ch.comment, id=ch.id)


def roles_of(client: Client) -> frozenset[str]:
    return frozenset(role for role, col in _ROLE_COLUMNS.items() if getattr(client, col))


def form_of(client: Client) -> ClientForm:
    return ClientForm(
        kind=client.kind,
        display_name=client.display_name,
        legal_name=client.legal_name,
        tax_id=client.tax_id,
        registration_ids=client.registration_ids,
        source=client.source,
        manager_id=client.manager_id,
        roles=roles_of(client),
        tags=tuple(t.name for t in client.tags),
        notes=client.notes,
        language=client.language,
        channels=tuple(_channel_data(ch) for ch in client.channels),
        contacts=tuple(
            ContactPersonData(
                full_name=p.full_name,
                position=p.position.name if p.position else "",
                position_id=p.position_id,
                birthday=p.birthday,
                notes=p.notes,
                channels=tuple(_channel_data(ch) for ch in p.channels),
                id=p.id,
            )
            for p in client.contacts
        ),
        addresses=tuple(
            AddressData(kind=a.kind, country=a.country, region=a.region, city=a.city, street=a.street,
                        building=a.building, office=a.office, postcode=a.postcode, id=a.id)
            for a in client.addresses
        ),
        bank_accounts=tuple(
            BankAccountData(bank_name=b.bank_name, bic=b.bic, account_number=b.account_number,
                            corr_account=b.corr_account, comment=b.comment, id=b.id)
            for b in client.bank_accounts
        ),
    )


def card_of(session: Session, client: Client) -> ClientCard:
    return ClientCard(
        id=client.id,
        code=client.code or "",
        status=client.status,
        version=client.version,
        form=form_of(client),
        manager_name=_user_name(session, client.manager_id),
        created_at=client.created_at,
        created_by=_user_name(session, client.created_by_id),
        updated_at=client.updated_at,
        updated_by=_user_name(session, client.updated_by_id),
    )


@requires(Area.CLIENTS, Action.VIEW)
def load_client(uow: UnitOfWork, client_id: int) -> ClientCard:
    """The client's card; raises NotFound."""
    with uow:
        return card_of(uow.session, _load(uow.session, client_id))


# --- duplicates -------------------------------------------------------------------------------

def _channel_key(kind: str, value: str) -> str:
    if kind in PHONE_KINDS:
        return v.phone_digits(value)
    if kind == ChannelKind.EMAIL:
        return v.fold(v.clean(value))
    return v.fold(v.clean(value))


def _identity_keys(form: ClientForm) -> tuple[dict[str, str], str]:
    """({normalized phone/email: typed value}, tax id key) of everything in `form`."""
    keys: dict[str, str] = {}
    all_channels = list(form.channels) + [ch for p in form.contacts for ch in p.channels]
    for ch in all_channels:
        if ch.kind in PHONE_KINDS or ch.kind == ChannelKind.EMAIL:
            key = _channel_key(ch.kind, ch.value)
            if key:
                keys[key] = v.clean(ch.value)
    return keys, v.tax_id_key(form.tax_id) if v.clean(form.tax_id) else ""


def _find_duplicates(session: Session, form: ClientForm, *, exclude_id: int | None,
                     only_new_against: ClientForm | None = None) -> list[DuplicateMatch]:
    keys, tax_key = _identity_keys(form)
    if only_new_against is not None:
        old_keys, old_tax = _identity_keys(only_new_against)
        keys = {k: val for k, val in keys.items() if k not in old_keys}
        tax_key = "" if tax_key == old_tax else tax_key
    matches: list[DuplicateMatch] = []
    if keys:
        stmt = (
            select(Client.id, Client.code, Client.display_name, ContactChannel.kind, ContactChannel.normalized)
            .join(ContactChannel, ContactChannel.client_id == Client.id)
            .where(ContactChannel.normalized.in_(list(keys)),
                   ContactChannel.kind.in_([*PHONE_KINDS, ChannelKind.EMAIL]))
        )
        if exclude_id is not None:
            stmt = stmt.where(Client.id != exclude_id)
        seen: set[tuple[int, str]] = set()
        for cid, code, name, kind, norm in session.execute(stmt.limit(50)):
            reason = "email" if kind == ChannelKind.EMAIL else "phone"
            if (cid, norm) not in seen:
                seen.add((cid, norm))
                matches.append(DuplicateMatch(cid, code or "", name, reason, keys[norm]))
    if tax_key:
        stmt = select(Client.id, Client.code, Client.display_name).where(Client.tax_id_key == tax_key)
        if exclude_id is not None:
            stmt = stmt.where(Client.id != exclude_id)
        for cid, code, name in session.execute(stmt.limit(20)):
            matches.append(DuplicateMatch(cid, code or "", name, "tax_id", v.clean(form.tax_id)))
    return matches


@requires(Area.CLIENTS, Action.VIEW)
def find_duplicates(uow: UnitOfWork, form: ClientForm, *, exclude_id: int | None = None) -> list[DuplicateMatch]:
    """Other clients that share a phone, e-mail or tax id with `form`."""
    with uow:
        return _find_duplicates(uow.session, form, exclude_id=exclude_id)


# --- writing ----------------------------------------------------------------------------------

T = TypeVar("T")


def _sync(existing: Sequence[T], wanted: Iterable[object], make: type[T], what: str) -> list[tuple[T, object]]:
    """Match form items to existing children by id: returns (child, item) pairs, new children made."""
    by_id = {child.id: child for child in existing}  # type: ignore[attr-defined]
    pairs: list[tuple[T, object]] = []
    for item in wanted:
        item_id = item.id  # type: ignore[attr-defined]
        if item_id is None:
            pairs.append((make(), item))
        elif item_id in by_id:
            pairs.append((by_id.pop(item_id), item))
        else:
            raise NotFound(what, item_id)
    return pairs


def _apply_channels(client: Client, owner_channels: list[ContactChannel], items: Sequence[ChannelData],
                    person: ContactPerson | None) -> None:
    pairs = _sync(owner_channels, items, ContactChannel, "contact channel")
    owner_channels[:] = [ch for ch, _ in pairs]
    for order, (ch, item) in enumerate(pairs):
        assert isinstance(item, ChannelData)
        ch.client = client
        ch.contact_person = person
        ch.kind = item.kind
        ch.value = v.clean(item.value)
        ch.normalized = _channel_key(item.kind, item.value)
        ch.comment = v.clean(item.comment)
        ch.sort_order = order


D = TypeVar("D", Tag, Position)


def _directory_entry(session: Session, model: type[D], name: str, key: str) -> D:
    """The tag or position with this key, added if missing.

    Added by INSERT … ON CONFLICT DO NOTHING at once (not at the next flush): a second contact with
    the same new position finds it, and two people adding the same new tag at the same moment both
    get the one row instead of a unique-key error.
    """
    stmt = select(model).where(model.name_key == key)
    entry = session.scalars(stmt).one_or_none()
    if entry is None:
        # Imported here: the PostgreSQL dialect module pulls in asyncio, which start-up need not pay.
        if session.get_bind().dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        now, user_id = utcnow(), session.info.get("user_id")
        session.execute(
            insert(model.__table__)
            .values(name=name, name_key=key, version=1, created_at=now, updated_at=now,
                    created_by_id=user_id, updated_by_id=user_id)
            .on_conflict_do_nothing(index_elements=["name_key"]))
        entry = session.scalars(stmt).one()
    return entry


def _position(session: Session, name: str) -> Position | None:
    name = v.clean(name)
    return _directory_entry(session, Position, name, v.fold(name)) if name else None


def _tags(session: Session, names: Iterable[str]) -> list[Tag]:
    tags: dict[str, Tag] = {}
    for raw in names:
        name = v.clean(raw)
        key = v.fold(name)
        if not name or key in tags:
            continue
        tags[key] = _directory_entry(session, Tag, name, key)
    return list(tags.values())


def _check_manager(session: Session, manager_id: int | None) -> None:
    if manager_id is not None:
        user = session.get(User, manager_id)
        if user is None or not user.active:
            raise ValidationError({"manager_id": msg("is not an active user")})


def _apply_form(session: Session, client: Client, form: ClientForm) -> None:
    # Directory look-ups below must not flush a half-applied client (and bump its version twice).
    with session.no_autoflush:
        _apply_fields(session, client, form)
    refresh_summary(client)
    # Any save, even one that only touched child rows, bumps the client's version.
    client.updated_at = utcnow()


def _apply_fields(session: Session, client: Client, form: ClientForm) -> None:
    client.kind = form.kind
    client.display_name = v.clean(form.display_name)
    client.name_key = v.fold(client.display_name)
    client.legal_name = v.clean(form.legal_name)
    client.tax_id = v.clean(form.tax_id)
    client.tax_id_key = v.tax_id_key(form.tax_id) if client.tax_id else ""
    client.registration_ids = v.clean(form.registration_ids)
    client.source = v.clean(form.source)
    client.manager_id = form.manager_id
    for role, col in _ROLE_COLUMNS.items():
        setattr(client, col, role in form.roles)
    client.notes = (form.notes or "").strip()
    client.language = form.language
    # In the order the relationship loads them, so the card returned equals the card loaded later.
    client.tags = sorted(_tags(session, form.tags), key=lambda t: t.name_key)

    _apply_channels(client, client.channels, form.channels, None)

    pairs = _sync(client.contacts, form.contacts, ContactPerson, "contact person")
    client.contacts = [p for p, _ in pairs]
    for order, (person, item) in enumerate(pairs):
        assert isinstance(item, ContactPersonData)
        person.full_name = v.clean(item.full_name)
        kept = session.get(Position, item.position_id) if item.position_id is not None else None
        person.position = kept or _position(session, item.position)
        person.birthday = item.birthday
        person.notes = (item.notes or "").strip()
        person.sort_order = order
        _apply_channels(client, person.channels, item.channels, person)

    pairs = _sync(client.addresses, form.addresses, Address, "address")
    client.addresses = [a for a, _ in pairs]
    for order, (addr, item) in enumerate(pairs):
        assert isinstance(item, AddressData)
        for name in ("kind", "country", "region", "city", "street", "building", "office", "postcode"):
            setattr(addr, name, v.clean(getattr(item, name)))
        addr.sort_order = order

    pairs = _sync(client.bank_accounts, form.bank_accounts, BankAccount, "bank account")
    client.bank_accounts = [b for b, _ in pairs]
    for order, (acc, item) in enumerate(pairs):
        assert isinstance(item, BankAccountData)
        acc.bank_name = v.clean(item.bank_name)
        acc.bic = v.ascii_digits(v.clean(item.bic)).upper()
        acc.account_number = v.ascii_digits(v.clean(item.account_number)).upper()
        acc.corr_account = v.ascii_digits(v.clean(item.corr_account)).upper()
        acc.comment = v.clean(item.comment)
        acc.sort_order = order


def refresh_summary(client: Client) -> None:
    """Recompute the columns the list and search read (phone, e-mail, city, search text)."""
    person_channels = [ch for p in client.contacts for ch in p.channels]
    channels = list(client.channels) + person_channels
    phones = [ch for ch in channels if ch.kind in PHONE_KINDS]
    emails = [ch for ch in channels if ch.kind == ChannelKind.EMAIL]
    client.primary_phone = phones[0].value if phones else ""
    client.primary_email = emails[0].value if emails else ""
    addresses = sorted(client.addresses, key=lambda a: (a.kind != "actual", a.kind != "legal", a.sort_order))
    client.city = next((a.city for a in addresses if a.city), "")
    parts = [client.code or "", client.display_name, client.legal_name, client.tax_id_key, client.city]
    parts += [p.full_name for p in client.contacts]
    parts += [ch.normalized for ch in channels]
    client.search_text = v.fold(" ".join(p for p in parts if p))


def _stale(session: Session, client_id: int) -> ConcurrentEdit:
    session.rollback()
    client = _load(session, client_id)
    return ConcurrentEdit("client", client_id, changed_by=_user_name(session, client.updated_by_id),
                          changed_at=client.updated_at, current=card_of(session, client))


@requires(Area.CLIENTS, Action.EDIT)
def commit_card(uow: UnitOfWork, client: Client) -> ClientCard:
    """Write `client`, commit, and return its card; a concurrent save that slipped in between the
    version check and this write becomes ConcurrentEdit (the version column refuses the UPDATE)."""
    s, client_id = uow.session, client.id  # read now: after a failed flush the object is unusable
    try:
        s.flush()
        card = card_of(s, client)
        uow.commit()
    except StaleDataError:
        raise _stale(s, client_id) from None
    return card


@requires(Area.CLIENTS, Action.CREATE)
def create_client(uow: UnitOfWork, form: ClientForm, *, allow_duplicates: bool = False) -> ClientCard:
    """Create a client; raises ValidationError, or DuplicateFound unless `allow_duplicates`."""
    validate_form(form)
    with uow:
        s = uow.session
        _check_manager(s, form.manager_id)
        if not allow_duplicates and (matches := _find_duplicates(s, form, exclude_id=None)):
            raise DuplicateFound(matches)
        client = Client()
        _apply_form(s, client, form)
        s.add(client)
        s.flush()
        with s.no_autoflush:  # one UPDATE for code and search text, not one each
            client.code = f"C-{client.id:06d}"
            refresh_summary(client)
        s.flush()
        card = card_of(s, client)
        uow.commit()
        return card


@requires(Area.CLIENTS, Action.EDIT)
def update_client(uow: UnitOfWork, client_id: int, form: ClientForm, *, expected_version: int,
                  allow_duplicates: bool = False) -> ClientCard:
    """Save the card; raises ValidationError, NotFound, ConcurrentEdit or DuplicateFound."""
    validate_form(form)
    with uow:
        s = uow.session
        client = _load(s, client_id)
        if client.version != expected_version:
            raise _stale(s, client_id)
        if form.manager_id != client.manager_id:  # a manager who left may stay on old cards
            _check_manager(s, form.manager_id)
        if not allow_duplicates:
            matches = _find_duplicates(s, form, exclude_id=client_id, only_new_against=form_of(client))
            if matches:
                raise DuplicateFound(matches)
        _apply_form(s, client, form)
        return commit_card(uow, client)


def _set_status(uow: UnitOfWork, client_id: int, status: ClientStatus, expected_version: int) -> ClientCard:
    with uow:
        s = uow.session
        client = _load(s, client_id)
        if client.version != expected_version:
            raise _stale(s, client_id)
        client.status = status
        client.updated_at = utcnow()
        return commit_card(uow, client)


@requires(Area.CLIENTS, Action.EDIT)
def archive_client(uow: UnitOfWork, client_id: int, *, expected_version: int) -> ClientCard:
    """Hide the client from everyday lists (kept with all history); raises NotFound or ConcurrentEdit."""
    return _set_status(uow, client_id, ClientStatus.ARCHIVED, expected_version)


@requires(Area.CLIENTS, Action.EDIT)
def restore_client(uow: UnitOfWork, client_id: int, *, expected_version: int) -> ClientCard:
    """Bring an archived client back; raises NotFound or ConcurrentEdit."""
    return _set_status(uow, client_id, ClientStatus.ACTIVE, expected_version)


# --- for the importer: the same rules inside the caller's transaction --------------------------

def channel_key(kind: str, value: str) -> str:
    """The normalised phone digits or folded e-mail a channel is found and de-duplicated by."""
    return _channel_key(kind, value)


def load_form_in(session: Session, client_id: int) -> ClientForm:
    """The client's form (with child ids) inside the caller's session; raises NotFound."""
    return form_of(_load(session, client_id, lock=True))


def save_form_in(session: Session, form: ClientForm, *, client_id: int | None = None) -> int:
    """Create (no `client_id`) or overwrite a client from `form` without committing; returns its id.
    Raises ValidationError; duplicates are the caller's business (the importer updates by key)."""
    validate_form(form)
    if client_id is not None:
        client = _load(session, client_id)
        _apply_form(session, client, form)
        session.flush()
        return client.id
    client = Client()
    _apply_form(session, client, form)
    session.add(client)
    session.flush()
    with session.no_autoflush:
        client.code = f"C-{client.id:06d}"
        refresh_summary(client)
    session.flush()
    return client.id
