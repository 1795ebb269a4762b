"""What the clerk screen does: find a product by a scanned code, add the scan to the draft (saved at once),
pick a shipment against its prepared lines, and start an inventory count."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Barcode,
    Lot,
    Product,
    StockBalance,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    Unit,
    Warehouse,
)
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.errors import NotFound, UnknownBarcode, ValidationError
from app.services.i18n import msg
from app.services.stock.documents import (
    card_of,
    check_version,
    doc_lines,
    line_row,
    load_doc,
    quantity_error,
    require_draft,
)
from app.services.stock.forms import PREFIX, LotChoice, PickRow, ProductHit, ScanResult, StockDocCard
from app.services.stock.money import ZERO
from app.services.uow import UnitOfWork


def _find(s: Session, code: str) -> Product | None:
    code = v.ascii_digits(v.clean(code))
    if not code:
        return None
    product_id = s.scalar(select(Barcode.product_id).where(Barcode.code == code))
    if product_id is not None:
        return s.get(Product, product_id)
    return s.scalar(select(Product).where(Product.sku_key == v.fold(code)))


@requires(Area.WAREHOUSE, Action.VIEW)
def product_by_code(uow: UnitOfWork, code: str) -> ProductHit | None:
    """The product with this barcode or SKU, or None."""
    with uow:
        s = uow.session
        product = _find(s, code)
        if product is None:
            return None
        unit = s.get(Unit, product.unit_id)
        return ProductHit(product.id, product.sku, product.name, unit.name, unit.decimals, product.tracks_lots)


@requires(Area.WAREHOUSE, Action.VIEW)
def search_products(uow: UnitOfWork, text: str, *, limit: int = 20) -> list[ProductHit]:
    """Stocked, non-archived products whose SKU, name or barcode contains `text` (for completers), exact SKU or
    barcode matches first, then by name."""
    key = v.fold(v.clean(text))
    if not key:
        return []
    with uow:
        s = uow.session
        exact = _find(s, text)
        rows = s.execute(
            select(Product.id, Product.sku, Product.name, Unit.name, Unit.decimals, Product.tracks_lots)
            .join(Unit, Unit.id == Product.unit_id)
            .where(Product.archived.is_(False), Product.kind.in_([str(k) for k in STOCKED_KINDS]),
                   Product.search_text.contains(key, autoescape=True))
            .order_by(Product.id != (exact.id if exact is not None else 0), Product.name_key, Product.id)
            .limit(limit))
        return [ProductHit(pid, sku, name, unit, decimals or 0, bool(lots))
                for pid, sku, name, unit, decimals, lots in rows]


@open_to_all
def unit_decimals(uow: UnitOfWork) -> dict[str, int]:
    """Unit name -> how many fraction digits its quantities have."""
    with uow:
        return {name: decimals or 0 for name, decimals in uow.session.execute(select(Unit.name, Unit.decimals))}


def fefo_lot(s: Session, product_id: int, warehouse_id: int) -> int | None:
    """The lot with stock in the warehouse that expires first (lots without expiry last)."""
    return s.scalar(select(Lot.id).join(StockBalance, StockBalance.lot_id == Lot.id)
                    .where(StockBalance.product_id == product_id, StockBalance.warehouse_id == warehouse_id,
                           StockBalance.on_hand > 0)
                    .order_by(Lot.expires_on.is_(None), Lot.expires_on, Lot.id).limit(1))


@requires(Area.WAREHOUSE, Action.VIEW)
def lots_in_stock(uow: UnitOfWork, product_id: int, *, warehouse_id: int,
                  include_empty: bool = False) -> list[LotChoice]:
    """The product's lots in the warehouse, the one to pick first (earliest expiry, lots without expiry
    last) first: those with stock on hand, or every lot the warehouse has a balance of (`include_empty`,
    for counts)."""
    with uow:
        stmt = (select(Lot.id, Lot.code, Lot.expires_on, StockBalance.on_hand)
                .join(StockBalance, StockBalance.lot_id == Lot.id)
                .where(StockBalance.product_id == product_id, StockBalance.warehouse_id == warehouse_id)
                .order_by(Lot.expires_on.is_(None), Lot.expires_on, Lot.id))
        if not include_empty:
            stmt = stmt.where(StockBalance.on_hand > 0)
        return [LotChoice(lot_id, code, expires, on_hand) for lot_id, code, expires, on_hand
                in uow.session.execute(stmt)]


def _book(s: Session, product_id: int, warehouse_id: int, lot_id: int | None) -> Decimal:
    return s.scalar(select(StockBalance.on_hand).where(
        StockBalance.product_id == product_id, StockBalance.warehouse_id == warehouse_id,
        StockBalance.lot_key == (lot_id or 0))) or ZERO


def _pick(s: Session, product: Product, unit: Unit, lines: list[StockDocLine], qty: Decimal,
          lot_id: int | None) -> StockDocLine:
    """Add `qty` to the picked quantity of the product's shipment lines. With a lot, the lines of that lot
    and those not picked yet take it (a line not picked yet takes the lot); a line picked from another lot
    gives what it has left to a new line of this lot."""
    mine = [ln for ln in lines if ln.product_id == product.id]
    if not mine:
        raise ValidationError({"code": msg("{name} ({sku}) is not on this shipment", name=product.name, sku=product.sku)})
    left = sum((ln.quantity - (ln.picked or ZERO) for ln in mine), ZERO)
    if qty > left:
        raise ValidationError({"quantity": msg("only {quantity:f} {unit} of {product} are left to pick",
                                           quantity=left.normalize(), unit=unit.name, product=product.name)})
    if lot_id is not None:
        # Lines of the lot first, then lines not picked yet, then the rest of lines picked from other lots.
        mine.sort(key=lambda ln: (ln.lot_id != lot_id, bool(ln.picked), ln.line_no))
    touched = mine[-1]
    next_no = max((ln.line_no for ln in lines), default=0) + 1
    for ln in mine:
        take = min(qty, ln.quantity - (ln.picked or ZERO))
        if take <= 0:
            continue
        if lot_id is not None and ln.lot_id != lot_id:
            if ln.picked:
                rest = ln.quantity - ln.picked
                ln.quantity = ln.picked
                ln = StockDocLine(document_id=ln.document_id, line_no=next_no, product_id=ln.product_id,
                                  lot_id=lot_id, quantity=rest, picked=ZERO)
                s.add(ln)
                next_no += 1
            else:
                ln.lot_id = lot_id
        ln.picked = (ln.picked or ZERO) + take
        qty -= take
        touched = ln
        if qty <= 0:
            break
    return touched


def _lot_of(s: Session, product: Product, lot_id: int | None) -> int | None:
    if lot_id is not None and s.scalar(select(Lot.id).where(Lot.id == lot_id, Lot.product_id == product.id)) is None:
        raise ValidationError({"lot": msg("that lot is not a lot of {name}", name=product.name)})
    return lot_id


@requires(Area.WAREHOUSE, Action.EDIT)
def scan_into_document(uow: UnitOfWork, doc_id: int, *, code: str, quantity: Decimal = Decimal(1),
                       clerk_id: int | None, expected_version: int, lot_code: str = "",
                       lot_expires_on: date | None = None, lot_id: int | None = None) -> ScanResult:
    """Add a scanned product to a draft and save it: receipts, write-offs, transfers and counts add to the
    product's line (or a new one); shipments pick against their prepared lines. A lot-tracked product
    needs `lot_code` (and optionally `lot_expires_on`) on a receipt; elsewhere `lot_id` names the lot
    (none: the lot with stock that expires first). Raises UnknownBarcode (nothing changes),
    ValidationError, ConcurrentEdit, NotFound."""
    with uow:
        s = uow.session
        doc = load_doc(s, doc_id, lock=True)
        check_version(s, doc, expected_version)
        require_draft(doc)
        product = _find(s, code)
        if product is None:
            raise UnknownBarcode(code)
        if product.kind not in STOCKED_KINDS:
            raise ValidationError({"code": msg("{name} is a service; services are not kept in stock", name=product.name)})
        unit = s.get(Unit, product.unit_id)
        qty, err = quantity_error(quantity, unit, allow_zero=False)
        if err:
            raise ValidationError({"quantity": err})
        lines = doc_lines(s, doc.id)
        lot_code = v.clean(lot_code or "")
        if not product.tracks_lots:
            lot_code, lot_expires_on, lot_id = "", None, None
        elif doc.kind == StockDocKind.RECEIPT:
            if not lot_code:
                raise ValidationError({"lot": msg("{name} ({sku}) is lot-tracked: enter its lot", name=product.name, sku=product.sku)})
            if len(lot_code) > 60:
                raise ValidationError({"lot": msg("a lot code is at most 60 characters")})
            lot_id = None
        else:
            lot_id = _lot_of(s, product, lot_id)
        if doc.kind == StockDocKind.SHIPMENT:
            # A lot the clerk chose may re-assign lines; none keeps the lots the shipment was prepared with.
            line = _pick(s, product, unit, lines, qty, lot_id)
            if product.tracks_lots and line.lot_id is None:
                line.lot_id = fefo_lot(s, product.id, doc.warehouse_id)
        else:
            if product.tracks_lots and doc.kind != StockDocKind.RECEIPT and lot_id is None:
                lot_id = fefo_lot(s, product.id, doc.warehouse_id)
            def same(ln: StockDocLine) -> bool:
                if ln.product_id != product.id:
                    return False
                if doc.kind == StockDocKind.RECEIPT:
                    return ln.lot_code.casefold() == lot_code.casefold()
                return not product.tracks_lots or ln.lot_id == lot_id
            line = next((ln for ln in lines if same(ln)), None)
            if line is None:
                line = StockDocLine(
                    document_id=doc.id, line_no=max((ln.line_no for ln in lines), default=0) + 1,
                    product_id=product.id, lot_id=lot_id, lot_code=lot_code, lot_expires_on=lot_expires_on,
                    quantity=qty, unit_cost=product.purchase_price if doc.kind == StockDocKind.RECEIPT else None,
                    book_quantity=_book(s, product.id, doc.warehouse_id, lot_id)
                    if doc.kind == StockDocKind.COUNT else None)
                s.add(line)
            else:
                line.quantity += qty
                if lot_expires_on is not None:
                    line.lot_expires_on = lot_expires_on
        line.clerk_id = clerk_id
        doc.updated_at = utcnow()
        s.flush()
        result = ScanResult(card=card_of(s, doc), line=line_row(s, line))
        uow.commit()
        return result


@requires(Area.WAREHOUSE, Action.VIEW)
def picking_progress(uow: UnitOfWork, doc_id: int) -> list[PickRow]:
    """Per product of a shipment: how much to pick and how much was picked, in line order."""
    with uow:
        s = uow.session
        load_doc(s, doc_id)
        acc: OrderedDict[int, list] = OrderedDict()
        for line in doc_lines(s, doc_id):
            if line.product_id not in acc:
                p = s.get(Product, line.product_id)
                acc[line.product_id] = [p.sku, p.name, s.get(Unit, p.unit_id).name, ZERO, ZERO]
            acc[line.product_id][3] += line.quantity
            acc[line.product_id][4] += line.picked or ZERO
        return [PickRow(pid, *vals) for pid, vals in acc.items()]


@requires(Area.WAREHOUSE, Action.CREATE)
def start_count(uow: UnitOfWork, *, warehouse_id: int, product_ids: list[int] | None = None) -> StockDocCard:
    """A draft inventory count of the warehouse (or of the given products in it): one line per product and
    lot with its book quantity filled in and counted = 0."""
    with uow:
        s = uow.session
        wh = s.get(Warehouse, warehouse_id)
        if wh is None:
            raise NotFound("warehouse", warehouse_id)
        stmt = (select(StockBalance.product_id, StockBalance.lot_id, StockBalance.on_hand)
                .join(Product, Product.id == StockBalance.product_id)
                .where(StockBalance.warehouse_id == warehouse_id, StockBalance.on_hand != 0)
                .order_by(Product.name_key, Product.id, StockBalance.lot_key))
        if product_ids is not None:
            stmt = stmt.where(StockBalance.product_id.in_(product_ids))
        found = list(s.execute(stmt))
        if product_ids is not None:
            have = {pid for pid, _, _ in found}
            for product in s.scalars(select(Product).where(Product.id.in_(set(product_ids) - have),
                                                           Product.kind.in_(STOCKED_KINDS))
                                     .order_by(Product.name_key)):
                found.append((product.id, None, ZERO))
        doc = StockDocument(kind=StockDocKind.COUNT, status=StockDocStatus.DRAFT, warehouse_id=warehouse_id,
                            doc_date=utcnow(), reason="", comment="")
        s.add(doc)
        s.flush()
        doc.number = f"{PREFIX[StockDocKind.COUNT]}-{doc.id:06d}"
        for n, (pid, lot_id, on_hand) in enumerate(found, start=1):
            s.add(StockDocLine(document_id=doc.id, line_no=n, product_id=pid, lot_id=lot_id, quantity=ZERO,
                               book_quantity=on_hand))
        s.flush()
        card = card_of(s, doc)
        uow.commit()
        return card
