"""Reading the audit trail: one record's History, the whole trail with filters, and its check."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.models import (
    AuditEvent,
    Bom,
    Campaign,
    Client,
    Deal,
    Document,
    Payment,
    Product,
    ProductionOrder,
    Segment,
    ServiceRequest,
    StockDocument,
    Task,
)
from app.services.access import audit
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound
from app.services.exports.common import BATCH, ExportProgress, write_export
from app.services.i18n import msg
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn

# Whose right lets a user read a record's History: the right to view the record itself.
ENTITY_AREA: dict[str, tuple[Area, type]] = {
    "client": (Area.CLIENTS, Client), "deal": (Area.DEALS, Deal), "task": (Area.TASKS, Task),
    "document": (Area.DOCUMENTS, Document), "product": (Area.PRODUCTS, Product),
    "stock_document": (Area.WAREHOUSE, StockDocument), "payment": (Area.PAYMENTS, Payment),
    "production_order": (Area.PRODUCTION, ProductionOrder), "bom": (Area.PRODUCTION, Bom),
    "service_request": (Area.SERVICE_DESK, ServiceRequest), "campaign": (Area.MARKETING, Campaign),
    "segment": (Area.MARKETING, Segment),
}


def _same(name: str) -> str:
    return name


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    user_login: str
    action: str
    entity: str
    record_id: int | None
    label: str
    changes: dict[str, Any]

    @classmethod
    def of(cls, ev: AuditEvent) -> AuditRow:
        return cls(ev.id, ev.at, ev.user_login, ev.action, ev.entity, ev.record_id, ev.label, json.loads(ev.changes))

    def describe(self, field: Callable[[str], str] = _same, kind: Callable[[str], str] = _same,
                 action: Callable[[str], str] = _same, arrow: str = "→") -> str:
        """The changed fields in one line: `status: draft → confirmed; total: 10.00 → 12.00`; the screens pass
        `field`, `kind` and `action` to name the fields, a line's kind and what happened to it in words, and
        `arrow` "←" where the line reads right to left (old value on the right, new on the left)."""
        parts = []
        changes = dict(self.changes)
        part = changes.pop("part", None)
        part_id = changes.pop("part_id", None)
        change = changes.pop("change", None)
        for name, value in changes.items():
            if isinstance(value, list) and len(value) == 2:
                parts.append(f"{field(name)}: {_show(value[0])} {arrow} {_show(value[1])}")
            else:
                parts.append(f"{field(name)}: {_show(value)}")
        text = "; ".join(parts)
        if part:
            head = f"{kind(part)} {part_id} {action(change) if change else ''}".rstrip()
            return f"{head}: {text}" if text else head
        return text


def _show(value: Any) -> str:
    return "—" if value in (None, "") else str(value)


@requires(Area.AUDIT, Action.VIEW)
def search_audit(uow: UnitOfWork, *, user_login: str = "", entity: str = "", action: str = "",
                 since: datetime | None = None, until: datetime | None = None, record_id: int | None = None,
                 before_id: int | None = None, limit: int = 200) -> list[AuditRow]:
    """Entries newest first matching the filters; `before_id` pages further back."""
    stmt = _filtered(select(AuditEvent), user_login=user_login, entity=entity, action=action, since=since,
                     until=until, record_id=record_id)
    if before_id is not None:
        stmt = stmt.where(AuditEvent.id < before_id)
    with uow:
        return [AuditRow.of(ev) for ev in uow.session.scalars(stmt.order_by(AuditEvent.id.desc()).limit(limit))]


def _filtered(stmt, *, user_login: str, entity: str, action: str, since: datetime | None, until: datetime | None,
              record_id: int | None):
    if user_login:
        stmt = stmt.where(AuditEvent.user_login == user_login)
    if entity:
        stmt = stmt.where(AuditEvent.entity == entity)
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if since is not None:
        stmt = stmt.where(AuditEvent.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEvent.at < until)
    if record_id is not None:
        stmt = stmt.where(AuditEvent.record_id == record_id)
    return stmt


AUDIT_COLUMNS = (XColumn(msg("Time"), "datetime"), XColumn(msg("User"), width=16), XColumn(msg("Action"), width=12),
                 XColumn(msg("Record"), width=22), XColumn(msg("Label"), width=30), XColumn(msg("Changes"), width=80),
                 XColumn(msg("Entry"), "int", width=9))


def _local(moment: datetime) -> datetime:
    """A stored (naive UTC) time as this computer's local time, as the screen shows it."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@requires(Area.AUDIT, Action.EXPORT)
def export_audit(uow: UnitOfWork, path: str | Path, *, user_login: str = "", entity: str = "", action: str = "",
                 since: datetime | None = None, until: datetime | None = None, record_id: int | None = None,
                 progress: ExportProgress | None = None, kind_name: Callable[[str], str] = _same,
                 field_name: Callable[[str], str] = _same, action_name: Callable[[str], str] = _same,
                 arrow: str = "→") -> int:
    """The entries the audit window's filters select, newest first, as an .xlsx file (times local).
    `kind_name`, `field_name` and `action_name` name the record kinds, fields and actions as the window shows them (the
    raw names by default); the Entry column keeps the entry's number. Returns how many rows were written."""
    filters = {"user_login": user_login, "entity": entity, "action": action, "since": since, "until": until,
               "record_id": record_id}
    with uow:
        s = uow.session
        total = s.scalar(_filtered(select(func.count()).select_from(AuditEvent), **filters)) or 0
        stmt = _filtered(select(AuditEvent), **filters).order_by(AuditEvent.id.desc())

        def rows() -> Iterator[tuple]:
            for ev in s.scalars(stmt, execution_options={"yield_per": BATCH}):
                row = AuditRow.of(ev)
                kind = kind_name(row.entity)
                record = f"{kind} {row.record_id}" if row.record_id is not None else kind
                yield (_local(row.at), row.user_login, action_name(row.action), record, row.label,
                       row.describe(field_name, kind_name, action_name, arrow), row.id)

        return write_export(path, AUDIT_COLUMNS, rows(), total=total, progress=progress, sheet_title=msg("Audit trail"))


def record_history(uow: UnitOfWork, entity: str, record_id: int) -> list[AuditRow]:
    """A record's History, oldest first (its lines and parts included); raises PermissionDenied or NotFound
    for a record the user may not see."""
    area_model = ENTITY_AREA.get(entity)
    principal = uow.principal()
    if area_model is None:
        principal.require(Area.AUDIT, Action.VIEW)
    else:
        principal.require(area_model[0], Action.VIEW)
    with uow:
        s = uow.session
        # Read through the ORM, so the user's scope decides whether the record is theirs to see.
        if area_model is not None and not principal.unrestricted \
                and s.scalar(select(area_model[1].id).where(area_model[1].id == record_id)) is None:
            raise NotFound(entity, record_id)
        stmt = (select(AuditEvent).where(AuditEvent.entity == entity, AuditEvent.record_id == record_id)
                .order_by(AuditEvent.id))
        return [AuditRow.of(ev) for ev in s.scalars(stmt)]


record_history.permission = "inside"  # type: ignore[attr-defined]  (checks the record's own area above)


@requires(Area.AUDIT, Action.VIEW)
def check_audit(uow: UnitOfWork) -> audit.ChainCheck:
    """Recompute the whole chain; the result names the first entry that was tampered with."""
    with uow:
        return audit.verify_chain(uow.session)


@requires(Area.AUDIT, Action.VIEW)
def audit_entities(uow: UnitOfWork) -> list[str]:
    """The kinds of record the trail holds (the filter's choices)."""
    with uow:
        return list(uow.session.scalars(select(AuditEvent.entity).group_by(AuditEvent.entity)
                                        .order_by(AuditEvent.entity)))
