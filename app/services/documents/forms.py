"""What the document and payment services take from a form and give back to a screen (plain dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class LineForm:
    """A line as typed. None in price, discount or VAT rate: propose it (price list, client's discount,
    the product's rate)."""

    product_id: int | None = None
    description: str = ""
    quantity: Decimal | str | int = "1"
    price: Decimal | str | None = None
    discount_percent: Decimal | str | None = None
    vat_rate: Decimal | str | None = None
    unit: str = ""
    source_line_id: int | None = None


@dataclass
class DocumentForm:
    doc_type: str
    client_id: int | None
    doc_date: date | None = None
    due_date: date | None = None
    series: str = ""
    currency: str | None = None
    rate: Decimal | str | None = None
    vat_mode: str | None = None
    warehouse_id: int | None = None
    contact_id: int | None = None
    deal_id: int | None = None
    terms: str = ""
    notes: str = ""
    lines: list[LineForm] = field(default_factory=list)
    # The language it prints in; "": the client's document language, else the company's; None: that on a new
    # document, unchanged on a saved one.
    language: str | None = None


@dataclass(frozen=True, slots=True)
class LineRow:
    id: int
    line_no: int
    product_id: int | None
    sku: str
    description: str
    unit: str
    quantity: Decimal
    price: Decimal
    discount_percent: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    amount: Decimal
    source_line_id: int | None
    # Orders: how much of the line went out on waybills/acts and onto invoices; purchase orders: how much
    # was received (goods receipts, supplier invoices made from the order) and invoiced by the supplier.
    delivered: Decimal = Decimal("0")
    invoiced: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class VatRow:
    rate: Decimal
    net: Decimal
    vat: Decimal


@dataclass(frozen=True, slots=True)
class ChainLink:
    id: int
    doc_type: str
    number: str
    doc_date: date
    status: str
    total: Decimal
    currency: str
    depth: int


@dataclass(frozen=True, slots=True)
class DocumentCard:
    id: int
    doc_type: str
    series: str
    number: str
    doc_date: date
    due_date: date | None
    status: str
    client_id: int
    client_name: str
    contact_id: int | None
    deal_id: int | None
    deal_title: str
    parent_id: int | None
    parent_number: str
    warehouse_id: int | None
    warehouse_name: str
    stock_document_id: int | None
    currency: str
    rate: Decimal
    vat_mode: str
    language: str
    net_total: Decimal
    vat_total: Decimal
    total: Decimal
    settled: Decimal
    shipment: str
    invoicing: str
    payment: str
    sent_at: date | None
    terms: str
    notes: str
    lines: tuple[LineRow, ...]
    vat_by_rate: tuple[VatRow, ...]
    version: int

    @property
    def locked(self) -> bool:
        """Confirmed, cancelled, or already printed and sent: changed only through cancellation."""
        return self.status != "draft" or self.sent_at is not None

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.settled


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A row of the documents list."""

    id: int
    doc_type: str
    number: str
    doc_date: date
    status: str
    client_id: int
    client_name: str
    total: Decimal
    currency: str
    settled: Decimal
    due_date: date | None
    shipment: str
    payment: str
    version: int
    invoicing: str = "none"    # orders and purchase orders: how far invoiced; goods receipts: by the supplier


@dataclass(frozen=True, slots=True)
class CreditCheck:
    """What confirming would make the client owe against the limit (company currency)."""

    limit: Decimal
    owed: Decimal
    this_document: Decimal

    @property
    def exceeded_by(self) -> Decimal:
        return self.owed + self.this_document - self.limit


@dataclass
class PaymentForm:
    client_id: int | None
    amount: Decimal | str
    pay_date: date | None = None
    direction: str = "in"
    method: str = "bank"
    currency: str | None = None
    reference: str = ""
    comment: str = ""
    # (invoice id, amount) pairs; the rest of the amount stays as the client's credit.
    allocations: list[tuple[int, Decimal | str]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PaymentRow:
    id: int
    number: str
    direction: str
    method: str
    client_id: int
    client_name: str
    pay_date: date
    amount: Decimal
    allocated: Decimal
    currency: str
    reference: str
    status: str
    version: int

    @property
    def unallocated(self) -> Decimal:
        return self.amount - self.allocated


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    id: int
    number: str
    doc_date: date
    due_date: date | None
    total: Decimal
    settled: Decimal
    currency: str
    days_overdue: int

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.settled


@dataclass(frozen=True, slots=True)
class ClientMoney:
    """A client's account in the company currency."""

    client_id: int
    invoiced: Decimal
    paid: Decimal
    credit: Decimal           # payments not yet allocated to any invoice
    overdue: Decimal          # the part of open invoices past their due date
    credit_limit: Decimal | None
    currency: str
    billed: Decimal = Decimal("0")     # supplier invoices less returns to the supplier
    paid_out: Decimal = Decimal("0")   # outgoing payments

    @property
    def balance(self) -> Decimal:
        """What the client owes as a customer (negative: it paid ahead)."""
        return self.invoiced - self.paid

    @property
    def payable(self) -> Decimal:
        """What we owe the client as a supplier."""
        return self.billed - self.paid_out


@dataclass(frozen=True, slots=True)
class AgingRow:
    client_id: int
    client_name: str
    current: Decimal          # not yet due
    d0_30: Decimal
    d31_60: Decimal
    d61_90: Decimal
    d90_plus: Decimal

    @property
    def total(self) -> Decimal:
        return self.current + self.d0_30 + self.d31_60 + self.d61_90 + self.d90_plus


@dataclass(frozen=True, slots=True)
class StatementEntry:
    entry_date: date
    kind: str                 # a document type ("invoice", "return", …), "payment" or "refund"
    reference: str
    debit: Decimal            # what the client came to owe
    credit: Decimal           # what the client paid


@dataclass(frozen=True, slots=True)
class Statement:
    """A statement of mutual settlements (reconciliation) for a client and a period."""

    client_id: int
    client_name: str
    date_from: date
    date_to: date
    currency: str
    opening: Decimal
    entries: tuple[StatementEntry, ...]
    closing: Decimal

    @property
    def debit_total(self) -> Decimal:
        return sum((e.debit for e in self.entries), Decimal("0"))

    @property
    def credit_total(self) -> Decimal:
        return sum((e.credit for e in self.entries), Decimal("0"))
