"""What the planner screens share: labels of kinds and priorities, people's colours, local days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.services.planner import to_local, to_utc

KINDS = ("call", "meeting", "todo", "email")
PRIORITIES = ("low", "normal", "high")
# Distinct, readable on white, and kind to colour-blind eyes (Okabe–Ito).
PERSON_COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#7F7F7F", "#F0E442")


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def kind_label(kind: str) -> str:
    return {"call": tr("Call"), "meeting": tr("Meeting"), "todo": tr("To-do"), "email": tr("E-mail")}.get(kind, kind)


def priority_label(priority: str) -> str:
    return {"low": tr("Low"), "normal": tr("Normal"), "high": tr("High")}.get(priority, priority)


def status_label(status: str) -> str:
    return {"open": tr("Open"), "in_progress": tr("In progress"), "done": tr("Done"),
            "cancelled": tr("Cancelled")}.get(status, status)


def person_color(index: int) -> QColor:
    return QColor(PERSON_COLORS[index % len(PERSON_COLORS)])


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def local_today() -> date:
    return to_local(utcnow()).date()


def day_bounds_utc(day: date, days: int = 1) -> tuple[datetime, datetime]:
    """[local midnight of `day`, local midnight `days` later) in UTC."""
    start = datetime.combine(day, time())
    return to_utc(start), to_utc(start + timedelta(days=days))


__all__ = ["KINDS", "PRIORITIES", "day_bounds_utc", "kind_label", "local_today", "person_color",
           "priority_label", "status_label", "to_local", "to_utc", "tr", "utcnow"]
