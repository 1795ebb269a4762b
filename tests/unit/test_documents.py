"""Sales documents and payments: totals, numbering, the chain with reservations and shipments, debts."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import Client
from app.services import validation as v
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.documents.numbering import format_error, format_number
from app.services.documents.totals import document_totals, line_amounts
from app.services.errors import CreditLimitExceeded, InsufficientStock, PermissionDenied, ValidationError
from tests.unit.test_stock_kit import D, Shop


def client(services, name: str = "Shiraz Trading", credit_limit: str | None = None) -> int:
    with services.uow() as uow:
        c = Client(display_name=name, name_key=v.fold(name), is_customer=True,
                   credit_limit=D(credit_limit) if credit_limit else None)
        uow.session.add(c)
        uow.session.flush()
        cid = c.id
        uow.commit()
        return cid


@pytest.fixture
def shop(services):
    s = Shop(services)
    s.posted("receipt", [(s.chair, 10, "7.00"), (s.sugar, "25.5", "1.20")])
    s.buyer = client(services)
    return s


def order(shop, lines, **kw):
    form = DocumentForm(doc_type="order", client_id=kw.pop("client_id", shop.buyer), warehouse_id=shop.main,
                        lines=[LineForm(p, quantity=q, price=price) for p, q, price in lines], **kw)
    return shop.s.documents.create_document(form)


def confirm(services, card, **kw):
    return services.documents.confirm_document(card.id, expected_version=card.version, **kw)


# -- totals -----------------------------------------------------------------------------------------------

def cents(x: Fraction) -> Fraction:
    """Reference rounding: half-up to cents on exact fractions."""
    return Fraction((x * 100 + Fraction(1, 2)).__floor__(), 100)


money = st.decimals(min_value=0, max_value=100000, places=2)
qty = st.decimals(min_value=Decimal("0.001"), max_value=10000, places=3)
pct = st.sampled_from([D(0), D(5), D(9), D(10), D(12.5), D(20)])
disc = st.decimals(min_value=0, max_value=100, places=2)


@given(q=qty, p=money, d=disc, r=pct, inclusive=st.booleans())
@settings(max_examples=300, deadline=None)
def test_line_amounts_match_exact_reference(q, p, d, r, inclusive):
    a = line_amounts(q, p, d, r, "inclusive" if inclusive else "exclusive")
    base = cents(Fraction(q) * Fraction(p) * (100 - Fraction(d)) / 100)
    assert a.net + a.vat == a.total
    if inclusive:
        assert Fraction(a.total) == base
        assert Fraction(a.vat) == cents(base * Fraction(r) / (100 + Fraction(r)))
    else:
        assert Fraction(a.net) == base
        assert Fraction(a.vat) == cents(base * Fraction(r) / 100)
    for x in (a.net, a.vat, a.total):
        assert x == x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


@given(st.lists(st.tuples(qty, money, disc, pct), min_size=1, max_size=30), st.booleans())
@settings(max_examples=100, deadline=None)
def test_document_totals_are_the_sum_of_rounded_lines(lines, inclusive):
    mode = "inclusive" if inclusive else "exclusive"
    amounts = [(r, line_amounts(q, p, d, r, mode)) for q, p, d, r in lines]
    t = document_totals(amounts)
    assert t.total == sum(a.total for _, a in amounts)
    assert t.net + t.vat == t.total
    assert sum(b.vat for b in t.by_rate) == t.vat and sum(b.net for b in t.by_rate) == t.net
    assert len({b.rate for b in t.by_rate}) == len(t.by_rate)


def test_known_vat_figures():
    a = line_amounts(D(3), D("33.33"), D(0), D(20), "exclusive")
    assert (a.net, a.vat, a.total) == (D("99.99"), D("20.00"), D("119.99"))
    b = line_amounts(D(1), D("120.00"), D(10), D(20), "inclusive")
    assert (b.net, b.vat, b.total) == (D("90.00"), D("18.00"), D("108.00"))
    assert line_amounts(D(1), D("0.125"), D(0), D(0), "exclusive").total == D("0.13")  # half-up, not banker's


# -- numbering --------------------------------------------------------------------------------------------

def test_number_format_and_its_errors():
    assert format_number("{prefix}{series}-{year}-{seq:06d}", doc_type="invoice", series="", year=2026,
                         seq=123) == "INV-2026-000123"
    assert format_error("{prefix}-{year}") is not None
    assert format_error("{prefix}-{nope}-{seq}") is not None
    assert format_error("{prefix}/{seq:04d}") is None


def test_numbers_are_consecutive_per_type_and_year_and_kept_by_cancelled(services, shop):
    numbers = []
    for _ in range(3):
        numbers.append(confirm(services, order(shop, [(shop.chair, 1, "10")])).number)
    year = date.today().year
    assert numbers == [f"ORD-{year}-00000{i}" for i in (1, 2, 3)]
    inv = services.documents.create_from(services.documents.find_by_number(numbers[0]).id, "invoice")
    assert confirm(services, inv).number == f"INV-{year}-000001"
    third = services.documents.find_by_number(numbers[2])
    cancelled = services.documents.cancel_document(third.id, expected_version=third.version)
    assert cancelled.number == numbers[2] and cancelled.status == "cancelled"
    assert confirm(services, order(shop, [(shop.chair, 1, "10")])).number == f"ORD-{year}-000004"
    old = order(shop, [(shop.chair, 1, "10")], doc_date=date(year - 1, 12, 30))
    assert confirm(services, old).number == f"ORD-{year - 1}-000001"


# -- drafts -----------------------------------------------------------------------------------------------

def test_draft_lines_are_priced_and_totalled(services, shop):
    services.catalog  # noqa: B018 — bound on first use
    with services.uow() as uow:
        from app.models import Product
        p = uow.session.get(Product, shop.chair)
        p.sale_price, p.vat_rate = D("12.50"), D(20)
        uow.commit()
    card = services.documents.create_document(DocumentForm(
        doc_type="quote", client_id=shop.buyer, lines=[LineForm(shop.chair, quantity="3"),
                                                       LineForm(None, "Delivery", "1", "15", vat_rate="0")]))
    assert [ln.price for ln in card.lines] == [D("12.5"), D(15)]
    assert card.lines[0].description == "Chair" and card.lines[0].unit == "pcs"
    assert (card.net_total, card.vat_total, card.total) == (D("52.50"), D("7.50"), D("60.00"))
    assert [(r.rate, r.vat) for r in card.vat_by_rate] == [(D(0), D(0)), (D(20), D("7.50"))]
    assert card.number == "" and card.status == "draft"


def test_bad_lines_are_reported_by_field_and_nothing_is_saved(services, shop):
    with pytest.raises(ValidationError) as err:
        services.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.buyer, lines=[
            LineForm(shop.chair, quantity="1.5", price="5"), LineForm(None, "", "x", None), LineForm(shop.sugar, quantity="2", price="-1",
                                                                                                 discount_percent="120")]))
    assert set(err.value.errors) >= {"lines.0.quantity", "lines.1.description", "lines.1.quantity", "lines.1.price",
                                      "lines.2.price", "lines.2.discount_percent"}
    with pytest.raises(ValidationError) as err:
        services.documents.create_document(DocumentForm(doc_type="order", client_id=None, lines=[]))
    assert set(err.value.errors) == {"client_id", "lines"}
    assert services.documents.count_documents() == 0


def test_a_confirmed_document_is_locked(services, shop):
    card = confirm(services, order(shop, [(shop.chair, 1, "10")]))
    form = DocumentForm(doc_type="order", client_id=shop.buyer, lines=[LineForm(shop.chair, quantity=2, price=1)])
    with pytest.raises(ValidationError) as err:
        services.documents.update_document(card.id, form, expected_version=card.version)
    assert "cancel it" in err.value.errors["status"]
    draft = order(shop, [(shop.chair, 1, "10")])
    sent = services.documents.mark_sent(draft.id)
    assert sent.locked
    with pytest.raises(ValidationError):
        services.documents.update_document(draft.id, form, expected_version=sent.version)


# -- the chain --------------------------------------------------------------------------------------------

def test_order_reserves_waybill_ships_partly_then_fully(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 6, "10"), (shop.sugar, "2.5", "3"), (shop.install, 1, "40")]))
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert (rows[0].on_hand, rows[0].reserved) == (D(10), D(6))
    wb = services.documents.create_from(o.id, "waybill")
    assert [(ln.product_id, ln.quantity) for ln in wb.lines] == [(shop.chair, D(6)), (shop.sugar, D("2.5"))]
    form = DocumentForm(doc_type="waybill", client_id=shop.buyer, warehouse_id=shop.main, lines=[
        LineForm(shop.chair, quantity=4, price="10", source_line_id=wb.lines[0].source_line_id)])
    wb = services.documents.update_document(wb.id, form, expected_version=wb.version)
    wb = confirm(services, wb)
    assert wb.stock_document_id is not None and wb.number.startswith("WB-")
    assert shop.on_hand(shop.chair) == D(6)
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert rows[0].reserved == D(2)
    o = services.documents.load_document(o.id)
    assert o.shipment == "partly"
    assert [ln.delivered for ln in o.lines] == [D(4), D(0), D(0)]
    wb2 = confirm(services, services.documents.create_from(o.id, "waybill"))
    assert [(ln.product_id, ln.quantity) for ln in wb2.lines] == [(shop.chair, D(2)), (shop.sugar, D("2.5"))]
    act = confirm(services, services.documents.create_from(o.id, "act"))
    assert [ln.product_id for ln in act.lines] == [shop.install]
    o = services.documents.load_document(o.id)
    assert o.shipment == "fully"
    assert shop.on_hand(shop.sugar) == D(23)
    with pytest.raises(ValidationError, match="already shipped"):
        services.documents.create_from(o.id, "waybill")
    assert services.stock.check_stock() == []


def test_cancelling_a_waybill_returns_the_goods_and_the_reservation(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 3, "10")]))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))
    assert shop.on_hand(shop.chair) == D(7)
    with pytest.raises(ValidationError, match="made from it"):
        services.documents.cancel_document(o.id, expected_version=services.documents.load_document(o.id).version)
    wb = services.documents.cancel_document(wb.id, expected_version=wb.version)
    assert wb.status == "cancelled" and wb.number
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert (rows[0].on_hand, rows[0].reserved) == (D(10), D(3))
    assert services.documents.load_document(o.id).shipment == "none"
    o = services.documents.load_document(o.id)
    services.documents.cancel_document(o.id, expected_version=o.version)
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert rows[0].reserved == D(0)


def test_an_order_beyond_stock_is_refused_with_the_numbers(services, shop):
    card = order(shop, [(shop.chair, 11, "10")])
    with pytest.raises(InsufficientStock) as err:
        confirm(services, card)
    assert (err.value.available, err.value.requested) == (D(10), D(11))
    assert services.documents.load_document(card.id).status == "draft"
    assert services.documents.load_document(card.id).number == ""


def test_invoice_from_order_partly_and_chain(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 2, "10"), (shop.sugar, 1, "5")]))
    inv = services.documents.create_from(o.id, "invoice")
    form = DocumentForm(doc_type="invoice", client_id=shop.buyer, lines=[
        LineForm(shop.chair, quantity=2, price="10", source_line_id=inv.lines[0].source_line_id)])
    inv = confirm(services, services.documents.update_document(inv.id, form, expected_version=inv.version))
    assert services.documents.load_document(o.id).invoicing == "partly"
    rest = services.documents.create_from(o.id, "invoice")
    assert [(ln.product_id, ln.quantity) for ln in rest.lines] == [(shop.sugar, D(1))]
    wb = confirm(services, services.documents.create_from(inv.id, "waybill"))
    chain = services.documents.document_chain(wb.id)
    assert [(c.doc_type, c.depth) for c in chain] == [("order", 0), ("invoice", 1), ("waybill", 2), ("invoice", 1)]
    assert services.documents.load_document(o.id).shipment == "partly"
    assert inv.due_date == date.today() + timedelta(days=10)


def test_deal_to_order(services, shop):
    from app.services.funnel.forms import DealForm, DealLineData, StageSpec
    pipeline = services.funnel.create_pipeline("Wholesale", stages=[StageSpec("New", D(10)), StageSpec("Offer", D(50))])
    deal = services.funnel.create_deal(DealForm(title="Chairs for the office", client_id=shop.buyer,
                                                pipeline_id=pipeline.id,
                                                lines=(DealLineData(shop.chair, D(3), D(10)),)))
    card = services.documents.create_from_deal(deal.id, "order", warehouse_id=shop.main)
    assert card.deal_id == deal.id and card.total == D(30) and card.lines[0].quantity == D(3)
    assert confirm(services, card).status == "confirmed"
    with pytest.raises(ValidationError, match="a quote, an order, an invoice or a contract"):
        services.documents.create_from_deal(deal.id, "waybill")


# -- credit limit -----------------------------------------------------------------------------------------

def test_credit_limit_warns_and_only_the_right_overrides(services, shop):
    tight = client(services, "Tight Ltd", credit_limit="100")
    inv = services.documents.create_document(DocumentForm(doc_type="invoice", client_id=tight, lines=[
        LineForm(None, "Consulting", 1, "80")]))
    confirm(services, inv)
    second = services.documents.create_document(DocumentForm(doc_type="invoice", client_id=tight, lines=[
        LineForm(None, "Consulting", 1, "30")]))
    with pytest.raises(CreditLimitExceeded) as err:
        confirm(services, second)
    assert (err.value.owed, err.value.document, err.value.limit) == (D(80), D(30), D(100))
    clerk = services.users.add_user("sam", full_name="Sam Sales", password="sam-pass-123")
    with pytest.raises(PermissionDenied):
        confirm(services.as_user(clerk.id), second, override_credit=True)
    assert confirm(services, second, override_credit=True).status == "confirmed"  # the admin may


# -- payments ---------------------------------------------------------------------------------------------

def invoice(services, shop, amount: str, *, client_id=None, day: date | None = None):
    card = services.documents.create_document(DocumentForm(
        doc_type="invoice", client_id=client_id or shop.buyer, doc_date=day,
        due_date=(day + timedelta(days=10)) if day else None, lines=[LineForm(None, "Goods", 1, amount)]))
    return confirm(services, card)


def test_partial_payment_overpayment_credit_and_later_allocation(services, shop):
    a, b = invoice(services, shop, "100.00"), invoice(services, shop, "50.00")
    pay = services.documents.register_payment(PaymentForm(shop.buyer, "120.00", allocations=[(a.id, "100.00"),
                                                                                            (b.id, "20.00")]))
    assert pay.allocated == D(120) and pay.number.startswith("PAY-")
    assert services.documents.load_document(a.id).payment == "fully"
    assert services.documents.load_document(b.id).payment == "partly"
    money = services.documents.client_money(shop.buyer)
    assert (money.invoiced, money.paid, money.balance, money.credit) == (D(150), D(120), D(30), D(0))
    over = services.documents.register_payment(PaymentForm(shop.buyer, "50.00"))
    assert services.documents.client_money(shop.buyer).credit == D(50)
    assert services.documents.client_money(shop.buyer).balance == D(-20)
    with pytest.raises(ValidationError, match="has open"):
        services.documents.allocate_payment(over.id, [(b.id, "40.00")])
    services.documents.allocate_payment(over.id, [(b.id, "30.00")])
    assert services.documents.load_document(b.id).payment == "fully"
    assert services.documents.client_money(shop.buyer).credit == D(20)
    assert services.documents.open_invoices(shop.buyer) == []
    with pytest.raises(ValidationError, match="payments allocated"):
        services.documents.cancel_document(a.id, expected_version=services.documents.load_document(a.id).version)
    p = [r for r in services.documents.list_payments(client_id=shop.buyer) if r.id == pay.id][0]
    services.documents.cancel_payment(pay.id, expected_version=p.version)
    assert services.documents.load_document(a.id).settled == D(0)
    assert services.documents.client_money(shop.buyer).balance == D(100)


def test_allocations_never_exceed_the_payment(services, shop):
    a = invoice(services, shop, "100.00")
    with pytest.raises(ValidationError) as err:
        services.documents.register_payment(PaymentForm(shop.buyer, "60.00", allocations=[(a.id, "70.00")]))
    assert "allocations.0.amount" in err.value.errors
    assert services.documents.list_payments(client_id=shop.buyer) == []
    assert services.documents.client_money(shop.buyer).paid == D(0)


@given(amounts=st.lists(st.decimals(min_value=Decimal("0.01"), max_value=500, places=2), min_size=1, max_size=6))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_allocation_property(services, shop, amounts):
    """Each example pays a fresh invoice (and a fresh client) on the same database."""
    shop.buyer = client(services, f"Buyer {len(services.documents.list_documents(limit=10000))}")
    inv = invoice(services, shop, "1000.00")
    settled = D(0)
    for amt in amounts:
        open_ = D("1000.00") - settled
        try:
            services.documents.register_payment(PaymentForm(shop.buyer, str(amt), allocations=[(inv.id, str(amt))]))
            settled += amt
        except ValidationError:
            assert amt > open_
    card = services.documents.load_document(inv.id)
    assert card.settled == settled <= card.total
    assert services.documents.client_money(shop.buyer).balance == card.total - settled


def test_aging_buckets_and_statement(services, shop):
    today = date.today()
    invoice(services, shop, "10.00", day=today - timedelta(days=5))     # not yet due
    invoice(services, shop, "20.00", day=today - timedelta(days=30))    # 20 days overdue
    invoice(services, shop, "30.00", day=today - timedelta(days=60))    # 50
    invoice(services, shop, "40.00", day=today - timedelta(days=90))    # 80
    old = invoice(services, shop, "50.00", day=today - timedelta(days=200))  # 190
    rows = services.documents.aging()
    assert len(rows) == 1
    r = rows[0]
    assert (r.current, r.d0_30, r.d31_60, r.d61_90, r.d90_plus) == (D(10), D(20), D(30), D(40), D(50))
    services.documents.register_payment(PaymentForm(shop.buyer, "50.00", pay_date=today - timedelta(days=100),
                                                    allocations=[(old.id, "50.00")]))
    st_ = services.documents.statement(shop.buyer, today - timedelta(days=95), today)
    assert st_.opening == D(0)  # invoiced 50 before, paid 50 before
    assert [e.debit for e in st_.entries] == [D(40), D(30), D(20), D(10)]
    assert st_.closing == D(100)
    st2 = services.documents.statement(shop.buyer, today - timedelta(days=150), today)
    assert st2.opening == D(50) and st2.credit_total == D(50) and st2.closing == D(100)


def test_foreign_currency_invoice_counts_in_company_currency(services, shop):
    services.documents.set_currency_rate("EUR", date.today() - timedelta(days=3), "1.10")
    with pytest.raises(ValidationError, match="no GBP rate"):
        services.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.buyer, currency="GBP",
                                                        lines=[LineForm(None, "X", 1, "10")]))
    card = services.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.buyer, currency="EUR",
                                                           lines=[LineForm(None, "X", 1, "100")]))
    assert card.rate == D("1.1")
    confirm(services, card)
    assert services.documents.client_money(shop.buyer).invoiced == D("110.00")


# -- returns and buying -----------------------------------------------------------------------------------

def test_customer_return_comes_back_at_its_cost_and_settles_the_invoice(services, shop):
    shop.posted("receipt", [(shop.chair, 10, "9.00")])  # average cost now 8.00
    o = confirm(services, order(shop, [(shop.chair, 5, "20")]))
    inv = confirm(services, services.documents.create_from(o.id, "invoice"))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))
    assert services.documents.shipped_cost(wb.id) == D("40.00")
    shop.posted("receipt", [(shop.chair, 5, "20.00")])  # the average moves on; the return must not follow it
    ret = services.documents.create_from(wb.id, "return")
    form = DocumentForm(doc_type="return", client_id=shop.buyer, lines=[
        LineForm(shop.chair, quantity=2, price="20", source_line_id=ret.lines[0].source_line_id)])
    ret = confirm(services, services.documents.update_document(ret.id, form, expected_version=ret.version))
    assert ret.number.startswith("RET-") and ret.total == D(40)
    # 10 @ 7 + 10 @ 9 = 160; 5 shipped @ 8 = 40 out; 5 @ 20 = 100 in; 2 back @ 8 = 16 in.
    assert shop.on_hand(shop.chair) == D(22)
    assert shop.value(shop.chair) == D("236.00")
    inv_now = services.documents.load_document(inv.id)
    assert inv_now.settled == D(40) and inv_now.payment == "partly"
    money = services.documents.client_money(shop.buyer)
    assert money.balance == D(60) and money.credit == D(0)
    chain = services.documents.document_chain(ret.id)
    assert ("return", 2) in [(c.doc_type, c.depth) for c in chain]
    again = services.documents.create_from(wb.id, "return")
    assert [ln.quantity for ln in again.lines] == [D(3)]
    ret = services.documents.cancel_document(ret.id, expected_version=ret.version)
    assert services.documents.load_document(inv.id).settled == D(0)
    assert services.documents.client_money(shop.buyer).balance == D(100)
    assert shop.on_hand(shop.chair) == D(20) and shop.value(shop.chair) == D("220.00")
    assert services.stock.check_stock() == []


def test_return_value_is_the_cost_the_goods_left_with(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 4, "20")]))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))   # 4 × 7.00 left
    shop.posted("receipt", [(shop.chair, 4, "15.00")])                      # average now (6×7+4×15)/10
    before = shop.value(shop.chair)
    confirm(services, services.documents.create_from(wb.id, "return"))
    assert shop.value(shop.chair) - before == D("28.00")


def test_purchase_order_incoming_then_supplier_invoice_receives_and_is_owed(services, shop):
    supplier = client(services, "Isfahan Furniture")
    po = services.documents.create_document(DocumentForm(doc_type="purchase_order", client_id=supplier,
                                                         warehouse_id=shop.main,
                                                         lines=[LineForm(shop.chair, quantity=8, price="6.00")]))
    po = confirm(services, po)
    assert po.number.startswith("PO-")
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert rows[0].incoming == D(8)
    si = services.documents.create_from(po.id, "supplier_invoice")
    form = DocumentForm(doc_type="supplier_invoice", client_id=supplier, warehouse_id=shop.main, lines=[
        LineForm(shop.chair, quantity=5, price="6.00", vat_rate="20", source_line_id=si.lines[0].source_line_id)])
    si = confirm(services, services.documents.update_document(si.id, form, expected_version=si.version))
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert (rows[0].on_hand, rows[0].incoming) == (D(15), D(3))
    assert shop.value(shop.chair) == D("70.00") + D("30.00")  # received at the net price
    assert services.documents.load_document(po.id).shipment == "partly"
    money = services.documents.client_money(supplier)
    assert (money.billed, money.payable) == (D("36.00"), D("36.00"))
    assert [r.client_id for r in services.documents.aging(payables=True)] == [supplier]
    pay = services.documents.register_payment(PaymentForm(supplier, "36.00", direction="out",
                                                          allocations=[(si.id, "36.00")]))
    assert pay.allocated == D(36) and services.documents.client_money(supplier).payable == D(0)
    sr = confirm(services, services.documents.create_from(si.id, "supplier_return"))
    assert shop.on_hand(shop.chair) == D(10)
    assert services.documents.client_money(supplier).billed == D(0)
    with pytest.raises(ValidationError, match="made from it"):
        services.documents.cancel_document(si.id, expected_version=services.documents.load_document(si.id).version)
    services.documents.cancel_document(sr.id, expected_version=sr.version)
    pay = [p for p in services.documents.list_payments(client_id=supplier) if p.id == pay.id][0]
    services.documents.cancel_payment(pay.id, expected_version=pay.version)
    si = services.documents.load_document(si.id)
    services.documents.cancel_document(si.id, expected_version=si.version)
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert (rows[0].on_hand, rows[0].incoming) == (D(10), D(8))
    po = services.documents.load_document(po.id)
    services.documents.cancel_document(po.id, expected_version=po.version)
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert rows[0].incoming == D(0)
    assert services.stock.check_stock() == []


def test_buying_documents_hold_goods_only(services, shop):
    supplier = client(services, "Isfahan Furniture")
    with pytest.raises(ValidationError) as err:
        services.documents.create_document(DocumentForm(doc_type="purchase_order", client_id=supplier,
                                                        warehouse_id=shop.main,
                                                        lines=[LineForm(shop.install, quantity=1, price="5")]))
    assert "not kept in stock" in err.value.errors["lines.0.product_id"]


def test_statement_counts_returns_and_supplier_invoices(services, shop):
    o = confirm(services, order(shop, [(shop.chair, 2, "50")]))
    confirm(services, services.documents.create_from(o.id, "invoice"))
    wb = confirm(services, services.documents.create_from(o.id, "waybill"))
    confirm(services, services.documents.create_from(wb.id, "return"))
    st_ = services.documents.statement(shop.buyer, date.today() - timedelta(days=1), date.today())
    assert (st_.debit_total, st_.credit_total, st_.closing) == (D(100), D(100), D(0))


def test_documents_and_payments_show_on_the_client_timeline(services, shop):
    draft = order(shop, [(shop.chair, 1, "10")])
    o = confirm(services, order(shop, [(shop.chair, 1, "10")]))
    inv = invoice(services, shop, "25.00")
    services.documents.register_payment(PaymentForm(shop.buyer, "25.00", allocations=[(inv.id, "25.00")]))
    entries, _ = services.timeline.client_timeline(shop.buyer, kinds=["document", "payment"])
    assert {(e.kind, e.title) for e in entries} >= {("document", o.number), ("document", inv.number)}
    assert [e.direction for e in entries if e.kind == "payment"] == ["in"]
    assert draft.id not in {e.record_id for e in entries if e.kind == "document"}  # drafts are not history
    counts = services.timeline.timeline_counts(shop.buyer)
    assert counts["document"] == 2 and counts["payment"] == 1


def test_credit_limit_is_set_by_those_with_the_right(services, shop):
    money = services.documents.set_credit_limit(shop.buyer, "500.00")
    assert money.credit_limit == D(500)
    with pytest.raises(ValidationError):
        services.documents.set_credit_limit(shop.buyer, "-1")
    clerk = services.users.add_user("kim", full_name="Kim Clerk", password="kim-pass-123")
    with pytest.raises(PermissionDenied):
        services.as_user(clerk.id).documents.set_credit_limit(shop.buyer, "900")
    assert services.documents.set_credit_limit(shop.buyer, "").credit_limit is None


def test_documents_list_sorts_in_sql(services, shop):
    for amount in ("30.00", "10.00", "20.00"):
        invoice(services, shop, amount)
    by_total = services.documents.list_documents(doc_type="invoice", sort="total", descending=False)
    assert [r.total for r in by_total] == [D(10), D(20), D(30)]
    by_number = services.documents.list_documents(doc_type="invoice", sort="number", descending=True)
    assert [r.number[-1] for r in by_number] == ["3", "2", "1"]
    with pytest.raises(ValidationError):
        services.documents.list_documents(sort="nonsense")


def test_only_administrators_change_company_wide_settings(services, shop):
    from app.services.documents.layouts import DocumentLayoutSettings

    clerk = services.as_user(services.users.add_user("lea", full_name="Lea", password="lea-pass-123").id)
    st = clerk.documents.company_settings()
    st.legal_name = "Somebody Else LLC"
    with pytest.raises(PermissionDenied):
        clerk.documents.save_company_settings(st)
    with pytest.raises(PermissionDenied):
        clerk.documents.set_currency_rate("EUR", date.today(), "1.2")
    with pytest.raises(PermissionDenied):
        clerk.documents.save_document_layout("invoice", DocumentLayoutSettings("invoice", show_vat=False),
                                             expected_version=0)
    assert services.documents.company_settings().legal_name == ""
