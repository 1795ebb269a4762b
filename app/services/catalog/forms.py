"""Plain values that cross between the catalog screens and the catalog services."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: int
    name: str
    decimals: int  # fraction digits a quantity in this unit may have
    version: int


@dataclass(frozen=True, slots=True)
class CategoryRow:
    id: int
    parent_id: int | None
    name: str
    version: int


@dataclass(frozen=True, slots=True)
class BarcodeData:
    code: str
    kind: str = "ean13"  # BarcodeKind


@dataclass(frozen=True, slots=True)
class ProductForm:
    """Everything the product card edits (prices by list and the photo are saved by their own actions)."""

    sku: str = ""
    name: str = ""
    kind: str = "goods"  # ProductKind
    category_id: int | None = None
    unit_id: int | None = None
    purchase_price: Decimal = Decimal("0")
    sale_price: Decimal = Decimal("0")
    currency: str = "USD"
    vat_rate: Decimal = Decimal("0")
    min_stock: Decimal = Decimal("0")
    weight_kg: Decimal | None = None
    tracks_lots: bool = False
    description: str = ""
    barcodes: tuple[BarcodeData, ...] = ()


@dataclass(frozen=True, slots=True)
class ProductRow:
    """A line of the products list."""

    id: int
    version: int
    sku: str
    name: str
    kind: str
    unit_name: str
    sale_price: Decimal
    currency: str
    vat_rate: Decimal
    min_stock: Decimal
    barcode: str  # the first barcode, "" when none
    archived: bool
    category_id: int | None


@dataclass(frozen=True, slots=True)
class ProductPrice:
    """A product's price on one list: the explicit price if set, else what the list's rule gives."""

    price_list_id: int
    list_name: str
    is_base: bool
    explicit: Decimal | None
    effective: Decimal
    rule_percent: Decimal | None
    version: int  # the explicit price row's version, 0 when there is none


@dataclass(frozen=True, slots=True)
class ProductCard:
    id: int
    version: int
    form: ProductForm
    archived: bool
    has_photo: bool
    unit_name: str
    category_name: str
    prices: tuple[ProductPrice, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class ProductQuery:
    """What the products list shows: search over SKU, name and barcode, and filters."""

    search: str = ""
    category_id: int | None = None  # with its whole subtree
    kind: str | None = None
    archived: str = "active"  # "active", "archived" or "all"


@dataclass(frozen=True, slots=True)
class PriceListRow:
    id: int
    name: str
    is_base: bool
    base_list_id: int | None
    rule_percent: Decimal | None  # None: explicit prices only (falls back to the base list)
    currency: str
    archived: bool
    version: int


@dataclass(frozen=True, slots=True)
class ListPriceRow:
    """A product on one price list, for the explicit prices grid."""

    id: int  # the product id
    sku: str
    name: str
    base_price: Decimal
    explicit: Decimal | None
    effective: Decimal
    version: int  # the explicit price row's version, 0 when there is none


@dataclass(frozen=True, slots=True)
class PriceQuote:
    """What a document proposes for a client and a product, and how it came to be."""

    price: Decimal            # the list price before the client's discount
    list_name: str
    discount_percent: Decimal
    final_price: Decimal      # after the discount, rounded half-up to cents
    currency: str
    source: str = "explicit"  # "explicit", "rule" or "sale_price"


@dataclass(frozen=True, slots=True)
class ClientTerms:
    client_id: int
    price_list_id: int | None  # None: the base list
    discount_percent: Decimal
    version: int  # 0 while the client has no terms row


@dataclass(frozen=True, slots=True)
class LabelData:
    name: str
    sku: str
    price: Decimal
    currency: str
    barcode: str
    barcode_kind: str = "ean13"
