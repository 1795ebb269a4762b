"""The Reports area: the report list on the left; on the right the period picker, the report's grouping and
filters, saved presets, the table with its totals row and the chart, and Export to Excel / PDF."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.reports import SPECS, ReportParams, ReportResult
from app.services.reports.export import write_pdf, write_xlsx
from app.ui import calendars
from app.ui.errors import show_error
from app.ui.reports.chart import ReportChart
from app.ui.reports.format import GROUP_TITLES, STEP_TITLES, period_text, tr
from app.ui.reports.period_picker import PeriodPicker
from app.ui.reports.table_model import ReportTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date

REPORT_TITLES = {
    "sales": QT_TR_NOOP("Sales"),
    "margin": QT_TR_NOOP("Gross margin"),
    "cash_flow": QT_TR_NOOP("Cash-flow forecast"),
    "production": QT_TR_NOOP("Production output and cost"),
    "stock_movements": QT_TR_NOOP("Stock movements"),
    "stock_valuation": QT_TR_NOOP("Stock valuation"),
    "receivables_aging": QT_TR_NOOP("Receivables aging"),
    "payables_aging": QT_TR_NOOP("Payables aging"),
    "manager_activity": QT_TR_NOOP("Manager activity"),
    "lost_reasons": QT_TR_NOOP("Lost reasons"),
    "funnel_conversion": QT_TR_NOOP("Funnel conversion"),
}
# The reports the manager filter applies to (a document's manager, or a deal's).
MANAGER_REPORTS = ("sales", "margin", "funnel_conversion")
FILE_FILTERS = {"xlsx": QT_TR_NOOP("Excel workbook (*.xlsx)"), "pdf": QT_TR_NOOP("PDF document (*.pdf)")}


def category_paths(categories) -> list[tuple[int, str]]:
    """Each category with its path ("Furniture / Chairs"), in path order."""
    by_id = {c.id: c for c in categories}

    def path(c) -> str:
        parts, seen = [], set()
        while c is not None and c.id not in seen:
            seen.add(c.id)
            parts.append(c.name)
            c = by_id.get(c.parent_id)
        return " / ".join(reversed(parts))

    return sorted(((c.id, path(c)) for c in categories), key=lambda item: item[1].casefold())


def ask_save_path(parent: QWidget, suggested: str, kind: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Export the report"), suggested, tr(FILE_FILTERS[kind]))
    return path


def ask_preset_name(parent: QWidget, suggested: str) -> str | None:
    name, ok = QInputDialog.getText(parent, tr("Save preset"), tr("Preset name:"), text=suggested)
    return name if ok else None


class ReportsWorkspace(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.result: ReportResult | None = None
        self.presets: list = []
        # Tests replace these: they stand for the modal dialogs.
        self.save_path_dialog: Callable[[QWidget, str, str], str] = ask_save_path
        self.preset_name_dialog: Callable[[QWidget, str], str | None] = ask_preset_name
        self._loading = False

        self.report_list = QListWidget(self, objectName="report_list")
        self.report_list.setMaximumWidth(240)
        for key, spec in SPECS.items():
            item = QListWidgetItem(tr(REPORT_TITLES.get(key, spec.title)))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.report_list.addItem(item)
        self.period = PeriodPicker(self)
        self.group_combo = QComboBox(self, objectName="report_group_combo")
        self.step_combo = QComboBox(self, objectName="report_step_combo")
        for step, title in STEP_TITLES.items():
            self.step_combo.addItem(tr(title), step)
        self.manager_combo = QComboBox(self, objectName="report_manager_combo")
        self.manager_combo.addItem(tr("All managers"), None)
        self.category_combo = QComboBox(self, objectName="report_category_combo")
        self.category_combo.addItem(tr("All categories"), None)
        self.warehouse_combo = QComboBox(self, objectName="report_warehouse_combo")
        self.warehouse_combo.addItem(tr("All warehouses"), None)
        self.pipeline_combo = QComboBox(self, objectName="report_pipeline_combo")
        self.pipeline_combo.addItem(tr("All pipelines"), None)
        # Shown once the company has branches: every report can be cut to one of them.
        self.branch_combo = QComboBox(self, objectName="report_branch_combo")
        self.branch_combo.addItem(tr("All branches"), None)
        self.branch_combo.setVisible(False)
        self.group_label = QLabel(tr("Group by:"), self)
        self.refresh_button = QPushButton(tr("&Refresh"), self, objectName="report_refresh_button")
        self.preset_combo = QComboBox(self, objectName="report_preset_combo")
        self.preset_combo.setMinimumWidth(160)
        self.save_preset_button = QPushButton(tr("Save preset…"), self, objectName="report_save_preset_button")
        self.delete_preset_button = QPushButton(tr("Delete preset"), self, objectName="report_delete_preset_button")
        self.excel_button = QPushButton(tr("Export to &Excel…"), self, objectName="report_excel_button")
        self.pdf_button = QPushButton(tr("Export to &PDF…"), self, objectName="report_pdf_button")
        self.title_label = QLabel(self, objectName="report_title_label")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.note_label = QLabel(self, objectName="report_note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: palette(mid);")
        self.status_label = QLabel(self, objectName="report_status_label")
        self.model = ReportTableModel(self)
        self.table = QTableView(self, objectName="report_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.chart = ReportChart(self)
        self.empty_label = QLabel(self, objectName="report_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.period)
        filters.addStretch(1)
        options = QHBoxLayout()
        for w in (self.group_label, self.group_combo, self.step_combo, self.pipeline_combo, self.manager_combo,
                  self.category_combo, self.warehouse_combo, self.branch_combo, self.refresh_button):
            options.addWidget(w)
        options.addStretch(1)
        options.addWidget(QLabel(tr("Preset:"), self))
        for w in (self.preset_combo, self.save_preset_button, self.delete_preset_button):
            options.addWidget(w)
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.excel_button)
        head.addWidget(self.pdf_button)
        split = QSplitter(Qt.Orientation.Vertical, self, objectName="report_splitter")
        table_box = QWidget(split)
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table)
        tl.addWidget(self.empty_label)
        split.addWidget(table_box)
        split.addWidget(self.chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right = QVBoxLayout()
        right.addLayout(filters)
        right.addLayout(options)
        right.addLayout(head)
        right.addWidget(self.note_label)
        right.addWidget(split, 1)
        right.addWidget(self.status_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.report_list)
        layout.addLayout(right, 1)

        self.report_list.currentRowChanged.connect(self._report_chosen)
        self.period.changed.connect(self.run)
        for combo in (self.group_combo, self.step_combo, self.manager_combo, self.category_combo, self.warehouse_combo,
                      self.pipeline_combo, self.branch_combo):
            combo.activated.connect(lambda _i: self.run())
        self.refresh_button.clicked.connect(self.run)
        self.preset_combo.activated.connect(self._preset_chosen)
        self.save_preset_button.clicked.connect(self.save_preset)
        self.delete_preset_button.clicked.connect(self.delete_preset)
        self.excel_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        apply_rights({Action.EXPORT: [self.excel_button], Action.PRINT: [self.pdf_button]}, rights_of(self.ctx),
                     Area.REPORTS)
        # Documents, payments, stock or production changed elsewhere: a report on screen follows.
        self.tasks.changed.connect(self._data_changed)
        self._load_choices()
        self.report_list.setCurrentRow(0)

    # -- choices -----------------------------------------------------------------------------------
    def _load_choices(self) -> None:
        def fill(data) -> None:
            users, warehouses, categories, pipelines, branches = data
            for b in branches:
                self.branch_combo.addItem(b.name, b.id)
            self.branch_combo.setVisible(bool(branches))
            for p in pipelines:
                self.pipeline_combo.addItem(p.name, p.id)
            for u in users:
                self.manager_combo.addItem(u.full_name, u.id)
            for w in warehouses:
                self.warehouse_combo.addItem(w.name, w.id)
            for ident, path in category_paths(categories):
                self.category_combo.addItem(path, ident)

        self.tasks.read(lambda: (self.ctx.users.list_users(), self.ctx.stock.list_warehouses(),
                                 self.ctx.catalog.list_categories(), self.ctx.funnel.list_pipelines(),
                                 self.ctx.access.list_branches()), fill, lambda exc: show_error(self, exc))

    def report_key(self) -> str:
        item = self.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "sales"

    def _report_chosen(self, _row: int) -> None:
        spec = SPECS[self.report_key()]
        self._loading = True
        self.group_combo.clear()
        for g in spec.groups:
            self.group_combo.addItem(tr(GROUP_TITLES[g]), g)
        self.group_label.setVisible(bool(spec.groups))
        self.group_combo.setVisible(bool(spec.groups))
        self.step_combo.setVisible(spec.steps)
        self.manager_combo.setVisible(spec.key in MANAGER_REPORTS)
        self.pipeline_combo.setVisible(spec.key == "funnel_conversion")
        self.category_combo.setVisible(spec.key in ("sales", "margin"))
        self.warehouse_combo.setVisible(spec.warehouse)
        self.period.compare_check.setVisible(spec.compares)
        # Valuation and aging are read at the end of the period's last day.
        self.period.caption.setText(tr("At the end of:") if spec.at_end else tr("Period:"))
        self._loading = False
        self._load_presets()
        self.run()

    def params(self) -> ReportParams:
        start, end = self.period.dates()
        return ReportParams(period_kind=self.period.kind(), start=start, end=end,
                            compare=self.period.compare_check.isChecked(),
                            group_by=self.group_combo.currentData() or "", step=self.step_combo.currentData(),
                            manager_id=self.manager_combo.currentData() if self.manager_combo.isVisibleTo(self) else None,
                            category_id=self.category_combo.currentData() if self.category_combo.isVisibleTo(self)
                            else None,
                            warehouse_id=self.warehouse_combo.currentData() if self.warehouse_combo.isVisibleTo(self)
                            else None,
                            pipeline_id=self.pipeline_combo.currentData() if self.pipeline_combo.isVisibleTo(self)
                            else None,
                            branch_id=self.branch_combo.currentData())

    def _data_changed(self, entity: str, _ids) -> None:
        if entity != "user_setting" and self.isVisible() and self.result is not None:
            self.run()

    # -- running -----------------------------------------------------------------------------------
    def run(self) -> None:
        if self._loading:
            return
        report, params, system = self.report_key(), self.params(), calendars.current_system()
        self.status_label.setText(tr("Running…"))
        self.tasks.read(lambda: self.ctx.reports.run_report(report, params, calendar=system), self._shown,
                        self._failed, name=f"report {report}")

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText("")
        show_error(self, exc)

    def _shown(self, result: ReportResult) -> None:
        self.result = result
        self.model.set_result(result)
        self.chart.set_result(result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, self.model.columnCount()):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        title = " · ".join(part for part in (result.title, period_text(result.period), result.currency) if part)
        if result.previous is not None:
            title += " " + tr("(vs {period})").format(period=period_text(result.previous.period))
        self.title_label.setText(title)
        self.note_label.setText(result.note)
        empty = not result.rows
        self.empty_label.setText(tr("{what}: nothing between {start} and {end}.").format(
            what=tr(REPORT_TITLES.get(result.report, result.title)), start=numeric_date(result.period.start),
            end=numeric_date(result.period.end)) if empty else "")
        self.empty_label.setVisible(empty)
        self.excel_button.setEnabled(not empty)
        self.pdf_button.setEnabled(not empty)
        self.status_label.setText(tr("%n row(s)", "", len(result.rows)))

    # -- presets -----------------------------------------------------------------------------------
    def _load_presets(self, select: str | None = None) -> None:
        report = self.report_key()

        def fill(presets) -> None:
            self.presets = list(presets)
            self.preset_combo.clear()
            self.preset_combo.addItem(tr("(choose a preset)"), None)
            for p in self.presets:
                self.preset_combo.addItem(p.name, p.name)
            self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(select)) if select else 0)
            self.delete_preset_button.setEnabled(bool(self.presets))

        self.tasks.read(lambda: self.ctx.reports.list_presets(report), fill, lambda exc: show_error(self, exc))

    def _preset_chosen(self, _index: int) -> None:
        name = self.preset_combo.currentData()
        preset = next((p for p in self.presets if p.name == name), None)
        if preset is None:
            return
        p = preset.params
        self.period.set_period(p.period_kind, p.start, p.end, compare=p.compare)
        for combo, value in ((self.group_combo, p.group_by), (self.step_combo, p.step),
                             (self.manager_combo, p.manager_id), (self.category_combo, p.category_id),
                             (self.warehouse_combo, p.warehouse_id), (self.pipeline_combo, p.pipeline_id),
                             (self.branch_combo, p.branch_id)):
            i = combo.findData(value)
            if i >= 0:
                combo.setCurrentIndex(i)
        self.run()

    def save_preset(self) -> None:
        name = self.preset_name_dialog(self, self.preset_combo.currentData() or "")
        if not name:
            return
        report, params = self.report_key(), self.params()
        if params.period_kind != "custom":
            params = ReportParams(**{**{f: getattr(params, f) for f in params.__dataclass_fields__},
                                     "start": None, "end": None})
        self.tasks.write(lambda: self.ctx.reports.save_preset(report, name, params),
                         lambda saved: self._load_presets(saved.name), lambda exc: show_error(self, exc))

    def delete_preset(self) -> None:
        name = self.preset_combo.currentData()
        if not name:
            return
        report = self.report_key()
        self.tasks.write(lambda: self.ctx.reports.delete_preset(report, name), lambda _r: self._load_presets(),
                         lambda exc: show_error(self, exc))

    # -- export ------------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        result = self.result
        if result is None:
            return
        path = self.save_path_dialog(self, f"{result.report}-{result.period.start}-{result.period.end}.{kind}", kind)
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        writer = write_xlsx if kind == "xlsx" else write_pdf
        self.tasks.read(lambda: writer(result, path),
                        lambda _r: self.status_label.setText(tr("Saved {path}").format(path=path)),
                        lambda exc: show_error(self, exc), name=f"export {kind}")
