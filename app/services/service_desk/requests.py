"""Service requests: create, edit, move new → in progress → waiting → resolved → closed, and list them.

The status moves only along TRANSITIONS, one function per move; a resolved request may be reopened.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.models import (
    ACTIVE_REQUEST_STATUSES,
    Client,
    ContactPerson,
    Product,
    RequestKind,
    RequestPriority,
    RequestStatus,
    ServiceRequest,
    User,
    utcnow,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.service_desk.forms import (
    SORT_KEYS,
    ProductChoice,
    RequestCard,
    RequestForm,
    RequestQuery,
    RequestRow,
)
from app.services.uow import UnitOfWork

S = RequestStatus
TRANSITIONS = {
    (S.NEW, S.IN_PROGRESS),        # take it
    (S.IN_PROGRESS, S.WAITING),    # waiting for the client or a part
    (S.WAITING, S.IN_PROGRESS),    # back to work
    (S.IN_PROGRESS, S.RESOLVED),   # resolved, with a resolution
    (S.WAITING, S.RESOLVED),
    (S.RESOLVED, S.CLOSED),        # the client confirmed
    (S.RESOLVED, S.IN_PROGRESS),   # reopened
}
# Ascending priority means the most urgent first.
_PRIORITY_ORDER = case({p.value: i for i, p in enumerate(reversed(list(RequestPriority)))},
                       value=ServiceRequest.priority, else_=9)


def next_statuses(status: str) -> tuple[str, ...]:
    """Where a request in `status` may go, in the order of the workflow."""
    return tuple(to.value for to in RequestStatus if (status, to) in TRANSITIONS)


def is_overdue(status: str, due_at: datetime | None, now: datetime) -> bool:
    """Still open (new, in progress, waiting) and past its due time."""
    return due_at is not None and due_at < now and status in ACTIVE_REQUEST_STATUSES


# --- reading --------------------------------------------------------------------------------------

def _name(session: Session, model, ident: int | None, attr: str) -> str:
    obj = session.get(model, ident) if ident is not None else None
    return getattr(obj, attr) if obj is not None else ""


def _product_choice(session: Session, product_id: int | None) -> ProductChoice | None:
    p = session.get(Product, product_id) if product_id is not None else None
    return ProductChoice(p.id, p.sku, p.name, p.archived) if p is not None else None


def card_of(session: Session, r: ServiceRequest) -> RequestCard:
    return RequestCard(
        id=r.id, number=r.number or "", version=r.version,
        form=RequestForm(kind=r.kind, client_id=r.client_id, contact_person_id=r.contact_person_id,
                         subject=r.subject, description=r.description, priority=r.priority,
                         responsible_id=r.responsible_id, due_at=r.due_at, document_ref=r.document_ref,
                         product_id=r.product_id, product_ref=r.product_ref),
        status=r.status, resolution=r.resolution,
        client_name=_name(session, Client, r.client_id, "display_name"),
        contact_name=_name(session, ContactPerson, r.contact_person_id, "full_name"),
        responsible_name=_name(session, User, r.responsible_id, "full_name"),
        created_at=r.created_at, resolved_at=r.resolved_at, closed_at=r.closed_at,
        overdue=is_overdue(r.status, r.due_at, utcnow()), next_statuses=next_statuses(r.status),
        product=_product_choice(session, r.product_id))


def _load(session: Session, request_id: int) -> ServiceRequest:
    r = session.get(ServiceRequest, request_id)
    if r is None:
        raise NotFound("service request", request_id)
    return r


def _stale(session: Session, r: ServiceRequest) -> ConcurrentEdit:
    return ConcurrentEdit("service request", r.id, changed_by=_name(session, User, r.updated_by_id, "full_name"),
                          changed_at=r.updated_at, current=card_of(session, r))


@requires(Area.SERVICE_DESK, Action.VIEW)
def load_request(uow: UnitOfWork, request_id: int) -> RequestCard:
    """The request's card; raises NotFound."""
    with uow:
        return card_of(uow.session, _load(uow.session, request_id))


@requires(Area.SERVICE_DESK, Action.VIEW)
def contact_persons(uow: UnitOfWork, client_id: int) -> list[tuple[int, str]]:
    """(id, name) of the client's contact persons, for the card's picker."""
    with uow:
        return list(uow.session.execute(select(ContactPerson.id, ContactPerson.full_name)
                                        .where(ContactPerson.client_id == client_id)
                                        .order_by(ContactPerson.sort_order, ContactPerson.id)).tuples())


@requires(Area.SERVICE_DESK, Action.VIEW)
def find_products(uow: UnitOfWork, text: str, *, limit: int = 15) -> list[ProductChoice]:
    """Catalog products whose SKU, name or barcode contains `text`, for the request's product picker: an
    exact SKU first, then active before archived ones (a complaint may be about goods no longer sold)."""
    key = v.fold(v.clean(text))
    if not key:
        return []
    with uow:
        rows = uow.session.execute(
            select(Product.id, Product.sku, Product.name, Product.archived)
            .where(Product.search_text.contains(key, autoescape=True))
            .order_by(Product.sku_key != key, Product.archived, Product.name_key, Product.id).limit(limit))
        return [ProductChoice(pid, sku, name, bool(archived)) for pid, sku, name, archived in rows]


# --- editing -------------------------------------------------------------------------------------

def _validate(session: Session, form: RequestForm) -> dict:
    errors: dict[str, str] = {}
    subject = v.clean(form.subject)
    if not subject:
        errors["subject"] = msg("is required")
    elif len(subject) > 300:
        errors["subject"] = msg("is longer than 300 characters")
    if form.kind not in set(RequestKind):
        errors["kind"] = msg("is not a complaint, question or repair")
    if form.priority not in set(RequestPriority):
        errors["priority"] = msg("is not low, normal, high or urgent")
    if form.client_id is None or session.get(Client, form.client_id) is None:
        errors["client_id"] = msg("choose a client")
    if form.contact_person_id is not None:
        person = session.get(ContactPerson, form.contact_person_id)
        if person is None or person.client_id != form.client_id:
            errors["contact_person_id"] = msg("is not a contact person of this client")
    if form.responsible_id is not None and session.get(User, form.responsible_id) is None:
        errors["responsible_id"] = msg("is not a user")
    if form.product_id is not None and session.get(Product, form.product_id) is None:
        errors["product_id"] = msg("is not a product of the catalog")
    document_ref, product_ref = v.clean(form.document_ref), v.clean(form.product_ref)
    if len(document_ref) > 100:
        errors["document_ref"] = msg("is longer than 100 characters")
    if len(product_ref) > 200:
        errors["product_ref"] = msg("is longer than 200 characters")
    if errors:
        raise ValidationError(errors)
    return dict(kind=form.kind, client_id=form.client_id, contact_person_id=form.contact_person_id,
                subject=subject, description=(form.description or "").strip(), priority=form.priority,
                responsible_id=form.responsible_id, due_at=form.due_at.replace(microsecond=0) if form.due_at else None,
                document_ref=document_ref, product_id=form.product_id, product_ref=product_ref)


@requires(Area.SERVICE_DESK, Action.CREATE)
def create_request(uow: UnitOfWork, form: RequestForm) -> RequestCard:
    """A new request (status new) numbered SR-000001, SR-000002…; raises ValidationError."""
    with uow:
        s = uow.session
        r = ServiceRequest(**_validate(s, form), status=RequestStatus.NEW)
        s.add(r)
        s.flush()
        with s.no_autoflush:
            r.number = f"SR-{r.id:06d}"  # like clients' codes: from the id, so never taken twice
        s.flush()
        card = card_of(s, r)
        uow.commit()
        return card


@requires(Area.SERVICE_DESK, Action.EDIT)
def update_request(uow: UnitOfWork, request_id: int, form: RequestForm, *, expected_version: int) -> RequestCard:
    """Save the request card; raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        r = _load(s, request_id)
        if r.version != expected_version:
            raise _stale(s, r)
        for key, value in _validate(s, form).items():
            setattr(r, key, value)
        r.updated_at = utcnow()
        s.flush()
        card = card_of(s, r)
        uow.commit()
        return card


# --- the state machine ---------------------------------------------------------------------------

def _move(uow: UnitOfWork, request_id: int, sources: tuple[RequestStatus, ...], to: RequestStatus,
          expected_version: int, apply: Callable[[ServiceRequest], None] | None = None) -> RequestCard:
    """Move the request from one of `sources` to `to` (a pair of TRANSITIONS), after `apply`."""
    with uow:
        s = uow.session
        r = _load(s, request_id)
        if r.version != expected_version:
            raise _stale(s, r)
        if r.status not in sources or (r.status, to) not in TRANSITIONS:
            raise ValidationError({"status": msg("a {value} request cannot become "
                                             "{value2}", value=r.status.replace('_', ' '), value2=to.value.replace('_', ' '))})
        if apply is not None:
            apply(r)
        r.status = to
        r.updated_at = utcnow()
        s.flush()
        card = card_of(s, r)
        uow.commit()
        return card


@requires(Area.SERVICE_DESK, Action.EDIT)
def start_work(uow: UnitOfWork, request_id: int, *, expected_version: int) -> RequestCard:
    """New → in progress."""
    return _move(uow, request_id, (S.NEW,), S.IN_PROGRESS, expected_version)


def _status(uow: UnitOfWork, request_id: int) -> str:
    with uow:
        return _load(uow.session, request_id).status


@requires(Area.SERVICE_DESK, Action.EDIT)
def put_waiting(uow: UnitOfWork, request_id: int, *, expected_version: int) -> RequestCard:
    """In progress → waiting (for the client, a part, a supplier)."""
    return _move(uow, request_id, (S.IN_PROGRESS,), S.WAITING, expected_version)


@requires(Area.SERVICE_DESK, Action.EDIT)
def resume_work(uow: UnitOfWork, request_id: int, *, expected_version: int) -> RequestCard:
    """Waiting → in progress."""
    return _move(uow, request_id, (S.WAITING,), S.IN_PROGRESS, expected_version)


@requires(Area.SERVICE_DESK, Action.EDIT)
def resolve_request(uow: UnitOfWork, request_id: int, *, resolution: str, expected_version: int) -> RequestCard:
    """In progress or waiting → resolved; the resolution text is required."""
    text = (resolution or "").strip()
    if not text:
        raise ValidationError({"resolution": msg("say how the request was resolved")})

    def apply(r: ServiceRequest) -> None:
        r.resolution, r.resolved_at = text, utcnow()
    return _move(uow, request_id, (S.IN_PROGRESS, S.WAITING), S.RESOLVED, expected_version, apply)


@requires(Area.SERVICE_DESK, Action.EDIT)
def close_request(uow: UnitOfWork, request_id: int, *, expected_version: int) -> RequestCard:
    """Resolved → closed."""
    def apply(r: ServiceRequest) -> None:
        r.closed_at = utcnow()
    return _move(uow, request_id, (S.RESOLVED,), S.CLOSED, expected_version, apply)


@requires(Area.SERVICE_DESK, Action.EDIT)
def reopen_request(uow: UnitOfWork, request_id: int, *, expected_version: int) -> RequestCard:
    """Resolved → in progress (the fix did not hold); the old resolution stays for reference."""
    def apply(r: ServiceRequest) -> None:
        r.resolved_at = None
    return _move(uow, request_id, (S.RESOLVED,), S.IN_PROGRESS, expected_version, apply)


@requires(Area.SERVICE_DESK, Action.EDIT)
def change_status(uow: UnitOfWork, request_id: int, to: str, *, expected_version: int,
                  resolution: str = "") -> RequestCard:
    """Move to `to` through the transition's own function (what the card's status buttons call)."""
    current = _status(uow, request_id)
    if (current, to) not in TRANSITIONS:
        raise ValidationError({"status": msg("a {value} request cannot become "
                                         "{value2}", value=current.replace('_', ' '), value2=to.replace('_', ' '))})
    if to == S.RESOLVED:
        return resolve_request(uow, request_id, resolution=resolution, expected_version=expected_version)
    if to == S.CLOSED:
        return close_request(uow, request_id, expected_version=expected_version)
    if to == S.WAITING:
        return put_waiting(uow, request_id, expected_version=expected_version)
    if current == S.RESOLVED:
        return reopen_request(uow, request_id, expected_version=expected_version)
    if current == S.WAITING:
        return resume_work(uow, request_id, expected_version=expected_version)
    return start_work(uow, request_id, expected_version=expected_version)


# --- lists ---------------------------------------------------------------------------------------

def _filtered(stmt: Select, q: RequestQuery, now: datetime) -> Select:
    if q.status == "active":
        stmt = stmt.where(ServiceRequest.status.in_([s.value for s in ACTIVE_REQUEST_STATUSES]))
    elif q.status:
        stmt = stmt.where(ServiceRequest.status == q.status)
    if q.responsible_id is not None:
        stmt = stmt.where(ServiceRequest.responsible_id == q.responsible_id)
    if q.client_id is not None:
        stmt = stmt.where(ServiceRequest.client_id == q.client_id)
    if q.overdue_only:
        stmt = stmt.where(ServiceRequest.due_at < now,
                          ServiceRequest.status.in_([s.value for s in ACTIVE_REQUEST_STATUSES]))
    for term in v.fold(q.search).split()[:6]:
        stmt = stmt.where(or_(func.lower(ServiceRequest.number).contains(term, autoescape=True),
                              func.lower(ServiceRequest.subject).contains(term, autoescape=True),
                              Client.name_key.contains(term, autoescape=True)))
    return stmt


def _sort_columns(key: str, descending: bool) -> list:
    column = {"number": ServiceRequest.id, "subject": func.lower(ServiceRequest.subject), "client": Client.name_key,
              "priority": _PRIORITY_ORDER, "status": ServiceRequest.status, "created": ServiceRequest.created_at,
              "responsible": User.full_name}.get(key)
    if key == "due":
        # Requests without a due time go last either way.
        nulls = case((ServiceRequest.due_at.is_(None), 1), else_=0)
        return [nulls, ServiceRequest.due_at.desc() if descending else ServiceRequest.due_at, ServiceRequest.id]
    if column is None:
        raise ValidationError({"sort": msg("must be one of {choices}", choices=', '.join(SORT_KEYS))})
    return [column.desc() if descending else column, ServiceRequest.id]


def _rows(session: Session, q: RequestQuery, *, offset: int, limit: int) -> list[RequestRow]:
    now = utcnow()
    stmt = (select(ServiceRequest, Client.display_name, User.full_name, Product.sku, Product.name)
            .join(Client, Client.id == ServiceRequest.client_id)
            .outerjoin(User, User.id == ServiceRequest.responsible_id)
            .outerjoin(Product, Product.id == ServiceRequest.product_id))
    stmt = _filtered(stmt, q, now).order_by(*_sort_columns(q.sort, q.descending)).offset(offset).limit(limit)
    return [_row(r, client, who, sku, name, now) for r, client, who, sku, name in session.execute(stmt)]


def _row(r: ServiceRequest, client: str, who: str | None, sku: str | None, name: str | None,
         now: datetime) -> RequestRow:
    return RequestRow(r.id, r.number or "", r.subject, r.kind, r.client_id, client, r.priority, r.status,
                      who or "", r.due_at, r.created_at, is_overdue(r.status, r.due_at, now), r.version,
                      product_id=r.product_id, product_name=f"{sku} · {name}" if sku is not None else "")


@requires(Area.SERVICE_DESK, Action.VIEW)
def count_requests(uow: UnitOfWork, query: RequestQuery) -> int:
    """How many requests match."""
    with uow:
        stmt = select(func.count()).select_from(ServiceRequest).join(Client, Client.id == ServiceRequest.client_id)
        return uow.session.scalar(_filtered(stmt, query, utcnow())) or 0


@requires(Area.SERVICE_DESK, Action.VIEW)
def request_page(uow: UnitOfWork, query: RequestQuery, *, offset: int, limit: int) -> list[RequestRow]:
    """Rows `offset`…`offset + limit` of the matching requests in the query's order."""
    with uow:
        return _rows(uow.session, query, offset=offset, limit=limit)


@requires(Area.SERVICE_DESK, Action.VIEW)
def first_page(uow: UnitOfWork, query: RequestQuery, *, limit: int) -> tuple[int, list[RequestRow]]:
    """(how many match, the first `limit` rows) for the lazy list."""
    with uow:
        s = uow.session
        stmt = select(func.count()).select_from(ServiceRequest).join(Client, Client.id == ServiceRequest.client_id)
        count = s.scalar(_filtered(stmt, query, utcnow())) or 0
        return count, _rows(s, query, offset=0, limit=limit) if count else []


def iter_request_rows(session: Session, query: RequestQuery, *, batch: int = 1000):
    """Every matching request in the query's order, a batch at a time in the caller's session (exports)."""
    offset = 0
    while True:
        rows = _rows(session, query, offset=offset, limit=batch)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch


def count_requests_in(session: Session, query: RequestQuery) -> int:
    stmt = select(func.count()).select_from(ServiceRequest).join(Client, Client.id == ServiceRequest.client_id)
    return session.scalar(_filtered(stmt, query, utcnow())) or 0


@requires(Area.SERVICE_DESK, Action.VIEW)
def client_requests(uow: UnitOfWork, client_id: int, *, limit: int | None = 200) -> list[RequestRow]:
    """The client's requests, open ones first, newest first within each (for the client card; `limit` None:
    all of them)."""
    with uow:
        now = utcnow()
        active = case((ServiceRequest.status.in_([s.value for s in ACTIVE_REQUEST_STATUSES]), 0), else_=1)
        stmt = (select(ServiceRequest, Client.display_name, User.full_name, Product.sku, Product.name)
                .join(Client, Client.id == ServiceRequest.client_id)
                .outerjoin(User, User.id == ServiceRequest.responsible_id)
                .outerjoin(Product, Product.id == ServiceRequest.product_id)
                .where(and_(ServiceRequest.client_id == client_id))
                .order_by(active, ServiceRequest.created_at.desc(), ServiceRequest.id.desc()).limit(limit))
        return [_row(r, client, who, sku, name, now) for r, client, who, sku, name in uow.session.execute(stmt)]
