"""A painted calendar of tasks: day (a column per person), week (a column per day) and month (a grid).

One widget paints every block (no widget per task); blocks are laid out once per data or size change and
kept for hit-testing. Dragging a block to another time, day or person asks for a reschedule; the view
itself changes nothing until the service has said yes and the data comes back.
"""

from __future__ import annotations

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
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.services.planner import TaskRow
from app.ui.planner.common import kind_label, person_color, to_local, to_utc
from app.ui.text import isolate

DAY, WEEK, MONTH = "day", "week", "month"
GUTTER = 52          # the hours column
HEADER = 26          # day or person names
ALL_DAY_ROW = 20     # the band of all-day tasks (day and week)
SNAP_MINUTES = 15
FIRST_HOUR, LAST_HOUR = 7, 21   # shown at least; widened when tasks fall outside


@dataclass(frozen=True)
class Block:
    rect: QRectF
    row: TaskRow


@dataclass(frozen=True)
class Drop:
    """Where a dragged block would land: a local start time and, in day mode, a person."""

    due_local: datetime
    assignee_id: int | None


def monday_of(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


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


class CalendarView(QWidget):
    open_task = Signal(int)
    # task id, version seen, new due time (naive UTC), new assignee (None: unchanged)
    reschedule_requested = Signal(int, int, object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendar_view")
        self.setMouseTracking(True)
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
        self._hours = (FIRST_HOUR, LAST_HOUR)

    # -- data ----------------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._relayout()

    def set_anchor(self, day: date) -> None:
        self.anchor = day
        self._relayout()

    def set_data(self, tasks: list[TaskRow], people: list[tuple[int, str]], colors: dict[int, QColor]) -> None:
        self.tasks, self.people, self.colors = list(tasks), list(people), dict(colors)
        self._relayout()

    def period(self) -> tuple[date, date]:
        """The local dates shown, [first, after last)."""
        if self.mode == DAY:
            return self.anchor, self.anchor + timedelta(days=1)
        if self.mode == WEEK:
            start = monday_of(self.anchor)
            return start, start + timedelta(days=7)
        start = monday_of(self.anchor.replace(day=1))
        return start, start + timedelta(days=42)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, 300)

    # -- geometry ------------------------------------------------------------------------------
    def _columns(self) -> list[tuple[date, int | None, str]]:
        """(day, person or None, title) of each column in day and week modes."""
        if self.mode == DAY:
            people = self.people or [(0, "")]
            return [(self.anchor, pid, name) for pid, name in people]
        start = self.period()[0]
        locale = QLocale()
        return [(d, None, f"{locale.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {d:%d.%m}")
                for d in (start + timedelta(days=i) for i in range(7))]

    def _grid(self) -> QRectF:
        top = HEADER + ALL_DAY_ROW
        return QRectF(GUTTER, top, max(10, self.width() - GUTTER - 1), max(10, self.height() - top - 1))

    def _hour_height(self) -> float:
        first, last = self._hours
        return self._grid().height() / max(1, last - first)

    def _y_of(self, moment: datetime) -> float:
        first, _ = self._hours
        hours = moment.hour + moment.minute / 60 - first
        return self._grid().top() + hours * self._hour_height()

    def _cell(self, index: int) -> QRectF:
        """Month mode: the rectangle of the index-th day of the 6×7 grid."""
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - 1) / 6
        return QRectF(index % 7 * width, HEADER + index // 7 * height, width, height)

    def _relayout(self) -> None:
        self.blocks, self.more = [], []
        if self.mode == MONTH:
            self._layout_month()
        else:
            self._layout_days()
        self.update()

    def _local(self, row: TaskRow) -> tuple[datetime, datetime]:
        start = to_local(row.due_at)
        return start, start + timedelta(minutes=max(row.form.duration_minutes, SNAP_MINUTES))

    def _layout_days(self) -> None:
        columns = self._columns()
        first, last = FIRST_HOUR, LAST_HOUR
        timed = [(r, *self._local(r)) for r in self.tasks if not r.form.all_day]
        for _, start, end in timed:
            if self.period()[0] <= start.date() < self.period()[1]:
                first = min(first, start.hour)
                last = max(last, min(24, end.hour + (1 if end.minute or end.date() > start.date() else 0)))
        self._hours = (first, last)
        grid = self._grid()
        width = grid.width() / len(columns)
        for i, (day, person, _title) in enumerate(columns):
            x = grid.left() + i * width
            mine = [t for t in timed if t[1].date() == day and (person is None or t[0].form.assignee_id == person)]
            for cluster in _clusters(sorted(mine, key=lambda t: (t[1], t[0].id))):
                lanes: list[datetime] = []          # when each lane of this group of overlaps becomes free
                placed = []
                for row, start, end in cluster:
                    lane = next((k for k, free in enumerate(lanes) if free <= start), len(lanes))
                    if lane == len(lanes):
                        lanes.append(end)
                    else:
                        lanes[lane] = end
                    placed.append((row, start, end, lane))
                share = (width - 4) / len(lanes)
                for row, start, end, lane in placed:
                    y1 = self._y_of(start)
                    y2 = self._y_of(end) if end.date() == start.date() else grid.bottom()
                    rect = QRectF(x + 2 + lane * share, y1 + 1, share - 1, max(14.0, y2 - y1 - 2))
                    self.blocks.append(Block(rect, row))
            all_day = [r for r in self.tasks if r.form.all_day and to_local(r.due_at).date() == day
                       and (person is None or r.form.assignee_id == person)]
            for k, row in enumerate(all_day):
                share = (width - 4) / len(all_day)
                self.blocks.append(Block(QRectF(x + 2 + k * share, HEADER + 2, share - 1, ALL_DAY_ROW - 4), row))

    def _layout_month(self) -> None:
        start, _ = self.period()
        line = QFontMetrics(self.font()).height() + 2
        by_day: dict[date, list[TaskRow]] = {}
        for row in sorted(self.tasks, key=lambda r: (not r.form.all_day, r.due_at, r.id)):
            by_day.setdefault(to_local(row.due_at).date(), []).append(row)
        for i in range(42):
            cell = self._cell(i)
            rows = by_day.get(start + timedelta(days=i), [])
            fits = max(0, int((cell.height() - line - 4) // line))
            shown = rows if len(rows) <= fits else rows[: max(0, fits - 1)]
            for k, row in enumerate(shown):
                self.blocks.append(Block(QRectF(cell.left() + 2, cell.top() + line + 2 + k * line,
                                                cell.width() - 4, line - 2), row))
            if len(shown) < len(rows):
                y = cell.top() + line + 2 + len(shown) * line
                self.more.append((QRectF(cell.left() + 4, y, cell.width() - 8, line - 2),
                                  self.tr("+%n more", "", len(rows) - len(shown))))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._relayout()

    # -- hit testing and dropping --------------------------------------------------------------
    def block_at(self, pos: QPointF | QPoint) -> Block | None:
        point = QPointF(pos)
        return next((b for b in reversed(self.blocks) if b.rect.contains(point)), None)

    def block_of(self, task_id: int) -> Block | None:
        return next((b for b in self.blocks if b.row.id == task_id), None)

    def drop_at(self, pos: QPointF | QPoint, row: TaskRow, grab: QPointF = QPointF(0, 0)) -> Drop | None:  # noqa: B008
        """Where `row` would land if released with the pointer at `pos` (`grab`: pointer offset in the block)."""
        point = QPointF(pos) - QPointF(0, grab.y())
        keep = to_local(row.due_at).time()
        if self.mode == MONTH:
            start, _ = self.period()
            for i in range(42):
                if self._cell(i).contains(QPointF(pos)):
                    return Drop(datetime.combine(start + timedelta(days=i), keep), None)
            return None
        grid = self._grid()
        columns = self._columns()
        if not grid.left() <= pos.x() < grid.right():
            return None
        index = min(len(columns) - 1, int((pos.x() - grid.left()) / (grid.width() / len(columns))))
        day, person, _ = columns[index]
        if row.form.all_day:
            when = time()
        else:
            hours = self._hours[0] + (point.y() - grid.top()) / self._hour_height()
            minutes = round(hours * 60 / SNAP_MINUTES) * SNAP_MINUTES
            minutes = max(0, min(24 * 60 - SNAP_MINUTES, minutes))
            when = time(minutes // 60, minutes % 60)
        return Drop(datetime.combine(day, when), person if person and person != row.form.assignee_id else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        self._press = (block, event.position() - block.rect.topLeft()) if block else None
        self._dragging, self._drag = False, None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            self.setCursor(Qt.CursorShape.PointingHandCursor if self.block_at(event.position())
                           else Qt.CursorShape.ArrowCursor)
            return
        block, grab = self._press
        if not block.row.is_open:
            return
        if not self._dragging:
            moved = (event.position() - (block.rect.topLeft() + grab)).manhattanLength()
            self._dragging = moved >= QApplication.startDragDistance()
        if self._dragging:
            self._drag = self.drop_at(event.position(), block.row, grab)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drop, dragging = self._press, self._drag, self._dragging
        self._press, self._drag, self._dragging = None, None, False
        if press and dragging:
            block, grab = press
            drop = self.drop_at(event.position(), block.row, grab) or drop
            if drop is not None:
                due = to_utc(drop.due_local)
                if due != block.row.due_at or drop.assignee_id is not None:
                    self.reschedule_requested.emit(block.row.id, block.row.version, due, drop.assignee_id)
        self.update()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self.open_task.emit(block.row.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
            else:
                r = block.row
                when = self.tr("All day") if r.form.all_day else to_local(r.due_at).strftime("%H:%M")
                lines = [f"{when} · {kind_label(r.kind)}", r.subject, r.assignee_name, r.client_name, r.deal_title]
                QToolTip.showText(event.globalPos(), "\n".join(isolate(p) for p in lines if p), self)
            return True
        return super().event(event)

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if self.mode == MONTH:
            self._paint_month(painter, palette)
        else:
            self._paint_days(painter, palette)
        for block in self.blocks:
            self._paint_block(painter, block)
        if self._dragging and self._drag is not None and self._press is not None:
            self._paint_ghost(painter, self._press[0], self._drag)
        painter.end()

    def _paint_days(self, painter: QPainter, palette: QPalette) -> None:
        grid = self._grid()
        columns = self._columns()
        width = grid.width() / len(columns)
        line = QPen(palette.color(QPalette.ColorRole.Mid))
        light = QPen(palette.color(QPalette.ColorRole.Midlight))
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        today = date.today()
        bold = QFont(self.font())
        bold.setBold(True)
        for i, (day, person, title) in enumerate(columns):
            x = grid.left() + i * width
            if day == today and self.mode == WEEK:
                painter.fillRect(QRectF(x, 0, width, self.height()), QColor(255, 244, 200, 90))
            painter.setPen(line)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.setFont(bold)
            if person is not None and person in self.colors:
                painter.fillRect(QRectF(x + 4, HEADER - 5, width - 8, 3), self.colors[person])
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text = QFontMetrics(bold).elidedText(isolate(title), Qt.TextElideMode.ElideRight, int(width - 8))
            painter.drawText(QRectF(x + 4, 0, width - 8, HEADER - 4), int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setFont(self.font())
        painter.setPen(line)
        painter.drawLine(QPointF(0, HEADER), QPointF(self.width(), HEADER))
        painter.drawLine(QPointF(0, grid.top()), QPointF(self.width(), grid.top()))
        painter.setPen(muted)
        painter.drawText(QRectF(2, HEADER, GUTTER - 6, ALL_DAY_ROW),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), self.tr("all day"))
        first, last = self._hours
        for hour in range(first, last + 1):
            y = grid.top() + (hour - first) * self._hour_height()
            painter.setPen(light if hour > first else line)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if hour < last:
                painter.setPen(muted)
                painter.drawText(QRectF(2, y + 1, GUTTER - 8, 16), int(Qt.AlignmentFlag.AlignRight), f"{hour:02d}:00")

    def _paint_month(self, painter: QPainter, palette: QPalette) -> None:
        start, _ = self.period()
        locale = QLocale()
        width = (self.width() - 1) / 7
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for i in range(7):
            painter.drawText(QRectF(i * width, 0, width, HEADER), int(Qt.AlignmentFlag.AlignCenter),
                             locale.dayName(i + 1, QLocale.FormatType.ShortFormat))
        painter.setFont(self.font())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for i in range(42):
            cell = self._cell(i)
            day = start + timedelta(days=i)
            if day.month != self.anchor.month:
                painter.fillRect(cell, palette.color(QPalette.ColorRole.AlternateBase))
            if day == date.today():
                painter.fillRect(cell, QColor(255, 244, 200, 140))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawRect(cell)
            painter.setPen(palette.color(QPalette.ColorRole.Text) if day.month == self.anchor.month else muted)
            painter.drawText(cell.adjusted(4, 1, -4, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                             locale.toString(day.day))
        painter.setPen(muted)
        for rect, text in self.more:
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)

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
        metrics = QFontMetrics(font)
        when = "" if row.form.all_day else to_local(row.due_at).strftime("%H:%M ")
        inner = rect.adjusted(4, 1, -3, -1)
        painter.setFont(font)
        # The time is drawn on its own: mixed with a Persian subject, bidi would move it to the far side.
        lead = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        flags = int(lead | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop)
        time_width = metrics.horizontalAdvance(when)
        if when:
            painter.drawText(inner, flags, when)
        subject = inner.adjusted(0, 0, -time_width, 0) if self.isRightToLeft() else inner.adjusted(time_width, 0, 0, 0)
        painter.drawText(subject, flags, metrics.elidedText(row.subject, Qt.TextElideMode.ElideRight,
                                                            int(subject.width())))
        if rect.height() > 2.2 * metrics.height() and row.client_name:
            second = inner.adjusted(0, metrics.height(), 0, 0)
            painter.drawText(second, flags, metrics.elidedText(row.client_name, Qt.TextElideMode.ElideRight,
                                                               int(second.width())))

    def _paint_ghost(self, painter: QPainter, block: Block, drop: Drop) -> None:
        """An outline where the block would land, with the new time."""
        form = replace(block.row.form, due_at=to_utc(drop.due_local),
                       assignee_id=drop.assignee_id or block.row.form.assignee_id)
        probe = replace(block.row, id=-1, form=form)
        saved = self.blocks, self.more
        self.tasks.append(probe)
        try:
            self._relayout_silently()
            ghost = self.block_of(-1)
        finally:
            self.tasks.remove(probe)
            self.blocks, self.more = saved
        if ghost is None:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self._color(block.row), 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(ghost.rect, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        label = drop.due_local.strftime("%d.%m %H:%M")
        painter.drawText(ghost.rect.adjusted(4, 1, -2, 0), int(Qt.AlignmentFlag.AlignLeft), label)

    def _relayout_silently(self) -> None:
        self.blocks, self.more = [], []
        hours = self._hours
        if self.mode == MONTH:
            self._layout_month()
        else:
            self._layout_days()
        self._hours = hours
