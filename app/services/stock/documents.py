"""Stock documents while they are drafts: create, edit, load, list; the checks their lines must pass."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    STOCKED_KINDS,
    Client,
    Lot,
    Product,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    Unit,
    User,
    Warehouse,
)
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.stock.forms import (
    PREFIX,
    PRODUCTION_KINDS,
    StockDocCard,
    StockDocForm,
    StockDocRow,
    StockLineData,
    StockLineRow,
)
from app.services.stock.money import fits_decimals
from app.services.uow import UnitOfWork
from app.services.words import status_word

MAX_QTY = Decimal("1e12")


def _name(s: Session, model, ident: int | None, attr: str) -> str:
    if ident is None:
        return ""
    obj = s.get(model, ident)
    return getattr(obj, attr) if obj is not None else ""


def load_doc(s: Session, doc_id: int, *, lock: bool = False) -> StockDocument:
    """The document (locked FOR UPDATE when `lock`, read afresh); raises NotFound."""
    doc = s.get(StockDocument, doc_id, with_for_update=lock or None, populate_existing=lock)
    if doc is None:
        raise NotFound("stock document", doc_id)
    return doc


def check_version(s: Session, doc: StockDocument, expected_version: int) -> None:
    if doc.version != expected_version:
        raise ConcurrentEdit("stock document", doc.id, changed_by=_name(s, User, doc.updated_by_id, "full_name"),
                             changed_at=doc.updated_at, current=card_of(s, doc))


def require_draft(doc: StockDocument) -> None:
    if doc.status != StockDocStatus.DRAFT:
        raise ValidationError({"status": msg("the document is {status}; only a draft can be changed", status=status_word(doc.status))})


def doc_lines(s: Session, doc_id: int) -> list[StockDocLine]:
    return list(s.scalars(select(StockDocLine).where(StockDocLine.document_id == doc_id)
                          .order_by(StockDocLine.line_no)))


def quantity_error(value: object, unit: Unit, *, allow_zero: bool) -> tuple[Decimal | None, str | None]:
    """The quantity as a Decimal, or why it is not acceptable for this unit."""
    try:
        qty = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        return None, msg("is not a number")
    if not qty.is_finite():
        return None, msg("is not a number")
    if qty < 0 or (qty == 0 and not allow_zero):
        return None, msg("must be more than zero") if not allow_zero else msg("must not be negative")
    if qty >= MAX_QTY:
        return None, msg("is too large")
    if not fits_decimals(qty, unit.decimals):
        if unit.decimals == 0:
            return None, msg("must be a whole number of {unit}", unit=unit.name)
        return None, msg("may have at most {decimals} decimals ({unit})", decimals=unit.decimals, unit=unit.name)
    return qty, None


def _validate(s: Session, form: StockDocForm) -> list[dict]:
    """The lines' cleaned values; raises ValidationError listing every bad field (lines as lines.N.field)."""
    errors: dict[str, str] = {}
    if form.kind not in set(StockDocKind):
        errors["kind"] = msg("is not a stock document kind")
    elif form.kind in PRODUCTION_KINDS:
        errors["kind"] = msg("is posted by production orders only")
    wh = s.get(Warehouse, form.warehouse_id) if form.warehouse_id is not None else None
    if wh is None:
        errors["warehouse_id"] = msg("choose a warehouse")
    elif wh.archived:
        errors["warehouse_id"] = msg("this warehouse is archived")
    if form.kind == StockDocKind.TRANSFER:
        to = s.get(Warehouse, form.to_warehouse_id) if form.to_warehouse_id is not None else None
        if to is None:
            errors["to_warehouse_id"] = msg("choose the warehouse the goods go to")
        elif to.archived:
            errors["to_warehouse_id"] = msg("this warehouse is archived")
        elif to.id == form.warehouse_id:
            errors["to_warehouse_id"] = msg("must differ from the warehouse the goods leave")
    if form.kind == StockDocKind.WRITE_OFF and not v.clean(form.reason):
        errors["reason"] = msg("say why the goods are written off")
    if len(v.clean(form.reason)) > 200:
        errors["reason"] = msg("is longer than 200 characters")
    if form.source and form.kind != StockDocKind.SHIPMENT:
        errors["source"] = msg("only a shipment consumes a reservation")
    elif len(v.clean(form.source)) > 60:
        errors["source"] = msg("is longer than 60 characters")
    if form.client_id is not None and s.get(Client, form.client_id) is None:
        errors["client_id"] = msg("is not a client")
    lines = []
    for i, line in enumerate(form.lines):
        product = s.get(Product, line.product_id)
        if product is None:
            errors[f"lines.{i}.product_id"] = msg("is not a product")
            continue
        if product.kind not in STOCKED_KINDS:
            errors[f"lines.{i}.product_id"] = msg("{name} is a service; services are not kept in stock", name=product.name)
            continue
        unit = s.get(Unit, product.unit_id)
        qty, err = quantity_error(line.quantity, unit, allow_zero=form.kind == StockDocKind.COUNT)
        if err:
            errors[f"lines.{i}.quantity"] = err
        cost = line.unit_cost
        if cost is not None:
            try:
                cost = Decimal(str(cost)) if not isinstance(cost, Decimal) else cost
                if not cost.is_finite() or cost < 0:
                    errors[f"lines.{i}.unit_cost"] = msg("must not be negative")
            except (InvalidOperation, ValueError):
                errors[f"lines.{i}.unit_cost"] = msg("is not a number")
        if line.lot_id is not None:
            lot = s.get(Lot, line.lot_id)
            if lot is None or lot.product_id != product.id:
                errors[f"lines.{i}.lot_id"] = msg("is not a lot of this product")
        code = v.clean(line.lot_code)
        if len(code) > 60:
            errors[f"lines.{i}.lot_code"] = msg("is longer than 60 characters")
        lines.append({"product_id": product.id, "quantity": qty, "unit_cost": cost,
                      "lot_id": line.lot_id if product.tracks_lots else None,
                      "lot_code": code if product.tracks_lots else "",
                      "lot_expires_on": line.lot_expires_on if product.tracks_lots else None,
                      "line_id": line.line_id})
    if errors:
        raise ValidationError(errors)
    return lines


def _header(doc: StockDocument, form: StockDocForm) -> None:
    doc.kind = form.kind
    doc.warehouse_id = form.warehouse_id
    doc.to_warehouse_id = form.to_warehouse_id if form.kind == StockDocKind.TRANSFER else None
    doc.client_id = form.client_id
    doc.reason = v.clean(form.reason)
    doc.source = v.clean(form.source) if form.kind == StockDocKind.SHIPMENT else ""
    doc.comment = (form.comment or "").strip()
    doc.doc_date = form.doc_date or doc.doc_date or utcnow()


def _write_lines(s: Session, doc: StockDocument, lines: list[dict]) -> None:
    """Replace the draft's lines; a line that keeps its id keeps what the clerk screen recorded on it
    (book quantity, picked, clerk)."""
    old = {line.id: line for line in doc_lines(s, doc.id)}
    for line in old.values():
        s.delete(line)
    s.flush()
    for n, values in enumerate(lines, start=1):
        prev = old.get(values.pop("line_id"))
        extra = {"book_quantity": prev.book_quantity, "picked": prev.picked, "clerk_id": prev.clerk_id} \
            if prev is not None and prev.product_id == values["product_id"] else {}
        s.add(StockDocLine(document_id=doc.id, line_no=n, **values, **extra))
    doc.updated_at = utcnow()  # the lines changed: the document's version moves on


def create_draft_in(s: Session, form: StockDocForm) -> StockDocument:
    """A new draft with its number inside the caller's transaction (the importer posts it at once);
    raises ValidationError."""
    lines = _validate(s, form)
    doc = StockDocument(status=StockDocStatus.DRAFT)
    _header(doc, form)
    s.add(doc)
    s.flush()
    doc.number = f"{PREFIX[form.kind]}-{doc.id:06d}"
    _write_lines(s, doc, lines)
    s.flush()
    return doc


@requires(Area.WAREHOUSE, Action.CREATE)
def create_document(uow: UnitOfWork, form: StockDocForm) -> StockDocCard:
    """A new draft document with its number; raises ValidationError."""
    with uow:
        s = uow.session
        doc = create_draft_in(s, form)
        card = card_of(s, doc)
        uow.commit()
        return card


@requires(Area.WAREHOUSE, Action.EDIT)
def update_document(uow: UnitOfWork, doc_id: int, form: StockDocForm, *, expected_version: int) -> StockDocCard:
    """Save a draft; raises NotFound, ConcurrentEdit, ValidationError (also when it is not a draft)."""
    with uow:
        s = uow.session
        doc = load_doc(s, doc_id, lock=True)
        check_version(s, doc, expected_version)
        require_draft(doc)
        if form.kind != doc.kind:
            raise ValidationError({"kind": msg("a document's kind cannot change")})
        lines = _validate(s, form)
        _header(doc, form)
        _write_lines(s, doc, lines)
        s.flush()
        card = card_of(s, doc)
        uow.commit()
        return card


@requires(Area.WAREHOUSE, Action.VIEW)
def load_document(uow: UnitOfWork, doc_id: int) -> StockDocCard:
    """The document's card; raises NotFound."""
    with uow:
        return card_of(uow.session, load_doc(uow.session, doc_id))


def line_row(s: Session, line: StockDocLine) -> StockLineRow:
    return _line_rows(s, [line])[0]


def _line_rows(s: Session, lines: list[StockDocLine]) -> list[StockLineRow]:
    """Rows for the lines, with product, unit, lot and clerk names read in one query each."""
    pids = {ln.product_id for ln in lines}
    products = {r[0]: r for r in s.execute(select(Product.id, Product.sku, Product.name, Unit.name,
                                                  Product.tracks_lots)
                                           .join(Unit, Unit.id == Product.unit_id).where(Product.id.in_(pids)))}
    lot_ids = {ln.lot_id for ln in lines if ln.lot_id}
    lots = {r[0]: r for r in s.execute(select(Lot.id, Lot.code, Lot.expires_on).where(Lot.id.in_(lot_ids)))} \
        if lot_ids else {}
    clerk_ids = {ln.clerk_id for ln in lines if ln.clerk_id}
    clerks = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(clerk_ids))).tuples().all()) \
        if clerk_ids else {}
    rows = []
    for line in lines:
        _, sku, name, unit, tracks_lots = products[line.product_id]
        lot = lots.get(line.lot_id)
        rows.append(StockLineRow(
            id=line.id, line_no=line.line_no, product_id=line.product_id, sku=sku, product_name=name, unit=unit,
            quantity=line.quantity, unit_cost=line.unit_cost, lot_id=line.lot_id,
            lot_code=lot[1] if lot else line.lot_code, lot_expires_on=lot[2] if lot else line.lot_expires_on,
            book_quantity=line.book_quantity, clerk_name=clerks.get(line.clerk_id, ""), picked=line.picked,
            tracks_lots=bool(tracks_lots)))
    return rows


def card_of(s: Session, doc: StockDocument) -> StockDocCard:
    lines = doc_lines(s, doc.id)
    shipment = doc.kind == StockDocKind.SHIPMENT
    form = StockDocForm(
        kind=doc.kind, warehouse_id=doc.warehouse_id, doc_date=doc.doc_date, to_warehouse_id=doc.to_warehouse_id,
        client_id=doc.client_id, reason="" if shipment else doc.reason, comment=doc.comment,
        source=doc.source if shipment else "",
        lines=tuple(StockLineData(product_id=ln.product_id, quantity=ln.quantity, unit_cost=ln.unit_cost,
                                  lot_id=ln.lot_id, lot_code=ln.lot_code, lot_expires_on=ln.lot_expires_on,
                                  line_id=ln.id) for ln in lines))
    return StockDocCard(
        id=doc.id, version=doc.version, number=doc.number or "", kind=doc.kind, status=doc.status, form=form,
        lines=tuple(_line_rows(s, lines)),
        warehouse_name=_name(s, Warehouse, doc.warehouse_id, "name"),
        to_warehouse_name=_name(s, Warehouse, doc.to_warehouse_id, "name"),
        client_name=_name(s, Client, doc.client_id, "display_name"),
        posted_at=doc.posted_at, posted_by_name=_name(s, User, doc.posted_by_id, "full_name"))


DOCUMENT_SORT_KEYS = ("date", "number", "kind", "status", "warehouse", "client", "lines")


def documents_query(*, kind: str | None = None, status: str | None = None, search: str = "", sort: str = "date",
                    descending: bool = True):
    """The documents list's statement (its filters and order; ties broken by id in the same direction):
    columns id, number, kind, status, date, warehouse, client, lines, version."""
    if sort not in DOCUMENT_SORT_KEYS:
        raise ValidationError({"sort": msg("cannot sort by {sort}", sort=sort)})
    count = (select(func.count(StockDocLine.id)).where(StockDocLine.document_id == StockDocument.id)
             .scalar_subquery())
    stmt = (select(StockDocument.id, StockDocument.number, StockDocument.kind, StockDocument.status,
                   StockDocument.doc_date, Warehouse.name, Client.display_name, count, StockDocument.version)
            .join(Warehouse, Warehouse.id == StockDocument.warehouse_id)
            .outerjoin(Client, Client.id == StockDocument.client_id))
    if kind:
        stmt = stmt.where(StockDocument.kind == kind)
    if status:
        stmt = stmt.where(StockDocument.status == status)
    text = v.clean(search)
    if text:
        stmt = stmt.where(or_(StockDocument.number.icontains(text, autoescape=True),
                              Client.display_name.icontains(text, autoescape=True)))
    key = {"date": StockDocument.doc_date, "number": StockDocument.number, "kind": StockDocument.kind,
           "status": StockDocument.status, "warehouse": Warehouse.name_key,
           "client": func.coalesce(Client.display_name, ""), "lines": count}[sort]
    order = (key.desc(), StockDocument.id.desc()) if descending else (key.asc(), StockDocument.id.asc())
    return stmt.order_by(*order)


def stock_doc_row(r) -> StockDocRow:
    return StockDocRow(id=r[0], number=r[1] or "", kind=r[2], status=r[3], doc_date=r[4], warehouse_name=r[5],
                       client_name=r[6] or "", lines=r[7], version=r[8])


@requires(Area.WAREHOUSE, Action.VIEW)
def list_documents(uow: UnitOfWork, *, kind: str | None = None, status: str | None = None, search: str = "",
                   sort: str = "date", descending: bool = True, offset: int = 0,
                   limit: int = 100) -> tuple[list[StockDocRow], int]:
    """A page of documents (newest first unless `sort`/`descending` say otherwise; ties broken by id in the
    same direction) and how many match."""
    stmt = documents_query(kind=kind, status=status, search=search, sort=sort, descending=descending)
    with uow:
        s = uow.session
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
        return [stock_doc_row(r) for r in s.execute(stmt.offset(offset).limit(limit))], total
