"""The stock valuation report at a date as an Excel workbook (through the shared table writer)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.i18n import msg
from app.services.stock.balances import valuation
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn, write_table

COLUMNS = (XColumn(msg("SKU"), width=16), XColumn(msg("Product"), width=40), XColumn(msg("Warehouse"), width=24),
           XColumn(msg("Quantity"), "qty", total=True), XColumn(msg("Average cost"), "cost"),
           XColumn(msg("Value"), "money", width=16, total=True))


@requires(Area.WAREHOUSE, Action.EXPORT)
def export_valuation(uow: UnitOfWork, at: datetime, *, path: str | Path, warehouse_id: int | None = None,
                     title: str = "") -> Path:
    """Write the valuation at `at` (UTC; per product × warehouse, with a totals row) to an .xlsx file at
    `path`; returns the path. Numbers are written as numbers, not text, so the sheet can be summed."""
    rows = valuation(uow, at, warehouse_id=warehouse_id)
    target = Path(path)
    write_table(target, COLUMNS, ((r.sku, r.name, r.warehouse_name, r.quantity, r.avg_cost, r.value) for r in rows),
                title=title or msg("Stock valuation at {at:%Y-%m-%d %H:%M} UTC", at=at), sheet_title=msg("Valuation"))
    return target
