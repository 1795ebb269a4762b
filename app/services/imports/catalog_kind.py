"""Importing products (updated by SKU) and price-list prices (updated by price list and SKU), checked by
the catalog services' own rules (app.services.catalog)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Barcode, BarcodeKind, Category, Price, PriceList, Product, ProductKind, Unit
from app.services.catalog.common import decimals_of, parse_decimal
from app.services.catalog.forms import BarcodeData, ProductForm
from app.services.catalog.keys import sku_key
from app.services.catalog.products import catalog_index, insert_products_in, product_values, update_product_in
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.imports.cells import key, number_input, text

# Form field → import field, for the catalog's messages.
PRODUCT_PATHS = {"sku": "sku", "name": "name", "kind": "kind", "unit_id": "unit", "category_id": "category",
                 "purchase_price": "purchase_price", "sale_price": "sale_price", "currency": "currency",
                 "vat_rate": "vat_rate", "min_stock": "min_stock", "barcodes.0": "barcode",
                 "description": "description"}
NUMBER_FIELDS = ("purchase_price", "sale_price", "vat_rate", "min_stock")
BATCH = 1000


def _form_of(s: Session, product: Product) -> ProductForm:
    codes = s.execute(select(Barcode.code, Barcode.kind).where(Barcode.product_id == product.id)
                      .order_by(Barcode.id)).all()
    return ProductForm(
        sku=product.sku, name=product.name, kind=product.kind, category_id=product.category_id,
        unit_id=product.unit_id, purchase_price=product.purchase_price, sale_price=product.sale_price,
        currency=product.currency, vat_rate=product.vat_rate, min_stock=product.min_stock,
        weight_kg=product.weight_kg, tracks_lots=product.tracks_lots, description=product.description,
        barcodes=tuple(BarcodeData(code, kind) for code, kind in codes))


class ProductsKind:
    key_fields = ("sku",)
    entity = "product"

    def __init__(self, session: Session):
        self.s = session
        # Held here so the session's (weak) identity map keeps them: the catalog's checks `get` them per row.
        self._loaded = list(session.scalars(select(Unit))) + list(session.scalars(select(Category)
                                                                                 .order_by(Category.id)))
        self.units = {u.name_key: u.id for u in self._loaded if isinstance(u, Unit)}
        self.categories: dict[str, int] = {}
        for c in self._loaded:
            if isinstance(c, Category):
                self.categories.setdefault(c.name_key, c.id)
        self.kinds = {k.value: k.value for k in ProductKind}
        self.index = catalog_index(session)
        # New products wait here and go in by the thousand; until then they hold ids below zero.
        self.pending: list[tuple[dict, list[BarcodeData]]] = []

    def key(self, values: dict[str, Any]) -> tuple[str, str] | None:
        sku = text(values.get("sku"))
        return ("sku", sku_key(sku)) if sku else None

    def check(self, values: dict[str, Any]) -> tuple[Any, dict[str, str]]:
        errors: dict[str, str] = {}
        t = {name: text(values.get(name)) for name in ("sku", "name", "unit", "kind", "category", "currency",
                                                        "barcode", "description")}
        known = self.index.skus.get(sku_key(t["sku"])) if t["sku"] else None
        existing = self.s.get(Product, known[0]) if known is not None and known[0] > 0 else None
        form = _form_of(self.s, existing) if existing is not None else ProductForm()
        changes: dict[str, Any] = {"sku": t["sku"], "name": t["name"]}
        if t["unit"]:
            unit_id = self.units.get(key(t["unit"]))
            if unit_id is None:
                errors["unit"] = msg("there is no unit “{unit}” (add it under Products → Units)", unit=t['unit'])
            changes["unit_id"] = unit_id
        elif existing is None:
            errors["unit"] = msg("is required")
        if t["kind"]:
            changes["kind"] = self.kinds.get(key(t["kind"]), t["kind"])
        if t["category"]:
            category_id = self.categories.get(key(t["category"]))
            if category_id is None:
                errors["category"] = msg("there is no category “{category}”", category=t['category'])
            changes["category_id"] = category_id
        for field in NUMBER_FIELDS:
            raw, problem = number_input(values.get(field))
            if problem:
                errors[field] = problem
            elif raw is not None:
                number = parse_decimal(raw, field, errors)
                if number is not None:
                    changes[field] = number
        if t["currency"]:
            changes["currency"] = t["currency"]
        if t["description"]:
            changes["description"] = t["description"]
        if t["barcode"]:
            kind = BarcodeKind.EAN13 if len(t["barcode"]) == 13 and t["barcode"].isdigit() else BarcodeKind.CODE128
            others = tuple(b for b in form.barcodes if b.code != t["barcode"])
            changes["barcodes"] = (BarcodeData(t["barcode"], kind), *others)
        form = replace(form, **changes)
        try:
            values_, codes = product_values(self.s, form, existing.id if existing is not None else None,
                                            index=self.index)
        except ValidationError as exc:
            for path, message in exc.errors.items():
                field = PRODUCT_PATHS.get(path, "barcode" if path.startswith("barcodes") else "sku")
                errors.setdefault(field, message)
        if errors:
            return None, errors
        return (existing.id if existing is not None else None, values_, codes), {}

    def write(self, payload: Any) -> str:
        product_id, values, codes = payload
        if product_id is not None:
            update_product_in(self.s, product_id, values, codes)
            self.index.add(product_id, values, codes)
            return "updated"
        self.pending.append((values, codes))
        self.index.add(-len(self.pending), values, codes)
        if len(self.pending) % BATCH == 0:
            insert_products_in(self.s, self.pending[-BATCH:])
        return "created"

    def finish(self) -> list[str]:
        insert_products_in(self.s, self.pending[len(self.pending) - len(self.pending) % BATCH:])
        return []


class PricesKind:
    key_fields = ("price_list", "sku")
    entity = "price"

    def __init__(self, session: Session):
        self.s = session
        self.lists = {pl.name_key: pl.id for pl in session.scalars(select(PriceList)
                                                                   .where(PriceList.archived.is_(False)))}
        self.base_id = session.scalar(select(PriceList.id).where(PriceList.is_base.is_(True))
                                      .order_by(PriceList.id).limit(1))

    def key(self, values: dict[str, Any]) -> tuple[str, str] | None:
        sku = text(values.get("sku"))
        return ("sku", f"{key(values.get('price_list'))}\x00{sku_key(sku)}") if sku else None

    def check(self, values: dict[str, Any]) -> tuple[Any, dict[str, str]]:
        errors: dict[str, str] = {}
        list_name, sku = text(values.get("price_list")), text(values.get("sku"))
        list_id = self.lists.get(key(list_name)) if list_name else self.base_id
        if list_id is None:
            errors["price_list"] = msg("there is no active price list “{list_name}”", list_name=list_name) if list_name \
                else msg("there is no base price list")
        product_id = self.s.scalar(select(Product.id).where(Product.sku_key == sku_key(sku))) if sku else None
        if not sku:
            errors["sku"] = msg("is required")
        elif product_id is None:
            errors["sku"] = msg("there is no product with SKU “{sku}”", sku=sku)
        raw, problem = number_input(values.get("price"))
        price: Decimal | None = None
        if problem:
            errors["price"] = problem
        else:
            price = parse_decimal(raw, "price", errors)
            if price is not None and price < 0:
                errors["price"] = msg("cannot be negative")
            elif price is not None and decimals_of(price) > 2:
                errors["price"] = msg("has more than two decimals")
        if errors:
            return None, errors
        return (list_id, product_id, price), {}

    def write(self, payload: Any) -> str:
        list_id, product_id, price = payload
        row = self.s.scalars(select(Price).where(Price.price_list_id == list_id,
                                                 Price.product_id == product_id)).one_or_none()
        if row is None:
            self.s.add(Price(price_list_id=list_id, product_id=product_id, price=price))
            self.s.flush()
            return "created"
        row.price = price
        self.s.flush()
        return "updated"

    def finish(self) -> list[str]:
        return []
