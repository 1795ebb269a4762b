"""Excel in: import 10,000 products with validation from a generated .xlsx (goal < 10 s).

The workbook (KARAVAN_BENCH_IMPORT_PRODUCTS rows, 10,000 by default) is written in a temp folder by the
bench itself; the figure covers reading the sheet, checking every row and importing in one transaction
on a fresh SQLite file.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import emit, env_int

HEADERS = ["SKU", "Name", "Unit", "Category", "Purchase price", "Sale price", "VAT %", "Minimum stock",
           "Barcode", "Description"]


def _workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    from app.services.catalog.barcodes import ean13_check_digit

    book = Workbook(write_only=True)
    ws = book.create_sheet("Products")
    ws.append(HEADERS)
    for i in range(rows):
        body = f"460{i:09d}"
        ws.append([f"BN-{i:06d}", f"Bench product {i} — steel bolt M{i % 30 + 3}", "pcs", "Hardware",
                   round(1 + i % 97 * 0.37, 2), round(2 + i % 89 * 0.51, 2), 20, i % 7,
                   body + str(ean13_check_digit(body)), "Imported by the bench"])
    book.save(path)


def main() -> None:
    from app.db import open_database, upgrade_to_head
    from app.services import imports
    from app.services.context import ServiceContext

    rows = env_int("KARAVAN_BENCH_IMPORT_PRODUCTS", 10_000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "products.xlsx"
        _workbook(path, rows)
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        upgrade_to_head(db.engine, backup=False)
        anon = ServiceContext(db.session_factory)
        admin = anon.auth.initialize(company_name="Bench Co", admin_login="admin", admin_full_name="Bench Admin",
                                     password="bench-pass-1")
        ctx = anon.as_user(admin.id)
        ctx.catalog.add_unit("pcs")
        ctx.catalog.add_category("Hardware")
        started = time.perf_counter()
        table = imports.read_table(path)
        report = ctx.imports.run_import("products", table, imports.default_mapping("products", table.headers))
        seconds = time.perf_counter() - started
        db.dispose()
    if report.errors or report.created != rows:
        raise SystemExit(f"bench import went wrong: {report.created} created, {report.errors[:3]}")
    emit("imports.products_10k_s", seconds, "s", products=rows, columns=len(HEADERS))
