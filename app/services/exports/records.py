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
from app.services.planner.recurrence import to_local
from app.services.timeline.forms import FILTER_GROUPS
from app.services.timeline.timeline import MAX_LIMIT, client_timeline
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

PRICE_COLUMNS = (XColumn("SKU", width=14), XColumn("Product", width=40), XColumn("Base price", "money"),
                 XColumn("Base currency", width=9), XColumn("Explicit price", "money"),
                 XColumn("Price on this list", "money"), XColumn("Currency", width=9), XColumn("From", width=10))
SOURCES = {"explicit": "Explicit", "rule": "Rule", "sale_price": "Sale price"}


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
                       price, cur, SOURCES.get(source, source))

        return write_export(path, PRICE_COLUMNS, rows(), total=total, progress=progress, sheet_title="Prices",
                            title=f"Price list: {name} ({currency})")


TIMELINE_COLUMNS = (XColumn("When", "datetime"), XColumn("What", width=18), XColumn("Title", width=40),
                    XColumn("Detail", width=40), XColumn("Facts", width=30), XColumn("Status", width=12),
                    XColumn("By", width=22), XColumn("Due", "datetime"))
ENTRY_TITLES = {"call": "Call", "meeting": "Meeting", "email": "E-mail", "note": "Note", "task": "Task",
                "task_done": "Task done", "deal_created": "Deal created", "deal_stage": "Deal moved",
                "deal_won": "Deal won", "deal_lost": "Deal lost", "service_request": "Service request",
                "campaign_email": "Campaign e-mail", "stock_document": "Stock document", "document": "Document",
                "payment": "Payment"}
DIRECTED = {("call", "in"): "Incoming call", ("call", "out"): "Outgoing call", ("email", "in"): "Incoming e-mail",
            ("email", "out"): "Outgoing e-mail", ("stock_document", "in"): "Goods received",
            ("stock_document", "out"): "Goods shipped", ("payment", "in"): "Payment received",
            ("payment", "out"): "Payment made"}


def entry_title(kind: str, direction: str) -> str:
    """What the entry is, in words ('Incoming call', 'Deal won'); a document is named by its type."""
    if kind == "document" and direction:
        return direction.replace("_", " ").capitalize()
    return DIRECTED.get((kind, direction)) or ENTRY_TITLES.get(kind, kind)


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
        raise ValidationError({"group": f"is one of all, {', '.join(FILTER_GROUPS)}"})
    with uow:
        client = uow.session.get(Client, client_id)
        if client is None:
            raise NotFound("client", client_id)
        name = client.display_name
    rows = [(to_local(e.at), entry_title(e.kind, e.direction), e.title, e.detail, e.facts, e.status.replace("_", " ").capitalize(),
             e.user_name, to_local(e.due_at) if e.due_at else None) for e in _all_entries(uow, client_id, kinds)]
    return write_export(path, TIMELINE_COLUMNS, rows, total=len(rows), progress=progress, sheet_title="Timeline",
                        title=f"Timeline: {name}")
