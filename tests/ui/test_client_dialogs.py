"""Dialogs around the client card: compare on conflict, duplicates, merge two clients, positions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog, QLabel, QMessageBox

from app.services.clients import (
    AddressData,
    ChannelData,
    ClientCard,
    ClientForm,
    ContactPersonData,
)
from app.services.errors import ConcurrentEdit, DuplicateMatch, NotFound, ValidationError
from app.ui.clients.card import ClientCardWidget
from app.ui.clients.conflict_dialog import ConflictDialog, describe, differing_fields, merge_forms
from app.ui.clients.duplicate_dialog import DuplicateDialog, MatchesModel
from app.ui.clients.merge_dialog import MergeDialog
from app.ui.clients.positions_dialog import NamedItemsModel, PositionsDialog
from app.ui.text import strip_isolates
from tests.ui.card_fixtures import make_client, open_card, press_save, rich_client, type_into

THEIRS = ClientForm(
    display_name="Acme", legal_name="Acme Incorporated", tags=("vip",), manager_id=2,
    channels=(ChannelData("phone", "+1 415 555 0199", id=10), ChannelData("email", "a@acme.com", id=11)),
    contacts=(ContactPersonData("Jane", channels=(ChannelData("mobile", "+1 415 555 0100", id=20),), id=5),),
)
MINE = ClientForm(
    display_name="Acme Corp", legal_name="Acme Inc", tags=(), manager_id=2,
    # 12 was deleted by them; my row with it must be saved as a new one
    channels=(ChannelData("phone", "+1 415 555 0199", id=10), ChannelData("skype", "acme.sales", id=12)),
    contacts=(ContactPersonData("Jane Roe", channels=(ChannelData("mobile", "+1 415 555 0100", id=20),
                                                      ChannelData("email", "jane@acme.com", id=21)), id=5),
              ContactPersonData("Gone Person", id=6)),
)


def test_merge_forms_takes_the_chosen_fields_from_mine():
    merged = merge_forms(THEIRS, MINE, {"display_name", "channels"})
    assert merged.display_name == "Acme Corp" and merged.legal_name == "Acme Incorporated"
    assert merged.tags == ("vip",)
    assert [(c.value, c.id) for c in merged.channels] == [("+1 415 555 0199", 10), ("acme.sales", None)]
    assert merged.contacts == THEIRS.contacts


def test_merge_forms_clears_ids_their_record_no_longer_has():
    merged = merge_forms(THEIRS, MINE, {"contacts"})
    jane, gone = merged.contacts
    assert jane.id == 5 and [c.id for c in jane.channels] == [20, None]
    assert gone.id is None
    assert merge_forms(THEIRS, MINE, set()) == THEIRS
    with pytest.raises(ValueError):
        merge_forms(THEIRS, MINE, {"no_such_field"})


def test_differing_fields_ignore_row_ids():
    same_but_new_ids = ClientForm(display_name="Acme", legal_name="Acme Incorporated", tags=("vip",), manager_id=2,
                                  channels=tuple(c.__class__(c.kind, c.value, c.comment) for c in THEIRS.channels),
                                  contacts=THEIRS.contacts)
    assert differing_fields(THEIRS, same_but_new_ids) == []
    assert differing_fields(THEIRS, MINE) == ["display_name", "legal_name", "tags", "channels", "contacts"]


def test_collections_are_described_as_readable_text():
    def text(*args):
        return strip_isolates(describe(*args))
    assert text("channels", THEIRS.channels) == "Phone: +1 415 555 0199\nE-mail: a@acme.com"
    assert describe("channels", THEIRS.channels[:1]) == "Phone: \u2068+1 415 555 0199\u2069"
    assert text("roles", frozenset({"supplier", "lead"})) == "Lead, Supplier"
    assert text("manager_id", 2, {2: "Boris"}) == "Boris" and text("manager_id", None) == "—"
    assert text("addresses", (AddressData("legal", city="Москва", street="ул. Ленина", building="1"),)) \
        == "Legal: Москва, ул. Ленина 1"
    assert text("contacts", MINE.contacts[:1]) == "Jane Roe · +1 415 555 0100, jane@acme.com"


def _conflict(theirs: ClientForm = THEIRS) -> ConcurrentEdit:
    current = ClientCard(id=1, code="C-000001", status="active", version=7, form=theirs, manager_name="Boris")
    return ConcurrentEdit("client", 1, changed_by="Boris Second", changed_at=datetime(2026, 3, 1, 9, 30),
                          current=current)


def test_conflict_dialog_defaults_to_mine_and_returns_the_merged_form(qtbot):
    dialog = ConflictDialog(MINE, _conflict())
    qtbot.addWidget(dialog)
    assert dialog.fields == ["display_name", "legal_name", "tags", "channels", "contacts"]
    assert "Changed by Boris Second at" in strip_isolates(dialog.findChild(QLabel, "conflict_header").text())
    assert strip_isolates(dialog.findChild(QLabel, "legal_name_1").text()) == "Acme Incorporated"
    assert strip_isolates(dialog.findChild(QLabel, "legal_name_2").text()) == "Acme Inc"
    assert dialog.keep_mine() == set(dialog.fields)
    dialog.choose("legal_name", keep_mine=False)
    dialog.choose("contacts", keep_mine=False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == ConflictDialog.SAVE
    merged = dialog.merged_form()
    assert (merged.display_name, merged.legal_name, merged.tags) == ("Acme Corp", "Acme Incorporated", ())
    assert merged.contacts == THEIRS.contacts


def test_conflict_dialog_keeps_what_only_they_changed(qtbot):
    # I loaded BASE; they changed the legal name and added a tag, I changed the rest.
    base = replace(THEIRS, legal_name="Acme Inc", tags=())
    dialog = ConflictDialog(MINE, _conflict(), base=base)
    qtbot.addWidget(dialog)
    assert dialog.fields == ["display_name", "legal_name", "tags", "channels", "contacts"]
    assert dialog.keep_mine() == {"display_name", "channels", "contacts"}
    assert dialog.findChild(QComboBox, "choice_legal_name").currentText() == "Keep theirs"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    merged = dialog.merged_form()
    assert (merged.display_name, merged.legal_name, merged.tags) == ("Acme Corp", "Acme Incorporated", ("vip",))
    assert merged == merge_forms(THEIRS, MINE, {"display_name", "channels", "contacts"})


def test_conflict_dialog_reload_and_cancel(qtbot):
    dialog = ConflictDialog(MINE, _conflict())
    qtbot.addWidget(dialog)
    dialog.reload_button.click()
    assert dialog.outcome == ConflictDialog.RELOAD
    dialog.cancel_button.click()
    assert dialog.outcome == ConflictDialog.CANCEL


def test_duplicate_dialog_offers_the_selected_match(qtbot, qtmodeltester):
    matches = [DuplicateMatch(3, "C-000003", "Acme", "phone", "+1 415 555 0199"),
               DuplicateMatch(9, "C-000009", "Acme West", "tax_id", "7707083893")]
    dialog = DuplicateDialog(matches)
    qtbot.addWidget(dialog)
    qtmodeltester.check(MatchesModel(matches), force_py=True)
    assert dialog.model.index(1, 2).data() == "Same tax ID"
    dialog.view.selectRow(1)
    dialog.open_button.click()
    assert dialog.outcome == DuplicateDialog.OPEN and dialog.selected_client_id() == 9


@pytest.fixture
def pair(ui_services):
    first = make_client(ui_services, "Acme", phone="+1 415 555 0199", tags=("vip",),
                        contacts=(ContactPersonData("Jane Roe"),))
    second = make_client(ui_services, "ACME Inc.", tax_id="7707083893", email="info@acme.com",
                         legal_name="Acme Incorporated", tags=("wholesale",),
                         contacts=(ContactPersonData("John Doe"), ContactPersonData("Mary Major")),
                         addresses=(AddressData("legal", "USA", city="San Francisco"),))
    return first, second


def test_merge_dialog_merges_and_the_other_card_is_gone(qtbot, ui_services, tasks, pair):
    first, second = pair
    dialog = MergeDialog(ui_services, tasks, first.id, second.id)
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "contact persons — 2" in summary and "addresses — 1" in summary and "channels — 1" in summary
    # empty fields of the survivor are taken from the other card by default
    assert dialog.take_from_merged() == {"tax_id", "legal_name"}
    dialog.choose("display_name", from_other=True)
    dialog.choose("legal_name", from_other=False)
    with qtbot.waitSignal(dialog.merged) as merged:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    survivor = merged.args[0]
    assert survivor.id == first.id and survivor.code == first.code
    assert (survivor.form.display_name, survivor.form.tax_id, survivor.form.legal_name) == \
        ("ACME Inc.", "7707083893", "")
    assert [p.full_name for p in survivor.form.contacts] == ["Jane Roe", "John Doe", "Mary Major"]
    assert set(survivor.form.tags) == {"vip", "wholesale"}
    with pytest.raises(NotFound):
        ui_services.clients.load_client(second.id)


def test_merge_dialog_swap_keeps_the_other_card(qtbot, ui_services, tasks, pair):
    first, second = pair
    dialog = MergeDialog(ui_services, tasks, first.id, second.id)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.swap_button, Qt.MouseButton.LeftButton)
    assert dialog.survivor.id == second.id and "ACME Inc." in dialog.survivor_label.text()
    # the chosen values stay the same, now coming from the other side
    assert dialog.take_from_merged() == {"display_name"}
    dialog.merge()
    assert ui_services.clients.load_client(second.id).form.display_name == "Acme"
    with pytest.raises(NotFound):
        ui_services.clients.load_client(first.id)


def test_merge_dialog_reports_a_stale_card(qtbot, ui_services, tasks, pair, monkeypatch):
    first, second = pair
    shown = []
    monkeypatch.setattr("app.ui.clients.merge_dialog.show_error", lambda parent, exc: shown.append(exc))
    dialog = MergeDialog(ui_services, tasks, first.id, second.id)
    qtbot.addWidget(dialog)
    ui_services.clients.archive_client(first.id, expected_version=first.version)
    dialog.merge()
    assert isinstance(shown[0], ConcurrentEdit)
    assert dialog.survivor.version != first.version  # reloaded, ready to try again
    dialog.merge()
    assert ui_services.clients.load_client(first.id).form.contacts


def test_positions_dialog_add_rename_delete(qtbot, ui_services, tasks, monkeypatch, qtmodeltester):
    answers = iter([("Director", True), ("Chief accountant", True), ("Managing director", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(answers)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    errors = []
    monkeypatch.setattr("app.ui.clients.positions_dialog.show_error", lambda parent, exc: errors.append(exc))
    dialog = PositionsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    assert not dialog.rename_button.isEnabled()

    dialog.add_button.click()
    dialog.add_button.click()
    assert [p.name for p in ui_services.clients.list_positions()] == ["Chief accountant", "Director"]
    dialog.view.setCurrentIndex(dialog.model.index(1))
    dialog.rename_button.click()
    assert [p.name for p in ui_services.clients.list_positions()] == ["Chief accountant", "Managing director"]
    assert dialog.current().name == "Managing director"
    qtmodeltester.check(dialog.model, force_py=True)

    dialog.view.setCurrentIndex(dialog.model.index(0))
    dialog.delete_button.click()
    assert [p.name for p in ui_services.clients.list_positions()] == ["Managing director"]
    assert dialog.changed and errors == []


def test_positions_dialog_shows_why_a_position_cannot_be_deleted(qtbot, ui_services, tasks, monkeypatch):
    make_client(ui_services, "Acme", contacts=(ContactPersonData("Jane", "Director"),))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("director", True)))
    errors = []
    monkeypatch.setattr("app.ui.clients.positions_dialog.show_error", lambda parent, exc: errors.append(exc))
    dialog = PositionsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.view.setCurrentIndex(dialog.model.index(0))
    dialog.delete_button.click()
    dialog.add_button.click()
    assert [type(e) for e in errors] == [ValidationError, ValidationError]
    assert "held by 1" in errors[0].errors["name"] and "already" in errors[1].errors["name"]
    assert [p.name for p in ui_services.clients.list_positions()] == ["Director"]
    assert NamedItemsModel().rowCount() == 0


def test_card_reloads_positions_after_the_dialog(qtbot, ui_services, tasks, monkeypatch):
    card = open_card(qtbot, ui_services, tasks)

    def exec_(dialog):
        ui_services.clients.add_position("Buyer")
        dialog.changed = True
    monkeypatch.setattr(PositionsDialog, "exec", exec_)
    card.persons.add_person()
    qtbot.mouseClick(card.persons.positions_button, Qt.MouseButton.LeftButton)
    combo = card.persons.position_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Buyer"]


@pytest.fixture
def director_client(ui_services):
    return make_client(ui_services, "Acme", contacts=(ContactPersonData("Jane Roe", "Director"),))


def _positions(ctx) -> list[str]:
    return [p.name for p in ctx.clients.list_positions()]


def test_a_renamed_position_survives_saving_an_older_card(qtbot, ui_services, tasks, director_client):
    card = open_card(qtbot, ui_services, tasks, director_client.id)
    director = ui_services.clients.list_positions()[0]
    ui_services.clients.rename_position(director.id, "CEO", expected_version=director.version)  # someone else
    type_into(qtbot, card.notes_edit, "Met at the fair")
    with qtbot.waitSignal(card.saved):
        press_save(qtbot, card)
    stored = ui_services.clients.load_client(director_client.id).form
    assert stored.notes == "Met at the fair" and stored.contacts[0].position == "CEO"
    assert _positions(ui_services) == ["CEO"]
    assert card.persons.position_combo.currentText() == "CEO"
    card.tabs.setCurrentWidget(card.persons)
    type_into(qtbot, card.persons.notes_edit, "Prefers e-mail")     # edits the person after the save
    card.save()
    assert ui_services.clients.load_client(director_client.id).form.contacts[0].position == "CEO"
    assert _positions(ui_services) == ["CEO"]


def test_picking_or_typing_another_position_saves_it(qtbot, ui_services, tasks, director_client):
    ui_services.clients.add_position("Buyer")
    card = open_card(qtbot, ui_services, tasks, director_client.id)
    card.tabs.setCurrentWidget(card.persons)
    combo = card.persons.position_combo
    combo.setCurrentIndex(combo.findText("Buyer"))
    assert card.is_dirty()
    card.save()
    assert ui_services.clients.load_client(director_client.id).form.contacts[0].position == "Buyer"

    combo.lineEdit().selectAll()
    type_into(qtbot, combo.lineEdit(), "Chief buyer")
    card.save()
    assert ui_services.clients.load_client(director_client.id).form.contacts[0].position == "Chief buyer"
    assert _positions(ui_services) == ["Buyer", "Chief buyer", "Director"]


def test_renaming_in_the_positions_dialog_shows_the_new_name(qtbot, ui_services, tasks, monkeypatch,
                                                             director_client):
    card = open_card(qtbot, ui_services, tasks, director_client.id)

    def rename(dialog):
        director = ui_services.clients.list_positions()[0]
        ui_services.clients.rename_position(director.id, "Managing director", expected_version=director.version)
        dialog.changed = True
    monkeypatch.setattr(PositionsDialog, "exec", rename)
    card.tabs.setCurrentWidget(card.persons)
    qtbot.mouseClick(card.persons.positions_button, Qt.MouseButton.LeftButton)

    assert card.persons.position_combo.currentText() == "Managing director"
    assert strip_isolates(card.persons.model.index(0).data()) == "Jane Roe — Managing director"
    assert not card.is_dirty()
    type_into(qtbot, card.notes_edit, "VIP")
    card.save()
    assert ui_services.clients.load_client(director_client.id).form.contacts[0].position == "Managing director"
    assert _positions(ui_services) == ["Managing director"]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_screens_render(qtbot, ui_services, tasks, shots, direction, pair):
    """Every screen renders (screenshots kept with KARAVAN_SHOTS=/some/dir), also right-to-left."""
    app = QApplication.instance()
    app.setLayoutDirection(direction)
    suffix = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
    try:
        empty = open_card(qtbot, ui_services, tasks)
        _snap(qtbot, empty, shots / f"card_empty_{suffix}.png")

        card = open_card(qtbot, ui_services, tasks, rich_client(ui_services).id)
        _snap(qtbot, card, shots / f"card_ru_{suffix}.png")
        card.tabs.setCurrentWidget(card.persons)
        _snap(qtbot, card, shots / f"card_ru_persons_{suffix}.png")
        card.tabs.setCurrentWidget(card.addresses_table)
        _snap(qtbot, card, shots / f"card_ru_addresses_{suffix}.png")

        fa = open_card(qtbot, ui_services, tasks, _persian_client(ui_services).id)
        _snap(qtbot, fa, shots / f"card_fa_{suffix}.png")

        bad = open_card(qtbot, ui_services, tasks)
        bad.channels_table.set_rows([ChannelData("email", "not-an-email"), ChannelData("phone", "12")])
        bad.tax_id_edit.setText("12-ab")
        bad.save()
        assert bad.fields["display_name"].error.isVisible()
        _snap(qtbot, bad, shots / f"card_errors_{suffix}.png")

        conflict = ConflictDialog(MINE, _conflict(), manager_names={2: "Boris Second"})
        qtbot.addWidget(conflict)
        conflict.resize(1000, 600)
        _snap(qtbot, conflict, shots / f"conflict_{suffix}.png")

        merge = MergeDialog(ui_services, tasks, *(c.id for c in pair))
        qtbot.addWidget(merge)
        _snap(qtbot, merge, shots / f"merge_{suffix}.png")

        duplicate = DuplicateDialog([DuplicateMatch(3, "C-000003", "Ромашка ООО", "phone", "+7 912 345-67-89")])
        qtbot.addWidget(duplicate)
        _snap(qtbot, duplicate, shots / f"duplicate_{suffix}.png")

        ui_services.clients.add_position("Главный бухгалтер")
        positions = PositionsDialog(ui_services, tasks)
        qtbot.addWidget(positions)
        _snap(qtbot, positions, shots / f"positions_{suffix}.png")
        assert isinstance(card, ClientCardWidget)
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _snap(qtbot, widget, path) -> None:
    widget.show()
    qtbot.wait(20)  # let deferred layouts (header sections, scroll bars) settle, as a user would see
    assert widget.grab().save(str(path))


def _persian_client(ctx):
    return ctx.clients.create_client(ClientForm(
        display_name="شرکت آریا", legal_name="شرکت بازرگانی آریا سهامی خاص", tax_id="IR12345678901",
        source="نمایشگاه", roles=frozenset({"lead"}), tags=("عمده",), notes="تماس بعد از ساعت ۱۰",
        channels=(ChannelData("phone", "+98 21 8888 7777", "دفتر مرکزی"), ChannelData("email", "info@arya.ir")),
        contacts=(ContactPersonData("علی رضایی", "مدیر عامل"),),
        addresses=(AddressData("actual", "ایران", "تهران", "تهران", "خیابان ولیعصر", "۱۲", "واحد ۳", "1513714111"),),
    ), allow_duplicates=True)
