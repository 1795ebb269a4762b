"""The warehouse balances to Excel: the list's warehouse, search and below-minimum filters and its sort,
now (the maintained balances, streamed) or at the end of a past day (computed, as the list shows it)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.stock.balances import (
    balance_row,
    balance_rows_query,
    count_balances,
    search_balances,
    sort_balances,
    stock_at,
)
from app.services.stock.forms import BalanceRow
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

COLUMNS = (XColumn("SKU", width=16), XColumn("Product", width=40), XColumn("Warehouse", width=20),
           XColumn("Lot", width=12), XColumn("Expires", "date"), XColumn("On hand", "qty"),
           XColumn("Reserved", "qty"), XColumn("Available", "qty"), XColumn("Incoming", "qty"),
           XColumn("Unit", width=8), XColumn("Average cost", "cost"), XColumn("Value", "money", total=True))


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
                            sheet_title="Stock", title=title)
    stmt = balance_rows_query(warehouse_id=warehouse_id, search=search, only_below_min=only_below_min, sort=sort,
                              descending=descending)
    with uow:
        s = uow.session
        total = count_balances(s, warehouse_id=warehouse_id, search=search, only_below_min=only_below_min)

        def rows() -> Iterator[tuple]:
            for values in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield _cells(balance_row(values))

        return write_export(path, COLUMNS, rows(), total=total, progress=progress, sheet_title="Stock", title=title)
