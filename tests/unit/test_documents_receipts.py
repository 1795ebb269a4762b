"""Buying with a goods receipt: a purchase order's goods arrive in parts on goods receipts (stock at the order's
prices, incoming goes down, nothing owed yet), the supplier's invoices come later from the receipts (only what
we owe), a return to the supplier sends goods back, and cancelling undoes each step in order.

The shop starts with 10 chairs at 7.00 in Main (value 70.00). Every figure below is worked out by hand."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from app.services.documents.forms import DocumentForm, LineForm
from app.services.errors import ValidationError
from tests.unit.test_documents import client, confirm
from tests.unit.test_stock_kit import D, Shop


def purchase_order(services, shop, supplier, lines, **kw):
    """A confirmed purchase order into Main: lines are (product, quantity, price), VAT 20 %."""
    form = DocumentForm(doc_type="purchase_order", client_id=supplier, warehouse_id=shop.main,
                        lines=[LineForm(p, quantity=q, price=price, vat_rate="20") for p, q, price in lines], **kw)
    return confirm(services, services.documents.create_document(form))


def with_quantities(services, card, *quantities):
    """The draft `card` saved with its lines' quantities changed (as the clerk counts what arrived)."""
    lines = [LineForm(ln.product_id, ln.description, q, ln.price, ln.discount_percent, ln.vat_rate, ln.unit,
                      source_line_id=ln.source_line_id) for ln, q in zip(card.lines, quantities, strict=True)]
    form = DocumentForm(doc_type=card.doc_type, client_id=card.client_id, doc_date=card.doc_date,
                        currency=card.currency, rate=card.rate, vat_mode=card.vat_mode,
                        warehouse_id=card.warehouse_id, lines=lines)
    return services.documents.update_document(card.id, form, expected_version=card.version)


def stock(services, shop, product=None):
    """(on hand, incoming, value) of a product in Main."""
    rows, _ = services.stock.balances(product_id=product or shop.chair, warehouse_id=shop.main, limit=100)
    return (sum((r.on_hand for r in rows), D(0)), sum((r.incoming for r in rows), D(0)),
            sum((r.value for r in rows), D(0)))


def billed(services, supplier):
    return services.documents.client_money(supplier).billed


@pytest.fixture
def shop(services):
    s = Shop(services)
    s.posted("receipt", [(s.chair, 10, "7.00")])
    s.buyer = client(services)
    return s


@pytest.fixture
def supplier(services):
    return client(services, "Isfahan Furniture")


def test_a_purchase_order_arrives_on_two_receipts_is_invoiced_from_one_and_partly_returned(services, shop,
                                                                                           supplier):
    docs = services.documents
    po = purchase_order(services, shop, supplier, [(shop.chair, 10, "8.00")])   # net 80.00, total 96.00
    assert stock(services, shop) == (D(10), D(10), D("70.00"))

    # 4 arrive first: at the order's net price 8.00, nothing owed yet.
    draft = docs.create_from(po.id, "goods_receipt")
    assert [(ln.quantity, ln.price, ln.vat_rate) for ln in draft.lines] == [(D(10), D("8.00"), D(20))]
    assert draft.warehouse_id == shop.main and draft.parent_id == po.id
    first = confirm(services, with_quantities(services, draft, 4))
    assert first.number == f"GRN-{date.today().year}-000001"
    assert first.total == D("38.40")                             # 4 × 8.00 + 20 % VAT, shown at the order's prices
    assert stock(services, shop) == (D(14), D(6), D("102.00"))  # 70.00 + 4 × 8.00
    rows, _ = services.stock.balances(product_id=shop.chair, warehouse_id=shop.main)
    assert rows[0].avg_cost == D("7.2857")                       # 102.00 / 14
    po = docs.load_document(po.id)
    assert (po.shipment, po.invoicing) == ("partly", "none")
    assert [(ln.delivered, ln.invoiced) for ln in po.lines] == [(D(4), D(0))]
    assert billed(services, supplier) == D(0)

    # The other 6: the draft proposes what is left.
    second = docs.create_from(po.id, "goods_receipt")
    assert [ln.quantity for ln in second.lines] == [D(6)]
    second = confirm(services, second)
    assert stock(services, shop) == (D(20), D(0), D("150.00"))  # 102.00 + 6 × 8.00; average 7.50
    assert docs.load_document(po.id).shipment == "fully"
    for doc_type in ("goods_receipt", "supplier_invoice"):      # nothing left to receive on the order
        with pytest.raises(ValidationError, match="already received"):
            docs.create_from(po.id, doc_type)

    # The supplier's invoice for the first receipt: what we owe, and no goods a second time.
    inv = docs.create_from(first.id, "supplier_invoice")
    assert [(ln.quantity, ln.price) for ln in inv.lines] == [(D(4), D("8.00"))]
    inv = confirm(services, inv)
    assert inv.stock_document_id is None
    assert billed(services, supplier) == D("38.40")
    assert stock(services, shop) == (D(20), D(0), D("150.00"))
    po = docs.load_document(po.id)
    assert (po.shipment, po.invoicing) == ("fully", "partly")
    assert [(ln.delivered, ln.invoiced) for ln in po.lines] == [(D(10), D(4))]
    assert docs.load_document(first.id).invoicing == "fully"
    with pytest.raises(ValidationError, match="already invoiced"):
        docs.create_from(first.id, "supplier_invoice")

    chain = docs.document_chain(inv.id)
    assert [(c.doc_type, c.depth) for c in chain] == [("purchase_order", 0), ("goods_receipt", 1),
                                                      ("supplier_invoice", 2), ("goods_receipt", 1)]

    # Two chairs go back: the return finds the goods the receipt brought in and ships them at the average.
    ret = docs.create_from(inv.id, "supplier_return")
    ret = confirm(services, with_quantities(services, ret, 2))
    assert stock(services, shop) == (D(18), D(0), D("135.00"))  # 150.00 − 2 × 7.50
    assert billed(services, supplier) == D("19.20")             # 38.40 − 2 × 8.00 × 1.2
    assert services.stock.check_stock() == []


def test_an_invoice_from_the_order_receives_what_no_receipt_took_in(services, shop, supplier):
    docs = services.documents
    po = purchase_order(services, shop, supplier, [(shop.chair, 10, "8.00")])
    receipt = confirm(services, with_quantities(services, docs.create_from(po.id, "goods_receipt"), 4))
    inv = docs.create_from(po.id, "supplier_invoice")
    assert [ln.quantity for ln in inv.lines] == [D(6)]          # 10 ordered − 4 on the receipt
    confirm(services, inv)
    assert stock(services, shop) == (D(20), D(0), D("150.00"))  # the invoice received its 6 itself
    assert billed(services, supplier) == D("57.60")             # 6 × 8.00 × 1.2
    po = docs.load_document(po.id)
    assert (po.shipment, po.invoicing) == ("fully", "partly")
    confirm(services, docs.create_from(receipt.id, "supplier_invoice"))
    assert billed(services, supplier) == D("96.00")
    assert docs.load_document(po.id).invoicing == "fully"
    assert stock(services, shop) == (D(20), D(0), D("150.00"))


def test_a_receipt_is_cancelled_only_after_its_invoice_and_gives_incoming_back(services, shop, supplier):
    docs = services.documents
    po = purchase_order(services, shop, supplier, [(shop.chair, 10, "8.00")])
    receipt = confirm(services, with_quantities(services, docs.create_from(po.id, "goods_receipt"), 4))
    inv = confirm(services, docs.create_from(receipt.id, "supplier_invoice"))
    with pytest.raises(ValidationError, match=f"cancel the documents made from it first: {inv.number}"):
        docs.cancel_document(receipt.id, expected_version=docs.load_document(receipt.id).version)

    docs.cancel_document(inv.id, expected_version=inv.version)
    assert billed(services, supplier) == D(0)
    assert stock(services, shop) == (D(14), D(6), D("102.00"))  # the invoice's goods were the receipt's
    late = docs.create_from(receipt.id, "supplier_invoice")     # a draft does not hold the receipt
    receipt = docs.cancel_document(receipt.id, expected_version=docs.load_document(receipt.id).version)
    assert receipt.status == "cancelled" and receipt.number.startswith("GRN-")
    assert stock(services, shop) == (D(10), D(10), D("70.00"))  # stock reversed, incoming back
    po = docs.load_document(po.id)
    assert (po.shipment, po.invoicing) == ("none", "none")
    with pytest.raises(ValidationError, match="is cancelled"):
        confirm(services, late)
    assert billed(services, supplier) == D(0)

    again = docs.create_from(po.id, "goods_receipt")            # the order can be received anew
    assert [ln.quantity for ln in again.lines] == [D(10)]
    assert services.stock.check_stock() == []


def test_a_receipt_values_lots_and_foreign_prices_in_company_currency(services, shop, supplier):
    docs = services.documents
    services.documents.set_currency_rate("EUR", date.today(), "2")
    po = purchase_order(services, shop, supplier, [(shop.milk, 3, "5.00")], currency="EUR")  # net 15.00 EUR
    receipt = confirm(services, docs.create_from(po.id, "goods_receipt"))
    rows, _ = services.stock.balances(product_id=shop.milk, warehouse_id=shop.main)
    assert [(r.lot_code, r.on_hand, r.value, r.incoming) for r in rows if r.on_hand] == [
        (receipt.number, D(3), D("30.00"), D(0))]               # 15.00 EUR × 2 / 3 = 10.00 a bottle
    assert billed(services, supplier) == D(0)


def test_a_receipt_is_made_from_a_confirmed_purchase_order_and_holds_its_lines(services, shop, supplier):
    docs = services.documents
    inv = confirm(services, docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.buyer,
                                                              lines=[LineForm(shop.chair, quantity=1)])))
    with pytest.raises(ValidationError, match="not made from a invoice"):
        docs.create_from(inv.id, "goods_receipt")
    loose = docs.create_document(DocumentForm(doc_type="goods_receipt", client_id=supplier, warehouse_id=shop.main,
                                              lines=[LineForm(shop.chair, quantity=1, price="1")]))
    with pytest.raises(ValidationError, match="made from a confirmed purchase order"):
        confirm(services, loose)
    po = purchase_order(services, shop, supplier, [(shop.chair, 2, "8.00")])
    receipt = docs.create_from(po.id, "goods_receipt")
    form = DocumentForm(doc_type="goods_receipt", client_id=supplier, warehouse_id=shop.main, lines=[
        LineForm(shop.chair, quantity=2, price="8.00", source_line_id=receipt.lines[0].source_line_id),
        LineForm(shop.sugar, quantity=1, price="1.00")])
    receipt = docs.update_document(receipt.id, form, expected_version=receipt.version)
    with pytest.raises(ValidationError) as err:
        confirm(services, receipt)
    assert err.value.errors == {"lines.1.product_id": f"Sugar is not on {po.number}"}
    assert stock(services, shop) == (D(10), D(2), D("70.00"))   # nothing was posted


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_goods_receipt_prints_with_its_title_and_the_order_prices(services, shop, supplier, tmp_path):
    from tests.unit.test_documents_pdf import pdf_text

    po = purchase_order(services, shop, supplier, [(shop.chair, 10, "8.00")])
    receipt = confirm(services, with_quantities(services, services.documents.create_from(po.id, "goods_receipt"), 4))
    text = pdf_text(services.documents.render_document(receipt.id), tmp_path)
    assert f"Goods receipt No. {receipt.number}" in text
    assert "Isfahan Furniture" in text and "Chair" in text and "38.40" in text and "Received by" in text
