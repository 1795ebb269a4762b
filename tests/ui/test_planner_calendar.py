"""The calendar's whole day: scrolled to the morning (or the first task) on opening, titles and the all-day band
fixed while the hours scroll, a drag down to 22:00, and month drops on the neighbouring months' days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from app.services.planner import to_local
from app.ui.planner import PlannerWorkspace
from app.ui.planner.calendar_view import BAND, EDGE, HEADER, CalendarView
from app.ui.planner.common import local_today
from tests.ui import test_planner as story
from tests.ui.test_planner import _show_week, add, at, save_shot

# The office, its busy day and the shown workspace are the planner story's fixtures.
busy_day, office, workspace = story.busy_day, story.office, story.workspace


def monday() -> date:
    today = local_today()
    return today - timedelta(days=today.isoweekday() - 1)


def drag(qtbot, view: CalendarView, start: QPoint, end: QPoint) -> None:
    """Press on `start`, move past the drag distance, move to `end` and release there."""
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(10, 0))
    qtbot.mouseMove(vp, end)
    assert view._drag is not None
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=end)


def visible(view: CalendarView, subject: str) -> bool:
    block = next(b for b in view.blocks if b.row.subject == subject)
    return block.rect.top() >= BAND and block.rect.bottom() <= view.viewport().height()


def test_the_week_opens_at_seven_and_scrolls_through_the_whole_day_under_fixed_titles(qtbot, ui_services, workspace,
                                                                                     busy_day, shots):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    bar = view.verticalScrollBar()
    assert view.top_hour() == 7
    assert bar.maximum() + bar.pageStep() >= 24 * view._hour_height()      # 00:00–24:00 is reachable
    assert view._y_of(datetime.combine(monday(), time(7))) == BAND          # 07:00 right under the band
    all_day = view.block_of(busy_day["all_day"].id)
    assert all_day.band and HEADER <= all_day.rect.top() < BAND
    bar.setValue(bar.maximum())                                             # the user scrolls to the evening
    assert view.top_hour() > 10
    assert view._y_of(datetime.combine(monday(), time(23, 45))) < view.viewport().height()
    assert view.block_of(busy_day["all_day"].id).rect == all_day.rect       # the band did not move
    assert view.block_at(all_day.rect.center()).row.id == busy_day["all_day"].id
    # A morning task scrolled up under the band cannot be grabbed through it.
    follow_up = next(b for b in view.blocks if b.row.subject == "Follow-up #1")
    assert follow_up.rect.bottom() < BAND
    assert view.block_at(QPointF(follow_up.rect.center().x(), BAND - 4)) is None
    save_shot(workspace, "planner_calendar_scrolled_evening", shots)
    bar.setValue(0)
    assert view.top_hour() == 0 and view._y_of(datetime.combine(monday(), time(0))) == BAND
    save_shot(workspace, "planner_calendar_scrolled_midnight", shots)


def test_a_page_opens_at_its_first_task_when_seven_would_hide_it(qtbot, ui_services, tasks, office):
    early_day = monday() + timedelta(days=14)
    add(ui_services, "Airport run", at(early_day, 5, 30), kind="todo", duration_minutes=60)
    late_day = monday() + timedelta(days=21)
    add(ui_services, "Call the Vancouver office", at(late_day, 22, 15), kind="call")
    ws = PlannerWorkspace(ui_services, tasks)
    qtbot.addWidget(ws)
    ws.resize(1200, 750)
    ws.show()
    qtbot.waitUntil(lambda: ws.people_model.rowCount() > 0)
    view = _show_week(qtbot, ws, [ui_services.user_id])
    assert view.top_hour() == 7                                   # nothing this week: the working morning
    ws.go_to(early_day)
    assert view.top_hour() == 5 and visible(view, "Airport run")
    ws.go_to(late_day)
    assert view.top_hour() > 7 and visible(view, "Call the Vancouver office")
    ws.step(-1)
    assert view.top_hour() == 5                                   # each page opens at its own first task


def test_dragging_a_morning_task_down_to_ten_pm_scrolls_along_and_reschedules_it(qtbot, ui_services, workspace,
                                                                                busy_day, shots):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    vp = view.viewport()
    block = next(b for b in view.blocks if b.row.subject == "Follow-up #1")        # Monday 09:00
    start = block.rect.center().toPoint()
    grab_y = start.y() - block.rect.top()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(0, 12))
    ten_pm = datetime.combine(monday(), time(22))
    bottom = QPoint(start.x(), vp.height() - EDGE // 2)
    for _ in range(200):                           # holding the block at the bottom edge scrolls the day up
        if view._y_of(ten_pm) + grab_y < view._grid().bottom() - EDGE - 2:
            break
        qtbot.mouseMove(vp, bottom)
    target = QPoint(start.x(), round(view._y_of(ten_pm) + grab_y))
    qtbot.mouseMove(vp, target)
    assert view._drag is not None and view._drag.due_local == ten_pm
    save_shot(workspace, "planner_calendar_drag_to_22", shots)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=target)
    moved = ui_services.planner.load_task(block.row.id)
    assert to_local(moved.due_at) == ten_pm
    assert view.block_of(moved.id).row.version == moved.version
    assert visible(view, "Follow-up #1")           # the reload kept the scroll: the task is still in sight


def test_the_wheel_scrolls_during_a_drag_so_a_task_reaches_the_small_hours(qtbot, ui_services, workspace,
                                                                           busy_day):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    vp = view.viewport()
    block = next(b for b in view.blocks if b.row.subject == "Follow-up #3")        # Wednesday 11:00
    start = block.rect.center().toPoint()
    grab_y = start.y() - block.rect.top()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(0, 12))
    here = QPointF(start + QPoint(0, 12))
    for _ in range(20):                            # the wheel turned up, the button still held
        QApplication.sendEvent(vp, QWheelEvent(here, vp.mapToGlobal(here), QPoint(0, 0), QPoint(0, 120),
                                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                               Qt.ScrollPhase.NoScrollPhase, False))
    assert view.top_hour() == 0
    half_past_one = datetime.combine(monday() + timedelta(days=2), time(1, 30))
    target = QPoint(start.x(), round(view._y_of(half_past_one) + grab_y))
    qtbot.mouseMove(vp, target)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=target)
    assert to_local(ui_services.planner.load_task(block.row.id).due_at) == half_past_one


def test_a_calendar_filled_while_hidden_scrolls_when_shown(qtbot, ui_services, tasks, office):
    add(ui_services, "Airport run", at(local_today(), 5, 30), kind="todo")
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_anchor(local_today())
    view.set_data(ui_services.planner.tasks_between(start=at(monday(), 0), end=at(monday() + timedelta(days=7), 0),
                                                    assignee_ids=[ui_services.user_id]), [], {})
    assert view.verticalScrollBar().value() == 0                     # hidden: no real size to scroll by yet
    view.show()
    assert view.top_hour() == 5


def test_a_drag_released_over_the_all_day_band_changes_nothing(qtbot, ui_services, workspace, busy_day):
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    block = next(b for b in view.blocks if b.row.subject == "Follow-up #2")
    start = block.rect.center().toPoint()
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(vp, start + QPoint(0, 12))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=QPoint(start.x(), HEADER + 4))
    assert ui_services.planner.load_task(block.row.id) == block.row


def test_month_drops_land_on_the_previous_and_the_next_months_days(qtbot, ui_services, workspace, office, shots):
    may = date(2030, 5, 15)                        # 1 May 2030 is a Wednesday: the grid opens on 29 April
    row = add(ui_services, "Carpet delivery", at(date(2030, 5, 10), 14, 30), kind="meeting", duration_minutes=60,
              client_id=office["aria"].id)
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    qtbot.mouseClick(workspace.findChild(type(workspace.today_button), "month_mode_button"), Qt.MouseButton.LeftButton)
    workspace.go_to(may)
    first, after = view.period()
    assert (first, after - timedelta(days=1)) == (date(2030, 4, 29), date(2030, 6, 9))
    assert view.verticalScrollBar().maximum() == 0                       # a month fits: nothing to scroll

    block = view.block_of(row.id)
    drag(qtbot, view, block.rect.center().toPoint(), view._cell(0).center().toPoint())      # → Mon 29 April
    moved = ui_services.planner.load_task(row.id)
    assert to_local(moved.due_at) == datetime(2030, 4, 29, 14, 30)      # the time of day is kept
    assert view._cell(0).contains(view.block_of(row.id).rect)
    save_shot(workspace, "planner_calendar_month_previous", shots)

    block = view.block_of(row.id)
    drag(qtbot, view, block.rect.center().toPoint(), view._cell(41).center().toPoint())     # → Sun 9 June
    moved = ui_services.planner.load_task(row.id)
    assert to_local(moved.due_at) == datetime(2030, 6, 9, 14, 30)
    assert view._cell(41).contains(view.block_of(row.id).rect)
    assert view.anchor == may                                            # the page stayed on May


def test_tasks_at_the_same_time_sit_side_by_side_and_keep_their_subjects(qtbot, ui_services, tasks, office,
                                                                         shots):
    from dataclasses import replace

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFontMetrics

    from app.ui.planner import calendar_view

    day = monday() + timedelta(days=2)
    subjects = ("جلسه با مدیر خرید", "Call Reza about the carpets", "تماس با Acme درباره ۳ فرش")
    for subject, minute, length in zip(subjects, (0, 0, 15), (60, 30, 45), strict=True):
        add(ui_services, subject, at(day, 10, minute), kind="call", duration_minutes=length,
            client_id=office["aria"].id)
    ws = PlannerWorkspace(ui_services, tasks)
    qtbot.addWidget(ws)
    ws.resize(1400, 750)
    ws.show()
    qtbot.waitUntil(lambda: ws.people_model.rowCount() > 0)
    view = _show_week(qtbot, ws, [ui_services.user_id])
    qtbot.waitUntil(lambda: {b.row.subject for b in view.blocks} >= set(subjects))
    blocks = [next(b for b in view.blocks if b.row.subject == s) for s in subjects]
    # Three lanes of one column, left to right, none covering another.
    lefts = [b.rect.left() for b in blocks]
    assert lefts == sorted(lefts)
    for a, b in zip(blocks, blocks[1:], strict=False):
        assert a.rect.right() <= b.rect.left()
    metrics = QFontMetrics(view.font())
    for block in blocks:
        inner = block.rect.adjusted(4, 1, -3, -1)
        pieces = view.chip_lines(block, metrics, inner)
        texts = [text for _rect, text in pieces]
        subject = block.row.subject
        # The subject is shown (its first letters at least), not only the time.
        assert any(t and t.rstrip("…") and subject.startswith(t.rstrip("…")) for t in texts), texts
        for rect, _text in pieces:
            assert inner.contains(rect) or inner.intersected(rect) == rect
    tall = blocks[0]                      # an hour, narrow: the whole subject wrapped over its lines
    pieces = view.chip_lines(tall, metrics, tall.rect.adjusted(4, 1, -3, -1))
    assert pieces[0][1] == tall.row.subject and pieces[0][0].height() >= 2 * metrics.height()
    # Wide (the same hour alone in a day column): the subject, then the time under it.
    wide = replace(tall, rect=QRectF(tall.rect.left(), tall.rect.top(), 300, tall.rect.height()))
    texts = [t for _r, t in view.chip_lines(wide, metrics, wide.rect.adjusted(4, 1, -3, -1))]
    assert texts[:2] == [tall.row.subject, view._time_text(tall.row)]
    save_shot(view, "planner_week_side_by_side", shots)
    assert calendar_view.is_rtl_text(subjects[0]) and not calendar_view.is_rtl_text(subjects[1])
    assert calendar_view.is_rtl_text(subjects[2])   # a Persian subject with a Latin word and digits


def test_chip_text_is_drawn_in_its_own_direction(qtbot, monkeypatch):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    view = CalendarView()
    qtbot.addWidget(view)
    drawn = []

    class Recorder(QPainter):
        def drawText(self, rect, text, option):  # noqa: N802 — Qt override
            drawn.append((text, option.textDirection(), option.alignment()))
            return super().drawText(rect, text, option)
    image = QImage(200, 40, QImage.Format.Format_ARGB32)
    painter = Recorder(image)
    view._draw_chip_text(painter, QRectF(0, 0, 200, 20), "تماس با Acme درباره ۳ فرش")
    view._draw_chip_text(painter, QRectF(0, 0, 200, 20), "10:00")
    painter.end()
    assert drawn[0][1] == Qt.LayoutDirection.RightToLeft and drawn[1][1] == Qt.LayoutDirection.LeftToRight
    assert drawn[0][2] & Qt.AlignmentFlag.AlignLeft          # on the screen's leading side either way
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter = Recorder(image)
    view._draw_chip_text(painter, QRectF(0, 0, 200, 20), "Call Reza")
    painter.end()
    assert drawn[2][1] == Qt.LayoutDirection.LeftToRight and drawn[2][2] & Qt.AlignmentFlag.AlignRight
