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
             "active": msg("active"), "archived": msg("archived"), "new": msg("new"), "waiting": msg("waiting"),
             "resolved": msg("resolved"), "closed": msg("closed")}
    return words.get(status) or status.replace("_", " ")


def as_title(word: str) -> str:
    """A word as a table cell or heading starts ("in progress" → "In progress")."""
    return word[:1].upper() + word[1:]


def code_title(code: str) -> str:
    """A status, document type, request kind or priority as a cell of an Excel export ("In progress",
    "Purchase order", "Urgent")."""
    words = {"complaint": msg("complaint"), "question": msg("question"), "repair": msg("repair"),
             "low": msg("low"), "normal": msg("normal"), "high": msg("high"), "urgent": msg("urgent")}
    word = words.get(code) or (doc_type_word(code) if code in _DOC_TYPES else status_word(code))
    return as_title(word)


_DOC_TYPES = frozenset({"quote", "order", "invoice", "waybill", "act", "contract", "return", "purchase_order",
                        "goods_receipt", "supplier_invoice", "supplier_return"})
