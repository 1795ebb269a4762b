"""Progress and pace, as plain arithmetic: how far a key result has come from its start toward its target,
and how far a steady pace would have brought it by today (the share of the period gone by)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

TENTH = Decimal("0.1")
# Behind by more than this many points of the pace counts as behind.
SLACK = Decimal(5)


def elapsed_percent(start: date, end: date, today: date) -> Decimal:
    """The share of the days start..end (both included) gone by at the end of `today`, in percent."""
    if today < start:
        return Decimal(0)
    days = (end - start).days + 1
    gone = min((today - start).days + 1, days)
    return (Decimal(gone) * 100 / days).quantize(TENTH, rounding=ROUND_HALF_UP)


def progress_percent(start: Decimal, target: Decimal, current: Decimal) -> Decimal | None:
    """(current − start) / (target − start) in percent (works for targets below the start too); None when
    start and target are equal."""
    if target == start:
        return None
    return ((current - start) * 100 / (target - start)).quantize(TENTH, rounding=ROUND_HALF_UP)


def expected_value(start: Decimal, target: Decimal, elapsed: Decimal) -> Decimal:
    return start + (target - start) * elapsed / 100


def status(progress: Decimal | None, elapsed: Decimal, *, started: bool, current: Decimal = Decimal(0),
           target: Decimal = Decimal(0)) -> str:
    """done, on_track, behind or not_started."""
    if progress is None:
        return "done" if current == target else "on_track"
    if progress >= 100:
        return "done"
    if not started:
        return "not_started"
    return "on_track" if progress >= elapsed - SLACK else "behind"


def held(progress: Decimal | None) -> Decimal:
    """Progress within 0–100, what an objective's average and a bar use (None counts as 100: nothing to do)."""
    if progress is None:
        return Decimal(100)
    return max(Decimal(0), min(Decimal(100), progress))
