"""“Export to Excel…” on the lists, as a user does it: filter the list, press the action (or Ctrl+E), choose
a file, watch the progress, read the message; Cancel leaves no file."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QPushButton, QToolBar

from app.services.clients import ChannelData, ClientForm
from app.services.documents.forms import DocumentForm, LineForm
from app.ui.catalog.workspace import ProductsWorkspace
from app.ui.clients.list_view import ClientsWorkspace
from app.ui.documents.workspace import DocumentsWorkspace
from app.ui.warehouse.workspace import WarehouseWorkspace
from tests.ui.typing_helpers import type_text
from tests.ui.warehouse_fixtures import make_shop, post_receipt


class Dialogs:
    """The save dialog answers `path`; the done message is recorded (and grabbed), and `press` is clicked."""

    def __init__(self, monkeypatch, path, *, press: str = "", shot: str = ""):
        self.asked, self.messages, self.opened, self.warnings = [], [], [], []

        def save_name(parent, title, start, filters):
            self.asked.append((title, start, filters))
            return str(path), filters

        def exec_box(box):
            self.messages.append(box.text())
            if shot:
                box.show()
                box.grab().save(shot)
            if press:
                box.findChild(QPushButton, press).click()
            else:
                box.button(QMessageBox.StandardButton.Close).click()
            return 0

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
        monkeypatch.setattr(QMessageBox, "exec", exec_box)
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: self.warnings.append(a[2])))
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: self.opened.append(url.toLocalFile())))


def _client(ctx, name, *, phone="", roles=("customer",)):
    return ctx.clients.create_client(ClientForm(display_name=name, roles=frozenset(roles),
                                                channels=(ChannelData("phone", phone),) if phone else ()),
                                     allow_duplicates=True)


def _show(qtbot, widget, loaded):
    qtbot.addWidget(widget)
    widget.resize(1200, 560)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.waitUntil(loaded)
    return widget


@pytest.fixture
def clients(qtbot, ui_services, tasks):
    _client(ui_services, "شرکت فرش تبریز", phone="+98 21 8888 7777", roles=("supplier",))
    _client(ui_services, "=1+2 Trading", phone="+1 415 555 0199", roles=("supplier",))
    for i in range(12):
        _client(ui_services, f"Customer {i:02d}")
    ws = ClientsWorkspace(ui_services, tasks)
    return _show(qtbot, ws, lambda: not ws.model.is_loading() and ws.model.rowCount() == 14)


def test_clients_export_holds_the_filtered_list_and_says_how_many_rows(qtbot, clients, monkeypatch, tmp_path,
                                                                       shots):
    ws = clients
    role = ws.findChild(QComboBox, "role_filter")
    role.setCurrentIndex(role.findData("supplier"))
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2 and not ws.model.is_loading())
    dialogs = Dialogs(monkeypatch, tmp_path / "suppliers", press="open_folder_button",
                      shot=str(shots / "export_done_message.png"))

    button = ws.toolbar.widgetForAction(ws.export_action)
    assert button.text() == "Export to Excel…" and "Ctrl+E" in ws.export_action.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    saved = tmp_path / "suppliers.xlsx"            # the suffix is added to a bare name
    assert dialogs.asked[0][1].endswith(f"clients-{date.today().isoformat()}.xlsx")
    assert dialogs.messages == [f"2 rows written to {saved}"]
    assert ws.count_label.text() == f"2 rows written to {saved}"
    assert dialogs.opened == [str(tmp_path)]       # Open folder
    sheet = load_workbook(saved).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Name", "Code", "Kind", "Roles")
    assert [r[0] for r in rows[1:]] == ["=1+2 Trading", "شرکت فرش تبریز"]   # the list's order, only suppliers
    assert sheet["A2"].data_type == "s" and rows[2][3] == "Supplier" and rows[2][4] == "+98 21 8888 7777"
    ws.grab().save(str(shots / "clients_with_export_action.png"))


def test_ctrl_e_exports_the_search_as_typed_and_open_file_opens_it(qtbot, clients, monkeypatch, tmp_path):
    ws = clients
    type_text(ws.search_edit, "Customer 1")
    qtbot.waitUntil(lambda: ws.model.rowCount() < 14 and not ws.model.is_loading())
    shown = [ws.model.row_at(r).display_name for r in range(ws.model.rowCount())]
    assert "Customer 10" in shown and "Customer 02" not in shown
    dialogs = Dialogs(monkeypatch, tmp_path / "found.xlsx", press="open_file_button")
    qtbot.keyClick(ws.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert dialogs.messages == [f"{len(shown)} rows written to {tmp_path / 'found.xlsx'}"]
    assert dialogs.opened == [str(tmp_path / "found.xlsx")]
    names = [r[0] for r in load_workbook(tmp_path / "found.xlsx").active.iter_rows(min_row=2, values_only=True)]
    assert names == shown


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, clients, monkeypatch, tmp_path, shots):
    ws = clients
    monkeypatch.setattr("app.services.exports.common.BATCH", 4)
    folder = tmp_path / "out"
    folder.mkdir()
    dialogs = Dialogs(monkeypatch, folder / "everyone.xlsx")
    seen = []

    def user_presses_cancel(_task, done, total, _text):
        # Connected first, this runs before the dialog takes the report in: it shows the one before (4 rows).
        dialog = ws.excel_export.dialog
        if dialog is not None and done >= 8:
            seen.append(dialog.labelText())
            dialog.show()
            dialog.grab().save(str(shots / "export_progress.png"))
            dialog.findChild(QPushButton).click()       # its only button: Cancel
    ws.tasks.progress.connect(user_presses_cancel)
    ws.export_action.trigger()

    assert seen and "Reading: 4 of 14 rows" in seen[0]
    assert list(folder.iterdir()) == [] and dialogs.messages == []
    assert ws.count_label.text() == "Export cancelled: no file was written."
    assert ws.excel_export.dialog is None


def test_a_file_that_cannot_be_written_is_reported(qtbot, clients, monkeypatch, tmp_path):
    dialogs = Dialogs(monkeypatch, tmp_path / "no such folder" / "c.xlsx")
    clients.export_action.trigger()
    assert dialogs.messages == [] and len(dialogs.warnings) == 1
    assert "Cannot write" in dialogs.warnings[0] and "no such folder" in dialogs.warnings[0]


@pytest.fixture
def shop(ui_services):
    shop = make_shop(ui_services)
    post_receipt(shop, {"TEA-100": "40", "RICE-5": "12.5", "MILK-1": "6"}, lot="L-7")
    return shop


def test_documents_export_keeps_the_type_filter_dates_and_money(qtbot, shop, tasks, monkeypatch, tmp_path, shots):
    ctx = shop.ctx
    for client_id, doc_type, qty in ((shop.customer, "order", "2"), (shop.customer, "invoice", "3"),
                                     (shop.supplier, "quote", "1")):
        ctx.documents.create_document(DocumentForm(
            doc_type=doc_type, client_id=client_id, warehouse_id=shop.main if doc_type == "order" else None,
            lines=[LineForm(shop.products["TEA-100"], quantity=Decimal(qty), price=Decimal("1250.75"))]))
    ws = DocumentsWorkspace(ctx, tasks)
    _show(qtbot, ws, lambda: not ws.model.is_loading() and ws.model.rowCount() == 3)
    ws.type_combo.setCurrentIndex(ws.type_combo.findData("invoice"))
    ws.type_combo.activated.emit(ws.type_combo.currentIndex())
    qtbot.waitUntil(lambda: ws.model.rowCount() == 1 and not ws.model.is_loading())
    dialogs = Dialogs(monkeypatch, tmp_path / "invoices.xlsx")

    toolbar = ws.findChild(QToolBar, "documents_toolbar")
    qtbot.mouseClick(toolbar.widgetForAction(ws.export_action), Qt.MouseButton.LeftButton)

    assert dialogs.messages == [f"1 row written to {tmp_path / 'invoices.xlsx'}"]
    sheet = load_workbook(tmp_path / "invoices.xlsx").active
    number, kind, day, client, total = (c for c in sheet[2][:5])
    assert kind.value == "Invoice" and client.value == "شرکت آریا" and number.value == "(draft)"
    assert day.value.date() == date.today() and day.number_format == "yyyy-mm-dd"
    assert isinstance(total.value, (int, float)) and total.number_format == "#,##0.00"
    assert sheet[3][0].value == "Total"
    ws.grab().save(str(shots / "documents_with_export_action.png"))


def test_products_and_balances_export_from_their_buttons(qtbot, shop, tasks, monkeypatch, tmp_path, shots):
    ctx = shop.ctx
    products = ProductsWorkspace(ctx, tasks)
    _show(qtbot, products, lambda: (products.refresh(), not products.model.is_loading())[1])
    qtbot.waitUntil(lambda: products.model.rowCount() == 4)
    dialogs = Dialogs(monkeypatch, tmp_path / "products.xlsx")
    qtbot.mouseClick(products.findChild(QPushButton, "export_button"), Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"4 rows written to {tmp_path / 'products.xlsx'}"]
    rows = list(load_workbook(tmp_path / "products.xlsx").active.iter_rows(values_only=True))
    assert {r[1] for r in rows[1:]} >= {"شیر پاستوریزه", "Green tea 100 g"}
    products.grab().save(str(shots / "products_with_export_button.png"))

    warehouse = WarehouseWorkspace(ctx, tasks)
    _show(qtbot, warehouse, lambda: True)
    warehouse.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: warehouse.balances_model.rowCount() == 3 and not warehouse.balances_model.is_loading())
    dialogs = Dialogs(monkeypatch, tmp_path / "stock.xlsx")
    type_text(warehouse.balance_search, "rice")
    qtbot.mouseClick(warehouse.balances_export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'stock.xlsx'}"]
    sheet = load_workbook(tmp_path / "stock.xlsx").active
    assert sheet["A2"].value == "RICE-5" and sheet["F2"].value == 12.5 and sheet["F2"].number_format == "#,##0.###"
    assert sheet["A3"].value == "Total" and sheet["L3"].value == pytest.approx(12.5 * 2.5)
    assert warehouse.balances_caption.text() == f"1 row written to {tmp_path / 'stock.xlsx'}"
    warehouse.grab().save(str(shots / "balances_with_export_button.png"))


def test_payments_and_the_production_plan_export_from_their_toolbars(qtbot, ui_services, tasks, monkeypatch,
                                                                      tmp_path):
    from app.services.documents.forms import PaymentForm
    from app.services.production import ProductionOrderForm
    from app.ui.payments import PaymentsWorkspace
    from app.ui.production.plan import PlanView
    from tests.unit.production_kit import Workshop
    from tests.unit.test_documents import client

    ws = Workshop(ui_services)
    buyer = client(ui_services, "شرکت آریا")
    ui_services.documents.register_payment(PaymentForm(buyer, amount="1250.50", reference="=cmd"))
    ui_services.documents.register_payment(PaymentForm(buyer, amount="99.50"))
    ui_services.production.create_order(ProductionOrderForm(ws.frame, quantity="6", component_warehouse_id=ws.main))

    payments = PaymentsWorkspace(ui_services, tasks)
    _show(qtbot, payments, lambda: payments.model.rowCount() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "payments.xlsx")
    toolbar = payments.findChild(QToolBar, "payments_toolbar")
    qtbot.mouseClick(toolbar.widgetForAction(payments.export_action), Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'payments.xlsx'}"]
    sheet = load_workbook(tmp_path / "payments.xlsx").active
    assert [c.value for c in sheet[1]][:6] == ["Number", "Date", "Direction", "Method", "Client", "Amount"]
    assert {sheet.cell(r, 5).value for r in (2, 3)} == {"شرکت آریا"}
    assert sheet.cell(4, 1).value == "Total" and sheet.cell(4, 6).value == 1350
    ref = next(sheet.cell(r, 10) for r in (2, 3) if sheet.cell(r, 10).value)
    assert (ref.value, ref.data_type) == ("=cmd", "s")  # kept as text, never a formula

    plan = PlanView(ui_services, tasks)
    _show(qtbot, plan, lambda: plan.model.rowCount() == 1)
    dialogs = Dialogs(monkeypatch, tmp_path / "plan.xlsx")
    qtbot.mouseClick(plan.toolbar.widgetForAction(plan.export_action), Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'plan.xlsx'}"]
    row = [c.value for c in load_workbook(tmp_path / "plan.xlsx").active[2]]
    assert row[1:7] == ["FRM", "Table frame", 6, 0, "pcs", "Planned"]


def test_deals_list_and_stock_documents_export_with_their_filters(qtbot, shop, tasks, monkeypatch, tmp_path):
    from decimal import Decimal as Dec

    from app.services.funnel import DealForm, DealQuery
    from app.services.funnel.forms import StageSpec
    from app.ui.funnel.deal_list import DealListView
    from tests.ui.warehouse_fixtures import post_receipt as receive

    ctx = shop.ctx
    pipe = ctx.funnel.create_pipeline("Wholesale", stages=[StageSpec("Lead", Dec(10)), StageSpec("Proposal", Dec(40))])
    for title, amount in (("Pallets", "1000.05"), ("=Boxes", "250")):
        ctx.funnel.create_deal(DealForm(title=title, client_id=shop.customer, amount=Dec(amount), currency="USD",
                                        pipeline_id=pipe.id))
    view = DealListView(ctx, tasks, lambda: DealQuery(pipe.id))
    view.refresh()  # the board refreshes its list when it is shown
    _show(qtbot, view, lambda: view.model.rowCount() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "deals.xlsx")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'deals.xlsx'}"]
    sheet = load_workbook(tmp_path / "deals.xlsx").active
    titles = {sheet.cell(r, 1).value: sheet.cell(r, 1) for r in (2, 3)}
    assert set(titles) == {"Pallets", "=Boxes"} and titles["=Boxes"].data_type == "s"
    assert sheet.cell(4, 1).value == "Total" and sheet.cell(4, 5).value == 1250.05

    receive(shop, {"TEA-100": "5"})
    ws = WarehouseWorkspace(ctx, tasks)
    _show(qtbot, ws, lambda: not ws.documents_model.is_loading() and ws.documents_model.rowCount() >= 1)
    shown = ws.documents_model.rowCount()
    dialogs = Dialogs(monkeypatch, tmp_path / "stock-docs.xlsx")
    ws.export_documents_action.trigger()
    assert dialogs.messages == [f"{shown} rows written to {tmp_path / 'stock-docs.xlsx'}"]
    rows = [[c.value for c in r] for r in load_workbook(tmp_path / "stock-docs.xlsx").active.iter_rows(min_row=2)]
    newest = rows[0]  # newest first, as the list shows
    assert newest[1:3] == ["Receipt", "Posted"] and newest[4] == "Main warehouse" and newest[6] == 1
    assert rows[-1][0] == "Total" and rows[-1][6] == sum(r[6] for r in rows[:-1])
