"""The questions the production order dialog asks: releasing although components are short, how much was
made now, and yes/no confirmations."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.services.production import ShortageRow
from app.ui.production.orders_model import SHORT_TEXT
from app.ui.warehouse.format import UnitDecimals


def ask_yes_no(parent: QWidget, text: str) -> bool:
    return QMessageBox.question(parent, QDialog.tr("Production order"), text) == QMessageBox.StandardButton.Yes


def shortage_box(parent: QWidget, number: str, warehouse: str, rows: list[ShortageRow],
                 units: UnitDecimals) -> QMessageBox:
    """The warning shown when releasing finds components short: a table of needed / available / incoming /
    short, and the buttons "Release anyway" and "Cancel" (kept as attributes of the box)."""
    box = QMessageBox(parent)
    box.setObjectName("shortage_warning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QDialog.tr("Components short"))
    box.setTextFormat(Qt.TextFormat.RichText)
    short = (QDialog.tr("1 component is short") if len(rows) == 1
             else QDialog.tr("{n} components are short").format(n=len(rows)))
    box.setText(QDialog.tr("{number} cannot be covered from {warehouse} now: {short}.").format(
        number=escape(number), warehouse=escape(warehouse), short=short))
    # A message box sizes itself to its first line; the table needs room to keep each row on one line.
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
    head = "".join(f"<th align='{a}'>{escape(t)}</th>" for t, a in (
        (QDialog.tr("Component"), "left"), (QDialog.tr("Needed"), "right"), (QDialog.tr("Available"), "right"),
        (QDialog.tr("Incoming"), "right"), (QDialog.tr("Short"), "right")))
    body = "".join(
        f"<tr><td nowrap>{escape(r.name)} ({escape(r.sku)})</td><td align='right'>{units.quantity(r.needed, r.unit)}</td>"
        f"<td align='right'>{units.quantity(r.available, r.unit)}</td>"
        f"<td align='right'>{units.quantity(r.incoming, r.unit)}</td>"
        f"<td align='right' nowrap style='color:{SHORT_TEXT.name()}'><b>{units.quantity(r.short, r.unit)} "
        f"{escape(r.unit)}</b></td></tr>" for r in rows)
    box.setInformativeText(f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table><p>"
                           + escape(QDialog.tr("Release anyway when the goods are on their way; completing "
                                               "needs them in the warehouse.")) + "</p>")
    box.release_anyway_button = box.addButton(QDialog.tr("Release anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.release_anyway_button.setObjectName("release_anyway_button")
    box.cancel_button = box.addButton(QDialog.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.cancel_button.setObjectName("shortage_cancel_button")
    box.setDefaultButton(box.cancel_button)
    return box


class CompleteQuantityDialog(QDialog):
    """How much of the order was made now: all that is left (the default) or a part."""

    def __init__(self, number: str, remaining: str, unit: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complete_quantity_dialog")
        self.setWindowTitle(self.tr("Complete {number}").format(number=number))
        self.quantity_edit = QLineEdit(remaining, self, objectName="complete_quantity_edit")
        self.quantity_edit.selectAll()
        row = QHBoxLayout()
        row.addWidget(self.quantity_edit, 1)
        row.addWidget(QLabel(unit, self))
        hint = QLabel(self.tr("Left to make: {left} {unit}. Completing posts the components' consumption and the "
                              "output into stock; a part leaves the order in progress.").format(left=remaining,
                                                                                              unit=unit), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Complete"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("complete_ok_button")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Made now:"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(420, 160)

    def quantity_text(self) -> str:
        return self.quantity_edit.text().strip()


def ask_quantity(parent: QWidget, number: str, remaining: str, unit: str) -> str | None:
    """The quantity typed in the Complete dialog, or None when cancelled."""
    dialog = CompleteQuantityDialog(number, remaining, unit, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.quantity_text()
    dialog.deleteLater()
    return text if accepted else None


__all__ = ["CompleteQuantityDialog", "ask_quantity", "ask_yes_no", "shortage_box"]
