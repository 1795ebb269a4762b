"""Objectives, key results, check-ins, pace, the quarter review and sales plans (both databases)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services.errors import ConcurrentEdit, PermissionDenied, ValidationError
from app.services.goals import KeyResultForm, ObjectiveForm
from app.services.goals.progress import elapsed_percent, progress_percent, status
from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse: demo staff, test users)
from tests.unit.test_reports import MONTH, seed_sales
from tests.unit.test_reports import shop as reports_shop  # noqa: F401  (the fixture)

D = Decimal
Q2 = (date(2026, 4, 1), date(2026, 6, 30))      # 91 days
MID_Q2 = date(2026, 5, 15)                       # day 45 of 91: 49.5 % of the quarter gone


def objective(title="Grow", *, level="company", owner_id=None, key_results=None, period=Q2, **kw) -> ObjectiveForm:
    krs = key_results or (KeyResultForm("Sign partners", "10", start_value="0"),)
    return ObjectiveForm(title, period[0], period[1], level=level, owner_id=owner_id, key_results=tuple(krs), **kw)


def test_pace_arithmetic():
    assert elapsed_percent(*Q2, MID_Q2) == D("49.5")
    assert elapsed_percent(*Q2, date(2026, 3, 31)) == 0
    assert elapsed_percent(*Q2, date(2026, 7, 5)) == 100
    assert progress_percent(D(0), D(10), D(4)) == D("40.0")
    assert progress_percent(D(20), D(10), D(15)) == D("50.0")      # a figure to bring down
    assert progress_percent(D(5), D(5), D(5)) is None
    assert status(D("40.0"), D("49.5"), started=True) == "behind"
    assert status(D("45.0"), D("49.5"), started=True) == "on_track"   # within five points of the pace
    assert status(D(100), D(10), started=True) == "done"
    assert status(D(0), D(0), started=False) == "not_started"


def test_an_objective_with_a_manual_key_result_is_checked_in_and_shows_its_history(services):
    row = services.goals.save_objective(None, objective(), today=MID_Q2)
    kr = row.key_results[0]
    assert (kr.current_value, kr.progress_percent, kr.expected_percent, kr.status) == (D(0), D(0), D("49.5"),
                                                                                       "behind")
    assert kr.expected_value == D("4.95") and kr.can_check_in
    services.goals.check_in(kr.id, value="3", comment="Two signed, one verbal", expected_version=kr.version)
    kr = services.goals.load_objective(row.id, today=MID_Q2).key_results[0]
    services.goals.check_in(kr.id, value="5", comment="Vostok signed", expected_version=kr.version)
    row = services.goals.load_objective(row.id, today=MID_Q2)
    kr = row.key_results[0]
    assert (kr.current_value, kr.progress_percent, kr.status, kr.check_ins) == (D(5), D("50.0"), "on_track", 2)
    assert row.progress_percent == D("50.0") and row.belongs_to == "Company"
    history = services.goals.check_ins(kr.id)
    assert [(h.value, h.comment, h.user_name) for h in history] == [
        (D(5), "Vostok signed", "Anna Admin"), (D(3), "Two signed, one verbal", "Anna Admin")]
    with pytest.raises(ConcurrentEdit):
        services.goals.check_in(kr.id, value="6", expected_version=kr.version - 1)
    with pytest.raises(ValidationError, match="number"):
        services.goals.check_in(kr.id, value="five", expected_version=kr.version)


def test_a_metric_key_result_counts_from_the_data_to_date(services, reports_shop):  # noqa: F811
    seed_sales(services, reports_shop)
    today = date.today()
    form = objective("Sell more", period=(MONTH.start, MONTH.end), key_results=(
        KeyResultForm("Net sales", "216", kind="metric", metric="revenue_invoiced"),
        KeyResultForm("Bob's sales", "58", kind="metric", metric="revenue_invoiced", manager_id=reports_shop.bob),
        KeyResultForm("Happy clients", "4", start_value="2"),
    ))
    row = services.goals.save_objective(None, form, today=today)
    sales, bobs, manual = row.key_results
    assert (sales.current_value, sales.progress_percent, sales.metric_title, sales.value_kind) == (
        D("108.00"), D("50.0"), "Revenue invoiced", "money")
    assert (bobs.current_value, bobs.status) == (D("58.00"), "done")
    assert manual.progress_percent == D(0)
    assert row.progress_percent == ((D(50) + D(100) + D(0)) / 3).quantize(D("0.1"))
    with pytest.raises(ValidationError, match="counted from the data"):
        services.goals.check_in(sales.id, value="1", expected_version=sales.version)


def test_editing_keeps_ids_removes_what_was_left_out_and_checks_the_version(services):
    row = services.goals.save_objective(None, objective(key_results=(KeyResultForm("A", "1"), KeyResultForm("B", "2"))),
                                        today=MID_Q2)
    a, b = row.key_results
    services.goals.check_in(b.id, value="1", expected_version=b.version)
    form = objective("Grow faster", key_results=(KeyResultForm("A again", "3", id=a.id), KeyResultForm("C", "4")))
    edited = services.goals.save_objective(row.id, form, expected_version=row.version, today=MID_Q2)
    assert [(k.title, k.target_value) for k in edited.key_results] == [("A again", D(3)), ("C", D(4))]
    assert edited.key_results[0].id == a.id and edited.title == "Grow faster"
    with pytest.raises(ConcurrentEdit):
        services.goals.save_objective(row.id, form, expected_version=row.version, today=MID_Q2)
    services.goals.delete_objective(row.id, expected_version=edited.version)
    assert services.goals.list_objectives(start=Q2[0], end=Q2[1]) == []


def test_bad_objectives_are_refused_field_by_field(services):
    with pytest.raises(ValidationError) as caught:
        services.goals.save_objective(None, ObjectiveForm("", date(2026, 6, 30), date(2026, 4, 1), level="person",
                                                          key_results=(KeyResultForm("", "x", kind="metric",
                                                                                     metric="revenue_paid",
                                                                                     pipeline_id=1),)))
    assert set(caught.value.errors) == {"title", "period_end", "owner", "key_results.0.title",
                                        "key_results.0.target_value", "key_results.0.pipeline"}
    with pytest.raises(ValidationError, match="at least one"):
        services.goals.save_objective(None, ObjectiveForm("Empty", *Q2, key_results=()))


def test_who_may_set_goals_and_check_in(services):
    boris = services.as_user(services.users.add_user("boris", full_name="Boris Manager", password="boris-pass-1",
                                                     role="sales_manager").id)   # no Settings edit
    with pytest.raises(PermissionDenied):
        boris.goals.save_objective(None, objective("Company goal"))
    own = boris.goals.save_objective(None, objective("My calls", level="person", owner_id=boris.user_id),
                                     today=MID_Q2)
    assert own.belongs_to == "Boris Manager" and own.can_edit
    company = services.goals.save_objective(None, objective(key_results=(
        KeyResultForm("Boris's part", "5", owner_id=boris.user_id), KeyResultForm("Anna's part", "5"))), today=MID_Q2)
    mine, other = boris.goals.load_objective(company.id, today=MID_Q2).key_results
    assert (mine.can_check_in, other.can_check_in) == (True, False)
    boris.goals.check_in(mine.id, value="2", comment="first two", expected_version=mine.version)
    with pytest.raises(PermissionDenied):
        boris.goals.check_in(other.id, value="2", expected_version=other.version)
    assert not boris.goals.load_objective(company.id, today=MID_Q2).can_edit
    listed = boris.goals.list_objectives(start=Q2[0], end=Q2[1], today=MID_Q2)
    assert [o.title for o in listed] == ["Grow", "My calls"]     # the company's first


def test_the_quarter_review_tallies_key_results_with_their_comments(services):
    row = services.goals.save_objective(None, objective(key_results=(KeyResultForm("A", "10"), KeyResultForm("B", "4"))),
                                        today=MID_Q2)
    a, b = row.key_results
    services.goals.check_in(a.id, value="4", comment="slow start", expected_version=a.version)
    a = services.goals.load_objective(row.id).key_results[0]
    services.goals.check_in(a.id, value="10", comment="all in", expected_version=a.version)
    services.goals.check_in(b.id, value="1", comment="one of four", expected_version=b.version)
    review = services.goals.quarter_review(start=Q2[0], end=Q2[1], today=date(2026, 7, 1))
    assert (review.total, review.done, review.behind, review.average_percent) == (2, 1, 1, D("62.5"))
    first = review.objectives[0].key_results[0]
    assert [h.comment for h in first.history] == ["slow start", "all in"]


def test_sales_plans_pro_rata_and_against_net_sales(services, reports_shop):  # noqa: F811
    shop = reports_shop
    seed_sales(services, shop)
    year = MONTH.start.year
    services.goals.save_plans([(shop.bob, MONTH.start, "100"), (services.user_id, MONTH.start, "200.00")])
    services.goals.save_plans([(shop.bob, date(year, 1, 1) if MONTH.start.month != 1 else date(year, 2, 1), "7")])
    assert services.goals.plan_amount(MONTH.start, MONTH.end) == D("300.00")
    days = MONTH.days
    assert services.goals.plan_amount(MONTH.start, MONTH.start, manager_id=shop.bob) == (D(100) / days).quantize(
        D("0.01"))
    progress = services.goals.plan_progress(MONTH.start, MONTH.end, manager_id=shop.bob)
    assert (progress.plan, progress.actual, progress.percent) == (D("100.00"), D("58.00"), D("58.0"))
    plans = services.goals.plan_year(year)
    assert plans.amounts[(shop.bob, MONTH.start.month)] == D(100)
    assert plans.actual[(shop.bob, MONTH.start.month)] == D("58.00")
    assert ("Bob Seller" in dict(plans.managers).values())
    services.goals.save_plans([(shop.bob, MONTH.start, "")])       # cleared
    assert services.goals.plan_amount(MONTH.start, MONTH.end, manager_id=shop.bob) == 0
    with pytest.raises(ValidationError, match="amount"):
        services.goals.save_plans([(shop.bob, MONTH.start, "-5")])
    seller = services.as_user(services.users.add_user("sam", full_name="Sam Seller", password="sam-pass-12",
                                                      role="sales_manager").id)
    with pytest.raises(PermissionDenied):
        seller.goals.save_plans([(shop.bob, MONTH.start, "1000000")])


def test_the_dashboards_sales_tile_shows_net_sales_against_the_plan(services, reports_shop):  # noqa: F811
    shop = reports_shop
    seed_sales(services, shop)
    assert services.dashboard.sales(period="month").plan is None        # no plan: nothing to compare
    services.goals.save_plans([(shop.bob, MONTH.start, "100"), (services.user_id, MONTH.start, "116")])
    tile = services.dashboard.sales(period="month")
    assert (tile.plan.plan, tile.plan.actual, tile.plan.percent) == (D("216.00"), D("108.00"), D("50.0"))
    today = date.today()
    assert tile.plan.plan_to_date == (D(216) * ((today - MONTH.start).days + 1) / MONTH.days).quantize(D("0.01"))


def test_the_dashboards_goals_tile_lists_what_runs_today(services):
    today = date.today()
    services.goals.save_objective(None, objective("Now", period=(today, today)))
    services.goals.save_objective(None, objective("Later", period=(date(2099, 1, 1), date(2099, 3, 31))))
    tile = services.dashboard.goals()
    assert [o.title for o in tile.objectives] == ["Now"] and tile.more == 0


def test_objectives_key_results_and_check_ins_are_in_the_audit_trail(services):
    row = services.goals.save_objective(None, objective(), today=MID_Q2)
    kr = row.key_results[0]
    services.goals.check_in(kr.id, value="2", comment="two", expected_version=kr.version)
    history = services.access.record_history("objective", row.id)
    assert any("Sign partners" in (e.describe() + e.label) for e in history)
    entries = services.access.search_audit(entity="check_in")
    assert entries and "value" in entries[0].describe()


def test_metrics_count_what_the_viewer_may_see(services, reports_shop):  # noqa: F811
    from tests.unit.test_reports import invoice

    sam = services.as_user(services.users.add_user("sam", full_name="Sam Seller", password="sam-pass-12",
                                                   role="sales_manager").id)
    invoice(services, reports_shop.buyer, [(reports_shop.chair, 1, "20")])
    form = objective("Sell", period=(MONTH.start, MONTH.end),
                     key_results=(KeyResultForm("Net sales", "100", kind="metric", metric="revenue_invoiced"),))
    row = services.goals.save_objective(None, form)
    # The same scopes as the reports: a sales manager limited to their own documents sees their own sales.
    assert services.goals.load_objective(row.id).key_results[0].current_value == D("20.00")
    assert sam.goals.load_objective(row.id).key_results[0].current_value == D("0.00")


def test_the_demo_company_has_goals_and_plans(services):
    services.demo.seed_demo(clients=40, seed=3)
    today = date.today()
    from app.services.reports.periods import period_of

    quarter = period_of("quarter", today=today)
    found = services.goals.list_objectives(start=quarter.start, end=quarter.end)
    assert [o.level for o in found] == ["company", "person"]
    company = found[0]
    assert [kr.kind for kr in company.key_results] == ["metric", "metric", "metric", "manual"]
    assert company.key_results[0].current_value > 0                       # the demo's invoices this quarter
    assert services.goals.plan_amount(today.replace(day=1), today.replace(day=1)) > 0
    services.demo.seed_demo(clients=5, seed=4)                             # a second run adds no goals
    assert len(services.goals.list_objectives(start=quarter.start, end=quarter.end)) == 2
