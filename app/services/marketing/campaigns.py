"""Campaigns: an e-mail to a segment, its recipients' snapshot, and sending that can pause and resume.

A campaign moves draft → sending → (paused ⇄ sending) → sent. Sending marks each recipient sent in
its own short transaction right after the server accepted the message, so a pause, a crash or a lost
connection never sends anyone the same e-mail twice: the next run takes only the pending ones.
"""

from __future__ import annotations

import re
import smtplib
from collections.abc import Callable
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import (
    Campaign,
    CampaignRecipient,
    CampaignStatus,
    Client,
    Company,
    ContactPerson,
    RecipientStatus,
    Segment,
    User,
    utcnow,
)
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.marketing.forms import (
    PLACEHOLDERS,
    CampaignForm,
    CampaignRow,
    RecipientRow,
    RecipientValues,
    SendResult,
)
from app.services.marketing.mail import (
    MailError,
    SenderFactory,
    SmtpSender,
    build_message,
    check_settings,
    company_row,
    recipient_error,
    send_one,
    settings_of,
)
from app.services.marketing.segments import criteria_from_json, member_ids
from app.services.uow import UnitOfWork
from app.services.words import status_word

CURRENCY = re.compile(r"^[A-Z]{3}$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
CENT = Decimal("0.01")
TRANSITIONS = {
    (CampaignStatus.DRAFT, CampaignStatus.SENDING),    # start
    (CampaignStatus.SENDING, CampaignStatus.PAUSED),   # pause (or the server failed)
    (CampaignStatus.PAUSED, CampaignStatus.SENDING),   # resume
    (CampaignStatus.SENDING, CampaignStatus.SENT),     # nobody is pending any more
}
SAMPLE = RecipientValues(name="Sample Client LLC", contact="Jane Sample", manager="Your manager", city="Sample City",
                         code="C-000000", email="client@example.com")

Progress = Callable[[int, int], None]


# --- placeholders ---------------------------------------------------------------------------------

def unknown_placeholders(template: str) -> list[str]:
    """The {words} in `template` that are not placeholders, in order of first use."""
    return list(dict.fromkeys(m for m in PLACEHOLDER.findall(template) if m not in PLACEHOLDERS))


def render_message(template: str, recipient: RecipientValues) -> str:
    """Fill {name}, {contact}, {manager}, {city}, {code}, {email}, {company}; any other {word} and
    every other brace stay as typed (no str.format: a template cannot reach attributes)."""
    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        return getattr(recipient, key) if key in PLACEHOLDERS else match.group(0)
    return PLACEHOLDER.sub(fill, template)


def _recipient_values(session: Session, client_id: int, email: str, company: str) -> RecipientValues:
    client = session.get(Client, client_id)
    if client is None:
        return RecipientValues(email=email, company=company)
    contact = session.scalar(select(ContactPerson.full_name).where(ContactPerson.client_id == client_id)
                             .order_by(ContactPerson.sort_order, ContactPerson.id).limit(1))
    manager = session.get(User, client.manager_id) if client.manager_id else None
    return RecipientValues(name=client.display_name, contact=contact or client.display_name,
                           manager=manager.full_name if manager else "", city=client.city, code=client.code or "",
                           email=email, company=company)


# --- the campaign card ------------------------------------------------------------------------------

def _counts(session: Session, campaign_id: int) -> dict[str, int]:
    return dict(session.execute(select(CampaignRecipient.status, func.count())
                                .where(CampaignRecipient.campaign_id == campaign_id)
                                .group_by(CampaignRecipient.status)).all())


def _row(session: Session, c: Campaign) -> CampaignRow:
    counts = _counts(session, c.id)
    segment = session.get(Segment, c.segment_id) if c.segment_id else None
    return CampaignRow(
        id=c.id, version=c.version,
        form=CampaignForm(name=c.name, segment_id=c.segment_id, subject=c.subject, body=c.body, cost=c.cost,
                          currency=c.currency),
        segment_name=segment.name if segment else "", status=c.status, started_at=c.started_at,
        finished_at=c.finished_at, pending=counts.get(RecipientStatus.PENDING, 0),
        sent=counts.get(RecipientStatus.SENT, 0), failed=counts.get(RecipientStatus.FAILED, 0),
        skipped=counts.get(RecipientStatus.SKIPPED, 0))


def _load(session: Session, campaign_id: int) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise NotFound("campaign", campaign_id)
    return campaign


def _stale(session: Session, c: Campaign) -> ConcurrentEdit:
    who = session.get(User, c.updated_by_id) if c.updated_by_id else None
    return ConcurrentEdit("campaign", c.id, changed_by=who.full_name if who else None, changed_at=c.updated_at,
                          current=_row(session, c))


def _validate(session: Session, form: CampaignForm, *, exclude_id: int | None) -> dict:
    errors: dict[str, str] = {}
    name = v.clean(form.name)
    if not name:
        errors["name"] = msg("is required")
    elif len(name) > 200:
        errors["name"] = msg("is longer than 200 characters")
    else:
        other = session.scalar(select(Campaign.id).where(Campaign.name_key == v.fold(name)))
        if other is not None and other != exclude_id:
            errors["name"] = msg("a campaign with this name already exists")
    if form.segment_id is None:
        errors["segment_id"] = msg("choose a segment")
    elif session.get(Segment, form.segment_id) is None:
        errors["segment_id"] = msg("no longer exists")
    subject = v.clean(form.subject)
    body = (form.body or "").strip()
    if not subject:
        errors["subject"] = msg("is required")
    elif len(subject) > 300:
        errors["subject"] = msg("is longer than 300 characters")
    if not body:
        errors["body"] = msg("is required")
    known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    for key, text in (("subject", subject), ("body", body)):
        unknown = unknown_placeholders(text)
        if unknown and key not in errors:
            names = ", ".join("{" + u + "}" for u in unknown)
            errors[key] = msg("unknown placeholder {names}; use {known}", names=names, known=known)
    try:
        cost = Decimal(form.cost).quantize(CENT, rounding=ROUND_HALF_UP)
        if cost < 0:
            errors["cost"] = msg("must not be negative")
        elif cost >= Decimal("1e16"):
            errors["cost"] = msg("is too large")
    except (InvalidOperation, ValueError, TypeError):
        errors["cost"], cost = msg("is not a number"), Decimal("0")
    currency = v.clean(form.currency).upper()
    if not CURRENCY.match(currency):
        errors["currency"] = msg("must be a three-letter code (USD, EUR, RUB…)")
    if errors:
        raise ValidationError(errors)
    return dict(name=name, name_key=v.fold(name), segment_id=form.segment_id, subject=subject, body=body,
                cost=cost, currency=currency)


def _flush(session: Session) -> None:
    try:
        session.flush()
    except IntegrityError:  # the same name saved elsewhere a moment ago
        raise ValidationError({"name": msg("a campaign with this name already exists")}) from None


@requires(Area.MARKETING, Action.CREATE)
def create_campaign(uow: UnitOfWork, form: CampaignForm) -> CampaignRow:
    """A new draft campaign; raises ValidationError (unknown placeholders included)."""
    with uow:
        s = uow.session
        campaign = Campaign(**_validate(s, form, exclude_id=None), status=CampaignStatus.DRAFT)
        s.add(campaign)
        _flush(s)
        row = _row(s, campaign)
        uow.commit()
        return row


@requires(Area.MARKETING, Action.EDIT)
def update_campaign(uow: UnitOfWork, campaign_id: int, form: CampaignForm, *, expected_version: int) -> CampaignRow:
    """Save the campaign card. Once sending has started only the name and the cost may change (the
    e-mail is what recipients already got); raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        if campaign.version != expected_version:
            raise _stale(s, campaign)
        values = _validate(s, form, exclude_id=campaign_id)
        if campaign.status != CampaignStatus.DRAFT:
            frozen = [k for k in ("segment_id", "subject", "body") if values[k] != getattr(campaign, k)]
            if frozen:
                raise ValidationError({k: msg("cannot change once sending has started") for k in frozen})
        for key, value in values.items():
            setattr(campaign, key, value)
        _flush(s)
        row = _row(s, campaign)
        uow.commit()
        return row


@requires(Area.MARKETING, Action.VIEW)
def load_campaign(uow: UnitOfWork, campaign_id: int) -> CampaignRow:
    """The campaign with its recipients' counts; raises NotFound."""
    with uow:
        return _row(uow.session, _load(uow.session, campaign_id))


@requires(Area.MARKETING, Action.VIEW)
def list_campaigns(uow: UnitOfWork) -> list[CampaignRow]:
    """Every campaign, newest first."""
    with uow:
        s = uow.session
        return [_row(s, c) for c in s.scalars(select(Campaign).order_by(Campaign.created_at.desc(),
                                                                           Campaign.id.desc()))]


@requires(Area.MARKETING, Action.DELETE)
def delete_campaign(uow: UnitOfWork, campaign_id: int, *, expected_version: int) -> None:
    """Delete a draft campaign (a sent one is history and stays); raises ValidationError or ConcurrentEdit."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        if campaign.version != expected_version:
            raise _stale(s, campaign)
        if campaign.status != CampaignStatus.DRAFT:
            raise ValidationError({"status": msg("only a draft campaign can be deleted")})
        s.execute(delete(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id))
        s.delete(campaign)
        uow.commit()


# --- recipients ------------------------------------------------------------------------------------

def _snapshot(session: Session, campaign: Campaign) -> None:
    """Recipients from the segment as it is now: pending, or skipped with the reason."""
    segment = session.get(Segment, campaign.segment_id) if campaign.segment_id else None
    if segment is None:
        raise ValidationError({"segment_id": msg("choose a segment")})
    session.execute(delete(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign.id))
    ids = member_ids(session, criteria_from_json(segment.criteria))
    rows = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for cid, email, unsubscribed in session.execute(
                select(Client.id, Client.primary_email, Client.unsubscribed).where(Client.id.in_(chunk))
                .order_by(Client.id)):
            if unsubscribed:
                status, error = RecipientStatus.SKIPPED, "unsubscribed"
            elif not email or v.email_error(email):
                status, error = RecipientStatus.SKIPPED, "no e-mail address"
            else:
                status, error = RecipientStatus.PENDING, ""
            rows.append(dict(campaign_id=campaign.id, client_id=cid, email=email or "", status=status, error=error))
    if rows:
        session.execute(CampaignRecipient.__table__.insert(), rows)


@requires(Area.MARKETING, Action.EDIT)
def prepare_recipients(uow: UnitOfWork, campaign_id: int) -> CampaignRow:
    """(Re)take the draft campaign's recipients from its segment: pending, or skipped (unsubscribed, no
    e-mail) with the reason; raises ValidationError when the campaign is no longer a draft."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        if campaign.status != CampaignStatus.DRAFT:
            raise ValidationError({"status": msg("recipients are fixed once sending has started")})
        _snapshot(s, campaign)
        campaign.updated_at = utcnow()
        s.flush()
        row = _row(s, campaign)
        uow.commit()
        return row


def _recipient_row(r, name: str | None) -> RecipientRow:
    return RecipientRow(r.id, r.client_id, name or "", r.email, r.status, r.error, r.sent_at)


def _recipients_stmt(campaign_id: int, status: str | None):
    stmt = (select(CampaignRecipient, Client.display_name)
            .outerjoin(Client, Client.id == CampaignRecipient.client_id)
            .where(CampaignRecipient.campaign_id == campaign_id))
    return stmt.where(CampaignRecipient.status == status) if status else stmt


@requires(Area.MARKETING, Action.VIEW)
def recipient_page(uow: UnitOfWork, campaign_id: int, *, status: str | None = None, offset: int = 0,
                   limit: int = 100) -> list[RecipientRow]:
    """Recipients `offset`…`offset + limit` (by client name), optionally of one status."""
    with uow:
        rows = uow.session.execute(_recipients_stmt(campaign_id, status)
                                   .order_by(Client.name_key, CampaignRecipient.id).offset(offset).limit(limit))
        return [_recipient_row(r, name) for r, name in rows]


@requires(Area.MARKETING, Action.VIEW)
def first_recipients(uow: UnitOfWork, campaign_id: int, *, status: str | None = None,
                     limit: int = 100) -> tuple[int, list[RecipientRow]]:
    """(how many recipients, the first `limit`) for the campaign's recipients table."""
    with uow:
        s = uow.session
        stmt = select(func.count()).select_from(CampaignRecipient).where(CampaignRecipient.campaign_id == campaign_id)
        if status:
            stmt = stmt.where(CampaignRecipient.status == status)
        count = s.scalar(stmt) or 0
        rows = s.execute(_recipients_stmt(campaign_id, status)
                         .order_by(Client.name_key, CampaignRecipient.id).limit(limit))
        return count, [_recipient_row(r, name) for r, name in rows]


# --- the state machine ------------------------------------------------------------------------------

def _move(campaign: Campaign, to: CampaignStatus) -> None:
    if (CampaignStatus(campaign.status), to) not in TRANSITIONS:
        raise ValidationError({"status": msg("a {status} campaign cannot become {to}", status=status_word(campaign.status), to=status_word(to))})
    campaign.status = to
    campaign.updated_at = utcnow()


@requires(Area.MARKETING, Action.POST)
def start_sending(uow: UnitOfWork, campaign_id: int, *, expected_version: int) -> CampaignRow:
    """Draft → sending (taking the recipients if not taken yet) or paused → sending; then run
    `send_pending`. Raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        if campaign.version != expected_version:
            raise _stale(s, campaign)
        if campaign.status == CampaignStatus.DRAFT and not _counts(s, campaign_id):
            _snapshot(s, campaign)
        _move(campaign, CampaignStatus.SENDING)
        campaign.started_at = campaign.started_at or utcnow()
        s.flush()
        row = _row(s, campaign)
        uow.commit()
        return row


@requires(Area.MARKETING, Action.EDIT)
def pause_campaign(uow: UnitOfWork, campaign_id: int) -> CampaignRow:
    """Sending → paused (a running `send_pending` also stops by itself when asked to pause)."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        _move(campaign, CampaignStatus.PAUSED)
        s.flush()
        row = _row(s, campaign)
        uow.commit()
        return row


def _finish_if_done(session: Session, campaign: Campaign) -> None:
    if campaign.status == CampaignStatus.SENDING and not _counts(session, campaign.id).get(RecipientStatus.PENDING):
        _move(campaign, CampaignStatus.SENT)
        campaign.finished_at = utcnow()


def _result(session: Session, campaign: Campaign) -> SendResult:
    counts = _counts(session, campaign.id)
    return SendResult(campaign.id, campaign.status, counts.get(RecipientStatus.SENT, 0),
                      counts.get(RecipientStatus.FAILED, 0), counts.get(RecipientStatus.PENDING, 0))


def _pause_after_failure(uow: UnitOfWork, campaign_id: int) -> None:
    with uow:
        uow.begin_write()
        campaign = _load(uow.session, campaign_id)
        if campaign.status == CampaignStatus.SENDING:
            _move(campaign, CampaignStatus.PAUSED)
            uow.commit()


@requires(Area.MARKETING, Action.POST)
def send_pending(uow: UnitOfWork, campaign_id: int, *, password: str | None,
                 progress: Progress | None = None, should_pause: Callable[[], bool] | None = None,
                 sender_factory: SenderFactory = SmtpSender) -> SendResult:
    """Send the sending campaign's pending e-mails over one SMTP connection, each recipient marked
    sent (or failed, with the server's reason) in its own transaction. `should_pause()` is asked before
    each e-mail: True pauses the campaign and returns. `progress(done, total)` after each. When the
    server itself fails the campaign is paused and MailError raised; a resume sends only the rest."""
    with uow:
        s = uow.session
        campaign = _load(s, campaign_id)
        if campaign.status != CampaignStatus.SENDING:
            raise ValidationError({"status": msg("start or resume the campaign first")})
        settings = check_settings(settings_of(company_row(uow)))
        company = company_row(uow).name
        subject, body = campaign.subject, campaign.body
        pending = list(s.scalars(select(CampaignRecipient.id).where(
            CampaignRecipient.campaign_id == campaign_id, CampaignRecipient.status == RecipientStatus.PENDING)
            .order_by(CampaignRecipient.id)))
        total = sum(_counts(s, campaign_id).values())
    done = total - len(pending)
    try:
        with sender_factory(settings, password) as sender:
            for recipient_id in pending:
                if should_pause is not None and should_pause():
                    with uow:
                        uow.begin_write()
                        campaign = _load(uow.session, campaign_id)
                        if campaign.status == CampaignStatus.SENDING:
                            _move(campaign, CampaignStatus.PAUSED)
                        result = _result(uow.session, campaign)
                        uow.commit()
                        return result
                with uow:
                    s = uow.session
                    r = s.get(CampaignRecipient, recipient_id)
                    if r is None or r.status != RecipientStatus.PENDING:
                        continue  # sent meanwhile by another run
                    values = _recipient_values(s, r.client_id, r.email, company)
                    to = r.email
                message = build_message(settings, to=to, subject=render_message(subject, values),
                                    body=render_message(body, values))
                try:
                    sender.send(message)
                except (OSError, smtplib.SMTPException) as exc:
                    reason = recipient_error(exc)
                    if reason is None:
                        raise MailError(str(exc) or type(exc).__name__) from exc
                    status, error, sent_at = RecipientStatus.FAILED, reason, None
                else:
                    status, error, sent_at = RecipientStatus.SENT, "", utcnow()
                with uow:  # at once: the server has the message, it must never be sent again
                    uow.begin_write()
                    r = uow.session.get(CampaignRecipient, recipient_id)
                    if r is not None:
                        r.status, r.error, r.sent_at = status, error, sent_at
                        uow.commit()
                done += 1
                if progress is not None:
                    progress(done, total)
    except MailError:
        _pause_after_failure(uow, campaign_id)
        raise
    with uow:
        uow.begin_write()
        campaign = _load(uow.session, campaign_id)
        _finish_if_done(uow.session, campaign)
        uow.session.flush()
        result = _result(uow.session, campaign)
        uow.commit()
        return result


@requires(Area.MARKETING, Action.POST)
def send_test(uow: UnitOfWork, form: CampaignForm, *, to: str, password: str | None,
              sender_factory: SenderFactory = SmtpSender) -> str:
    """Send the (possibly unsaved) campaign to one address, filled in for the segment's first client
    (or sample values); returns the subject sent. Raises ValidationError or MailError."""
    if v.email_error(to):
        raise ValidationError({"test_to": msg("is not an e-mail address (name@example.com)")})
    with uow:
        s = uow.session
        settings = check_settings(settings_of(company_row(uow)))
        company = s.scalar(select(Company.name).order_by(Company.id).limit(1)) or ""
        values = replace(SAMPLE, company=company)
        segment = s.get(Segment, form.segment_id) if form.segment_id else None
        if segment is not None:
            first = member_ids(s, criteria_from_json(segment.criteria))[:1]
            if first:
                values = _recipient_values(s, first[0], v.clean(to), company)
    subject = "[TEST] " + render_message(v.clean(form.subject), values)
    send_one(settings, password, to=v.clean(to), subject=subject, body=render_message(form.body, values),
             sender_factory=sender_factory)
    return subject
