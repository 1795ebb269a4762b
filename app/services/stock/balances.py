"""Reading stock: balances (from stock_balance only), stock and valuation at a past date, a product's moves
with a running balance, the reorder list and the ledger check."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Lot,
    Product,
    StockBalance,
    StockDocument,
    StockMove,
    StockPeriodSum,
    Unit,
    User,
    Warehouse,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.stock.forms import BalanceRow, Mismatch, MoveRow, ReorderRow, ValuationRow
from app.services.stock.money import ZERO, quantity_step, unit_cost_of
from app.services.uow import UnitOfWork

BALANCE_SORT_KEYS = ("product", "sku", "warehouse", "lot", "expires_on", "on_hand", "reserved", "available",
                     "incoming", "avg_cost", "value")


def _balance_filters(stmt, *, warehouse_id: int | None, product_id: int | None, search: str,
                     only_below_min: bool):
    if warehouse_id is not None:
        stmt = stmt.where(StockBalance.warehouse_id == warehouse_id)
    if product_id is not None:
        stmt = stmt.where(StockBalance.product_id == product_id)
    text = v.fold(v.clean(search))
    if text:
        stmt = stmt.where(or_(Product.search_text.contains(text, autoescape=True),
                              Product.name_key.contains(text, autoescape=True),
                              Product.sku_key.contains(text, autoescape=True)))
    if only_below_min:
        pair = (select(StockBalance.product_id, StockBalance.warehouse_id,
                       func.sum(StockBalance.on_hand - StockBalance.reserved).label("available"))
                .group_by(StockBalance.product_id, StockBalance.warehouse_id).subquery())
        stmt = (stmt.join(pair, and_(pair.c.product_id == StockBalance.product_id,
                                     pair.c.warehouse_id == StockBalance.warehouse_id))
                .where(Product.min_stock > 0, pair.c.available < Product.min_stock))
    return stmt


def balance_rows_query(*, warehouse_id: int | None = None, product_id: int | None = None, search: str = "",
                       only_below_min: bool = False, sort: str = "product", descending: bool = False):
    """The balances list's rows as one ordered SELECT of plain columns (product id, warehouse id, lot id,
    on hand, reserved, incoming, value, SKU, product name, unit, warehouse, lot code, expiry): what `balances`
    pages through and an export streams."""
    if sort not in BALANCE_SORT_KEYS:
        raise ValidationError({"sort": msg("cannot sort by {sort}", sort=sort)})
    stmt = (select(StockBalance.product_id, StockBalance.warehouse_id, StockBalance.lot_id, StockBalance.on_hand,
                   StockBalance.reserved, StockBalance.incoming, StockBalance.value, Product.sku, Product.name,
                   Unit.name, Warehouse.name, Lot.code, Lot.expires_on)
            .join(Product, Product.id == StockBalance.product_id)
            .join(Unit, Unit.id == Product.unit_id)
            .join(Warehouse, Warehouse.id == StockBalance.warehouse_id)
            .outerjoin(Lot, Lot.id == StockBalance.lot_id)
            .where(or_(StockBalance.on_hand != 0, StockBalance.reserved != 0, StockBalance.incoming != 0)))
    stmt = _balance_filters(stmt, warehouse_id=warehouse_id, product_id=product_id, search=search,
                            only_below_min=only_below_min)
    ties = (Product.name_key, Product.id, Warehouse.name_key, StockBalance.warehouse_id, StockBalance.lot_key)
    key = {"product": None, "sku": Product.sku_key, "warehouse": Warehouse.name_key,
           "lot": func.coalesce(Lot.code, ""), "expires_on": Lot.expires_on, "on_hand": StockBalance.on_hand,
           "reserved": StockBalance.reserved, "available": StockBalance.on_hand - StockBalance.reserved,
           "incoming": StockBalance.incoming,
           "avg_cost": case((StockBalance.on_hand != 0, StockBalance.value / StockBalance.on_hand), else_=0),
           "value": StockBalance.value}[sort]
    order = ties if key is None else (key, *ties)
    if descending:
        order = tuple(c.desc() for c in order)
    if sort == "expires_on":  # lots without expiry (and lot-less rows) last on both backends
        order = (Lot.expires_on.is_(None), *order)
    return stmt.order_by(*order)


def balance_row(values) -> BalanceRow:
    """A BalanceRow from one row of `balance_rows_query`."""
    pid, wid, lot_id, on_hand, reserved, incoming, value, sku, name, unit, wh, code, expires = values
    return BalanceRow(product_id=pid, sku=sku, product_name=name, unit=unit, warehouse_id=wid, warehouse_name=wh,
                      lot_id=lot_id, lot_code=code or "", expires_on=expires, on_hand=on_hand, reserved=reserved,
                      available=on_hand - reserved, incoming=incoming, avg_cost=unit_cost_of(value, on_hand),
                      value=value)


def count_balances(s: Session, *, warehouse_id: int | None = None, product_id: int | None = None, search: str = "",
                   only_below_min: bool = False) -> int:
    """How many rows `balance_rows_query` gives for these filters."""
    if v.fold(v.clean(search)) or only_below_min:
        stmt = balance_rows_query(warehouse_id=warehouse_id, product_id=product_id, search=search,
                                  only_below_min=only_below_min).order_by(None)
        return s.scalar(select(func.count()).select_from(stmt.with_only_columns(StockBalance.id).subquery())) or 0
    # Every balance row has its product, unit and warehouse: count the balance table alone.
    counted = select(func.count()).select_from(StockBalance).where(
        or_(StockBalance.on_hand != 0, StockBalance.reserved != 0, StockBalance.incoming != 0))
    return s.scalar(_balance_filters(counted, warehouse_id=warehouse_id, product_id=product_id, search="",
                                     only_below_min=False)) or 0


@requires(Area.WAREHOUSE, Action.VIEW)
def balances(uow: UnitOfWork, *, warehouse_id: int | None = None, product_id: int | None = None, search: str = "",
             only_below_min: bool = False, sort: str = "product", descending: bool = False, offset: int = 0,
             limit: int = 100) -> tuple[list[BalanceRow], int]:
    """A page of balances per product × warehouse × lot (rows with stock or reservations) and how many
    match, ordered by `sort` (ties: product, warehouse, lot); reads stock_balance, never the ledger."""
    stmt = balance_rows_query(warehouse_id=warehouse_id, product_id=product_id, search=search,
                              only_below_min=only_below_min, sort=sort, descending=descending)
    with uow:
        s = uow.session
        total = count_balances(s, warehouse_id=warehouse_id, product_id=product_id, search=search,
                               only_below_min=only_below_min)
        return [balance_row(r) for r in s.execute(stmt.offset(offset).limit(limit))], total


_BALANCE_KEYS = {
    "sku": lambda r: r.sku.casefold(), "warehouse": lambda r: r.warehouse_name.casefold(),
    "lot": lambda r: (r.lot_code or "").casefold(), "on_hand": lambda r: r.on_hand,
    "reserved": lambda r: r.reserved, "available": lambda r: r.available, "incoming": lambda r: r.incoming,
    "avg_cost": lambda r: r.avg_cost or 0, "value": lambda r: r.value,
    "expires_on": lambda r: (r.expires_on is None, r.expires_on or date.min),
}


def sort_balances(rows: list[BalanceRow], sort: str, descending: bool) -> list[BalanceRow]:
    """Stock-at rows (computed, not paged in SQL) in the order `balances` would give them."""
    def ties(r):
        return (r.product_name.casefold(), r.product_id, r.warehouse_name.casefold(), r.warehouse_id, r.lot_id or 0)
    key = _BALANCE_KEYS.get(sort)
    return sorted(rows, key=(lambda r: (key(r), ties(r))) if key else ties, reverse=descending)


def search_balances(rows: list[BalanceRow], search: str) -> list[BalanceRow]:
    """Stock-at rows whose SKU or product name contains `search` (case-insensitive), as the list filters them."""
    needle = search.strip().casefold()
    return [r for r in rows if not needle or needle in r.sku.casefold() or needle in r.product_name.casefold()]


def _sums(s: Session, *conditions) -> dict[tuple[int, int, int], tuple[Decimal, Decimal]]:
    lot = func.coalesce(StockMove.lot_id, literal_column("0"))
    stmt = (select(StockMove.product_id, StockMove.warehouse_id, lot,
                   func.sum(StockMove.quantity), func.sum(StockMove.value))
            .where(*conditions)
            .group_by(StockMove.product_id, StockMove.warehouse_id, lot))
    return {(p, w, k): (Decimal(q or 0), Decimal(val or 0)) for p, w, k, q, val in s.execute(stmt)}


def _period_sums(s: Session, condition, warehouse_id: int | None,
                 product_id: int | None) -> dict[tuple[int, int, int], tuple[Decimal, Decimal]]:
    stmt = (select(StockPeriodSum.product_id, StockPeriodSum.warehouse_id, StockPeriodSum.lot_key,
                   func.sum(StockPeriodSum.quantity), func.sum(StockPeriodSum.value))
            .where(condition)
            .group_by(StockPeriodSum.product_id, StockPeriodSum.warehouse_id, StockPeriodSum.lot_key))
    if warehouse_id is not None:
        stmt = stmt.where(StockPeriodSum.warehouse_id == warehouse_id)
    if product_id is not None:
        stmt = stmt.where(StockPeriodSum.product_id == product_id)
    return {(p, w, k): (Decimal(q or 0), Decimal(val or 0)) for p, w, k, q, val in s.execute(stmt)}


def _add(into: dict, part: dict, sign: int) -> None:
    for key, (q, val) in part.items():
        q0, v0 = into.get(key, (ZERO, ZERO))
        into[key] = (q0 + sign * q, v0 + sign * val)


def _stock_at(s: Session, at: datetime, warehouse_id: int | None,
              product_id: int | None) -> dict[tuple[int, int, int], tuple[Decimal, Decimal]]:
    """On hand and value per key at `at` (moves dated up to and including `at`).

    Whole months come from stock_period_sum; only the moves of `at`'s own month are read, and of that
    month only the shorter side of `at`: from the month's start (months before it + those moves) or up
    to its end (the maintained balance − months after it − those moves). At most half a month of the
    ledger is read, however far back `at` is.
    """
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    month_start = datetime(at.year, at.month, 1)
    next_start = datetime(at.year + (at.month == 12), at.month % 12 + 1, 1)
    month = month_start.date()
    filters = []
    if warehouse_id is not None:
        filters.append(StockMove.warehouse_id == warehouse_id)
    if product_id is not None:
        filters.append(StockMove.product_id == product_id)
    result: dict[tuple[int, int, int], tuple[Decimal, Decimal]] = {}
    if at - month_start <= next_start - at:
        _add(result, _period_sums(s, StockPeriodSum.period < month, warehouse_id, product_id), 1)
        _add(result, _sums(s, StockMove.moved_at >= month_start, StockMove.moved_at <= at, *filters), 1)
    else:
        stmt = select(StockBalance.product_id, StockBalance.warehouse_id, StockBalance.lot_key,
                      StockBalance.on_hand, StockBalance.value)
        if warehouse_id is not None:
            stmt = stmt.where(StockBalance.warehouse_id == warehouse_id)
        if product_id is not None:
            stmt = stmt.where(StockBalance.product_id == product_id)
        result = {(p, w, k): (q, val) for p, w, k, q, val in s.execute(stmt)}
        _add(result, _period_sums(s, StockPeriodSum.period > month, warehouse_id, product_id), -1)
        _add(result, _sums(s, StockMove.moved_at > at, StockMove.moved_at < next_start, *filters), -1)
    return {k: val for k, val in result.items() if val != (ZERO, ZERO)}


def _describe(s: Session, keys) -> tuple[dict, dict, dict]:
    pids = {k[0] for k in keys}
    wids = {k[1] for k in keys}
    lids = {k[2] for k in keys if k[2]}
    products = {r[0]: r for r in s.execute(select(Product.id, Product.sku, Product.name, Unit.name)
                                           .join(Unit, Unit.id == Product.unit_id).where(Product.id.in_(pids)))}
    warehouses = dict(s.execute(select(Warehouse.id, Warehouse.name).where(Warehouse.id.in_(wids))).all())
    lots = {r[0]: r for r in s.execute(select(Lot.id, Lot.code, Lot.expires_on).where(Lot.id.in_(lids)))}
    return products, warehouses, lots


@requires(Area.WAREHOUSE, Action.VIEW)
def stock_at(uow: UnitOfWork, at: datetime, *, warehouse_id: int | None = None,
             product_id: int | None = None) -> list[BalanceRow]:
    """Stock per product × warehouse × lot as it was at `at` (UTC); reservations are not history (0)."""
    with uow:
        s = uow.session
        data = _stock_at(s, at, warehouse_id, product_id)
        products, warehouses, lots = _describe(s, data)
        rows = []
        for (p, w, k), (q, val) in data.items():
            _, sku, name, unit = products[p]
            lot = lots.get(k)
            rows.append(BalanceRow(product_id=p, sku=sku, product_name=name, unit=unit, warehouse_id=w,
                                   warehouse_name=warehouses[w], lot_id=k or None, lot_code=lot[1] if lot else "",
                                   expires_on=lot[2] if lot else None, on_hand=q, reserved=ZERO, available=q,
                                   incoming=ZERO, avg_cost=unit_cost_of(val, q), value=val))
        rows.sort(key=lambda r: (r.product_name.casefold(), r.product_id, r.warehouse_name, r.lot_code))
        return rows


@requires(Area.WAREHOUSE, Action.VIEW)
def valuation(uow: UnitOfWork, at: datetime, *, warehouse_id: int | None = None) -> list[ValuationRow]:
    """Quantity and cost value per product × warehouse at `at` (lots added up)."""
    with uow:
        s = uow.session
        pairs: dict[tuple[int, int], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
        for (p, w, _), (q, val) in _stock_at(s, at, warehouse_id, None).items():
            pairs[(p, w)][0] += q
            pairs[(p, w)][1] += val
        products, warehouses, _ = _describe(s, [(p, w, 0) for p, w in pairs])
        rows = [ValuationRow(product_id=p, sku=products[p][1], name=products[p][2], warehouse_id=w,
                             warehouse_name=warehouses[w], quantity=q, value=val, avg_cost=unit_cost_of(val, q))
                for (p, w), (q, val) in pairs.items() if q or val]
        rows.sort(key=lambda r: (r.name.casefold(), r.product_id, r.warehouse_name))
        return rows


@requires(Area.WAREHOUSE, Action.VIEW)
def product_moves(uow: UnitOfWork, product_id: int, *, warehouse_id: int | None = None, offset: int = 0,
                  limit: int = 200) -> list[MoveRow]:
    """A product's ledger moves, oldest first, each with the on-hand balance after it (in the warehouse
    when one is given, else over all warehouses)."""
    with uow:
        s = uow.session
        conditions = [StockMove.product_id == product_id]
        if warehouse_id is not None:
            conditions.append(StockMove.warehouse_id == warehouse_id)
        running = func.sum(StockMove.quantity).over(order_by=(StockMove.moved_at, StockMove.id))
        inner = select(StockMove.id, running.label("running")).where(*conditions).subquery()
        stmt = (select(StockMove, inner.c.running, StockDocument.number, StockDocument.kind, Warehouse.name,
                       Lot.code, User.full_name)
                .join(inner, inner.c.id == StockMove.id)
                .join(StockDocument, StockDocument.id == StockMove.document_id)
                .join(Warehouse, Warehouse.id == StockMove.warehouse_id)
                .outerjoin(Lot, Lot.id == StockMove.lot_id)
                .outerjoin(User, User.id == StockMove.user_id)
                .order_by(StockMove.moved_at, StockMove.id).offset(offset).limit(limit))
        return [MoveRow(id=m.id, moved_at=m.moved_at, document_id=m.document_id, document_number=number or "",
                        kind=kind, warehouse_name=wh, lot_code=code or "", quantity=m.quantity,
                        unit_cost=m.unit_cost, value=m.value,
                        running_balance=Decimal(run).quantize(Decimal("0.001")), user_name=who or "")
                for m, run, number, kind, wh, code, who in s.execute(stmt)]


def reorder_statement(*, warehouse_id: int | None = None):
    """The query behind the reorder list (products below their minimum, by name): the dashboard counts it
    and shows its first rows. Columns: id, sku, name, unit, unit decimals, minimum, on hand, reserved."""
    cond = [StockBalance.product_id == Product.id]
    if warehouse_id is not None:
        cond.append(StockBalance.warehouse_id == warehouse_id)
    on_hand = func.coalesce(func.sum(StockBalance.on_hand), 0)
    reserved = func.coalesce(func.sum(StockBalance.reserved), 0)
    return (select(Product.id, Product.sku, Product.name, Unit.name, Unit.decimals, Product.min_stock,
                   on_hand, reserved)
            .join(Unit, Unit.id == Product.unit_id)
            .outerjoin(StockBalance, and_(*cond))
            .where(Product.min_stock > 0, Product.archived.is_(False), Product.kind.in_(STOCKED_KINDS))
            .group_by(Product.id, Product.sku, Product.name, Unit.name, Unit.decimals, Product.min_stock)
            .having(on_hand - reserved < Product.min_stock)
            .order_by(Product.name_key, Product.id))


def reorder_row(pid, sku, name, unit, decimals, min_stock, q, r) -> ReorderRow:
    """One row of `reorder_statement` with the suggested order: up to twice the minimum, rounded up to the
    unit's step."""
    q, r = Decimal(q), Decimal(r)
    suggested = (2 * min_stock - (q - r)).quantize(quantity_step(decimals), rounding=ROUND_CEILING)
    return ReorderRow(pid, sku, name, unit, q, q - r, min_stock, suggested)


@requires(Area.WAREHOUSE, Action.VIEW)
def reorder_list(uow: UnitOfWork, *, warehouse_id: int | None = None) -> list[ReorderRow]:
    """Stocked products whose available quantity is below their minimum, with a suggested order that
    brings them up to twice the minimum (rounded up to the unit's step)."""
    with uow:
        return [reorder_row(*row) for row in uow.session.execute(reorder_statement(warehouse_id=warehouse_id))]


@requires(Area.WAREHOUSE, Action.VIEW)
def check_stock(uow: UnitOfWork) -> list[Mismatch]:
    """Every product × warehouse × lot whose balance differs from the sum of its ledger moves (empty: all
    consistent). `karavan check stock` runs this."""
    with uow:
        s = uow.session
        ledger = _sums(s)
        stored = {(p, w, k): (q, val) for p, w, k, q, val in s.execute(
            select(StockBalance.product_id, StockBalance.warehouse_id, StockBalance.lot_key, StockBalance.on_hand,
                   StockBalance.value))}
        out = []
        for key in sorted(set(ledger) | set(stored)):
            bq, bv = stored.get(key, (ZERO, ZERO))
            lq, lv = ledger.get(key, (ZERO, ZERO))
            if bq != lq or bv != lv:
                out.append(Mismatch(key[0], key[1], key[2], bq, lq, bv, lv))
        by_month = _month_sums(s)
        kept = {(p, w, k, d): (Decimal(q), Decimal(val)) for p, w, k, d, q, val in s.execute(
            select(StockPeriodSum.product_id, StockPeriodSum.warehouse_id, StockPeriodSum.lot_key,
                   StockPeriodSum.period, StockPeriodSum.quantity, StockPeriodSum.value))}
        for key in sorted(set(by_month) | set(kept)):
            kq, kv = kept.get(key, (ZERO, ZERO))
            lq, lv = by_month.get(key, (ZERO, ZERO))
            if kq != lq or kv != lv:
                out.append(Mismatch(key[0], key[1], key[2], kq, lq, kv, lv, period=key[3]))
        return out


def _month_sums(s: Session) -> dict[tuple[int, int, int, date], tuple[Decimal, Decimal]]:
    """The ledger summed per product × warehouse × lot and month of moved_at (what stock_period_sum keeps)."""
    if s.get_bind().dialect.name == "postgresql":
        month = func.to_char(StockMove.moved_at, "YYYY-MM")
    else:
        month = func.strftime("%Y-%m", StockMove.moved_at)
    lot = func.coalesce(StockMove.lot_id, literal_column("0"))
    stmt = (select(StockMove.product_id, StockMove.warehouse_id, lot, month,
                   func.sum(StockMove.quantity), func.sum(StockMove.value))
            .group_by(StockMove.product_id, StockMove.warehouse_id, lot, month))
    out = {}
    for p, w, k, ym, q, val in s.execute(stmt):
        year, mon = (int(x) for x in ym.split("-"))
        out[(p, w, k, date(year, mon, 1))] = (Decimal(q or 0), Decimal(val or 0))
    return out


def fefo_split(s: Session, product: Product, warehouse_id: int, qty: Decimal) -> list[tuple[int | None, Decimal]]:
    """A lot-tracked product's quantity split over its lots, earliest expiry first."""
    if not product.tracks_lots:
        return [(None, qty)]
    out: list[tuple[int | None, Decimal]] = []
    rows = s.execute(select(StockBalance.lot_id, StockBalance.on_hand).join(Lot, Lot.id == StockBalance.lot_id)
                     .where(StockBalance.product_id == product.id, StockBalance.warehouse_id == warehouse_id,
                            StockBalance.on_hand > 0)
                     .order_by(Lot.expires_on.is_(None), Lot.expires_on, Lot.id)).all()
    left = qty
    for lot_id, on_hand in rows:
        if left <= 0:
            break
        take = min(left, on_hand)
        out.append((lot_id, take))
        left -= take
    if left > 0:
        out.append((rows[-1][0] if rows else None, left))  # posting reports the shortage
    return out
