"""Importing opening stock balances: every valid row becomes a line of ONE receipt per warehouse, posted
through the stock posting service, so the ledger, the balances and the average costs stay consistent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import STOCKED_KINDS, Product, StockDocKind, Unit, Warehouse, utcnow
from app.services.catalog.common import parse_decimal
from app.services.catalog.keys import sku_key
from app.services.i18n import msg
from app.services.imports.cells import date_input, key, number_input, text
from app.services.stock.documents import create_draft_in, quantity_error
from app.services.stock.forms import StockDocForm, StockLineData
from app.services.stock.posting import post_in

LOT_MAX = 60


class StockKind:
    key_fields = ("sku", "warehouse", "lot")
    entity = "stock line"

    def __init__(self, session: Session, *, source: str = ""):
        self.s = session
        self.source = source
        self.warehouses = {w.name_key: w for w in session.scalars(select(Warehouse))}
        self.units = {u.id: u for u in session.scalars(select(Unit))}
        self.lines: dict[int, list[StockLineData]] = {}

    def key(self, values: dict[str, Any]) -> tuple[str, str] | None:
        sku = text(values.get("sku"))
        if not sku:
            return None
        return "sku", f"{sku_key(sku)}\x00{key(values.get('warehouse'))}\x00{key(values.get('lot'))}"

    def check(self, values: dict[str, Any]) -> tuple[Any, dict[str, str]]:
        errors: dict[str, str] = {}
        sku, wh_name, lot = text(values.get("sku")), text(values.get("warehouse")), text(values.get("lot"))
        product = self.s.scalars(select(Product).where(Product.sku_key == sku_key(sku))).one_or_none() \
            if sku else None
        if not sku:
            errors["sku"] = msg("is required")
        elif product is None:
            errors["sku"] = msg("there is no product with SKU “{sku}”", sku=sku)
        elif product.kind not in STOCKED_KINDS:
            errors["sku"] = msg("{name} is a service; services are not kept in stock", name=product.name)
        warehouse = self.warehouses.get(key(wh_name)) if wh_name else None
        if not wh_name:
            errors["warehouse"] = msg("is required")
        elif warehouse is None:
            errors["warehouse"] = msg("there is no warehouse “{wh_name}”", wh_name=wh_name)
        elif warehouse.archived:
            errors["warehouse"] = msg("warehouse “{name}” is archived", name=warehouse.name)
        qty = None
        raw, problem = number_input(values.get("quantity"))
        if problem or raw is None or (isinstance(raw, str) and not raw.strip()):
            errors["quantity"] = problem or "is required"
        elif product is not None and "sku" not in errors:
            number = parse_decimal(raw, "quantity", errors)
            if number is not None:
                qty, err = quantity_error(number, self.units[product.unit_id], allow_zero=False)
                if err:
                    errors["quantity"] = err
        cost = None
        raw, problem = number_input(values.get("unit_cost"))
        if problem:
            errors["unit_cost"] = problem
        elif raw is not None:
            cost = parse_decimal(raw, "unit_cost", errors)
            if cost is not None and cost < 0:
                errors["unit_cost"] = msg("must not be negative")
        if product is not None and product.tracks_lots and not lot:
            errors["lot"] = msg("enter the lot of {name}", name=product.name)
        if len(lot) > LOT_MAX:
            errors["lot"] = msg("is longer than {limit} characters", limit=LOT_MAX)
        expires_on, problem = date_input(values.get("expires_on"))
        if problem:
            errors["expires_on"] = problem
        if errors:
            return None, errors
        unit_cost = cost if cost is not None else product.purchase_price or Decimal("0")
        return (warehouse.id, StockLineData(product.id, qty, unit_cost,
                                            lot_code=lot if product.tracks_lots else "",
                                            lot_expires_on=expires_on if product.tracks_lots else None)), {}

    def write(self, payload: Any) -> str:
        warehouse_id, line = payload
        self.lines.setdefault(warehouse_id, []).append(line)
        return "created"

    def finish(self) -> list[str]:
        """Post one receipt per warehouse; returns their numbers."""
        numbers = []
        comment = f"Opening balances imported from {Path(self.source).name}" if self.source else "Opening balances"
        for warehouse_id, lines in sorted(self.lines.items()):
            form = StockDocForm(kind=StockDocKind.RECEIPT, warehouse_id=warehouse_id, doc_date=utcnow(),
                                comment=comment, lines=tuple(lines))
            doc = create_draft_in(self.s, form)
            post_in(self.s, doc, confirm_backdated=True)
            numbers.append(doc.number)
        return numbers
