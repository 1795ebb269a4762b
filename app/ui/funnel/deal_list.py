"""The funnel's List view: the board's deals as a lazily paged table, sorted by clicking a header (in SQL)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.funnel import DealListRow, DealQuery
from app.ui.excel_export import ExcelExport
from app.ui.funnel.money import format_money, format_percent
from app.ui.lazy_model import RIGHT, Column, LazyTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date
from app.ui.widgets import ERROR_COLOR

OVERDUE_MARK = "●"


class DealListModel(LazyTableModel):
    """The lazy table over `ctx.funnel.deal_list_*`; the overdue-task column is red, and
    `OverdueTaskRole` says whether a row has an open task past due."""

    OverdueTaskRole = Qt.ItemDataRole.UserRole + 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == self.OverdueTaskRole:
            row = self.row_at(index.row()) if index.isValid() else None
            return None if row is None else row.overdue_task
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            row = self.row_at(index.row())
            key = self.columns[index.column()].sort_key
            if row is not None and (key == "overdue" or (key == "expected_close" and row.overdue_close)):
                return QColor(ERROR_COLOR)
            return None
        return super().data(index, role)


class DealListView(QWidget):
    """The table of deals; `state()` is the workspace's current DealQuery (None: no pipeline)."""

    deal_activated = Signal(int)   # double-click or Enter on a row: the deal's id
    counted = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, state: Callable[[], DealQuery | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deal_list_view")
        self.ctx, self.tasks, self._query = ctx, tasks, state
        tr = self.tr
        columns = [
            Column(tr("Title"), lambda r: r.title, "title", width=180),
            Column(tr("Client"), lambda r: r.client_name, "client", width=160),
            Column(tr("Stage"), lambda r: r.stage_name, "stage", width=100),
            Column(tr("Amount"), lambda r: format_money(r.amount, r.currency), "amount", RIGHT, width=120),
            Column(tr("Probability"), lambda r: format_percent(r.probability), "probability", RIGHT, width=80),
            Column(tr("Weighted"), lambda r: format_money(r.weighted, r.currency), "weighted", RIGHT, width=120),
            Column(tr("Expected close"), lambda r: numeric_date(r.expected_close),
                   "expected_close", width=100),
            Column(tr("Manager"), lambda r: r.manager_name, "manager", width=130),
            Column(tr("Days in stage"), lambda r: QLocale().toString(r.days_in_stage), "days_in_stage", RIGHT,
                   width=95),
            Column(tr("Overdue"), lambda r: OVERDUE_MARK if r.overdue_task else "", "overdue",
                   Qt.AlignmentFlag.AlignCenter, tooltip=lambda r: tr("An open task is past due")
                   if r.overdue_task else "", width=60),
        ]
        self.model = DealListModel(columns, tasks, state=self._query, fetch_first=self._fetch_first,
                                   fetch_page=self._fetch_page, parent=self)
        self.model.sort_key = "expected_close"
        self.model.loaded.connect(self.counted)
        self.model.loaded.connect(self._show_count)

        self.table = QTableView(self, objectName="deal_table")
        self.table.setModel(self.model)
        self.model.keep_place(self.table)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, col.width)
        self.table.doubleClicked.connect(lambda idx: self._activate(idx.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activate(self.table.currentIndex().row()))
        self.empty_label = QLabel(self.tr("No deals match the filters."), self, objectName="deal_list_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel(self, objectName="deal_list_count")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.stack, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_deals_button")
        self.export_button.setToolTip(self.tr("The deals the list shows (its filters and sort), to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        footer.addWidget(self.export_button)
        apply_rights({Action.EXPORT: [self.export_button]}, rights_of(ctx), Area.DEALS)
        layout.addLayout(footer)
        self.excel_export: ExcelExport | None = None

    def _fetch_first(self, query: DealQuery | None, sort: str, descending: bool,
                     limit: int) -> tuple[int, list[DealListRow]]:
        if query is None:
            return 0, []
        return self.ctx.funnel.deal_list_first(query, sort=sort, descending=descending, limit=limit)

    def _fetch_page(self, query: DealQuery | None, sort: str, descending: bool, offset: int,
                    limit: int) -> list[DealListRow]:
        if query is None:
            return []
        return self.ctx.funnel.deal_list_page(query, sort=sort, descending=descending, offset=offset, limit=limit)

    def refresh(self) -> None:
        self.model.refresh()

    def export_to_excel(self) -> None:
        """The deals the list shows (the board's filters, the list's sort) to an .xlsx file."""
        query = self._query()
        if query is None:
            return
        sort, descending = self.model.sort_key or "title", self.model.descending
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_deals(
            path, query, sort=sort, descending=descending, progress=progress), what=self.tr("deals"),
            suggested=f"deals-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx", status=self.count_label.setText)
        self.excel_export.start()

    def _show_count(self, count: int) -> None:
        self.stack.setCurrentWidget(self.table if count else self.empty_label)
        self.count_label.setText(self.tr("%n deal(s)", "", count))

    def current_row(self) -> DealListRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _activate(self, row: int) -> None:
        deal_id = self.model.id_at(row) if row >= 0 else None
        if deal_id is not None:
            self.deal_activated.emit(deal_id)
