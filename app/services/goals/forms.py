"""What the Goals screens send and get back: forms for objectives and key results, frozen rows with the
progress worked out, check-ins and plan cells."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class KeyResultForm:
    title: str
    target_value: Decimal | str
    kind: str = "manual"            # "metric" or "manual"
    metric: str = ""
    start_value: Decimal | str = "0"
    manager_id: int | None = None
    category_id: int | None = None
    pipeline_id: int | None = None
    owner_id: int | None = None
    id: int | None = None           # an existing key result kept (None: a new one)


@dataclass(frozen=True, slots=True)
class ObjectiveForm:
    title: str
    period_start: date
    period_end: date
    level: str = "company"          # company, branch, department or person
    description: str = ""
    branch_id: int | None = None
    department_id: int | None = None
    owner_id: int | None = None
    key_results: tuple[KeyResultForm, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class KeyResultRow:
    id: int
    objective_id: int
    title: str
    kind: str
    metric: str
    metric_title: str
    value_kind: str                 # money, int, percent, qty (manual: qty)
    manager_id: int | None
    category_id: int | None
    pipeline_id: int | None
    owner_id: int | None
    owner_name: str
    start_value: Decimal
    target_value: Decimal
    current_value: Decimal
    expected_value: Decimal         # where a steady pace from start to target would be today
    progress_percent: Decimal | None   # (current − start) / (target − start); None when they are equal
    expected_percent: Decimal       # share of the period gone by
    status: str                     # not_started, on_track, behind, done
    check_ins: int
    can_check_in: bool
    version: int


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    id: int
    title: str
    description: str
    level: str
    branch_id: int | None
    department_id: int | None
    owner_id: int | None
    belongs_to: str                 # "Company", the branch's, department's or person's name
    period_start: date
    period_end: date
    key_results: tuple[KeyResultRow, ...]
    progress_percent: Decimal       # the key results' progress averaged (each held within 0–100)
    expected_percent: Decimal
    status: str
    can_edit: bool
    version: int


@dataclass(frozen=True, slots=True)
class CheckInRow:
    id: int
    key_result_id: int
    at: datetime
    user_name: str
    value: Decimal
    comment: str


@dataclass(frozen=True, slots=True)
class ReviewKeyResult:
    key_result: KeyResultRow
    history: tuple[CheckInRow, ...]   # oldest first


@dataclass(frozen=True, slots=True)
class ReviewObjective:
    objective: ObjectiveRow
    key_results: tuple[ReviewKeyResult, ...]


@dataclass(frozen=True, slots=True)
class QuarterReview:
    start: date
    end: date
    objectives: tuple[ReviewObjective, ...]
    average_percent: Decimal
    done: int                        # key results at or past their target
    behind: int
    total: int


@dataclass(frozen=True, slots=True)
class PlanCell:
    manager_id: int
    month: date
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PlanYear:
    year: int
    managers: tuple[tuple[int, str], ...]          # (user id, full name) of active users, by name
    amounts: dict[tuple[int, int], Decimal]        # (manager id, month 1–12) → plan; missing: none set
    actual: dict[tuple[int, int], Decimal]         # (manager id, month 1–12) → net sales so far
    currency: str


@dataclass(frozen=True, slots=True)
class PlanProgress:
    start: date
    end: date                       # inclusive: the period shown, to date
    plan: Decimal                   # the plans' share for the whole period (months pro rata by days)
    plan_to_date: Decimal           # the share up to `end`
    actual: Decimal                 # net sales (the Sales report) from start to end
    currency: str

    @property
    def percent(self) -> Decimal | None:
        if not self.plan:
            return None
        return (self.actual * 100 / self.plan).quantize(Decimal("0.1"))


@dataclass(frozen=True, slots=True)
class GoalChoices:
    """What the objective editor offers: people, teams, filters and metrics, and what the user may set."""

    users: tuple[tuple[int, str], ...]
    branches: tuple[tuple[int, str], ...]
    departments: tuple[tuple[int, str], ...]
    categories: tuple[tuple[int, str], ...]
    pipelines: tuple[tuple[int, str], ...]
    metrics: tuple[tuple[str, str, str, tuple[str, ...]], ...]   # key, title, kind, filters
    user_id: int | None
    may_set_team_goals: bool          # the Settings edit right: company and team objectives, plans
    currency: str
