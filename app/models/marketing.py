"""Marketing: saved client segments, e-mail campaigns to them and each recipient's outcome."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base


class Segment(Audited, Base):
    """A saved filter over clients; `criteria` is JSON (see app/services/marketing/segments.py)."""

    __tablename__ = "segment"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)
    criteria: Mapped[str] = mapped_column(Text, default="{}")


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    SENDING = "sending"
    PAUSED = "paused"
    SENT = "sent"


class Campaign(Audited, Base):
    __tablename__ = "campaign"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segment.id", ondelete="SET NULL"), index=True)
    subject: Mapped[str] = mapped_column(String(300), default="")
    # Plain text with {placeholders} filled per recipient.
    body: Mapped[str] = mapped_column(Text, default="")
    cost: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    status: Mapped[str] = mapped_column(String(10), default=CampaignStatus.DRAFT)
    started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)


class RecipientStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class CampaignRecipient(Base):
    """One client a campaign goes to, with what happened. Not unique per client: merges may pair two."""

    __tablename__ = "campaign_recipient"
    __table_args__ = (Index("ix_campaign_recipient_campaign_status", "campaign_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    email: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default=RecipientStatus.PENDING)
    error: Mapped[str] = mapped_column(String(500), default="")
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
