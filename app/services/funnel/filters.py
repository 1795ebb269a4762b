"""What the board and the deal list have in common: which deals a screen asks for, and the overdue-task marker."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, func, or_, select

from app.models import OPEN_TASK_STATUSES, Client, Deal, DealStatus, Task, client_tag
from app.services import calendars as cal
from app.services import validation as v
from app.services.calendars import GREGORIAN


class ClosePeriod(enum.StrEnum):
    """Named periods of the expected-close filter (a custom range is passed as dates)."""

    ANY = "any"
    THIS_MONTH = "this_month"
    NEXT_MONTH = "next_month"
    THIS_QUARTER = "this_quarter"
    CUSTOM = "custom"


def close_period(period: str, today: date, *, calendar: str = GREGORIAN) -> tuple[date | None, date | None]:
    """(first day, last day) of a named expected-close period around `today` (the user's local date), in
    `calendar`'s months and quarters; (None, None) for "any"; raises ValueError for an unknown name (custom
    ranges come as dates)."""
    if period == ClosePeriod.ANY:
        return None, None
    if period == ClosePeriod.THIS_MONTH:
        return cal.month_start(today, calendar), cal.month_end(today, calendar)
    if period == ClosePeriod.NEXT_MONTH:
        first = cal.add_months(today, 1, calendar)
        return first, cal.month_end(first, calendar)
    if period == ClosePeriod.THIS_QUARTER:
        return cal.quarter_bounds(today, calendar)
    raise ValueError(f"unknown period {period!r}")


@dataclass(frozen=True, slots=True)
class DealQuery:
    """The deals a funnel screen shows: one pipeline's open deals and those closed lately, narrowed by
    manager, client tag, a search text (deal title or client name) and an expected-close range."""

    pipeline_id: int
    manager_id: int | None = None
    tag_id: int | None = None
    search: str = ""
    expected_from: date | None = None
    expected_to: date | None = None
    include_closed_days: int = 30


def overdue_tasks(now: datetime):
    """One row per deal with an open task due before `now`: a grouped pass over the task table
    (its due_at index), joined to the deals once instead of asked per card."""
    return (select(Task.deal_id.label("deal_id"))
            .where(Task.deal_id.is_not(None), Task.status.in_([str(s) for s in OPEN_TASK_STATUSES]),
                   Task.due_at < now)
            .group_by(Task.deal_id)
            .subquery("overdue_task"))


def filtered(stmt: Select, query: DealQuery, now: datetime) -> Select:
    """`stmt` (over Deal joined to Client) narrowed to the deals `query` asks for."""
    stmt = stmt.where(Deal.pipeline_id == query.pipeline_id,
                      or_(Deal.status == DealStatus.OPEN,
                          Deal.closed_at >= now - timedelta(days=query.include_closed_days)))
    if query.manager_id is not None:
        stmt = stmt.where(Deal.manager_id == query.manager_id)
    if query.tag_id is not None:
        stmt = stmt.where(Deal.client_id.in_(select(client_tag.c.client_id)
                                             .where(client_tag.c.tag_id == query.tag_id)))
    if text := v.clean(query.search):
        # The client's name_key is already folded; a title has no key, so lower() (ASCII on SQLite).
        stmt = stmt.where(or_(Client.name_key.contains(v.fold(text), autoescape=True),
                              func.lower(Deal.title).contains(text.lower(), autoescape=True)))
    if query.expected_from is not None:
        stmt = stmt.where(Deal.expected_close >= query.expected_from)
    if query.expected_to is not None:
        stmt = stmt.where(Deal.expected_close <= query.expected_to)
    return stmt
