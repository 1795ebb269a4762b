"""The dashboard as a director starts the day: the figures, each tile opening its list, a period switch, a
layout of their own, empty tiles on an empty database, and a slow or failing tile not holding up the rest."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.models.base import utcnow
from app.services.dashboard import TILES
from app.services.planner import TaskForm
from app.ui.clients.card import ClientCardWidget
from app.ui.dashboard import DashboardWorkspace
from app.ui.dashboard.customise import CustomiseDialog
from app.ui.main_window import MainWindow
from app.ui.tasks import TaskRunner
from app.ui.text import strip_isolates
from tests.unit.factories import PASSWORD
from tests.unit.test_dashboard import invoice
from tests.unit.test_documents import client
from tests.unit.test_stock_kit import Shop, product

TODAY = date.today()
LAST_MONTH = (TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)


@pytest.fixture
def shop(ui_services):
    s = Shop(ui_services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    s.pars = client(ui_services, "شرکت بازرگانی پارس تهران")
    s.ararat = client(ui_services, "Ararat Trade")
    invoice(ui_services, s.pars, [(s.chair, "Chair", 2, "50.00")], day=TODAY)                     # 100.00
    invoice(ui_services, s.ararat, [(s.sugar, "Sugar", 10, "6.00")], day=TODAY)                   # 60.00
    invoice(ui_services, s.ararat, [(None, "Old", 1, "80.00")], day=LAST_MONTH, due_in=1)         # overdue
    s.rope = product(ui_services, "RP-1", "Rope", s.pcs, min_stock="5")
    ui_services.planner.create_task(TaskForm(subject="Call Pars", due_at=utcnow() - timedelta(hours=2),
                                             assignee_id=ui_services.user_id))
    return s


def dashboard(qtbot, ctx, tasks) -> DashboardWorkspace:
    page = DashboardWorkspace(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitUntil(lambda: bool(page.tiles) and all(t.state() == "ready" for t in page.tiles.values()))
    return page


def save_shot(page, shots, name: str) -> None:
    page.grab().save(str(shots / name))


def test_the_dashboard_shows_the_figures(qtbot, qtmodeltester, ui_services, tasks, shop, shots):
    page = dashboard(qtbot, ui_services, tasks)
    assert page.tile_order() == list(TILES)
    sales = page.tiles["sales"]
    assert sales.big.text() == "160.00 USD"
    assert sales.comparison.text().startswith("▲ 100.0 % against last month: 80.00 USD")
    assert "2 confirmed invoice(s) this month" in sales.detail.text()
    clients = page.tiles["top_clients"]
    assert [strip_isolates(clients.model.data(clients.model.index(r, c))) for r in range(2) for c in range(2)] == [
        "شرکت بازرگانی پارس تهران", "100.00 USD", "Ararat Trade", "60.00 USD"]
    products = page.tiles["top_products"]
    assert [products.model.data(products.model.index(r, 0)) for r in range(2)] == ["Chair", "Sugar"]
    low = page.tiles["low_stock"]
    assert low.big.text() == "1 product(s)"
    assert strip_isolates(low.model.data(low.model.index(0, 1))) == "0 / 5 pcs"
    assert page.tiles["overdue_tasks"].big.text() == "1"
    receivables = page.tiles["receivables"]
    assert receivables.big.text() == "240.00 USD"
    assert receivables.overdue.text() == "Overdue: 80.00 USD in 1 invoice(s)"
    assert page.tiles["funnel"].empty.text() == "No pipeline yet: set one up in the Sales funnel."
    assert page.tiles["production"].statuses.text() == "No production orders in progress."
    for model in (clients.model, products.model, low.model):
        qtmodeltester.check(model)
    save_shot(page, shots, "dashboard_shop.png")


def test_an_empty_database_shows_sensible_empty_tiles(qtbot, ui_services, tasks, shots):
    page = dashboard(qtbot, ui_services, tasks)
    assert page.tiles["sales"].comparison.text() == "No sales yet this month"
    assert page.tiles["top_clients"].empty.text() == "No sales yet this month"
    assert page.tiles["top_clients"].empty.isVisible() and not page.tiles["top_clients"].table.isVisible()
    assert page.tiles["low_stock"].more.text() == "Everything is above its minimum."
    assert page.tiles["overdue_tasks"].caption.text() == "No overdue tasks."
    assert page.tiles["receivables"].caption.text() == "Nobody owes anything."
    assert page.tiles["production"].made.text() == "Nothing made yet this month."
    save_shot(page, shots, "dashboard_empty.png")


def test_the_period_switch_is_kept_and_changes_the_figures(qtbot, ui_services, tasks, shop):
    page = dashboard(qtbot, ui_services, tasks)
    qtbot.mouseClick(page.period_buttons["today"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.tiles["sales"].state() == "ready" and page.period == "today")
    assert page.tiles["sales"].big.text() == "160.00 USD"
    assert "against yesterday" in page.tiles["sales"].comparison.text() or \
        page.tiles["sales"].comparison.text().startswith("Nothing sold yesterday")
    assert "today" in page.tiles["sales"].detail.text()
    assert ui_services.dashboard.load_layout().period == "today"
    again = dashboard(qtbot, ui_services, tasks)
    assert again.period == "today" and again.period_buttons["today"].isChecked()


def test_a_change_elsewhere_and_f5_refresh_the_tiles(qtbot, ui_services, tasks, shop):
    page = dashboard(qtbot, ui_services, tasks)
    invoice(ui_services, shop.ararat, [(None, "More", 1, "40.00")], day=TODAY)
    assert page.tiles["sales"].big.text() == "160.00 USD"
    tasks.notify_changed("document", ())
    qtbot.waitUntil(lambda: page.tiles["sales"].big.text() == "200.00 USD")
    invoice(ui_services, shop.ararat, [(None, "More", 1, "1.00")], day=TODAY)
    page.tiles["sales"].setFocus()
    qtbot.keyClick(page.tiles["sales"], Qt.Key.Key_F5)
    assert page.tiles["sales"].big.text() == "201.00 USD"
    page.hide()   # another area in front: the change is remembered and shown when the dashboard comes back
    invoice(ui_services, shop.ararat, [(None, "More", 1, "9.00")], day=TODAY)
    tasks.notify_changed("payment", ())
    assert page.tiles["sales"].big.text() == "201.00 USD"
    page.show()
    qtbot.waitUntil(lambda: page.tiles["sales"].big.text() == "210.00 USD")


def customise_with(monkeypatch, qtbot, steps):
    """Make the Customise dialog do `steps(dialog)` as the user would, then press OK."""
    def run(dialog):
        steps(dialog)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(CustomiseDialog, "exec", run)


def test_customising_hides_and_reorders_tiles_for_this_user_only(qtbot, monkeypatch, ui_services, tasks, shop):
    page = dashboard(qtbot, ui_services, tasks)

    def steps(dialog):
        rows = [dialog.tile_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.tile_list.count())]
        dialog.tile_list.setCurrentRow(rows.index("funnel"))
        qtbot.keyClick(dialog.tile_list, Qt.Key.Key_Space)              # untick the funnel
        dialog.tile_list.setCurrentRow(rows.index("receivables"))
        for _ in range(rows.index("receivables")):
            qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # receivables to the top
    customise_with(monkeypatch, qtbot, steps)
    qtbot.mouseClick(page.customise_button, Qt.MouseButton.LeftButton)
    expected = ["receivables", "sales", "top_clients", "top_products", "low_stock", "overdue_tasks", "production",
                "goals"]
    qtbot.waitUntil(lambda: page.tile_order() == expected)
    assert "funnel" not in page.tiles
    again = dashboard(qtbot, ui_services, tasks)
    assert again.tile_order() == expected
    assert ui_services.dashboard.load_layout().tiles == tuple(expected)
    boris = ui_services.users.add_user("boris", full_name="Boris Manager", password=PASSWORD)
    theirs = dashboard(qtbot, ui_services.as_user(boris.id), tasks)
    assert theirs.tile_order() == list(TILES)


def test_unticking_every_tile_says_how_to_get_them_back(qtbot, monkeypatch, ui_services, tasks):
    page = dashboard(qtbot, ui_services, tasks)

    def steps(dialog):
        for i in range(dialog.tile_list.count()):
            dialog.tile_list.setCurrentRow(i)
            qtbot.keyClick(dialog.tile_list, Qt.Key.Key_Space)
    customise_with(monkeypatch, qtbot, steps)
    qtbot.mouseClick(page.customise_button, Qt.MouseButton.LeftButton)
    assert page.tile_order() == [] and page.empty_label.isVisible()
    assert "Customise" in page.empty_label.text()


def test_a_failing_tile_shows_its_error_and_the_others_their_figures(qtbot, monkeypatch, ui_services, tasks, shop):
    def boom(uow, **_kw):
        raise RuntimeError("the server went away")
    monkeypatch.setattr("app.services.dashboard.receivables", boom)
    page = DashboardWorkspace(ui_services, tasks)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "receivables" in page.tiles and page.tiles["receivables"].state() == "error")
    assert page.tiles["receivables"].error_label.text() == "Could not load this tile: the server went away"
    assert {k for k, t in page.tiles.items() if t.state() == "ready"} == set(TILES) - {"receivables"}


def test_a_slow_tile_does_not_hold_up_the_others(qtbot, monkeypatch, ui_services, shop):
    from app.services import dashboard as service

    gate = threading.Event()
    real = service.funnel

    def slow(uow, **kw):
        gate.wait(10)
        return real(uow, **kw)
    monkeypatch.setattr(service, "funnel", slow)
    runner = TaskRunner()   # a real pool, as in the application
    try:
        page = DashboardWorkspace(ui_services, runner)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: bool(page.tiles) and page.tiles["sales"].state() == "ready", timeout=5000)
        qtbot.waitUntil(lambda: all(t.state() == "ready" for k, t in page.tiles.items() if k != "funnel"),
                        timeout=5000)
        assert page.tiles["funnel"].state() == "loading"
        assert page.tiles["funnel"].loading_label.text() == "Loading…"
        gate.set()
        qtbot.waitUntil(lambda: page.tiles["funnel"].state() == "ready", timeout=5000)
    finally:
        gate.set()
        runner.wait_idle()


# -- tiles open the lists behind their numbers -------------------------------------------------------------

@pytest.fixture
def window(qtbot, ui_services, tasks, shop):
    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.current_area() == "dashboard"
                    and all(t.state() == "ready" for t in win.page("dashboard").tiles.values()))
    return win


def click_tile(qtbot, window, key: str) -> None:
    window.show_area("dashboard")
    tile = window.page("dashboard").tiles[key]
    qtbot.mouseClick(tile.title_label, Qt.MouseButton.LeftButton)


def test_the_dashboard_is_the_first_area_and_shown_at_start(window, shots):
    assert window.nav.item(0).text() == "Dashboard"
    assert window.workspaces.currentWidget() is window.page("dashboard")
    assert window.tabs.tabText(0) == "Dashboard"
    window.grab().save(str(shots / "main_dashboard.png"))


def test_sales_opens_the_confirmed_invoices_of_the_period(qtbot, window):
    click_tile(qtbot, window, "sales")
    assert window.current_area() == "documents"
    docs = window.page("documents")
    assert (docs.type_combo.currentData(), docs.status_combo.currentData()) == ("invoice", "confirmed")
    assert docs.period_check.isChecked()
    assert (docs.from_edit.date().toPython(), docs.to_edit.date().toPython()) == (TODAY.replace(day=1), TODAY)
    qtbot.waitUntil(lambda: docs.model.rowCount() == 2 and not docs.model.is_loading())


@pytest.mark.parametrize(("key", "area"), [("funnel", "funnel"), ("overdue_tasks", "tasks"),
                                           ("production", "production")])
def test_each_tile_opens_its_area(qtbot, window, key, area):
    click_tile(qtbot, window, key)
    assert window.current_area() == area
    if area == "production":
        assert window.page("production").currentWidget() is window.page("production").plan
    if area == "funnel":
        assert window.page("funnel").current_view == "board"


def test_stock_below_minimum_opens_the_reorder_list(qtbot, window):
    click_tile(qtbot, window, "low_stock")
    page = window.page("warehouse")
    assert window.current_area() == "warehouse" and page.tabs.currentWidget() is page.reorder


def test_receivables_open_debts_by_age(qtbot, window):
    click_tile(qtbot, window, "receivables")
    page = window.page("payments")
    assert window.current_area() == "payments" and page.tabs.currentIndex() == 1
    assert page.tabs.tabText(1) == "Debts by age"


def test_a_top_client_row_opens_the_client(qtbot, window, shop):
    tile = window.page("dashboard").tiles["top_clients"]
    rect = tile.table.visualRect(tile.model.index(0, 0))
    qtbot.mouseClick(tile.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = window.tabs.currentWidget()
    assert isinstance(card, ClientCardWidget) and card.client_id == shop.pars


def test_keyboard_enter_on_a_tile_opens_it_too(qtbot, window):
    tile = window.page("dashboard").tiles["production"]
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Return)
    assert window.current_area() == "production"



def test_every_tile_says_what_it_shows_itself():
    """The base Tile only loads and shows states; each registered tile defines its widgets, read and display."""
    from app.ui.dashboard.parts import Tile as BaseTile
    from app.ui.dashboard.tiles import TILE_CLASSES

    for key, cls in TILE_CLASSES.items():
        for hook in ("build", "fetch", "show_row"):
            assert getattr(cls, hook) is not getattr(BaseTile, hook), f"{key} does not define {hook}"
