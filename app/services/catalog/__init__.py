"""The catalog: products, units, categories, barcodes, photos, price lists and labels."""

from app.services.catalog.barcodes import ean13_check_digit, ean13_error
from app.services.catalog.categories import (
    add_category,
    delete_category,
    list_categories,
    move_category,
    rename_category,
)
from app.services.catalog.forms import (
    BarcodeData,
    CategoryRow,
    ClientTerms,
    LabelData,
    ListPriceRow,
    PriceListRow,
    PriceQuote,
    ProductCard,
    ProductForm,
    ProductPrice,
    ProductQuery,
    ProductRow,
    UnitRow,
)
from app.services.catalog.labels import LAYOUTS, label_data, render_labels
from app.services.catalog.listing import product_by_barcode, products_first, products_page
from app.services.catalog.photos import Photo, clear_photo, load_photo, set_photo
from app.services.catalog.pricing import (
    client_terms,
    create_price_list,
    list_price_lists,
    list_prices,
    price_for,
    round_money,
    set_client_terms,
    set_price,
    set_price_list_archived,
    update_price_list,
)
from app.services.catalog.products import (
    create_product,
    generate_ean13,
    load_product,
    set_product_archived,
    update_product,
)
from app.services.catalog.units import add_unit, delete_unit, list_units, update_unit

__all__ = [
    "ean13_check_digit", "ean13_error", "add_category", "delete_category", "list_categories", "move_category",
    "rename_category", "BarcodeData", "CategoryRow", "ClientTerms", "LabelData", "ListPriceRow", "PriceListRow",
    "PriceQuote", "ProductCard", "ProductForm", "ProductPrice", "ProductQuery", "ProductRow", "UnitRow", "LAYOUTS",
    "label_data", "render_labels", "product_by_barcode", "products_first", "products_page", "Photo",
    "clear_photo", "load_photo", "set_photo", "client_terms", "create_price_list", "list_price_lists",
    "list_prices", "price_for", "round_money", "set_client_terms", "set_price", "set_price_list_archived",
    "update_price_list", "create_product", "generate_ean13", "load_product", "set_product_archived",
    "update_product", "add_unit", "delete_unit", "list_units", "update_unit",
]
