"""Cancelling and reopening tasks (task dialog and My day, buttons and context menu, stale versions), and a
director looking at a colleague's day."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QDialog

from app.services.errors import ConcurrentEdit
from app.ui.planner import TaskDialog
from app.ui.planner import status_actions as status_module
from app.ui.planner import task_dialog as dialog_module
from app.ui.planner import workspace as workspace_module
from app.ui.planner.common import local_today
from app.ui.planner.status_actions import CancelTaskDialog
from tests.ui import test_planner as story
from tests.ui.test_planner import _select_task, add, at, save_shot
from tests.ui.typing_helpers import type_text

# The office, its busy day and the shown workspace are the planner story's fixtures.
busy_day, office, workspace = story.busy_day, story.office, story.workspace


@pytest.fixture
def errors(monkeypatch) -> list[BaseException]:
    """Errors the screens would show in a message box."""
    shown: list[BaseException] = []
    for module in (status_module, dialog_module, workspace_module):
        monkeypatch.setattr(module, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def answer_cancel(monkeypatch, qtbot, *, confirm: bool, reason: str = "", seen: list | None = None, shots=None,
                  shot: str = "planner_cancel_dialog"):
    """Patch the confirmation: look at it, type a reason, then click "Cancel task" or "Keep it"."""
    def run(dialog: CancelTaskDialog):
        dialog.show()
        if seen is not None:
            seen.append(dict(message=dialog.message_label.text(), series=dialog.series_label.isVisible(),
                             default=dialog.keep_button.isDefault()))
        if shots is not None:
            dialog.adjustSize()
            save_shot(dialog, shot, shots)
        if reason:
            type_text(dialog.reason_edit, reason)
        qtbot.mouseClick(dialog.confirm_button if confirm else dialog.keep_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(CancelTaskDialog, "exec", run)


def open_dialog(qtbot, ui_services, tasks, task_id: int) -> TaskDialog:
    dialog = TaskDialog(ui_services, tasks, task_id=task_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def visible_buttons(dialog: TaskDialog) -> set[str]:
    return {b.objectName() for b in (dialog.complete_button, dialog.cancel_task_button, dialog.reopen_button)
            if b.isVisibleTo(dialog)}


# -- the task dialog ---------------------------------------------------------------------------------

def test_cancel_from_the_task_dialog_asks_first_then_cancels_with_the_reason(qtbot, monkeypatch, ui_services, tasks,
                                                                            busy_day, shots):
    meeting = busy_day["meeting"]
    dialog = open_dialog(qtbot, ui_services, tasks, meeting.id)
    assert visible_buttons(dialog) == {"complete_button", "cancel_task_button"}
    dialog.resize(640, 760)
    save_shot(dialog, "planner_task_dialog_open", shots)
    seen: list[dict] = []
    answer_cancel(monkeypatch, qtbot, confirm=False, seen=seen)
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert ui_services.planner.load_task(meeting.id).status == "open"     # "Keep it" keeps it
    assert dialog.isVisible()
    assert "Product demo" in seen[0]["message"] and not seen[0]["series"] and seen[0]["default"]
    answer_cancel(monkeypatch, qtbot, confirm=True, reason="The client postponed", shots=shots)
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    cancelled = ui_services.planner.load_task(meeting.id)
    assert (cancelled.status, cancelled.result, cancelled.remind_at) == ("cancelled", "The client postponed", None)
    assert dialog.saved == cancelled


def test_cancelling_a_repeating_occurrence_says_the_next_one_is_created(qtbot, monkeypatch, ui_services, tasks,
                                                                       office, shots):
    today = local_today()
    weekly = add(ui_services, "Team stand-up", at(today, 9, 30), kind="meeting", recurrence="weekly",
                 recurrence_weekdays=str(today.isoweekday()))
    dialog = open_dialog(qtbot, ui_services, tasks, weekly.id)
    seen: list[dict] = []
    answer_cancel(monkeypatch, qtbot, confirm=True, seen=seen, shots=shots, shot="planner_cancel_dialog_series")
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert seen[0]["series"]
    series = ui_services.planner.tasks_between(start=weekly.due_at - timedelta(hours=1),
                                              end=weekly.due_at + timedelta(days=8), assignee_ids=[ui_services.user_id])
    ours = [(t.status, t.due_at - weekly.due_at) for t in series if t.series_id == weekly.id]
    assert ours == [("cancelled", timedelta(0)), ("open", timedelta(days=7))]


def test_a_closed_task_reopens_from_its_dialog_and_then_saves_an_edit(qtbot, ui_services, tasks, busy_day, shots):
    row = busy_day["overdue"]
    done = ui_services.planner.complete_task(row.id, result="Sent", expected_version=row.version).task
    dialog = open_dialog(qtbot, ui_services, tasks, row.id)
    assert visible_buttons(dialog) == {"reopen_button"}
    assert dialog.status_label.text().startswith("Done — ")
    dialog.resize(640, 760)
    save_shot(dialog, "planner_task_dialog_done", shots)
    dialog.subject_edit.clear()
    qtbot.keyClicks(dialog.subject_edit, "Send the new price list")       # typed before reopening: kept
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert visible_buttons(dialog) == {"complete_button", "cancel_task_button"}
    assert dialog.status_label.text().startswith("Open")
    reopened = ui_services.planner.load_task(row.id)
    assert (reopened.status, reopened.completed_at, reopened.version) == ("open", None, done.version + 1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ui_services.planner.load_task(row.id).subject == "Send the new price list"


def test_a_stale_cancel_in_the_dialog_shows_the_conflict_and_the_current_status(qtbot, monkeypatch, ui_services,
                                                                               tasks, busy_day, errors):
    call = busy_day["call"]
    dialog = open_dialog(qtbot, ui_services, tasks, call.id)
    # A colleague completes the call while the dialog is open.
    theirs = ui_services.planner.complete_task(call.id, result="Done by Olga", expected_version=call.version).task
    answer_cancel(monkeypatch, qtbot, confirm=True)
    qtbot.mouseClick(dialog.cancel_task_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and isinstance(errors[0], ConcurrentEdit)
    assert ui_services.planner.load_task(call.id) == theirs                # nothing overwritten
    assert dialog.isVisible() and dialog.general_error.isVisible()
    assert dialog.status_label.text().replace("\u2068", "").replace("\u2069", "") == "Done — Done by Olga"
    assert visible_buttons(dialog) == {"reopen_button"}
    assert dialog.row.version == theirs.version


def test_a_stale_reopen_in_the_dialog_shows_the_conflict(qtbot, ui_services, tasks, busy_day, errors):
    row = busy_day["overdue"]
    cancelled = ui_services.planner.cancel_task(row.id, expected_version=row.version).task
    dialog = open_dialog(qtbot, ui_services, tasks, row.id)
    assert visible_buttons(dialog) == {"reopen_button"}
    theirs = ui_services.planner.reopen_task(row.id, expected_version=cancelled.version)
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and isinstance(errors[0], ConcurrentEdit)
    assert ui_services.planner.load_task(row.id) == theirs
    assert visible_buttons(dialog) == {"complete_button", "cancel_task_button"}
    assert dialog.general_error.isVisible()


# -- My day --------------------------------------------------------------------------------------------

def right_click(qtbot, view, pos) -> None:
    """A right click as the platform delivers it: the press, then a context-menu event at the same place."""
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                              view.viewport().mapToGlobal(pos)))


def choose(menu, name: str) -> None:
    """Pick a menu entry, as a click on it would."""
    action = next(a for a in menu.actions() if a.objectName() == name)
    assert action.isEnabled()
    action.trigger()


def subjects(workspace) -> dict[str, str]:
    """Subject → group ("overdue", "today", "done") of what My day lists."""
    return {row.subject: group for group, row in workspace.my_day_model.entries if group != "header"}


def test_my_day_cancels_with_the_button_and_reopens_from_the_context_menu(qtbot, monkeypatch, ui_services,
                                                                         workspace, busy_day, shots):
    _select_task(qtbot, workspace, "Product demo")
    assert (workspace.complete_button.isEnabled(), workspace.cancel_task_button.isEnabled(),
            workspace.reopen_button.isEnabled()) == (True, True, False)
    answer_cancel(monkeypatch, qtbot, confirm=True, reason="Moved to next week")
    qtbot.mouseClick(workspace.cancel_task_button, Qt.MouseButton.LeftButton)
    assert ui_services.planner.load_task(busy_day["meeting"].id).status == "cancelled"
    assert "Product demo" not in subjects(workspace)           # closed: gone from today's list

    # The price list was sent after all: complete it, then undo that from the context menu.
    sent = busy_day["overdue"]
    ui_services.planner.complete_task(sent.id, result="Sent", expected_version=sent.version)
    workspace.refresh()
    assert subjects(workspace)["Send the price list"] == "done"
    _select_task(qtbot, workspace, "Send the price list")
    assert (workspace.complete_button.isEnabled(), workspace.cancel_task_button.isEnabled(),
            workspace.reopen_button.isEnabled()) == (False, False, True)
    save_shot(workspace, "planner_my_day_done_selected", shots)
    menus = []
    build = workspace.task_menu

    def menu_choosing(action_name: str):
        def make(row):
            menu = build(row)
            menus.append({a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()})
            menu.exec = lambda *_a: choose(menu, action_name)
            return menu
        return make
    monkeypatch.setattr(workspace, "task_menu", menu_choosing("reopen_action"))
    view = workspace.my_day_view
    model = workspace.my_day_model
    row = next(r for r in range(model.rowCount()) if (t := model.task_at(r)) and t.subject == "Send the price list")
    right_click(qtbot, view, view.visualRect(model.index(row, 1)).center())
    assert menus[0] == {"open_action": True, "complete_action": False, "cancel_task_action": False,
                        "reopen_action": True, "open_client_action": True, "open_deal_action": False}
    assert ui_services.planner.load_task(sent.id).status == "open"
    assert subjects(workspace)["Send the price list"] == "overdue"


def test_the_context_menu_cancels_too_and_offers_the_client_card(qtbot, monkeypatch, ui_services, workspace,
                                                                 busy_day):
    call = busy_day["call"]
    model, view = workspace.my_day_model, workspace.my_day_view
    row = next(r for r in range(model.rowCount()) if (t := model.task_at(r)) and t.id == call.id)
    chosen: list = []
    build = workspace.task_menu

    def make(task_row):
        menu = build(task_row)
        chosen.append({a.objectName(): a.isEnabled() for a in menu.actions() if a.objectName()})
        menu.exec = lambda *_a: choose(menu, "cancel_task_action")
        return menu
    monkeypatch.setattr(workspace, "task_menu", make)
    answer_cancel(monkeypatch, qtbot, confirm=True)
    right_click(qtbot, view, view.visualRect(model.index(row, 1)).center())
    assert chosen[0]["complete_action"] and chosen[0]["open_client_action"] and chosen[0]["open_deal_action"]
    assert not chosen[0]["reopen_action"]
    assert ui_services.planner.load_task(call.id).status == "cancelled"


def test_a_stale_cancel_from_my_day_shows_the_conflict_and_reloads_the_list(qtbot, monkeypatch, ui_services,
                                                                           workspace, busy_day, errors):
    call = busy_day["call"]
    _select_task(qtbot, workspace, call.subject)
    theirs = ui_services.planner.complete_task(call.id, result="Olga called", expected_version=call.version).task
    answer_cancel(monkeypatch, qtbot, confirm=True)
    qtbot.mouseClick(workspace.cancel_task_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and isinstance(errors[0], ConcurrentEdit)
    assert ui_services.planner.load_task(call.id) == theirs
    assert subjects(workspace)[call.subject] == "done"           # the list shows the task as it is now


def test_a_director_looks_at_a_colleagues_day(qtbot, ui_services, workspace, busy_day, office, shots):
    combo = workspace.person_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Anna Admin (me)", "Olga Sidorova"]
    assert "Call Reza about the carpets" in subjects(workspace)
    combo.setFocus()
    qtbot.keyClicks(combo, "Olga")
    assert combo.currentData() == office["olga"]
    olga = subjects(workspace)
    assert olga["جلسه با مدیر خرید"] == "today" and "Call Reza about the carpets" not in olga
    assert all(s.startswith("Olga's visit") or s == "جلسه با مدیر خرید" for s in olga)
    assert workspace.day_label.text().startswith("Olga Sidorova · ")
    save_shot(workspace, "planner_my_day_colleague", shots)
    # Acting on a colleague's task works the same way (the director completes it for her).
    _select_task(qtbot, workspace, "جلسه با مدیر خرید")
    assert workspace.complete_button.isEnabled()
    workspace.show_day_of(ui_services.user_id)
    assert "Call Reza about the carpets" in subjects(workspace)
    assert not workspace.day_label.text().startswith("Olga")


def test_a_colleague_with_nothing_due_gets_an_empty_state(qtbot, ui_services, workspace, office):
    boris = ui_services.users.add_user("boris", full_name="Boris Petrov", password="boris-pass-1").id
    workspace.reload_people()
    workspace.show_day_of(boris)
    assert workspace.my_day_model.rowCount() == 0
    assert workspace.empty_label.isVisibleTo(workspace)
    assert workspace.empty_label.text() == "Boris Petrov has nothing due today and nothing overdue."
