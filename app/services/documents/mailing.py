"""Sending a document by e-mail: its PDF attached to a message through the company's SMTP server, an
e-mail entry on the client's timeline, and the document marked sent (locked, as printing and sending does).

The message goes out before anything is written: when the server refuses, nothing is logged and the
document stays as it was. Once the server has it, the timeline entry and `sent_at` are written in one
short transaction of their own (the send may take long; the writer is not held up meanwhile).
"""

from __future__ import annotations

import smtplib
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from app.models import Client, DocStatus, Document, Interaction, InteractionDirection, InteractionKind
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import get_or_404, raise_if
from app.services.documents.pdf import print_data, render, title_of
from app.services.documents.wording import mail_body
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.marketing.forms import SmtpSettings
from app.services.marketing.mail import (
    MailError,
    SenderFactory,
    SmtpSender,
    check_settings,
    company_row,
    recipient_error,
    settings_of,
)
from app.services.uow import UnitOfWork
from app.services.words import doc_type_word

SUBJECT_MAX = 300


@dataclass(frozen=True, slots=True)
class DocumentMailDraft:
    """What the send dialog starts with: the client's primary e-mail, a subject and a short body."""

    doc_id: int
    number: str
    to: str
    subject: str
    body: str
    smtp: SmtpSettings


@dataclass(frozen=True, slots=True)
class SentDocument:
    doc_id: int
    number: str
    to: str
    filename: str
    interaction_id: int
    sent_at: date


def _sendable(doc: Document) -> None:
    if doc.status == DocStatus.CANCELLED:
        raise ValidationError({"status": msg("{number} is cancelled: it cannot be sent", number=doc.number)})
    if not doc.number:
        raise ValidationError({"status": msg("confirm the {doc_type} first: a draft has no number to send", doc_type=doc_type_word(doc.doc_type))})


def _smtp(uow: UnitOfWork) -> SmtpSettings:
    settings = settings_of(company_row(uow))
    if not settings.host or not settings.mail_from:
        raise ValidationError({"smtp": msg("outgoing mail is not set up: fill in the SMTP settings "
                                       "(Marketing → SMTP settings) first")})
    return check_settings(settings)


@requires(Area.DOCUMENTS, Action.PRINT)
def document_mail_draft(uow: UnitOfWork, doc_id: int) -> DocumentMailDraft:
    """The proposed message for a document; raises NotFound or ValidationError (a draft, a cancelled one)."""
    with uow:
        s = uow.session
        doc = get_or_404(s, Document, doc_id, "document")
        _sendable(doc)
        client = s.get(Client, doc.client_id)
        comp = company_row(uow)
        title = title_of(doc.doc_type, doc.language)
        sender = comp.legal_name or comp.name
        body = mail_body(doc.language, title=title, number=doc.number, day=doc.doc_date, sender=sender,
                         persian_calendar=comp.persian_calendar)
        return DocumentMailDraft(doc.id, doc.number, client.primary_email if client else "",
                                 f"{title} {doc.number}", body, settings_of(comp))


def document_message(settings: SmtpSettings, *, to: str, subject: str, body: str, pdf: bytes,
                     filename: str) -> EmailMessage:
    """A plain-text e-mail with the PDF attached (application/pdf)."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    sender = parseaddr(settings.mail_from)[1] or settings.mail_from
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(body.rstrip() + "\n")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


@requires(Area.DOCUMENTS, Action.PRINT)
def send_document(uow: UnitOfWork, doc_id: int, *, to: str, subject: str, body: str, password: str | None,
                  sender_factory: SenderFactory = SmtpSender) -> SentDocument:
    """E-mail the document's PDF to `to`, log it on the client's timeline and mark the document sent.
    Raises NotFound, ValidationError (address, subject, a draft, no SMTP settings) or MailError; nothing is
    written unless the server accepted the message."""
    errors: dict[str, str] = {}
    to = v.clean(to)
    if not to or v.email_error(to):
        errors["to"] = msg("is not an e-mail address (name@example.com)")
    subject = v.clean(subject)
    if not subject:
        errors["subject"] = msg("is required")
    elif len(subject) > SUBJECT_MAX:
        errors["subject"] = msg("is longer than {limit} characters", limit=SUBJECT_MAX)
    raise_if(errors)
    with uow:
        s = uow.session
        doc = get_or_404(s, Document, doc_id, "document")
        _sendable(doc)
        settings = _smtp(uow)
        data = print_data(s, doc)
        number, client_id, contact_id, deal_id = doc.number, doc.client_id, doc.contact_id, doc.deal_id
    filename = f"{number}.pdf"
    message = document_message(settings, to=to, subject=subject, body=body, pdf=render(data), filename=filename)
    with sender_factory(settings, password) as sender:
        try:
            sender.send(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(recipient_error(exc) or str(exc) or type(exc).__name__) from exc
    with uow:  # the server has it: record it at once
        uow.begin_write()
        s = uow.session
        doc = s.get(Document, doc_id)
        if doc.sent_at is None:
            doc.sent_at = date.today()
        item = Interaction(kind=InteractionKind.EMAIL, direction=InteractionDirection.OUTGOING,
                           occurred_at=utcnow(), client_id=client_id, contact_person_id=contact_id, deal_id=deal_id,
                           user_id=uow.user_id, subject=subject, result=f"sent {filename} to {to}")
        s.add(item)
        s.flush()
        sent = SentDocument(doc_id, number, to, filename, item.id, doc.sent_at)
        uow.commit()
        return sent
