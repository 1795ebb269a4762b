"""Sales funnel: pipelines with ordered stages, deals moving through them, and every move recorded."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Audited, Base


class StageKind(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class DealStatus(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Pipeline(Audited, Base):
    __tablename__ = "pipeline"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(default=False)

    stages: Mapped[list[Stage]] = relationship(back_populates="pipeline", order_by="Stage.sort_order",
                                               cascade="all, delete-orphan")


class Stage(Audited, Base):
    """A step of a pipeline. Every pipeline ends in exactly one Won and one Lost stage."""

    __tablename__ = "stage"
    __table_args__ = (UniqueConstraint("pipeline_id", "name_key"),)

    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipeline.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(10), default=StageKind.OPEN)
    # Percent, 0–100: what a deal in this stage is expected to be worth, unless the deal says otherwise.
    probability: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    pipeline: Mapped[Pipeline] = relationship(back_populates="stages")


class LostReason(Audited, Base):
    """Editable directory of why deals are lost."""

    __tablename__ = "lost_reason"

    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    archived: Mapped[bool] = mapped_column(default=False)


class Deal(Audited, Base):
    __tablename__ = "deal"
    __table_args__ = (
        Index("ix_deal_pipeline_status_stage", "pipeline_id", "status", "stage_id"),
        # Covers the forecast: open deals grouped by close date, manager and currency, read from the
        # index alone (no table rows).
        Index("ix_deal_forecast", "status", "expected_close", "manager_id", "currency", "stage_id", "amount",
              "probability", "pipeline_id"),
    )

    title: Mapped[str] = mapped_column(String(300))
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    contact_person_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="SET NULL"),
                                                          index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    # The office it belongs to (the manager's when made); "own team" scopes and reports cut by it.
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    source: Mapped[str] = mapped_column(String(100), default="")
    source_campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id", ondelete="SET NULL"),
                                                           index=True)
    pipeline_id: Mapped[int] = mapped_column(ForeignKey("pipeline.id"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"), index=True)
    # None: the stage's default probability applies.
    probability: Mapped[Decimal | None] = mapped_column(Numeric(5, 2), nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=DealStatus.OPEN)
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("lost_reason.id"), index=True)
    lost_comment: Mapped[str] = mapped_column(String(500), default="")
    stage_entered_at: Mapped[datetime] = mapped_column()
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)


class DealStageChange(Base):
    """One move of a deal between stages (the first row is its creation, from no stage). Immutable."""

    __tablename__ = "deal_stage_change"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"), index=True)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("stage.id"), nullable=True)
    to_stage_id: Mapped[int] = mapped_column(ForeignKey("stage.id"), index=True)
    changed_at: Mapped[datetime] = mapped_column(index=True)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    lost_reason_id: Mapped[int | None] = mapped_column(ForeignKey("lost_reason.id"), nullable=True)


class DealLine(Base):
    """A product line of a deal: what the client is expected to buy, priced from the catalog when added.
    Edited with its deal (the deal's version guards concurrent edits); a deal with lines is worth their sum."""

    __tablename__ = "deal_line"
    __table_args__ = (UniqueConstraint("deal_id", "line_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deal_id: Mapped[int] = mapped_column(ForeignKey("deal.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Numeric(18, 3))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(18, 2))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    # quantity × unit price less the discount, rounded half-up to cents.
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
