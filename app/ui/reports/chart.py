"""The report's chart (QtCharts): bars of the main figure for the largest groups, current beside previous
period; a line per period for reports by month; income beside payments for the cash flow."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

from app.services.reports.forms import ReportResult
from app.ui import calendars
from app.ui.reports.format import period_text, tr

MAX_BARS = 12
LABEL_CHARS = 18
CURRENT = QColor("#2563eb")
PREVIOUS = QColor("#9ca3af")
EXTRA = QColor("#dc2626")


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[:LABEL_CHARS - 1] + "…"


class ReportChart(QChartView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("report_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        # What the chart shows, for tests and for the eye: series name → values, and the categories.
        self.series_values: dict[str, list[float]] = {}
        self.categories: list[str] = []
        self.set_result(None)

    def set_result(self, result: ReportResult | None) -> None:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.series_values, self.categories = {}, []
        if result is None or not result.rows:
            chart.setTitle(tr("Nothing to chart for this period") if result is not None else "")
            chart.legend().hide()
            self.setChart(chart)
            return
        main = result.chart_column
        rows = list(result.rows)
        line = result.chart_kind == "line"
        if not result.in_time:
            rows = rows[:MAX_BARS]
        # Periods are named by their short key (2026-03, 2026-W05; a Jalali month by name); groups by their
        # (shortened) name.
        self.categories = [(tr("Overdue") if r.key == "overdue" else calendars.bucket_short(r.key))
                           if result.in_time else _short(r.label)
                           for r in rows]
        series_spec = [(result.columns[main].title + " · " + period_text(result.period), main, CURRENT, None)]
        if result.previous is not None:
            series_spec.append((tr("Previous") + " · " + period_text(result.previous.period), main, PREVIOUS, "previous"))
        else:
            series_spec += [(result.columns[c].title, c, EXTRA, None) for c in result.chart_extra]
        values_of = {}
        for name, col, _, source in series_spec:
            if source == "previous":
                values_of[name] = [float(result.previous_value(r.key) or 0) for r in rows]
            else:
                values_of[name] = [float(r.values[col] or 0) for r in rows]
        self.series_values = values_of
        axis_x = QBarCategoryAxis()
        axis_x.append(self.categories)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        low = min(0.0, *(v for vals in values_of.values() for v in vals))
        high = max(0.0, *(v for vals in values_of.values() for v in vals))
        axis_y.setRange(low, high * 1.05 if high else 100.0)
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        if line and result.previous is None:
            for name, _, color, _ in series_spec:
                series = QLineSeries()
                series.setName(name)
                series.setColor(color)
                for i, v in enumerate(values_of[name]):
                    series.append(i, v)
                chart.addSeries(series)
                series.attachAxis(axis_y)
                # A line over category positions: an invisible value axis maps 0…n-1 under the categories.
                x = QValueAxis()
                x.setRange(-0.5, len(rows) - 0.5)
                x.setVisible(False)
                chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
                series.attachAxis(x)
        else:
            bars = QBarSeries()
            for name, _, color, _ in series_spec:
                bar_set = QBarSet(name)
                bar_set.setColor(color)
                bar_set.append(values_of[name])
                bars.append(bar_set)
            chart.addSeries(bars)
            bars.attachAxis(axis_x)
            bars.attachAxis(axis_y)
        if len(self.categories) > 20:
            axis_x.setLabelsAngle(-90)
        elif len(self.categories) > 6:
            axis_x.setLabelsAngle(-40)
        chart.setTitle(f"{result.title} ({result.currency})" if result.currency else result.title)
        self.setChart(chart)
