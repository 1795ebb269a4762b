"""Live multi-user work on screen: another user's change reaches open lists and cards; a lost link shows a banner."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import OperationalError

from app.db import open_database
from app.services.clients import ClientForm
from app.services.context import ServiceContext
from app.ui.clients.conflict_dialog import ConflictDialog
from app.ui.clients.list_view import ClientsWorkspace
from app.ui.errors import message_for
from app.ui.live import ConnectionBanner, LiveUpdates, entity_changes
from app.ui.main_window import MainWindow
from tests.ui.card_fixtures import make_client, open_card, press_save, type_into

LIVE_TIMEOUT_MS = 8000


@pytest.fixture
def boris(ui_services, sqlite_db):
    """A second user working in another Karavan on the same database (a second engine, as another program)."""
    user = ui_services.users.add_user("boris", full_name="Boris Berg", password="boris-pass-1")
    other = open_database(sqlite_db.url)
    yield ServiceContext(other.session_factory, user_id=user.id)
    other.dispose()


@pytest.fixture
def live(qtbot, ui_services, tasks, sqlite_db):
    updates = LiveUpdates(ui_services, tasks, sqlite_db.engine, poll_interval=0.05, debounce=0.05)
    updates.start()
    yield updates
    updates.stop()


def _workspace(qtbot, ctx, tasks) -> ClientsWorkspace:
    ws = ClientsWorkspace(ctx, tasks)
    qtbot.addWidget(ws)
    ws.resize(1000, 420)
    ws.show()
    qtbot.waitUntil(lambda: not ws.model.is_loading() and ws.model.rowCount() > 0)
    return ws


def _name_at(ws, row: int) -> str:
    ws.model.data(ws.model.index(row, 0))
    item = ws.model.row_at(row)
    return item.display_name if item is not None else ""


def test_the_list_shows_another_users_rename_and_keeps_the_selection(qtbot, ui_services, tasks, boris, live):
    names = ["Alpha", "Bravo", "Charlie", "Delta"]
    rows = {name: make_client(ui_services, name) for name in names}
    ws = _workspace(qtbot, ui_services, tasks)
    ws.select_client(rows["Charlie"].id)
    assert ws.current_row().display_name == "Charlie"

    bravo = rows["Bravo"]
    boris.clients.update_client(bravo.id, ClientForm(display_name="Bravo Ltd"), expected_version=bravo.version)
    qtbot.waitUntil(lambda: _name_at(ws, 1) == "Bravo Ltd", timeout=LIVE_TIMEOUT_MS)
    assert ws.current_row().display_name == "Charlie"       # the user's place in the list is kept

    boris.clients.create_client(ClientForm(display_name="Echo"))
    qtbot.waitUntil(lambda: ws.model.rowCount() == 5, timeout=LIVE_TIMEOUT_MS)
    assert ws.current_row().display_name == "Charlie"


def test_a_clean_card_reloads_by_itself(qtbot, ui_services, tasks, boris, live):
    acme = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, acme.id)
    boris.clients.update_client(acme.id, ClientForm(display_name="Acme Holding"), expected_version=acme.version)
    qtbot.waitUntil(lambda: card.display_name_edit.text() == "Acme Holding", timeout=LIVE_TIMEOUT_MS)
    assert card.changed_bar.isHidden() and not card.is_dirty()
    assert "Boris Berg" in card.header_label.text()


def test_a_card_being_edited_shows_the_bar_and_keeps_the_typed_text(qtbot, ui_services, tasks, boris, live, shots):
    acme = make_client(ui_services, "Acme", legal_name="Acme LLC")
    card = open_card(qtbot, ui_services, tasks, acme.id)
    type_into(qtbot, card.notes_edit, "Call back on Monday")
    boris.clients.update_client(acme.id, ClientForm(display_name="Acme Holding", legal_name="Acme LLC"),
                                expected_version=acme.version)
    qtbot.waitUntil(lambda: card.changed_bar.isVisible(), timeout=LIVE_TIMEOUT_MS)
    text = card.changed_bar.text_label.text()
    assert "Boris Berg" in text and "Reload" in card.changed_bar.reload_button.text()
    assert card.notes_edit.toPlainText() == "Call back on Monday" and card.display_name_edit.text() == "Acme"
    card.grab().save(str(shots / "live_changed_bar.png"))

    # Keep mine: the bar goes, the text stays, and the save meets their change in the conflict dialog.
    card.changed_bar.keep_button.click()
    assert card.changed_bar.isHidden() and card.notes_edit.toPlainText() == "Call back on Monday"
    seen = {}

    def choose(dialog: ConflictDialog) -> None:
        seen["fields"] = list(dialog.fields)
        dialog.save_button.click()
    from unittest.mock import patch
    with patch.object(ConflictDialog, "exec", choose), qtbot.waitSignal(card.saved):
        press_save(qtbot, card)
    assert "notes" in seen["fields"] or "display_name" in seen["fields"]
    saved = ui_services.clients.load_client(acme.id)
    assert saved.form.display_name == "Acme Holding" and saved.form.notes == "Call back on Monday"


def test_reload_on_the_bar_shows_their_version(qtbot, ui_services, tasks, boris, live):
    acme = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, acme.id)
    type_into(qtbot, card.legal_name_edit, "Mine LLC")
    boris.clients.update_client(acme.id, ClientForm(display_name="Theirs"), expected_version=acme.version)
    qtbot.waitUntil(lambda: card.changed_bar.isVisible(), timeout=LIVE_TIMEOUT_MS)
    card.changed_bar.reload_button.click()
    assert card.display_name_edit.text() == "Theirs" and card.legal_name_edit.text() == ""
    assert card.changed_bar.isHidden() and not card.is_dirty()


def _lost() -> OperationalError:
    return OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"),
                            connection_invalidated=True)


def test_a_save_cut_off_by_a_lost_connection_keeps_the_input_and_says_it_was_not_saved(qtbot, ui_services, tasks,
                                                                                     monkeypatch):
    acme = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, acme.id)
    type_into(qtbot, card.legal_name_edit, "Acme Trading LLC")
    shown = []
    monkeypatch.setattr("app.ui.clients.card.show_error", lambda parent, exc: shown.append(exc))
    calls = []

    def cut_off(*_a, **_k):
        calls.append(1)
        raise _lost()
    monkeypatch.setattr(card.ctx.clients, "update_client", cut_off)
    press_save(qtbot, card)
    assert len(calls) == 1                       # a write is never repeated behind the user's back
    assert [type(e).__name__ for e in shown] == ["ConnectionLost"] and shown[0].saved is False
    assert "nothing was saved" in message_for(shown[0])
    assert card.legal_name_edit.text() == "Acme Trading LLC" and card.is_dirty()
    assert tasks.connection_lost


def test_a_read_that_lost_its_connection_is_asked_again(qtbot, tasks, monkeypatch):
    monkeypatch.setattr("app.ui.tasks.READ_RETRY_DELAYS_S", (0.01, 0.01))
    answers = iter([_lost(), _lost(), "rows"])
    got = []

    def flaky():
        answer = next(answers)
        if isinstance(answer, Exception):
            raise answer
        return answer
    tasks.read(flaky, got.append)
    assert got == ["rows"] and not tasks.connection_lost


def test_the_banner_says_lost_then_reconnected_then_goes(qtbot, ui_services, tasks, monkeypatch, shots):
    monkeypatch.setattr(ConnectionBanner, "BACK_SHOWN_MS", 200)
    user = ui_services.users.list_users()[0]
    window = MainWindow(ui_services, tasks, user=user, database="server:5432/karavan", company="Karavan Test LLC")
    qtbot.addWidget(window)
    window.connection_retry.delays_ms = (50,)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.clients.model.is_loading())
    qtbot.wait(50)      # the first screen's reads are done: what follows is the outage alone
    assert window.connection_banner.isHidden()
    down = {"on": True}
    real_ping = ui_services.changes.ping

    def ping():
        if down["on"]:
            raise _lost()
        return real_ping()
    monkeypatch.setattr("app.ui.tasks.READ_RETRY_DELAYS_S", (0.01,))
    monkeypatch.setattr(window.connection_retry.ctx.changes, "ping", ping)
    tasks.read(lambda: (_ for _ in ()).throw(_lost()), None, lambda exc: None)     # a list's read fails for good
    banner = window.connection_banner
    assert banner.isVisible() and "reconnecting" in banner.text_label.text()
    window.grab().save(str(shots / "live_banner_lost.png"))
    qtbot.wait(200)
    assert banner.isVisible() and window.connection_retry.attempt >= 2     # it keeps trying
    refreshed = []
    tasks.changed.connect(lambda entity, _ids: refreshed.append(entity))
    down["on"] = False
    qtbot.waitUntil(lambda: "Reconnected" in banner.text_label.text(), timeout=3000)
    assert "client" in refreshed        # what failed to load meanwhile is asked again
    window.grab().save(str(shots / "live_banner_back.png"))
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)


def test_the_watchers_lost_link_shows_the_banner_and_its_return_refreshes_every_screen(qtbot, ui_services, tasks,
                                                                                      sqlite_db):
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    tasks.connection_state.connect(banner.set_connected)
    updates = LiveUpdates(ui_services, tasks, sqlite_db.engine)
    heard = []
    tasks.changed.connect(lambda entity, ids: heard.append((entity, ids)))
    updates._on_state("lost")
    assert banner.isVisible() and tasks.connection_lost
    updates._on_state("connected")
    assert "Reconnected" in banner.text_label.text() and not tasks.connection_lost
    from app.services.changes import ChangeBatch

    updates._deliver(ChangeBatch(everything=True))
    assert {"client", "deal", "task", "document", "stock_document"} <= {e for e, _ids in heard}


def test_tables_become_the_screens_entity_names():
    from app.services.changes import ChangeBatch

    changes = entity_changes(ChangeBatch({"client": (7,), "address": (3,), "deal_line": (1,), "audit_x": (2,)}))
    assert changes == {"client": (), "deal": (), "audit_x": (2,)}
    assert entity_changes(ChangeBatch({"client": (7, 8)})) == {"client": (7, 8)}
    assert entity_changes(ChangeBatch({"tag": (1,)})) == {"tag": (1,), "client": ()}



def test_a_list_refreshed_for_a_change_keeps_its_selection_and_scroll_but_a_new_search_does_not(qtbot, tasks):
    from dataclasses import dataclass

    from PySide6.QtWidgets import QTableView

    from app.ui.lazy_model import Column, LazyTableModel

    @dataclass(frozen=True)
    class Row:
        id: int
        name: str

    data = {"rows": [Row(i, f"Client {i:03d}") for i in range(1, 301)]}
    query = {"search": ""}

    def matching(state):
        return [r for r in data["rows"] if state in r.name]

    model = LazyTableModel([Column("Name", lambda r: r.name, "name")], tasks, state=lambda: query["search"],
                           fetch_first=lambda s, _k, _d, n: (len(matching(s)), matching(s)[:n]),
                           fetch_page=lambda s, _k, _d, off, n: matching(s)[off:off + n])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.keep_place(view)
    view.resize(400, 300)
    view.show()
    model.refresh()
    view.selectRow(40)
    view.verticalScrollBar().setValue(36)

    data["rows"] = data["rows"][:10] + data["rows"][11:]          # someone deleted client 11: rows move up
    model.refresh()
    assert model.id_at(view.selectionModel().selectedRows()[0].row()) == 41
    assert view.verticalScrollBar().value() == 36

    query["search"] = "Client 2"
    model.refresh()
    assert not view.selectionModel().selectedRows()


def test_a_save_whose_commit_was_cut_off_asks_to_check_before_saving_again():
    from app.services.errors import ConnectionLost

    text = message_for(ConnectionLost(saved=None, detail="server closed the connection"))
    assert "cannot tell whether the save reached the server" in text and "before saving again" in text


def test_only_a_job_that_reached_the_database_says_the_link_is_back(qtbot, tasks, ui_services):
    tasks.report_connection(False)
    tasks.read(lambda: b"%PDF rendered from rows already on screen")
    assert tasks.connection_lost
    tasks.read(ui_services.changes.ping)
    assert not tasks.connection_lost
