"""What the administrator's screens share: a read-only table, the branch → department combo pair, a form's
error routing, and the password-twice fields."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QMessageBox, QTableView, QWidget

from app.services.access.admin import BranchRow, DepartmentRow
from app.ui.errors import field_label
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import ErrorLabel, FieldWithError, error_text

OK_COLOR = "#1b5e20"


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def yes_no(flag: bool) -> str:
    return tr("Yes") if flag else tr("No")


def read_only_table(parent: QWidget, name: str, model: RowsModel) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setStretchLastSection(True)
    for i, col in enumerate(model.columns):
        table.setColumnWidth(i, col.width)
    return table


def select_data(combo: QComboBox, value) -> None:
    """Make the item carrying `value` current (the first one when none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else 0)


class PlaceCombos(QObject):
    """A branch combo and a department combo that offers only the chosen branch's departments (and those
    that belong to no branch)."""

    def __init__(self, branch: QComboBox, department: QComboBox, parent: QObject | None = None):
        super().__init__(parent)
        self.branch, self.department = branch, department
        self.branches: list[BranchRow] = []
        self.departments: list[DepartmentRow] = []
        branch.currentIndexChanged.connect(lambda _i: self._fill_departments(self.department.currentData()))

    def set_places(self, branches: Sequence[BranchRow], departments: Sequence[DepartmentRow]) -> None:
        chosen_branch, chosen_dept = self.branch.currentData(), self.department.currentData()
        self.branches, self.departments = list(branches), list(departments)
        self.branch.blockSignals(True)
        self.branch.clear()
        self.branch.addItem(tr("(no branch)"), None)
        for b in self.branches:
            text = b.name + (tr(" (head office)") if b.is_head_office else "") + ("" if b.active else tr(" (closed)"))
            self.branch.addItem(text, b.id)
        select_data(self.branch, chosen_branch)
        self.branch.blockSignals(False)
        self._fill_departments(chosen_dept)

    def set_current(self, branch_id: int | None, department_id: int | None) -> None:
        self.branch.blockSignals(True)
        select_data(self.branch, branch_id)
        self.branch.blockSignals(False)
        self._fill_departments(department_id)

    def _fill_departments(self, keep) -> None:
        branch_id = self.branch.currentData()
        self.department.clear()
        self.department.addItem(tr("(no department)"), None)
        for d in self.departments:
            if d.branch_id is None or d.branch_id == branch_id:
                self.department.addItem(d.name + ("" if d.active else tr(" (closed)")), d.id)
        select_data(self.department, keep)

    def values(self) -> tuple[int | None, int | None]:
        return self.branch.currentData(), self.department.currentData()


def route_errors(fields: dict[str, FieldWithError], general: ErrorLabel, errors: dict[str, str]) -> None:
    """Each message beside its field; those without a field in the general line."""
    for key, field in fields.items():
        field.set_error(errors.get(key, ""))
    rest = [f"{field_label(k)}: {error_text(m)}" for k, m in errors.items() if k not in fields]
    general.show_message("\n".join(rest))


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent, objectName=name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def discard_ok(parent: QWidget, what: str) -> bool:
    """Ask before unsaved edits of `what` are dropped (another row chosen); True: drop them."""
    answer = QMessageBox.question(parent, tr("Unsaved changes"),
                                  tr("Your changes to {what} are not saved. Discard them?").format(what=what),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
