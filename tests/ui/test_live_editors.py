"""Open deal, task and document dialogs follow another user's save: untouched they reload, edited they show the bar."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.services.clients import ClientForm
from app.services.documents.forms import DocumentForm, LineForm
from app.services.funnel.forms import DealForm, StageSpec
from app.services.planner.forms import TaskForm
from app.ui.documents.editor import DocumentDialog
from app.ui.funnel.deal_dialog import DealDialog
from app.ui.planner.task_dialog import TaskDialog


@pytest.fixture
def olga(ui_services):
    """Another user saving the same records from her own PC (her changes reach this one as `changed`)."""
    user = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1")
    return ui_services.as_user(user.id)


def _open(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_task_dialog_reloads_when_untouched_and_shows_the_bar_when_edited(qtbot, ui_services, tasks, olga):
    due = datetime.now().replace(microsecond=0) + timedelta(days=1)
    row = ui_services.planner.create_task(TaskForm(subject="Call Reza", due_at=due, assignee_id=ui_services.user_id))
    dialog = _open(qtbot, TaskDialog(ui_services, tasks, task_id=row.id))

    theirs = olga.planner.update_task(row.id, replace(row.form, subject="Call Reza at 10"), expected_version=row.version)
    tasks.notify_changed("task", [row.id])
    assert dialog.subject_edit.text() == "Call Reza at 10" and dialog.changed_bar.isHidden()

    qtbot.keyClicks(dialog.description_edit, "Ask about the carpets")
    olga.planner.update_task(row.id, replace(theirs.form, subject="Call Reza at 11"), expected_version=theirs.version)
    tasks.notify_changed("task", [row.id])
    assert dialog.changed_bar.isVisible() and "Olga Sidorova" in dialog.changed_bar.text_label.text()
    assert dialog.subject_edit.text() == "Call Reza at 10"
    assert dialog.description_edit.toPlainText() == "Ask about the carpets"
    dialog.changed_bar.reload_button.click()
    assert dialog.subject_edit.text() == "Call Reza at 11" and not dialog.edited()


def test_a_deal_dialog_reloads_when_untouched_and_keeps_mine_when_edited(qtbot, ui_services, tasks, olga):
    pipeline = ui_services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead")])
    client = ui_services.clients.create_client(ClientForm(display_name="Acme"))
    deal = ui_services.funnel.create_deal(DealForm(title="Carpets", client_id=client.id, pipeline_id=pipeline.id))
    dialog = _open(qtbot, DealDialog(ui_services, tasks, deal_id=deal.id))

    theirs = olga.funnel.update_deal(deal.id, replace(deal.form, title="Carpets, 40 m²"), expected_version=deal.version)
    tasks.notify_changed("deal", [deal.id])
    assert dialog.title_edit.text() == "Carpets, 40 m²" and dialog.changed_bar.isHidden()

    qtbot.keyClicks(dialog.notes_edit, "They want it by May")
    olga.funnel.update_deal(deal.id, replace(theirs.form, title="Carpets, 60 m²"), expected_version=theirs.version)
    tasks.notify_changed("deal", [deal.id])
    assert dialog.changed_bar.isVisible() and "Olga Sidorova" in dialog.changed_bar.text_label.text()
    dialog.changed_bar.keep_button.click()
    assert dialog.changed_bar.isHidden() and dialog.notes_edit.toPlainText() == "They want it by May"
    tasks.notify_changed("deal", [deal.id])         # the same change again: not asked twice
    assert dialog.changed_bar.isHidden()


def test_a_document_being_edited_keeps_the_typed_notes_under_the_bar(qtbot, ui_services, tasks, olga, shots):
    client = ui_services.clients.create_client(ClientForm(display_name="Acme", roles=frozenset({"customer"})))
    form = DocumentForm(doc_type="quote", client_id=client.id, lines=[LineForm(None, "Consulting", 1, "80", vat_rate="0")])
    draft = ui_services.documents.create_document(form)
    dialog = _open(qtbot, DocumentDialog(ui_services, tasks, doc_id=draft.id))
    qtbot.waitUntil(lambda: dialog.card is not None)

    theirs = olga.documents.update_document(draft.id, replace(form, terms="Net 10"), expected_version=draft.version)
    tasks.notify_changed("document", [draft.id])
    assert dialog.terms_edit.toPlainText() == "Net 10" and dialog.changed_bar.isHidden()

    qtbot.keyClicks(dialog.notes_edit, "Deliver to the back door")
    olga.documents.update_document(draft.id, replace(form, terms="Net 30"), expected_version=theirs.version)
    tasks.notify_changed("document", [draft.id])
    assert dialog.changed_bar.isVisible() and "Olga Sidorova" in dialog.changed_bar.text_label.text()
    assert dialog.notes_edit.toPlainText() == "Deliver to the back door" and dialog.terms_edit.toPlainText() == "Net 10"
    dialog.grab().save(str(shots / "live_document_changed_bar.png"))
    dialog.changed_bar.reload_button.click()
    assert dialog.terms_edit.toPlainText() == "Net 30" and dialog.notes_edit.toPlainText() == ""


def test_a_change_to_another_record_is_not_looked_at(qtbot, ui_services, tasks, monkeypatch):
    due = datetime.now().replace(microsecond=0) + timedelta(days=1)
    row = ui_services.planner.create_task(TaskForm(subject="Mine", due_at=due, assignee_id=ui_services.user_id))
    dialog = _open(qtbot, TaskDialog(ui_services, tasks, task_id=row.id))
    asked = []
    monkeypatch.setattr(dialog.follower, "_stamped", lambda stamp: asked.append(stamp))
    tasks.notify_changed("task", [row.id + 100])
    tasks.notify_changed("deal", [row.id])
    assert asked == []


def test_a_service_request_dialog_follows_another_users_save(qtbot, ui_services, tasks, olga):
    from app.services.service_desk.forms import RequestForm
    from app.ui.service_desk.request_dialog import ServiceRequestDialog

    client = ui_services.clients.create_client(ClientForm(display_name="Acme"))
    form = RequestForm(client_id=client.id, subject="Pump is leaking", kind="repair")
    request = ui_services.service_desk.create_request(form)
    dialog = _open(qtbot, ServiceRequestDialog(ui_services, tasks, request_id=request.id))

    theirs = olga.service_desk.update_request(request.id, replace(form, subject="Pump P-40 is leaking"),
                                              expected_version=request.version)
    tasks.notify_changed("service_request", [request.id])
    assert dialog.subject_edit.text() == "Pump P-40 is leaking" and dialog.changed_bar.isHidden()

    qtbot.keyClicks(dialog.description_edit, "Since Monday")
    olga.service_desk.update_request(request.id, replace(form, subject="Pump P-40 leaks oil"),
                                     expected_version=theirs.version)
    tasks.notify_changed("service_request", [request.id])
    assert dialog.changed_bar.isVisible() and dialog.description_edit.toPlainText() == "Since Monday"
    assert dialog.subject_edit.text() == "Pump P-40 is leaking"
