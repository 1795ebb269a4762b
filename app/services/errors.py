"""Domain errors. They carry data; `app.ui.errors.show_error` turns them into words for people.

The texts of the errors the UI words itself stay plain English; those a screen may show as they are
(`str(exc)`: stock, credit, components) are msg() templates in the user's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.services.i18n import msg


class DomainError(Exception):
    """Base of every error a user action can end in; `str()` is a plain English fallback."""


class ValidationError(DomainError):
    """Input rejected; `errors` maps a field path (`display_name`, `channels.2.value`) to a message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))


class NotFound(DomainError):
    def __init__(self, entity: str, ident: object):
        self.entity, self.ident = entity, ident
        super().__init__(f"{entity} {ident} was not found (it may have been deleted or merged)")


class ConcurrentEdit(DomainError):
    """The record changed since the user loaded it. `current` is the record as it is now."""

    def __init__(self, entity: str, ident: int, *, changed_by: str | None, changed_at: datetime | None,
                 current: Any = None):
        self.entity, self.ident = entity, ident
        self.changed_by, self.changed_at, self.current = changed_by, changed_at, current
        super().__init__(f"{entity} {ident} was changed by {changed_by or 'another user'} at {changed_at}")


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    client_id: int
    code: str
    display_name: str
    reason: str  # "phone", "email" or "tax_id"
    value: str


class DuplicateFound(DomainError):
    """Saving would create a second client with the same phone, e-mail or tax id."""

    def __init__(self, matches: Sequence[DuplicateMatch]):
        self.matches = list(matches)
        names = ", ".join(sorted({m.display_name for m in self.matches}))
        super().__init__(f"possible duplicate of: {names}")


class AuthenticationFailed(DomainError):
    def __init__(self) -> None:
        super().__init__("login or password is incorrect")


class TooManyAttempts(DomainError):
    def __init__(self, retry_after: float = 0.0):
        self.retry_after = retry_after
        super().__init__(f"too many failed attempts; try again in {retry_after:.0f} s")


class PermissionDenied(DomainError):
    """The acting user's role does not allow this: `action` in `area` (both None for a rule of its own)."""

    def __init__(self, action: str, *, area: str | None = None):
        self.action, self.area = action, area
        super().__init__(f"not allowed: {action}" + (f" in {area}" if area else ""))


class AccountLocked(DomainError):
    """Too many wrong passwords in a row: the account opens again at `until` (UTC), or when an
    administrator unlocks it."""

    def __init__(self, until):
        self.until = until
        super().__init__(f"account locked until {until:%Y-%m-%d %H:%M} UTC")


class SchemaTooNew(DomainError):
    """The database was upgraded by a newer Karavan; this one must not touch it."""

    def __init__(self, db_revision: str, app_head: str):
        self.db_revision, self.app_head = db_revision, app_head
        super().__init__(
            f"the database schema ({db_revision}) is newer than this version of Karavan knows ({app_head}); "
            "install the newer Karavan"
        )


class DatabaseUnavailable(DomainError):
    """The database server cannot be reached (or refused the connection)."""

    def __init__(self, target: str, detail: str):
        self.target, self.detail = target, detail
        super().__init__(f"cannot connect to {target}: {detail}")


class InsufficientStock(DomainError):
    """Posting would take a product's available stock in a warehouse below zero."""

    def __init__(self, *, product: str, sku: str, warehouse: str, available, requested):
        self.product, self.sku, self.warehouse = product, sku, warehouse
        self.available, self.requested = available, requested
        super().__init__(msg("not enough {product} ({sku}) in {warehouse}: available {available}, requested {requested}",
                             product=product, sku=sku, warehouse=warehouse, available=available, requested=requested))


class UnknownBarcode(DomainError):
    """A scanned code matches no product's barcode or SKU."""

    def __init__(self, code: str):
        self.code = code
        super().__init__(msg("no product has the barcode or SKU {code!r}", code=code))


class BackdatedPosting(DomainError):
    """The document is dated before moves already posted; `later` names their documents."""

    def __init__(self, later: Sequence[str]):
        self.later = list(later)
        super().__init__(msg("the document is dated before posted documents {numbers}; their costs will be recomputed",
                             numbers=", ".join(self.later)))


class CreditLimitExceeded(DomainError):
    """Confirming would take what the client owes beyond their credit limit (company currency). Users
    with the right may confirm anyway (`override_credit=True`)."""

    def __init__(self, *, client: str, limit, owed, document, currency: str):
        self.client, self.limit, self.owed, self.document, self.currency = client, limit, owed, document, currency
        super().__init__(msg("{client} would owe {total} {currency} (owes {owed}, this document {document}), over "
                             "the credit limit of {limit} {currency}", client=client, total=owed + document,
                             currency=currency, owed=owed, document=document, limit=limit))


class ComponentShortage(DomainError):
    """Releasing a production order whose component warehouse cannot cover every component now. `rows`
    are ShortageRow values (needed, available, incoming); the user may release anyway
    (`accept_shortage=True`) when the goods are on their way."""

    def __init__(self, *, order: str, rows: Sequence[Any]):
        self.order, self.rows = order, list(rows)
        short = ", ".join(msg("{name} short {short}", name=r.name, short=r.short) for r in self.rows)
        super().__init__(msg("{order}: not enough components in stock ({short})", order=order, short=short))


class ConnectionLost(DomainError):
    """The link to the database broke during an action. `saved` is False when the action is known not
    to have committed (safe to try again), None when the link broke while committing (check first)."""

    def __init__(self, *, saved: bool | None, detail: str = ""):
        self.saved, self.detail = saved, detail
        super().__init__(f"connection to the database lost ({'not saved' if saved is False else 'outcome unknown'})"
                         + (f": {detail}" if detail else ""))
