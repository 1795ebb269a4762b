"""Catalog screens: the products workspace, the product card, labels, units, price lists, client pricing."""

from app.ui.catalog.client_pricing import ClientPricingPanel
from app.ui.catalog.price_lists_dialog import PriceListsDialog
from app.ui.catalog.product_dialog import ProductDialog
from app.ui.catalog.units_dialog import UnitsDialog
from app.ui.catalog.workspace import ProductsWorkspace

__all__ = ["ClientPricingPanel", "PriceListsDialog", "ProductDialog", "ProductsWorkspace", "UnitsDialog"]
