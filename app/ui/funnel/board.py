"""The Sales funnel workspace: a kanban board of deals, one column per stage, cards moved by drag and drop."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDataStream,
    QEvent,
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
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.funnel import Board, BoardColumn, DealCardRow
from app.ui.errors import show_error
from app.ui.funnel.deal_dialog import DealDialog, LostChoice, ask_lost_reason
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.widgets import ERROR_COLOR

DEAL_MIME_TYPE = "application/x-karavan-deal"
SEARCH_DELAY_MS = 250
COLUMN_WIDTH = 250
CardRole = Qt.ItemDataRole.UserRole + 1


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


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """'12 345.50 USD' in the user's locale (grouping, decimal point, digits) without going through float."""
    locale = locale or QLocale()
    cents = int((abs(amount) * 100).to_integral_value())
    whole, frac = divmod(cents, 100)
    digits = locale.toString(frac)
    if frac < 10:
        digits = locale.zeroDigit() + digits
    sign = locale.negativeSign() if amount < 0 else ""
    return f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{digits} {currency}"


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
            return "\n".join(isolate(p) for p in (card.title, card.client_name, card.manager_name) if p)
        if role == CardRole:
            return card
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
        lead = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        trail = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        text_color = palette.color(QPalette.ColorRole.Text)
        y = inner.top()

        def line(text: str, font: QFont, metrics: QFontMetrics, align, width: int | None = None,
                 color: QColor = text_color, x_rect: QRect | None = None) -> None:
            area = x_rect or QRect(inner.left(), y, inner.width(), metrics.height())
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width or area.width())
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(area, int(align | Qt.AlignmentFlag.AlignVCenter), isolate(elided))

        line(card.title, bold, bold_fm, lead)
        y += bold_fm.height() + 2
        line(card.client_name, option.font, fm, lead)
        y += fm.height() + 2
        amount = format_money(card.amount, card.currency)
        line(amount, bold, bold_fm, trail)
        y += fm.height() + 2
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        days = self.tr("%n day(s)", "", card.days_in_stage)
        if card.overdue_close:
            days += " · " + self.tr("overdue")
        half = inner.width() // 2 - 4
        line(days, option.font, fm, lead, half, QColor(ERROR_COLOR) if card.overdue_close else muted)
        line(card.manager_name, option.font, fm, trail, half, muted)
        painter.restore()


class StageColumn(QFrame):
    """One stage: a header with the name, count and sums, and the list of its cards."""

    def __init__(self, column: BoardColumn, delegate: DealCardDelegate,
                 on_drop: Callable[[int, int, int], None], on_open: Callable[[DealCardRow], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"stage_column_{column.stage_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.stage_id, self.kind = column.stage_id, column.kind
        self.title_label = QLabel(self, objectName="stage_title")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.sum_label = QLabel(self, objectName="stage_sums")
        self.sum_label.setWordWrap(True)
        self.model = DealCardModel(column.stage_id, on_drop, self)
        self.view = QListView(self, objectName="stage_cards")
        self.view.setModel(self.model)
        self.view.setItemDelegate(delegate)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(1)
        self.view.doubleClicked.connect(lambda idx: on_open(idx.data(CardRole)))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._open_current(on_open))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.sum_label)
        layout.addWidget(self.view, 1)
        self._align_header()
        self.show_column(column)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_header()

    def _align_header(self) -> None:
        # QLabel aligns plain text by the text's own direction; the header follows the screen's instead.
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        for label in (self.title_label, self.sum_label):
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter)

    def show_column(self, column: BoardColumn) -> None:
        self.kind = column.kind
        self.title_label.setText(f"{isolate(column.name)} · {QLocale().toString(column.count)}")
        self.title_label.setToolTip(column.name)
        self.sum_label.setText("\n".join(format_money(amount, cur) for cur, amount in column.sums) or "—")
        self.model.set_cards(column.cards)

    def _open_current(self, on_open: Callable[[DealCardRow], None]) -> None:
        card = self.view.currentIndex().data(CardRole)
        if card is not None:
            on_open(card)


class FunnelWorkspace(QWidget):
    """Filters on top, the board below; everything is read from `ctx.funnel.board`."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("funnel_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        # Tests replace it: (parent, reasons) -> LostChoice | None (None: the user cancelled).
        self.lost_reason_dialog_factory: Callable[..., LostChoice | None] = ask_lost_reason
        self.deal_dialog_factory = DealDialog
        self.delegate = DealCardDelegate(self.tr, self)

        self.toolbar = QToolBar(self, objectName="funnel_toolbar")
        self.new_action = self.toolbar.addAction(self.tr("New deal"), self.new_deal)
        self.new_action.setObjectName("new_deal_action")
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("refresh_action")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

        self.pipeline_combo = QComboBox(self, objectName="pipeline_combo")
        self.manager_combo = QComboBox(self, objectName="manager_combo")
        self.tag_combo = QComboBox(self, objectName="tag_combo")
        for combo in (self.pipeline_combo, self.manager_combo, self.tag_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(10)
        self.search_edit = QLineEdit(self, objectName="funnel_search")
        self.search_edit.setPlaceholderText(self.tr("Search deals and clients…"))
        self.search_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Pipeline:"), self.pipeline_combo), (self.tr("Manager:"), self.manager_combo),
                              (self.tr("Tag:"), self.tag_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.row = QWidget(self, objectName="board_row")
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(6)
        self.row_layout.addStretch(1)
        self.scroll = QScrollArea(self, objectName="board_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(self.row)
        self.empty_label = QLabel(self, objectName="funnel_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        for combo in (self.pipeline_combo, self.manager_combo, self.tag_combo):
            combo.activated.connect(lambda _i: self.refresh())
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_filters)

    # -- filters -------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        """Fill the pipeline, manager and tag pickers (keeping the choices), then the board."""
        def load():
            pipelines = [(p.id, p.name) for p in self.ctx.funnel.list_pipelines()]
            users = [(u.id, u.full_name) for u in self.ctx.users.list_users() if u.active]
            tags = [(t.id, t.name) for t in self.ctx.clients.list_tags()]
            return pipelines, users, tags
        self.tasks.read(load, self._fill_filters, lambda exc: show_error(self, exc))

    def _fill_filters(self, loaded) -> None:
        pipelines, users, tags = loaded
        self._fill(self.pipeline_combo, None, pipelines)
        self._fill(self.manager_combo, self.tr("All managers"), users)
        self._fill(self.tag_combo, self.tr("All tags"), tags)
        self.refresh()

    @staticmethod
    def _fill(combo: QComboBox, all_text: str | None, items) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        if all_text is not None:
            combo.addItem(all_text, None)
        for ident, name in items:
            combo.addItem(name, ident)
        index = combo.findData(chosen)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    @property
    def pipeline_id(self) -> int | None:
        return self.pipeline_combo.currentData()

    # -- the board -----------------------------------------------------------------------------
    def refresh(self) -> None:
        pipeline_id = self.pipeline_id
        if pipeline_id is None:
            self._show_board(None)
            return
        manager_id, tag_id = self.manager_combo.currentData(), self.tag_combo.currentData()
        search = self.search_edit.text().strip()
        self.tasks.read(lambda: self.ctx.funnel.board(pipeline_id, manager_id=manager_id, tag_id=tag_id,
                                                      search=search),
                        self._show_board, lambda exc: show_error(self, exc))

    def _show_board(self, board: Board | None) -> None:
        if board is not None and board.pipeline_id != self.pipeline_id:
            return  # the user switched pipelines meanwhile; the newer board is on its way
        self.board = board
        self.empty_label.setText(self.tr("No pipelines yet. Create one in Settings.") if board is None else "")
        self.empty_label.setVisible(board is None)
        columns = board.columns if board else ()
        same = [c.stage_id for c in self.columns] == [c.stage_id for c in columns]
        if not same:  # stages changed (or another pipeline): build the row of columns anew
            for old in self.columns:
                self.row_layout.removeWidget(old)
                old.deleteLater()
            self.columns = [StageColumn(c, self.delegate, self._dropped, self.open_deal, self.row)
                            for c in columns]
            for i, col in enumerate(self.columns):
                self.row_layout.insertWidget(i, col)
        else:
            for col, data in zip(self.columns, columns, strict=True):
                col.show_column(data)

    def column(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage_id == stage_id), None)

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in ("deal", "client"):
            self.refresh()
        elif entity in ("pipeline", "stage", "user", "tag"):
            self.reload_filters()

    # -- moving cards --------------------------------------------------------------------------
    def _dropped(self, deal_id: int, version: int, stage_id: int) -> None:
        self.move_card(deal_id, version, stage_id)

    def move_card(self, deal_id: int, version: int, stage_id: int) -> None:
        """Move a deal to another stage; Lost first asks why (Cancel leaves the deal where it was)."""
        target = self.column(stage_id)
        if target is None or any(c.id == deal_id for c in target.model.cards):
            return  # dropped back onto its own column
        if target.kind == "lost":
            self.tasks.read(self.ctx.funnel.list_lost_reasons,
                            lambda reasons: self._ask_lost(deal_id, version, stage_id, reasons),
                            lambda exc: show_error(self, exc))
        else:
            self._write_move(deal_id, version, stage_id)

    def _ask_lost(self, deal_id: int, version: int, stage_id: int, reasons) -> None:
        choice = self.lost_reason_dialog_factory(self, reasons)
        if choice is not None:
            self._write_move(deal_id, version, stage_id, choice.reason_id, choice.comment)

    def _write_move(self, deal_id: int, version: int, stage_id: int, reason_id: int | None = None,
                    comment: str = "") -> None:
        self.tasks.write(lambda: self.ctx.funnel.move_deal(deal_id, stage_id, expected_version=version,
                                                           lost_reason_id=reason_id, lost_comment=comment),
                         None, self._move_failed, entity="deal", ids=lambda card: [card.id])

    def _move_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()  # show where the deal really is now

    # -- the deal dialog -----------------------------------------------------------------------
    def open_deal(self, card: DealCardRow | None) -> None:
        if card is not None:
            self.deal_dialog_factory(self.ctx, self.tasks, deal_id=card.id, pipeline_id=self.pipeline_id,
                                     parent=self).exec()

    def new_deal(self) -> None:
        self.deal_dialog_factory(self.ctx, self.tasks, deal_id=None, pipeline_id=self.pipeline_id,
                                 parent=self).exec()
