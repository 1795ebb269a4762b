"""What the planner review found: stale links kept by the dialog, unsaved edits saved before closing a task,
tasks over midnight on every day they cover, fast paging, a snooze that is not an edit, and freed menus and
dialogs."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMenu

from app.models import Deal, User
from app.services.planner import to_local
from app.ui.planner import CompleteTaskDialog, TaskDialog
from app.ui.planner.calendar_view import BAND, CalendarView
from app.ui.planner.common import local_today
from app.ui.planner.status_actions import CancelTaskDialog
from tests.ui import test_planner as story
from tests.ui import test_planner_actions as actions
from tests.ui.test_planner import _show_week, add, at, save_shot
from tests.ui.test_planner_actions import answer_cancel, open_dialog, right_click
from tests.ui.typing_helpers import type_text

# The office, its busy day and the shown workspace are the planner story's fixtures; errors are recorded.
busy_day, office, workspace = story.busy_day, story.office, story.workspace
errors = actions.errors


def monday():
    today = local_today()
    return today - timedelta(days=today.isoweekday() - 1)


def flush_deletes() -> None:
    """Run the deleteLater() requests, as the event loop does between user actions."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


# -- the task dialog keeps links it does not offer ---------------------------------------------------------

def test_a_typo_fix_keeps_a_deactivated_assignee_and_a_deal_now_of_another_client(qtbot, ui_services, tasks,
                                                                                 office):
    row = add(ui_services, "Visit the warehouse", at(local_today(), 15), kind="meeting", assignee_id=office["olga"],
              client_id=office["aria"].id, deal_id=office["deal"].id)
    with ui_services.session_factory() as s:      # Olga left; the deal went to Acme (e.g. after a client merge)
        s.get(User, office["olga"]).active = False
        s.get(Deal, office["deal"].id).client_id = office["acme"].id
        s.commit()
    dialog = open_dialog(qtbot, ui_services, tasks, row.id)
    assert (dialog.assignee_combo.currentData(), dialog.assignee_combo.currentText()) == (
        office["olga"], "Olga Sidorova")
    assert (dialog.deal_combo.currentData(), dialog.deal_combo.currentText()) == (
        office["deal"].id, "Carpets for Tehran office")
    retype(qtbot, dialog.subject_edit, "Visit the new warehouse")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ui_services.planner.load_task(row.id)
    assert (saved.subject, saved.form.assignee_id, saved.form.deal_id) == (
        "Visit the new warehouse", office["olga"], office["deal"].id)


# -- Complete… and Cancel task… save what was typed first -------------------------------------------------

def test_complete_saves_the_unsaved_edits_first(qtbot, monkeypatch, ui_services, tasks, busy_day):
    call = busy_day["call"]
    dialog = open_dialog(qtbot, ui_services, tasks, call.id)
    retype(qtbot, dialog.subject_edit, "Call Reza about the blue carpets")
    dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData("low"))
    seen = {}

    def complete(box: CompleteTaskDialog):
        seen["version"] = box.row.version
        seen["follow_up"] = box.follow_subject_edit.text()
        type_text(box.result_edit, "Ordered")
        box.follow_up_check.setChecked(False)
        qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)
        return box.result()
    monkeypatch.setattr(CompleteTaskDialog, "exec", complete)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    done = ui_services.planner.load_task(call.id)
    assert (done.status, done.result, done.subject, done.form.priority) == (
        "done", "Ordered", "Call Reza about the blue carpets", "low")
    assert seen == {"version": call.version + 1, "follow_up": "Follow-up: Call Reza about the blue carpets"}
    assert done.version == call.version + 2


def test_cancel_saves_the_unsaved_edits_first_and_a_refused_save_cancels_nothing(qtbot, monkeypatch, ui_services,
                                                                                tasks, busy_day):
    meeting = busy_day["meeting"]
    dialog = open_dialog(qtbot, ui_services, tasks, meeting.id)
    dialog.subject_edit.clear()                    # not a valid task: nothing is saved nor cancelled
    asked = []
    monkeypatch.setattr(CancelTaskDialog, "exec", lambda box: asked.append(box) or 0)
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert asked == [] and dialog.fields["subject"].error.isVisible()
    assert ui_services.planner.load_task(meeting.id) == meeting
    qtbot.keyClicks(dialog.subject_edit, "Product demo (online)")
    answer_cancel(monkeypatch, qtbot, confirm=True, reason="They saw the video")
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    cancelled = ui_services.planner.load_task(meeting.id)
    assert (cancelled.status, cancelled.subject, cancelled.result) == (
        "cancelled", "Product demo (online)", "They saw the video")


def test_an_untouched_task_is_completed_without_a_save(qtbot, monkeypatch, ui_services, tasks, busy_day):
    row = busy_day["overdue"]
    dialog = open_dialog(qtbot, ui_services, tasks, row.id)
    assert not dialog.edited()

    def complete(box: CompleteTaskDialog):
        qtbot.mouseClick(box.ok_button, Qt.MouseButton.LeftButton)
        return box.result()
    monkeypatch.setattr(CompleteTaskDialog, "exec", complete)
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    assert ui_services.planner.load_task(row.id).version == row.version + 1     # only the completion


# -- a snooze is not an edit -------------------------------------------------------------------------------

def test_a_snooze_while_the_task_is_open_does_not_make_the_save_a_conflict(qtbot, ui_services, tasks, busy_day,
                                                                          errors):
    call = busy_day["call"]
    dialog = open_dialog(qtbot, ui_services, tasks, call.id)
    ui_services.planner.snooze_reminder(call.id, until=call.remind_at + timedelta(minutes=5))
    ui_services.planner.dismiss_reminder(call.id)
    retype(qtbot, dialog.subject_edit, "Call Reza in the afternoon")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert errors == []
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui_services.planner.load_task(call.id).subject == "Call Reza in the afternoon"


# -- tasks over midnight -----------------------------------------------------------------------------------

def blocks(view: CalendarView, task_id: int):
    return [b for b in view.blocks if b.row.id == task_id]


def column_of(view: CalendarView, block) -> int:
    return int((block.rect.center().x() - view._grid().left()) / (view._grid().width() / 7))


def test_a_task_over_midnight_shows_on_each_day_it_covers(qtbot, ui_services, workspace, busy_day, shots):
    night = add(ui_services, "Server migration", at(monday(), 22), kind="todo", duration_minutes=4 * 60)
    fair = add(ui_services, "Carpet fair", at(monday() + timedelta(days=2), 10), kind="meeting",
               duration_minutes=48 * 60)
    early = add(ui_services, "Night shift", at(monday() - timedelta(days=1), 22), kind="todo",
                duration_minutes=4 * 60)                       # last Sunday 22:00 → this Monday 02:00
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    view.scroll_to_hour(0)
    mon, tue = sorted(blocks(view, night.id), key=lambda b: b.rect.left())
    assert (column_of(view, mon), column_of(view, tue)) == (0, 1)
    assert mon.rect.top() == view._y_of(datetime.combine(monday(), time(22))) + 1
    assert abs(mon.rect.bottom() - (view._day_end_y() - 1)) < 1            # runs to 24:00
    assert tue.rect.top() == view._y_of(datetime.combine(monday(), time(0))) + 1 == BAND + 1   # from 00:00
    assert abs(tue.rect.bottom() - (view._y_of(datetime.combine(monday(), time(2))) - 1)) < 1
    assert [column_of(view, b) for b in sorted(blocks(view, fair.id), key=lambda b: b.rect.left())] == [2, 3, 4]
    assert [column_of(view, b) for b in blocks(view, early.id)] == [0]    # begun on last week's page
    save_shot(workspace, "planner_calendar_over_midnight", shots)

    # Dragging Tuesday's part one day on moves the whole task a day on.
    start = tue.rect.center().toPoint()
    end = start + QPoint(int(view._grid().width() / 7), 0)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(10, 0))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert to_local(ui_services.planner.load_task(night.id).due_at) == datetime.combine(
        monday() + timedelta(days=1), time(22))

    qtbot.mouseClick(workspace.findChild(type(workspace.today_button), "month_mode_button"), Qt.MouseButton.LeftButton)
    first, _after = view.period()
    cells = {(monday() + timedelta(days=d) - first).days for d in (2, 3, 4)}
    assert {i for i in range(42) for b in blocks(view, fair.id) if view._cell(i).contains(b.rect)} == cells


# -- fast paging -------------------------------------------------------------------------------------------

def test_an_older_page_arriving_late_does_not_overwrite_the_newer_one(qtbot, monkeypatch, ui_services, workspace,
                                                                      busy_day):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    pending = []
    monkeypatch.setattr(workspace.tasks, "read", lambda fn, on_done=None, on_error=None, **_kw:
                        pending.append((fn, on_done)))
    workspace.step(+1)                      # next week: nothing planned
    workspace.go_to(local_today())          # and straight back to this week
    (older, show_older), (newer, show_newer) = pending
    show_newer(newer())
    show_older(older())                     # the slower, older read comes last
    assert view.period()[0] == monday()
    assert blocks(view, busy_day["call"].id) != []
    assert workspace.calendar_tasks and all(to_local(r.due_at).date() >= monday() - timedelta(days=7)
                                            for r in workspace.calendar_tasks)


# -- nothing piles up under the workspace -------------------------------------------------------------------

def test_menus_and_dialogs_are_freed_after_use(qtbot, monkeypatch, ui_services, workspace, busy_day):
    menus = []
    build = workspace.task_menu

    def shown_and_closed(row):
        menu = build(row)
        menus.append(menu)
        menu.exec = lambda *_a: None       # the user pressed Escape
        return menu
    monkeypatch.setattr(workspace, "task_menu", shown_and_closed)
    model, view = workspace.my_day_model, workspace.my_day_view
    row = next(r for r in range(model.rowCount()) if model.task_at(r) is not None)
    for _ in range(3):
        right_click(qtbot, view, view.visualRect(model.index(row, 1)).center())
    assert len(menus) == 3
    flush_deletes()
    assert workspace.findChildren(QMenu, "task_menu") == []
    assert not any(shiboken6.isValid(m) for m in menus)

    opened = []
    monkeypatch.setattr(TaskDialog, "exec", lambda d: opened.append(d) or 0)
    monkeypatch.setattr(CompleteTaskDialog, "exec", lambda d: opened.append(d) or 0)
    monkeypatch.setattr(CancelTaskDialog, "exec", lambda d: opened.append(d) or 0)
    workspace.new_task()
    workspace.open_task(busy_day["call"])
    workspace.complete(busy_day["call"])
    workspace.cancel_task(busy_day["call"])
    assert len(opened) == 4
    flush_deletes()
    assert not any(shiboken6.isValid(d) for d in opened)

    # The task dialog frees the complete and cancel dialogs it opens.
    dialog = open_dialog(qtbot, ui_services, tasks=workspace.tasks, task_id=busy_day["meeting"].id)
    opened.clear()
    qtbot.mouseClick(dialog.complete_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2
    flush_deletes()
    assert not any(shiboken6.isValid(d) for d in opened) and shiboken6.isValid(dialog)
