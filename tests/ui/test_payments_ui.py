"""The Payments area as an accountant uses it: the payments list with search and cancelling, and debts by
age for clients and suppliers, exported to Excel and read back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.services.clients import ClientForm
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.ui.payments import PaymentsWorkspace
from app.ui.text import strip_isolates
from tests.ui.typing_helpers import type_text

D = Decimal
ARIAN = "شرکت آرین پخش"


def invoice(ctx, client_id: int, amount: str, days_ago: int, doc_type: str = "invoice"):
    day = date.today() - timedelta(days=days_ago)
    card = ctx.documents.create_document(DocumentForm(doc_type=doc_type, client_id=client_id, doc_date=day,
                                                      due_date=day + timedelta(days=10),
                                                      lines=[LineForm(None, "Consulting", 1, amount)]))
    return ctx.documents.confirm_document(card.id, expected_version=card.version)


@pytest.fixture
def books(ui_services):
    ctx = ui_services
    arian = ctx.clients.create_client(ClientForm(display_name=ARIAN, roles=frozenset({"customer"}))).id
    romashka = ctx.clients.create_client(ClientForm(display_name="Romashka LLC", roles=frozenset({"customer"}))).id
    old = invoice(ctx, arian, "400.00", 80)        # 70 days past due
    invoice(ctx, arian, "100.00", 15)               # 5 days past due
    fresh = invoice(ctx, romashka, "250.00", 2)     # not yet due
    ctx.documents.register_payment(PaymentForm(arian, "150.00", reference="bank 7781", allocations=[(old.id, "150.00")]))
    ctx.documents.register_payment(PaymentForm(romashka, "50.00", reference="cash desk", method="cash",
                                               allocations=[(fresh.id, "50.00")]))
    return ctx, arian, romashka


@pytest.fixture
def workspace(qtbot, books, tasks):
    ctx, *_ = books
    page = PaymentsWorkspace(ctx, tasks)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def rows(model) -> list[list[str]]:
    return [[strip_isolates(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_payments_list_searches_and_cancels(qtbot, workspace, books, shots):
    ctx, arian, _ = books
    workspace.grab().save(str(shots / "payments_list.png"))
    shown = rows(workspace.model)
    assert {r[3] for r in shown} == {ARIAN, "Romashka LLC"}
    assert any(r[4].startswith("150.00") and r[8] == "bank 7781" for r in shown)
    type_text(workspace.search_edit, "7781")
    qtbot.waitUntil(lambda: workspace.model.rowCount() == 1)
    workspace.view.selectRow(0)
    asked = []
    workspace.ask = lambda parent, title, text: asked.append(text) or True
    workspace.cancel_action.trigger()
    qtbot.waitUntil(lambda: rows(workspace.model) and rows(workspace.model)[0][9] == "Cancelled")
    assert "owes them again" in asked[0]
    assert ctx.documents.client_money(arian).paid == D(0)
    assert not workspace.cancel_action.isEnabled() or workspace.selected().status == "cancelled"


def test_debts_by_age_for_clients_then_suppliers_and_excel(qtbot, workspace, books, tmp_path, shots):
    ctx, arian, romashka = books
    workspace.tabs.setCurrentIndex(1)
    table = workspace.aging_table
    qtbot.waitUntil(lambda: table.rowCount() == 3)
    workspace.grab().save(str(shots / "payments_aging.png"))
    cells = [[(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]
             for r in range(table.rowCount())]
    by_name = {row[0]: row for row in cells}
    assert by_name[ARIAN][2].startswith("100.00") and by_name[ARIAN][4].startswith("250.00")
    assert by_name["Romashka LLC"][1].startswith("200.00")
    assert cells[-1][0] == "Total" and cells[-1][6].startswith("550.00")
    opened = []
    workspace.open_client.connect(opened.append)
    table.cellDoubleClicked.emit(0, 0)
    assert opened == [workspace.aging_rows[0].client_id]
    path = tmp_path / "aging.xlsx"
    workspace.ask_path = lambda parent, suggested: str(path)
    workspace.export_button.click()
    qtbot.waitUntil(lambda: "Saved" in workspace.aging_note.text())
    ws = load_workbook(path).active
    assert ws["A2"].value == "Client"
    values = {ws.cell(r, 1).value: ws.cell(r, 7).value for r in range(3, 5)}
    assert values == {ARIAN: 350, "Romashka LLC": 200}
    assert ws["G5"].value == "=SUM(G3:G4)"
    workspace.payables_radio.setChecked(True)
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert "Nothing is owed" in workspace.aging_note.text()
    assert not workspace.export_button.isEnabled()
