"""Reservations: stock held for a sales order (`source`, e.g. "order:17"). Reserving lowers what is
available (on hand does not change); a shipment naming the source consumes it; release() gives it back."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import STOCKED_KINDS, Product, Reservation, ReservationStatus, Unit, Warehouse
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import InsufficientStock, ValidationError
from app.services.i18n import msg
from app.services.stock.documents import quantity_error
from app.services.stock.forms import ReservationRow
from app.services.stock.ledger import ensure_balance_rows, lock_pairs
from app.services.uow import UnitOfWork


def _row(r: Reservation) -> ReservationRow:
    return ReservationRow(r.id, r.source, r.product_id, r.warehouse_id, r.quantity, r.consumed, r.status, r.version)


def _locked_rows(s: Session, pairs: set[tuple[int, int]]) -> dict[tuple[int, int], list]:
    ensure_balance_rows(s, {(p, w, 0) for p, w in pairs}, {})
    out: dict[tuple[int, int], list] = {}
    for row in lock_pairs(s, pairs):
        out.setdefault((row.product_id, row.warehouse_id), []).append(row)
    return out


def reserve_in(s: Session, *, source: str, product_id: int, warehouse_id: int, quantity) -> ReservationRow:
    """`reserve` inside the caller's transaction (a confirmed sales order reserves its lines through this)."""
    errors = {}
    source = v.clean(source)
    if not source or len(source) > 60:
        errors["source"] = msg("name the order the stock is held for (at most 60 characters)")
    product = s.get(Product, product_id)
    wh = s.get(Warehouse, warehouse_id)
    if product is None or product.kind not in STOCKED_KINDS:
        errors["product_id"] = msg("choose a product kept in stock")
    if wh is None:
        errors["warehouse_id"] = msg("choose a warehouse")
    qty = None
    if product is not None:
        qty, err = quantity_error(quantity, s.get(Unit, product.unit_id), allow_zero=False)
        if err:
            errors["quantity"] = err
    if errors:
        raise ValidationError(errors)
    rows = _locked_rows(s, {(product_id, warehouse_id)})[(product_id, warehouse_id)]
    available = sum(r.on_hand - r.reserved for r in rows)
    if qty > available and not wh.allow_negative:
        raise InsufficientStock(product=product.name, sku=product.sku, warehouse=wh.name, available=available,
                                requested=qty)
    base = next(r for r in rows if r.lot_key == 0)
    base.reserved += qty
    base.version += 1
    res = s.scalar(select(Reservation).where(
        Reservation.source == source, Reservation.product_id == product_id,
        Reservation.warehouse_id == warehouse_id, Reservation.status == ReservationStatus.ACTIVE)
        .with_for_update())
    if res is None:
        res = Reservation(source=source, product_id=product_id, warehouse_id=warehouse_id, quantity=qty)
        s.add(res)
    else:
        res.quantity += qty
    s.flush()
    return _row(res)


def reserve_many_in(s: Session, *, source: str, warehouse_id: int, quantities: dict[int, Decimal]) -> None:
    """Reserve several products of one warehouse for `source` at once (a confirmed order): the balance rows
    are locked together, in the fixed order; raises like `reserve`, naming the first product short."""
    if not quantities:
        return
    errors = {}
    source = v.clean(source)
    if not source or len(source) > 60:
        errors["source"] = msg("name the order the stock is held for (at most 60 characters)")
    wh = s.get(Warehouse, warehouse_id)
    if wh is None:
        errors["warehouse_id"] = msg("choose a warehouse")
    products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(list(quantities))))}
    units = {u.id: u for u in s.scalars(select(Unit).where(Unit.id.in_({p.unit_id for p in products.values()})))}
    for product_id, qty in quantities.items():
        product = products.get(product_id)
        if product is None or product.kind not in STOCKED_KINDS:
            errors[f"product_id.{product_id}"] = msg("choose a product kept in stock")
            continue
        _, err = quantity_error(qty, units[product.unit_id], allow_zero=False)
        if err:
            errors[f"quantity.{product_id}"] = err
    if errors:
        raise ValidationError(errors)
    rows = _locked_rows(s, {(p, warehouse_id) for p in quantities})
    existing = {r.product_id: r for r in s.scalars(select(Reservation).where(
        Reservation.source == source, Reservation.warehouse_id == warehouse_id,
        Reservation.product_id.in_(list(quantities)), Reservation.status == ReservationStatus.ACTIVE)
        .with_for_update())}
    for product_id in sorted(quantities):
        qty = quantities[product_id]
        pair_rows = rows[(product_id, warehouse_id)]
        available = sum(r.on_hand - r.reserved for r in pair_rows)
        if qty > available and not wh.allow_negative:
            product = products[product_id]
            raise InsufficientStock(product=product.name, sku=product.sku, warehouse=wh.name, available=available,
                                    requested=qty)
        base = next(r for r in pair_rows if r.lot_key == 0)
        base.reserved += qty
        base.version += 1
        if product_id in existing:
            existing[product_id].quantity += qty
        else:
            s.add(Reservation(source=source, product_id=product_id, warehouse_id=warehouse_id, quantity=qty))
    s.flush()


@requires(Area.WAREHOUSE, Action.EDIT)
def reserve(uow: UnitOfWork, *, source: str, product_id: int, warehouse_id: int, quantity) -> ReservationRow:
    """Hold `quantity` of a product in a warehouse for `source`; raises ValidationError or
    InsufficientStock (more than is available, unless the warehouse allows negative stock)."""
    with uow:
        row = reserve_in(uow.session, source=source, product_id=product_id, warehouse_id=warehouse_id,
                         quantity=quantity)
        uow.commit()
        return row


def release_in(s: Session, *, source: str) -> int:
    """`release` inside the caller's transaction."""
    source = v.clean(source)
    pairs = set(s.execute(select(Reservation.product_id, Reservation.warehouse_id).where(
        Reservation.source == source, Reservation.status == ReservationStatus.ACTIVE)).tuples())
    if not pairs:
        return 0
    rows = _locked_rows(s, pairs)
    active = list(s.scalars(select(Reservation).where(
        Reservation.source == source, Reservation.status == ReservationStatus.ACTIVE)
        .order_by(Reservation.id).with_for_update()))
    for res in active:
        base = next(r for r in rows[(res.product_id, res.warehouse_id)] if r.lot_key == 0)
        base.reserved -= res.quantity - res.consumed
        base.version += 1
        res.status = ReservationStatus.RELEASED
    s.flush()
    return len(active)


@requires(Area.WAREHOUSE, Action.EDIT)
def release(uow: UnitOfWork, *, source: str) -> int:
    """Give back what `source` still holds (the order was cancelled); returns how many reservations ended."""
    with uow:
        n = release_in(uow.session, source=source)
        uow.commit()
        return n


@requires(Area.WAREHOUSE, Action.VIEW)
def list_reservations(uow: UnitOfWork, *, source: str | None = None, product_id: int | None = None,
                      active_only: bool = True) -> list[ReservationRow]:
    """Reservations, oldest first."""
    with uow:
        stmt = select(Reservation).order_by(Reservation.id)
        if source is not None:
            stmt = stmt.where(Reservation.source == v.clean(source))
        if product_id is not None:
            stmt = stmt.where(Reservation.product_id == product_id)
        if active_only:
            stmt = stmt.where(Reservation.status == ReservationStatus.ACTIVE)
        return [_row(r) for r in uow.session.scalars(stmt)]


def active_reserved_in(s: Session, *, source: str, product_id: int) -> Decimal:
    """What `source` still holds of a product (reserved and not yet shipped)."""
    return Decimal(s.scalar(select(func.coalesce(func.sum(Reservation.quantity - Reservation.consumed), 0)).where(
        Reservation.source == source, Reservation.product_id == product_id,
        Reservation.status == ReservationStatus.ACTIVE)) or 0)
