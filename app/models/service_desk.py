"""Service requests: complaints, questions and repairs, worked through to closed."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base


class RequestKind(enum.StrEnum):
    COMPLAINT = "complaint"
    QUESTION = "question"
    REPAIR = "repair"


class RequestPriority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class RequestStatus(enum.StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    WAITING = "waiting"
    RESOLVED = "resolved"
    CLOSED = "closed"


ACTIVE_REQUEST_STATUSES = (RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.WAITING)


class ServiceRequest(Audited, Base):
    __tablename__ = "service_request"
    __table_args__ = (Index("ix_service_request_status_due", "status", "due_at"),)

    # "SR-000123", given on the first save.
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(12), default=RequestKind.QUESTION)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="SET NULL"),
                                                          index=True)
    subject: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(10), default=RequestPriority.NORMAL)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default=RequestStatus.NEW)
    due_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # The catalog product the request is about (a repair, a complaint about goods); SET NULL keeps the
    # request if the product is ever deleted.
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id", ondelete="SET NULL"), index=True)
    # Until sales documents land the document is the user's own reference ("Invoice 2024-117").
    document_ref: Mapped[str] = mapped_column(String(100), default="")
    # Free details of the product: serial number, configuration ("serial 88812").
    product_ref: Mapped[str] = mapped_column(String(200), default="")
