"""Reports: sales, gross margin, cash-flow forecast, production output, stock movements and valuation,
payments aging, manager activity, lost reasons and funnel conversion, for a period (periods.py), with the
previous period beside them, saved presets per user, and export to Excel and PDF (export.py; plain functions
of a result, not bound to a unit of work)."""

from app.services.reports.catalog import REPORTS, SPECS, ReportSpec, report_specs, run_report
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import PERIOD_KINDS, Period, period_of
from app.services.reports.presets import ReportPreset, delete_preset, list_presets, save_preset

__all__ = ["PERIOD_KINDS", "REPORTS", "SPECS", "Period", "ReportColumn", "ReportParams", "ReportPreset",
           "ReportResult", "ReportRow", "ReportSpec", "delete_preset", "list_presets", "period_of",
           "report_specs", "run_report", "save_preset"]
