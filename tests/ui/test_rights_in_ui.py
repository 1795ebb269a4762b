"""What a restricted user sees: areas left out, actions gone, read-only cards; logging in with a password to
change or a locked account; the idle lock; a record's History."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QPushButton

from app.services.auth import LOCK_AFTER_FAILURES
from app.services.clients import ChannelData, ClientForm
from app.services.errors import AccountLocked, PermissionDenied
from app.ui.clients.card import ClientCardWidget
from app.ui.errors import message_for
from app.ui.main_window import MainWindow
from app.ui.record_history import HistoryDialog

PASSWORD = "clerk-pass-1"


def make_user(ctx, login, role, **kwargs):
    row = ctx.users.add_user(login, full_name=login.title(), password=PASSWORD, role=role, **kwargs)
    return row, ctx.as_user(row.id)


def open_window(qtbot, ctx, tasks, user, **kwargs) -> MainWindow:
    win = MainWindow(ctx, tasks, user=user, database="test.db", company="Karavan Test LLC",
                     principal=ctx.access.my_rights(), **kwargs)
    qtbot.addWidget(win)
    win.show()
    return win


def nav_keys(win: MainWindow) -> list[str]:
    return [area.key for area in win.areas]


@pytest.fixture
def acme(ui_services):
    return ui_services.clients.create_client(ClientForm(display_name="Acme Ltd",
                                                        channels=(ChannelData("phone", "+1 415 555 0199"),)))


# -- rights --------------------------------------------------------------------------------------

def test_a_warehouse_clerk_sees_no_funnel_no_new_client_and_a_read_only_card(qtbot, ui_services, tasks, acme, shots):
    clerk, ctx = make_user(ui_services, "clerk", "warehouse_clerk")
    win = open_window(qtbot, ctx, tasks, clerk)
    keys = nav_keys(win)
    assert "funnel" not in keys and "payments" not in keys and "marketing" not in keys
    assert {"clients", "warehouse", "products", "documents"} <= set(keys)

    win.show_area("clients")
    qtbot.waitUntil(lambda: win.clients.model.rowCount() == 1)
    assert not win.clients.new_action.isVisible() and not win.clients.new_action.isEnabled()
    assert not win.clients.export_action.isVisible()
    assert not win.new_menu_action.isEnabled()          # File → New makes a client here: not for a clerk
    win.new_in_area()
    assert win.tabs.count() == 1

    card = win.open_client(acme.id)
    qtbot.waitUntil(lambda: card.card is not None)
    assert card.read_only_label.isVisible()
    assert card.read_only_label.text() == "Read only — your role does not allow changes"
    assert not card.save_button.isVisible() and not card.archive_button.isVisible()
    assert card.display_name_edit.isReadOnly() and not card.kind_combo.isEnabled()
    assert card.display_name_edit.text() == "Acme Ltd"
    assert card.history_button.isVisible()
    card.save()                                          # Ctrl+S does nothing on a read-only card
    assert not card.is_dirty()
    tab_titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert "Marketing" not in tab_titles and "Service requests" not in tab_titles and "Documents" in tab_titles
    card.resize(1000, 640)
    card.grab().save(str(shots / "rights_read_only_client_card.png"))

    # The funnel cannot be reached by a link either: the window says why.
    shown = []
    import app.ui.main_window as main_window
    original = main_window.show_error
    main_window.show_error = lambda parent, exc: shown.append(message_for(exc))
    try:
        win.open_record("payment", 1)
    finally:
        main_window.show_error = original
    assert shown == ["Your role does not allow you to see Payments. Ask an administrator if you need it; roles "
                     "may have changed since you logged in."]


def test_a_sales_manager_sees_only_their_own_clients_and_may_edit_them(qtbot, ui_services, tasks, acme):
    manager, ctx = make_user(ui_services, "mary", "sales_manager")
    own = ctx.clients.create_client(ClientForm(display_name="Mary's Bakery", manager_id=manager.id))
    win = open_window(qtbot, ctx, tasks, manager)
    assert "funnel" in nav_keys(win) and "settings" not in nav_keys(win)
    win.show_area("clients")
    qtbot.waitUntil(lambda: win.clients.model.rowCount() == 1)
    assert win.clients.model.row_at(0).id == own.id       # Acme belongs to the administrator
    assert win.clients.new_action.isEnabled() and win.new_menu_action.isEnabled()
    card = win.open_client(own.id)
    qtbot.waitUntil(lambda: card.card is not None)
    assert not card.read_only_label.isVisible() and card.save_button.isVisible()


def test_a_refusal_names_the_area_and_the_action():
    assert message_for(PermissionDenied("delete", area="documents")) == (
        "Your role does not allow you to delete records in Documents. Ask an administrator if you need it; "
        "roles may have changed since you logged in.")
    assert message_for(PermissionDenied("merge")) == "You are not allowed to do this."
