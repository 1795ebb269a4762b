"""The Roles tab: the roles, and for the chosen one its permission matrix (areas × actions, with a scope per
row for the areas whose records belong to someone)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TR_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.access.admin import RoleRow
from app.services.access.matrix import AREA_ACTIONS, SCOPED_AREAS, Action, Area, Scope
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.i18n import translated
from app.ui.admin.common import OK_COLOR, discard_ok, route_errors, select_data, tr
from app.ui.errors import show_save_failure
from app.ui.rights import AREA_TITLES
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel, FieldWithError, error_text

ACTION_TITLES = {
    Action.VIEW: QT_TR_NOOP("View"),
    Action.CREATE: QT_TR_NOOP("Create"),
    Action.EDIT: QT_TR_NOOP("Edit"),
    Action.DELETE: QT_TR_NOOP("Delete"),
    Action.POST: QT_TR_NOOP("Post"),
    Action.PRINT: QT_TR_NOOP("Print"),
    Action.EXPORT: QT_TR_NOOP("Export"),
}
SCOPE_TITLES = {
    Scope.OWN: QT_TR_NOOP("Own"),
    Scope.TEAM: QT_TR_NOOP("Team (branch)"),
    Scope.ALL: QT_TR_NOOP("All"),
}


class MatrixGrid(QWidget):
    """One row per area, one check box per action the area has, and a scope combo for owned records."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("permission_matrix")
        self.checks: dict[tuple[str, str], QCheckBox] = {}
        self.scopes: dict[str, QComboBox] = {}
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        head = QLabel(tr("Area"), self)
        head.setStyleSheet("font-weight: bold;")
        grid.addWidget(head, 0, 0)
        for col, action in enumerate(Action, start=1):
            label = QLabel(tr(ACTION_TITLES[action]), self, objectName=f"head_{action.value}")
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, col, Qt.AlignmentFlag.AlignHCenter)
        scope_head = QLabel(tr("Scope"), self)
        scope_head.setStyleSheet("font-weight: bold;")
        grid.addWidget(scope_head, 0, len(Action) + 1)
        for row, area in enumerate(Area, start=1):
            grid.addWidget(QLabel(translated(AREA_TITLES[area]), self, objectName=f"area_{area.value}"), row, 0)
            for col, action in enumerate(Action, start=1):
                if action not in AREA_ACTIONS[area]:
                    continue    # a cell that means nothing in this area stays empty
                box = QCheckBox(self, objectName=f"cell_{area.value}_{action.value}")
                box.setToolTip(f"{translated(AREA_TITLES[area])}: {tr(ACTION_TITLES[action])}")
                box.toggled.connect(lambda _on, a=area: self._row_toggled(a))
                self.checks[(area.value, action.value)] = box
                grid.addWidget(box, row, col, Qt.AlignmentFlag.AlignHCenter)
            if area in SCOPED_AREAS:
                combo = QComboBox(self, objectName=f"scope_{area.value}")
                for scope in Scope:
                    combo.addItem(tr(SCOPE_TITLES[scope]), scope.value)
                combo.setToolTip(tr("Own: the user's records; Team: their branch's; All: every branch's"))
                combo.currentIndexChanged.connect(lambda _i: self.edited.emit())
                self.scopes[area.value] = combo
                grid.addWidget(combo, row, len(Action) + 1)
            else:
                grid.addWidget(QLabel(tr("All"), self, styleSheet="color: palette(mid);"), row, len(Action) + 1)
        # Every row as tall as the scoped ones (their combo is the tallest thing in a row).
        row_height = QComboBox().sizeHint().height()
        for row in range(1, len(Area) + 1):
            grid.setRowMinimumHeight(row, row_height)
        grid.setColumnStretch(len(Action) + 2, 1)
        grid.setRowStretch(len(Area) + 1, 1)

    def _row_toggled(self, area: Area) -> None:
        combo = self.scopes.get(area.value)
        if combo is not None:
            combo.setEnabled(self.isEnabled() and any(
                box.isChecked() for (a, _act), box in self.checks.items() if a == area.value))
        self.edited.emit()

    def set_cells(self, cells: dict[tuple[str, str], str]) -> None:
        """Tick the role's cells; a row's scope is its View cell's (else its first ticked cell's)."""
        for key, box in self.checks.items():
            box.blockSignals(True)
            box.setChecked(key in cells)
            box.blockSignals(False)
        for area, combo in self.scopes.items():
            chosen = [cells[(area, act.value)] for act in Action if (area, act.value) in cells]
            combo.blockSignals(True)
            select_data(combo, cells.get((area, Action.VIEW.value), chosen[0] if chosen else Scope.OWN.value))
            combo.blockSignals(False)
        for area in Area:
            if area.value in self.scopes:
                self._row_toggled(area)

    def cells(self) -> dict[tuple[str, str], str]:
        out = {}
        for (area, action), box in self.checks.items():
            if box.isChecked():
                combo = self.scopes.get(area)
                out[(area, action)] = combo.currentData() if combo is not None else Scope.ALL.value
        return out

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.EnabledChange:
            for area in Area:
                if area.value in self.scopes:
                    self._row_toggled(area)


class RolesTab(QWidget):
    """The roles on the left; the chosen one's name, description and matrix on the right."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, rights: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roles_tab")
        self.ctx, self.tasks, self.rights = ctx, tasks, rights
        self.roles: list[RoleRow] = []
        self.current: RoleRow | None = None       # None: a new role (or a copy) not saved yet
        self.roles_list = QListWidget(self, objectName="roles_list")
        self.roles_list.currentRowChanged.connect(self._row_changed)
        self._row = -1
        self._shown: tuple | None = None     # the form as last shown or saved
        self.roles_list.setMinimumWidth(200)
        self.roles_list.setSpacing(2)

        self.name_edit = QLineEdit(self, objectName="role_name_edit")
        self.description_edit = QLineEdit(self, objectName="role_description_edit")
        self.fields = {"name": FieldWithError(self.name_edit, self),
                       "description": FieldWithError(self.description_edit, self)}
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.fields["name"])
        form.addRow(self.tr("&Description:"), self.fields["description"])
        self.holders_label = QLabel(self, objectName="role_holders_label")
        self.admin_label = QLabel(self.tr(
            "The administrator may do everything: every area and action, in every branch, and managing users. "
            "This role has no matrix to narrow; give people another role to limit what they do."), self,
            objectName="admin_role_label")
        self.admin_label.setWordWrap(True)
        self.admin_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.admin_label.setMargin(10)
        self.matrix = MatrixGrid(self)
        self.matrix_scroll = QScrollArea(self, objectName="matrix_scroll")
        self.matrix_scroll.setWidget(self.matrix)
        self.matrix_scroll.setWidgetResizable(True)
        self.general_error = ErrorLabel("roles_general_error", self)
        self.status_label = QLabel(self, objectName="roles_status_label")
        self.status_label.setStyleSheet(f"color: {OK_COLOR};")

        self.new_button = QPushButton(self.tr("&New role"), self, objectName="new_role_button")
        self.new_button.clicked.connect(self.new_role)
        self.copy_button = QPushButton(self.tr("&Copy role"), self, objectName="copy_role_button")
        self.copy_button.clicked.connect(self.copy_role)
        self.delete_button = QPushButton(self.tr("&Delete role"), self, objectName="delete_role_button")
        self.delete_button.clicked.connect(self.delete_role)
        self.reload_button = QPushButton(self.tr("Reload"), self, objectName="reload_role_button")
        self.reload_button.setToolTip(self.tr("Show the role as it is saved now (your edits are dropped)"))
        self.reload_button.clicked.connect(self.reload)
        self.reload_button.hide()
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="save_role_button")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.copy_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)

        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(self.holders_label)
        admin_page = QWidget(self)
        admin_box = QVBoxLayout(admin_page)
        admin_box.setContentsMargins(0, 0, 0, 0)
        admin_box.addWidget(self.admin_label)
        admin_box.addStretch(1)
        self.matrix_stack = QStackedWidget(self, objectName="matrix_stack")
        self.matrix_stack.addWidget(self.matrix_scroll)
        self.matrix_stack.addWidget(admin_page)
        side.addWidget(self.matrix_stack, 1)
        side.addWidget(self.general_error)
        side.addWidget(self.status_label)
        side.addLayout(buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.roles_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_form(None, "", "", {}, admin=False)
        tasks.changed.connect(self._users_changed)

    # -- loading -------------------------------------------------------------------------------
    def refresh(self, keep: int | None = None) -> None:
        self.tasks.read(self.ctx.access.list_roles, lambda roles: self._listed(roles, keep))

    def _users_changed(self, entity: str, _ids) -> None:
        # Someone got or lost a role: the counts change; what is typed in the form stays.
        if entity == "user":
            self.tasks.read(self.ctx.access.list_roles, self._recounted)

    def _recounted(self, roles: list[RoleRow]) -> None:
        counts = {r.id: r.users for r in roles}
        self.roles = [replace(r, users=counts.get(r.id, r.users)) for r in self.roles]
        if self.current is not None and self.current.id in counts:
            self.current = replace(self.current, users=counts[self.current.id])
            self._say_holders(self.current)

    def _listed(self, roles: list[RoleRow], keep: int | None) -> None:
        self.roles = roles
        self.roles_list.blockSignals(True)
        self.roles_list.clear()
        for r in roles:
            item = QListWidgetItem(r.name)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setToolTip(r.description)
            self.roles_list.addItem(item)
        want = keep if keep is not None else (self.current.id if self.current else None)
        row = next((i for i, r in enumerate(roles) if r.id == want), 0 if roles else -1)
        self.roles_list.setCurrentRow(row)
        self.roles_list.blockSignals(False)
        if row >= 0:
            self._chosen(row)

    def _values(self) -> tuple:
        return self.name_edit.text(), self.description_edit.text(), self.matrix.cells()

    def is_dirty(self) -> bool:
        return self._shown is not None and self._values() != self._shown and self.save_button.isEnabled()

    def _may_drop_edits(self) -> bool:
        what = self.current.name if self.current is not None else self.tr("the new role")
        return not self.is_dirty() or discard_ok(self, what)

    def _row_changed(self, row: int) -> None:
        if not self._may_drop_edits():
            self.roles_list.blockSignals(True)
            self.roles_list.setCurrentRow(self._row)
            self.roles_list.blockSignals(False)
            return
        self._chosen(row)

    def _chosen(self, row: int) -> None:
        self._row = row
        if 0 <= row < len(self.roles):
            role = self.roles[row]
            self._show_form(role, role.name, role.description, role.cells, admin=role.is_admin)

    def _show_form(self, role: RoleRow | None, name: str, description: str, cells, *, admin: bool) -> None:
        self.current = role
        route_errors(self.fields, self.general_error, {})
        self.reload_button.hide()
        self.name_edit.setText(name)
        self.description_edit.setText(description)
        self.matrix.set_cells(cells)
        self.matrix_stack.setCurrentIndex(1 if admin else 0)
        self._say_holders(role)
        self._shown = self._values()
        may_edit = self.rights.allows(Area.USERS, Action.EDIT)
        for w in (self.name_edit, self.description_edit):
            w.setReadOnly(admin or not may_edit)
        self.matrix.setEnabled(may_edit and not admin)
        self.save_button.setEnabled(may_edit and not admin)
        self.new_button.setEnabled(may_edit)
        self.copy_button.setEnabled(may_edit and role is not None)
        self.delete_button.setEnabled(self.rights.allows(Area.USERS, Action.DELETE) and role is not None
                                      and not admin)

    def _say_holders(self, role: RoleRow | None) -> None:
        if role is None:
            text = self.tr("A new role: Save creates it.")
        elif role.users == 0:
            text = self.tr("Nobody holds this role.")
        elif role.users == 1:
            text = self.tr("Held by 1 user.")
        else:
            text = self.tr("Held by {n} users.").format(n=role.users)
        self.holders_label.setText(text)

    # -- actions -------------------------------------------------------------------------------
    def new_role(self) -> None:
        if not self._may_drop_edits():
            return
        self._row = -1
        self._unselect()
        self._show_form(None, "", "", {}, admin=False)
        self.status_label.setText("")
        self.name_edit.setFocus()

    def copy_role(self) -> None:
        source = self.current
        if source is None or not self._may_drop_edits():
            return
        self._row = -1
        # A copy of the administrator is a matrix with every cell, each in every branch.
        cells = ({(a.value, act.value): Scope.ALL.value for a in Area for act in AREA_ACTIONS[a]}
                 if source.is_admin else dict(source.cells))
        self._unselect()
        self._show_form(None, self.tr("Copy of {0}").format(source.name), source.description, cells, admin=False)
        self._shown = ("", "", {})     # an unsaved copy counts as an edit
        self.status_label.setText(self.tr("Change the copy, then Save to create it."))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _unselect(self) -> None:
        # No current row: choosing the role shown before starts a new choice (and is asked about).
        self.roles_list.blockSignals(True)
        self.roles_list.setCurrentRow(-1)
        self.roles_list.blockSignals(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        route_errors(self.fields, self.general_error, errors)

    def save(self) -> None:
        role = self.current
        self.show_errors({})
        self.status_label.setText("")
        name, description, cells = self.name_edit.text(), self.description_edit.text(), self.matrix.cells()
        access = self.ctx.access
        role_id = role.id if role is not None else None
        version = role.version if role is not None else None
        self.tasks.write(lambda: access.save_role(role_id, name=name, description=description, cells=cells,
                                                  expected_version=version),
                         self._saved, lambda exc: show_save_failure(self, exc, what="role"),
                         entity="role", ids=lambda r: [r.id], name="save role")

    def _saved(self, role: RoleRow) -> None:
        self.current = role
        self.status_label.setText(self.tr("Saved. People with this role get the new rights at their next action."))
        self.refresh(role.id)

    def reload(self) -> None:
        if self.current is not None:
            self.refresh(self.current.id)

    def delete_role(self) -> None:
        role = self.current
        if role is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete role"),
                                      self.tr("Delete the role “{0}”?").format(role.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        access = self.ctx.access
        self.tasks.write(lambda: access.delete_role(role.id), lambda _none: self._deleted(role), self._delete_failed,
                         entity="role", ids=lambda _none: [role.id], name="delete role")

    def _deleted(self, role: RoleRow) -> None:
        self.current = None
        self.status_label.setText(self.tr("Role “{0}” deleted.").format(role.name))
        self.refresh()

    def _delete_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.general_error.show_message("\n".join(error_text(m) for m in exc.errors.values()))
            return
        show_save_failure(self, exc, what="role")
