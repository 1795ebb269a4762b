"""A sales manager's day on the board: columns with sums, new deals, moving cards, losing one with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from app.services.clients import ClientForm
from app.services.funnel import DealForm, StageSpec
from app.ui.funnel.board import CardRole, FunnelWorkspace, decode_deal, encode_deal, format_money
from app.ui.funnel.deal_dialog import DealDialog, LostChoice
from app.ui.text import strip_isolates
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
    assert sorted(titles(board, shop.stage["Proposal"])) == ["Acme renewal", "قرارداد سالانه"]
    board.grab().save(str(shots / "funnel_board.png"))
    board.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.waitUntil(lambda: board.columns[0].x() > board.columns[1].x())  # Lead is now on the right
    board.grab().save(str(shots / "funnel_board_rtl.png"))


def test_money_is_formatted_in_the_users_locale_without_floats():
    assert format_money(D("1234567.05"), "USD", QLocale("en_US")) == "1,234,567.05 USD"
    assert format_money(D("1250.5"), "RUB", QLocale("de_DE")) == "1.250,50 RUB"
    assert format_money(D("-0.07"), "EUR", QLocale("en_US")) == "-0.07 EUR"
    assert format_money(D("9999999999999999.99"), "USD", QLocale("C")) == "9999999999999999.99 USD"


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


def test_a_new_deal_typed_into_the_dialog_appears_on_the_board(qtbot, board, shop, ui_services, tasks, shots):
    dialogs = []

    def capture(*args, **kwargs):
        dialog = DealDialog(*args, **kwargs)
        dialogs.append(dialog)
        dialog.exec = lambda: 0  # filled in by the test below instead of a modal loop
        return dialog
    board.deal_dialog_factory = capture
    board.new_deal()
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
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
