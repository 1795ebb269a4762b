"""Demo catalog: units, a category tree, about a hundred products with barcodes, and price lists."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.models import (
    Barcode,
    BarcodeKind,
    Category,
    ClientPriceTerms,
    Price,
    PriceList,
    Product,
    ProductKind,
    Unit,
)
from app.services import validation as v
from app.services.catalog.barcodes import internal_ean13
from app.services.catalog.keys import product_search_text, sku_key

UNITS = [("pcs", 0), ("kg", 3), ("m", 2), ("l", 3), ("pack", 0), ("hour", 2)]
# category path -> (unit, kind, [(name, purchase price)])
CATALOG: dict[tuple[str, ...], tuple[str, ProductKind, list[tuple[str, str]]]] = {
    ("Pumps", "Centrifugal"): ("pcs", ProductKind.GOODS, [
        ("Centrifugal pump CP-40", "310.00"), ("Centrifugal pump CP-65", "455.00"),
        ("Насос центробежный ЦН-80", "612.50"), ("پمپ سانتریفیوژ آریا ۱۰۰", "705.00"),
        ("مضخة طرد مركزي الخليج CP-50", "398.00")]),
    ("Pumps", "Submersible"): ("pcs", ProductKind.GOODS, [
        ("Submersible pump SP-2", "188.00"), ("Drainage pump DP-1", "96.40"), ("Borehole pump 4\"", "420.00"),
        ("مضخة غاطسة للآبار 4 بوصة", "436.00"), ("پمپ شناور چاه عمیق", "451.00")]),
    ("Valves",): ("pcs", ProductKind.GOODS, [
        ("Ball valve DN15", "6.20"), ("Ball valve DN25", "9.80"), ("Gate valve DN50", "41.00"),
        ("Check valve DN32", "14.30"), ("Клапан обратный DN40", "18.90"), ("شیر توپی برنجی ۱ اینچ", "11.40"),
        ("صمام كروي نحاسي DN20", "7.90"), ("صمام بوابة DN80", "63.00")]),
    ("Pipes and fittings", "Steel"): ("m", ProductKind.GOODS, [
        ("Steel pipe 57x3.5", "7.45"), ("Steel pipe 76x3.5", "9.90"), ("Steel pipe 108x4", "15.20"),
        ("Труба стальная 89x3.5", "11.80"), ("لوله فولادی ۲ اینچ", "8.60"), ("أنبوب فولاذ مجلفن 2 بوصة", "8.95")]),
    ("Pipes and fittings", "Plastic"): ("m", ProductKind.GOODS, [
        ("PPR pipe 20 mm", "0.85"), ("PPR pipe 32 mm", "1.60"), ("HDPE pipe 63 mm", "2.75")]),
    ("Pipes and fittings", "Fittings"): ("pcs", ProductKind.GOODS, [
        ("Elbow 90° DN50", "3.10"), ("Tee DN25", "1.95"), ("Coupling 1\"", "0.90"), ("Flange DN80", "12.60")]),
    ("Raw materials",): ("kg", ProductKind.MATERIAL, [
        ("Steel sheet 2 mm", "1.12"), ("Copper wire 2.5", "9.40"), ("Paint RAL 7035", "6.80"),
        ("Welding electrodes 3 mm", "3.35"), ("Сталь листовая 3 мм", "1.18")]),
    ("Chemicals",): ("l", ProductKind.MATERIAL, [
        ("Antifreeze concentrate", "3.90"), ("Degreaser", "4.75"), ("Hydraulic oil HLP 46", "2.95"),
        ("زيت هيدروليكي HLP 68", "3.10")]),
    ("Own production",): ("pcs", ProductKind.FINISHED, [
        ("Pump station PS-1", "1450.00"), ("Control cabinet CC-3", "890.00"), ("Manifold block MB-6", "214.00"),
        ("ایستگاه پمپاژ آریا", "1620.00")]),
    ("Packaging",): ("pack", ProductKind.GOODS, [
        ("Stretch film 500 mm", "8.10"), ("Cardboard box 60x40x40 (10)", "7.20"), ("Packing tape (6)", "5.40")]),
    ("Services",): ("hour", ProductKind.SERVICE, [
        ("Installation works", "0"), ("Commissioning", "0"), ("Service visit", "0"), ("Engineering design", "0")]),
}
PRICE_LISTS = [("Base", None), ("Retail", Decimal("5")), ("Wholesale", Decimal("-10")), ("Dealer", Decimal("-15"))]
SERVICE_RATES = {"Installation works": "45.00", "Commissioning": "60.00", "Service visit": "35.00",
                 "Engineering design": "75.00"}
VAT_RATES = [Decimal("20.00"), Decimal("20.00"), Decimal("10.00"), Decimal("0.00")]
CENT = Decimal("0.01")


def _audit(acting_user_id: int | None, at: datetime) -> dict:
    return {"created_at": at, "updated_at": at, "version": 1, "created_by_id": acting_user_id,
            "updated_by_id": acting_user_id}


def _units(s: Session, audit: dict) -> dict[str, int]:
    have = dict(s.execute(select(Unit.name_key, Unit.id)).tuples().all())
    missing = [{"name": name, "name_key": v.fold(name), "decimals": decimals, **audit}
               for name, decimals in UNITS if v.fold(name) not in have]
    if missing:
        s.execute(insert(Unit), missing)
        have = dict(s.execute(select(Unit.name_key, Unit.id)).tuples().all())
    return {name: have[v.fold(name)] for name, _ in UNITS}


def _category(s: Session, path: tuple[str, ...], audit: dict, made: dict[tuple[str, ...], int]) -> int:
    """The id of the category at `path`, creating the missing nodes."""
    parent_id: int | None = None
    for depth in range(1, len(path) + 1):
        prefix = path[:depth]
        if prefix not in made:
            name = prefix[-1]
            found = s.scalar(select(Category.id).where(Category.parent_id.is_(parent_id) if parent_id is None
                                                       else Category.parent_id == parent_id,
                                                       Category.name_key == v.fold(name)))
            if found is None:
                found = s.execute(insert(Category).returning(Category.id),
                                  [{"parent_id": parent_id, "name": name, "name_key": v.fold(name), **audit}]
                                  ).scalar_one()
            made[prefix] = found
        parent_id = made[prefix]
    return made[path]


def _price_lists(s: Session, audit: dict) -> dict[str, int]:
    have = dict(s.execute(select(PriceList.name_key, PriceList.id)).tuples().all())
    base_id = have.get("base") or s.scalar(select(PriceList.id).where(PriceList.is_base.is_(True)))
    if base_id is None:
        base_id = s.execute(insert(PriceList).returning(PriceList.id), [{
            "name": "Base", "name_key": "base", "is_base": True, "base_list_id": None, "rule_percent": None,
            "currency": "USD", "archived": False, **audit}]).scalar_one()
    ids = {"Base": base_id}
    for name, percent in PRICE_LISTS[1:]:
        key = v.fold(name)
        if key not in have:
            have[key] = s.execute(insert(PriceList).returning(PriceList.id), [{
                "name": name, "name_key": key, "is_base": False, "base_list_id": base_id, "rule_percent": percent,
                "currency": "USD", "archived": False, **audit}]).scalar_one()
        ids[name] = have[key]
    return ids


def seed_catalog(s: Session, *, rng: random.Random, now: datetime, acting_user_id: int | None,
                 client_ids: Sequence[int] = ()) -> dict[str, list[int]]:
    """Seed (or top up) the demo catalog and return its ids by kind: "units", "categories", "products",
    "price_lists" (the base list first). Running it again adds nothing twice. When `client_ids` are given,
    about a quarter of those clients get a price list and a personal discount."""
    audit = _audit(acting_user_id, now - timedelta(days=200))
    units = _units(s, audit)
    lists = _price_lists(s, audit)
    categories: dict[tuple[str, ...], int] = {}
    existing = set(s.scalars(select(Product.sku_key)))
    products, barcodes, seen_codes = [], [], set(s.scalars(select(Barcode.code)))
    number = 0
    for path, (unit, kind, items) in CATALOG.items():
        category_id = _category(s, path, audit, categories)
        for name, purchase in items:
            number += 1
            sku = f"KRV-{number:04d}"
            if sku_key(sku) in existing:
                continue
            cost = Decimal(purchase)
            sale = (Decimal(SERVICE_RATES[name]) if kind == ProductKind.SERVICE
                    else (cost * Decimal(rng.choice(["1.25", "1.35", "1.5", "1.8"]))).quantize(CENT))
            codes = []
            if kind != ProductKind.SERVICE:
                code = internal_ean13(rng)
                while code in seen_codes:
                    code = internal_ean13(rng)
                seen_codes.add(code)
                codes.append((code, BarcodeKind.EAN13))
                if rng.random() < 0.2:
                    codes.append((f"{sku}-B", BarcodeKind.CODE128))
            created = now - timedelta(days=rng.randint(30, 400))
            products.append({
                "sku": sku, "sku_key": sku_key(sku), "name": name, "name_key": v.fold(name), "kind": kind,
                "category_id": category_id, "unit_id": units[unit], "purchase_price": cost, "sale_price": sale,
                "currency": "USD", "vat_rate": rng.choice(VAT_RATES),
                "min_stock": Decimal(rng.choice([0, 5, 10, 20, 50])) if kind != ProductKind.SERVICE else Decimal(0),
                "weight_kg": (Decimal(rng.randint(1, 5000)) / 100) if unit == "pcs" else None,
                "tracks_lots": path == ("Chemicals",), "description": "", "archived": number % 37 == 0,
                "search_text": product_search_text(sku, name, [c for c, _ in codes]),
                **_audit(acting_user_id, created)})
            barcodes.append((sku_key(sku), codes))
    if products:
        s.execute(insert(Product), products)
    by_key = dict(s.execute(select(Product.sku_key, Product.id).where(Product.sku_key.like("krv-%"))).tuples().all())
    code_rows = [{"product_id": by_key[key], "code": code, "kind": kind}
                 for key, codes in barcodes for code, kind in codes]
    if code_rows:
        s.execute(insert(Barcode), code_rows)
    new_ids = [by_key[p["sku_key"]] for p in products]
    # The base list carries every product's sale price; the dealer list overrides a few explicitly.
    price_rows = [{"price_list_id": lists["Base"], "product_id": by_key[p["sku_key"]], "price": p["sale_price"],
                   **audit} for p in products]
    price_rows += [{"price_list_id": lists["Dealer"], "product_id": by_key[p["sku_key"]],
                    "price": (p["sale_price"] * Decimal("0.8")).quantize(CENT), **audit}
                   for p in products if rng.random() < 0.2]
    if price_rows:
        s.execute(insert(Price), price_rows)
    with_terms = set(s.scalars(select(ClientPriceTerms.client_id)))
    terms = [{"client_id": cid, "price_list_id": lists[rng.choice(["Wholesale", "Dealer", "Retail"])],
              "discount_percent": Decimal(rng.choice([0, 0, 2, 3, 5])), **audit}
             for cid in client_ids if cid not in with_terms and rng.random() < 0.25]
    if terms:
        s.execute(insert(ClientPriceTerms), terms)
    s.flush()
    return {"units": list(units.values()), "categories": sorted(set(categories.values())),
            "products": sorted(by_key.values()), "price_lists": list(lists.values()),
            "new_products": new_ids}
