"""The contact persons tab of the client card: a list of persons and an editor for the selected one.

`PersonsModel` holds plain ContactPersonData; the editor writes every change straight back into it.
A person keeps the `position_id` it was loaded with until the user types or picks another position,
so that a rename in the positions directory is not undone by saving an older card.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.clients.forms import ChannelData, ContactPersonData, NamedItem
from app.ui.calendars import setup_date_edit
from app.ui.clients.subtables import ERROR_BACKGROUND, EditableTable, channel_columns, tr
from app.ui.text import isolate
from app.ui.widgets import ErrorLabel, FieldWithError, plain_text_edit

Index = QModelIndex | QPersistentModelIndex


def with_current_positions(persons: Sequence[ContactPersonData],
                           names: Mapping[int, str]) -> tuple[ContactPersonData, ...]:
    """The persons, each kept position shown by its current name in the directory."""
    return tuple(replace(p, position=names[p.position_id])
                 if p.position_id in names and p.position != names[p.position_id] else p for p in persons)


class PersonsModel(QAbstractListModel):
    """Contact persons as plain ContactPersonData, by name; persons with errors get a red background."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._persons: list[ContactPersonData] = []
        self.bad_rows: set[int] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._persons)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._persons[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = isolate(person.full_name.strip()) or tr("(no name)")
            return f"{name} — {isolate(person.position.strip())}" if person.position.strip() else name
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.bad_rows:
            return ERROR_BACKGROUND
        return None

    def persons(self) -> tuple[ContactPersonData, ...]:
        return tuple(self._persons)

    def set_persons(self, persons: Sequence[ContactPersonData]) -> None:
        self.beginResetModel()
        self._persons, self.bad_rows = list(persons), set()
        self.endResetModel()

    def rename_positions(self, names: Mapping[int, str]) -> None:
        """Show each kept position by its current name (rows, selection and error marks stay)."""
        for row, person in enumerate(with_current_positions(self._persons, names)):
            if person != self._persons[row]:
                self.put(row, person)

    def put(self, row: int, person: ContactPersonData) -> None:
        self._persons[row] = person
        self.dataChanged.emit(self.index(row), self.index(row))

    def append(self, person: ContactPersonData) -> int:
        n = len(self._persons)
        self.beginInsertRows(QModelIndex(), n, n)
        self._persons.append(person)
        self.endInsertRows()
        return n

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._persons[row]
        self.endRemoveRows()

    def mark_bad(self, rows: set[int]) -> None:
        self.bad_rows = set(rows)
        if self._persons:
            self.dataChanged.emit(self.index(0), self.index(len(self._persons) - 1))


class ContactPersonsEditor(QWidget):
    """A list of contact persons and an editor for the selected one (name, position, birthday,
    notes, own channels). Every change is written straight back into the list's model."""

    edited = Signal()
    edit_positions_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contacts_editor")
        self.model = PersonsModel(self)
        self._current = -1
        self._loading = False
        self._errors: dict[int, dict[str, str]] = {}

        self.list = QListView(self, objectName="contacts_list")
        self.list.setModel(self.model)
        self.add_button = QPushButton(tr("Add person"), self, objectName="contacts_add_button")
        self.remove_button = QPushButton(tr("Remove"), self, objectName="contacts_remove_button")
        self.list_errors = ErrorLabel("contacts_errors", self)
        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.list_errors)

        self.editor = QWidget(self, objectName="person_form")
        self.name_edit = QLineEdit(objectName="person_name_edit")
        self.name_field = FieldWithError(self.name_edit)
        self.position_combo = QComboBox(objectName="person_position_combo")
        self.position_combo.setEditable(True)
        self.position_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.positions_button = QToolButton(objectName="positions_button", text="…")
        self.positions_button.setToolTip(tr("Edit the list of positions"))
        position_row = QHBoxLayout()
        position_row.setContentsMargins(0, 0, 0, 0)
        position_row.addWidget(self.position_combo, 1)
        position_row.addWidget(self.positions_button)
        self.birthday_edit = QDateEdit(objectName="person_birthday_edit")
        self.birthday_edit.setCalendarPopup(True)
        self.birthday_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.birthday_edit)
        self.birthday_edit.setMinimumDate(QDate(1900, 1, 1))
        # An ISO date reads left to right in every language; mirrored it would be "08-03-1985".
        self.birthday_edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.no_birthday_check = QCheckBox(tr("No birthday"), objectName="no_birthday_check")
        birthday_box = QWidget(objectName="person_birthday")
        birthday_row = QHBoxLayout(birthday_box)
        birthday_row.setContentsMargins(0, 0, 0, 0)
        birthday_row.addWidget(self.birthday_edit)
        birthday_row.addWidget(self.no_birthday_check)
        birthday_row.addStretch(1)
        self.birthday_field = FieldWithError(birthday_box)
        self.notes_edit = plain_text_edit("person_notes_edit")
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 4)
        self.channels = EditableTable("person_channels", channel_columns(), ChannelData, edit_field="value")
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Full name*"), self.name_field)
        form.addRow(tr("Position"), position_row)
        form.addRow(tr("Birthday"), self.birthday_field)
        form.addRow(tr("Notes"), self.notes_edit)
        form.addRow(tr("Channels"), self.channels)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        self.add_button.clicked.connect(self.add_person)
        self.remove_button.clicked.connect(self.remove_current)
        self.positions_button.clicked.connect(self.edit_positions_requested)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur.row()))
        self.name_edit.textEdited.connect(self._write_back)
        self.position_combo.currentTextChanged.connect(self._write_back)
        self.birthday_edit.dateChanged.connect(self._write_back)
        self.no_birthday_check.toggled.connect(self._birthday_toggled)
        self.notes_edit.textChanged.connect(self._write_back)
        self.channels.edited.connect(self._write_back)
        self._show(-1)

    # -- values -------------------------------------------------------------------------------
    def persons(self) -> tuple[ContactPersonData, ...]:
        if self._current >= 0:
            self.channels.commit_pending()
        return self.model.persons()

    def set_persons(self, persons: Sequence[ContactPersonData]) -> None:
        self._errors = {}
        self.model.set_persons(persons)
        self._current = -1      # the editor shows the new values even when the same row is selected
        self.list_errors.show_message("")
        self.select(0 if persons else -1)

    def set_positions(self, positions: Sequence[NamedItem]) -> None:
        """Offer these positions; a person holding one that was renamed shows its new name."""
        self._loading = True
        text = self.position_combo.currentText()
        self.position_combo.clear()
        self.position_combo.addItems([p.name for p in positions])
        self.position_combo.setCurrentIndex(-1)
        self.model.rename_positions({p.id: p.name for p in positions})
        if self._current >= 0:
            text = self.model.persons()[self._current].position
        self.position_combo.setEditText(text)
        self._loading = False

    def add_person(self) -> None:
        self.select(self.model.append(ContactPersonData()))
        self.edited.emit()
        self.name_edit.setFocus()

    def remove_current(self) -> None:
        if self._current < 0:
            return
        row = self._current
        self._current = -1
        self.model.remove(row)
        self.set_errors({})
        self.select(min(row, self.model.rowCount() - 1))
        self.edited.emit()

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Errors keyed 'i.full_name', 'i.birthday', 'i.channels.j.value' (relative to contacts)."""
        self._errors = {}
        for key, message in errors.items():
            row, _, rest = key.partition(".")
            self._errors.setdefault(int(row), {})[rest] = message
        self.model.mark_bad(set(self._errors))
        names = [self.model.index(r).data() for r in sorted(self._errors)]
        self.list_errors.show_message(
            tr("Please check: {names}").format(names=", ".join(names)) if names else "")
        if self._errors:
            self.select(min(self._errors))
        else:
            self._apply_errors()

    # -- internals ----------------------------------------------------------------------------
    def select(self, row: int) -> None:
        if row < 0:
            self.list.setCurrentIndex(QModelIndex())
            self._show(-1)
        else:
            self.list.setCurrentIndex(self.model.index(row))
            self._show(row)

    def _show(self, row: int) -> None:
        if row == self._current and row >= 0:
            self._apply_errors()
            return
        if self._current >= 0:
            self.channels.commit_pending()
        self._current = row
        person = self.model.persons()[row] if row >= 0 else ContactPersonData()
        self._loading = True
        self.name_edit.setText(person.full_name)
        self.position_combo.setCurrentIndex(-1)
        self.position_combo.setEditText(person.position)
        self.no_birthday_check.setChecked(person.birthday is None)
        self.birthday_edit.setEnabled(person.birthday is not None)
        self.birthday_edit.setDate(_qdate(person.birthday) if person.birthday else QDate(1990, 1, 1))
        self.notes_edit.setPlainText(person.notes)
        self.channels.set_rows(person.channels)
        self._loading = False
        self.editor.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        self._apply_errors()

    def _apply_errors(self) -> None:
        errors = self._errors.get(self._current, {})
        self.name_field.set_error(errors.get("full_name", ""))
        self.birthday_field.set_error(errors.get("birthday", ""))
        self.channels.set_errors({k.removeprefix("channels."): m for k, m in errors.items()
                                  if k.startswith("channels.")})

    def _birthday_toggled(self, no_birthday: bool) -> None:
        self.birthday_edit.setEnabled(not no_birthday)
        self._write_back()

    def _write_back(self, *_args) -> None:
        if self._loading or self._current < 0:
            return
        old = self.model.persons()[self._current]
        position = self.position_combo.currentText()
        person = ContactPersonData(
            full_name=self.name_edit.text(), position=position,
            birthday=None if self.no_birthday_check.isChecked() else _pydate(self.birthday_edit.date()),
            notes=self.notes_edit.toPlainText(), channels=self.channels.model.rows(), id=old.id,
            # Typed or picked another position: the service finds (or adds) it by name.
            position_id=old.position_id if position == old.position else None)
        if person != old:
            self.model.put(self._current, person)
            self.edited.emit()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())

