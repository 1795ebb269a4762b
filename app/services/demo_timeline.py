"""Demo interactions: calls, meetings, e-mails and notes with believable results over the last six months."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import ContactPerson, Deal, Interaction

SHARE_OF_CLIENTS = 0.6
MAX_PER_CLIENT = 9
DAYS_BACK = 180
BATCH = 2_000

RESULTS = {
    "call": [
        ("", "No answer, will try again tomorrow"),
        ("Price list", "Asked for the new price list; sent it right after the call"),
        ("Delivery dates", "Confirmed delivery for next Tuesday, unloading from 9:00"),
        ("", "Interested in a trial batch of 20 units; waiting for their technical spec"),
        ("Payment", "Promised to pay the open invoice by Friday"),
        ("", "Not interested this quarter; call again in two months"),
        ("قیمت جدید", "مشتری قیمت جدید را پذیرفت؛ پیش‌فاکتور ارسال شود"),
        ("Скидка", "Просят скидку 5 % при оплате вперёд, обещал уточнить"),
    ],
    "meeting": [
        ("Presentation", "Presented the catalogue to the purchasing team; they shortlisted three items"),
        ("Site visit", "Visited the warehouse, measured the racks, quote to follow this week"),
        ("Contract review", "Went through the contract with their lawyer; two clauses to rework"),
        ("جلسه با مدیرعامل", "توافق اولیه برای قرارداد سالانه انجام شد"),
    ],
    "email": [
        ("Quote", "Sent the quote with two delivery options"),
        ("Re: invoice", "They asked for a corrected invoice with the new bank details"),
        ("Samples", "Confirmed the samples arrived in good condition"),
        ("Newsletter reply", "Replied to the spring offer asking about bulk prices"),
    ],
    "note": [
        ("", "Decision maker is the technical director, not purchasing"),
        ("", "Prefers WhatsApp to phone calls; best time after 14:00"),
        ("", "Budget for next year is approved in December"),
        ("", "Competitor offered 7 % less; we win on delivery time"),
        ("", "مدیر خرید تغییر کرده است؛ شماره جدید در کارت ثبت شد"),
    ],
}
KIND_WEIGHTS = {"call": 5, "email": 3, "note": 2, "meeting": 1}
DURATIONS = {"call": (1, 25), "meeting": (30, 120)}


def seed_timeline(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                  deal_ids: list[int], now: datetime) -> int:
    """Logged interactions for about 60 % of `client_ids` over the last six months; returns how many.

    Some name one of the client's contact persons, some one of its deals (from `deal_ids`).
    """
    if not client_ids:
        return 0
    contacts: dict[int, list[int]] = {}
    deals: dict[int, list[int]] = {}
    for i in range(0, len(client_ids), BATCH):
        chunk = client_ids[i:i + BATCH]
        for person_id, client_id in s.execute(select(ContactPerson.id, ContactPerson.client_id)
                                              .where(ContactPerson.client_id.in_(chunk))):
            contacts.setdefault(client_id, []).append(person_id)
    for i in range(0, len(deal_ids), BATCH):
        for deal_id, client_id in s.execute(select(Deal.id, Deal.client_id).where(Deal.id.in_(deal_ids[i:i + BATCH]))):
            deals.setdefault(client_id, []).append(deal_id)
    acting = s.info.get("user_id")
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    rows = []
    for client_id in client_ids:
        if client_id not in deals and rng.random() > SHARE_OF_CLIENTS:
            continue
        for _ in range(rng.randint(1, MAX_PER_CLIENT)):
            kind = rng.choices(kinds, weights)[0]
            subject, result = rng.choice(RESULTS[kind])
            at = now - timedelta(days=rng.randint(0, DAYS_BACK), hours=rng.randint(0, 9), minutes=rng.randint(1, 59))
            low_high = DURATIONS.get(kind)
            rows.append(dict(
                kind=kind, direction=rng.choice(["in", "out", "out"]) if kind in ("call", "email") else "",
                occurred_at=at, client_id=client_id,
                contact_person_id=rng.choice(contacts[client_id]) if contacts.get(client_id) and rng.random() < 0.6
                else None,
                deal_id=rng.choice(deals[client_id]) if deals.get(client_id) and rng.random() < 0.5 else None,
                task_id=None, user_id=rng.choice(managers) if managers else acting, subject=subject, result=result,
                duration_minutes=rng.randint(*low_high) if low_high else None,
                created_at=at, updated_at=at, version=1, created_by_id=acting, updated_by_id=acting))
    for i in range(0, len(rows), BATCH):
        s.execute(insert(Interaction), rows[i:i + BATCH])
    return len(rows)
