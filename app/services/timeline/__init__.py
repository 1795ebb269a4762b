"""Logged interactions and the client timeline built from every area."""

from app.services.timeline.forms import (
    ENTRY_KINDS,
    FILTER_GROUPS,
    InteractionChoices,
    InteractionForm,
    InteractionRow,
    PickItem,
    TimelineEntry,
)
from app.services.timeline.interactions import (
    delete_interaction,
    interaction_choices,
    load_interaction,
    log_interaction,
    update_interaction,
)
from app.services.timeline.timeline import client_timeline, timeline_counts

__all__ = [
    "ENTRY_KINDS", "FILTER_GROUPS", "InteractionChoices", "InteractionForm", "InteractionRow", "PickItem",
    "TimelineEntry", "client_timeline", "delete_interaction", "interaction_choices", "load_interaction",
    "log_interaction", "timeline_counts", "update_interaction",
]
