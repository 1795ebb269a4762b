"""The main window as the day starts: areas, tabs for clients, global search, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.clients import ChannelData, ClientForm, ClientQuery
from app.ui.clients.card import ClientCardWidget
from app.ui.coming_later import ComingLaterPage
from app.ui.main_window import MainWindow
from app.ui.text import strip_isolates
from tests.ui.card_fixtures import press_save, type_into
from tests.ui.typing_helpers import type_text


@pytest.fixture
def window(qtbot, ui_services, tasks):
    for name, phone in (("Ромашка ООО", "+7 (912) 345-67-89"), ("Acme Corporation", "+1 415 555 0199"),
                        ("شرکت آریا", "+98 21 8888 7777"), ("Արարատ ՍՊԸ", "+374 10 123456")):
        ui_services.clients.create_client(ClientForm(display_name=name, channels=(ChannelData("phone", phone),)))
    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    qtbot.waitUntil(lambda: win.clients.model.rowCount() == 4)
    assert win.current_area() == "dashboard"  # the day starts on the dashboard; these tests begin at the clients
    win.show_area("clients")
    yield win
    win.search_completer.popup().hide()  # an open popup would keep the next test's window inactive


def test_every_area_is_listed_and_unbuilt_ones_say_so(window, shots):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Dashboard", "Clients", "Sales funnel", "Tasks", "Service desk", "Marketing", "Products", "Warehouse",
                      "Production", "Documents", "Payments", "Reports", "Goals", "Settings"]
    window.grab().save(str(shots / "main_clients.png"))
    window.show_area("settings")
    page = window.workspaces.currentWidget()
    assert isinstance(page, ComingLaterPage)
    assert "coming in a later version" in page.findChild(type(window.user_label), "coming_later_text").text()
    assert window.tabs.tabText(0) == "Settings"
    window.grab().save(str(shots / "main_coming_later.png"))
    window.show_area("clients")
    assert window.workspaces.currentWidget() is window.clients


def test_status_bar_names_the_user_and_the_database(window):
    assert strip_isolates(window.user_label.text()) == "User: Anna Admin"
    assert strip_isolates(window.db_label.text()) == "Database: /data/karavan.db"
    assert window.windowTitle() == "Karavan — Karavan Test LLC"


def test_ctrl_n_opens_a_new_card_and_the_saved_client_appears_in_the_list(qtbot, window, ui_services):
    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    card = window.tabs.currentWidget()
    assert isinstance(card, ClientCardWidget)
    assert window.tabs.tabText(window.tabs.currentIndex()).startswith("New client")
    type_into(qtbot, card.display_name_edit, "Zeta Logistics")
    press_save(qtbot, card)
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 5)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Client: Zeta Logistics"
    assert "Zeta Logistics" in [r.display_name for r in ui_services.clients.search_clients("zeta")]


def test_enter_opens_a_tab_once_per_client(qtbot, window, shots):
    window.clients.table.setFocus()
    # Not selectRow(): it obeys the keyboard modifiers Qt believes held, and an earlier test's Ctrl
    # can linger in QTest's bookkeeping.
    window.clients.select_client(window.clients.model.id_at(0))
    qtbot.keyClick(window.clients.table, Qt.Key.Key_Return)
    assert window.tabs.count() == 2
    first = window.tabs.currentWidget()
    assert isinstance(first, ClientCardWidget) and first.client_id == window.clients.model.id_at(0)
    window.grab().save(str(shots / "main_card_tab.png"))
    window.tabs.setCurrentIndex(0)
    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_Return)
    assert window.tabs.count() == 2 and window.tabs.currentWidget() is first


def test_closing_a_tab_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    card = window.open_client(window.clients.model.id_at(0))
    type_into(qtbot, card.display_name_edit, " (edited)")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    window.close_tab(window.tabs.indexOf(card))
    assert asked and window.tabs.indexOf(card) > 0  # cancelled: the tab and the edit stay
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.close_tab(window.tabs.indexOf(card))
    qtbot.waitUntil(lambda: window.tabs.count() == 1)
    window.close_tab(0)  # the workspace tab never closes
    assert window.tabs.count() == 1


def test_global_search_finds_by_phone_and_opens_the_client(qtbot, window, ui_services):
    type_text(window.global_search, "345-67")
    qtbot.waitUntil(lambda: window._search_model.rowCount() == 1, timeout=3000)
    hit = window._search_model.index(0, 0)
    assert strip_isolates(hit.data()).startswith("Ромашка ООО — C-000001")
    window.search_completer.activated[type(hit)].emit(hit)
    card = window.tabs.currentWidget()
    assert isinstance(card, ClientCardWidget)
    expected = ui_services.clients.client_ids(ClientQuery(search="Ромашка"))
    assert card.client_id == expected[0]


def test_global_search_enter_filters_the_clients_list(qtbot, window):
    window.show_area("warehouse")
    type_text(window.global_search, "acme")
    qtbot.keyClick(window.global_search, Qt.Key.Key_Return)
    assert window.current_area() == "clients"
    qtbot.waitUntil(lambda: window.clients.model.rowCount() == 1, timeout=3000)


def test_quitting_with_unsaved_cards_asks_first(qtbot, window, monkeypatch):
    card = window.open_client(window.clients.model.id_at(1))
    type_into(qtbot, card.display_name_edit, "x")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_right_to_left_layout_renders(qtbot, window, shots):
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window.resize(1200, 700)
        window.grab().save(str(shots / "main_rtl.png"))
        assert window.isRightToLeft()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_self_test_builds_the_main_window(qtbot, capsys):
    from app.selftest import run

    assert run() == 0
    out = capsys.readouterr().out
    assert "OK   main window" in out and out.rstrip().splitlines()[-1].startswith("self-test: OK")


def test_the_sales_funnel_area_is_the_board(qtbot, window):
    from app.ui.funnel.board import FunnelWorkspace

    window.show_area("funnel")
    assert isinstance(window.workspaces.currentWidget(), FunnelWorkspace)
    assert window.tabs.tabText(0) == "Sales funnel"


@pytest.mark.parametrize(("key", "module", "cls", "title"), [
    ("tasks", "app.ui.planner", "PlannerWorkspace", "Tasks"),
    ("service", "app.ui.service_desk", "ServiceDeskWorkspace", "Service desk"),
    ("marketing", "app.ui.marketing", "MarketingWorkspace", "Marketing"),
    ("products", "app.ui.catalog.workspace", "ProductsWorkspace", "Products"),
    ("warehouse", "app.ui.warehouse.workspace", "WarehouseWorkspace", "Warehouse"),
    ("documents", "app.ui.documents.workspace", "DocumentsWorkspace", "Documents"),
])
def test_each_working_area_is_built_when_first_shown(qtbot, window, shots, key, module, cls, title):
    import importlib

    assert key not in window._pages  # start-up did not pay for it
    window.show_area(key)
    page = window.workspaces.currentWidget()
    assert isinstance(page, getattr(importlib.import_module(module), cls))
    assert window.tabs.tabText(0) == title
    window.grab().save(str(shots / f"main_{key}.png"))
    window.show_area("clients")
    window.show_area(key)
    assert window.workspaces.currentWidget() is page  # built once


def test_records_named_by_a_timeline_open_in_their_own_dialogs(qtbot, window, monkeypatch):
    import app.ui.funnel.deal_dialog as deal_dialog
    import app.ui.planner as planner
    import app.ui.service_desk as service_desk

    opened = []

    def fake(kind):
        class Dialog:
            def __init__(self, ctx, tasks, **kwargs):
                opened.append((kind, {k: v for k, v in kwargs.items() if k != "parent"}))

            def exec(self):
                return 0
        return Dialog

    monkeypatch.setattr(deal_dialog, "DealDialog", fake("deal"))
    monkeypatch.setattr(planner, "TaskDialog", fake("task"))
    monkeypatch.setattr(service_desk, "ServiceRequestDialog", fake("service_request"))
    window.open_record("deal", 7)
    window.open_record("task", 8)
    window.open_record("service_request", 9)
    assert opened == [("deal", {"deal_id": 7}), ("task", {"task_id": 8}), ("service_request", {"request_id": 9})]
    window.open_record("campaign", 3)
    assert window.current_area() == "marketing"
    import app.ui.service_desk.product_link as product_link
    import app.ui.warehouse.document_dialog as document_dialog

    monkeypatch.setattr(document_dialog, "StockDocumentDialog", fake("stock_document"))
    monkeypatch.setattr(product_link, "open_product", lambda ctx, tasks, product_id, parent:
                        opened.append(("product", {"product_id": product_id})))
    window.open_record("stock_document", 11)
    window.open_record("product", 12)
    assert opened[-2:] == [("stock_document", {"doc_id": 11}), ("product", {"product_id": 12})]


def test_the_clerk_screen_opens_full_screen_from_the_file_menu(qtbot, window):
    from app.ui.warehouse.clerk import ClerkScreen

    window.findChild(type(window.menuBar().actions()[0]), "menu_clerk_screen").trigger()
    screen = window.clerk_screen
    assert isinstance(screen, ClerkScreen)
    qtbot.waitUntil(screen.isVisible)
    assert screen.isFullScreen()
    screen.close()


def test_ctrl_n_makes_a_new_record_of_the_area_on_screen(qtbot, window):
    """One window-wide Ctrl+N: in Tasks it starts a task (not a client), and the File menu says so."""
    opened = []

    class FakeDialog:
        def __init__(self, *args, **kwargs):
            opened.append(kwargs)

        def exec(self):
            return 0

        def deleteLater(self):
            pass

    window.show_area("tasks")
    planner = window.workspaces.currentWidget()
    planner.task_dialog_factory = FakeDialog
    assert window.new_menu_action.text() == "New task"
    qtbot.keyClick(planner, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and "task_id" not in opened[0]
    assert not any(isinstance(window.tabs.widget(i), ClientCardWidget) for i in range(window.tabs.count()))
    window.show_area("clients")
    assert window.new_menu_action.text() == "New client"
