"""Telling a broken link to the database from other errors, and whether a write got as far as COMMIT.

A write whose connection broke before COMMIT was sent did not happen (the server rolls back a
transaction whose session ends): it can be tried again. One that broke while committing may or may not
have happened, and must not be repeated blindly. No Qt here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import Pool

from app.services.errors import ConnectionLost

_state = threading.local()


def is_disconnect(exc: BaseException) -> bool:
    """True for a lost or refused connection (not for a lock timeout or a constraint)."""
    if not isinstance(exc, DBAPIError):
        return False
    if exc.connection_invalidated:
        return True
    orig = exc.orig
    module = type(orig).__module__ if orig is not None else ""
    if not module.startswith("psycopg"):
        return False        # SQLite's errors ("database is locked", I/O) are not a lost link
    import psycopg

    # Connection exceptions (08…), the server shutting down or ending the session (57P…), or a client-side
    # failure without a SQLSTATE (refused, timed out, closed).
    sqlstate = getattr(orig, "sqlstate", None) or ""
    return isinstance(orig, psycopg.OperationalError) and (not sqlstate or sqlstate.startswith(("08", "57P")))


@event.listens_for(Pool, "checkout")
def _connection_used(*_args) -> None:
    _state.used = True


@contextmanager
def noting_use() -> Iterator[list[bool]]:
    """Yields a list that holds True afterwards when the block got a database connection from a pool (a
    job that only rendered a PDF says nothing about the link)."""
    outer = getattr(_state, "used", False)
    _state.used = False
    used = [False]
    try:
        yield used
    finally:
        used[0] = _state.used
        _state.used = outer


@event.listens_for(Engine, "commit")
def _commit_sent(_conn) -> None:
    if getattr(_state, "tracking", False):
        _state.commit_sent = True


@contextmanager
def tracking_commits() -> Iterator[None]:
    """Inside, a lost connection is raised as ConnectionLost, saying whether any COMMIT had been sent."""
    outer = getattr(_state, "tracking", False), getattr(_state, "commit_sent", False)
    _state.tracking, _state.commit_sent = True, False
    try:
        yield
    except DBAPIError as exc:
        if not is_disconnect(exc):
            raise
        raise ConnectionLost(saved=None if _state.commit_sent else False, detail=str(exc.orig).strip()) from exc
    finally:
        _state.tracking, _state.commit_sent = outer
