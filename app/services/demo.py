"""Fill a database with a small company's demo data: staff, directories and many clients.

Clients come from `demo_data.generate_clients` (five languages, deterministic by seed) and are
written with bulk Core inserts in batches, computing the same derived columns the clients service
computes (name and tax id keys, normalised channels, the list summary and search text), so a
seeded client behaves exactly like one typed in: it can be found, opened, edited and merged.

Demo users all have the password DEMO_PASSWORD ("demo-pass-1").
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from app.models import (
    Address,
    BankAccount,
    Client,
    ClientRole,
    ClientStatus,
    ContactChannel,
    ContactPerson,
    Deal,
    Position,
    Product,
    Tag,
    User,
    client_tag,
    utcnow,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.clients.editing import _channel_key, refresh_summary
from app.services.demo_data import POSITIONS, TAGS, DemoClient, generate_clients
from app.services.demo_documents import seed_documents
from app.services.demo_funnel import seed_funnel
from app.services.demo_goals import seed_goals
from app.services.demo_marketing import seed_marketing
from app.services.demo_planner import seed_planner
from app.services.demo_production import seed_production
from app.services.demo_stock import seed_stock
from app.services.demo_timeline import seed_timeline
from app.services.errors import ValidationError
from app.services.uow import UnitOfWork
from app.services.users import _insert_user

DEMO_PASSWORD = "demo-pass-1"
BATCH_SIZE = 2000
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class DemoUser:
    login: str
    full_name: str
    languages: tuple[str, ...]  # the clients this person manages


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("olga", "Ольга Смирнова", ("ru",)),
    DemoUser("david", "David Miller", ("en",)),
    DemoUser("maryam", "مریم حسینی", ("fa",)),
    DemoUser("ahmed", "أحمد الحربي", ("ar",)),
    DemoUser("anahit", "Անահիտ Գրիգորյան", ("hy",)),
    DemoUser("sergey", "Сергей Волков", ("en", "ru")),  # head of sales, keeps a few accounts himself
)
DEMO_EMAIL_DOMAIN = "karavan-demo.example"


@dataclass(frozen=True, slots=True)
class DemoSummary:
    users_created: int
    positions: int
    tags: int
    clients: int
    contacts: int
    channels: int
    addresses: int
    bank_accounts: int
    archived: int
    first_client_id: int | None
    seconds: float
    deals: int = 0
    tasks: int = 0
    interactions: int = 0
    marketing: int = 0
    stock: int = 0
    documents: int = 0
    production: int = 0


@requires(Area.SETTINGS, Action.EDIT)
def seed_demo(uow: UnitOfWork, *, clients: int = 500, seed: int = 42,
              progress: Progress | None = None) -> DemoSummary:
    """Add demo staff, positions, tags and `clients` clients in one transaction; returns the counts.

    Needs an initialised database (raises ValidationError otherwise). `progress(done, total)` is
    called after each batch; an exception raised from it cancels the seeding and nothing is kept.
    Users, positions and tags that already exist (by login or name) are reused.
    """
    if clients < 0:
        raise ValidationError({"clients": "must not be negative"})
    started = time.perf_counter()
    with uow:
        s = uow.session
        acting = uow.user_id or s.scalar(
            select(User.id).where(User.is_admin.is_(True)).order_by(User.id).limit(1))
        if acting is None:
            raise ValidationError({"database": "is not set up yet: create the administrator first"})
        s.info["user_id"] = acting
        _lock_for_ids(s)
        users_created, managers = _ensure_users(uow)
        positions = _ensure_named(s, Position, [p for names in POSITIONS.values() for p in names])
        tags = _ensure_named(s, Tag, list(TAGS))
        s.flush()

        writer = _BatchWriter(s, acting=acting, positions=positions, tags=tags)
        batch: list[DemoClient] = []
        done = 0
        for item in generate_clients(clients, seed=seed, managers=managers):
            batch.append(item)
            if len(batch) == BATCH_SIZE:
                writer.write(batch)
                done += len(batch)
                batch.clear()
                if progress:
                    progress(done, clients)
        if batch:
            writer.write(batch)
            done += len(batch)
        if progress:
            progress(done, clients)
        staff = [i for ids in managers.values() for i in ids]
        now = utcnow()
        deals = seed_funnel(s, rng=random.Random(seed), managers=staff, first_client_id=writer.first_client_id,
                            now=now)
        # The planner, the timeline and marketing work on what was just made (ids read back in order).
        client_ids = list(s.scalars(select(Client.id).where(Client.id >= (writer.first_client_id or 0))
                                    .order_by(Client.id))) if writer.first_client_id else []
        deal_ids = list(s.scalars(select(Deal.id).where(Deal.client_id.in_(client_ids)).order_by(Deal.id))
                        ) if client_ids else []
        linked = dict(managers=staff, client_ids=client_ids, deal_ids=deal_ids, now=now)
        tasks = seed_planner(s, rng=random.Random(seed + 1), **linked)
        interactions = seed_timeline(s, rng=random.Random(seed + 2), **linked)
        marketing = seed_marketing(s, rng=random.Random(seed + 3), **linked)
        # The catalog and stock history are made once: a second demo run adds clients, not a second catalog.
        stock = 0 if s.scalar(select(Product.id).limit(1)) else seed_stock(s, rng=random.Random(seed + 4), **linked)
        documents = seed_documents(s, rng=random.Random(seed + 5), **linked) if stock else 0
        production = seed_production(s, rng=random.Random(seed + 6), **linked) if stock else 0
        seed_goals(s, rng=random.Random(seed + 7), **linked)
        _fix_sequences(s)
        uow.commit()
    c = writer.counts
    return DemoSummary(users_created=users_created, positions=len(positions), tags=len(tags),
                       clients=c["clients"], contacts=c["contacts"], channels=c["channels"],
                       addresses=c["addresses"], bank_accounts=c["bank_accounts"], archived=c["archived"],
                       first_client_id=writer.first_client_id, seconds=time.perf_counter() - started,
                       deals=deals, tasks=tasks, interactions=interactions, marketing=marketing,
                       stock=stock, documents=documents, production=production)


# --- directories and staff --------------------------------------------------------------------

def _lock_for_ids(s: Session) -> None:
    """Keep other writers out while ids are handed out here (clients and persons get explicit ids)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE client, contact_person IN SHARE ROW EXCLUSIVE MODE"))
    else:
        # A write statement, even one touching no row, takes SQLite's write lock for the transaction.
        s.execute(text("UPDATE client SET id = id WHERE 0 = 1"))


def _ensure_users(uow: UnitOfWork) -> tuple[int, dict[str, list[int]]]:
    """Create the demo staff that is missing; returns (how many created, {language: manager ids})."""
    s = uow.session
    created = 0
    managers: dict[str, list[int]] = {}
    for demo in DEMO_USERS:
        found = s.execute(select(User.id, User.active).where(User.login_key == v.fold(demo.login))).first()
        if found is None:
            row = _insert_user(uow, demo.login, full_name=demo.full_name, password=DEMO_PASSWORD,
                               email=f"{demo.login}@{DEMO_EMAIL_DOMAIN}", is_admin=False)
            found, created = (row.id, True), created + 1
        user_id, active = found
        if active:  # a deactivated namesake keeps its login but manages nobody
            for lang in demo.languages:
                managers.setdefault(lang, []).append(user_id)
    return created, managers


def _ensure_named(s: Session, model: type[Position] | type[Tag], names: Iterable[str]) -> dict[str, int]:
    """{name key: id} for a small directory, adding the names it lacks."""
    existing = dict(s.execute(select(model.name_key, model.id)).all())
    added = {}
    for name in names:
        key = v.fold(v.clean(name))
        if key not in existing and key not in added:
            added[key] = model(name=v.clean(name), name_key=key)
            s.add(added[key])
    s.flush()
    existing.update({key: obj.id for key, obj in added.items()})
    return existing


def _fix_sequences(s: Session) -> None:
    """PostgreSQL: explicit ids do not advance the serial sequences, so move them past the new rows."""
    if s.get_bind().dialect.name != "postgresql":
        return
    for table in ("client", "contact_person"):
        s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"GREATEST((SELECT max(id) FROM {table}), 1))"))


# --- clients ----------------------------------------------------------------------------------

_ROLE_FLAGS = (("is_lead", ClientRole.LEAD), ("is_customer", ClientRole.CUSTOMER),
               ("is_supplier", ClientRole.SUPPLIER))


class _BatchWriter:
    """Turns generated clients into rows (as `clients.editing` would store them) and inserts them."""

    def __init__(self, s: Session, *, acting: int, positions: dict[str, int], tags: dict[str, int]):
        self.s = s
        self.acting = acting
        self.positions, self.tags = positions, tags
        self.now = utcnow()
        self.next_client = (s.scalar(select(func.max(Client.id))) or 0) + 1
        self.next_person = (s.scalar(select(func.max(ContactPerson.id))) or 0) + 1
        self.first_client_id: int | None = None
        self.counts = dict.fromkeys(("clients", "contacts", "channels", "addresses", "bank_accounts",
                                     "archived"), 0)

    def _audit(self, at: datetime) -> dict[str, Any]:
        return {"created_at": at, "updated_at": at, "created_by_id": self.acting, "updated_by_id": self.acting,
                "version": 1}

    def write(self, batch: Sequence[DemoClient]) -> None:
        rows: dict[str, list[dict[str, Any]]] = {"client": [], "person": [], "channel": [], "address": [],
                                                 "bank": [], "tag": []}
        for item in batch:
            self._rows(item, rows)
        s = self.s
        for table, key in ((Client.__table__, "client"), (ContactPerson.__table__, "person"),
                           (ContactChannel.__table__, "channel"), (Address.__table__, "address"),
                           (BankAccount.__table__, "bank"), (client_tag, "tag")):
            if rows[key]:
                s.execute(insert(table), rows[key])
        c = self.counts
        c["clients"] += len(rows["client"])
        c["contacts"] += len(rows["person"])
        c["channels"] += len(rows["channel"])
        c["addresses"] += len(rows["address"])
        c["bank_accounts"] += len(rows["bank"])

    def _channel_rows(self, client_id: int, person_id: int | None, channels, at: datetime,
                      out: list[dict[str, Any]]) -> list[SimpleNamespace]:
        summary = []
        for order, ch in enumerate(channels):
            kind = str(ch.kind)
            row = {"client_id": client_id, "contact_person_id": person_id, "kind": kind,
                   "value": v.clean(ch.value), "normalized": _channel_key(kind, ch.value),
                   "comment": v.clean(ch.comment), "sort_order": order, **self._audit(at)}
            out.append(row)
            summary.append(SimpleNamespace(kind=kind, value=row["value"], normalized=row["normalized"]))
        return summary

    def _rows(self, item: DemoClient, rows: dict[str, list[dict[str, Any]]]) -> None:
        form = item.form
        client_id = self.next_client
        self.next_client += 1
        if self.first_client_id is None:
            self.first_client_id = client_id
        at = self.now - timedelta(days=item.age_days)
        display_name = v.clean(form.display_name)
        tax_id = v.clean(form.tax_id)
        # The same object shape `refresh_summary` reads from a Client, without the ORM's cost.
        summary = SimpleNamespace(
            code=f"C-{client_id:06d}", display_name=display_name, legal_name=v.clean(form.legal_name),
            tax_id_key=v.tax_id_key(form.tax_id) if tax_id else "", city="",
            channels=self._channel_rows(client_id, None, form.channels, at, rows["channel"]),
            contacts=[], addresses=[])
        for order, person in enumerate(form.contacts):
            person_id = self.next_person
            self.next_person += 1
            position = v.clean(person.position)
            rows["person"].append({
                "id": person_id, "client_id": client_id, "full_name": v.clean(person.full_name),
                "position_id": self.positions[v.fold(position)] if position else None,
                "birthday": person.birthday, "notes": (person.notes or "").strip(), "sort_order": order,
                **self._audit(at)})
            summary.contacts.append(SimpleNamespace(
                full_name=v.clean(person.full_name),
                channels=self._channel_rows(client_id, person_id, person.channels, at, rows["channel"])))
        for order, a in enumerate(form.addresses):
            row = {name: v.clean(getattr(a, name)) for name in
                   ("kind", "country", "region", "city", "street", "building", "office", "postcode")}
            row.update(client_id=client_id, sort_order=order, **self._audit(at))
            rows["address"].append(row)
            summary.addresses.append(SimpleNamespace(kind=row["kind"], sort_order=order, city=row["city"]))
        for order, b in enumerate(form.bank_accounts):
            rows["bank"].append({
                "client_id": client_id, "bank_name": v.clean(b.bank_name),
                "bic": v.ascii_digits(v.clean(b.bic)).upper(),
                "account_number": v.ascii_digits(v.clean(b.account_number)).upper(),
                "corr_account": v.ascii_digits(v.clean(b.corr_account)).upper(),
                "comment": v.clean(b.comment), "sort_order": order, **self._audit(at)})
        refresh_summary(summary)  # type: ignore[arg-type]
        status = ClientStatus.ARCHIVED if item.archived else ClientStatus.ACTIVE
        self.counts["archived"] += item.archived
        rows["client"].append({
            "id": client_id, "code": summary.code, "kind": str(form.kind), "display_name": display_name,
            "name_key": v.fold(display_name), "legal_name": summary.legal_name, "tax_id": tax_id,
            "tax_id_key": summary.tax_id_key, "registration_ids": v.clean(form.registration_ids),
            "source": v.clean(form.source), "manager_id": form.manager_id,
            **{col: role in form.roles for col, role in _ROLE_FLAGS},
            "notes": (form.notes or "").strip(), "language": form.language, "status": str(status),
            "primary_phone": summary.primary_phone, "primary_email": summary.primary_email,
            "city": summary.city, "search_text": summary.search_text, **self._audit(at)})
        seen: set[str] = set()
        for name in form.tags:
            key = v.fold(v.clean(name))
            if key not in seen:
                seen.add(key)
                rows["tag"].append({"client_id": client_id, "tag_id": self.tags[key]})
