"""Paints one timeline entry: an optional day header, a coloured glyph per kind, three lines of text.

Geometry is laid out left-to-right and mirrored with `QStyle.visualRect`, so the entry reads
correctly in a right-to-left layout; user text is bidi-isolated so a Persian result keeps its order.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.timeline import TimelineEntry
from app.ui.text import isolate, locale_datetime, locale_time
from app.ui.timeline.model import KIND_STYLE, DayRole, EntryRole, LocalTimeRole, kind_label, tr

PAD = 8
ICON = 28
GAP = 10
LINE_GAP = 3

STATUS_WORDS = {
    "open": QT_TR_NOOP("open"),
    "in_progress": QT_TR_NOOP("in progress"),
    "done": QT_TR_NOOP("done"),
    "cancelled": QT_TR_NOOP("cancelled"),
    "new": QT_TR_NOOP("new"),
    "waiting": QT_TR_NOOP("waiting"),
    "resolved": QT_TR_NOOP("resolved"),
    "closed": QT_TR_NOOP("closed"),
    "failed": QT_TR_NOOP("failed"),
    "won": QT_TR_NOOP("won"),
    "lost": QT_TR_NOOP("lost"),
}


def facts_line(entry: TimelineEntry) -> str:
    """The grey third line: contact, duration, due time, status and who, as far as the entry has them."""
    parts = [isolate(entry.facts)] if entry.facts else []
    if entry.kind == "task" and entry.due_at is not None:
        parts.append(tr("due {when}").format(when=locale_datetime(entry.due_at)))
    if entry.kind in ("task", "service_request") and entry.status:
        parts.append(tr(STATUS_WORDS.get(entry.status, entry.status)))
    if entry.user_name:
        parts.append(isolate(entry.user_name))
    return " · ".join(parts)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    # -- sizes ------------------------------------------------------------------------------------
    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        return base, bold, small

    def _header_height(self, option: QStyleOptionViewItem) -> int:
        _, bold, _ = self._fonts(option)
        return QFontMetrics(bold).height() + 2 * PAD

    def _entry_height(self, option: QStyleOptionViewItem) -> int:
        base, bold, small = self._fonts(option)
        lines = QFontMetrics(bold).height() + QFontMetrics(base).height() + QFontMetrics(small).height()
        return max(ICON, lines + 2 * LINE_GAP) + 2 * PAD

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = self._entry_height(option)
        if index.data(DayRole):
            height += self._header_height(option)
        return QSize(max(200, option.rect.width()), height)

    # -- painting ---------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: TimelineEntry | None = index.data(EntryRole)
        if entry is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        direction = option.direction
        palette = option.palette
        base, bold, small = self._fonts(option)

        header = index.data(DayRole)
        if header:
            band = QRect(rect.left(), rect.top(), rect.width(), self._header_height(option))
            painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setFont(bold)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text_rect = QStyle.visualRect(direction, band, band.adjusted(PAD + 4, 0, -PAD, 0))
            painter.drawText(text_rect, self._align(direction), header)
            rect.setTop(band.bottom() + 1)

        item = QStyleOptionViewItem(option)
        item.rect = rect
        item.text = ""
        item.icon = QIcon()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = QColor(text_color)
        dim.setAlpha(150)

        glyph, colour = KIND_STYLE.get(entry.kind, ("•", "#757575"))
        if glyph == "→" and direction == Qt.LayoutDirection.RightToLeft:
            glyph = "←"     # a move points the way the line reads
        circle = QRect(rect.left() + PAD + 4, rect.top() + PAD, ICON, ICON)
        circle = QStyle.visualRect(direction, rect, circle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        painter.setFont(bold)
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, glyph)

        left = rect.left() + PAD + 4 + ICON + GAP
        right = rect.right() - PAD - 4
        time_text = self.time_text(index)
        bold_fm, base_fm, small_fm = QFontMetrics(bold), QFontMetrics(base), QFontMetrics(small)
        top = rect.top() + PAD

        # Line 1: the kind in its colour, the title, and the time at the far end.
        time_width = base_fm.horizontalAdvance(time_text) + 4
        painter.setFont(base)
        painter.setPen(dim)
        painter.drawText(QStyle.visualRect(direction, rect, QRect(right - time_width, top, time_width,
                                                                  bold_fm.height())),
                         self._align(direction, trailing=True), time_text)
        label = kind_label(entry.kind, entry.direction)
        # A few pixels over the advance: bold text's rounded width would otherwise be elided ("No…").
        label_width = min(bold_fm.horizontalAdvance(label) + 4, max(0, right - time_width - left - GAP))
        painter.setFont(bold)
        painter.setPen(QColor(colour) if not selected else text_color)
        painter.drawText(QStyle.visualRect(direction, rect, QRect(left, top, label_width, bold_fm.height())),
                         self._align(direction), bold_fm.elidedText(label, Qt.TextElideMode.ElideRight, label_width))
        title_left = left + label_width + GAP
        title_width = max(0, right - time_width - GAP - title_left)
        if entry.title and title_width > 0:
            painter.setPen(text_color)
            title = bold_fm.elidedText(entry.title, Qt.TextElideMode.ElideRight, title_width)
            painter.drawText(QStyle.visualRect(direction, rect, QRect(title_left, top, title_width,
                                                                      bold_fm.height())),
                             self._align(direction), isolate(title))
        top += bold_fm.height() + LINE_GAP

        # Line 2: the detail (result, stage move, description) on one line.
        width = max(0, right - left)
        detail = " ".join(entry.detail.split())
        if detail:
            painter.setFont(base)
            painter.setPen(text_color)
            painter.drawText(QStyle.visualRect(direction, rect, QRect(left, top, width, base_fm.height())),
                             self._align(direction),
                             isolate(base_fm.elidedText(detail, Qt.TextElideMode.ElideRight, width)))
            top += base_fm.height() + LINE_GAP

        # Last line (right under the title when there is no detail): contact, due time, status, who.
        facts = facts_line(entry)
        if facts:
            painter.setFont(small)
            painter.setPen(dim)
            painter.drawText(QStyle.visualRect(direction, rect, QRect(left, top, width, small_fm.height())),
                             self._align(direction), small_fm.elidedText(facts, Qt.TextElideMode.ElideRight, width))
        painter.restore()

    @staticmethod
    def time_text(index: QModelIndex | QPersistentModelIndex) -> str:
        """The entry's time of day as painted at the line's end, in the locale's short format."""
        when: datetime = index.data(LocalTimeRole)
        return locale_time(when, utc=False)

    @staticmethod
    def _align(direction: Qt.LayoutDirection, *, trailing: bool = False) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if trailing else Qt.AlignmentFlag.AlignLeft
        return QStyle.visualAlignment(direction, horizontal | Qt.AlignmentFlag.AlignVCenter)
