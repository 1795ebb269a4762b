"""Marketing: segments of clients, e-mail campaigns to them, SMTP settings, and the sources report."""

from app.services.marketing.campaigns import (
    TRANSITIONS,
    create_campaign,
    delete_campaign,
    first_recipients,
    list_campaigns,
    load_campaign,
    pause_campaign,
    prepare_recipients,
    recipient_page,
    render_message,
    send_pending,
    send_test,
    start_sending,
    unknown_placeholders,
    update_campaign,
)
from app.services.marketing.clients import client_marketing, set_source_campaign, set_unsubscribed
from app.services.marketing.forms import (
    DRAFT,
    FAILED,
    PAUSED,
    PENDING,
    PLACEHOLDERS,
    ROLES,
    SECURITY_MODES,
    SENDING,
    SENT,
    SKIPPED,
    CampaignForm,
    CampaignRow,
    ClientCampaignRow,
    ClientMarketing,
    MemberRow,
    RecipientRow,
    RecipientValues,
    SegmentCriteria,
    SegmentRow,
    SendResult,
    SmtpSettings,
    SourceReportRow,
)
from app.services.marketing.mail import (
    MailError,
    load_smtp_settings,
    remember_smtp_password,
    save_smtp_settings,
    saved_smtp_password,
    send_settings_test,
)
from app.services.marketing.reports import source_report
from app.services.marketing.segments import (
    count_segment,
    criteria_from_json,
    criteria_to_json,
    delete_segment,
    list_segments,
    load_segment,
    save_segment,
    segment_members,
)

__all__ = [
    "TRANSITIONS", "create_campaign", "delete_campaign", "first_recipients", "list_campaigns", "load_campaign",
    "pause_campaign", "prepare_recipients", "recipient_page", "render_message", "send_pending", "send_test",
    "start_sending", "unknown_placeholders", "update_campaign", "client_marketing", "set_source_campaign",
    "set_unsubscribed", "DRAFT", "FAILED", "PAUSED", "PENDING", "PLACEHOLDERS", "ROLES", "SECURITY_MODES",
    "SENDING", "SENT", "SKIPPED", "CampaignForm", "CampaignRow", "ClientCampaignRow", "ClientMarketing",
    "MemberRow", "RecipientRow", "RecipientValues", "SegmentCriteria", "SegmentRow", "SendResult", "SmtpSettings",
    "SourceReportRow", "MailError", "load_smtp_settings", "remember_smtp_password", "save_smtp_settings",
    "saved_smtp_password", "send_settings_test", "source_report", "count_segment", "criteria_from_json",
    "criteria_to_json", "delete_segment", "list_segments", "load_segment", "save_segment", "segment_members",
]
