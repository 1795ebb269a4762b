"""What a restricted user sees: areas left out, actions gone, read-only cards; logging in with a password to
change or a locked account; the idle lock; a record's History."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services.auth import LOCK_AFTER_FAILURES
from app.services.clients import ChannelData, ClientForm
from app.services.errors import AccountLocked, PermissionDenied
from app.ui.clients.card import ClientCardWidget
from app.ui.errors import message_for
from app.ui.main_window import MainWindow
from app.ui.record_history import HistoryDialog
from app.ui.text import strip_isolates

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
    win.grab().save(str(shots / "rights_clerk_main_window.png"))

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


def test_a_product_a_deal_and_a_task_open_read_only_for_a_role_without_changes(qtbot, ui_services, tasks):
    from app.ui.planner.task_dialog import TaskDialog

    clerk, ctx = make_user(ui_services, "clerk", "warehouse_clerk")
    accountant, acc_ctx = make_user(ui_services, "alice", "accountant")
    from app.ui.rights import remember
    remember(acc_ctx, acc_ctx.access.my_rights())
    # The accountant may not change products: the product dialog opens as a view.
    product = ui_services.catalog.create_product(_product_form(ui_services))
    units = acc_ctx.catalog.list_units()
    from app.ui.catalog.product_dialog import ProductDialog
    dialog = ProductDialog(acc_ctx, tasks, units=units, categories=[], card=acc_ctx.catalog.load_product(product.id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only_label.isVisible() and not dialog.save_button.isVisible()
    assert dialog.name.isReadOnly() and dialog.history_button.isVisible()
    # A clerk may create their own tasks: a new task is editable.
    remember(ctx, ctx.access.my_rights())
    task = TaskDialog(ctx, tasks)
    qtbot.addWidget(task)
    task.show()
    assert task.may_edit and task.save_button.isVisible() and not task.read_only_label.isVisible()


def _product_form(ctx):
    from app.services.catalog import ProductForm

    unit = ctx.catalog.add_unit("pcs")
    return ProductForm(sku="BOLT-8", name="Bolt M8", kind="goods", unit_id=unit.id)


# -- logging in ----------------------------------------------------------------------------------

def _login_dialog(qtbot, tasks, db):
    from app.config import Profile
    from app.ui.login import LoginDialog
    from tests.ui.test_startup_screens import NoKeyring

    profiles = [Profile(name="This computer", kind="sqlite", path=str(db.url.database))]
    dialog = LoginDialog(tasks, profiles, lambda profile, password: db, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_locked_account_says_until_when_in_local_time(qtbot, ui_services, sqlite_db, tasks, monkeypatch):
    from app.services import auth

    make_user(ui_services, "clerk", "warehouse_clerk")
    monkeypatch.setattr(auth, "THROTTLE", auth.LoginThrottle(free_failures=100))
    for _ in range(LOCK_AFTER_FAILURES):
        with pytest.raises(Exception):  # noqa: B017 — wrong passwords until the account locks
            ui_services.auth.authenticate("clerk", "not-the-password-1")
    dialog = _login_dialog(qtbot, tasks, sqlite_db)
    qtbot.keyClicks(dialog.login_edit, "clerk")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)     # even the right password waits for the lock
    dialog.login_button.click()
    assert dialog.result_value is None
    until = ui_services.access.list_accounts()
    locked = next(a for a in until if a.login == "clerk").locked_until
    local = locked.replace(tzinfo=UTC).astimezone().strftime("%H:%M")
    assert dialog.error_label.text() == (f"This account is locked until {local} after too many wrong passwords; "
                                         "ask an administrator to unlock it.")
    assert dialog.password_edit.text() == PASSWORD
    assert message_for(AccountLocked(datetime(2026, 1, 1, 12, 0))) .startswith("This account is locked until ")


def test_the_login_reads_the_users_rights(qtbot, ui_services, sqlite_db, tasks):
    make_user(ui_services, "clerk", "warehouse_clerk")
    dialog = _login_dialog(qtbot, tasks, sqlite_db)
    qtbot.keyClicks(dialog.login_edit, "clerk")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    dialog.login_button.click()
    result = dialog.result_value
    assert result is not None and result.user.login == "clerk"
    assert result.principal.allows("warehouse", "post") and not result.principal.allows("deals", "view")


def test_the_first_login_asks_for_a_new_password_and_keeps_what_was_typed(qtbot, ui_services, tasks, shots):
    from app.ui.login import ChangePasswordDialog

    _user, ctx = make_user(ui_services, "newbie", "sales_manager", must_change_password=True)
    assert ui_services.auth.authenticate("newbie", PASSWORD).must_change_password
    dialog = ChangePasswordDialog(ctx, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old_edit, PASSWORD)
    qtbot.keyClicks(dialog.new_edit, "lettersonly")
    qtbot.keyClicks(dialog.repeat_edit, "lettersonly")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields["new_password"].error.text() == "Must contain both letters and digits"
    assert dialog.new_edit.text() == "lettersonly" and dialog.old_edit.text() == PASSWORD
    dialog.grab().save(str(shots / "rights_change_password.png"))

    dialog.new_edit.setText("brand-new-2")
    dialog.repeat_edit.setText("brand-new-3")
    dialog.ok_button.click()
    assert dialog.fields["repeat_password"].error.text() == "Does not match the new password"

    dialog.old_edit.setText("wrong-old-1")
    dialog.repeat_edit.setText("brand-new-2")
    dialog.ok_button.click()
    assert dialog.fields["old_password"].error.text() == "Is not your current password"

    dialog.old_edit.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and not dialog.user.must_change_password
    assert ui_services.auth.authenticate("newbie", "brand-new-2").login == "newbie"


def test_cancelling_the_first_password_change_quits(monkeypatch, ui_services, tasks):
    from app.ui import application
    from app.ui.login import ChangePasswordDialog

    _user, ctx = make_user(ui_services, "newbie", "sales_manager", must_change_password=True)
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert application._change_password_first(ctx, tasks) is False
    monkeypatch.setattr(ChangePasswordDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert application._change_password_first(ctx, tasks) is True
    # The first-run administrator's rights are read the same way, through the TaskRunner.
    assert application._wait_for(tasks, ui_services.access.my_rights).unrestricted


# -- the idle lock -------------------------------------------------------------------------------

def test_the_idle_lock_setting(tmp_path):
    from app import config

    assert config.idle_lock_minutes({}) == 15
    assert config.idle_lock_minutes({"idle_lock_minutes": 0}) == 0
    assert config.idle_lock_minutes({"idle_lock_minutes": 5}) == 5
    assert config.idle_lock_minutes({"idle_lock_minutes": "soon"}) == 15
    assert config.idle_lock_minutes({"idle_lock_minutes": -3}) == 15
    from app.ui.application import idle_lock_minutes

    paths = config.AppPaths(tmp_path / "data", tmp_path / "config", tmp_path / "logs").ensure()
    assert idle_lock_minutes(paths) == 15
    config.save_settings(paths, {"idle_lock_minutes": 0, "last_profile": "x"})
    assert idle_lock_minutes(paths) == 0
    paths.settings_file.write_text("{not json", encoding="utf-8")
    assert idle_lock_minutes(paths) == 15                 # a broken file is reported in the log, not fatal


def test_idle_time_locks_the_window_and_only_the_same_password_opens_it(qtbot, ui_services, tasks, acme, shots,
                                                                        monkeypatch):
    user, ctx = make_user(ui_services, "mary", "director")
    win = open_window(qtbot, ctx, tasks, user, idle_minutes=15)
    assert win.idle.timer.interval() == 15 * 60_000 and win.idle.timer.isActive()
    card = win.open_client(acme.id)
    qtbot.waitUntil(lambda: card.card is not None)
    card.display_name_edit.setText("Acme Ltd (typed, not saved)")

    win.idle.timer.stop()
    qtbot.keyClick(card.display_name_edit, "x")          # any input starts the idle time again
    assert win.idle.timer.isActive()
    card.display_name_edit.setText("Acme Ltd (typed, not saved)")

    win.idle.on_timeout()                                # the timer's handler: 15 minutes went by
    lock = win.lock_screen
    assert win.is_locked() and lock.isVisible() and not win.idle.timer.isActive()
    assert "mary" in lock.who_label.text()
    lock.resize(900, 560)
    lock.grab().save(str(shots / "rights_lock_screen.png"))

    lock.password_edit.setText("someone-elses-1")
    lock.unlock_button.click()
    assert win.is_locked()
    assert lock.error_label.text() == "That is not the password of mary."
    assert lock.password_edit.text() == "someone-elses-1"

    lock.password_edit.setText(PASSWORD)
    lock.unlock_button.click()
    assert not win.is_locked() and win.idle.timer.isActive()
    assert card.display_name_edit.text() == "Acme Ltd (typed, not saved)" and card.is_dirty()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Discard))


def test_close_karavan_from_the_lock_asks_about_unsaved_changes(qtbot, ui_services, tasks, acme, monkeypatch):
    user, ctx = make_user(ui_services, "mary", "director")
    win = open_window(qtbot, ctx, tasks, user, idle_minutes=15)
    card = win.open_client(acme.id)
    qtbot.waitUntil(lambda: card.card is not None)
    card.display_name_edit.setText("Acme Ltd (typed)")
    win.lock()
    asked = []

    def answer(choice):
        def question(*args, **_kwargs):
            asked.append(args[2])
            return choice
        return staticmethod(question)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    win.lock_screen.quit_button.click()
    assert asked and win.isVisible() and win.is_locked()   # the user kept their edits: still locked
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    win.lock_screen.quit_button.click()
    assert not win.isVisible() and not win.lock_screen.isVisible()


def test_no_idle_lock_when_the_setting_is_zero(qtbot, ui_services, tasks):
    user, ctx = make_user(ui_services, "mary", "director")
    win = open_window(qtbot, ctx, tasks, user, idle_minutes=0)
    assert not win.idle.enabled and not win.idle.timer.isActive()
    win.idle.on_timeout()
    assert not win.is_locked()


# -- History ---------------------------------------------------------------------------------------

def test_the_history_of_a_client_after_an_edit(qtbot, ui_services, tasks, acme, monkeypatch, shots):
    card_row = ui_services.clients.load_client(acme.id)
    form = card_row.form
    ui_services.clients.update_client(acme.id, replace(form, display_name="Acme Limited", notes="Pays on time"),
                                      expected_version=card_row.version)
    card = ClientCardWidget(ui_services, tasks, acme.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None)
    assert card.history_button.isVisible()
    opened = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: opened.append(self) or 0)
    card.history_button.click()
    dialog = opened[0]
    rows = dialog.model.rows
    assert [r.action for r in rows][:1] == ["create"] and rows[-1].action == "update"
    texts = [dialog.model.index(len(rows) - 1, c).data() for c in range(4)]
    assert strip_isolates(texts[1]) == "admin" and texts[2] == "changed"
    assert "Name: Acme Ltd → Acme Limited" in texts[3] and "display_name" not in texts[3]
    assert dialog.status_label.text() == f"{len(rows)} change(s), oldest first"
    dialog.show()
    dialog.grab().save(str(shots / "rights_history_dialog.png"))


def test_the_history_model_passes_the_model_tester(qtmodeltester, ui_services, acme):
    from app.ui.record_history import HistoryModel

    model = HistoryModel()
    model.set_rows(ui_services.access.record_history("client", acme.id))
    qtmodeltester.check(model)


# -- the other cards -------------------------------------------------------------------------------

@pytest.fixture
def shop(ui_services):
    from tests.ui.warehouse_fixtures import make_shop, post_receipt

    shop = make_shop(ui_services)
    post_receipt(shop, {"TEA-100": "20"})
    return shop


def test_a_clerk_confirms_documents_from_the_list_but_opens_them_read_only(qtbot, shop, tasks, shots):
    from app.services.documents.forms import DocumentForm, LineForm
    from app.ui.documents.editor import DocumentDialog
    from app.ui.documents.workspace import DocumentsWorkspace
    from app.ui.rights import remember

    draft = shop.ctx.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.customer,
                                                            lines=[LineForm(shop.products["TEA-100"], quantity="2")]))
    clerk, ctx = make_user(shop.ctx, "clerk", "warehouse_clerk")
    remember(ctx, ctx.access.my_rights())
    ws = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    assert not ws.new_button.isVisible() and not ws.export_action.isVisible()
    assert ws.confirm_action.isVisible() and ws.print_many_action.isVisible()
    assert not ws.payment_action.isVisible()              # payments are not a clerk's

    dialog = DocumentDialog(ctx, tasks, doc_id=draft.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.card is not None)
    assert dialog.read_only_label.isVisible() and not dialog.save_button.isVisible()
    assert not dialog.client_combo.isEnabled() and dialog.lines_model.read_only
    assert dialog.print_button.isVisible() and dialog.history_button.isVisible()
    dialog.grab().save(str(shots / "rights_read_only_document.png"))


def test_an_accountant_sees_a_stock_document_and_a_production_order_read_only(qtbot, shop, tasks):
    from app.services.production import ProductionOrderForm
    from app.ui.production.order_dialog import ProductionOrderDialog
    from app.ui.rights import remember
    from app.ui.warehouse.document_dialog import StockDocumentDialog
    from tests.ui.warehouse_fixtures import draft_shipment

    shipment = draft_shipment(shop, {"TEA-100": "1"})
    _acc, ctx = make_user(shop.ctx, "alice", "accountant")
    remember(ctx, ctx.access.my_rights())
    dialog = StockDocumentDialog(ctx, tasks, doc_id=shipment.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.card is not None)
    assert dialog.read_only_label.isVisible()
    assert not dialog.save_button.isVisible() and not dialog.post_button.isVisible()
    assert not dialog.warehouse_combo.isEnabled() and dialog.history_button.isVisible()

    del ProductionOrderForm  # the accountant may not even plan one: a new order opens as a view
    order = ProductionOrderDialog(ctx, tasks)
    qtbot.addWidget(order)
    order.show()
    assert order.read_only_label.isVisible()
    assert not order.save_button.isVisible() and not order.release_button.isVisible()
    order.save()                                          # Ctrl+S on a view does nothing


def test_a_role_that_only_reads_deals_gets_a_read_only_deal(qtbot, ui_services, tasks, acme):
    from app.services.funnel import DealForm, StageSpec
    from app.ui.funnel.deal_dialog import DealDialog
    from app.ui.rights import remember

    pipeline = ui_services.funnel.create_pipeline("Sales", stages=[StageSpec("New", 10)])
    deal = ui_services.funnel.create_deal(DealForm(title="Boxes", client_id=acme.id, pipeline_id=pipeline.id))
    role = ui_services.access.save_role(None, name="Deal reader", cells={
        ("deals", "view"): "all", ("clients", "view"): "all", ("service_desk", "view"): "all"})
    _reader, ctx = make_user(ui_services, "reader", role.key)
    remember(ctx, ctx.access.my_rights())
    dialog = DealDialog(ctx, tasks, deal_id=deal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.read_only_label.isVisible() and not dialog.save_button.isVisible()
    assert dialog.title_edit.isReadOnly() and dialog.title_edit.text() == "Boxes"
    assert not dialog.log_button.isVisible() and not dialog.document_buttons["quote"].isVisible()
    assert dialog.audit_button.isVisible()
    dialog.save()

    from app.ui.service_desk.request_dialog import ServiceRequestDialog
    request = ServiceRequestDialog(ctx, tasks)
    qtbot.addWidget(request)
    request.show()
    assert request.read_only_label.isVisible() and not request.save_button.isVisible()
    request.save()


@pytest.mark.parametrize("role", ["director", "sales_manager", "warehouse_clerk", "accountant", "production"])
def test_every_area_a_role_sees_opens_without_a_refusal(qtbot, ui_services, tasks, acme, role):
    user, ctx = make_user(ui_services, "someone", role)
    win = open_window(qtbot, ctx, tasks, user)
    for area in win.areas:
        win.show_area(area.key)
        qtbot.wait(1)
        assert win.workspaces.currentWidget() is win.page(area.key)
    errors = [t for t in win.findChildren(type(win.user_label), "tile_error") if t.isVisible()]
    assert errors == []
    # The card of a client the role sees, every tab of it.
    client_id = acme.id if role != "sales_manager" else ctx.clients.create_client(
        ClientForm(display_name="Own client", manager_id=user.id)).id
    card = win.open_client(client_id)
    qtbot.waitUntil(lambda: card.card is not None)
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)
        qtbot.wait(1)
    assert card.read_only_label.isVisible() == (role == "warehouse_clerk" or role == "production")


def test_reminders_wait_while_karavan_is_locked(qtbot, ui_services, tasks):
    from datetime import timedelta

    from tests.ui.test_planner import add

    user, ctx = make_user(ui_services, "mary", "director")
    due = datetime.now(UTC).replace(tzinfo=None) + timedelta(minutes=5)
    add(ctx, "Call Reza", due, kind="call", remind_before_minutes=15)
    win = open_window(qtbot, ctx, tasks, user, idle_minutes=15)
    win.start_reminders()
    try:
        assert win.reminders.window.isVisible()
        win.idle.on_timeout()
        assert win.is_locked() and not win.reminders.window.isVisible() and not win.reminders.timer.isActive()
        win.lock_screen.password_edit.setText(PASSWORD)
        win.lock_screen.unlock_button.click()
        assert not win.is_locked() and win.reminders.window.isVisible() and win.reminders.timer.isActive()
    finally:
        win.reminders.stop()
