"""Demo goals: this quarter's company objective with key results counted from the demo's invoices, deals
and clients plus one checked in by hand (with a history of check-ins), a head of sales' own objective, and
every manager's monthly sales plan for this year. Made once: a second demo run adds none."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CheckIn, KeyResult, Objective, SalesPlan
from app.services.reports.periods import period_of


def seed_goals(s: Session, *, rng: random.Random, managers: list[int], now: datetime, **_linked) -> int:
    """Objectives, key results, check-ins and plans; returns how many objectives were made."""
    if s.scalar(select(Objective.id).limit(1)) is not None or not managers:
        return 0
    managers = list(dict.fromkeys(managers))   # one who manages two languages' clients is listed twice
    today = now.date()
    quarter = period_of("quarter", today=today)
    company = Objective(title="Grow sales across the region", level="company", period_start=quarter.start,
                        period_end=quarter.end, description="Our plan for the quarter, agreed at the kick-off.")
    head = managers[-1]
    personal = Objective(title="Close more of what I open", level="person", owner_id=head,
                         period_start=quarter.start, period_end=quarter.end)
    s.add_all([company, personal])
    s.flush()
    partners = KeyResult(objective_id=company.id, sort_order=3, title="Sign regional distributors", kind="manual",
                         start_value=Decimal(0), target_value=Decimal(8), owner_id=head)
    s.add_all([
        KeyResult(objective_id=company.id, sort_order=0, title="Net sales", kind="metric", metric="revenue_invoiced",
                  start_value=Decimal(0), target_value=Decimal(250_000)),
        KeyResult(objective_id=company.id, sort_order=1, title="Deals won", kind="metric", metric="deals_won",
                  start_value=Decimal(0), target_value=Decimal(60)),
        KeyResult(objective_id=company.id, sort_order=2, title="New clients", kind="metric", metric="new_clients",
                  start_value=Decimal(0), target_value=Decimal(40)),
        partners,
        KeyResult(objective_id=personal.id, sort_order=0, title="Calls made", kind="metric", metric="calls_made",
                  manager_id=head, start_value=Decimal(0), target_value=Decimal(150)),
        KeyResult(objective_id=personal.id, sort_order=1, title="Win rate", kind="metric", metric="conversion_rate",
                  manager_id=head, start_value=Decimal(20), target_value=Decimal(35)),
    ])
    s.flush()
    signed = 0
    day = quarter.start + timedelta(days=6)
    for comment in ("First talks in two cities", "Signed with the Tbilisi wholesaler", "Yerevan signed; Baku waits"):
        if day > today:
            break
        signed += 1
        s.add(CheckIn(key_result_id=partners.id, at=datetime.combine(day, datetime.min.time()) + timedelta(hours=10),
                      user_id=head, value=Decimal(signed), comment=comment))
        day += timedelta(days=14)
    partners.current_value = Decimal(signed) if signed else None
    for manager in managers:
        base = rng.randrange(10, 40) * 500
        for month in range(1, 13):
            s.add(SalesPlan(manager_id=manager, month=date(today.year, month, 1),
                            amount=Decimal(base + rng.randrange(0, 8) * 250)))
    s.flush()
    return 2
