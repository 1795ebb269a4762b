"""The marketing side of a client: the unsubscribe flag, the campaign that brought them, what they got."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Campaign, CampaignRecipient, Client
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound
from app.services.marketing.forms import ClientCampaignRow, ClientMarketing
from app.services.uow import UnitOfWork


def _marketing(session, client: Client) -> ClientMarketing:
    source_campaign = session.get(Campaign, client.source_campaign_id) if client.source_campaign_id else None
    rows = session.execute(
        select(CampaignRecipient.campaign_id, Campaign.name, CampaignRecipient.status, CampaignRecipient.error,
               CampaignRecipient.sent_at)
        .join(Campaign, Campaign.id == CampaignRecipient.campaign_id)
        .where(CampaignRecipient.client_id == client.id)
        .order_by(Campaign.created_at.desc(), CampaignRecipient.id.desc()))
    return ClientMarketing(client.id, client.unsubscribed, client.source, client.source_campaign_id,
                           source_campaign.name if source_campaign else "",
                           tuple(ClientCampaignRow(*r) for r in rows), client.version)


def _client(session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFound("client", client_id)
    return client


@requires(Area.MARKETING, Action.VIEW)
def client_marketing(uow: UnitOfWork, client_id: int) -> ClientMarketing:
    """The client's unsubscribe flag, source campaign and the campaigns sent to them; raises NotFound."""
    with uow:
        return _marketing(uow.session, _client(uow.session, client_id))


@requires(Area.MARKETING, Action.EDIT)
def set_unsubscribed(uow: UnitOfWork, client_id: int, *, unsubscribed: bool) -> ClientMarketing:
    """Mark the client (un)subscribed: later campaigns skip an unsubscribed client. One flag, so no
    version check: whoever ticks it last wins, which is what the client asked for."""
    with uow:
        client = _client(uow.session, client_id)
        if client.unsubscribed != unsubscribed:
            client.unsubscribed = unsubscribed
            uow.session.flush()
        result = _marketing(uow.session, client)
        uow.commit()
        return result


@requires(Area.MARKETING, Action.EDIT)
def set_source_campaign(uow: UnitOfWork, client_id: int, *, campaign_id: int | None) -> ClientMarketing:
    """Record which campaign brought the client in (None: none); raises NotFound."""
    with uow:
        s = uow.session
        client = _client(s, client_id)
        if campaign_id is not None and s.get(Campaign, campaign_id) is None:
            raise NotFound("campaign", campaign_id)
        client.source_campaign_id = campaign_id
        s.flush()
        result = _marketing(s, client)
        uow.commit()
        return result
