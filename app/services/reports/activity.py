"""Manager activity and lost reasons for a period.

Manager activity counts, per user, what happened in the period (local dates): calls, meetings and e-mails
they logged (interactions by `occurred_at` and their author), tasks they completed (`completed_at`, by
assignee), and deals they manage that were won or lost (`closed_at`), with the won deals' amount in the
company currency at today's rate (a deal in a currency with no rate is counted but not summed, and named
in the note). Lost reasons groups the deals lost in the period by their reason: how many and their amount.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from app.models import Deal, DealStatus, Interaction, InteractionKind, LostReason, Task, TaskStatus, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.editing import rate_at
from app.services.i18n import msg
from app.services.reports.common import ZERO, company_currency, key_of
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import Period, utc_bounds
from app.services.reports.sales import _with_previous
from app.services.uow import UnitOfWork


def _in_company(s, amounts: dict[str, Decimal], currency: str, missing: set[str]) -> Decimal:
    total = ZERO
    for cur, amount in amounts.items():
        rate = Decimal(1) if cur == currency else rate_at(s, cur, date.today())
        if rate is None:
            missing.add(cur)
            continue
        total += (amount * rate).quantize(Decimal("0.01"))
    return total


@requires(Area.REPORTS, Action.VIEW)
def manager_activity(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Per user: calls, meetings and e-mails logged, tasks done, deals won (and their amount) and lost."""
    result = _activity(uow, period)
    if params.compare:
        result = _with_previous(result, _activity(uow, period.previous()))
    return result


def _activity(uow: UnitOfWork, period: Period) -> ReportResult:
    start, end = utc_bounds(period)
    counts: dict[int | None, list] = defaultdict(lambda: [0, 0, 0, 0, 0, defaultdict(lambda: ZERO), 0])
    with uow:
        s = uow.session
        currency = company_currency(s)
        kinds = {InteractionKind.CALL: 0, InteractionKind.MEETING: 1, InteractionKind.EMAIL: 2}
        for user_id, kind, n in s.execute(
                select(Interaction.user_id, Interaction.kind, func.count())
                .where(Interaction.occurred_at >= start, Interaction.occurred_at < end,
                       Interaction.kind.in_(list(kinds)))
                .group_by(Interaction.user_id, Interaction.kind)):
            counts[user_id][kinds[kind]] += n
        for user_id, n in s.execute(
                select(Task.assignee_id, func.count())
                .where(Task.status == TaskStatus.DONE, Task.completed_at >= start, Task.completed_at < end)
                .group_by(Task.assignee_id)):
            counts[user_id][3] += n
        for user_id, status, cur, n, amount in s.execute(
                select(Deal.manager_id, Deal.status, Deal.currency, func.count(), func.sum(Deal.amount))
                .where(Deal.status.in_([DealStatus.WON, DealStatus.LOST]), Deal.closed_at >= start,
                       Deal.closed_at < end)
                .group_by(Deal.manager_id, Deal.status, Deal.currency)):
            if status == DealStatus.WON:
                counts[user_id][4] += n
                counts[user_id][5][cur] += Decimal(amount or 0)
            else:
                counts[user_id][6] += n
        names = dict(s.execute(select(User.id, User.full_name).where(
            User.id.in_([u for u in counts if u is not None]))).tuples().all()) if counts else {}
        missing: set[str] = set()
        rows = []
        for user_id, (calls, meetings, mails, done, won_n, won_by_cur, lost_n) in counts.items():
            won_amount = _in_company(s, won_by_cur, currency, missing)
            rows.append(ReportRow(key_of(user_id), names.get(user_id, msg("(nobody)")),
                                  (calls, meetings, mails, done, won_n, won_amount, lost_n)))
    rows.sort(key=lambda r: (-(r.values[0] + r.values[1] + r.values[2] + r.values[3]), r.label.casefold()))
    totals = tuple(sum((r.values[i] for r in rows), ZERO if i == 5 else 0) for i in range(7))
    columns = (ReportColumn("calls", msg("Calls"), "int"), ReportColumn("meetings", msg("Meetings"), "int"),
               ReportColumn("emails", msg("E-mails"), "int"), ReportColumn("tasks_done", msg("Tasks done"), "int"),
               ReportColumn("won", msg("Deals won"), "int"), ReportColumn("won_amount", msg("Won amount")),
               ReportColumn("lost", msg("Deals lost"), "int"))
    note = (msg("Deals in {currencies} have no exchange rate: counted, not summed.",
                currencies=', '.join(sorted(missing))) if missing else "")
    return ReportResult("manager_activity", msg("Manager activity"), period, currency, msg("Manager"), columns,
                        tuple(rows), totals, chart_column=0, note=note)


@requires(Area.REPORTS, Action.VIEW)
def lost_reasons(uow: UnitOfWork, period: Period, params: ReportParams) -> ReportResult:
    """Deals lost in the period by their reason: how many, and their amount in the company currency."""
    result = _lost(uow, period)
    if params.compare:
        result = _with_previous(result, _lost(uow, period.previous()))
    return result


def _lost(uow: UnitOfWork, period: Period) -> ReportResult:
    start, end = utc_bounds(period)
    with uow:
        s = uow.session
        currency = company_currency(s)
        by_reason: dict[int | None, list] = defaultdict(lambda: [0, defaultdict(lambda: ZERO)])
        for reason_id, cur, n, amount in s.execute(
                select(Deal.lost_reason_id, Deal.currency, func.count(), func.sum(Deal.amount))
                .where(Deal.status == DealStatus.LOST, Deal.closed_at >= start, Deal.closed_at < end)
                .group_by(Deal.lost_reason_id, Deal.currency)):
            by_reason[reason_id][0] += n
            by_reason[reason_id][1][cur] += Decimal(amount or 0)
        names = dict(s.execute(select(LostReason.id, LostReason.name).where(
            LostReason.id.in_([r for r in by_reason if r is not None]))).tuples().all()) if by_reason else {}
        missing: set[str] = set()
        rows = [ReportRow(key_of(rid), names.get(rid, msg("(no reason given)")),
                          (n, _in_company(s, amounts, currency, missing)))
                for rid, (n, amounts) in by_reason.items()]
    rows.sort(key=lambda r: (-r.values[0], r.label.casefold()))
    total_n = sum(r.values[0] for r in rows)
    shares = tuple(ReportRow(r.key, r.label, (r.values[0], r.values[1],
                                              (Decimal(r.values[0] * 100) / total_n).quantize(Decimal("0.01"))))
                   for r in rows)
    totals = (total_n, sum((r.values[1] for r in rows), ZERO), Decimal(100) if rows else None)
    columns = (ReportColumn("deals", msg("Deals lost"), "int"), ReportColumn("amount", msg("Amount")),
               ReportColumn("share", msg("Share %"), "percent"))
    note = (msg("Deals in {currencies} have no exchange rate: counted, not summed.",
                currencies=', '.join(sorted(missing))) if missing else "")
    return ReportResult("lost_reasons", msg("Lost reasons"), period, currency, msg("Reason"), columns, shares, totals,
                        chart_column=0, note=note)
