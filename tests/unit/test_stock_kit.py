"""Catalog rows and stock documents for the stock service tests (no tests of its own)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from app.models import Barcode, Product, Unit
from app.services import validation as v
from app.services.context import ServiceContext
from app.services.stock import StockDocForm, StockLineData


def D(x: object) -> Decimal:
    return Decimal(str(x))


def unit(services: ServiceContext, name: str, decimals: int) -> int:
    with services.uow() as uow:
        u = Unit(name=name, name_key=v.fold(name), decimals=decimals)
        uow.session.add(u)
        uow.session.flush()
        uid = u.id
        uow.commit()
        return uid


def product(services: ServiceContext, sku: str, name: str, unit_id: int, *, kind: str = "goods",
            tracks_lots: bool = False, barcode: str | None = None, purchase_price: str = "0",
            min_stock: str = "0") -> int:
    with services.uow() as uow:
        p = Product(sku=sku, sku_key=v.fold(sku), name=name, name_key=v.fold(name), kind=kind, unit_id=unit_id,
                    tracks_lots=tracks_lots, purchase_price=D(purchase_price), min_stock=D(min_stock),
                    search_text=v.fold(f"{sku} {name} {barcode or ''}"))
        uow.session.add(p)
        uow.session.flush()
        if barcode:
            uow.session.add(Barcode(product_id=p.id, code=barcode))
        pid = p.id
        uow.commit()
        return pid


class Shop:
    """A small shop: pieces and kilograms, two warehouses, a few products."""

    def __init__(self, services: ServiceContext):
        self.s = services
        st = services.stock
        self.pcs = unit(services, "pcs", 0)
        self.kg = unit(services, "kg", 3)
        self.main = st.create_warehouse(name="Main", address="Tehran").id
        self.shop = st.create_warehouse(name="Shop").id
        self.chair = product(services, "CH-1", "Chair", self.pcs, barcode="4006381333931", purchase_price="7")
        self.sugar = product(services, "SU-1", "Sugar", self.kg)
        self.milk = product(services, "MI-1", "Milk", self.pcs, tracks_lots=True, barcode="5901234123457")
        self.install = product(services, "SV-1", "Installation", self.pcs, kind="service")

    def doc(self, kind: str, lines, *, warehouse: int | None = None, when: datetime | None = None,
            **header) -> object:
        """Create a draft: lines are (product, qty) or (product, qty, cost) or StockLineData."""
        data = tuple(ln if isinstance(ln, StockLineData) else
                     StockLineData(ln[0], D(ln[1]), D(ln[2]) if len(ln) > 2 else None) for ln in lines)
        return self.s.stock.create_document(StockDocForm(kind=kind, warehouse_id=warehouse or self.main,
                                                         doc_date=when, lines=data, **header))

    def post(self, card, **kw):
        return self.s.stock.post_document(card.id, expected_version=card.version, **kw)

    def posted(self, kind: str, lines, **kw):
        confirm = kw.pop("confirm_backdated", False)
        return self.post(self.doc(kind, lines, **kw), confirm_backdated=confirm)

    def on_hand(self, product_id: int, warehouse: int | None = None) -> Decimal:
        rows, _ = self.s.stock.balances(product_id=product_id, warehouse_id=warehouse or self.main, limit=1000)
        return sum((r.on_hand for r in rows), Decimal(0))

    def value(self, product_id: int, warehouse: int | None = None) -> Decimal:
        rows, _ = self.s.stock.balances(product_id=product_id, warehouse_id=warehouse or self.main, limit=1000)
        return sum((r.value for r in rows), Decimal(0))
