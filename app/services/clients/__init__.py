"""Clients: the parties a company sells to and buys from."""

from app.models.clients import AddressKind, ChannelKind, ClientKind, ClientRole, ClientStatus
from app.services.clients.directories import add_position, delete_position, list_positions, rename_position
from app.services.clients.editing import (
    archive_client,
    create_client,
    find_duplicates,
    load_client,
    restore_client,
    update_client,
)
from app.services.clients.forms import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientCard,
    ClientForm,
    ClientQuery,
    ClientRow,
    ContactPersonData,
    NamedItem,
)
from app.services.clients.listing import (
    client_ids,
    client_page,
    client_rows,
    count_clients,
    first_page,
    list_tags,
    search_clients,
)
from app.services.clients.merge import MERGEABLE_FIELDS, merge_clients, merge_preview, merges_into

__all__ = [
    "AddressKind", "ChannelKind", "ClientKind", "ClientRole", "ClientStatus",
    "MERGEABLE_FIELDS", "AddressData", "BankAccountData", "ChannelData", "ClientCard", "ClientForm",
    "ClientQuery", "ClientRow", "ContactPersonData", "NamedItem", "add_position", "archive_client",
    "client_ids", "client_page", "client_rows", "count_clients", "first_page", "create_client", "delete_position", "find_duplicates", "list_positions",
    "list_tags", "load_client", "merge_clients", "merge_preview", "merges_into", "rename_position",
    "restore_client", "search_clients", "update_client",
]
