"""The reports a user can pick, what each can be grouped by, and running one from its parameters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.calendars import GREGORIAN
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.reports import activity, cashflow, funnel, operations, sales
from app.services.reports.forms import ReportParams, ReportResult
from app.services.reports.periods import Period, period_of
from app.services.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class ReportSpec:
    key: str
    title: str
    groups: tuple[str, ...] = ()
    # Whether the previous period can be shown beside this one.
    compares: bool = False
    # Whether it is split into weeks or months (cash flow).
    steps: bool = False
    # Whether it can be limited to one warehouse.
    warehouse: bool = False
    # Whether it is read at the period's end rather than over the period.
    at_end: bool = False


REPORTS: tuple[ReportSpec, ...] = (
    ReportSpec("sales", msg("Sales"), sales.SALES_GROUPS, compares=True),
    ReportSpec("margin", msg("Gross margin"), sales.MARGIN_GROUPS, compares=True),
    ReportSpec("cash_flow", msg("Cash-flow forecast"), steps=True),
    ReportSpec("production", msg("Production output and cost"), operations.PRODUCTION_GROUPS, compares=True),
    ReportSpec("stock_movements", msg("Stock movements"), warehouse=True),
    ReportSpec("stock_valuation", msg("Stock valuation"), warehouse=True, at_end=True),
    ReportSpec("receivables_aging", msg("Receivables aging"), at_end=True),
    ReportSpec("payables_aging", msg("Payables aging"), at_end=True),
    ReportSpec("manager_activity", msg("Manager activity"), compares=True),
    ReportSpec("lost_reasons", msg("Lost reasons"), compares=True),
    ReportSpec("funnel_conversion", msg("Funnel conversion"), funnel.CONVERSION_GROUPS, compares=True),
)
SPECS = {r.key: r for r in REPORTS}

_RUNNERS: dict[str, Callable[[UnitOfWork, Period, ReportParams], ReportResult]] = {
    "sales": sales.sales,
    "margin": sales.margin,
    "cash_flow": cashflow.cash_flow,
    "production": operations.production,
    "stock_movements": operations.stock_movements,
    "stock_valuation": operations.stock_valuation,
    "manager_activity": activity.manager_activity,
    "lost_reasons": activity.lost_reasons,
    "funnel_conversion": funnel.funnel_conversion,
    "receivables_aging": operations.aging,
    "payables_aging": lambda uow, period, params: operations.aging(uow, period, params, payables=True),
}


@open_to_all
def report_specs(uow: UnitOfWork) -> list[ReportSpec]:
    """The reports there are, in the order the picker lists them."""
    return list(REPORTS)


@requires(Area.REPORTS, Action.VIEW)
def run_report(uow: UnitOfWork, report: str, params: ReportParams, *, today: date | None = None,
               calendar: str = GREGORIAN) -> ReportResult:
    """Run `report` for the period `params` describe (a preset is re-read against `today`, so "month" is
    always the current month; months, quarters, years and weeks are `calendar`'s). Raises ValidationError
    for an unknown report, period or grouping."""
    spec = SPECS.get(report)
    if spec is None:
        raise ValidationError({"report": msg("is one of {choices}", choices=', '.join(SPECS))})
    period = period_of(params.period_kind, today=today, start=params.start, end=params.end, calendar=calendar)
    if not spec.compares and params.compare:
        params = ReportParams(**{**{f: getattr(params, f) for f in params.__dataclass_fields__}, "compare": False})
    if spec.groups and params.group_by and params.group_by not in spec.groups:
        raise ValidationError({"group_by": msg("is one of {choices}", choices=', '.join(spec.groups))})
    # The branch cut rides on the unit of work: every read the report makes keeps to that branch.
    uow.branch_cut = params.branch_id
    return _RUNNERS[report](uow, period, params)
