"""Automation rules (trigger + conditions + actions), the queue of events they react to, their run log,
the once-per-period marks of scheduled and time-based triggers, and the in-app notices they send.

Rules are edited by an administrator; everything else is written by the automation itself.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base, utcnow


class AutomationRule(Audited, Base):
    __tablename__ = "automation_rule"

    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    trigger: Mapped[str] = mapped_column(String(40), index=True)
    # JSON: the trigger's settings ({"stage_kind": "won"}, {"days": 3}, {"every": "weekly", "at": "09:00"}).
    trigger_params: Mapped[str] = mapped_column(Text, default="{}")
    # JSON lists: [{"field", "op", "value"}], [{"kind", …params}].
    conditions: Mapped[str] = mapped_column(Text, default="[]")
    actions: Mapped[str] = mapped_column(Text, default="[]")
    description: Mapped[str] = mapped_column(Text, default="")


class AutomationEvent(Base):
    """A committed change (or a due time) some active rule listens to; processed after the commit."""

    __tablename__ = "automation_event"
    __table_args__ = (Index("ix_automation_event_status_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    trigger: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Set for scheduled and time-based events: only this rule runs on it.
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("automation_rule.id", ondelete="CASCADE"), index=True)
    changes: Mapped[str] = mapped_column(Text, default="{}")
    # Made by a rule's actions: how deep in a chain, and the (rule, entity, record) steps before it (JSON).
    depth: Mapped[int] = mapped_column(Integer, default=0)
    chain: Mapped[str] = mapped_column(Text, default="[]")
    status: Mapped[str] = mapped_column(String(10), default="pending")
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class RuleRun(Base):
    """One rule run on one event: ok, failed (with the error), loop (stopped), or gave_up (reported)."""

    __tablename__ = "automation_run"
    __table_args__ = (Index("ix_automation_run_rule", "rule_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("automation_event.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("automation_rule.id", ondelete="CASCADE"))
    rule_name: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    status: Mapped[str] = mapped_column(String(10))
    attempt: Mapped[int] = mapped_column(Integer, default=1)
    entity: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    message: Mapped[str] = mapped_column(Text, default="")


class RuleFiring(Base):
    """A scheduled or time-based rule fired for this period or record: the primary key makes it once,
    across restarts and across desktops sharing one server."""

    __tablename__ = "automation_firing"

    rule_id: Mapped[int] = mapped_column(ForeignKey("automation_rule.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    fired_at: Mapped[datetime] = mapped_column(default=utcnow)


class AutomationNotice(Base):
    """A message a rule sent to a user, shown in their main window until read."""

    __tablename__ = "automation_notice"
    __table_args__ = (Index("ix_automation_notice_user_read", "user_id", "read_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(String(1000))
    entity: Mapped[str] = mapped_column(String(40), default="")
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("automation_rule.id", ondelete="SET NULL"))
    read_at: Mapped[datetime | None] = mapped_column(nullable=True)
