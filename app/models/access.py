"""Who may do what: branches and departments, roles with their permission matrix, and the audit trail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base, utcnow


class Branch(Audited, Base):
    """An office of the company. The head office sees every branch; a branch sees itself."""

    __tablename__ = "branch"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)
    is_head_office: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Department(Audited, Base):
    __tablename__ = "department"
    __table_args__ = (UniqueConstraint("branch_id", "name_key"),)

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150))
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Role(Audited, Base):
    """A set of permissions users are given. `key` names the built-in ones ("sales_manager")."""

    __tablename__ = "role"

    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(150))
    description: Mapped[str] = mapped_column(String(500), default="")
    # The administrator role may do everything and cannot be narrowed or deleted.
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)


class RolePermission(Base):
    """One cell of a role's matrix: the role may do `action` in `area`, on records within `scope`."""

    __tablename__ = "role_permission"

    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), primary_key=True)
    area: Mapped[str] = mapped_column(String(30), primary_key=True)
    action: Mapped[str] = mapped_column(String(10), primary_key=True)
    # "own", "team" (the user's branch; all branches from the head office) or "all".
    scope: Mapped[str] = mapped_column(String(5), default="all")


class AuditEvent(Base):
    """One change, print or export, chained to the one before by hash. Never updated or deleted (the
    database refuses it: see migration 0011's triggers)."""

    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_entity_record", "entity", "record_id", "id"),
        Index("ix_audit_event_at", "at"),
        Index("ix_audit_event_user_at", "user_id", "at"),
    )

    # Assigned in order under the chain's lock (not by the database), so the hash can cover it.
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=False)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    # Plain numbers and the login as it was: the trail outlives the user rows it names.
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    user_login: Mapped[str] = mapped_column(String(60), default="")
    # create, update, delete, post, print, export, login, …
    action: Mapped[str] = mapped_column(String(12))
    entity: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    # JSON: {"field": [old, new], …} for updates, {"field": value} for creates and deletes, or details.
    changes: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))
