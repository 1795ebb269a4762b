"""Plain values the funnel reports return: the forecast, stage conversion and the deal board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

NO_DATE = "no date"
UNASSIGNED = "Unassigned"


@dataclass(frozen=True, slots=True)
class ForecastRow:
    """One group of open deals in one currency.

    `key` is the expected-close month ("YYYY-MM", None: no date), the manager's id (None: nobody)
    or None for a currency total; `label` is what a screen shows for it.
    """

    key: str | int | None
    label: str
    currency: str
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True, slots=True)
class ForecastCell:
    """Open deals of one expected-close month (None: no date) and one manager (None: nobody), one currency."""

    month: str | None
    manager_id: int | None
    manager_name: str
    currency: str
    count: int
    amount: Decimal
    weighted: Decimal


@dataclass(frozen=True, slots=True)
class Forecast:
    by_month: tuple[ForecastRow, ...]    # months ascending, "no date" last; currencies A–Z within
    by_manager: tuple[ForecastRow, ...]  # managers by name, "Unassigned" last
    totals: tuple[ForecastRow, ...]      # one row per currency
    # month × manager, in by_month's order of months and by_manager's order of managers
    cells: tuple[ForecastCell, ...] = ()

    def currencies(self) -> tuple[str, ...]:
        return tuple(row.currency for row in self.totals)


@dataclass(frozen=True, slots=True)
class ConversionRow:
    """How deals went on from one stage during a period (see `reports.conversion`)."""

    stage_id: int
    stage_name: str
    kind: str
    entered: int
    moved_on: int
    won: int
    lost: int
    lost_by_reason: tuple[tuple[str, int], ...] = ()

    @property
    def conversion_percent(self) -> Decimal | None:
        """Of the deals that entered an open stage, the share that moved on, in percent to 0.1
        (None for Won and Lost, and when none entered)."""
        if self.kind != "open" or not self.entered:
            return None
        return (Decimal(self.moved_on) * 100 / self.entered).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class DealCardRow:
    """A deal as a card on the board."""

    id: int
    version: int
    title: str
    client_name: str
    amount: Decimal
    currency: str
    days_in_stage: int
    manager_name: str
    expected_close: date | None
    overdue_close: bool
    status: str
    overdue_task: bool = False  # an open task of the deal is past its due time


@dataclass(frozen=True, slots=True)
class BoardColumn:
    stage_id: int
    name: str
    kind: str
    probability: Decimal
    count: int
    sums: tuple[tuple[str, Decimal], ...]  # (currency, total amount), currencies A–Z
    cards: tuple[DealCardRow, ...]


@dataclass(frozen=True, slots=True)
class Board:
    pipeline_id: int
    pipeline_name: str
    columns: tuple[BoardColumn, ...]
