"""The clients list to Excel: the list's columns, search, filters and sort."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from app.models.clients import ClientKind, ClientRole, ClientStatus
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.clients.forms import ClientQuery
from app.services.clients.listing import count_in, ordered_ids_query, rows_of
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg, translated
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

COLUMNS = (XColumn(msg("Name"), width=36), XColumn(msg("Code"), width=12), XColumn(msg("Kind"), width=10),
           XColumn(msg("Roles"), width=22), XColumn(msg("Phone"), width=20), XColumn(msg("E-mail"), width=28),
           XColumn(msg("City"), width=18), XColumn(msg("Tax ID"), width=16), XColumn(msg("Manager"), width=22),
           XColumn(msg("Tags"), width=24), XColumn(msg("Status"), width=10))
ROLE_TITLES = {ClientRole.LEAD: msg("Lead"), ClientRole.CUSTOMER: msg("Customer"), ClientRole.SUPPLIER: msg("Supplier")}
KIND_TITLES = {ClientKind.COMPANY: msg("Company"), ClientKind.PERSON: msg("Person")}
STATUS_TITLES = {ClientStatus.ACTIVE: msg("Active"), ClientStatus.ARCHIVED: msg("Archived")}


@requires(Area.CLIENTS, Action.EXPORT)
def export_clients(uow: UnitOfWork, path: str | Path, query: ClientQuery = ClientQuery(), *,  # noqa: B008
                   progress: ExportProgress | None = None) -> int:
    """Every client the list shows for `query` (search, role, tag, manager, status; its sort) as an .xlsx
    file at `path`; returns how many rows were written. Raises what `progress.report` raises (no file then)."""
    with uow:
        s = uow.session
        total = count_in(s, query)

        def rows() -> Iterator[tuple]:
            ids = s.execute(ordered_ids_query(s, query), execution_options={"yield_per": BATCH}).scalars()
            for batch in ids.partitions():
                for r in rows_of(s, batch):
                    yield (r.display_name, r.code, translated(KIND_TITLES.get(r.kind, r.kind)),
                           ", ".join(translated(ROLE_TITLES.get(x, x)) for x in sorted(r.roles)), r.phone, r.email, r.city,
                           r.tax_id, r.manager, r.tags, translated(STATUS_TITLES.get(r.status, r.status)))

        return write_export(path, COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Clients"))
