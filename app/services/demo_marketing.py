"""Demo marketing: three segments, a sent campaign with mixed outcomes and a cost, a draft one, deals
and leads credited to the sent campaign, and service requests in every status (some overdue)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.models import (
    Campaign,
    CampaignRecipient,
    CampaignStatus,
    Client,
    Deal,
    RecipientStatus,
    RequestKind,
    RequestPriority,
    RequestStatus,
    Segment,
    ServiceRequest,
)
from app.services import validation as v
from app.services.marketing.forms import SegmentCriteria
from app.services.marketing.segments import criteria_to_json

SEGMENTS = [
    ("VIP clients", SegmentCriteria(tags=("VIP", "Key account"))),
    ("Newsletter leads", SegmentCriteria(role="lead", tags=("Newsletter",))),
    ("Bought over 50 000 USD", SegmentCriteria(total_min=Decimal("50000"), total_currency="USD")),
]
BODY = ("Dear {contact},\n\nOur new price list for {name} is ready: pumps, valves and spare parts with spring "
        "discounts up to 15 %.\nYour manager {manager} will be glad to prepare an offer.\n\nBest regards,\n{company}")
SUBJECTS = {
    RequestKind.COMPLAINT: ["Late delivery", "Damaged packaging", "Wrong items in the order", "شکایت از تاخیر ارسال",
                            "Invoice amount is wrong"],
    RequestKind.QUESTION: ["How to order spare parts?", "Warranty terms", "Payment by instalments",
                           "Где скачать сертификат?", "Delivery to Yerevan"],
    RequestKind.REPAIR: ["Pump P-40 is leaking", "Valve does not close", "Motor overheats", "تعمیر پمپ آب",
                         "Control panel error E12"],
}
REFUSALS = ["550 5.1.1 Mailbox unavailable", "552 5.2.2 Mailbox full", "550 5.7.1 Rejected by policy"]
REQUESTS = 40


def _audit(acting: int | None, at: datetime) -> dict:
    return dict(created_at=at, updated_at=at, version=1, created_by_id=acting, updated_by_id=acting)


def _unique_name(s: Session, model, name: str) -> str:
    """`name`, or `name (2)`, … when the demo runs a second time on the same database."""
    taken = set(s.scalars(select(model.name_key)))
    candidate, n = name, 1
    while v.fold(candidate) in taken:
        n += 1
        candidate = f"{name} ({n})"
    return candidate


def seed_marketing(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                   deal_ids: list[int], now: datetime) -> int:
    """Segments, campaigns, recipients and service requests for the clients just made; returns row count."""
    acting = managers[0] if managers else None
    made = 0
    segment_ids = []
    for name, criteria in SEGMENTS:
        name = _unique_name(s, Segment, name)
        segment_ids.append(s.execute(insert(Segment).returning(Segment.id), [dict(
            name=name, name_key=v.fold(name), criteria=criteria_to_json(criteria),
            **_audit(acting, now - timedelta(days=60)))]).scalar_one())
        made += 1
    started = now - timedelta(days=45)
    sent_name = _unique_name(s, Campaign, "Spring price list")
    sent_id = s.execute(insert(Campaign).returning(Campaign.id), [dict(
        name=sent_name, name_key=v.fold(sent_name), segment_id=segment_ids[0],
        subject="Spring prices for {name}", body=BODY, cost=Decimal("450.00"), currency="USD",
        status=CampaignStatus.SENT, started_at=started, finished_at=started + timedelta(minutes=40),
        **_audit(acting, started - timedelta(days=2)))]).scalar_one()
    draft_name = _unique_name(s, Campaign, "Autumn newsletter")
    s.execute(insert(Campaign).returning(Campaign.id), [dict(
        name=draft_name, name_key=v.fold(draft_name), segment_id=segment_ids[1],
        subject="News from {company}", body="Hello {contact},\n\nHere is what is new this autumn…",
        cost=Decimal("120.00"), currency="USD", status=CampaignStatus.DRAFT, started_at=None, finished_at=None,
        **_audit(acting, now - timedelta(days=3)))])
    made += 2
    if client_ids:
        sample = rng.sample(client_ids, min(len(client_ids), 120))
        emails = dict(s.execute(select(Client.id, Client.primary_email).where(Client.id.in_(sample))).all())
        recipients = []
        for i, cid in enumerate(sample):
            email = emails.get(cid) or ""
            if not email:
                status, error = RecipientStatus.SKIPPED, "no e-mail address"
            elif i % 17 == 5:
                status, error = RecipientStatus.SKIPPED, "unsubscribed"
            elif i % 11 == 3:
                status, error = RecipientStatus.FAILED, rng.choice(REFUSALS)
            else:
                status, error = RecipientStatus.SENT, ""
            recipients.append(dict(campaign_id=sent_id, client_id=cid, email=email, status=status, error=error,
                                   sent_at=started + timedelta(seconds=i * 7) if status == RecipientStatus.SENT
                                   else None))
        s.execute(insert(CampaignRecipient), recipients)
        unsubscribed = [r["client_id"] for r in recipients if r["error"] == "unsubscribed"]
        if unsubscribed:
            s.execute(update(Client).where(Client.id.in_(unsubscribed)).values(unsubscribed=True))
        leads = sample[: max(1, len(sample) // 10)]
        s.execute(update(Client).where(Client.id.in_(leads)).values(source_campaign_id=sent_id,
                                                                     source="E-mail campaign"))
        made += len(recipients)
    if deal_ids:
        credited = rng.sample(deal_ids, max(1, len(deal_ids) // 8))
        s.execute(update(Deal).where(Deal.id.in_(credited)).values(source_campaign_id=sent_id,
                                                                   source="E-mail campaign"))
    made += _service_requests(s, rng=rng, managers=managers, client_ids=client_ids, now=now)
    return made


def _service_requests(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                      now: datetime) -> int:
    if not client_ids:
        return 0
    statuses = list(RequestStatus)
    rows = []
    for i in range(REQUESTS):
        status = statuses[i % len(statuses)]
        kind = rng.choice(list(RequestKind))
        created = now - timedelta(days=rng.randint(1, 60), hours=rng.randint(0, 23))
        # Every third open one is past its due time: the list shows them in red.
        overdue = status in (RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.WAITING) and i % 3 == 0
        due = now - timedelta(days=rng.randint(1, 5)) if overdue else now + timedelta(days=rng.randint(1, 14))
        resolved = created + timedelta(days=rng.randint(1, 5)) \
            if status in (RequestStatus.RESOLVED, RequestStatus.CLOSED) else None
        rows.append(dict(
            number=None, kind=kind, client_id=rng.choice(client_ids), contact_person_id=None,
            subject=rng.choice(SUBJECTS[kind]), description="Reported by phone; details in the call notes.",
            priority=rng.choice(list(RequestPriority)), responsible_id=rng.choice(managers) if managers else None,
            status=status, due_at=due.replace(microsecond=0),
            resolution="Replaced the faulty part under warranty." if resolved else "",
            resolved_at=resolved, closed_at=resolved + timedelta(days=1) if resolved and
            status == RequestStatus.CLOSED else None,
            document_ref=f"Invoice 2025-{rng.randint(100, 999)}" if rng.random() < 0.5 else "",
            product_ref=rng.choice(["Pump P-40", "Valve DN50", "Motor 5 kW", ""]),
            **_audit(managers[0] if managers else None, created)))
    ids = s.execute(insert(ServiceRequest).returning(ServiceRequest.id), rows).scalars().all()
    table = ServiceRequest.__table__
    # Numbered as create_request numbers them: from the id.
    s.execute(update(table).where(table.c.id == bindparam("rid")).values(number=bindparam("sr_number")),
              [dict(rid=ident, sr_number=f"SR-{ident:06d}") for ident in ids])
    return len(ids)
