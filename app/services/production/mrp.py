"""Material requirements planning: what to make and what to buy so that the confirmed sales orders and the
planned production within a horizon can be met.

Per product (all warehouses together, or one warehouse), in low-level order so that a product is netted
only after every product that can need it:

    gross  = unshipped quantity of confirmed sales orders due within the horizon
           + components still to be consumed by open production orders starting within the horizon
           + components of the production this run proposes (exploded one level at a time)
    supply = on hand − stock reserved for anything NOT counted in gross (orders due later, …)
           + incoming on confirmed purchase orders + quantities on draft purchase orders (being ordered)
           + what open production orders ending within the horizon have still to make
    net    = gross + safety stock (the product's minimum) − supply

A positive net becomes a proposal: a production order for a product with an active BOM, otherwise a
purchase from its preferred supplier, raised to that supplier's minimum order quantity; quantities are
rounded up to the unit's step. Need-by is the earliest date of the demand; a purchase must be ordered
its lead time earlier (not before today).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    OPEN_PRODUCTION,
    STOCKED_KINDS,
    Client,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Product,
    ProductionOrder,
    ProductionOrderLine,
    Reservation,
    ReservationStatus,
    StockBalance,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.production.forms import (
    DraftsMade,
    MrpLine,
    MrpProposal,
    MrpResult,
    ProductionOrderForm,
    PurchaseNeed,
)
from app.services.production.orders import create_in
from app.services.production.structure import Structure, round_up
from app.services.production.suppliers import default_warehouse, drafted_in, purchase_drafts_in, terms_in
from app.services.stock.money import ZERO
from app.services.uow import UnitOfWork

ORDER_PREFIX = "order:"


def _sales_demand(s: Session, horizon: date, warehouse_id: int | None, today: date
                  ) -> tuple[dict[int, Decimal], dict[int, date], dict[int, Decimal]]:
    """(unshipped quantity per product, earliest due date per product, reservations those orders hold)."""
    due = func.coalesce(Document.due_date, Document.doc_date)
    stmt = (select(Document.id, due, DocumentLine.product_id, func.sum(DocumentLine.quantity))
            .join(DocumentLine, DocumentLine.document_id == Document.id)
            .where(Document.doc_type == DocType.ORDER, Document.status == DocStatus.CONFIRMED,
                   Document.shipment != "fully", DocumentLine.product_id.is_not(None), due <= horizon)
            .group_by(Document.id, due, DocumentLine.product_id))
    if warehouse_id is not None:
        stmt = stmt.where(Document.warehouse_id == warehouse_id)
    ordered = list(s.execute(stmt))
    sources = {f"{ORDER_PREFIX}{r[0]}" for r in ordered}
    res: dict[tuple[str, int], tuple[Decimal, Decimal]] = {}
    held: dict[int, Decimal] = defaultdict(lambda: ZERO)
    src_list = sorted(sources)
    for i in range(0, len(src_list), 900):
        q = (select(Reservation.source, Reservation.product_id, func.sum(Reservation.quantity),
                    func.sum(Reservation.consumed),
                    func.sum(Reservation.quantity - Reservation.consumed).filter(
                        Reservation.status == ReservationStatus.ACTIVE))
             .where(Reservation.source.in_(src_list[i:i + 900]), Reservation.status != ReservationStatus.RELEASED)
             .group_by(Reservation.source, Reservation.product_id))
        if warehouse_id is not None:
            q = q.where(Reservation.warehouse_id == warehouse_id)
        for src, pid, qty, consumed, active in s.execute(q):
            res[(src, pid)] = (Decimal(qty or 0), Decimal(consumed or 0))
            held[pid] += Decimal(active or 0)
    demand: dict[int, Decimal] = defaultdict(lambda: ZERO)
    first: dict[int, date] = {}
    for doc_id, day, pid, qty in ordered:
        reserved, shipped = res.get((f"{ORDER_PREFIX}{doc_id}", pid), (ZERO, ZERO))
        # What is still to ship: the reserved part not yet shipped, plus any part never reserved.
        left = Decimal(qty) - shipped
        if left <= 0:
            continue
        demand[pid] += left
        day = max(day, today)
        first[pid] = min(first.get(pid, day), day)
    return demand, first, held


def run_in(s: Session, *, horizon: date, warehouse_id: int | None = None, today: date | None = None) -> MrpResult:
    today = today or date.today()
    structure = Structure(s)
    gross, need_by, held = _sales_demand(s, horizon, warehouse_id, today)
    gross = defaultdict(lambda: ZERO, gross)
    planned_output: dict[int, Decimal] = defaultdict(lambda: ZERO)
    # Open production: components still to consume are demand; output still to make is supply.
    mo = (select(ProductionOrder.id, ProductionOrder.product_id, ProductionOrder.quantity - ProductionOrder.done_quantity,
                 ProductionOrder.planned_start, ProductionOrder.planned_end)
          .where(ProductionOrder.status.in_(OPEN_PRODUCTION), ProductionOrder.planned_start <= horizon))
    if warehouse_id is not None:
        mo = mo.where(ProductionOrder.component_warehouse_id == warehouse_id)
    orders = {oid: (pid, left, start, end) for oid, pid, left, start, end in s.execute(mo)}
    for pid, left, _start, end in orders.values():
        if end <= horizon:
            planned_output[pid] += Decimal(left)
    ids = list(orders)
    for i in range(0, len(ids), 900):
        for oid, cid, left in s.execute(
                select(ProductionOrderLine.order_id, ProductionOrderLine.component_id,
                       ProductionOrderLine.required - ProductionOrderLine.consumed)
                .where(ProductionOrderLine.order_id.in_(ids[i:i + 900]), ProductionOrderLine.is_service.is_(False))):
            if Decimal(left) > 0:
                gross[cid] += Decimal(left)
                day = max(orders[oid][2], today)
                need_by[cid] = min(need_by.get(cid, day), day)
    # Safety stock: every stocked product with a minimum takes part even without demand.
    minimums = {pid: m for pid, m in s.execute(select(Product.id, Product.min_stock).where(
        Product.min_stock > 0, Product.archived.is_(False), Product.kind.in_(STOCKED_KINDS)))}
    stock_q = select(StockBalance.product_id, func.sum(StockBalance.on_hand), func.sum(StockBalance.reserved),
                     func.sum(StockBalance.incoming)).group_by(StockBalance.product_id)
    if warehouse_id is not None:
        stock_q = stock_q.where(StockBalance.warehouse_id == warehouse_id)
    stock = {pid: (Decimal(a or 0), Decimal(b or 0), Decimal(c or 0)) for pid, a, b, c in s.execute(stock_q)}
    drafted = drafted_in(s, warehouse_id=warehouse_id)

    structure.ensure_parts(s, set(gross) | set(minimums) | set(planned_output))
    levels = structure.low_levels()
    terms = terms_in(s, [p for p, part in structure.parts.items() if p not in structure.recipes and part.stocked])
    suppliers = {c.id: c.display_name for c in s.scalars(select(Client).where(
        Client.id.in_({t.supplier_id for ts in terms.values() for t in ts})))} if terms else {}

    lines: list[MrpLine] = []
    proposals: list[MrpProposal] = []
    pending = set(gross) | set(minimums)
    by_level: dict[int, set[int]] = defaultdict(set)
    for pid in pending:
        by_level[levels.get(pid, 0)].add(pid)
    level = 0
    max_level = max(levels.values(), default=0)
    netted: set[int] = set()
    while level <= max_level:
        for pid in sorted(by_level.get(level, ())):
            part = structure.parts[pid]
            if not part.stocked or pid in netted:
                continue
            netted.add(pid)
            on_hand, reserved, incoming = stock.get(pid, (ZERO, ZERO, ZERO))
            reserved_other = reserved - held.get(pid, ZERO)
            safety = Decimal(minimums.get(pid, 0))
            supply = on_hand - reserved_other + incoming + drafted.get(pid, ZERO) + planned_output[pid]
            net = gross[pid] + safety - supply
            proposed = ZERO
            day = need_by.get(pid, today)
            if net > 0:
                recipe = structure.recipes.get(pid)
                proposed = round_up(net, part.decimals)
                if recipe is not None:
                    proposals.append(MrpProposal("make", pid, part.sku, part.name, part.unit, proposed, net, day, day))
                    structure.ensure_parts(s, [c for c, _, _ in recipe.lines])
                    for c, per_batch, scrap in recipe.lines:
                        child = structure.parts[c]
                        if not child.stocked:
                            continue
                        gross[c] += round_up(recipe.need(per_batch, scrap, proposed), child.decimals)
                        need_by[c] = min(need_by.get(c, day), day)
                        child_level = max(levels.get(c, 0), level + 1)
                        by_level[child_level].add(c)
                        max_level = max(max_level, child_level)
                else:
                    offer = (terms.get(pid) or [None])[0]
                    if offer is not None:
                        proposed = round_up(max(proposed, offer.min_order_qty), part.decimals)
                    lead = offer.lead_time_days if offer is not None else 0
                    proposals.append(MrpProposal(
                        "buy", pid, part.sku, part.name, part.unit, proposed, net, day,
                        max(day - timedelta(days=lead), today), offer.supplier_id if offer else None,
                        suppliers.get(offer.supplier_id, "") if offer else "", offer.price if offer else None,
                        offer.currency if offer else ""))
            if gross[pid] or net > 0:
                lines.append(MrpLine(pid, part.sku, part.name, part.unit, level, gross[pid], on_hand, reserved,
                                     incoming, planned_output[pid], safety, max(net, ZERO), proposed,
                                     drafted.get(pid, ZERO)))
        level += 1
    proposals.sort(key=lambda p: (p.order_by, p.action, p.name.casefold()))
    return MrpResult(horizon, tuple(lines), tuple(proposals))


@requires(Area.PRODUCTION, Action.VIEW)
def run_mrp(uow: UnitOfWork, *, horizon: date, warehouse_id: int | None = None) -> MrpResult:
    """The netting per product and the proposed production and purchase orders (see the module's doc)."""
    if horizon < date.today():
        raise ValidationError({"horizon": msg("must not be in the past")})
    with uow:
        return run_in(uow.session, horizon=horizon, warehouse_id=warehouse_id)


def apply_in(s: Session, proposals: list[MrpProposal], *, warehouse_id: int | None) -> DraftsMade:
    warehouse_id = warehouse_id or default_warehouse(s)
    made_mo = []
    for p in proposals:
        if p.action != "make":
            continue
        start = max(p.order_by, date.today())
        order = create_in(s, ProductionOrderForm(product_id=p.product_id, quantity=p.quantity,
                                                 component_warehouse_id=warehouse_id,
                                                 output_warehouse_id=warehouse_id, planned_start=start,
                                                 planned_end=max(p.need_by, start), notes="proposed by MRP"))
        made_mo.append(order.id)
    needs = [PurchaseNeed(p.product_id, p.quantity, p.supplier_id) for p in proposals if p.action == "buy"]
    made_po, skipped = purchase_drafts_in(s, needs, warehouse_id=warehouse_id) if needs else ([], [])
    return DraftsMade(tuple(made_po), tuple(made_mo), tuple(skipped))


@requires(Area.PRODUCTION, Action.CREATE)
def apply_mrp(uow: UnitOfWork, proposals: list[MrpProposal], *, warehouse_id: int | None = None) -> DraftsMade:
    """Planned production orders for the "make" proposals and draft purchase orders, grouped by supplier,
    for the "buy" ones — in one transaction. Buys without a supplier are listed in `skipped`."""
    if not proposals:
        raise ValidationError({"proposals": msg("choose at least one proposal")})
    with uow:
        made = apply_in(uow.session, proposals, warehouse_id=warehouse_id)
        uow.commit()
        return made
