"""The warehouse's lists to Excel: the balances (the list's warehouse, search and below-minimum filters and its
sort, now — the maintained balances, streamed — or at the end of a past day, computed as the list shows it),
a product's moves and the reorder list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.models import Client
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.exports.operations import STOCK_KINDS
from app.services.i18n import msg, translated
from app.services.planner.recurrence import to_local
from app.services.production.suppliers import terms_in
from app.services.stock.balances import (
    balance_row,
    balance_rows_query,
    count_balances,
    product_moves,
    reorder_list,
    search_balances,
    sort_balances,
    stock_at,
)
from app.services.stock.forms import BalanceRow
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

COLUMNS = (XColumn(msg("SKU"), width=16), XColumn(msg("Product"), width=40), XColumn(msg("Warehouse"), width=20),
           XColumn(msg("Lot"), width=12), XColumn(msg("Expires"), "date"), XColumn(msg("On hand"), "qty"),
           XColumn(msg("Reserved"), "qty"), XColumn(msg("Available"), "qty"), XColumn(msg("Incoming"), "qty"),
           XColumn(msg("Unit"), width=8), XColumn(msg("Average cost"), "cost"), XColumn(msg("Value"), "money", total=True))


def _cells(r: BalanceRow) -> tuple:
    return (r.sku, r.product_name, r.warehouse_name, r.lot_code, r.expires_on, r.on_hand, r.reserved, r.available,
            r.incoming, r.unit, r.avg_cost, r.value)


@requires(Area.WAREHOUSE, Action.EXPORT)
def export_stock(uow: UnitOfWork, path: str | Path, *, warehouse_id: int | None = None, search: str = "",
                 only_below_min: bool = False, at: datetime | None = None, sort: str = "product",
                 descending: bool = False, title: str = "", progress: ExportProgress | None = None) -> int:
    """Stock per product × warehouse × lot as the balances list shows it, with a value total, as an .xlsx
    file at `path`; `at` (UTC): the stock at that moment instead of now. Returns how many rows were written."""
    if at is not None:
        # Stock at a past date is computed as one list (as the screen gets it); it is no bigger than the
        # product × warehouse × lot pairs that ever held stock.
        if progress is not None:
            progress.report(0, 0, "computing")
        found = sort_balances(search_balances(stock_at(uow, at, warehouse_id=warehouse_id), search), sort, descending)
        return write_export(path, COLUMNS, (_cells(r) for r in found), total=len(found), progress=progress,
                            sheet_title=msg("Stock"), title=title)
    stmt = balance_rows_query(warehouse_id=warehouse_id, search=search, only_below_min=only_below_min, sort=sort,
                              descending=descending)
    with uow:
        s = uow.session
        total = count_balances(s, warehouse_id=warehouse_id, search=search, only_below_min=only_below_min)

        def rows() -> Iterator[tuple]:
            for values in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield _cells(balance_row(values))

        return write_export(path, COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Stock"), title=title)


MOVE_COLUMNS = (XColumn(msg("When"), "datetime"), XColumn(msg("Document"), width=14), XColumn(msg("Kind"), width=22),
                XColumn(msg("Warehouse"), width=20), XColumn(msg("Lot"), width=12), XColumn(msg("Quantity"), "qty", total=True),
                XColumn(msg("Unit cost"), "cost"), XColumn(msg("Value"), "money", total=True), XColumn(msg("Balance"), "qty"),
                XColumn(msg("User"), width=22))
MOVES_PAGE = 1000


@requires(Area.WAREHOUSE, Action.EXPORT)
def export_product_moves(uow: UnitOfWork, path: str | Path, product_id: int, *, warehouse_id: int | None = None,
                         title: str = "", progress: ExportProgress | None = None) -> int:
    """A product's ledger moves (in one warehouse, or all), oldest first, with the balance after each, as the
    Moves tab lists them (every page), to an .xlsx file; times are local. Returns the rows written."""
    rows, offset = [], 0
    while True:
        page = product_moves(uow, product_id, warehouse_id=warehouse_id, offset=offset, limit=MOVES_PAGE)
        rows += [(to_local(m.moved_at), m.document_number, translated(STOCK_KINDS.get(m.kind, m.kind)), m.warehouse_name,
                  m.lot_code, m.quantity, m.unit_cost, m.value, m.running_balance, m.user_name) for m in page]
        if progress is not None:
            progress.report(len(rows), 0, "reading")
        if len(page) < MOVES_PAGE:
            break
        offset += MOVES_PAGE
    return write_export(path, MOVE_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Moves"),
                        title=title)


REORDER_COLUMNS = (XColumn(msg("SKU"), width=16), XColumn(msg("Product"), width=40), XColumn(msg("On hand"), "qty"),
                   XColumn(msg("Available"), "qty"), XColumn(msg("Minimum"), "qty"), XColumn(msg("Suggested order"), "qty"),
                   XColumn(msg("Unit"), width=8), XColumn(msg("Preferred supplier"), width=30))


@requires(Area.WAREHOUSE, Action.EXPORT)
def export_reorder(uow: UnitOfWork, path: str | Path, *, warehouse_id: int | None = None,
                   progress: ExportProgress | None = None) -> int:
    """The products below their minimum stock (in the warehouse, or all), with the suggested order and the
    preferred supplier, as the Reorder tab lists them, to an .xlsx file. Returns the rows written."""
    found = reorder_list(uow, warehouse_id=warehouse_id)
    with uow:
        s = uow.session
        # The preferred supplier: the terms of lowest priority (as the Reorder tab and the drafts use).
        preferred = {p: t[0].supplier_id for p, t in terms_in(s, [r.product_id for r in found]).items() if t}
        names = dict(s.execute(select(Client.id, Client.display_name).where(
            Client.id.in_(set(preferred.values())))).tuples().all()) if preferred else {}
    rows = [(r.sku, r.name, r.on_hand, r.available, r.min_stock, r.suggested, r.unit,
             names.get(preferred.get(r.product_id), "")) for r in found]
    return write_export(path, REORDER_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Reorder"))
