"""Demo data: a small multilingual company that behaves like data typed in through the client card."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from app.models import Address, BankAccount, Client, ContactChannel, ContactPerson, Position, Tag, User
from app.services import validation as v
from app.services.clients import ClientQuery
from app.services.clients.validation import validate_form
from app.services.context import ServiceContext
from app.services.demo import DEMO_PASSWORD, DEMO_USERS, seed_demo
from app.services.demo_data import generate_clients, iban, inn
from app.services.errors import ValidationError

N = 300
SCRIPTS = {
    "Latin": re.compile(r"[A-Za-z]"),
    "Cyrillic": re.compile(r"[\u0400-\u04FF]"),
    "Armenian": re.compile(r"[\u0531-\u058A]"),
    "Persian": re.compile(r"[\u067E\u0686\u0698\u06AF\u06A9\u06CC]"),  # پ چ ژ گ ک ی: not in Arabic
    "Arabic": re.compile(r"[\u0629\u064A]"),  # ة ي: Arabic spelling, not Persian
}


@pytest.fixture(autouse=True)
def quick_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Demo staff get real argon2 hashes, but with test-sized costs (0.45 s each otherwise)."""
    from argon2 import PasswordHasher

    from app.services.access import passwords

    monkeypatch.setattr(passwords, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture
def seeded(services: ServiceContext):
    progress: list[tuple[int, int]] = []
    summary = services.demo.seed_demo(clients=N, seed=7, progress=lambda done, total: progress.append((done, total)))
    return services, summary, progress


def _count(services: ServiceContext, model) -> int:
    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_seeding_fills_a_small_company(seeded) -> None:
    services, summary, progress = seeded
    assert summary.clients == N == _count(services, Client)
    assert summary.users_created == len(DEMO_USERS) and _count(services, User) == len(DEMO_USERS) + 1
    assert summary.tags == _count(services, Tag) >= 15
    assert summary.positions == _count(services, Position) >= 30
    assert summary.contacts == _count(services, ContactPerson) > N // 2
    assert summary.channels == _count(services, ContactChannel) > N
    assert summary.addresses == _count(services, Address) > N // 2
    assert summary.bank_accounts == _count(services, BankAccount) > 0
    assert 0 < summary.archived < N // 5
    assert progress[-1] == (N, N)
    assert services.auth.authenticate("olga", DEMO_PASSWORD).full_name == "Ольга Смирнова"


def test_every_language_is_there(seeded) -> None:
    services, _, _ = seeded
    with services.uow() as uow:
        names = " ".join(uow.session.scalars(select(Client.display_name)))
    for script, pattern in SCRIPTS.items():
        assert pattern.search(names), f"no {script} client names"


def test_a_seeded_phone_is_found_however_it_is_typed(seeded) -> None:
    services, _, _ = seeded
    with services.uow() as uow:
        cid, value = uow.session.execute(
            select(ContactChannel.client_id, ContactChannel.value)
            .where(ContactChannel.kind == "phone", ContactChannel.contact_person_id.is_(None))
            .order_by(ContactChannel.id).limit(1)).one()
    digits = v.phone_digits(value)
    retyped = f"{digits[:-7]} {digits[-7:-4]}.{digits[-4:-2]}.{digits[-2:]}"  # other spaces, dots for dashes
    assert retyped != value
    assert cid in services.clients.client_ids(ClientQuery(search=retyped, status=None))


def test_a_seeded_client_can_be_edited_with_its_version(seeded) -> None:
    services, summary, _ = seeded
    card = services.clients.load_client(summary.first_client_id)
    assert card.version == 1 and card.code == f"C-{card.id:06d}"
    form = card.form.__class__(**{**{f: getattr(card.form, f) for f in card.form.__dataclass_fields__},
                                  "notes": "Called back today."})
    saved = services.clients.update_client(card.id, form, expected_version=card.version)
    assert saved.version == 2 and saved.form.notes == "Called back today."
    assert saved.form.channels == card.form.channels and saved.form.contacts == card.form.contacts


def test_the_list_summary_matches_what_the_service_computes(seeded) -> None:
    """Saving a seeded card unchanged must not change its phone, e-mail, city or search text."""
    services, _, _ = seeded
    ids = services.clients.client_ids(ClientQuery(status=None), limit=25)
    with services.uow() as uow:
        before = {c.id: (c.primary_phone, c.primary_email, c.city, c.search_text, c.name_key, c.tax_id_key)
                  for c in uow.session.scalars(select(Client).where(Client.id.in_(ids)))}
    for cid in ids:
        card = services.clients.load_client(cid)
        services.clients.update_client(cid, card.form, expected_version=card.version, allow_duplicates=True)
    with services.uow() as uow:
        after = {c.id: (c.primary_phone, c.primary_email, c.city, c.search_text, c.name_key, c.tax_id_key)
                 for c in uow.session.scalars(select(Client).where(Client.id.in_(ids)))}
    assert after == before


def test_new_clients_after_seeding_get_fresh_codes(seeded) -> None:
    from app.services.clients import ClientForm

    services, _, _ = seeded
    card = services.clients.create_client(ClientForm(display_name="Walk-in customer"))
    assert card.id == N + 1 and card.code == f"C-{N + 1:06d}"


def test_seeding_twice_reuses_staff_and_directories(seeded) -> None:
    services, first, _ = seeded
    again = services.demo.seed_demo(clients=10, seed=8)
    assert again.users_created == 0
    assert (again.tags, again.positions) == (first.tags, first.positions)
    assert _count(services, Client) == N + 10


def test_an_uninitialised_database_is_refused(anon: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        anon.demo.seed_demo(clients=5)


def test_cancelling_from_progress_keeps_nothing(services: ServiceContext) -> None:
    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        seed_demo(services.uow(), clients=10, progress=cancel)
    assert _count(services, Client) == 0 and _count(services, User) == 1


def test_the_same_seed_gives_the_same_clients(seeded) -> None:
    services, _, _ = seeded
    with services.uow() as uow:
        stored = list(uow.session.scalars(select(Client.display_name).order_by(Client.id)))
    generated = [c.form.display_name for c in generate_clients(N, seed=7)]
    assert stored == generated
    assert [c.form for c in generate_clients(50, seed=7)] == [c.form for c in generate_clients(50, seed=7)]
    assert [c.form for c in generate_clients(50, seed=8)] != [c.form for c in generate_clients(50, seed=7)]


def test_generated_cards_pass_the_card_validation() -> None:
    for item in generate_clients(2000, seed=3):
        validate_form(item.form)


def test_identifiers_have_valid_check_digits() -> None:
    import random

    rng = random.Random(1)
    for _ in range(50):
        ten, twelve = inn(rng, 10), inn(rng, 12)
        assert len(ten) == 10 and len(twelve) == 12
        w10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
        assert int(ten[9]) == sum(int(d) * w for d, w in zip(ten, w10, strict=False)) % 11 % 10
    number = iban("SA", "80" + "000000608010167519").replace(" ", "")
    assert number == "SA0380000000608010167519"  # the example IBAN Saudi banks publish


def test_the_demo_company_has_a_working_funnel(seeded):
    services, summary, _ = seeded
    pipelines = services.funnel.list_pipelines()
    assert [p.name for p in pipelines] == ["Wholesale", "Projects"]
    assert summary.deals > 0

    from app.models import Deal, DealStageChange, StageKind

    with services.uow() as uow:
        statuses = dict(uow.session.execute(select(Deal.status, func.count()).group_by(Deal.status)).all())
        assert set(statuses) == {"open", "won", "lost"}
        # Every deal's last history row is the stage it is in, and lost deals carry a reason.
        last = {}
        for change in uow.session.scalars(select(DealStageChange).order_by(DealStageChange.changed_at,
                                                                            DealStageChange.id)):
            last[change.deal_id] = change.to_stage_id
        for deal in uow.session.scalars(select(Deal)):
            assert last[deal.id] == deal.stage_id
            assert (deal.lost_reason_id is not None) == (deal.status == "lost")
        assert StageKind.LOST == "lost"
    some = services.funnel.deal_history(next(iter(last)))
    assert some and some[-1].left_at is None


def test_demo_documents_form_chains_with_consistent_money(seeded) -> None:
    from app.models import ClientBalance, Document, PaymentAllocation

    services, summary, _ = seeded
    assert summary.documents > 20
    with services.uow() as uow:
        s = uow.session
        invoices = list(s.query(Document).filter(Document.doc_type == "invoice", Document.status == "confirmed"))
        assert invoices and all(d.number.startswith("INV-") and d.parent_id for d in invoices)
        for inv in invoices:
            allocated = sum(a.amount for a in s.query(PaymentAllocation).filter_by(document_id=inv.id))
            assert inv.settled == allocated <= inv.total
        for bal in s.query(ClientBalance):
            owed = sum(d.total for d in invoices if d.client_id == bal.client_id)
            assert bal.invoiced == owed
        by_language = {d.language: d.id for d in s.query(Document).filter(Document.status == "confirmed")}
        assert set(by_language) == {"en", "ru", "fa", "ar"}  # each client's documents in its language
        waybills = s.query(Document).filter(Document.doc_type == "waybill").all()
        assert waybills and all(w.stock_document_id for w in waybills)
        first = invoices[0].id
    assert services.stock.check_stock() == []
    pdf = services.documents.render_document(first)
    assert pdf.startswith(b"%PDF")
    for doc_id in by_language.values():
        assert services.documents.render_document(doc_id).startswith(b"%PDF")
