"""A sales manager's day on the board: columns with sums, new deals, moving cards, losing one with a reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.services.clients import ClientForm
from app.services.funnel import DealForm, StageSpec
from app.ui.funnel.board import CardRole, FunnelWorkspace, decode_deal, encode_deal, format_money
from app.ui.funnel.deal_dialog import DealDialog, LostChoice
from app.ui.funnel.pipelines_dialog import PipelinesDialog
from app.ui.text import locale_datetime, strip_isolates
from tests.ui.typing_helpers import type_text

D = Decimal


@dataclass
class Shop:
    pipeline: object
    clients: dict[str, int]
    deals: dict[str, int]
    stage: dict[str, int]
    reason: int
    olga: int


@pytest.fixture
def shop(ui_services) -> Shop:
    """Pipeline "Wholesale" (Lead, Proposal, Won, Lost), three clients, four deals."""
    f = ui_services.funnel
    pipeline = f.create_pipeline("Wholesale", stages=[StageSpec("Lead", D("10")), StageSpec("Proposal", D("40"))])
    stage = {s.name: s.id for s in pipeline.stages}
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    clients = {name: ui_services.clients.create_client(ClientForm(display_name=name, tags=tags)).id
               for name, tags in (("Ромашка ООО", ("VIP",)), ("شرکت آریا", ()), ("Acme Corporation", ()))}
    deals = {}
    for title, client, amount, currency, st, manager in (
            ("Поставка чая", "Ромашка ООО", "1250.50", "RUB", "Lead", olga),
            ("Carpets for Tehran office", "شرکت آریا", "900", "USD", "Lead", None),
            ("قرارداد سالانه", "شرکت آریا", "15000", "USD", "Proposal", olga),
            ("Acme renewal", "Acme Corporation", "300", "EUR", "Proposal", None)):
        deals[title] = f.create_deal(DealForm(title=title, client_id=clients[client], amount=D(amount),
                                              currency=currency, pipeline_id=pipeline.id, stage_id=stage[st],
                                              manager_id=manager)).id
    reason = f.add_lost_reason("Too expensive").id
    return Shop(pipeline, clients, deals, stage, reason, olga)


@pytest.fixture
def board(qtbot, ui_services, tasks, shop) -> FunnelWorkspace:
    widget = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 620)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.columns) == 4)
    return widget


def titles(board: FunnelWorkspace, stage_id: int) -> list[str]:
    return [c.title for c in board.column(stage_id).model.cards]


def seen_version(board: FunnelWorkspace, deal_id: int) -> int:
    """The version the board shows for a deal (what a drag would carry)."""
    return next(c.version for col in board.columns for c in col.model.cards if c.id == deal_id)


def test_columns_show_stages_with_counts_and_sums(qtbot, board, shop, shots):
    assert [strip_isolates(c.title_label.text()) for c in board.columns] == [
        "Lead · 2", "Proposal · 2", "Won · 0", "Lost · 0"]
    lead = board.column(shop.stage["Lead"])
    assert lead.sum_label.text().splitlines() == [format_money(D("1250.50"), "RUB"), format_money(D("900"), "USD")]
    proposal = board.column(shop.stage["Proposal"])
    assert "15,000.00 USD" in proposal.sum_label.text().splitlines()      # grouped, even in the "C" locale
    assert sorted(titles(board, shop.stage["Proposal"])) == ["Acme renewal", "قرارداد سالانه"]
    board.grab().save(str(shots / "funnel_board.png"))
    board.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: board.columns[0].x() > board.columns[1].x())  # Lead is now on the right
    board.grab().save(str(shots / "funnel_board_rtl.png"))


def test_money_is_formatted_in_the_users_locale_without_floats():
    assert format_money(D("1234567.05"), "USD", QLocale("en_US")) == "1,234,567.05 USD"
    assert format_money(D("1250.5"), "RUB", QLocale("de_DE")) == "1.250,50 RUB"
    assert format_money(D("-0.07"), "EUR", QLocale("en_US")) == "-0.07 EUR"
    # Grouped even in the "C" locale (no LANG), which omits group separators by default.
    assert format_money(D("9999999999999999.99"), "USD", QLocale("C")) == "9,999,999,999,999,999.99 USD"
    assert format_money(D("15000"), "USD", QLocale("fa_IR")) == "۱۵٬۰۰۰٫۰۰ USD"


def test_card_model_passes_the_model_tester(board, shop, qtmodeltester):
    qtmodeltester.check(board.column(shop.stage["Lead"]).model)


def test_the_drag_payload_carries_deal_and_version(board, shop):
    model = board.column(shop.stage["Lead"]).model
    mime = model.mimeData([model.index(0)])
    card = model.index(0).data(CardRole)
    assert decode_deal(mime) == (card.id, card.version)


def test_dropping_a_card_on_another_column_moves_the_deal(qtbot, board, shop, ui_services):
    deal = shop.deals["Поставка чая"]
    target = board.column(shop.stage["Proposal"]).model
    assert target.canDropMimeData(encode_deal(deal, seen_version(board, deal)), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    target.dropMimeData(encode_deal(deal, seen_version(board, deal)), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: "Поставка чая" in titles(board, shop.stage["Proposal"]))
    assert "Поставка чая" not in titles(board, shop.stage["Lead"])
    assert ui_services.funnel.load_deal(deal).form.stage_id == shop.stage["Proposal"]


def test_losing_a_deal_records_the_reason(board, shop, ui_services):
    asked = []
    board.lost_reason_dialog_factory = lambda parent, reasons: (
        asked.append([r.name for r in reasons]) or LostChoice(shop.reason, "chose a cheaper supplier"))
    deal = shop.deals["Acme renewal"]
    board.move_card(deal, seen_version(board, deal), shop.stage["Lost"])
    assert asked == [["Too expensive"]]
    assert titles(board, shop.stage["Lost"]) == ["Acme renewal"]
    history = ui_services.funnel.deal_history(deal)
    assert history[-1].stage_name == "Lost" and history[-1].lost_reason == "Too expensive"
    assert ui_services.funnel.load_deal(deal).lost_comment == "chose a cheaper supplier"


def test_cancelling_the_lost_reason_leaves_the_deal_where_it_was(board, shop, ui_services):
    board.lost_reason_dialog_factory = lambda parent, reasons: None
    deal = shop.deals["Acme renewal"]
    board.move_card(deal, seen_version(board, deal), shop.stage["Lost"])
    assert titles(board, shop.stage["Lost"]) == []
    assert ui_services.funnel.load_deal(deal).form.stage_id == shop.stage["Proposal"]
    assert len(ui_services.funnel.deal_history(deal)) == 1


def test_a_stale_card_is_reported_and_the_board_reloads(board, shop, ui_services, monkeypatch):
    errors = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: errors.append(box.text()) or 0)
    deal = shop.deals["Acme renewal"]
    version = seen_version(board, deal)
    ui_services.funnel.move_deal(deal, shop.stage["Lead"], expected_version=version)  # someone else moved it
    board.move_card(deal, version, shop.stage["Won"])
    assert errors and "changed by" in errors[0]
    assert "Acme renewal" in titles(board, shop.stage["Lead"])   # reloaded: where it really is
    assert titles(board, shop.stage["Won"]) == []


def test_filters_narrow_the_cards(qtbot, board, shop):
    board.manager_combo.setCurrentIndex(board.manager_combo.findData(shop.olga))
    board.manager_combo.activated.emit(board.manager_combo.currentIndex())
    assert titles(board, shop.stage["Lead"]) == ["Поставка чая"]
    board.manager_combo.setCurrentIndex(0)
    board.tag_combo.setCurrentIndex(board.tag_combo.findText("VIP"))
    board.tag_combo.activated.emit(board.tag_combo.currentIndex())
    assert [c.count for c in board.board.columns] == [1, 0, 0, 0]
    board.tag_combo.setCurrentIndex(0)
    type_text(board.search_edit, "آریا")
    qtbot.waitUntil(lambda: board.board.columns[1].count == 1)
    assert titles(board, shop.stage["Lead"]) == ["Carpets for Tehran office"]


class HeldReads:
    """Holds the workspace's reads until the test answers them, in any order (a slow read, a fast one)."""

    def __init__(self, monkeypatch, tasks):
        self.held: list[tuple] = []
        monkeypatch.setattr(tasks, "read", lambda fn, on_done=None, on_error=None, **_kw:
                            self.held.append((fn, on_done, on_error)))

    def answer(self, i: int) -> None:
        fn, on_done, _on_error = self.held[i]
        on_done(fn())


def test_an_older_board_read_answering_last_is_dropped(qtbot, board, shop, tasks, monkeypatch):
    reads = HeldReads(monkeypatch, tasks)
    board.search_edit.setText("Acme")
    board.refresh()                     # the slow read: still searching "Acme"
    board.search_edit.setText("Carpets")
    board.refresh()                     # the newer one
    assert len(reads.held) == 2
    reads.answer(1)
    reads.answer(0)                     # the older answer arrives last
    assert titles(board, shop.stage["Lead"]) == ["Carpets for Tehran office"]
    assert [c.count for c in board.board.columns] == [1, 0, 0, 0]


def test_a_failed_older_board_read_says_nothing(qtbot, board, shop, tasks, monkeypatch):
    shown = []
    monkeypatch.setattr("app.ui.funnel.board.show_error", lambda parent, exc: shown.append(exc))
    reads = HeldReads(monkeypatch, tasks)
    board.refresh()
    board.refresh()
    reads.held[0][2](RuntimeError("connection lost"))
    reads.answer(1)
    assert shown == [] and len(board.columns) == 4


def test_the_deal_and_pipelines_dialogs_are_deleted_once_closed(qtbot, board, shop):
    opened = []

    def closing(cls):
        def factory(*args, **kwargs):
            dialog = cls(*args, **kwargs)
            # The user closes it at once: open (window-modal) and cancel, as exec() would end.
            dialog.exec = lambda: (dialog.open(), dialog.reject(), 0)[-1]
            opened.append(dialog)
            return dialog
        return factory
    board.deal_dialog_factory = closing(DealDialog)
    board.pipelines_dialog_factory = closing(PipelinesDialog)
    for open_it in (lambda: board.open_deal_id(shop.deals["Acme renewal"]), board.new_deal, board.edit_pipelines):
        deleted = []
        open_it()
        opened[-1].destroyed.connect(lambda *_a, d=deleted: d.append(True))
        qtbot.waitUntil(lambda d=deleted: d == [True])      # Qt deletes it back in the event loop
    assert len(opened) == 3
    assert board.findChildren(DealDialog) == [] and board.findChildren(PipelinesDialog) == []


def test_a_new_deal_typed_into_the_dialog_appears_on_the_board(qtbot, board, shop, ui_services, tasks, shots):
    dialogs = []

    def capture(*args, **kwargs):
        dialog = DealDialog(*args, **kwargs)
        dialogs.append(dialog)
        dialog.exec = lambda: 0  # filled in by the test below instead of a modal loop
        return dialog
    board.deal_dialog_factory = capture
    board.new_deal()
    dialog = dialogs[0]                 # the board's child: Qt deletes it once saved (closed)
    dialog.show()
    assert dialog.pipeline_combo.currentText() == "Wholesale"
    assert dialog.stage_combo.currentText() == "Lead"
    dialog.save()
    assert dialog.fields["title"].error.text() == "Is required"
    assert dialog.fields["client_id"].error.text() == "Choose a client"
    type_text(dialog.title_edit, "فرش دستباف")
    type_text(dialog.client_combo.lineEdit(), "شرکت")
    qtbot.waitUntil(lambda: dialog._client_hits.rowCount() == 1)
    dialog._client_picked(dialog._client_hits.index(0, 0))
    type_text(dialog.amount_edit, "12500,75")
    type_text(dialog.amount_edit, "x")  # the validator refuses letters
    assert dialog.amount_edit.text() == "12500,75"
    dialog.grab().save(str(shots / "funnel_deal_dialog.png"))
    dialog.save()
    assert dialog.saved is not None
    card = ui_services.funnel.load_deal(dialog.saved.id)
    assert card.form.amount == D("12500.75") and card.form.client_id == shop.clients["شرکت آریا"]
    assert card.form.stage_id == shop.stage["Lead"]
    assert "فرش دستباف" in titles(board, shop.stage["Lead"])


def test_editing_keeps_typed_values_after_a_concurrent_change(qtbot, shop, ui_services, tasks, monkeypatch):
    errors = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: errors.append(box.text()) or 0)
    deal = shop.deals["Acme renewal"]
    dialog = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == "Acme renewal" and dialog.amount_edit.text() == "300.00"
    assert dialog.client_id() == shop.clients["Acme Corporation"]
    ui_services.funnel.move_deal(deal, shop.stage["Lead"], expected_version=dialog.card.version)
    dialog.title_edit.setText("Acme renewal 2026")
    dialog.save()
    assert errors and "changed by" in errors[0]
    assert dialog.title_edit.text() == "Acme renewal 2026" and dialog.saved is None
    # The other person's move shows (the user did not touch the stage); saving keeps both changes.
    assert dialog.stage_combo.currentData() == shop.stage["Lead"]
    assert "Their changes are filled in" in dialog.general_error.text()
    dialog.save()
    saved = ui_services.funnel.load_deal(deal)
    assert (saved.form.title, saved.form.stage_id) == ("Acme renewal 2026", shop.stage["Lead"])


# --- the period filter, the overdue-task marker ------------------------------------------------------

def _add_task(ui_services, deal_id: int, due, status: str = "open") -> None:
    from app.models import Task

    with ui_services.session_factory() as s:
        s.add(Task(subject="Call back", due_at=due, assignee_id=ui_services.user_id, status=status, deal_id=deal_id))
        s.commit()


def test_overdue_tasks_mark_their_cards(qtbot, ui_services, tasks, shop, shots):
    from datetime import timedelta

    from app.models import utcnow
    from app.ui.funnel.board import OverdueTaskRole

    _add_task(ui_services, shop.deals["قرارداد سالانه"], utcnow() - timedelta(hours=3))
    _add_task(ui_services, shop.deals["Поставка чая"], utcnow() + timedelta(days=2))          # not due yet
    _add_task(ui_services, shop.deals["Acme renewal"], utcnow() - timedelta(days=1), "done")  # done
    widget = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.columns) == 4)
    marked = {model.index(r).data(CardRole).title
              for col in widget.columns for model in [col.model] for r in range(model.rowCount())
              if model.index(r).data(OverdueTaskRole)}
    assert marked == {"قرارداد سالانه"}
    proposal = widget.column(shop.stage["Proposal"]).model
    row = next(r for r in range(proposal.rowCount()) if proposal.index(r).data(CardRole).overdue_task)
    assert "overdue" in proposal.index(row).data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: widget.columns[0].isVisible() and widget.columns[0].width() > 0)
    widget.grab().save(str(shots / "funnel_board_overdue.png"))


def _choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_period_filter_narrows_by_expected_close(qtbot, board, shop, ui_services):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    from app.services.funnel.filters import close_period

    today = date.today()
    this_month = close_period("this_month", today)
    next_month = close_period("next_month", today)
    for title, close in (("Поставка чая", this_month[0]), ("Acme renewal", next_month[1]),
                         ("قرارداد سالانه", today + timedelta(days=400))):
        card = ui_services.funnel.load_deal(shop.deals[title])
        ui_services.funnel.update_deal(card.id, replace(card.form, expected_close=close),
                                       expected_version=card.version)
    _choose(board.period_combo, "this_month")
    assert sum(c.count for c in board.board.columns) == 1
    assert titles(board, shop.stage["Lead"]) == ["Поставка чая"]
    _choose(board.period_combo, "next_month")
    assert [c.title for col in board.columns for c in col.model.cards] == ["Acme renewal"]
    assert not board.close_from_edit.isVisible()
    _choose(board.period_combo, "custom")
    assert board.close_from_edit.isVisible() and board.close_to_edit.isVisible()
    far = today + timedelta(days=400)
    board.close_from_edit.setDate(QDate(far.year, far.month, far.day))
    board.close_to_edit.setDate(QDate(far.year, far.month, far.day))
    assert [c.title for col in board.columns for c in col.model.cards] == ["قرارداد سالانه"]
    _choose(board.period_combo, "any")
    assert sum(c.count for c in board.board.columns) == 4
    # The list shows the same deals under the same filter.
    _choose(board.period_combo, "this_month")
    board.show_view("list")
    assert board.list_view.model.rowCount() == 1


# --- the deal dialog: campaign, history, logging an interaction ----------------------------------------

def test_deal_history_tab_lists_stage_changes_and_times(qtbot, shop, ui_services, tasks, shots):
    from app.ui.text import strip_isolates

    deal = shop.deals["Acme renewal"]
    card = ui_services.funnel.load_deal(deal)
    card = ui_services.funnel.move_deal(deal, shop.stage["Lead"], expected_version=card.version)
    ui_services.funnel.move_deal(deal, shop.stage["Lost"], expected_version=card.version, lost_reason_id=shop.reason)
    dialog = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    dialog.resize(760, 560)
    dialog.show()
    assert dialog.tabs.isTabEnabled(dialog.history_tab)
    dialog.tabs.setCurrentIndex(dialog.history_tab)
    model = dialog.history_view.changes_model
    rows = [[strip_isolates(model.index(r, c).data()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("(created)", "Proposal", "Anna Admin", ""), ("Proposal", "Lead", "Anna Admin", ""),
        ("Lead", "Lost", "Anna Admin", "Too expensive")]
    assert rows[-1][5].endswith("(so far)")
    # When: the locale's short date and time, not ISO.
    visits = ui_services.funnel.deal_history(deal)
    assert [r[0] for r in rows] == [locale_datetime(v.entered_at) for v in visits]
    assert all(re.fullmatch(r"\d{1,2} \w{3} \d{4} \d\d:\d\d", r[0]) for r in rows)    # "3 Dec 2026 14:30" in "C"
    times = dialog.history_view.times_model
    assert [strip_isolates(times.index(r, 0).data()) for r in range(times.rowCount())] == ["Proposal", "Lead", "Lost"]
    dialog.grab().save(str(shots / "funnel_deal_history.png"))


def test_history_models_pass_the_model_tester(qtbot, shop, ui_services, tasks, qtmodeltester):
    dialog = DealDialog(ui_services, tasks, deal_id=shop.deals["Acme renewal"], pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.history_view.changes_model)
    qtmodeltester.check(dialog.history_view.times_model)


def test_a_new_deal_has_no_history_and_nothing_to_log(qtbot, shop, ui_services, tasks):
    dialog = DealDialog(ui_services, tasks, deal_id=None, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    assert not dialog.tabs.isTabEnabled(dialog.history_tab)
    assert not dialog.log_button.isEnabled()


def test_the_campaign_is_picked_and_saved(qtbot, shop, ui_services, tasks):
    from app.models import Campaign

    with ui_services.session_factory() as s:
        s.add(Campaign(name="نمایشگاه تهران", name_key="نمایشگاه تهران"))
        s.commit()
    deal = shop.deals["Carpets for Tehran office"]
    dialog = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    assert dialog.campaign_combo.currentData() is None
    dialog.campaign_combo.setCurrentIndex(dialog.campaign_combo.findText("نمایشگاه تهران"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = ui_services.funnel.load_deal(deal)
    assert saved.campaign_name == "نمایشگاه تهران"
    again = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(again)
    assert again.campaign_combo.currentText() == "نمایشگاه تهران"


def test_log_interaction_opens_the_timeline_dialog_for_the_deal(qtbot, shop, ui_services, tasks, monkeypatch):
    import app.ui.timeline.log_dialog as log_dialog

    opened = []

    class FakeLogDialog:
        def __init__(self, ctx, tasks, **kwargs):
            opened.append(kwargs)

        def exec(self):
            return 0
    monkeypatch.setattr(log_dialog, "LogInteractionDialog", FakeLogDialog)
    deal = shop.deals["Acme renewal"]
    dialog = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert (opened[0]["client_id"], opened[0]["deal_id"], opened[0]["kind"]) == (
        shop.clients["Acme Corporation"], deal, "call")
    assert opened[0]["parent"] is dialog


def drop_card_on(qtbot, board: FunnelWorkspace, deal_id: int, stage_id: int) -> None:
    """Drag a deal's card from its column and drop it onto another: the drag payload the source view makes,
    delivered to the target column's viewport as drag-enter, drag-move and drop events."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    source = next(c for c in board.columns if any(card.id == deal_id for card in c.model.cards))
    row = next(i for i, card in enumerate(source.model.cards) if card.id == deal_id)
    mime = source.model.mimeData([source.model.index(row)])
    target = board.column(stage_id).view.viewport()
    pos = target.rect().center()
    move, left = Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(target, QDragEnterEvent(pos, move, mime, left, none))
    QApplication.sendEvent(target, QDragMoveEvent(pos, move, mime, left, none))
    # The model answers the drop with False on purpose (the board reloads instead of the view moving rows).
    QApplication.sendEvent(target, QDropEvent(QPointF(pos), move, mime, left, none))


def test_dragging_a_card_to_lost_asks_for_the_reason_in_the_dialog(qtbot, board, shop, ui_services, monkeypatch,
                                                                   shots):
    from app.ui.funnel.deal_dialog import LostReasonDialog

    ui_services.funnel.add_lost_reason("No budget")
    asked = []

    def choose_no_budget(dialog: LostReasonDialog) -> int:
        asked.append([dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())])
        dialog.show()
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText("No budget"))
        type_text(dialog.comment_edit, "frozen until spring")
        dialog.grab().save(str(shots / "funnel_lost_reason_dialog.png"))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(LostReasonDialog, "exec", choose_no_budget)
    deal = shop.deals["Acme renewal"]
    drop_card_on(qtbot, board, deal, shop.stage["Lost"])
    qtbot.waitUntil(lambda: titles(board, shop.stage["Lost"]) == ["Acme renewal"])
    assert asked == [["No budget", "Too expensive"]]                  # by name
    assert "Acme renewal" not in titles(board, shop.stage["Proposal"])
    card = ui_services.funnel.load_deal(deal)
    assert card.status == "lost" and card.lost_comment == "frozen until spring"
    assert ui_services.funnel.deal_history(deal)[-1].lost_reason == "No budget"


def test_cancelling_the_lost_reason_dialog_leaves_the_card_where_it_was(qtbot, board, shop, ui_services,
                                                                        monkeypatch):
    from app.ui.funnel.deal_dialog import LostReasonDialog

    shown = []

    def cancel(dialog: LostReasonDialog) -> int:
        shown.append(dialog.objectName())
        dialog.show()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        return dialog.result()
    monkeypatch.setattr(LostReasonDialog, "exec", cancel)
    deal = shop.deals["Поставка чая"]
    drop_card_on(qtbot, board, deal, shop.stage["Lost"])
    qtbot.waitUntil(lambda: shown == ["lost_reason_dialog"])
    assert "Поставка чая" in titles(board, shop.stage["Lead"]) and titles(board, shop.stage["Lost"]) == []
    card = ui_services.funnel.load_deal(deal)
    assert card.form.stage_id == shop.stage["Lead"] and card.status == "open"
    assert len(ui_services.funnel.deal_history(deal)) == 1


def test_the_card_footer_says_days_in_words_and_fits_the_card(qtbot, ui_services, tasks, shop, shots):
    from datetime import timedelta

    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import update

    from app.models import Deal, utcnow
    from app.ui.funnel.cards import COLUMN_WIDTH, FooterRole, days_in_stage_text

    def tr(text: str) -> str:
        return text
    assert [days_in_stage_text(n, tr) for n in (0, 1, 2, 5, 1234)] == [
        "today", "1 day", "2 days", "5 days", "1234 days"]
    # One deal 5 days in its stage with an overdue task and a passed close date, one a single day, one today.
    with ui_services.session_factory() as s:
        s.execute(update(Deal).where(Deal.id == shop.deals["قرارداد سالانه"]).values(
            stage_entered_at=utcnow() - timedelta(days=5, hours=1),
            expected_close=(utcnow() - timedelta(days=3)).date()))
        s.execute(update(Deal).where(Deal.id == shop.deals["Поставка чая"]).values(
            stage_entered_at=utcnow() - timedelta(days=1, hours=1)))
        s.commit()
    _add_task(ui_services, shop.deals["قرارداد سالانه"], utcnow() - timedelta(hours=3))
    widget = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 620)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.columns) == 4)
    footers = {}
    for col in widget.columns:
        for r in range(col.model.rowCount()):
            index = col.model.index(r)
            footers[index.data(CardRole).title] = index.data(FooterRole)
    assert footers["قرارداد سالانه"] == ("5 days", "Olga Sidorova")
    assert footers["Поставка чая"] == ("1 day", "Olga Sidorova")
    assert footers["Acme renewal"] == ("today", "")
    # Nothing is cut at the default card width: both parts fit the card's inner width side by side.
    fm = QFontMetrics(widget.columns[0].view.font())
    inner = COLUMN_WIDTH - 30 - 2 * 3 - 2 * (8 + 3)
    for days, manager in footers.values():
        assert fm.horizontalAdvance(days) + fm.horizontalAdvance(manager) + 12 <= inner
    proposal = widget.column(shop.stage["Proposal"]).model
    late = next(proposal.index(r) for r in range(proposal.rowCount())
                if proposal.index(r).data(CardRole).title == "قرارداد سالانه")
    tip = late.data(Qt.ItemDataRole.ToolTipRole)
    assert "A task for this deal is overdue" in tip and "The expected close date has passed" in tip
    assert "In this stage: 5 days" in tip
    qtbot.waitUntil(lambda: widget.columns[0].isVisible() and widget.columns[0].width() > 0)
    QApplication.processEvents()
    widget.grab().save(str(shots / "funnel_board_footer.png"))
