"""Remembering the window: its geometry, toolbars and splitter, and each list's column layout.

Kept in QSettings in INI format in the user's config folder (config.AppPaths.ui_state_file), which the
installer never touches, so an upgrade finds them. A list's layout is stored under its column count: a
new version that adds a column starts that list afresh instead of putting widths on the wrong columns.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QTableView, QWidget

FORMAT = 1  # bump when a stored value changes meaning; older values are then ignored


class LayoutMemory:
    """Reads and writes window and column layouts; one per running application."""

    def __init__(self, path: Path):
        self.settings = QSettings(str(path), QSettings.Format.IniFormat)
        if self.settings.value("format") not in (None, str(FORMAT), FORMAT):
            self.settings.clear()  # written by a version whose values we cannot read
        self.settings.setValue("format", FORMAT)
        self._headers: dict[str, QHeaderView] = {}

    # -- the main window -----------------------------------------------------------------------
    def restore_window(self, window: QMainWindow) -> bool:
        """Put the window where it was; True when something was restored."""
        key = f"windows/{window.objectName() or 'main'}"
        geometry = self.settings.value(f"{key}/geometry")
        done = isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)
        state = self.settings.value(f"{key}/state")
        if isinstance(state, QByteArray):
            window.restoreState(state)
        splitter = window.centralWidget()
        splitter_state = self.settings.value(f"{key}/splitter")
        if isinstance(splitter, QSplitter) and isinstance(splitter_state, QByteArray):
            splitter.restoreState(splitter_state)
        return bool(done)

    def save_window(self, window: QMainWindow) -> None:
        key = f"windows/{window.objectName() or 'main'}"
        self.settings.setValue(f"{key}/geometry", window.saveGeometry())
        self.settings.setValue(f"{key}/state", window.saveState())
        splitter = window.centralWidget()
        if isinstance(splitter, QSplitter):
            self.settings.setValue(f"{key}/splitter", splitter.saveState())

    # -- lists ---------------------------------------------------------------------------------
    @staticmethod
    def _header_key(scope: str, name: str, header: QHeaderView) -> str:
        return f"columns/{scope}/{name}/{header.count()}"

    def remember_columns(self, view: QTableView, scope: str, name: str | None = None) -> None:
        """Restore the list's widths, order, hidden columns and sort, and save them whenever they change."""
        header = view.horizontalHeader()
        if header.count() == 0:
            return
        key = self._header_key(scope, name or view.objectName() or "table", header)
        state = self.settings.value(key)
        if isinstance(state, QByteArray):
            before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
            if header.restoreState(state) and view.isSortingEnabled():
                after = (header.sortIndicatorSection(), header.sortIndicatorOrder())
                if after != before and 0 <= after[0] < header.count():
                    view.sortByColumn(after[0], after[1])  # the model sorts (in SQL) as the user left it

        def save(*_args) -> None:
            self.settings.setValue(key, header.saveState())
        for signal in (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged):
            signal.connect(save)
        self._headers[key] = header

    def remember_all_columns(self, root: QWidget, scope: str) -> None:
        """Every named table under `root` (a workspace), each by its object name."""
        seen: set[str] = set()
        for view in root.findChildren(QTableView, options=Qt.FindChildOption.FindChildrenRecursively):
            name = view.objectName()
            if name and name not in seen:
                seen.add(name)
                self.remember_columns(view, scope, name)

    def sync(self) -> None:
        """Write every remembered list's current layout (hiding a column emits no signal) to the file."""
        for key, header in list(self._headers.items()):
            if shiboken6.isValid(header):
                self.settings.setValue(key, header.saveState())
            else:  # its screen was closed; what it last saved stays
                del self._headers[key]
        self.settings.sync()


__all__ = ["LayoutMemory"]
