"""The clerk screen's lot row: after a lot-tracked product is scanned it asks, keyboard only, for the lot.

Receipts: type the lot number, Enter, the expiry date (optional), Enter. Picking and counts: the lots in
the warehouse are listed earliest expiry first with that one selected; arrows choose, Enter confirms.
Esc drops the scan (nothing is saved).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import calendars
from app.ui.text import isolate, numeric_date
from app.ui.warehouse.format import format_quantity

PROMPT_STYLE = ("QFrame#lot_prompt { background: #fff8e1; border: 3px solid #f9a825; border-radius: 6px; }"
                " QLabel { color: #000000; }")
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_expiry(text: str) -> date | None:
    """'2030-05-31', '31.05.2030', '31/05/2030' or '20300531' -> a date; '' -> None; ValueError otherwise."""
    text = calendars.western_digits(text).strip()
    if not text:
        return None
    # In the Solar Hijri calendar the year tells which calendar a date is in (1409 or 2030).
    if m := _DMY.match(text):
        return calendars.from_parts(int(m[3]), int(m[2]), int(m[1]))
    if m := _COMPACT.match(text):
        return calendars.from_parts(int(m[1]), int(m[2]), int(m[3]))
    return calendars.parse_date(text)


class LotPrompt(QFrame):
    """Asks a scanned lot-tracked product's lot. `confirmed` carries the keyword arguments for
    `scan_into_document` ({"lot_code", "lot_expires_on"} or {"lot_id"}); `cancelled` means drop the scan;
    `invalid` carries a message for the banner (the row stays open)."""

    confirmed = Signal(dict)
    cancelled = Signal()
    invalid = Signal(str)

    def __init__(self, points: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lot_prompt")
        self.setStyleSheet(PROMPT_STYLE)
        font = self.font()
        font.setPointSize(points)
        self.setFont(font)
        self.title = QLabel(self, objectName="lot_prompt_label")
        self.title.setWordWrap(True)
        bold = QFont(font)
        bold.setBold(True)
        self.lot_label = QLabel(self.tr("Lot:"), self)
        self.lot_edit = QLineEdit(self, objectName="lot_code_edit")
        self.lot_edit.setMaxLength(60)
        self.expiry_label = QLabel(self.tr("Expires:"), self)
        self.expiry_edit = QLineEdit(self, objectName="lot_expiry_edit")
        self.expiry_edit.setPlaceholderText(self.tr("YYYY-MM-DD, or Enter for none"))
        self.lot_list = QListWidget(self, objectName="lot_list")
        self.lot_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel(self, objectName="lot_prompt_hint")
        small = QFont(font)
        small.setPointSize(max(10, points - 8))
        self.hint.setFont(small)
        fields = QHBoxLayout()
        fields.addWidget(self.lot_label)
        fields.addWidget(self.lot_edit, 2)
        fields.addSpacing(16)
        fields.addWidget(self.expiry_label)
        fields.addWidget(self.expiry_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.title)
        layout.addLayout(fields)
        layout.addWidget(self.lot_list)
        layout.addWidget(self.hint)
        for w in (self.lot_edit, self.expiry_edit, self.lot_list):
            w.installEventFilter(self)
        # The frame's style sheet stops font inheritance: every child gets the big font itself.
        for w in (self.lot_label, self.lot_edit, self.expiry_label, self.expiry_edit, self.lot_list):
            w.setFont(font)
        self.title.setFont(bold)
        self.lots: list[Any] = []
        self.hide()

    # -- asking --------------------------------------------------------------------------------
    def ask_receipt(self, product: str) -> None:
        """Lot number, then expiry, typed."""
        self.lots = []
        self.title.setText(self.tr("{product} is kept by lot: type its lot number and press Enter.").format(
            product=isolate(product)))
        self.hint.setText(self.tr("Enter: next · Esc: do not save this scan"))
        self.lot_edit.clear()
        self.expiry_edit.clear()
        self._show_fields(True)
        self.show()
        self.lot_edit.setFocus()

    def ask_choice(self, product: str, lots: Sequence[Any], unit_places: int | None) -> None:
        """One of `lots` (LotChoice rows, earliest expiry first): the first is proposed."""
        self.lots = list(lots)
        self.title.setText(self.tr("{product} is kept by lot: which lot is it?").format(product=isolate(product)))
        self.hint.setText(self.tr("↑ ↓ choose · Enter: confirm · Esc: do not save this scan"))
        self.lot_list.clear()
        for lot in self.lots:
            expires = numeric_date(lot.expires_on) if lot.expires_on else self.tr("no expiry")
            self.lot_list.addItem(self.tr("{code} · expires {expires} · {qty} on hand").format(
                code=isolate(lot.code), expires=expires, qty=format_quantity(lot.on_hand, unit_places)))
        self.lot_list.setCurrentRow(0)
        rows = max(1, min(len(self.lots), 4))
        self.lot_list.setFixedHeight(self.lot_list.sizeHintForRow(0) * rows + 2 * self.lot_list.frameWidth() + 4)
        self._show_fields(False)
        self.show()
        self.lot_list.setFocus()

    def _show_fields(self, typed: bool) -> None:
        for w in (self.lot_label, self.lot_edit, self.expiry_label, self.expiry_edit):
            w.setVisible(typed)
        self.lot_list.setVisible(not typed)

    def focus(self) -> None:
        (self.lot_list if self.lot_list.isVisible() else
         self.expiry_edit if self.expiry_edit.hasFocus() else self.lot_edit).setFocus()

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                self.hide()
                self.cancelled.emit()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter(watched)
                return True
        return super().eventFilter(watched, event)

    def _enter(self, watched: QObject) -> None:
        if watched is self.lot_list:
            row = self.lot_list.currentRow()
            if 0 <= row < len(self.lots):
                self.hide()
                self.confirmed.emit({"lot_id": self.lots[row].lot_id})
            return
        if watched is self.lot_edit:
            if not self.lot_edit.text().strip():
                self.invalid.emit(self.tr("Type the lot number first."))
                return
            self.expiry_edit.setFocus()
            return
        try:
            expires = parse_expiry(self.expiry_edit.text())
        except ValueError:
            self.invalid.emit(self.tr("“{text}” is not a date: type it as 2030-05-31.").format(
                text=self.expiry_edit.text().strip()))
            self.expiry_edit.selectAll()
            return
        self.hide()
        self.confirmed.emit({"lot_code": self.lot_edit.text().strip(), "lot_expires_on": expires})
