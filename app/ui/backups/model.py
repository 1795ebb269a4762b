"""The list of backup files in the Backups dialog: when, what kind, size, encrypted, last check."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.services.backup.files import BackupEntry
from app.ui.text import qt_short_datetime

Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return tr("{0} MB").format(QLocale().toString(size / 1_000_000, "f", 1))
    return tr("{0} KB").format(QLocale().toString(max(1, round(size / 1000))))


def kind_text(entry: BackupEntry) -> str:
    if entry.before_upgrade:
        return tr("Before upgrade")
    kind = entry.manifest.kind if entry.manifest else ""
    return {"scheduled": tr("Scheduled"), "manual": tr("On demand"), "before-upgrade": tr("Before upgrade")}.get(
        kind, tr("Unknown"))


def check_text(entry: BackupEntry) -> str:
    if entry.manifest is None:
        return tr("Unreadable: {0}").format(entry.problem)
    if entry.check is None:
        return tr("Not checked")
    if not entry.check.ok:
        return tr("Damaged")
    return tr("OK") if entry.check.full else tr("Bytes OK (contents need the password)")


class BackupsModel(QAbstractTableModel):
    COLUMNS = ("Made", "Kind", "Size", "Encrypted", "Check")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[BackupEntry] = []

    def set_entries(self, entries: list[BackupEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> BackupEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        e = self.entry(index.row()) if index.isValid() else None
        if e is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return qt_short_datetime(e.made_at) if e.made_at else e.path.name
            if col == 1:
                return kind_text(e)
            if col == 2:
                return size_text(e.size)
            if col == 3:
                return tr("Yes") if e.manifest and e.manifest.encrypted else tr("No")
            return check_text(e)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [str(e.path)]
            if e.manifest is not None:
                m = e.manifest
                lines.append(tr("{tables} tables, {rows} rows; schema {rev}; Karavan {version}").format(
                    tables=len(m.tables), rows=QLocale().toString(m.total_rows), rev=m.schema_revision or "—",
                    version=m.karavan_version))
            if e.check is not None:
                lines.append(e.check.message)
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 and (e.manifest is None or (e.check and not e.check.ok)):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
