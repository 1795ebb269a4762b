"""The stock valuation report at a date as an Excel workbook (openpyxl)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from app.services.stock.balances import valuation
from app.services.stock.money import ZERO
from app.services.uow import UnitOfWork

HEADERS = ("SKU", "Product", "Warehouse", "Quantity", "Average cost", "Value")


def export_valuation(uow: UnitOfWork, at: datetime, *, path: str | Path, warehouse_id: int | None = None,
                     title: str = "") -> Path:
    """Write the valuation at `at` (UTC; per product × warehouse, with a totals row) to an .xlsx file at
    `path`; returns the path. Numbers are written as numbers, not text, so the sheet can be summed."""
    rows = valuation(uow, at, warehouse_id=warehouse_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "Valuation"
    sheet.append([title or f"Stock valuation at {at:%Y-%m-%d %H:%M} UTC"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(list(HEADERS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for r in rows:
        sheet.append([r.sku, r.name, r.warehouse_name, r.quantity, r.avg_cost, r.value])
    total_qty = sum((r.quantity for r in rows), ZERO)
    total_value = sum((r.value for r in rows), ZERO)
    sheet.append(["Total", "", "", total_qty, None, total_value])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=3, min_col=4, max_col=6):
        for cell, fmt in zip(row, ("#,##0.###", "#,##0.0000", "#,##0.00"), strict=True):
            cell.number_format = fmt
    for letter, width in zip("ABCDEF", (16, 40, 24, 14, 14, 16), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A3"
    target = Path(path)
    book.save(target)
    return target

