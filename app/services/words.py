"""Code words (a document type, a status) as the words a message puts in a sentence — "the invoice is
already cancelled" — in the user's language. Only for messages: what is stored keeps the code."""

from __future__ import annotations

from app.services.i18n import msg


def doc_type_word(doc_type: str) -> str:
    """'purchase_order' → 'purchase order' (lower case, for the middle of a sentence)."""
    words = {"quote": msg("quote"), "order": msg("order"), "invoice": msg("invoice"), "waybill": msg("waybill"),
             "act": msg("act"), "contract": msg("contract"), "return": msg("return"),
             "purchase_order": msg("purchase order"), "goods_receipt": msg("goods receipt"),
             "supplier_invoice": msg("supplier invoice"), "supplier_return": msg("supplier return")}
    return words.get(doc_type) or doc_type.replace("_", " ")


def status_word(status: str) -> str:
    """A record's status as an adjective for a sentence ("a posted document", "the task is in progress")."""
    words = {"draft": msg("draft"), "confirmed": msg("confirmed"), "cancelled": msg("cancelled"),
             "posted": msg("posted"), "open": msg("open"), "in_progress": msg("in progress"), "done": msg("done"),
             "planned": msg("planned"), "released": msg("released"), "sending": msg("sending"),
             "paused": msg("paused"), "sent": msg("sent"), "won": msg("won"), "lost": msg("lost"),
             "active": msg("active"), "archived": msg("archived")}
    return words.get(status) or status.replace("_", " ")
