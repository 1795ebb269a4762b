"""A marketer builds a segment, watches the count move, and sends a campaign through the screen."""

from __future__ import annotations

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.clients import ChannelData, ClientForm
from app.services.marketing import CampaignForm, SegmentCriteria, SmtpSettings
from app.ui.marketing.client_panel import ClientMarketingPanel
from app.ui.marketing.rows_model import RowsModel
from app.ui.marketing.smtp_dialog import SmtpSettingsDialog
from app.ui.marketing.workspace import MarketingWorkspace
from app.ui.text import strip_isolates
from tests.ui.shot_paths import shot_path
from tests.ui.typing_helpers import type_text


class Inbox:
    def __init__(self) -> None:
        self.messages = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("bad@"):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

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
def shop(ui_services, inbox):
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    ids = {}
    for name, tags, role, city, email in (
            ("شرکت آریا", ("VIP",), "customer", "Tehran", "aria@example.com"),
            ("Ромашка ООО", ("VIP", "Wholesale"), "customer", "Moscow", "info@romashka.example"),
            ("Acme Corporation", ("VIP",), "lead", "Berlin", "bad@acme.example"),
            ("Quiet Ltd", ("VIP",), "customer", "Tehran", "quiet@example.com"),
            ("Beta Trading", ("Retail",), "lead", "Tehran", "")):
        from app.services.clients import AddressData
        ids[name] = ui_services.clients.create_client(ClientForm(
            display_name=name, tags=tags, roles=frozenset({role}), manager_id=olga,
            addresses=(AddressData(city=city),),
            channels=(ChannelData(kind="email", value=email),) if email else ())).id
    ui_services.marketing.set_unsubscribed(ids["Quiet Ltd"], unsubscribed=True)
    settings = ui_services.marketing.load_smtp_settings()
    ui_services.marketing.save_smtp_settings(SmtpSettings(host="127.0.0.1", port=inbox.port, security="none",
                                                          mail_from="sales@karavan.example"),
                                             expected_version=settings.version)
    return ids


@pytest.fixture
def workspace(qtbot, ui_services, tasks, shop):
    widget = MarketingWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    return widget


def count_text(ws) -> str:
    return strip_isolates(ws.segments.count_label.text())


def test_models_pass_the_model_tester(qtmodeltester, workspace):
    workspace.segments.recount()
    qtmodeltester.check(workspace.segments.preview_model)
    qtmodeltester.check(workspace.segments.list_model)
    qtmodeltester.check(RowsModel([]))


def test_building_a_segment_shows_a_live_count(qtbot, workspace, ui_services):
    seg = workspace.segments
    qtbot.waitUntil(lambda: count_text(workspace) == "5 client(s) match")
    type_text(seg.tags_edit, "VIP")
    qtbot.waitUntil(lambda: count_text(workspace) == "4 client(s) match")
    seg.role_combo.setCurrentIndex(seg.role_combo.findData("customer"))
    qtbot.waitUntil(lambda: count_text(workspace) == "3 client(s) match")
    type_text(seg.city_edit, "tehran")
    qtbot.waitUntil(lambda: count_text(workspace) == "2 client(s) match")
    names = {r.display_name for r in seg.preview_model.rows}
    assert names == {"شرکت آریا", "Quiet Ltd"}
    type_text(seg.total_min_edit, "abc")
    qtbot.waitUntil(lambda: seg.fields["total_min"].error.isVisible())
    seg.total_min_edit.clear()
    seg.city_edit.clear()
    seg.recount()
    qtbot.mouseClick(seg.save_button, Qt.MouseButton.LeftButton)
    assert seg.fields["name"].error.isVisible()          # a name is required; the criteria stay
    assert seg.tags_edit.text() == "VIP"
    type_text(seg.name_edit, "VIP customers")
    qtbot.mouseClick(seg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [(r.name, r.count) for r in seg.list_model.rows] == [("VIP customers", 3)])
    assert not seg.fields["name"].error.isVisible()
    seg.grab().save(shot_path("marketing_segments.png"))


def test_sending_a_campaign_through_the_screen(qtbot, workspace, ui_services, inbox, monkeypatch):
    segment = ui_services.marketing.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    workspace.tabs.setCurrentWidget(workspace.campaigns)
    tab = workspace.campaigns
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail(box.text()))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    type_text(tab.name_edit, "Spring offer")
    tab.segment_combo.setCurrentIndex(tab.segment_combo.findData(segment.id))
    type_text(tab.subject_edit, "Offer for {name}")
    type_text(tab.body_edit, "Dear {contact}, your manager {manager} has news. {oops}")
    type_text(tab.cost_edit, "90")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "{oops}" in tab.fields["body"].error.text()    # refused; what was typed stays
    assert "{oops}" in tab.body_edit.toPlainText()
    tab.body_edit.setPlainText("Dear {contact}, your manager {manager} has news.")

    asked = []
    tab.ask = lambda parent, title, label, password=False: asked.append(title) or "me@karavan.example"
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert [m["To"] for m in inbox.messages] == ["me@karavan.example"]
    assert inbox.messages[0]["Subject"].startswith("[TEST] Offer for ")

    qtbot.mouseClick(tab.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.status == "sent")
    assert sorted(m["To"] for m in inbox.messages[1:]) == ["aria@example.com", "info@romashka.example"]
    model = tab.recipients_model
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_loading())
    rows = {model.row_at(i).client_name: model.row_at(i) for i in range(model.rowCount())}
    assert rows["Acme Corporation"].status == "failed" and rows["Acme Corporation"].error.startswith("550")
    assert (rows["Quiet Ltd"].status, rows["Quiet Ltd"].error) == ("skipped", "unsubscribed")
    assert strip_isolates(model.index(0, 2).data()) in {"Sent", "Failed", "Skipped"}
    assert tab.progress_bar.value() == tab.progress_bar.maximum() == 4
    assert "2 sent, 1 failed, 1 skipped, 0 pending" in tab.recipients_label.text()
    assert not tab.send_button.isVisible() and not tab.subject_edit.isEnabled()
    tab.grab().save(shot_path("marketing_campaign_sent.png"))


def test_resume_sends_the_rest(qtbot, workspace, ui_services, inbox):
    m = ui_services.marketing
    segment = m.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    c = m.create_campaign(CampaignForm(name="Paused one", segment_id=segment.id, subject="Hi {name}", body="Hello"))
    c = m.start_sending(c.id, expected_version=c.version)
    m.pause_campaign(c.id)
    workspace.tabs.setCurrentWidget(workspace.campaigns)
    tab = workspace.campaigns
    tab.list_view.selectRow(0)
    assert tab.current.status == "paused" and tab.resume_button.isVisible()
    qtbot.mouseClick(tab.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current.status == "sent")
    assert len(inbox.messages) == 2


def test_sources_report_and_client_panel(qtbot, workspace, ui_services, tasks, shop):
    m = ui_services.marketing
    segment = m.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    c = m.create_campaign(CampaignForm(name="Spring offer", segment_id=segment.id, subject="Hi", body="Hello",
                                       cost=__import__("decimal").Decimal("90")))
    c = m.start_sending(c.id, expected_version=c.version)
    m.send_pending(c.id, password=None)
    m.set_source_campaign(shop["شرکت آریا"], campaign_id=c.id)
    from decimal import Decimal

    from sqlalchemy import update

    from app.models import Deal
    from app.services.funnel import DealForm, StageSpec
    pipeline = ui_services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead")])
    stage = {s.name: s.id for s in pipeline.stages}
    made = []
    for client, amount, currency, st, source in (
            ("شرکت آریا", "12000", "USD", "Won", "E-mail campaign"), ("Ромашка ООО", "300", "EUR", "Won", "Exhibition"),
            ("Acme Corporation", "2500", "USD", "Lead", "Exhibition"), ("Beta Trading", "700", "USD", "Won", "Website"),
            ("Ромашка ООО", "4100", "USD", "Won", "E-mail campaign")):
        made.append(ui_services.funnel.create_deal(DealForm(
            title=f"{client} {amount}", client_id=shop[client], amount=Decimal(amount), currency=currency,
            source=source, pipeline_id=pipeline.id, stage_id=stage[st])).id)
    with ui_services.uow() as uow:
        uow.session.execute(update(Deal).where(Deal.id.in_([made[0], made[4]])).values(source_campaign_id=c.id))
        uow.commit()
    workspace.tabs.setCurrentWidget(workspace.report)
    qtbot.mouseClick(workspace.report.refresh_button, Qt.MouseButton.LeftButton)
    labels = [strip_isolates(workspace.report.model.index(i, 0).data()) for i in range(workspace.report.model.rowCount())]
    assert "Campaign: Spring offer" in labels and "(no source)" in labels
    row = labels.index("Campaign: Spring offer")
    assert strip_isolates(workspace.report.model.index(row, 6).data()) == "45.00 USD"   # 90 / 2 won
    workspace.report.grab().save(shot_path("marketing_sources_report.png"))

    panel = ClientMarketingPanel(ui_services, tasks, client_id=shop["شرکت آریا"])
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    assert "Spring offer" in panel.source_label.text()
    assert [r.campaign_name for r in panel.model.rows] == ["Spring offer"]
    assert not panel.unsubscribed_check.isChecked()
    qtbot.mouseClick(panel.unsubscribed_check, Qt.MouseButton.LeftButton)
    assert m.client_marketing(shop["شرکت آریا"]).unsubscribed
    panel.grab().save(shot_path("client_marketing_panel.png"))


def test_smtp_settings_dialog_saves_and_tests(qtbot, ui_services, tasks, inbox, shop):
    dialog = SmtpSettingsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.host_edit.text() == "127.0.0.1"
    type_text(dialog.test_to_edit, "it@karavan.example")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert [m["To"] for m in inbox.messages] == ["it@karavan.example"]
    dialog.from_edit.setText("not an address")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.fields["mail_from"].error.isVisible() and dialog.saved is None
    dialog.from_edit.setText("Sales <sales@karavan.example>")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None and ui_services.marketing.load_smtp_settings().mail_from.startswith("Sales")


def test_a_link_opens_the_campaign_in_the_editor(qtbot, workspace, ui_services):
    segment = ui_services.marketing.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    for name in ("First", "Second"):
        ui_services.marketing.create_campaign(CampaignForm(name=name, segment_id=segment.id, subject="Hi",
                                                           body="Hello"))
    second = next(c for c in ui_services.marketing.list_campaigns() if c.name == "Second")
    workspace.show_campaign(second.id)
    assert workspace.tabs.currentWidget() is workspace.campaigns
    assert workspace.campaigns.name_edit.text() == "Second"
    assert workspace.campaigns.list_view.currentIndex().row() == \
        [c.name for c in workspace.campaigns.list_model.rows].index("Second")
    workspace.show_campaign(9999)   # deleted meanwhile: said in place, no dialog
    assert workspace.campaigns.error_label.text() == "That campaign no longer exists."
