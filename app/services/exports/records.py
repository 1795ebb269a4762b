"""A price list's prices and a client's timeline to Excel: every row the screen would list (the screens show a
page at a time), with the screen's search or filter. Times are local, as the screens show them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from sqlalchemy import func, select

from app.models import Client, PriceList, Product
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import get_or_404
from app.services.catalog.pricing import base_list, list_price
from app.services.errors import NotFound, ValidationError
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.planner.recurrence import to_local
from app.services.timeline.forms import FILTER_GROUPS
from app.services.timeline.timeline import MAX_LIMIT, client_timeline
from app.services.uow import UnitOfWork
from app.services.words import code_title
from app.services.xlsx import XColumn

PRICE_COLUMNS = (XColumn(msg("SKU"), width=14), XColumn(msg("Product"), width=40), XColumn(msg("Base price"), "money"),
                 XColumn(msg("Base currency"), width=9), XColumn(msg("Explicit price"), "money"),
                 XColumn(msg("Price on this list"), "money"), XColumn(msg("Currency"), width=9), XColumn(msg("From"), width=10))
SOURCES = {"explicit": msg("Explicit"), "rule": msg("Rule"), "sale_price": msg("Sale price")}


@requires(Area.PRODUCTS, Action.EXPORT)
def export_price_list(uow: UnitOfWork, path: str | Path, price_list_id: int, *, search: str = "",
                      progress: ExportProgress | None = None) -> int:
    """Every active product matching `search` (SKU, name, barcode) with its price on the list, by name, as the
    price list's grid shows them (all, not a page); raises NotFound. Returns the rows written."""
    stmt = select(Product).where(Product.archived.is_(False)).order_by(Product.name_key, Product.id)
    if search.strip():
        stmt = stmt.where(Product.search_text.contains(v.fold(v.clean(search)), autoescape=True))
    with uow:
        s = uow.session
        pl = get_or_404(s, PriceList, price_list_id, "price list")
        base = base_list(s)
        total = s.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
        name, currency = pl.name, pl.currency

        def rows() -> Iterator[tuple]:
            for product in s.scalars(stmt, execution_options={"yield_per": BATCH}):
                price, source, cur = list_price(s, pl, product)
                base_price, _, base_currency = list_price(s, base, product)
                yield (product.sku, product.name, base_price, base_currency, price if source == "explicit" else None,
                       price, cur, translated(SOURCES.get(source, source)))

        return write_export(path, PRICE_COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Prices"),
                            title=msg("Price list: {name} ({currency})", name=name, currency=currency))


TIMELINE_COLUMNS = (XColumn(msg("When"), "datetime"), XColumn(msg("What"), width=18), XColumn(msg("Title"), width=40),
                    XColumn(msg("Detail"), width=40), XColumn(msg("Facts"), width=30), XColumn(msg("Status"), width=12),
                    XColumn(msg("By"), width=22), XColumn(msg("Due"), "datetime"))
ENTRY_TITLES = {"call": msg("Call"), "meeting": msg("Meeting"), "email": msg("E-mail"), "note": msg("Note"), "task": msg("Task"),
                "task_done": msg("Task done"), "deal_created": msg("Deal created"), "deal_stage": msg("Deal moved"),
                "deal_won": msg("Deal won"), "deal_lost": msg("Deal lost"), "service_request": msg("Service request"),
                "campaign_email": msg("Campaign e-mail"), "stock_document": msg("Stock document"), "document": msg("Document"),
                "payment": msg("Payment")}
DIRECTED = {("call", "in"): msg("Incoming call"), ("call", "out"): msg("Outgoing call"), ("email", "in"): msg("Incoming e-mail"),
            ("email", "out"): msg("Outgoing e-mail"), ("stock_document", "in"): msg("Goods received"),
            ("stock_document", "out"): msg("Goods shipped"), ("payment", "in"): msg("Payment received"),
            ("payment", "out"): msg("Payment made")}


def entry_title(kind: str, direction: str) -> str:
    """What the entry is, in words ('Incoming call', 'Deal won'); a document is named by its type."""
    if kind == "document" and direction:
        return code_title(direction)
    return translated(DIRECTED.get((kind, direction)) or ENTRY_TITLES.get(kind, kind))


def _all_entries(uow: UnitOfWork, client_id: int, kinds: Iterable[str] | None):
    before = None
    while True:
        page, more = client_timeline(uow, client_id, before=before, limit=MAX_LIMIT, kinds=kinds)
        yield from page
        if not more or not page:
            return
        before = page[-1].at


@requires(Area.TASKS, Action.EXPORT)
def export_timeline(uow: UnitOfWork, path: str | Path, client_id: int, *, group: str = "all",
                    progress: ExportProgress | None = None) -> int:
    """The client's whole timeline (or one filter group: interactions, tasks, deals, service, documents),
    newest first, to an .xlsx file; raises NotFound or ValidationError. Returns the rows written."""
    kinds = None if group == "all" else FILTER_GROUPS.get(group)
    if group != "all" and kinds is None:
        raise ValidationError({"group": msg("is one of all, {choices}", choices=', '.join(FILTER_GROUPS))})
    with uow:
        client = uow.session.get(Client, client_id)
        if client is None:
            raise NotFound("client", client_id)
        name = client.display_name
    rows = [(to_local(e.at), entry_title(e.kind, e.direction), e.title, e.detail, e.facts, code_title(e.status) if e.status else "",
             e.user_name, to_local(e.due_at) if e.due_at else None) for e in _all_entries(uow, client_id, kinds)]
    return write_export(path, TIMELINE_COLUMNS, rows, total=len(rows), progress=progress, sheet_title=msg("Timeline"),
                        title=msg("Timeline: {name}", name=name))
