"""Warehouses (list, add, edit: name, address, negative stock allowed, archived) and clerk PINs."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.errors import message_for
from app.ui.lazy_model import Column
from app.ui.tasks import TaskRunner
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import ERROR_COLOR, INVALID_STYLE, ErrorLabel, FieldWithError, error_text


def _table(parent: QWidget, name: str, model: RowsModel, widths: list[int]) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    for i, w in enumerate(widths):
        table.setColumnWidth(i, w)
    return table


def _failure_text(exc: BaseException) -> str:
    return error_text(message_for(exc) or str(exc))


class WarehousesDialog(QDialog):
    """Pick a warehouse to edit it, or New; Save writes the form (against the version shown)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warehouses_dialog")
        self.setWindowTitle(self.tr("Warehouses"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(760, 460)
        self.ctx, self.tasks = ctx, tasks
        self.current: Any = None          # the WarehouseRow being edited (None: a new one)
        yes, no = self.tr("Yes"), self.tr("No")
        self.model = RowsModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Address"), lambda r: r.address),
            Column(self.tr("Negative stock"), lambda r: yes if r.allow_negative else no),
            Column(self.tr("Archived"), lambda r: yes if r.archived else no),
        ], key=lambda r: r.id, parent=self)
        self.table = _table(self, "warehouses_table", self.model, [200, 280, 120, 90])
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._chosen(cur.row()))
        self.show_archived = QCheckBox(self.tr("Show archived"), self, objectName="show_archived_check")
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.name_edit = QLineEdit(self, objectName="warehouse_name_edit")
        self.address_edit = QLineEdit(self, objectName="warehouse_address_edit")
        self.negative_check = QCheckBox(self.tr("Allow negative stock"), self, objectName="allow_negative_check")
        self.archived_check = QCheckBox(self.tr("Archived"), self, objectName="warehouse_archived_check")
        self.fields = {"name": FieldWithError(self.name_edit, self),
                       "address": FieldWithError(self.address_edit, self)}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.fields["name"])
        form.addRow(self.tr("&Address:"), self.fields["address"])
        form.addRow("", self.negative_check)
        form.addRow("", self.archived_check)
        self.status = ErrorLabel("warehouse_status_label", self)
        self.new_button = QPushButton(self.tr("&New"), self, objectName="new_warehouse_button")
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="save_warehouse_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_archived)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.start_new()
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.name_edit.setFocus()

    def refresh(self, keep: int | None = None) -> None:
        archived = self.show_archived.isChecked()
        self.tasks.read(lambda: self.ctx.stock.list_warehouses(include_archived=archived),
                        lambda rows: self._listed(rows, keep), self._failed)

    def _listed(self, rows, keep: int | None) -> None:
        self.model.set_rows(rows, highlight=keep)
        if keep is not None:
            row = next((i for i, r in enumerate(rows) if r.id == keep), -1)
            if row >= 0:
                self.table.selectRow(row)

    def _chosen(self, row: int) -> None:
        wh = self.model.row_at(row)
        if wh is None:
            return
        self.current = wh
        self._show(wh)

    def _show(self, wh) -> None:
        self._clear()
        self.name_edit.setText(wh.name)
        self.address_edit.setText(wh.address)
        self.negative_check.setChecked(wh.allow_negative)
        self.archived_check.setChecked(wh.archived)
        self.archived_check.setEnabled(True)

    def start_new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self._clear()
        for edit in (self.name_edit, self.address_edit):
            edit.clear()
        self.negative_check.setChecked(False)
        self.archived_check.setChecked(False)
        self.archived_check.setEnabled(False)     # a new warehouse is not archived
        self.name_edit.setFocus()

    def _clear(self) -> None:
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message("")

    def save(self) -> None:
        self._clear()
        name, address = self.name_edit.text(), self.address_edit.text()
        negative, archived = self.negative_check.isChecked(), self.archived_check.isChecked()
        current = self.current
        stock = self.ctx.stock
        if current is None:
            def work():
                return stock.create_warehouse(name=name, address=address, allow_negative=negative)
        else:
            def work():
                return stock.update_warehouse(current.id, name=name, address=address, allow_negative=negative,
                                              archived=archived, expected_version=current.version)
        self.tasks.write(work, self._saved, self._failed, entity="warehouse", ids=lambda r: [r.id])

    def _saved(self, row) -> None:
        self.current = row
        self.archived_check.setEnabled(True)
        self.status.show_message("")
        self.refresh(keep=row.id)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            for key, message in exc.errors.items():
                (self.fields[key].set_error(message) if key in self.fields
                 else self.status.show_message(error_text(message)))
            return
        if isinstance(exc, ConcurrentEdit) and exc.current is not None:
            # The next Save goes against what is stored now; what the user typed stays on screen.
            self.current = exc.current
            who = exc.changed_by or self.tr("someone")
            self.status.show_message(self.tr(
                "{who} saved this warehouse after you opened it (now: “{name}”). Your values are kept: "
                "Save again to overwrite, or pick it in the list to see theirs.").format(
                    who=who, name=exc.current.name))
            rows = [exc.current if r.id == exc.current.id else r for r in self.model.rows]
            selection = self.table.selectionModel()
            selection.blockSignals(True)          # re-selecting must not load theirs over the typed form
            self._listed(rows, exc.current.id)
            selection.blockSignals(False)
            return
        self.status.show_message(_failure_text(exc))


class ClerkPinsDialog(QDialog):
    """An administrator sets the PIN a clerk types to take over the shared clerk screen (F2)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clerk_pins_dialog")
        self.setWindowTitle(self.tr("Clerk PINs"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(560, 420)
        self.ctx, self.tasks = ctx, tasks
        yes, no = self.tr("Set"), self.tr("Not set")
        self.model = RowsModel([
            Column(self.tr("User"), lambda r: r[0].full_name),
            Column(self.tr("Login"), lambda r: r[0].login),
            Column(self.tr("PIN"), lambda r: yes if r[1] else no),
        ], key=lambda r: r[0].id, parent=self)
        self.table = _table(self, "clerks_table", self.model, [220, 140, 80])
        self.pin_edit = QLineEdit(self, objectName="new_pin_edit")
        self.repeat_edit = QLineEdit(self, objectName="repeat_pin_edit")
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(8)
        self.pin_field = FieldWithError(self.pin_edit, self)
        self.repeat_field = FieldWithError(self.repeat_edit, self)
        form = QFormLayout()
        form.addRow(self.tr("New &PIN (4–8 digits):"), self.pin_field)
        form.addRow(self.tr("&Repeat it:"), self.repeat_field)
        self.status = ErrorLabel("pin_status_label", self)
        self.set_button = QPushButton(self.tr("Set &PIN"), self, objectName="set_pin_button")
        self.set_button.setDefault(True)
        self.set_button.clicked.connect(self.set_pin)
        close = QPushButton(self.tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.set_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        self.tasks.read(self.ctx.stock.clerks, lambda rows: self._listed(rows, keep), self._failed)

    def _listed(self, rows, keep: int | None) -> None:
        self.model.set_rows(rows, highlight=keep)
        row = next((i for i, r in enumerate(rows) if r[0].id == keep), 0 if rows else -1)
        if row >= 0:
            self.table.selectRow(row)

    def selected_user(self):
        chosen = self.model.row_at(self.table.currentIndex().row())
        return chosen[0] if chosen is not None else None

    def set_pin(self) -> None:
        self.pin_field.set_error("")
        self.repeat_field.set_error("")
        user = self.selected_user()
        if user is None:
            self.status.show_message(self.tr("Choose a user in the list first."))
            return
        pin, repeat = self.pin_edit.text().strip(), self.repeat_edit.text().strip()
        if pin != repeat:
            self.repeat_field.set_error(self.tr("the two PINs differ"))
            return
        user_id = user.id
        self.tasks.write(lambda: self.ctx.stock.set_clerk_pin(user_id, pin=pin),
                         lambda _none: self._set(user), self._failed, entity="clerk_pin", ids=lambda _none: [user_id])

    def _set(self, user) -> None:
        self.pin_edit.clear()
        self.repeat_edit.clear()
        self.status.setStyleSheet("color: #1b5e20;")
        self.status.show_message(self.tr("The PIN of {name} is set.").format(name=user.full_name))
        self.refresh(keep=user.id)

    def _failed(self, exc: BaseException) -> None:
        self.status.setStyleSheet(f"color: {ERROR_COLOR};")
        if isinstance(exc, ValidationError) and "pin" in exc.errors:
            self.pin_field.set_error(exc.errors["pin"])
            return
        self.status.show_message(_failure_text(exc))

