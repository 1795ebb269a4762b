"""Primary documents (quotes, orders, invoices, waybills, acts of completed work), their numbering, currency
rates, payments and the maintained balance of what each client owes.

A document is edited only as a draft. Confirming gives it its number (gapless per type, series and
year, taken under a row lock on `number_sequence`) and makes it count: an order reserves stock, a
waybill posts a shipment, an invoice moves the client's balance. A confirmed
document is changed only by cancelling it (it keeps its number) and making a new one.
"""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base

MONEY = Numeric(18, 2)
PRICE = Numeric(18, 4)
QTY = Numeric(18, 3)
RATE = Numeric(18, 6)
PERCENT = Numeric(5, 2)


# The languages a document can print in (num2words codes). Titles and labels exist for the first four; the
# others print English words with the amount spelled in their own language.
PRINT_LANGUAGES = ("en", "ru", "fa", "ar", "de", "fr", "es", "tr", "uk", "kz")
# Printed right to left: columns mirrored, text right-aligned, letters joined.
RTL_LANGUAGES = ("fa", "ar")


class DocType(enum.StrEnum):
    QUOTE = "quote"
    ORDER = "order"
    INVOICE = "invoice"
    WAYBILL = "waybill"
    ACT = "act"
    # A contract: the company's contract template with the fields filled in, optionally with lines.
    CONTRACT = "contract"
    # A customer's return against a waybill: the goods come back at the cost they left with, and the
    # return's amount is a credit that settles the client's open invoices.
    RETURN = "return"
    # Buying: a purchase order (its goods are incoming), a goods receipt (the goods arrive, valued at the
    # order's prices; nothing is owed yet), the supplier's invoice (what we owe; made from the order it also
    # receives the goods, made from a goods receipt it does not) and a return to the supplier.
    PURCHASE_ORDER = "purchase_order"
    GOODS_RECEIPT = "goods_receipt"
    SUPPLIER_INVOICE = "supplier_invoice"
    SUPPLIER_RETURN = "supplier_return"


class DocStatus(enum.StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class Progress(enum.StrEnum):
    """How far an order is shipped or invoiced, or an invoice paid."""

    NONE = "none"
    PARTLY = "partly"
    FULLY = "fully"


class VatMode(enum.StrEnum):
    EXCLUSIVE = "exclusive"   # prices are net; VAT is added on top
    INCLUSIVE = "inclusive"   # prices include VAT; VAT is the part of them


class NumberSequence(Base):
    """The last number given per document type, series and year; locked while a number is taken."""

    __tablename__ = "number_sequence"
    __table_args__ = (UniqueConstraint("doc_type", "series", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(10), default="")
    year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Document(Audited, Base):
    __tablename__ = "document"
    __table_args__ = (
        UniqueConstraint("doc_type", "number"),
        Index("ix_document_type_date", "doc_type", "doc_date", "id"),
        Index("ix_document_client_date", "client_id", "doc_date", "id"),
    )

    doc_type: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(10), default="")
    # Given on confirmation ("INV-2026-000123"); a draft has none, a cancelled document keeps its own.
    number: Mapped[str | None] = mapped_column(String(40))
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    doc_date: Mapped[date] = mapped_column(Date)
    # Invoices: when payment is due (aging counts from it).
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(12), default=DocStatus.DRAFT, index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_person.id", ondelete="SET NULL"))
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deal.id", ondelete="SET NULL"), index=True)
    # The document this one was made from (order → invoice → waybill); the chain follows these links.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # The office it belongs to (the manager's when made); "own team" scopes and reports cut by it.
    branch_id: Mapped[int | None] = mapped_column(ForeignKey("branch.id"), index=True)
    # Orders reserve and waybills ship from this warehouse.
    warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    # Waybills, returns, goods receipts and supplier invoices made from an order: the stock document they posted.
    stock_document_id: Mapped[int | None] = mapped_column(ForeignKey("stock_document.id"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Units of the company currency per unit of `currency` at the document date.
    rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("1"))
    vat_mode: Mapped[str] = mapped_column(String(10), default=VatMode.EXCLUSIVE)
    language: Mapped[str] = mapped_column(String(5), default="en")
    net_total: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    vat_total: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    total: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    # Invoices: what payments have settled so far, in `currency`.
    settled: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    shipment: Mapped[str] = mapped_column(String(8), default=Progress.NONE)
    invoicing: Mapped[str] = mapped_column(String(8), default=Progress.NONE)
    payment: Mapped[str] = mapped_column(String(8), default=Progress.NONE)
    # Set when printed or sent: from then on even a draft's content is frozen.
    sent_at: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Contracts and terms; printed below the lines.
    terms: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    confirmed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class DocumentLine(Base):
    """A line of a document; edited with its draft (the document's version guards concurrent edits)."""

    __tablename__ = "document_line"
    __table_args__ = (UniqueConstraint("document_id", "line_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("product.id"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Decimal] = mapped_column(QTY)
    price: Mapped[Decimal] = mapped_column(PRICE)
    discount_percent: Mapped[Decimal] = mapped_column(PERCENT, default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(PERCENT, default=Decimal("0"))
    net: Mapped[Decimal] = mapped_column(MONEY)
    vat: Mapped[Decimal] = mapped_column(MONEY)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    # The line of the parent document this one was copied from (partial shipment and invoicing).
    source_line_id: Mapped[int | None] = mapped_column(ForeignKey("document_line.id"), index=True)


class CurrencyRate(Audited, Base):
    """Units of the company currency for one unit of `currency`, from `rate_date` on."""

    __tablename__ = "currency_rate"
    __table_args__ = (UniqueConstraint("currency", "rate_date"),)

    currency: Mapped[str] = mapped_column(String(3))
    rate_date: Mapped[date] = mapped_column(Date)
    rate: Mapped[Decimal] = mapped_column(RATE)


class PaymentDirection(enum.StrEnum):
    INCOMING = "in"    # from a client
    OUTGOING = "out"   # to a supplier, or a refund


class PaymentMethod(enum.StrEnum):
    BANK = "bank"
    CASH = "cash"


class PaymentStatus(enum.StrEnum):
    POSTED = "posted"
    CANCELLED = "cancelled"


class Payment(Audited, Base):
    __tablename__ = "payment"
    __table_args__ = (Index("ix_payment_client_date", "client_id", "pay_date", "id"),)

    number: Mapped[str] = mapped_column(String(40), unique=True)
    direction: Mapped[str] = mapped_column(String(3), default=PaymentDirection.INCOMING)
    method: Mapped[str] = mapped_column(String(5), default=PaymentMethod.BANK)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    pay_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    rate: Mapped[Decimal] = mapped_column(RATE, default=Decimal("1"))
    # The part of `amount` allocated to invoices; the rest is the client's credit.
    allocated: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    reference: Mapped[str] = mapped_column(String(100), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(10), default=PaymentStatus.POSTED)


class PaymentAllocation(Base):
    """A part of a payment, or of a customer return's credit, that settles an invoice."""

    __tablename__ = "payment_allocation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payment.id"), index=True)
    credit_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)


class ClientBalance(Base):
    """What a client owes and is owed, in the company currency, maintained as documents and payments post
    (never recomputed by scanning): invoiced (invoices less customer returns) against paid (incoming
    payments); billed (supplier invoices less returns to the supplier) against paid_out (outgoing)."""

    __tablename__ = "client_balance"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    invoiced: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    paid: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    billed: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    paid_out: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0"))
    version: Mapped[int] = mapped_column(Integer, default=1)


class CompanyImage(Base):
    """The logo, stamp and signature images printed on documents."""

    __tablename__ = "company_image"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # "logo", "stamp", "signature"
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class DocumentLayout(Audited, Base):
    """What the office manager chose for a document type's printed layout (see app/services/documents/pdf.py)."""

    __tablename__ = "document_layout"

    doc_type: Mapped[str] = mapped_column(String(20), unique=True)
    show_logo: Mapped[bool] = mapped_column(Boolean, default=True)
    show_stamp: Mapped[bool] = mapped_column(Boolean, default=True)
    show_discount: Mapped[bool] = mapped_column(Boolean, default=True)
    show_vat: Mapped[bool] = mapped_column(Boolean, default=True)
    show_sku: Mapped[bool] = mapped_column(Boolean, default=True)
    show_bank: Mapped[bool] = mapped_column(Boolean, default=True)
    logo_position: Mapped[str] = mapped_column(String(5), default="left")
    margin_mm: Mapped[int] = mapped_column(Integer, default=15)
    title: Mapped[str] = mapped_column(String(100), default="")
    footer: Mapped[str] = mapped_column(Text, default="")
