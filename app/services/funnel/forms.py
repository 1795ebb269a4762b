"""Plain values that cross between screens and the funnel services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class StageRow:
    id: int
    pipeline_id: int
    name: str
    kind: str            # StageKind: open / won / lost
    probability: Decimal  # percent 0–100
    sort_order: int
    version: int


@dataclass(frozen=True, slots=True)
class PipelineRow:
    id: int
    name: str
    archived: bool
    version: int
    stages: tuple[StageRow, ...]

    @property
    def won(self) -> StageRow:
        return next(s for s in self.stages if s.kind == "won")

    @property
    def lost(self) -> StageRow:
        return next(s for s in self.stages if s.kind == "lost")


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A stage as the user describes it when making a pipeline."""

    name: str
    probability: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class DealLineData:
    """A product line as the deal card edits it (the amount is computed by the service)."""

    product_id: int | None
    quantity: Decimal = Decimal("1")
    unit_price: Decimal = Decimal("0")
    discount_percent: Decimal = Decimal("0")


@dataclass(frozen=True, slots=True)
class DealLineRow:
    """A saved product line with what the card shows about its product."""

    line_no: int
    product_id: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    amount: Decimal

    @property
    def data(self) -> DealLineData:
        return DealLineData(self.product_id, self.quantity, self.unit_price, self.discount_percent)


@dataclass(frozen=True, slots=True)
class DealForm:
    """Everything the deal card edits (the stage is changed by moving, see `move_deal`)."""

    title: str = ""
    client_id: int | None = None
    contact_person_id: int | None = None
    amount: Decimal = Decimal("0")
    currency: str = "USD"
    expected_close: date | None = None
    manager_id: int | None = None
    source: str = ""
    pipeline_id: int | None = None
    stage_id: int | None = None
    probability: Decimal | None = None   # None: the stage's default
    notes: str = ""
    source_campaign_id: int | None = None  # the marketing campaign the deal came from
    lines: tuple[DealLineData, ...] = ()   # with lines, the deal's amount is their sum


@dataclass(frozen=True, slots=True)
class DealCard:
    id: int
    version: int
    form: DealForm
    status: str
    client_name: str
    stage_name: str
    manager_name: str
    effective_probability: Decimal
    stage_entered_at: datetime
    lost_reason: str = ""
    lost_comment: str = ""
    closed_at: datetime | None = None
    campaign_name: str = ""
    lines: tuple[DealLineRow, ...] = ()


@dataclass(frozen=True, slots=True)
class StageVisit:
    """A stretch of a deal's life in one stage (`left_at` None: it is still there)."""

    stage_id: int
    stage_name: str
    entered_at: datetime
    left_at: datetime | None
    moved_by: str
    lost_reason: str = ""
    from_stage_name: str = ""  # "" for the deal's creation

    def seconds(self, now: datetime) -> float:
        return max(0.0, ((self.left_at or now) - self.entered_at).total_seconds())


@dataclass(frozen=True, slots=True)
class StageTime:
    """How long a deal spent in one stage in all, over every visit."""

    stage_id: int
    stage_name: str
    visits: int
    seconds: float


def time_in_stages(visits: tuple[StageVisit, ...] | list[StageVisit], now: datetime) -> list[StageTime]:
    """Total time per stage (a stage visited twice counts both stays), in the order first entered."""
    totals: dict[int, StageTime] = {}
    for visit in visits:
        seen = totals.get(visit.stage_id)
        totals[visit.stage_id] = StageTime(visit.stage_id, visit.stage_name, (seen.visits if seen else 0) + 1,
                                           (seen.seconds if seen else 0.0) + visit.seconds(now))
    return list(totals.values())
