"""A client's timeline: everything that happened with them, newest first, grouped by day.

Filter chips (All / Interactions / Tasks / Deals / Service) with counts, quick-log buttons, and
older entries fetched page by page when the list is scrolled to its end (or "Load more" is pressed).
Activating an entry (double-click, Enter) opens it: an interaction in the log dialog here, any other
record through `record_activated(record_kind, id)` for the main window to open.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.timeline import FILTER_GROUPS, TimelineEntry
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.tasks import TaskRunner
from app.ui.timeline.delegate import TimelineDelegate
from app.ui.timeline.log_dialog import LogInteractionDialog
from app.ui.timeline.model import TimelineModel

PAGE_SIZE = 100
# Saving any of these may add to, or change, what a client's timeline shows.
WATCHED_ENTITIES = frozenset({"interaction", "task", "deal", "service_request", "campaign", "client",
                              "stock_document", "document", "payment"})


class TimelineList(QListView):
    """The list itself: Enter and double-click activate the current entry (never a single click)."""

    entry_activated = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_list")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.doubleClicked.connect(self.entry_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            event.accept()
            self.entry_activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TimelineView(QWidget):
    record_activated = Signal(str, int)  # record_kind, id — for records other than interactions

    FILTERS = (
        ("all", QT_TRANSLATE_NOOP("TimelineView", "All")),
        ("interactions", QT_TRANSLATE_NOOP("TimelineView", "Interactions")),
        ("tasks", QT_TRANSLATE_NOOP("TimelineView", "Tasks")),
        ("deals", QT_TRANSLATE_NOOP("TimelineView", "Deals")),
        ("service", QT_TRANSLATE_NOOP("TimelineView", "Service")),
        ("documents", QT_TRANSLATE_NOOP("TimelineView", "Documents")),
    )
    QUICK_LOG = (
        ("call", QT_TRANSLATE_NOOP("TimelineView", "Log call")),
        ("meeting", QT_TRANSLATE_NOOP("TimelineView", "Log meeting")),
        ("email", QT_TRANSLATE_NOOP("TimelineView", "Log e-mail")),
        ("note", QT_TRANSLATE_NOOP("TimelineView", "Add note")),
    )

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, deal_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.ctx, self.tasks = ctx, tasks
        self.client_id, self.deal_id = client_id, deal_id
        self.group = "all"
        self.counts: dict[str, int] = {}
        self.log_dialog: LogInteractionDialog | None = None
        self._generation = 0
        self._stale = True
        self.gone = False           # the client was merged away or deleted: nothing more to load
        self._build()
        self.tasks.changed.connect(self._something_changed)

    def _build(self) -> None:
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        chips = QHBoxLayout()
        chips.setSpacing(4)
        for key, _label in self.FILTERS:
            button = QPushButton(self, objectName=f"filter_{key}_button")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setChecked(key == "all")
            button.clicked.connect(lambda _checked=False, k=key: self.set_filter(k))
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            chips.addWidget(button)
        chips.addStretch(1)
        self.log_buttons: dict[str, QPushButton] = {}
        for kind, label in self.QUICK_LOG:
            button = QPushButton(self.tr(label), self, objectName=f"log_{kind}_button")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, k=kind: self.log(k))
            self.log_buttons[kind] = button
            chips.addWidget(button)
        self.log_buttons["call"].setToolTip(self.tr("Log a call (Ctrl+L)"))
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_timeline_button")
        self.export_button.setAutoDefault(False)
        self.export_button.setToolTip(self.tr("The whole timeline under the chosen filter (also the older entries "
                                              "not loaded yet) to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        chips.addWidget(self.export_button)
        self.excel_export: ExcelExport | None = None
        self._label_filters()

        self.model = TimelineModel(self)
        self.model.fetch_more = self.load_more
        self.list = TimelineList(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TimelineDelegate(self.list))
        self.list.entry_activated.connect(self._activated)
        self.empty_label = QLabel(self, objectName="timeline_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.pages = QStackedWidget(self, objectName="timeline_pages")
        self.pages.addWidget(self.list)
        self.pages.addWidget(self.empty_label)
        self.load_more_button = QPushButton(self.tr("Load older entries"), self, objectName="load_more_button")
        self.load_more_button.setAutoDefault(False)
        self.load_more_button.clicked.connect(self.load_more)
        self.load_more_button.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(chips)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.load_more_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def _label_filters(self) -> None:
        total = sum(self.counts.values())
        for key, label in self.FILTERS:
            n = total if key == "all" else sum(self.counts.get(k, 0) for k in FILTER_GROUPS[key])
            text = self.tr(label)
            self.filter_buttons[key].setText(f"{text} · {n}" if self.counts else text)

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the newest page again (now if shown, else the next time the view is shown)."""
        if self.gone:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        gen, client_id, kinds = self._generation, self.client_id, self._kinds()
        timeline = self.ctx.timeline

        def fetch():
            entries, more = timeline.client_timeline(client_id, limit=PAGE_SIZE, kinds=kinds)
            return entries, more, timeline.timeline_counts(client_id)
        self.model.loading = True
        self.tasks.read(fetch, lambda result: self._loaded(gen, *result), lambda exc: self._failed(gen, exc),
                        name="timeline")

    def _kinds(self) -> frozenset[str] | None:
        return None if self.group == "all" else FILTER_GROUPS[self.group]

    def _loaded(self, gen: int, entries: list[TimelineEntry], more: bool, counts: dict[str, int]) -> None:
        if gen != self._generation:
            return
        self.model.loading = False
        self.counts = counts
        self._label_filters()
        self.model.set_entries(entries, more)
        self._show_state()

    def load_more(self) -> None:
        """Fetch the page of entries older than the oldest one shown."""
        if self.gone or self.model.loading or not self.model.has_more or not self.model.entries:
            return
        gen, client_id, kinds = self._generation, self.client_id, self._kinds()
        before = self.model.entries[-1].at
        timeline = self.ctx.timeline
        self.model.loading = True
        self.tasks.read(lambda: timeline.client_timeline(client_id, before=before, limit=PAGE_SIZE, kinds=kinds),
                        lambda result: self._more_loaded(gen, *result), lambda exc: self._failed(gen, exc),
                        name="timeline page")

    def _more_loaded(self, gen: int, entries: list[TimelineEntry], more: bool) -> None:
        if gen != self._generation:
            return
        self.model.loading = False
        self.model.append_entries(entries, more)
        self._show_state()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._generation:
            return
        self.model.loading = False
        if isinstance(exc, NotFound) and exc.entity == "client":
            self.client_gone()
            return
        show_error(self, exc)

    def client_gone(self) -> None:
        """The client was merged into another or deleted: say so once and stop following changes (every
        later save anywhere would otherwise reload it and pop the same error)."""
        if self.gone:
            return
        self.gone = True
        self._generation += 1       # answers still on their way are dropped
        self.tasks.changed.disconnect(self._something_changed)
        self.model.set_entries([], False)
        self.counts = {}
        self._label_filters()
        for button in (*self.filter_buttons.values(), *self.log_buttons.values(), self.export_button):
            button.setEnabled(False)
        self.load_more_button.hide()
        self.empty_label.setText(self.tr("This client no longer exists (merged or deleted)."))
        self.pages.setCurrentWidget(self.empty_label)

    def _show_state(self) -> None:
        if self.model.rowCount():
            self.pages.setCurrentWidget(self.list)
        else:
            self.empty_label.setText(
                self.tr("Nothing here yet.\nLog a call or add a note with the buttons above.") if self.group == "all"
                else self.tr("Nothing of this kind yet."))
            self.pages.setCurrentWidget(self.empty_label)
        self.load_more_button.setVisible(self.model.has_more)

    def set_filter(self, group: str) -> None:
        self.group = group
        self.filter_buttons[group].setChecked(True)
        self._stale = True
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _something_changed(self, entity: str, ids: tuple) -> None:
        if entity not in WATCHED_ENTITIES:
            return
        if entity == "client" and ids and self.client_id not in ids:
            return
        self.refresh()

    def export_to_excel(self) -> None:
        """Every entry of the client's timeline under the current filter, newest first, to an .xlsx file."""
        if self.gone:
            return
        client_id, group, exports = self.client_id, self.group, self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_timeline(
            path, client_id, group=group, progress=progress), what=self.tr("the timeline"),
            suggested=f"timeline-{client_id}-{group}.xlsx")
        self.excel_export.start()

    # -- acting on entries ------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if entry.record_kind == "interaction":
            self.open_dialog(kind=entry.kind, interaction_id=entry.record_id)
        else:
            self.record_activated.emit(entry.record_kind, entry.record_id)

    def log(self, kind: str = "call") -> LogInteractionDialog | None:
        """Open the log dialog for a new call, meeting, e-mail or note (window-modal, not blocking)."""
        return self.open_dialog(kind=kind)

    def open_dialog(self, *, kind: str = "call", interaction_id: int | None = None) -> LogInteractionDialog | None:
        if self.gone:
            return None
        if self.log_dialog is not None:
            self.log_dialog.close()
        dialog = LogInteractionDialog(self.ctx, self.tasks, client_id=self.client_id, deal_id=self.deal_id,
                                      kind=kind, interaction_id=interaction_id, parent=self)
        dialog.finished.connect(lambda _result, d=dialog: self._dialog_closed(d))
        self.log_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: LogInteractionDialog) -> None:
        if self.log_dialog is dialog:
            self.log_dialog = None
        dialog.deleteLater()


__all__ = ["TimelineList", "TimelineView"]
