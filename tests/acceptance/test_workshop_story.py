"""A workshop's order-to-cash through its own production, told through the services (both databases):
a customer orders tables there is no stock for; MRP says what to make and buy; the purchase orders are
received and paid; the tables are made, shipped and invoiced; the ledger and the balances agree."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from tests.unit.production_kit import D, Workshop, supplier
from tests.unit.test_documents import client


def _confirm(s, card, **kw):
    return s.documents.confirm_document(card.id, expected_version=card.version, **kw)


def test_tables_bought_made_shipped_and_paid(services):
    s = services
    ws = Workshop(s)
    timber, hardware = supplier(s, "Alborz Timber"), supplier(s, "Caspian Hardware")
    for p, sup, price, moq in ((ws.wood, timber, "2.00", "50"), (ws.paint, timber, "8.00", "0"),
                               (ws.screw, hardware, "0.10", "500"), (ws.glue, hardware, "5.00", "1")):
        ws.terms(p, sup, price=price, moq=moq, lead=3)
    buyer = client(s, "Tabriz Furniture House")

    # A customer wants 4 tables; none are in stock, so the order is made to order from its line.
    so = s.documents.create_document(DocumentForm(doc_type="order", client_id=buyer, warehouse_id=ws.main,
                                                  due_date=date.today() + timedelta(days=10),
                                                  lines=[LineForm(ws.table, quantity=4, price="150")]))
    table_mo = s.production.make_to_order(so.lines[0].id)
    assert table_mo.quantity == D(4) and table_mo.sales_order_id == so.id

    # MRP explodes the planned tables: 4 frames, 16 → 18 legs (4 × 4.4 = 17.6), wood 18 × 0.88 = 15.84 kg
    # (bought as 50, the minimum), screws 36 (bought 500), glue 0.2 (bought 1), paint 0.63 kg.
    plan = s.production.run_mrp(horizon=date.today() + timedelta(days=30))
    wanted = {p.sku: (p.action, p.quantity) for p in plan.proposals}
    assert wanted == {"FRM": ("make", D(4)), "LEG": ("make", D(18)), "WD-1": ("buy", D(50)),
                      "SC-1": ("buy", D(500)), "GL-1": ("buy", D(1)), "PT-1": ("buy", D("0.630"))}
    made = s.production.apply_mrp(list(plan.proposals), warehouse_id=ws.main)
    assert (len(made.production_order_ids), len(made.purchase_order_ids)) == (2, 2)

    # Purchasing confirms the orders; the goods arrive and the supplier invoices come with receipts.
    for po_id in made.purchase_order_ids:
        po = _confirm(s, s.documents.load_document(po_id))
        grn = _confirm(s, s.documents.create_from(po.id, "goods_receipt"))
        bill = _confirm(s, s.documents.create_from(grn.id, "supplier_invoice"))
        s.documents.register_payment(PaymentForm(bill.client_id, amount=bill.total, direction="out",
                                                 allocations=[(bill.id, bill.total)]))
    assert s.documents.client_money(timber).billed == s.documents.client_money(timber).paid_out > 0

    # The floor makes legs, then frames, then the tables, each released and completed.
    orders = {r.sku: r for r in s.production.list_orders(open_only=True)}
    for sku in ("LEG", "FRM", "TBL"):
        card = s.production.load_order(orders[sku].id)
        card = s.production.release_order(card.id, expected_version=card.version)
        card = s.production.complete_order(card.id, card.quantity, expected_version=card.version)
        assert card.status == "done", sku
    tables = s.production.load_order(table_mo.id)
    assert ws.on_hand(ws.table) == D(4) and ws.value(ws.table) == tables.cost_total > 0

    # Now the order can be confirmed (it reserves the tables), shipped and invoiced.
    so = _confirm(s, s.documents.load_document(so.id))
    _confirm(s, s.documents.create_from(so.id, "waybill"))
    inv = _confirm(s, s.documents.create_from(so.id, "invoice"))
    assert ws.on_hand(ws.table) == D(0)
    assert s.documents.client_money(buyer).balance == inv.total
    assert s.stock.check_stock() == []
    # Nothing left to plan for this order.
    assert not [p for p in s.production.run_mrp(horizon=date.today() + timedelta(days=30)).proposals
                if p.sku == "TBL"]
