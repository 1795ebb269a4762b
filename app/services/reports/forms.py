"""What a report returns: frozen rows of plain values under described columns, their totals, and the same
report for the previous period when it is compared."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.services.reports.periods import Period

Value = Decimal | int | None


@dataclass(frozen=True, slots=True)
class ReportColumn:
    key: str
    title: str
    # The kinds app/services/xlsx.py formats: int, qty, money, cost, percent.
    kind: str = "money"


@dataclass(frozen=True, slots=True)
class ReportRow:
    # Stable across periods (an id, a month "2026-03"), so a row meets its previous-period twin.
    key: str
    label: str
    values: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class ReportResult:
    report: str
    title: str
    period: Period
    currency: str
    # The heading of the label column ("Product", "Month", …).
    label_title: str
    columns: tuple[ReportColumn, ...]
    rows: tuple[ReportRow, ...]
    totals: tuple[Value, ...]
    # Which value column the chart draws, and how ("bar" or "line").
    chart_column: int = 0
    chart_kind: str = "bar"
    # More value columns drawn beside the chart column when there is no previous period (cash flow).
    chart_extra: tuple[int, ...] = ()
    # Rows are periods in time order (by month, cash flow): the chart keeps them all, in order.
    in_time: bool = False
    previous: ReportResult | None = None
    note: str = ""

    def previous_value(self, key: str, column: int | None = None) -> Value:
        """The previous period's value for the row `key` (0 when the row had none), or None when the report
        is not compared."""
        if self.previous is None:
            return None
        col = self.chart_column if column is None else column
        for row in self.previous.rows:
            if row.key == key:
                return row.values[col]
        return Decimal(0) if self.columns[col].kind != "int" else 0


@dataclass(frozen=True, slots=True)
class ReportParams:
    """Everything a report run depends on; what a preset keeps (see presets.py)."""

    period_kind: str = "month"
    start: date | None = None
    end: date | None = None
    compare: bool = True
    group_by: str = ""
    step: str = "month"
    warehouse_id: int | None = None
    client_id: int | None = None
    manager_id: int | None = None
    category_id: int | None = None
    pipeline_id: int | None = None
    # Only this branch's clients, deals, tasks and documents (None: every branch the user may see).
    branch_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"period_kind": self.period_kind, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None, "compare": self.compare,
                "group_by": self.group_by, "step": self.step, "warehouse_id": self.warehouse_id,
                "client_id": self.client_id, "manager_id": self.manager_id, "category_id": self.category_id,
                "pipeline_id": self.pipeline_id, "branch_id": self.branch_id}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportParams:
        def day(text: Any) -> date | None:
            try:
                return date.fromisoformat(text) if text else None
            except (TypeError, ValueError):
                return None

        def ident(value: Any) -> int | None:
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(period_kind=str(data.get("period_kind") or "month"), start=day(data.get("start")),
                   end=day(data.get("end")), compare=bool(data.get("compare", True)),
                   group_by=str(data.get("group_by") or ""), step=str(data.get("step") or "month"),
                   warehouse_id=ident(data.get("warehouse_id")), client_id=ident(data.get("client_id")),
                   manager_id=ident(data.get("manager_id")), category_id=ident(data.get("category_id")),
                   pipeline_id=ident(data.get("pipeline_id")), branch_id=ident(data.get("branch_id")))
