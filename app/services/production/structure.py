"""Reading bills of materials as a whole: the active structure of every product, explosion to raw
materials with scrap and units applied, cost roll-up and where-used. No writes here.

Rounding: every quantity a parent needs of a component (scrap included) is rounded UP to the step of the
component's unit, level by level — nobody makes 2.1 frames or uses 0.3 of a screw; a cost roll-up uses
the exact per-unit quantities instead, since it prices one unit, not a batch made on the shop floor.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import STOCKED_KINDS, Bom, BomLine, Product, ProductKind, StockBalance, Unit
from app.services.stock.money import COST_STEP, ZERO, cents, quantity_step

HUNDRED = Decimal(100)
PER_UNIT_STEP = Decimal("0.000001")


@dataclass(frozen=True, slots=True)
class Part:
    id: int
    sku: str
    name: str
    kind: str
    unit: str
    decimals: int
    purchase_price: Decimal

    @property
    def is_service(self) -> bool:
        return self.kind == ProductKind.SERVICE

    @property
    def stocked(self) -> bool:
        return self.kind in STOCKED_KINDS


@dataclass(frozen=True, slots=True)
class Recipe:
    """A BOM reduced to what the arithmetic needs: per batch of `batch`, these (component, qty, scrap %)."""

    bom_id: int
    product_id: int
    batch: Decimal
    lines: tuple[tuple[int, Decimal, Decimal], ...]

    def need(self, component_qty: Decimal, scrap: Decimal, of: Decimal) -> Decimal:
        """Exact quantity of a component for `of` units of the product, scrap included."""
        return of * component_qty / self.batch * (1 + scrap / HUNDRED)


def round_up(quantity: Decimal, decimals: int) -> Decimal:
    return quantity.quantize(quantity_step(decimals), rounding=ROUND_CEILING)


def round_half(quantity: Decimal, decimals: int) -> Decimal:
    return quantity.quantize(quantity_step(decimals), rounding=ROUND_HALF_UP)


def parts(s: Session, ids) -> dict[int, Part]:
    ids = list(set(ids))
    out: dict[int, Part] = {}
    for i in range(0, len(ids), 900):
        for pid, sku, name, kind, unit, decimals, price in s.execute(
                select(Product.id, Product.sku, Product.name, Product.kind, Unit.name, Unit.decimals,
                       Product.purchase_price).join(Unit, Unit.id == Product.unit_id)
                .where(Product.id.in_(ids[i:i + 900]))):
            out[pid] = Part(pid, sku, name, kind, unit, decimals, price)
    return out


def recipes(s: Session, *, bom_ids: list[int] | None = None) -> dict[int, Recipe]:
    """The active BOM of every product that has one (or exactly the BOMs `bom_ids`), keyed by product;
    two queries whatever the size."""
    stmt = select(Bom.id, Bom.product_id, Bom.quantity)
    stmt = stmt.where(Bom.id.in_(bom_ids)) if bom_ids is not None else stmt.where(Bom.active.is_(True))
    heads = {bid: (pid, qty) for bid, pid, qty in s.execute(stmt)}
    lines: dict[int, list] = defaultdict(list)
    if heads:
        q = select(BomLine.bom_id, BomLine.component_id, BomLine.quantity, BomLine.scrap_percent).order_by(
            BomLine.bom_id, BomLine.line_no)
        if bom_ids is not None:
            q = q.where(BomLine.bom_id.in_(list(heads)))
        else:
            q = q.join(Bom, Bom.id == BomLine.bom_id).where(Bom.active.is_(True))
        for bid, cid, qty, scrap in s.execute(q):
            lines[bid].append((cid, qty, scrap))
    return {pid: Recipe(bid, pid, qty, tuple(lines[bid])) for bid, (pid, qty) in heads.items()}


def recipe_of(s: Session, product_id: int, bom_id: int | None = None) -> Recipe | None:
    """The product's active BOM, or the version `bom_id`."""
    if bom_id is not None:
        found = recipes(s, bom_ids=[bom_id])
        return found.get(product_id)
    bid = s.scalar(select(Bom.id).where(Bom.product_id == product_id, Bom.active.is_(True)))
    return recipes(s, bom_ids=[bid]).get(product_id) if bid else None


class Structure:
    """The active recipes and the parts they name, loaded once for many explosions (MRP, the planner)."""

    def __init__(self, s: Session, *, extra: dict[int, Recipe] | None = None):
        self.recipes = recipes(s)
        if extra:
            self.recipes.update(extra)
        ids = set(self.recipes)
        for r in self.recipes.values():
            ids.update(c for c, _, _ in r.lines)
        self.parts = parts(s, ids)

    def ensure_parts(self, s: Session, ids) -> None:
        missing = set(ids) - set(self.parts)
        if missing:
            self.parts.update(parts(s, missing))

    def low_levels(self) -> dict[int, int]:
        """Each product's deepest level in any active structure (0: nothing uses it): MRP nets a product
        only after every product that can need it."""
        level = dict.fromkeys(self.parts, 0)
        for _ in range(len(self.parts) + 1):  # saved structures have no cycles, so this settles
            changed = False
            for pid, r in self.recipes.items():
                for c, _, _ in r.lines:
                    if level.get(c, 0) < level.get(pid, 0) + 1:
                        level[c] = level.get(pid, 0) + 1
                        changed = True
            if not changed:
                break
        return level


def explode_in(s: Session, product_id: int, quantity: Decimal, *, recipe: Recipe | None = None,
               structure: Structure | None = None) -> tuple[list[tuple[int, int, Decimal, bool]], dict[int, Decimal]]:
    """(tree rows (level, component, quantity, has own BOM), raw materials and services summed) for
    `quantity` of the product made by `recipe` (default: its active BOM); sub-assemblies explode through
    their active BOMs."""
    structure = structure or Structure(s, extra={product_id: recipe} if recipe else None)
    top = recipe or structure.recipes.get(product_id)
    tree: list[tuple[int, int, Decimal, bool]] = []
    raw: dict[int, Decimal] = defaultdict(lambda: ZERO)
    if top is None:
        return tree, raw

    def walk(r: Recipe, qty: Decimal, level: int, path: frozenset) -> None:
        structure.ensure_parts(s, [c for c, _, _ in r.lines])
        for component_id, per_batch, scrap in r.lines:
            part = structure.parts[component_id]
            need = round_up(r.need(per_batch, scrap, qty), part.decimals)
            sub = structure.recipes.get(component_id) if part.stocked else None
            if sub is not None and component_id in path:
                sub = None  # saved data never has cycles; guard anyway rather than loop forever
            tree.append((level, component_id, need, sub is not None))
            if sub is not None:
                walk(sub, need, level + 1, path | {component_id})
            else:
                raw[component_id] += need

    walk(top, quantity, 1, frozenset({product_id}))
    return tree, raw


def average_costs(s: Session, product_ids) -> dict[int, Decimal]:
    """Moving-average unit cost over all warehouses, for products with stock on hand."""
    ids = list(set(product_ids))
    out: dict[int, Decimal] = {}
    for i in range(0, len(ids), 900):
        for pid, qty, value in s.execute(
                select(StockBalance.product_id, func.sum(StockBalance.on_hand), func.sum(StockBalance.value))
                .where(StockBalance.product_id.in_(ids[i:i + 900]))
                .group_by(StockBalance.product_id)):
            qty, value = Decimal(qty or 0), Decimal(value or 0)
            if qty > 0:
                out[pid] = (value / qty).quantize(COST_STEP, rounding=ROUND_HALF_UP)
    return out


def rollup_in(s: Session, product_id: int, quantity: Decimal, *, recipe: Recipe | None = None
              ) -> tuple[list[tuple[int, int, Decimal, Decimal, Decimal, str]], Decimal, Decimal]:
    """(lines (level, component, quantity, unit cost, cost, basis), materials, services) for `quantity` of
    the product. Components without a BOM cost their moving average (their purchase price when none is in
    stock); sub-assemblies cost what their own BOM rolls up to; services their purchase price."""
    structure = Structure(s, extra={product_id: recipe} if recipe else None)
    top = recipe or structure.recipes.get(product_id)
    if top is None:
        return [], ZERO, ZERO
    averages = average_costs(s, structure.parts)
    unit_memo: dict[int, tuple[Decimal, Decimal]] = {}

    def unit_cost(pid: int, path: frozenset) -> tuple[Decimal, Decimal]:
        """(materials, services) of one unit made by its active BOM, unrounded."""
        if pid in unit_memo:
            return unit_memo[pid]
        r = structure.recipes[pid]
        mats = servs = ZERO
        for c, per_batch, scrap in r.lines:
            part = structure.parts[c]
            q = r.need(per_batch, scrap, Decimal(1))
            if part.is_service:
                servs += q * part.purchase_price
            elif c in structure.recipes and c not in path:
                m, sv = unit_cost(c, path | {c})
                mats, servs = mats + q * m, servs + q * sv
            else:
                mats += q * averages.get(c, part.purchase_price)
        unit_memo[pid] = (mats, servs)
        return mats, servs

    lines = []
    materials = services = ZERO

    def walk(r: Recipe, qty: Decimal, level: int, path: frozenset, top_level: bool) -> None:
        nonlocal materials, services
        structure.ensure_parts(s, [c for c, _, _ in r.lines])
        for c, per_batch, scrap in r.lines:
            part = structure.parts[c]
            q = r.need(per_batch, scrap, qty)
            if part.is_service:
                each, basis = part.purchase_price, "service"
            elif c in structure.recipes and c not in path:
                m, sv = unit_cost(c, path | {c})
                each, basis = m + sv, "rolled up"
            else:
                each = averages.get(c, part.purchase_price)
                basis = "average" if c in averages else "purchase price"
            cost = q * each
            lines.append((level, c, q.quantize(PER_UNIT_STEP), each.quantize(COST_STEP), cents(cost), basis))
            if top_level:
                if part.is_service:
                    services += cost
                elif basis == "rolled up":
                    m, sv = unit_cost(c, path | {c})
                    materials, services = materials + q * m, services + q * sv
                else:
                    materials += cost
            if basis == "rolled up":
                walk(structure.recipes[c], q, level + 1, path | {c}, False)

    walk(top, quantity, 1, frozenset({product_id}), True)
    return lines, cents(materials), cents(services)


def reachable(graph: dict[int, set[int]], start: int, goal: int) -> list[int] | None:
    """A path start → … → goal through `graph` (product → components), or None."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        node, path = stack.pop()
        if node == goal:
            return path
        if node in seen:
            continue
        seen.add(node)
        for nxt in sorted(graph.get(node, ())):
            stack.append((nxt, path + [nxt]))
    return None


def usage_graph(s: Session, *, without_bom: int | None = None) -> dict[int, set[int]]:
    """product → components over every BOM version (an inactive version may be activated later)."""
    graph: dict[int, set[int]] = defaultdict(set)
    stmt = select(Bom.product_id, BomLine.component_id).join(Bom, Bom.id == BomLine.bom_id)
    if without_bom is not None:
        stmt = stmt.where(Bom.id != without_bom)
    for pid, cid in s.execute(stmt):
        graph[pid].add(cid)
    return graph
