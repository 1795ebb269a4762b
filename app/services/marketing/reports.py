"""Where deals come from: per free-text source and per campaign, with what the campaigns cost."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, or_, select

from app.models import Campaign, Client, Deal, DealStatus
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.marketing.forms import SourceReportRow
from app.services.uow import UnitOfWork

CENT = Decimal("0.01")


def cost_per_won(cost: Decimal, won: int) -> Decimal | None:
    """Campaign cost ÷ won deals, half-up to cents; None when nothing was won."""
    return (cost / won).quantize(CENT, rounding=ROUND_HALF_UP) if won else None


@requires(Area.MARKETING, Action.VIEW)
def source_report(uow: UnitOfWork, *, start: datetime, end: datetime) -> list[SourceReportRow]:
    """Deals created in [start, end) (naive UTC) and leads added then, per source and per campaign:
    deals, won deals, won amount per currency, and each campaign's cost and cost per won deal.
    Sources come first (by name, '' — no source — last), then campaigns by name."""
    if end <= start:
        raise ValidationError({"end": msg("must be after the start")})
    with uow:
        s = uow.session
        in_period = (Deal.created_at >= start, Deal.created_at < end)
        won = func.sum(case((Deal.status == DealStatus.WON, 1), else_=0))
        amounts: dict[tuple[str, object], dict[str, Decimal]] = defaultdict(dict)

        by_source = {src: (n, w or 0) for src, n, w in s.execute(
            select(Deal.source, func.count(), won).where(*in_period).group_by(Deal.source))}
        for src, cur, total in s.execute(select(Deal.source, Deal.currency, func.sum(Deal.amount))
                                         .where(*in_period, Deal.status == DealStatus.WON)
                                         .group_by(Deal.source, Deal.currency)):
            amounts[("source", src)][cur] = Decimal(total)
        leads_by_source = dict(s.execute(select(Client.source, func.count())
                                         .where(Client.created_at >= start, Client.created_at < end)
                                         .group_by(Client.source)).all())

        by_campaign = {cid: (n, w or 0) for cid, n, w in s.execute(
            select(Deal.source_campaign_id, func.count(), won)
            .where(*in_period, Deal.source_campaign_id.is_not(None)).group_by(Deal.source_campaign_id))}
        for cid, cur, total in s.execute(select(Deal.source_campaign_id, Deal.currency, func.sum(Deal.amount))
                                         .where(*in_period, Deal.status == DealStatus.WON,
                                                Deal.source_campaign_id.is_not(None))
                                         .group_by(Deal.source_campaign_id, Deal.currency)):
            amounts[("campaign", cid)][cur] = Decimal(total)
        leads_by_campaign = dict(s.execute(
            select(Client.source_campaign_id, func.count())
            .where(Client.created_at >= start, Client.created_at < end, Client.source_campaign_id.is_not(None))
            .group_by(Client.source_campaign_id)).all())
        wanted = set(by_campaign) | set(leads_by_campaign)
        campaigns = s.execute(select(Campaign.id, Campaign.name, Campaign.cost, Campaign.currency).where(or_(
            Campaign.id.in_(wanted), Campaign.started_at.between(start, end))).order_by(Campaign.name_key)).all()

    def money(key) -> tuple[tuple[str, Decimal], ...]:
        return tuple(sorted(amounts.get(key, {}).items()))

    rows = []
    for src in sorted(set(by_source) | set(leads_by_source), key=lambda x: (x == "", x.casefold())):
        n, w = by_source.get(src, (0, 0))
        rows.append(SourceReportRow("source", src, None, leads_by_source.get(src, 0), n, w,
                                    money(("source", src)), None, "", None))
    for cid, name, cost, currency in campaigns:
        n, w = by_campaign.get(cid, (0, 0))
        rows.append(SourceReportRow("campaign", name, cid, leads_by_campaign.get(cid, 0), n, w,
                                    money(("campaign", cid)), cost, currency, cost_per_won(cost, w)))
    return rows
