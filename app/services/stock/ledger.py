"""The heart of posting: lock the balances, write ledger moves and keep stock_balance equal to their sum.

Every change of stock goes through a `Ledger`: it creates the missing balance rows (INSERT … ON
CONFLICT DO NOTHING), locks every balance row of the product × warehouse pairs it touches with
SELECT … FOR UPDATE in one fixed order (product_id, warehouse_id, lot_key) so two postings never
deadlock on each other, values outgoing moves at the moving average of the pair (all lots of a
product in a warehouse share one average), checks that nothing goes below zero, and writes the moves
with one bulk INSERT.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import insert, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from app.models import Product, StockBalance, StockMove, StockPeriodSum, Warehouse
from app.services.errors import InsufficientStock
from app.services.stock.money import ZERO, cents, outgoing_value, unit_cost_of, value_of

Key = tuple[int, int, int]   # product_id, warehouse_id, lot_key (0: no lot)
Pair = tuple[int, int]       # product_id, warehouse_id


def lot_key(lot_id: int | None) -> int:
    return lot_id or 0


def ensure_balance_rows(s: Session, keys: set[Key], lots: dict[Key, int | None]) -> None:
    """Create the balance rows that do not exist yet; concurrent creators do not collide."""
    if not keys:
        return
    rows = [{"product_id": p, "warehouse_id": w, "lot_key": k, "lot_id": lots.get((p, w, k)),
             "on_hand": ZERO, "value": ZERO, "reserved": ZERO, "version": 1} for p, w, k in sorted(keys)]
    dialect = s.get_bind().dialect.name
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    s.execute(ins(StockBalance).on_conflict_do_nothing(
        index_elements=["product_id", "warehouse_id", "lot_key"]), rows)


def period_of(moved_at: datetime) -> date:
    """The month a move counts in (stock_period_sum.period): the first day of its month."""
    return date(moved_at.year, moved_at.month, 1)


def add_to_period_sums(s: Session, moves: list[dict]) -> None:
    """Add moves (as inserted into stock_move) to their months' sums, creating the rows they need.

    Callers hold the balance locks of the moves' product × warehouse pairs, so two postings never
    update one period row at once; rows are written in key order all the same.
    """
    sums: dict[tuple[int, int, int, date], list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for m in moves:
        acc = sums[(m["product_id"], m["warehouse_id"], lot_key(m["lot_id"]), period_of(m["moved_at"]))]
        acc[0] += m["quantity"]
        acc[1] += m["value"]
    if not sums:
        return
    rows = [{"product_id": p, "warehouse_id": w, "lot_key": k, "period": d, "quantity": q, "value": val}
            for (p, w, k, d), (q, val) in sorted(sums.items())]
    dialect = s.get_bind().dialect.name
    ins = (pg_insert if dialect == "postgresql" else sqlite_insert)(StockPeriodSum)
    s.execute(ins.on_conflict_do_update(
        index_elements=["product_id", "warehouse_id", "lot_key", "period"],
        set_={"quantity": StockPeriodSum.quantity + ins.excluded.quantity,
              "value": StockPeriodSum.value + ins.excluded.value}), rows)


def lock_pairs(s: Session, pairs: set[Pair]) -> list[StockBalance]:
    """Every balance row of these product × warehouse pairs, locked, in the fixed lock order."""
    if not pairs:
        return []
    stmt = (select(StockBalance)
            .where(tuple_(StockBalance.product_id, StockBalance.warehouse_id).in_(sorted(pairs)))
            .order_by(StockBalance.product_id, StockBalance.warehouse_id, StockBalance.lot_key)
            .with_for_update()
            .execution_options(populate_existing=True))
    return list(s.scalars(stmt))


@dataclass
class PairState:
    on_hand: Decimal = ZERO
    value: Decimal = ZERO
    reserved: Decimal = ZERO
    out: Decimal = ZERO             # quantity this posting takes out
    consumed: Decimal = ZERO        # reservation this posting consumes
    start_on_hand: Decimal = ZERO
    start_reserved: Decimal = ZERO
    rows: dict[int, StockBalance] = field(default_factory=dict)


class Ledger:
    """One posting's view of the balances it changes (locked) and the moves it writes."""

    def __init__(self, s: Session, keys: set[Key], *, lots: dict[Key, int | None] | None = None,
                 document_id: int, moved_at: datetime, posted_at: datetime, user_id: int | None):
        self.s = s
        self.document_id, self.moved_at, self.posted_at, self.user_id = document_id, moved_at, posted_at, user_id
        lots = lots or {}
        pairs = {(p, w) for p, w, _ in keys}
        # The no-lot row of each pair always exists: it carries the pair's reservations.
        all_keys = keys | {(p, w, 0) for p, w in pairs}
        ensure_balance_rows(s, all_keys, lots)
        self.pairs: dict[Pair, PairState] = defaultdict(PairState)
        for row in lock_pairs(s, pairs):
            st = self.pairs[(row.product_id, row.warehouse_id)]
            st.rows[row.lot_key] = row
            st.on_hand += row.on_hand
            st.value += row.value
            st.reserved += row.reserved
        for st in self.pairs.values():
            st.start_on_hand, st.start_reserved = st.on_hand, st.reserved
        product_ids = {p for p, _ in pairs}
        self.products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(product_ids)))}
        self.moves: list[dict] = []

    def on_hand(self, key: Key) -> Decimal:
        row = self.pairs[key[:2]].rows.get(key[2])
        return row.on_hand if row is not None else ZERO

    def average(self, pair: Pair) -> Decimal:
        st = self.pairs[pair]
        if st.on_hand > 0:
            return unit_cost_of(st.value, st.on_hand)
        return self.products[pair[0]].purchase_price

    def move(self, key: Key, quantity: Decimal, *, value: Decimal | None = None, unit_cost: Decimal | None = None,
             line_id: int | None = None, reverses_id: int | None = None, user_id: int | None = None) -> Decimal:
        """Write one move and update its balance; returns the move's signed value. `user_id`: who the move
        is recorded for (the clerk who scanned the line), else whoever posts.

        In (quantity > 0): `value` if given, else `unit_cost` × quantity, else at the pair's average.
        Out: at the pair's moving average, or minus `value` if given (reversals); the move that empties
        the pair takes all the value left, whichever way it was valued.
        """
        pair = key[:2]
        st = self.pairs[pair]
        row = st.rows[key[2]]
        if quantity > 0:
            if value is None:
                cost = unit_cost if unit_cost is not None else self.average(pair)
                value = value_of(quantity, cost)
        else:
            st.out += -quantity
            if st.on_hand + quantity == 0:
                value = -st.value
            elif value is None:
                value = outgoing_value(-quantity, st.on_hand, st.value, self.products[pair[0]].purchase_price)
        value = cents(value)
        if unit_cost is None:
            unit_cost = unit_cost_of(abs(value), abs(quantity))
        row.on_hand += quantity
        row.value += value
        st.on_hand += quantity
        st.value += value
        self.moves.append({"document_id": self.document_id, "line_id": line_id, "product_id": key[0],
                           "warehouse_id": key[1], "lot_id": key[2] or None, "quantity": quantity,
                           "unit_cost": unit_cost, "value": value, "moved_at": self.moved_at,
                           "posted_at": self.posted_at, "user_id": user_id or self.user_id,
                           "reverses_id": reverses_id})
        return value

    def consume_reserved(self, pair: Pair, quantity: Decimal) -> None:
        """A shipment takes `quantity` of its own reservation: it stops being reserved."""
        st = self.pairs[pair]
        st.rows[0].reserved -= quantity
        st.reserved -= quantity
        st.consumed += quantity

    def restore_reserved(self, pair: Pair, quantity: Decimal) -> None:
        """Un-posting a shipment gives back `quantity` of the reservation it consumed."""
        st = self.pairs[pair]
        st.rows[0].reserved += quantity
        st.reserved += quantity

    def check(self, *, reservations: bool = True) -> None:
        """Refuse (InsufficientStock) when a pair that lost stock, in a warehouse that does not allow
        negative stock, has less than zero on hand in a lot, or less available than reserved."""
        warehouses: dict[int, Warehouse] = {}
        for (product_id, warehouse_id), st in sorted(self.pairs.items()):
            if st.out == 0:
                continue
            wh = warehouses.get(warehouse_id) or self.s.get(Warehouse, warehouse_id)
            warehouses[warehouse_id] = wh
            if wh.allow_negative:
                continue
            product = self.products[product_id]
            reserved = st.reserved if reservations else ZERO
            if st.on_hand - reserved < 0:
                start_reserved = st.start_reserved if reservations else ZERO
                raise InsufficientStock(product=product.name, sku=product.sku, warehouse=wh.name,
                                        available=st.start_on_hand - start_reserved + st.consumed,
                                        requested=st.out)
            for lot, row in st.rows.items():
                if row.on_hand < 0:
                    taken = -sum((m["quantity"] for m in self.moves
                                  if (m["product_id"], m["warehouse_id"], m["lot_id"] or 0)
                                  == (product_id, warehouse_id, lot) and m["quantity"] < 0), ZERO)
                    raise InsufficientStock(product=product.name, sku=product.sku, warehouse=wh.name,
                                            available=row.on_hand + taken, requested=taken)

    def finish(self) -> None:
        """Insert the moves (one statement) and flush the balance changes."""
        for st in self.pairs.values():
            for row in st.rows.values():
                if self.s.is_modified(row):
                    row.version += 1
        if self.moves:
            self.s.execute(insert(StockMove), self.moves)
            add_to_period_sums(self.s, self.moves)
        self.s.flush()
