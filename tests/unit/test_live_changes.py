"""Live updates: a commit announces what it changed, and another program's watcher hears it (not its own)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import update

from app.db import open_database
from app.models.clients import Client
from app.services import changes
from app.services.changes import ChangeBatch, decode, encode, open_watcher, watch
from app.services.clients import ClientForm
from app.services.context import ServiceContext


def _wait_for(watcher, timeout: float = 5.0) -> ChangeBatch | None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        batch = watcher.wait(0.1)
        if batch is not None:
            return batch
    return None


@pytest.fixture
def second_app(database):
    """Another Karavan on the same database (another PC on the LAN, or a second window on this one)."""
    other = open_database(database.url)
    yield other
    other.dispose()


def _sees_client(batch: ChangeBatch, client_id: int) -> bool:
    return batch.everything or client_id in batch.tables.get("client", ())


def test_another_program_hears_a_saved_client_and_the_writer_does_not_hear_itself(services, database, second_app):
    mine = open_watcher(database.engine, poll_interval=0.05)
    theirs = open_watcher(second_app.engine, poll_interval=0.05)
    mine.connect()
    theirs.connect()
    try:
        card = services.clients.create_client(ClientForm(display_name="Heard everywhere"))
        batch = _wait_for(theirs)
        assert batch is not None and _sees_client(batch, card.id)
        if database.is_sqlite:
            assert batch.everything        # data_version says "something", not what
        else:
            assert card.id in batch.tables["client"] and batch.user_id == services.user_id
        # The writer's own screens were told by its task runner: its watcher stays quiet.
        assert _wait_for(mine, 0.5) is None

        # And the other way round: a change by the second program reaches the first.
        other = ServiceContext(second_app.session_factory, user_id=services.user_id)
        other.clients.update_client(card.id, ClientForm(display_name="Renamed there"),
                                    expected_version=card.version)
        back = _wait_for(mine)
        assert back is not None and _sees_client(back, card.id)
        assert _wait_for(theirs, 0.5) is None
    finally:
        mine.close()
        theirs.close()


def test_a_rolled_back_transaction_announces_nothing(services, database, second_app):
    theirs = open_watcher(second_app.engine, poll_interval=0.05)
    theirs.connect()
    try:
        with services.uow() as uow:
            uow.session.add(Client(code="X-1", display_name="Never saved", name_key="never saved", kind="company"))
            uow.session.flush()
        # leaving without commit rolled back
        assert _wait_for(theirs, 0.5) is None
    finally:
        theirs.close()


def test_a_bulk_update_announces_its_table(services, database, second_app):
    card = services.clients.create_client(ClientForm(display_name="Bulk"))
    theirs = open_watcher(second_app.engine, poll_interval=0.05)
    theirs.connect()
    try:
        with services.uow() as uow:
            uow.session.execute(update(Client).where(Client.id == card.id).values(notes="bulk"))
            uow.commit()
        batch = _wait_for(theirs)
        assert batch is not None and (batch.everything or batch.tables.get("client") == ())
    finally:
        theirs.close()


def test_a_foreign_commit_just_before_an_own_commit_is_not_swallowed(services, database, second_app):
    if not database.is_sqlite:
        pytest.skip("the own-commit bookkeeping is SQLite's (PostgreSQL names the origin in the payload)")
    mine = open_watcher(database.engine, poll_interval=0.05)
    mine.connect()
    try:
        other = ServiceContext(second_app.session_factory, user_id=services.user_id)
        other.clients.create_client(ClientForm(display_name="Theirs first"))
        services.clients.create_client(ClientForm(display_name="Mine right after"))
        batch = _wait_for(mine)
        assert batch is not None and batch.everything
    finally:
        mine.close()


def test_payload_stays_small_and_reads_back():
    many = {"client": set(range(500)), "tag": {None}, "address": {1, 2}}
    batch, origin = decode(encode(many, user_id=3, origin="abc"))
    assert origin == "abc" and batch.user_id == 3
    assert batch.tables == {"client": (), "tag": (), "address": (1, 2)}
    assert decode("not json")[0].everything


def test_batches_merge_ids_and_some_rows_absorbs_ids():
    a = ChangeBatch({"client": (1, 2)}, user_id=1)
    b = ChangeBatch({"client": (3,), "deal": ()}, user_id=2)
    merged = a.merged(b).merged(ChangeBatch({"deal": (9,)}))
    assert merged.tables == {"client": (1, 2, 3), "deal": ()} and merged.user_id is None


class FlakyWatcher:
    """Fails to connect twice (the server is away), then reports one change."""

    def __init__(self):
        self.attempts, self.connected, self.sent = 0, False, False

    def connect(self):
        self.attempts += 1
        if self.attempts in (2, 3):
            raise OSError("server away")
        self.connected = True

    def wait(self, timeout):
        if self.attempts == 1:
            raise OSError("connection reset")        # dropped mid-session
        if not self.sent:
            self.sent = True
            return ChangeBatch({"client": (5,)})
        time.sleep(min(timeout, 0.01))
        return None

    def close(self):
        self.connected = False


def test_the_loop_reports_a_lost_connection_reconnects_and_asks_for_a_full_refresh(monkeypatch):
    monkeypatch.setattr(changes, "watcher_is_new", lambda w: not w.connected)
    states, batches, stop = [], [], threading.Event()

    def got(batch):
        batches.append(batch)
        if not batch.everything:
            stop.set()
    watch(FlakyWatcher(), on_batch=got, on_state=states.append, stop=stop, debounce=0.01, tick=0.01,
          backoff=(0.01,))
    assert states == ["lost", "connected"]
    assert batches[0].everything and batches[-1].tables == {"client": (5,)}
