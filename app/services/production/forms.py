"""What production and purchasing screens send (forms) and get back (frozen rows)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass
class SupplierTermsForm:
    supplier_id: int | None
    price: Decimal | str = "0"
    currency: str = ""
    lead_time_days: int | str = 0
    min_order_qty: Decimal | str = "0"
    supplier_sku: str = ""
    priority: int | str = 1


@dataclass(frozen=True, slots=True)
class SupplierTermsRow:
    id: int
    product_id: int
    supplier_id: int
    supplier_name: str
    priority: int
    price: Decimal
    currency: str
    lead_time_days: int
    min_order_qty: Decimal
    supplier_sku: str
    version: int


@dataclass
class BomLineForm:
    component_id: int | None
    quantity: Decimal | str = "1"
    scrap_percent: Decimal | str = "0"
    notes: str = ""


@dataclass
class BomForm:
    product_id: int | None
    quantity: Decimal | str = "1"
    name: str = ""
    notes: str = ""
    lines: list[BomLineForm] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BomLineRow:
    component_id: int
    sku: str
    name: str
    unit: str
    kind: str
    quantity: Decimal
    scrap_percent: Decimal
    notes: str
    is_service: bool
    # The component has an active BOM of its own (a sub-assembly).
    has_bom: bool


@dataclass(frozen=True, slots=True)
class BomCard:
    id: int
    version: int
    product_id: int
    product_name: str
    sku: str
    unit: str
    version_no: int
    name: str
    quantity: Decimal
    active: bool
    notes: str
    lines: tuple[BomLineRow, ...]

    @property
    def label(self) -> str:
        return f"v{self.version_no}" + (f" {self.name}" if self.name else "")


@dataclass(frozen=True, slots=True)
class BomRow:
    id: int
    product_id: int
    version_no: int
    name: str
    quantity: Decimal
    active: bool
    lines: int
    version: int


@dataclass(frozen=True, slots=True)
class BomProductRow:
    """A product that has bills of materials, for the BOM list."""

    product_id: int
    sku: str
    name: str
    kind: str
    versions: int
    active_bom_id: int | None
    active_version_no: int | None


@dataclass(frozen=True, slots=True)
class ExplosionLine:
    """One row of the exploded tree; `quantity` is what the parent row's quantity needs, scrap included,
    rounded up to the unit's step."""

    level: int
    component_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    is_service: bool
    has_bom: bool


@dataclass(frozen=True, slots=True)
class Requirement:
    """A raw material (no BOM of its own) or a service, summed over the whole tree."""

    component_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    is_service: bool


@dataclass(frozen=True, slots=True)
class Explosion:
    product_id: int
    quantity: Decimal
    tree: tuple[ExplosionLine, ...]
    raw: tuple[Requirement, ...]


@dataclass(frozen=True, slots=True)
class CostLine:
    level: int
    component_id: int
    sku: str
    name: str
    quantity: Decimal
    unit_cost: Decimal
    cost: Decimal
    # "average" (stock's moving average), "purchase price" (none in stock), "rolled up" (its own BOM),
    # "service" (a cost line priced at the service's purchase price).
    basis: str


@dataclass(frozen=True, slots=True)
class CostRollup:
    product_id: int
    quantity: Decimal
    materials: Decimal
    services: Decimal
    total: Decimal
    unit_cost: Decimal
    lines: tuple[CostLine, ...]


@dataclass(frozen=True, slots=True)
class WhereUsedRow:
    product_id: int
    sku: str
    name: str
    bom_id: int
    version_no: int
    active: bool
    quantity: Decimal
    # 1: uses the component directly; 2: uses a product that uses it; …
    level: int


@dataclass
class ProductionOrderForm:
    product_id: int | None
    quantity: Decimal | str
    component_warehouse_id: int | None
    output_warehouse_id: int | None = None
    bom_id: int | None = None
    planned_start: date | None = None
    planned_end: date | None = None
    responsible_id: int | None = None
    notes: str = ""


@dataclass(frozen=True, slots=True)
class ProductionLineRow:
    id: int
    component_id: int
    sku: str
    name: str
    unit: str
    per_unit: Decimal
    scrap_percent: Decimal
    required: Decimal
    consumed: Decimal
    is_service: bool

    @property
    def remaining(self) -> Decimal:
        return max(self.required - self.consumed, Decimal(0))


@dataclass(frozen=True, slots=True)
class CompletionRow:
    id: int
    quantity: Decimal
    completed_at: datetime
    user_name: str
    consumption_number: str
    output_number: str
    components_value: Decimal
    services_value: Decimal
    unit_cost: Decimal


@dataclass(frozen=True, slots=True)
class ShortageRow:
    component_id: int
    sku: str
    name: str
    unit: str
    needed: Decimal
    available: Decimal
    incoming: Decimal

    @property
    def short(self) -> Decimal:
        return max(self.needed - self.available, Decimal(0))


@dataclass(frozen=True, slots=True)
class ProductionCard:
    id: int
    version: int
    number: str
    status: str
    product_id: int
    product_name: str
    sku: str
    unit: str
    bom_id: int
    bom_label: str
    quantity: Decimal
    done_quantity: Decimal
    component_warehouse_id: int
    component_warehouse: str
    output_warehouse_id: int
    output_warehouse: str
    planned_start: date
    planned_end: date
    responsible_id: int | None
    responsible_name: str
    sales_order_id: int | None
    sales_order_number: str
    cost_total: Decimal
    notes: str
    lines: tuple[ProductionLineRow, ...]
    completions: tuple[CompletionRow, ...]

    @property
    def remaining(self) -> Decimal:
        return max(self.quantity - self.done_quantity, Decimal(0))


@dataclass(frozen=True, slots=True)
class ProductionRow:
    id: int
    number: str
    status: str
    product_id: int
    product_name: str
    sku: str
    unit: str
    quantity: Decimal
    done_quantity: Decimal
    planned_start: date
    planned_end: date
    responsible_name: str
    sales_order_number: str
    # Components of an open order that its warehouse cannot cover now (0 for done and cancelled orders).
    short_components: int
    version: int


@dataclass(frozen=True, slots=True)
class MrpLine:
    """The netting of one product over the horizon (all warehouses together)."""

    product_id: int
    sku: str
    name: str
    unit: str
    low_level: int
    gross: Decimal
    on_hand: Decimal
    reserved: Decimal
    incoming: Decimal
    planned_output: Decimal
    safety_stock: Decimal
    net: Decimal
    proposed: Decimal
    # On draft purchase orders: counted as supply (being ordered), shown apart from confirmed incoming.
    drafted: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class MrpProposal:
    """A proposed production order ("make", for products with an active BOM) or purchase ("buy")."""

    action: str
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    net_requirement: Decimal
    need_by: date
    order_by: date
    supplier_id: int | None = None
    supplier_name: str = ""
    price: Decimal | None = None
    currency: str = ""


@dataclass(frozen=True, slots=True)
class MrpResult:
    horizon: date
    lines: tuple[MrpLine, ...]
    proposals: tuple[MrpProposal, ...]


@dataclass(frozen=True, slots=True)
class PurchaseNeed:
    """A product and quantity to buy (from the reorder list or MRP)."""

    product_id: int
    quantity: Decimal
    supplier_id: int | None = None


@dataclass(frozen=True, slots=True)
class DraftsMade:
    """What one "make the purchase orders" action made: the draft ids, and what it could not place."""

    purchase_order_ids: tuple[int, ...]
    production_order_ids: tuple[int, ...]
    # (product name, why) for needs without a supplier.
    skipped: tuple[tuple[str, str], ...]
