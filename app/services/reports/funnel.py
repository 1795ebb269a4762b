"""Funnel conversion for a period: stage-to-stage conversion and the win rate, by stage, by pipeline or by
manager, with the previous period beside it.

The counting is the funnel's own (app/services/funnel/reports.py: `stage_moves` and `tally`, the same the
funnel's Conversion tab shows), over the period's local dates. By stage, per stage of each pipeline in
order: `Entered` — deals that moved into the stage in the period; of them `Moved on` — later (also after
the period) reached an open stage further along or Won; `Conversion %` = moved on / entered (open stages);
`Won` / `Lost` — of them, won or lost within the period; `Win rate %` = won / (won + lost). By pipeline or
manager: `Deals` — deals that moved into any stage in the period, `Won` / `Lost` — deals that moved into
Won / Lost in it, the win rate, and `Won of deals %` = won / deals. The total row counts each deal once.
A pipeline with no move in the period is left out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from app.models import Pipeline, StageKind, User
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound, ValidationError
from app.services.funnel.reports import pipeline_stages, stage_moves, tally
from app.services.i18n import msg, translated
from app.services.reports.common import key_of
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import Period, utc_bounds
from app.services.reports.sales import _with_previous
from app.services.uow import UnitOfWork

CONVERSION_GROUPS = ("stage", "pipeline", "manager")
NO_MANAGER = msg("(no manager)")
STAGE_COLUMNS = (ReportColumn("entered", msg("Entered"), "int"), ReportColumn("moved_on", msg("Moved on"), "int"),
                 ReportColumn("conversion", msg("Conversion %"), "percent"), ReportColumn("won", msg("Won"), "int"),
                 ReportColumn("lost", msg("Lost"), "int"), ReportColumn("win_rate", msg("Win rate %"), "percent"))
GROUP_COLUMNS = (ReportColumn("deals", msg("Deals"), "int"), ReportColumn("won", msg("Won"), "int"),
                 ReportColumn("lost", msg("Lost"), "int"), ReportColumn("win_rate", msg("Win rate %"), "percent"),
                 ReportColumn("won_share", msg("Won of deals %"), "percent"))
NOTE = msg("Entered: deals that moved into the stage in the period; moved on: of them, the ones that later reached "
        "a stage further along or Won; won and lost: of them, within the period. Win rate = won / (won + lost). "
        "The total counts each deal once.")
GROUP_NOTE = msg("Deals: deals that moved into any stage in the period; won and lost: deals that moved into Won or "
              "Lost in it. Win rate = won / (won + lost).")


def _shown(columns: tuple[ReportColumn, ...]) -> tuple[ReportColumn, ...]:
    """The column titles (marked when the module loaded) in the user's language."""
    return tuple(replace(c, title=translated(c.title)) for c in columns)


def percent(part: int, whole: int) -> Decimal | None:
    """part / whole in percent to 0.1, half-up (None when there is no whole)."""
    if not whole:
        return None
    return (Decimal(part) * 100 / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@requires(Area.REPORTS, Action.VIEW)
def funnel_conversion(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Conversion and win rate by stage (default), pipeline or manager; raises ValidationError, NotFound."""
    result = _conversion(uow, period, params)
    if params.compare:
        result = _with_previous(result, _conversion(uow, period.previous(), params))
    return result


def _won_lost(rows) -> tuple[int, int]:
    return (sum(r.entered for r in rows if r.kind == StageKind.WON),
            sum(r.entered for r in rows if r.kind == StageKind.LOST))


def _conversion(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    group_by = params.group_by or "stage"
    if group_by not in CONVERSION_GROUPS:
        raise ValidationError({"group_by": msg("is one of {choices}", choices=', '.join(CONVERSION_GROUPS))})
    start, end = utc_bounds(period)
    with uow:
        s = uow.session
        stmt = select(Pipeline.id, Pipeline.name).order_by(Pipeline.sort_order, Pipeline.id)
        if params.pipeline_id is not None:
            stmt = stmt.where(Pipeline.id == params.pipeline_id)
        pipelines = s.execute(stmt).all()
        if params.pipeline_id is not None and not pipelines:
            raise NotFound("pipeline", params.pipeline_id)
        found = []   # (pipeline id, name, stages, moves) of the pipelines something happened in
        for pipeline_id, name in pipelines:
            stages = pipeline_stages(s, pipeline_id)
            moves = stage_moves(s, stages, start, end, manager_id=params.manager_id)
            if moves:
                found.append((pipeline_id, name, stages, moves))
        managers = {m for *_, moves in found for m, _ in moves.values() if m is not None}
        names = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(managers))).tuples().all()) \
            if managers else {}
    if group_by == "stage":
        return _by_stage(period, found)
    groups: dict[str, list] = {}   # key → [label, deals, won, lost]
    for pipeline_id, name, stages, moves in found:
        if group_by == "pipeline":
            parts = {key_of(pipeline_id): (name, list(moves.values()))}
        else:
            by_manager: dict[int | None, list] = defaultdict(list)
            for manager, visits in moves.values():
                by_manager[manager].append((manager, visits))
            parts = {key_of(m): (names.get(m, translated(NO_MANAGER)) if m is not None else translated(NO_MANAGER), deals)
                     for m, deals in by_manager.items()}
        for key, (label, deals) in parts.items():
            won, lost = _won_lost(tally(stages, [visits for _, visits in deals], end))
            group = groups.setdefault(key, [label, 0, 0, 0])
            group[1] += len(deals)
            group[2] += won
            group[3] += lost
    rows = [ReportRow(key, label, (deals, won, lost, percent(won, won + lost), percent(won, deals)))
            for key, (label, deals, won, lost) in groups.items()]
    if group_by == "manager":
        rows.sort(key=lambda r: (r.label == translated(NO_MANAGER), -r.values[0], v.fold(r.label)))
    deals, won, lost = (sum(r.values[i] for r in rows) for i in range(3))
    totals = (deals, won, lost, percent(won, won + lost), percent(won, deals))
    return ReportResult("funnel_conversion", msg("Funnel conversion"), period, "",
                        {"pipeline": msg("Pipeline"), "manager": msg("Manager")}.get(group_by, group_by.capitalize()),
                        _shown(GROUP_COLUMNS), tuple(rows), totals, chart_column=3, note=translated(GROUP_NOTE))


def _by_stage(period: Period, found) -> ReportResult:
    rows, deals, won, lost = [], 0, 0, 0
    _, end = utc_bounds(period)
    for _pipeline_id, name, stages, moves in found:
        counted = tally(stages, [visits for _, visits in moves.values()], end)
        for r in counted:
            label = f"{name} · {r.stage_name}" if len(found) > 1 else r.stage_name
            rows.append(ReportRow(str(r.stage_id), label, (r.entered, r.moved_on, r.conversion_percent, r.won,
                                                           r.lost, percent(r.won, r.won + r.lost))))
        deals += len(moves)
        w, lo = _won_lost(counted)
        won, lost = won + w, lost + lo
    totals = (deals, None, None, won, lost, percent(won, won + lost))
    return ReportResult("funnel_conversion", msg("Funnel conversion"), period, "", msg("Stage"), _shown(STAGE_COLUMNS), tuple(rows),
                        totals, chart_column=0, note=translated(NOTE))
