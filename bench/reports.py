"""Reports: the sales report over many invoice lines.

Sizes: KARAVAN_BENCH_REPORT_LINES (200,000 document lines: confirmed invoices of 5 lines each over the
last year, 300 clients, 500 products in 20 categories, bulk-inserted into a fresh SQLite file). The figure
is the median of 5 runs of the sales report for the year grouped by product, with the previous year
compared (two grouped queries).
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import emit, env_int, median

LINES_PER_INVOICE = 5


def main() -> None:
    from app.db import open_database, upgrade_to_head
    from app.models import Category, Client, Document, DocumentLine, Product, Unit
    from app.services.context import ServiceContext
    from app.services.reports import ReportParams

    lines = env_int("KARAVAN_BENCH_REPORT_LINES", 200_000)
    invoices = max(1, lines // LINES_PER_INVOICE)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'reports.db'}")
        upgrade_to_head(db.engine, backup=False)
        anon = ServiceContext(db.session_factory)
        admin = anon.auth.initialize(company_name="Bench LLC", admin_login="admin", admin_full_name="Admin",
                                     password="bench-pass-1")
        ctx = anon.as_user(admin.id)
        today = date.today()
        with ctx.uow() as uow:
            s = uow.session
            unit = Unit(name="pcs", name_key="pcs", decimals=0)
            s.add(unit)
            cats = [Category(name=f"Category {i}", name_key=f"category {i}") for i in range(20)]
            s.add_all(cats)
            s.flush()
            products = [Product(sku=f"R-{i}", sku_key=f"r-{i}", name=f"Report product {i}",
                                name_key=f"report product {i}", unit_id=unit.id, category_id=cats[i % 20].id,
                                search_text=f"r-{i}") for i in range(500)]
            clients = [Client(display_name=f"Client {i}", name_key=f"client {i}", is_customer=True) for i in range(300)]
            s.add_all(products + clients)
            s.flush()
            product_ids, client_ids = [p.id for p in products], [c.id for c in clients]
            docs = []
            for i in range(invoices):
                day = today - timedelta(days=i % 365)
                docs.append({"doc_type": "invoice", "number": f"INV-R-{i:07d}", "series": "R", "year": day.year,
                             "seq": i, "doc_date": day, "due_date": day + timedelta(days=10), "status": "confirmed",
                             "client_id": client_ids[i % len(client_ids)], "manager_id": admin.id, "currency": "USD",
                             "rate": Decimal(1), "vat_mode": "exclusive", "language": "en",
                             "net_total": Decimal("50.00"), "vat_total": Decimal(0), "total": Decimal("50.00"),
                             "settled": Decimal(0), "shipment": "none", "invoicing": "none", "payment": "none",
                             "terms": "", "notes": "", "version": 1})
            s.execute(Document.__table__.insert(), docs)
            first = s.query(Document.id).order_by(Document.id).first()[0]
            batch = []
            for i in range(invoices):
                for n in range(LINES_PER_INVOICE):
                    batch.append({"document_id": first + i, "line_no": n + 1,
                                  "product_id": product_ids[(i * LINES_PER_INVOICE + n) % len(product_ids)],
                                  "description": "Bench line", "unit": "pcs", "quantity": Decimal(2),
                                  "price": Decimal("5.00"), "discount_percent": Decimal(0), "vat_rate": Decimal(0),
                                  "net": Decimal("10.00"), "vat": Decimal(0), "amount": Decimal("10.00")})
                if len(batch) >= 20_000:
                    s.execute(DocumentLine.__table__.insert(), batch)
                    batch = []
            if batch:
                s.execute(DocumentLine.__table__.insert(), batch)
            uow.commit()
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
        params = ReportParams("custom", start=today - timedelta(days=364), end=today, group_by="product")

        def run() -> float:
            started = time.perf_counter()
            result = ctx.reports.run_report("sales", params)
            elapsed = (time.perf_counter() - started) * 1000
            assert result.totals[2] == Decimal(10) * invoices * LINES_PER_INVOICE
            return elapsed

        run()
        emit("reports.sales_200k_lines_ms", median([run() for _ in range(5)]), "ms",
             lines=invoices * LINES_PER_INVOICE, invoices=invoices, products=500, group_by="product",
             compared=True, backend="sqlite")
        db.dispose()


if __name__ == "__main__":
    main()
