"""Helpers for the client card tests: a shown card, typing into table cells, answering modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.services.clients import ChannelData, ClientForm, ClientQuery, ContactPersonData
from app.ui.clients.card import ClientCardWidget
from app.ui.clients.subtables import EditableTable
from tests.ui.typing_helpers import type_text


def open_card(qtbot, ctx, tasks, client_id: int | None = None) -> ClientCardWidget:
    card = ClientCardWidget(ctx, tasks, client_id)
    qtbot.addWidget(card)
    card.resize(1100, 750)
    card.show()
    qtbot.waitExposed(card)
    return card


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type like a user; non-Latin-1 text goes through key events carrying the character."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        type_text(widget, text)


def add_row_and_type(qtbot, table: EditableTable, text: str) -> int:
    """Press the table's Add button and type into the cell editor it opens; returns the row."""
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    index = table.view.currentIndex()
    editor = table.view.indexWidget(index)
    assert editor is not None, "Add should open the editor on the new row"
    type_into(qtbot, editor, text)
    return index.row()


def set_cell(table: EditableTable, row: int, field: str, value: str) -> None:
    """Edit a cell through the model, as a delegate's setModelData does (an open editor commits first,
    as it would when the user clicks elsewhere)."""
    table.commit_pending()
    col = next(i for i, c in enumerate(table.model.columns) if c.field == field)
    assert table.model.setData(table.model.index(row, col), value, Qt.ItemDataRole.EditRole)


def press_save(qtbot, card: ClientCardWidget) -> None:
    """Ctrl+S as the user presses it: the shortcut needs the card's window active."""
    if QApplication.activeWindow() is not card.window():
        with qtbot.waitActive(card):
            card.activateWindow()
    focus = QApplication.focusWidget() or card.display_name_edit
    qtbot.keyClick(focus, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def all_ids(ctx) -> list[int]:
    return ctx.clients.client_ids(ClientQuery(status=None))


def make_client(ctx, name: str, *, phone: str = "", email: str = "", tax_id: str = "", **fields):
    channels = tuple(ChannelData(kind, value) for kind, value in (("phone", phone), ("email", email)) if value)
    return ctx.clients.create_client(ClientForm(display_name=name, tax_id=tax_id, channels=channels, **fields),
                                     allow_duplicates=True)


def rich_client(ctx):
    """A client with a bit of everything, in Russian."""
    from app.services.clients import AddressData, BankAccountData

    return ctx.clients.create_client(ClientForm(
        display_name="Ромашка ООО", legal_name="Общество с ограниченной ответственностью «Ромашка»",
        tax_id="7707083893", registration_ids="ОГРН 1027700132195", source="Выставка",
        roles=frozenset({"customer", "supplier"}), tags=("Опт", "VIP"), notes="Звонить после 10:00",
        channels=(ChannelData("phone", "+7 (912) 345-67-89", "офис"), ChannelData("email", "info@romashka.ru")),
        contacts=(ContactPersonData("Иван Петров", "Директор", channels=(ChannelData("mobile", "+7 900 111-22-33"),)),
                  ContactPersonData("Мария Соколова", "Бухгалтер")),
        addresses=(AddressData("legal", "Россия", "Московская обл.", "Москва", "ул. Ленина", "10", "офис 5",
                               "101000"),),
        bank_accounts=(BankAccountData("ПАО Сбербанк", "044525225", "40702810900000012345",
                                       "30101810400000000225"),),
    ), allow_duplicates=True)
