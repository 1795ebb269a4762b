"""A campaign goes out through a real (local) SMTP server: personalised, skipping the unsubscribed,
recording refusals, pausing and resuming without sending anyone the same e-mail twice."""

from __future__ import annotations

import socket
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from email import message_from_bytes, policy
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import update

from app.models import Client, Deal, utcnow
from app.services.clients import ChannelData, ClientForm, ContactPersonData
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealForm, StageSpec
from app.services.marketing import (
    CampaignForm,
    MailError,
    RecipientValues,
    SegmentCriteria,
    SmtpSettings,
    render_message,
)
from app.services.marketing.mail import UNSUBSCRIBE_FOOTER

D = Decimal
REFUSED = "bad@example.com"


class Inbox:
    """An aiosmtpd handler keeping what it accepted; refuses REFUSED with a 550."""

    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == REFUSED:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Message]:
        return [m for m in self.messages if m["To"] == address]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def inbox():
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


@pytest.fixture
def mailing(services, inbox):
    """SMTP settings for the local server; a segment "Newsletter" of five clients (one unsubscribed,
    one without e-mail, one whose address the server refuses)."""
    m = services.marketing
    settings = m.load_smtp_settings()
    m.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=inbox.port, security="none",
                                      mail_from="Karavan Sales <sales@karavan.example>"),
                         expected_version=settings.version)
    olga = services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    ids = {}
    for name, email, contact in (("شرکت آریا", "aria@example.com", "Reza Karimi"),
                                 ("Ромашка", "info@romashka.example", ""),
                                 ("Acme", REFUSED, ""), ("Quiet Ltd", "quiet@example.com", ""),
                                 ("No Mail Co", "", "")):
        ids[name] = services.clients.create_client(ClientForm(
            display_name=name, tags=("Newsletter",), manager_id=olga,
            channels=(ChannelData(kind="email", value=email),) if email else (),
            contacts=(ContactPersonData(full_name=contact),) if contact else ())).id
    m.set_unsubscribed(ids["Quiet Ltd"], unsubscribed=True)
    segment = m.save_segment(None, name="Newsletter", criteria=SegmentCriteria(tags=("Newsletter",)))
    campaign = m.create_campaign(CampaignForm(name="Spring", segment_id=segment.id, subject="Offer for {name}",
                                              body="Dear {contact},\nyour manager {manager} from {company}.",
                                              cost=D("90"), currency="USD"))
    return ids, campaign


def test_placeholders_are_filled_and_unknown_ones_left_as_typed():
    values = RecipientValues(name="شرکت آریا", contact="Reza", manager="Olga", city="Tehran")
    assert render_message("Hi {contact} of {name} ({city}), {unknown} {{name}} {0}", values) == \
        "Hi Reza of شرکت آریا (Tehran), {unknown} {شرکت آریا} {0}"
    assert render_message("{__class__}", values) == "{__class__}"


def test_unknown_placeholders_are_refused_on_save(services, mailing):
    _, campaign = mailing
    form = replace(campaign.form, body="Hello {nmae}", subject="Hi {contact} {foo}")
    with pytest.raises(ValidationError) as err:
        services.marketing.update_campaign(campaign.id, form, expected_version=campaign.version)
    assert "{nmae}" in err.value.errors["body"] and "{foo}" in err.value.errors["subject"]
    assert "{name}" in err.value.errors["body"]  # says what may be used


def test_a_campaign_reaches_everyone_it_may(services, mailing, inbox):
    ids, campaign = mailing
    m = services.marketing
    started = m.start_sending(campaign.id, expected_version=campaign.version)
    assert (started.status, started.pending, started.skipped) == ("sending", 3, 2)
    progress = []
    result = m.send_pending(campaign.id, password=None, progress=lambda d, t: progress.append((d, t)))
    assert (result.status, result.sent, result.failed, result.pending) == ("sent", 2, 1, 0)
    assert progress[-1] == (5, 5)

    aria = inbox.to("aria@example.com")[0]
    assert aria["Subject"] == "Offer for شرکت آریا"
    body = aria.get_content().replace("\r\n", "\n")
    assert "Dear Reza Karimi,\nyour manager Olga Sidorova from Karavan Test LLC." in body
    assert UNSUBSCRIBE_FOOTER in body
    assert aria["List-Unsubscribe"] == "<mailto:sales@karavan.example?subject=unsubscribe>"
    romashka = inbox.to("info@romashka.example")[0]
    assert "Dear Ромашка," in romashka.get_content().replace("\r\n", "\n")  # no contact: the client's name
    assert len(inbox.messages) == 2

    count, rows = m.first_recipients(campaign.id)
    by_name = {r.client_name: r for r in rows}
    assert count == 5
    assert (by_name["Acme"].status, by_name["Acme"].error) == ("failed", "550 5.1.1 No such user here")
    assert (by_name["Quiet Ltd"].status, by_name["Quiet Ltd"].error) == ("skipped", "unsubscribed")
    assert (by_name["No Mail Co"].status, by_name["No Mail Co"].error) == ("skipped", "no e-mail address")
    assert by_name["شرکت آریا"].status == "sent" and by_name["شرکت آریا"].sent_at is not None
    panel = m.client_marketing(ids["شرکت آریا"])
    assert [(c.campaign_name, c.status) for c in panel.campaigns] == [("Spring", "sent")]
    done = m.load_campaign(campaign.id)
    assert done.finished_at is not None
    with pytest.raises(ValidationError):   # sent is final
        m.start_sending(campaign.id, expected_version=done.version)
    with pytest.raises(ValidationError):   # what recipients got cannot change any more
        m.update_campaign(campaign.id, replace(done.form, body="Other"), expected_version=done.version)
    costly = m.update_campaign(campaign.id, replace(done.form, cost=D("120.50")), expected_version=done.version)
    assert costly.form.cost == D("120.50")


def test_pause_then_resume_sends_the_rest_exactly_once(services, mailing, inbox):
    ids, campaign = mailing
    m = services.marketing
    m.set_unsubscribed(ids["Quiet Ltd"], unsubscribed=False)   # four with e-mail now
    started = m.start_sending(campaign.id, expected_version=campaign.version)
    asked = []

    def pause_after_first() -> bool:
        asked.append(1)
        return len(asked) > 1
    result = m.send_pending(campaign.id, password=None, should_pause=pause_after_first)
    assert (result.status, result.sent + result.failed, result.pending) == ("paused", 1, 3)
    assert len(inbox.messages) == 1
    with pytest.raises(ValidationError):
        m.send_pending(campaign.id, password=None)   # paused: resume first
    paused = m.load_campaign(campaign.id)
    with pytest.raises(ConcurrentEdit):
        m.start_sending(campaign.id, expected_version=started.version - 1)
    m.start_sending(campaign.id, expected_version=paused.version)
    result = m.send_pending(campaign.id, password=None)
    assert (result.status, result.sent, result.failed, result.pending) == ("sent", 3, 1, 0)
    addresses = sorted(msg["To"] for msg in inbox.messages)
    assert addresses == ["aria@example.com", "info@romashka.example", "quiet@example.com"]


def test_a_dead_server_pauses_the_campaign(services, mailing, inbox):
    _, campaign = mailing
    m = services.marketing
    settings = m.load_smtp_settings()
    m.save_smtp_settings(replace(settings, port=free_port()), expected_version=settings.version)
    started = m.start_sending(campaign.id, expected_version=campaign.version)
    with pytest.raises(MailError):
        m.send_pending(campaign.id, password=None)
    after = m.load_campaign(campaign.id)
    assert (after.status, after.pending, after.sent) == ("paused", 3, 0)
    assert after.version > started.version


def test_test_send_goes_to_one_address(services, mailing, inbox):
    _, campaign = mailing
    subject = services.marketing.send_test(campaign.form, to="me@karavan.example", password=None)
    assert [msg["To"] for msg in inbox.messages] == ["me@karavan.example"]
    assert subject.startswith("[TEST] Offer for ") and inbox.messages[0]["Subject"] == subject
    assert services.marketing.load_campaign(campaign.id).status == "draft"  # nothing recorded
    services.marketing.send_settings_test(services.marketing.load_smtp_settings(), to="it@karavan.example",
                                          password=None)
    assert inbox.messages[-1]["To"] == "it@karavan.example"
    with pytest.raises(ValidationError) as err:
        services.marketing.send_test(campaign.form, to="not an address", password=None)
    assert set(err.value.errors) == {"test_to"}


def test_smtp_settings_are_checked(services):
    settings = services.marketing.load_smtp_settings()
    assert (settings.port, settings.security) == (587, "starttls")
    with pytest.raises(ValidationError) as err:
        services.marketing.save_smtp_settings(SmtpSettings(host="", port=0, security="tls", mail_from="x"),
                                              expected_version=settings.version)
    assert set(err.value.errors) == {"host", "port", "security", "mail_from"}


def test_sources_report_counts_deals_won_amounts_and_cost_per_won(services, mailing):
    ids, campaign = mailing
    f = services.funnel
    pipeline = f.create_pipeline("Sales", stages=[StageSpec("Lead")])
    stage = {s.name: s.id for s in pipeline.stages}
    deals = []
    for client, amount, currency, st, source in (
            ("شرکت آریا", "1000", "USD", "Won", "Exhibition"), ("Ромашка", "300", "EUR", "Won", "Exhibition"),
            ("Acme", "50", "USD", "Lead", "Exhibition"), ("Acme", "700", "USD", "Won", "Website"),
            ("Ромашка", "999", "USD", "Won", "")):
        deals.append(f.create_deal(DealForm(title=f"{client} {amount}", client_id=ids[client], amount=D(amount),
                                            currency=currency, source=source, pipeline_id=pipeline.id,
                                            stage_id=stage[st])).id)
    with services.uow() as uow:  # the first three and the last came from the campaign; one lead too
        uow.session.execute(update(Deal).where(Deal.id.in_(deals[:3] + deals[4:])).values(
            source_campaign_id=campaign.id))
        uow.session.execute(update(Client).where(Client.id == ids["Acme"]).values(
            source_campaign_id=campaign.id, source="Website"))
        old = utcnow() - timedelta(days=400)   # outside the period
        uow.session.execute(update(Deal).where(Deal.id == deals[4]).values(created_at=old))
        uow.commit()
    now = utcnow()
    rows = services.marketing.source_report(start=now - timedelta(days=30), end=now + timedelta(minutes=1))
    by_label = {(r.kind, r.label): r for r in rows}
    exhibition = by_label[("source", "Exhibition")]
    assert (exhibition.deals, exhibition.won, exhibition.won_amounts) == (3, 2, (("EUR", D("300")), ("USD", D("1000"))))
    website = by_label[("source", "Website")]
    assert (website.deals, website.won, website.leads, website.won_amounts) == (1, 1, 1, (("USD", D("700")),))
    spring = by_label[("campaign", "Spring")]
    assert (spring.deals, spring.won, spring.leads, spring.cost, spring.cost_currency) == (3, 2, 1, D("90"), "USD")
    assert spring.cost_per_won == D("45.00")
    assert ("source", "") in by_label   # the clients created without a source, as leads
    assert [r.kind for r in rows] == sorted((r.kind for r in rows), key=lambda k: k != "source")
    with pytest.raises(ValidationError):
        services.marketing.source_report(start=now, end=now - timedelta(days=1))
