"""The honest page for areas that are not built yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingLaterPage(QWidget):
    def __init__(self, title: str, summary: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("coming_later_page")
        heading = QLabel(title, self)
        heading.setObjectName("coming_later_title")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(self.tr("This area is coming in a later version of Karavan.") + "\n\n" + summary, self)
        text.setObjectName("coming_later_text")
        text.setWordWrap(True)
        text.setStyleSheet("color: palette(mid);")
        for label in (heading, text):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(text)
        layout.addStretch(2)
        layout.setContentsMargins(60, 20, 60, 20)
