"""Live updates: every commit announces what it changed; a watcher hears what other users changed.

Announcing (session events, for every Session): `after_flush` collects the tables and record ids a
transaction wrote; `before_commit` sends them — on PostgreSQL as `pg_notify('karavan_changes', …)`
inside the transaction itself, so a rolled-back transaction announces nothing and a committed one
is heard exactly when its rows are visible. The payload is compact JSON:
`{"t": {"client": [7, 8], "tag": []}, "u": 3, "o": "<origin>"}` — an empty id list means "some
rows"; `o` names the engine that wrote, so a watcher skips its own process's writes (the task runner
has told that process's screens already).

Watching: `PgWatcher` keeps one dedicated psycopg connection in LISTEN; `SqliteWatcher` polls
`PRAGMA data_version` (one query per poll), which changes only for commits made by *other*
connections. SQLite does not say which tables, so such a change reads as "anything may have
changed"; this process's own commits are told apart by sampling the watcher's connection while the
writer holds the write lock (see `_SqliteProbe`). `watch()` runs either one: debounced batches,
reconnection with backoff, and state reports for the connection banner. No Qt here.
"""

from __future__ import annotations

import json
import logging
import select
import sqlite3
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import event, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from app.services.uow import UnitOfWork

log = logging.getLogger(__name__)

CHANNEL = "karavan_changes"
MAX_IDS_PER_TABLE = 50          # more than that: "some rows" (a NOTIFY payload is limited to 8000 bytes)
MAX_PAYLOAD = 7000
_INFO_KEY = "karavan_changes"


@dataclass(frozen=True)
class ChangeBatch:
    """What changed: table -> ids (empty: some rows of it); `everything` when the watcher cannot tell."""

    tables: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    user_id: int | None = None
    everything: bool = False

    def merged(self, other: ChangeBatch) -> ChangeBatch:
        tables: dict[str, tuple[int, ...]] = dict(self.tables)
        for name, ids in other.tables.items():
            mine = tables.get(name)
            # An empty tuple means "some rows": it absorbs any list of ids.
            tables[name] = () if mine == () or ids == () else tuple(sorted(set(mine or ()) | set(ids)))
        user = self.user_id if self.user_id == other.user_id else None
        return ChangeBatch(tables, user, self.everything or other.everything)


# --- origins: which engine wrote -----------------------------------------------------------------

_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_origins_lock = threading.Lock()


def engine_origin(engine: Engine) -> str:
    """A token naming `engine` (one per app process and database) in the announcements it sends."""
    with _origins_lock:
        token = _origins.get(engine)
        if token is None:
            token = _origins[engine] = uuid.uuid4().hex[:12]
        return token


def encode(changes: Mapping[str, set[int | None]], *, user_id: int | None, origin: str) -> str:
    """The NOTIFY payload for `changes` (ids dropped per table, then all ids, when too long)."""
    tables = {name: ([] if None in ids or len(ids) > MAX_IDS_PER_TABLE else sorted(ids))  # type: ignore[type-var]
              for name, ids in sorted(changes.items())}
    payload = json.dumps({"t": tables, "u": user_id, "o": origin}, separators=(",", ":"))
    if len(payload) > MAX_PAYLOAD:
        payload = json.dumps({"t": {name: [] for name in tables}, "u": user_id, "o": origin}, separators=(",", ":"))
    return payload


def decode(payload: str) -> tuple[ChangeBatch, str]:
    """(the batch, the origin) from a NOTIFY payload; a payload it cannot read means "everything"."""
    try:
        data = json.loads(payload)
        tables = {str(k): tuple(int(i) for i in v) for k, v in dict(data.get("t", {})).items()}
        user = data.get("u")
        return ChangeBatch(tables, int(user) if user is not None else None), str(data.get("o", ""))
    except (ValueError, TypeError, AttributeError):
        log.warning("unreadable change announcement: %.200s", payload)
        return ChangeBatch(everything=True), ""


def supports_live_updates(engine: Engine) -> bool:
    """False for an in-memory SQLite database (no other program can see it)."""
    return engine.dialect.name != "sqlite" or _sqlite_path(engine.url) is not None


def ping(uow: UnitOfWork) -> bool:
    """True when the database answers (after a lost connection: is it back?)."""
    with uow:
        return uow.session.execute(text("SELECT 1")).scalar() == 1


# --- who changed an open record ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class RecordStamp:
    version: int
    changed_by: str
    changed_at: datetime | None


def record_stamp(uow: UnitOfWork, record_id: int, *, table: str) -> RecordStamp | None:
    """The version of a record of an audited `table`, who changed it last and when; None when it is gone
    (one indexed query: an open card asks this when a change may concern it)."""
    from sqlalchemy import select

    from app.models import Base

    records, users = Base.metadata.tables[table], Base.metadata.tables["app_user"]
    with uow:
        row = uow.session.execute(
            select(records.c.version, records.c.updated_at, users.c.full_name)
            .select_from(records.outerjoin(users, users.c.id == records.c.updated_by_id))
            .where(records.c.id == record_id)).first()
    return RecordStamp(row.version, row.full_name or "", row.updated_at) if row is not None else None


# --- announcing: session events -------------------------------------------------------------------

def _collected(session: Session) -> dict[str, set[int | None]]:
    return session.info.setdefault(_INFO_KEY, {})


def _note(session: Session, table: str, ident: object) -> None:
    _collected(session).setdefault(table, set()).add(ident if isinstance(ident, int) else None)


def _engine_of(session: Session) -> Engine | None:
    try:
        bind = session.get_bind()
    except Exception:  # noqa: BLE001 — an unbound session announces nothing
        return None
    return bind if isinstance(bind, Engine) else getattr(bind, "engine", None)


@event.listens_for(Session, "after_flush")
def _collect_flushed(session: Session, _ctx: object) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(type(obj), "__tablename__", None)
        if table and (obj in session.new or obj in session.deleted or session.is_modified(obj)):
            _note(session, table, getattr(obj, "id", None))
    engine = _engine_of(session)
    if engine is not None and engine.dialect.name == "sqlite" and _collected(session):
        probe = _SqliteProbe.for_engine(engine)
        if probe is not None and "karavan_probe" not in session.info:
            session.info["karavan_probe"] = probe
            probe.before_own_commit()


@event.listens_for(Session, "do_orm_execute")
def _collect_bulk(state) -> None:
    # update(Client)…, delete(Tag)… and bulk inserts change rows without a flush.
    if state.is_update or state.is_delete or state.is_insert:
        table = getattr(getattr(state.statement, "table", None), "name", None)
        if table:
            _note(state.session, table, None)


@event.listens_for(Session, "before_commit")
def _announce(session: Session) -> None:
    if session.info.get(_INFO_KEY) or session.new or session.dirty or session.deleted:
        session.flush()        # commit flushes after this event: flush now so the announcement is complete
    changes = session.info.get(_INFO_KEY)
    engine = _engine_of(session)
    if not changes or engine is None or engine.dialect.name != "postgresql":
        return
    payload = encode(changes, user_id=session.info.get("user_id"), origin=engine_origin(engine))
    session.execute(text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload})


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    session.info.pop(_INFO_KEY, None)
    probe = session.info.pop("karavan_probe", None)
    if probe is not None:
        probe.after_own_commit()


@event.listens_for(Session, "after_rollback")
def _rolled_back(session: Session) -> None:
    session.info.pop(_INFO_KEY, None)
    session.info.pop("karavan_probe", None)


# --- SQLite: PRAGMA data_version ------------------------------------------------------------------

def _sqlite_path(url: URL) -> str | None:
    db = url.database
    return str(Path(db).resolve()) if db and db != ":memory:" else None


class _SqliteProbe:
    """The watcher's own connection to a SQLite file, and what it has accounted for.

    `data_version` moves for commits of other connections, this process's included. A flush of
    this process samples it while its transaction holds the write lock (nobody else can commit
    then): a value the watcher has not seen yet means another program committed first. After the
    commit the new value is taken as seen. What is left for `poll()` is other programs' commits.
    """

    _by_engine: weakref.WeakKeyDictionary[Engine, _SqliteProbe] = weakref.WeakKeyDictionary()
    _registry_lock = threading.Lock()

    def __init__(self, engine: Engine, path: str):
        self.engine_ref = weakref.ref(engine)
        self.lock = threading.Lock()
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.seen = self._version()
        self.foreign = False

    def _version(self) -> int:
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @classmethod
    def open(cls, engine: Engine) -> _SqliteProbe:
        path = _sqlite_path(engine.url)
        if path is None:
            raise ValueError("live updates need a SQLite file, not an in-memory database")
        with cls._registry_lock:
            probe = cls._by_engine[engine] = cls(engine, path)
            return probe

    @classmethod
    def for_engine(cls, engine: Engine) -> _SqliteProbe | None:
        return cls._by_engine.get(engine)

    def before_own_commit(self) -> None:
        with self.lock:
            if self._version() != self.seen:
                self.foreign = True

    def after_own_commit(self) -> None:
        with self.lock:
            self.seen = self._version()

    def poll(self) -> bool:
        """True when another program committed since the last poll."""
        with self.lock:
            version = self._version()
            changed = version != self.seen or self.foreign
            self.seen, self.foreign = version, False
            return changed

    def close(self) -> None:
        engine = self.engine_ref()
        with self._registry_lock:
            if engine is not None and self._by_engine.get(engine) is self:
                del self._by_engine[engine]
        with self.lock:
            self.conn.close()


class SqliteWatcher:
    """Polls the SQLite file: `wait()` returns an "everything" batch after another program's commit."""

    def __init__(self, engine: Engine, *, interval: float = 1.0):
        self.engine, self.interval = engine, interval
        self.probe: _SqliteProbe | None = None

    def connect(self) -> None:
        self.close()
        self.probe = _SqliteProbe.open(self.engine)

    def wait(self, timeout: float) -> ChangeBatch | None:
        if self.probe is None:
            raise sqlite3.OperationalError("not connected")
        if self.probe.poll():
            return ChangeBatch(everything=True)
        _SLEEP(min(timeout, self.interval))
        return None

    def close(self) -> None:
        if self.probe is not None:
            self.probe.close()
            self.probe = None


# --- PostgreSQL: LISTEN ---------------------------------------------------------------------------

class PgWatcher:
    """A dedicated psycopg connection in LISTEN on `karavan_changes` (autocommit, keepalives on)."""

    HEARTBEAT_S = 10.0          # an idle link is checked this often: a dead server is noticed in seconds

    def __init__(self, engine: Engine):
        self.engine = engine
        self.origin = engine_origin(engine)
        self.conn = None
        self._pending: list[ChangeBatch] = []
        self._last_traffic = 0.0

    def connect(self) -> None:
        import psycopg

        self.close()
        url = self.engine.url
        conn = psycopg.connect(host=url.host or "localhost", port=url.port or 5432, dbname=url.database,
                               user=url.username, password=url.password, autocommit=True, connect_timeout=5,
                               keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3,
                               application_name="karavan-live")
        conn.add_notify_handler(self._heard)
        conn.execute(f"LISTEN {CHANNEL}")
        self.conn, self._last_traffic = conn, time.monotonic()

    def _heard(self, notify) -> None:
        batch, origin = decode(notify.payload)
        if origin != self.origin:
            self._pending.append(batch)

    def wait(self, timeout: float) -> ChangeBatch | None:
        conn = self.conn
        if conn is None:
            raise OSError("not connected")
        if not self._pending:
            readable, _, _ = select.select([conn.pgconn.socket], [], [], timeout)
            if readable or time.monotonic() - self._last_traffic > self.HEARTBEAT_S:
                # Reads what arrived (the handler collects the notifications), or checks the idle link.
                conn.execute("SELECT 1")
                self._last_traffic = time.monotonic()
        if not self._pending:
            return None
        batch = self._pending.pop(0)
        while self._pending:
            batch = batch.merged(self._pending.pop(0))
        return batch

    def close(self) -> None:
        conn, self.conn = self.conn, None
        self._pending.clear()
        if conn is not None:
            try:
                conn.close()
            except Exception:  # noqa: BLE001 — a dead connection may fail to close; it is gone either way
                log.debug("closing the watcher connection failed", exc_info=True)


def open_watcher(engine: Engine, *, poll_interval: float = 1.0) -> SqliteWatcher | PgWatcher:
    """The watcher for `engine`'s database (not connected yet: `watch()` connects it)."""
    if engine.dialect.name == "sqlite":
        return SqliteWatcher(engine, interval=poll_interval)
    return PgWatcher(engine)


# --- the loop ---------------------------------------------------------------------------------------

_SLEEP = time.sleep

CONNECTED, LOST = "connected", "lost"


def watch(watcher: SqliteWatcher | PgWatcher, *, on_batch: Callable[[ChangeBatch], None],
          on_state: Callable[[str], None], stop: threading.Event, debounce: float = 0.3,
          tick: float = 0.5, backoff: tuple[float, ...] = (0.5, 1, 2, 4, 8, 15)) -> None:
    """Run `watcher` until `stop` is set: `on_batch` gets merged batches (at most one per `debounce`),
    `on_state` "lost" when the connection goes and "connected" when it is back — followed by an
    "everything" batch, as announcements made meanwhile were not heard."""
    failures = 0
    was_lost = False
    pending: ChangeBatch | None = None
    first_at = 0.0
    while not stop.is_set():
        try:
            if failures or watcher_is_new(watcher):
                watcher.connect()
                if was_lost:
                    was_lost = False
                    on_state(CONNECTED)
                    on_batch(ChangeBatch(everything=True))
                failures = 0
            batch = watcher.wait(debounce if pending is not None else tick)
        except Exception as exc:  # noqa: BLE001 — any failure of the link: report, back off, reconnect
            if not was_lost:
                log.warning("live updates: connection lost (%s)", exc)
                was_lost = True
                on_state(LOST)
            watcher.close()
            delay = backoff[min(failures, len(backoff) - 1)]
            failures += 1
            stop.wait(delay)
            continue
        now = time.monotonic()
        if batch is not None:
            if pending is None:
                pending, first_at = batch, now
            else:
                pending = pending.merged(batch)
        if pending is not None and (batch is None or now - first_at >= debounce):
            on_batch(pending)
            pending = None
    watcher.close()


def watcher_is_new(watcher: SqliteWatcher | PgWatcher) -> bool:
    return (watcher.probe is None) if isinstance(watcher, SqliteWatcher) else (watcher.conn is None)


# Open to every signed-in user (what @open_to_all marks; not imported here, which uow.py loads early).
ping.permission = record_stamp.permission = None  # type: ignore[attr-defined]
