"""Settings → Automation rules…: an administrator builds a rule by clicking, bad input is marked and kept,
templates, the run log with a retry, and the user's messages in the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QSpinBox
from sqlalchemy import select

from app.models import Task
from app.services.automation import RuleForm
from app.services.clients import ClientForm
from app.services.funnel.forms import StageSpec
from app.ui.automation import AutomationCenter, AutomationRulesDialog, NoticesDialog, RuleRunLogDialog
from tests.conftest import ADMIN_PASSWORD
from tests.ui.shot_paths import shot_path


def _pick(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    assert index >= 0, (combo.objectName(), data)
    combo.setCurrentIndex(index)


def _dialog(qtbot, ui_services, tasks):
    dialog = AutomationRulesDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_administrator_builds_a_rule_by_clicking_and_it_runs(qtbot, ui_services, tasks, shots):
    ui_services.funnel.create_pipeline("Wholesale", stages=[StageSpec("Lead", 10)])
    maria = ui_services.users.add_user("maria", full_name="Maria Manager", password="maria-pass-1",
                                       role="sales_manager")
    dialog = _dialog(qtbot, ui_services, tasks)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.name_edit, "Welcome call for big clients")
    _pick(dialog.trigger_combo, "client.created")
    qtbot.mouseClick(dialog.add_condition_button, Qt.MouseButton.LeftButton)
    cond = dialog.condition_rows[0]
    _pick(cond.field_combo, "tags")
    _pick(cond.op_combo, "contains")
    qtbot.keyClicks(cond.value_edit, "VIP")
    # The new rule came with one "Create a task" action: fill it in.
    action = dialog.action_rows[0]
    assert action.kind_combo.currentData() == "create_task"
    _pick(action.params["assignee"].widget, f"user:{maria.id}")
    qtbot.keyClicks(action.params["subject"].widget, "Call {record}")
    _pick(action.params["task_kind"].widget, "call")
    action.params["due_days"].widget.setValue(1)
    qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)
    second = dialog.action_rows[1]
    _pick(second.kind_combo, "notify")
    _pick(second.params["recipients"].widget, "admins")
    qtbot.keyClicks(second.params["text"].widget, "VIP client {record} arrived")
    dialog.grab().save(str(shots / "automation_rule_editor.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == ""
    (rule,) = ui_services.automation.list_rules()
    assert rule.form.trigger == "client.created"
    assert rule.form.conditions == [{"field": "tags", "op": "contains", "value": "VIP"}]
    assert [a["kind"] for a in rule.form.actions] == ["create_task", "notify"]
    assert dialog.rule_list.count() == 1 and dialog.rule_list.currentRow() == 0
    # It works: a VIP client gets Maria a call task.
    ui_services.clients.create_client(ClientForm(display_name="Big Buyer", tags=("VIP",)))
    ui_services.clients.create_client(ClientForm(display_name="Small Buyer"))
    assert ui_services.automation.process_pending().ok == 1
    with ui_services.uow() as uow:
        made = uow.session.scalars(select(Task).where(Task.assignee_id == maria.id)).all()
        assert [(t.subject, t.kind) for t in made] == [("Call Big Buyer", "call")]
    assert [n.text for n in ui_services.automation.my_notices()] == ["VIP client Big Buyer arrived"]


def test_bad_input_is_marked_by_its_field_and_kept(qtbot, ui_services, tasks):
    dialog = _dialog(qtbot, ui_services, tasks)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    _pick(dialog.trigger_combo, "deal.created")
    qtbot.mouseClick(dialog.add_condition_button, Qt.MouseButton.LeftButton)
    cond = dialog.condition_rows[0]
    _pick(cond.field_combo, "amount")
    _pick(cond.op_combo, ">")
    qtbot.keyClicks(cond.value_edit, "a lot")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Enter a name" in dialog.fields["name"].error.text()
    assert "Condition 1: Enter a number" in dialog.status.text()
    assert cond.value_edit.property("invalid") is True
    assert cond.value_edit.text() == "a lot"          # what the user typed stays
    assert ui_services.automation.list_rules() == []
    # A schedule's time is checked too.
    qtbot.keyClicks(dialog.name_edit, "Nightly")
    _pick(dialog.trigger_combo, "schedule")
    assert dialog.condition_rows == [] and not dialog.add_condition_button.isEnabled()
    at = dialog.trigger_params["at"].widget
    assert isinstance(at, QLineEdit)
    at.setText("7 pm")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Trigger: Enter a time as HH:MM" in dialog.status.text()
    assert at.property("invalid") is True


def test_templates_are_added_edited_and_deleted(qtbot, ui_services, tasks, monkeypatch, shots):
    dialog = _dialog(qtbot, ui_services, tasks)
    _pick(dialog.template_combo, "overdue_invoice_call")
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == "Invoice overdue 3 days → call task for the manager"
    days = dialog.trigger_params["days"].widget
    assert isinstance(days, QSpinBox) and days.value() == 3
    assert dialog.action_rows[0].params["task_kind"].value() == "call"
    days.setValue(5)
    dialog.active_check.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (rule,) = ui_services.automation.list_rules()
    assert (rule.form.trigger_params, rule.active) == ({"days": 5}, False)
    assert "(off)" in dialog.rule_list.item(0).text()
    _pick(dialog.template_combo, "below_min_purchase")
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.rule_list.count() == 2
    dialog.grab().save(str(shots / "automation_rule_template.png"))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in ui_services.automation.list_rules()] == [rule.name]


def test_the_run_log_shows_failures_and_retries_one(qtbot, qtmodeltester, ui_services, tasks, shots):
    ui_services.automation.save_rule(None, RuleForm(name="Needs a manager", trigger="client.created", actions=[
        {"kind": "create_task", "assignee": "role:warehouse_clerk", "subject": "Hello"}]))
    ui_services.clients.create_client(ClientForm(display_name="Nobody's client"))
    assert ui_services.automation.process_pending().failed == 1
    log = RuleRunLogDialog(ui_services, tasks)
    qtbot.addWidget(log)
    log.show()
    qtmodeltester.check(log.model)
    assert log.model.rowCount() == 1
    assert log.model.index(0, 3).data() == "Failed, will retry"
    assert "no active user has the role" in log.model.index(0, 5).data()
    assert "1 with a problem" in log.summary.text()
    log.grab().save(str(shots / "automation_run_log.png"))
    assert not log.retry_button.isEnabled()
    log.table.selectRow(0)
    assert log.retry_button.isEnabled()
    ui_services.users.add_user("wanda", full_name="Wanda Clerk", password="wanda-pass-1", role="warehouse_clerk")
    qtbot.mouseClick(log.retry_button, Qt.MouseButton.LeftButton)
    assert ui_services.automation.process_pending().ok == 1
    _pick(log.filter_combo, "problems")
    assert log.model.rowCount() == 0
    _pick(log.filter_combo, None)
    assert [log.model.index(r, 3).data() for r in range(log.model.rowCount())] == ["Done", "Failed, retried"]


def test_the_main_window_runs_rules_after_a_save_and_shows_the_messages(qtbot, ui_services, tasks, monkeypatch):
    from app.ui.main_window import MainWindow

    ui_services.automation.save_rule(None, RuleForm(name="Hello", trigger="client.created", actions=[
        {"kind": "notify", "recipients": "admins", "text": "New client {record}"}]))
    me = ui_services.auth.authenticate("admin", ADMIN_PASSWORD)
    window = MainWindow(ui_services, tasks, user=me, database="test", company="Test")
    qtbot.addWidget(window)
    window.start_automation()
    center: AutomationCenter = window.automation
    assert window.findChild(type(center.button), "notices_button") is center.button
    assert window.menuBar().findChild(type(window.new_menu_action), "menu_automation_rules") is not None
    ui_services.clients.create_client(ClientForm(display_name="Tabriz Carpets"))
    tasks.notify_changed("client", ())           # what a save through the runner announces
    qtbot.waitUntil(lambda: center.unread == 1, timeout=3000)
    assert center.button.text() == "Messages: 1"
    window.show()
    window.grab().save(shot_path("automation_messages_status_bar.png"))
    shown = {}

    def fake_exec(dialog):
        shown["texts"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(NoticesDialog, "exec", fake_exec)
    qtbot.mouseClick(center.button, Qt.MouseButton.LeftButton)
    assert shown["texts"][0].endswith("New client Tabriz Carpets")
    assert center.unread == 0 and center.button.text() == "Messages"
    # Double-clicking a message opens its record.
    opened = []
    monkeypatch.setattr(window, "open_record", lambda kind, ident: opened.append((kind, ident)))

    def activate(dialog):
        dialog.list.itemActivated.emit(dialog.list.item(0))
        return 0

    monkeypatch.setattr(NoticesDialog, "exec", activate)
    qtbot.mouseClick(center.button, Qt.MouseButton.LeftButton)
    (client,) = [c for c in ui_services.clients.search_clients("Tabriz", limit=5)]
    assert opened == [("client", client.id)]
    center.stop()


def test_who_may_only_view_settings_sees_the_rules_but_changes_nothing(qtbot, ui_services, tasks):
    ui_services.automation.add_template("below_min_purchase")
    roles = {r.key: r for r in ui_services.access.list_roles()}
    cells = dict(roles["sales_manager"].cells)
    cells[("settings", "view")] = "all"
    viewer_role = ui_services.access.save_role(None, name="Settings viewer", cells=cells)
    viewer = ui_services.users.add_user("vera", full_name="Vera Viewer", password="vera-pass-11",
                                        role=viewer_role.key)
    dialog = _dialog(qtbot, ui_services.as_user(viewer.id), tasks)
    assert dialog.rule_list.count() == 1
    assert dialog.name_edit.text() == "Stock below minimum → draft purchase order"
    for button in (dialog.save_button, dialog.new_button, dialog.template_button, dialog.delete_button,
                   dialog.add_action_button):
        assert not button.isEnabled(), button.objectName()
    assert dialog.log_button.isEnabled()
    assert "Settings edit right" in dialog.status.text()
