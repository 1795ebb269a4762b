"""Text helpers for screens that need no widgets: bidi isolation and local times.

Kept apart from app/ui/widgets.py so that the list and the main window do not pay, at start-up,
for the Qt classes the card's form helpers use.
"""

from __future__ import annotations

from datetime import UTC, datetime

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """Wrap user text in a first-strong isolate, so that a phone number or a Latin name keeps its
    order inside a right-to-left sentence ("+98 21 8888" instead of "8888 21 98+")."""
    return f"{FSI}{text}{PDI}" if text else text


def strip_isolates(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


def format_time(moment: datetime | None) -> str:
    """A stored (naive UTC) time in the user's local zone, 'YYYY-MM-DD HH:MM'."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
