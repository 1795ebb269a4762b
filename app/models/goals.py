"""Goals: objectives for a period (the company's, a team's or a person's) with key results bound to a metric
or checked in by hand, and managers' monthly sales plans."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base, utcnow

# Key result values: money, counts, percentages and quantities all fit.
VALUE = Numeric(18, 4)


class ObjectiveLevel(enum.StrEnum):
    COMPANY = "company"
    BRANCH = "branch"
    DEPARTMENT = "department"
    PERSON = "person"


class KeyResultKind(enum.StrEnum):
    METRIC = "metric"
    MANUAL = "manual"


class Objective(Audited, Base):
    __tablename__ = "objective"
    __table_args__ = (Index("ix_objective_period", "period_start", "period_end"),)

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str] = mapped_column(String(12), default=ObjectiveLevel.COMPANY)
    # Who it belongs to, by level: a branch, a department or a person (the company's has none).
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"))
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    # Both days included: a calendar quarter or any custom stretch.
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)


class KeyResult(Audited, Base):
    __tablename__ = "key_result"

    objective_id: Mapped[int] = mapped_column(ForeignKey("objective.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(8), default=KeyResultKind.MANUAL)
    # Metric key results: which figure (app/services/goals/metrics.py) and its filters.
    metric: Mapped[str] = mapped_column(String(40), default="")
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    pipeline_id: Mapped[int | None] = mapped_column(ForeignKey("pipeline.id"))
    start_value: Mapped[Decimal] = mapped_column(VALUE, default=Decimal("0"))
    target_value: Mapped[Decimal] = mapped_column(VALUE)
    # Manual key results: the latest check-in's value (start_value until the first).
    current_value: Mapped[Decimal | None] = mapped_column(VALUE, nullable=True)
    # Who checks in (besides those who edit goals).
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class CheckIn(Base):
    """A value reported on a manual key result, with a comment; never changed afterwards."""

    __tablename__ = "check_in"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key_result_id: Mapped[int] = mapped_column(ForeignKey("key_result.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    value: Mapped[Decimal] = mapped_column(VALUE)
    comment: Mapped[str] = mapped_column(Text, default="")


class SalesPlan(Audited, Base):
    """How much a manager should sell in a month (net sales, company currency)."""

    __tablename__ = "sales_plan"
    __table_args__ = (UniqueConstraint("manager_id", "month"),)

    manager_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    # The first day of the month.
    month: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Numeric(18, 2))
