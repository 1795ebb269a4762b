"""The products list: counted and paged, sorted, searched and filtered in SQL."""

from __future__ import annotations

from sqlalchemy import Select, func, select

from app.models import Barcode, Product, Unit
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.barcodes import normalize_code
from app.services.catalog.categories import subtree_ids
from app.services.catalog.forms import ProductQuery, ProductRow
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

SORT_KEYS = ("sku", "name", "kind", "unit", "sale_price", "vat_rate", "min_stock", "barcode", "archived")
ARCHIVED_FILTERS = ("active", "archived", "all")


def _first_barcode():
    return (select(Barcode.code).where(Barcode.product_id == Product.id).order_by(Barcode.id).limit(1)
            .correlate(Product).scalar_subquery())


def _filtered(session, stmt: Select, query: ProductQuery) -> Select:
    if query.archived not in ARCHIVED_FILTERS:
        raise ValidationError({"archived": msg("is one of {choices}", choices=', '.join(ARCHIVED_FILTERS))})
    if query.archived != "all":
        stmt = stmt.where(Product.archived.is_(query.archived == "archived"))
    if query.kind:
        stmt = stmt.where(Product.kind == query.kind)
    if query.category_id is not None:
        stmt = stmt.where(Product.category_id.in_(subtree_ids(session, query.category_id)))
    text = v.fold(v.clean(query.search))
    if text:
        stmt = stmt.where(Product.search_text.contains(text, autoescape=True))
    return stmt


def product_order(sort: str, descending: bool, barcode=None) -> tuple:
    """ORDER BY terms for the products list sorted by `sort` (ties by id); the statement joins Unit."""
    if sort not in SORT_KEYS:
        raise ValidationError({"sort": msg("cannot sort by {sort}", sort=sort)})
    key = {"sku": Product.sku_key, "name": Product.name_key, "kind": Product.kind, "unit": Unit.name_key,
           "sale_price": Product.sale_price, "vat_rate": Product.vat_rate, "min_stock": Product.min_stock,
           "barcode": barcode if barcode is not None else _first_barcode(), "archived": Product.archived}[sort]
    # Explicit NULLS placement so that descending is ascending exactly reversed on both databases.
    return (key.desc().nulls_first(), Product.id.desc()) if descending else (key.asc().nulls_last(),
                                                                             Product.id.asc())


def filtered_products(session, stmt: Select, query: ProductQuery) -> Select:
    """`stmt` narrowed to the products `query` lists (search, kind, category subtree, archived)."""
    return _filtered(session, stmt, query)


def _page(session, query: ProductQuery, sort: str, descending: bool, offset: int, limit: int) -> list[ProductRow]:
    barcode = _first_barcode()
    order = product_order(sort, descending, barcode)
    stmt = _filtered(session, select(
        Product.id, Product.version, Product.sku, Product.name, Product.kind, Unit.name, Product.sale_price,
        Product.currency, Product.vat_rate, Product.min_stock, barcode, Product.archived, Product.category_id,
    ).join(Unit, Unit.id == Product.unit_id), query)
    stmt = stmt.order_by(*order).offset(offset).limit(limit)
    return [ProductRow(ident, version, sku, name, kind, unit, price, currency, vat, min_stock, code or "",
                       archived, category_id)
            for (ident, version, sku, name, kind, unit, price, currency, vat, min_stock, code, archived,
                 category_id) in session.execute(stmt)]


@requires(Area.PRODUCTS, Action.VIEW)
def products_first(uow: UnitOfWork, query: ProductQuery, sort: str = "name", descending: bool = False,
                   limit: int = 100) -> tuple[int, list[ProductRow]]:
    """How many products match, and the first page of them."""
    with uow:
        s = uow.session
        count = s.scalar(_filtered(s, select(func.count()).select_from(Product), query))
        return count, _page(s, query, sort, descending, 0, limit)


@requires(Area.PRODUCTS, Action.VIEW)
def products_page(uow: UnitOfWork, query: ProductQuery, sort: str = "name", descending: bool = False,
                  offset: int = 0, limit: int = 100) -> list[ProductRow]:
    """One page of the matching products."""
    with uow:
        return _page(uow.session, query, sort, descending, offset, limit)


@requires(Area.PRODUCTS, Action.VIEW)
def product_by_barcode(uow: UnitOfWork, code: str) -> ProductRow | None:
    """The product a scanned code belongs to (archived ones too), or None."""
    with uow:
        s = uow.session
        product_id = s.scalar(select(Barcode.product_id).where(Barcode.code == normalize_code(code)))
        if product_id is None:
            return None
        sku = s.scalar(select(Product.sku).where(Product.id == product_id))
        rows = _page(s, ProductQuery(search=sku, archived="all"), "sku", False, 0, 50)
        return next(r for r in rows if r.id == product_id)
