"""Merging two cards of the same client: one survives and takes everything the other had."""

from __future__ import annotations

from sqlalchemy import Table, UniqueConstraint, delete, func, select, true, update
from sqlalchemy.orm import Session

from app.models import Base, Client, ClientMerge, client_tag, utcnow
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.clients.editing import _load, _stale, card_of, commit_card, form_of, refresh_summary
from app.services.clients.forms import ClientCard
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

# Scalar fields the user may take from the merged card instead of the survivor's.
MERGEABLE_FIELDS = ("kind", "display_name", "legal_name", "tax_id", "registration_ids", "source", "manager_id")


def _client_references() -> list[tuple[str, str]]:
    """(table, column) of every foreign key to client.id, so later areas' rows (and the record of
    earlier merges into the merged card) move too."""
    refs = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == "client" and table.name not in ("client", "client_tag"):
                refs.append((table.name, fk.parent.name))
    return refs


def _unique_per_client(table: Table, column: str) -> bool:
    col = table.c[column]
    return bool(col.unique) or any(
        isinstance(c, UniqueConstraint) and [x.name for x in c.columns] == [column] for c in table.constraints)


def _move_rows(s: Session, table: Table, column: str, survivor_id: int, merged_id: int) -> None:
    """Re-point the merged client's rows of `table` to the survivor, listed after the survivor's own."""
    moving = table.c[column] == merged_id
    # One row per client (e.g. price terms): the survivor's own wins, the merged card's goes.
    if _unique_per_client(table, column) and s.scalar(
            select(func.count()).select_from(table).where(table.c[column] == survivor_id)):
        s.execute(delete(table).where(moving))
    if "sort_order" in table.c:
        # A contact person's channels keep their order within the person (who moves as a whole).
        listed = table.c.contact_person_id.is_(None) if "contact_person_id" in table.c else true()
        offset = s.scalar(select(func.coalesce(func.max(table.c.sort_order) + 1, 0))
                          .where(table.c[column] == survivor_id, listed))
        s.execute(update(table).where(moving, listed)
                  .values({column: survivor_id, "sort_order": table.c.sort_order + offset}))
    s.execute(update(table).where(moving).values({column: survivor_id}))


@requires(Area.CLIENTS, Action.EDIT)
def merge_clients(uow: UnitOfWork, survivor_id: int, merged_id: int, *, survivor_version: int,
                  merged_version: int, take_from_merged: frozenset[str] = frozenset()) -> ClientCard:
    """Move every contact, channel, address, account, tag and later record of `merged_id` to
    `survivor_id`, take the chosen fields from it, record the merge and delete the merged card.
    Raises ValidationError, NotFound or ConcurrentEdit."""
    if survivor_id == merged_id:
        raise ValidationError({"merged_id": msg("a client cannot be merged with itself")})
    if unknown := set(take_from_merged) - set(MERGEABLE_FIELDS):
        raise ValidationError({"take_from_merged": msg("cannot take {choices}", choices=', '.join(sorted(unknown)))})
    with uow:
        s = uow.session
        # Both rows stay locked until commit: a save from another desktop waits, then is refused.
        first, second = sorted((survivor_id, merged_id))  # always the same order: no deadlock
        loaded = {first: _load(s, first, lock=True), second: _load(s, second, lock=True)}
        survivor, merged = loaded[survivor_id], loaded[merged_id]
        if survivor.version != survivor_version:
            raise _stale(s, survivor_id)
        if merged.version != merged_version:
            raise _stale(s, merged_id)
        for name in take_from_merged:
            setattr(survivor, name, getattr(merged, name))
        if "display_name" in take_from_merged:
            survivor.name_key = merged.name_key
        if "tax_id" in take_from_merged:
            survivor.tax_id_key = merged.tax_id_key
        for col in ("is_lead", "is_customer", "is_supplier"):
            setattr(survivor, col, getattr(survivor, col) or getattr(merged, col))
        # An opt-out given on either card holds for the person or company behind both.
        survivor.unsubscribed = survivor.unsubscribed or merged.unsubscribed
        survivor.source_campaign_id = survivor.source_campaign_id or merged.source_campaign_id
        if merged.notes and merged.notes not in survivor.notes:
            survivor.notes = "\n\n".join(n for n in (survivor.notes, merged.notes) if n)
        survivor.tags = list({t.id: t for t in [*survivor.tags, *merged.tags]}.values())
        s.add(ClientMerge(survivor_id=survivor.id, merged_client_id=merged.id, merged_code=merged.code or "",
                          merged_name=merged.display_name, merged_at=utcnow(), merged_by_id=uow.user_id))
        s.flush()
        tables = {t.name: t for t in Base.metadata.sorted_tables}
        for table_name, column in _client_references():
            _move_rows(s, tables[table_name], column, survivor.id, merged.id)
        s.execute(delete(client_tag).where(client_tag.c.client_id == merged.id))
        s.expire_all()
        merged = s.get(Client, merged_id)
        s.delete(merged)
        s.flush()
        survivor = _load(s, survivor_id)
        refresh_summary(survivor)
        survivor.updated_at = utcnow()
        return commit_card(uow, survivor)


@requires(Area.CLIENTS, Action.VIEW)
def merge_preview(uow: UnitOfWork, survivor_id: int, merged_id: int) -> tuple[ClientCard, ClientCard]:
    """Both cards side by side for the merge dialog."""
    with uow:
        s = uow.session
        return card_of(s, _load(s, survivor_id)), card_of(s, _load(s, merged_id))


@requires(Area.CLIENTS, Action.VIEW)
def merges_into(uow: UnitOfWork, client_id: int) -> list[tuple[str, str]]:
    """(code, name) of the cards merged into this client."""
    with uow:
        return list(uow.session.execute(
            select(ClientMerge.merged_code, ClientMerge.merged_name).where(ClientMerge.survivor_id == client_id)
            .order_by(ClientMerge.merged_at)).tuples())


__all__ = ["MERGEABLE_FIELDS", "form_of", "merge_clients", "merge_preview", "merges_into"]
