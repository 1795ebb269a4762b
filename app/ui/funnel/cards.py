"""Deal cards on the board: the drag payload, the list model of one stage's cards, and how a card is painted."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDataStream,
    QIODevice,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.services.funnel import DealCardRow
from app.ui.funnel.money import format_money
from app.ui.text import isolate
from app.ui.widgets import ERROR_COLOR

DEAL_MIME_TYPE = "application/x-karavan-deal"
SEARCH_DELAY_MS = 250
COLUMN_WIDTH = 250
CardRole = Qt.ItemDataRole.UserRole + 1
OverdueTaskRole = Qt.ItemDataRole.UserRole + 2   # True: the deal has an open task past its due time
FooterRole = Qt.ItemDataRole.UserRole + 3        # the card's bottom line as painted: days in stage, manager


def days_in_stage_text(days: int, tr: Callable[..., str], locale: QLocale | None = None) -> str:
    """'today', '1 day', '5 days': spelled out per case rather than "%n day(s)"."""
    if days <= 0:
        return tr("today")
    if days == 1:
        return tr("1 day")
    return tr("{0} days").format((locale or QLocale()).toString(days))


def encode_deal(deal_id: int, version: int) -> QMimeData:
    """A drag payload naming the deal and the version the user saw."""
    payload = QByteArray()
    stream = QDataStream(payload, QIODevice.OpenModeFlag.WriteOnly)
    stream.writeInt64(deal_id)
    stream.writeInt64(version)
    mime = QMimeData()
    mime.setData(DEAL_MIME_TYPE, payload)
    return mime


def decode_deal(mime: QMimeData | None) -> tuple[int, int] | None:
    if mime is None or not mime.hasFormat(DEAL_MIME_TYPE):
        return None
    payload = mime.data(DEAL_MIME_TYPE)  # kept in a name: the stream does not own the bytes
    stream = QDataStream(payload, QIODevice.OpenModeFlag.ReadOnly)
    deal_id, version = stream.readInt64(), stream.readInt64()
    return (deal_id, version) if stream.status() == QDataStream.Status.Ok else None


class DealCardModel(QAbstractListModel):
    """The cards of one stage; drops onto it are handed to `on_drop(deal_id, version, stage_id)`."""

    def __init__(self, stage_id: int, on_drop: Callable[[int, int, int], None] | None = None, parent=None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.on_drop = on_drop
        self.cards: list[DealCardRow] = []

    def set_cards(self, cards: Sequence[DealCardRow]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [isolate(p) for p in (card.title, card.client_name, card.manager_name) if p]
            lines.append(self.tr("In this stage: {0}").format(days_in_stage_text(card.days_in_stage, self.tr)))
            if card.overdue_close:
                lines.append(self.tr("The expected close date has passed"))
            if card.overdue_task:
                lines.append(self.tr("A task for this deal is overdue"))
            return "\n".join(lines)
        if role == FooterRole:
            return days_in_stage_text(card.days_in_stage, self.tr), card.manager_name
        if role == CardRole:
            return card
        if role == OverdueTaskRole:
            return card.overdue_task
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        if not rows:
            return QMimeData()
        card = self.cards[rows[0]]
        return encode_deal(card.id, card.version)

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return decode_deal(data) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        deal = decode_deal(data)
        if deal is None or action == Qt.DropAction.IgnoreAction:
            return False
        if self.on_drop is not None:
            # Deferred: the drag is still running; the move may open a dialog and reloads the board.
            QTimer.singleShot(0, lambda: self.on_drop(deal[0], deal[1], self.stage_id))
        # False: the source view must not remove rows itself — the board reloads from the service.
        return False


class DealCardDelegate(QStyledItemDelegate):
    """Paints a deal as a card: title (bold), client, amount right-aligned, days in stage, manager."""

    PAD = 8

    def __init__(self, tr: Callable[..., str], parent=None):
        super().__init__(parent)
        self.tr = tr

    def _lines(self, option: QStyleOptionViewItem) -> tuple[QFont, QFontMetrics, QFontMetrics]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFontMetrics(bold), QFontMetrics(option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        _, bold_fm, fm = self._lines(option)
        return QSize(COLUMN_WIDTH - 30, bold_fm.height() + 3 * fm.height() + 2 * self.PAD + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        card: DealCardRow | None = index.data(CardRole)
        if card is None:
            return super().paint(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        rect = option.rect.adjusted(3, 3, -3, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if selected
                            else palette.color(QPalette.ColorRole.Mid), 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 5, 5)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        if card.overdue_close:  # a red stripe on the leading edge: the expected close date has passed
            stripe = QRect(rect.right() - 4 if rtl else rect.left(), rect.top() + 1, 5, rect.height() - 1)
            painter.fillRect(stripe, QColor(ERROR_COLOR))
        bold, bold_fm, fm = self._lines(option)
        inner = rect.adjusted(self.PAD + 3, self.PAD, -self.PAD - 3, -self.PAD)
        # Absolute: the sides are already chosen for the view's direction, and QPainter would mirror plain
        # Left/Right once more when the whole application runs right to left.
        absolute = Qt.AlignmentFlag.AlignAbsolute
        lead = absolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        trail = absolute | (Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        text_color = palette.color(QPalette.ColorRole.Text)
        y = inner.top()

        def line(text: str, font: QFont, metrics: QFontMetrics, align, width: int | None = None,
                 color: QColor = text_color, x_rect: QRect | None = None) -> None:
            area = x_rect or QRect(inner.left(), y, inner.width(), metrics.height())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width or area.width())
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(area, int(align | Qt.AlignmentFlag.AlignVCenter), isolate(elided))

        if card.overdue_task:  # a red dot on the title's trailing end: an open task is past due
            size = bold_fm.height() // 2 + 2
            x = inner.left() if rtl else inner.right() - size
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ERROR_COLOR))
            painter.drawEllipse(QRect(x, y + (bold_fm.height() - size) // 2, size, size))
            title_area = inner.adjusted(size + 4 if rtl else 0, 0, 0 if rtl else -size - 4, 0)
            line(card.title, bold, bold_fm, lead,
                 x_rect=QRect(title_area.left(), y, title_area.width(), bold_fm.height()))
        else:
            line(card.title, bold, bold_fm, lead)
        y += bold_fm.height() + 2
        line(card.client_name, option.font, fm, lead)
        y += fm.height() + 2
        amount = format_money(card.amount, card.currency)
        line(amount, bold, bold_fm, trail)
        y += fm.height() + 2
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        # Days in stage, short ("today", "1 day", "12 days"); the overdue markers are the red stripe (close
        # date) and the red dot (task), explained in the tooltip, so nothing here needs cutting.
        days = days_in_stage_text(card.days_in_stage, self.tr)
        days_width = fm.horizontalAdvance(days) + 4
        manager_width = max(0, min(fm.horizontalAdvance(card.manager_name) + 2, inner.width() - days_width - 8))
        line(days, option.font, fm, lead, days_width, QColor(ERROR_COLOR) if card.overdue_close else muted)
        line(card.manager_name, option.font, fm, trail, manager_width, muted)
        painter.restore()


