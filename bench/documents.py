"""Sales documents: a 5-line order from quote to confirmed-and-reserved, one invoice to PDF, a batch of
invoices to PDF, and a reconciliation statement over a client with many documents.

Sizes: KARAVAN_BENCH_PDFS (1,000 invoices to PDF), KARAVAN_BENCH_STATEMENT_DOCS (5,000 invoices and
payments for one client, bulk-inserted). A fresh SQLite file in a temporary folder each run.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.common import emit, env_int, median


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    from app.db import open_database, upgrade_to_head
    from app.models import Client, Document, Payment, Product, Unit
    from app.services.context import ServiceContext
    from app.services.documents import pdf
    from app.services.documents.forms import DocumentForm, LineForm
    from app.services.stock import StockDocForm, StockLineData

    pdfs = env_int("KARAVAN_BENCH_PDFS", 1000)
    statement_docs = env_int("KARAVAN_BENCH_STATEMENT_DOCS", 5000)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'documents.db'}")
        upgrade_to_head(db.engine, backup=False)
        anon = ServiceContext(db.session_factory)
        admin = anon.auth.initialize(company_name="Bench LLC", admin_login="admin", admin_full_name="Admin",
                                     password="bench-pass-1")
        ctx = anon.as_user(admin.id)
        with ctx.uow() as uow:
            s = uow.session
            unit = Unit(name="pcs", name_key="pcs", decimals=0)
            s.add(unit)
            s.flush()
            products = []
            for i in range(5):
                p = Product(sku=f"B-{i}", sku_key=f"b-{i}", name=f"Bench product {i}", name_key=f"bench product {i}",
                            unit_id=unit.id, sale_price=Decimal("12.50") + i, vat_rate=Decimal(20),
                            search_text=f"b-{i}")
                s.add(p)
                products.append(p)
            buyer = Client(display_name="Bench Buyer", name_key="bench buyer", is_customer=True)
            s.add(buyer)
            s.flush()
            product_ids, buyer_id = [p.id for p in products], buyer.id
            uow.commit()
        wh = ctx.stock.create_warehouse(name="Main").id
        receipt = ctx.stock.create_document(StockDocForm(kind="receipt", warehouse_id=wh, doc_date=None, lines=tuple(
            StockLineData(pid, Decimal(100_000), Decimal(5)) for pid in product_ids)))
        ctx.stock.post_document(receipt.id, expected_version=receipt.version)

        def quote_to_reserved() -> None:
            q = ctx.documents.create_document(DocumentForm(doc_type="quote", client_id=buyer_id, warehouse_id=wh,
                                                           lines=[LineForm(pid, quantity=2) for pid in product_ids]))
            q = ctx.documents.confirm_document(q.id, expected_version=q.version)
            o = ctx.documents.create_from(q.id, "order")
            ctx.documents.confirm_document(o.id, expected_version=o.version)

        quote_to_reserved()
        emit("documents.order_to_reserved_ms", median([_timed(quote_to_reserved) for _ in range(20)]), "ms",
             lines=5, backend="sqlite")

        inv = ctx.documents.create_document(DocumentForm(doc_type="invoice", client_id=buyer_id, lines=[
            LineForm(pid, quantity=3) for pid in product_ids * 2]))
        inv = ctx.documents.confirm_document(inv.id, expected_version=inv.version)
        ctx.documents.render_document(inv.id)
        emit("documents.invoice_pdf_ms", median([_timed(lambda: ctx.documents.render_document(inv.id))
                                                 for _ in range(20)]), "ms", lines=10)

        ids = [inv.id] * pdfs
        started = time.perf_counter()
        for _ in pdf.render_many(ctx.uow, ids):
            pass
        emit("documents.pdf_batch_s", time.perf_counter() - started, "s", invoices=pdfs, lines=10)

        start_day = date.today() - timedelta(days=statement_docs // 10)
        with ctx.uow() as uow:
            s = uow.session
            docs, pays = [], []
            for i in range(statement_docs):
                day = start_day + timedelta(days=i // 10)
                if i % 2 == 0:
                    docs.append({"doc_type": "invoice", "number": f"INV-B-{i:06d}", "series": "B", "year": day.year,
                                 "seq": i, "doc_date": day, "due_date": day + timedelta(days=10),
                                 "status": "confirmed", "client_id": buyer_id, "currency": "USD", "rate": Decimal(1),
                                 "vat_mode": "exclusive", "language": "en", "net_total": Decimal("100.00"),
                                 "vat_total": Decimal("20.00"), "total": Decimal("120.00"), "settled": Decimal(0),
                                 "shipment": "none", "invoicing": "none", "payment": "none", "terms": "", "notes": "",
                                 "version": 1})
                else:
                    pays.append({"number": f"PAY-B-{i:06d}", "direction": "in", "method": "bank",
                                 "client_id": buyer_id, "pay_date": day, "amount": Decimal("100.00"),
                                 "currency": "USD", "rate": Decimal(1), "allocated": Decimal(0), "reference": "",
                                 "comment": "", "status": "posted", "version": 1})
            s.execute(Document.__table__.insert(), docs)
            s.execute(Payment.__table__.insert(), pays)
            uow.commit()
        period = (start_day + timedelta(days=statement_docs // 40), date.today())
        ctx.documents.statement(buyer_id, *period)
        emit("documents.reconciliation_ms", median([_timed(lambda: ctx.documents.statement(buyer_id, *period))
                                                    for _ in range(5)]), "ms", documents=statement_docs)
        emit("documents.reconciliation_pdf_ms", _timed(lambda: ctx.documents.render_statement(buyer_id, *period)),
             "ms", documents=statement_docs)
        db.dispose()


if __name__ == "__main__":
    main()
