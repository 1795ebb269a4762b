"""Warehouses, stock documents and the stock ledger with its maintained balances.

The ledger (`stock_move`) is append-only: posting writes moves, un-posting writes reversing moves.
`stock_balance` holds, per product × warehouse × lot, the sum of the ledger (on hand and its cost
value) plus what is reserved; it is updated in the same transaction as the moves, never recomputed
by scanning. `karavan check stock` proves balance = ledger sum.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base

QTY = Numeric(18, 3)     # quantities: up to three fraction digits (kg, m, l)
COST = Numeric(18, 4)    # unit costs keep four digits so averages do not drift
VALUE = Numeric(18, 2)   # money


class Warehouse(Audited, Base):
    __tablename__ = "warehouse"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    # Off by default: a shipment that would take stock below zero is refused.
    allow_negative: Mapped[bool] = mapped_column(Boolean, default=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Lot(Audited, Base):
    """A batch of a lot-tracked product, with its expiry date."""

    __tablename__ = "lot"
    __table_args__ = (UniqueConstraint("product_id", "code"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    code: Mapped[str] = mapped_column(String(60))
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class StockDocKind(enum.StrEnum):
    RECEIPT = "receipt"
    SHIPMENT = "shipment"
    TRANSFER = "transfer"
    WRITE_OFF = "write_off"
    COUNT = "count"
    # Posted by production orders only: components used, and the finished goods made.
    CONSUMPTION = "consume"
    OUTPUT = "output"


class StockDocStatus(enum.StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    CANCELLED = "cancelled"


class StockDocument(Audited, Base):
    __tablename__ = "stock_document"
    __table_args__ = (Index("ix_stock_document_kind_status_date", "kind", "status", "doc_date"),)

    # "RC-000001", "SH-…", "TR-…", "WO-…", "IC-…", given on the first save.
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default=StockDocStatus.DRAFT)
    # When the goods moved (UTC); moves are ordered by it for costing and stock-at-a-date.
    doc_date: Mapped[datetime] = mapped_column()
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"), index=True)
    # Transfers: where the goods go.
    to_warehouse_id: Mapped[int | None] = mapped_column(ForeignKey("warehouse.id"))
    # Receipts: the supplier; shipments: the customer.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), index=True)
    # Write-offs: why (damaged, expired, …).
    reason: Mapped[str] = mapped_column(String(200), default="")
    # Shipments: the reservation they consume on posting, e.g. "order:17".
    source: Mapped[str] = mapped_column(String(60), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[datetime | None] = mapped_column(nullable=True)
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class StockDocLine(Base):
    """A line of a stock document; edited only while the document is a draft (the document's version
    guards concurrent edits)."""

    __tablename__ = "stock_doc_line"
    __table_args__ = (UniqueConstraint("document_id", "line_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("stock_document.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    # Receipts of lot-tracked products name a new or existing lot by code.
    lot_code: Mapped[str] = mapped_column(String(60), default="")
    lot_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Receipt/shipment/transfer/write-off: the quantity moved. Count: the counted quantity.
    quantity: Mapped[Decimal] = mapped_column(QTY)
    # Count: the book quantity when the count was taken (shown to the clerk; posting uses the ledger).
    book_quantity: Mapped[Decimal | None] = mapped_column(QTY, nullable=True)
    # Shipments picked on the clerk screen: how much was scanned so far against `quantity` (None: not
    # picked by scanning; posting then ships `quantity`).
    picked: Mapped[Decimal | None] = mapped_column(QTY, nullable=True)
    # Receipts: the purchase cost per unit.
    unit_cost: Mapped[Decimal | None] = mapped_column(COST, nullable=True)
    # Who scanned or typed the line last (shared clerk PCs).
    clerk_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class StockMove(Base):
    """One immutable ledger entry: + into a warehouse, − out of it, with its cost."""

    __tablename__ = "stock_move"
    __table_args__ = (
        # Stock at a date and a product card's running balance read these in order.
        Index("ix_stock_move_product_warehouse_moved", "product_id", "warehouse_id", "moved_at", "id"),
        # Stock at a past date walks the moves after it from this index alone (no table rows).
        Index("ix_stock_move_moved_cover", "moved_at", "product_id", "warehouse_id", "lot_id", "quantity", "value"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("stock_document.id"), index=True)
    line_id: Mapped[int | None] = mapped_column(ForeignKey("stock_doc_line.id", ondelete="SET NULL"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"), index=True)
    # Signed: positive in, negative out.
    quantity: Mapped[Decimal] = mapped_column(QTY)
    unit_cost: Mapped[Decimal] = mapped_column(COST)
    # Signed cost value of the move (quantity × unit cost, rounded to cents).
    value: Mapped[Decimal] = mapped_column(VALUE)
    moved_at: Mapped[datetime] = mapped_column()
    posted_at: Mapped[datetime] = mapped_column()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # Set on the moves an un-posting writes: the move they cancel.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("stock_move.id"))


class StockBalance(Base):
    """The maintained sum of the ledger per product × warehouse × lot (`lot_key` 0: no lot)."""

    __tablename__ = "stock_balance"
    __table_args__ = (UniqueConstraint("product_id", "warehouse_id", "lot_key"),
                      Index("ix_stock_balance_warehouse", "warehouse_id", "product_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    lot_key: Mapped[int] = mapped_column(Integer, default=0)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("lot.id"))
    on_hand: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    # Cost value of what is on hand; average unit cost = value / on_hand.
    value: Mapped[Decimal] = mapped_column(VALUE, default=Decimal("0"))
    reserved: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    # Ordered from suppliers on confirmed purchase orders and not yet received (kept on the lot-less row).
    incoming: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"), server_default="0")
    version: Mapped[int] = mapped_column(Integer, default=1)


class ReservationStatus(enum.StrEnum):
    ACTIVE = "active"
    CONSUMED = "consumed"
    RELEASED = "released"


class Reservation(Audited, Base):
    """Stock held for a confirmed sales order (`source` names it, e.g. "order:17") until shipped or
    cancelled. Its quantity is summed into stock_balance.reserved while active."""

    __tablename__ = "reservation"
    __table_args__ = (Index("ix_reservation_source", "source"),)

    source: Mapped[str] = mapped_column(String(60))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    consumed: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(10), default=ReservationStatus.ACTIVE)


class ClerkPin(Base):
    """A short PIN for switching clerks on a shared warehouse PC (argon2 hash)."""

    __tablename__ = "clerk_pin"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(255))


class StockPeriodSum(Base):
    """The maintained sum of the ledger moves per product × warehouse × lot (`lot_key` 0: no lot) and
    calendar month of `moved_at` (`period`: the month's first day).

    Written in the same transaction as the moves (a back-dated move simply adds to its own month), so stock
    at a past date adds whole months from here and reads only the moves of that date's own month.
    """

    __tablename__ = "stock_period_sum"
    __table_args__ = (UniqueConstraint("product_id", "warehouse_id", "lot_key", "period"),
                      Index("ix_stock_period_sum_period", "period", "product_id", "warehouse_id", "lot_key"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    lot_key: Mapped[int] = mapped_column(Integer, default=0)
    period: Mapped[date] = mapped_column(Date)
    quantity: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    value: Mapped[Decimal] = mapped_column(VALUE, default=Decimal("0"))
