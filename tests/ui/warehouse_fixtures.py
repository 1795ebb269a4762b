"""A small shop for the warehouse screen tests: units, products with barcodes (one lot-tracked, one with a
Persian name), two warehouses, a supplier and a customer, and a clerk with a PIN."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from app.models import Barcode, Product, Unit
from app.services.catalog.barcodes import ean13_check_digit
from app.services.clients import ClientForm
from app.services.context import ServiceContext
from app.services.stock import StockDocForm, StockLineData

D = Decimal
TEA_EAN = "4006381333931"
CLERK_PIN = "4321"


def ean(first12: str) -> str:
    return first12 + str(ean13_check_digit(first12))


@dataclass
class Shop:
    ctx: ServiceContext
    products: dict[str, int]       # by SKU
    barcodes: dict[str, str]       # SKU -> EAN-13
    main: int                      # warehouse ids
    tabriz: int
    supplier: int                  # client ids
    customer: int
    clerk: object                  # UserRow of the second clerk (PIN CLERK_PIN)
    admin: object                  # UserRow of the logged-in admin


def add_products(ctx: ServiceContext) -> tuple[dict[str, int], dict[str, str]]:
    """Catalog rows by plain inserts (the catalog services are another area's)."""
    barcodes = {"TEA-100": TEA_EAN, "RICE-5": ean("200000000001"), "MILK-1": ean("200000000002"),
                "CARPET-CL": ean("200000000003")}
    with ctx.session_factory() as s:
        pcs = Unit(name="pcs", name_key="pcs", decimals=0)
        kg = Unit(name="kg", name_key="kg", decimals=3)
        s.add_all([pcs, kg])
        s.flush()
        specs = [("TEA-100", "Green tea 100 g", pcs, False, "5"), ("RICE-5", "Basmati rice", kg, False, "0"),
                 ("MILK-1", "شیر پاستوریزه", pcs, True, "0"), ("CARPET-CL", "Carpet cleaner", pcs, False, "10")]
        products = {}
        for sku, name, unit, lots, min_stock in specs:
            p = Product(sku=sku, sku_key=sku.casefold(), name=name, name_key=name.casefold(), unit_id=unit.id,
                        tracks_lots=lots, min_stock=D(min_stock), purchase_price=D("2.50"), sale_price=D("4.00"),
                        search_text=f"{sku} {name} {barcodes[sku]}".casefold())
            s.add(p)
            s.flush()
            s.add(Barcode(product_id=p.id, code=barcodes[sku], kind="ean13"))
            products[sku] = p.id
        s.commit()
    return products, barcodes


def make_shop(ctx: ServiceContext) -> Shop:
    products, barcodes = add_products(ctx)
    main = ctx.stock.create_warehouse(name="Main warehouse", address="Tehran, Valiasr 12").id
    tabriz = ctx.stock.create_warehouse(name="Tabriz store").id
    supplier = ctx.clients.create_client(ClientForm(display_name="Romashka LLC", roles=frozenset({"supplier"}))).id
    customer = ctx.clients.create_client(ClientForm(display_name="شرکت آریا", roles=frozenset({"customer"}))).id
    clerk = ctx.users.add_user("bahram", full_name="Bahram Karimi", password="bahram-pass-1")
    ctx.stock.set_clerk_pin(clerk.id, pin=CLERK_PIN)
    admin = next(u for u in ctx.users.list_users() if u.id == ctx.user_id)
    return Shop(ctx, products, barcodes, main, tabriz, supplier, customer, clerk, admin)


def post_receipt(shop: Shop, lines: dict[str, str], *, warehouse: int | None = None, cost: str = "2.50",
                 lot: str = "") -> object:
    """A posted receipt of {sku: quantity} into a warehouse (main by default)."""
    ctx = shop.ctx
    form = StockDocForm(kind="receipt", warehouse_id=warehouse or shop.main, doc_date=None, client_id=shop.supplier,
                        lines=tuple(StockLineData(product_id=shop.products[sku], quantity=D(q), unit_cost=D(cost),
                                                  lot_code=lot if sku == "MILK-1" else "")
                                    for sku, q in lines.items()))
    card = ctx.stock.create_document(form)
    return ctx.stock.post_document(card.id, expected_version=card.version)


def draft_shipment(shop: Shop, lines: dict[str, str]) -> object:
    form = StockDocForm(kind="shipment", warehouse_id=shop.main, doc_date=None, client_id=shop.customer,
                        lines=tuple(StockLineData(product_id=shop.products[sku], quantity=D(q))
                                    for sku, q in lines.items()))
    return shop.ctx.stock.create_document(form)


@pytest.fixture
def shop(ui_services) -> Shop:
    return make_shop(ui_services)
