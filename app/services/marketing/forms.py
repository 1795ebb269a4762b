"""Plain values that cross between the marketing screens and services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

# The statuses, as the screens may name them (screens never import app.models).
DRAFT, SENDING, PAUSED, SENT = "draft", "sending", "paused", "sent"
PENDING, FAILED, SKIPPED = "pending", "failed", "skipped"
ROLES = ("lead", "customer", "supplier")
SECURITY_MODES = ("starttls", "ssl", "none")
# What a subject or body may name in braces, filled per recipient.
PLACEHOLDERS = ("name", "contact", "manager", "city", "code", "email", "company")


@dataclass(frozen=True, slots=True)
class SegmentCriteria:
    """A filter over active clients; every set criterion must hold (empty criteria: all clients).

    `tags`: any of these tag names. `stage_id`: has a deal now in that stage. Purchases follow
    `app.services.marketing.segments.purchases` (won deals until documents exist)."""

    role: str | None = None
    tags: tuple[str, ...] = ()
    city: str = ""
    manager_id: int | None = None
    last_purchase_from: date | None = None
    last_purchase_to: date | None = None
    total_min: Decimal | None = None
    total_max: Decimal | None = None
    total_currency: str = "USD"
    stage_id: int | None = None


@dataclass(frozen=True, slots=True)
class SegmentRow:
    id: int
    name: str
    criteria: SegmentCriteria
    count: int | None
    version: int


@dataclass(frozen=True, slots=True)
class MemberRow:
    """A client matching a segment, as the preview lists it."""

    id: int
    code: str
    display_name: str
    city: str
    email: str
    manager: str
    unsubscribed: bool


@dataclass(frozen=True, slots=True)
class CampaignForm:
    name: str = ""
    segment_id: int | None = None
    subject: str = ""
    body: str = ""
    cost: Decimal = Decimal("0")
    currency: str = "USD"


@dataclass(frozen=True, slots=True)
class CampaignRow:
    id: int
    version: int
    form: CampaignForm
    segment_name: str
    status: str
    started_at: datetime | None
    finished_at: datetime | None
    pending: int = 0
    sent: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def name(self) -> str:
        return self.form.name

    @property
    def total(self) -> int:
        return self.pending + self.sent + self.failed + self.skipped


@dataclass(frozen=True, slots=True)
class RecipientRow:
    id: int
    client_id: int
    client_name: str
    email: str
    status: str
    error: str
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class RecipientValues:
    """What the placeholders of one e-mail are filled with."""

    name: str = ""
    contact: str = ""
    manager: str = ""
    city: str = ""
    code: str = ""
    email: str = ""
    company: str = ""


@dataclass(frozen=True, slots=True)
class SendResult:
    campaign_id: int
    status: str
    sent: int
    failed: int
    pending: int


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"
    username: str = ""
    mail_from: str = ""
    version: int = 0


@dataclass(frozen=True, slots=True)
class SourceReportRow:
    """One line of the sources report: a free-text source or a campaign, over the period."""

    kind: str                 # "source" or "campaign"
    label: str
    campaign_id: int | None
    leads: int
    deals: int
    won: int
    won_amounts: tuple[tuple[str, Decimal], ...]   # (currency, amount), by currency
    cost: Decimal | None
    cost_currency: str
    cost_per_won: Decimal | None


@dataclass(frozen=True, slots=True)
class ClientCampaignRow:
    campaign_id: int
    campaign_name: str
    status: str
    error: str
    sent_at: datetime | None


@dataclass(frozen=True, slots=True)
class ClientMarketing:
    """What the client card's marketing panel shows."""

    client_id: int
    unsubscribed: bool
    source: str
    source_campaign_id: int | None
    source_campaign_name: str
    campaigns: tuple[ClientCampaignRow, ...]
    version: int
