"""The clients list as a sales manager uses it: search as you type, filters, sort, open, archive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.clients import ChannelData, ClientForm, ClientQuery
from app.ui.clients.list_view import ClientsWorkspace
from tests.ui.typing_helpers import type_text


def _add(services, name, phone=None, email=None, roles=("customer",), tags=(), manager_id=None):
    channels = []
    if phone:
        channels.append(ChannelData("phone", phone))
    if email:
        channels.append(ChannelData("email", email))
    return services.clients.create_client(
        ClientForm(display_name=name, channels=tuple(channels), roles=frozenset(roles), tags=tuple(tags),
                   manager_id=manager_id), allow_duplicates=True)


@pytest.fixture
def populated(ui_services):
    manager = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1")
    _add(ui_services, "Ромашка ООО", "+7 (912) 345-67-89", "info@romashka.ru", tags=("Опт",))
    _add(ui_services, "Acme Corporation", "+1 415 555 0199", "sales@acme.com", roles=("supplier",),
         manager_id=manager.id)
    _add(ui_services, "شرکت آریا", "+98 21 8888 7777", "info@arya.ir", roles=("lead",))
    return ui_services


def _workspace(qtbot, services, tasks):
    ws = ClientsWorkspace(services, tasks)
    qtbot.addWidget(ws)
    ws.resize(1100, 500)
    ws.show()
    ws.activateWindow()  # keyboard shortcuts only reach the active window
    qtbot.waitUntil(lambda: ws.isActiveWindow())
    qtbot.waitUntil(lambda: not ws.model.is_loading())
    return ws


def _names(ws):
    qtbot_rows = range(ws.model.rowCount())
    for r in qtbot_rows:  # ask for the rows as the view would
        ws.model.data(ws.model.index(r, 0))
    return [ws.model.row_at(r).display_name if ws.model.row_at(r) else None for r in qtbot_rows]


def test_empty_database_says_how_to_start(qtbot, ui_services, tasks, shots):
    ws = _workspace(qtbot, ui_services, tasks)
    assert ws.model.rowCount() == 0
    assert ws.empty_label.isVisible()
    assert "Ctrl+N" in ws.empty_label.text()
    ws.grab().save(str(shots / "clients_empty.png"))


def test_search_finds_phone_typed_with_spaces_and_dashes(qtbot, populated, tasks, shots):
    ws = _workspace(qtbot, populated, tasks)
    qtbot.waitUntil(lambda: _names(ws) and None not in _names(ws))
    assert sorted(_names(ws)) == sorted(["Ромашка ООО", "Acme Corporation", "شرکت آریا"])
    ws.grab().save(str(shots / "clients_full.png"))

    qtbot.keyClicks(ws.search_edit, "912 345-67")
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: _names(ws) == ["Ромашка ООО"])
    assert ws.count_label.text() == "Clients: 1"

    ws.search_edit.clear()
    type_text(ws.search_edit, "АРИЯ")  # no such text: nothing matches, and the list says so
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0, timeout=3000)
    assert "АРИЯ" in ws.empty_label.text()

    ws.search_edit.clear()
    type_text(ws.search_edit, "آریا")
    qtbot.waitUntil(lambda: _names(ws) == ["شرکت آریا"], timeout=3000)

    ws.search_edit.clear()
    qtbot.keyClicks(ws.search_edit, "SALES@ACME")
    qtbot.waitUntil(lambda: _names(ws) == ["Acme Corporation"], timeout=3000)


def test_filters_by_role_tag_manager_and_status(qtbot, populated, tasks):
    ws = _workspace(qtbot, populated, tasks)
    ws.role_combo.setCurrentIndex(ws.role_combo.findData("supplier"))
    qtbot.waitUntil(lambda: _names(ws) == ["Acme Corporation"])
    ws.role_combo.setCurrentIndex(0)
    ws.tag_combo.setCurrentIndex(ws.tag_combo.findText("Опт"))
    qtbot.waitUntil(lambda: _names(ws) == ["Ромашка ООО"])
    ws.tag_combo.setCurrentIndex(0)
    ws.manager_combo.setCurrentIndex(ws.manager_combo.findText("Olga Sidorova"))
    qtbot.waitUntil(lambda: _names(ws) == ["Acme Corporation"])
    ws.manager_combo.setCurrentIndex(0)
    ws.status_combo.setCurrentIndex(ws.status_combo.findData("archived"))
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0)
    assert "filters" in ws.empty_label.text()


def test_header_click_sorts_in_the_database(qtbot, populated, tasks):
    ws = _workspace(qtbot, populated, tasks)
    qtbot.waitUntil(lambda: None not in _names(ws))
    ascending = _names(ws)
    assert ascending == sorted(ascending, key=str.casefold)
    ws.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: _names(ws) == list(reversed(ascending)))


def test_enter_opens_the_selected_client_and_archive_hides_it(qtbot, populated, tasks):
    ws = _workspace(qtbot, populated, tasks)
    qtbot.waitUntil(lambda: None not in _names(ws))
    ws.table.setFocus()
    ws.table.selectRow(0)
    first = ws.model.row_at(0)
    with qtbot.waitSignal(ws.open_client) as opened:
        qtbot.keyClick(ws.table, Qt.Key.Key_Return)
    assert opened.args == [first.id]

    assert ws.archive_action.text() == "Archive"
    ws.archive_action.trigger()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)
    assert first.display_name not in _names(ws)
    assert populated.clients.load_client(first.id).archived


def test_merge_needs_two_selected(qtbot, populated, tasks):
    ws = _workspace(qtbot, populated, tasks)
    qtbot.waitUntil(lambda: None not in _names(ws))
    ws.table.selectRow(0)
    assert not ws.merge_action.isEnabled()
    ws.table.selectAll()
    ws.table.selectionModel().select(ws.model.index(2, 0), ws.table.selectionModel().SelectionFlag.Deselect
                                     | ws.table.selectionModel().SelectionFlag.Rows)
    assert ws.merge_action.isEnabled()
    with qtbot.waitSignal(ws.merge_requested) as merge:
        ws.merge_action.trigger()
    assert set(merge.args) == {ws.model.id_at(0), ws.model.id_at(1)}


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, populated, tasks):
    ws = _workspace(qtbot, populated, tasks)
    qtmodeltester.check(ws.model)


def _many(services, n):
    return [_add(services, f"Client {i:03d}") for i in range(n)]


def test_enter_in_the_search_box_opens_the_single_match_not_the_selected_row(qtbot, ui_services, tasks):
    for name in ("Alpha", "Beta", "Gamma"):
        _add(ui_services, name)
    ws = _workspace(qtbot, ui_services, tasks)
    qtbot.waitUntil(lambda: _names(ws) == ["Alpha", "Beta", "Gamma"])
    assert ws.selected_rows() == [0]  # Alpha is selected
    opened = []
    ws.open_client.connect(opened.append)
    qtbot.keyClicks(ws.search_edit, "gam")
    qtbot.keyClick(ws.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ui_services.clients.client_ids(ClientQuery(search="Gamma"))


def test_enter_in_the_search_box_with_several_matches_goes_to_the_list(qtbot, ui_services, tasks):
    for name in ("Alpha One", "Alpha Two", "Beta"):
        _add(ui_services, name)
    ws = _workspace(qtbot, ui_services, tasks)
    opened = []
    ws.open_client.connect(opened.append)
    qtbot.keyClicks(ws.search_edit, "alpha")
    qtbot.keyClick(ws.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)
    assert opened == [] and ws.table.hasFocus()


def test_rows_removed_elsewhere_make_the_list_count_again(qtbot, ui_services, tasks):
    cards = _many(ui_services, 7)
    ws = _workspace(qtbot, ui_services, tasks)
    ws.model.block_size = 3
    ws.refresh()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 7)
    # Another desktop merges two clients; this list has not heard of it yet.
    ui_services.clients.merge_clients(cards[0].id, cards[1].id, survivor_version=cards[0].version,
                                      merged_version=cards[1].version)
    ws.model.data(ws.model.index(6, 0))  # the last row comes into view
    qtbot.waitUntil(lambda: ws.model.rowCount() == 6)
    qtbot.waitUntil(lambda: None not in _names(ws))
    assert "Client 001" not in _names(ws)


def test_a_failing_page_is_reported_once_not_on_every_repaint(qtbot, ui_services, tasks, monkeypatch):
    _many(ui_services, 7)
    errors = []
    tasks.default_error = errors.append
    ws = _workspace(qtbot, ui_services, tasks)
    ws.model.block_size = 3
    ws.refresh()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 7)

    def down(*_a, **_k):
        raise ConnectionError("server unreachable")
    monkeypatch.setattr(ws, "_fetch_page", down)
    monkeypatch.setattr(ws.model, "fetch_page", down)
    for _ in range(5):
        for row in (3, 4, 6):
            ws.model.data(ws.model.index(row, 0))
        qtbot.wait(5)
    assert len(errors) == 1
    monkeypatch.undo()
    ws.refresh()  # the next refresh asks again
    qtbot.waitUntil(lambda: None not in _names(ws))


def test_a_change_keeps_the_place_in_a_long_list(qtbot, ui_services, tasks):
    _many(ui_services, 260)
    ws = _workspace(qtbot, ui_services, tasks)
    qtbot.waitUntil(lambda: ws.model.rowCount() == 260)
    ws.table.scrollTo(ws.model.index(230, 0))
    qtbot.waitUntil(lambda: ws.model.row_at(230) is not None)
    ws._select_row(230)
    scroll = ws.table.verticalScrollBar().value()
    assert scroll > 0
    target = ws.model.row_at(230)
    ws.archive_action.trigger()  # archived: it leaves the active list
    qtbot.waitUntil(lambda: ws.model.rowCount() == 259)
    assert ws.selected_rows() == [230]
    assert abs(ws.table.verticalScrollBar().value() - scroll) <= 1
    qtbot.waitUntil(lambda: ws.model.row_at(230) is not None)
    assert ws.model.row_at(230).id != target.id


def test_model_with_unloaded_pages_passes_the_model_tester(qtbot, qtmodeltester, ui_services, tasks):
    _many(ui_services, 25)
    ws = _workspace(qtbot, ui_services, tasks)
    ws.model.block_size = 4
    ws.refresh()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 25)
    qtmodeltester.check(ws.model)
