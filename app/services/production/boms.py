"""Bills of materials: versions of a product's recipe (one active), their lines, and the reads built on
them — explosion, cost roll-up and where-used (see structure.py for the arithmetic)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import STOCKED_KINDS, Bom, BomLine, Product, ProductionOrder, Unit
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import check_version, get_or_404, parse_decimal, raise_if
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.production.forms import (
    BomCard,
    BomForm,
    BomLineRow,
    BomProductRow,
    BomRow,
    CostLine,
    CostRollup,
    Explosion,
    ExplosionLine,
    Requirement,
    WhereUsedRow,
)
from app.services.production.structure import (
    PER_UNIT_STEP,
    Recipe,
    explode_in,
    parts,
    reachable,
    recipe_of,
    rollup_in,
    usage_graph,
)
from app.services.stock.documents import quantity_error
from app.services.stock.money import COST_STEP, ZERO
from app.services.uow import UnitOfWork

MAX_PER_UNIT = Decimal("1e9")


def _lines(s: Session, bom_id: int) -> list[BomLine]:
    return list(s.scalars(select(BomLine).where(BomLine.bom_id == bom_id).order_by(BomLine.line_no)))


def card_of(s: Session, bom: Bom) -> BomCard:
    product = s.get(Product, bom.product_id)
    unit = s.get(Unit, product.unit_id)
    lines = _lines(s, bom.id)
    info = parts(s, [ln.component_id for ln in lines])
    with_bom = set(s.scalars(select(Bom.product_id).where(
        Bom.product_id.in_([ln.component_id for ln in lines]), Bom.active.is_(True))))
    rows = tuple(BomLineRow(ln.component_id, info[ln.component_id].sku, info[ln.component_id].name,
                            info[ln.component_id].unit, info[ln.component_id].kind, ln.quantity, ln.scrap_percent,
                            ln.notes, info[ln.component_id].is_service, ln.component_id in with_bom)
                 for ln in lines)
    return BomCard(bom.id, bom.version, product.id, product.name, product.sku, unit.name, bom.version_no, bom.name,
                   bom.quantity, bom.active, bom.notes, rows)


def _check(s: Session, bom: Bom, expected_version: int) -> None:
    if bom.version != expected_version:
        check_version(s, bom, expected_version, "bill of materials", current=card_of(s, bom))


def _validate(s: Session, form: BomForm, bom: Bom | None) -> tuple[Product, dict, list[dict]]:
    errors: dict[str, str] = {}
    product = s.get(Product, form.product_id) if form.product_id is not None else None
    if product is None:
        errors["product_id"] = msg("choose the product this bill makes")
        raise_if(errors)
    if product.kind not in STOCKED_KINDS:
        errors["product_id"] = msg("{name} is a service: only goods kept in stock are made", name=product.name)
    unit = s.get(Unit, product.unit_id)
    batch, err = quantity_error(form.quantity, unit, allow_zero=False)
    if err:
        errors["quantity"] = err
    name = v.clean(form.name)
    if len(name) > 150:
        errors["name"] = msg("is longer than 150 characters")
    if not form.lines:
        errors["lines"] = msg("add at least one component")
    lines: list[dict] = []
    seen: dict[int, int] = {}
    components = {p.id: p for p in s.scalars(select(Product).where(
        Product.id.in_([ln.component_id for ln in form.lines if ln.component_id is not None])))}
    for i, ln in enumerate(form.lines):
        f = f"lines.{i}."
        comp = components.get(ln.component_id) if ln.component_id is not None else None
        if comp is None:
            errors[f + "component_id"] = msg("choose a component")
            continue
        if comp.id == product.id:
            errors[f + "component_id"] = msg("{name} cannot be a component of itself", name=product.name)
            continue
        if comp.id in seen:
            errors[f + "component_id"] = msg("{name} is already on line {line}", name=comp.name, line=seen[comp.id] + 1)
            continue
        seen[comp.id] = i
        qty = parse_decimal(ln.quantity, f + "quantity", errors)
        if qty is not None:
            if qty <= 0:
                errors[f + "quantity"] = msg("must be more than zero")
            elif qty >= MAX_PER_UNIT:
                errors[f + "quantity"] = msg("is too large")
            elif qty != qty.quantize(PER_UNIT_STEP):
                errors[f + "quantity"] = msg("may have at most 6 decimals")
        scrap = parse_decimal(ln.scrap_percent or "0", f + "scrap_percent", errors)
        if scrap is not None and not ZERO <= scrap < 100:
            errors[f + "scrap_percent"] = msg("must be from 0 to 99.99")
        notes = v.clean(ln.notes)
        if len(notes) > 200:
            errors[f + "notes"] = msg("is longer than 200 characters")
        lines.append({"component_id": comp.id, "quantity": qty, "scrap_percent": scrap, "notes": notes})
    raise_if(errors)
    graph = usage_graph(s, without_bom=bom.id if bom is not None else None)
    for i, ln in enumerate(lines):
        path = reachable(graph, ln["component_id"], product.id)
        if path:
            names = {p.id: p.name for p in s.scalars(select(Product).where(Product.id.in_(path)))}
            chain = " → ".join([product.name] + [names[p] for p in path])
            raise ValidationError({f"lines.{i}.component_id": msg("this would make a cycle: {chain}", chain=chain)})
    header = {"quantity": batch, "name": name, "notes": v.clean(form.notes)}
    return product, header, lines


def _write_lines(s: Session, bom: Bom, lines: list[dict]) -> None:
    for old in _lines(s, bom.id):
        s.delete(old)
    s.flush()
    for n, ln in enumerate(lines, start=1):
        s.add(BomLine(bom_id=bom.id, line_no=n, **ln))
    s.flush()


@requires(Area.PRODUCTION, Action.CREATE)
def create_bom(uow: UnitOfWork, form: BomForm) -> BomCard:
    """A new version of the product's bill (the first one is active at once); raises ValidationError (a
    cycle names its path)."""
    with uow:
        s = uow.session
        product, header, lines = _validate(s, form, None)
        last = s.scalar(select(func.max(Bom.version_no)).where(Bom.product_id == product.id)) or 0
        has_active = s.scalar(select(Bom.id).where(Bom.product_id == product.id, Bom.active.is_(True)))
        bom = Bom(product_id=product.id, version_no=last + 1, active=has_active is None, **header)
        s.add(bom)
        s.flush()
        _write_lines(s, bom, lines)
        card = card_of(s, bom)
        uow.commit()
        return card


@requires(Area.PRODUCTION, Action.EDIT)
def update_bom(uow: UnitOfWork, bom_id: int, form: BomForm, *, expected_version: int) -> BomCard:
    """Save a version's header and lines; raises NotFound, ConcurrentEdit, ValidationError. Open
    production orders keep the lines they copied."""
    with uow:
        s = uow.session
        bom = get_or_404(s, Bom, bom_id, "bill of materials")
        _check(s, bom, expected_version)
        if form.product_id != bom.product_id:
            raise ValidationError({"product_id": msg("a bill's product cannot change; make a bill for the other product")})
        _, header, lines = _validate(s, form, bom)
        for k, val in header.items():
            setattr(bom, k, val)
        _write_lines(s, bom, lines)
        bom.updated_at = utcnow()  # the version moves even when only lines changed
        s.flush()
        card = card_of(s, bom)
        uow.commit()
        return card


@requires(Area.PRODUCTION, Action.CREATE)
def copy_bom(uow: UnitOfWork, bom_id: int) -> BomCard:
    """A new, inactive version with the lines of `bom_id` (to change a recipe without touching the one in use)."""
    with uow:
        s = uow.session
        src = get_or_404(s, Bom, bom_id, "bill of materials")
        last = s.scalar(select(func.max(Bom.version_no)).where(Bom.product_id == src.product_id)) or 0
        bom = Bom(product_id=src.product_id, version_no=last + 1, active=False, name=src.name,
                  quantity=src.quantity, notes=src.notes)
        s.add(bom)
        s.flush()
        _write_lines(s, bom, [{"component_id": ln.component_id, "quantity": ln.quantity,
                               "scrap_percent": ln.scrap_percent, "notes": ln.notes} for ln in _lines(s, src.id)])
        card = card_of(s, bom)
        uow.commit()
        return card


@requires(Area.PRODUCTION, Action.EDIT)
def activate_bom(uow: UnitOfWork, bom_id: int, *, expected_version: int) -> BomCard:
    """Make this version the product's active one (the previous active one stops being so)."""
    with uow:
        s = uow.session
        bom = get_or_404(s, Bom, bom_id, "bill of materials")
        _check(s, bom, expected_version)
        # Lock the product's versions together so two activations cannot both win.
        others = list(s.scalars(select(Bom).where(Bom.product_id == bom.product_id).with_for_update()))
        for other in others:
            if other.id != bom.id and other.active:
                other.active = False
        s.flush()
        bom.active = True
        s.flush()
        card = card_of(s, bom)
        uow.commit()
        return card


@requires(Area.PRODUCTION, Action.DELETE)
def delete_bom(uow: UnitOfWork, bom_id: int, *, expected_version: int) -> None:
    """Delete an inactive version no production order was made from; raises ValidationError otherwise."""
    with uow:
        s = uow.session
        bom = get_or_404(s, Bom, bom_id, "bill of materials")
        check_version(s, bom, expected_version, "bill of materials")
        if bom.active:
            raise ValidationError({"active": msg("the active version cannot be deleted; activate another one first")})
        used = s.scalar(select(func.count()).select_from(ProductionOrder).where(ProductionOrder.bom_id == bom.id))
        if used:
            raise ValidationError({"id": msg("{used} production order(s) were made from this version; it is kept", used=used)})
        s.delete(bom)
        uow.commit()


@requires(Area.PRODUCTION, Action.VIEW)
def load_bom(uow: UnitOfWork, bom_id: int) -> BomCard:
    with uow:
        s = uow.session
        return card_of(s, get_or_404(s, Bom, bom_id, "bill of materials"))


@requires(Area.PRODUCTION, Action.VIEW)
def active_bom(uow: UnitOfWork, product_id: int) -> BomCard | None:
    """The product's active version, or None."""
    with uow:
        s = uow.session
        bom = s.scalar(select(Bom).where(Bom.product_id == product_id, Bom.active.is_(True)))
        return card_of(s, bom) if bom is not None else None


@requires(Area.PRODUCTION, Action.VIEW)
def list_versions(uow: UnitOfWork, product_id: int) -> list[BomRow]:
    with uow:
        s = uow.session
        count = (select(func.count()).where(BomLine.bom_id == Bom.id).correlate(Bom).scalar_subquery())
        return [BomRow(r[0], product_id, r[1], r[2], r[3], r[4], r[5], r[6]) for r in s.execute(
            select(Bom.id, Bom.version_no, Bom.name, Bom.quantity, Bom.active, count, Bom.version)
            .where(Bom.product_id == product_id).order_by(Bom.version_no))]


@requires(Area.PRODUCTION, Action.VIEW)
def list_bom_products(uow: UnitOfWork, *, search: str = "", limit: int = 500) -> list[BomProductRow]:
    """Products that have bills, by name; `search` matches SKU or name."""
    with uow:
        s = uow.session
        versions = func.count(Bom.id)
        active_id = func.max(Bom.id).filter(Bom.active.is_(True))
        active_no = func.max(Bom.version_no).filter(Bom.active.is_(True))
        stmt = (select(Product.id, Product.sku, Product.name, Product.kind, versions, active_id, active_no)
                .join(Bom, Bom.product_id == Product.id)
                .group_by(Product.id, Product.sku, Product.name, Product.kind, Product.name_key)
                .order_by(Product.name_key, Product.id).limit(limit))
        text = v.fold(search) if search.strip() else ""
        if text:
            stmt = stmt.where(or_(Product.search_text.contains(text, autoescape=True),
                                  Product.name_key.contains(text, autoescape=True)))
        return [BomProductRow(*r) for r in s.execute(stmt)]


def _batch(s: Session, product_id: int, quantity, bom_id: int | None) -> tuple[Product, Decimal, Recipe]:
    product = get_or_404(s, Product, product_id, "product")
    errors: dict[str, str] = {}
    qty = parse_decimal(quantity, "quantity", errors)
    if qty is not None and qty <= 0:
        errors["quantity"] = msg("must be more than zero")
    raise_if(errors)
    recipe = recipe_of(s, product_id, bom_id)
    if recipe is None:
        raise ValidationError({"product_id": msg("{name} has no active bill of materials", name=product.name)})
    return product, qty, recipe


@requires(Area.PRODUCTION, Action.VIEW)
def explode(uow: UnitOfWork, product_id: int, quantity, *, bom_id: int | None = None) -> Explosion:
    """What `quantity` of the product takes, through every level: the tree, and the raw materials and
    services summed (each step rounded up to its unit). Raises ValidationError (no BOM, bad quantity)."""
    with uow:
        s = uow.session
        _, qty, recipe = _batch(s, product_id, quantity, bom_id)
        tree, raw = explode_in(s, product_id, qty, recipe=recipe)
        info = parts(s, {c for _, c, _, _ in tree})
        rows = tuple(ExplosionLine(level, c, info[c].sku, info[c].name, info[c].unit, q, info[c].is_service, sub)
                     for level, c, q, sub in tree)
        raw_rows = tuple(sorted((Requirement(c, info[c].sku, info[c].name, info[c].unit, q, info[c].is_service)
                                 for c, q in raw.items()), key=lambda r: (r.is_service, r.name.casefold(), r.sku)))
        return Explosion(product_id, qty, rows, raw_rows)


@requires(Area.PRODUCTION, Action.VIEW)
def cost_rollup(uow: UnitOfWork, product_id: int, *, quantity=Decimal(1), bom_id: int | None = None) -> CostRollup:
    """What `quantity` of the product costs to make by its BOM (see structure.rollup_in)."""
    with uow:
        s = uow.session
        _, qty, recipe = _batch(s, product_id, quantity, bom_id)
        lines, materials, services = rollup_in(s, product_id, qty, recipe=recipe)
        info = parts(s, {ln[1] for ln in lines})
        total = materials + services
        return CostRollup(product_id, qty, materials, services, total, (total / qty).quantize(COST_STEP),
                          tuple(CostLine(level, c, info[c].sku, info[c].name, q, each, cost, basis)
                                for level, c, q, each, cost, basis in lines))


@requires(Area.PRODUCTION, Action.VIEW)
def where_used(uow: UnitOfWork, component_id: int) -> list[WhereUsedRow]:
    """Every bill that uses the component: directly (level 1, any version) and through the products that
    use it (level 2, 3, … through active bills)."""
    with uow:
        s = uow.session
        get_or_404(s, Product, component_id, "product")
        rows: list[WhereUsedRow] = []
        frontier, seen, level = {component_id}, {component_id}, 1
        while frontier:
            stmt = (select(Bom.id, Bom.product_id, Bom.version_no, Bom.active, BomLine.quantity, BomLine.component_id)
                    .join(BomLine, BomLine.bom_id == Bom.id).where(BomLine.component_id.in_(frontier)))
            if level > 1:
                stmt = stmt.where(Bom.active.is_(True))
            found = list(s.execute(stmt))
            info = parts(s, {r[1] for r in found})
            nxt = set()
            for bid, pid, vno, active, qty, _ in sorted(found, key=lambda r: (info[r[1]].name.casefold(), r[2])):
                rows.append(WhereUsedRow(pid, info[pid].sku, info[pid].name, bid, vno, active, qty, level))
                if active and pid not in seen:
                    nxt.add(pid)
                    seen.add(pid)
            frontier, level = nxt, level + 1
        return rows
