"""Posting a stock document (draft → posted), un-posting it by reversal (posted → draft) and cancelling a
draft (draft → cancelled). One transaction each; on PostgreSQL a deadlock or serialization failure is
retried (up to three attempts in all)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import and_, exists, func, or_, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, aliased

from app.models import (
    Lot,
    Product,
    Reservation,
    ReservationStatus,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    StockMove,
    Unit,
)
from app.models.base import utcnow
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import BackdatedPosting, ValidationError
from app.services.i18n import msg
from app.services.stock.costing import recost_in
from app.services.stock.documents import (
    card_of,
    check_version,
    doc_lines,
    load_doc,
    quantity_error,
    require_draft,
)
from app.services.stock.forms import PRODUCTION_KINDS, StockDocCard
from app.services.stock.ledger import Key, Ledger, Pair, lot_key
from app.services.stock.money import ZERO
from app.services.uow import UnitOfWork
from app.services.words import status_word

# Allowed status changes, each done by the one function named here.
TRANSITIONS = {
    (StockDocStatus.DRAFT, StockDocStatus.POSTED): "post_document",
    (StockDocStatus.POSTED, StockDocStatus.DRAFT): "unpost_document",
    (StockDocStatus.DRAFT, StockDocStatus.CANCELLED): "cancel_document",
}
ATTEMPTS = 3
_RETRYABLE = {"40001", "40P01"}  # serialization_failure, deadlock_detected
T = TypeVar("T")


def _transition(doc: StockDocument, to: StockDocStatus) -> None:
    if (doc.status, to) not in TRANSITIONS:
        raise ValidationError({"status": msg("a {status} document cannot become {to}", status=status_word(doc.status), to=status_word(to))})
    doc.status = to


def retrying(fn: Callable[[], T]) -> T:
    """Run `fn` (one whole transaction) again when PostgreSQL aborts it for a deadlock or a
    serialization failure; other errors pass through."""
    for attempt in range(ATTEMPTS):
        try:
            return fn()
        except DBAPIError as exc:
            if attempt + 1 < ATTEMPTS and getattr(exc.orig, "sqlstate", None) in _RETRYABLE:
                continue
            raise
    raise AssertionError("unreachable")


def find_or_create_lot(s: Session, product_id: int, code: str, expires_on) -> Lot:
    """The product's lot with this code, created when new (safely when two receipts create it at once)."""
    dialect = s.get_bind().dialect.name
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    now = utcnow()
    s.execute(ins(Lot).values(product_id=product_id, code=code, expires_on=expires_on, created_at=now,
                              updated_at=now, version=1, created_by_id=s.info.get("user_id"),
                              updated_by_id=s.info.get("user_id"))
              .on_conflict_do_nothing(index_elements=["product_id", "code"]))
    lot = s.scalar(select(Lot).where(Lot.product_id == product_id, Lot.code == code))
    if lot.expires_on is None and expires_on is not None:
        lot.expires_on = expires_on
    return lot


def _check_lines(s: Session, doc: StockDocument, lines: list[StockDocLine], products: dict[int, Product]) -> None:
    """What posting needs beyond a valid draft: lines, lots named, quantities still valid."""
    if not lines:
        raise ValidationError({"lines": msg("add at least one line")})
    errors: dict[str, str] = {}
    creates_lots = doc.kind in (StockDocKind.RECEIPT, StockDocKind.COUNT, StockDocKind.OUTPUT)
    for i, line in enumerate(lines):
        product = products[line.product_id]
        unit = s.get(Unit, product.unit_id)
        _, err = quantity_error(line.quantity, unit, allow_zero=doc.kind in (StockDocKind.COUNT,
                                                                             StockDocKind.SHIPMENT))
        if err:
            errors[f"lines.{i}.quantity"] = err
        if not product.tracks_lots:
            line.lot_id = None
            continue
        if line.lot_id is None and line.lot_code:
            if creates_lots:
                line.lot_id = find_or_create_lot(s, product.id, line.lot_code, line.lot_expires_on).id
            else:
                lot = s.scalar(select(Lot).where(Lot.product_id == product.id, Lot.code == line.lot_code))
                if lot is None:
                    errors[f"lines.{i}.lot_code"] = msg("{name} has no lot {lot_code}", name=product.name, lot_code=line.lot_code)
                else:
                    line.lot_id = lot.id
        if line.lot_id is None and f"lines.{i}.lot_code" not in errors:
            errors[f"lines.{i}.lot_code"] = (msg("enter the lot of {name}", name=product.name) if creates_lots
                                             else msg("choose the lot of {name}", name=product.name))
    if errors:
        raise ValidationError(errors)


def later_documents(s: Session, doc: StockDocument, pairs: set[Pair], *, outgoing: set[Pair] = frozenset()
                    ) -> list[str]:
    """Numbers of other documents dated after this one whose move costs this posting changes.

    Bringing stock in (or counting) changes the average every later move of the pair is costed at. Taking
    stock out at the average leaves the average as it was, so for an `outgoing` pair only later moves that
    bring stock or value in (receipts, transfers in, cost adjustments) are affected — two clerks' shipments
    posted out of date order are not a back-dating.
    """
    pair = tuple_(StockMove.product_id, StockMove.warehouse_id)
    incoming = sorted(pairs - set(outgoing))
    conds = []
    if incoming:
        conds.append(pair.in_(incoming))
    if outgoing:
        conds.append(and_(pair.in_(sorted(outgoing)), StockMove.quantity >= 0))
    if not conds:
        return []
    stmt = (select(StockDocument.number).distinct()
            .join(StockMove, StockMove.document_id == StockDocument.id)
            .where(or_(*conds), StockMove.moved_at > doc.doc_date, StockMove.document_id != doc.id)
            .order_by(StockDocument.number).limit(50))
    return [n or "" for n in s.scalars(stmt)]


def _consume_reservations(s: Session, ledger: Ledger, source: str) -> None:
    for (product_id, warehouse_id), st in sorted(ledger.pairs.items()):
        remaining = st.out
        if remaining <= 0:
            continue
        for res in s.scalars(select(Reservation).where(
                Reservation.source == source, Reservation.product_id == product_id,
                Reservation.warehouse_id == warehouse_id, Reservation.status == ReservationStatus.ACTIVE)
                .order_by(Reservation.id).with_for_update()):
            take = min(remaining, res.quantity - res.consumed)
            if take <= 0:
                continue
            res.consumed += take
            if res.consumed == res.quantity:
                res.status = ReservationStatus.CONSUMED
            ledger.consume_reserved((product_id, warehouse_id), take)
            remaining -= take


def _restore_reservations(s: Session, ledger: Ledger, doc: StockDocument, returned: dict[Pair, Decimal]) -> None:
    """Un-posting a shipment that named a reservation source gives the reservation back: per product ×
    warehouse, the source's consumption becomes what the shipments still posted for it account for (never
    more than this shipment returns); the newest consumed reservations are restored first, released ones
    never."""
    for pair, back in sorted(returned.items()):
        product_id, warehouse_id = pair
        reservations = list(s.scalars(select(Reservation).where(
            Reservation.source == doc.source, Reservation.product_id == product_id,
            Reservation.warehouse_id == warehouse_id, Reservation.status != ReservationStatus.RELEASED,
            Reservation.consumed > 0).order_by(Reservation.id.desc()).with_for_update()))
        if not reservations:
            continue
        others = -(s.scalar(select(func.coalesce(func.sum(StockMove.quantity), 0))
                            .join(StockDocument, StockDocument.id == StockMove.document_id)
                            .where(StockDocument.kind == StockDocKind.SHIPMENT,
                                   StockDocument.status == StockDocStatus.POSTED,
                                   StockDocument.source == doc.source, StockDocument.id != doc.id,
                                   StockMove.product_id == product_id, StockMove.warehouse_id == warehouse_id))
                   or ZERO)
        consumed = sum((r.consumed for r in reservations), ZERO)
        left = min(back, consumed - min(consumed, max(Decimal(others), ZERO)))
        for res in reservations:
            if left <= 0:
                break
            give = min(left, res.consumed)
            res.consumed -= give
            res.status = ReservationStatus.ACTIVE
            ledger.restore_reserved(pair, give)
            left -= give


def _write_moves(s: Session, doc: StockDocument, lines: list[StockDocLine], ledger: Ledger,
                 products: dict[int, Product]) -> None:
    # Each move records the clerk who scanned or typed its line (shared clerk PCs), else the poster.
    kind = doc.kind
    if kind == StockDocKind.COUNT:
        counted: dict[Key, Decimal] = defaultdict(lambda: ZERO)
        first_line: dict[Key, StockDocLine] = {}
        for line in lines:
            key = (line.product_id, doc.warehouse_id, lot_key(line.lot_id))
            counted[key] += line.quantity
            first_line.setdefault(key, line)
        for key in sorted(counted):
            diff = counted[key] - ledger.on_hand(key)
            if diff:
                ledger.move(key, diff, line_id=first_line[key].id, user_id=first_line[key].clerk_id)
        return
    for line in lines:
        key = (line.product_id, doc.warehouse_id, lot_key(line.lot_id))
        who = line.clerk_id
        if kind == StockDocKind.RECEIPT:
            if line.unit_cost is None:
                line.unit_cost = products[line.product_id].purchase_price
            ledger.move(key, line.quantity, unit_cost=line.unit_cost, line_id=line.id, user_id=who)
        elif kind == StockDocKind.SHIPMENT:
            qty = line.picked if line.picked is not None else line.quantity
            if qty > 0:
                ledger.move(key, -qty, line_id=line.id, user_id=who)
        elif kind in (StockDocKind.WRITE_OFF, StockDocKind.CONSUMPTION):
            ledger.move(key, -line.quantity, line_id=line.id, user_id=who)
        elif kind == StockDocKind.OUTPUT:
            ledger.move(key, line.quantity, unit_cost=line.unit_cost, line_id=line.id, user_id=who)
        elif kind == StockDocKind.TRANSFER:
            value = ledger.move(key, -line.quantity, line_id=line.id, user_id=who)
            ledger.move((line.product_id, doc.to_warehouse_id, key[2]), line.quantity, value=-value,
                        line_id=line.id, user_id=who)


def post_in(s: Session, doc: StockDocument, *, confirm_backdated: bool = False, progress: Any = None) -> Ledger:
    """Post a locked draft inside the caller's transaction (the demo seeds history through this); returns
    the ledger pass, whose `moves` are the moves written."""
    require_draft(doc)
    if doc.kind == StockDocKind.COUNT:
        doc.doc_date = utcnow()  # a count compares with the ledger as it is when it is posted
    lines = doc_lines(s, doc.id)
    products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_({ln.product_id for ln in lines})))}
    _check_lines(s, doc, lines, products)
    if doc.kind == StockDocKind.SHIPMENT and not any(
            (ln.picked if ln.picked is not None else ln.quantity) > 0 for ln in lines):
        raise ValidationError({"lines": msg("nothing was picked")})
    keys: set[Key] = set()
    lots: dict[Key, int | None] = {}
    for line in lines:
        for wh in (doc.warehouse_id, doc.to_warehouse_id if doc.kind == StockDocKind.TRANSFER else None):
            if wh is not None:
                key = (line.product_id, wh, lot_key(line.lot_id))
                keys.add(key)
                lots[key] = line.lot_id
    pairs = {k[:2] for k in keys}
    outgoing = ({(ln.product_id, doc.warehouse_id) for ln in lines}
                if doc.kind in (StockDocKind.SHIPMENT, StockDocKind.WRITE_OFF, StockDocKind.TRANSFER,
                                StockDocKind.CONSUMPTION) else set())
    later = later_documents(s, doc, pairs, outgoing=outgoing)
    if later and not confirm_backdated:
        raise BackdatedPosting(later)
    now = utcnow()
    user_id = s.info.get("user_id")
    ledger = Ledger(s, keys, lots=lots, document_id=doc.id, moved_at=doc.doc_date, posted_at=now, user_id=user_id)
    _write_moves(s, doc, lines, ledger, products)
    source = doc.source if doc.kind == StockDocKind.SHIPMENT else ""
    if source:
        _consume_reservations(s, ledger, source)
    # Shipments and production must leave what is reserved for other orders.
    ledger.check(reservations=doc.kind in (StockDocKind.SHIPMENT, StockDocKind.CONSUMPTION))
    ledger.finish()
    _transition(doc, StockDocStatus.POSTED)
    doc.posted_at, doc.posted_by_id = now, user_id
    s.flush()
    if later:
        for n, (product_id, warehouse_id) in enumerate(sorted(pairs)):
            if progress is not None:
                progress.report(n, len(pairs), "recomputing costs")
            recost_in(s, product_id, warehouse_id, doc.doc_date)
    return ledger


@requires(Area.WAREHOUSE, Action.POST)
def post_document(uow: UnitOfWork, doc_id: int, *, expected_version: int, confirm_backdated: bool = False,
                  progress: Any = None) -> StockDocCard:
    """Post a draft: write its moves and update balances at once. Raises NotFound, ConcurrentEdit,
    ValidationError, InsufficientStock, or BackdatedPosting (unless `confirm_backdated`: then the later
    outgoing moves of the same product × warehouse are re-costed, reporting to `progress`)."""

    def once() -> StockDocCard:
        with uow:
            s = uow.session
            doc = load_doc(s, doc_id, lock=True)
            check_version(s, doc, expected_version)
            post_in(s, doc, confirm_backdated=confirm_backdated, progress=progress)
            card = card_of(s, doc)
            uow.commit()
            return card

    return retrying(once)


def unpost_in(s: Session, doc: StockDocument) -> None:
    """Un-post a locked, posted document inside the caller's transaction (a cancelled waybill does this)."""
    if doc.status != StockDocStatus.POSTED:
        raise ValidationError({"status": msg("only a posted document can be un-posted")})
    reversal = aliased(StockMove)
    moves = list(s.scalars(select(StockMove).where(
        StockMove.document_id == doc.id, StockMove.quantity != 0, StockMove.reverses_id.is_(None),
        ~exists().where(reversal.reverses_id == StockMove.id, reversal.quantity != 0))
        .order_by(StockMove.id)))
    adjusted = _adjustments(s, [m.id for m in moves])
    keys = {(m.product_id, m.warehouse_id, lot_key(m.lot_id)) for m in moves}
    ledger = Ledger(s, keys, lots={(m.product_id, m.warehouse_id, lot_key(m.lot_id)): m.lot_id for m in moves},
                    document_id=doc.id, moved_at=utcnow(), posted_at=utcnow(),
                    user_id=s.info.get("user_id"))
    # Give back what went out first, then take back what came in.
    for m in sorted(moves, key=lambda m: (m.quantity > 0, m.id)):
        ledger.move((m.product_id, m.warehouse_id, lot_key(m.lot_id)), -m.quantity,
                    value=-(m.value + adjusted.get(m.id, ZERO)), unit_cost=m.unit_cost,
                    line_id=m.line_id, reverses_id=m.id)
    if doc.kind == StockDocKind.SHIPMENT and doc.source:
        returned: dict[Pair, Decimal] = defaultdict(lambda: ZERO)
        for m in moves:
            if m.quantity < 0:
                returned[(m.product_id, m.warehouse_id)] += -m.quantity
        _restore_reservations(s, ledger, doc, returned)
    ledger.check(reservations=False)
    ledger.finish()
    _transition(doc, StockDocStatus.DRAFT)
    doc.posted_at = doc.posted_by_id = None
    s.flush()


@requires(Area.WAREHOUSE, Action.POST)
def unpost_document(uow: UnitOfWork, doc_id: int, *, expected_version: int) -> StockDocCard:
    """Back to draft by writing reversing moves (dated now); raises InsufficientStock when a balance would
    go negative, ConcurrentEdit, NotFound, ValidationError (not posted). A shipment that consumed
    reservations of its `source` gives them back (see `_restore_reservations`)."""

    def once() -> StockDocCard:
        with uow:
            s = uow.session
            doc = load_doc(s, doc_id, lock=True)
            check_version(s, doc, expected_version)
            if doc.kind in PRODUCTION_KINDS:
                raise ValidationError({"kind": msg("production posted this document; it cannot be un-posted by hand")})
            unpost_in(s, doc)
            card = card_of(s, doc)
            uow.commit()
            return card

    return retrying(once)


def _adjustments(s: Session, move_ids: list[int]) -> dict[int, Decimal]:
    """Cost adjustments (quantity 0 moves) written by re-costing, summed per adjusted move."""
    out: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for i in range(0, len(move_ids), 500):
        for target, value in s.execute(select(StockMove.reverses_id, StockMove.value).where(
                StockMove.reverses_id.in_(move_ids[i:i + 500]), StockMove.quantity == 0)):
            out[target] += value
    return out


@requires(Area.WAREHOUSE, Action.POST)
def cancel_document(uow: UnitOfWork, doc_id: int, *, expected_version: int) -> StockDocCard:
    """Cancel a draft (it keeps its number and lines); raises NotFound, ConcurrentEdit, ValidationError."""
    with uow:
        s = uow.session
        doc = load_doc(s, doc_id, lock=True)
        check_version(s, doc, expected_version)
        _transition(doc, StockDocStatus.CANCELLED)
        s.flush()
        card = card_of(s, doc)
        uow.commit()
        return card
