"""'This client may already exist': the matches by phone, e-mail or tax id, and what to do."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.errors import DuplicateMatch
from app.ui.text import isolate
from app.ui.widgets import OutcomeDialog

Index = QModelIndex | QPersistentModelIndex


def reason_label(reason: str) -> str:
    labels = {"phone": QT_TRANSLATE_NOOP("DuplicateDialog", "Same phone"),
              "email": QT_TRANSLATE_NOOP("DuplicateDialog", "Same e-mail"),
              "tax_id": QT_TRANSLATE_NOOP("DuplicateDialog", "Same tax ID")}
    return QCoreApplication.translate("DuplicateDialog", labels.get(reason, reason))


class MatchesModel(QAbstractTableModel):
    """Read-only table of DuplicateMatch rows."""

    def __init__(self, matches: Sequence[DuplicateMatch], parent=None):
        super().__init__(parent)
        self.matches = list(matches)
        self.titles = [QCoreApplication.translate("DuplicateDialog", "Name"),
                       QCoreApplication.translate("DuplicateDialog", "Code"),
                       QCoreApplication.translate("DuplicateDialog", "Reason"),
                       QCoreApplication.translate("DuplicateDialog", "Value")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.titles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        m = self.matches[index.row()]
        return (isolate(m.display_name), m.code, reason_label(m.reason), isolate(m.value))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return None


class DuplicateDialog(OutcomeDialog):
    """After exec(): `outcome` is "open" (see `selected_client_id()`), "save" or "cancel"."""

    OPEN, SAVE, CANCEL = "open", "save", "cancel"

    def __init__(self, matches: Sequence[DuplicateMatch], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.setWindowTitle(self.tr("Possible duplicate"))
        self.model = MatchesModel(matches, self)
        intro = QLabel(self.tr("Clients with the same phone, e-mail or tax ID already exist. "
                               "Open one of them, or save this card anyway."), self)
        intro.setWordWrap(True)
        self.view = QTableView(self, objectName="matches_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()

        role = QDialogButtonBox.ButtonRole
        box = self.outcome_buttons((self.tr("Open existing"), "open_existing_button", role.AcceptRole, self.OPEN),
                                   (self.tr("Save anyway"), "save_anyway_button", role.ApplyRole, self.SAVE),
                                   (self.tr("Cancel"), "cancel_button", role.RejectRole, self.CANCEL))
        self.open_button, self.save_button = self.open_existing_button, self.save_anyway_button
        self.view.doubleClicked.connect(lambda _i: self.finish(self.OPEN))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(box)
        self.resize(640, 300)
        if self.model.matches:
            self.view.selectRow(0)

    def selected_client_id(self) -> int | None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else 0
        return self.model.matches[row].client_id if self.model.matches else None
