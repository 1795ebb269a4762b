"""Demo sales funnel: two pipelines, lost reasons, and deals in every stage with a believable history."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Client,
    ClientStatus,
    Deal,
    DealStageChange,
    DealStatus,
    LostReason,
    Pipeline,
    Stage,
    StageKind,
)
from app.services import validation as v

PIPELINES = {
    "Wholesale": [("Lead", 10), ("Qualified", 25), ("Proposal", 50), ("Negotiation", 75)],
    "Projects": [("Brief", 5), ("Estimate", 30), ("Contract review", 60)],
}
LOST_REASONS = ["Price too high", "Chose a competitor", "No budget", "No answer", "Delivery time too long"]
PRODUCTS = ["Pumps", "Valves", "Steel pipes", "Office furniture", "Packaging line", "Service contract",
            "Spare parts", "Installation works", "Warehouse racks", "Cable and wire"]
SOURCES = ["Website", "Exhibition", "Referral", "Cold call", "E-mail campaign"]
MAX_DEALS = 2_000  # the demo is for looking around; the benchmarks seed their own volumes


def _pipelines(s: Session) -> list[Pipeline]:
    existing = list(s.scalars(select(Pipeline).order_by(Pipeline.sort_order)))
    if existing:
        return existing
    made = []
    for order, (name, stages) in enumerate(PIPELINES.items()):
        pipeline = Pipeline(name=name, name_key=v.fold(name), sort_order=order, archived=False)
        for i, (stage_name, probability) in enumerate(stages):
            pipeline.stages.append(Stage(name=stage_name, name_key=v.fold(stage_name), kind=StageKind.OPEN,
                                         probability=Decimal(probability), sort_order=i))
        pipeline.stages.append(Stage(name="Won", name_key="won", kind=StageKind.WON, probability=Decimal(100),
                                     sort_order=len(stages)))
        pipeline.stages.append(Stage(name="Lost", name_key="lost", kind=StageKind.LOST, probability=Decimal(0),
                                     sort_order=len(stages) + 1))
        s.add(pipeline)
        made.append(pipeline)
    s.flush()
    return made


def _lost_reasons(s: Session) -> list[LostReason]:
    have = {r.name_key: r for r in s.scalars(select(LostReason))}
    for name in LOST_REASONS:
        if v.fold(name) not in have:
            reason = LostReason(name=name, name_key=v.fold(name), archived=False)
            s.add(reason)
            have[reason.name_key] = reason
    s.flush()
    return list(have.values())


def seed_funnel(s: Session, *, rng: random.Random, managers: list[int], first_client_id: int | None,
                now: datetime) -> int:
    """Deals for about a third of the active clients added since `first_client_id`; returns how many."""
    if first_client_id is None:
        return 0
    pipelines = _pipelines(s)
    reasons = _lost_reasons(s)
    clients = list(s.execute(select(Client.id, Client.display_name, Client.manager_id).where(
        Client.id >= first_client_id, Client.status == ClientStatus.ACTIVE)))
    chosen = [c for c in clients if rng.random() < 0.35][:MAX_DEALS]
    plans = []
    for client_id, client_name, manager_id in chosen:
        pipeline = pipelines[0] if rng.random() < 0.7 else pipelines[-1]
        stages = sorted(pipeline.stages, key=lambda st: st.sort_order)
        open_stages = [st for st in stages if st.kind == StageKind.OPEN]
        roll = rng.random()
        if roll < 0.6:
            path = open_stages[: rng.randint(1, len(open_stages))]
        elif roll < 0.85:
            path = [*open_stages[: rng.randint(1, len(open_stages))], stages[-2]]   # won
        else:
            path = [*open_stages[: rng.randint(1, len(open_stages))], stages[-1]]   # lost
        created = now - timedelta(days=rng.randint(5, 200), hours=rng.randint(0, 23))
        moments, t = [], created
        for _ in path:
            moments.append(t)
            t = min(now - timedelta(hours=1), t + timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 23)))
        final = path[-1]
        reason = rng.choice(reasons) if final.kind == StageKind.LOST else None
        status = {"open": DealStatus.OPEN, "won": DealStatus.WON, "lost": DealStatus.LOST}[final.kind]
        closed = moments[-1] if final.kind != StageKind.OPEN else None
        expected = (closed.date() if closed else (now + timedelta(days=rng.randint(-20, 120))).date())
        deal = Deal(
            title=f"{rng.choice(PRODUCTS)} — {client_name}"[:300], client_id=client_id,
            amount=Decimal(rng.randint(500, 250_000)) + Decimal(rng.randint(0, 99)) / 100,
            currency="USD", expected_close=expected, manager_id=manager_id or rng.choice(managers or [None]),
            source=rng.choice(SOURCES), pipeline_id=pipeline.id, stage_id=final.id,
            probability=Decimal(rng.choice([30, 45, 60])) if rng.random() < 0.1 and final.kind == "open" else None,
            notes="", status=status, lost_reason_id=reason.id if reason else None,
            lost_comment="", stage_entered_at=moments[-1], closed_at=closed,
            created_at=created, updated_at=moments[-1])
        s.add(deal)
        plans.append((deal, path, moments, reason))
    s.flush()
    changes = []
    for deal, path, moments, reason in plans:
        previous = None
        for stage, moment in zip(path, moments, strict=True):
            changes.append(DealStageChange(
                deal_id=deal.id, from_stage_id=previous, to_stage_id=stage.id, changed_at=moment,
                changed_by_id=deal.manager_id,
                lost_reason_id=reason.id if reason and stage.kind == StageKind.LOST else None))
            previous = stage.id
    s.add_all(changes)
    s.flush()
    return len(plans)
