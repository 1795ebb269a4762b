"""The clients list: a count and pages of rows, filtered and sorted in SQL.

The screen asks for the count and then for the page that is visible, so 100,000 clients cost one
count plus one small indexed query per screenful. Search uses the trigram index of
app/models/search.py for terms of three characters or more.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Select, and_, column, func, select, table, text
from sqlalchemy.orm import aliased

from app.models import Client, ClientRole, Tag, User, client_tag
from app.models.search import TRIGRAM
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.clients.forms import SORT_KEYS, ClientQuery, ClientRow, NamedItem
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

_ROLE_COLUMN = {ClientRole.LEAD: Client.is_lead, ClientRole.CUSTOMER: Client.is_customer,
                ClientRole.SUPPLIER: Client.is_supplier}
_MAX_TERMS = 8
# Above this many trigram matches a page is found faster by walking the sort index (see client_page).
_COMMON_TERM_MATCHES = 15_000


_client_search = table("client_search", column("rowid"))


def search_terms(text_: str) -> list[str]:
    """The words a search box's text must all contain: phone digits in any formatting, else words."""
    text_ = text_.strip()
    if not text_:
        return []
    digits = v.phone_digits(text_)
    # Any query made only of phone characters ("7-9", "+7 (912) 3") searches the stored digits:
    # split into words it could never match, as the stored phones carry no separators.
    if digits and v.PHONE_SEARCH.match(v.ascii_digits(text_)):
        return [digits]
    return v.fold(text_).split()[:_MAX_TERMS]


def _fts_phrase(terms: list[str]) -> str:
    """An FTS5 query requiring every term as a substring (quotes make each a literal phrase)."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms if len(t) >= TRIGRAM)


def _name_starts_with(prefix: str, dialect: str):
    if dialect == "sqlite":
        # A range on the name index (SQLite's LIKE would not use it for a prefix).
        return and_(Client.name_key >= prefix, Client.name_key < prefix + "\U0010ffff")
    return Client.name_key.startswith(prefix, autoescape=True)  # text_pattern_ops index


def search_conditions(text_: str, dialect: str = "", *, scan: bool = False) -> list:
    """SQL conditions for a search box (see `search_terms`); `scan` asks for plain LIKE even on SQLite.

    Words of three characters or more are found anywhere (trigram indexes). While only shorter words
    are typed — the first keystrokes of search-as-you-type — the first one must begin the name,
    which the name index answers at once, instead of a scan of every client's text."""
    terms = search_terms(text_)
    long_terms = [t for t in terms if len(t) >= TRIGRAM]
    short_terms = [t for t in terms if len(t) < TRIGRAM]
    conds: list = []
    if short_terms and not long_terms and not terms[0].isdigit():
        conds.append(_name_starts_with(short_terms[0], dialect))
        short_terms = short_terms[1:]
    conds += [Client.search_text.contains(t, autoescape=True) for t in short_terms]
    if dialect != "sqlite" or scan:
        # PostgreSQL's pg_trgm GIN index serves LIKE '%term%' itself.
        return [Client.search_text.contains(t, autoescape=True) for t in long_terms] + conds
    if long_terms:
        phrase = _fts_phrase(long_terms)
        conds.insert(0, Client.id.in_(
            select(_client_search.c.rowid).where(text("client_search MATCH :client_search_q")
                                                 .bindparams(client_search_q=phrase))))
    return conds


def _filtered(stmt: Select, query: ClientQuery, dialect: str, *, scan: bool = False) -> Select:
    conds = search_conditions(query.search, dialect, scan=scan)
    if query.role:
        if query.role not in _ROLE_COLUMN:
            raise ValidationError({"role": msg("unknown role")})
        conds.append(_ROLE_COLUMN[ClientRole(query.role)].is_(True))
    if query.status:
        conds.append(Client.status == query.status)
    if query.manager_id is not None:
        conds.append(Client.manager_id == query.manager_id)
    if query.tag_id is not None:
        conds.append(Client.id.in_(select(client_tag.c.client_id).where(client_tag.c.tag_id == query.tag_id)))
    return stmt.where(and_(*conds)) if conds else stmt


def _ordered_ids(query: ClientQuery, dialect: str, *, scan: bool = False) -> Select:
    if query.sort not in SORT_KEYS:
        raise ValidationError({"sort": msg("cannot sort by {sort}", sort=query.sort)})
    stmt = _filtered(select(Client.id), query, dialect, scan=scan)
    manager = aliased(User)
    keys = {
        "name": Client.name_key, "code": Client.id, "kind": Client.kind, "phone": Client.primary_phone,
        "email": Client.primary_email, "city": Client.city, "tax_id": Client.tax_id_key,
        "status": Client.status, "created": Client.created_at,
    }
    if query.sort == "manager":
        stmt = stmt.outerjoin(manager, manager.id == Client.manager_id)
        key = manager.full_name
    else:
        key = keys[query.sort]
        if dialect == "postgresql" and not scan and search_terms(query.search) and query.sort in ("name", "code"):
            # With a search, PostgreSQL's planner likes to walk the name index hoping to fill the
            # page early; for a rare term that reads most of the table. Sorting an expression keeps
            # it on the trigram index; `_walk_the_sort_index` says when the walk is the better plan.
            key = key + "" if query.sort == "name" else key + 0
    # Explicit NULLS placement (only a missing manager is NULL): SQLite and PostgreSQL differ by default,
    # and descending must be exactly ascending reversed.
    if query.descending:
        return stmt.order_by(key.desc().nulls_first(), Client.id.desc())
    return stmt.order_by(key.asc().nulls_last(), Client.id.asc())


def _dialect(uow: UnitOfWork) -> str:
    return uow.session.get_bind().dialect.name


@requires(Area.CLIENTS, Action.VIEW)
def client_ids(uow: UnitOfWork, query: ClientQuery, *, limit: int | None = None) -> list[int]:
    """Ids of the clients matching `query`, in its sort order."""
    with uow:
        stmt = _ordered_ids(query, _dialect(uow))
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(uow.session.scalars(stmt))


def _count(uow: UnitOfWork, query: ClientQuery) -> int:
    return _count_session(uow.session, query)


def _count_session(session, query: ClientQuery) -> int:
    inner = _filtered(select(Client.id), query, session.get_bind().dialect.name).subquery()
    return session.scalar(select(func.count()).select_from(inner)) or 0


@requires(Area.CLIENTS, Action.VIEW)
def count_clients(uow: UnitOfWork, query: ClientQuery) -> int:
    """How many clients match `query` (search and filters; the sort does not matter)."""
    with uow:
        return _count(uow, query)


def _walk_the_sort_index(uow: UnitOfWork, query: ClientQuery) -> bool:
    """True when a search term is so common that walking the name (or id) index and testing each
    row finds a page sooner than sorting every match the trigram index returns."""
    terms = search_terms(query.search)
    if query.sort not in ("name", "code") or not terms:
        return False
    if _dialect(uow) == "sqlite":
        phrase = _fts_phrase(terms)
        if not phrase:
            return False  # short terms are tested row by row anyway
        matches = uow.session.scalar(text("SELECT count(*) FROM client_search WHERE client_search MATCH :q")
                                     .bindparams(q=phrase))
    else:
        # Counting stops early: the trigram index finds a common term's first matches at once.
        sample = _filtered(select(Client.id), query, _dialect(uow)).limit(_COMMON_TERM_MATCHES + 1).subquery()
        matches = uow.session.scalar(select(func.count()).select_from(sample))
    return (matches or 0) > _COMMON_TERM_MATCHES


def _page_ids(uow: UnitOfWork, query: ClientQuery, offset: int, limit: int, *,
              matches: int | None = None) -> list[int]:
    if offset < 0 or limit < 0:
        raise ValidationError({"offset": msg("must not be negative")})
    if matches is not None:  # the caller has just counted them
        scan = bool(search_terms(query.search)) and query.sort in ("name", "code") \
            and matches > _COMMON_TERM_MATCHES
    else:
        scan = _walk_the_sort_index(uow, query)
    return list(uow.session.scalars(_ordered_ids(query, _dialect(uow), scan=scan).offset(offset).limit(limit)))


@requires(Area.CLIENTS, Action.VIEW)
def client_page(uow: UnitOfWork, query: ClientQuery, *, offset: int, limit: int) -> list[ClientRow]:
    """Rows `offset`…`offset + limit` of the clients matching `query`, in its sort order (read in one
    transaction, so the page is whole unless the result itself changed)."""
    with uow:
        return _rows_for(uow.session, _page_ids(uow, query, offset, limit))


@requires(Area.CLIENTS, Action.VIEW)
def first_page(uow: UnitOfWork, query: ClientQuery, *, limit: int) -> tuple[int, list[ClientRow]]:
    """(how many match, the first `limit` rows): what the list shows after each keystroke."""
    with uow:
        count = _count(uow, query)
        return count, _rows_for(uow.session, _page_ids(uow, query, 0, limit, matches=count) if count else [])


def _rows_for(session, ids: Sequence[int]) -> list[ClientRow]:
    if not ids:
        return []
    manager = aliased(User)
    stmt = (
        select(Client.id, Client.code, Client.display_name, Client.kind, Client.is_lead, Client.is_customer,
               Client.is_supplier, Client.primary_phone, Client.primary_email, Client.city, Client.tax_id,
               manager.full_name, Client.status, Client.version)
        .outerjoin(manager, manager.id == Client.manager_id)
        .where(Client.id.in_(list(ids)))
    )
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in session.execute(
        select(client_tag.c.client_id, Tag.name).join(Tag, Tag.id == client_tag.c.tag_id)
        .where(client_tag.c.client_id.in_(list(ids))).order_by(Tag.name_key)
    ):
        tags[cid].append(name)
    by_id = {}
    for r in session.execute(stmt):
        roles = frozenset(role for role, flag in zip(
            (ClientRole.LEAD, ClientRole.CUSTOMER, ClientRole.SUPPLIER), r[4:7], strict=True) if flag)
        by_id[r[0]] = ClientRow(
            id=r[0], code=r[1] or "", display_name=r[2], kind=r[3], roles=roles, phone=r[7], email=r[8],
            city=r[9], tax_id=r[10], manager=r[11] or "", tags=", ".join(tags.get(r[0], ())),
            status=r[12], version=r[13])
    return [by_id[i] for i in ids if i in by_id]


def ordered_ids_query(session, query: ClientQuery) -> Select:
    """SELECT of the ids of the clients matching `query`, in its sort order: for streaming the whole result
    (an export) in one transaction; `rows_of` turns a batch of them into rows."""
    return _ordered_ids(query, session.get_bind().dialect.name)


def count_in(session, query: ClientQuery) -> int:
    """How many clients match `query`, inside the caller's transaction."""
    return _count_session(session, query)


def rows_of(session, ids: Sequence[int]) -> list[ClientRow]:
    """List rows (with tags and manager) for `ids`, in their order, inside the caller's transaction."""
    return _rows_for(session, ids)


@requires(Area.CLIENTS, Action.VIEW)
def client_rows(uow: UnitOfWork, ids: Sequence[int]) -> list[ClientRow]:
    """Rows for `ids`, in the same order; ids of clients deleted meanwhile are left out."""
    if not ids:
        return []
    with uow:
        return _rows_for(uow.session, ids)


@requires(Area.CLIENTS, Action.VIEW)
def search_clients(uow: UnitOfWork, text: str, *, limit: int = 20) -> list[ClientRow]:
    """Active and archived clients matching `text`, best (name-sorted) first."""
    ids = client_ids(uow, ClientQuery(search=text, status=None), limit=limit)
    return client_rows(uow, ids)


@open_to_all
def list_tags(uow: UnitOfWork) -> list[NamedItem]:
    """All tags, by name."""
    with uow:
        return [NamedItem(t.id, t.name, t.version) for t in uow.session.scalars(select(Tag).order_by(Tag.name_key))]
