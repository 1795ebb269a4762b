"""Manager activity and lost reasons, on a hand-built month (both databases)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.models import Client, Deal, Interaction, LostReason, Pipeline, Stage, Task
from app.services.reports import ReportParams
from tests.unit.factories import second_user

TODAY = date(2026, 3, 18)


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour)


def seed(services, march: date = date(2026, 3, 5), feb: date = date(2026, 2, 10)):
    """Activity on `march` (this period) and on `feb` (the one before)."""
    boris = second_user(services, "boris", "Boris Manager").user_id
    anna = services.user_id
    with services.uow() as uow:
        s = uow.session
        acme = Client(display_name="Acme", name_key="acme", is_customer=True)
        pipe = Pipeline(name="Sales", name_key="sales")
        s.add_all([acme, pipe])
        s.flush()
        stage = Stage(pipeline_id=pipe.id, name="Lost", name_key="lost", kind="lost")
        price, timing = LostReason(name="Price too high", name_key="price"), LostReason(name="Timing", name_key="timing")
        s.add_all([stage, price, timing])
        s.flush()

        def deal(manager, status, amount, day, reason=None, currency="USD"):
            s.add(Deal(title=f"{status} {amount}", client_id=acme.id, amount=Decimal(amount), currency=currency,
                       manager_id=manager, pipeline_id=pipe.id, stage_id=stage.id, status=status,
                       lost_reason_id=reason, stage_entered_at=_at(day), closed_at=_at(day)))

        def log(user, kind, day):
            s.add(Interaction(kind=kind, occurred_at=_at(day), client_id=acme.id, user_id=user, subject=kind))

        def task(user, day, status="done"):
            s.add(Task(subject="t", kind="call", due_at=_at(day), assignee_id=user, status=status,
                       completed_at=_at(day) if status == "done" else None))

        for _ in range(3):
            log(anna, "call", march)
        log(anna, "meeting", march)
        log(boris, "email", march)
        log(boris, "note", march)          # notes are not activity counted here
        log(anna, "call", feb)             # last month
        task(anna, march)
        task(anna, march)
        task(boris, march, status="open")  # not done
        task(boris, feb)
        deal(anna, "won", "1000.00", march)
        deal(anna, "won", "500.00", march)
        deal(boris, "lost", "300.00", march, price.id)
        deal(boris, "lost", "200.00", march, price.id)
        deal(anna, "lost", "100.00", march, timing.id)
        deal(anna, "lost", "999.00", feb, timing.id)  # last month
        uow.commit()
    return anna, boris


def test_manager_activity_counts_what_each_did_in_the_period(services):
    anna, boris = seed(services)
    r = services.reports.run_report("manager_activity", ReportParams(period_kind="month"), today=TODAY)
    rows = {row.label: row.values for row in r.rows}
    # calls, meetings, e-mails, tasks done, deals won, won amount, deals lost
    assert rows["Anna Admin"] == (3, 1, 0, 2, 2, Decimal("1500.00"), 1)
    assert rows["Boris Manager"] == (0, 0, 1, 0, 0, Decimal("0.00"), 2)
    assert r.totals == (3, 1, 1, 2, 2, Decimal("1500.00"), 3)
    assert r.previous_value(str(anna)) == 1          # one call in February
    assert [row.label for row in r.rows][0] == "Anna Admin"  # the busiest first


def test_lost_reasons_with_their_share(services):
    seed(services)
    r = services.reports.run_report("lost_reasons", ReportParams(period_kind="month"), today=TODAY)
    assert [(row.label, row.values) for row in r.rows] == [
        ("Price too high", (2, Decimal("500.00"), Decimal("66.67"))),   # 2 of 3 deals lost in March
        ("Timing", (1, Decimal("100.00"), Decimal("33.33")))]
    assert r.totals == (3, Decimal("500.00") + Decimal("100.00"), Decimal(100))
    assert r.previous is not None and [row.values[0] for row in r.previous.rows] == [1]


def test_an_empty_period_has_no_rows(services):
    r = services.reports.run_report("manager_activity", ReportParams(period_kind="month"),
                                    today=date(2020, 1, 1))
    assert r.rows == () and r.totals[0] == 0
