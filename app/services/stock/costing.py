"""Re-costing after a back-dated posting.

A document dated before moves already posted changes the moving average those later outgoing moves
should have carried. The ledger stays append-only: instead of updating a move, re-costing writes a
cost-adjustment move (quantity 0, `value` = the difference, `reverses_id` = the move it adjusts, same
document, line and `moved_at` as that move) and adds the difference to the balance value. A move's
cost is its value plus its adjustments. A transfer's incoming side follows its outgoing side, and the
receiving warehouse is re-costed in turn.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.models import StockDocKind, StockDocument, StockMove
from app.models.base import utcnow
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.stock.ledger import add_to_period_sums, ensure_balance_rows, lock_pairs, lot_key
from app.services.stock.money import ZERO, outgoing_value
from app.services.uow import UnitOfWork


def recost_in(s: Session, product_id: int, warehouse_id: int, since: datetime, *, progress: Any = None) -> int:
    """Re-cost the outgoing moves of a product × warehouse from `since` on (and, through transfers,
    of the warehouses they fed); returns how many adjustment moves were written."""
    queue = [(product_id, warehouse_id, since)]
    written = 0
    while queue:
        p, w, when = queue.pop(0)
        n, follow = _recost_pair(s, p, w, when, progress=progress)
        written += n
        queue.extend(follow)
    return written


def _recost_pair(s: Session, product_id: int, warehouse_id: int, since: datetime, *,
                 progress: Any) -> tuple[int, list[tuple[int, int, datetime]]]:
    rows = {r.lot_key: r for r in lock_pairs(s, {(product_id, warehouse_id)})}
    on_hand, value = s.execute(select(func.coalesce(func.sum(StockMove.quantity), 0),
                                      func.coalesce(func.sum(StockMove.value), 0))
                               .where(StockMove.product_id == product_id, StockMove.warehouse_id == warehouse_id,
                                      StockMove.moved_at < since)).one()
    on_hand, value = Decimal(on_hand), Decimal(value)
    moves = list(s.execute(
        select(StockMove, StockDocument.kind, StockDocument.to_warehouse_id)
        .join(StockDocument, StockDocument.id == StockMove.document_id)
        .where(StockMove.product_id == product_id, StockMove.warehouse_id == warehouse_id,
               StockMove.moved_at >= since)
        .order_by(StockMove.moved_at, StockMove.id)))
    adjusted: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for m, _, _ in moves:
        if m.quantity == 0 and m.reverses_id is not None:
            adjusted[m.reverses_id] += m.value
    now, user_id = utcnow(), s.info.get("user_id")
    new_moves: list[dict] = []
    follow: list[tuple[int, int, datetime]] = []
    total = len(moves)
    for i, (m, kind, to_warehouse_id) in enumerate(moves):
        if progress is not None and i % 500 == 0:
            progress.report(i, total, "recomputing costs")
        if m.quantity == 0:
            continue
        current = m.value + adjusted[m.id]
        if m.quantity < 0 and m.reverses_id is None:
            expected = outgoing_value(-m.quantity, on_hand, value, m.unit_cost)
            diff = expected - current
            if diff:
                new_moves.append(_adjustment(m, diff, now, user_id))
                _add_value(s, rows, m, diff)
                current = expected
                if kind == StockDocKind.TRANSFER and to_warehouse_id is not None:
                    incoming = s.scalar(select(StockMove).where(
                        StockMove.document_id == m.document_id, StockMove.line_id == m.line_id,
                        StockMove.warehouse_id == to_warehouse_id, StockMove.quantity == -m.quantity,
                        StockMove.reverses_id.is_(None)).order_by(StockMove.id).limit(1))
                    if incoming is not None:
                        new_moves.append(_adjustment(incoming, -diff, now, user_id))
                        dest_rows = _rows_for(s, incoming)
                        _add_value(s, dest_rows, incoming, -diff)
                        follow.append((product_id, to_warehouse_id, incoming.moved_at))
        on_hand += m.quantity
        value += current
    if new_moves:
        s.execute(insert(StockMove), new_moves)
        add_to_period_sums(s, new_moves)
    s.flush()
    return len(new_moves), follow


def _rows_for(s: Session, move: StockMove) -> dict:
    ensure_balance_rows(s, {(move.product_id, move.warehouse_id, lot_key(move.lot_id))},
                        {(move.product_id, move.warehouse_id, lot_key(move.lot_id)): move.lot_id})
    return {r.lot_key: r for r in lock_pairs(s, {(move.product_id, move.warehouse_id)})}


def _add_value(s: Session, rows: dict, move: StockMove, diff: Decimal) -> None:
    row = rows[lot_key(move.lot_id)]
    row.value += diff
    row.version += 1


def _adjustment(move: StockMove, diff: Decimal, now: datetime, user_id: int | None) -> dict:
    return {"document_id": move.document_id, "line_id": move.line_id, "product_id": move.product_id,
            "warehouse_id": move.warehouse_id, "lot_id": move.lot_id, "quantity": ZERO, "unit_cost": ZERO,
            "value": diff, "moved_at": move.moved_at, "posted_at": now, "user_id": user_id,
            "reverses_id": move.id}


@requires(Area.WAREHOUSE, Action.POST)
def recost_after(uow: UnitOfWork, product_id: int, warehouse_id: int, since: datetime, progress: Any = None) -> int:
    """Re-cost a product × warehouse from `since` (run it through TaskRunner.long); returns how many
    cost-adjustment moves it wrote."""
    with uow:
        n = recost_in(uow.session, product_id, warehouse_id, since, progress=progress)
        uow.commit()
        return n
