"""A dropped server connection is noticed and replaced: the next action works, nothing is lost."""

from __future__ import annotations

from sqlalchemy import text

from app.services.clients import ClientForm, ClientQuery
from app.services.context import ServiceContext


def test_next_action_after_the_server_dropped_every_connection_works(pg_database):
    from tests.conftest import _truncate_all

    _truncate_all(pg_database)
    anon = ServiceContext(pg_database.session_factory)
    admin = anon.auth.initialize(company_name="LAN Co", admin_login="admin", admin_full_name="Admin",
                                 password="admin-pass-1")
    ctx = anon.as_user(admin.id)
    first = ctx.clients.create_client(ClientForm(display_name="Before the outage"))

    # The office switch reboots: the server ends every session of this database.
    with pg_database.engine.connect() as conn:
        other = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> :me"), {"me": other})
        conn.commit()
    # The pool still holds the dead connections: pool_pre_ping must notice and replace them.

    second = ctx.clients.create_client(ClientForm(display_name="After the outage"))
    ids = ctx.clients.client_ids(ClientQuery(search="outage"))
    assert set(ids) == {first.id, second.id}
