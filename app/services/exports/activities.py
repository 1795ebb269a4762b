"""The planner's tasks (My day, or the calendar's period for the people shown), the marketing campaigns, a
campaign's recipients, a segment's members and the sources report to Excel, with what their screens show.
Times are local, as the screens show them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from app.models import Client, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.marketing.campaigns import first_recipients, list_campaigns, load_campaign, recipient_page
from app.services.marketing.forms import SegmentCriteria, SourceReportRow
from app.services.marketing.segments import clean_criteria, segment_query
from app.services.planner.forms import TaskRow
from app.services.planner.queries import my_day, tasks_between
from app.services.planner.recurrence import to_local
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

TASK_COLUMNS = (XColumn(msg("Section"), width=12), XColumn(msg("Due"), "datetime"), XColumn(msg("Subject"), width=36),
                XColumn(msg("Kind"), width=10), XColumn(msg("Priority"), width=9), XColumn(msg("Status"), width=12),
                XColumn(msg("Assignee"), width=22), XColumn(msg("Client"), width=30), XColumn(msg("Contact"), width=22),
                XColumn(msg("Deal"), width=28), XColumn(msg("Minutes"), "int", total=True), XColumn(msg("All day"), width=8),
                XColumn(msg("Completed"), "datetime"), XColumn(msg("Result"), width=36))
KINDS = {"call": msg("Call"), "meeting": msg("Meeting"), "todo": msg("To-do"), "email": msg("E-mail")}
PRIORITIES = {"low": msg("Low"), "normal": msg("Normal"), "high": msg("High")}
TASK_STATUSES = {"open": msg("Open"), "in_progress": msg("In progress"), "done": msg("Done"), "cancelled": msg("Cancelled")}


def _task_cells(section: str, r: TaskRow) -> tuple:
    return (section, to_local(r.due_at), r.subject, translated(KINDS.get(r.kind, r.kind)),
            translated(PRIORITIES.get(r.form.priority, r.form.priority)), translated(TASK_STATUSES.get(r.status, r.status)), r.assignee_name,
            r.client_name, r.contact_name, r.deal_title, r.form.duration_minutes, msg("Yes") if r.form.all_day else "",
            to_local(r.completed_at) if r.completed_at else None, r.result)


@requires(Area.TASKS, Action.EXPORT)
def export_my_day(uow: UnitOfWork, path: str | Path, *, user_id: int, day_start_utc: datetime,
                  day_end_utc: datetime, progress: ExportProgress | None = None) -> int:
    """The user's day as My day lists it (overdue, today, done today, each by due time) to an .xlsx file, the
    section in the first column. Returns the rows written."""
    day = my_day(uow, user_id=user_id, day_start_utc=day_start_utc, day_end_utc=day_end_utc)
    rows = [_task_cells(section, r) for section, items in ((msg("Overdue"), day.overdue), (msg("Today"), day.today),
                                                           (msg("Done today"), day.done_today)) for r in items]
    return write_export(path, TASK_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("My day"))


@requires(Area.TASKS, Action.EXPORT)
def export_calendar_tasks(uow: UnitOfWork, path: str | Path, *, start: datetime, end: datetime,
                          assignee_ids: Sequence[int], progress: ExportProgress | None = None) -> int:
    """The tasks the calendar shows for these people between start and end (naive UTC), by due time, to an
    .xlsx file; the first column says whether each is still open. Returns the rows written."""
    found = tasks_between(uow, start=start, end=end, assignee_ids=assignee_ids)
    rows = [_task_cells(msg("Open") if r.is_open else msg("Closed"), r) for r in found]
    return write_export(path, TASK_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Tasks"))


CAMPAIGN_COLUMNS = (XColumn(msg("Campaign"), width=30), XColumn(msg("Segment"), width=24), XColumn(msg("Status"), width=10),
                    XColumn(msg("Subject"), width=36), XColumn(msg("Recipients"), "int", total=True),
                    XColumn(msg("Sent"), "int", total=True), XColumn(msg("Failed"), "int", total=True),
                    XColumn(msg("Skipped"), "int", total=True), XColumn(msg("Pending"), "int", total=True),
                    XColumn(msg("Cost"), "money"), XColumn(msg("Currency"), width=9), XColumn(msg("Started"), "datetime"),
                    XColumn(msg("Finished"), "datetime"))
COST_COLUMN = 9  # summed when every campaign is in one currency
CAMPAIGN_STATUSES = {"draft": msg("Draft"), "sending": msg("Sending"), "paused": msg("Paused"), "sent": msg("Sent")}


@requires(Area.MARKETING, Action.EXPORT)
def export_campaigns(uow: UnitOfWork, path: str | Path, *, progress: ExportProgress | None = None) -> int:
    """Every campaign as the Campaigns list shows them (newest first) with their recipients' counts, to an
    .xlsx file; costs are summed when all are in one currency. Returns the rows written."""
    campaigns = list_campaigns(uow)
    one_currency = len({c.form.currency for c in campaigns}) <= 1
    columns = tuple(replace(c, total=True) if i == COST_COLUMN and one_currency else c
                    for i, c in enumerate(CAMPAIGN_COLUMNS))
    rows = [(c.name, c.segment_name, translated(CAMPAIGN_STATUSES.get(c.status, c.status)), c.form.subject, c.total, c.sent,
             c.failed, c.skipped, c.pending, c.form.cost, c.form.currency,
             to_local(c.started_at) if c.started_at else None, to_local(c.finished_at) if c.finished_at else None)
            for c in campaigns]
    return write_export(path, columns, rows, total=len(rows), progress=progress, sheet_title=msg("Campaigns"))


MEMBER_COLUMNS = (XColumn(msg("Code"), width=12), XColumn(msg("Client"), width=36), XColumn(msg("City"), width=18),
                  XColumn(msg("E-mail"), width=30), XColumn(msg("Manager"), width=22), XColumn(msg("Unsubscribed"), width=13))


@requires(Area.MARKETING, Action.EXPORT)
def export_segment_members(uow: UnitOfWork, path: str | Path, criteria: SegmentCriteria, *, title: str = "",
                           progress: ExportProgress | None = None) -> int:
    """Every client matching the criteria (all of them, not only the preview's first hundred), by name, to an
    .xlsx file; raises ValidationError for impossible criteria. Returns the rows written."""
    criteria = clean_criteria(criteria)
    with uow:
        s = uow.session
        ids = segment_query(criteria).subquery()
        total = s.scalar(select(func.count()).select_from(ids)) or 0
        manager = aliased(User)
        stmt = (select(Client.code, Client.display_name, Client.city, Client.primary_email, manager.full_name,
                       Client.unsubscribed)
                .join(ids, ids.c.id == Client.id).outerjoin(manager, manager.id == Client.manager_id)
                .order_by(Client.name_key, Client.id))

        def rows() -> Iterator[tuple]:
            for code, name, city, email, who, unsubscribed in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield code or "", name, city or "", email or "", who or "", msg("Yes") if unsubscribed else ""

        return write_export(path, MEMBER_COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Segment"),
                            title=title)


RECIPIENT_COLUMNS = (XColumn(msg("Client"), width=36), XColumn(msg("E-mail"), width=30), XColumn(msg("Status"), width=10),
                     XColumn(msg("Sent at"), "datetime"), XColumn(msg("Reason"), width=40))
RECIPIENT_STATUSES = {"pending": msg("Pending"), "sent": msg("Sent"), "failed": msg("Failed"), "skipped": msg("Skipped")}


@requires(Area.MARKETING, Action.EXPORT)
def export_campaign_recipients(uow: UnitOfWork, path: str | Path, campaign_id: int, *,
                               progress: ExportProgress | None = None) -> int:
    """Every recipient of the campaign, by client name, with what became of their e-mail, to an .xlsx file (the
    campaign's name above); raises NotFound. Returns the rows written."""
    campaign = load_campaign(uow, campaign_id)
    total, _ = first_recipients(uow, campaign_id, limit=1)

    def rows() -> Iterator[tuple]:
        offset = 0
        while True:
            page = recipient_page(uow, campaign_id, offset=offset, limit=BATCH)
            for r in page:
                yield (r.client_name, r.email, translated(RECIPIENT_STATUSES.get(r.status, r.status)),
                       to_local(r.sent_at) if r.sent_at else None, r.error)
            if len(page) < BATCH:
                return
            offset += BATCH

    return write_export(path, RECIPIENT_COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Recipients"),
                        title=msg("Campaign: {name}", name=campaign.name))


def write_sources_report(rows: Sequence[SourceReportRow], path: str | Path, *, date_from: date, date_to: date,
                         progress: ExportProgress | None = None) -> int:
    """The sources report as calculated (a plain function of its rows): leads, deals and won deals per source or
    campaign, the won amount in a column per currency, the campaign's cost and cost per won deal. Returns the
    rows written."""
    currencies = sorted({c for r in rows for c, _ in r.won_amounts})
    columns = (XColumn(msg("Source / campaign"), width=36), XColumn(msg("Leads"), "int", total=True),
               XColumn(msg("Deals"), "int", total=True), XColumn(msg("Won"), "int", total=True),
               *(XColumn(msg("Won amount {currency}", currency=c), "money", total=True) for c in currencies),
               XColumn(msg("Campaign cost"), "money"), XColumn(msg("Cost currency"), width=9),
               XColumn(msg("Cost per won deal"), "money"))
    table = []
    for r in rows:
        label = msg("Campaign: {name}", name=r.label) if r.kind == "campaign" else (r.label or msg("(no source)"))
        won = dict(r.won_amounts)
        table.append((label, r.leads, r.deals, r.won, *(won.get(c) for c in currencies),
                      r.cost if r.kind == "campaign" else None, r.cost_currency if r.kind == "campaign" else "",
                      r.cost_per_won if r.kind == "campaign" else None))
    return write_export(path, columns, table, total=len(table), progress=progress, sheet_title=msg("Sources"),
                        title=msg("Sources of leads and deals, {date_from} – {date_to}", date_from=date_from.isoformat(), date_to=date_to.isoformat()))
