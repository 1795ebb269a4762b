"""Purchasing terms per supplier, bills of materials and production orders.

A bill of materials (BOM) says what one batch of a product (`bom.quantity` of it) is made of: stocked
components with their scrap allowance, and service lines (labour, outsourcing) that only add cost. A
product may have several versions; exactly one is active. A component may have a BOM of its own, so
bills nest; a bill that would contain its own product, at any depth, is refused.

A production order copies its BOM's lines when it is planned (later BOM edits do not change it);
completing it, fully or in parts, posts the consumption of components and the output of the product as
stock documents in one transaction, the output valued at what the components and services cost.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Audited, Base

QTY = Numeric(18, 3)
# Quantities per unit of a product keep more digits: 0.0125 kg of glue per chair.
PER_UNIT = Numeric(18, 6)
PRICE = Numeric(18, 4)
VALUE = Numeric(18, 2)
PERCENT = Numeric(5, 2)


class SupplierProduct(Audited, Base):
    """A supplier's terms for a product; the lowest `priority` is the preferred supplier."""

    __tablename__ = "supplier_product"
    __table_args__ = (UniqueConstraint("product_id", "supplier_id"),)

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), index=True)
    priority: Mapped[int] = mapped_column(Integer, default=1)
    price: Mapped[Decimal] = mapped_column(PRICE, default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    lead_time_days: Mapped[int] = mapped_column(Integer, default=0)
    min_order_qty: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    # The supplier's own code for the product, printed on purchase orders.
    supplier_sku: Mapped[str] = mapped_column(String(60), default="")


class Bom(Audited, Base):
    __tablename__ = "bom"
    __table_args__ = (UniqueConstraint("product_id", "version_no"),
                      Index("ix_bom_product_active", "product_id", "active"))

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"))
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(150), default="")
    # How much of the product one batch of these lines makes.
    quantity: Mapped[Decimal] = mapped_column(QTY, default=Decimal("1"))
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class BomLine(Base):
    """A component (stocked) or a service (cost only) of a BOM; edited with its BOM (the BOM's version
    guards concurrent edits)."""

    __tablename__ = "bom_line"
    __table_args__ = (UniqueConstraint("bom_id", "line_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bom_id: Mapped[int] = mapped_column(ForeignKey("bom.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    component_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    # In the component's unit, per batch of the BOM (before scrap).
    quantity: Mapped[Decimal] = mapped_column(PER_UNIT)
    # Extra consumed for waste, percent of `quantity`.
    scrap_percent: Mapped[Decimal] = mapped_column(PERCENT, default=Decimal("0"))
    notes: Mapped[str] = mapped_column(String(200), default="")


class ProductionStatus(enum.StrEnum):
    PLANNED = "planned"
    RELEASED = "released"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_PRODUCTION = (ProductionStatus.PLANNED, ProductionStatus.RELEASED, ProductionStatus.IN_PROGRESS)


class ProductionOrder(Audited, Base):
    __tablename__ = "production_order"
    __table_args__ = (Index("ix_production_order_status_start", "status", "planned_start", "id"),)

    # "MO-000123", given when the order is made.
    number: Mapped[str | None] = mapped_column(String(20), unique=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    bom_id: Mapped[int] = mapped_column(ForeignKey("bom.id"))
    quantity: Mapped[Decimal] = mapped_column(QTY)
    # How much has been completed so far (partial completions add to it).
    done_quantity: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(12), default=ProductionStatus.PLANNED)
    component_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    output_warehouse_id: Mapped[int] = mapped_column(ForeignKey("warehouse.id"))
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)
    responsible_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # Make-to-order: the sales order (and its line) this order makes goods for.
    sales_order_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), index=True)
    sales_line_id: Mapped[int | None] = mapped_column(ForeignKey("document_line.id", ondelete="SET NULL"))
    # What the completed output cost in all (components at their average cost plus services).
    cost_total: Mapped[Decimal] = mapped_column(VALUE, default=Decimal("0"))
    notes: Mapped[str] = mapped_column(Text, default="")
    released_at: Mapped[datetime | None] = mapped_column(nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(nullable=True)


class ProductionOrderLine(Base):
    """A BOM line copied into a production order: what the whole order needs and what it has used."""

    __tablename__ = "production_order_line"
    __table_args__ = (UniqueConstraint("order_id", "line_no"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("production_order.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    component_id: Mapped[int] = mapped_column(ForeignKey("product.id"), index=True)
    # Per unit of the product, scrap included.
    per_unit: Mapped[Decimal] = mapped_column(PER_UNIT)
    scrap_percent: Mapped[Decimal] = mapped_column(PERCENT, default=Decimal("0"))
    # For the whole order, rounded up to what the component's unit allows.
    required: Mapped[Decimal] = mapped_column(QTY)
    consumed: Mapped[Decimal] = mapped_column(QTY, default=Decimal("0"))
    # Services add cost (quantity × their purchase price) and are never taken from stock.
    is_service: Mapped[bool] = mapped_column(Boolean, default=False)


class ProductionCompletion(Base):
    """One completion of a production order: the quantity made and the two stock documents it posted."""

    __tablename__ = "production_completion"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("production_order.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[Decimal] = mapped_column(QTY)
    completed_at: Mapped[datetime] = mapped_column()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    consumption_id: Mapped[int | None] = mapped_column(ForeignKey("stock_document.id"))
    output_id: Mapped[int] = mapped_column(ForeignKey("stock_document.id"))
    components_value: Mapped[Decimal] = mapped_column(VALUE)
    services_value: Mapped[Decimal] = mapped_column(VALUE)
