"""Demo sales documents: for some clients a quote → order → invoice → waybill chain, invoices spread over
the last months (some overdue), payments that settle part of them, and the company's requisites."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import STOCKED_KINDS, Client, Company, Document, Product, StockBalance, Warehouse
from app.services.documents.editing import _create, confirm_in, create_from_in
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.documents.payments import register_in
from app.services.errors import DomainError

REQUISITES = {
    "legal_name": "Karavan Demo Trading LLC", "tax_id": "7701234567", "registration_ids": "1027700132195",
    "legal_address": "12 Tverskaya St, Moscow 125009", "actual_address": "12 Tverskaya St, Moscow 125009",
    "bank_name": "Demo Bank", "bank_account": "40702810900000012345", "bank_code": "044525593",
    "director_name": "Anna Ivanova", "accountant_name": "Boris Petrov", "phone": "+7 495 123-45-67",
    "email": "office@karavan.example", "website": "karavan.example",
    "document_terms": "Payment within 10 days of the invoice date. The goods remain ours until paid.",
    "document_footer": "Karavan Demo Trading LLC · thank you for your business",
}


def _requisites(s: Session) -> None:
    company = s.scalars(select(Company).limit(1)).first()
    if company is not None and not company.legal_name:
        for key, value in REQUISITES.items():
            setattr(company, key, value)


def seed_documents(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                   deal_ids: list[int], now: datetime, chains: int = 40) -> int:
    """Returns how many documents it made."""
    _requisites(s)
    wh = s.scalars(select(Warehouse).where(Warehouse.archived.is_(False), Warehouse.allow_negative.is_(False))
                   .order_by(Warehouse.id)).first()
    if wh is None or not client_ids:
        return 0
    stock = list(s.execute(select(Product.id, StockBalance.on_hand - StockBalance.reserved)
                           .join(StockBalance, StockBalance.product_id == Product.id)
                           .where(StockBalance.warehouse_id == wh.id, StockBalance.lot_key == 0,
                                  Product.kind.in_(STOCKED_KINDS), Product.tracks_lots.is_(False),
                                  Product.archived.is_(False), StockBalance.on_hand - StockBalance.reserved > 10)
                           .order_by(Product.id)).tuples())
    if not stock:
        return 0
    today = now.date()
    made = 0
    for client_id in _clients_for_chains(s, rng, client_ids, chains):
        picked = rng.sample(stock, min(len(stock), rng.randint(1, 4)))
        day = today - timedelta(days=rng.randint(0, 120))
        try:
            with s.begin_nested():  # a chain that cannot be made (stock ran out) leaves nothing behind
                form = DocumentForm(doc_type="quote", client_id=client_id, doc_date=day, warehouse_id=wh.id,
                                    lines=[LineForm(pid, quantity=Decimal(rng.randint(1, 3))) for pid, _ in picked])
                quote = _create(s, form)
                confirm_in(s, s.get(Document, quote.id))
                order = create_from_in(s, quote.id, "order")
                confirm_in(s, s.get(Document, order.id), override_credit=True)
                made += 2
                if rng.random() < 0.2:
                    continue  # some orders wait for their invoice
                invoice = create_from_in(s, order.id, "invoice")
                inv = s.get(Document, invoice.id)
                confirm_in(s, inv, override_credit=True)
                made += 1
                if rng.random() < 0.7:
                    waybill = create_from_in(s, invoice.id, "waybill")
                    wb = s.get(Document, waybill.id)
                    wb.doc_date = today
                    confirm_in(s, wb, confirm_backdated=True)
                    made += 1
                share = rng.choice([Decimal(0), Decimal("0.5"), Decimal(1), Decimal(1)])
                if share:
                    _pay(s, inv, (inv.total * share).quantize(Decimal("0.01")), min(today, day + timedelta(days=5)))
        except DomainError:
            continue
    return made


def _clients_for_chains(s: Session, rng: random.Random, client_ids: list[int], chains: int) -> list[int]:
    """`chains` clients, the first one of each document language (Persian, Arabic, Russian, the company's), so
    a demo database has documents printed in all four."""
    language = {cid: lang for cid, lang in s.execute(select(Client.id, Client.language)
                                                     .where(Client.id.in_(client_ids)))}
    first = [next(c for c in client_ids if language.get(c) == lang) for lang in ("fa", "ar", "ru", "")
             if any(language.get(c) == lang for c in client_ids)][:chains]
    rest = [c for c in client_ids if c not in first]
    return first + rng.sample(rest, min(chains - len(first), len(rest)))


def _pay(s: Session, inv: Document, amount: Decimal, day: date) -> None:
    register_in(s, PaymentForm(inv.client_id, amount, pay_date=day, currency=inv.currency,
                               reference=f"bank transfer for {inv.number}", allocations=[(inv.id, amount)]))
