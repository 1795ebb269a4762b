"""A client's timeline: interactions, tasks, deal moves, service requests, campaign e-mails and posted stock
documents, merged.

Each source is one indexed query for the client (newest first, at most `limit + 1` rows older than
`before`); the merge keeps the newest `limit`. Paging is by time (keyset): the next page asks for
entries `before` the oldest time shown. Entries sharing the cut-off time all stay on the same page,
so none is shown twice or skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session, aliased

from app.models import (
    Campaign,
    CampaignRecipient,
    Client,
    ContactPerson,
    Deal,
    DealStageChange,
    Document,
    Interaction,
    LostReason,
    Payment,
    Product,
    RecipientStatus,
    ServiceRequest,
    Stage,
    StageKind,
    StockDocKind,
    StockDocStatus,
    StockDocument,
    Task,
    TaskStatus,
    User,
    Warehouse,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound, ValidationError
from app.services.i18n import msg
from app.services.timeline.forms import (
    CAMPAIGN_KINDS,
    DEAL_KINDS,
    DOCUMENT_KINDS,
    ENTRY_KINDS,
    INTERACTION_KINDS,
    PAYMENT_KINDS,
    SERVICE_KINDS,
    STOCK_KINDS,
    TimelineEntry,
)
from app.services.uow import UnitOfWork

MAX_LIMIT = 1000
# A condition on a source's time column: "older than the page start", or "exactly the cut-off time".
TimeFilter = Callable[[ColumnElement], ColumnElement | None]


@dataclass(frozen=True)
class _Source:
    kinds: frozenset[str]
    fetch: Callable[[Session, int, frozenset[str], TimeFilter, int | None], list[TimelineEntry]]


def _window(stmt, time_col, where: TimeFilter, limit: int | None, *tie_breakers):
    condition = where(time_col)
    if condition is not None:
        stmt = stmt.where(condition)
    stmt = stmt.order_by(time_col.desc(), *(t.desc() for t in tie_breakers))
    return stmt.limit(limit) if limit is not None else stmt


def _join(*parts: str | None, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


# -- the sources --------------------------------------------------------------------------------

def _interactions(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                  limit: int | None) -> list[TimelineEntry]:
    stmt = (select(Interaction, User.full_name, ContactPerson.full_name, Deal.title)
            .outerjoin(User, User.id == Interaction.user_id)
            .outerjoin(ContactPerson, ContactPerson.id == Interaction.contact_person_id)
            .outerjoin(Deal, Deal.id == Interaction.deal_id)
            .where(Interaction.client_id == client_id))
    if kinds != INTERACTION_KINDS:
        stmt = stmt.where(Interaction.kind.in_(sorted(kinds)))
    rows = s.execute(_window(stmt, Interaction.occurred_at, where, limit, Interaction.id)).all()
    return [TimelineEntry(
        at=i.occurred_at, kind=i.kind, title=i.subject, detail=i.result, user_name=who or "",
        record_kind="interaction", record_id=i.id, direction=i.direction,
        facts=_join(person, f"{i.duration_minutes} min" if i.duration_minutes else None, deal))
        for i, who, person, deal in rows]


def _task_entry(task: Task, who: str | None, person: str | None, kind: str) -> TimelineEntry:
    done = kind == "task_done"
    return TimelineEntry(
        at=task.completed_at if done else task.created_at, kind=kind, title=task.subject,
        detail=(task.result or task.description) if done else task.description, user_name=who or "",
        record_kind="task", record_id=task.id, facts=_join(person), status=task.status, due_at=task.due_at)


def _tasks_created(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                   limit: int | None) -> list[TimelineEntry]:
    stmt = (select(Task, User.full_name, ContactPerson.full_name)
            .outerjoin(User, User.id == Task.assignee_id)
            .outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)
            .where(Task.client_id == client_id))
    rows = s.execute(_window(stmt, Task.created_at, where, limit, Task.id)).all()
    return [_task_entry(t, who, person, "task") for t, who, person in rows]


def _tasks_done(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                limit: int | None) -> list[TimelineEntry]:
    stmt = (select(Task, User.full_name, ContactPerson.full_name)
            .outerjoin(User, User.id == Task.assignee_id)
            .outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)
            .where(Task.client_id == client_id, Task.status == TaskStatus.DONE, Task.completed_at.is_not(None)))
    rows = s.execute(_window(stmt, Task.completed_at, where, limit, Task.id)).all()
    return [_task_entry(t, who, person, "task_done") for t, who, person in rows]


def _deal_kind(to_stage: type[Stage]) -> ColumnElement:
    return case((DealStageChange.from_stage_id.is_(None), literal("deal_created")),
                (to_stage.kind == StageKind.WON, literal("deal_won")),
                (to_stage.kind == StageKind.LOST, literal("deal_lost")),
                else_=literal("deal_stage"))


def _deal_moves(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                limit: int | None) -> list[TimelineEntry]:
    to_stage, from_stage = aliased(Stage), aliased(Stage)
    kind = _deal_kind(to_stage)
    stmt = (select(DealStageChange, Deal.title, Deal.amount, Deal.currency, Deal.status, kind, to_stage.name,
                   from_stage.name, User.full_name, LostReason.name)
            .join(Deal, Deal.id == DealStageChange.deal_id)
            .join(to_stage, to_stage.id == DealStageChange.to_stage_id)
            .outerjoin(from_stage, from_stage.id == DealStageChange.from_stage_id)
            .outerjoin(User, User.id == DealStageChange.changed_by_id)
            .outerjoin(LostReason, LostReason.id == DealStageChange.lost_reason_id)
            .where(Deal.client_id == client_id))
    if kinds != DEAL_KINDS:
        stmt = stmt.where(kind.in_(sorted(kinds)))
    rows = s.execute(_window(stmt, DealStageChange.changed_at, where, limit, DealStageChange.id)).all()
    entries = []
    for change, title, amount, currency, status, entry_kind, to_name, from_name, who, reason in rows:
        if entry_kind == "deal_created":
            detail = to_name
            facts = f"{amount:,.2f} {currency}"
        else:
            detail = _join(from_name, to_name, sep=" → ")
            facts = reason or ""
        entries.append(TimelineEntry(at=change.changed_at, kind=entry_kind, title=title, detail=detail,
                                     user_name=who or "", record_kind="deal", record_id=change.deal_id,
                                     facts=facts, status=status))
    return entries


def _service_requests(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                      limit: int | None) -> list[TimelineEntry]:
    stmt = (select(ServiceRequest, User.full_name, ContactPerson.full_name, Product.sku, Product.name)
            .outerjoin(User, User.id == ServiceRequest.created_by_id)
            .outerjoin(ContactPerson, ContactPerson.id == ServiceRequest.contact_person_id)
            .outerjoin(Product, Product.id == ServiceRequest.product_id)
            .where(ServiceRequest.client_id == client_id))
    rows = s.execute(_window(stmt, ServiceRequest.created_at, where, limit, ServiceRequest.id)).all()
    return [TimelineEntry(
        at=r.created_at, kind="service_request", title=_join(r.number, r.subject), user_name=who or "",
        detail=r.resolution or r.description, record_kind="service_request", record_id=r.id,
        facts=_join(person, _join(sku, name, r.product_ref or None, sep=" "), r.document_ref), status=r.status)
        for r, who, person, sku, name in rows]


def _campaign_emails(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                     limit: int | None) -> list[TimelineEntry]:
    stmt = (select(CampaignRecipient, Campaign.name, Campaign.subject, User.full_name)
            .join(Campaign, Campaign.id == CampaignRecipient.campaign_id)
            .outerjoin(User, User.id == Campaign.created_by_id)
            .where(CampaignRecipient.client_id == client_id, CampaignRecipient.status == RecipientStatus.SENT,
                   CampaignRecipient.sent_at.is_not(None)))
    rows = s.execute(_window(stmt, CampaignRecipient.sent_at, where, limit, CampaignRecipient.id)).all()
    return [TimelineEntry(
        at=r.sent_at, kind="campaign_email", title=subject or name, detail=name if subject else "",
        user_name=who or "", record_kind="campaign", record_id=r.campaign_id, facts=r.email, status=r.status)
        for r, name, subject, who in rows]


def _stock_documents(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
                     limit: int | None) -> list[TimelineEntry]:
    """Posted receipts from and shipments to the client, at the date the goods moved."""
    stmt = (select(StockDocument, Warehouse.name, User.full_name)
            .join(Warehouse, Warehouse.id == StockDocument.warehouse_id)
            .outerjoin(User, User.id == StockDocument.posted_by_id)
            .where(StockDocument.client_id == client_id, StockDocument.status == StockDocStatus.POSTED))
    rows = s.execute(_window(stmt, StockDocument.doc_date, where, limit, StockDocument.id)).all()
    return [TimelineEntry(
        at=d.doc_date, kind="stock_document", title=d.number or "", detail=d.comment, user_name=who or "",
        record_kind="stock_document", record_id=d.id, facts=warehouse,
        status=d.kind, direction={StockDocKind.RECEIPT: "in", StockDocKind.SHIPMENT: "out"}.get(d.kind, ""))
        for d, warehouse, who in rows]


def _documents(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
               limit: int | None) -> list[TimelineEntry]:
    """The client's numbered documents (confirmed or cancelled), when they were made."""
    stmt = (select(Document, User.full_name).outerjoin(User, User.id == Document.created_by_id)
            .where(Document.client_id == client_id, Document.number.is_not(None)))
    rows = s.execute(_window(stmt, Document.created_at, where, limit, Document.id)).all()
    return [TimelineEntry(
        at=d.created_at, kind="document", title=d.number or "", detail=d.notes, user_name=who or "",
        record_kind="document", record_id=d.id, facts=f"{d.total} {d.currency}", status=d.status,
        direction=d.doc_type) for d, who in rows]


def _payments(s: Session, client_id: int, kinds: frozenset[str], where: TimeFilter,
              limit: int | None) -> list[TimelineEntry]:
    stmt = (select(Payment, User.full_name).outerjoin(User, User.id == Payment.created_by_id)
            .where(Payment.client_id == client_id))
    rows = s.execute(_window(stmt, Payment.created_at, where, limit, Payment.id)).all()
    return [TimelineEntry(
        at=p.created_at, kind="payment", title=p.number, detail=p.reference, user_name=who or "",
        record_kind="payment", record_id=p.id, facts=f"{p.amount} {p.currency}", status=p.status,
        direction=p.direction) for p, who in rows]


SOURCES = (
    _Source(INTERACTION_KINDS, _interactions),
    _Source(frozenset({"task"}), _tasks_created),
    _Source(frozenset({"task_done"}), _tasks_done),
    _Source(DEAL_KINDS, _deal_moves),
    _Source(SERVICE_KINDS, _service_requests),
    _Source(CAMPAIGN_KINDS, _campaign_emails),
    _Source(STOCK_KINDS, _stock_documents),
    _Source(DOCUMENT_KINDS, _documents),
    _Source(PAYMENT_KINDS, _payments),
)


def _order_key(entry: TimelineEntry) -> tuple:
    return (entry.at, entry.record_kind, entry.record_id, entry.kind)


def _newest_first(entries: Iterable[TimelineEntry]) -> list[TimelineEntry]:
    return sorted(entries, key=_order_key, reverse=True)


def _wanted_kinds(kinds: Iterable[str] | None) -> frozenset[str]:
    if kinds is None:
        return ENTRY_KINDS
    wanted = frozenset(kinds)
    if unknown := wanted - ENTRY_KINDS:
        raise ValidationError({"kinds": msg("unknown entry kinds: {choices}", choices=', '.join(sorted(unknown)))})
    return wanted


@requires(Area.TASKS, Action.VIEW)
def client_timeline(uow: UnitOfWork, client_id: int, *, before: datetime | None = None, limit: int = 200,
                    kinds: Iterable[str] | None = None) -> tuple[list[TimelineEntry], bool]:
    """The client's entries older than `before` (all when None), newest first, and whether older ones
    exist. About `limit` entries: all entries at the oldest time shown stay together, so a page can
    hold a few more. Raises NotFound or ValidationError (bad limit or kind)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise ValidationError({"limit": msg("must be between 1 and {limit}", limit=MAX_LIMIT)})
    wanted = _wanted_kinds(kinds)
    with uow:
        s = uow.session
        if s.get(Client, client_id) is None:
            raise NotFound("client", client_id)

        def older(col: ColumnElement) -> ColumnElement | None:
            return col < before if before is not None else None

        fetched: list[tuple[_Source, frozenset[str], list[TimelineEntry]]] = []
        for source in SOURCES:
            if own := source.kinds & wanted:
                fetched.append((source, own, source.fetch(s, client_id, own, older, limit + 1)))
        merged = _newest_first(e for _, _, entries in fetched for e in entries)
        if len(merged) <= limit:
            return merged, False
        cut = merged[limit - 1].at
        page = [e for e in merged if e.at > cut]
        for source, own, entries in fetched:
            if len(entries) > limit and entries[-1].at == cut:
                # This source may hold more entries at exactly the cut-off time than it returned.
                entries = source.fetch(s, client_id, own, lambda col: col == cut, None)
            page.extend(e for e in entries if e.at == cut)
        has_more = any(e.at < cut for e in merged) or any(len(entries) > limit for _, _, entries in fetched)
        return _newest_first(page), has_more


@requires(Area.TASKS, Action.VIEW)
def timeline_counts(uow: UnitOfWork, client_id: int) -> dict[str, int]:
    """How many entries of each kind the client's timeline holds (kinds with none are left out)."""
    with uow:
        s = uow.session
        counts: dict[str, int] = {}

        def add(rows: Iterable[tuple[str, int]]) -> None:
            for kind, n in rows:
                if n:
                    counts[kind] = counts.get(kind, 0) + n

        add(s.execute(select(Interaction.kind, func.count()).where(Interaction.client_id == client_id)
                      .group_by(Interaction.kind)).all())
        created, done = s.execute(select(
            func.count(), func.count(case((Task.status == TaskStatus.DONE, Task.completed_at))))
            .where(Task.client_id == client_id)).one()
        add([("task", created), ("task_done", done)])
        to_stage = aliased(Stage)
        kind = _deal_kind(to_stage)
        add(s.execute(select(kind, func.count())
                      .select_from(DealStageChange)
                      .join(Deal, Deal.id == DealStageChange.deal_id)
                      .join(to_stage, to_stage.id == DealStageChange.to_stage_id)
                      .where(Deal.client_id == client_id).group_by(kind)).all())
        add([("service_request", s.scalar(select(func.count()).select_from(ServiceRequest)
                                          .where(ServiceRequest.client_id == client_id)) or 0)])
        add([("campaign_email", s.scalar(select(func.count()).select_from(CampaignRecipient)
                                         .where(CampaignRecipient.client_id == client_id,
                                                CampaignRecipient.status == RecipientStatus.SENT,
                                                CampaignRecipient.sent_at.is_not(None))) or 0)])
        add([("document", s.scalar(select(func.count()).select_from(Document).where(
            Document.client_id == client_id, Document.number.is_not(None))) or 0)])
        add([("payment", s.scalar(select(func.count()).select_from(Payment).where(
            Payment.client_id == client_id)) or 0)])
        add([("stock_document", s.scalar(select(func.count()).select_from(StockDocument)
                                         .where(StockDocument.client_id == client_id,
                                                StockDocument.status == StockDocStatus.POSTED)) or 0)])
        return counts
