"""A manager on a client's card: reads the timeline, logs a call in three actions, opens records from it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import update

from app.models import Deal, utcnow
from app.services.clients import ClientForm, ContactPersonData
from app.services.timeline import InteractionForm
from app.ui.timeline import view as timeline_view
from app.ui.timeline.log_dialog import LogInteractionDialog
from app.ui.timeline.model import DayRole, LocalTimeRole, TimelineModel
from app.ui.timeline.view import TimelineView
from tests.ui.card_fixtures import open_card, type_into
from tests.unit.test_timeline import known_history

NOTES = (
    ("meeting", "", "جلسه با مدیرعامل", "توافق اولیه برای قرارداد سالانه انجام شد", 3),
    ("note", "", "", "Prefers WhatsApp to phone calls; best time after 14:00", 2),
    ("email", "in", "Re: invoice", "Asked for a corrected invoice with the new bank details", 1),
    ("call", "out", "", "مشتری قیمت جدید را پذیرفت؛ پیش‌فاکتور ارسال شود", 0),
)


@pytest.fixture
def aria(ui_services):
    """شرکت آریا with two contacts and a history of 13 entries over the last weeks."""
    client = ui_services.clients.create_client(ClientForm(
        display_name="شرکت آریا", contacts=(ContactPersonData("Reza Karimi"), ContactPersonData("Sara Ahmadi"))))
    history = known_history(ui_services, client.id, t0=utcnow() - timedelta(days=20))
    now = utcnow()
    for i, (kind, direction, subject, result, days) in enumerate(NOTES):
        ui_services.timeline.log_interaction(form=InteractionForm(
            client_id=client.id, kind=kind, direction=direction, subject=subject, result=result,
            occurred_at=now - timedelta(days=days, hours=i + 1),
            contact_person_id=client.form.contacts[i % 2].id, duration_minutes=15 if kind == "call" else None))
    return client, history


def open_timeline(qtbot, ctx, tasks, client_id):
    card = open_card(qtbot, ctx, tasks, client_id)
    card.resize(1200, 750)
    qtbot.mouseClick(card.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=card.tabs.tabBar().tabRect(card.tabs.indexOf(card.timeline_tab)).center())
    assert card.tabs.currentWidget() is card.timeline_tab
    qtbot.waitUntil(lambda: card.timeline.model.rowCount() > 0)
    return card


def snapshot(widget, path) -> None:
    """Save a screenshot once posted layout requests are handled (they resize buttons and scroll bars)."""
    QApplication.processEvents()
    widget.grab().save(str(path))


def kinds(view: TimelineView) -> list[str]:
    return [e.kind for e in view.model.entries]


def test_the_card_timeline_shows_everything_newest_first_by_day(qtbot, ui_services, tasks, aria, shots):
    client, h = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    assert kinds(view) == ["call", "email", "note", "meeting", "campaign_email", "service_request", "deal_won",
                           "task_done", "task", "deal_stage", "call", "deal_created"]
    ats = [e.at for e in view.model.entries]
    assert ats == sorted(ats, reverse=True)
    headers = [view.model.index(r).data(DayRole) for r in range(view.model.rowCount())]
    assert headers[0] == "Today" and headers[1] == "Yesterday"
    assert sum(1 for x in headers if x) == len({view.model.index(r).data(LocalTimeRole).date()
                                                for r in range(view.model.rowCount())})
    assert view.filter_buttons["all"].text() == "All · 12"
    assert view.filter_buttons["deals"].text() == "Deals · 3"
    assert view.filter_buttons["interactions"].text() == "Interactions · 6"
    snapshot(card, shots / "timeline_card.png")
    whole = TimelineView(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(whole)
    whole.resize(1200, 1100)
    whole.show()
    qtbot.waitUntil(lambda: whole.model.rowCount() == 12)
    snapshot(whole, shots / "timeline_all_kinds.png")
    whole.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    snapshot(whole, shots / "timeline_rtl.png")


def test_a_call_is_logged_in_three_actions_and_shows_on_top(qtbot, ui_services, tasks, aria, shots):
    client, _ = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    before = view.model.rowCount()
    qtbot.mouseClick(view.log_buttons["call"], Qt.MouseButton.LeftButton)         # 1
    dialog = view.log_dialog
    assert isinstance(dialog, LogInteractionDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.result_edit
    assert dialog.kind_combo.currentData() == "call"
    assert dialog.contact_combo.count() == 3                                      # —, Reza, Sara
    dialog.resize(520, 460)
    snapshot(dialog, shots / "timeline_log_dialog.png")
    type_into(qtbot, dialog.result_edit, "Will order 40 pumps next week")           # 2
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return)                      # 3
    assert view.model.rowCount() == before + 1
    top = view.model.entries[0]
    assert (top.kind, top.detail, top.user_name, top.direction) == ("call", "Will order 40 pumps next week",
                                                                     "Anna Admin", "out")
    assert abs(top.at - utcnow()) < timedelta(minutes=2)
    assert view.filter_buttons["all"].text() == "All · 13"


def test_ctrl_l_on_the_card_opens_the_call_dialog(qtbot, ui_services, tasks, aria):
    client, _ = aria
    card = open_card(qtbot, ui_services, tasks, client.id)
    with qtbot.waitActive(card):
        card.activateWindow()
    qtbot.keyClick(card.display_name_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert card.tabs.currentWidget() is card.timeline_tab
    dialog = card.timeline.log_dialog
    assert dialog is not None and dialog.kind_combo.currentData() == "call"
    type_into(qtbot, dialog.result_edit, "تماس گرفتم، پاسخ ندادند")
    dialog.result_edit.setFocus()
    with qtbot.waitSignal(dialog.logged):
        qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert card.timeline.model.entries[0].detail == "تماس گرفتم، پاسخ ندادند"


def test_a_rejected_log_keeps_the_text_and_says_why_by_the_field(qtbot, ui_services, tasks, aria):
    client, _ = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    qtbot.mouseClick(card.timeline.log_buttons["note"], Qt.MouseButton.LeftButton)
    dialog = card.timeline.log_dialog
    qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return)                          # nothing typed
    assert dialog.isVisible()
    assert dialog.fields["result"].error.text() == "Write what happened"
    dialog.occurred_edit.setDateTime(dialog.occurred_edit.dateTime().addDays(10))
    type_into(qtbot, dialog.result_edit, "Budget approved")
    qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.fields["occurred_at"].error.text() == "Is in the future: log what already happened"
    assert dialog.fields["result"].error.isHidden()
    assert dialog.result_edit.toPlainText() == "Budget approved"
    qtbot.keyClick(dialog.result_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a new line
    assert dialog.result_edit.toPlainText() == "Budget approved\n" and dialog.isVisible()


def test_double_clicking_a_deal_entry_asks_to_open_the_deal(qtbot, ui_services, tasks, aria):
    client, h = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    row = kinds(view).index("deal_won")
    index = view.model.index(row)
    view.list.scrollTo(index)
    centre = view.list.visualRect(index).center()
    with qtbot.waitSignal(card.record_activated) as activated:
        # A real double click is a click and then a double-click event (QTest sends only the latter).
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args == ["deal", h.deal_id]
    view.list.setCurrentIndex(view.model.index(kinds(view).index("service_request")))
    with qtbot.waitSignal(card.record_activated) as activated:
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert activated.args == ["service_request", h.request_id]


def test_an_interaction_opens_in_the_dialog_to_edit_or_delete(qtbot, ui_services, tasks, aria, monkeypatch):
    client, h = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    row = next(i for i, e in enumerate(view.model.entries) if e.record_id == h.call_id and e.kind == "call")
    view.list.setCurrentIndex(view.model.index(row))
    with qtbot.assertNotEmitted(card.record_activated):
        qtbot.keyClick(view.list, Qt.Key.Key_Return)
    dialog = view.log_dialog
    assert dialog.result_edit.toPlainText() == "Agreed to send a quote"
    assert dialog.delete_button.isVisible() and dialog.contact_combo.currentText() == "Reza Karimi"
    dialog.result_edit.selectAll()
    type_into(qtbot, dialog.result_edit, "Agreed: quote by Friday")
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ui_services.timeline.load_interaction(h.call_id).form.result == "Agreed: quote by Friday"
    assert any(e.detail == "Agreed: quote by Friday" for e in view.model.entries)

    row = next(i for i, e in enumerate(view.model.entries) if e.record_id == h.call_id and e.kind == "call")
    view.list.setCurrentIndex(view.model.index(row))
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.log_dialog.deleted):
        qtbot.mouseClick(view.log_dialog.delete_button, Qt.MouseButton.LeftButton)
    assert all(e.record_id != h.call_id or e.record_kind != "interaction" for e in view.model.entries)


def test_a_stale_edit_is_refused_and_keeps_what_was_typed(qtbot, ui_services, tasks, aria, monkeypatch):
    client, h = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    dialog = view.open_dialog(kind="call", interaction_id=h.call_id)
    row = ui_services.timeline.load_interaction(h.call_id)
    ui_services.timeline.update_interaction(h.call_id, form=row.form.__class__(
        **{**{f: getattr(row.form, f) for f in row.form.__dataclass_fields__}, "subject": "Quote"}),
        expected_version=row.version)
    shown = []
    monkeypatch.setattr("app.ui.timeline.log_dialog.show_error", lambda parent, exc: shown.append(exc))
    dialog.result_edit.selectAll()
    type_into(qtbot, dialog.result_edit, "Mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert type(shown[0]).__name__ == "ConcurrentEdit" and dialog.isVisible()
    assert (dialog.result_edit.toPlainText(), dialog.subject_edit.text()) == ("Mine", "Quote")
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = ui_services.timeline.load_interaction(h.call_id)
    assert (saved.form.result, saved.form.subject) == ("Mine", "Quote")


def test_a_link_no_longer_among_the_choices_is_shown_by_name_and_kept(qtbot, ui_services, tasks, aria):
    """A call logged on a deal that belongs to another client now (moved before deals took their calls
    along): the dialog names the deal instead of showing "—", and fixing a typo keeps the link."""
    client, h = aria
    other = ui_services.clients.create_client(ClientForm(display_name="Acme Corporation"))
    row = ui_services.timeline.load_interaction(h.call_id)
    row = ui_services.timeline.update_interaction(h.call_id, form=replace(row.form, deal_id=h.deal_id),
                                                  expected_version=row.version)
    with ui_services.uow() as uow:
        uow.session.execute(update(Deal).where(Deal.id == h.deal_id).values(client_id=other.id))
        uow.commit()
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    dialog = card.timeline.open_dialog(kind="call", interaction_id=h.call_id)
    assert dialog.deal_combo.currentData() == h.deal_id
    assert dialog.deal_combo.currentText() == row.deal_title != "—"
    assert dialog.contact_combo.currentText() == "Reza Karimi"
    dialog.result_edit.selectAll()
    type_into(qtbot, dialog.result_edit, "Agreed to send a quote today")
    with qtbot.waitSignal(dialog.logged):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = ui_services.timeline.load_interaction(h.call_id)
    assert (saved.form.result, saved.form.deal_id) == ("Agreed to send a quote today", h.deal_id)


def test_the_timeline_of_a_client_merged_away_says_so_once_and_stops_refreshing(qtbot, ui_services, tasks, aria,
                                                                                 monkeypatch):
    client, _ = aria
    keep = ui_services.clients.create_client(ClientForm(display_name="Aria Trading"))
    shown = []
    monkeypatch.setattr(timeline_view, "show_error", lambda parent, exc: shown.append(exc))
    view = TimelineView(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    merged = ui_services.clients.load_client(client.id)
    tasks.write(lambda: ui_services.clients.merge_clients(keep.id, client.id, survivor_version=keep.version,
                                                          merged_version=merged.version),
                entity="client", ids=lambda card: [card.id, client.id])
    assert view.gone and view.model.rowCount() == 0 and shown == []
    assert view.pages.currentWidget() is view.empty_label
    assert view.empty_label.text() == "This client no longer exists (merged or deleted)."
    assert not view.log_buttons["call"].isEnabled() and not view.filter_buttons["all"].isEnabled()
    reads = []
    monkeypatch.setattr(ui_services.timeline, "client_timeline", lambda *a, **k: reads.append(a))
    # Later saves anywhere: a call logged on the surviving client, a client saved, a deal moved.
    tasks.write(lambda: ui_services.timeline.log_interaction(form=InteractionForm(
        client_id=keep.id, kind="note", occurred_at=utcnow(), result="Merged the duplicate")),
        entity="interaction", ids=lambda row: [row.id])
    for entity in ("client", "deal", "task"):
        tasks.notify_changed(entity, [])
    view.refresh()
    assert reads == [] and shown == [] and view.log("call") is None


def test_the_log_dialog_is_deleted_once_closed(qtbot, ui_services, tasks, aria):
    client, h = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    for open_it in (lambda: card.timeline.log("note"),
                    lambda: card.timeline.open_dialog(kind="call", interaction_id=h.call_id)):
        dialog = open_it()
        deleted = []
        dialog.destroyed.connect(lambda *_a, d=deleted: d.append(True))
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda d=deleted: d == [True])      # Qt deletes it back in the event loop
        assert card.timeline.log_dialog is None
    assert card.findChildren(LogInteractionDialog) == []


def test_filters_show_one_area_and_empty_kinds_say_so(qtbot, ui_services, tasks, aria):
    client, _ = aria
    card = open_timeline(qtbot, ui_services, tasks, client.id)
    view = card.timeline
    qtbot.mouseClick(view.filter_buttons["deals"], Qt.MouseButton.LeftButton)
    assert kinds(view) == ["deal_won", "deal_stage", "deal_created"]
    qtbot.mouseClick(view.filter_buttons["tasks"], Qt.MouseButton.LeftButton)
    assert kinds(view) == ["task_done", "task"]
    qtbot.mouseClick(view.filter_buttons["all"], Qt.MouseButton.LeftButton)
    assert len(kinds(view)) == 12


def test_older_entries_load_at_the_end_of_the_list(qtbot, ui_services, tasks, aria, monkeypatch):
    client, _ = aria
    monkeypatch.setattr(timeline_view, "PAGE_SIZE", 5)
    tall = TimelineView(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(tall)
    tall.resize(700, 3000)          # room for every row: the list asks for older pages by itself
    tall.show()
    qtbot.waitUntil(lambda: tall.model.rowCount() == 12)
    assert not tall.load_more_button.isVisible()

    view = TimelineView(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    assert view.model.has_more and view.load_more_button.isVisible()
    qtbot.mouseClick(view.load_more_button, Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == 10
    QApplication.processEvents()    # the list lays out the new rows (its scroll range grows)
    view.list.verticalScrollBar().setValue(view.list.verticalScrollBar().maximum())   # scrolled to the end
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    assert not view.model.has_more and not view.load_more_button.isVisible()
    assert view.model.entries == tall.model.entries


def test_a_new_client_card_explains_the_empty_timeline(qtbot, ui_services, tasks, shots):
    card = open_card(qtbot, ui_services, tasks)
    card.resize(1200, 750)
    card.tabs.setCurrentWidget(card.timeline_tab)
    assert card.timeline is None
    assert card.timeline_tab.currentWidget() is card.timeline_empty
    assert card.timeline_empty.text() == "Save the client to start its timeline."
    snapshot(card, shots / "timeline_unsaved.png")
    type_into(qtbot, card.display_name_edit, "شرکت آریا")
    with qtbot.waitSignal(card.saved):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.timeline is not None and card.timeline_tab.currentWidget() is card.timeline
    card.tabs.setCurrentWidget(card.timeline_tab)
    assert card.timeline.pages.currentWidget() is card.timeline.empty_label
    assert "Log a call" in card.timeline.empty_label.text()
    snapshot(card, shots / "timeline_empty.png")


def test_the_card_has_room_for_other_areas_panels(qtbot, ui_services, tasks, aria):
    client, _ = aria
    card = open_card(qtbot, ui_services, tasks, client.id)
    from PySide6.QtWidgets import QLabel

    index = card.add_panel_tab(QLabel("requests"), "Service requests")
    assert card.tabs.tabText(index) == "Service requests" and index == card.tabs.count() - 1


def test_the_timeline_model_is_a_well_behaved_model(qtmodeltester, ui_services, aria):
    client, _ = aria
    entries, more = ui_services.timeline.client_timeline(client.id)
    model = TimelineModel()
    model.set_entries(entries[:6], True)
    asked = []
    model.fetch_more = lambda: (asked.append(1), model.append_entries(entries[6:], False))
    qtmodeltester.check(model)
    assert model.rowCount() == 12 and asked == [1] and not model.canFetchMore(QModelIndex())


def test_posted_stock_documents_show_in_the_timeline_and_open(qtbot, ui_services, tasks, shots):
    from app.services.stock import StockDocForm, StockLineData
    from tests.ui.warehouse_fixtures import make_shop

    shop = make_shop(ui_services)
    stock, now = ui_services.stock, utcnow().replace(microsecond=0)
    receipt = stock.create_document(StockDocForm(
        kind="receipt", warehouse_id=shop.main, doc_date=now - timedelta(days=3), client_id=shop.supplier,
        lines=(StockLineData(product_id=shop.products["TEA-100"], quantity=Decimal("20"), unit_cost=Decimal("2")),)))
    stock.post_document(receipt.id, expected_version=receipt.version)
    shipment = stock.create_document(StockDocForm(
        kind="shipment", warehouse_id=shop.main, doc_date=now - timedelta(days=1), client_id=shop.customer,
        comment="Two boxes by truck",
        lines=(StockLineData(product_id=shop.products["TEA-100"], quantity=Decimal("5")),)))
    shipment = stock.post_document(shipment.id, expected_version=shipment.version)
    stock.create_document(StockDocForm(kind="shipment", warehouse_id=shop.main, doc_date=now,
                                       client_id=shop.customer,
                                       lines=(StockLineData(product_id=shop.products["TEA-100"],
                                                            quantity=Decimal("1")),)))   # a draft: not shown
    ui_services.timeline.log_interaction(form=InteractionForm(client_id=shop.customer, kind="call",
                                                              subject="When does it ship?",
                                                              occurred_at=now - timedelta(days=2)))
    card = open_timeline(qtbot, ui_services, tasks, shop.customer)
    view = card.timeline
    assert kinds(view) == ["stock_document", "call"]
    assert view.model.index(0).data() == f"Goods shipped: \u2068{shipment.number}\u2069"
    assert view.filter_buttons["documents"].text() == "Documents · 1"
    snapshot(card, shots / "timeline_stock_document.png")
    index = view.model.index(0)
    centre = view.list.visualRect(index).center()
    with qtbot.waitSignal(card.record_activated) as activated:
        qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args == ["stock_document", shipment.id]
    # Un-posting takes it off the timeline once the change is announced.
    tasks.write(lambda: stock.unpost_document(shipment.id, expected_version=shipment.version), None,
                entity="stock_document", ids=lambda c: [c.id])
    qtbot.waitUntil(lambda: kinds(view) == ["call"])


def test_entry_times_and_due_times_follow_the_locale(qtbot, ui_services, tasks, aria):
    from PySide6.QtCore import QLocale

    from app.ui.text import locale_datetime
    from app.ui.timeline.delegate import TimelineDelegate, facts_line

    client, _h = aria
    view = TimelineView(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 12)
    index = view.model.index(0)
    local = index.data(LocalTimeRole)
    assert TimelineDelegate.time_text(index) == f"{local.hour:02d}:{local.minute:02d}"    # "C": no seconds
    task = next(e for e in view.model.entries if e.kind == "task")
    assert locale_datetime(task.due_at) in facts_line(task)
    assert task.due_at.strftime("%Y-%m-%d") not in facts_line(task)                      # not ISO
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    try:
        assert TimelineDelegate.time_text(index).endswith(("AM", "PM"))
        assert re.search(r"\d{1,2}/\d{1,2}/\d\d", facts_line(task))
    finally:
        QLocale.setDefault(before)
