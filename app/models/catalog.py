"""The catalog: products and services, units, categories, barcodes and price lists."""

from __future__ import annotations

import enum
from decimal import Decimal

from sqlalchemy import (
    Boolean,
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


class ProductKind(enum.StrEnum):
    GOODS = "goods"
    SERVICE = "service"
    MATERIAL = "material"
    FINISHED = "finished"


# Kinds that are kept in stock; a service never has a balance or a move.
STOCKED_KINDS = frozenset({ProductKind.GOODS, ProductKind.MATERIAL, ProductKind.FINISHED})


class BarcodeKind(enum.StrEnum):
    EAN13 = "ean13"
    CODE128 = "code128"


class Unit(Audited, Base):
    """Editable directory of units of measure; `decimals` is how many fraction digits a quantity may have."""

    __tablename__ = "unit"

    name: Mapped[str] = mapped_column(String(50))
    name_key: Mapped[str] = mapped_column(String(50), unique=True)
    decimals: Mapped[int] = mapped_column(Integer, default=0)


class Category(Audited, Base):
    """A node of the product category tree."""

    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("parent_id", "name_key"),)

    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150))


class Product(Audited, Base):
    __tablename__ = "product"
    __table_args__ = (Index("ix_product_archived_name_key", "archived", "name_key"),)

    sku: Mapped[str] = mapped_column(String(60))
    # Case-folded SKU: what the unique index holds.
    sku_key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(10), default=ProductKind.GOODS)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    purchase_price: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal("0"))
    sale_price: Mapped[Decimal] = mapped_column(Numeric(18, 2), default=Decimal("0"))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    # Percent, e.g. 20.00.
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
    min_stock: Mapped[Decimal] = mapped_column(Numeric(18, 3), default=Decimal("0"))
    weight_kg: Mapped[Decimal | None] = mapped_column(Numeric(12, 3), nullable=True)
    # Products that need lots (food, medicine): receipts record the lot, shipments pick one.
    tracks_lots: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # Maintained on save: sku, name and barcodes, folded, for "contains" search.
    search_text: Mapped[str] = mapped_column(Text, default="")


class ProductPhoto(Base):
    """A product's picture, kept apart so product lists never load image bytes."""

    __tablename__ = "product_photo"

    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), primary_key=True)
    mime: Mapped[str] = mapped_column(String(40))
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Barcode(Base):
    __tablename__ = "barcode"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(10), default=BarcodeKind.EAN13)


class PriceList(Audited, Base):
    """The base list holds explicit prices; a named list holds explicit prices and/or a rule
    (its base list ± `rule_percent`) for products it has no explicit price for."""

    __tablename__ = "price_list"

    name: Mapped[str] = mapped_column(String(150))
    name_key: Mapped[str] = mapped_column(String(150), unique=True)
    is_base: Mapped[bool] = mapped_column(Boolean, default=False)
    base_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    rule_percent: Mapped[Decimal | None] = mapped_column(Numeric(7, 2), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Price(Audited, Base):
    __tablename__ = "price"
    __table_args__ = (UniqueConstraint("price_list_id", "product_id"),)

    price_list_id: Mapped[int] = mapped_column(ForeignKey("price_list.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    price: Mapped[Decimal] = mapped_column(Numeric(18, 2))


class ClientPriceTerms(Audited, Base):
    """A client's price list and personal discount (no row: the base list, no discount)."""

    __tablename__ = "client_price_terms"

    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"), unique=True)
    price_list_id: Mapped[int | None] = mapped_column(ForeignKey("price_list.id"))
    discount_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal("0"))
