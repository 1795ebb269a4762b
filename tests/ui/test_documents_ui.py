"""A sales manager with documents: an order made from a deal and confirmed, an invoice from the order, a
waybill that ships the goods, a partial payment, and the client's balance on the card; a rejected save
that keeps what was typed; the credit-limit warning with "Confirm anyway"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit

from app.models import Client, Product
from app.services.clients import ClientForm
from app.services.funnel.forms import DealForm, DealLineData, StageSpec
from app.ui.documents.editor import DocumentDialog
from app.ui.documents.payment_dialog import PaymentDialog
from app.ui.documents.workspace import DocumentsWorkspace
from app.ui.text import strip_isolates
from tests.ui.typing_helpers import type_text
from tests.ui.warehouse_fixtures import make_shop, post_receipt

D = Decimal
ARIAN = "شرکت آرین"
LONG_TEA = "Premium Darjeeling first-flush green tea, hand-picked, 100 g tin with a resealable lid"


@pytest.fixture
def shop(ui_services):
    shop = make_shop(ui_services)
    with ui_services.session_factory() as s:
        tea = s.get(Product, shop.products["TEA-100"])
        tea.name, tea.name_key, tea.vat_rate, tea.sale_price = LONG_TEA, LONG_TEA.casefold(), D(10), D("12.50")
        carpet = s.get(Product, shop.products["CARPET-CL"])
        carpet.vat_rate, carpet.sale_price = D(20), D("30.00")
        s.commit()
    shop.arian = ui_services.clients.create_client(ClientForm(display_name=ARIAN, roles=frozenset({"customer"}))).id
    post_receipt(shop, {"TEA-100": "20", "CARPET-CL": "5"})
    return shop


def set_credit_limit(ctx, client_id: int, limit: str) -> None:
    with ctx.session_factory() as s:
        s.get(Client, client_id).credit_limit = D(limit)
        s.commit()


def on_hand(ctx, product_id: int, warehouse_id: int) -> Decimal:
    rows, _ = ctx.stock.balances(product_id=product_id, warehouse_id=warehouse_id, limit=100)
    return sum((r.on_hand for r in rows), D(0))


def open_dialog(qtbot, ctx, tasks, **kw) -> DocumentDialog:
    dialog = DocumentDialog(ctx, tasks, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def type_cell(qtbot, dialog: DocumentDialog, row: int, key: str, text: str) -> None:
    """Click into a cell of the lines grid, type, Enter (as a user edits a price)."""
    index = dialog.lines_model.index(row, dialog.lines_model.column_of(key))
    view = dialog.lines_view
    qtbot.wait(1)   # an editor closed by Enter is deleted by the event loop
    if view.currentIndex() != index:
        view.setCurrentIndex(index)
    editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    if not editors:
        view.edit(index)
        editors = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1
    editors[0].selectAll()
    if text.isascii():
        qtbot.keyClicks(editors[0], text)
    else:                   # QTest.keyClicks aborts on Persian and Arabic: key events carrying the text
        type_text(editors[0], text)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def pick_client(qtbot, picker, text: str) -> None:
    type_text(picker.lineEdit(), text)
    picker.search()
    qtbot.waitUntil(lambda: picker.hits.rowCount() >= 1)
    picker.client_completer.activated[QModelIndex].emit(picker.hits.index(0, 0))


def cell(model, row: int, col: int) -> str:
    return strip_isolates(model.index(row, col).data() or "")


def menu_action(menu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_deal_to_order_invoice_waybill_and_a_partial_payment(qtbot, shop, tasks, monkeypatch, qtmodeltester):
    from app.ui.clients.card import ClientCardWidget
    from app.ui.funnel.deal_dialog import DealDialog

    ctx = shop.ctx
    tea, carpet = shop.products["TEA-100"], shop.products["CARPET-CL"]
    pipeline = ctx.funnel.create_pipeline("Wholesale", stages=[StageSpec("New", D(10))])
    deal = ctx.funnel.create_deal(DealForm(title="Tea for the office", client_id=shop.arian, pipeline_id=pipeline.id,
                                           lines=(DealLineData(tea, D(4), D("12.50")),
                                                  DealLineData(carpet, D(2), D("30.00")))))
    # The client's card is open on its Documents tab the whole time.
    card = ClientCardWidget(ctx, tasks, shop.arian)
    qtbot.addWidget(card)
    card.resize(1150, 720)
    card.show()
    qtbot.waitUntil(lambda: card.documents_panel is not None)
    panel = card.documents_panel
    card.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.money is not None)
    assert panel.figures["balance"].text() == "0.00 USD"
    assert panel.stack.currentWidget() is panel.empty

    editors: list[DocumentDialog] = []
    monkeypatch.setattr(DocumentDialog, "exec", lambda self: editors.append(self) or 0)
    deal_dialog = DealDialog(ctx, tasks, deal_id=deal.id)
    qtbot.addWidget(deal_dialog)
    deal_dialog.show()
    qtbot.mouseClick(deal_dialog.document_buttons["order"], Qt.MouseButton.LeftButton)
    editor = editors[-1]         # the deal dialog's child: closed with it
    editor.show()
    assert editor.card.doc_type == "order" and editor.card.deal_id == deal.id
    assert [ln.description for ln in editor.card.lines] == [LONG_TEA, "Carpet cleaner"]
    assert editor.warehouse_combo.currentData() == shop.main      # proposed for the draft from the deal
    qtmodeltester.check(editor.lines_model)
    # 4 × 12.50 + 10 % and 2 × 30 + 20 %: 55.00 + 72.00
    assert "127.00 USD" in editor.totals_label.text()

    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.card.status == "confirmed" and editor.card.number.startswith("ORD-")
    assert not editor.save_button.isVisible() and editor.lines_model.read_only
    assert editor.create_from_button.isVisible()

    # The deal shows its chain: the order made from it.
    deal_dialog.tabs.setCurrentIndex(deal_dialog.documents_tab)
    qtbot.waitUntil(lambda: deal_dialog.documents_model.rowCount() == 1)
    assert deal_dialog.documents_model.row_at(0).number == editor.card.number

    menu_action(editor.create_from_menu, "create_invoice_action").trigger()
    assert editor.card.doc_type == "invoice" and editor.card.status == "draft"
    assert editor.fields["due_date"].isVisible() and not editor.fields["warehouse_id"].isVisible()
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    invoice = editor.card
    assert invoice.status == "confirmed" and invoice.number.startswith("INV-") and invoice.total == D("127.00")
    assert "href" in editor.chain_label.text()      # the order is a link in the chain

    before = on_hand(ctx, tea, shop.main)
    menu_action(editor.create_from_menu, "create_waybill_action").trigger()
    assert editor.card.doc_type == "waybill" and editor.warehouse_combo.currentData() == shop.main
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.card.status == "confirmed" and editor.card.number.startswith("WB")
    assert on_hand(ctx, tea, shop.main) == before - 4
    assert on_hand(ctx, carpet, shop.main) == D(3)

    # Back to the invoice through the chain: it is shipped, nothing paid yet.
    editor.chain_label.linkActivated.emit(str(invoice.id))
    assert editor.card.id == invoice.id and editor.payment_button.isVisible()
    assert panel.figures["balance"].text() == "127.00 USD"
    assert panel.model.rowCount() == 3

    payments: list[PaymentDialog] = []

    def pay(self):
        payments.append(self)
        self.amount_edit.clear()
        type_text(self.amount_edit, "50")
        assert self.model.rows[0].amount == "50"
        assert "left as the client's credit: 0.00 USD" in self.rest_label.text()
        self.save()
        return 1
    monkeypatch.setattr(PaymentDialog, "exec", pay)
    qtbot.mouseClick(editor.payment_button, Qt.MouseButton.LeftButton)
    assert payments[0].saved is not None and payments[0].saved.allocated == D(50)
    assert editor.card.payment == "partly" and editor.card.outstanding == D("77.00")

    money = ctx.documents.client_money(shop.arian)
    assert (money.invoiced, money.paid, money.balance) == (D("127.00"), D(50), D("77.00"))
    qtbot.waitUntil(lambda: panel.figures["balance"].text() == "77.00 USD")
    assert panel.figures["paid"].text() == "50.00 USD" and panel.figures["invoiced"].text() == "127.00 USD"


def test_a_rejected_save_keeps_what_was_typed_and_marks_the_cells(qtbot, shop, tasks):
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_type="invoice")
    qtbot.waitUntil(lambda: dialog.currency_edit.text() == "USD")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["client_id"].error.text() == "Choose the client"
    assert dialog.card is None
    pick_client(qtbot, dialog.client_combo, "آرین")
    assert dialog.client_combo.client_id() == shop.arian
    qtbot.mouseClick(dialog.free_line_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, dialog, 0, "description", "Installation and training, two days on site")
    type_cell(qtbot, dialog, 0, "price", "-5")
    type_cell(qtbot, dialog, 0, "discount_percent", "150")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is None
    model = dialog.lines_model
    assert cell(model, 0, model.column_of("price")) == "-5"
    assert cell(model, 0, model.column_of("discount_percent")) == "150"
    assert cell(model, 0, model.column_of("description")) == "Installation and training, two days on site"
    assert set(model.errors) == {(0, "price"), (0, "discount_percent")}
    assert "Line 1" in dialog.lines_error.text() and not dialog.fields["client_id"].error.isVisible()
    type_cell(qtbot, dialog, 0, "price", "200")
    type_cell(qtbot, dialog, 0, "discount_percent", "10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None and dialog.card.total == D("180.00") and model.errors == {}


def test_a_persian_user_types_the_price_and_quantity_in_persian_digits(qtbot, shop, tasks, shots):
    """Under fa_IR: '۱۲۰٫۵۰' is 120.50 (the Persian decimal separator), '٣' is 3, '۱٬۵۰۰' is 1500;
    '۱۲abc' is refused and stays in its cell."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("fa_IR"))      # conftest.py's autouse fixture restores the locale
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_type="invoice")
    pick_client(qtbot, dialog.client_combo, "آرین")
    qtbot.mouseClick(dialog.free_line_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, dialog, 0, "description", "Installation")
    type_cell(qtbot, dialog, 0, "quantity", "٣")
    type_cell(qtbot, dialog, 0, "price", "۱۲abc")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    model = dialog.lines_model
    assert dialog.card is None and (0, "price") in model.errors
    assert model.lines[0].price == "۱۲abc" and model.lines[0].quantity == "٣"
    type_cell(qtbot, dialog, 0, "price", "۱۲۰٫۵۰")
    qtbot.mouseClick(dialog.free_line_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, dialog, 1, "description", "Training")
    type_cell(qtbot, dialog, 1, "price", "۱٬۵۰۰")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None, dialog.lines_error.text()
    saved = [(ln.quantity, ln.price) for ln in shop.ctx.documents.load_document(dialog.card.id).lines]
    assert saved == [(D(3), D("120.50")), (D(1), D(1500))]
    dialog.grab().save(str(shots / "document_persian_digits.png"))


def test_a_document_prints_in_its_clients_language_unless_changed(qtbot, shop, tasks, shots):
    parsa = shop.ctx.clients.create_client(ClientForm(display_name="بازرگانی پارسا", language="fa",
                                                      roles=frozenset({"customer"}))).id
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_type="quote")
    qtbot.waitUntil(lambda: dialog.currency_edit.text() == "USD")
    assert dialog.language_combo.currentText() == "The client's language"
    pick_client(qtbot, dialog.client_combo, "پارسا")
    assert dialog.client_combo.client_id() == parsa
    qtbot.mouseClick(dialog.free_line_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, dialog, 0, "description", "Installation")
    type_cell(qtbot, dialog, 0, "price", "120")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None and dialog.card.language == "fa"
    assert dialog.language_combo.currentText() == "فارسی"
    dialog.grab().save(str(shots / "document_language.png"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert shop.ctx.documents.load_document(dialog.card.id).language == "en"


def test_the_credit_limit_warns_and_confirm_anyway_overrides(qtbot, shop, tasks):
    ctx = shop.ctx
    set_credit_limit(ctx, shop.arian, "100")
    dialog = open_dialog(qtbot, ctx, tasks, doc_type="invoice", client_id=shop.arian, client_name=ARIAN)
    qtbot.waitUntil(lambda: dialog.client_combo.client_id() == shop.arian)
    qtbot.keyClicks(dialog.product_edit, "carpet-cl")
    qtbot.keyClick(dialog.product_edit, Qt.Key.Key_Return)
    model = dialog.lines_model
    assert model.lines[0].proposed_price == D("30.00")       # proposed from the price list, shown greyed
    assert cell(model, 0, model.column_of("price")) == "30.00"
    assert cell(model, 0, model.column_of("amount")) == "36.00"
    type_cell(qtbot, dialog, 0, "quantity", "4")           # 4 × 30 + 20 % = 144 > 100
    asked = []
    dialog.ask_credit = lambda parent, exc: asked.append(exc) or False
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and asked[0].document == D("144.00") and asked[0].limit == D(100)
    assert dialog.card.status == "draft"                    # "Cancel": saved, not confirmed

    clerk = ctx.users.add_user("sam", full_name="Sam Sales", password="sam-pass-123")
    as_clerk = open_dialog(qtbot, ctx.as_user(clerk.id), tasks, doc_id=dialog.card.id)
    as_clerk.ask_credit = lambda parent, exc: True
    qtbot.mouseClick(as_clerk.confirm_button, Qt.MouseButton.LeftButton)
    assert as_clerk.card.status == "draft"
    assert "ask a user with that right" in as_clerk.general_error.text()

    dialog.reload()
    dialog.ask_credit = lambda parent, exc: True             # "Confirm anyway" (the admin may)
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.card.status == "confirmed"
    assert ctx.documents.client_money(shop.arian).balance == D("144.00")


def test_the_credit_warning_names_the_figures(qtbot, shop):
    from app.services.errors import CreditLimitExceeded
    from app.ui.documents.actions import credit_warning_box

    box = credit_warning_box(None, CreditLimitExceeded(client=ARIAN, limit=D(100), owed=D(80), document=D(30),
                                                       currency="USD"))
    qtbot.addWidget(box)
    assert "Over the limit by: 10.00 USD" in box.text() and ARIAN in box.text()
    assert box.findChild(type(box.buttons()[0]), "confirm_anyway_button") is not None


def test_the_documents_list_filters_highlights_overdue_and_confirms(qtbot, shop, tasks, qtmodeltester):
    from datetime import date, timedelta

    from app.services.documents.forms import DocumentForm, LineForm

    ctx = shop.ctx
    docs = ctx.documents
    old = docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian,
                                            doc_date=date.today() - timedelta(days=40),
                                            due_date=date.today() - timedelta(days=30),
                                            lines=[LineForm(shop.products["TEA-100"], quantity="2")]))
    docs.confirm_document(old.id, expected_version=old.version)
    draft = docs.create_document(DocumentForm(doc_type="quote", client_id=shop.customer,
                                              lines=[LineForm(None, "Consulting", 1, "80", vat_rate="0")]))
    ws = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(ws)
    ws.resize(1200, 600)
    ws.show()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2)
    qtmodeltester.check(ws.model)
    rows = {ws.model.row_at(i).id: i for i in range(2)}
    overdue_row = rows[old.id]
    assert ws.model.index(overdue_row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in cell(ws.model, overdue_row, 6)
    assert ws.model.index(rows[draft.id], 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert cell(ws.model, overdue_row, 4) == "27.50 USD"

    ws.type_combo.setCurrentIndex(ws.type_combo.findData("quote"))
    ws.refresh()
    assert ws.model.rowCount() == 1 and ws.model.row_at(0).id == draft.id
    ws.type_combo.setCurrentIndex(0)
    type_text(ws.search_edit, "آرین")
    ws.refresh()
    assert ws.model.rowCount() == 1 and ws.model.row_at(0).id == old.id
    ws.search_edit.clear()
    ws.refresh()

    ws.select_id(draft.id)
    assert ws.confirm_action.isEnabled() and not ws.create_from_button.isEnabled()
    ws.confirm_action.trigger()
    assert docs.load_document(draft.id).status == "confirmed"
    ws.select_id(draft.id)
    assert ws.create_actions["order"].isEnabled() and ws.create_actions["invoice"].isEnabled()
    assert not ws.create_actions["waybill"].isEnabled()

    opened = []
    ws.document_dialog_factory = lambda *a, **kw: _Recorder(opened, kw)
    ws.create_actions["order"].trigger()
    order_id = opened[-1]["doc_id"]
    assert docs.load_document(order_id).doc_type == "order"
    ws.view.doubleClicked.emit(ws.model.index(0, 0))
    assert "doc_id" in opened[-1]
    ws.select_id(draft.id)
    ws.view.setFocus()
    qtbot.keyClick(ws.view, Qt.Key.Key_Return)
    assert opened[-1] == {"doc_id": draft.id, "parent": ws}

    ws.status_combo.setCurrentIndex(ws.status_combo.findData("cancelled"))
    ws.refresh()
    assert ws.stack.currentWidget() is ws.empty


class _Recorder:
    """Stands in for a dialog class: remembers how it was opened."""

    def __init__(self, log: list, kw: dict):
        log.append(kw)

    def setAttribute(self, *_a):  # noqa: N802 — Qt's name
        pass

    def exec(self) -> int:
        return 0


def test_the_payment_dialog_fills_oldest_first_and_keeps_the_rest_as_credit(qtbot, shop, tasks, qtmodeltester):
    from datetime import date, timedelta

    from app.services.documents.forms import DocumentForm, LineForm

    docs = shop.ctx.documents
    made = []
    for days, price in ((20, "40"), (5, "100")):
        card = docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian,
                                                 doc_date=date.today() - timedelta(days=days),
                                                 due_date=date.today() - timedelta(days=days - 3),
                                                 lines=[LineForm(None, "Service", 1, price, vat_rate="0")]))
        made.append(docs.confirm_document(card.id, expected_version=card.version))
    dialog = PaymentDialog(shop.ctx, tasks, client_id=shop.arian, client_name=ARIAN)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 2)
    qtmodeltester.check(dialog.model)
    type_text(dialog.amount_edit, "170")
    assert [r.amount for r in dialog.model.rows] == ["40", "100"]
    assert "left as the client's credit: 30.00 USD" in dialog.rest_label.text()
    dialog.model.setData(dialog.model.index(1, 5), "150")   # more than the invoice has open
    dialog.save()
    assert dialog.saved is None and 1 in dialog.model.errors
    assert "Is more than" in dialog.allocations_error.text()
    dialog.model.setData(dialog.model.index(1, 5), "60")
    dialog.save()
    assert dialog.saved is not None and dialog.saved.allocated == D(100)
    money = docs.client_money(shop.arian)
    assert money.credit == D(70) and money.balance == D(-30)


def test_every_documents_screen_renders(qtbot, shop, tasks, shots, monkeypatch):
    """Screenshots of each screen with a Persian client and long product names (KARAVAN_SHOTS keeps them)."""
    from datetime import date, timedelta

    from app.services.documents.forms import DocumentForm, LineForm
    from app.services.errors import CreditLimitExceeded
    from app.ui.clients.card import ClientCardWidget
    from app.ui.documents.actions import credit_warning_box
    from app.ui.funnel.deal_dialog import DealDialog

    ctx = shop.ctx
    docs = ctx.documents
    empty = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(empty)
    empty.resize(1200, 500)
    empty.show()
    qtbot.waitUntil(lambda: empty.stack.currentWidget() is empty.empty)
    empty.grab().save(str(shots / "documents_empty.png"))

    tea, carpet = shop.products["TEA-100"], shop.products["CARPET-CL"]
    order = docs.create_document(DocumentForm(doc_type="order", client_id=shop.arian, warehouse_id=shop.main,
                                              lines=[LineForm(tea, quantity="6"), LineForm(carpet, quantity="2")]))
    order = docs.confirm_document(order.id, expected_version=order.version)
    inv = docs.create_from(order.id, "invoice")
    inv = docs.confirm_document(inv.id, expected_version=inv.version)
    wb = docs.create_from(inv.id, "waybill")
    docs.confirm_document(wb.id, expected_version=wb.version)
    late = docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.customer,
                                             doc_date=date.today() - timedelta(days=45),
                                             due_date=date.today() - timedelta(days=35),
                                             lines=[LineForm(None, "Consulting, project kickoff workshop", 3, "150",
                                                             vat_rate="9")]))
    docs.confirm_document(late.id, expected_version=late.version)
    docs.create_document(DocumentForm(doc_type="quote", client_id=shop.customer,
                                      lines=[LineForm(tea, quantity="100")]))
    ws = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(ws)
    ws.resize(1200, 500)
    ws.show()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 5)
    ws.grab().save(str(shots / "documents_list.png"))

    draft = open_dialog(qtbot, ctx, tasks, doc_type="invoice", client_id=shop.arian, client_name=ARIAN)
    qtbot.waitUntil(lambda: draft.client_combo.client_id() == shop.arian)
    for code in ("TEA-100", "CARPET-CL"):
        qtbot.keyClicks(draft.product_edit, code)
        qtbot.keyClick(draft.product_edit, Qt.Key.Key_Return)
    type_cell(qtbot, draft, 1, "quantity", "3")
    type_cell(qtbot, draft, 1, "discount_percent", "5")
    qtbot.wait(5)
    draft.grab().save(str(shots / "document_editor_new.png"))
    type_cell(qtbot, draft, 0, "price", "-1")
    qtbot.mouseClick(draft.save_button, Qt.MouseButton.LeftButton)
    draft.grab().save(str(shots / "document_editor_errors.png"))

    confirmed = open_dialog(qtbot, ctx, tasks, doc_id=inv.id)
    qtbot.waitUntil(lambda: confirmed.card is not None)
    confirmed.grab().save(str(shots / "document_editor_confirmed.png"))

    pay = PaymentDialog(ctx, tasks, client_id=shop.arian, client_name=ARIAN, invoice_id=inv.id)
    qtbot.addWidget(pay)
    pay.show()
    qtbot.waitUntil(lambda: len(pay.model.rows) == 1)
    pay.amount_edit.setText("100")
    pay.fill_oldest_first()
    pay.grab().save(str(shots / "payment_dialog.png"))

    box = credit_warning_box(None, CreditLimitExceeded(client=ARIAN, limit=D(1000), owed=D("850.00"),
                                                       document=D("310.50"), currency="USD"))
    qtbot.addWidget(box)
    box.show()
    box.grab().save(str(shots / "credit_warning.png"))

    set_credit_limit(ctx, shop.arian, "50")
    card = ClientCardWidget(ctx, tasks, shop.arian)
    qtbot.addWidget(card)
    card.resize(1150, 720)
    card.show()
    qtbot.waitUntil(lambda: card.documents_panel is not None)
    card.tabs.setCurrentWidget(card.documents_panel)
    qtbot.waitUntil(lambda: card.documents_panel.money is not None and card.documents_panel.model.rowCount() == 3)
    card.grab().save(str(shots / "client_documents_tab.png"))

    pipeline = ctx.funnel.create_pipeline("Wholesale", stages=[StageSpec("New", D(10))])
    deal = ctx.funnel.create_deal(DealForm(title="Tea for the office", client_id=shop.arian, pipeline_id=pipeline.id,
                                           lines=(DealLineData(tea, D(4), D("12.50")),)))
    deal_dialog = DealDialog(ctx, tasks, deal_id=deal.id)
    qtbot.addWidget(deal_dialog)
    deal_dialog.show()
    deal_dialog.grab().save(str(shots / "deal_dialog_document_buttons.png"))


def test_a_save_after_someone_else_changed_the_draft_keeps_my_edits_and_offers_reload(qtbot, shop, tasks):
    from app.services.documents.forms import DocumentForm, LineForm

    docs = shop.ctx.documents
    form = DocumentForm(doc_type="quote", client_id=shop.arian, lines=[LineForm(None, "Survey", 1, "100", vat_rate="0")])
    saved = docs.create_document(form)
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_id=saved.id)
    qtbot.waitUntil(lambda: dialog.card is not None)
    form.notes = "Changed by a colleague"
    docs.update_document(saved.id, form, expected_version=saved.version)
    type_cell(qtbot, dialog, 0, "price", "120")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "changed this document" in dialog.general_error.text() and dialog.reload_button.isVisible()
    assert dialog.lines_model.lines[0].price == "120"           # nothing typed is lost
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    assert dialog.notes_edit.toPlainText() == "Changed by a colleague" and not dialog.reload_button.isVisible()


def test_preview_save_and_print_a_confirmed_invoice_and_the_statement(qtbot, shop, tasks, monkeypatch, tmp_path, shots):
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrinter

    from app.services.documents.forms import DocumentForm, LineForm
    from app.ui.clients.card import ClientCardWidget
    from app.ui.documents.printing import PdfPreviewDialog

    docs = shop.ctx.documents
    inv = docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian, lines=[
        LineForm(shop.products["TEA-100"], quantity="3"), LineForm(None, "Delivery to Tabriz", 1, "15", vat_rate="0")]))
    inv = docs.confirm_document(inv.id, expected_version=inv.version)
    dialog = open_dialog(qtbot, shop.ctx, tasks, doc_id=inv.id)
    qtbot.waitUntil(lambda: dialog.card is not None)
    assert all(b.isEnabled() for b in dialog.print_buttons)

    previews = []

    def shown(self):
        previews.append(self)
        assert self.document.pageCount() >= 1
        assert not self.document.render(0, QSize(300, 420)).isNull()
        self.resize(700, 800)
        self.show()
        qtbot.wait(400)                 # QPdfView renders its pages in the background
        self.grab().save(str(shots / ("document_pdf_preview.png", "statement_pdf_preview.png")[len(previews) - 1]))
        return 0
    monkeypatch.setattr(PdfPreviewDialog, "exec", shown)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 1 and inv.number in previews[0].windowTitle()

    dialog.ask_path = lambda parent, suggested: str(tmp_path / suggested)
    qtbot.mouseClick(dialog.save_pdf_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / f"{inv.number}.pdf"
    assert saved.read_bytes().startswith(b"%PDF")

    printed = tmp_path / "printed.pdf"

    def printer(_parent):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(printed))
        return p
    dialog.ask_printer = printer
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.stat().st_size > 1000

    card = ClientCardWidget(shop.ctx, tasks, shop.arian)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.documents_panel is not None)
    panel = card.documents_panel
    card.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.statement_button, Qt.MouseButton.LeftButton)
    assert len(previews) == 2 and ARIAN in previews[1].windowTitle()


def test_the_credit_limit_is_set_from_the_documents_tab(qtbot, shop, tasks):
    from app.ui.clients.card import ClientCardWidget

    ctx = shop.ctx
    card = ClientCardWidget(ctx, tasks, shop.arian)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitUntil(lambda: card.documents_panel is not None)
    panel = card.documents_panel
    card.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.money is not None)
    version = ctx.clients.load_client(shop.arian).version
    asked = []
    panel.ask_limit = lambda parent, current: asked.append(current) or "1 500,00"
    qtbot.mouseClick(panel.limit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.documents.client_money(shop.arian).credit_limit is not None, timeout=3000)
    qtbot.waitUntil(lambda: "1" in panel.figures["credit_limit"].text() and "500" in panel.figures["credit_limit"].text())
    assert asked == [""] and ctx.documents.client_money(shop.arian).credit_limit == D(1500)
    assert ctx.clients.load_client(shop.arian).version == version  # an open card is not made stale
    panel.ask_limit = lambda parent, current: None  # cancelled: nothing changes
    qtbot.mouseClick(panel.limit_button, Qt.MouseButton.LeftButton)
    assert ctx.documents.client_money(shop.arian).credit_limit == D(1500)


def test_selected_documents_are_saved_and_printed_in_one_go(qtbot, shop, tasks, tmp_path, monkeypatch):
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = shop.ctx
    numbers = []
    for amount in ("10.00", "20.00", "30.00"):
        card = ctx.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian,
                                                          lines=[LineForm(None, "Service", 1, amount)]))
        numbers.append(ctx.documents.confirm_document(card.id, expected_version=card.version).number)
    workspace = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 600)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.model.rowCount() >= 3)
    assert not workspace.save_many_action.isEnabled()
    workspace.view.selectAll()
    assert len(workspace.selected_rows()) == workspace.model.rowCount()
    workspace.view.clearSelection()
    for row in range(3):   # the three invoices: newest first
        workspace.view.selectionModel().select(workspace.model.index(row, 0),
                                               QItemSelectionModel.SelectionFlag.Select
                                               | QItemSelectionModel.SelectionFlag.Rows)
    folder = tmp_path / "out"
    folder.mkdir()
    workspace.ask_folder = lambda parent: str(folder)
    workspace.save_many_action.trigger()
    qtbot.waitUntil(lambda: workspace.batch_message.startswith("Saved"), timeout=20000)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{n}.pdf" for n in numbers)
    assert all(p.read_bytes().startswith(b"%PDF") for p in folder.iterdir())

    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    workspace.ask_printer = lambda parent: printer
    workspace.print_many_action.trigger()
    qtbot.waitUntil(lambda: workspace.batch_message.startswith("Printed"), timeout=20000)
    assert workspace.batch_message == "Printed 3 document(s), 3 page(s)"


def test_mark_as_sent_locks_the_document(qtbot, shop, tasks):
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = shop.ctx
    card = ctx.documents.create_document(DocumentForm(doc_type="quote", client_id=shop.arian,
                                                      lines=[LineForm(None, "Design work", 1, "80.00")]))
    card = ctx.documents.confirm_document(card.id, expected_version=card.version)
    editor = open_dialog(qtbot, ctx, tasks, doc_id=card.id)
    qtbot.waitUntil(lambda: editor.card is not None)
    assert editor.sent_button.isEnabled()
    qtbot.mouseClick(editor.sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.card.sent_at is not None)
    assert not editor.sent_button.isEnabled() and editor.card.locked
    assert ctx.documents.load_document(card.id).sent_at is not None


def test_an_invoice_in_euros_is_paid_in_euros(qtbot, shop, tasks):
    from datetime import date, timedelta

    from app.services.documents.forms import DocumentForm, LineForm

    docs = shop.ctx.documents
    docs.set_currency_rate("EUR", date.today() - timedelta(days=1), "1.10")
    card = docs.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian, currency="EUR",
                                             lines=[LineForm(None, "Service", 1, "200", vat_rate="0")]))
    card = docs.confirm_document(card.id, expected_version=card.version)
    dialog = PaymentDialog(shop.ctx, tasks, client_id=shop.arian, client_name=ARIAN, invoice_id=card.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1)
    assert dialog.currency_label.text() == "EUR" and dialog.amount_edit.text() == "200"
    dialog.save()
    assert dialog.saved is not None and dialog.saved.currency == "EUR" and dialog.saved.allocated == D(200)
    assert docs.client_money(shop.arian).paid == D("220.00")  # in the company currency at the rate


def test_clicking_a_header_sorts_the_documents(qtbot, shop, tasks):
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = shop.ctx
    for amount in ("30.00", "10.00", "20.00"):
        card = ctx.documents.create_document(DocumentForm(doc_type="invoice", client_id=shop.arian,
                                                          lines=[LineForm(None, "Service", 1, amount, vat_rate="0")]))
        ctx.documents.confirm_document(card.id, expected_version=card.version)
    workspace = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(workspace)
    workspace.show()
    model = workspace.model
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    assert [model.row_at(i).total for i in range(3)] == [D(20), D(10), D(30)]   # newest first
    total_column = next(i for i, c in enumerate(model.columns) if c.sort_key == "total")
    workspace.view.sortByColumn(total_column, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: model.row_at(0) is not None and model.row_at(0).total == D(10))
    assert [model.row_at(i).total for i in range(3)] == [D(10), D(20), D(30)]


def test_a_goods_receipt_is_made_from_a_confirmed_purchase_order_and_invoiced_later(qtbot, shop, tasks, shots,
                                                                                      qtmodeltester):
    """The clerk opens the confirmed purchase order (10 tea at 3.00 + 10 %), makes a goods receipt from it,
    counts 4 on arrival and confirms; the supplier's invoice is then made from the receipt."""
    from app.services.documents.forms import DocumentForm, LineForm

    ctx = shop.ctx
    tea = shop.products["TEA-100"]
    po = ctx.documents.create_document(DocumentForm(doc_type="purchase_order", client_id=shop.supplier,
                                                    warehouse_id=shop.main,
                                                    lines=[LineForm(tea, quantity="10", price="3.00", vat_rate="10")]))
    po = ctx.documents.confirm_document(po.id, expected_version=po.version)
    editor = open_dialog(qtbot, ctx, tasks, doc_id=po.id)
    qtbot.waitUntil(lambda: editor.card is not None)
    assert editor.create_from_button.isVisible()
    assert [a.objectName() for a in editor.create_from_menu.actions()] == ["create_goods_receipt_action",
                                                                           "create_supplier_invoice_action"]

    menu_action(editor.create_from_menu, "create_goods_receipt_action").trigger()
    card = editor.card
    assert (card.doc_type, card.status, card.parent_id) == ("goods_receipt", "draft", po.id)
    assert "Goods receipt" in editor.status_label.text()
    qtmodeltester.check(editor.lines_model)
    model = editor.lines_model
    assert cell(model, 0, model.column_of("quantity")) == "10"
    assert cell(model, 0, model.column_of("price")) == "3.00"      # the order's prices, kept
    assert not model.flags(model.index(0, model.column_of("price"))) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, model.column_of("quantity"))) & Qt.ItemFlag.ItemIsEditable
    assert editor.warehouse_combo.isVisible() and not editor.warehouse_combo.isEnabled()
    assert editor.warehouse_combo.currentData() == shop.main
    assert not editor.product_edit.isEnabled() and not editor.client_combo.isEnabled()

    type_cell(qtbot, editor, 0, "quantity", "4")
    qtbot.waitUntil(lambda: "13.20 USD" in editor.totals_label.text())  # 4 × 3.00 + 10 %, committed by Enter
    editor.grab().save(str(shots / "goods_receipt_draft.png"))
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    card = editor.card
    assert card.status == "confirmed" and card.number.startswith("GRN-")
    assert on_hand(ctx, tea, shop.main) == D(24)                    # 20 on hand + 4 arrived
    rows, _ = ctx.stock.balances(product_id=tea, warehouse_id=shop.main, limit=10)
    assert sum((r.incoming for r in rows), D(0)) == D(6)
    assert ctx.documents.client_money(shop.supplier).billed == D(0)
    assert "Invoiced not yet" in strip_isolates(editor.status_label.text())
    assert [(link.doc_type, link.depth) for link in editor.chain] == [("purchase_order", 0), ("goods_receipt", 1)]
    assert [a.objectName() for a in editor.create_from_menu.actions()] == ["create_supplier_invoice_action"]
    qtbot.wait(50)
    editor.grab().save(str(shots / "goods_receipt_confirmed.png"))

    ws = DocumentsWorkspace(ctx, tasks)
    qtbot.addWidget(ws)
    ws.show()
    ws.type_combo.setCurrentIndex(ws.type_combo.findData("purchase_order"))
    ws.refresh()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    assert cell(ws.model, 0, 6) == "Received partly · invoiced not yet"
    ws.select_id(po.id)
    assert ws.create_actions["goods_receipt"].isEnabled() and ws.create_actions["supplier_invoice"].isEnabled()
    assert not ws.create_actions["invoice"].isEnabled()

    menu_action(editor.create_from_menu, "create_supplier_invoice_action").trigger()
    assert (editor.card.doc_type, editor.card.parent_id) == ("supplier_invoice", card.id)
    assert [ln.quantity for ln in editor.card.lines] == [D(4)]
    qtbot.mouseClick(editor.confirm_button, Qt.MouseButton.LeftButton)
    assert editor.card.status == "confirmed" and editor.card.number.startswith("SINV-")
    assert ctx.documents.client_money(shop.supplier).billed == D("13.20")
    assert on_hand(ctx, tea, shop.main) == D(24)                    # no second receipt of the goods
    ws.refresh()
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1)
    assert cell(ws.model, 0, 6) == "Received partly · invoiced partly"
    qtbot.wait(50)
    editor.grab().save(str(shots / "supplier_invoice_from_receipt.png"))
