"""Outgoing mail: the company's SMTP settings, the password in the OS keyring, messages and smtplib.

The settings live in the database (every desktop sends through the same server); the password does
not: each sending desktop keeps it in its keyring, or is asked every time when there is none.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from sqlalchemy import select

from app.config import KEYRING_SERVICE, keyring_available
from app.models import Company
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.errors import ConcurrentEdit, DomainError, NotFound, ValidationError
from app.services.i18n import msg
from app.services.marketing.forms import SECURITY_MODES, SmtpSettings
from app.services.uow import UnitOfWork

log = logging.getLogger(__name__)
SMTP_TIMEOUT_S = 30
UNSUBSCRIBE_FOOTER = 'To stop receiving these e-mails, reply to this message with the word "unsubscribe".'


class MailError(DomainError):
    """The mail server could not be reached or refused us (not one recipient: the whole send)."""

    def __init__(self, detail: str):
        self.detail = detail
        super().__init__(msg("cannot send mail: {detail}", detail=detail))


# --- settings in the database -------------------------------------------------------------------

@open_to_all
def company_row(uow: UnitOfWork) -> Company:
    company = uow.session.scalar(select(Company).order_by(Company.id).limit(1))
    if company is None:
        raise NotFound("company", 0)
    return company


def settings_of(company: Company) -> SmtpSettings:
    return SmtpSettings(host=company.smtp_host, port=company.smtp_port, security=company.smtp_security,
                        username=company.smtp_username, mail_from=company.mail_from, version=company.version)


@requires(Area.SETTINGS, Action.VIEW)
def load_smtp_settings(uow: UnitOfWork) -> SmtpSettings:
    """The company's outgoing mail settings."""
    with uow:
        return settings_of(company_row(uow))


def check_settings(settings: SmtpSettings) -> SmtpSettings:
    """Cleaned settings; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    host = v.clean(settings.host)
    if not host:
        errors["host"] = msg("is required")
    elif " " in host or len(host) > 200:
        errors["host"] = msg("is not a server name")
    if not 0 < int(settings.port) < 65536:
        errors["port"] = msg("must be between 1 and 65535")
    if settings.security not in SECURITY_MODES:
        errors["security"] = msg("must be STARTTLS, SSL or none")
    mail_from = v.clean(settings.mail_from)
    if v.email_error(parseaddr(mail_from)[1] or mail_from):
        errors["mail_from"] = msg("is not an e-mail address (name@example.com)")
    if errors:
        raise ValidationError(errors)
    return SmtpSettings(host=host, port=int(settings.port), security=settings.security,
                        username=v.clean(settings.username), mail_from=mail_from, version=settings.version)


@requires(Area.SETTINGS, Action.EDIT)
def save_smtp_settings(uow: UnitOfWork, settings: SmtpSettings, *, expected_version: int) -> SmtpSettings:
    """Store the settings on the company; raises ValidationError or ConcurrentEdit."""
    clean = check_settings(settings)
    with uow:
        company = company_row(uow)
        if company.version != expected_version:
            raise ConcurrentEdit("company", company.id, changed_by=None, changed_at=company.updated_at,
                                 current=settings_of(company))
        company.smtp_host, company.smtp_port, company.smtp_security = clean.host, clean.port, clean.security
        company.smtp_username, company.mail_from = clean.username, clean.mail_from
        uow.session.flush()
        saved = settings_of(company)
        uow.commit()
        return saved


# --- the password in the keyring ----------------------------------------------------------------

def _keyring_user(settings: SmtpSettings) -> str:
    return f"smtp:{settings.username}@{settings.host}:{settings.port}"


def saved_smtp_password(settings: SmtpSettings) -> str | None:
    """The password this desktop keeps for the SMTP account, or None (none saved, or no keyring)."""
    if not settings.username or not keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _keyring_user(settings))
    except Exception as exc:  # noqa: BLE001 — any keyring failure reads as "not saved"
        log.info("cannot read the SMTP password from the keyring: %s", exc)
        return None


def remember_smtp_password(settings: SmtpSettings, password: str) -> bool:
    """Keep the password in the keyring; False when there is no keyring (then it is asked each time)."""
    if not settings.username or not keyring_available():
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_user(settings), password)
    except Exception as exc:  # noqa: BLE001
        log.warning("cannot save the SMTP password in the keyring: %s", exc)
        return False
    return True


# --- messages and sending -----------------------------------------------------------------------

def build_message(settings: SmtpSettings, *, to: str, subject: str, body: str) -> EmailMessage:
    """A plain-text e-mail with the unsubscribe footer and a List-Unsubscribe header."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    sender = parseaddr(settings.mail_from)[1] or settings.mail_from
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message["List-Unsubscribe"] = f"<mailto:{sender}?subject=unsubscribe>"
    message.set_content(f"{body.rstrip()}\n\n-- \n{UNSUBSCRIBE_FOOTER}\n")
    return message


class SmtpSender:
    """One connection to the mail server for a run of messages: `with SmtpSender(...) as s: s.send(msg)`."""

    def __init__(self, settings: SmtpSettings, password: str | None):
        self.settings, self.password = settings, password
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpSender:
        st = self.settings
        try:
            if st.security == "ssl":
                self.smtp = smtplib.SMTP_SSL(st.host, st.port, timeout=SMTP_TIMEOUT_S,
                                             context=ssl.create_default_context())
            else:
                self.smtp = smtplib.SMTP(st.host, st.port, timeout=SMTP_TIMEOUT_S)
                if st.security == "starttls":
                    self.smtp.starttls(context=ssl.create_default_context())
            if st.username:
                self.smtp.login(st.username, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            self._drop()
            raise MailError(msg("the server refused the login ({smtp_code})", smtp_code=exc.smtp_code)) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise MailError(msg("{host}:{port}: {exc}", host=st.host, port=st.port, exc=exc)) from exc
        return self

    def send(self, msg: EmailMessage) -> None:
        """Hand one message to the server; smtplib's errors say whether the recipient or the server failed."""
        assert self.smtp is not None
        self.smtp.send_message(msg)

    def _drop(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.close()
            finally:
                self.smtp = None

    def __exit__(self, *exc: object) -> None:
        if self.smtp is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.smtp.quit()
            self._drop()


SenderFactory = Callable[[SmtpSettings, str | None], SmtpSender]


def recipient_error(exc: Exception) -> str | None:
    """The reason to record when the server refused one recipient or message, else None (the server
    itself failed: stop sending)."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"[:500]
    if isinstance(exc, smtplib.SMTPDataError):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return f"{exc.smtp_code} {text}"[:500]
    return None


def send_one(settings: SmtpSettings, password: str | None, *, to: str, subject: str, body: str,
             sender_factory: SenderFactory = SmtpSender) -> None:
    """Open a connection and send one message; raises MailError (also for a refused recipient)."""
    message = build_message(settings, to=to, subject=subject, body=body)
    with sender_factory(settings, password) as sender:
        try:
            sender.send(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(recipient_error(exc) or str(exc)) from exc


@requires(Area.SETTINGS, Action.EDIT)
def send_settings_test(uow: UnitOfWork, settings: SmtpSettings, *, to: str, password: str | None) -> None:
    """Send a short test e-mail with the (possibly unsaved) settings; raises ValidationError or MailError."""
    clean = check_settings(settings)
    if v.email_error(to):
        raise ValidationError({"test_to": msg("is not an e-mail address (name@example.com)")})
    with uow:
        company = company_row(uow).name
    send_one(clean, password, to=v.clean(to), subject=msg("Karavan: test e-mail from {company}", company=company),
             body=msg("This is a test e-mail sent from Karavan's SMTP settings. Outgoing mail works."))
