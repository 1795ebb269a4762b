"""Product cards: create, update (with the version the user saw), archive and restore, barcodes."""

from __future__ import annotations

import random
from dataclasses import dataclass
from dataclasses import field as dc_field

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from app.models import Barcode, BarcodeKind, Category, Product, ProductKind, ProductPhoto, Unit, utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.barcodes import code128_error, ean13_error, internal_ean13, normalize_code
from app.services.catalog.common import (
    check_version,
    decimals_of,
    get_or_404,
    parse_decimal,
    raise_if,
    require_name,
)
from app.services.catalog.forms import BarcodeData, ProductCard, ProductForm
from app.services.catalog.keys import product_search_text, sku_key
from app.services.catalog.pricing import product_prices
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

HUNDRED = 100
MONEY_DIGITS = 2
SKU_MAX, NAME_MAX = 60, 300


@dataclass
class CatalogIndex:
    """The SKUs and barcodes already taken, for checking many forms in one transaction without two queries
    each (the importer keeps it up to date as it writes). Values are (product id, SKU, name)."""

    skus: dict[str, tuple[int, str, str]] = dc_field(default_factory=dict)
    barcodes: dict[str, tuple[int, str, str]] = dc_field(default_factory=dict)

    def add(self, product_id: int, values: dict, codes: list[BarcodeData]) -> None:
        owner = (product_id, values["sku"], values["name"])
        self.skus[values["sku_key"]] = owner
        for c in codes:
            self.barcodes[c.code] = owner


def catalog_index(session: Session) -> CatalogIndex:
    """Every product's SKU and barcodes, read at once."""
    index = CatalogIndex()
    for pid, sku, key, name in session.execute(select(Product.id, Product.sku, Product.sku_key, Product.name)):
        index.skus[key] = (pid, sku, name)
    for code, pid, sku, name in session.execute(select(Barcode.code, Product.id, Product.sku, Product.name)
                                                .join(Product, Product.id == Barcode.product_id)):
        index.barcodes[code] = (pid, sku, name)
    return index


def _barcodes(session: Session, form: ProductForm, product_id: int | None,
              errors: dict[str, str], index: CatalogIndex | None = None) -> list[BarcodeData]:
    """The form's barcodes, cleaned and checked: EAN-13 check digit, Code 128 characters, no duplicates
    in the form, and none that belongs to another product (the message names it)."""
    result: list[BarcodeData] = []
    seen: set[str] = set()
    for i, item in enumerate(form.barcodes):
        code, field = normalize_code(item.code), f"barcodes.{i}"
        if not code:
            continue  # an empty line of the editor
        if item.kind not in tuple(BarcodeKind):
            errors[field] = msg("unknown barcode kind {kind!r}", kind=item.kind)
            continue
        problem = ean13_error(code) if item.kind == BarcodeKind.EAN13 else code128_error(code)
        if problem:
            errors[field] = problem
        elif code in seen:
            errors[field] = msg("is listed twice")
        else:
            seen.add(code)
            result.append(BarcodeData(code, item.kind))
    if seen and index is not None:
        owners = {code: index.barcodes[code][1:] for code in seen
                  if code in index.barcodes and index.barcodes[code][0] != product_id}
    elif seen:
        stmt = select(Barcode.code, Product.sku, Product.name).join(Product, Product.id == Barcode.product_id) \
            .where(Barcode.code.in_(seen))
        if product_id is not None:
            stmt = stmt.where(Barcode.product_id != product_id)
        owners = {code: (sku, name) for code, sku, name in session.execute(stmt)}
    if seen:
        for i, item in enumerate(form.barcodes):
            code = normalize_code(item.code)
            if code in owners:
                sku, name = owners[code]
                errors[f"barcodes.{i}"] = msg("already belongs to {sku} “{name}”", sku=sku, name=name)
    return result


def _values(session: Session, form: ProductForm, product_id: int | None,
            index: CatalogIndex | None = None) -> tuple[dict, list[BarcodeData]]:
    """The product's column values from the form; raises ValidationError with every problem found."""
    errors: dict[str, str] = {}
    sku = require_name(form.sku, "sku", errors, max_length=SKU_MAX)
    name = require_name(form.name, "name", errors, max_length=NAME_MAX)
    if sku and "sku" not in errors and index is not None:
        taken = index.skus.get(sku_key(sku))
        if taken is not None and taken[0] != product_id:
            errors["sku"] = msg("is already used by “{name}” ({sku})", name=taken[2], sku=taken[1])
    elif sku and "sku" not in errors:
        stmt = select(Product.sku, Product.name).where(Product.sku_key == sku_key(sku))
        if product_id is not None:
            stmt = stmt.where(Product.id != product_id)
        other = session.execute(stmt).first()
        if other:
            errors["sku"] = msg("is already used by “{name}” ({sku})", name=other.name, sku=other.sku)
    if form.kind not in tuple(ProductKind):
        errors["kind"] = msg("choose goods, service, material or finished product")
    unit = session.get(Unit, form.unit_id) if form.unit_id is not None else None
    if unit is None:
        errors["unit_id"] = msg("is required")
    if form.category_id is not None and session.get(Category, form.category_id) is None:
        errors["category_id"] = msg("no longer exists")
    values: dict = {}
    for field in ("purchase_price", "sale_price"):
        price = parse_decimal(getattr(form, field), field, errors)
        if price is not None:
            if price < 0:
                errors[field] = msg("cannot be negative")
            elif decimals_of(price) > MONEY_DIGITS:
                errors[field] = msg("has more than two decimals")
            values[field] = price
    vat = parse_decimal(form.vat_rate, "vat_rate", errors)
    if vat is not None:
        if not 0 <= vat <= HUNDRED:
            errors["vat_rate"] = msg("must be between 0 and 100 %")
        elif decimals_of(vat) > 2:
            errors["vat_rate"] = msg("has more than two decimals")
    min_stock = parse_decimal(form.min_stock, "min_stock", errors)
    if min_stock is not None:
        if min_stock < 0:
            errors["min_stock"] = msg("cannot be negative")
        elif unit is not None and decimals_of(min_stock) > unit.decimals:
            errors["min_stock"] = (msg("“{name}” is counted in whole numbers", name=unit.name) if unit.decimals == 0
                                   else msg("“{name}” allows at most {decimals} decimals", name=unit.name, decimals=unit.decimals))
        elif form.kind == ProductKind.SERVICE and min_stock > 0:
            errors["min_stock"] = msg("a service is not kept in stock")
    weight = parse_decimal(form.weight_kg, "weight_kg", errors, required=False)
    if weight is not None and (weight < 0 or decimals_of(weight) > 3):
        errors["weight_kg"] = msg("must be zero or more, with at most three decimals")
    currency = v.clean(form.currency).upper()
    if not (len(currency) == 3 and currency.isalpha() and currency.isascii()):
        errors["currency"] = msg("is a three-letter code such as USD")
    if form.tracks_lots and form.kind == ProductKind.SERVICE:
        errors["tracks_lots"] = msg("a service has no lots")
    codes = _barcodes(session, form, product_id, errors, index)
    raise_if(errors)
    values.update(
        sku=sku, sku_key=sku_key(sku), name=name, name_key=v.fold(name), kind=form.kind,
        category_id=form.category_id, unit_id=unit.id, vat_rate=vat, min_stock=min_stock, weight_kg=weight,
        currency=currency, tracks_lots=form.tracks_lots, description=(form.description or "").strip(),
        search_text=product_search_text(sku, name, [c.code for c in codes]))
    return values, codes


def product_values(session: Session, form: ProductForm, product_id: int | None, *,
                   index: CatalogIndex | None = None) -> tuple[dict, list[BarcodeData]]:
    """The checked column values and barcodes of `form` (the importer checks rows through this, with an
    `index` of the SKUs and barcodes taken); raises ValidationError with every problem found."""
    return _values(session, form, product_id, index)


def update_product_in(session: Session, product_id: int, values: dict, codes: list[BarcodeData]) -> None:
    """Write checked `product_values` over a product without committing."""
    product = get_or_404(session, Product, product_id, "product")
    _save_barcodes(session, product_id, codes)
    for key, value in values.items():
        setattr(product, key, value)
    product.updated_at = utcnow()
    session.flush()


def insert_products_in(session: Session, items: list[tuple[dict, list[BarcodeData]]]) -> list[int]:
    """Insert many checked products with their barcodes at once, without committing; their ids in order."""
    if not items:
        return []
    now, user_id = utcnow(), session.info.get("user_id")
    audit = {"archived": False, "version": 1, "created_at": now, "updated_at": now, "created_by_id": user_id,
             "updated_by_id": user_id}
    ids = list(session.scalars(insert(Product).returning(Product.id, sort_by_parameter_order=True),
                               [{**audit, **values} for values, _ in items]))
    codes = [{"product_id": pid, "code": c.code, "kind": c.kind} for pid, (_, cs) in zip(ids, items, strict=True)
             for c in cs]
    if codes:
        session.execute(insert(Barcode), codes)
    return ids


def _save_barcodes(session: Session, product_id: int, codes: list[BarcodeData]) -> None:
    """Replace the product's barcodes; removed codes go first so a code may move between its lines."""
    keep = {c.code: c.kind for c in codes}
    current = dict(session.execute(select(Barcode.code, Barcode.id).where(Barcode.product_id == product_id)).all())
    gone = [ident for code, ident in current.items() if code not in keep]
    if gone:
        session.execute(delete(Barcode).where(Barcode.id.in_(gone)))
    for code, kind in keep.items():
        if code in current:
            session.execute(Barcode.__table__.update().where(Barcode.id == current[code]).values(kind=kind))
    new = [{"product_id": product_id, "code": c.code, "kind": c.kind} for c in codes if c.code not in current]
    if new:
        session.execute(insert(Barcode), new)


def product_card(session: Session, product: Product) -> ProductCard:
    codes = session.execute(select(Barcode.code, Barcode.kind).where(Barcode.product_id == product.id)
                            .order_by(Barcode.id)).all()
    form = ProductForm(
        sku=product.sku, name=product.name, kind=product.kind, category_id=product.category_id,
        unit_id=product.unit_id, purchase_price=product.purchase_price, sale_price=product.sale_price,
        currency=product.currency, vat_rate=product.vat_rate, min_stock=product.min_stock,
        weight_kg=product.weight_kg, tracks_lots=product.tracks_lots, description=product.description,
        barcodes=tuple(BarcodeData(code, kind) for code, kind in codes))
    unit = session.get(Unit, product.unit_id)
    category = session.get(Category, product.category_id) if product.category_id else None
    has_photo = session.scalar(select(ProductPhoto.product_id).where(ProductPhoto.product_id == product.id))
    return ProductCard(product.id, product.version, form, product.archived, has_photo is not None,
                       unit.name if unit else "", category.name if category else "",
                       tuple(product_prices(session, product)))


@requires(Area.PRODUCTS, Action.CREATE)
def create_product(uow: UnitOfWork, form: ProductForm) -> ProductCard:
    """A new product with its barcodes; raises ValidationError (every field's problem at once)."""
    with uow:
        s = uow.session
        values, codes = _values(s, form, None)
        product = Product(archived=False, **values)
        s.add(product)
        s.flush()
        _save_barcodes(s, product.id, codes)
        card = product_card(s, product)
        uow.commit()
        return card


@requires(Area.PRODUCTS, Action.VIEW)
def load_product(uow: UnitOfWork, product_id: int) -> ProductCard:
    """The product card with barcodes and its price on every active list; raises NotFound."""
    with uow:
        return product_card(uow.session, get_or_404(uow.session, Product, product_id, "product"))


@requires(Area.PRODUCTS, Action.EDIT)
def update_product(uow: UnitOfWork, product_id: int, form: ProductForm, *, expected_version: int) -> ProductCard:
    """Save the card; raises ValidationError, NotFound or ConcurrentEdit (someone saved it meanwhile)."""
    with uow:
        s = uow.session
        product = get_or_404(s, Product, product_id, "product")
        check_version(s, product, expected_version, "product", product_card(s, product))
        values, codes = _values(s, form, product_id)
        _save_barcodes(s, product_id, codes)
        for key, value in values.items():
            setattr(product, key, value)
        # Barcodes live in their own table: touching the row makes every save a new version.
        product.updated_at = utcnow()
        s.flush()
        card = product_card(s, product)
        uow.commit()
        return card


@requires(Area.PRODUCTS, Action.EDIT)
def set_product_archived(uow: UnitOfWork, product_id: int, archived: bool, *,
                         expected_version: int) -> ProductCard:
    """Archive (hide from lists and new documents) or restore a product; its history stays."""
    with uow:
        s = uow.session
        product = get_or_404(s, Product, product_id, "product")
        check_version(s, product, expected_version, "product", product_card(s, product))
        product.archived = archived
        s.flush()
        card = product_card(s, product)
        uow.commit()
        return card


@requires(Area.PRODUCTS, Action.VIEW)
def generate_ean13(uow: UnitOfWork, *, rng: random.Random | None = None) -> str:
    """A fresh internal EAN-13 (prefix 200–299, correct check digit) that no product uses yet."""
    rng = rng or random.Random()
    with uow:
        for _ in range(100):
            code = internal_ean13(rng)
            if uow.session.scalar(select(Barcode.id).where(Barcode.code == code)) is None:
                return code
    raise ValidationError({"barcodes": msg("could not find a free internal barcode; try again")})
