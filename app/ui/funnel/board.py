"""The Sales funnel workspace: a kanban board of deals (one column per stage, cards moved by drag and
drop), the same deals as a list, and the forecast and conversion reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.funnel import Board, BoardColumn, ClosePeriod, DealCardRow, DealQuery
from app.services.funnel.filters import close_period
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.funnel.cards import (  # noqa: F401  (re-exported: the board's public names)
    COLUMN_WIDTH,
    DEAL_MIME_TYPE,
    CardRole,
    DealCardDelegate,
    DealCardModel,
    OverdueTaskRole,
    decode_deal,
    encode_deal,
)
from app.ui.funnel.deal_dialog import DealDialog, LostChoice, ask_lost_reason
from app.ui.funnel.deal_list import DealListView
from app.ui.funnel.money import format_money
from app.ui.funnel.pipelines_dialog import PipelinesDialog
from app.ui.funnel.reports_view import ConversionView, ForecastView
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import isolate

SEARCH_DELAY_MS = 250
BOARD, LIST, FORECAST, CONVERSION = "board", "list", "forecast", "conversion"
__all__ = ["CardRole", "DealCardModel", "FunnelWorkspace", "LostChoice", "OverdueTaskRole", "StageColumn",
           "decode_deal", "encode_deal", "format_money"]


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
        # A template, not "name · n": in Persian and Arabic digits a zero is itself a dot ("۰ · ۰").
        self.title_label.setText(self.tr("{name} · {count}").format(name=isolate(column.name),
                                                                    count=QLocale().toString(column.count)))
        self.title_label.setToolTip(column.name)
        self.sum_label.setText("\n".join(format_money(amount, cur) for cur, amount in column.sums) or "—")
        self.model.set_cards(column.cards)

    def _open_current(self, on_open: Callable[[DealCardRow], None]) -> None:
        card = self.view.currentIndex().data(CardRole)
        if card is not None:
            on_open(card)


class FunnelWorkspace(QWidget):
    """Filters on top; below, one of four views of the chosen pipeline: Board, List, Forecast, Conversion."""

    open_client = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("funnel_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        # Tests replace these: (parent, reasons) -> LostChoice | None (None: the user cancelled), and
        # the dialogs' classes (constructed, then exec(); deleted when they close).
        self.lost_reason_dialog_factory: Callable[..., LostChoice | None] = ask_lost_reason
        self.deal_dialog_factory = DealDialog
        self.pipelines_dialog_factory = PipelinesDialog
        self.delegate = DealCardDelegate(self)
        self._stale: set[str] = set()   # views to reload when they are shown next
        # Each board read is numbered; an answer to any but the latest is dropped (typing in the search,
        # changing filters quickly: an older, slower read must not overwrite a newer one).
        self._board_generation = 0

        self.toolbar = QToolBar(self, objectName="funnel_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self.toolbar.addAction(self.tr("New deal"), self.new_deal)
        self.new_action.setObjectName("new_deal_action")
        apply_rights({Action.CREATE: [self.new_action]}, rights_of(ctx), Area.DEALS)
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("refresh_action")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.pipelines_action = self.toolbar.addAction(self.tr("Pipelines…"), self.edit_pipelines)
        self.pipelines_action.setObjectName("pipelines_action")
        self.pipelines_action.setToolTip(self.tr("Edit pipelines, stages and lost reasons"))
        apply_rights({Action.EDIT: [self.pipelines_action]}, rights_of(ctx), Area.SETTINGS)
        self.toolbar.addSeparator()
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        self.view_button: dict[str, QToolButton] = {}
        for key, text in ((BOARD, self.tr("Board")), (LIST, self.tr("List")), (FORECAST, self.tr("Forecast")),
                          (CONVERSION, self.tr("Conversion"))):
            button = QToolButton(self, objectName=f"{key}_view_button")
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(True)
            self.view_buttons.addButton(button)
            self.toolbar.addWidget(button)
            self.view_button[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.show_view(k))
        self.view_button[BOARD].setChecked(True)
        self.toolbar.addSeparator()
        self.open_client_action = self.toolbar.addAction(self.tr("Open client"), self._open_selected_client)
        self.open_client_action.setObjectName("open_client_action")
        self.open_client_action.setVisible(False)

        self._build_filters()
        self.row = QWidget(self, objectName="board_row")
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(6)
        self.row_layout.addStretch(1)
        self.scroll = QScrollArea(self, objectName="board_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll.setWidget(self.row)
        self.list_view = DealListView(ctx, tasks, self.query, self)
        self.list_view.deal_activated.connect(self.open_deal_id)
        self.forecast_view = ForecastView(ctx, tasks, self)
        self.conversion_view = ConversionView(ctx, tasks, self)
        self.views = QStackedWidget(self, objectName="funnel_views")
        self.pages = {BOARD: self.scroll, LIST: self.list_view, FORECAST: self.forecast_view,
                      CONVERSION: self.conversion_view}
        for page in self.pages.values():
            self.views.addWidget(page)
        self.empty_label = QLabel(self, objectName="funnel_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.views, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        for combo in (self.pipeline_combo, self.manager_combo, self.tag_combo):
            combo.activated.connect(lambda _i: self.refresh())
        self.period_combo.activated.connect(lambda _i: self._period_chosen())
        for edit in (self.close_from_edit, self.close_to_edit):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_filters)

    def _build_filters(self) -> None:
        self.pipeline_combo = QComboBox(self, objectName="pipeline_combo")
        self.manager_combo = QComboBox(self, objectName="manager_combo")
        self.tag_combo = QComboBox(self, objectName="tag_combo")
        self.period_combo = QComboBox(self, objectName="period_combo")
        for period, text in ((ClosePeriod.ANY, self.tr("Any time")), (ClosePeriod.THIS_MONTH, self.tr("This month")),
                             (ClosePeriod.NEXT_MONTH, self.tr("Next month")),
                             (ClosePeriod.THIS_QUARTER, self.tr("This quarter")),
                             (ClosePeriod.CUSTOM, self.tr("Custom range…"))):
            self.period_combo.addItem(text, str(period))
        for combo in (self.pipeline_combo, self.manager_combo, self.tag_combo, self.period_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        today = QDate.currentDate()
        self.close_from_edit = QDateEdit(QDate(calendars.first_of_month(today.toPython())), self, objectName="close_from_edit")
        self.close_to_edit = QDateEdit(today.addMonths(1), self, objectName="close_to_edit")
        for edit in (self.close_from_edit, self.close_to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
            edit.hide()
        self.search_edit = QLineEdit(self, objectName="funnel_search")
        self.search_edit.setPlaceholderText(self.tr("Search deals and clients…"))
        self.search_edit.setClearButtonEnabled(True)
        self.filters = QHBoxLayout()
        self._deal_filters: list[QWidget] = []
        for label, widget, deals_only in ((self.tr("Pipeline:"), self.pipeline_combo, False),
                                          (self.tr("Manager:"), self.manager_combo, False),
                                          (self.tr("Tag:"), self.tag_combo, True),
                                          (self.tr("Closing:"), self.period_combo, True)):
            caption = QLabel(label, self)
            self.filters.addWidget(caption)
            self.filters.addWidget(widget)
            if deals_only:
                self._deal_filters += [caption, widget]
            if widget is self.manager_combo:
                self._manager_filter = [caption, widget]
        self.filters.addWidget(self.close_from_edit)
        self.filters.addWidget(self.close_to_edit)
        self.filters.addWidget(self.search_edit, 100)
        self._deal_filters.append(self.search_edit)
        # Takes the room the search box leaves when the report views hide it.
        self.filters.addStretch(1)

    # -- filters -------------------------------------------------------------------------------
    def reload_filters(self) -> None:
        """Fill the pipeline, manager and tag pickers (keeping the choices), then the current view."""
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

    def _period_chosen(self) -> None:
        custom = self.period_combo.currentData() == ClosePeriod.CUSTOM
        self.close_from_edit.setVisible(custom and self.current_view in (BOARD, LIST))
        self.close_to_edit.setVisible(custom and self.current_view in (BOARD, LIST))
        self.refresh()

    def close_range(self, today: date | None = None) -> tuple[date | None, date | None]:
        """The expected-close range the period filter asks for, in the user's local dates."""
        period = self.period_combo.currentData()
        if period == ClosePeriod.CUSTOM:
            start, end = self.close_from_edit.date().toPython(), self.close_to_edit.date().toPython()
            return (start, end) if start <= end else (end, start)
        return close_period(period, today or date.today(), calendar=calendars.current_system())

    def query(self) -> DealQuery | None:
        """What the board and the list show now (None: there is no pipeline yet)."""
        if self.pipeline_id is None:
            return None
        start, end = self.close_range()
        return DealQuery(self.pipeline_id, manager_id=self.manager_combo.currentData(),
                         tag_id=self.tag_combo.currentData(), search=self.search_edit.text().strip(),
                         expected_from=start, expected_to=end)

    # -- views ---------------------------------------------------------------------------------
    @property
    def current_view(self) -> str:
        return next((key for key, page in self.pages.items() if page is self.views.currentWidget()), BOARD)

    def show_view(self, key: str) -> None:
        """Switch to Board, List, Forecast or Conversion (the filters that do not apply are hidden)."""
        self.view_button[key].setChecked(True)
        self.views.setCurrentWidget(self.pages[key])
        for widget in self._deal_filters:
            widget.setVisible(key in (BOARD, LIST))
        for widget in self._manager_filter:  # conversion counts every manager's deals
            widget.setVisible(key != CONVERSION)
        custom = self.period_combo.currentData() == ClosePeriod.CUSTOM and key in (BOARD, LIST)
        self.close_from_edit.setVisible(custom)
        self.close_to_edit.setVisible(custom)
        self.open_client_action.setVisible(key == LIST)
        if key in self._stale:
            self._load(key)

    def refresh(self) -> None:
        """Reload the view on screen; the others reload when they are shown next."""
        self._stale = {BOARD, LIST, FORECAST, CONVERSION}
        self._load(self.current_view)

    def _load(self, key: str) -> None:
        self._stale.discard(key)
        pipeline_id = self.pipeline_id
        if key == FORECAST:
            self.forecast_view.load(pipeline_id, self.manager_combo.currentData())
        elif key == CONVERSION:
            self.conversion_view.load(pipeline_id, name=self.pipeline_combo.currentText())
        elif key == LIST:
            self.list_view.refresh()
        else:
            self._board_generation += 1
            gen = self._board_generation
            if pipeline_id is None:
                self._show_board(gen, None)
                return
            query = self.query()
            assert query is not None
            self.tasks.read(lambda: self.ctx.funnel.board(
                query.pipeline_id, manager_id=query.manager_id, tag_id=query.tag_id, search=query.search,
                expected_from=query.expected_from, expected_to=query.expected_to),
                lambda board: self._show_board(gen, board), lambda exc: self._board_failed(gen, exc))

    # -- the board -----------------------------------------------------------------------------
    def _board_failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._board_generation:
            show_error(self, exc)

    def _show_board(self, gen: int, board: Board | None) -> None:
        if gen != self._board_generation:
            return  # the filters changed meanwhile; the newer board is on its way
        self.board = board
        no_pipeline = board is None and self.pipeline_id is None
        self.empty_label.setText(self.tr("No pipelines yet. Use “Pipelines…” to create one.")
                                 if no_pipeline else "")
        self.empty_label.setVisible(no_pipeline)
        columns = board.columns if board else ()
        same = [c.stage_id for c in self.columns] == [c.stage_id for c in columns]
        if not same:  # stages changed (or another pipeline): build the row of columns anew
            for old in self.columns:
                self.row_layout.removeWidget(old)
                old.deleteLater()
            self.columns = [StageColumn(c, self.delegate, self._dropped, self.open_card, self.row)
                            for c in columns]
            for i, col in enumerate(self.columns):
                self.row_layout.insertWidget(i, col)
        else:
            for col, data in zip(self.columns, columns, strict=True):
                col.show_column(data)

    def column(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage_id == stage_id), None)

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in ("deal", "client", "task", "lost_reason"):
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

    # -- dialogs -------------------------------------------------------------------------------
    def open_card(self, card: DealCardRow | None) -> None:
        if card is not None:
            self.open_deal_id(card.id)

    @staticmethod
    def _run_once(dialog) -> int:
        """exec() a dialog made for this one use; Qt deletes it once it closes (the workspace lives as long
        as the main window: every deal opened would otherwise stay in memory as its child)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec()

    def open_deal_id(self, deal_id: int) -> None:
        self._run_once(self.deal_dialog_factory(self.ctx, self.tasks, deal_id=deal_id, pipeline_id=self.pipeline_id,
                                                parent=self))

    def new_deal(self) -> None:
        self._run_once(self.deal_dialog_factory(self.ctx, self.tasks, deal_id=None, pipeline_id=self.pipeline_id,
                                                parent=self))

    def edit_pipelines(self) -> None:
        self._run_once(self.pipelines_dialog_factory(self.ctx, self.tasks, pipeline_id=self.pipeline_id,
                                                     parent=self))
        self.reload_filters()

    def _open_selected_client(self) -> None:
        row = self.list_view.current_row()
        if row is not None:
            self.open_client.emit(row.client_id)
