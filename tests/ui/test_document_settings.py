"""An office manager sets up the company, adjusts a layout watching the preview, keeps currency rates, and a
manager e-mails an invoice to the client through a local SMTP server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import QDate, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from sqlalchemy import select

from app.models import Client, Interaction
from app.services.documents.forms import DocumentForm, LineForm
from app.services.marketing import SmtpSettings
from app.ui.documents_settings import (
    CompanySettingsDialog,
    CurrencyRatesDialog,
    DocumentLayoutsDialog,
    SendDocumentDialog,
    open_send_document_dialog,
)
from app.ui.main_window import MainWindow
from tests.ui.typing_helpers import type_text

SHOTS = Path(os.environ.get("KARAVAN_SHOTS") or Path(tempfile.gettempdir()) / "karavan-shots")
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


def shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # let pending layout requests (an error line appearing) settle
    widget.grab().save(str(SHOTS / f"{name}.png"))


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "preview.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


def png(path: Path, color: str, size=(240, 120)) -> Path:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    p = QPainter(image)
    p.setBrush(QColor(color))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(4, 4, size[0] - 8, size[1] - 8)
    p.end()
    image.save(str(path))
    return path


def clear_and_type(edit, text: str) -> None:
    edit.selectAll()
    edit.del_() if hasattr(edit, "del_") else edit.clear()
    type_text(edit, text)


@pytest.fixture
def company_dialog(qtbot, ui_services, tasks):
    dialog = CompanySettingsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- company settings --------------------------------------------------------------------------------------

def test_company_settings_are_saved_and_reloaded(qtbot, company_dialog, ui_services, tasks, tmp_path, monkeypatch):
    d = company_dialog
    assert d.edits["name"].text() == "Karavan Test LLC"
    clear_and_type(d.edits["name"], "شرکت کاروان")
    type_text(d.edits["legal_name"], "Karavan Trading LLC")
    type_text(d.edits["tax_id"], "7701234567")
    type_text(d.edits["bank_account"], "40702810900000012345")
    type_text(d.edits["director_name"], "A. Ivanova")
    d.vat_combo.setCurrentIndex(d.vat_combo.findData("inclusive"))
    d.language_combo.setCurrentIndex(d.language_combo.findData("fa"))
    assert d.calendar_combo.currentData() == "jalali"  # what Iranian offices date their papers in
    d.calendar_combo.setCurrentIndex(d.calendar_combo.findData("gregorian"))
    clear_and_type(d.edits["currency"], "irr")
    clear_and_type(d.edits["number_format"], "{prefix}/{year}/{seq:05d}")
    assert d.sample_label.text().endswith("/00123") and d.sample_label.text().startswith("INV/")
    clear_and_type(d.edits["number_format"], "{prefix}-{year}")
    assert "Cannot be used" in d.sample_label.text() and "{seq}" in d.sample_label.text()
    clear_and_type(d.edits["number_format"], "{prefix}/{year}/{seq:05d}")
    d.days_spin.setValue(14)
    type_text(d.terms_edit, "Payment in 14 days.")
    type_text(d.footer_edit, "Thank you for your business")
    logo = png(tmp_path / "logo.png", "#1565c0")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(logo), "")))
    qtbot.mouseClick(d.images["logo"].choose_button, Qt.MouseButton.LeftButton)
    assert not d.images["logo"].thumb.pixmap().isNull() and d.images["logo"].remove_button.isEnabled()
    not_image = tmp_path / "notes.png"
    not_image.write_bytes(b"hello")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(not_image), "")))
    qtbot.mouseClick(d.images["stamp"].choose_button, Qt.MouseButton.LeftButton)
    assert "PNG or JPEG" in d.images["stamp"].field.error.text() and d.images["stamp"].data is None

    type_text(d.edits["email"], "office at karavan")  # a bad e-mail: refused, nothing typed is lost
    d.tabs.setCurrentIndex(0)
    d.tabs.setCurrentIndex(3)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved is None and d.tabs.currentIndex() == 0
    assert d.fields["email"].error.isVisible() and "e-mail" in d.fields["email"].error.text().lower()
    assert d.edits["name"].text() == "شرکت کاروان" and d.edits["tax_id"].text() == "7701234567"
    assert d.terms_edit.toPlainText() == "Payment in 14 days." and d.images["logo"].changed
    assert ui_services.documents.company_settings().name == "Karavan Test LLC"
    shot(d, "company_settings_error")
    d.tabs.setCurrentIndex(3)
    shot(d, "company_settings_documents")
    d.tabs.setCurrentIndex(4)
    shot(d, "company_settings_images")
    d.tabs.setCurrentIndex(0)

    clear_and_type(d.edits["email"], "office@karavan.example")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved is not None and d.result() == QDialog.DialogCode.Accepted
    st = ui_services.documents.company_settings()
    assert (st.name, st.legal_name, st.email, st.currency, st.default_vat_mode, st.document_language,
            st.number_format, st.payment_days, st.document_footer) == (
        "شرکت کاروان", "Karavan Trading LLC", "office@karavan.example", "IRR", "inclusive", "fa",
        "{prefix}/{year}/{seq:05d}", 14, "Thank you for your business")
    assert ui_services.documents.company_image("logo") == logo.read_bytes()
    assert st.persian_calendar == "gregorian"

    again = CompanySettingsDialog(ui_services, tasks)
    qtbot.addWidget(again)
    again.show()
    assert again.edits["name"].text() == "شرکت کاروان" and again.days_spin.value() == 14
    assert again.language_combo.currentData() == "fa" and not again.images["logo"].thumb.pixmap().isNull()
    assert again.calendar_combo.currentData() == "gregorian"
    shot(again, "company_settings_persian")
    qtbot.mouseClick(again.images["logo"].remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert ui_services.documents.company_image("logo") is None


def test_a_concurrent_save_is_refused_and_the_typing_kept(qtbot, company_dialog, ui_services):
    st = ui_services.documents.company_settings()
    st.phone = "+98 21 0000"
    ui_services.documents.save_company_settings(st)  # another admin, meanwhile
    type_text(company_dialog.edits["website"], "https://karavan.example")
    qtbot.mouseClick(company_dialog.save_button, Qt.MouseButton.LeftButton)
    assert company_dialog.saved is None and "changed by" in company_dialog.status.text()
    assert company_dialog.edits["website"].text() == "https://karavan.example"
    assert company_dialog.reload_button.isVisible()
    qtbot.mouseClick(company_dialog.reload_button, Qt.MouseButton.LeftButton)
    assert company_dialog.edits["phone"].text() == "+98 21 0000"


# -- layouts -----------------------------------------------------------------------------------------------

@pytest.fixture
def layouts(qtbot, ui_services, tasks):
    dialog = DocumentLayoutsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def page_image(data: bytes) -> QImage:
    doc = QPdfDocument()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    assert doc.status() == QPdfDocument.Status.Ready and doc.pageCount() >= 1
    return doc.render(0, QSize(595, 842))


@needs_pdftotext
def test_hiding_the_vat_column_changes_the_preview(qtbot, layouts, ui_services, tmp_path):
    d = layouts
    assert d.type_combo.currentData() == "invoice" and d.pdf.pageCount() == 1
    before = pdf_text(d.preview_bytes, tmp_path)
    assert "VAT %" in before and "Invoice for payment" in before
    image_before = page_image(d.preview_bytes)
    with qtbot.waitSignal(d.preview_ready, timeout=3000):
        box = d.checks["show_vat"]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        type_text(d.title_edit, "Proforma invoice")  # typing restarts the 300 ms wait: one render at the end
    after = pdf_text(d.preview_bytes, tmp_path)
    assert "VAT %" not in after and "Total before VAT" not in after and "Proforma invoice" in after
    assert page_image(d.preview_bytes) != image_before
    assert d.pdf.status() == QPdfDocument.Status.Ready
    (tmp_path / "no_vat.pdf").write_bytes(d.preview_bytes)
    SHOTS.mkdir(parents=True, exist_ok=True)
    (SHOTS / "layout_preview_no_vat.pdf").write_bytes(d.preview_bytes)
    qtbot.wait(600)  # QPdfView renders its pages on a worker thread
    shot(d, "document_layouts")
    assert ui_services.documents.document_layout("invoice").version == 0  # only previewed

    d.type_combo.setCurrentIndex(d.type_combo.findData("waybill"))  # another type; the invoice edit stays
    assert d.checks["show_vat"].isChecked()
    d.checks["show_sku"].setChecked(False)
    d.type_combo.setCurrentIndex(d.type_combo.findData("invoice"))
    assert not d.checks["show_vat"].isChecked() and d.title_edit.text() == "Proforma invoice"
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == QDialog.DialogCode.Accepted
    inv, wb = (ui_services.documents.document_layout(t) for t in ("invoice", "waybill"))
    assert (inv.show_vat, inv.title, inv.version) == (False, "Proforma invoice", 1)
    assert (wb.show_sku, wb.show_vat) == (False, True)


def pdf_words(data: bytes) -> str:
    """The first page's text as QtPdf reads it (no poppler needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    doc = QPdfDocument()
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc.load(buf)
    return " ".join(doc.getAllText(0).text().split())


def test_the_goods_receipt_has_a_layout_of_its_own(qtbot, layouts, shots):
    d = layouts
    qtbot.wait(600)  # the invoice's preview drawn first (QPdfView renders its pages on a worker thread)
    d.type_combo.setCurrentIndex(d.type_combo.findData("goods_receipt"))
    assert d.type_combo.currentText() == "Goods receipt"
    qtbot.waitUntil(lambda: d.doc_type == "goods_receipt" and "Goods receipt No. SAMPLE" in pdf_words(d.preview_bytes),
                    timeout=3000)
    words = pdf_words(d.preview_bytes)
    assert "Received by" in words and "Seller Sample Supplier LLC" in words   # the client sells to us
    qtbot.wait(600)
    d.grab().save(str(shots / "layouts_goods_receipt.png"))


def test_a_too_long_title_is_shown_by_the_field(qtbot, layouts, ui_services):
    layouts.title_edit.setText("T" * 101)
    qtbot.mouseClick(layouts.save_button, Qt.MouseButton.LeftButton)
    assert layouts.result() != QDialog.DialogCode.Accepted
    assert "100 characters" in layouts.fields["title"].error.text()
    assert layouts.title_edit.text() == "T" * 101
    assert ui_services.documents.document_layout("invoice").version == 0


# -- currency rates ----------------------------------------------------------------------------------------

def test_a_rate_added_appears_in_the_list(qtbot, ui_services, tasks):
    d = CurrencyRatesDialog(ui_services, tasks)
    qtbot.addWidget(d)
    d.show()
    assert d.model.rowCount() == 0 and "USD" in d.heading.text()
    type_text(d.currency_edit, "eur")
    d.date_edit.setDate(QDate(2026, 3, 1))
    type_text(d.rate_edit, "1,0845")
    assert d.add_button.text() == "Add rate"
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.model.rowCount() == 1
    assert [d.model.item(0, c).text() for c in range(3)] == ["EUR", "01.03.2026", "1.0845"]
    assert d.table.currentIndex().row() == 0
    assert d.add_button.text() == "Replace that day's rate"
    assert d.rate_edit.text() == "1.0845"  # the selected row fills the form
    clear_and_type(d.rate_edit, "1.09")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert d.model.rowCount() == 1 and d.model.item(0, 2).text() == "1.09"

    d.currency_edit.setText("US")
    d.rate_edit.setText("-2")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert "three-letter" in d.fields["currency"].error.text() and "more than zero" in d.fields["rate"].error.text()
    assert d.currency_edit.text() == "US" and d.rate_edit.text() == "-2"
    d.currency_edit.setText("USD")
    d.rate_edit.setText("2")
    qtbot.mouseClick(d.add_button, Qt.MouseButton.LeftButton)
    assert "company currency" in d.fields["currency"].error.text()
    shot(d, "currency_rates")
    assert d.model.rowCount() == 1


# -- sending by e-mail -------------------------------------------------------------------------------------

class Inbox:
    def __init__(self) -> None:
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Accepted"


@pytest.fixture
def inbox():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    handler.port = port
    yield handler
    controller.stop()


@pytest.fixture
def invoice(ui_services, inbox):
    m = ui_services.marketing
    m.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=inbox.port, security="none",
                                      mail_from="sales@karavan.example"), expected_version=m.load_smtp_settings().version)
    from app.services import validation as v

    with ui_services.uow() as uow:
        c = Client(display_name="شرکت آریا", name_key=v.fold("شرکت آریا"), is_customer=True,
                   primary_email="aria@example.com")
        uow.session.add(c)
        uow.session.flush()
        client_id = c.id
        uow.commit()
    d = ui_services.documents
    card = d.create_document(DocumentForm(doc_type="invoice", client_id=client_id,
                                          lines=[LineForm(None, "Consulting", 2, "150.00", vat_rate="9")]))
    return client_id, d.confirm_document(card.id, expected_version=card.version)


def test_the_send_dialog_sends_the_pdf(qtbot, ui_services, tasks, inbox, invoice, tmp_path):
    client_id, card = invoice
    d = SendDocumentDialog(ui_services, tasks, card.id)
    qtbot.addWidget(d)
    d.show()
    assert d.to_edit.text() == "aria@example.com" and card.number in d.subject_edit.text()
    assert d.attachment_label.text() == f"{card.number}.pdf" and not d.password_edit.isVisible()
    shot(d, "send_document")
    d.to_edit.setText("nobody")
    qtbot.mouseClick(d.send_button, Qt.MouseButton.LeftButton)
    assert "e-mail address" in d.fields["to"].error.text() and inbox.messages == []
    d.to_edit.setText("aria@example.com")
    d.body_edit.setPlainText("Please find the invoice attached.")
    qtbot.mouseClick(d.send_button, Qt.MouseButton.LeftButton)
    assert d.sent is not None and d.result() == QDialog.DialogCode.Accepted
    [msg] = inbox.messages
    part = next(msg.iter_attachments())
    assert (part.get_content_type(), part.get_filename()) == ("application/pdf", f"{card.number}.pdf")
    assert part.get_content().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        assert card.number in pdf_text(part.get_content(), tmp_path)
    with ui_services.uow() as uow:
        entries = uow.session.execute(select(Interaction.kind, Interaction.result)
                                      .where(Interaction.client_id == client_id)).all()
    assert [tuple(e) for e in entries] == [("email", f"sent {card.number}.pdf to aria@example.com")]


def test_a_server_that_is_down_keeps_the_dialog_open(qtbot, ui_services, tasks, invoice):
    _client_id, card = invoice
    m = ui_services.marketing
    st = m.load_smtp_settings()
    m.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=1, security="none", username="sales",
                                      mail_from="sales@karavan.example"), expected_version=st.version)
    d = SendDocumentDialog(ui_services, tasks, card.id)
    qtbot.addWidget(d)
    d.show()
    assert d.password_edit.isVisible()  # a login, and no keyring password: asked here
    type_text(d.password_edit, "secret")
    qtbot.mouseClick(d.send_button, Qt.MouseButton.LeftButton)
    assert d.sent is None and d.status.text().startswith("Not sent:") and d.send_button.isEnabled()
    shot(d, "send_document_failed")
    assert ui_services.documents.load_document(card.id).sent_at is None


def test_the_editor_opens_the_dialog_through_one_function(qtbot, ui_services, tasks, invoice, monkeypatch):
    _client_id, card = invoice
    seen = []
    monkeypatch.setattr(SendDocumentDialog, "exec", lambda self: seen.append(self.to_edit.text()) or 0)
    assert open_send_document_dialog(None, ui_services, tasks, card.id) is None
    assert seen == ["aria@example.com"]


def test_admins_find_the_settings_in_the_menu(qtbot, ui_services, tasks, monkeypatch):
    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    opened = []
    for cls in (CompanySettingsDialog, DocumentLayoutsDialog, CurrencyRatesDialog):
        monkeypatch.setattr(cls, "exec", lambda self: opened.append(self.objectName()) or 0)
    for name in ("menu_company_settings", "menu_document_layouts", "menu_currency_rates"):
        win.findChild(type(win.menuBar().actions()[0]), name).trigger()
    assert opened == ["company_settings_dialog", "document_layouts_dialog", "currency_rates_dialog"]
    clerk = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1")
    other = MainWindow(ui_services, tasks, user=clerk, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(other)
    assert other.findChild(type(other.menuBar().actions()[0]), "menu_company_settings") is None


def test_the_contract_template_is_checked_and_kept(qtbot, company_dialog, ui_services, shots):
    d = company_dialog
    d.tabs.setCurrentIndex(d.tabs.count() - 2)  # Contract
    type_text(d.contract_edit, "Between {company} and {client")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved is None
    assert "braces" in d.fields["contract_template"].error.text()
    assert d.contract_edit.toPlainText() == "Between {company} and {client"
    d.grab().save(str(shots / "company_settings_contract_error.png"))
    d.contract_edit.clear()
    type_text(d.contract_edit, "Between {company} and {client}.")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.saved is not None
    assert ui_services.documents.company_settings().contract_template == "Between {company} and {client}."
