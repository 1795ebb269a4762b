"""The dashboard's tiles against a hand-built shop, with the expected numbers worked out by hand (both
databases)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.services.dashboard import TILES, period_of
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.errors import ValidationError
from app.services.funnel import DealForm, StageSpec
from app.services.planner import TaskForm
from app.services.production import ProductionOrderForm
from tests.unit.factories import second_user
from tests.unit.production_kit import Workshop
from tests.unit.test_documents import client, confirm, order
from tests.unit.test_funnel_pipelines import wholesale
from tests.unit.test_stock_kit import D, Shop, product

TODAY = date(2026, 3, 18)   # a Wednesday: the week began on Monday the 16th


def invoice(services, client_id: int, lines, *, day: date, due_in: int = 10, currency: str = "USD", draft=False):
    card = services.documents.create_document(DocumentForm(
        doc_type="invoice", client_id=client_id, doc_date=day, due_date=day + timedelta(days=due_in),
        currency=currency, lines=[LineForm(p, desc, q, price, vat_rate="0") for p, desc, q, price in lines]))
    return card if draft else confirm(services, card)


@pytest.fixture
def shop(services):
    s = Shop(services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    s.buyer = client(services, "Ararat Trade")
    s.pars = client(services, "شرکت پارس")
    return s


def test_periods_run_to_date_against_the_same_stretch_before():
    def span(key, day=TODAY):
        p = period_of(key, day)
        return p.start, p.end, p.previous_start, p.previous_end

    assert span("today") == (TODAY, TODAY, date(2026, 3, 17), date(2026, 3, 17))
    assert span("week") == (date(2026, 3, 16), TODAY, date(2026, 3, 9), date(2026, 3, 11))
    assert span("month") == (date(2026, 3, 1), TODAY, date(2026, 2, 1), date(2026, 2, 18))
    # 31 March against February: the previous stretch stops at February's last day
    assert span("month", date(2026, 3, 31))[2:] == (date(2026, 2, 1), date(2026, 2, 28))
    with pytest.raises(ValidationError):
        period_of("year", TODAY)


def test_sales_top_clients_and_products_count_confirmed_invoices_in_company_currency(services, shop):
    services.documents.set_currency_rate("EUR", date(2026, 3, 1), "1.10")
    invoice(services, shop.buyer, [(shop.chair, "Chair", 2, "30.00"), (None, "Delivery", 1, "40.00")],
            day=date(2026, 3, 2))                                                      # 100.00, chairs 60
    invoice(services, shop.pars, [(shop.sugar, "Sugar", 10, "5.00")], day=TODAY, currency="EUR")  # 50 € = 55.00
    invoice(services, shop.buyer, [(shop.chair, "Chair", 1, "80.00")], day=date(2026, 2, 10))    # last month
    invoice(services, shop.buyer, [(None, "Late", 1, "999.00")], day=date(2026, 2, 25))  # after Feb 18: not compared
    invoice(services, shop.pars, [(None, "Draft", 1, "500.00")], day=date(2026, 3, 5), draft=True)
    confirm(services, order(shop, [(shop.chair, 1, "10")], doc_date=TODAY))
    order(shop, [(shop.chair, 1, "10")], doc_date=TODAY)                              # a draft order
    confirm(services, order(shop, [(shop.chair, 1, "10")], doc_date=TODAY - timedelta(days=1)))

    s = services.dashboard.sales(period="month", today=TODAY)
    assert (s.total, s.previous, s.invoices, s.orders_today, s.currency) == (D("155.00"), D("80.00"), 2, 1, "USD")
    assert s.change_percent == D("93.8")
    today = services.dashboard.sales(period="today", today=TODAY)
    assert (today.total, today.previous, today.invoices) == (D("55.00"), D(0), 1)
    assert today.change_percent is None

    clients = services.dashboard.top_clients(period="month", today=TODAY)
    assert [(r.name, r.amount) for r in clients.rows] == [("Ararat Trade", D("100.00")), ("شرکت پارس", D("55.00"))]
    products = services.dashboard.top_products(period="month", today=TODAY)
    assert [(r.name, r.amount) for r in products.rows] == [("Chair", D("60.00")), ("Sugar", D("55.00"))]
    assert services.dashboard.top_clients(period="week", today=TODAY).rows[0].name == "شرکت پارس"


def test_receivables_and_overdue_invoices(services, shop):
    invoice(services, shop.buyer, [(None, "A", 1, "100.00")], day=date(2026, 3, 2))    # due 12 March: overdue
    invoice(services, shop.buyer, [(None, "B", 1, "80.00")], day=date(2026, 2, 10))    # due 20 Feb: overdue
    late = invoice(services, shop.buyer, [(None, "C", 1, "999.00")], day=date(2026, 2, 25))   # due 7 March
    invoice(services, shop.pars, [(None, "D", 1, "55.00")], day=TODAY)                 # due 28 March
    services.documents.register_payment(PaymentForm(shop.buyer, "30.00", pay_date=TODAY,
                                                    allocations=[(late.id, "30.00")]))
    credit = client(services, "Paid Ahead")
    services.documents.register_payment(PaymentForm(credit, "20.00", pay_date=TODAY))   # owes nothing: -20
    r = services.dashboard.receivables(today=TODAY)
    # owed: 100 + 80 + 999 − 30 = 1149 by Ararat, 55 by Pars; the client in credit does not lower it
    assert (r.receivable, r.overdue, r.overdue_invoices) == (D("1204.00"), D("1149.00"), 3)


def test_funnel_counts_and_sums_open_deals_per_stage_of_the_first_pipeline(services, shop):
    pipeline = wholesale(services)
    projects = services.funnel.create_pipeline("Projects", stages=[StageSpec("Brief", 5)])
    services.documents.set_currency_rate("EUR", date.today() - timedelta(days=1), "1.10")
    lead, proposal, _negotiation = (st for st in pipeline.stages if st.kind == "open")
    won = next(st for st in pipeline.stages if st.kind == "won")

    def deal(title, amount, currency="USD", stage=None):
        card = services.funnel.create_deal(DealForm(title=title, client_id=shop.buyer, pipeline_id=pipeline.id,
                                                    amount=Decimal(amount), currency=currency))
        if stage is not None:
            card = services.funnel.move_deal(card.id, stage.id, expected_version=card.version)
        return card

    deal("Pumps", "1000")
    deal("Valves", "200", "EUR")                 # 220.00
    deal("Tanks", "500", "GBP")                  # no rate: counted, not summed
    deal("Pipes", "300", stage=proposal)
    deal("Won one", "5000", stage=won)           # closed: not in the funnel
    services.funnel.create_deal(DealForm(title="Other pipeline", client_id=shop.buyer, pipeline_id=projects.id,
                                         amount=Decimal("7")))
    f = services.dashboard.funnel()
    assert f.pipeline_name == "Wholesale" and f.unconverted == ("GBP",)
    assert [(st.name, st.deals, st.amount) for st in f.stages] == [
        ("Lead", 3, D("1220.00")), ("Proposal", 1, D("300.00")), ("Negotiation", 0, D(0))]
    assert lead.name == "Lead"


def test_low_stock_follows_the_reorder_list(services, shop):
    rope = product(services, "RP-1", "Rope", shop.pcs, min_stock="5")
    bolt = product(services, "BL-1", "Bolt", shop.pcs, min_stock="3")
    shop.posted("receipt", [(bolt, 10, "1.00")])
    product(services, "AN-1", "Anchor", shop.pcs, min_stock="2")
    tile = services.dashboard.low_stock(limit=1)
    assert tile.count == 2 == len(services.stock.reorder_list())
    assert [(r.name, r.available, r.suggested) for r in tile.first] == [("Anchor", D(0), D(4))]
    assert rope in [r.product_id for r in services.stock.reorder_list()]


def test_overdue_tasks_mine_and_everyone(services):
    boris = second_user(services)
    me = services.user_id
    now = datetime(2026, 3, 18, 12, 0)

    def task(who, due, *, done=False):
        row = services.planner.create_task(TaskForm(subject="Call", due_at=due, assignee_id=who))
        if done:
            services.planner.complete_task(row.id, result="done", expected_version=row.version)

    task(me, now - timedelta(hours=3))
    task(me, now - timedelta(days=4))
    task(boris.user_id, now - timedelta(days=1))
    task(me, now - timedelta(days=2), done=True)
    task(me, now + timedelta(hours=1))
    assert services.dashboard.overdue_tasks(now=now) == services.dashboard.TasksTile(mine=2, everyone=3)
    assert boris.dashboard.overdue_tasks(now=now).mine == 1


def test_production_in_progress_and_units_made(services):
    ws = Workshop(services)
    ws.stock_materials()
    ws.posted("receipt", [(ws.leg, 50, "1.80")])

    def mo(product_id, qty):
        return services.production.create_order(ProductionOrderForm(product_id, quantity=str(qty),
                                                                    component_warehouse_id=ws.main))

    frames = mo(ws.frame, 10)
    frames = services.production.release_order(frames.id, expected_version=frames.version)
    services.production.complete_order(frames.id, "4", expected_version=frames.version)
    mo(ws.frame, 2)
    legs = mo(ws.leg, 5)
    legs = services.production.release_order(legs.id, expected_version=legs.version)
    services.production.complete_order(legs.id, "5", expected_version=legs.version)    # done
    t = services.dashboard.production(period="today")
    assert t.by_status == (("planned", 1), ("released", 0), ("in_progress", 1)) and t.open_orders == 2
    assert (t.made, t.completions) == (D(9), 2)
    assert services.dashboard.production(period="month", today=TODAY).made == 0


def test_an_empty_database_gives_empty_tiles(services):
    d = services.dashboard
    assert (d.sales().total, d.sales().previous, d.sales().orders_today) == (0, 0, 0)
    assert d.top_clients().rows == () and d.top_products().rows == ()
    assert d.funnel().pipeline_id is None
    assert (d.low_stock().count, d.overdue_tasks().everyone, d.receivables().receivable) == (0, 0, 0)
    assert d.production().open_orders == 0


def test_each_user_keeps_their_own_layout(services):
    boris = second_user(services)
    assert services.dashboard.load_layout() == services.dashboard.DashboardLayout(TILES, "month")
    saved = services.dashboard.save_layout(tiles=["receivables", "sales", "receivables"], period="week")
    assert saved.tiles == ("receivables", "sales")
    assert services.dashboard.load_layout() == saved
    assert boris.dashboard.load_layout().tiles == TILES
    with pytest.raises(ValidationError):
        services.dashboard.save_layout(tiles=["weather"], period="week")
    with pytest.raises(ValidationError):
        services.dashboard.save_layout(tiles=["sales"], period="decade")
