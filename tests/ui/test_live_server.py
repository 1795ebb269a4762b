"""On PostgreSQL, the main window as people use it: another desktop's save shows up, and the server dropping
every connection mid-session shows the banner, which goes once Karavan has reconnected by itself."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db import open_database
from app.services.clients import ClientForm
from app.services.context import ServiceContext
from app.ui.live import ConnectionBanner
from app.ui.main_window import MainWindow
from tests.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.pg
LIVE_TIMEOUT_MS = 15_000


@pytest.fixture
def office(pg_database):
    """This desktop (Anna) and another one (Boris), each with its own connections to the server."""
    from tests.conftest import _truncate_all

    _truncate_all(pg_database)
    anon = ServiceContext(pg_database.session_factory)
    anna = anon.auth.initialize(company_name="LAN Co", admin_login="admin", admin_full_name="Anna Admin",
                                password=ADMIN_PASSWORD)
    ctx = anon.as_user(anna.id)
    boris = ctx.users.add_user("boris", full_name="Boris Berg", password="boris-pass-1")
    other_pc = open_database(pg_database.url)
    yield ctx, anna, ServiceContext(other_pc.session_factory, user_id=boris.id)
    other_pc.dispose()


def _terminate_everyone_else(db) -> None:
    with db.engine.connect() as conn:
        me = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        conn.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = current_database() AND pid <> :me"), {"me": me})
        conn.commit()


def test_the_window_follows_the_other_desktop_and_survives_the_server_dropping_it(qtbot, tasks, office, pg_database,
                                                                               monkeypatch):
    monkeypatch.setattr(ConnectionBanner, "BACK_SHOWN_MS", 300)
    ctx, anna, boris = office
    first = ctx.clients.create_client(ClientForm(display_name="Before the outage"))
    window = MainWindow(ctx, tasks, user=anna, database=pg_database.describe(), company="LAN Co")
    qtbot.addWidget(window)
    window.show()
    window.show_area("clients")
    window.start_live_updates(pg_database.engine)
    model = window.clients.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.row_at(0) is not None)
    qtbot.waitUntil(lambda: window.live.watcher.conn is not None, timeout=LIVE_TIMEOUT_MS)

    card = window.open_client(first.id)
    qtbot.waitUntil(lambda: card.card is not None)
    heard = []
    window.live.changed.connect(lambda tables, ids, who: heard.append((tables, ids, who)))
    boris.clients.update_client(first.id, ClientForm(display_name="Renamed by Boris"), expected_version=first.version)
    qtbot.waitUntil(lambda: card.display_name_edit.text() == "Renamed by Boris", timeout=LIVE_TIMEOUT_MS)
    assert any("client" in tables and first.id in ids["client"] and who == "Boris Berg" for tables, ids, who in heard)

    _terminate_everyone_else(pg_database)
    banner = window.connection_banner
    qtbot.waitUntil(lambda: banner.isVisible() and "reconnecting" in banner.text_label.text(), timeout=LIVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Reconnected" in banner.text_label.text(), timeout=LIVE_TIMEOUT_MS)
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=LIVE_TIMEOUT_MS)

    # Heard again after the outage, and the app's own (dead, then replaced) connections read again.
    boris.clients.create_client(ClientForm(display_name="After the outage"))
    window.show_area("clients")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=LIVE_TIMEOUT_MS)
    window.live.stop()
