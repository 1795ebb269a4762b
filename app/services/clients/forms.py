"""Plain values that cross between screens and the clients services (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from app.models.clients import AddressKind, ChannelKind, ClientKind, ClientRole, ClientStatus


@dataclass(frozen=True, slots=True)
class ChannelData:
    kind: str = ChannelKind.PHONE
    value: str = ""
    comment: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactPersonData:
    full_name: str = ""
    position: str = ""
    birthday: date | None = None
    notes: str = ""
    channels: tuple[ChannelData, ...] = ()
    id: int | None = None
    # The directory entry the card loaded; while it is set, a rename in the directory wins over the
    # (older) `position` text. A screen clears it when the user types or picks another position.
    position_id: int | None = None


@dataclass(frozen=True, slots=True)
class AddressData:
    kind: str = AddressKind.ACTUAL
    country: str = ""
    region: str = ""
    city: str = ""
    street: str = ""
    building: str = ""
    office: str = ""
    postcode: str = ""
    id: int | None = None

    def one_line(self) -> str:
        """'postcode, country, region, city, street building, office' without the empty parts."""
        street = " ".join(p for p in (self.street, self.building) if p)
        parts = (self.postcode, self.country, self.region, self.city, street, self.office)
        return ", ".join(p.strip() for p in parts if p and p.strip())


@dataclass(frozen=True, slots=True)
class BankAccountData:
    bank_name: str = ""
    bic: str = ""
    account_number: str = ""
    corr_account: str = ""
    comment: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ClientForm:
    """Everything the client card edits."""

    kind: str = ClientKind.COMPANY
    display_name: str = ""
    legal_name: str = ""
    tax_id: str = ""
    registration_ids: str = ""
    source: str = ""
    manager_id: int | None = None
    roles: frozenset[str] = frozenset({ClientRole.CUSTOMER})
    tags: tuple[str, ...] = ()
    notes: str = ""
    language: str = ""  # documents print in it; "" = the company's document language
    channels: tuple[ChannelData, ...] = ()
    contacts: tuple[ContactPersonData, ...] = ()
    addresses: tuple[AddressData, ...] = ()
    bank_accounts: tuple[BankAccountData, ...] = ()


FORM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ClientForm))


@dataclass(frozen=True, slots=True)
class ClientCard:
    """A client as the card shows it: the form values plus identity, status and the version seen."""

    id: int
    code: str
    status: str
    version: int
    form: ClientForm
    manager_name: str = ""
    created_at: datetime | None = None
    created_by: str = ""
    updated_at: datetime | None = None
    updated_by: str = ""

    @property
    def archived(self) -> bool:
        return self.status == ClientStatus.ARCHIVED


@dataclass(frozen=True, slots=True)
class ClientRow:
    """One line of the clients list."""

    id: int
    code: str
    display_name: str
    kind: str
    roles: frozenset[str]
    phone: str
    email: str
    city: str
    tax_id: str
    manager: str
    tags: str
    status: str
    version: int


@dataclass(frozen=True, slots=True)
class ClientQuery:
    """What the list asks for: search text, filters and the server-side sort."""

    search: str = ""
    role: str | None = None
    tag_id: int | None = None
    manager_id: int | None = None
    status: str | None = ClientStatus.ACTIVE
    sort: str = "name"
    descending: bool = False


SORT_KEYS = ("name", "code", "kind", "phone", "email", "city", "tax_id", "manager", "status", "created")


@dataclass(frozen=True, slots=True)
class NamedItem:
    """An entry of a small directory (tag, position, user) for pickers and filters."""

    id: int
    name: str
    version: int = 0
