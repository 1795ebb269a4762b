"""People who log in, and the company that owns the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base, utcnow


class User(Audited, Base):
    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(60))
    # Logins are compared case-insensitively; the key is what the unique index holds.
    login_key: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # May confirm an order or invoice beyond the client's credit limit (admins always may).
    can_override_credit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(nullable=True)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", use_alter=True), index=True)
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id", use_alter=True), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", use_alter=True), index=True)
    # Set by the administrator for a new or reset password: the next login must choose a new one.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    password_changed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # Wrong passwords in a row; at the policy's limit the account locks until `locked_until`.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(nullable=True)
    # PostgreSQL: the database role this user logs in as with other tools ("" until created).
    db_role: Mapped[str] = mapped_column(String(63), default="", server_default="")


class Company(Audited, Base):
    """The single row describing the company that runs this database."""

    __tablename__ = "company"

    name: Mapped[str] = mapped_column(String(300))
    # Outgoing mail (campaigns). The password is not stored here: each sending desktop keeps it in
    # its OS keyring.
    smtp_host: Mapped[str] = mapped_column(String(200), default="", server_default="")
    smtp_port: Mapped[int] = mapped_column(Integer, default=587, server_default="587")
    # "starttls", "ssl" or "none".
    smtp_security: Mapped[str] = mapped_column(String(10), default="starttls", server_default="starttls")
    smtp_username: Mapped[str] = mapped_column(String(200), default="", server_default="")
    mail_from: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Requisites printed on documents.
    legal_name: Mapped[str] = mapped_column(String(500), default="", server_default="")
    tax_id: Mapped[str] = mapped_column(String(40), default="", server_default="")
    registration_ids: Mapped[str] = mapped_column(String(300), default="", server_default="")
    legal_address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    actual_address: Mapped[str] = mapped_column(String(500), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    bank_account: Mapped[str] = mapped_column(String(60), default="", server_default="")
    bank_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    director_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    accountant_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    website: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Documents: "exclusive" (prices are net) or "inclusive" (prices include VAT).
    default_vat_mode: Mapped[str] = mapped_column(String(10), default="exclusive", server_default="exclusive")
    currency: Mapped[str] = mapped_column(String(3), default="USD", server_default="USD")
    # The language documents print in (num2words code: en, ru, fa, ar, …).
    document_language: Mapped[str] = mapped_column(String(5), default="en", server_default="en")
    # The calendar Persian documents are dated in: "jalali" (Solar Hijri, what Iranian offices use) or
    # "gregorian".
    persian_calendar: Mapped[str] = mapped_column(String(10), default="jalali", server_default="jalali")
    # Document numbers: {prefix} (INV, ORD, …), {series}, {year}, {seq} (with a format spec, {seq:06d}).
    number_format: Mapped[str] = mapped_column(String(60), default="{prefix}{series}-{year}-{seq:06d}",
                                               server_default="{prefix}{series}-{year}-{seq:06d}")
    document_terms: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Contracts: a text with fields in braces ({client}, {number}, {date}, {total}…; see documents/pdf.py).
    contract_template: Mapped[str] = mapped_column(Text, default="", server_default="")
    document_footer: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Days an invoice is given to be paid.
    payment_days: Mapped[int] = mapped_column(Integer, default=10, server_default="10")


class UserSetting(Base):
    """A user's own saved choices, one JSON value per key: the dashboard's tiles, report presets, the
    column mapping an import used last time. Kept in the database so they follow the user to any desktop."""

    __tablename__ = "user_setting"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="null")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
