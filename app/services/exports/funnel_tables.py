"""The funnel's Forecast and Conversion tabs and a deal's History tab to Excel: the tables those tabs show,
written from the service rows they hold (`forecast`, `conversion`, `deal_history`), not read back from the
screen. Plain functions of those rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from app.services.exports.common import ExportProgress, write_export
from app.services.funnel.forms import StageVisit
from app.services.funnel.report_forms import UNASSIGNED, ConversionRow, Forecast
from app.services.i18n import msg
from app.services.planner.recurrence import to_local
from app.services.xlsx import XColumn

CONVERSION_COLUMNS = (XColumn(msg("Stage"), width=28), XColumn(msg("Entered"), "int"), XColumn(msg("Moved on"), "int"),
                      XColumn(msg("Won"), "int"), XColumn(msg("Lost"), "int"), XColumn(msg("Conversion %"), "percent"))


def write_conversion(rows: list[ConversionRow], path: str | Path, *, pipeline: str, date_from: date, date_to: date,
                     progress: ExportProgress | None = None) -> int:
    """The stages with what became of the deals that entered them, then one row per reason the lost deals
    gave ("Lost because: Too expensive", the count under Lost), to an .xlsx file. Returns the rows written."""
    table: list[tuple] = [(r.stage_name, r.entered, r.moved_on, r.won, r.lost, r.conversion_percent) for r in rows]
    lost = next((r for r in rows if r.kind == "lost"), None)
    for reason, n in lost.lost_by_reason if lost is not None else ():
        table.append((msg("Lost because: {reason}", reason=reason or msg("(no reason)")), None, None, None, n, None))
    return write_export(path, CONVERSION_COLUMNS, table, total=len(table), progress=progress,
                        sheet_title=msg("Conversion"),
                        title=msg("Conversion: {pipeline}, {date_from} – {date_to}", pipeline=pipeline, date_from=date_from.isoformat(), date_to=date_to.isoformat()))


def write_forecast(forecast: Forecast, currency: str, path: str | Path, *,
                   progress: ExportProgress | None = None) -> int:
    """The weighted amounts of open deals in `currency` by expected-close month (rows) and manager (columns),
    with a total column and a totals row, as the Forecast tab shows them. Returns the rows written."""
    managers = [m for m in forecast.by_manager if m.currency == currency]
    months = [m for m in forecast.by_month if m.currency == currency]
    cells = {(c.month, c.manager_id): c.weighted for c in forecast.cells if c.currency == currency}
    columns = (XColumn(msg("Month"), width=12), *(XColumn(m.label if m.label != UNASSIGNED else msg("Unassigned"), "money",
                                                     width=max(14, len(m.label) + 2), total=True)
                                             for m in managers),
               XColumn(msg("Total"), "money", total=True))
    rows = [(month.key or msg("No date"), *(cells.get((month.key, m.key)) for m in managers), month.weighted)
            for month in months]
    return write_export(path, columns, rows, total=len(rows), progress=progress, sheet_title=msg("Forecast"),
                        title=msg("Weighted forecast of open deals, {currency}", currency=currency))


HISTORY_COLUMNS = (XColumn(msg("When"), "datetime"), XColumn(msg("From"), width=18), XColumn(msg("To"), width=18),
                   XColumn(msg("Who"), width=22), XColumn(msg("Lost reason"), width=24), XColumn(msg("Days in stage"), "qty"),
                   XColumn(msg("Still there"), width=10))
DAY = Decimal(86400)


def write_deal_history(visits: Sequence[StageVisit], now: datetime, path: str | Path, *, title: str = "",
                       progress: ExportProgress | None = None) -> int:
    """A deal's stage changes, oldest first (what its History tab shows), with the days spent in each stage to
    0.01 (up to `now`, naive UTC, for the stage it is in), to an .xlsx file; times are local. Returns the rows
    written."""
    rows = [(to_local(v.entered_at), v.from_stage_name or msg("(created)"), v.stage_name, v.moved_by or "", v.lost_reason,
             (Decimal(str(v.seconds(now))) / DAY).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
             "" if v.left_at else msg("Yes")) for v in visits]
    return write_export(path, HISTORY_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("History"),
                        title=title)
