"""Several people on one PostgreSQL server edit the same clients at the same time."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.services.clients import ClientQuery
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit
from tests.conftest import PG_SKIP_REASON, PG_URL
from tests.unit.factories import full_form, second_user, simple_form

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
    # The shared `database` fixture, restricted to its PostgreSQL flavour (emptied before each test).
    pytest.mark.parametrize("database", ["postgresql"], indirect=True),
]


def pausing_before_first_flush(ctx: ServiceContext, barrier: threading.Barrier) -> ServiceContext:
    """A context whose sessions wait at `barrier` just before they first write: by then each one has
    read the card and passed the version check, so the two writes really race in the database."""

    def make_session() -> Session:
        session = ctx.session_factory()
        waited = False

        @event.listens_for(session, "before_flush")
        def _wait(*_args: object) -> None:
            nonlocal waited
            if not waited:
                waited = True
                barrier.wait(timeout=20)

        return session

    return ServiceContext(make_session, user_id=ctx.user_id)


def run_together(*calls: Callable[[], object]) -> list[object]:
    """Run the calls on their own threads (own connections); each result is a value or the exception."""

    def outcome(call: Callable[[], object]) -> object:
        try:
            return call()
        except Exception as exc:  # noqa: BLE001 - the test inspects what each thread ended in
            return exc

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(outcome, calls))


def test_the_second_of_two_people_editing_one_card_is_told_who_saved_first(services):
    anna, boris = services, second_user(services)
    card = anna.clients.create_client(full_form())
    annas_view = anna.clients.load_client(card.id)
    boris_view = boris.clients.load_client(card.id)

    annas = anna.clients.update_client(card.id, replace(annas_view.form, notes="Anna: call on Monday"),
                                       expected_version=annas_view.version)
    with pytest.raises(ConcurrentEdit) as err:
        boris.clients.update_client(card.id, replace(boris_view.form, notes="Boris: call on Friday"),
                                    expected_version=boris_view.version)

    assert err.value.changed_by == "Anna Admin"
    assert err.value.current == annas
    stored = boris.clients.load_client(card.id)
    assert stored.form.notes == "Anna: call on Monday"
    assert stored.updated_by == "Anna Admin"


def test_two_saves_racing_in_the_database_let_exactly_one_through(services):
    anna, boris = services, second_user(services)
    card = anna.clients.create_client(full_form())
    barrier = threading.Barrier(2)
    racers = {"Anna Admin": pausing_before_first_flush(anna, barrier),
              "Boris Manager": pausing_before_first_flush(boris, barrier)}

    results = run_together(*(
        lambda ctx=ctx, who=who: ctx.clients.update_client(
            card.id, replace(card.form, notes=f"saved by {who}"), expected_version=card.version)
        for who, ctx in racers.items()
    ))

    saved = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(saved) == 1 and len(refused) == 1, results
    assert isinstance(refused[0], ConcurrentEdit), refused[0]
    winner = saved[0].updated_by
    assert refused[0].changed_by == winner
    stored = anna.clients.load_client(card.id)
    assert stored.version == card.version + 1
    assert stored.form.notes == f"saved by {winner}"
    assert stored == saved[0] == refused[0].current


def test_an_archive_racing_an_edit_lets_exactly_one_through(services):
    anna, boris = services, second_user(services)
    card = anna.clients.create_client(simple_form("Racer"))
    barrier = threading.Barrier(2)
    editing = pausing_before_first_flush(anna, barrier)
    archiving = pausing_before_first_flush(boris, barrier)

    results = run_together(
        lambda: editing.clients.update_client(card.id, replace(card.form, display_name="Racer 2"),
                                              expected_version=card.version),
        lambda: archiving.clients.archive_client(card.id, expected_version=card.version),
    )

    assert sum(isinstance(r, ConcurrentEdit) for r in results) == 1, results
    stored = anna.clients.load_client(card.id)
    assert stored.version == card.version + 1
    assert (stored.form.display_name, stored.status) in {("Racer 2", "active"), ("Racer", "archived")}


def test_clients_created_at_the_same_time_get_unique_codes(services):
    people = [services, *(second_user(services, f"user{i}", f"User {i}") for i in range(3))]
    barrier = threading.Barrier(len(people))

    def create_five(ctx: ServiceContext, n: int) -> list[str]:
        barrier.wait(timeout=20)
        return [ctx.clients.create_client(simple_form(f"Client {n}-{k}", tags=("shared", f"own {n}"))).code
                for k in range(5)]

    results = run_together(*(lambda ctx=ctx, n=n: create_five(ctx, n) for n, ctx in enumerate(people)))

    assert not [r for r in results if isinstance(r, Exception)], results
    codes = [code for batch in results for code in batch]
    assert len(codes) == len(set(codes)) == 20
    assert len(services.clients.client_ids(ClientQuery())) == 20
    assert sorted(t.name for t in services.clients.list_tags()) == ["own 0", "own 1", "own 2", "own 3", "shared"]


def test_a_save_racing_a_merge_is_refused_and_the_merge_keeps_everything(services):
    """The merge locks both cards: another desktop's save of the merged card waits, then is refused."""
    from app.services.errors import NotFound

    anna, boris = services, second_user(services)
    keep = anna.clients.create_client(simple_form("Keep Ltd"))
    gone = anna.clients.create_client(full_form(display_name="Gone Ltd", tax_id="", channels=()))
    barrier = threading.Barrier(2)
    merging = pausing_before_first_flush(anna, barrier)
    editing = pausing_before_first_flush(boris, barrier)

    merged, edited = run_together(
        lambda: merging.clients.merge_clients(keep.id, gone.id, survivor_version=keep.version,
                                              merged_version=gone.version),
        lambda: editing.clients.update_client(gone.id, replace(gone.form, notes="late edit"),
                                              expected_version=gone.version),
    )
    assert not isinstance(merged, Exception), merged
    assert isinstance(edited, (ConcurrentEdit, NotFound)), edited
    survivor = anna.clients.load_client(keep.id)
    assert {p.full_name for p in survivor.form.contacts} == {p.full_name for p in gone.form.contacts}
    assert anna.clients.client_ids(ClientQuery(search="Gone Ltd", status=None)) == []
