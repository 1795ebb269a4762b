"""The Sources report tab: per source and per campaign — leads, deals, won, won amount, cost per won deal."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.exports.activities import write_sources_report
from app.services.marketing import SourceReportRow
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.funnel.board import format_money
from app.ui.lazy_model import RIGHT, Column
from app.ui.marketing.rows_model import RowsModel
from app.ui.tasks import TaskRunner


def local_day_to_utc(day: QDate) -> datetime:
    """Local midnight of `day` as a naive UTC time (what the database stores)."""
    local = datetime.combine(day.toPython(), time.min).astimezone()
    return local.astimezone(UTC).replace(tzinfo=None)


class SourcesReportTab(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sources_report_tab")
        self.ctx, self.tasks = ctx, tasks
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-89), self, objectName="report_from_edit")
        self.to_edit = QDateEdit(today, self, objectName="report_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
        self.refresh_button = QPushButton(self.tr("Show"), self, objectName="report_refresh_button")
        self.refresh_button.clicked.connect(self.refresh)
        n = QLocale().toString
        self.model = RowsModel([
            Column(self.tr("Source / campaign"), self._label, width=240),
            Column(self.tr("Leads"), lambda r: n(r.leads), align=RIGHT, width=70),
            Column(self.tr("Deals"), lambda r: n(r.deals), align=RIGHT, width=70),
            Column(self.tr("Won"), lambda r: n(r.won), align=RIGHT, width=70),
            Column(self.tr("Won amount"), lambda r: "; ".join(format_money(a, c) for c, a in r.won_amounts) or "—",
                   align=RIGHT, width=200),
            Column(self.tr("Campaign cost"), lambda r: format_money(r.cost, r.cost_currency)
                   if r.cost is not None else "", align=RIGHT, width=130),
            Column(self.tr("Cost per won deal"), self._per_won, align=RIGHT, width=140)], parent=self)
        self.view = QTableView(self, objectName="sources_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("No deals, leads or campaigns in this period."), self,
                                  objectName="report_empty_label")
        self.empty_label.hide()
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_sources_button")
        self.export_button.setToolTip(self.tr("The report shown (its period) to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        self.shown: tuple[list[SourceReportRow], date, date] | None = None   # the rows and the period shown
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Deals created from"), self))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.to_edit)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        note = QLabel(self.tr("Campaign rows count deals and leads credited to the campaign; its whole cost is "
                              "divided by its won deals."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(note)

    def export_to_excel(self) -> None:
        """The report on screen, as it was calculated for its period, to an .xlsx file."""
        if self.shown is None:
            return
        rows, first, last = self.shown
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write_sources_report(
            rows, path, date_from=first, date_to=last, progress=progress), what=self.tr("the sources report"),
            suggested=f"sources-{first.isoformat()}-{last.isoformat()}.xlsx")
        self.excel_export.start()

    def _label(self, r: SourceReportRow) -> str:
        if r.kind == "campaign":
            return self.tr("Campaign: {0}").format(r.label)
        return r.label or self.tr("(no source)")

    def _per_won(self, r: SourceReportRow) -> str:
        if r.kind != "campaign":
            return ""
        return format_money(r.cost_per_won, r.cost_currency) if r.cost_per_won is not None else "—"

    def refresh(self) -> None:
        start = local_day_to_utc(self.from_edit.date())
        end = local_day_to_utc(self.to_edit.date()) + timedelta(days=1)
        period = (self.from_edit.date().toPython(), self.to_edit.date().toPython())
        self.tasks.read(lambda: self.ctx.marketing.source_report(start=start, end=end),
                        lambda rows: self._show(rows, period), lambda exc: show_error(self, exc))

    def _show(self, rows: list[SourceReportRow], period: tuple[date, date]) -> None:
        self.model.set_rows(rows)
        self.shown = (list(rows), *period)
        self.export_button.setEnabled(bool(rows))
        self.empty_label.setVisible(not rows)
