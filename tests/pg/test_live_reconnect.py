"""The server drops every connection mid-session: the watcher says so, reconnects, and hears changes again."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text

from app.db import open_database
from app.services.changes import open_watcher, watch
from app.services.clients import ClientForm, ClientQuery
from app.services.context import ServiceContext


def _until(predicate, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def _terminate_everyone_else(db) -> int:
    """What an outage does, on this test's own database only (the server keeps running for the others)."""
    with db.engine.connect() as conn:
        me = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        killed = conn.execute(text("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                   "WHERE datname = current_database() AND pid <> :me"), {"me": me}).scalar()
        conn.commit()
    return int(killed or 0)


def test_watcher_reconnects_after_the_server_dropped_its_connection_and_the_next_read_works(pg_database):
    from tests.conftest import _truncate_all

    _truncate_all(pg_database)
    anon = ServiceContext(pg_database.session_factory)
    admin = anon.auth.initialize(company_name="LAN Co", admin_login="admin", admin_full_name="Admin",
                                 password="admin-pass-1")
    ctx = anon.as_user(admin.id)
    first = ctx.clients.create_client(ClientForm(display_name="Before the outage"))

    other_pc = open_database(pg_database.url)
    other = ServiceContext(other_pc.session_factory, user_id=admin.id)
    states, batches, stop = [], [], threading.Event()
    thread = threading.Thread(target=watch, args=(open_watcher(pg_database.engine),), daemon=True,
                              kwargs={"on_batch": batches.append, "on_state": states.append, "stop": stop,
                                      "debounce": 0.05, "tick": 0.1, "backoff": (0.2, 0.5)})
    thread.start()
    try:
        assert _until(lambda: _listening(pg_database))
        assert _terminate_everyone_else(pg_database) >= 1

        assert _until(lambda: states == ["lost", "connected"]), states
        # What was announced while away was not heard: the screens are asked to refresh everything.
        assert _until(lambda: any(b.everything for b in batches))
        assert _until(lambda: _listening(pg_database))

        batches.clear()
        second = other.clients.create_client(ClientForm(display_name="After the outage"))
        assert _until(lambda: any(second.id in b.tables.get("client", ()) for b in batches))
        # The app's own pool held dead connections too: the next read simply works.
        assert set(ctx.clients.client_ids(ClientQuery(search="outage"))) == {first.id, second.id}
    finally:
        stop.set()
        thread.join(5)
        other_pc.dispose()
    assert not thread.is_alive()


def _listening(db) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND application_name = 'karavan-live'")).scalar())


def _kill_session_of(db, pid: int) -> None:
    """From outside the app (a plain psycopg connection: the app's own commits are what is being counted)."""
    import psycopg

    url = db.engine.url
    with psycopg.connect(host=url.host, port=url.port or 5432, dbname=url.database, user=url.username,
                         autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(%s)", (pid,))


def _admin_ctx(db) -> ServiceContext:
    from tests.conftest import _truncate_all

    _truncate_all(db)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="LAN Co", admin_login="admin", admin_full_name="Admin",
                                 password="admin-pass-1")
    return anon.as_user(admin.id)


def test_a_write_cut_off_before_commit_is_known_not_saved_and_saving_again_works(pg_database):
    import pytest

    from app.models.clients import Tag
    from app.services.connection import tracking_commits
    from app.services.errors import ConnectionLost

    ctx = _admin_ctx(pg_database)
    with pytest.raises(ConnectionLost) as caught, tracking_commits(), ctx.uow() as uow:
        pid = uow.session.execute(text("SELECT pg_backend_pid()")).scalar()
        uow.session.add(Tag(name="cut off", name_key="cut off"))
        _kill_session_of(pg_database, pid)      # the link breaks before the INSERT and COMMIT go out
        uow.commit()
    assert caught.value.saved is False
    with ctx.uow() as uow:
        assert uow.session.query(Tag).filter_by(name="cut off").count() == 0
        uow.session.add(Tag(name="cut off", name_key="cut off"))    # so trying again cannot save it twice
        uow.commit()


def test_a_write_cut_off_while_committing_says_the_outcome_is_unknown(pg_database):
    import pytest
    from sqlalchemy import event

    from app.models.clients import Tag
    from app.services.connection import tracking_commits
    from app.services.errors import ConnectionLost

    ctx = _admin_ctx(pg_database)
    victim: dict[str, int] = {}

    def cut(_conn) -> None:
        if "pid" in victim:
            _kill_session_of(pg_database, victim.pop("pid"))
    event.listen(pg_database.engine, "commit", cut)
    try:
        with pytest.raises(ConnectionLost) as caught, tracking_commits(), ctx.uow() as uow:
            victim["pid"] = uow.session.execute(text("SELECT pg_backend_pid()")).scalar()
            uow.session.add(Tag(name="maybe", name_key="maybe"))
            uow.commit()
    finally:
        event.remove(pg_database.engine, "commit", cut)
    assert caught.value.saved is None
