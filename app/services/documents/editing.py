"""Sales documents: drafts, confirmation (numbers, reservations, shipments, debts), cancellation and the
chain deal → quote → order → invoice → waybill / act.

What confirming does, by type:
- quote: takes its number; nothing else counts.
- order: reserves its stocked lines in its warehouse (source "order:ID"); checks the credit limit.
- invoice: the client owes its total (client_balance.invoiced, company currency); checks the credit limit.
- waybill: posts a shipment of its goods from its warehouse, consuming the order's reservation.
- act: records the services done.
- buying (purchase order, goods receipt, supplier invoice, return to the supplier): see receiving.py.
Cancelling undoes exactly that (the waybill's shipment by reversal moves) and keeps the number.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Client,
    ClientBalance,
    Company,
    ContactPerson,
    CurrencyRate,
    Deal,
    DealLine,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Product,
    Progress,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    StockMove,
    Unit,
    User,
    VatMode,
    Warehouse,
)
from app.models.base import utcnow
from app.models.documents import PRINT_LANGUAGES
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import check_version, get_or_404, parse_decimal, raise_if
from app.services.catalog.pricing import price_quote
from app.services.documents.forms import (
    ChainLink,
    CreditCheck,
    DocumentCard,
    DocumentForm,
    DocumentRow,
    LineForm,
    LineRow,
    VatRow,
)
from app.services.documents.numbering import take_number
from app.services.documents.receiving import (
    RECEIVING_TYPES,
    incoming_of,
    invoiced_qty,
    invoiced_receipt,
    receipt_costs,
    receipt_order,
    received_qty,
    received_stock_of,
    shift_incoming,
)
from app.services.documents.totals import ZERO, document_totals, line_amounts, round_money
from app.services.errors import CreditLimitExceeded, PermissionDenied, ValidationError
from app.services.i18n import msg
from app.services.stock.balances import fefo_split
from app.services.stock.documents import PREFIX as STOCK_PREFIX
from app.services.stock.documents import quantity_error
from app.services.stock.posting import post_in, retrying, unpost_in
from app.services.stock.reservations import release_in, reserve_many_in
from app.services.uow import UnitOfWork
from app.services.words import doc_type_word, status_word

# What each type can be made from, in one action.
MADE_FROM = {
    DocType.ORDER: {DocType.QUOTE},
    DocType.INVOICE: {DocType.QUOTE, DocType.ORDER},
    DocType.WAYBILL: {DocType.ORDER, DocType.INVOICE},
    DocType.ACT: {DocType.ORDER, DocType.INVOICE},
    DocType.RETURN: {DocType.WAYBILL},
    DocType.CONTRACT: {DocType.QUOTE, DocType.ORDER},
    DocType.GOODS_RECEIPT: {DocType.PURCHASE_ORDER},
    # From the order: the invoice receives the goods itself; from a goods receipt: they came with the receipt.
    DocType.SUPPLIER_INVOICE: {DocType.PURCHASE_ORDER, DocType.GOODS_RECEIPT},
    DocType.SUPPLIER_RETURN: {DocType.SUPPLIER_INVOICE},
}
DELIVERY_TYPES = (DocType.WAYBILL, DocType.ACT)
PURCHASE_TYPES = (DocType.PURCHASE_ORDER, DocType.GOODS_RECEIPT, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN)
# Types whose lines must all be goods kept in stock (they move stock on confirmation).
STOCK_TYPES = (DocType.WAYBILL, DocType.RETURN, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN,
               DocType.PURCHASE_ORDER, DocType.GOODS_RECEIPT)
MAX_PRICE = Decimal("1e12")


def company(s: Session) -> Company:
    row = s.scalars(select(Company).limit(1)).first()
    if row is None:
        raise ValidationError({"company": msg("the company is not set up yet")})
    return row


def rate_at(s: Session, currency: str, day: date) -> Decimal | None:
    """Company-currency units per unit of `currency` on `day` (the latest rate on or before it)."""
    if currency == company(s).currency:
        return Decimal("1")
    return s.scalar(select(CurrencyRate.rate).where(CurrencyRate.currency == currency, CurrencyRate.rate_date <= day)
                    .order_by(CurrencyRate.rate_date.desc()).limit(1))


def order_source(order_id: int) -> str:
    return f"order:{order_id}"


# -- reading ----------------------------------------------------------------------------------------------

def _lines(s: Session, doc_id: int) -> list[DocumentLine]:
    return list(s.scalars(select(DocumentLine).where(DocumentLine.document_id == doc_id)
                          .order_by(DocumentLine.line_no)))


def _descendant_qty(s: Session, line_ids: list[int], types: tuple[str, ...]) -> dict[int, Decimal]:
    """Per line: the quantity of live (not cancelled) lines of `types` copied from it, directly or through
    an invoice made from it."""
    if not line_ids:
        return {}
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    child = DocumentLine
    rows = s.execute(select(child.source_line_id, child.id, child.quantity, Document.doc_type)
                     .join(Document, Document.id == child.document_id)
                     .where(child.source_line_id.in_(line_ids), Document.status != DocStatus.CANCELLED)).all()
    via: dict[int, int] = {}
    for src, cid, qty, doc_type in rows:
        if doc_type in types:
            out[src] += qty
        if doc_type == DocType.INVOICE:
            via[cid] = src
    if via and types != (DocType.INVOICE,):
        for src, qty, doc_type in s.execute(
                select(child.source_line_id, child.quantity, Document.doc_type)
                .join(Document, Document.id == child.document_id)
                .where(child.source_line_id.in_(list(via)), Document.status != DocStatus.CANCELLED)).all():
            if doc_type in types:
                out[via[src]] += qty
    return out


def card_of(s: Session, doc: Document) -> DocumentCard:
    lines = _lines(s, doc.id)
    ids = [ln.id for ln in lines]
    delivered = _descendant_qty(s, ids, DELIVERY_TYPES) if doc.doc_type in (DocType.ORDER, DocType.INVOICE) else {}
    invoiced = _descendant_qty(s, ids, (DocType.INVOICE,)) if doc.doc_type in (DocType.ORDER, DocType.QUOTE) else {}
    if doc.doc_type == DocType.PURCHASE_ORDER:     # received and invoiced, as confirmed
        delivered, invoiced = received_qty(s, ids), invoiced_qty(s, ids)
    skus = dict(s.execute(select(Product.id, Product.sku).where(
        Product.id.in_({ln.product_id for ln in lines if ln.product_id}))).tuples().all())
    rows = tuple(LineRow(ln.id, ln.line_no, ln.product_id, skus.get(ln.product_id, ""), ln.description, ln.unit,
                         ln.quantity, ln.price, ln.discount_percent, ln.vat_rate, ln.net, ln.vat, ln.amount,
                         ln.source_line_id, delivered.get(ln.id, ZERO), invoiced.get(ln.id, ZERO)) for ln in lines)
    totals = document_totals([(ln.vat_rate, _amounts_of(ln)) for ln in lines])
    client = s.get(Client, doc.client_id)
    deal = s.get(Deal, doc.deal_id) if doc.deal_id else None
    parent = s.get(Document, doc.parent_id) if doc.parent_id else None
    wh = s.get(Warehouse, doc.warehouse_id) if doc.warehouse_id else None
    return DocumentCard(
        doc.id, doc.doc_type, doc.series, doc.number or "", doc.doc_date, doc.due_date, doc.status, doc.client_id,
        client.display_name if client else "", doc.contact_id, doc.deal_id, deal.title if deal else "",
        doc.parent_id, (parent.number or "") if parent else "", doc.warehouse_id, wh.name if wh else "",
        doc.stock_document_id, doc.currency, doc.rate, doc.vat_mode, doc.language, doc.net_total, doc.vat_total,
        doc.total, doc.settled, doc.shipment, doc.invoicing, doc.payment, doc.sent_at, doc.terms, doc.notes, rows,
        tuple(VatRow(r.rate, r.net, r.vat) for r in totals.by_rate), doc.version)


def _amounts_of(ln: DocumentLine):
    from app.services.documents.totals import LineAmounts
    return LineAmounts(ln.net, ln.vat, ln.amount)


@requires(Area.DOCUMENTS, Action.VIEW)
def load_document(uow: UnitOfWork, doc_id: int) -> DocumentCard:
    with uow:
        return card_of(uow.session, get_or_404(uow.session, Document, doc_id, "document"))


@requires(Area.DOCUMENTS, Action.VIEW)
def find_by_number(uow: UnitOfWork, number: str) -> DocumentCard | None:
    with uow:
        doc = uow.session.scalars(select(Document).where(Document.number == v.clean(number))).first()
        return card_of(uow.session, doc) if doc else None


def _filtered(stmt, *, doc_type, client_id, status, search, date_from, date_to, deal_id=None):
    if deal_id is not None:
        stmt = stmt.where(Document.deal_id == deal_id)
    if doc_type:
        stmt = stmt.where(Document.doc_type == doc_type)
    if client_id is not None:
        stmt = stmt.where(Document.client_id == client_id)
    if status:
        stmt = stmt.where(Document.status == status)
    if date_from is not None:
        stmt = stmt.where(Document.doc_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Document.doc_date <= date_to)
    text = v.clean(search)
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Document.number.ilike(like), Client.display_name.ilike(like)))
    return stmt


DOCUMENT_SORTS = ("date", "number", "type", "client", "total", "status")


@requires(Area.DOCUMENTS, Action.VIEW)
def list_documents(uow: UnitOfWork, *, doc_type: str | None = None, client_id: int | None = None,
                   status: str | None = None, search: str = "", date_from: date | None = None,
                   date_to: date | None = None, deal_id: int | None = None, sort: str = "date",
                   descending: bool = True, offset: int = 0, limit: int = 200) -> list[DocumentRow]:
    """Newest first, a page at a time (the documents list fetches pages lazily); `deal_id`: the deal's
    whole chain (documents made from a deal keep its link down the chain)."""
    stmt = documents_query(doc_type=doc_type, client_id=client_id, status=status, search=search,
                           date_from=date_from, date_to=date_to, deal_id=deal_id, sort=sort, descending=descending)
    with uow:
        return [document_row(r) for r in uow.session.execute(stmt.offset(offset).limit(limit)).all()]


def documents_query(*, doc_type: str | None = None, client_id: int | None = None, status: str | None = None,
                    search: str = "", date_from: date | None = None, date_to: date | None = None,
                    deal_id: int | None = None, sort: str = "date", descending: bool = True):
    """The documents list as one ordered SELECT of plain columns (`document_row` makes a row of each): what
    `list_documents` pages through and an export streams."""
    if sort not in DOCUMENT_SORTS:
        raise ValidationError({"sort": msg("choose one of {choices}", choices=", ".join(DOCUMENT_SORTS))})
    stmt = (select(Document.id, Document.doc_type, Document.number, Document.doc_date, Document.status,
                   Document.client_id, Client.display_name, Document.total, Document.currency, Document.settled,
                   Document.due_date, Document.shipment, Document.payment, Document.version, Document.invoicing)
            .join(Client, Client.id == Document.client_id))
    stmt = _filtered(stmt, doc_type=doc_type, client_id=client_id, status=status, search=search,
                     date_from=date_from, date_to=date_to, deal_id=deal_id)
    keys = {"date": (Document.doc_date,), "number": (Document.doc_type, Document.year, Document.series,
                                                     Document.seq),
            "type": (Document.doc_type,), "client": (Client.name_key,), "total": (Document.total,),
            "status": (Document.status,)}[sort] + (Document.id,)
    return stmt.order_by(*(k.desc() if descending else k for k in keys))


def document_row(r) -> DocumentRow:
    """A DocumentRow from one row of `documents_query`."""
    return DocumentRow(r[0], r[1], r[2] or "", *r[3:])


@requires(Area.DOCUMENTS, Action.VIEW)
def count_documents(uow: UnitOfWork, *, doc_type: str | None = None, client_id: int | None = None,
                    status: str | None = None, search: str = "", date_from: date | None = None,
                    date_to: date | None = None, deal_id: int | None = None) -> int:
    with uow:
        stmt = select(func.count(Document.id)).join(Client, Client.id == Document.client_id)
        stmt = _filtered(stmt, doc_type=doc_type, client_id=client_id, status=status, search=search,
                         date_from=date_from, date_to=date_to, deal_id=deal_id)
        return uow.session.scalar(stmt) or 0


@requires(Area.DOCUMENTS, Action.VIEW)
def document_chain(uow: UnitOfWork, doc_id: int) -> list[ChainLink]:
    """The whole chain the document belongs to, from its root down, each with its depth."""
    with uow:
        s = uow.session
        doc = get_or_404(s, Document, doc_id, "document")
        while doc.parent_id is not None:
            doc = s.get(Document, doc.parent_id)
        out: list[ChainLink] = []

        def walk(d: Document, depth: int) -> None:
            out.append(ChainLink(d.id, d.doc_type, d.number or "", d.doc_date, d.status, d.total, d.currency, depth))
            for child in s.scalars(select(Document).where(Document.parent_id == d.id).order_by(Document.id)):
                walk(child, depth + 1)

        walk(doc, 0)
        return out


# -- drafts -----------------------------------------------------------------------------------------------

def _clean_lines(s: Session, form: DocumentForm, client_id: int | None, currency: str, rate: Decimal | None,
                 vat_mode: str, errors: dict[str, str]) -> list[dict]:
    out = []
    if not form.lines and form.doc_type != DocType.CONTRACT:
        errors["lines"] = msg("add at least one line")
    for i, line in enumerate(form.lines):
        f = f"lines.{i}."
        product = s.get(Product, line.product_id) if line.product_id is not None else None
        if line.product_id is not None and product is None:
            errors[f + "product_id"] = msg("is not a product")
            continue
        description = v.clean(line.description) or (product.name if product else "")
        if not description:
            errors[f + "description"] = msg("name the product or service")
        elif len(description) > 300:
            errors[f + "description"] = msg("is longer than 300 characters")
        unit_name = v.clean(line.unit)
        qty = None
        if form.doc_type in STOCK_TYPES and (product is None or product.kind not in STOCKED_KINDS):
            errors[f + "product_id"] = (msg("{value} is not kept in stock: a {doc_type} "
                                        "holds goods only", value=description or 'this line', doc_type=form.doc_type))
        if product is not None:
            unit = s.get(Unit, product.unit_id)
            unit_name = unit_name or unit.name
            qty, err = quantity_error(line.quantity, unit, allow_zero=False)
            if err:
                errors[f + "quantity"] = err
        else:
            qty = parse_decimal(line.quantity, f + "quantity", errors)
            if qty is not None and qty <= 0:
                errors[f + "quantity"] = msg("must be more than zero")
        quote = None
        buying = form.doc_type in PURCHASE_TYPES
        if product is not None and (line.price is None or line.discount_percent is None) and client_id \
                and not buying:
            quote = price_quote(s, product_id=product.id, client_id=client_id)
        if line.price is None:
            if product is None:
                errors[f + "price"] = msg("is required")
                price = None
            elif buying:
                price = product.purchase_price
            else:
                price = quote.price if quote else product.sale_price
                source_currency = quote.currency if quote else product.currency
                if source_currency != currency and rate is not None:
                    source_rate = rate_at(s, source_currency, form.doc_date or date.today())
                    if source_rate is None:
                        errors[f + "price"] = msg("no {source_currency} rate to convert the list price; enter a price", source_currency=source_currency)
                    else:
                        price = (price * source_rate / rate).quantize(Decimal("0.0001"))
        else:
            price = parse_decimal(line.price, f + "price", errors)
            if price is not None and (price < 0 or price >= MAX_PRICE):
                errors[f + "price"] = msg("must not be negative") if price < 0 else msg("is too large")
        if line.discount_percent is None:
            discount = quote.discount_percent if quote else ZERO
        else:
            discount = parse_decimal(line.discount_percent, f + "discount_percent", errors)
            if discount is not None and not ZERO <= discount <= 100:
                errors[f + "discount_percent"] = msg("must be between 0 and 100")
        if line.vat_rate is None:
            vat_rate = product.vat_rate if product else ZERO
        else:
            vat_rate = parse_decimal(line.vat_rate, f + "vat_rate", errors)
            if vat_rate is not None and not ZERO <= vat_rate < 100:
                errors[f + "vat_rate"] = msg("must be between 0 and 99.99")
        if any(f + k in errors for k in ("quantity", "price", "discount_percent", "vat_rate")) or None in (
                qty, price, discount, vat_rate):
            continue
        a = line_amounts(qty, price, discount, vat_rate, vat_mode, currency)
        out.append({"product_id": product.id if product else None, "description": description,
                    "unit": unit_name[:20], "quantity": qty, "price": price, "discount_percent": discount,
                    "vat_rate": vat_rate, "net": a.net, "vat": a.vat, "amount": a.total,
                    "source_line_id": line.source_line_id})
    return out


def _validate(s: Session, form: DocumentForm, doc: Document | None) -> tuple[dict, list[dict]]:
    errors: dict[str, str] = {}
    comp = company(s)
    if form.doc_type not in set(DocType):
        errors["doc_type"] = msg("is not a document type")
    client = s.get(Client, form.client_id) if form.client_id is not None else None
    if client is None:
        errors["client_id"] = msg("choose the client")
    day = form.doc_date or date.today()
    if form.due_date is not None and form.due_date < day:
        errors["due_date"] = msg("is before the document date")
    series = v.clean(form.series).upper()
    if len(series) > 10:
        errors["series"] = msg("is longer than 10 characters")
    currency = (v.clean(form.currency) or comp.currency).upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = msg("is a three-letter code such as USD")
    rate = None
    if form.rate not in (None, ""):
        rate = parse_decimal(form.rate, "rate", errors)
        if rate is not None and rate <= 0:
            errors["rate"] = msg("must be more than zero")
    elif "currency" not in errors:
        rate = rate_at(s, currency, day)
        if rate is None:
            errors["rate"] = msg("no {currency} rate on or before {day}: enter it or add it to the rates", currency=currency, day=day.isoformat())
    vat_mode = form.vat_mode or comp.default_vat_mode
    if vat_mode not in set(VatMode):
        errors["vat_mode"] = msg("choose whether prices include VAT")
    wh = None
    if form.warehouse_id is not None:
        wh = s.get(Warehouse, form.warehouse_id)
        if wh is None or wh.archived:
            errors["warehouse_id"] = msg("choose an active warehouse")
    if form.contact_id is not None:
        contact = s.get(ContactPerson, form.contact_id)
        if contact is None or contact.client_id != form.client_id:
            errors["contact_id"] = msg("is not a contact of this client")
    if form.deal_id is not None and s.get(Deal, form.deal_id) is None:
        errors["deal_id"] = msg("is not a deal")
    if form.language and form.language not in PRINT_LANGUAGES:
        errors["language"] = msg("choose one of {choices}", choices=", ".join(PRINT_LANGUAGES))
    lines = _clean_lines(s, form, form.client_id if client else None, currency, rate, vat_mode, errors)
    raise_if(errors)
    due = form.due_date
    if due is None and form.doc_type == DocType.INVOICE:
        due = date.fromordinal(day.toordinal() + comp.payment_days)
    header = {"doc_type": form.doc_type, "client_id": client.id, "doc_date": day, "due_date": due, "series": series,
              "currency": currency, "rate": rate, "vat_mode": vat_mode, "warehouse_id": form.warehouse_id,
              "contact_id": form.contact_id, "deal_id": form.deal_id, "terms": (form.terms or "").strip(),
              "notes": (form.notes or "").strip()}
    if form.language:
        header["language"] = form.language
    elif form.language == "" or doc is None:  # "" asks for the client's language again
        header["language"] = client.language or comp.document_language
    return header, lines


def _write(s: Session, doc: Document, header: dict, lines: list[dict]) -> None:
    for k, val in header.items():
        setattr(doc, k, val)
    for old in _lines(s, doc.id):
        s.delete(old)
    s.flush()
    for n, values in enumerate(lines, start=1):
        s.add(DocumentLine(document_id=doc.id, line_no=n, **values))
    totals = document_totals([(ln["vat_rate"], line_amounts(ln["quantity"], ln["price"], ln["discount_percent"],
                                                            ln["vat_rate"], doc.vat_mode, doc.currency))
                              for ln in lines])
    doc.net_total, doc.vat_total, doc.total = totals.net, totals.vat, totals.total
    doc.updated_at = utcnow()  # the lines changed: the version moves on


@requires(Area.DOCUMENTS, Action.CREATE)
def create_document(uow: UnitOfWork, form: DocumentForm, *, parent_id: int | None = None) -> DocumentCard:
    """A new draft; raises ValidationError listing every bad field (lines as lines.N.field)."""
    with uow:
        s = uow.session
        card = _create(s, form, parent_id=parent_id)
        uow.commit()
        return card


def _create(s: Session, form: DocumentForm, *, parent_id: int | None = None) -> DocumentCard:
    header, lines = _validate(s, form, None)
    comp = company(s)
    doc = Document(status=DocStatus.DRAFT, parent_id=parent_id, language=comp.document_language,
                   manager_id=s.info.get("user_id"))  # the header below sets the client's language
    for k, val in header.items():
        setattr(doc, k, val)
    s.add(doc)
    s.flush()
    _write(s, doc, header, lines)
    s.flush()
    return card_of(s, doc)


def _load_locked(s: Session, doc_id: int) -> Document:
    doc = s.get(Document, doc_id, with_for_update=True, populate_existing=True)
    if doc is None:
        get_or_404(s, Document, doc_id, "document")
    return doc


def _check_version(s: Session, doc: Document, expected_version: int) -> None:
    """ConcurrentEdit (with the document as it is now) when someone saved it since the user loaded it."""
    if doc.version != expected_version:
        check_version(s, doc, expected_version, "document", current=card_of(s, doc))


def _require_editable(doc: Document) -> None:
    if doc.status != DocStatus.DRAFT:
        raise ValidationError({"status": msg("the {doc_type} is {status}: cancel it and make a new one", doc_type=doc_type_word(doc.doc_type), status=status_word(doc.status))})
    if doc.sent_at is not None:
        raise ValidationError({"status": msg("the {doc_type} was printed and sent on {value}: "
                                         "cancel it and make a new one", doc_type=doc.doc_type, value=doc.sent_at.isoformat())})


@requires(Area.DOCUMENTS, Action.EDIT)
def update_document(uow: UnitOfWork, doc_id: int, form: DocumentForm, *, expected_version: int) -> DocumentCard:
    """Save a draft; raises NotFound, ConcurrentEdit, ValidationError (also when it is locked)."""
    with uow:
        s = uow.session
        doc = _load_locked(s, doc_id)
        _check_version(s, doc, expected_version)
        _require_editable(doc)
        if form.doc_type != doc.doc_type:
            raise ValidationError({"doc_type": msg("a document keeps its type")})
        header, lines = _validate(s, form, doc)
        _write(s, doc, header, lines)
        s.flush()
        card = card_of(s, doc)
        uow.commit()
        return card


@requires(Area.DOCUMENTS, Action.EDIT)
def mark_sent(uow: UnitOfWork, doc_id: int) -> DocumentCard:
    """Record that the document was printed and sent: from now on it is locked."""
    with uow:
        s = uow.session
        doc = _load_locked(s, doc_id)
        if doc.sent_at is None:
            doc.sent_at = date.today()
        s.flush()
        card = card_of(s, doc)
        uow.commit()
        return card


# -- the chain --------------------------------------------------------------------------------------------

def _form_from(doc: Document, doc_type: str) -> DocumentForm:
    return DocumentForm(doc_type=doc_type, client_id=doc.client_id, doc_date=date.today(), series=doc.series,
                        currency=doc.currency, rate=doc.rate, vat_mode=doc.vat_mode,
                        warehouse_id=doc.warehouse_id, contact_id=doc.contact_id, deal_id=doc.deal_id,
                        terms=doc.terms, language=doc.language)


def create_from_in(s: Session, source_id: int, doc_type: str) -> DocumentCard:
    """`create_from` inside the caller's transaction."""
    src = get_or_404(s, Document, source_id, "document")
    allowed = MADE_FROM.get(doc_type, set())
    if src.doc_type not in allowed:
        raise ValidationError({"doc_type": msg("a {doc_type} is not made from a {source}", doc_type=doc_type_word(doc_type), source=doc_type_word(src.doc_type))})
    if src.status != DocStatus.CONFIRMED:
        raise ValidationError({"status": msg("confirm the {doc_type} first", doc_type=doc_type_word(src.doc_type))})
    src_lines = _lines(s, src.id)
    ids = [ln.id for ln in src_lines]
    if doc_type == DocType.CONTRACT:
        used = {}  # a contract's specification is the whole quote or order
    elif src.doc_type == DocType.PURCHASE_ORDER:
        used = _descendant_qty(s, ids, RECEIVING_TYPES)  # taken in by a goods receipt or an invoice with the goods
    elif doc_type in (DocType.INVOICE, DocType.RETURN, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN):
        used = _descendant_qty(s, ids, (doc_type,))
    else:
        used = _descendant_qty(s, ids, DELIVERY_TYPES)
    products = {p.id: p for p in s.scalars(select(Product).where(
        Product.id.in_({ln.product_id for ln in src_lines if ln.product_id})))}
    form = _form_from(src, doc_type)
    if form.warehouse_id is None:
        order = _order_of(s, src)
        form.warehouse_id = order.warehouse_id if order else None
    for ln in src_lines:
        product = products.get(ln.product_id)
        stocked = product is not None and product.kind in STOCKED_KINDS
        if doc_type == DocType.WAYBILL and not stocked:
            continue  # services go on an act
        if doc_type == DocType.ACT and stocked:
            continue
        left = ln.quantity - used.get(ln.id, ZERO)
        if left <= 0:
            continue
        form.lines.append(LineForm(ln.product_id, ln.description, left, ln.price, ln.discount_percent,
                                   ln.vat_rate, ln.unit, source_line_id=ln.id))
    if not form.lines:
        what = {DocType.INVOICE: msg("invoiced"), DocType.WAYBILL: msg("shipped"), DocType.ACT: msg("done on acts"),
                DocType.RETURN: msg("returned"), DocType.GOODS_RECEIPT: msg("received"),
                DocType.SUPPLIER_INVOICE: msg("invoiced") if src.doc_type == DocType.GOODS_RECEIPT else msg("received"),
                DocType.SUPPLIER_RETURN: msg("returned to the supplier")}.get(doc_type, msg("copied"))
        raise ValidationError({"lines": msg("everything on {number} is already {what}", number=src.number, what=what)})
    return _create(s, form, parent_id=src.id)


@requires(Area.DOCUMENTS, Action.CREATE)
def create_from(uow: UnitOfWork, source_id: int, doc_type: str) -> DocumentCard:
    """A draft of `doc_type` made from a confirmed document, copying what is left of its lines (for an
    order: what is not yet invoiced, or not yet shipped) and keeping the link. Raises ValidationError."""
    with uow:
        card = create_from_in(uow.session, source_id, doc_type)
        uow.commit()
        return card


@requires(Area.DOCUMENTS, Action.CREATE)
def create_from_deal(uow: UnitOfWork, deal_id: int, doc_type: str, *, warehouse_id: int | None = None) -> DocumentCard:
    """A quote, order or invoice draft for the deal's client with the deal's product lines."""
    with uow:
        s = uow.session
        deal = get_or_404(s, Deal, deal_id, "deal")
        if doc_type not in (DocType.QUOTE, DocType.ORDER, DocType.INVOICE, DocType.CONTRACT):
            raise ValidationError({"doc_type": msg("a deal makes a quote, an order, an invoice or a contract")})
        if deal.client_id is None:
            raise ValidationError({"client_id": msg("the deal has no client")})
        lines = list(s.scalars(select(DealLine).where(DealLine.deal_id == deal.id).order_by(DealLine.line_no)))
        form = DocumentForm(doc_type=doc_type, client_id=deal.client_id, doc_date=date.today(),
                            currency=deal.currency, deal_id=deal.id, warehouse_id=warehouse_id,
                            contact_id=deal.contact_person_id)
        for ln in lines:
            form.lines.append(LineForm(ln.product_id, "", ln.quantity, ln.unit_price, ln.discount_percent))
        if not form.lines and doc_type != DocType.CONTRACT:
            raise ValidationError({"lines": msg("the deal has no product lines: add them on the deal's Products tab")})
        card = _create(s, form)
        uow.commit()
        return card


def _order_of(s: Session, doc: Document) -> Document | None:
    """The sales (or purchase) order at the root of the document's chain, if any."""
    d = doc
    while d is not None:
        if d.doc_type in (DocType.ORDER, DocType.PURCHASE_ORDER):
            return d
        d = s.get(Document, d.parent_id) if d.parent_id else None
    return None


def _progress(done: Decimal, of: Decimal) -> str:
    if done <= 0:
        return Progress.NONE
    return Progress.FULLY if done >= of else Progress.PARTLY


def _refresh_progress(s: Session, doc: Document | None) -> None:
    """An order's (or invoice's) shipped and invoiced states, from the live documents made from it."""
    if doc is None:
        return
    s.flush()
    lines = _lines(s, doc.id)
    ids = [ln.id for ln in lines]
    total = sum((ln.quantity for ln in lines), ZERO)

    def confirmed_qty(types: tuple[str, ...]) -> Decimal:
        child = DocumentLine
        q = ZERO
        direct = s.execute(select(child.id, child.quantity, Document.doc_type).join(
            Document, Document.id == child.document_id).where(
            child.source_line_id.in_(ids), Document.status == DocStatus.CONFIRMED)).all()
        for _cid, qty, t in direct:
            if t in types:
                q += qty
        if types != (DocType.INVOICE,):
            inv_lines = s.scalars(select(child.id).join(Document, Document.id == child.document_id).where(
                child.source_line_id.in_(ids), Document.doc_type == DocType.INVOICE,
                Document.status != DocStatus.CANCELLED)).all()
            if inv_lines:
                for qty, t in s.execute(select(child.quantity, Document.doc_type).join(
                        Document, Document.id == child.document_id).where(
                        child.source_line_id.in_(inv_lines), Document.status == DocStatus.CONFIRMED)).all():
                    if t in types:
                        q += qty
        return q

    if doc.doc_type == DocType.PURCHASE_ORDER:
        doc.shipment = _progress(sum(received_qty(s, ids).values(), ZERO), total)  # received
        doc.invoicing = _progress(sum(invoiced_qty(s, ids).values(), ZERO), total)
        return
    if doc.doc_type == DocType.GOODS_RECEIPT:
        doc.invoicing = _progress(confirmed_qty((DocType.SUPPLIER_INVOICE,)), total)
        return
    doc.shipment = _progress(confirmed_qty(DELIVERY_TYPES), total)
    if doc.doc_type == DocType.ORDER:
        doc.invoicing = _progress(confirmed_qty((DocType.INVOICE,)), total)


# -- confirming and cancelling ----------------------------------------------------------------------------

def _balance_row(s: Session, client_id: int) -> ClientBalance:
    row = s.get(ClientBalance, client_id, with_for_update=True, populate_existing=True)
    if row is None:
        row = ClientBalance(client_id=client_id, invoiced=ZERO, paid=ZERO, version=1)
        s.add(row)
        s.flush()
    return row


def in_company_currency(s: Session, amount: Decimal, rate: Decimal) -> Decimal:
    return round_money(amount * rate, company(s).currency)


def credit_check(s: Session, doc: Document) -> CreditCheck | None:
    client = s.get(Client, doc.client_id)
    if client.credit_limit is None:
        return None
    bal = s.get(ClientBalance, client.id)
    owed = (bal.invoiced - bal.paid) if bal else ZERO
    return CreditCheck(client.credit_limit, owed, in_company_currency(s, doc.total, doc.rate))


def _check_credit(s: Session, doc: Document, override: bool) -> None:
    check = credit_check(s, doc)
    if check is None or check.exceeded_by <= 0:
        return
    if override:
        user = s.get(User, s.info.get("user_id")) if s.info.get("user_id") else None
        if user is not None and (user.is_admin or user.can_override_credit):
            return
        raise PermissionDenied("confirm beyond the client's credit limit (ask a user with that right)")
    client = s.get(Client, doc.client_id)
    raise CreditLimitExceeded(client=client.display_name, limit=check.limit, owed=check.owed,
                              document=check.this_document, currency=company(s).currency)


def _stock_date(day: date) -> datetime:
    now = utcnow()
    return now if day >= now.date() else datetime.combine(day, time(12, 0))


def _post_shipment(s: Session, doc: Document, confirm_backdated: bool) -> None:
    if doc.warehouse_id is None:
        raise ValidationError({"warehouse_id": msg("choose the warehouse the goods leave")})
    order = _order_of(s, doc)
    stock = StockDocument(kind=StockDocKind.SHIPMENT, status=StockDocStatus.DRAFT, doc_date=_stock_date(doc.doc_date),
                          warehouse_id=doc.warehouse_id, client_id=doc.client_id,
                          source=order_source(order.id) if order and order.status == DocStatus.CONFIRMED else "",
                          comment=f"waybill {doc.number}")
    s.add(stock)
    s.flush()
    stock.number = f"{STOCK_PREFIX[StockDocKind.SHIPMENT]}-{stock.id:06d}"
    n = 0
    for ln in _lines(s, doc.id):
        product = s.get(Product, ln.product_id) if ln.product_id else None
        if product is None or product.kind not in STOCKED_KINDS:
            raise ValidationError({f"lines.{ln.line_no - 1}.product_id":
                                   msg("{description} is not kept in stock: services go on an act", description=ln.description)})
        for lot_id, qty in fefo_split(s, product, doc.warehouse_id, ln.quantity):
            n += 1
            s.add(StockDocLine(document_id=stock.id, line_no=n, product_id=product.id, lot_id=lot_id,
                               quantity=qty, clerk_id=s.info.get("user_id")))
    s.flush()
    post_in(s, stock, confirm_backdated=confirm_backdated)
    doc.stock_document_id = stock.id


def _stock_doc(s: Session, doc: Document, kind: str, warehouse_id: int) -> StockDocument:
    stock = StockDocument(kind=kind, status=StockDocStatus.DRAFT, doc_date=_stock_date(doc.doc_date),
                          warehouse_id=warehouse_id, client_id=doc.client_id,
                          comment=f"{doc.doc_type.replace('_', ' ')} {doc.number}")
    s.add(stock)
    s.flush()
    stock.number = f"{STOCK_PREFIX[kind]}-{stock.id:06d}"
    return stock


def _shipped_moves(s: Session, waybill: Document) -> dict[int, list[StockMove]]:
    """The outgoing moves a waybill's shipment wrote, per product."""
    out: dict[int, list[StockMove]] = defaultdict(list)
    if waybill.stock_document_id is None:
        return out
    for m in s.scalars(select(StockMove).where(StockMove.document_id == waybill.stock_document_id,
                                               StockMove.quantity < 0, StockMove.reverses_id.is_(None))
                       .order_by(StockMove.id)):
        out[m.product_id].append(m)
    return out


def _post_return(s: Session, doc: Document) -> None:
    """A customer return: the goods come back into the waybill's warehouse at the cost they left with."""
    waybill = s.get(Document, doc.parent_id) if doc.parent_id else None
    if waybill is None or waybill.doc_type != DocType.WAYBILL or waybill.status != DocStatus.CONFIRMED:
        raise ValidationError({"parent_id": msg("a return is made from a confirmed waybill")})
    moves = _shipped_moves(s, waybill)
    stock = _stock_doc(s, doc, StockDocKind.RECEIPT, waybill.warehouse_id)
    for n, ln in enumerate(_lines(s, doc.id), start=1):
        shipped = moves.get(ln.product_id, [])
        qty_out = -sum((m.quantity for m in shipped), ZERO)
        if not shipped or qty_out <= 0:
            raise ValidationError({f"lines.{ln.line_no - 1}.product_id": msg("{description} was not on {number}", description=ln.description, number=waybill.number)})
        unit_cost = (-sum((m.value for m in shipped), ZERO) / qty_out).quantize(Decimal("0.0001"))
        s.add(StockDocLine(document_id=stock.id, line_no=n, product_id=ln.product_id, lot_id=shipped[0].lot_id,
                           quantity=ln.quantity, unit_cost=unit_cost, clerk_id=s.info.get("user_id")))
    s.flush()
    post_in(s, stock, confirm_backdated=True)
    doc.stock_document_id = stock.id
    doc.warehouse_id = waybill.warehouse_id


def _post_receipt(s: Session, doc: Document, confirm_backdated: bool,
                  unit_costs: dict[int, Decimal] | None = None) -> None:
    """Receive the document's goods into its warehouse: a supplier invoice at its net prices in the company
    currency, a goods receipt at `unit_costs` (per line: its purchase order's)."""
    if doc.warehouse_id is None:
        raise ValidationError({"warehouse_id": msg("choose the warehouse the goods arrive in")})
    stock = _stock_doc(s, doc, StockDocKind.RECEIPT, doc.warehouse_id)
    for n, ln in enumerate(_lines(s, doc.id), start=1):
        product = s.get(Product, ln.product_id)
        unit_cost = unit_costs[ln.id] if unit_costs is not None else (
            (ln.net * doc.rate / ln.quantity).quantize(Decimal("0.0001")))
        lot_code = f"{doc.number}" if product.tracks_lots else ""
        s.add(StockDocLine(document_id=stock.id, line_no=n, product_id=ln.product_id, quantity=ln.quantity,
                           unit_cost=unit_cost, lot_code=lot_code, clerk_id=s.info.get("user_id")))
    s.flush()
    post_in(s, stock, confirm_backdated=confirm_backdated)
    doc.stock_document_id = stock.id


def _post_supplier_return(s: Session, doc: Document) -> None:
    src = s.get(Document, doc.parent_id) if doc.parent_id else None
    if src is None or src.doc_type != DocType.SUPPLIER_INVOICE or src.status != DocStatus.CONFIRMED:
        raise ValidationError({"parent_id": msg("a return to a supplier is made from a confirmed supplier invoice")})
    warehouse_id = doc.warehouse_id or src.warehouse_id
    stock = _stock_doc(s, doc, StockDocKind.SHIPMENT, warehouse_id)
    received = {}
    stock_id = received_stock_of(s, src)      # the invoice's own receipt, or its goods receipt's
    if stock_id:
        for m in s.scalars(select(StockMove).where(StockMove.document_id == stock_id,
                                                   StockMove.quantity > 0)):
            received.setdefault(m.product_id, m.lot_id)
    for n, ln in enumerate(_lines(s, doc.id), start=1):
        s.add(StockDocLine(document_id=stock.id, line_no=n, product_id=ln.product_id,
                           lot_id=received.get(ln.product_id), quantity=ln.quantity, clerk_id=s.info.get("user_id")))
    s.flush()
    post_in(s, stock, confirm_backdated=True)
    doc.stock_document_id = stock.id
    doc.warehouse_id = warehouse_id


def _apply_credit(s: Session, ret: Document) -> None:
    """A customer return's amount settles the open invoices of its chain, then any of the client's, oldest
    due first; what is left stays as the client's credit."""
    from app.models import PaymentAllocation
    from app.services.documents.payments import set_payment_state

    left = ret.total - ret.settled
    order = _order_of(s, ret)
    chain_ids = {d for d in (order.id if order else None, ret.parent_id) if d}
    invoices = list(s.scalars(select(Document).where(
        Document.client_id == ret.client_id, Document.doc_type == DocType.INVOICE,
        Document.status == DocStatus.CONFIRMED, Document.currency == ret.currency,
        Document.settled < Document.total).order_by(Document.due_date, Document.id).with_for_update()))
    invoices.sort(key=lambda d: (d.parent_id not in chain_ids, d.due_date or d.doc_date, d.id))
    for inv in invoices:
        if left <= 0:
            break
        take = min(left, inv.total - inv.settled)
        inv.settled += take
        set_payment_state(inv)
        ret.settled += take
        left -= take
        s.add(PaymentAllocation(credit_id=ret.id, document_id=inv.id, amount=take))


def _withdraw_credit(s: Session, ret: Document) -> None:
    from app.models import PaymentAllocation
    from app.services.documents.payments import set_payment_state

    for alloc in s.scalars(select(PaymentAllocation).where(PaymentAllocation.credit_id == ret.id)):
        inv = s.get(Document, alloc.document_id, with_for_update=True, populate_existing=True)
        inv.settled -= alloc.amount
        set_payment_state(inv)
        s.delete(alloc)
    ret.settled = ZERO


def confirm_in(s: Session, doc: Document, *, override_credit: bool = False, confirm_backdated: bool = False) -> None:
    """Confirm a locked draft inside the caller's transaction (the demo seeds its documents through this)."""
    if doc.status != DocStatus.DRAFT:
        raise ValidationError({"status": msg("the {doc_type} is already {status}", doc_type=doc_type_word(doc.doc_type), status=status_word(doc.status))})
    lines = _lines(s, doc.id)
    if not lines and doc.doc_type != DocType.CONTRACT:
        raise ValidationError({"lines": msg("add at least one line")})
    if doc.doc_type in (DocType.ORDER, DocType.INVOICE):
        _check_credit(s, doc, override_credit)
    doc.seq, doc.number = take_number(s, doc.doc_type, doc.series, doc.doc_date.year)
    doc.year = doc.doc_date.year
    if doc.doc_type == DocType.ORDER:
        products = {p.id: p for p in s.scalars(select(Product).where(
            Product.id.in_({ln.product_id for ln in lines if ln.product_id})))}
        stocked = [ln for ln in lines if ln.product_id and products[ln.product_id].kind in STOCKED_KINDS]
        if stocked and doc.warehouse_id is None:
            raise ValidationError({"warehouse_id": msg("choose the warehouse the goods are reserved in")})
        need: dict[int, Decimal] = defaultdict(lambda: ZERO)
        for ln in stocked:
            need[ln.product_id] += ln.quantity
        reserve_many_in(s, source=order_source(doc.id), warehouse_id=doc.warehouse_id, quantities=need)
    elif doc.doc_type == DocType.INVOICE:
        bal = _balance_row(s, doc.client_id)
        bal.invoiced += in_company_currency(s, doc.total, doc.rate)
        bal.version += 1
    elif doc.doc_type == DocType.WAYBILL:
        _post_shipment(s, doc, confirm_backdated)
    elif doc.doc_type == DocType.RETURN:
        _post_return(s, doc)
        bal = _balance_row(s, doc.client_id)
        bal.invoiced -= in_company_currency(s, doc.total, doc.rate)
        bal.version += 1
    elif doc.doc_type == DocType.PURCHASE_ORDER:
        if doc.warehouse_id is None:
            raise ValidationError({"warehouse_id": msg("choose the warehouse the goods will arrive in")})
        doc.status = DocStatus.CONFIRMED
        shift_incoming(s, doc.warehouse_id, {}, incoming_of(s, doc))
    elif doc.doc_type == DocType.GOODS_RECEIPT:
        # The goods arrive in the order's warehouse at the order's prices; nothing is owed yet.
        po = receipt_order(s, doc)
        doc.warehouse_id = po.warehouse_id
        before = incoming_of(s, po)
        _post_receipt(s, doc, confirm_backdated, receipt_costs(s, lines, po))
        doc.status = DocStatus.CONFIRMED
        s.flush()
        shift_incoming(s, po.warehouse_id, before, incoming_of(s, po))
    elif doc.doc_type == DocType.SUPPLIER_INVOICE:
        # Made from a goods receipt, the goods are in already; otherwise the invoice receives them itself.
        if invoiced_receipt(s, doc) is None:
            po = _order_of(s, doc)
            before = incoming_of(s, po) if po else {}
            _post_receipt(s, doc, confirm_backdated)
            doc.status = DocStatus.CONFIRMED
            if po is not None:
                s.flush()
                shift_incoming(s, po.warehouse_id, before, incoming_of(s, po))
        bal = _balance_row(s, doc.client_id)
        bal.billed += in_company_currency(s, doc.total, doc.rate)
        bal.version += 1
    elif doc.doc_type == DocType.SUPPLIER_RETURN:
        _post_supplier_return(s, doc)
        bal = _balance_row(s, doc.client_id)
        bal.billed -= in_company_currency(s, doc.total, doc.rate)
        bal.version += 1
    doc.status = DocStatus.CONFIRMED
    if doc.doc_type == DocType.RETURN:
        s.flush()
        _apply_credit(s, doc)
    doc.confirmed_by_id = s.info.get("user_id")
    parent = s.get(Document, doc.parent_id) if doc.parent_id else None
    if doc.doc_type not in (DocType.ORDER, DocType.PURCHASE_ORDER):
        _refresh_progress(s, _order_of(s, doc))
    if parent is not None and parent.doc_type in (DocType.INVOICE, DocType.GOODS_RECEIPT):
        _refresh_progress(s, parent)
    s.flush()


@requires(Area.DOCUMENTS, Action.POST)
def confirm_document(uow: UnitOfWork, doc_id: int, *, expected_version: int, override_credit: bool = False,
                     confirm_backdated: bool = False) -> DocumentCard:
    """Confirm a draft: number it and make it count (see the module's doc). Raises NotFound,
    ConcurrentEdit, ValidationError, CreditLimitExceeded, PermissionDenied, InsufficientStock,
    BackdatedPosting. On PostgreSQL a deadlock or serialization failure is retried."""

    def once() -> DocumentCard:
        with uow:
            s = uow.session
            doc = _load_locked(s, doc_id)
            _check_version(s, doc, expected_version)
            confirm_in(s, doc, override_credit=override_credit, confirm_backdated=confirm_backdated)
            card = card_of(s, doc)
            uow.commit()
            return card

    return retrying(once)


@requires(Area.DOCUMENTS, Action.POST)
def cancel_document(uow: UnitOfWork, doc_id: int, *, expected_version: int) -> DocumentCard:
    """Cancel a document, keeping its number; undoes what confirming did. Raises ValidationError when
    documents made from it are still live, or an invoice has payments allocated."""

    def once() -> DocumentCard:
        with uow:
            s = uow.session
            doc = _load_locked(s, doc_id)
            _check_version(s, doc, expected_version)
            if doc.status == DocStatus.CANCELLED:
                raise ValidationError({"status": msg("the {doc_type} is already cancelled", doc_type=doc_type_word(doc.doc_type))})
            live = s.scalars(select(Document.number).where(
                Document.parent_id == doc.id, Document.status == DocStatus.CONFIRMED)).all()
            if live:
                raise ValidationError({"status": msg("cancel the documents made from it first: {numbers}", numbers=", ".join(live))})
            if doc.status == DocStatus.CONFIRMED:
                if doc.doc_type == DocType.ORDER:
                    release_in(s, source=order_source(doc.id))
                elif doc.doc_type == DocType.INVOICE:
                    if doc.settled > 0:
                        raise ValidationError({"status": msg("{number} has payments allocated; "
                                                         "take them off the invoice first", number=doc.number)})
                    bal = _balance_row(s, doc.client_id)
                    bal.invoiced -= in_company_currency(s, doc.total, doc.rate)
                    bal.version += 1
                elif doc.doc_type == DocType.PURCHASE_ORDER:
                    shift_incoming(s, doc.warehouse_id, incoming_of(s, doc), {})
                elif doc.doc_type == DocType.SUPPLIER_INVOICE and doc.settled > 0:
                    raise ValidationError({"status": msg("{number} has payments allocated; "
                                                     "take them off the invoice first", number=doc.number)})
                po = _order_of(s, doc) if doc.doc_type in RECEIVING_TYPES else None
                before = incoming_of(s, po) if po else {}
                if doc.doc_type in (DocType.WAYBILL, DocType.RETURN, DocType.GOODS_RECEIPT, DocType.SUPPLIER_INVOICE,
                                    DocType.SUPPLIER_RETURN) and doc.stock_document_id:
                    stock = s.get(StockDocument, doc.stock_document_id, with_for_update=True, populate_existing=True)
                    unpost_in(s, stock)
                    stock.status = StockDocStatus.CANCELLED
                if doc.doc_type == DocType.RETURN:
                    _withdraw_credit(s, doc)
                    bal = _balance_row(s, doc.client_id)
                    bal.invoiced += in_company_currency(s, doc.total, doc.rate)
                    bal.version += 1
                elif doc.doc_type in (DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN):
                    bal = _balance_row(s, doc.client_id)
                    sign = 1 if doc.doc_type == DocType.SUPPLIER_INVOICE else -1
                    bal.billed -= sign * in_company_currency(s, doc.total, doc.rate)
                    bal.version += 1
                if po is not None:
                    doc.status = DocStatus.CANCELLED
                    s.flush()
                    shift_incoming(s, po.warehouse_id, before, incoming_of(s, po))
            doc.status = DocStatus.CANCELLED
            if doc.doc_type not in (DocType.ORDER, DocType.PURCHASE_ORDER):
                _refresh_progress(s, _order_of(s, doc))
            parent = s.get(Document, doc.parent_id) if doc.parent_id else None
            if parent is not None and parent.doc_type in (DocType.INVOICE, DocType.GOODS_RECEIPT):
                _refresh_progress(s, parent)
            s.flush()
            card = card_of(s, doc)
            uow.commit()
            return card

    return retrying(once)


@requires(Area.DOCUMENTS, Action.VIEW)
def shipped_cost(uow: UnitOfWork, doc_id: int) -> Decimal:
    """The cost of the goods a confirmed waybill shipped (from its ledger moves)."""
    with uow:
        s = uow.session
        doc = get_or_404(s, Document, doc_id, "document")
        if doc.stock_document_id is None:
            return ZERO
        value = s.scalar(select(func.coalesce(func.sum(StockMove.value), 0)).where(
            StockMove.document_id == doc.stock_document_id, StockMove.quantity < 0, StockMove.reverses_id.is_(None)))
        return -Decimal(value or 0)
