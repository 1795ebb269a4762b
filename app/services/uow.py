"""Unit of work: one short session per user action, with the acting user stamped on every change."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.models.base import Audited, utcnow

# The connection option that makes SQLite begin with BEGIN IMMEDIATE (app/db.py reads it).
WRITE_LOCK_OPTION = "karavan_write_lock"


class UnitOfWork:
    """`with uow:` opens a session; `uow.commit()` commits; leaving without commit rolls back."""

    def __init__(self, session_factory: Callable[[], Session], *, user_id: int | None = None):
        self._factory = session_factory
        self.user_id = user_id
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["user_id"] = self.user_id
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()

    def begin_write(self) -> None:
        """Take the write lock now (first thing in the block): for work that writes off the task
        runner's writer, such as a campaign marking each recipient (see app.db.writing)."""
        self.session.connection(execution_options={WRITE_LOCK_OPTION: True})

    def commit(self) -> None:
        self.session.commit()


@event.listens_for(Session, "before_flush")
def _stamp_audit_columns(session: Session, _flush_context: object, _instances: object) -> None:
    user_id = session.info.get("user_id")
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, Audited):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
            obj.created_by_id = obj.created_by_id or user_id
            obj.updated_by_id = user_id
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = user_id


# Every commit announces what it changed (live updates on other users' screens): see app.services.changes.
from app.services import changes as _changes  # noqa: E402,F401
