"""The products list to Excel: the list's search, category, kind and archived filters and its sort, with
both prices, the category and the minimum stock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select

from app.models import Category, Product, Unit
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.forms import ProductQuery
from app.services.catalog.listing import filtered_products, product_order
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

COLUMNS = (XColumn(msg("SKU"), width=16), XColumn(msg("Name"), width=40), XColumn(msg("Kind"), width=16),
           XColumn(msg("Category"), width=22), XColumn(msg("Unit"), width=8), XColumn(msg("Purchase price"), "money"),
           XColumn(msg("Sale price"), "money"), XColumn(msg("Currency"), width=10), XColumn(msg("VAT %"), "percent", width=8),
           XColumn(msg("Min stock"), "qty", width=12), XColumn(msg("Archived"), width=10))
KIND_TITLES = {"goods": msg("Goods"), "service": msg("Service"), "material": msg("Material"), "finished": msg("Finished product")}


@requires(Area.PRODUCTS, Action.EXPORT)
def export_products(uow: UnitOfWork, path: str | Path, query: ProductQuery = ProductQuery(), *,  # noqa: B008
                    sort: str = "name", descending: bool = False, progress: ExportProgress | None = None) -> int:
    """The products `query` lists, sorted like the list (`sort`, `descending`), as an .xlsx file at `path`;
    returns how many rows were written. Raises ValidationError for an unknown sort or filter."""
    order = product_order(sort, descending)
    with uow:
        s = uow.session
        total = s.scalar(filtered_products(s, select(func.count()).select_from(Product), query)) or 0
        stmt = filtered_products(s, select(
            Product.sku, Product.name, Product.kind, Category.name, Unit.name, Product.purchase_price,
            Product.sale_price, Product.currency, Product.vat_rate, Product.min_stock, Product.archived)
            .join(Unit, Unit.id == Product.unit_id)
            .outerjoin(Category, Category.id == Product.category_id), query).order_by(*order)

        def rows() -> Iterator[tuple]:
            for (sku, name, kind, category, unit, purchase, sale, currency, vat, min_stock,
                 archived) in s.execute(stmt, execution_options={"yield_per": BATCH}):
                yield (sku, name, translated(KIND_TITLES.get(kind, kind)), category or "", unit, purchase, sale, currency, vat,
                       min_stock, msg("Yes") if archived else msg("No"))

        return write_export(path, COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Products"))
