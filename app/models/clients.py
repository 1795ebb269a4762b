"""Parties: clients (companies or persons), their contact people, channels, addresses, bank accounts."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Column, Date, ForeignKey, Index, Integer, Numeric, String, Table, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Audited, Base


class ClientKind(enum.StrEnum):
    COMPANY = "company"
    PERSON = "person"


class ClientStatus(enum.StrEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class ClientRole(enum.StrEnum):
    LEAD = "lead"
    CUSTOMER = "customer"
    SUPPLIER = "supplier"


class ChannelKind(enum.StrEnum):
    PHONE = "phone"
    MOBILE = "mobile"
    EMAIL = "email"
    WEBSITE = "website"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    SKYPE = "skype"
    SOCIAL = "social"


PHONE_KINDS = frozenset({ChannelKind.PHONE, ChannelKind.MOBILE, ChannelKind.WHATSAPP})


class AddressKind(enum.StrEnum):
    LEGAL = "legal"
    ACTUAL = "actual"
    DELIVERY = "delivery"


client_tag = Table(
    "client_tag",
    Base.metadata,
    Column("client_id", ForeignKey("client.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Tag(Audited, Base):
    __tablename__ = "tag"

    name: Mapped[str] = mapped_column(String(100))
    name_key: Mapped[str] = mapped_column(String(100), unique=True)


class Position(Audited, Base):
    """Editable directory of job positions for contact persons."""

    __tablename__ = "position"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)


class Client(Audited, Base):
    __tablename__ = "client"
    __table_args__ = (
        Index("ix_client_status_name_key", "status", "name_key"),
    )

    code: Mapped[str | None] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20), default=ClientKind.COMPANY)
    display_name: Mapped[str] = mapped_column(String(300))
    # Case-folded display name: the sort key and what the name index holds.
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    legal_name: Mapped[str] = mapped_column(String(500), default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="")
    tax_id_key: Mapped[str] = mapped_column(String(40), default="", index=True)
    registration_ids: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    # The campaign that brought this lead in, if any.
    source_campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="SET NULL"))
    # The client asked not to receive campaign e-mails; every later campaign skips them.
    unsubscribed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    # The office it belongs to (the manager's when made); "own team" scopes and reports cut by it.
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=False)
    is_customer: Mapped[bool] = mapped_column(Boolean, default=False)
    is_supplier: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # The language documents for this client print in (en, ru, fa, ar); "" = the company's.
    language: Mapped[str] = mapped_column(String(5), default="", server_default="")
    # The most this client may owe (company currency); None: no limit.
    credit_limit: Mapped[Decimal | None] = mapped_column(Numeric(18, 2), nullable=True)
    # Indexed on its own too: a search's matches are checked against it without reading the rows.
    status: Mapped[str] = mapped_column(String(20), default=ClientStatus.ACTIVE, index=True)
    # Maintained on every save so that a list page needs no joins.
    primary_phone: Mapped[str] = mapped_column(String(60), default="")
    primary_email: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(150), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    tags: Mapped[list[Tag]] = relationship(secondary=client_tag, order_by=Tag.name_key)
    channels: Mapped[list[ContactChannel]] = relationship(
        back_populates="client",
        primaryjoin="and_(ContactChannel.client_id == Client.id, ContactChannel.contact_person_id.is_(None))",
        order_by="ContactChannel.sort_order",
        cascade="all, delete-orphan",
        overlaps="client",
    )
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="client", order_by="ContactPerson.sort_order", cascade="all, delete-orphan"
    )
    addresses: Mapped[list[Address]] = relationship(
        back_populates="client", order_by="Address.sort_order", cascade="all, delete-orphan"
    )
    bank_accounts: Mapped[list[BankAccount]] = relationship(
        back_populates="client", order_by="BankAccount.sort_order", cascade="all, delete-orphan"
    )


class ContactPerson(Audited, Base):
    __tablename__ = "contact_person"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id"), index=True)
    birthday: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="contacts")
    position: Mapped[Position | None] = relationship()
    channels: Mapped[list[ContactChannel]] = relationship(
        back_populates="contact_person",
        order_by="ContactChannel.sort_order",
        cascade="all, delete-orphan",
        overlaps="channels,client",
    )


class ContactChannel(Audited, Base):
    """A phone, e-mail, messenger… of a client or of one of its contact persons.

    `client_id` is always set (also for a person's channel) so that search and duplicate checks
    look in one place; `normalized` holds phone digits or the case-folded address.
    """

    __tablename__ = "contact_channel"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[str] = mapped_column(String(300))
    normalized: Mapped[str] = mapped_column(String(300), index=True)
    comment: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(overlaps="channels")
    contact_person: Mapped[ContactPerson | None] = relationship(back_populates="channels", overlaps="channels,client")


class Address(Audited, Base):
    __tablename__ = "address"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default=AddressKind.ACTUAL)
    country: Mapped[str] = mapped_column(String(100), default="")
    region: Mapped[str] = mapped_column(String(150), default="")
    city: Mapped[str] = mapped_column(String(150), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    building: Mapped[str] = mapped_column(String(50), default="")
    office: Mapped[str] = mapped_column(String(50), default="")
    postcode: Mapped[str] = mapped_column(String(20), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="addresses")


class BankAccount(Audited, Base):
    __tablename__ = "bank_account"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    bank_name: Mapped[str] = mapped_column(String(300))
    bic: Mapped[str] = mapped_column(String(20), default="")
    account_number: Mapped[str] = mapped_column(String(40))
    corr_account: Mapped[str] = mapped_column(String(40), default="")
    comment: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    client: Mapped[Client] = relationship(back_populates="bank_accounts")


class ClientMerge(Base):
    """A record that a client was merged into another: the merged card is gone, its history moved."""

    __tablename__ = "client_merge"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survivor_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    merged_client_id: Mapped[int] = mapped_column(Integer)
    merged_code: Mapped[str] = mapped_column(String(20), default="")
    merged_name: Mapped[str] = mapped_column(String(300))
    merged_at: Mapped[datetime] = mapped_column()
    merged_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
