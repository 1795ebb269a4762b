"""Reports against a small hand-built shop: every expected figure below is worked out by hand in the
comments next to it (company currency USD; products carry no VAT)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.errors import ValidationError
from app.services.funnel.forms import DealForm, StageSpec
from app.services.reports import ReportParams, period_of
from app.services.reports.periods import Period, buckets
from tests.unit.production_kit import Workshop
from tests.unit.test_documents import client, confirm, order
from tests.unit.test_stock_kit import D, Shop

TODAY = date.today()
MONTH = period_of("month", today=TODAY)
PREVIOUS_DAY = MONTH.previous().start + timedelta(days=14)


def by_key(result):
    return {r.label: r.values for r in result.rows}


@pytest.fixture
def shop(services):
    s = Shop(services)
    s.posted("receipt", [(s.chair, 10, "7.00"), (s.sugar, "25.5", "1.20")])   # chair 7.00, sugar 1.20 a kg
    s.buyer = client(services, "Shiraz Trading")
    s.persian = client(services, "شرکت بازرگانی پارس")
    s.bob = services.users.add_user("bob", full_name="Bob Seller", password="bob-pass-123").id
    s.as_bob = services.as_user(s.bob)
    return s


def invoice(ctx, client_id, lines, *, day=None, due=None, currency=None, doc_type="invoice", warehouse_id=None):
    card = ctx.documents.create_document(DocumentForm(
        doc_type=doc_type, client_id=client_id, doc_date=day, due_date=due, currency=currency,
        warehouse_id=warehouse_id,
        lines=[LineForm(p, quantity=q, price=price) if p else LineForm(None, "Goods", q, price)
               for p, q, price in lines]))
    return confirm(ctx, card)


def return_of(services, shop, waybill, qty, price):
    draft = services.documents.create_from(waybill.id, "return")
    form = DocumentForm(doc_type="return", client_id=waybill.client_id, lines=[
        LineForm(shop.chair, quantity=qty, price=price, source_line_id=draft.lines[0].source_line_id)])
    return confirm(services, services.documents.update_document(draft.id, form, expected_version=draft.version))


# -- periods ---------------------------------------------------------------------------------------------

def test_period_presets_and_their_previous_periods():
    day = date(2026, 5, 20)   # a Wednesday in Q2
    assert period_of("today", today=day).previous() == Period(date(2026, 5, 19), date(2026, 5, 19), "today")
    week = period_of("week", today=day)
    assert (week.start, week.end) == (date(2026, 5, 18), date(2026, 5, 24))
    assert (week.previous().start, week.previous().end) == (date(2026, 5, 11), date(2026, 5, 17))
    quarter = period_of("quarter", today=day)
    assert (quarter.start, quarter.end) == (date(2026, 4, 1), date(2026, 6, 30))
    assert (quarter.previous().start, quarter.previous().end) == (date(2026, 1, 1), date(2026, 3, 31))
    # Quarter edges: 31 March is still Q1, 1 April is Q2; January's previous quarter is last year's Q4.
    assert period_of("quarter", today=date(2026, 3, 31)).end == date(2026, 3, 31)
    assert period_of("quarter", today=date(2026, 4, 1)).start == date(2026, 4, 1)
    q1 = period_of("quarter", today=date(2026, 1, 1)).previous()
    assert (q1.start, q1.end) == (date(2025, 10, 1), date(2025, 12, 31))
    march = period_of("month", today=date(2026, 3, 31))
    assert (march.previous().start, march.previous().end) == (date(2026, 2, 1), date(2026, 2, 28))
    jan = period_of("month", today=date(2026, 1, 10)).previous()
    assert (jan.start, jan.end) == (date(2025, 12, 1), date(2025, 12, 31))
    year = period_of("year", today=day).previous()
    assert (year.start, year.end, year.days) == (date(2025, 1, 1), date(2025, 12, 31), 365)
    custom = period_of("custom", start=date(2026, 2, 20), end=date(2026, 3, 1))   # 10 days (2026 is not leap)
    assert custom.days == 10
    assert (custom.previous().start, custom.previous().end) == (date(2026, 2, 10), date(2026, 2, 19))
    with pytest.raises(ValidationError, match="ends before"):
        period_of("custom", start=date(2026, 3, 2), end=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        period_of("decade")


def test_buckets_cover_the_period_clipped():
    p = Period(date(2026, 1, 28), date(2026, 3, 3))
    assert [(b.key, b.start, b.end) for b in buckets(p, "month")] == [
        ("2026-01", date(2026, 1, 28), date(2026, 1, 31)), ("2026-02", date(2026, 2, 1), date(2026, 2, 28)),
        ("2026-03", date(2026, 3, 1), date(2026, 3, 3))]
    weeks = buckets(p, "week")   # 28 Jan 2026 is a Wednesday
    assert [(b.start, b.end) for b in weeks[:2]] == [(date(2026, 1, 28), date(2026, 2, 1)),
                                                     (date(2026, 2, 2), date(2026, 2, 8))]
    assert weeks[-1].end == date(2026, 3, 3) and weeks[0].key == "2026-W05"


# -- sales -----------------------------------------------------------------------------------------------

def seed_sales(services, shop):
    services.documents.set_currency_rate("EUR", MONTH.previous().start, "1.10")
    invoice(services, shop.buyer, [(shop.chair, 3, "20"), (shop.sugar, 2, "5")])            # Anna: 60 + 10
    invoice(shop.as_bob, shop.persian, [(shop.chair, 1, "25")])                             # Bob: 25
    invoice(shop.as_bob, shop.persian, [(shop.sugar, 10, "3.00")], currency="EUR")          # Bob: 30 € = 33.00
    invoice(services, shop.buyer, [(shop.chair, 2, "20")], day=PREVIOUS_DAY)                # last month: 40
    services.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.buyer, lines=[
        LineForm(shop.chair, quantity=100, price="1")]))                                   # a draft: not a sale
    o = confirm(services, order(shop, [(shop.chair, 1, "20")]))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))                 # not an invoice
    return_of(services, shop, wb, 1, "20")                                                  # Anna: −20, chair −1


def test_sales_by_product_with_the_previous_period(services, shop):
    seed_sales(services, shop)
    result = services.reports.run_report("sales", ReportParams("month", group_by="product"))
    assert [c.key for c in result.columns] == ["documents", "quantity", "net"]
    rows = by_key(result)
    # Chair: 60 + 25 − 20 = 65 over 3 + 1 − 1 = 3 pieces in three documents; sugar: 10 + 33 = 43 over 12 kg.
    assert rows["Chair (CH-1)"] == (3, D("3.000"), D("65.00"))
    assert rows["Sugar (SU-1)"] == (2, D("12.000"), D("43.00"))
    assert [r.label for r in result.rows] == ["Chair (CH-1)", "Sugar (SU-1)"]   # largest first
    assert result.totals == (None, D("15.000"), D("108.00"))
    assert result.currency == "USD" and result.period == MONTH
    assert result.previous.period == MONTH.previous()
    assert result.previous_value(str(shop.chair)) == D("40.00")
    assert result.previous_value(str(shop.sugar)) == D("0")


def test_sales_by_manager_client_and_month(services, shop):
    seed_sales(services, shop)
    managers = services.reports.run_report("sales", ReportParams("month", group_by="manager", compare=False))
    # Anna: 70 − 20 = 50 (an invoice and a return); Bob: 25 + 33 = 58 (two invoices).
    assert by_key(managers) == {"Bob Seller": (2, D("58.00")), "Anna Admin": (2, D("50.00"))}
    assert managers.totals == (4, D("108.00")) and managers.previous is None
    clients = services.reports.run_report("sales", ReportParams("month", group_by="client", manager_id=shop.bob))
    assert by_key(clients) == {"شرکت بازرگانی پارس": (2, D("58.00"))}
    year = services.reports.run_report("sales", ReportParams("custom", start=MONTH.previous().start, end=MONTH.end,
                                                             group_by="month", compare=False))
    assert [(r.key, r.values[-1]) for r in year.rows] == [
        (f"{MONTH.previous().start:%Y-%m}", D("40.00")), (f"{MONTH.start:%Y-%m}", D("108.00"))]
    with pytest.raises(ValidationError):
        services.reports.run_report("sales", ReportParams("month", group_by="deal"))


# -- margin ----------------------------------------------------------------------------------------------

def test_margin_is_revenue_less_the_cost_each_shipment_carried(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 5, "20"), (shop.sugar, "2.5", "4"), (shop.install, 1, "40")]))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))   # 5 chairs @ 7.00, 2.5 kg @ 1.20
    confirm(services, services.documents.create_from(o.id, "act"))            # installation: 40, no cost
    shop.posted("receipt", [(shop.chair, 10, "9.00")])                        # chair average (5×7 + 10×9)/15
    o2 = confirm(shop.as_bob, order(shop, [(shop.chair, 3, "30")], client_id=shop.persian))
    confirm(shop.as_bob, shop.as_bob.documents.create_from(o2.id, "waybill"))  # 3 @ 125/15 = 25.00
    return_of(services, shop, wb, 1, "20")                                     # −20 revenue, 7.00 back
    result = services.reports.run_report("margin", ReportParams("month", group_by="product"))
    rows = by_key(result)
    # Chair: revenue 100 + 90 − 20 = 170, cost 35 + 25 − 7 = 53, margin 117 (68.82 %).
    assert rows["Chair (CH-1)"] == (D("170.00"), D("53.00"), D("117.00"), D("68.82"))
    # Sugar: 2.5 × 4 = 10, cost 2.5 × 1.20 = 3.00; installation: 40 and no cost.
    assert rows["Sugar (SU-1)"] == (D("10.00"), D("3.00"), D("7.00"), D("70.00"))
    assert rows["Installation (SV-1)"] == (D("40.00"), D("0.00"), D("40.00"), D("100.00"))
    assert result.totals == (D("220.00"), D("56.00"), D("164.00"), D("74.55"))
    by_manager = by_key(services.reports.run_report("margin", ReportParams("month", group_by="manager")))
    # Anna: 100 + 10 + 40 − 20 = 130 less 35 + 3 − 7 = 31; Bob: 90 less 25.
    assert by_manager["Anna Admin"][:3] == (D("130.00"), D("31.00"), D("99.00"))
    assert by_manager["Bob Seller"][:3] == (D("90.00"), D("25.00"), D("65.00"))
    assert sum(services.documents.shipped_cost(d) for d in (wb.id,)) == D("38.00")


def test_margin_by_deal(services, shop):
    pipeline = services.funnel.create_pipeline("Wholesale", stages=[StageSpec("New", D(10))])
    deal = services.funnel.create_deal(DealForm(title="Office chairs", client_id=shop.buyer, pipeline_id=pipeline.id,
                                                amount=D(100)))
    card = services.documents.create_document(DocumentForm(doc_type="order", client_id=shop.buyer,
                                                           warehouse_id=shop.main, deal_id=deal.id,
                                                           lines=[LineForm(shop.chair, quantity=2, price="15")]))
    o = confirm(services, card)
    confirm(services, services.documents.create_from(o.id, "waybill"))      # 30 less 2 × 7
    result = services.reports.run_report("margin", ReportParams("month", group_by="deal"))
    assert by_key(result) == {"Office chairs": (D("30.00"), D("14.00"), D("16.00"), D("53.33"))}


# -- cash flow -------------------------------------------------------------------------------------------

def test_cash_flow_buckets_income_deals_and_supplier_invoices(services, shop):
    overdue_day = TODAY - timedelta(days=40)
    invoice(services, shop.buyer, [(None, 1, "40")], day=overdue_day, due=overdue_day + timedelta(days=10))
    soon = invoice(services, shop.buyer, [(None, 1, "70")], due=TODAY + timedelta(days=3))
    services.documents.register_payment(PaymentForm(shop.buyer, "20.00", allocations=[(soon.id, "20.00")]))
    invoice(services, shop.persian, [(None, 1, "33")], due=TODAY + timedelta(days=40))
    paid = invoice(services, shop.buyer, [(None, 1, "15")], due=TODAY + timedelta(days=5))
    services.documents.register_payment(PaymentForm(shop.buyer, "15.00", allocations=[(paid.id, "15.00")]))
    supplier = client(services, "Isfahan Furniture")
    invoice(services, supplier, [(shop.chair, 2, "6")], due=TODAY + timedelta(days=3), doc_type="supplier_invoice",
            warehouse_id=shop.main)
    pipeline = services.funnel.create_pipeline("Wholesale", stages=[StageSpec("New", D(10)), StageSpec("Offer", D(50))])
    offer = next(st for st in services.funnel.load_pipeline(pipeline.id).stages if st.name == "Offer")
    services.funnel.create_deal(DealForm(title="Big", client_id=shop.buyer, pipeline_id=pipeline.id, amount=D(1000),
                                         expected_close=TODAY + timedelta(days=3)))       # New 10 % → 100
    services.funnel.create_deal(DealForm(title="Sure", client_id=shop.buyer, pipeline_id=pipeline.id,
                                         amount=D("333.33"), stage_id=offer.id, probability=D(75),
                                         expected_close=TODAY + timedelta(days=40)))      # 75 % → 249.9975 → 250.00
    services.funnel.create_deal(DealForm(title="Undated", client_id=shop.buyer, pipeline_id=pipeline.id,
                                         amount=D(500)))                                 # no close date: left out
    period = ReportParams("custom", start=TODAY, end=TODAY + timedelta(days=59), step="month")
    result = services.reports.run_report("cash_flow", period)
    rows = {r.key: r.values for r in result.rows}
    soon_key, later_key = (f"{d:%Y-%m}" for d in (TODAY + timedelta(days=3), TODAY + timedelta(days=40)))
    assert rows["overdue"] == (D("40.00"), D(0), D("40.00"), D(0), D("40.00"), D("40.00"))
    # 37 days apart, always in different months. Invoices, deals, income, supplier invoices, net:
    assert rows[soon_key][:5] == (D("50.00"), D("100.00"), D("150.00"), D("12.00"), D("138.00"))
    assert rows[later_key][:5] == (D("33.00"), D("250.00"), D("283.00"), D(0), D("283.00"))
    assert result.totals == (D("123.00"), D("350.00"), D("473.00"), D("12.00"), D("461.00"), D("461.00"))
    assert result.rows[-1].values[5] == D("461.00")
    weekly = services.reports.run_report("cash_flow", ReportParams("custom", start=TODAY, end=TODAY + timedelta(days=59),
                                                                   step="week"))
    assert weekly.totals == result.totals and len(weekly.rows) >= 9


# -- production ------------------------------------------------------------------------------------------

def test_production_output_and_cost(services):
    from app.services.production import ProductionOrderForm

    ws = Workshop(services)
    ws.stock_materials()
    card = services.production.create_order(ProductionOrderForm(ws.leg, quantity="10", component_warehouse_id=ws.main))
    card = services.production.release_order(card.id, expected_version=card.version)
    card = services.production.complete_order(card.id, "4", expected_version=card.version)
    services.production.complete_order(card.id, "6", expected_version=card.version)
    # A leg takes 0.8 kg of wood + 10 % scrap = 0.88 kg at 2.00: 10 legs use 8.8 kg = 17.60.
    result = services.reports.run_report("production", ReportParams("month", group_by="product"))
    assert by_key(result) == {"Table leg (LEG)": (1, D("10.000"), D("17.60"), D("0.00"), D("17.60"), D("1.7600"))}
    assert result.totals[4] == D("17.60")
    assert result.previous is not None and result.previous.rows == ()
    months = services.reports.run_report("production", ReportParams("month", group_by="month", compare=False))
    assert [(r.key, r.values) for r in months.rows] == [(f"{TODAY:%Y-%m}", (1, D("17.60"), D("0.00"), D("17.60")))]


# -- stock, aging, presets -------------------------------------------------------------------------------

def test_stock_movements_valuation_and_aging_reuse_their_services(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 4, "20")]))
    confirm(services, services.documents.create_from(o.id, "waybill"))
    moves = by_key(services.reports.run_report("stock_movements", ReportParams("month")))
    # In: 10 chairs at 7.00; out: 4 at 7.00.
    assert moves["Chair (CH-1, pcs)"] == (D("10.000"), D("70.00"), D("4.000"), D("28.00"), D("6.000"), D("42.00"))
    valuation = services.reports.run_report("stock_valuation", ReportParams("month"))
    assert by_key(valuation)["Chair (CH-1) — Main"] == (D(6), D("7.0000"), D("42.00"))
    assert valuation.totals[2] == D("42.00") + D("30.60")           # sugar 25.5 × 1.20
    invoice(services, shop.buyer, [(None, 1, "70")], due=MONTH.end)
    aging = services.reports.run_report("receivables_aging", ReportParams("month"))
    assert by_key(aging)["Shiraz Trading"][5] == D("70.00")


def test_presets_are_saved_per_user_and_rerun(services, shop):
    params = ReportParams("quarter", group_by="manager", compare=True)
    services.reports.save_preset("sales", "By manager", params)
    shop.as_bob.reports.save_preset("sales", "Mine", ReportParams("year"))
    found = services.reports.list_presets("sales")
    assert [(p.name, p.params.group_by, p.params.period_kind) for p in found] == [("By manager", "manager", "quarter")]
    assert found[0].params == params
    custom = ReportParams("custom", start=date(2026, 1, 1), end=date(2026, 1, 31))
    services.reports.save_preset("sales", "January", custom)
    assert services.reports.list_presets("sales")[1].params.start == date(2026, 1, 1)
    services.reports.delete_preset("sales", "January")
    assert [p.name for p in services.reports.list_presets("sales")] == ["By manager"]
    with pytest.raises(ValidationError):
        services.reports.save_preset("sales", "  ", params)


def test_export_to_excel_and_pdf(services, shop, tmp_path):
    from openpyxl import load_workbook

    from app.services.reports.export import render_pdf, write_xlsx

    seed_sales(services, shop)
    result = services.reports.run_report("sales", ReportParams("month", group_by="client"))
    path = tmp_path / "sales.xlsx"
    assert write_xlsx(result, path) == 2
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0].startswith("Sales by client, ") and "USD" in values[0][0]
    assert values[1] == ["Client", "Documents", "Net sales", "Previous period: Net sales", "Change %"]
    # Shiraz: 70 − 20 now, 40 last month (+25 %); the Persian client is new (no change to show).
    assert values[2:] == [["شرکت بازرگانی پارس", 2, 58, 0, None], ["Shiraz Trading", 2, 50, 40, 25],
                          ["Total", 4, 108, 40, 170]]
    assert sheet["C3"].number_format == "#,##0.00" and sheet.freeze_panes == "A3"
    pdf = render_pdf(result)
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000


def test_sales_of_a_category_take_in_its_subcategories(services, shop):
    from app.models import Product

    furniture = services.catalog.add_category("Furniture")
    chairs = services.catalog.add_category("Chairs", parent_id=furniture.id)
    with services.uow() as uow:
        uow.session.get(Product, shop.chair).category_id = chairs.id
        uow.commit()
    seed_sales(services, shop)
    result = services.reports.run_report("sales", ReportParams("month", group_by="category",
                                                               category_id=furniture.id))
    # Only the chairs (in Furniture / Chairs): 65.00 this month; the sugar has no category and is left out.
    assert by_key(result) == {"Chairs": (3, D("3.000"), D("65.00"))}
    everything = by_key(services.reports.run_report("sales", ReportParams("month", group_by="category")))
    assert everything["(no category)"] == (2, D("12.000"), D("43.00"))


# -- cut by branch and by the user's scope -----------------------------------------------------------------

def test_any_report_can_be_cut_by_branch_and_keeps_to_the_users_scope(services, shop):
    north = services.access.save_branch(None, name="North")
    bob = next(a for a in services.access.list_accounts() if a.login == "bob")
    roles = {r.key: r.id for r in services.access.list_roles()}
    services.access.update_account(bob.id, full_name=bob.full_name, email="", role_id=roles["sales_manager"],
                                   branch_id=north.id, department_id=None, active=True,
                                   expected_version=bob.version)
    persian = services.clients.load_client(shop.persian)   # his own client: a sales manager sees only those
    services.clients.update_client(shop.persian, replace(persian.form, manager_id=bob.id),
                                   expected_version=persian.version)
    seed_sales(services, shop)   # Bob's invoices carry his branch from the moment they are made
    cut = services.reports.run_report("sales", ReportParams("month", group_by="manager", compare=False,
                                                            branch_id=north.id))
    assert by_key(cut) == {"Bob Seller": (2, D("58.00"))}
    # Bob, a sales manager, sees his own sales in the same report without asking for any cut.
    own = shop.as_bob.reports.run_report("sales", ReportParams("month", group_by="manager", compare=False))
    assert by_key(own) == {"Bob Seller": (2, D("58.00"))}
    assert ReportParams.from_json(ReportParams(branch_id=north.id).to_json()).branch_id == north.id   # presets


def test_sales_by_month_in_the_jalali_calendar_split_at_nowruz(services, shop):
    # 29 Esfand 1404, Nowruz 1405 and 1 Ordibehesht 1405: three Jalali months, two Gregorian ones.
    invoice(services, shop.buyer, [(shop.chair, 1, "10")], day=date(2026, 3, 20))
    invoice(services, shop.buyer, [(shop.chair, 1, "20")], day=date(2026, 3, 21))
    invoice(services, shop.buyer, [(shop.chair, 1, "40")], day=date(2026, 4, 21))
    params = ReportParams("custom", start=date(2026, 3, 1), end=date(2026, 4, 30), group_by="month", compare=False)
    jalali = services.reports.run_report("sales", params, calendar="jalali")
    assert [(r.key, r.values[-1]) for r in jalali.rows] == [
        ("1404-12", D("10.00")), ("1405-01", D("20.00")), ("1405-02", D("40.00"))]
    gregorian = services.reports.run_report("sales", params)
    assert [(r.key, r.values[-1]) for r in gregorian.rows] == [("2026-03", D("30.00")), ("2026-04", D("40.00"))]
    # "This month" on Nowruz is Farvardin, compared with Esfand (which holds the 10.00).
    farvardin = services.reports.run_report("sales", ReportParams("month", group_by="client"), today=date(2026, 4, 1),
                                            calendar="jalali")
    assert (farvardin.period.start, farvardin.period.end) == (date(2026, 3, 21), date(2026, 4, 20))
    assert (farvardin.previous.period.start, farvardin.previous.period.end) == (date(2026, 2, 20), date(2026, 3, 20))
    assert farvardin.totals[-1] == D("20.00") and farvardin.previous.totals[-1] == D("10.00")
