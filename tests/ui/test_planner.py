"""A manager's planner: a new task through the dialog, completing a call from "My day" with a follow-up,
dragging a task in the calendar, and a reminder that is snoozed."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog

from app.services.clients import ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit
from app.services.funnel import DealForm, StageSpec
from app.services.planner import TaskForm, to_local, to_utc
from app.ui.planner import CompleteTaskDialog, PlannerWorkspace, TaskDialog
from app.ui.planner import workspace as workspace_module
from app.ui.planner.calendar_view import CalendarView
from app.ui.planner.common import local_today
from app.ui.planner.my_day import MyDayModel
from app.ui.planner.reminders import ReminderCenter, ReminderModel
from tests.ui.typing_helpers import type_text


def save_shot(widget, name: str, shots: Path) -> None:
    widget.grab().save(str(shots / f"{name}.png"))


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """UTC of a local time."""
    return to_utc(datetime.combine(day, time(hour, minute)))


@pytest.fixture
def office(ui_services):
    """Two clients (one Persian), a deal, and a colleague, Olga."""
    s = ui_services
    aria = s.clients.create_client(ClientForm(display_name="شرکت آریا",
                                              contacts=(ContactPersonData("Reza Karimi"),
                                                        ContactPersonData("Sara Ahmadi"))))
    acme = s.clients.create_client(ClientForm(display_name="Acme Corporation"))
    pipeline = s.funnel.create_pipeline("Sales", stages=[StageSpec("Lead")])
    deal = s.funnel.create_deal(DealForm(title="Carpets for Tehran office", client_id=aria.id,
                                         pipeline_id=pipeline.id))
    olga = s.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    return dict(aria=aria, acme=acme, deal=deal, olga=olga)


def add(services, subject: str, due: datetime, **kw):
    return services.planner.create_task(TaskForm(subject=subject, due_at=due, assignee_id=kw.pop("assignee_id",
                                                 services.user_id), **kw))


@pytest.fixture
def busy_day(ui_services, office):
    """Overdue, today's and later tasks for me and Olga."""
    s, today = ui_services, local_today()
    monday = today - timedelta(days=today.isoweekday() - 1)
    rows = dict(
        call=add(s, "Call Reza about the carpets", at(today, 10), kind="call", client_id=office["aria"].id,
                 contact_person_id=office["aria"].form.contacts[0].id, deal_id=office["deal"].id,
                 duration_minutes=30, priority="high", remind_before_minutes=15),
        overdue=add(s, "Send the price list", at(today - timedelta(days=2), 9), kind="email",
                    client_id=office["acme"].id),
        meeting=add(s, "Product demo", at(today, 14, 30), kind="meeting", duration_minutes=90,
                    client_id=office["acme"].id),
        all_day=add(s, "Prepare the quarterly report", at(today, 0), kind="todo", all_day=True, duration_minutes=0),
        olga=add(s, "جلسه با مدیر خرید", at(today, 11), kind="meeting", duration_minutes=60,
                 assignee_id=office["olga"], client_id=office["aria"].id),
    )
    for i in range(5):
        add(s, f"Follow-up #{i + 1}", at(monday + timedelta(days=i), 9 + i), kind="call", duration_minutes=45)
        add(s, f"Olga's visit {i + 1}", at(monday + timedelta(days=i), 12 + i % 3), kind="meeting",
            duration_minutes=60, assignee_id=office["olga"])
    return rows


@pytest.fixture
def workspace(qtbot, ui_services, tasks, busy_day) -> PlannerWorkspace:
    ws = PlannerWorkspace(ui_services, tasks)
    qtbot.addWidget(ws)
    ws.resize(1200, 750)
    ws.show()
    qtbot.waitUntil(lambda: ws.people_model.rowCount() > 0)
    return ws


def test_a_new_task_is_created_through_the_dialog(qtbot, ui_services, tasks, office, shots):
    dialog = TaskDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.subject_edit, "Meet Sara at the exhibition")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("meeting"))
    tomorrow = local_today() + timedelta(days=1)
    dialog.date_edit.setDate(tomorrow)
    dialog.time_edit.setTime(time(15, 30))
    type_text(dialog.client_combo.lineEdit(), "شرکت")
    dialog.search_clients()
    assert dialog._client_hits.rowCount() == 1
    dialog.client_completer.activated[type(dialog._client_hits.index(0, 0))].emit(dialog._client_hits.index(0, 0))
    assert [dialog.contact_combo.itemText(i) for i in range(dialog.contact_combo.count())] == [
        "—", "Reza Karimi", "Sara Ahmadi"]
    dialog.contact_combo.setCurrentIndex(2)
    dialog.deal_combo.setCurrentIndex(dialog.deal_combo.findData(office["deal"].id))
    dialog.remind_spin.setValue(30)
    assert not dialog.complete_button.isVisible()
    dialog.resize(640, 720)
    save_shot(dialog, "planner_task_dialog", shots)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = ui_services.planner.load_task(dialog.saved.id)
    assert (row.subject, row.kind, row.client_name, row.contact_name, row.deal_title) == (
        "Meet Sara at the exhibition", "meeting", "شرکت آریا", "Sara Ahmadi", "Carpets for Tehran office")
    assert to_local(row.due_at) == datetime.combine(tomorrow, time(15, 30))
    assert row.remind_at == row.due_at - timedelta(minutes=30)


def test_a_rejected_task_keeps_what_was_typed_and_says_why_by_the_field(qtbot, ui_services, tasks, office):
    dialog = TaskDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.duration_spin.setValue(-1)
    dialog.recurrence_combo.setCurrentIndex(dialog.recurrence_combo.findData("weekly"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.fields["subject"].error.isVisible()
    assert dialog.fields["duration_minutes"].error.text().startswith("Must be between")
    assert dialog.fields["recurrence_weekdays"].error.isVisible()
    assert dialog.recurrence_combo.currentData() == "weekly"


def test_an_existing_task_opens_with_its_values_and_saves_an_edit(qtbot, ui_services, tasks, busy_day):
    row = busy_day["call"]
    dialog = TaskDialog(ui_services, tasks, task_id=row.id)
    qtbot.addWidget(dialog)
    assert dialog.subject_edit.text() == row.subject
    assert dialog.contact_combo.currentText() == "Reza Karimi"
    assert dialog.complete_button.isVisibleTo(dialog)
    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "Call Reza again")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = ui_services.planner.load_task(row.id)
    assert (saved.subject, saved.version, saved.form.contact_person_id) == (
        "Call Reza again", 2, row.form.contact_person_id)


def test_my_day_groups_overdue_and_today_and_passes_the_model_tester(qtbot, qtmodeltester, workspace, busy_day,
                                                                    shots):
    model = workspace.my_day_model
    qtmodeltester.check(model)
    texts = [model.index(r, 0).data() if model.is_header(r) else model.index(r, 1).data().strip("\u2068\u2069")
             for r in range(model.rowCount())]
    # This week's earlier follow-ups are overdue too, depending on the weekday the test runs on.
    earlier = sum(1 for i in range(5) if i < local_today().isoweekday() - 1)
    today_at = texts.index(next(t for t in texts if t.startswith("Today · ")))
    assert texts[0] == f"Overdue · {1 + earlier}" and "Send the price list" in texts[1:today_at]
    assert "Call Reza about the carpets" in texts and "جلسه با مدیر خرید" not in texts
    assert model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole).name() == "#c62828"
    save_shot(workspace, "planner_my_day", shots)


def _select_task(qtbot, workspace: PlannerWorkspace, subject: str) -> None:
    model, view = workspace.my_day_model, workspace.my_day_view
    row = next(r for r in range(model.rowCount()) if (t := model.task_at(r)) and t.subject == subject)
    rect = view.visualRect(model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert workspace.selected_task().subject == subject


def test_completing_a_call_from_my_day_with_a_result_creates_the_follow_up(qtbot, monkeypatch, ui_services,
                                                                         workspace, busy_day):
    call = busy_day["call"]
    _select_task(qtbot, workspace, call.subject)
    seen = {}

    def fill_and_complete(dialog: CompleteTaskDialog):
        seen["follow_on"] = dialog.follow_up_check.isChecked()
        type_text(dialog.result_edit, "Wants 20 carpets, send the offer")
        dialog.follow_subject_edit.clear()
        qtbot.keyClicks(dialog.follow_subject_edit, "Call back about the offer")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(CompleteTaskDialog, "exec", fill_and_complete)
    qtbot.mouseClick(workspace.complete_button, Qt.MouseButton.LeftButton)
    assert seen["follow_on"]          # a call suggests its follow-up
    done = ui_services.planner.load_task(call.id)
    assert (done.status, done.result) == ("done", "Wants 20 carpets, send the offer")
    follow = [t for t in ui_services.planner.tasks_for_deal(call.form.deal_id) if t.id != call.id]
    assert len(follow) == 1
    assert (follow[0].subject, follow[0].kind, follow[0].status, follow[0].follow_up_of_id, follow[0].client_name) == (
        "Call back about the offer", "call", "open", call.id, "شرکت آریا")
    assert to_local(follow[0].due_at).time() == to_local(call.due_at).time()
    # My day shows it under "Done today" now.
    model = workspace.my_day_model
    assert any(model.index(r, 0).data() == "Done today · 1" for r in range(model.rowCount()))


def _show_week(qtbot, workspace: PlannerWorkspace, people: list[int]) -> CalendarView:
    workspace.tabs.setCurrentIndex(1)
    workspace.set_people(people)
    qtbot.mouseClick(workspace.findChild(type(workspace.today_button), "week_mode_button"), Qt.MouseButton.LeftButton)
    return workspace.calendar


def test_dragging_a_task_to_the_next_day_reschedules_it(qtbot, ui_services, workspace, busy_day, office, shots):
    view = _show_week(qtbot, workspace, [ui_services.user_id, office["olga"]])
    assert workspace.people_model.item(0).text() == "Anna Admin (me)"
    save_shot(workspace, "planner_calendar_week", shots)
    target = next(b for b in view.blocks if b.row.subject == "Follow-up #1")   # Monday 09:00, 45 min
    start = target.rect.center().toPoint()
    column = view._grid().width() / 7
    end = start + QPoint(int(column), 0)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(10, 0))
    qtbot.mouseMove(view.viewport(), end)
    assert view._drag is not None
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = ui_services.planner.load_task(target.row.id)
    assert to_local(moved.due_at) == to_local(target.row.due_at) + timedelta(days=1)
    assert moved.version == target.row.version + 1
    assert view.block_of(moved.id).row.version == moved.version   # the calendar reloaded


def test_a_stale_drag_is_shown_as_a_conflict_and_overwrites_nothing(qtbot, monkeypatch, ui_services, workspace,
                                                                  busy_day, office):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    block = next(b for b in view.blocks if b.row.subject == "Follow-up #2")
    # Someone else moves it meanwhile.
    theirs = ui_services.planner.reschedule_task(block.row.id, due_at=block.row.due_at + timedelta(hours=2),
                                                 expected_version=block.row.version)
    shown = []
    monkeypatch.setattr(workspace_module, "show_error", lambda parent, exc: shown.append(exc))
    start = block.rect.center().toPoint()
    end = start + QPoint(int(view._grid().width() / 7), 0)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(10, 0))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert len(shown) == 1 and isinstance(shown[0], ConcurrentEdit)
    assert ui_services.planner.load_task(block.row.id) == theirs
    assert view.block_of(theirs.id).row.due_at == theirs.due_at


def test_day_mode_gives_each_colleague_a_column_and_month_mode_a_grid(qtbot, ui_services, workspace, busy_day,
                                                                     office, shots):
    view = _show_week(qtbot, workspace, [ui_services.user_id, office["olga"]])
    workspace.go_to(local_today())
    qtbot.mouseClick(workspace.findChild(type(workspace.today_button), "day_mode_button"), Qt.MouseButton.LeftButton)
    assert [name for _id, name in view.people] == ["Anna Admin (me)", "Olga Sidorova"]
    olga_block = next(b for b in view.blocks if b.row.subject == "جلسه با مدیر خرید")
    assert olga_block.rect.left() > view._grid().center().x()        # Olga's column is the second
    save_shot(workspace, "planner_calendar_day", shots)
    qtbot.mouseClick(workspace.findChild(type(workspace.today_button), "month_mode_button"),
                     Qt.MouseButton.LeftButton)
    first, after = view.period()
    assert (after - first).days == 42 and first.isoweekday() == 1
    # Today's cell holds both people's tasks; how many fit depends on the weekday (the week's follow-ups
    # land on today too), and those that do not fit are counted in its "+N more" line.
    today_ids = {r.id for r in view.tasks if view._local(r)[0].date() == local_today()}
    assert {busy_day["meeting"].id, busy_day["olga"].id} <= today_ids
    hidden = len(today_ids) - len({b.row.id for b in view.blocks} & today_ids)
    assert hidden == 0 or f"+{hidden} more" in [text for _rect, text in view.more]
    save_shot(workspace, "planner_calendar_month", shots)
    workspace.step(+1)
    assert view.anchor.day == 1 and view.anchor != local_today().replace(day=1)


def test_a_due_reminder_shows_in_the_window_and_snooze_moves_it(qtbot, qtmodeltester, ui_services, tasks, busy_day,
                                                               shots):
    call = busy_day["call"]
    center = ReminderCenter(ui_services, tasks, user_id=ui_services.user_id, parent_window=None)
    qtbot.addWidget(center.window)
    now = call.remind_at + timedelta(minutes=1)
    center.clock = lambda: now
    center.start()
    try:
        assert center.window.isVisible()
        assert [r.id for r in center.window.model.rows] == [call.id]
        assert "Call Reza about the carpets" in center.window.model.index(0, 0).data()
        qtmodeltester.check(center.window.model)
        save_shot(center.window, "planner_reminders", shots)
        opened = []
        center.open_task.connect(opened.append)
        qtbot.mouseClick(center.window.open_button, Qt.MouseButton.LeftButton)
        assert opened == [call.id]
        assert [center.window.snooze_combo.itemData(i) for i in range(center.window.snooze_combo.count())] == [
            5, 10, 30, 60]
        center.window.snooze_combo.setCurrentIndex(center.window.snooze_combo.findData(10))
        qtbot.mouseClick(center.window.snooze_button, Qt.MouseButton.LeftButton)
        assert ui_services.planner.load_task(call.id).remind_at == now.replace(microsecond=0) + timedelta(minutes=10)
        assert not center.window.isVisible()          # nothing else is due
        center.clock = lambda: now + timedelta(minutes=20)
        center.poll()
        assert center.window.isVisible()
        qtbot.mouseClick(center.window.dismiss_button, Qt.MouseButton.LeftButton)
        assert ui_services.planner.load_task(call.id).remind_at is None
        assert not center.window.isVisible()
    finally:
        center.stop()


def test_the_tray_menu_opens_and_snoozes_and_a_snooze_survives_a_restart(qtbot, ui_services, tasks, busy_day):
    call = busy_day["call"]
    now = call.remind_at + timedelta(minutes=1)
    center = ReminderCenter(ui_services, tasks, user_id=ui_services.user_id, parent_window=None)
    qtbot.addWidget(center.window)
    center.clock = lambda: now
    center.start()
    try:
        names = [a.objectName() for a in center.tray_menu.actions() if a.objectName()]
        assert names == [f"tray_open_{call.id}", "tray_show_window"]
        assert center.tray_action(f"tray_open_{call.id}").text() == "Open: \u2068Call Reza about the carpets\u2069"
        opened = []
        center.open_task.connect(opened.append)
        center.tray_action(f"tray_open_{call.id}").trigger()
        center.message_clicked()                 # the tray message announced this one task: it opens too
        assert opened == [call.id, call.id]
        center.tray_action("tray_snooze_30").trigger()
        snoozed_until = now.replace(microsecond=0) + timedelta(minutes=30)
        assert ui_services.planner.load_task(call.id).remind_at == snoozed_until
        assert not center.window.isVisible()
        assert [a.text() for a in center.tray_menu.actions()] == ["No reminders due"]
    finally:
        center.stop()
    # The application restarts 10 minutes later: the snoozed reminder stays quiet until its time.
    restarted = ReminderCenter(ui_services, tasks, user_id=ui_services.user_id, parent_window=None)
    qtbot.addWidget(restarted.window)
    restarted.clock = lambda: now + timedelta(minutes=10)
    restarted.start()
    try:
        assert not restarted.window.isVisible() and restarted.rows == []
        restarted.clock = lambda: snoozed_until
        restarted.poll()
        assert restarted.window.isVisible() and [r.id for r in restarted.rows] == [call.id]
    finally:
        restarted.stop()


def test_open_from_a_reminder_opens_the_task_in_the_main_window(qtbot, ui_services, tasks, busy_day, monkeypatch):
    import app.ui.planner as planner
    from app.ui.main_window import MainWindow

    shown = []

    class FakeTaskDialog:
        def __init__(self, ctx, tasks_, *, task_id, parent):
            shown.append(task_id)

        def exec(self):
            return 0

        def deleteLater(self):
            pass
    monkeypatch.setattr(planner, "TaskDialog", FakeTaskDialog)
    admin = ui_services.users.list_users()[0]
    window = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(window)
    call = busy_day["call"]
    window.start_reminders()
    try:
        window.reminders.clock = lambda: call.remind_at + timedelta(minutes=1)
        window.reminders.poll()
        window.reminders.tray_action(f"tray_open_{call.id}").trigger()
        qtbot.mouseClick(window.reminders.window.open_button, Qt.MouseButton.LeftButton)
        assert shown == [call.id, call.id]
    finally:
        window.reminders.stop()


def test_models_pass_the_model_tester_when_empty(qtmodeltester):
    qtmodeltester.check(MyDayModel())
    qtmodeltester.check(ReminderModel())
