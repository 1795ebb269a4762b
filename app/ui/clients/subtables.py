"""Editable tables of the client card (channels, addresses, bank accounts) and the contact persons editor.

Each table is a QTableView over `RowsModel`, which holds plain frozen dataclass rows (ChannelData,
AddressData, …) and replaces a row with `dataclasses.replace` on every edit; the card reads the rows
back as they are, ids included, so the service can match them to what it stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models.clients import AddressKind, ChannelKind
from app.services.clients.forms import ChannelData, ContactPersonData
from app.ui.widgets import ErrorLabel, FieldWithError, error_text, isolate, plain_text_edit

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#ffcdd2")
ERROR_FOREGROUND = QColor("#b71c1c")


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientCard", text)


def channel_kinds() -> dict[str, str]:
    return {
        ChannelKind.PHONE: tr("Phone"), ChannelKind.MOBILE: tr("Mobile"), ChannelKind.EMAIL: tr("E-mail"),
        ChannelKind.WEBSITE: tr("Website"), ChannelKind.TELEGRAM: tr("Telegram"),
        ChannelKind.WHATSAPP: tr("WhatsApp"), ChannelKind.SKYPE: tr("Skype"),
        ChannelKind.SOCIAL: tr("Social network"),
    }


def address_kinds() -> dict[str, str]:
    return {AddressKind.LEGAL: tr("Legal"), AddressKind.ACTUAL: tr("Actual"), AddressKind.DELIVERY: tr("Delivery")}


@dataclass(frozen=True)
class TableColumn:
    """One column: the row's field it edits, or a read-only `compute` of the whole row."""

    field: str
    title: str
    choices: Callable[[], Mapping[str, str]] | None = None   # value -> label
    compute: Callable[[Any], str] | None = None
    width: int = 130


def channel_columns() -> list[TableColumn]:
    return [TableColumn("kind", tr("Type"), choices=channel_kinds, width=130),
            TableColumn("value", tr("Value"), width=260),
            TableColumn("comment", tr("Comment"), width=200)]


def address_columns() -> list[TableColumn]:
    return [TableColumn("kind", tr("Type"), choices=address_kinds, width=100),
            TableColumn("country", tr("Country"), width=100), TableColumn("region", tr("Region"), width=110),
            TableColumn("city", tr("City"), width=110), TableColumn("street", tr("Street"), width=140),
            TableColumn("building", tr("Building"), width=70), TableColumn("office", tr("Office"), width=60),
            TableColumn("postcode", tr("Postcode"), width=80),
            TableColumn("", tr("One line"), compute=lambda a: a.one_line(), width=260)]


def bank_account_columns() -> list[TableColumn]:
    return [TableColumn("bank_name", tr("Bank"), width=220), TableColumn("bic", tr("BIC / SWIFT"), width=110),
            TableColumn("account_number", tr("Account"), width=200),
            TableColumn("corr_account", tr("Correspondent account"), width=200),
            TableColumn("comment", tr("Comment"), width=150)]


class RowsModel(QAbstractTableModel):
    """Plain dataclass rows with per-cell errors (red background, message as tooltip)."""

    edited = Signal()

    def __init__(self, columns: Sequence[TableColumn], make_row: Callable[[], Any], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self.make_row = make_row
        self._rows: list[Any] = []
        self._errors: dict[tuple[int, str], str] = {}

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col.compute:
                return col.compute(row)
            value = getattr(row, col.field)
            if role == Qt.ItemDataRole.EditRole:
                return value
            return col.choices().get(value, value) if col.choices else isolate(value)
        error = self._errors.get((index.row(), col.field)) if col.field else None
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and error:
            return ERROR_FOREGROUND     # still visible when the row is selected
        if role == Qt.ItemDataRole.ToolTipRole:
            return error_text(error) if error else (col.compute(row) if col.compute else None)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        col = self.columns[index.column()]
        if col.compute or value is None:
            return False
        row = self._rows[index.row()]
        if getattr(row, col.field) == value:
            return True
        self._rows[index.row()] = replace(row, **{col.field: str(value)})
        self._errors.pop((index.row(), col.field), None)
        # Only the edited cell and computed ones: an editor open on another cell keeps its text.
        for col in [index.column(), *(i for i, c in enumerate(self.columns) if c.compute)]:
            self.dataChanged.emit(self.index(index.row(), col), self.index(index.row(), col))
        self.edited.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.columns[index.column()].compute:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if 0 <= section < len(self.columns) else None
        return str(section + 1)

    # -- plain values -------------------------------------------------------------------------
    def rows(self) -> tuple[Any, ...]:
        return tuple(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows, self._errors = list(rows), {}
        self.endResetModel()

    def add_row(self) -> int:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(self.make_row())
        self.endInsertRows()
        self.edited.emit()
        return n

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        # Row numbers after the removed one moved; the messages would point at the wrong rows.
        self.set_errors({})
        self.edited.emit()

    def set_errors(self, errors: Mapping[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole])


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for a column with a fixed list of values (channel or address type)."""

    def __init__(self, choices: Callable[[], Mapping[str, str]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("choice_editor")
        for value, label in self.choices().items():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class EditableTable(QWidget):
    """Add / Remove buttons, the table, and a red message under it; `name` prefixes object names."""

    edited = Signal()

    def __init__(self, name: str, columns: Sequence[TableColumn], make_row: Callable[[], Any], *,
                 edit_field: str, margin: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}_editor")
        self.model = RowsModel(columns, make_row, self)
        self.model.edited.connect(self.edited)
        self.edit_column = next(i for i, c in enumerate(columns) if c.field == edit_field)

        self.add_button = QPushButton(tr("Add"), self, objectName=f"{name}_add_button")
        self.remove_button = QPushButton(tr("Remove"), self, objectName=f"{name}_remove_button")
        self.view = QTableView(self, objectName=f"{name}_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(columns):
            header.resizeSection(i, col.width)
            if col.choices:
                self.view.setItemDelegateForColumn(i, ChoiceDelegate(col.choices, self.view))
        self.errors = ErrorLabel(f"{name}_errors", self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.errors)

        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def rows(self) -> tuple[Any, ...]:
        self.commit_pending()
        return self.model.rows()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.errors.show_message("")

    def add_row(self) -> None:
        row = self.model.add_row()
        index = self.model.index(row, self.edit_column)
        self.view.setCurrentIndex(index)
        self.view.setFocus()
        self.view.edit(index)
        self._update_buttons()

    def remove_current(self) -> None:
        self.commit_pending()
        self.model.remove_row(self.view.currentIndex().row())
        self.errors.show_message("")
        self._update_buttons()

    def commit_pending(self) -> None:
        """Write an open cell editor's text into the model (Ctrl+S while typing in a cell)."""
        index = self.view.currentIndex()
        editor = self.view.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.view.itemDelegateForIndex(index).setModelData(editor, self.model, index)

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Errors keyed 'row.field' (relative to this table): cells turn red, messages listed below."""
        cells: dict[tuple[int, str], str] = {}
        lines = []
        titles = {c.field: c.title for c in self.model.columns}
        for key, message in sorted(errors.items(), key=lambda kv: int(kv[0].split(".")[0])):
            row_text, _, field = key.partition(".")
            cells[(int(row_text), field)] = message
            lines.append(tr("Row {row}, {column}: {message}").format(
                row=int(row_text) + 1, column=titles.get(field, field),
                message=QCoreApplication.translate("Errors", message)))
        self.model.set_errors(cells)
        self.errors.show_message("\n".join(lines))
        if cells:
            row, field = min(cells)
            col = next((i for i, c in enumerate(self.model.columns) if c.field == field), 0)
            # Current but not selected: a selected row would hide the red background.
            self.view.selectionModel().setCurrentIndex(self.model.index(row, col),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.view.currentIndex().isValid())


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
        self.list_errors.show_message("")
        self.select(0 if persons else -1)

    def set_positions(self, names: Sequence[str]) -> None:
        self._loading = True
        text = self.position_combo.currentText()
        self.position_combo.clear()
        self.position_combo.addItems(list(names))
        self.position_combo.setCurrentIndex(-1)
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
        person = ContactPersonData(
            full_name=self.name_edit.text(), position=self.position_combo.currentText(),
            birthday=None if self.no_birthday_check.isChecked() else _pydate(self.birthday_edit.date()),
            notes=self.notes_edit.toPlainText(), channels=self.channels.model.rows(), id=old.id)
        if person != old:
            self.model.put(self._current, person)
            self.edited.emit()


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())

