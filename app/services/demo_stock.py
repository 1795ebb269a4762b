"""Demo stock: the demo catalog topped up to about 300 products, three warehouses and six months of posted
receipts, shipments, transfers and write-offs (posted through the real posting code, so balances and
costs are right), plus one draft inventory count."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.models import (
    Barcode,
    BarcodeKind,
    Product,
    ProductKind,
    StockBalance,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    StockMove,
    Unit,
    Warehouse,
)
from app.services import validation as v
from app.services.catalog.barcodes import internal_ean13
from app.services.catalog.keys import product_search_text, sku_key
from app.services.demo_catalog import seed_catalog
from app.services.stock.forms import PREFIX
from app.services.stock.posting import post_in
from app.services.stock.scanning import fefo_lot

WAREHOUSES = [("Central warehouse", "Tehran, Azadi St. 12", False), ("انبار تبریز", "Tabriz, Imam St. 5", False),
              ("Service van", "", True)]
TARGET_PRODUCTS = 300
WEEKS = 26
SIZES = ("S", "M", "L", "XL", "DN15", "DN20", "DN25", "DN32", "DN40", "DN50")


def _audit(user_id: int | None, at: datetime) -> dict:
    return {"created_at": at, "updated_at": at, "version": 1, "created_by_id": user_id, "updated_by_id": user_id}


def _top_up(s: Session, rng: random.Random, user_id: int | None, now: datetime, base: list[Product]) -> None:
    """Variants of the catalog's goods until there are about TARGET_PRODUCTS products."""
    have = s.scalar(select(func.count()).select_from(Product)) or 0
    taken = set(s.scalars(select(Barcode.code)))
    rows, codes = [], []
    n = 0
    while have + len(rows) < TARGET_PRODUCTS and base:
        src = base[n % len(base)]
        size = SIZES[(n // len(base)) % len(SIZES)]
        n += 1
        sku = f"{src.sku}-{size}"
        if s.scalar(select(Product.id).where(Product.sku_key == sku_key(sku))) is not None:
            continue
        code = internal_ean13(rng)
        while code in taken:
            code = internal_ean13(rng)
        taken.add(code)
        name = f"{src.name} {size}"
        rows.append({"sku": sku, "sku_key": sku_key(sku), "name": name, "name_key": v.fold(name), "kind": src.kind,
                     "category_id": src.category_id, "unit_id": src.unit_id,
                     "purchase_price": src.purchase_price, "sale_price": src.sale_price, "currency": "USD",
                     "vat_rate": src.vat_rate, "min_stock": src.min_stock, "weight_kg": src.weight_kg,
                     "tracks_lots": src.tracks_lots, "description": "", "archived": False,
                     "search_text": product_search_text(sku, name, [code]), **_audit(user_id, now)})
        codes.append((sku_key(sku), code))
    if rows:
        s.execute(insert(Product), rows)
        ids = dict(s.execute(select(Product.sku_key, Product.id)
                             .where(Product.sku_key.in_([k for k, _ in codes]))).tuples().all())
        s.execute(insert(Barcode), [{"product_id": ids[k], "code": c, "kind": BarcodeKind.EAN13} for k, c in codes])


def _qty(unit_decimals: int, rng: random.Random, low: int, high: int) -> Decimal:
    q = Decimal(rng.randint(low, high))
    if unit_decimals:
        q += Decimal(rng.randint(0, 9)) / 10
    return q


def _document(s: Session, kind: str, warehouse_id: int, when: datetime, lines: list[dict], user_id: int | None,
              **header) -> StockDocument:
    doc = StockDocument(kind=kind, status=StockDocStatus.DRAFT, warehouse_id=warehouse_id, doc_date=when,
                        reason=header.pop("reason", ""), comment="", created_by_id=user_id, **header)
    s.add(doc)
    s.flush()
    doc.number = f"{PREFIX[kind]}-{doc.id:06d}"
    for n, line in enumerate(lines, start=1):
        s.add(StockDocLine(document_id=doc.id, line_no=n, **line))
    s.flush()
    return doc


def _available(s: Session, product_id: int, warehouse_id: int, lot_id: int | None) -> Decimal:
    return s.scalar(select(StockBalance.on_hand).where(
        StockBalance.product_id == product_id, StockBalance.warehouse_id == warehouse_id,
        StockBalance.lot_key == (lot_id or 0))) or Decimal(0)


def _outgoing_lines(s: Session, rng: random.Random, products: list[Product], decimals: dict[int, int],
                    warehouse_id: int, count: int) -> list[dict]:
    lines = []
    for p in rng.sample(products, min(count, len(products))):
        lot_id = fefo_lot(s, p.id, warehouse_id) if p.tracks_lots else None
        have = _available(s, p.id, warehouse_id, lot_id)
        if have <= 1:
            continue
        q = min(have, _qty(decimals[p.id], rng, 1, 8))
        lines.append({"product_id": p.id, "quantity": q, "lot_id": lot_id})
    return lines


def seed_stock(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int], deal_ids: list[int],
               now: datetime) -> int:
    """Seed the catalog, warehouses and six months of stock history; returns how many stock documents and
    moves it made."""
    user_id = managers[0] if managers else None
    s.info.setdefault("user_id", user_id)
    seed_catalog(s, rng=rng, now=now, acting_user_id=user_id, client_ids=client_ids)
    goods = list(s.scalars(select(Product).where(Product.kind != ProductKind.SERVICE, Product.archived.is_(False))
                           .order_by(Product.id)))
    _top_up(s, rng, user_id, now, goods)
    products = list(s.scalars(select(Product).where(Product.kind != ProductKind.SERVICE,
                                                    Product.archived.is_(False)).order_by(Product.id)))
    decimals = dict(s.execute(select(Product.id, Unit.decimals).join(Unit, Unit.id == Product.unit_id)).tuples().all())
    start = now - timedelta(days=7 * WEEKS)
    s.execute(insert(Warehouse), [{"name": n, "name_key": v.fold(n), "address": a, "allow_negative": neg,
                                   "archived": False, **_audit(user_id, start)} for n, a, neg in WAREHOUSES])
    wh = list(s.scalars(select(Warehouse.id).where(Warehouse.name_key.in_([v.fold(n) for n, _, _ in WAREHOUSES]))
                        .order_by(Warehouse.id)))
    moves_before = s.scalar(select(func.count()).select_from(StockMove)) or 0
    docs = 0
    lot_no = 0
    for week in range(WEEKS):
        day = start + timedelta(days=7 * week, hours=9)
        for warehouse_id in wh[:2]:
            lines = []
            for p in rng.sample(products, 25 if week == 0 else 8):
                line = {"product_id": p.id, "quantity": _qty(decimals[p.id], rng, 20, 120),
                        "unit_cost": (p.purchase_price * Decimal(rng.choice(["0.95", "1", "1.05", "1.1"])))
                        .quantize(Decimal("0.01"))}
                if p.tracks_lots:
                    lot_no += 1
                    line.update(lot_code=f"LOT-{lot_no:04d}", lot_expires_on=(day + timedelta(days=rng.randint(60, 400)))
                                .date())
                lines.append(line)
            post_in(s, _document(s, StockDocKind.RECEIPT, warehouse_id, day, lines, user_id,
                                 client_id=rng.choice(client_ids) if client_ids else None))
            docs += 1
        for k in range(3):
            when = day + timedelta(days=1 + k * 2, hours=rng.randint(0, 7))
            warehouse_id = wh[k % 2]
            lines = _outgoing_lines(s, rng, products, decimals, warehouse_id, 6)
            if lines:
                post_in(s, _document(s, StockDocKind.SHIPMENT, warehouse_id, when, lines, user_id,
                                     client_id=rng.choice(client_ids) if client_ids else None))
                docs += 1
        when = day + timedelta(days=6)
        lines = _outgoing_lines(s, rng, products, decimals, wh[0], 4)
        if lines:
            post_in(s, _document(s, StockDocKind.TRANSFER, wh[0], when, lines, user_id,
                                 to_warehouse_id=wh[rng.choice([1, 2])]))
            docs += 1
        if week % 4 == 3:
            lines = [dict(line, quantity=min(line["quantity"], Decimal(1)))
                     for line in _outgoing_lines(s, rng, products, decimals, wh[week % 2], 2)]
            if lines:
                post_in(s, _document(s, StockDocKind.WRITE_OFF, wh[week % 2], when + timedelta(hours=2), lines,
                                     user_id, reason=rng.choice(["damaged in storage", "expired", "lost"])))
                docs += 1
    counted = list(s.execute(select(StockBalance.product_id, StockBalance.lot_id, StockBalance.on_hand)
                             .where(StockBalance.warehouse_id == wh[0], StockBalance.on_hand > 0)
                             .order_by(StockBalance.product_id, StockBalance.lot_key).limit(20)))
    _document(s, StockDocKind.COUNT, wh[0], now, [{"product_id": p, "lot_id": lot, "quantity": Decimal(0),
                                                    "book_quantity": q} for p, lot, q in counted], user_id)
    docs += 1
    s.flush()
    return docs + (s.scalar(select(func.count()).select_from(StockMove)) or 0) - moves_before
