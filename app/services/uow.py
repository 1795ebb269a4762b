"""Unit of work: one short session per user action, with the acting user stamped on every change."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.models.base import Audited, utcnow

# The connection option that makes SQLite begin with BEGIN IMMEDIATE (app/db.py reads it).
WRITE_LOCK_OPTION = "karavan_write_lock"
# …and the one that makes it begin a plain read even inside the task runner's writer (app.db.writing).
READ_ONLY_OPTION = "karavan_read_only"


class UnitOfWork:
    """`with uow:` opens a session; `uow.commit()` commits; leaving without commit rolls back."""

    def __init__(self, session_factory: Callable[[], Session], *, user_id: int | None = None):
        self._factory = session_factory
        self.user_id = user_id
        self.session: Session
        # How many guarded service functions are running on this unit of work (only the outermost checks).
        self.guard_depth = 0
        # Reads in this unit of work keep to one branch's clients, deals, tasks and documents (a report cut
        # by branch; see access/scopes.py). None: no cut beyond the user's own scope.
        self.branch_cut: int | None = None
        self._principal: Principal | None = None  # noqa: F821  (imported at the bottom)

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["user_id"] = self.user_id
        self.session.info["uow"] = self
        if self.branch_cut is not None:
            self.session.info["branch_cut"] = self.branch_cut
        return self

    @property
    def session_factory(self) -> Callable[[], Session]:
        return self._factory

    def principal(self) -> Principal:
        """The acting user's rights, read once per unit of work in a session of its own."""
        if self._principal is None:
            if self.user_id is None:
                self._principal = SYSTEM
            else:
                with self._factory() as session:
                    # A reading session of its own: inside a write job on SQLite it must not wait for the
                    # write lock this very unit of work may already hold.
                    session.connection(execution_options={READ_ONLY_OPTION: True})
                    self._principal = load_principal(session, self.user_id)
        return self._principal

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

# The rules that ride on every session: scopes cut reads and refuse writes; the audit trail records changes.
# (Imported last: the access package's services import UnitOfWork from here.)
from app.services.access import audit as _audit  # noqa: E402,F401
from app.services.access import scopes as _scopes  # noqa: E402,F401
from app.services.access.principal import SYSTEM, Principal, load_principal  # noqa: E402
from app.services.automation import capture as _automation_capture  # noqa: E402,F401
