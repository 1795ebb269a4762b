"""The funnel's Forecast and Conversion tabs to Excel: the tables those tabs show, written from the service rows
they hold (`forecast`, `conversion`), not read back from the screen. Plain functions of those rows."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.exports.common import ExportProgress, write_export
from app.services.funnel.report_forms import UNASSIGNED, ConversionRow, Forecast
from app.services.xlsx import XColumn

CONVERSION_COLUMNS = (XColumn("Stage", width=28), XColumn("Entered", "int"), XColumn("Moved on", "int"),
                      XColumn("Won", "int"), XColumn("Lost", "int"), XColumn("Conversion %", "percent"))
REASON_TITLE = "Lost because"


def write_conversion(rows: list[ConversionRow], path: str | Path, *, pipeline: str, date_from: date, date_to: date,
                     progress: ExportProgress | None = None) -> int:
    """The stages with what became of the deals that entered them, then one row per reason the lost deals
    gave ("Lost because: Too expensive", the count under Lost), to an .xlsx file. Returns the rows written."""
    table: list[tuple] = [(r.stage_name, r.entered, r.moved_on, r.won, r.lost, r.conversion_percent) for r in rows]
    lost = next((r for r in rows if r.kind == "lost"), None)
    for reason, n in lost.lost_by_reason if lost is not None else ():
        table.append((f"{REASON_TITLE}: {reason or '(no reason)'}", None, None, None, n, None))
    return write_export(path, CONVERSION_COLUMNS, table, total=len(table), progress=progress,
                        sheet_title="Conversion",
                        title=f"Conversion: {pipeline}, {date_from.isoformat()} – {date_to.isoformat()}")


def write_forecast(forecast: Forecast, currency: str, path: str | Path, *,
                   progress: ExportProgress | None = None) -> int:
    """The weighted amounts of open deals in `currency` by expected-close month (rows) and manager (columns),
    with a total column and a totals row, as the Forecast tab shows them. Returns the rows written."""
    managers = [m for m in forecast.by_manager if m.currency == currency]
    months = [m for m in forecast.by_month if m.currency == currency]
    cells = {(c.month, c.manager_id): c.weighted for c in forecast.cells if c.currency == currency}
    columns = (XColumn("Month", width=12), *(XColumn(m.label if m.label != UNASSIGNED else "Unassigned", "money",
                                                     width=max(14, len(m.label) + 2), total=True)
                                             for m in managers),
               XColumn("Total", "money", total=True))
    rows = [(month.key or "No date", *(cells.get((month.key, m.key)) for m in managers), month.weighted)
            for month in months]
    return write_export(path, columns, rows, total=len(rows), progress=progress, sheet_title="Forecast",
                        title=f"Weighted forecast of open deals, {currency}")
