"""Payments and what clients owe.

An incoming payment is allocated to one or several of the client's confirmed invoices, each partly or
fully; what is not allocated stays as the client's credit and can be allocated later. Allocations never
exceed the payment nor what an invoice still has open. `client_balance` is maintained in the same
transaction (invoiced on invoice confirmation, paid on payment), in the company currency.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    Client,
    ClientBalance,
    DocStatus,
    DocType,
    Document,
    Payment,
    PaymentAllocation,
    PaymentDirection,
    PaymentMethod,
    PaymentStatus,
    Progress,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import check_version, get_or_404, parse_decimal, raise_if
from app.services.documents.editing import _balance_row, company, in_company_currency, rate_at
from app.services.documents.forms import (
    AgingRow,
    ClientMoney,
    OpenInvoice,
    PaymentForm,
    PaymentRow,
    Statement,
    StatementEntry,
)
from app.services.documents.numbering import take_number
from app.services.documents.totals import ZERO, round_money
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.stock.posting import retrying
from app.services.uow import UnitOfWork

STATEMENT_TYPES = (DocType.INVOICE, DocType.RETURN, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN)


def _row(s: Session, p: Payment, client_name: str | None = None) -> PaymentRow:
    if client_name is None:
        client = s.get(Client, p.client_id)
        client_name = client.display_name if client else ""
    return PaymentRow(p.id, p.number, p.direction, p.method, p.client_id, client_name,
                      p.pay_date, p.amount, p.allocated, p.currency, p.reference, p.status, p.version)


def set_payment_state(inv: Document) -> None:
    inv.payment = (Progress.NONE if inv.settled <= 0 else
                   Progress.FULLY if inv.settled >= inv.total else Progress.PARTLY)


def _allocate(s: Session, payment: Payment, items: list[tuple[int, Decimal | str]], errors: dict[str, str]) -> None:
    free = payment.amount - payment.allocated
    seen: set[int] = set()
    for i, (invoice_id, raw) in enumerate(items):
        f = f"allocations.{i}."
        amount = parse_decimal(raw, f + "amount", errors)
        inv = s.get(Document, invoice_id, with_for_update=True, populate_existing=True)
        wanted = DocType.INVOICE if payment.direction == PaymentDirection.INCOMING else DocType.SUPPLIER_INVOICE
        if inv is None or inv.doc_type != wanted or inv.client_id != payment.client_id:
            errors[f + "document_id"] = (msg("is not an invoice of this client") if wanted == DocType.INVOICE
                                         else msg("is not an invoice of this supplier"))
            continue
        if inv.status != DocStatus.CONFIRMED:
            errors[f + "document_id"] = (msg("{number} is not confirmed", number=inv.number) if inv.number
                                         else msg("the invoice is not confirmed"))
            continue
        if invoice_id in seen:
            errors[f + "document_id"] = msg("{number} is listed twice", number=inv.number)
            continue
        seen.add(invoice_id)
        if inv.currency != payment.currency:
            errors[f + "document_id"] = msg("{number} is in {currency}, the payment in {payment_currency}", number=inv.number, currency=inv.currency, payment_currency=payment.currency)
            continue
        if amount is None:
            continue
        if amount <= 0:
            errors[f + "amount"] = msg("must be more than zero")
            continue
        if amount != round_money(amount, payment.currency):
            errors[f + "amount"] = msg("has more decimals than the currency")
            continue
        open_ = inv.total - inv.settled
        if amount > open_:
            errors[f + "amount"] = msg("is more than {number} has open ({open_})", number=inv.number, open_=open_)
            continue
        if amount > free:
            errors[f + "amount"] = msg("is more than the payment has left to allocate ({free})", free=free)
            continue
        free -= amount
        inv.settled += amount
        set_payment_state(inv)
        payment.allocated += amount
        s.add(PaymentAllocation(payment_id=payment.id, document_id=inv.id, amount=amount))


def register_in(s: Session, form: PaymentForm) -> Payment:
    """`register_payment` inside the caller's transaction (the demo seeds payments through this)."""
    comp = company(s)
    errors: dict[str, str] = {}
    client = s.get(Client, form.client_id) if form.client_id is not None else None
    if client is None:
        errors["client_id"] = msg("choose the client")
    amount = parse_decimal(form.amount, "amount", errors)
    currency = (v.clean(form.currency) or comp.currency).upper()
    if amount is not None and amount <= 0:
        errors["amount"] = msg("must be more than zero")
    elif amount is not None and amount != round_money(amount, currency):
        errors["amount"] = msg("has more decimals than the currency")
    if form.direction not in set(PaymentDirection):
        errors["direction"] = msg("is incoming or outgoing")
    if form.method not in set(PaymentMethod):
        errors["method"] = msg("is bank or cash")
    day = form.pay_date or date.today()
    rate = rate_at(s, currency, day) if len(currency) == 3 else None
    if rate is None:
        errors["currency"] = msg("no {currency} rate on or before {day}", currency=currency, day=day.isoformat())
    if len(v.clean(form.reference)) > 100:
        errors["reference"] = msg("is longer than 100 characters")
    raise_if(errors)
    _, number = take_number(s, "payment", "", day.year)
    payment = Payment(number=number, direction=form.direction, method=form.method, client_id=client.id,
                      pay_date=day, amount=amount, currency=currency, rate=rate, allocated=ZERO,
                      reference=v.clean(form.reference), comment=(form.comment or "").strip(),
                      status=PaymentStatus.POSTED)
    s.add(payment)
    s.flush()
    _allocate(s, payment, list(form.allocations), errors)
    raise_if(errors)
    bal = _balance_row(s, client.id)
    if form.direction == PaymentDirection.INCOMING:
        bal.paid += in_company_currency(s, amount, rate)
    else:
        bal.paid_out += in_company_currency(s, amount, rate)
    bal.version += 1
    s.flush()
    return payment


@requires(Area.PAYMENTS, Action.CREATE)
def register_payment(uow: UnitOfWork, form: PaymentForm) -> PaymentRow:
    """Record a payment and allocate it; raises ValidationError listing every bad field."""

    def once() -> PaymentRow:
        with uow:
            s = uow.session
            payment = register_in(s, form)
            row = _row(s, payment)
            uow.commit()
            return row

    return retrying(once)


@requires(Area.PAYMENTS, Action.POST)
def allocate_payment(uow: UnitOfWork, payment_id: int, allocations: list[tuple[int, Decimal | str]]) -> PaymentRow:
    """Allocate what is left of a payment (the client's credit) to invoices."""
    with uow:
        s = uow.session
        payment = s.get(Payment, payment_id, with_for_update=True, populate_existing=True)
        if payment is None:
            get_or_404(s, Payment, payment_id, "payment")
        if payment.status != PaymentStatus.POSTED:
            raise ValidationError({"status": msg("a cancelled payment is not allocated")})
        errors: dict[str, str] = {}
        _allocate(s, payment, allocations, errors)
        raise_if(errors)
        s.flush()
        row = _row(s, payment)
        uow.commit()
        return row


@requires(Area.PAYMENTS, Action.POST)
def cancel_payment(uow: UnitOfWork, payment_id: int, *, expected_version: int) -> PaymentRow:
    """Cancel a payment: its allocations come off the invoices and the client owes it again."""
    with uow:
        s = uow.session
        payment = s.get(Payment, payment_id, with_for_update=True, populate_existing=True)
        if payment is None:
            get_or_404(s, Payment, payment_id, "payment")
        check_version(s, payment, expected_version, "payment")
        if payment.status == PaymentStatus.CANCELLED:
            raise ValidationError({"status": msg("{number} is already cancelled", number=payment.number)})
        for alloc in s.scalars(select(PaymentAllocation).where(PaymentAllocation.payment_id == payment.id)):
            inv = s.get(Document, alloc.document_id, with_for_update=True, populate_existing=True)
            inv.settled -= alloc.amount
            set_payment_state(inv)
            s.delete(alloc)
        payment.allocated = ZERO
        payment.status = PaymentStatus.CANCELLED
        bal = _balance_row(s, payment.client_id)
        if payment.direction == PaymentDirection.INCOMING:
            bal.paid -= in_company_currency(s, payment.amount, payment.rate)
        else:
            bal.paid_out -= in_company_currency(s, payment.amount, payment.rate)
        bal.version += 1
        s.flush()
        row = _row(s, payment)
        uow.commit()
        return row


def payment_filter(stmt, client_id: int | None, direction: str | None, search: str):
    if client_id is not None:
        stmt = stmt.where(Payment.client_id == client_id)
    if direction:
        stmt = stmt.where(Payment.direction == direction)
    text = v.clean(search)
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Payment.number.ilike(like), Payment.reference.ilike(like),
                              Client.display_name.ilike(like)))
    return stmt


@requires(Area.PAYMENTS, Action.VIEW)
def list_payments(uow: UnitOfWork, *, client_id: int | None = None, direction: str | None = None, search: str = "",
                  offset: int = 0, limit: int = 200) -> list[PaymentRow]:
    """Payments newest first, a page at a time."""
    with uow:
        s = uow.session
        stmt = select(Payment, Client.display_name).join(Client, Client.id == Payment.client_id)
        stmt = payment_filter(stmt, client_id, direction, search)
        stmt = stmt.order_by(Payment.pay_date.desc(), Payment.id.desc()).offset(offset).limit(limit)
        return [_row(s, p, name) for p, name in s.execute(stmt).all()]


@requires(Area.PAYMENTS, Action.VIEW)
def count_payments(uow: UnitOfWork, *, client_id: int | None = None, direction: str | None = None,
                   search: str = "") -> int:
    with uow:
        stmt = select(func.count(Payment.id)).join(Client, Client.id == Payment.client_id)
        return uow.session.scalar(payment_filter(stmt, client_id, direction, search)) or 0


@requires(Area.PAYMENTS, Action.EXPORT)
def export_aging(uow: UnitOfWork, path: str, *, as_of: date | None = None, payables: bool = False) -> int:
    """The aging table as an Excel workbook (numbers, not text, with a totals row); returns the row count."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    rows = aging(uow, as_of=as_of, payables=payables)
    with uow:
        currency = company(uow.session).currency
    wb = Workbook()
    ws = wb.active
    day = (as_of or date.today()).isoformat()
    ws.title = msg("Payables") if payables else msg("Receivables")
    ws.append([msg("Payables at {day}, {currency}", day=day, currency=currency) if payables
               else msg("Receivables at {day}, {currency}", day=day, currency=currency)])
    ws["A1"].font = Font(bold=True)
    ws.append([msg("Client"), msg("Not yet due"), msg("0–30 days"), msg("31–60 days"),
               msg("61–90 days"), msg("Over 90 days"), msg("Total")])
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r.client_name, r.current, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.total])
    n = len(rows)
    if n:
        ws.append([msg("Total"), *[f"=SUM({c}3:{c}{n + 2})" for c in "BCDEFG"]])
        for cell in ws[n + 3]:
            cell.font = Font(bold=True)
    for row in ws.iter_rows(min_row=3, min_col=2):
        for cell in row:
            cell.number_format = "#,##0.00"
    ws.column_dimensions["A"].width = 40
    for c in "BCDEFG":
        ws.column_dimensions[c].width = 15
    wb.save(path)
    return n


@requires(Area.PAYMENTS, Action.VIEW)
def open_invoices(uow: UnitOfWork, client_id: int, *, as_of: date | None = None,
                  direction: str = PaymentDirection.INCOMING) -> list[OpenInvoice]:
    """The client's confirmed invoices with something left to pay, oldest due first (direction "out": the
    supplier's invoices we have to pay)."""
    as_of = as_of or date.today()
    doc_type = DocType.INVOICE if direction == PaymentDirection.INCOMING else DocType.SUPPLIER_INVOICE
    with uow:
        stmt = (select(Document).where(Document.client_id == client_id, Document.doc_type == doc_type,
                                       Document.status == DocStatus.CONFIRMED, Document.settled < Document.total)
                .order_by(Document.due_date, Document.id))
        return [OpenInvoice(d.id, d.number or "", d.doc_date, d.due_date, d.total, d.settled, d.currency,
                            max(0, (as_of - d.due_date).days) if d.due_date else 0)
                for d in uow.session.scalars(stmt)]


@requires(Area.DOCUMENTS, Action.VIEW)
def client_money(uow: UnitOfWork, client_id: int, *, as_of: date | None = None) -> ClientMoney:
    """Invoiced, paid, balance, credit and overdue for the client card (maintained figures, no ledger scan)."""
    as_of = as_of or date.today()
    with uow:
        s = uow.session
        client = get_or_404(s, Client, client_id, "client")
        bal = s.get(ClientBalance, client_id)
        credit = s.scalar(select(func.coalesce(func.sum(Payment.amount - Payment.allocated), 0)).where(
            Payment.client_id == client_id, Payment.status == PaymentStatus.POSTED,
            Payment.direction == PaymentDirection.INCOMING)) or 0
        credit += s.scalar(select(func.coalesce(func.sum(Document.total - Document.settled), 0)).where(
            Document.client_id == client_id, Document.doc_type == DocType.RETURN,
            Document.status == DocStatus.CONFIRMED)) or 0
        overdue = s.scalar(select(func.coalesce(func.sum(Document.total - Document.settled), 0)).where(
            Document.client_id == client_id, Document.doc_type == DocType.INVOICE,
            Document.status == DocStatus.CONFIRMED, Document.due_date < as_of,
            Document.settled < Document.total)) or 0
        return ClientMoney(client_id, bal.invoiced if bal else ZERO, bal.paid if bal else ZERO, Decimal(credit),
                           Decimal(overdue), client.credit_limit, company(s).currency,
                           bal.billed if bal else ZERO, bal.paid_out if bal else ZERO)


@requires(Area.PAYMENTS, Action.VIEW)
def aging(uow: UnitOfWork, *, as_of: date | None = None, payables: bool = False) -> list[AgingRow]:
    """Receivables (or, with `payables`, what we owe suppliers) by days past due (0–30, 31–60, 61–90, 90+),
    in the company currency, largest first."""
    as_of = as_of or date.today()
    doc_type = DocType.SUPPLIER_INVOICE if payables else DocType.INVOICE
    with uow:
        s = uow.session
        buckets: dict[int, list[Decimal]] = defaultdict(lambda: [ZERO] * 5)
        names: dict[int, str] = {}
        rows = s.execute(select(Document.client_id, Client.display_name, Document.due_date,
                                Document.total - Document.settled, Document.rate)
                         .join(Client, Client.id == Document.client_id)
                         .where(Document.doc_type == doc_type, Document.status == DocStatus.CONFIRMED,
                                Document.settled < Document.total)).all()
        cur = company(s).currency
        for client_id, name, due, open_, rate in rows:
            names[client_id] = name
            days = (as_of - due).days if due else 0
            i = 0 if days <= 0 else 1 if days <= 30 else 2 if days <= 60 else 3 if days <= 90 else 4
            buckets[client_id][i] += round_money(Decimal(open_) * rate, cur)
        out = [AgingRow(cid, names[cid], *b) for cid, b in buckets.items()]
        return sorted(out, key=lambda r: (-r.total, r.client_name))


@requires(Area.DOCUMENTS, Action.VIEW)
def statement(uow: UnitOfWork, client_id: int, date_from: date, date_to: date) -> Statement:
    """The statement of mutual settlements: opening balance, every invoice, return, supplier invoice and
    payment, closing balance (company currency; positive: the client owes us)."""
    if date_to < date_from:
        raise ValidationError({"date_to": msg("is before the start of the period")})
    with uow:
        s = uow.session
        client = get_or_404(s, Client, client_id, "client")
        cur = company(s).currency
        # Debit: what makes the client owe us more; credit: what makes it owe less (or us owe it).
        debit_types = (DocType.INVOICE, DocType.SUPPLIER_RETURN)
        inv_live = (Document.client_id == client_id, Document.doc_type.in_(STATEMENT_TYPES),
                    Document.status == DocStatus.CONFIRMED)
        signed_total = case((Document.doc_type.in_(debit_types), Document.total * Document.rate),
                            else_=-Document.total * Document.rate)
        pay_live = (Payment.client_id == client_id, Payment.status == PaymentStatus.POSTED)
        opening_inv = s.scalar(select(func.coalesce(func.sum(signed_total), 0))
                               .where(*inv_live, Document.doc_date < date_from)) or 0
        opening_in = s.scalar(select(func.coalesce(func.sum(Payment.amount * Payment.rate), 0)).where(
            *pay_live, Payment.direction == PaymentDirection.INCOMING, Payment.pay_date < date_from)) or 0
        opening_out = s.scalar(select(func.coalesce(func.sum(Payment.amount * Payment.rate), 0)).where(
            *pay_live, Payment.direction == PaymentDirection.OUTGOING, Payment.pay_date < date_from)) or 0
        opening = round_money(Decimal(opening_inv) - Decimal(opening_in) + Decimal(opening_out), cur)
        entries: list[tuple] = []
        for d in s.scalars(select(Document).where(*inv_live, Document.doc_date >= date_from,
                                                  Document.doc_date <= date_to)):
            value = round_money(d.total * d.rate, cur)
            debit = d.doc_type in debit_types
            entries.append((d.doc_date, 0, d.id, StatementEntry(d.doc_date, d.doc_type, d.number or "",
                                                                  value if debit else ZERO, ZERO if debit else value)))
        for p in s.scalars(select(Payment).where(*pay_live, Payment.pay_date >= date_from,
                                                 Payment.pay_date <= date_to)):
            value = round_money(p.amount * p.rate, cur)
            incoming = p.direction == PaymentDirection.INCOMING
            entries.append((p.pay_date, 1, p.id, StatementEntry(
                p.pay_date, "payment" if incoming else "refund", p.number + (f" ({p.reference})" if p.reference else ""),
                ZERO if incoming else value, value if incoming else ZERO)))
        entries.sort(key=lambda e: e[:3])
        rows = tuple(e[3] for e in entries)
        closing = opening + sum((e.debit - e.credit for e in rows), ZERO)
        return Statement(client_id, client.display_name, date_from, date_to, cur, opening, rows, closing)


@requires(Area.CLIENTS, Action.EDIT)
def set_credit_limit(uow: UnitOfWork, client_id: int, limit: Decimal | str | None) -> ClientMoney:
    """Set (or with None/"" remove) the most a client may owe, in the company currency. Only users who may
    override the limit (admins, or with can_override_credit) may set it. The client's version is left
    alone: the limit is not part of the client card, so an open card is not made stale by it."""
    from sqlalchemy import update

    from app.models import User
    from app.services.errors import PermissionDenied

    errors: dict[str, str] = {}
    value = None if limit in (None, "") else parse_decimal(limit, "credit_limit", errors)
    if value is not None and (value < 0 or value != round_money(value)):
        errors["credit_limit"] = msg("must be zero or more, in cents at most")
    raise_if(errors)
    with uow:
        s = uow.session
        get_or_404(s, Client, client_id, "client")
        user = s.get(User, uow.user_id) if uow.user_id else None
        if user is None or not (user.is_admin or user.can_override_credit):
            raise PermissionDenied("set a client's credit limit")
        s.execute(update(Client).where(Client.id == client_id).values(credit_limit=value)
                  .execution_options(synchronize_session=False))
        uow.commit()
    return client_money(uow, client_id)
