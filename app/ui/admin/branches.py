"""Branches and departments: two lists edited in place (double-click or F2 renames, the check boxes set the head
office and whether it is active); each change is saved at once. A refused change stays on screen as typed,
marked red, with the reason under the list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.admin import BranchRow, DepartmentRow
from app.services.access.matrix import Action, Area
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.admin.common import OK_COLOR, tr
from app.ui.errors import conflict_text, message_for
from app.ui.tasks import TaskRunner
from app.ui.widgets import ERROR_COLOR, ErrorLabel, error_text

Index = QModelIndex | QPersistentModelIndex
INVALID_BACKGROUND = QColor("#ffebee")


@dataclass
class Entry:
    """A line of a list: the stored row (None while new) and what the user typed over it."""

    row: Any
    values: dict[str, Any]
    error: str = ""
    edited: set[str] = field(default_factory=set)


class PlacesModel(QAbstractTableModel):
    """Name (editable) and check columns over branch or department rows; `edited(position, values)` asks the
    dialog to save a line."""

    edited = Signal(int, object)

    def __init__(self, checks: list[tuple[str, str]], values_of: Callable[[Any], dict[str, Any]], parent=None):
        super().__init__(parent)
        self.checks, self.values_of = checks, values_of
        self.entries: list[Entry] = []
        self.editable = True

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.entries = [Entry(r, self.values_of(r)) for r in rows]
        self.endResetModel()

    def add_new(self, defaults: dict[str, Any]) -> int:
        pos = len(self.entries)
        self.beginInsertRows(QModelIndex(), pos, pos)
        self.entries.append(Entry(None, {"name": "", **defaults}))
        self.endInsertRows()
        return pos

    def fail(self, pos: int, message: str) -> None:
        if 0 <= pos < len(self.entries):
            self.entries[pos].error = message
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, self.columnCount() - 1))

    def entry(self, pos: int) -> Entry | None:
        return self.entries[pos] if 0 <= pos < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self.checks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Name") if section == 0 else tr(self.checks[section - 1][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if index.column() == 0 and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.values["name"] if entry.values["name"] or role == Qt.ItemDataRole.EditRole \
                else tr("(type a name)")
        if index.column() > 0 and role == Qt.ItemDataRole.CheckStateRole:
            on = entry.values[self.checks[index.column() - 1][0]]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and entry.error:
            return QBrush(INVALID_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole and entry.error:
            return entry.error
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0 and not entry.values["name"]:
            return QBrush(QColor("#9e9e9e"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        return base | (Qt.ItemFlag.ItemIsEditable if index.column() == 0 else Qt.ItemFlag.ItemIsUserCheckable)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None or not self.editable:
            return False
        if index.column() == 0 and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text == entry.values["name"] and entry.row is not None and not entry.error:
                return False
            entry.values["name"] = text
        elif index.column() > 0 and role == Qt.ItemDataRole.CheckStateRole:
            entry.values[self.checks[index.column() - 1][0]] = Qt.CheckState(value) == Qt.CheckState.Checked
        else:
            return False
        entry.error = ""
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self.edited.emit(index.row(), dict(entry.values))
        return True


def _list_view(parent: QWidget, name: str, model: PlacesModel) -> QTableView:
    view = QTableView(parent, objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, model.columnCount()):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return view


class BranchesDialog(QDialog):
    """Settings → Branches and departments…: branches on the left, the chosen branch's departments on the right."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, rights: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("branches_dialog")
        self.setWindowTitle(self.tr("Branches and departments"))
        self.resize(860, 480)
        self.ctx, self.tasks = ctx, tasks
        self.departments: list[DepartmentRow] = []
        may_edit = rights.allows(Area.USERS, Action.EDIT)
        self.branches_model = PlacesModel(
            [("is_head_office", QT_TR_NOOP("Head office")), ("active", QT_TR_NOOP("Active"))],
            lambda b: {"name": b.name, "is_head_office": b.is_head_office, "active": b.active},
            self,
        )
        self.departments_model = PlacesModel([("active", QT_TR_NOOP("Active"))],
                                             lambda d: {"name": d.name, "active": d.active,
                                                        "branch_id": d.branch_id}, self)
        for model in (self.branches_model, self.departments_model):
            model.editable = may_edit
        # Queued: the save (and the refresh after it) runs once the editor has finished committing and closed.
        self.branches_model.edited.connect(self._save_branch, Qt.ConnectionType.QueuedConnection)
        self.departments_model.edited.connect(self._save_department, Qt.ConnectionType.QueuedConnection)
        self.branches_view = _list_view(self, "branches_view", self.branches_model)
        self.departments_view = _list_view(self, "departments_view", self.departments_model)
        self.branches_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._show_departments())

        self.add_branch_button = QPushButton(self.tr("Add &branch"), self, objectName="add_branch_button")
        self.add_branch_button.clicked.connect(self.add_branch)
        self.add_department_button = QPushButton(self.tr("Add &department"), self, objectName="add_department_button")
        self.add_department_button.clicked.connect(self.add_department)
        for b in (self.add_branch_button, self.add_department_button):
            b.setEnabled(may_edit)
        self.departments_hint = QLabel(self, objectName="departments_hint")
        self.departments_hint.setWordWrap(True)
        self.error_label = ErrorLabel("places_error", self)
        self.status_label = QLabel(self, objectName="places_status")
        self.status_label.setStyleSheet(f"color: {OK_COLOR};")

        left = QGroupBox(self.tr("Branches"), self)
        lv = QVBoxLayout(left)
        lv.addWidget(self.branches_view, 1)
        lv.addWidget(self.add_branch_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QGroupBox(self.tr("Departments"), self)
        rv = QVBoxLayout(right)
        rv.addWidget(self.departments_hint)
        rv.addWidget(self.departments_view, 1)
        rv.addWidget(self.add_department_button, 0, Qt.AlignmentFlag.AlignLeft)
        lists = QHBoxLayout()
        lists.addWidget(left, 1)
        lists.addWidget(right, 1)
        hint = QLabel(self.tr("Double-click a name (or press F2) to rename it. One branch is the head office: its "
                              "people's “team” is every branch."), self)
        hint.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Reload"), self, objectName="reload_button")
        self.reload_button.setToolTip(self.tr("Show the lists as they are saved now"))
        self.reload_button.clicked.connect(lambda: self.refresh())
        self.reload_button.hide()
        close = QPushButton(self.tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.reload_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(lists, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(bottom)
        self.refresh()

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, keep_branch: int | None = None) -> None:
        access = self.ctx.access
        if keep_branch is None:
            keep_branch = self.selected_branch_id()
        self.tasks.read(lambda: (access.list_branches(include_inactive=True),
                                 access.list_departments(include_inactive=True)),
                        lambda result: self._listed(*result, keep_branch))

    def _listed(self, branches: list[BranchRow], departments: list[DepartmentRow], keep: int | None) -> None:
        self.departments = departments
        selection = self.branches_view.selectionModel()
        selection.blockSignals(True)
        self.branches_model.set_rows(branches)
        row = next((i for i, b in enumerate(branches) if b.id == keep), 0 if branches else -1)
        if row >= 0:
            self.branches_view.selectRow(row)
        selection.blockSignals(False)
        self._show_departments()

    def selected_branch_id(self) -> int | None:
        entry = self.branches_model.entry(self.branches_view.currentIndex().row())
        return entry.row.id if entry is not None and entry.row is not None else None

    def _show_departments(self) -> None:
        branch_id = self.selected_branch_id()
        entry = self.branches_model.entry(self.branches_view.currentIndex().row())
        # Departments of no branch (made before there were branches) stay reachable beside each branch's own.
        self.departments_model.set_rows([d for d in self.departments if d.branch_id in (branch_id, None)])
        if branch_id is not None:
            shared = any(d.branch_id is None for d in self.departments)
            text = self.tr("The departments of {0}, and those of no branch.") if shared else \
                self.tr("The departments of {0}.")
            self.departments_hint.setText(text.format(entry.row.name))
        else:
            self.departments_hint.setText(self.tr("Departments that belong to no branch."))

    # -- adding and saving ---------------------------------------------------------------------
    def add_branch(self) -> None:
        pos = self.branches_model.add_new({"is_head_office": not self.branches_model.entries, "active": True})
        self._edit_name(self.branches_view, pos)

    def add_department(self) -> None:
        pos = self.departments_model.add_new({"active": True, "branch_id": self.selected_branch_id()})
        self._edit_name(self.departments_view, pos)

    @staticmethod
    def _edit_name(view: QTableView, pos: int) -> None:
        index = view.model().index(pos, 0)
        view.setCurrentIndex(index)
        view.setFocus()
        view.edit(index)

    def _save_branch(self, pos: int, values: dict) -> None:
        entry = self.branches_model.entry(pos)
        if entry is None:
            return
        row, access = entry.row, self.ctx.access
        self._clear()
        self.tasks.write(lambda: access.save_branch(row.id if row else None, name=values["name"],
                                                    is_head_office=values["is_head_office"], active=values["active"],
                                                    expected_version=row.version if row else None),
                         lambda saved: self._saved(saved.id, self.tr("Branch “{0}” saved.").format(saved.name)),
                         lambda exc: self._failed(self.branches_model, pos, exc),
                         entity="branch", ids=lambda r: [r.id], name="save branch")

    def _save_department(self, pos: int, values: dict) -> None:
        entry = self.departments_model.entry(pos)
        if entry is None:
            return
        row, access = entry.row, self.ctx.access
        keep = self.selected_branch_id()
        self._clear()
        self.tasks.write(lambda: access.save_department(row.id if row else None, name=values["name"],
                                                        branch_id=values["branch_id"], active=values["active"],
                                                        expected_version=row.version if row else None),
                         lambda saved: self._saved(keep, self.tr("Department “{0}” saved.").format(saved.name)),
                         lambda exc: self._failed(self.departments_model, pos, exc),
                         entity="department", ids=lambda r: [r.id], name="save department")

    def _clear(self) -> None:
        self.reload_button.hide()
        self.error_label.show_message("")
        self.status_label.setText("")

    def _saved(self, keep_branch: int | None, text: str) -> None:
        self.status_label.setText(text)
        self.refresh(keep_branch)

    def _failed(self, model: PlacesModel, pos: int, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            text = "; ".join(error_text(m) for m in exc.errors.values())
        elif isinstance(exc, ConcurrentEdit):
            text = conflict_text(exc, "branch" if model is self.branches_model else "department")
            self.reload_button.show()
        else:
            text = error_text(message_for(exc) or str(exc))
        model.fail(pos, text)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.error_label.show_message(text)
