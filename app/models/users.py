"""People who log in, and the company that owns the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
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
