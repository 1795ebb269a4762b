"""Connections: the databases this Windows user can open (a local file or a PostgreSQL server)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.config import Profile
from app.db import is_network_path
from app.ui.widgets import ErrorLabel


class ProfilesDialog(QDialog):
    """Edit the list of connection profiles; `profiles` holds the result after accept."""

    def __init__(self, profiles: list[Profile], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("profiles_dialog")
        self.setWindowTitle(self.tr("Connections"))
        self.profiles = list(profiles)
        self.list = QListWidget(self)
        self.list.setObjectName("profiles_list")
        self.add_button = QPushButton(self.tr("Add server…"), self)
        self.add_button.setObjectName("add_profile_button")
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("remove_profile_button")
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("profile_name_edit")
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("profile_kind_combo")
        self.kind_combo.addItem(self.tr("File on this computer (SQLite)"), "sqlite")
        self.kind_combo.addItem(self.tr("PostgreSQL server in the office network"), "postgresql")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("profile_path_edit")
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.host_edit = QLineEdit(self)
        self.host_edit.setObjectName("profile_host_edit")
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("profile_port_spin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit(self)
        self.database_edit.setObjectName("profile_database_edit")
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("profile_user_edit")
        self.error = ErrorLabel("profile_error", self)

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Name:"), self.name_edit)
        self.form.addRow(self.tr("Kind:"), self.kind_combo)
        self.form.addRow(self.tr("File:"), path_row)
        self.form.addRow(self.tr("Server:"), self.host_edit)
        self.form.addRow(self.tr("Port:"), self.port_spin)
        self.form.addRow(self.tr("Database:"), self.database_edit)
        self.form.addRow(self.tr("User:"), self.user_edit)
        self.form.addRow("", self.error)
        self._path_row = path_row

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_button)
        buttons_row.addWidget(self.remove_button)
        left.addLayout(buttons_row)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(self.form, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(box)
        self.resize(720, 360)

        self._current = -1
        for p in self.profiles:
            self.list.addItem(p.name)
        self.list.currentRowChanged.connect(self._select)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.browse_button.clicked.connect(self._browse)
        self.list.setCurrentRow(0)

    def _kind_changed(self, *_args) -> None:
        server = self.kind_combo.currentData() == "postgresql"
        for w in (self.host_edit, self.port_spin, self.database_edit, self.user_edit):
            w.setEnabled(server)
        self.path_edit.setEnabled(not server)
        self.browse_button.setEnabled(not server)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Database file"), self.path_edit.text(),
                                              self.tr("Karavan database (*.db)"))
        if path:
            self.path_edit.setText(path)

    def _form_profile(self) -> Profile:
        return Profile(name=self.name_edit.text().strip(), kind=self.kind_combo.currentData(),
                       path=self.path_edit.text().strip(), host=self.host_edit.text().strip(),
                       port=self.port_spin.value(), database=self.database_edit.text().strip(),
                       user=self.user_edit.text().strip())

    def _check(self, p: Profile) -> str:
        names = [q.name for i, q in enumerate(self.profiles) if i != self._current]
        if not p.name:
            return self.tr("Give the connection a name.")
        if p.name in names:
            return self.tr("Another connection already has this name.")
        if p.kind == "sqlite":
            if not p.path:
                return self.tr("Choose the database file.")
            if is_network_path(p.path):
                return self.tr("A database file on a network share would be corrupted when several "
                               "computers use it. Install PostgreSQL on the server and add it here instead.")
        elif not (p.host and p.database and p.user):
            return self.tr("Server, database and user are required.")
        return ""

    def _store_current(self) -> bool:
        if self._current < 0:
            return True
        profile = self._form_profile()
        if err := self._check(profile):
            self.error.show_message(err)
            return False
        self.error.show_message("")
        self.profiles[self._current] = profile
        self.list.item(self._current).setText(profile.name)
        return True

    def _select(self, row: int) -> None:
        if row == self._current:
            return
        if not self._store_current():
            self.list.blockSignals(True)
            self.list.setCurrentRow(self._current)
            self.list.blockSignals(False)
            return
        self._current = row
        if 0 <= row < len(self.profiles):
            p = self.profiles[row]
            self.name_edit.setText(p.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(p.kind)))
            self.path_edit.setText(p.path)
            self.host_edit.setText(p.host)
            self.port_spin.setValue(p.port or 5432)
            self.database_edit.setText(p.database)
            self.user_edit.setText(p.user)
            self._kind_changed()
        self.remove_button.setEnabled(len(self.profiles) > 1)

    def _add(self) -> None:
        if not self._store_current():
            return
        base = self.tr("Office server")
        name, n = base, 2
        while any(p.name == name for p in self.profiles):
            name, n = f"{base} {n}", n + 1
        self.profiles.append(replace(Profile(name=name, kind="postgresql"), host="", database="karavan",
                                     user="karavan"))
        self.list.addItem(name)
        self.list.setCurrentRow(len(self.profiles) - 1)
        self.host_edit.setFocus()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if len(self.profiles) <= 1 or row < 0:
            return
        self._current = -1
        del self.profiles[row]
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, len(self.profiles) - 1))

    def accept(self) -> None:
        if self._store_current():
            super().accept()
