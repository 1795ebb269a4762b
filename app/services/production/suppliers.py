"""Who a product is bought from (price, lead time, minimum order) and turning needs — the reorder list, or
MRP's proposals — into draft purchase orders, one per supplier and currency."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Client,
    DocStatus,
    DocType,
    Document,
    DocumentLine,
    Product,
    SupplierProduct,
    Unit,
    Warehouse,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import check_version, get_or_404, parse_decimal, raise_if
from app.services.documents.editing import _create, company
from app.services.documents.forms import DocumentForm, LineForm
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.production.forms import DraftsMade, PurchaseNeed, SupplierTermsForm, SupplierTermsRow
from app.services.production.structure import round_up
from app.services.stock.balances import reorder_list
from app.services.stock.money import ZERO
from app.services.uow import UnitOfWork

ENTITY = "supplier terms"


def _row(s: Session, t: SupplierProduct) -> SupplierTermsRow:
    supplier = s.get(Client, t.supplier_id)
    return SupplierTermsRow(t.id, t.product_id, t.supplier_id, supplier.display_name if supplier else "", t.priority,
                            t.price, t.currency, t.lead_time_days, t.min_order_qty, t.supplier_sku, t.version)


def terms_in(s: Session, product_ids) -> dict[int, list[SupplierProduct]]:
    """Each product's supplier terms, the preferred (lowest priority) first."""
    out: dict[int, list[SupplierProduct]] = defaultdict(list)
    ids = list(set(product_ids))
    for i in range(0, len(ids), 900):
        for t in s.scalars(select(SupplierProduct).where(SupplierProduct.product_id.in_(ids[i:i + 900]))
                           .order_by(SupplierProduct.product_id, SupplierProduct.priority, SupplierProduct.id)):
            out[t.product_id].append(t)
    return out


@requires(Area.PRODUCTION, Action.VIEW)
def list_terms(uow: UnitOfWork, product_id: int) -> list[SupplierTermsRow]:
    """The product's suppliers, preferred first."""
    with uow:
        s = uow.session
        return [_row(s, t) for t in terms_in(s, [product_id]).get(product_id, [])]


def _check(s: Session, t: SupplierProduct, expected_version: int) -> None:
    if t.version != expected_version:
        check_version(s, t, expected_version, ENTITY, current=_row(s, t))


def _clean(s: Session, product: Product, form: SupplierTermsForm, current: SupplierProduct | None) -> dict:
    errors: dict[str, str] = {}
    supplier = s.get(Client, form.supplier_id) if form.supplier_id is not None else None
    if supplier is None:
        errors["supplier_id"] = msg("choose a supplier")
    elif not supplier.is_supplier:
        errors["supplier_id"] = msg("{display_name} is not marked as a supplier (tick the role on the client card)", display_name=supplier.display_name)
    elif s.scalar(select(SupplierProduct.id).where(SupplierProduct.product_id == product.id,
                                                   SupplierProduct.supplier_id == supplier.id,
                                                   SupplierProduct.id != (current.id if current else 0))):
        errors["supplier_id"] = msg("{display_name} is already a supplier of {name}", display_name=supplier.display_name, name=product.name)
    price = parse_decimal(form.price, "price", errors)
    if price is not None and price < 0:
        errors["price"] = msg("must not be negative")
    currency = (v.clean(form.currency) or product.currency or company(s).currency).upper()
    if len(currency) != 3 or not currency.isalpha():
        errors["currency"] = msg("is a three-letter code such as USD")
    lead = parse_decimal(str(form.lead_time_days), "lead_time_days", errors)
    if lead is not None and (lead < 0 or lead != lead.to_integral() or lead > 3650):
        errors["lead_time_days"] = msg("is a whole number of days from 0 to 3650")
    moq = parse_decimal(form.min_order_qty or "0", "min_order_qty", errors)
    if moq is not None:
        unit = s.get(Unit, product.unit_id)
        if moq < 0:
            errors["min_order_qty"] = msg("must not be negative")
        elif moq != round_up(moq, unit.decimals):
            errors["min_order_qty"] = msg("may have at most {decimals} decimals ({name})", decimals=unit.decimals, name=unit.name)
    priority = parse_decimal(str(form.priority), "priority", errors)
    if priority is not None and (priority < 1 or priority != priority.to_integral() or priority > 99):
        errors["priority"] = msg("is a whole number from 1 (preferred) to 99")
    sku = v.clean(form.supplier_sku)
    if len(sku) > 60:
        errors["supplier_sku"] = msg("is longer than 60 characters")
    raise_if(errors)
    return {"supplier_id": supplier.id, "price": price, "currency": currency, "lead_time_days": int(lead),
            "min_order_qty": moq, "priority": int(priority), "supplier_sku": sku}


@requires(Area.PRODUCTION, Action.CREATE)
def add_terms(uow: UnitOfWork, product_id: int, form: SupplierTermsForm) -> SupplierTermsRow:
    """Add a supplier to a product; raises NotFound, ValidationError."""
    with uow:
        s = uow.session
        product = get_or_404(s, Product, product_id, "product")
        if product.kind not in STOCKED_KINDS:
            raise ValidationError({"product_id": msg("{name} is a service: it is not bought into stock", name=product.name)})
        t = SupplierProduct(product_id=product.id, **_clean(s, product, form, None))
        s.add(t)
        s.flush()
        row = _row(s, t)
        uow.commit()
        return row


@requires(Area.PRODUCTION, Action.EDIT)
def update_terms(uow: UnitOfWork, terms_id: int, form: SupplierTermsForm, *, expected_version: int) -> SupplierTermsRow:
    with uow:
        s = uow.session
        t = get_or_404(s, SupplierProduct, terms_id, ENTITY)
        _check(s, t, expected_version)
        for k, val in _clean(s, s.get(Product, t.product_id), form, t).items():
            setattr(t, k, val)
        s.flush()
        row = _row(s, t)
        uow.commit()
        return row


@requires(Area.PRODUCTION, Action.DELETE)
def remove_terms(uow: UnitOfWork, terms_id: int, *, expected_version: int) -> None:
    with uow:
        s = uow.session
        t = get_or_404(s, SupplierProduct, terms_id, ENTITY)
        check_version(s, t, expected_version, ENTITY)
        s.delete(t)
        uow.commit()


def drafted_in(s: Session, product_ids=None, *, warehouse_id: int | None = None) -> dict[int, Decimal]:
    """Quantities on draft purchase orders per product: already being ordered, so the reorder list and MRP
    do not draft them a second time."""
    stmt = (select(DocumentLine.product_id, func.sum(DocumentLine.quantity))
            .join(Document, Document.id == DocumentLine.document_id)
            .where(Document.doc_type == DocType.PURCHASE_ORDER, Document.status == DocStatus.DRAFT,
                   DocumentLine.product_id.is_not(None))
            .group_by(DocumentLine.product_id))
    if warehouse_id is not None:
        stmt = stmt.where(Document.warehouse_id == warehouse_id)
    if product_ids is not None:
        stmt = stmt.where(DocumentLine.product_id.in_(list(product_ids)))
    return {pid: Decimal(q) for pid, q in s.execute(stmt)}


def default_warehouse(s: Session) -> int:
    wid = s.scalar(select(Warehouse.id).where(Warehouse.archived.is_(False)).order_by(Warehouse.id).limit(1))
    if wid is None:
        raise ValidationError({"warehouse_id": msg("make a warehouse first")})
    return wid


def purchase_drafts_in(s: Session, needs: list[PurchaseNeed], *, warehouse_id: int | None,
                       doc_date: date | None = None) -> tuple[list[int], list[tuple[str, str]]]:
    """Draft purchase orders for `needs`, one per supplier and currency, each quantity raised to the
    supplier's minimum order; (ids made, (product, why) for needs with no supplier)."""
    warehouse_id = warehouse_id or default_warehouse(s)
    terms = terms_in(s, [n.product_id for n in needs])
    products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_([n.product_id for n in needs])))}
    groups: dict[tuple[int, str], list[LineForm]] = defaultdict(list)
    skipped: list[tuple[str, str]] = []
    for need in needs:
        product = products.get(need.product_id)
        if product is None or need.quantity <= 0:
            continue
        offers = terms.get(product.id, [])
        chosen = next((t for t in offers if t.supplier_id == need.supplier_id), None) if need.supplier_id else None
        chosen = chosen or (offers[0] if offers else None)
        if chosen is None:
            skipped.append((product.name, msg("no supplier is set for it (Product → Suppliers)")))
            continue
        qty = max(need.quantity, chosen.min_order_qty)
        groups[(chosen.supplier_id, chosen.currency)].append(LineForm(product.id, quantity=qty, price=chosen.price))
    made = []
    for (supplier_id, currency), lines in sorted(groups.items()):
        card = _create(s, DocumentForm(doc_type=DocType.PURCHASE_ORDER, client_id=supplier_id, currency=currency,
                                       doc_date=doc_date or date.today(), warehouse_id=warehouse_id, lines=lines))
        made.append(card.id)
    return made, skipped


@requires(Area.PRODUCTION, Action.CREATE)
def purchase_orders_for(uow: UnitOfWork, needs: list[PurchaseNeed], *, warehouse_id: int | None = None) -> DraftsMade:
    """Draft purchase orders for these needs, grouped by supplier (see purchase_drafts_in)."""
    with uow:
        s = uow.session
        made, skipped = purchase_drafts_in(s, needs, warehouse_id=warehouse_id)
        uow.commit()
        return DraftsMade(tuple(made), (), tuple(skipped))


@requires(Area.PRODUCTION, Action.CREATE)
def purchase_reorder(uow: UnitOfWork, *, warehouse_id: int | None = None,
                     product_ids: list[int] | None = None) -> DraftsMade:
    """Draft purchase orders for the reorder list (its suggested quantities; only `product_ids` when
    given), grouped by preferred supplier."""
    rows = reorder_list(uow, warehouse_id=warehouse_id)
    wanted = set(product_ids) if product_ids is not None else None
    rows = [r for r in rows if r.suggested > 0 and (wanted is None or r.product_id in wanted)]
    if not rows:
        raise ValidationError({"lines": msg("nothing on the reorder list")})
    with uow:
        s = uow.session
        drafted = drafted_in(s, [r.product_id for r in rows], warehouse_id=warehouse_id)
        needs, skipped = [], []
        for r in rows:
            left = Decimal(r.suggested) - drafted.get(r.product_id, ZERO)
            if left > 0:
                needs.append(PurchaseNeed(r.product_id, left))
            else:
                skipped.append((r.name, msg("is already on a draft purchase order")))
        made, no_supplier = purchase_drafts_in(s, needs, warehouse_id=warehouse_id) if needs else ([], [])
        uow.commit()
        return DraftsMade(tuple(made), (), tuple(no_supplier + skipped))
