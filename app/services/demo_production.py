"""Demo purchasing and production: suppliers with their prices, lead times and minimum orders for the bought
goods and materials, three-level bills for the workshop's own products (with a second, inactive version of
one), and production orders in every state — done and partly done ones posted through the stock ledger."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Bom,
    BomLine,
    Client,
    Product,
    ProductKind,
    StockBalance,
    StockDocLine,
    StockDocument,
    SupplierProduct,
    Unit,
    Warehouse,
)
from app.services import validation as v
from app.services.catalog.keys import sku_key
from app.services.errors import DomainError
from app.services.production.forms import ProductionOrderForm
from app.services.production.orders import complete_in, create_in
from app.services.production.structure import recipe_of
from app.services.stock.forms import PREFIX
from app.services.stock.posting import post_in

LABOUR = ("KRV-LAB1", "Workshop labour", Decimal("18.00"))
# product → [(component, quantity per unit, scrap %)]; "labour" is the workshop's own hours.
BILLS = {
    "Manifold block MB-6": [("Steel pipe 57x3.5", "2.4", "5"), ("Elbow 90° DN50", "4", "0"),
                            ("Flange DN80", "2", "0"), ("Welding electrodes 3 mm", "0.3", "10"), ("labour", "2", "0")],
    "Control cabinet CC-3": [("Steel sheet 2 mm", "6", "8"), ("Copper wire 2.5", "3.2", "3"),
                             ("Paint RAL 7035", "0.6", "5"), ("labour", "4", "0")],
    "Pump station PS-1": [("Manifold block MB-6", "1", "0"), ("Control cabinet CC-3", "1", "0"),
                          ("Steel sheet 2 mm", "12", "8"), ("Paint RAL 7035", "1.5", "5"),
                          ("Welding electrodes 3 mm", "0.8", "10"), ("labour", "6", "0")],
    "ایستگاه پمپاژ آریا": [("Manifold block MB-6", "2", "0"), ("Control cabinet CC-3", "1", "0"),
                          ("Steel sheet 2 mm", "15", "8"), ("Paint RAL 7035", "2", "5"), ("labour", "8", "0")],
}
SUPPLIER_NAMES = ["Ural Steel Supply", "Caspian Fittings", "Alborz Chemicals", "Volga Wire & Cable"]


def _suppliers(s: Session, rng: random.Random, client_ids: list[int]) -> list[int]:
    found = list(s.scalars(select(Client.id).where(Client.is_supplier.is_(True), Client.status == "active")
                           .order_by(Client.id).limit(8)))
    if len(found) >= 4:
        return found
    made = []
    for name in SUPPLIER_NAMES[:4 - len(found)]:
        c = Client(display_name=name, name_key=v.fold(name), legal_name=name, is_supplier=True)
        s.add(c)
        made.append(c)
    s.flush()
    return found + [c.id for c in made]


def _labour(s: Session) -> Product:
    sku, name, rate = LABOUR
    p = s.scalar(select(Product).where(Product.sku_key == sku_key(sku)))
    if p is None:
        hour = s.scalar(select(Unit.id).where(Unit.name_key == "hour")) or s.scalar(select(Unit.id).limit(1))
        p = Product(sku=sku, sku_key=sku_key(sku), name=name, name_key=v.fold(name), kind=ProductKind.SERVICE,
                    unit_id=hour, purchase_price=rate, sale_price=Decimal("35.00"), search_text=v.fold(f"{sku} {name}"))
        s.add(p)
        s.flush()
    return p


def seed_production(s: Session, *, rng: random.Random, managers: list[int], client_ids: list[int],
                    deal_ids: list[int], now: datetime) -> int:
    """Returns how many production orders it made (bills and supplier terms come with them)."""
    if s.scalar(select(Bom.id).limit(1)) is not None:
        return 0
    suppliers = _suppliers(s, rng, client_ids)
    bought = list(s.scalars(select(Product).where(Product.kind.in_([ProductKind.GOODS, ProductKind.MATERIAL]),
                                                  Product.archived.is_(False)).order_by(Product.id)))
    decimals = dict(s.execute(select(Unit.id, Unit.decimals)).tuples().all())
    terms = []
    for p in bought:
        for priority, supplier_id in enumerate(rng.sample(suppliers, rng.choice([1, 1, 2])), start=1):
            step = Decimal(1).scaleb(-decimals[p.unit_id])
            terms.append({"product_id": p.id, "supplier_id": supplier_id, "priority": priority,
                          "price": (p.purchase_price * Decimal(rng.choice(["0.92", "0.97", "1", "1.04"])))
                          .quantize(Decimal("0.01")), "currency": p.currency,
                          "lead_time_days": rng.choice([2, 3, 5, 7, 10, 14]),
                          "min_order_qty": (Decimal(rng.choice([0, 0, 10, 25, 50])) / step).to_integral() * step,
                          "supplier_sku": f"S{supplier_id}-{p.sku}", "version": 1})
    if terms:
        s.execute(insert(SupplierProduct), terms)
    labour = _labour(s)
    by_name = {p.name: p for p in s.scalars(select(Product).where(Product.name.in_(
        [n for n in BILLS] + [c for lines in BILLS.values() for c, _, _ in lines])))}
    bom_ids: dict[str, int] = {}
    for name, lines in BILLS.items():
        product = by_name.get(name)
        if product is None or product.kind not in STOCKED_KINDS:
            continue
        parts = [(labour if c == "labour" else by_name.get(c), q, scrap) for c, q, scrap in lines]
        parts = [(p, q, scrap) for p, q, scrap in parts if p is not None]
        for version_no, active in ((1, True), (2, False)) if name == "Pump station PS-1" else ((1, True),):
            bom = Bom(product_id=product.id, version_no=version_no, active=active, quantity=Decimal(1),
                      name="welded frame" if version_no == 1 else "bolted frame (trial)")
            s.add(bom)
            s.flush()
            for n, (p, q, scrap) in enumerate(parts, start=1):
                qty = Decimal(q) * (Decimal("0.9") if version_no == 2 and p.kind != ProductKind.SERVICE else 1)
                s.add(BomLine(bom_id=bom.id, line_no=n, component_id=p.id, quantity=qty, scrap_percent=Decimal(scrap)))
            if active:
                bom_ids[name] = bom.id
    s.flush()
    if not bom_ids:
        return 0
    warehouse = s.scalar(select(Warehouse.id).where(Warehouse.archived.is_(False)).order_by(Warehouse.id).limit(1))
    _stock_components(s, warehouse, [by_name[n].id for n in bom_ids], by_name, labour, rng)
    today = now.date()
    plan = [("Manifold block MB-6", 6, -20, "done"), ("Control cabinet CC-3", 4, -12, "done"),
            ("Manifold block MB-6", 10, -5, "in_progress"), ("Pump station PS-1", 2, -2, "released"),
            ("Control cabinet CC-3", 5, 3, "planned"), ("ایستگاه پمپاژ آریا", 1, 7, "planned"),
            ("Pump station PS-1", 3, 12, "planned"), ("Manifold block MB-6", 2, -9, "cancelled")]
    made = 0
    for n, (name, qty, offset, state) in enumerate(plan):
        if name not in bom_ids:
            continue
        start = today + timedelta(days=offset)
        order = create_in(s, ProductionOrderForm(
            by_name[name].id, quantity=Decimal(qty), component_warehouse_id=warehouse,
            output_warehouse_id=warehouse, planned_start=start, planned_end=start + timedelta(days=2 + n % 3),
            responsible_id=managers[n % len(managers)] if managers else None))
        made += 1
        if state == "planned":
            continue
        if state == "cancelled":
            order.status = "cancelled"
            continue
        order.status, order.released_at = "released", now
        try:
            if state == "done":
                complete_in(s, order, order.quantity)
            elif state == "in_progress":
                complete_in(s, order, Decimal(qty // 2))
        except DomainError:
            pass  # not enough components in the demo stock: the order stays released
    s.flush()
    return made


def _stock_components(s: Session, warehouse: int, finished: list[int], by_name, labour, rng) -> None:
    """Make sure the demo stock holds enough components for the done and partly done orders."""
    need: dict[int, Decimal] = {}
    for pid in finished:
        recipe = recipe_of(s, pid)
        for c, q, scrap in recipe.lines if recipe else ():
            if c != labour.id:
                need[c] = need.get(c, Decimal(0)) + recipe.need(q, scrap, Decimal(20))
    on_hand = dict(s.execute(select(StockBalance.product_id, StockBalance.on_hand).where(
        StockBalance.warehouse_id == warehouse, StockBalance.lot_key == 0)).tuples().all())
    products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(list(need))))}
    lines = [(c, (q - on_hand.get(c, Decimal(0))).quantize(Decimal(1)) + 10) for c, q in need.items()
             if on_hand.get(c, Decimal(0)) < q and not products[c].tracks_lots and c not in finished]
    if not lines:
        return
    doc = StockDocument(kind="receipt", status="draft", doc_date=datetime.combine(date.today() - timedelta(days=30),
                                                                                   datetime.min.time()),
                        warehouse_id=warehouse, comment="demo: materials for the workshop")
    s.add(doc)
    s.flush()
    doc.number = f"{PREFIX['receipt']}-{doc.id:06d}"
    for n, (c, q) in enumerate(lines, start=1):
        s.add(StockDocLine(document_id=doc.id, line_no=n, product_id=c, quantity=q,
                           unit_cost=products[c].purchase_price))
    s.flush()
    post_in(s, doc, confirm_backdated=True)
