"""A small furniture workshop for the production tests (no tests of its own).

Tables are made in batches of two from frames, paint and labour; a frame from legs, screws and glue; a leg
from wood. Unit costs in stock: wood 2.00/kg, screws 0.10, glue 5.00/kg, paint 8.00/kg; labour is a
service at 12.00/h.
"""

from __future__ import annotations

from app.models import Client
from app.services import validation as v
from app.services.production import BomForm, BomLineForm, SupplierTermsForm
from tests.unit.test_stock_kit import D, Shop, product, unit


def supplier(services, name: str) -> int:
    with services.uow() as uow:
        c = Client(display_name=name, name_key=v.fold(name), is_supplier=True)
        uow.session.add(c)
        uow.session.flush()
        cid = c.id
        uow.commit()
        return cid


def bom(services, product_id: int, lines, *, batch="1", name: str = ""):
    return services.production.create_bom(BomForm(product_id, quantity=batch, name=name, lines=[
        BomLineForm(c, quantity=str(q), scrap_percent=str(scrap)) for c, q, scrap in lines]))


class Workshop(Shop):
    def __init__(self, services):
        super().__init__(services)
        self.hours = unit(services, "h", 2)
        self.wood = product(services, "WD-1", "Oak board", self.kg, kind="material", purchase_price="2")
        self.screw = product(services, "SC-1", "Screw", self.pcs, kind="material", purchase_price="0.10")
        self.glue = product(services, "GL-1", "Glue", self.kg, kind="material", purchase_price="5")
        self.paint = product(services, "PT-1", "Paint", self.kg, kind="material", purchase_price="8")
        self.labour = product(services, "LB-1", "Assembly labour", self.hours, kind="service", purchase_price="12")
        self.leg = product(services, "LEG", "Table leg", self.pcs, kind="finished")
        self.frame = product(services, "FRM", "Table frame", self.pcs, kind="finished")
        self.table = product(services, "TBL", "Oak table", self.pcs, kind="finished")
        self.leg_bom = bom(services, self.leg, [(self.wood, "0.8", 10)])
        self.frame_bom = bom(services, self.frame, [(self.leg, 4, 10), (self.screw, 8, "12.5"), (self.glue, "0.05", 0)])
        self.table_bom = bom(services, self.table, [(self.frame, 2, 0), (self.paint, "0.3", 5), (self.labour, 3, 0)],
                             batch="2")

    def stock_materials(self) -> None:
        self.posted("receipt", [(self.wood, 100, "2.00"), (self.screw, 1000, "0.10"), (self.glue, 10, "5.00"),
                                (self.paint, 5, "8.00")])

    def terms(self, product_id: int, supplier_id: int, *, price="1", moq="0", lead=0, priority=1):
        return self.s.production.add_terms(product_id, SupplierTermsForm(
            supplier_id, price=price, lead_time_days=lead, min_order_qty=moq, priority=priority))


__all__ = ["D", "Workshop", "bom", "supplier"]
