"""Rows and forms of the stock services: frozen dataclasses the screens hold (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

# Document number prefixes per kind ("RC-000001").
PREFIX = {"receipt": "RC", "shipment": "SH", "transfer": "TR", "write_off": "WO", "count": "IC",
          "consume": "MC", "output": "MP"}
# Kinds only a production order posts; they are never typed in or un-posted by hand.
PRODUCTION_KINDS = ("consume", "output")


@dataclass(frozen=True, slots=True)
class WarehouseRow:
    id: int
    name: str
    address: str
    allow_negative: bool
    archived: bool
    version: int


@dataclass(frozen=True, slots=True)
class StockLineData:
    product_id: int
    quantity: Decimal
    unit_cost: Decimal | None = None
    lot_id: int | None = None
    lot_code: str = ""
    lot_expires_on: date | None = None
    line_id: int | None = None


@dataclass(frozen=True, slots=True)
class StockDocForm:
    """What a stock document's editor holds.

    `source` (shipments only) names the reservation the shipment consumes on posting, e.g. "order:17"
    (stock_document.source).
    """

    kind: str
    warehouse_id: int | None
    doc_date: datetime | None
    to_warehouse_id: int | None = None
    client_id: int | None = None
    reason: str = ""
    comment: str = ""
    lines: tuple[StockLineData, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class StockLineRow:
    id: int
    line_no: int
    product_id: int
    sku: str
    product_name: str
    unit: str
    quantity: Decimal
    unit_cost: Decimal | None
    lot_id: int | None
    lot_code: str
    lot_expires_on: date | None
    book_quantity: Decimal | None
    clerk_name: str
    picked: Decimal | None = None
    tracks_lots: bool = False  # the product needs a lot: the dialog edits lot columns only then


@dataclass(frozen=True, slots=True)
class StockDocCard:
    id: int
    version: int
    number: str
    kind: str
    status: str
    form: StockDocForm
    lines: tuple[StockLineRow, ...]
    warehouse_name: str
    to_warehouse_name: str
    client_name: str
    posted_at: datetime | None
    posted_by_name: str


@dataclass(frozen=True, slots=True)
class StockDocRow:
    id: int
    number: str
    kind: str
    status: str
    doc_date: datetime
    warehouse_name: str
    client_name: str
    lines: int
    version: int


@dataclass(frozen=True, slots=True)
class BalanceRow:
    product_id: int
    sku: str
    product_name: str
    unit: str
    warehouse_id: int
    warehouse_name: str
    lot_id: int | None
    lot_code: str
    expires_on: date | None
    on_hand: Decimal
    reserved: Decimal
    available: Decimal
    incoming: Decimal
    avg_cost: Decimal
    value: Decimal


@dataclass(frozen=True, slots=True)
class MoveRow:
    id: int
    moved_at: datetime
    document_id: int
    document_number: str
    kind: str
    warehouse_name: str
    lot_code: str
    quantity: Decimal
    unit_cost: Decimal
    value: Decimal
    running_balance: Decimal
    user_name: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan did: the saved document and the line it added or increased."""

    card: StockDocCard
    line: StockLineRow


@dataclass(frozen=True, slots=True)
class ProductHit:
    product_id: int
    sku: str
    name: str
    unit: str
    decimals: int = 0  # the unit's fraction digits
    tracks_lots: bool = False


@dataclass(frozen=True, slots=True)
class PickRow:
    product_id: int
    sku: str
    name: str
    unit: str
    to_pick: Decimal
    picked: Decimal


@dataclass(frozen=True, slots=True)
class ReorderRow:
    product_id: int
    sku: str
    name: str
    unit: str
    on_hand: Decimal
    available: Decimal
    min_stock: Decimal
    suggested: Decimal


@dataclass(frozen=True, slots=True)
class ValuationRow:
    product_id: int
    sku: str
    name: str
    warehouse_id: int
    warehouse_name: str
    quantity: Decimal
    value: Decimal
    avg_cost: Decimal


@dataclass(frozen=True, slots=True)
class ReservationRow:
    id: int
    source: str
    product_id: int
    warehouse_id: int
    quantity: Decimal
    consumed: Decimal
    status: str
    version: int


@dataclass(frozen=True, slots=True)
class LotChoice:
    """A lot of a product in a warehouse, offered when picking or counting it (earliest expiry first)."""

    lot_id: int
    code: str
    expires_on: date | None
    on_hand: Decimal


@dataclass(frozen=True, slots=True)
class Mismatch:
    product_id: int
    warehouse_id: int
    lot_key: int
    balance_on_hand: Decimal
    ledger_on_hand: Decimal
    balance_value: Decimal
    ledger_value: Decimal
    # Set when a month's maintained sum (stock_period_sum) differs: `balance_*` are that sum, `ledger_*`
    # the month's moves.
    period: date | None = None
