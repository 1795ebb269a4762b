"""The bills of materials list, a bill's explosion and cost roll-up, where a component is used, and the MRP
calculation (its proposals and its netting) to Excel.

The bills are read from the database with the list's search; the explosion, the cost and the MRP tables are
the calculation the screen shows (frozen service rows), written as they are: a new calculation could differ
from what the user looked at."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, or_, select

from app.models import Bom, BomLine, Product, Unit
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.totals import round_money
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.production.forms import CostRollup, Explosion, MrpResult, WhereUsedRow
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

BOM_COLUMNS = (XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=36), XColumn(msg("Version"), "int"),
               XColumn(msg("Name"), width=30), XColumn(msg("Makes"), "qty"), XColumn(msg("Unit"), width=8),
               XColumn(msg("Lines"), "int"), XColumn(msg("Active"), width=8), XColumn(msg("Changed"), "datetime"))


def bills_query(search: str = ""):
    """Every bill version of the products the BOM list shows for `search` (SKU or name), by product name and
    version."""
    lines = select(func.count()).where(BomLine.bom_id == Bom.id).correlate(Bom).scalar_subquery()
    stmt = (select(Product.sku, Product.name, Bom.version_no, Bom.name, Bom.quantity, Unit.name, lines, Bom.active,
                   Bom.updated_at)
            .join(Product, Product.id == Bom.product_id).join(Unit, Unit.id == Product.unit_id)
            .order_by(Product.name_key, Product.id, Bom.version_no))
    text = v.fold(search) if search.strip() else ""
    if text:
        stmt = stmt.where(or_(Product.search_text.contains(text, autoescape=True),
                              Product.name_key.contains(text, autoescape=True)))
    return stmt


@requires(Area.PRODUCTION, Action.EXPORT)
def export_boms(uow: UnitOfWork, path: str | Path, *, search: str = "", progress: ExportProgress | None = None) -> int:
    """The bills of materials (every version) of the products the list shows for `search`, to an .xlsx file.
    Returns the rows written."""
    stmt = bills_query(search)
    with uow:
        s = uow.session
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0

        def rows() -> Iterator[tuple]:
            for sku, product, number, name, makes, unit, count, active, changed in s.execute(
                    stmt, execution_options={"yield_per": BATCH}):
                yield sku, product, number, name, makes, unit, count, msg("Yes") if active else "", changed

        return write_export(path, BOM_COLUMNS, rows(), total=total, progress=progress,
                            sheet_title=msg("Bills of materials"))


PROPOSAL_COLUMNS = (XColumn(msg("Action"), width=8), XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=36),
                    XColumn(msg("Quantity"), "qty"), XColumn(msg("Unit"), width=8), XColumn(msg("Net requirement"), "qty"),
                    XColumn(msg("Need by"), "date"), XColumn(msg("Order by"), "date"), XColumn(msg("Supplier"), width=30),
                    XColumn(msg("Price"), "cost"), XColumn(msg("Currency"), width=9), XColumn(msg("Amount"), "money", total=True))
NETTING_COLUMNS = (XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=36), XColumn(msg("Level"), "int"),
                   XColumn(msg("Gross"), "qty"), XColumn(msg("On hand"), "qty"), XColumn(msg("Reserved"), "qty"),
                   XColumn(msg("Incoming"), "qty"), XColumn(msg("Draft POs"), "qty"), XColumn(msg("Planned output"), "qty"),
                   XColumn(msg("Safety"), "qty"), XColumn(msg("Net"), "qty"), XColumn(msg("Proposed"), "qty"), XColumn(msg("Unit"), width=8))
ACTIONS = {"make": msg("Make"), "buy": msg("Buy")}


def write_mrp_proposals(result: MrpResult, path: str | Path, *, progress: ExportProgress | None = None) -> int:
    """The calculation's proposed production and purchase orders, in its order, to an .xlsx file; a purchase's
    amount is quantity × price (summed when every priced line is in one currency). Returns the rows written."""
    currencies = {p.currency for p in result.proposals if p.price is not None}
    columns = PROPOSAL_COLUMNS if len(currencies) <= 1 else tuple(replace(c, total=False) for c in PROPOSAL_COLUMNS)
    rows = [(translated(ACTIONS.get(p.action, p.action)), p.sku, p.name, p.quantity, p.unit, p.net_requirement, p.need_by,
             p.order_by, p.supplier_name if p.action == "buy" else "", p.price, p.currency if p.price is not None else "",
             round_money(p.quantity * p.price, p.currency) if p.price is not None else None)
            for p in result.proposals]
    return write_export(path, columns, rows, total=len(rows), progress=progress, sheet_title=msg("MRP proposals"),
                        title=msg("Requirements up to {day}: proposals", day=result.horizon.isoformat()))


def write_mrp_netting(result: MrpResult, path: str | Path, *, progress: ExportProgress | None = None) -> int:
    """The calculation's netting per product (gross need, supply, net, proposed) to an .xlsx file. Returns the
    rows written."""
    rows = [(r.sku, r.name, r.low_level, r.gross, r.on_hand, r.reserved, r.incoming, r.drafted, r.planned_output,
             r.safety_stock, r.net, r.proposed, r.unit) for r in result.lines]
    return write_export(path, NETTING_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("MRP netting"),
                        title=msg("Requirements up to {day}: netting per product", day=result.horizon.isoformat()))


EXPLOSION_COLUMNS = (XColumn(msg("Section"), width=12), XColumn(msg("Level"), "int"), XColumn(msg("SKU"), width=14),
                     XColumn(msg("Component"), width=40), XColumn(msg("Quantity"), "qty"), XColumn(msg("Unit"), width=8),
                     XColumn(msg("Kind"), width=16))
COST_COLUMNS = (XColumn(msg("Level"), "int"), XColumn(msg("SKU"), width=14), XColumn(msg("Component"), width=40),
                XColumn(msg("Quantity"), "qty"), XColumn(msg("Unit cost"), "cost"), XColumn(msg("Cost"), "money"),
                XColumn(msg("Basis"), width=16))
BASES = {"average": msg("Average cost"), "purchase price": msg("Purchase price"), "rolled up": msg("Rolled up"),
         "service": msg("Service")}


def write_explosion(result: Explosion, path: str | Path, *, title: str = "",
                    progress: ExportProgress | None = None) -> int:
    """An explosion as calculated: the structure level by level, then the raw materials and services in all
    (the Section column tells them apart), to an .xlsx file. Returns the rows written."""
    rows = [(msg("Structure"), r.level, r.sku, r.name, r.quantity, r.unit,
             msg("Service") if r.is_service else msg("Made by its bill") if r.has_bom else msg("From stock")) for r in result.tree]
    rows += [(msg("In all"), None, r.sku, r.name, r.quantity, r.unit, msg("Service") if r.is_service else msg("Material"))
             for r in result.raw]
    return write_export(path, EXPLOSION_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Explosion"),
                        title=title or msg("Explosion for {quantity}", quantity=result.quantity))


def write_cost_rollup(result: CostRollup, path: str | Path, *, title: str = "",
                      progress: ExportProgress | None = None) -> int:
    """A cost roll-up as calculated: every line with its basis, then the materials, services, total and unit
    cost (lines of sub-assemblies are inside their parent's cost, so the lines are not summed). Returns the
    rows written."""
    rows = [(r.level, r.sku, r.name, r.quantity, r.unit_cost, r.cost, translated(BASES.get(r.basis, r.basis)))
            for r in result.lines]
    rows += [(None, "", label, None, None, value, "") for label, value in (
        (msg("Materials"), result.materials), (msg("Services"), result.services), (msg("Total"), result.total))]
    rows.append((None, "", msg("Unit cost"), None, result.unit_cost, None, ""))
    return write_export(path, COST_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Cost"),
                        title=title or msg("Cost of {quantity}", quantity=result.quantity))


WHERE_USED_COLUMNS = (XColumn(msg("Level"), "int"), XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=40),
                      XColumn(msg("Version"), "int"), XColumn(msg("Active"), width=8), XColumn(msg("Quantity per batch"), "qty"))


def write_where_used(rows: list[WhereUsedRow], path: str | Path, *, title: str = "",
                     progress: ExportProgress | None = None) -> int:
    """The bills that use a component (level 1 directly, 2 through a product that uses it, …), as the Where
    used tab lists them, to an .xlsx file. Returns the rows written."""
    table = [(r.level, r.sku, r.name, r.version_no, msg("Yes") if r.active else "", r.quantity) for r in rows]
    return write_export(path, WHERE_USED_COLUMNS, table, total=len(table), progress=progress,
                        sheet_title=msg("Where used"), title=title)
