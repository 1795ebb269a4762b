"""The audit trail: every change, post, print and export, who and when, old and new values, chained by hash.

Changes are collected from the ORM at each flush and written just before the transaction commits, in
the same transaction (a rolled-back change leaves no entry, a committed one always has one). Each
entry's hash covers its content and the previous entry's hash, so editing or removing a past entry
breaks the chain at that point (`verify_chain`, `karavan check audit`). The database itself refuses
UPDATE and DELETE on the table (triggers, migration 0011).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, func, insert, inspect, select, text
from sqlalchemy.orm import Session

from app.models import AuditEvent, User, utcnow
from app.services.i18n import msg

# Ledgers and figures the system keeps up to date by itself: their source documents are audited instead.
NOT_AUDITED = frozenset({
    "audit_event", "stock_move", "stock_balance", "stock_period_sum", "client_balance", "number_sequence",
    "reservation", "user_setting", "deal_stage_change", "campaign_recipient", "clerk_pin", "company_image",
    "product_photo", "production_completion",
    # The automation's own bookkeeping (its rules are audited; what their actions change is too).
    "automation_event", "automation_run", "automation_firing", "automation_notice",
})
# Lines and parts are recorded under the record they belong to, so its History shows them.
PARENT = {
    "document_line": ("document", "document_id"), "stock_doc_line": ("stock_document", "document_id"),
    "deal_line": ("deal", "deal_id"), "contact_person": ("client", "client_id"),
    "contact_channel": ("client", "client_id"), "address": ("client", "client_id"),
    "bank_account": ("client", "client_id"), "bom_line": ("bom", "bom_id"),
    "production_order_line": ("production_order", "order_id"), "barcode": ("product", "product_id"),
    "price": ("product", "product_id"), "supplier_product": ("product", "product_id"),
    "payment_allocation": ("payment", "payment_id"), "key_result": ("objective", "objective_id"),
}
# Bookkeeping columns (the entry itself says who and when) and secrets.
SKIPPED = frozenset({"id", "version", "created_at", "updated_at", "created_by_id", "updated_by_id", "search_text",
                     "name_key", "login_key", "tax_id_key"})
SECRET = frozenset({"password_hash"})
LABEL_FIELDS = ("number", "display_name", "title", "name", "login", "sku", "subject")
# Any number, the same in every Karavan: serialises writers of the chain on PostgreSQL.
_CHAIN_LOCK = 7_212_026
_PENDING = "audit_pending"


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return value


def _label(obj: Any) -> str:
    for name in LABEL_FIELDS:
        value = getattr(obj, name, None)
        if value:
            return str(value)[:300]
    return ""


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs if attr.key not in SKIPPED]


def _value(name: str, value: Any) -> Any:
    return "***" if name in SECRET else _plain(value)


def _entry(obj: Any, action: str) -> dict[str, Any] | None:
    table = obj.__table__.name
    if table in NOT_AUDITED:
        return None
    state = inspect(obj)
    if action == "update":
        changes = {}
        for name in _columns(obj):
            history = state.attrs[name].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes[name] = [_value(name, old), _value(name, new)]
        if not changes:
            return None
    else:
        changes = {name: _value(name, getattr(obj, name)) for name in _columns(obj)
                   if getattr(obj, name) not in (None, "")}
    record_id = getattr(obj, "id", None)
    entity, label = table, _label(obj)
    if table in PARENT:
        entity, key = PARENT[table]
        changes = {"part": table, "part_id": record_id, "change": action, **changes}
        record_id, action = getattr(obj, key), "update"
    return {"action": action, "entity": entity, "record_id": record_id, "label": label, "changes": changes}


@event.listens_for(Session, "after_flush")
def _collect(session: Session, _context: object) -> None:
    pending = session.info.setdefault(_PENDING, [])
    for action, objs in (("create", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objs:
            if action == "update" and not session.is_modified(obj, include_collections=False):
                continue
            if (entry := _entry(obj, action)) is not None:
                pending.append(entry)


def record(session: Session, action: str, entity: str, record_id: int | None, *, label: str = "",
           details: dict[str, Any] | None = None) -> None:
    """Add an entry that is not a row change (post, print, export, login…) to the session's transaction."""
    session.info.setdefault(_PENDING, []).append(
        {"action": action, "entity": entity, "record_id": record_id, "label": label[:300],
         "changes": {k: _plain(v) for k, v in (details or {}).items()}})


def entry_hash(*, id: int, at: datetime, user_id: int | None, user_login: str, action: str, entity: str,
               record_id: int | None, label: str, changes: str, prev_hash: str) -> str:
    content = json.dumps([id, at.isoformat(timespec="microseconds"), user_id, user_login, action, entity,
                          record_id, label, changes, prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(content.encode()).hexdigest()


@event.listens_for(Session, "before_commit")
def _write(session: Session) -> None:
    if not session.info.get(_PENDING):
        return
    session.flush()     # the commit's own last flush comes after this hook: collect it now
    pending = session.info.pop(_PENDING, [])
    if not pending:
        return
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _CHAIN_LOCK})
    last = conn.execute(select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)).first()
    next_id, prev_hash = (last[0] + 1, last[1]) if last else (1, "")
    user_id = session.info.get("user_id")
    login = ""
    if user_id is not None:
        login = conn.execute(select(User.login).where(User.id == user_id)).scalar() or ""
    at = utcnow()
    rows = []
    for entry in pending:
        changes = json.dumps(entry["changes"], ensure_ascii=False, sort_keys=True, default=str)
        row = {"id": next_id, "at": at, "user_id": user_id, "user_login": login, "action": entry["action"],
               "entity": entry["entity"], "record_id": entry["record_id"], "label": entry["label"] or "",
               "changes": changes, "prev_hash": prev_hash}
        row["hash"] = prev_hash = entry_hash(**row)
        rows.append(row)
        next_id += 1
    conn.execute(insert(AuditEvent), rows)


@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, _previous_transaction: object) -> None:
    session.info.pop(_PENDING, None)


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    # The first entry whose hash or link does not match (None: the chain is whole).
    broken_at: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session, *, batch: int = 5000) -> ChainCheck:
    """Recompute every entry's hash in order; reports the first entry edited, removed or inserted."""
    prev_hash, expected_id, count = "", 1, 0
    after = 0
    while True:
        rows = session.execute(select(AuditEvent).where(AuditEvent.id > after).order_by(AuditEvent.id)
                               .limit(batch)).scalars().all()
        if not rows:
            return ChainCheck(count, None)
        for ev in rows:
            if ev.id != expected_id:
                return ChainCheck(count, expected_id, msg("entry {number} is missing", number=expected_id))
            if ev.prev_hash != prev_hash:
                return ChainCheck(count, ev.id, msg("its link to the entry before does not match"))
            want = entry_hash(id=ev.id, at=ev.at, user_id=ev.user_id, user_login=ev.user_login, action=ev.action,
                              entity=ev.entity, record_id=ev.record_id, label=ev.label, changes=ev.changes,
                              prev_hash=ev.prev_hash)
            if want != ev.hash:
                return ChainCheck(count, ev.id, msg("its content was changed after it was written"))
            prev_hash, expected_id, count = ev.hash, ev.id + 1, count + 1
        after = rows[-1].id
        session.expunge_all()


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0
