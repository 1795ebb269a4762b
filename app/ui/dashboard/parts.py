"""Pieces the dashboard's tiles are made of: a tile frame with its loading and error states, a small
table model over frozen rows, and painted bars for the funnel."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
UP_COLOUR, DOWN_COLOUR, MUTED, WARN = "#1b7f3b", "#b3261e", "#666666", "#b3261e"


def label(parent: QWidget, name: str, *, big: bool = False, colour: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(parent, objectName=name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if big:
        font = widget.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setWeight(QFont.Weight.Bold)
        widget.setFont(font)
    if colour:
        widget.setStyleSheet(f"color: {colour};")
    return widget


class Tile(QFrame):
    """One tile: a title, then "Loading…", an error, or what `show` fills in. Clicking it (or Enter while it
    has focus) asks for the list behind its number."""

    activated = Signal(str)                 # the tile's key
    record_activated = Signal(str, int)     # a row of the tile: ("client" | "product", id)

    key = ""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, title: str, hint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName(f"tile_{self.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(hint)
        self.setMinimumSize(QSize(300, 170))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title_label = label(self, "tile_title", wrap=False)
        self.title_label.setText(title)
        font = self.title_label.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.loading_label = label(self, "tile_loading", colour=MUTED)
        self.loading_label.setText(self.tr("Loading…"))
        self.error_label = label(self, "tile_error", colour=WARN)
        self.content = QWidget(self, objectName="tile_content")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title_label)
        # One of the three shows at a time. Not a QStackedWidget: its layout always claims to expand, which
        # would stretch every row of the grid to fill the screen.
        self.pages = (self.loading_label, self.error_label, self.content)
        for page in self.pages:
            layout.addWidget(page)
        self._current = self.loading_label
        self._show_page(self.loading_label)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 4, 0, 0)
        # Packed to the top, with no spacer that would make the tile (and so the grid's rows) expanding.
        inner.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.build(inner)
        self._generation = 0
        self.loaded_once = False

    # -- what each tile says: every tile class defines these three (tests/ui/test_dashboard.py checks that each
    # registered tile does); the base class only loads, shows states and follows clicks. ----------------
    def build(self, layout: QVBoxLayout) -> None:
        """Put the tile's own widgets into `layout` (called once, from the constructor)."""
        raise NotImplementedError(f"{type(self).__name__} must define build()")

    def fetch(self, period: str) -> Any:
        """The service read (runs on the read pool)."""
        raise NotImplementedError(f"{type(self).__name__} must define fetch()")

    def show_row(self, row: Any) -> None:
        """Show what `fetch` returned."""
        raise NotImplementedError(f"{type(self).__name__} must define show_row()")

    # -- loading ---------------------------------------------------------------------------------
    def load(self, period: str, *, quiet: bool = False) -> None:
        """Ask for the tile's figures; `quiet` keeps the old figures on screen until the new ones come."""
        self._generation += 1
        generation = self._generation
        if not (quiet and self.loaded_once):
            self._show_page(self.loading_label)
        self.tasks.read(lambda: self.fetch(period), lambda row: self._arrived(generation, row),
                        lambda exc: self._failed(generation, exc), name=f"dashboard.{self.key}")

    def forget(self) -> None:
        """Drop the answers still on their way (the tile is being replaced)."""
        self._generation += 1

    def _show_page(self, page: QWidget) -> None:
        self._current = page
        for other in self.pages:
            other.setVisible(other is page)

    def state(self) -> str:
        """"loading", "error" or "ready" (what the user sees)."""
        return ("loading", "error", "ready")[self.pages.index(self._current)]

    def _arrived(self, generation: int, row: Any) -> None:
        if generation != self._generation:
            return  # an older answer, overtaken by a newer request
        self.show_row(row)
        self.loaded_once = True
        self._show_page(self.content)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        log.error("dashboard tile %s failed: %r\n%s", self.key, exc, getattr(exc, "__karavan_details__", ""))
        self.error_label.setText(self.tr("Could not load this tile: {0}").format(str(exc) or type(exc).__name__))
        self._show_page(self.error_label)

    # -- opening the list behind the number ------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.key)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class RowColumn:
    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT


class RowsModel(QAbstractTableModel):
    """A few frozen rows shown as they are (a tile's top five); UserRole gives the row itself."""

    def __init__(self, columns: Sequence[RowColumn], parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None


def small_table(parent: QWidget, name: str, model: RowsModel, stretch: int = 0, rows: int = 5) -> QTableView:
    view = QTableView(parent, objectName=name)
    view.setModel(model)
    view.setShowGrid(False)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.verticalHeader().hide()
    view.horizontalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    fit_rows(view, rows)
    header = view.horizontalHeader()
    for i in range(model.columnCount()):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch if i == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    return view


def fit_rows(view: QTableView, rows: int) -> None:
    """As tall as its (at most five) rows: a tile's table is not a scrolling list."""
    view.setFixedHeight(view.verticalHeader().defaultSectionSize() * max(1, rows) + 4)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float        # drawn to scale against the largest
    text: str           # shown at the bar's end


class BarsWidget(QWidget):
    """Horizontal bars, one per row, painted (no chart engine needed for five stages). Clicks go to the tile."""

    ROW_GAP = 6

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("funnel_bars")
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(280, max(1, len(self.bars)) * (self._row_height() + self.ROW_GAP))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        fm = self.fontMetrics()
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        name_w = min(max(fm.horizontalAdvance(b.label) for b in self.bars) + 8, self.width() // 3)
        text_w = max(fm.horizontalAdvance(b.text) for b in self.bars) + 8
        bar_space = max(10, self.width() - name_w - text_w - 6)
        top = max(b.value for b in self.bars) or 1.0
        h = self._row_height()
        fill = self.palette().color(QPalette.ColorRole.Highlight)
        fill.setAlpha(170)
        for i, bar in enumerate(self.bars):
            y = i * (h + self.ROW_GAP)
            width = int(bar_space * bar.value / top) if bar.value > 0 else 0
            name_rect = QRect(0, y, name_w - 8, h)
            bar_rect = QRect(name_w, y + 2, max(width, 2 if bar.value > 0 else 0), h - 4)
            text_rect = QRect(name_w + bar_rect.width() + 6, y, text_w, h)
            if rtl:  # mirror: names on the right, bars growing to the left
                for r in (name_rect, bar_rect, text_rect):
                    r.moveLeft(self.width() - r.right() - 1)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading),
                             fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, name_rect.width()))
            painter.fillRect(bar_rect, fill)
            painter.setPen(QColor(MUTED))
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading), bar.text)
        painter.end()


class PlanBar(QWidget):
    """A thin bar filled to a percent (red when behind), with a dark tick where the pace would be today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pace_bar")
        self.setFixedHeight(10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.done, self.pace, self.behind = 0.0, 0.0, False

    def set_pace(self, done: float, pace: float, behind: bool) -> None:
        self.done, self.pace, self.behind = max(0.0, min(100.0, done)), max(0.0, min(100.0, pace)), behind
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 1, -1, -1)
        painter.fillRect(rect, QColor("#e8e8e8"))
        painter.fillRect(QRect(rect.left(), rect.top(), int(rect.width() * self.done / 100), rect.height()),
                         QColor(DOWN_COLOUR if self.behind else UP_COLOUR).lighter(140))
        x = rect.left() + int(rect.width() * self.pace / 100)
        painter.fillRect(QRect(x - 1, 0, 2, self.height()), QColor("#333333"))
        painter.end()
