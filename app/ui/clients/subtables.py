"""Editable tables of the client card: channels, addresses, bank accounts (persons: persons_editor.py).

Each table is a QTableView over `RowsModel`, which holds plain frozen dataclass rows (ChannelData,
AddressData, …) and replaces a row with `dataclasses.replace` on every edit; the card reads the rows
back as they are, ids included, so the service can match them to what it stored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.clients import AddressKind, ChannelKind
from app.ui.text import isolate
from app.ui.widgets import ErrorLabel, error_text

Index = QModelIndex | QPersistentModelIndex
ERROR_BACKGROUND = QColor("#ffcdd2")
ERROR_FOREGROUND = QColor("#b71c1c")


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


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
                message=message))  # the service's msg(), in the user's language already
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
