"""Production orders: planned → released → in progress → done, or cancelled.

An order copies its BOM version's lines when it is planned (and again if its product, quantity or BOM
change while it is planned). Releasing checks the component warehouse and refuses with the shortages
unless the user accepts them. Completing a quantity — all that is left or a part — posts, in one
transaction and through the stock ledger's rules, the consumption of components (their share, the last
completion taking what is left) and the output of the product valued at the components' moving-average
cost plus the services' cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, insert, or_, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    OPEN_PRODUCTION,
    STOCKED_KINDS,
    Bom,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Product,
    ProductionCompletion,
    ProductionOrder,
    ProductionOrderLine,
    ProductionStatus,
    StockBalance,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    Unit,
    User,
    Warehouse,
)
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import check_version, get_or_404, raise_if
from app.services.errors import ComponentShortage, ValidationError
from app.services.i18n import msg
from app.services.production.forms import (
    CompletionRow,
    ProductionCard,
    ProductionLineRow,
    ProductionOrderForm,
    ProductionRow,
    ShortageRow,
)
from app.services.production.structure import PER_UNIT_STEP, Recipe, parts, recipe_of, round_half, round_up
from app.services.stock.balances import fefo_split
from app.services.stock.documents import quantity_error
from app.services.stock.forms import PREFIX as STOCK_PREFIX
from app.services.stock.money import COST_STEP, ZERO, cents
from app.services.stock.posting import post_in, retrying
from app.services.stock.reservations import active_reserved_in
from app.services.uow import UnitOfWork
from app.services.words import status_word

P = ProductionStatus
# Allowed status changes, each made by the one function named here.
TRANSITIONS = {
    (P.PLANNED, P.RELEASED): "release_order",
    (P.RELEASED, P.IN_PROGRESS): "start_order / complete_order (a part)",
    (P.RELEASED, P.DONE): "complete_order (all)",
    (P.IN_PROGRESS, P.DONE): "complete_order (the rest) / close_order",
    (P.PLANNED, P.CANCELLED): "cancel_order",
    (P.RELEASED, P.CANCELLED): "cancel_order",
}
ENTITY = "production order"


def _transition(order: ProductionOrder, to: str) -> None:
    if (order.status, to) not in TRANSITIONS:
        raise ValidationError({"status": msg("a {status} order cannot become {to}", status=status_word(order.status),
                                             to=status_word(to))})
    order.status = to


def production_source(order_id: int) -> str:
    return f"production:{order_id}"


def _lines(s: Session, order_id: int) -> list[ProductionOrderLine]:
    return list(s.scalars(select(ProductionOrderLine).where(ProductionOrderLine.order_id == order_id)
                          .order_by(ProductionOrderLine.line_no)))


def _name(s: Session, model, ident, attr: str) -> str:
    obj = s.get(model, ident) if ident is not None else None
    return getattr(obj, attr) if obj is not None else ""


# Built once: an alias made per call costs more than the query it is used in.
_COMPONENT_WH, _OUTPUT_WH, _SALES_ORDER = aliased(Warehouse), aliased(Warehouse), aliased(Document)
_USED_DOC, _MADE_DOC = aliased(StockDocument), aliased(StockDocument)


def card_of(s: Session, order: ProductionOrder) -> ProductionCard:
    """The order as a screen shows it: three queries (header names, lines, completions)."""
    cw, ow, so = _COMPONENT_WH, _OUTPUT_WH, _SALES_ORDER
    head = s.execute(
        select(Product.name, Product.sku, Unit.name, Bom.version_no, Bom.name, cw.name, ow.name, User.full_name,
               so.number)
        .select_from(ProductionOrder)
        .join(Product, Product.id == ProductionOrder.product_id).join(Unit, Unit.id == Product.unit_id)
        .join(Bom, Bom.id == ProductionOrder.bom_id)
        .join(cw, cw.id == ProductionOrder.component_warehouse_id)
        .join(ow, ow.id == ProductionOrder.output_warehouse_id)
        .outerjoin(User, User.id == ProductionOrder.responsible_id)
        .outerjoin(so, so.id == ProductionOrder.sales_order_id)
        .where(ProductionOrder.id == order.id)).one()
    name, sku, unit, bom_no, bom_name, cw_name, ow_name, who, so_number = head
    line_rows = tuple(ProductionLineRow(ln.id, ln.component_id, c_sku, c_name, c_unit, ln.per_unit, ln.scrap_percent,
                                        ln.required, ln.consumed, ln.is_service)
                      for ln, c_sku, c_name, c_unit in s.execute(
                          select(ProductionOrderLine, Product.sku, Product.name, Unit.name)
                          .join(Product, Product.id == ProductionOrderLine.component_id)
                          .join(Unit, Unit.id == Product.unit_id)
                          .where(ProductionOrderLine.order_id == order.id).order_by(ProductionOrderLine.line_no)))
    used, made = _USED_DOC, _MADE_DOC
    completions = []
    for c, user_name, used_no, made_no in s.execute(
            select(ProductionCompletion, User.full_name, used.number, made.number)
            .outerjoin(User, User.id == ProductionCompletion.user_id)
            .outerjoin(used, used.id == ProductionCompletion.consumption_id)
            .outerjoin(made, made.id == ProductionCompletion.output_id)
            .where(ProductionCompletion.order_id == order.id).order_by(ProductionCompletion.id)):
        total = c.components_value + c.services_value
        completions.append(CompletionRow(c.id, c.quantity, c.completed_at, user_name or "", used_no or "",
                                         made_no or "", c.components_value, c.services_value,
                                         (total / c.quantity).quantize(COST_STEP)))
    return ProductionCard(
        order.id, order.version, order.number or "", order.status, order.product_id, name, sku, unit, order.bom_id,
        f"v{bom_no}" + (f" {bom_name}" if bom_name else ""), order.quantity, order.done_quantity,
        order.component_warehouse_id, cw_name, order.output_warehouse_id, ow_name, order.planned_start,
        order.planned_end, order.responsible_id, who or "", order.sales_order_id, so_number or "", order.cost_total,
        order.notes, line_rows, tuple(completions))


def _validate(s: Session, form: ProductionOrderForm, order: ProductionOrder | None) -> tuple[dict, Recipe | None]:
    errors: dict[str, str] = {}
    product = s.get(Product, form.product_id) if form.product_id is not None else None
    if product is None:
        errors["product_id"] = msg("choose the product to make")
        raise_if(errors)
    recipe = None
    if form.bom_id is not None:
        bom = s.get(Bom, form.bom_id)
        if bom is None or bom.product_id != product.id:
            errors["bom_id"] = msg("is not a bill of materials of {name}", name=product.name)
        else:
            recipe = recipe_of(s, product.id, bom.id)
    else:
        recipe = recipe_of(s, product.id)
        if recipe is None:
            errors["product_id"] = msg("{name} has no active bill of materials; make one first", name=product.name)
    qty, err = quantity_error(form.quantity, s.get(Unit, product.unit_id), allow_zero=False)
    if err:
        errors["quantity"] = err
    for field in ("component_warehouse_id", "output_warehouse_id"):
        wid = getattr(form, field) if field == "component_warehouse_id" or form.output_warehouse_id is not None \
            else form.component_warehouse_id
        wh = s.get(Warehouse, wid) if wid is not None else None
        if wh is None:
            errors[field] = msg("choose a warehouse")
        elif wh.archived and (order is None or getattr(order, field) != wh.id):
            errors[field] = msg("this warehouse is archived")
    start = form.planned_start or date.today()
    end = form.planned_end or start
    if end < start:
        errors["planned_end"] = msg("must not be before the start")
    if form.responsible_id is not None and s.get(User, form.responsible_id) is None:
        errors["responsible_id"] = msg("is not a user")
    if order is not None and order.done_quantity and qty is not None and qty < order.done_quantity:
        errors["quantity"] = msg("{done_quantity} are already made", done_quantity=order.done_quantity)
    raise_if(errors)
    header = {"product_id": product.id, "bom_id": recipe.bom_id, "quantity": qty,
              "component_warehouse_id": form.component_warehouse_id,
              "output_warehouse_id": form.output_warehouse_id or form.component_warehouse_id,
              "planned_start": start, "planned_end": end, "responsible_id": form.responsible_id,
              "notes": v.clean(form.notes)}
    return header, recipe


def _copy_lines(s: Session, order: ProductionOrder, recipe: Recipe) -> None:
    for old in _lines(s, order.id):
        s.delete(old)
    s.flush()
    info = parts(s, [c for c, _, _ in recipe.lines])
    for n, (component_id, per_batch, scrap) in enumerate(recipe.lines, start=1):
        part = info[component_id]
        s.add(ProductionOrderLine(
            order_id=order.id, line_no=n, component_id=component_id, scrap_percent=scrap,
            per_unit=recipe.need(per_batch, scrap, Decimal(1)).quantize(PER_UNIT_STEP),
            required=round_up(recipe.need(per_batch, scrap, order.quantity), part.decimals),
            is_service=not part.stocked))
    s.flush()


def create_in(s: Session, form: ProductionOrderForm, *, sales_order_id: int | None = None,
              sales_line_id: int | None = None) -> ProductionOrder:
    """A planned order inside the caller's transaction (MRP and make-to-order make theirs through this)."""
    header, recipe = _validate(s, form, None)
    order = ProductionOrder(status=P.PLANNED, sales_order_id=sales_order_id, sales_line_id=sales_line_id, **header)
    s.add(order)
    s.flush()
    order.number = f"MO-{order.id:06d}"
    _copy_lines(s, order, recipe)
    return order


@requires(Area.PRODUCTION, Action.CREATE)
def create_order(uow: UnitOfWork, form: ProductionOrderForm) -> ProductionCard:
    """A planned production order with its BOM's lines copied; raises ValidationError."""
    with uow:
        s = uow.session
        order = create_in(s, form)
        card = card_of(s, order)
        uow.commit()
        return card


def _check(s: Session, order: ProductionOrder, expected_version: int) -> None:
    """ConcurrentEdit (with the order as it is now) when someone saved it after the user loaded it."""
    if order.version != expected_version:
        check_version(s, order, expected_version, ENTITY, current=card_of(s, order))


def _load_locked(s: Session, order_id: int) -> ProductionOrder:
    order = s.get(ProductionOrder, order_id, with_for_update=True, populate_existing=True)
    if order is None:
        get_or_404(s, ProductionOrder, order_id, ENTITY)
    return order


def _change(uow: UnitOfWork, order_id: int, expected_version: int,
            apply: Callable[[Session, ProductionOrder], object]) -> ProductionCard:
    """One state change of an order in its own transaction: lock it, check the version the user saw,
    `apply` the change, return the order as it now is."""
    with uow:
        s = uow.session
        order = _load_locked(s, order_id)
        _check(s, order, expected_version)
        apply(s, order)
        s.flush()
        card = card_of(s, order)
        uow.commit()
        return card


@requires(Area.PRODUCTION, Action.EDIT)
def update_order(uow: UnitOfWork, order_id: int, form: ProductionOrderForm, *, expected_version: int) -> ProductionCard:
    """Save an order. While planned everything may change (the lines are copied again when the product,
    quantity or BOM do); once released only dates, responsible and notes. Raises NotFound, ConcurrentEdit,
    ValidationError."""
    with uow:
        s = uow.session
        order = _load_locked(s, order_id)
        _check(s, order, expected_version)
        if order.status in (P.DONE, P.CANCELLED):
            raise ValidationError({"status": msg("the order is {status}; it cannot change", status=status_word(order.status))})
        header, recipe = _validate(s, form, order)
        if order.status != P.PLANNED:
            fixed = ("product_id", "bom_id", "quantity", "component_warehouse_id", "output_warehouse_id")
            changed = [k for k in fixed if header[k] != getattr(order, k)]
            if changed:
                raise ValidationError({changed[0]: msg("cannot change once the order is released")})
        recopy = any(header[k] != getattr(order, k) for k in ("product_id", "bom_id", "quantity"))
        for k, val in header.items():
            setattr(order, k, val)
        s.flush()
        if recopy:
            _copy_lines(s, order, recipe)
        card = card_of(s, order)
        uow.commit()
        return card


def _available(s: Session, warehouse_id: int, product_ids) -> dict[int, tuple[Decimal, Decimal]]:
    """(on hand − reserved, incoming) per product in a warehouse."""
    out: dict[int, tuple[Decimal, Decimal]] = {}
    ids = list(set(product_ids))
    if not ids:
        return out
    for pid, on_hand, reserved, incoming in s.execute(
            select(StockBalance.product_id, func.sum(StockBalance.on_hand), func.sum(StockBalance.reserved),
                   func.sum(StockBalance.incoming))
            .where(StockBalance.warehouse_id == warehouse_id, StockBalance.product_id.in_(ids))
            .group_by(StockBalance.product_id)):
        out[pid] = (Decimal(on_hand or 0) - Decimal(reserved or 0), Decimal(incoming or 0))
    return out


def shortages_in(s: Session, order: ProductionOrder) -> list[ShortageRow]:
    """Components the order still needs that its component warehouse cannot cover now."""
    lines = [ln for ln in _lines(s, order.id) if not ln.is_service and ln.required > ln.consumed]
    stock = _available(s, order.component_warehouse_id, [ln.component_id for ln in lines])
    info = parts(s, [ln.component_id for ln in lines])
    rows = []
    for ln in lines:
        available, incoming = stock.get(ln.component_id, (ZERO, ZERO))
        row = ShortageRow(ln.component_id, info[ln.component_id].sku, info[ln.component_id].name,
                          info[ln.component_id].unit, ln.required - ln.consumed, available, incoming)
        if row.short > 0:
            rows.append(row)
    return rows


@requires(Area.PRODUCTION, Action.VIEW)
def shortages(uow: UnitOfWork, order_id: int) -> list[ShortageRow]:
    """What the order lacks now (needed, available, incoming); empty when everything is there."""
    with uow:
        s = uow.session
        return shortages_in(s, get_or_404(s, ProductionOrder, order_id, ENTITY))


@requires(Area.PRODUCTION, Action.EDIT)
def release_order(uow: UnitOfWork, order_id: int, *, expected_version: int, accept_shortage: bool = False
                  ) -> ProductionCard:
    """Planned → released. Raises ComponentShortage (with the rows) when components are short, unless
    `accept_shortage`; NotFound, ConcurrentEdit, ValidationError."""

    def release(s: Session, order: ProductionOrder) -> None:
        if order.status != P.PLANNED:
            _transition(order, P.RELEASED)  # refuses with the state's own message
        short = shortages_in(s, order)
        if short and not accept_shortage:
            raise ComponentShortage(order=order.number, rows=short)
        _transition(order, P.RELEASED)
        order.released_at = utcnow()

    return _change(uow, order_id, expected_version, release)


@requires(Area.PRODUCTION, Action.EDIT)
def start_order(uow: UnitOfWork, order_id: int, *, expected_version: int) -> ProductionCard:
    """Released → in progress (work has begun on the floor)."""
    return _change(uow, order_id, expected_version, lambda s, order: _transition(order, P.IN_PROGRESS))


def _stock_doc(s: Session, order: ProductionOrder, kind: str, warehouse_id: int, when) -> StockDocument:
    doc = StockDocument(kind=kind, status=StockDocStatus.DRAFT, doc_date=when, warehouse_id=warehouse_id,
                        source=production_source(order.id), reason=f"production {order.number}",
                        comment=f"production {order.number}")
    s.add(doc)
    s.flush()
    doc.number = f"{STOCK_PREFIX[kind]}-{doc.id:06d}"
    return doc


def complete_in(s: Session, order: ProductionOrder, quantity: Decimal) -> ProductionCompletion:
    """Complete `quantity` of a locked, released or in-progress order inside the caller's transaction."""
    if order.status not in (P.RELEASED, P.IN_PROGRESS):
        raise ValidationError({"status": msg("release the order before completing it") if order.status == P.PLANNED
                               else msg("the order is {status}", status=status_word(order.status))})
    product = s.get(Product, order.product_id)
    unit = s.get(Unit, product.unit_id)
    qty, err = quantity_error(quantity, unit, allow_zero=False)
    remaining = order.quantity - order.done_quantity
    if err is None and qty > remaining:
        err = msg("only {quantity} {unit} are left to make", quantity=round_half(remaining, unit.decimals), unit=unit.name)
    if err:
        raise ValidationError({"quantity": err})
    final = qty == remaining
    lines = _lines(s, order.id)
    info = parts(s, [ln.component_id for ln in lines])
    now = utcnow()
    user_id = s.info.get("user_id")
    consumption = None
    components = services = ZERO
    takes: list[tuple[ProductionOrderLine, Decimal]] = []
    for ln in lines:
        left = ln.required - ln.consumed
        part = info[ln.component_id]
        if final:
            take = max(left, ZERO)
        else:
            take = min(max(left, ZERO), round_half(ln.required * qty / order.quantity, part.decimals))
        if ln.is_service:
            # A service costs its share of the order at its purchase price (it is never in stock).
            services += take * part.purchase_price
            ln.consumed += take
        elif take > 0:
            takes.append((ln, take))
    if takes:
        consumption = _stock_doc(s, order, StockDocKind.CONSUMPTION, order.component_warehouse_id, now)
        rows = []
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_([ln.component_id for ln, _ in takes])))}
        for ln, take in takes:
            for lot_id, part_qty in fefo_split(s, products[ln.component_id], order.component_warehouse_id, take):
                rows.append({"document_id": consumption.id, "line_no": len(rows) + 1, "product_id": ln.component_id,
                             "lot_id": lot_id, "lot_code": "", "quantity": part_qty, "clerk_id": user_id})
            ln.consumed += take
        s.execute(insert(StockDocLine), rows)
        s.flush()
        components = -sum((m["value"] for m in post_in(s, consumption, confirm_backdated=True).moves), ZERO)
    components, services = cents(components), cents(services)
    output = _stock_doc(s, order, StockDocKind.OUTPUT, order.output_warehouse_id, now)
    unit_cost = ((components + services) / qty).quantize(COST_STEP)
    s.add(StockDocLine(document_id=output.id, line_no=1, product_id=product.id, quantity=qty, unit_cost=unit_cost,
                       lot_code=order.number if product.tracks_lots else "", clerk_id=user_id))
    s.flush()
    made = sum((m["value"] for m in post_in(s, output, confirm_backdated=True).moves), ZERO)
    done = ProductionCompletion(order_id=order.id, quantity=qty, completed_at=now, user_id=user_id,
                                consumption_id=consumption.id if consumption else None, output_id=output.id,
                                components_value=components, services_value=services)
    s.add(done)
    order.done_quantity += qty
    order.cost_total += Decimal(made)
    if final:
        _transition(order, P.DONE)
    elif order.status == P.RELEASED:
        _transition(order, P.IN_PROGRESS)
    if final:
        order.finished_at = now
    s.flush()
    return done


@requires(Area.PRODUCTION, Action.POST)
def complete_order(uow: UnitOfWork, order_id: int, quantity, *, expected_version: int) -> ProductionCard:
    """Complete `quantity` (all that is left, or a part): consume components, post the output at cost.
    Raises NotFound, ConcurrentEdit, ValidationError, InsufficientStock (nothing is posted then)."""

    return retrying(lambda: _change(uow, order_id, expected_version, lambda s, order: complete_in(s, order, quantity)))


@requires(Area.PRODUCTION, Action.EDIT)
def close_order(uow: UnitOfWork, order_id: int, *, expected_version: int) -> ProductionCard:
    """Finish a partly completed order without making the rest (in progress → done); nothing more is consumed."""

    def close(s: Session, order: ProductionOrder) -> None:
        if order.done_quantity == 0:
            raise ValidationError({"status": msg("nothing was made yet: cancel the order instead")})
        _transition(order, P.DONE)
        order.finished_at = utcnow()

    return _change(uow, order_id, expected_version, close)


@requires(Area.PRODUCTION, Action.POST)
def cancel_order(uow: UnitOfWork, order_id: int, *, expected_version: int) -> ProductionCard:
    """Cancel an order nothing was made on yet (planned or released)."""

    def cancel(s: Session, order: ProductionOrder) -> None:
        if order.done_quantity > 0:
            raise ValidationError({"status": msg("part of the order was made: close it instead")})
        _transition(order, P.CANCELLED)

    return _change(uow, order_id, expected_version, cancel)


@requires(Area.PRODUCTION, Action.VIEW)
def load_order(uow: UnitOfWork, order_id: int) -> ProductionCard:
    with uow:
        s = uow.session
        return card_of(s, get_or_404(s, ProductionOrder, order_id, ENTITY))


def filter_orders(stmt, *, status, search, date_from, date_to, open_only):
    if status:
        stmt = stmt.where(ProductionOrder.status == status)
    elif open_only:
        stmt = stmt.where(ProductionOrder.status.in_(OPEN_PRODUCTION))
    if date_from is not None:
        stmt = stmt.where(ProductionOrder.planned_end >= date_from)
    if date_to is not None:
        stmt = stmt.where(ProductionOrder.planned_start <= date_to)
    text = v.fold(search) if search and search.strip() else ""
    if text:
        stmt = stmt.where(or_(Product.search_text.contains(text, autoescape=True),
                              func.lower(ProductionOrder.number).contains(text, autoescape=True)))
    return stmt


@requires(Area.PRODUCTION, Action.VIEW)
def count_orders(uow: UnitOfWork, *, status: str | None = None, search: str = "", date_from: date | None = None,
                 date_to: date | None = None, open_only: bool = False) -> int:
    with uow:
        stmt = select(func.count(ProductionOrder.id)).join(Product, Product.id == ProductionOrder.product_id)
        return uow.session.scalar(filter_orders(stmt, status=status, search=search, date_from=date_from,
                                            date_to=date_to, open_only=open_only))


@requires(Area.PRODUCTION, Action.VIEW)
def list_orders(uow: UnitOfWork, *, status: str | None = None, search: str = "", date_from: date | None = None,
                date_to: date | None = None, open_only: bool = False, offset: int = 0, limit: int = 100
                ) -> list[ProductionRow]:
    """A page of orders by planned start, with how many components each open order lacks now."""
    with uow:
        s = uow.session
        stmt = (select(ProductionOrder, Product.name, Product.sku, Unit.name, User.full_name, Document.number)
                .join(Product, Product.id == ProductionOrder.product_id)
                .join(Unit, Unit.id == Product.unit_id)
                .outerjoin(User, User.id == ProductionOrder.responsible_id)
                .outerjoin(Document, Document.id == ProductionOrder.sales_order_id))
        stmt = filter_orders(stmt, status=status, search=search, date_from=date_from, date_to=date_to,
                         open_only=open_only)
        found = list(s.execute(stmt.order_by(ProductionOrder.planned_start, ProductionOrder.id)
                               .offset(offset).limit(limit)))
        short = _short_counts(s, [r[0] for r in found if r[0].status in OPEN_PRODUCTION])
        return [ProductionRow(o.id, o.number or "", o.status, o.product_id, name, sku, unit, o.quantity,
                              o.done_quantity, o.planned_start, o.planned_end, who or "", so or "",
                              short.get(o.id, 0), o.version)
                for o, name, sku, unit, who, so in found]


def _short_counts(s: Session, orders: list[ProductionOrder]) -> dict[int, int]:
    """Per order, how many components its warehouse cannot cover now (each order on its own)."""
    if not orders:
        return {}
    by_id = {o.id: o for o in orders}
    need = list(s.execute(select(ProductionOrderLine.order_id, ProductionOrderLine.component_id,
                                 ProductionOrderLine.required - ProductionOrderLine.consumed)
                          .where(ProductionOrderLine.order_id.in_(list(by_id)),
                                 ProductionOrderLine.is_service.is_(False))))
    per_wh: dict[int, set[int]] = defaultdict(set)
    for oid, cid, _ in need:
        per_wh[by_id[oid].component_warehouse_id].add(cid)
    stock = {wh: _available(s, wh, ids) for wh, ids in per_wh.items()}
    out: dict[int, int] = defaultdict(int)
    for oid, cid, left in need:
        available = stock[by_id[oid].component_warehouse_id].get(cid, (ZERO, ZERO))[0]
        if Decimal(left) > available:
            out[oid] += 1
    return out


@requires(Area.PRODUCTION, Action.CREATE)
def make_to_order(uow: UnitOfWork, sales_line_id: int, *, planned_start: date | None = None) -> ProductionCard:
    """A planned production order for what a sales order line lacks: its quantity less what the order's
    warehouse has free (or holds for this order) and less open production already made for the line.
    Raises ValidationError (not an order line, no BOM, nothing lacking)."""
    with uow:
        s = uow.session
        line = get_or_404(s, DocumentLine, sales_line_id, "document line")
        doc = s.get(Document, line.document_id)
        if doc.doc_type != DocType.ORDER or doc.status == DocStatus.CANCELLED:
            raise ValidationError({"document_id": msg("production is made for the lines of a sales order")})
        product = s.get(Product, line.product_id) if line.product_id else None
        if product is None or product.kind not in STOCKED_KINDS:
            raise ValidationError({"product_id": msg("{description} is not a product kept in stock", description=line.description)})
        warehouse_id = doc.warehouse_id or s.scalar(select(Warehouse.id).where(Warehouse.archived.is_(False))
                                                    .order_by(Warehouse.id).limit(1))
        free, _ = _available(s, warehouse_id, [product.id]).get(product.id, (ZERO, ZERO))
        held = ZERO
        if doc.status == DocStatus.CONFIRMED:
            held = active_reserved_in(s, source=f"order:{doc.id}", product_id=product.id)
        # Saving a draft writes its lines anew, which unlinks what was planned for them (SET NULL): production
        # for this order and product with no line left still counts.
        for_line = or_(ProductionOrder.sales_line_id == line.id,
                       and_(ProductionOrder.sales_line_id.is_(None), ProductionOrder.sales_order_id == doc.id,
                            ProductionOrder.product_id == product.id))
        planned = s.scalar(select(func.coalesce(func.sum(ProductionOrder.quantity - ProductionOrder.done_quantity), 0))
                           .where(for_line, ProductionOrder.status.in_(OPEN_PRODUCTION)))
        lacking = line.quantity - max(free, ZERO) - held - Decimal(planned)
        if lacking <= 0:
            raise ValidationError({"quantity": msg("{name}: the stock and open production cover this line", name=product.name)})
        start = planned_start or date.today()
        end = max(doc.due_date or doc.doc_date, start) if (doc.due_date or doc.doc_date) else start + timedelta(days=1)
        order = create_in(s, ProductionOrderForm(product_id=product.id, quantity=lacking,
                                                 component_warehouse_id=warehouse_id, output_warehouse_id=warehouse_id,
                                                 planned_start=start, planned_end=end,
                                                 responsible_id=doc.manager_id,
                                                 notes=f"for {doc.number or 'draft order'}: {line.description}"),
                          sales_order_id=doc.id, sales_line_id=line.id)
        card = card_of(s, order)
        uow.commit()
        return card
