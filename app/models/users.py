"""People who log in, and the company that owns the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base


class User(Audited, Base):
    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(60))
    # Logins are compared case-insensitively; the key is what the unique index holds.
    login_key: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(nullable=True)


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
