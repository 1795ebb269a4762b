"""Each goal metric against a hand-built data set (both databases): the figures are worked out by hand in
the comments, and where a report counts the same thing the metric must say what the report says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.models import Client
from app.services.documents.forms import PaymentForm
from app.services.errors import ValidationError
from app.services.goals import Filters
from app.services.reports import ReportParams
from app.services.reports.periods import Period
from tests.unit.production_kit import Workshop
from tests.unit.test_funnel_reports import office  # noqa: F401  (the fixture)
from tests.unit.test_reports import MONTH, invoice, seed_sales
from tests.unit.test_reports import shop as reports_shop  # noqa: F401  (the fixture)
from tests.unit.test_reports_activity import seed as seed_activity

D = Decimal
NONE = Filters()


def value(services, metric: str, period: Period, **filters) -> Decimal:
    return services.goals.metric_value(metric, period, Filters(**filters))


def test_revenue_invoiced_is_the_sales_reports_net_sales(services, reports_shop):  # noqa: F811
    shop = reports_shop
    seed_sales(services, shop)
    # Anna 60 + 10 − 20 (a return) = 50; Bob 25 + 33.00 (30 € at 1.10) = 58; last month's 40 and a draft left out.
    assert value(services, "revenue_invoiced", MONTH) == D("108.00")
    assert value(services, "revenue_invoiced", MONTH, manager_id=shop.bob) == D("58.00")
    assert value(services, "revenue_invoiced", MONTH, manager_id=services.user_id) == D("50.00")
    report = services.reports.run_report("sales", ReportParams("month", group_by="client", compare=False))
    assert value(services, "revenue_invoiced", MONTH) == report.totals[-1]
    assert value(services, "revenue_invoiced", MONTH.previous()) == D("40.00")


def test_revenue_paid_counts_incoming_payments_in_the_period(services, reports_shop):  # noqa: F811
    shop = reports_shop
    with services.uow() as uow:
        uow.session.get(Client, shop.persian).manager_id = shop.bob
        uow.commit()
    services.documents.register_payment(PaymentForm(shop.buyer, "120.00"))
    services.documents.register_payment(PaymentForm(shop.persian, "30.50"))
    services.documents.register_payment(PaymentForm(shop.buyer, "99.00", pay_date=MONTH.start - timedelta(days=1)))
    assert value(services, "revenue_paid", MONTH) == D("150.50")
    assert value(services, "revenue_paid", MONTH, manager_id=shop.bob) == D("30.50")
    assert value(services, "revenue_paid", MONTH.previous()) == D("99.00")


def test_deals_won_and_conversion_are_the_funnel_reports(services, office):  # noqa: F811
    march = Period(date(2025, 3, 1), date(2025, 3, 31))
    # March 2025: 9 deals moved, 1 won, 2 lost: win rate 1 / 3 = 33.3 %; Olga: 1 won, 1 lost = 50 %.
    assert value(services, "deals_won", march) == D(1)
    assert value(services, "conversion_rate", march) == D("33.3")
    assert value(services, "deals_won", march, manager_id=office.users["olga"]) == D(1)
    assert value(services, "conversion_rate", march, manager_id=office.users["olga"],
                 pipeline_id=office.pipeline.id) == D("50.0")
    assert value(services, "conversion_rate", Period(date(2024, 1, 1), date(2024, 1, 31))) == D(0)


def test_calls_and_average_deal_size_are_manager_activitys(services):
    anna, boris = seed_activity(services)
    march = Period(date(2026, 3, 1), date(2026, 3, 31))
    # Anna logged 3 calls and won 1000 + 500 in two deals; Boris made no call and won nothing.
    assert value(services, "calls_made", march) == D(3)
    assert value(services, "calls_made", march, manager_id=anna) == D(3)
    assert value(services, "calls_made", march, manager_id=boris) == D(0)
    assert value(services, "average_deal_size", march, manager_id=anna) == D("750.00")
    assert value(services, "average_deal_size", march, manager_id=boris) == D(0)
    assert value(services, "calls_made", Period(date(2026, 2, 1), date(2026, 2, 28))) == D(1)


def test_new_clients_are_those_created_in_the_period(services, reports_shop):  # noqa: F811
    shop = reports_shop
    with services.uow() as uow:
        uow.session.get(Client, shop.persian).manager_id = shop.bob
        uow.commit()
    assert value(services, "new_clients", MONTH) == D(2)       # Shiraz Trading and the Persian company
    assert value(services, "new_clients", MONTH, manager_id=shop.bob) == D(1)
    assert value(services, "new_clients", MONTH.previous()) == D(0)


def test_overdue_receivables_at_the_period_end_or_today(services, reports_shop):  # noqa: F811
    shop = reports_shop
    today = date.today()
    invoice(services, shop.buyer, [(None, 1, "70")], day=today - timedelta(days=20), due=today - timedelta(days=5))
    invoice(services, shop.persian, [(None, 1, "30")], day=today, due=today + timedelta(days=10))   # not yet due
    with services.uow() as uow:
        uow.session.get(Client, shop.persian).manager_id = shop.bob
        uow.commit()
    quarter = Period(today - timedelta(days=30), today + timedelta(days=60))
    assert value(services, "overdue_receivables", quarter) == D("70.00")
    assert value(services, "overdue_receivables", quarter, manager_id=shop.bob) == D(0)
    # Seen from before the due date nothing is overdue yet.
    assert value(services, "overdue_receivables", Period(today - timedelta(days=30), today - timedelta(days=6))) == D(0)


def test_stock_accuracy_is_the_share_of_count_lines_found_as_booked(services, reports_shop):  # noqa: F811
    shop = reports_shop
    count = services.stock.start_count(warehouse_id=shop.main)
    # Chair: 10 booked, 10 counted (right); sugar: 25.5 booked, 25 counted (wrong): 1 of 2 = 50 %.
    by_product = {ln.product_id: ln for ln in count.form.lines}
    lines = tuple(replace(ln, quantity=D(10) if ln.product_id == shop.chair else D(25)) for ln in count.form.lines)
    assert set(by_product) == {shop.chair, shop.sugar}
    count = services.stock.update_document(count.id, replace(count.form, lines=lines), expected_version=count.version)
    services.stock.post_document(count.id, expected_version=count.version)
    assert value(services, "stock_accuracy", MONTH) == D("50.0")
    assert value(services, "stock_accuracy", MONTH.previous()) == D(0)


def test_units_produced_are_production_outputs(services):
    from app.services.production import ProductionOrderForm

    ws = Workshop(services)
    ws.stock_materials()
    card = services.production.create_order(ProductionOrderForm(ws.leg, quantity="10", component_warehouse_id=ws.main))
    card = services.production.release_order(card.id, expected_version=card.version)
    card = services.production.complete_order(card.id, "4", expected_version=card.version)
    services.production.complete_order(card.id, "6", expected_version=card.version)
    assert value(services, "units_produced", MONTH) == D(10)
    assert value(services, "units_produced", MONTH.previous()) == D(0)


def test_a_filter_a_metric_does_not_take_is_refused(services):
    with pytest.raises(ValidationError, match="pipeline"):
        value(services, "revenue_paid", MONTH, pipeline_id=1)
    with pytest.raises(ValidationError, match="metric"):
        value(services, "happiness", MONTH)
