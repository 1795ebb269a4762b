"""The units of measure directory: add, rename or change decimals, delete an unused unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalog import UnitRow
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.errors import message_for
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

MAX_DECIMALS = 4  # as the service allows (quantities are Numeric(18, 4))
UnitIdRole = Qt.ItemDataRole.UserRole + 1


class UnitsDialog(QDialog):
    """Select a unit to edit it; "Add" makes a new one from the fields below the list."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("units_dialog")
        self.setWindowTitle(self.tr("Units of measure"))
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.units: list[UnitRow] = []
        self.selected_id: int | None = None

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Decimals")])
        self.table = QTableView(objectName="units_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._chosen(cur.row()))
        self.empty_label = QLabel(self.tr("No units yet: type a name below and press Add."),
                                  objectName="units_empty_label")

        self.name = QLineEdit(objectName="unit_name_edit", placeholderText=self.tr("e.g. pcs, kg, m"))
        self.decimals = QSpinBox(objectName="unit_decimals_spin", minimum=0, maximum=MAX_DECIMALS)
        self.decimals.setMaximumWidth(90)
        self.decimals.setToolTip(self.tr("How many fraction digits a quantity in this unit may have"))
        self.fields = {"name": FieldWithError(self.name), "decimals": FieldWithError(self.decimals)}
        self.status = ErrorLabel("units_error")

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"), objectName="add_unit_button")
        self.save_button = QPushButton(self.tr("Save changes"), objectName="save_unit_button")
        self.delete_button = QPushButton(self.tr("Delete"), objectName="delete_unit_button")
        for button, slot in ((self.add_button, self.add), (self.save_button, self.save),
                             (self.delete_button, self.delete)):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.fields["name"])
        form.addRow(self.tr("Decimals"), self.fields["decimals"])
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self._enable()
        self.refresh()

    # -- data ------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        self.tasks.read(self.ctx.catalog.list_units, lambda units: self._loaded(units, select_id), self._failed)

    def _loaded(self, units: list[UnitRow], select_id: int | None) -> None:
        self.units = units
        self.model.removeRows(0, self.model.rowCount())
        for unit in units:
            name, decimals = QStandardItem(unit.name), QStandardItem(str(unit.decimals))
            name.setData(unit.id, UnitIdRole)
            decimals.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for item in (name, decimals):
                item.setEditable(False)
            self.model.appendRow([name, decimals])
        self.empty_label.setVisible(not units)
        row = next((i for i, u in enumerate(units) if u.id == select_id), -1)
        self.selected_id = None
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._enable()

    def _chosen(self, row: int) -> None:
        unit = self.units[row] if 0 <= row < len(self.units) else None
        self.selected_id = unit.id if unit else None
        if unit is not None:
            self.name.setText(unit.name)
            self.decimals.setValue(unit.decimals)
        self._clear_errors()
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(self.selected_id is not None)
        self.delete_button.setEnabled(self.selected_id is not None)

    def selected(self) -> UnitRow | None:
        return next((u for u in self.units if u.id == self.selected_id), None)

    # -- actions ---------------------------------------------------------------------------------
    def add(self) -> None:
        self._clear_errors()
        name, decimals = self.name.text(), self.decimals.value()
        self.tasks.write(lambda: self.ctx.catalog.add_unit(name, decimals=decimals),
                         lambda row: self.refresh(row.id), self._failed, entity="unit", ids=lambda r: [r.id])

    def save(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        self._clear_errors()
        name, decimals = self.name.text(), self.decimals.value()
        self.tasks.write(lambda: self.ctx.catalog.update_unit(unit.id, name=name, decimals=decimals,
                                                              expected_version=unit.version),
                         lambda row: self.refresh(row.id), self._failed, entity="unit", ids=lambda r: [r.id])

    def delete(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        self._clear_errors()
        self.tasks.write(lambda: self.ctx.catalog.delete_unit(unit.id, expected_version=unit.version),
                         lambda _: self._deleted(), self._failed, entity="unit")

    def _deleted(self) -> None:
        self.name.clear()
        self.decimals.setValue(0)
        self.refresh()

    def _clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message("")

    def _failed(self, exc: BaseException) -> None:
        """Field messages by the fields, the rest (a unit in use, a conflict) under the buttons."""
        if isinstance(exc, ValidationError):
            rest = []
            for key, message in exc.errors.items():
                if key in self.fields:
                    self.fields[key].set_error(message)
                else:
                    rest.append(error_text(message))
            self.status.show_message("\n".join(rest))
            return
        self.status.show_message(message_for(exc) or str(exc))
        current = getattr(exc, "current", None)
        if isinstance(current, UnitRow):
            # A conflict: the next Save goes against what is stored now, the typed values stay.
            self.units = [current if u.id == current.id else u for u in self.units]
