"""A record's History: who changed what and when, from the audit trail (client, document, deal, product…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.history import AuditRow
from app.services.context import ServiceContext
from app.ui.audit_words import change_arrow, field_title, kind_title
from app.ui.errors import message_for, show_error
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.widgets import ErrorLabel


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text, disambiguation, n)


def action_words() -> dict[str, str]:
    return {"create": tr("created"), "update": tr("changed"), "delete": tr("deleted"), "post": tr("posted"),
            "print": tr("printed"), "export": tr("exported"), "login": tr("logged in"),
            "login_failed": tr("wrong password"), "lock": tr("locked")}


class HistoryModel(QAbstractTableModel):
    """The entries oldest first: when (local time), who, what, and the fields changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: list[AuditRow] = []
        self._words = action_words()
        self._titles = (tr("When"), tr("User"), tr("Action"), tr("Changes"))

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._titles):
            return self._titles[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, index.column())
        return None

    def text(self, row: AuditRow, column: int) -> str:
        if column == 0:
            return format_time(row.at)
        if column == 1:
            return isolate(row.user_login) or tr("system")
        if column == 2:
            return self._words.get(row.action, row.action)
        return row.describe(field_title, kind_title, lambda action: self._words.get(action, action), change_arrow())


class HistoryDialog(QDialog):
    """Opened from a card's "History" button; loads through the TaskRunner and can be refreshed."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, entity: str, record_id: int, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.setWindowTitle(tr("History — {0}").format(title) if title else tr("History"))
        self.ctx, self.tasks, self.entity, self.record_id = ctx, tasks, entity, record_id
        self.model = HistoryModel(self)
        self.table = QTableView(self, objectName="history_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Row heights follow the width the Changes column really gets (known once the dialog is laid out).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.status_label = QLabel(tr("Loading…"), self, objectName="history_status")
        self.error_label = ErrorLabel("history_error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.refresh_button = QPushButton(tr("Refresh"), self, objectName="history_refresh_button")
        self.refresh_button.setAutoDefault(False)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.refresh_button.clicked.connect(self.load)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def load(self) -> None:
        entity, record_id = self.entity, self.record_id
        self.refresh_button.setEnabled(False)
        self.tasks.read(lambda: self.ctx.access.record_history(entity, record_id), self._loaded, self._failed,
                        name="record history")

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.error_label.show_message("")
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.status_label.setText(tr("%n change(s), oldest first", "", len(rows)) if rows
                                  else tr("Nothing has been recorded for this record yet."))

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status_label.setText("")
        text = message_for(exc)
        if text:
            self.error_label.show_message(text)
        else:
            show_error(self, exc)


def show_history(ctx: ServiceContext, tasks: TaskRunner, entity: str, record_id: int | None, title: str,
                 parent: QWidget) -> None:
    """Open the History dialog for a saved record (nothing to show for one not saved yet)."""
    if record_id is None:
        return
    dialog = HistoryDialog(ctx, tasks, entity=entity, record_id=record_id, title=title, parent=parent)
    dialog.exec()
    dialog.deleteLater()
