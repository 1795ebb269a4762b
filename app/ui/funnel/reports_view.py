"""The funnel's Forecast and Conversion screens: a chart above a table, computed by `app.services.funnel.reports`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.exports.funnel_tables import write_conversion, write_forecast
from app.services.funnel import ConversionRow, Forecast
from app.services.funnel.report_forms import NO_DATE, UNASSIGNED
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.funnel.money import format_money, format_percent
from app.ui.tasks import TaskRunner
from app.ui.text import isolate

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BAR_COLOR = QColor("#3f7fbf")


class TextTableModel(QAbstractTableModel):
    """A small read-only table of ready-made texts (a report's few dozen rows); the first column
    leads, the others are figures aligned right. The last row may be a bold total."""

    def __init__(self, headers: Sequence[str], parent=None):
        super().__init__(parent)
        self.headers = list(headers)
        self.rows: list[list[str]] = []
        self.bold_last = False

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[str]], *, bold_last: bool = False) -> None:
        self.beginResetModel()
        self.headers = list(headers)
        self.rows = [list(r) for r in rows]
        self.bold_last = bold_last and bool(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(LEFT if section == 0 else RIGHT)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) \
                or not (0 <= index.column() < len(self.headers)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(LEFT if index.column() == 0 else RIGHT)
        if role == Qt.ItemDataRole.FontRole and self.bold_last and index.row() == len(self.rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def texts(self) -> list[list[str]]:
        return [list(r) for r in self.rows]


def _table(model: QAbstractTableModel, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _chart_view(name: str, parent: QWidget) -> QChartView:
    view = QChartView(parent, objectName=name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    chart = QChart()
    chart.legend().hide()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view.setChart(chart)
    return view


class ForecastView(QWidget):
    """Weighted amounts of open deals by expected-close month, one currency at a time: bars, and a
    month × manager table with totals. Different currencies are never added together."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forecast_view")
        self.ctx, self.tasks = ctx, tasks
        self.forecast: Forecast | None = None
        self._generation = 0
        self.currency_combo = QComboBox(self, objectName="forecast_currency_combo")
        self.currency_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.summary_label = QLabel(self, objectName="forecast_summary")
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_forecast_button")
        self.export_button.setToolTip(self.tr("The table below (weighted amounts by month and manager, this "
                                              "currency) to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.excel_export: ExcelExport | None = None
        self.chart_view = _chart_view("forecast_chart", self)
        self.model = TextTableModel([], self)
        self.table = _table(self.model, "forecast_table", self)
        self.empty_label = QLabel(self.tr("No open deals to forecast."), self, objectName="forecast_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Currency:"), self))
        top.addWidget(self.currency_combo)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.export_button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setSizes([300, 300])
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)

    def load(self, pipeline_id: int | None, manager_id: int | None) -> None:
        self._generation += 1       # only the latest read's answer is shown
        gen = self._generation
        system = calendars.current_system()
        self.tasks.read(lambda: self.ctx.funnel.forecast(pipeline_id=pipeline_id, manager_id=manager_id,
                                                         calendar=system),
                        lambda forecast: self._loaded(gen, forecast), lambda exc: self._failed(gen, exc))

    def _loaded(self, gen: int, forecast: Forecast) -> None:
        if gen == self._generation:
            self.show_forecast(forecast)

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            show_error(self, exc)

    def show_forecast(self, forecast: Forecast) -> None:
        self.forecast = forecast
        chosen = self.currency_combo.currentText()
        self.currency_combo.blockSignals(True)
        self.currency_combo.clear()
        self.currency_combo.addItems(list(forecast.currencies()))
        index = self.currency_combo.findText(chosen)
        self.currency_combo.setCurrentIndex(index if index >= 0 else 0)
        self.currency_combo.blockSignals(False)
        self._show()

    def _month(self, key: str | None) -> str:
        if key is None:
            return self.tr("No date")
        return calendars.month_key_title(key, "MMM yyyy")

    def _show(self) -> None:
        forecast, currency = self.forecast, self.currency_combo.currentText()
        empty = forecast is None or not currency
        self.empty_label.setVisible(empty)
        self.split.setVisible(not empty)
        self.export_button.setEnabled(not empty)
        if empty:
            self.model.set_rows([], [])
            self.summary_label.clear()
            return
        assert forecast is not None
        total = next(r for r in forecast.totals if r.currency == currency)
        self.summary_label.setText(self.tr("{n} open deals · amount {amount} · weighted {weighted}").format(
            n=QLocale().toString(total.count), amount=format_money(total.amount, currency),
            weighted=format_money(total.weighted, currency)))
        months = [r for r in forecast.by_month if r.currency == currency]
        managers = [r for r in forecast.by_manager if r.currency == currency]
        cells = {(c.month, c.manager_id): c.weighted for c in forecast.cells if c.currency == currency}
        headers = [self.tr("Month")] + [self.tr("Unassigned") if m.label == UNASSIGNED else m.label
                                        for m in managers] + [self.tr("Total")]
        rows = []
        for month in months:
            rows.append([self._month(month.key)]
                        + [format_money(cells[month.key, m.key], currency) if (month.key, m.key) in cells else ""
                           for m in managers]
                        + [format_money(month.weighted, currency)])
        rows.append([self.tr("Total")] + [format_money(m.weighted, currency) for m in managers]
                    + [format_money(total.weighted, currency)])
        self.model.set_rows(headers, rows, bold_last=True)
        self._chart(months, currency)

    def export_to_excel(self) -> None:
        """The forecast table of the chosen currency, as calculated, to an .xlsx file."""
        forecast, currency = self.forecast, self.currency_combo.currentText()
        if forecast is None or not currency:
            return
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write_forecast(
            forecast, currency, path, progress=progress), what=self.tr("the forecast"),
            suggested=f"forecast-{currency}-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    def _chart(self, months, currency: str) -> None:
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.tr("Weighted amount by expected close, {0}").format(currency))
        bars = QBarSet(self.tr("Weighted"))
        bars.setColor(BAR_COLOR)
        # Float only for drawing the bar heights; every figure shown as text stays Decimal.
        bars.append([float(m.weighted) for m in months])
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([self._month(m.key) if m.label != NO_DATE else self.tr("No date") for m in months])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setMin(0)
        axis_y.setMax(max([float(m.weighted) for m in months] + [1.0]) * 1.1)
        axis_y.setLabelFormat("%.0f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def bar_values(self) -> list[float]:
        """What the chart draws (for tests and accessibility)."""
        series = self.chart_view.chart().series()
        return list(series[0].barSets()[0].at(i) for i in range(series[0].barSets()[0].count())) if series else []


class ConversionView(QWidget):
    """Per stage of the pipeline over a period: entered, moved on, won, lost and conversion; lost deals by
    reason; and a funnel of how many entered each stage."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conversion_view")
        self.ctx, self.tasks = ctx, tasks
        self.pipeline_id: int | None = None
        self.pipeline_name = ""
        self.rows: list[ConversionRow] = []
        self.period: tuple[date, date] | None = None   # the period of the rows shown
        self._generation = 0        # only the latest read's answer is shown
        today = QDate.currentDate()
        self.from_edit = QDateEdit(QDate(calendars.first_of_month(today.toPython())), self, objectName="conversion_from_edit")
        self.to_edit = QDateEdit(today, self, objectName="conversion_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
            edit.dateChanged.connect(lambda _d: self.reload())
        self.range_label = QLabel(self, objectName="conversion_range_error")
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_conversion_button")
        self.export_button.setToolTip(self.tr("The stages and the lost reasons of this period to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        self.chart_view = _chart_view("conversion_chart", self)
        self.stage_model = TextTableModel([], self)
        self.stage_table = _table(self.stage_model, "conversion_table", self)
        self.reason_model = TextTableModel([], self)
        self.reason_table = _table(self.reason_model, "lost_reasons_table", self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From:"), self))
        top.addWidget(self.from_edit)
        top.addWidget(QLabel(self.tr("To:"), self))
        top.addWidget(self.to_edit)
        top.addWidget(self.range_label, 1)
        top.addWidget(self.export_button)
        tables = QSplitter(Qt.Orientation.Horizontal, self)
        tables.addWidget(self.stage_table)
        tables.addWidget(self.reason_table)
        tables.setSizes([700, 300])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.chart_view)
        split.addWidget(tables)
        split.setSizes([320, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    def set_period(self, date_from: date, date_to: date) -> None:
        for edit, day in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self.reload()

    def load(self, pipeline_id: int | None, *, name: str = "") -> None:
        self.pipeline_id, self.pipeline_name = pipeline_id, name
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        gen, pipeline_id = self._generation, self.pipeline_id
        date_from, date_to = self.from_edit.date().toPython(), self.to_edit.date().toPython()
        if date_from > date_to:
            self.range_label.setText(self.tr("The period ends before it starts."))
            return
        self.range_label.clear()
        if pipeline_id is None:
            self.show_rows([])
            return
        self.tasks.read(lambda: self.ctx.funnel.conversion(date_from=date_from, date_to=date_to,
                                                           pipeline_id=pipeline_id),
                        lambda rows: self._loaded(gen, rows, (date_from, date_to)), lambda exc: self._failed(gen, exc))

    def _loaded(self, gen: int, rows: list[ConversionRow], period: tuple[date, date]) -> None:
        if gen == self._generation:
            self.period = period
            self.show_rows(rows)

    def export_to_excel(self) -> None:
        """The conversion shown (its period's stages and lost reasons) to an .xlsx file."""
        rows, period, name = list(self.rows), self.period, self.pipeline_name
        if not rows or period is None:
            return
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: write_conversion(
            rows, path, pipeline=name, date_from=period[0], date_to=period[1], progress=progress),
            what=self.tr("the conversion"), suggested=f"conversion-{period[0].isoformat()}-{period[1].isoformat()}.xlsx")
        self.excel_export.start()

    def _failed(self, gen: int, exc: BaseException) -> None:
        if gen == self._generation:
            show_error(self, exc)

    def show_rows(self, rows: list[ConversionRow]) -> None:
        self.rows = list(rows)
        self.export_button.setEnabled(bool(rows) and self.period is not None)
        number = QLocale().toString
        self.stage_model.set_rows(
            [self.tr("Stage"), self.tr("Entered"), self.tr("Moved on"), self.tr("Won"), self.tr("Lost"),
             self.tr("Conversion")],
            [[r.stage_name, number(r.entered), number(r.moved_on), number(r.won), number(r.lost),
              format_percent(r.conversion_percent) if r.conversion_percent is not None else "—"] for r in rows])
        lost = next((r for r in rows if r.kind == "lost"), None)
        reasons = lost.lost_by_reason if lost else ()
        self.reason_model.set_rows([self.tr("Lost because"), self.tr("Deals")],
                                   [[name or self.tr("(no reason)"), number(n)] for name, n in reasons])
        self._chart([r for r in rows if r.kind != "lost"])

    def _chart(self, rows: list[ConversionRow]) -> None:
        # A funnel: each stage a bar as wide as the deals that entered it, centred by a transparent
        # bar of half the difference on its leading side.
        chart = QChart()
        chart.legend().hide()
        chart.setTitle(self.tr("Deals entering each stage"))
        widest = max([r.entered for r in rows] + [0])
        pad, bars = QBarSet("pad"), QBarSet(self.tr("Entered"))
        pad.setColor(QColor(0, 0, 0, 0))
        pad.setBorderColor(QColor(0, 0, 0, 0))
        bars.setColor(BAR_COLOR)
        bars.setLabelColor(QColor("white"))
        for r in reversed(rows):  # the first stage on top
            pad.append((widest - r.entered) / 2)
            bars.append(r.entered)
        series = QHorizontalStackedBarSeries()
        series.append(pad)
        series.append(bars)
        series.setLabelsVisible(False)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([f"{r.stage_name} ({QLocale().toString(r.entered)})" for r in reversed(rows)])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setRange(0, max(widest, 1))
        axis_x.setVisible(False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        old = self.chart_view.chart()
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def funnel_widths(self) -> list[float]:
        """The drawn bar widths, first stage first (for tests)."""
        series = self.chart_view.chart().series()
        if not series:
            return []
        bars = series[0].barSets()[1]
        return [bars.at(i) for i in reversed(range(bars.count()))]
