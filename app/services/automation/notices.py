"""The messages rules send to users, shown in their main window until read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update

from app.models import AutomationNotice, utcnow
from app.services.access.principal import open_to_all
from app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class NoticeRow:
    id: int
    at: datetime
    text: str
    entity: str
    record_id: int | None
    read: bool


@open_to_all
def my_notices(uow: UnitOfWork, *, unread_only: bool = False, limit: int = 100) -> list[NoticeRow]:
    """The acting user's notices, newest first."""
    with uow:
        stmt = (select(AutomationNotice).where(AutomationNotice.user_id == uow.user_id)
                .order_by(AutomationNotice.id.desc()).limit(limit))
        if unread_only:
            stmt = stmt.where(AutomationNotice.read_at.is_(None))
        return [NoticeRow(n.id, n.created_at, n.text, n.entity, n.record_id, n.read_at is not None)
                for n in uow.session.scalars(stmt)]


@open_to_all
def unread_count(uow: UnitOfWork) -> int:
    """How many of the acting user's notices are unread."""
    with uow:
        return uow.session.scalar(select(func.count()).select_from(AutomationNotice).where(
            AutomationNotice.user_id == uow.user_id, AutomationNotice.read_at.is_(None))) or 0


@open_to_all
def mark_read(uow: UnitOfWork, notice_ids: list[int] | None = None) -> int:
    """Mark the acting user's notices read (all of them when `notice_ids` is None); returns how many."""
    with uow:
        uow.begin_write()
        stmt = update(AutomationNotice).where(AutomationNotice.user_id == uow.user_id,
                                              AutomationNotice.read_at.is_(None))
        if notice_ids is not None:
            stmt = stmt.where(AutomationNotice.id.in_(list(notice_ids)))
        count = uow.session.execute(stmt.values(read_at=utcnow())).rowcount
        uow.commit()
        return count
