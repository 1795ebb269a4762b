"""A support engineer logs a complaint, works it to closed, and sees overdue requests in red."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from app.services.clients import ClientForm, ContactPersonData
from app.services.service_desk import RequestForm
from app.ui.service_desk.request_dialog import ServiceRequestDialog
from app.ui.service_desk.workspace import ClientRequestsPanel, RequestsModel, ServiceDeskWorkspace
from app.ui.text import strip_isolates
from app.ui.widgets import ERROR_COLOR
from tests.ui.shot_paths import shot_path
from tests.ui.typing_helpers import type_text


@pytest.fixture
def desk(ui_services):
    from app.models import utcnow

    sd = ui_services.service_desk
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    aria = ui_services.clients.create_client(ClientForm(
        display_name="شرکت آریا", contacts=(ContactPersonData(full_name="Reza Karimi"),))).id
    acme = ui_services.clients.create_client(ClientForm(display_name="Acme Corporation")).id
    now = utcnow()
    sd.create_request(RequestForm(client_id=aria, subject="Pump P-40 is leaking", kind="repair", priority="urgent",
                                  responsible_id=olga, due_at=now - timedelta(days=2), product_ref="Pump P-40"))
    sd.create_request(RequestForm(client_id=acme, subject="Warranty terms", due_at=now + timedelta(days=3)))
    late = sd.create_request(RequestForm(client_id=acme, subject="شکایت از تاخیر ارسال", kind="complaint",
                                         due_at=now - timedelta(hours=5), responsible_id=olga))
    sd.start_work(late.id, expected_version=late.version)
    done = sd.create_request(RequestForm(client_id=aria, subject="Invoice amount is wrong", kind="complaint",
                                         due_at=now - timedelta(days=9)))
    done = sd.start_work(done.id, expected_version=done.version)
    sd.resolve_request(done.id, resolution="Credit note issued", expected_version=done.version)
    return {"aria": aria, "acme": acme, "olga": olga}


@pytest.fixture
def workspace(qtbot, ui_services, tasks, desk):
    widget = ServiceDeskWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3 and not widget.model.is_loading())
    return widget


def subjects(ws) -> list[str]:
    return [ws.model.row_at(i).subject for i in range(ws.model.rowCount())]


def test_list_highlights_overdue_requests(qtbot, workspace, qtmodeltester, shots):
    qtmodeltester.check(workspace.model)
    model = workspace.model
    assert subjects(workspace) == ["Pump P-40 is leaking", "شکایت از تاخیر ارسال", "Warranty terms"]
    assert [model.index(i, 0).data(RequestsModel.OverdueRole) for i in range(3)] == [True, True, False]
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOR
    assert model.index(2, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert strip_isolates(model.index(0, 8).data()).startswith("⚠ ")
    workspace.grab().save(shot_path("service_desk_list.png"))
    workspace.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    workspace.overdue_check.setChecked(False)
    workspace.status_combo.setCurrentIndex(workspace.status_combo.findData(None))
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    type_text(workspace.search_edit, "invoice")
    qtbot.waitUntil(lambda: subjects(workspace) == ["Invoice amount is wrong"])


def test_create_a_request_and_move_it_through_statuses(qtbot, workspace, ui_services, tasks, desk, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    dialogs = []

    def keep(*args, **kwargs):
        dialog = ServiceRequestDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog
    workspace.dialog_factory = keep
    workspace.toolbar.widgetForAction(workspace.new_action).click()
    dialog = dialogs[-1]
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.fields["subject"].error.isHidden() and not dialog.fields["client_id"].error.isHidden()
    type_text(dialog.client_combo.lineEdit(), "شرکت")
    dialog.search_clients()
    hit = dialog.client_completer.model().index(0, 0)
    assert hit.data() == "شرکت آریا"
    dialog.client_completer.activated[QModelIndex].emit(hit)   # as a click on the completion popup
    assert dialog.client_id() == desk["aria"]
    dialog.contact_combo.setCurrentIndex(dialog.contact_combo.findText("Reza Karimi"))
    type_text(dialog.subject_edit, "Motor overheats")
    type_text(dialog.product_edit, "Motor 5 kW")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    card = dialog.card
    assert card is not None and card.number == "SR-000005" and card.form.contact_person_id is not None
    qtbot.waitUntil(lambda: "Motor overheats" in subjects(workspace))
    visible = [k for k, b in dialog.status_buttons.items() if not b.isHidden()]
    assert visible == ["in_progress"]
    qtbot.mouseClick(dialog.status_buttons["in_progress"], Qt.MouseButton.LeftButton)
    assert dialog.card.status == "in_progress"
    assert [k for k, b in dialog.status_buttons.items() if not b.isHidden()] == ["waiting", "resolved"]
    qtbot.mouseClick(dialog.status_buttons["resolved"], Qt.MouseButton.LeftButton)   # no resolution yet
    assert not dialog.fields["resolution"].error.isHidden() and dialog.card.status == "in_progress"
    type_text(dialog.resolution_edit, "Cleaned the fan")
    qtbot.mouseClick(dialog.status_buttons["resolved"], Qt.MouseButton.LeftButton)
    assert dialog.card.status == "resolved" and dialog.status_buttons["in_progress"].text() == "Reopen"
    dialog.grab().save(shot_path("service_request_dialog.png"))
    qtbot.mouseClick(dialog.status_buttons["closed"], Qt.MouseButton.LeftButton)
    assert dialog.card.status == "closed"
    assert all(b.isHidden() for b in dialog.status_buttons.values())
    qtbot.waitUntil(lambda: "Motor overheats" not in subjects(workspace))   # the list shows open ones


def test_client_card_panel_lists_and_adds_requests(qtbot, ui_services, tasks, desk):
    panel = ClientRequestsPanel(ui_services, tasks, client_id=desk["aria"])
    qtbot.addWidget(panel)
    panel.resize(900, 300)
    assert [r.subject for r in panel.model.rows] == ["Pump P-40 is leaking", "Invoice amount is wrong"]
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).name() == ERROR_COLOR
    made = []

    def dialog_for(ctx, tasks_, **kwargs):
        dialog = ServiceRequestDialog(ctx, tasks_, **kwargs)
        qtbot.addWidget(dialog)
        made.append(dialog)
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog
    panel.dialog_factory = dialog_for
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = made[-1]
    assert dialog.client_id() == desk["aria"]     # the card's client is filled in
    type_text(dialog.subject_edit, "Where is the manual?")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None
    qtbot.waitUntil(lambda: len(panel.model.rows) == 3)
    panel.grab().save(shot_path("client_requests_panel.png"))


def test_a_request_links_a_catalog_product_that_opens_from_the_card_and_the_list(qtbot, workspace, ui_services,
                                                                                tasks, desk, monkeypatch, shots):
    from decimal import Decimal

    from app.services.catalog import ProductForm

    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    unit = ui_services.catalog.add_unit("pcs")
    pump = ui_services.catalog.create_product(ProductForm(sku="P-40", name="Pump P-40", unit_id=unit.id,
                                                          sale_price=Decimal("120.00")))
    opened = []

    def opener(_ctx, _tasks, product_id, parent):
        opened.append((product_id, parent))
    dialogs = []

    def keep(*args, **kwargs):
        dialog = ServiceRequestDialog(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.product_opener = opener
        dialogs.append(dialog)
        dialog.exec = lambda: QDialog.DialogCode.Accepted
        return dialog
    workspace.dialog_factory = keep
    workspace.product_opener = opener
    workspace.toolbar.widgetForAction(workspace.new_action).click()
    dialog = dialogs[-1]
    dialog.show()
    dialog.client_combo.set_client(desk["acme"], "Acme Corporation")
    type_text(dialog.subject_edit, "Pump makes noise")
    assert not dialog.open_product_button.isEnabled()
    type_text(dialog.product_combo.lineEdit(), "nothing like this")
    dialog.product_combo.search()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)     # typed text that names no product
    assert not dialog.fields["product_id"].error.isHidden() and dialog.card is None
    dialog.product_combo.lineEdit().clear()
    type_text(dialog.product_combo.lineEdit(), "pump")
    dialog.product_combo.search()
    hit = dialog.product_combo.product_completer.model().index(0, 0)
    assert hit.data() == "P-40 · Pump P-40"
    dialog.product_combo.product_completer.activated[QModelIndex].emit(hit)   # a click on the popup
    assert dialog.product_combo.product_id() == pump.id and dialog.open_product_button.isEnabled()
    type_text(dialog.product_edit, "serial 88812")
    type_text(dialog.document_edit, "Invoice 2025-117")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.card is not None and dialog.card.form.product_id == pump.id
    assert dialog.card.form.product_ref == "serial 88812" and dialog.card.form.document_ref == "Invoice 2025-117"
    qtbot.mouseClick(dialog.open_product_button, Qt.MouseButton.LeftButton)
    assert opened == [(pump.id, dialog)]
    dialog.grab().save(str(shots / "service_request_product.png"))

    # Reopened, the card shows the product; the list has a Product column and opens it too.
    again = ServiceRequestDialog(ui_services, tasks, request_id=dialog.card.id)
    qtbot.addWidget(again)
    assert again.product_combo.currentText() == "P-40 · Pump P-40" and again.open_product_button.isEnabled()
    qtbot.waitUntil(lambda: "Pump makes noise" in subjects(workspace))
    row = subjects(workspace).index("Pump makes noise")
    product_column = [c.title for c in workspace.model.columns].index("Product")
    assert strip_isolates(workspace.model.index(row, product_column).data()) == "P-40 · Pump P-40"
    workspace.view.setCurrentIndex(workspace.model.index(row, 0))
    workspace.toolbar.widgetForAction(workspace.product_action).click()
    assert opened[-1] == (pump.id, workspace)
    workspace.grab().save(str(shots / "service_desk_list_product.png"))


def test_open_product_shows_the_catalog_card(qtbot, ui_services, tasks, monkeypatch):
    from app.services.catalog import ProductForm
    from app.ui.catalog.product_dialog import ProductDialog
    from app.ui.service_desk.product_link import open_product

    unit = ui_services.catalog.add_unit("pcs")
    pump = ui_services.catalog.create_product(ProductForm(sku="P-40", name="Pump P-40", unit_id=unit.id))
    shown = []
    monkeypatch.setattr(ProductDialog, "exec", lambda d: shown.append(d.card.form.sku) or 0)
    parent = QDialog()
    qtbot.addWidget(parent)
    open_product(ui_services, tasks, pump.id, parent)
    assert shown == ["P-40"]


def test_export_to_excel_holds_the_requests_the_list_shows(qtbot, workspace, monkeypatch, tmp_path):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    shown = subjects(workspace)  # the open requests, in the list's order
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "sd.xlsx"), "")))
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    workspace.export_action.trigger()
    assert said == [f"3 rows written to {tmp_path / 'sd.xlsx'}"]
    sheet = load_workbook(tmp_path / "sd.xlsx").active
    assert [sheet.cell(r, 2).value for r in (2, 3, 4)] == shown  # same rows, same order; the resolved one left out
    row = next(r for r in (2, 3, 4) if sheet.cell(r, 2).value == "Pump P-40 is leaking")
    assert (sheet.cell(row, 4).value, sheet.cell(row, 6).value, sheet.cell(row, 11).value) == ("شرکت آریا", "Urgent",
                                                                                                "Yes")
    assert sheet.cell(row, 9).number_format == "yyyy-mm-dd hh:mm"
