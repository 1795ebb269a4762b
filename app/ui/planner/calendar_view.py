"""A painted calendar of tasks: day (a column per person), week (a column per day) and month (a grid).

One viewport paints every block (no widget per task); blocks are laid out once per data, size or scroll
change and kept for hit-testing. Day and week show the whole day, 00:00–24:00, in a vertical scroll area;
the column titles and the all-day band are painted at the top of the viewport and do not scroll. Dragging a
block to another time, day or person asks for a reschedule (near the top or bottom edge the grid scrolls
along); the view itself changes nothing until the service has said yes and the data comes back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QSizePolicy, QToolTip, QWidget

from app.services.planner import TaskRow
from app.ui import calendars
from app.ui.planner.common import kind_label, person_color, to_local, to_utc
from app.ui.text import day_month, is_rtl_text, isolate, locale_time

DAY, WEEK, MONTH = "day", "week", "month"
GUTTER = 52          # the hours column
HEADER = 26          # day or person names
ALL_DAY_ROW = 20     # the band of all-day tasks (day and week)
BAND = HEADER + ALL_DAY_ROW   # what stays on top of the scrolling hours (day and week)
SNAP_MINUTES = 15
HOUR_HEIGHT = 44     # at least; taller when the viewport has room for all 24 hours
DAY_STARTS_AT = 7    # the hour scrolled to on opening a page, unless its first task is out of sight
EDGE = 24            # dragging within this distance of the grid's top or bottom scrolls it


@dataclass(frozen=True)
class Block:
    rect: QRectF          # viewport coordinates (a timed block may lie partly or wholly out of sight)
    row: TaskRow
    band: bool = False    # painted in the all-day band, which does not scroll
    # A task running over midnight has a block on each day it overlaps; this is how much of it lies before
    # this block (what a drag of the block subtracts to find the task's new start).
    lead: timedelta = timedelta(0)


@dataclass(frozen=True)
class Drop:
    """Where a dragged block would land: a local start time and, in day mode, a person."""

    due_local: datetime
    assignee_id: int | None


def monday_of(day: date) -> date:
    """The first day of `day`'s week: Monday in the Gregorian calendar, the locale's (Saturday in Persian) in the
    Solar Hijri one."""
    return calendars.week_start(day)


def day_part(start: datetime, end: datetime, day: date) -> tuple[datetime, datetime] | None:
    """The part of [start, end) that falls on the local `day`, or None."""
    day_start = datetime.combine(day, time())
    part = (max(start, day_start), min(end, day_start + timedelta(days=1)))
    return part if part[0] < part[1] else None


def _clusters(items: list[tuple[TaskRow, datetime, datetime]]) -> list[list[tuple[TaskRow, datetime, datetime]]]:
    """Split tasks sorted by start into runs that overlap one another (each run shares the column's width)."""
    runs: list[list[tuple[TaskRow, datetime, datetime]]] = []
    ends = datetime.min
    for item in items:
        if not runs or item[1] >= ends:
            runs.append([])
            ends = item[2]
        runs[-1].append(item)
        ends = max(ends, item[2])
    return runs


def text_color_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor("#000000") if luminance > 150 else QColor("#ffffff")


class CalendarView(QAbstractScrollArea):
    open_task = Signal(int)
    # task id, version seen, new due time (naive UTC), new assignee (None: unchanged)
    reschedule_requested = Signal(int, int, object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendar_view")
        self.viewport().setObjectName("calendar_viewport")
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mode = WEEK
        self.anchor = date.today()
        self.tasks: list[TaskRow] = []
        self.people: list[tuple[int, str]] = []
        self.colors: dict[int, QColor] = {}
        self.blocks: list[Block] = []
        self.more: list[tuple[QRectF, str]] = []   # "+3 more" labels of month cells
        self._press: tuple[Block, QPointF] | None = None
        self._drag: Drop | None = None
        self._dragging = False
        self._pointer: QPointF | None = None       # the last pointer position of a drag
        self._hour_px = float(HOUR_HEIGHT)
        self._scroll_pending = True                # scroll to the day's start when the next data comes
        self._scroll_on_show = False               # ...or when shown, if it came while hidden (no real size yet)

    # -- data ----------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._scroll_pending, self._scroll_on_show = True, False
        self._relayout()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self._scroll_pending, self._scroll_on_show = True, False
        self._relayout()

    def set_data(self, tasks: list[TaskRow], people: list[tuple[int, str]], colors: dict[int, QColor]) -> None:
        self.tasks, self.people, self.colors = list(tasks), list(people), dict(colors)
        self._relayout()
        if self._scroll_pending:
            self._scroll_pending = False
            if self.isVisible():
                self.scroll_to_hour(self.start_hour())
            else:
                self._scroll_on_show = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._scroll_on_show:
            self._scroll_on_show = False
            self.scroll_to_hour(self.start_hour())

    def period(self) -> tuple[date, date]:
        """The local dates shown, [first, after last)."""
        if self.mode == DAY:
            return self.anchor, self.anchor + timedelta(days=1)
        if self.mode == WEEK:
            start = monday_of(self.anchor)
            return start, start + timedelta(days=7)
        start = monday_of(calendars.first_of_month(self.anchor))
        return start, start + timedelta(days=42)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, 300)

    # -- scrolling -----------------------------------------------------------------------------
    def start_hour(self) -> float:
        """Where a page opens: 07:00, or the first timed task's hour when 07:00 would hide it."""
        first, after = self.period()
        page = datetime.combine(first, time()), datetime.combine(after, time())
        # A task begun before the page (e.g. the night before) starts, as far as the page goes, at its top.
        starts = [max(start, page[0]) for row in self.tasks if not row.form.all_day
                  for start, end in [self._local(row)] if start < page[1] and end > page[0]]
        if not starts:
            return DAY_STARTS_AT
        earliest = min(s.hour + s.minute / 60 for s in starts)
        shown = self._grid().height() / self._hour_height()
        if earliest < DAY_STARTS_AT or earliest + SNAP_MINUTES / 60 > DAY_STARTS_AT + shown:
            return float(math.floor(earliest))
        return DAY_STARTS_AT

    def scroll_to_hour(self, hour: float) -> None:
        self.verticalScrollBar().setValue(round(hour * self._hour_height()))

    def top_hour(self) -> float:
        """The hour at the top of the visible grid."""
        return self.verticalScrollBar().value() / self._hour_height()

    def _update_scrollbar(self) -> None:
        bar = self.verticalScrollBar()
        # Set at once (a range change alone would hide or show the bar only on the next event loop turn).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff if self.mode == MONTH
                                        else Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        if self.mode == MONTH:
            bar.setRange(0, 0)
            return
        visible = self._grid().height()
        self._hour_px = self._hour_height()
        bar.setRange(0, max(0, math.ceil(24 * self._hour_px - visible)))
        bar.setPageStep(max(1, int(visible)))
        bar.setSingleStep(max(1, int(self._hour_px / 2)))

    def scrollContentsBy(self, _dx: int, _dy: int) -> None:
        self._relayout()
        if self._dragging and self._press is not None and self._pointer is not None:
            self._drag = self.drop_at(self._pointer, self._press[0].row, self._press[1], self._press[0].lead)

    # -- geometry ------------------------------------------------------------------------------
    def _columns(self) -> list[tuple[date, int | None, str]]:
        """(day, person or None, title) of each column in day and week modes."""
        if self.mode == DAY:
            people = self.people or [(0, "")]
            return [(self.anchor, pid, name) for pid, name in people]
        start = self.period()[0]
        locale = QLocale()
        return [(d, None, f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {day_month(d)}")
                for d in (start + timedelta(days=i) for i in range(7))]

    def _top(self) -> int:
        return HEADER if self.mode == MONTH else BAND

    def _grid(self) -> QRectF:
        """The visible part of the hours grid, in viewport coordinates."""
        size = self.viewport().size()
        top = self._top()
        # Right to left the hours column is on the right and the days run from right to left (Saturday, the
        # first day of a Persian week, at the right edge), as a right-to-left reader turns a calendar's pages.
        left = 0 if self.isRightToLeft() else GUTTER
        return QRectF(left, top, max(10, size.width() - GUTTER - 1), max(10, size.height() - top - 1))

    def _gutter(self) -> QRectF:
        """The hours column's horizontal extent (its y is unused)."""
        return QRectF(self.viewport().width() - GUTTER if self.isRightToLeft() else 0, 0, GUTTER, 0)

    def _visual(self, index: int, count: int) -> int:
        """The on-screen position of column `index` of `count`, counted from the left."""
        return count - 1 - index if self.isRightToLeft() else index

    def _column_left(self, index: int, count: int) -> float:
        grid = self._grid()
        return grid.left() + self._visual(index, count) * grid.width() / count

    def _hour_height(self) -> float:
        return max(float(HOUR_HEIGHT), (self.viewport().height() - BAND - 1) / 24)

    def _y_of(self, moment: datetime) -> float:
        """Viewport y of a local time of day (the grid scrolled)."""
        hours = moment.hour + moment.minute / 60
        return self._grid().top() + hours * self._hour_height() - self.verticalScrollBar().value()

    def _day_end_y(self) -> float:
        return self._grid().top() + 24 * self._hour_height() - self.verticalScrollBar().value()

    def _cell(self, index: int) -> QRectF:
        """Month mode: the rectangle of the index-th day of the 6×7 grid."""
        size = self.viewport().size()
        width = (size.width() - 1) / 7
        height = (size.height() - HEADER - 1) / 6
        return QRectF(self._visual(index % 7, 7) * width, HEADER + index // 7 * height, width, height)

    def _relayout(self) -> None:
        self._update_scrollbar()
        self._lay_out()
        self.viewport().update()

    def _lay_out(self) -> None:
        self.blocks, self.more = [], []
        if self.mode == MONTH:
            self._layout_month()
        else:
            self._layout_days()

    def _local(self, row: TaskRow) -> tuple[datetime, datetime]:
        start = to_local(row.due_at)
        return start, start + timedelta(minutes=max(row.form.duration_minutes, SNAP_MINUTES))

    def _layout_days(self) -> None:
        columns = self._columns()
        timed = [(r, *self._local(r)) for r in self.tasks if not r.form.all_day]
        grid = self._grid()
        width = grid.width() / len(columns)
        for i, (day, person, _title) in enumerate(columns):
            x = self._column_left(i, len(columns))
            # Each task overlapping the day, cut to it: one that runs past midnight shows on every day it covers.
            mine = [(row, *part, part[0] - start) for row, start, end in timed
                    if (person is None or row.form.assignee_id == person)
                    for part in [day_part(start, end, day)] if part is not None]
            day_end = datetime.combine(day, time()) + timedelta(days=1)
            for cluster in _clusters(sorted(mine, key=lambda t: (t[1], t[0].id))):
                lanes: list[datetime] = []          # when each lane of this group of overlaps becomes free
                placed = []
                for row, start, end, lead in cluster:
                    lane = next((k for k, free in enumerate(lanes) if free <= start), len(lanes))
                    if lane == len(lanes):
                        lanes.append(end)
                    else:
                        lanes[lane] = end
                    placed.append((row, start, end, lead, lane))
                share = (width - 4) / len(lanes)
                for row, start, end, lead, lane in placed:
                    y1 = self._y_of(start)
                    y2 = self._day_end_y() if end >= day_end else self._y_of(end)
                    rect = QRectF(x + 2 + lane * share, y1 + 1, share - 1, max(14.0, y2 - y1 - 2))
                    self.blocks.append(Block(rect, row, lead=lead))
            all_day = [r for r in self.tasks if r.form.all_day and to_local(r.due_at).date() == day
                       and (person is None or r.form.assignee_id == person)]
            for k, row in enumerate(all_day):
                share = (width - 4) / len(all_day)
                self.blocks.append(Block(QRectF(x + 2 + k * share, HEADER + 2, share - 1, ALL_DAY_ROW - 4), row,
                                         band=True))

    def _layout_month(self) -> None:
        start, after = self.period()
        line = QFontMetrics(self.font()).height() + 2
        by_day: dict[date, list[tuple[TaskRow, timedelta]]] = {}
        for row in sorted(self.tasks, key=lambda r: (not r.form.all_day, r.due_at, r.id)):
            begins, ends = self._local(row)
            first = begins.date()
            # Every day the task overlaps (a task ending at midnight does not reach the next day).
            last = first if row.form.all_day else (ends - timedelta(microseconds=1)).date()
            for offset in range((min(last, after) - first).days + 1):
                day = first + timedelta(days=offset)
                if day >= start:
                    by_day.setdefault(day, []).append((row, timedelta(days=offset)))
        for i in range(42):
            cell = self._cell(i)
            rows = by_day.get(start + timedelta(days=i), [])
            fits = max(0, int((cell.height() - line - 4) // line))
            shown = rows if len(rows) <= fits else rows[: max(0, fits - 1)]
            for k, (row, lead) in enumerate(shown):
                self.blocks.append(Block(QRectF(cell.left() + 2, cell.top() + line + 2 + k * line,
                                                cell.width() - 4, line - 2), row, lead=lead))
            if len(shown) < len(rows):
                y = cell.top() + line + 2 + len(shown) * line
                self.more.append((QRectF(cell.left() + 4, y, cell.width() - 8, line - 2),
                                  self.tr("+%n more", "", len(rows) - len(shown))))

    def resizeEvent(self, event) -> None:
        top = self.verticalScrollBar().value() / self._hour_px   # keep the same hour on top
        super().resizeEvent(event)
        self._relayout()
        if self.mode != MONTH:
            self.scroll_to_hour(top)

    # -- hit testing and dropping --------------------------------------------------------------
    def block_at(self, pos: QPointF | QPoint) -> Block | None:
        point = QPointF(pos)
        # Over the all-day band only its blocks count: timed ones scrolled up are hidden under it.
        band = self.mode != MONTH and point.y() < BAND
        return next((b for b in reversed(self.blocks) if b.band == band and b.rect.contains(point)), None)

    def block_of(self, task_id: int) -> Block | None:
        return next((b for b in self.blocks if b.row.id == task_id), None)

    def drop_at(self, pos: QPointF | QPoint, row: TaskRow, grab: QPointF = QPointF(0, 0),  # noqa: B008
                lead: timedelta = timedelta(0)) -> Drop | None:
        """Where `row` would land if released with the pointer at `pos` (`grab`: pointer offset in the block;
        `lead`: how much of the task lies before the dragged block, which is one day's part of it)."""
        point = QPointF(pos) - QPointF(0, grab.y())
        keep = to_local(row.due_at).time()
        if self.mode == MONTH:
            # Any of the 42 days counts, the previous and next month's ones included.
            start, _ = self.period()
            for i in range(42):
                if self._cell(i).contains(QPointF(pos)):
                    return Drop(datetime.combine(start + timedelta(days=i), keep) - lead, None)
            return None
        grid = self._grid()
        columns = self._columns()
        if not grid.left() <= pos.x() < grid.right():
            return None
        index = self._visual(min(len(columns) - 1, int((pos.x() - grid.left()) / (grid.width() / len(columns)))),
                             len(columns))
        day, person, _ = columns[index]
        if row.form.all_day:
            when = time()
        elif pos.y() < grid.top():
            return None     # over the all-day band: a timed task stays timed
        else:
            hours = (point.y() - grid.top() + self.verticalScrollBar().value()) / self._hour_height()
            minutes = round(hours * 60 / SNAP_MINUTES) * SNAP_MINUTES
            minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
            when = time(minutes // 60, minutes % 60)
        return Drop(datetime.combine(day, when) - lead,
                    person if person and person != row.form.assignee_id else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        self._press = (block, event.position() - block.rect.topLeft()) if block else None
        self._dragging, self._drag, self._pointer = False, None, None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if self.block_at(event.position())
                                      else Qt.CursorShape.ArrowCursor)
            return
        block, grab = self._press
        if not block.row.is_open:
            return
        if not self._dragging:
            moved = (event.position() - (block.rect.topLeft() + grab)).manhattanLength()
            self._dragging = moved >= QApplication.startDragDistance()
        if self._dragging:
            self._pointer = event.position()
            self._scroll_along(event.position().y())
            self._drag = self.drop_at(event.position(), block.row, grab, block.lead)
            self.viewport().update()

    def _scroll_along(self, y: float) -> None:
        """A drag near the grid's top or bottom edge scrolls the hours by a quarter of an hour per move."""
        if self.mode == MONTH:
            return
        grid, bar = self._grid(), self.verticalScrollBar()
        step = max(1, round(self._hour_height() / 4))
        if y > grid.bottom() - EDGE:
            bar.setValue(bar.value() + step)
        elif grid.top() <= y < grid.top() + EDGE:
            bar.setValue(bar.value() - step)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging = self._press, self._dragging
        self._press, self._drag, self._dragging, self._pointer = None, None, False, None
        if press and dragging:
            block, grab = press
            drop = self.drop_at(event.position(), block.row, grab, block.lead)   # off the grid: no move
            if drop is not None:
                due = to_utc(drop.due_local)
                if due != block.row.due_at or drop.assignee_id is not None:
                    self.reschedule_requested.emit(block.row.id, block.row.version, due, drop.assignee_id)
        self.viewport().update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.open_task.emit(block.row.id)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
            else:
                r = block.row
                when = self.tr("All day") if r.form.all_day else to_local(r.due_at).strftime("%H:%M")
                lines = [f"{when} · {kind_label(r.kind)}", r.subject, r.assignee_name, r.client_name, r.deal_title]
                QToolTip.showText(event.globalPos(), "\n".join(isolate(p) for p in lines if p), self.viewport())
            return True
        return super().viewportEvent(event)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.viewport().rect(), palette.color(QPalette.ColorRole.Base))
        ghost = self._press[0] if self._dragging and self._drag is not None and self._press is not None else None
        if self.mode == MONTH:
            self._paint_month(painter, palette)
            for block in self.blocks:
                self._paint_block(painter, block)
            if ghost is not None:
                self._paint_ghost(painter, ghost, self._drag)
        else:
            # The hours scroll under the band: paint them clipped, then the band on top.
            painter.save()
            painter.setClipRect(QRectF(0, BAND, self.viewport().width(), self.viewport().height() - BAND))
            self._paint_hours(painter, palette)
            for block in self.blocks:
                if not block.band:
                    self._paint_block(painter, block)
            if ghost is not None and not ghost.row.form.all_day:
                self._paint_ghost(painter, ghost, self._drag)
            painter.restore()
            self._paint_band(painter, palette)
            for block in self.blocks:
                if block.band:
                    self._paint_block(painter, block)
            if ghost is not None and ghost.row.form.all_day:
                self._paint_ghost(painter, ghost, self._drag)
        painter.end()

    def _paint_columns(self, painter: QPainter, top: float, bottom: float) -> None:
        """Column dividers (and today's tint in week mode) between `top` and `bottom`."""
        grid = self._grid()
        columns = self._columns()
        width = grid.width() / len(columns)
        today = date.today()
        pen = QPen(self.palette().color(QPalette.ColorRole.Mid))
        for i, (day, _person, _title) in enumerate(columns):
            x = self._column_left(i, len(columns))
            if day == today and self.mode == WEEK:
                painter.fillRect(QRectF(x, top, width, bottom - top), QColor(255, 244, 200, 90))
            painter.setPen(pen)
            edge = x + width if self.isRightToLeft() else x     # the line on the hours' or previous day's side
            painter.drawLine(QPointF(edge, top), QPointF(edge, bottom))

    def _paint_hours(self, painter: QPainter, palette: QPalette) -> None:
        grid = self._grid()
        self._paint_columns(painter, grid.top(), self.viewport().height())
        line = QPen(palette.color(QPalette.ColorRole.Mid))
        light = QPen(palette.color(QPalette.ColorRole.Midlight))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        hour_px = self._hour_height()
        scroll = self.verticalScrollBar().value()
        for hour in range(25):
            y = grid.top() + hour * hour_px - scroll
            if y < grid.top() - hour_px or y > self.viewport().height():
                continue
            painter.setPen(light if 0 < hour < 24 else line)
            painter.drawLine(QPointF(grid.left(), y), QPointF(grid.left() + grid.width() + 1, y))
            if hour < 24:
                painter.setPen(muted)
                painter.drawText(self._gutter_label(y + 1, 16), int(Qt.AlignmentFlag.AlignAbsolute
                                                                    | self._toward_grid()),
                                 calendars.locale_digits(f"{hour:02d}:00"))

    def _toward_grid(self) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight

    def _gutter_label(self, y: float, height: float) -> QRectF:
        """Where a label of the hours column goes: against the grid, 6–8 px from it."""
        gutter = self._gutter()
        return QRectF(gutter.left() + (6 if self.isRightToLeft() else 2), y, GUTTER - 8, height)

    def _paint_band(self, painter: QPainter, palette: QPalette) -> None:
        """Column titles and the all-day band: painted over the scrolled hours, so they stay in view."""
        grid = self._grid()
        columns = self._columns()
        width = grid.width() / len(columns)
        painter.fillRect(QRectF(0, 0, self.viewport().width(), BAND), palette.color(QPalette.ColorRole.Base))
        self._paint_columns(painter, 0, BAND)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        for i, (_day, person, title) in enumerate(columns):
            x = self._column_left(i, len(columns))
            if person is not None and person in self.colors:
                painter.fillRect(QRectF(x + 4, HEADER - 5, width - 8, 3), self.colors[person])
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = QFontMetrics(bold).elidedText(isolate(title), Qt.TextElideMode.ElideRight, int(width - 8))
            painter.drawText(QRectF(x + 4, 0, width - 8, HEADER - 4), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setFont(self.font())
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(QPointF(0, HEADER), QPointF(self.viewport().width(), HEADER))
        painter.drawLine(QPointF(0, BAND), QPointF(self.viewport().width(), BAND))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        label, room = self.tr("all day"), self._gutter_label(HEADER, ALL_DAY_ROW)
        small = QFont(self.font())
        while QFontMetrics(small).horizontalAdvance(label) > room.width() and small.pointSizeF() > 6:
            small.setPointSizeF(small.pointSizeF() - 0.5)  # "طوال اليوم" is wider than the hours column
        painter.setFont(small)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignAbsolute | self._toward_grid() | Qt.AlignmentFlag.AlignVCenter),
                         label)
        painter.setFont(self.font())

    def _paint_month(self, painter: QPainter, palette: QPalette) -> None:
        start, _ = self.period()
        locale = QLocale()
        width = (self.viewport().width() - 1) / 7
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for i in range(7):
            painter.drawText(QRectF(self._visual(i, 7) * width, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter),
                             locale.dayName((start + timedelta(days=i)).isoweekday(), QLocale.FormatType.ShortFormat))
        painter.setFont(self.font())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for i in range(42):
            cell = self._cell(i)
            day = start + timedelta(days=i)
            inside = calendars.same_month(day, self.anchor)
            if not inside:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            if day == date.today():
                painter.fillRect(cell, QColor(255, 244, 200, 140))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(cell)
            painter.setPen(palette.color(QPalette.ColorRole.Text) if inside else muted)
            painter.drawText(cell.adjusted(4, 1, -4, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             self.day_number(day))
        painter.setPen(muted)
        for rect, text in self.more:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

    @staticmethod
    def day_number(day: date) -> str:
        """What a month cell shows as its day: the day of the month in the chosen calendar, in local digits."""
        return QLocale().toString(calendars.parts(day)[2])

    def _color(self, row: TaskRow) -> QColor:
        return self.colors.get(row.form.assignee_id or 0, person_color(0))

    def _paint_block(self, painter: QPainter, block: Block) -> None:
        row, rect = block.row, block.rect
        color = QColor(self._color(row))
        closed = not row.is_open
        fill = QColor(color)
        fill.setAlpha(60 if closed else 200 if self.mode != MONTH else 45)
        painter.setPen(QPen(color.darker(130), 2 if row.form.priority == "high" else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if self._dragging and self._press and self._press[0].row.id == row.id:
            return
        font = QFont(self.font())
        font.setStrikeOut(closed)
        text_color = text_color_on(color) if self.mode != MONTH and not closed else self.palette().color(
            QPalette.ColorRole.Text)
        painter.setPen(text_color)
        painter.setFont(font)
        inner = rect.adjusted(4, 1, -3, -1)
        if self.mode != MONTH and not block.band and inner.top() < BAND:
            inner.setTop(min(float(BAND), inner.bottom()))   # begun above the visible hours: text in view
        for area, text in self.chip_lines(block, QFontMetrics(font), inner):
            self._draw_chip_text(painter, area, text)

    def chip_lines(self, block: Block, metrics: QFontMetrics, inner: QRectF) -> list[tuple[QRectF, str]]:
        """What a block shows, piece by piece: (rectangle, text), each piece drawn with its own direction.

        Tall enough for two lines (like Outlook and Google Calendar): the subject first, then the time (and
        the client when there is room); a narrow side-by-side block wraps its subject over the lines it has
        before it shows the time. On one line the
        time goes first when at least a few letters of the subject still fit after it, else only the
        subject shows (the time is in the tooltip)."""
        row = block.row
        when = "" if row.form.all_day else self._time_text(row)
        line = metrics.height()
        width = inner.width()
        pieces: list[tuple[QRectF, str]] = []

        def elided(text: str, room: float) -> str:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(room))

        if inner.height() >= 2 * line - 1 or not when:
            below = [when] if when else []
            if row.client_name:
                below.append(row.client_name)
            room = max(1, int((inner.height() + 1) // line))
            # A narrow block with height to spare wraps its subject over several lines (clipped to them).
            needed = metrics.boundingRect(0, 0, max(1, int(width)), 100 * line,
                                          int(Qt.TextFlag.TextWordWrap), row.subject).height() // line
            # A narrow block (overlaps side by side) gives every line it has to the subject first; a wide
            # one keeps a line for the time.
            narrow = width < metrics.averageCharWidth() * 14
            subject_lines = max(1, min(needed, room if narrow else room - min(len(below), 1)))
            if subject_lines > 1:
                pieces.append((QRectF(inner.left(), inner.top(), width, subject_lines * line), row.subject))
            else:
                pieces.append((QRectF(inner.left(), inner.top(), width, line), elided(row.subject, width)))
            for k, text in enumerate(below, start=subject_lines):
                if k >= room:
                    break
                pieces.append((QRectF(inner.left(), inner.top() + k * line, width, line), elided(text, width)))
            return pieces
        time_width = metrics.horizontalAdvance(when + " ")
        if width - time_width < metrics.averageCharWidth() * 6:
            return [(QRectF(inner.left(), inner.top(), width, line), elided(row.subject, width))]
        rtl = self.isRightToLeft()
        time_rect = QRectF(inner.right() - time_width if rtl else inner.left(), inner.top(), time_width, line)
        subject = QRectF(inner.left() if rtl else inner.left() + time_width, inner.top(), width - time_width, line)
        return [(time_rect, when), (subject, elided(row.subject, subject.width()))]

    def _time_text(self, row: TaskRow) -> str:
        return locale_time(to_local(row.due_at), utc=False)

    def _draw_chip_text(self, painter: QPainter, area: QRectF, text: str) -> None:
        """Draw on the screen's leading side, the text laid out in its own direction (a Persian subject
        reads right to left with its Latin words and digits in place, also in a left-to-right window)."""
        option = QTextOption(Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop
                             | (Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft))
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if is_rtl_text(text)
                                else Qt.LayoutDirection.LeftToRight)
        metrics = painter.fontMetrics()
        wraps = area.height() >= 2 * metrics.height() - 1
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wraps
                           else QTextOption.WrapMode.NoWrap)
        painter.save()
        painter.setClipRect(area, Qt.ClipOperation.IntersectClip)
        painter.drawText(area, text, option)
        painter.restore()

    def _paint_ghost(self, painter: QPainter, block: Block, drop: Drop) -> None:
        """An outline where the block would land, with the new time."""
        form = replace(block.row.form, due_at=to_utc(drop.due_local),
                       assignee_id=drop.assignee_id or block.row.form.assignee_id)
        probe = replace(block.row, id=-1, form=form)
        saved = self.blocks, self.more
        self.tasks.append(probe)
        try:
            self._lay_out()
            ghosts = [b for b in self.blocks if b.row.id == -1]   # one per day the moved task would cover
        finally:
            self.tasks.remove(probe)
            self.blocks, self.more = saved
        label = f"{day_month(drop.due_local.date())} {drop.due_local:%H:%M}"
        for ghost in ghosts:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(self._color(block.row), 2, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(ghost.rect, 3, 3)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(ghost.rect.adjusted(4, 1, -2, 0), int(Qt.AlignmentFlag.AlignLeft), label)
