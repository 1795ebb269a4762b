"""Document layouts set per type, previewed unsaved on a sample (or the latest) document, and documents
e-mailed with their PDF through a real local SMTP server, logged on the client's timeline."""

from __future__ import annotations

import shutil
from dataclasses import replace
from email import message_from_bytes, policy
from email.message import Message

import pytest
from sqlalchemy import func, select

from app.models import Client, Document, DocumentLayout, Interaction
from app.services.documents.forms import DocumentForm, LineForm
from app.services.documents.layouts import DocumentLayoutSettings
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.marketing import MailError, SmtpSettings
from tests.unit.test_documents import client
from tests.unit.test_documents_pdf import pdf_text
from tests.unit.test_marketing_campaigns import REFUSED, inbox  # noqa: F401  (fixture)

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


def test_a_type_without_a_saved_layout_has_the_defaults(services):
    lay = services.documents.document_layout("invoice")
    assert lay == DocumentLayoutSettings("invoice")
    assert (lay.version, lay.show_vat, lay.margin_mm, lay.logo_position) == (0, True, 15, "left")
    with pytest.raises(ValidationError) as err:
        services.documents.document_layout("spaceship")
    assert "doc_type" in err.value.errors


def test_saving_a_layout_keeps_it_and_guards_the_version(services):
    d = services.documents
    form = replace(d.document_layout("waybill"), show_vat=False, logo_position="right", margin_mm=20,
                   title="  Delivery note  ", footer="Thank you!\n")
    saved = d.save_document_layout("waybill", form, expected_version=0)
    assert (saved.show_vat, saved.logo_position, saved.margin_mm, saved.title, saved.footer) == \
        (False, "right", 20, "Delivery note", "Thank you!")
    assert saved.version == 1 and d.document_layout("waybill") == saved
    assert d.document_layout("invoice").version == 0  # per type
    again = d.save_document_layout("waybill", replace(saved, show_sku=False), expected_version=saved.version)
    assert again.version == 2 and not again.show_sku
    with pytest.raises(ConcurrentEdit) as stale:
        d.save_document_layout("waybill", replace(saved, show_bank=False), expected_version=saved.version)
    assert stale.value.current.show_sku is False
    with pytest.raises(ConcurrentEdit):  # a first save when someone else already saved one
        d.save_document_layout("waybill", DocumentLayoutSettings("waybill"), expected_version=0)


def test_a_bad_layout_names_every_field(services):
    d = services.documents
    form = replace(d.document_layout("act"), margin_mm=4, title="x" * 101, logo_position="middle")
    with pytest.raises(ValidationError) as err:
        d.save_document_layout("act", form, expected_version=0)
    assert set(err.value.errors) == {"margin_mm", "title", "logo_position"}
    assert "between 5 and 40" in err.value.errors["margin_mm"]
    for margin in (5, 40):
        assert d.save_document_layout("act", replace(form, margin_mm=margin, title="", logo_position="left"),
                                      expected_version=d.document_layout("act").version).margin_mm == margin
    with pytest.raises(ValidationError):
        d.save_document_layout("act", replace(form, margin_mm=41, title="", logo_position="left"),
                               expected_version=2)


@needs_pdftotext
def test_the_preview_shows_the_unsaved_layout_and_writes_nothing(services, tmp_path):
    d = services.documents
    form = d.document_layout("invoice")
    shown = pdf_text(d.preview_pdf("invoice", form), tmp_path)
    assert "Invoice for payment" in shown and "VAT %" in shown and "SKU-42" in shown and "Disc. %" in shown
    hidden = pdf_text(d.preview_pdf("invoice", replace(form, show_vat=False, show_sku=False, show_discount=False,
                                                       title="Proforma", footer="Sample footer")), tmp_path)
    assert "VAT %" not in hidden and "SKU-42" not in hidden and "Disc. %" not in hidden
    assert "Proforma" in hidden and "Sample footer" in hidden
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(DocumentLayout)) == 0
    with pytest.raises(ValidationError):
        d.preview_pdf("invoice", replace(form, margin_mm=100))


@needs_pdftotext
def test_the_preview_uses_the_latest_document_of_the_type(services, tmp_path):
    d = services.documents
    buyer = client(services, "Tabriz Carpets")
    card = d.create_document(DocumentForm(doc_type="quote", client_id=buyer,
                                          lines=[LineForm(None, "Hand-knotted rug", 2, "450.00", vat_rate="9")]))
    card = d.confirm_document(card.id, expected_version=card.version)
    text = pdf_text(d.preview_pdf("quote", replace(d.document_layout("quote"), show_vat=False)), tmp_path)
    assert card.number in text and "Tabriz Carpets" in text and "Hand-knotted rug" in text
    assert "VAT %" not in text


# -- e-mail ------------------------------------------------------------------------------------------------

@pytest.fixture
def sent_setup(services, inbox):  # noqa: F811
    m = services.marketing
    m.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=inbox.port, security="none",
                                      mail_from="Karavan Sales <sales@karavan.example>"),
                         expected_version=m.load_smtp_settings().version)
    buyer = client(services, "شرکت آریا")
    with services.uow() as uow:
        uow.session.get(Client, buyer).primary_email = "aria@example.com"
        uow.commit()
    d = services.documents
    card = d.create_document(DocumentForm(doc_type="invoice", client_id=buyer,
                                          lines=[LineForm(None, "Consulting", 3, "100.00", vat_rate="20")]))
    return buyer, d.confirm_document(card.id, expected_version=card.version)


def _attachment(msg: Message) -> tuple[str, str, bytes]:
    part = next(p for p in msg.iter_attachments())
    return part.get_content_type(), part.get_filename(), part.get_content()


def timeline(services, client_id: int) -> list[tuple]:
    with services.uow() as uow:
        return [tuple(r) for r in uow.session.execute(
            select(Interaction.kind, Interaction.direction, Interaction.subject, Interaction.result)
            .where(Interaction.client_id == client_id))]


@needs_pdftotext
def test_a_document_goes_out_with_its_pdf_and_is_logged(services, sent_setup, inbox, tmp_path):  # noqa: F811
    buyer, card = sent_setup
    d = services.documents
    draft = d.document_mail_draft(card.id)
    assert draft.to == "aria@example.com" and card.number in draft.subject and card.number in draft.body
    sent = d.send_document(card.id, to=draft.to, subject=draft.subject, body="Please pay.", password=None)
    assert (sent.number, sent.filename, sent.to) == (card.number, f"{card.number}.pdf", "aria@example.com")
    [msg] = inbox.messages
    assert msg["To"] == "aria@example.com" and msg["Subject"] == draft.subject
    assert "Please pay." in msg.get_body(("plain",)).get_content()
    kind, name, data = _attachment(message_from_bytes(msg.as_bytes(), policy=policy.default))
    assert (kind, name) == ("application/pdf", f"{card.number}.pdf") and data.startswith(b"%PDF")
    assert card.number in pdf_text(data, tmp_path)
    assert timeline(services, buyer) == [("email", "out", draft.subject,
                                          f"sent {card.number}.pdf to aria@example.com")]
    assert d.load_document(card.id).sent_at is not None


def test_a_refused_send_logs_nothing(services, sent_setup, inbox):  # noqa: F811
    buyer, card = sent_setup
    d = services.documents
    with pytest.raises(MailError) as err:
        d.send_document(card.id, to=REFUSED, subject="Invoice", body="", password=None)
    assert "550" in str(err.value)
    with pytest.raises(ValidationError) as bad:
        d.send_document(card.id, to="not-an-address", subject="", body="", password=None)
    assert set(bad.value.errors) == {"to", "subject"}
    assert timeline(services, buyer) == [] and d.load_document(card.id).sent_at is None
    # the server is gone
    m = services.marketing
    m.save_smtp_settings(replace(m.load_smtp_settings(), port=1), expected_version=m.load_smtp_settings().version)
    with pytest.raises(MailError):
        d.send_document(card.id, to="aria@example.com", subject="Invoice", body="", password=None)
    assert timeline(services, buyer) == [] and inbox.messages == []


def test_drafts_and_unset_mail_are_refused_with_a_reason(services):
    d = services.documents
    buyer = client(services)
    draft = d.create_document(DocumentForm(doc_type="quote", client_id=buyer, lines=[LineForm(None, "X", 1, "1")]))
    with pytest.raises(ValidationError) as err:
        d.send_document(draft.id, to="a@example.com", subject="Quote", body="", password=None)
    assert "confirm the quote first" in err.value.errors["status"]
    card = d.confirm_document(draft.id, expected_version=draft.version)
    with pytest.raises(ValidationError) as err:
        d.send_document(card.id, to="a@example.com", subject="Quote", body="", password=None)
    assert "SMTP settings" in err.value.errors["smtp"]
    with services.uow() as uow:
        assert uow.session.get(Document, card.id).sent_at is None
