"""The client card as a manager uses it: type, add rows, save with Ctrl+S, fix errors, resolve conflicts."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from app.services.clients import ChannelData, ClientForm, ContactPersonData
from app.ui.clients.card import ClientCardWidget
from app.ui.clients.conflict_dialog import ConflictDialog
from app.ui.clients.duplicate_dialog import DuplicateDialog
from app.ui.clients.persons_editor import PersonsModel
from app.ui.clients.subtables import ERROR_BACKGROUND, RowsModel, channel_columns
from app.ui.tasks import TaskRunner
from tests.ui.card_fixtures import (
    add_row_and_type,
    all_ids,
    make_client,
    open_card,
    press_save,
    rich_client,
    set_cell,
    type_into,
)


def test_new_card_starts_empty_as_a_customer_company(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    assert card.title() == "New client"
    assert card.kind_combo.currentData() == "company"
    assert card.role_checks["customer"].isChecked() and not card.role_checks["lead"].isChecked()
    assert card.manager_combo.currentData() is None and card.manager_combo.currentText() == "—"
    assert not card.archive_button.isVisible()
    assert not card.is_dirty()


def test_create_client_by_typing_and_ctrl_s(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "Romashka LLC")
    assert card.title() == "New client: Romashka LLC *"
    add_row_and_type(qtbot, card.channels_table, "+7 912 345-67-89")
    card.tabs.setCurrentWidget(card.persons)
    qtbot.mouseClick(card.persons.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, card.persons.name_edit, "Ivan Petrov")
    add_row_and_type(qtbot, card.persons.channels, "ivan@romashka.ru")
    set_cell(card.persons.channels, 0, "kind", "email")

    with qtbot.waitSignal(card.saved) as saved:
        press_save(qtbot, card)

    ids = all_ids(ui_services)
    assert ids == [saved.args[0].id]
    stored = ui_services.clients.load_client(ids[0])
    assert stored.form.display_name == "Romashka LLC"
    assert [(c.kind, c.value) for c in stored.form.channels] == [("phone", "+7 912 345-67-89")]
    assert [p.full_name for p in stored.form.contacts] == ["Ivan Petrov"]
    assert [(c.kind, c.value) for c in stored.form.contacts[0].channels] == [("email", "ivan@romashka.ru")]
    assert card.title() == "Client: Romashka LLC" and not card.is_dirty()
    assert stored.code in card.status_label.text()


def test_saving_twice_keeps_rows_instead_of_adding_copies(qtbot, ui_services, tasks):
    client = rich_client(ui_services)
    card = open_card(qtbot, ui_services, tasks, client.id)
    assert card.title() == "Client: Ромашка ООО"
    assert card.persons.model.rowCount() == 2 and card.addresses_table.model.rowCount() == 1
    card.notes_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, card.notes_edit, " И по пятницам.")
    card.save()
    card.save()  # not dirty any more: a second save writes the same rows
    again = ui_services.clients.load_client(client.id)
    assert [c.id for c in again.form.channels] == [c.id for c in client.form.channels]
    assert [p.id for p in again.form.contacts] == [p.id for p in client.form.contacts]
    assert again.form.notes.endswith("И по пятницам.")


def test_persian_text_typed_is_saved(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "شرکت آریا")
    type_into(qtbot, card.tags_edit, "عمده, VIP")
    card.save()
    stored = ui_services.clients.load_client(all_ids(ui_services)[0])
    assert stored.form.display_name == "شرکت آریا"
    assert set(stored.form.tags) == {"عمده", "VIP"}


def test_the_documents_language_is_chosen_on_the_card(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    names = [card.language_combo.itemText(i) for i in range(card.language_combo.count())]
    assert names == ["Company default", "English", "Русский", "فارسی", "العربية"]
    assert card.language_combo.currentData() == ""
    type_into(qtbot, card.display_name_edit, "شرکت آریا")
    card.language_combo.setCurrentIndex(card.language_combo.findData("fa"))
    assert card.is_dirty()
    card.save()
    stored = ui_services.clients.load_client(all_ids(ui_services)[0])
    assert stored.form.language == "fa"
    reopened = open_card(qtbot, ui_services, tasks, stored.id)
    assert reopened.language_combo.currentText() == "فارسی"
    reopened.grab().save("/tmp/wt3x/client-card-language.png")


def test_errors_are_shown_next_to_fields_and_input_is_kept(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "   ")
    type_into(qtbot, card.tax_id_edit, "12-ab")
    add_row_and_type(qtbot, card.channels_table, "not-an-email")
    set_cell(card.channels_table, 0, "kind", "email")

    card.save()

    assert all_ids(ui_services) == []
    name_error = card.fields["display_name"].error
    assert name_error.isVisible() and name_error.text() == "Is required"
    assert card.display_name_edit.property("invalid") is True
    assert card.fields["tax_id"].error.isVisible()
    assert not card.fields["legal_name"].error.isVisible()
    # typed text kept exactly, table cell highlighted, message under the table
    assert card.display_name_edit.text() == "   " and card.tax_id_edit.text() == "12-ab"
    model = card.channels_table.model
    assert model.rows()[0].value == "not-an-email"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND
    assert card.channels_table.errors.isVisible()
    assert "Row 1" in card.channels_table.errors.text() and "e-mail" in card.channels_table.errors.text()
    assert card.tabs.tabText(0).endswith("⚠")

    # fixing the fields and saving clears every message
    card.display_name_edit.setText("Acme")
    card.tax_id_edit.clear()
    set_cell(card.channels_table, 0, "value", "sales@acme.com")
    card.save()
    assert len(all_ids(ui_services)) == 1
    assert not name_error.isVisible() and not card.channels_table.errors.isVisible()
    assert card.display_name_edit.property("invalid") is False


def test_errors_of_a_contact_person_select_that_person(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "Acme")
    card.persons.set_persons([
        ContactPersonData("Good Person"),
        ContactPersonData("", birthday=date(2999, 1, 1), channels=(ChannelData("phone", "12"),)),
    ])
    card.save()
    assert all_ids(ui_services) == []
    assert card.tabs.currentWidget() is card.persons
    assert card.persons.list.currentIndex().row() == 1
    assert card.persons.model.bad_rows == {1}
    assert card.persons.name_field.error.text() == "Is required"
    assert card.persons.birthday_field.error.isVisible()
    assert card.persons.channels.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) == ERROR_BACKGROUND


def test_duplicate_open_existing_emits_its_id(qtbot, ui_services, tasks, monkeypatch):
    existing = make_client(ui_services, "Acme", phone="+1 415 555 0199")
    monkeypatch.setattr(DuplicateDialog, "exec", lambda self: self.open_button.click())
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "ACME Inc")
    add_row_and_type(qtbot, card.channels_table, "(415) 555-0199 ")
    set_cell(card.channels_table, 0, "value", "+1-415-555-0199")
    with qtbot.waitSignal(card.open_client_requested) as opened:
        card.save()
    assert opened.args == [existing.id]
    assert all_ids(ui_services) == [existing.id]
    assert card.display_name_edit.text() == "ACME Inc"


def test_duplicate_save_anyway_saves(qtbot, ui_services, tasks, monkeypatch):
    make_client(ui_services, "Acme", tax_id="7707083893")
    seen = []

    def answer(dialog):
        seen.append([(m.display_name, m.reason) for m in dialog.model.matches])
        dialog.save_button.click()
    monkeypatch.setattr(DuplicateDialog, "exec", answer)
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "Acme branch")
    type_into(qtbot, card.tax_id_edit, "7707083893")
    with qtbot.waitSignal(card.saved):
        card.save()
    assert seen == [[("Acme", "tax_id")]]
    assert len(all_ids(ui_services)) == 2 and card.card is not None


def test_duplicate_cancel_keeps_the_card_unsaved(qtbot, ui_services, tasks, monkeypatch):
    make_client(ui_services, "Acme", email="sales@acme.com")
    monkeypatch.setattr(DuplicateDialog, "exec", lambda self: self.cancel_button.click())
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.display_name_edit, "Acme 2")
    add_row_and_type(qtbot, card.channels_table, "SALES@acme.com")
    set_cell(card.channels_table, 0, "kind", "email")
    card.save()
    assert len(all_ids(ui_services)) == 1 and card.card is None and card.is_dirty()


@pytest.fixture
def boris(ui_services):
    user = ui_services.users.add_user("boris", full_name="Boris Second", password="boris-pass-1")
    return ui_services.as_user(user.id)


def test_conflict_dialog_saves_the_chosen_values(qtbot, ui_services, boris, tasks, monkeypatch):
    client = make_client(ui_services, "Acme", phone="+1 415 555 0199", legal_name="Acme Inc")
    card = open_card(qtbot, ui_services, tasks, client.id)
    theirs = boris.clients.load_client(client.id)
    boris.clients.update_client(client.id, ClientForm(
        **{**_fields(theirs.form), "legal_name": "Acme Incorporated", "tags": ("vip",), "notes": "from Boris"}),
        expected_version=theirs.version)

    type_into(qtbot, card.legal_name_edit, " (mine)")
    card.display_name_edit.setText("Acme Corp")
    add_row_and_type(qtbot, card.channels_table, "+1 415 555 0100")
    shown = {}

    def choose(dialog: ConflictDialog):
        shown["fields"] = list(dialog.fields)
        shown["defaults"] = dialog.keep_mine()
        shown["header"] = dialog.findChild(type(card.header_label), "conflict_header").text()
        dialog.choose("legal_name", keep_mine=False)
        dialog.save_button.click()
    monkeypatch.setattr(ConflictDialog, "exec", choose)
    with qtbot.waitSignal(card.saved):
        card.save()

    assert "Boris Second" in shown["header"]
    assert set(shown["fields"]) == {"display_name", "legal_name", "tags", "notes", "channels"}
    assert shown["defaults"] == {"display_name", "legal_name", "channels"}   # what I changed
    final = ui_services.clients.load_client(client.id).form
    assert final.display_name == "Acme Corp"                # mine (default: only I changed it)
    assert final.legal_name == "Acme Incorporated"          # both changed it; theirs, as chosen
    assert final.tags == ("vip",) and final.notes == "from Boris"   # theirs: only Boris changed them
    assert [c.value for c in final.channels] == ["+1 415 555 0199", "+1 415 555 0100"]
    assert card.legal_name_edit.text() == "Acme Incorporated" and not card.is_dirty()


def test_conflict_defaults_keep_both_peoples_changes(qtbot, ui_services, boris, tasks, monkeypatch):
    client = make_client(ui_services, "Acme", tags=("retail",), notes="old note")
    card = open_card(qtbot, ui_services, tasks, client.id)
    boris.clients.update_client(client.id, ClientForm(
        **{**_fields(client.form), "tags": ("vip", "wholesale"), "notes": "Boris called them"}),
        expected_version=client.version)
    card.display_name_edit.selectAll()
    type_into(qtbot, card.display_name_edit, "Acme Trading")
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: dialog.save_button.click())  # take the defaults

    with qtbot.waitSignal(card.saved):
        press_save(qtbot, card)

    final = ui_services.clients.load_client(client.id).form
    assert final.display_name == "Acme Trading"
    assert set(final.tags) == {"vip", "wholesale"} and final.notes == "Boris called them"
    assert card.notes_edit.toPlainText() == "Boris called them" and not card.is_dirty()


def test_conflict_reload_shows_their_card(qtbot, ui_services, boris, tasks, monkeypatch):
    client = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, client.id)
    boris.clients.update_client(client.id, ClientForm(display_name="Acme (Boris)"), expected_version=client.version)
    card.display_name_edit.setText("Acme (mine)")
    monkeypatch.setattr(ConflictDialog, "exec", lambda self: self.reload_button.click())
    card.save()
    assert card.display_name_edit.text() == "Acme (Boris)" and not card.is_dirty()
    assert "Boris Second" in card.header_label.text()


def test_archive_and_restore(qtbot, ui_services, tasks):
    client = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, client.id)
    assert card.archive_button.text() == "Archive"
    with qtbot.waitSignal(card.saved):
        qtbot.mouseClick(card.archive_button, Qt.MouseButton.LeftButton)
    assert ui_services.clients.load_client(client.id).archived
    assert card.archive_button.text() == "Restore" and "Archived" in card.status_label.text()
    qtbot.mouseClick(card.archive_button, Qt.MouseButton.LeftButton)
    assert not ui_services.clients.load_client(client.id).archived
    assert card.archive_button.text() == "Archive"


def test_archive_keeps_unsaved_edits(qtbot, ui_services, tasks):
    client = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, client.id)
    card.legal_name_edit.setText("Acme Ltd")
    card.archive_button.click()
    assert card.legal_name_edit.text() == "Acme Ltd" and card.is_dirty()
    card.save()  # the archive bumped the version; the card saves against the new one
    assert ui_services.clients.load_client(client.id).form.legal_name == "Acme Ltd"


def test_escape_closes_and_asks_only_when_dirty(qtbot, ui_services, tasks, monkeypatch):
    card = open_card(qtbot, ui_services, tasks, make_client(ui_services, "Acme").id)
    asked = []
    answer = {"value": QMessageBox.StandardButton.Cancel}

    def question(*args, **kwargs):
        asked.append(args[1])
        return answer["value"]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    with qtbot.waitSignal(card.close_requested):
        qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert asked == []

    card.display_name_edit.setText("Acme 2")
    assert card.title().endswith("*")
    with qtbot.assertNotEmitted(card.close_requested):
        qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"]

    answer["value"] = QMessageBox.StandardButton.Save
    with qtbot.waitSignal(card.close_requested):
        qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert ui_services.clients.load_client(card.card.id).form.display_name == "Acme 2"

    card.display_name_edit.setText("Acme 3")
    answer["value"] = QMessageBox.StandardButton.Discard
    with qtbot.waitSignal(card.close_requested):
        qtbot.keyClick(card, Qt.Key.Key_Escape)
    assert ui_services.clients.load_client(card.card.id).form.display_name == "Acme 2"


def test_manager_combo_lists_users_and_saves_the_choice(qtbot, ui_services, boris, tasks):
    card = open_card(qtbot, ui_services, tasks)
    names = [card.manager_combo.itemText(i) for i in range(card.manager_combo.count())]
    assert names == ["—", "Anna Admin", "Boris Second"]
    card.display_name_edit.setText("Acme")
    card.manager_combo.setCurrentIndex(2)
    card.role_checks["lead"].setChecked(True)
    card.save()
    stored = ui_services.clients.load_client(card.card.id)
    assert stored.manager_name == "Boris Second" and stored.form.roles == {"lead", "customer"}


def test_removing_rows(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks, rich_client(ui_services).id)
    card.channels_table.view.setCurrentIndex(card.channels_table.model.index(0, 1))
    qtbot.mouseClick(card.channels_table.remove_button, Qt.MouseButton.LeftButton)
    card.tabs.setCurrentWidget(card.persons)
    card.persons.list.setCurrentIndex(card.persons.model.index(1))
    qtbot.mouseClick(card.persons.remove_button, Qt.MouseButton.LeftButton)
    card.save()
    form = ui_services.clients.load_client(card.card.id).form
    assert [c.value for c in form.channels] == ["info@romashka.ru"]
    assert [p.full_name for p in form.contacts] == ["Иван Петров"]


def test_person_birthday_and_position(qtbot, ui_services, tasks):
    card = open_card(qtbot, ui_services, tasks)
    card.display_name_edit.setText("Acme")
    card.persons.add_person()
    card.persons.name_edit.setText("Jane Roe")
    card.persons.name_edit.textEdited.emit("Jane Roe")
    card.persons.position_combo.setEditText("Chief buyer")
    card.persons.no_birthday_check.setChecked(False)
    card.persons.birthday_edit.setDate(card.persons.birthday_edit.date().fromString("1985-03-08", "yyyy-MM-dd"))
    card.save()
    person = ui_services.clients.load_client(card.card.id).form.contacts[0]
    assert (person.full_name, person.position, person.birthday) == ("Jane Roe", "Chief buyer", date(1985, 3, 8))
    assert "Chief buyer" in [p.name for p in ui_services.clients.list_positions()]


def test_a_deleted_client_cannot_be_saved_as_a_new_one(qtbot, ui_services, tasks, monkeypatch):
    shown = []
    monkeypatch.setattr("app.ui.clients.card.show_error", lambda parent, exc: shown.append(exc))
    card = open_card(qtbot, ui_services, tasks, 999)
    assert "no longer exists" in card.header_label.text() and card.status_label.text() == "Not loaded"
    assert card.title() == "Client #999" and not card.is_dirty()
    assert not card.save_button.isEnabled() and not card.display_name_edit.isEnabled()
    assert not card.tabs.isEnabled() and card.retry_button.isVisible()
    press_save(qtbot, card)
    qtbot.keyClick(card.display_name_edit, Qt.Key.Key_Return)
    assert all_ids(ui_services) == [] and shown == []   # said in the header, no dialog on top


def test_retry_loads_the_card_once_the_database_answers(qtbot, ui_services, tasks, monkeypatch):
    client = make_client(ui_services, "Acme")
    load_client = ui_services.clients.load_client

    def unreachable(client_id):
        raise OperationalError("SELECT clients", {}, ConnectionRefusedError("connection refused"))
    monkeypatch.setattr(ui_services.clients, "load_client", unreachable)
    card = open_card(qtbot, ui_services, tasks, client.id)
    assert "connection to the database was lost" in card.header_label.text()
    assert not card.save_button.isEnabled() and card.retry_button.isVisible()
    press_save(qtbot, card)
    assert all_ids(ui_services) == [client.id]

    monkeypatch.setattr(ui_services.clients, "load_client", load_client)
    qtbot.mouseClick(card.retry_button, Qt.MouseButton.LeftButton)
    assert not card.retry_button.isVisible() and card.save_button.isEnabled()
    assert card.display_name_edit.text() == "Acme" and client.code in card.status_label.text()
    card.display_name_edit.selectAll()
    type_into(qtbot, card.display_name_edit, "Acme Trading")
    with qtbot.waitSignal(card.saved):
        press_save(qtbot, card)
    assert all_ids(ui_services) == [client.id]
    assert ui_services.clients.load_client(client.id).form.display_name == "Acme Trading"


def test_table_models_pass_the_model_tester(qtbot, qtmodeltester):
    rows = RowsModel(channel_columns(), ChannelData)
    rows.set_rows([ChannelData("phone", "+7 912 345-67-89"), ChannelData("email", "a@b.cd", "work")])
    rows.set_errors({(1, "value"): "is not an e-mail address"})
    qtmodeltester.check(rows, force_py=True)
    persons = PersonsModel()
    persons.set_persons([ContactPersonData("Иван", "Директор"), ContactPersonData("")])
    qtmodeltester.check(persons, force_py=True)


def _fields(form: ClientForm) -> dict:
    return {name: getattr(form, name) for name in form.__dataclass_fields__}


def test_card_follows_changes_made_elsewhere_unless_edited(qtbot, ui_services, tasks):
    client = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, client.id)
    archived = ui_services.clients.archive_client(client.id, expected_version=client.version)
    tasks.notify_changed("client", [client.id])     # what the list's write would announce
    assert card.card.version == archived.version and card.archive_button.text() == "Restore"

    card.display_name_edit.setText("Acme (mine)")
    ui_services.clients.restore_client(client.id, expected_version=archived.version)
    tasks.notify_changed("client", [client.id])
    assert card.display_name_edit.text() == "Acme (mine)" and card.card.version == archived.version


def test_card_of_a_client_merged_away_says_so(qtbot, ui_services, tasks):
    keep, gone = make_client(ui_services, "Acme"), make_client(ui_services, "Acme 2")
    card = open_card(qtbot, ui_services, tasks, gone.id)
    ui_services.clients.merge_clients(keep.id, gone.id, survivor_version=keep.version, merged_version=gone.version)
    tasks.notify_changed("client", [keep.id, gone.id])
    assert "no longer exists" in card.header_label.text() and not card.save_button.isEnabled()


def test_a_merged_away_card_goes_quiet_and_read_only(qtbot, ui_services, tasks, monkeypatch):
    """After the merge the card stops reloading on every later save, Ctrl+S does nothing, and it closes
    without asking (there is nothing left to save into)."""
    keep, gone = make_client(ui_services, "Acme"), make_client(ui_services, "شرکت آریا")
    shown = []
    monkeypatch.setattr("app.ui.clients.card.show_error", lambda parent, exc: shown.append(exc))
    card = open_card(qtbot, ui_services, tasks, gone.id)
    ui_services.clients.merge_clients(keep.id, gone.id, survivor_version=keep.version, merged_version=gone.version)
    tasks.notify_changed("client", [keep.id, gone.id])
    assert card.gone and card.status_label.text() == "Deleted" and not card.display_name_edit.isEnabled()
    assert card.timeline.gone and "no longer exists" in card.timeline.empty_label.text()
    loads = []
    monkeypatch.setattr(ui_services.clients, "load_client", lambda client_id: loads.append(client_id))
    tasks.notify_changed("client", [])
    tasks.notify_changed("client", [gone.id])
    press_save(qtbot, card)
    assert loads == [] and shown == []
    with qtbot.waitSignal(card.close_requested):
        card.request_close()


def test_saving_a_card_merged_away_meanwhile_says_so_once_then_goes_read_only(qtbot, ui_services, tasks,
                                                                             monkeypatch):
    keep, gone = make_client(ui_services, "Acme"), make_client(ui_services, "Acme 2")
    shown = []
    monkeypatch.setattr("app.ui.clients.card.show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("nothing to save: no question"))
    card = open_card(qtbot, ui_services, tasks, gone.id)
    type_into(qtbot, card.display_name_edit, " (typed)")
    # Merged in another program whose announcement was not heard (yet): the save meets it.
    ui_services.clients.merge_clients(keep.id, gone.id, survivor_version=keep.version, merged_version=gone.version)
    assert not card.gone and card.save_button.isEnabled()
    press_save(qtbot, card)
    assert [type(e).__name__ for e in shown] == ["NotFound"]
    assert card.gone and not card.save_button.isEnabled() and "no longer exists" in card.header_label.text()
    assert card.display_name_edit.text() == "Acme 2 (typed)"     # still readable
    press_save(qtbot, card)
    assert len(shown) == 1
    with qtbot.waitSignal(card.close_requested):
        card.request_close()


def test_a_dirty_card_merged_away_meanwhile_says_so_at_once_and_keeps_the_typed_text(qtbot, ui_services, tasks,
                                                                                    monkeypatch):
    keep, gone = make_client(ui_services, "Acme"), make_client(ui_services, "Acme 2")
    monkeypatch.setattr("app.ui.clients.card.show_error", lambda parent, exc: pytest.fail(f"no dialog: {exc!r}"))
    card = open_card(qtbot, ui_services, tasks, gone.id)
    type_into(qtbot, card.display_name_edit, " (typed)")
    ui_services.clients.merge_clients(keep.id, gone.id, survivor_version=keep.version, merged_version=gone.version)
    tasks.notify_changed("client", [keep.id, gone.id])
    assert card.gone and not card.save_button.isEnabled() and "no longer exists" in card.header_label.text()
    assert card.display_name_edit.text() == "Acme 2 (typed)" and card.changed_bar.isHidden()
    press_save(qtbot, card)                 # nothing left to save it to: nothing happens
    with qtbot.waitSignal(card.close_requested):
        card.request_close()


def test_tags_complete_the_last_word(qtbot, ui_services, tasks):
    make_client(ui_services, "Acme", tags=("wholesale", "VIP"))
    card = open_card(qtbot, ui_services, tasks)
    type_into(qtbot, card.tags_edit, "vip, who")
    assert card.tags_completer.completionPrefix() == "who"
    assert card.tags_completer.currentCompletion() == "wholesale"
    card.tags_completer.activated[str].emit("wholesale")
    assert card.tags_edit.text() == "vip, wholesale, "


def test_card_works_with_service_calls_on_worker_threads(qtbot, ui_services):
    from app.ui.tasks import TaskRunner

    threaded = TaskRunner()
    client = rich_client(ui_services)
    card = ClientCardWidget(ui_services, threaded, client.id)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.card is not None)
    card.display_name_edit.setText("Ромашка АО")
    with qtbot.waitSignal(card.saved):
        card.save()
    assert ui_services.clients.load_client(client.id).form.display_name == "Ромашка АО"
    threaded.wait_idle()


def test_text_typed_while_saving_on_a_worker_is_kept(qtbot, ui_services, monkeypatch):
    threaded = TaskRunner()
    client = make_client(ui_services, "Acme")
    update_client, gate = ui_services.clients.update_client, threading.Event()

    def slow_update(*args, **kwargs):
        gate.wait(10)       # the database is slow today
        return update_client(*args, **kwargs)
    monkeypatch.setattr(ui_services.clients, "update_client", slow_update)
    card = ClientCardWidget(ui_services, threaded, client.id)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None)
    type_into(qtbot, card.legal_name_edit, "Acme Ltd")

    card.save()
    assert not card.save_button.isEnabled()
    type_into(qtbot, card.notes_edit, "Call on Fridays")
    with qtbot.waitSignal(card.saved):
        gate.set()

    stored = ui_services.clients.load_client(client.id)
    assert (stored.form.legal_name, stored.form.notes) == ("Acme Ltd", "")
    assert card.card.version == stored.version
    assert card.notes_edit.toPlainText() == "Call on Fridays" and card.legal_name_edit.text() == "Acme Ltd"
    assert card.is_dirty() and card.title().endswith("*")
    type_into(qtbot, card.notes_edit, "!")       # the cursor stayed where the user was typing
    with qtbot.waitSignal(card.saved):
        card.save()
    assert ui_services.clients.load_client(client.id).form.notes == "Call on Fridays!"
    assert not card.is_dirty()
    threaded.wait_idle()


def test_a_row_edited_while_saving_keeps_the_id_the_save_gave_it(qtbot, ui_services, tasks, monkeypatch):
    create_client = ui_services.clients.create_client
    card = open_card(qtbot, ui_services, tasks)

    def create_while_user_types(form, **kwargs):
        set_cell(card.channels_table, 0, "value", "+1 415 555 0100")   # the user fixes a digit meanwhile
        return create_client(form, **kwargs)
    monkeypatch.setattr(ui_services.clients, "create_client", create_while_user_types)
    type_into(qtbot, card.display_name_edit, "Acme")
    add_row_and_type(qtbot, card.channels_table, "+1 415 555 0199")
    with qtbot.waitSignal(card.saved):
        press_save(qtbot, card)

    first = ui_services.clients.load_client(card.card.id).form.channels
    assert [c.value for c in first] == ["+1 415 555 0199"]
    assert card.channels_table.rows() == (ChannelData("phone", "+1 415 555 0100", id=first[0].id),)
    assert card.is_dirty()
    card.save()
    again = ui_services.clients.load_client(card.card.id).form.channels
    assert [(c.id, c.value) for c in again] == [(first[0].id, "+1 415 555 0100")]


def test_text_typed_while_a_save_meets_a_conflict_is_kept(qtbot, ui_services, boris, tasks, monkeypatch):
    client = make_client(ui_services, "Acme")
    card = open_card(qtbot, ui_services, tasks, client.id)
    boris.clients.update_client(client.id, ClientForm(**{**_fields(client.form), "legal_name": "Acme Inc"}),
                                expected_version=client.version)
    update_client, typed = ui_services.clients.update_client, []

    def update_while_user_types(*args, **kwargs):
        if not typed:
            type_into(qtbot, card.notes_edit, "Call on Fridays")
            typed.append(True)
        return update_client(*args, **kwargs)
    monkeypatch.setattr(ui_services.clients, "update_client", update_while_user_types)
    monkeypatch.setattr(ConflictDialog, "exec", lambda dialog: dialog.save_button.click())
    card.display_name_edit.selectAll()
    type_into(qtbot, card.display_name_edit, "Acme Trading")
    card.save()

    final = ui_services.clients.load_client(client.id).form
    assert (final.display_name, final.legal_name, final.notes) == ("Acme Trading", "Acme Inc", "Call on Fridays")
    assert not card.is_dirty()


def test_a_narrow_card_stacks_its_columns_instead_of_squeezing_them(qtbot, ui_services, tasks, shots):
    from PySide6.QtWidgets import QBoxLayout

    card = open_card(qtbot, ui_services, tasks)
    card.resize(1100, 700)
    qtbot.waitUntil(lambda: card._columns.direction() == QBoxLayout.Direction.LeftToRight)
    card.resize(640, 700)
    qtbot.waitUntil(lambda: card._columns.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: card.display_name_edit.width() > 300)  # the name field gets the full width
    card.grab().save(str(shots / "card_narrow.png"))


def test_a_saved_client_shows_its_service_requests_and_marketing_tabs(qtbot, ui_services, tasks, shots):
    from app.services.clients import ClientForm
    from app.ui.clients.card import ClientCardWidget

    client = ui_services.clients.create_client(ClientForm(display_name="شرکت آریا"))
    card = ClientCardWidget(ui_services, tasks, client.id)
    qtbot.addWidget(card)
    qtbot.waitUntil(lambda: card.card is not None)
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert titles[-5:] == ["Timeline", "Documents", "Service requests", "Prices", "Marketing"]
    assert card.findChild(type(card.panels[0]), "client_requests_panel") is card.panels[0]
    card.tabs.setCurrentIndex(card.tabs.count() - 2)
    card.resize(1100, 700)
    card.grab().save(str(shots / "client_card_requests_tab.png"))


def test_a_new_client_gets_the_panels_after_its_first_save(qtbot, ui_services, tasks):
    from app.ui.clients.card import ClientCardWidget

    card = ClientCardWidget(ui_services, tasks, None)
    qtbot.addWidget(card)
    card.show()
    assert card.panels == []
    type_into(qtbot, card.display_name_edit, "Fresh Lead")
    press_save(qtbot, card)
    qtbot.waitUntil(lambda: len(card.panels) == 3)
    assert card.tabs.tabText(card.tabs.count() - 1) == "Marketing"
