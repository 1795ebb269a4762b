"""A manager's tasks: create, edit, move, complete with a follow-up, cancel, recurring series (both databases)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from app.services.clients import ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec
from app.services.planner import TaskForm, to_local, to_utc
from tests.unit import test_planner_recurrence
from tests.unit.factories import second_user

NOON = datetime(2030, 3, 4, 12, 0)   # a Monday, naive UTC
local_zone = test_planner_recurrence.local_zone   # the fixture that switches the local time zone


@pytest.fixture
def office(services):
    """A client with two contacts and a deal, another client, and a second manager."""
    aria = services.clients.create_client(ClientForm(
        display_name="شرکت آریا", contacts=(ContactPersonData("Reza Karimi"), ContactPersonData("Sara Ahmadi"))))
    other = services.clients.create_client(ClientForm(display_name="Acme", contacts=(ContactPersonData("Bob"),)))
    pipeline = services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead")])
    deal = services.funnel.create_deal(DealForm(title="Carpets", client_id=aria.id, pipeline_id=pipeline.id))
    boris = second_user(services)
    return services, aria, other, deal, boris.user_id


def call(services, **overrides) -> TaskForm:
    return replace(TaskForm(subject="Call about the carpets", kind="call", due_at=NOON, duration_minutes=15,
                            assignee_id=services.user_id), **overrides)


def test_a_new_task_keeps_everything_typed_with_names_for_display(office):
    services, aria, _other, deal, _boris = office
    row = services.planner.create_task(call(
        services, client_id=aria.id, contact_person_id=aria.form.contacts[1].id, deal_id=deal.id,
        priority="high", description="  Ask about the colours ", remind_before_minutes=15))
    assert (row.status, row.version, row.subject, row.kind) == ("open", 1, "Call about the carpets", "call")
    assert (row.client_name, row.contact_name, row.deal_title, row.assignee_name) == (
        "شرکت آریا", "Sara Ahmadi", "Carpets", "Anna Admin")
    assert row.form.description == "Ask about the colours"
    assert row.remind_at == NOON - timedelta(minutes=15)
    assert row.series_id is None
    assert services.planner.load_task(row.id) == row


def test_bad_tasks_are_refused_field_by_field(office):
    services, aria, other, deal, _boris = office
    with pytest.raises(ValidationError) as caught:
        services.planner.create_task(call(services, subject="  ", duration_minutes=-5, assignee_id=None,
                                          client_id=other.id, contact_person_id=aria.form.contacts[0].id,
                                          deal_id=deal.id, due_at=None))
    assert set(caught.value.errors) == {"subject", "duration_minutes", "assignee_id", "contact_person_id",
                                        "deal_id", "due_at"}
    with pytest.raises(ValidationError) as caught:
        services.planner.create_task(call(services, recurrence="weekly", recurrence_weekdays="",
                                          recurrence_interval=0))
    assert set(caught.value.errors) == {"recurrence_weekdays", "recurrence_interval"}
    assert services.planner.tasks_between(start=NOON - timedelta(days=1), end=NOON + timedelta(days=1),
                                          assignee_ids=[services.user_id]) == []


def test_an_inactive_user_cannot_be_given_a_task(office):
    services, _aria, _other, _deal, boris = office
    from app.models import User

    with services.session_factory() as s:
        s.get(User, boris).active = False
        s.commit()
    with pytest.raises(ValidationError) as caught:
        services.planner.create_task(call(services, assignee_id=boris))
    assert set(caught.value.errors) == {"assignee_id"}


def test_editing_needs_the_version_seen_and_moves_the_reminder(office):
    services, _aria, _other, _deal, boris = office
    row = services.planner.create_task(call(services, remind_before_minutes=10))
    later = NOON + timedelta(hours=3)
    saved = services.planner.update_task(row.id, replace(row.form, due_at=later, assignee_id=boris),
                                         expected_version=row.version)
    assert (saved.due_at, saved.remind_at, saved.assignee_name, saved.version) == (
        later, later - timedelta(minutes=10), "Boris Manager", 2)
    with pytest.raises(ConcurrentEdit) as caught:
        services.planner.update_task(row.id, replace(row.form, subject="Mine"), expected_version=row.version)
    assert caught.value.current == saved
    assert caught.value.changed_by == "Anna Admin"


def test_rescheduling_moves_time_and_reminder_and_refuses_a_stale_drag(office):
    services, _aria, _other, _deal, boris = office
    row = services.planner.create_task(call(services, remind_before_minutes=30))
    tomorrow = NOON + timedelta(days=1, hours=-2)
    moved = services.planner.reschedule_task(row.id, due_at=tomorrow, expected_version=row.version,
                                             assignee_id=boris)
    assert (moved.due_at, moved.remind_at, moved.form.assignee_id) == (tomorrow, tomorrow - timedelta(minutes=30),
                                                                      boris)
    with pytest.raises(ConcurrentEdit):
        services.planner.reschedule_task(row.id, due_at=NOON, expected_version=row.version)
    assert services.planner.load_task(row.id).due_at == tomorrow


def test_completing_a_call_creates_its_follow_up_in_the_same_step(office):
    services, aria, _other, deal, _boris = office
    row = services.planner.create_task(call(services, client_id=aria.id, deal_id=deal.id, remind_before_minutes=5))
    follow = call(services, subject="Send the price list", kind="email", due_at=NOON + timedelta(days=2),
                  client_id=aria.id, deal_id=deal.id)
    done = services.planner.complete_task(row.id, result="Wants 20 carpets", expected_version=row.version,
                                          follow_up=follow)
    assert (done.task.status, done.task.result, done.task.remind_at) == ("done", "Wants 20 carpets", None)
    assert done.task.completed_at is not None
    assert done.follow_up is not None and done.follow_up.follow_up_of_id == row.id
    assert (done.follow_up.subject, done.follow_up.kind, done.follow_up.status) == ("Send the price list", "email",
                                                                                  "open")
    assert done.next_occurrence is None
    assert [t.id for t in services.planner.tasks_for_deal(deal.id)] == [done.follow_up.id, row.id]


def test_a_bad_follow_up_leaves_the_task_open(office):
    services, *_ = office
    row = services.planner.create_task(call(services))
    with pytest.raises(ValidationError) as caught:
        services.planner.complete_task(row.id, result="ok", expected_version=row.version,
                                       follow_up=call(services, subject=""))
    assert set(caught.value.errors) == {"follow_up.subject"}
    assert services.planner.load_task(row.id).status == "open"


def test_the_state_machine_refuses_closing_twice_and_reopens(office):
    services, *_ = office
    row = services.planner.create_task(call(services, remind_before_minutes=0))
    started = services.planner.start_task(row.id, expected_version=row.version)
    assert started.status == "in_progress"
    cancelled = services.planner.cancel_task(row.id, expected_version=started.version, reason="Client closed")
    assert (cancelled.task.status, cancelled.task.result, cancelled.task.remind_at) == (
        "cancelled", "Client closed", None)
    with pytest.raises(ValidationError) as caught:
        services.planner.complete_task(row.id, result="", expected_version=cancelled.task.version)
    assert set(caught.value.errors) == {"status"}
    with pytest.raises(ValidationError):
        services.planner.reschedule_task(row.id, due_at=NOON, expected_version=cancelled.task.version)
    reopened = services.planner.reopen_task(row.id, expected_version=cancelled.task.version)
    assert (reopened.status, reopened.completed_at, reopened.remind_at) == ("open", None, NOON)


def test_completing_or_cancelling_a_recurring_task_creates_the_next_of_its_series(office):
    services, *_ = office
    local_monday = datetime(2030, 3, 4, 9, 0)
    first = services.planner.create_task(call(
        services, subject="Weekly meeting", kind="meeting", due_at=to_utc(local_monday), recurrence="weekly",
        recurrence_weekdays="15", remind_before_minutes=10))
    assert first.series_id == first.id
    done = services.planner.complete_task(first.id, result="ok", expected_version=first.version)
    friday = done.next_occurrence
    assert friday is not None and friday.series_id == first.id
    assert to_local(friday.due_at) == datetime(2030, 3, 8, 9, 0)
    assert friday.remind_at == friday.due_at - timedelta(minutes=10)
    skipped = services.planner.cancel_task(friday.id, expected_version=friday.version)
    assert to_local(skipped.next_occurrence.due_at) == datetime(2030, 3, 11, 9, 0)
    # Reopening and closing again does not make a second "next".
    again = services.planner.reopen_task(first.id, expected_version=done.task.version)
    assert services.planner.complete_task(first.id, result="", expected_version=again.version).next_occurrence is None


def test_a_series_stops_at_its_until_date(office):
    services, *_ = office
    start = to_utc(datetime(2030, 1, 31, 8, 0))
    row = services.planner.create_task(call(services, due_at=start, recurrence="monthly",
                                            recurrence_until=datetime(2030, 3, 30).date()))
    feb = services.planner.complete_task(row.id, result="", expected_version=row.version).next_occurrence
    assert to_local(feb.due_at) == datetime(2030, 2, 28, 8, 0)
    assert services.planner.complete_task(feb.id, result="", expected_version=feb.version).next_occurrence is None


def test_my_day_has_overdue_today_and_done_today(office):
    services, aria, _other, _deal, boris = office
    day_start, day_end = NOON - timedelta(hours=12), NOON + timedelta(hours=12)
    p = services.planner
    old = p.create_task(call(services, subject="Old", due_at=NOON - timedelta(days=2)))
    today = p.create_task(call(services, subject="Today", due_at=NOON, client_id=aria.id))
    all_day = p.create_task(call(services, subject="All day", due_at=day_start, all_day=True, kind="todo"))
    p.create_task(call(services, subject="Tomorrow", due_at=NOON + timedelta(days=1)))
    p.create_task(call(services, subject="Boris's", due_at=NOON, assignee_id=boris))
    closed = p.create_task(call(services, subject="Closed", due_at=NOON - timedelta(hours=2)))
    p.complete_task(closed.id, result="x", expected_version=closed.version)
    day = p.my_day(user_id=services.user_id, day_start_utc=day_start, day_end_utc=day_end)
    assert [t.id for t in day.overdue] == [old.id]
    assert [t.id for t in day.today] == [all_day.id, today.id]
    # Done "today" means completed during the day asked about; the test's day is in 2030.
    assert day.done_today == ()
    real = p.my_day(user_id=services.user_id, day_start_utc=datetime.now() - timedelta(days=1),
                    day_end_utc=datetime.now() + timedelta(days=1))
    assert [t.subject for t in real.done_today] == ["Closed"]


def test_calendar_reads_the_chosen_people_in_a_period(office):
    services, _aria, _other, _deal, boris = office
    p = services.planner
    mine = p.create_task(call(services, subject="Mine"))
    his = p.create_task(call(services, subject="His", due_at=NOON + timedelta(days=1), assignee_id=boris))
    p.create_task(call(services, subject="Next week", due_at=NOON + timedelta(days=8)))
    long_one = p.create_task(call(services, subject="Long", due_at=NOON - timedelta(days=1), duration_minutes=48 * 60))
    week = (NOON - timedelta(hours=12), NOON + timedelta(days=6, hours=12))
    assert [t.id for t in p.tasks_between(start=week[0], end=week[1], assignee_ids=[services.user_id, boris])] == [
        long_one.id, mine.id, his.id]
    assert [t.id for t in p.tasks_between(start=week[0], end=week[1], assignee_ids=[boris])] == [his.id]
    assert p.tasks_between(start=week[0], end=week[1], assignee_ids=[]) == []


def test_client_links_offer_its_contacts_and_open_deals(office):
    services, aria, _other, deal, _boris = office
    links = services.planner.client_links(aria.id)
    assert [c.name for c in links.contacts] == ["Reza Karimi", "Sara Ahmadi"]
    assert [(d.id, d.name) for d in links.deals] == [(deal.id, "Carpets")]
    assert links.client_name == "شرکت آریا"


def test_editing_a_later_occurrences_rule_restarts_the_series_there(office):
    services, *_ = office
    p = services.planner
    first = p.create_task(call(services, subject="Report", due_at=to_utc(datetime(2030, 1, 10, 9, 0)),
                               recurrence="weekly", recurrence_weekdays="4"))
    second = p.complete_task(first.id, result="", expected_version=first.version).next_occurrence
    assert to_local(second.due_at) == datetime(2030, 1, 17, 9, 0)
    monthly = p.update_task(second.id, replace(second.form, recurrence="monthly", recurrence_weekdays="",
                                               due_at=to_utc(datetime(2030, 1, 25, 9, 0))),
                            expected_version=second.version)
    assert monthly.series_id == second.id
    third = p.complete_task(second.id, result="", expected_version=monthly.version).next_occurrence
    assert (to_local(third.due_at), third.series_id) == (datetime(2030, 2, 25, 9, 0), second.id)
    # A change that is not the rule or the date (a typo) keeps the series as it is.
    fixed = p.update_task(third.id, replace(third.form, subject="Monthly report"), expected_version=third.version)
    assert fixed.series_id == second.id


def test_links_nobody_touched_do_not_stop_moving_editing_or_closing_a_task(office):
    services, aria, other, deal, boris = office
    from app.models import Deal, User

    p = services.planner
    weekly = p.create_task(call(services, client_id=aria.id, deal_id=deal.id, assignee_id=boris,
                                contact_person_id=aria.form.contacts[0].id, recurrence="daily"))
    single = p.create_task(call(services, client_id=aria.id, deal_id=deal.id, assignee_id=boris))
    with services.session_factory() as s:     # the deal went to another client; Boris left
        s.get(Deal, deal.id).client_id = other.id
        s.get(User, boris).active = False
        s.commit()
    moved = p.reschedule_task(weekly.id, due_at=NOON + timedelta(hours=2), expected_version=weekly.version)
    typo = p.update_task(moved.id, replace(moved.form, subject="Call about the rugs"), expected_version=moved.version)
    assert (typo.form.deal_id, typo.form.assignee_id, typo.subject) == (deal.id, boris, "Call about the rugs")
    done = p.complete_task(weekly.id, result="ok", expected_version=typo.version)
    nxt = done.next_occurrence
    assert (nxt.form.deal_id, nxt.form.assignee_id, nxt.form.contact_person_id) == (
        deal.id, boris, aria.form.contacts[0].id)
    assert nxt.due_at == NOON + timedelta(days=1, hours=2)
    assert p.cancel_task(single.id, expected_version=single.version).task.status == "cancelled"
    # What is changed is still checked.
    with pytest.raises(ValidationError) as caught:
        p.reschedule_task(nxt.id, due_at=NOON, expected_version=nxt.version, assignee_id=boris + 1000)
    assert set(caught.value.errors) == {"assignee_id"}
    kept = p.update_task(nxt.id, replace(nxt.form, assignee_id=services.user_id), expected_version=nxt.version)
    assert (kept.form.deal_id, kept.form.contact_person_id) == (deal.id, aria.form.contacts[0].id)
    with pytest.raises(ValidationError) as caught:
        p.update_task(nxt.id, replace(kept.form, assignee_id=boris), expected_version=kept.version)
    assert set(caught.value.errors) == {"assignee_id"}
    third = services.clients.create_client(ClientForm(display_name="Third"))
    with pytest.raises(ValidationError) as caught:     # another client: the contact and deal are checked again
        p.update_task(nxt.id, replace(kept.form, client_id=third.id), expected_version=kept.version)
    assert set(caught.value.errors) == {"contact_person_id", "deal_id"}


def test_a_daily_all_day_series_stays_on_its_days_in_cairo(office, local_zone):
    services, *_ = office
    local_zone("Africa/Cairo")        # 25 April 2025 starts at 01:00: midnight falls in the gap
    p = services.planner
    row = p.create_task(call(services, subject="Stock check", kind="todo", all_day=True, duration_minutes=0,
                             due_at=to_utc(datetime(2025, 4, 24)), recurrence="daily"))
    days = []
    for _ in range(3):
        row = p.complete_task(row.id, result="", expected_version=row.version).next_occurrence
        days.append(to_local(row.due_at).date())
    assert days == [date(2025, 4, 25), date(2025, 4, 26), date(2025, 4, 27)]
    assert to_local(row.due_at).time() == time()
