"""Funnel reports: the weighted forecast, stage-to-stage conversion, and the deal board."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import BigInteger, cast, func, select

from app.models import (
    Client,
    Deal,
    DealStageChange,
    DealStatus,
    LostReason,
    Stage,
    StageKind,
    User,
)
from app.models.base import utcnow
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.calendars import GREGORIAN, check_system, month_key
from app.services.funnel.deals import weighted
from app.services.funnel.filters import DealQuery, filtered, overdue_tasks
from app.services.funnel.pipelines import _pipeline
from app.services.funnel.report_forms import (
    NO_DATE,
    UNASSIGNED,
    Board,
    BoardColumn,
    ConversionRow,
    DealCardRow,
    Forecast,
    ForecastCell,
    ForecastRow,
)
from app.services.uow import UnitOfWork

ZERO = Decimal("0.00")


# --- forecast -------------------------------------------------------------------------------------

# Per-deal weights are summed in SQL in whole cents: with c cents and p percent given as q
# hundredths, weighted(amount, p) is (c·q + 5000) div 10000 cents — integer arithmetic that SQLite
# and PostgreSQL agree on. Below this amount c·q stays inside 64 bits; larger deals are weighed here.
_SQL_SAFE_AMOUNT = Decimal("1e12")


def _cents(column):
    return cast(func.round(column * 100), BigInteger)


def _money(cents: int) -> Decimal:
    return Decimal(int(cents)).scaleb(-2)


class _Sum:
    __slots__ = ("count", "cents", "weight")

    def __init__(self) -> None:
        self.count = self.cents = self.weight = 0

    def add(self, count: int, cents: int, weight: int) -> None:
        self.count += count
        self.cents += cents
        self.weight += weight


@requires(Area.DEALS, Action.VIEW)
def forecast(uow: UnitOfWork, *, pipeline_id: int | None = None, manager_id: int | None = None,
             calendar: str = GREGORIAN) -> Forecast:
    """Open deals' amounts and weighted amounts by expected-close month (of `calendar`: keys '2026-03', or
    '1405-01' in the Solar Hijri one), by manager and in total, each per currency.

    Rounding rule: every deal is weighted on its own — `weighted(amount, p)`, amount × p / 100
    rounded half-up to cents, p being the deal's probability or else its stage's — and a group's
    weighted total is the sum of those rounded figures (never the rounded sum of raw products), so
    a group always equals the deals a screen lists under it. SQL groups by close date, manager and
    currency in integer cents (exact on both databases); months are rolled up here.
    """
    check_system(calendar)
    cents = _cents(Deal.amount)
    percent = _cents(func.coalesce(Deal.probability, Stage.probability))
    where = [Deal.status == DealStatus.OPEN]
    if pipeline_id is not None:
        where.append(Deal.pipeline_id == pipeline_id)
    if manager_id is not None:
        where.append(Deal.manager_id == manager_id)
    keys = (Deal.expected_close, Deal.manager_id, Deal.currency)
    grouped = (select(*keys, func.count(), func.sum(cents), func.sum((cents * percent + 5000) // 10000))
               .join(Stage, Stage.id == Deal.stage_id)
               .where(*where, Deal.amount < _SQL_SAFE_AMOUNT)
               .group_by(*keys))
    huge = (select(*keys, Deal.amount, func.coalesce(Deal.probability, Stage.probability))
            .join(Stage, Stage.id == Deal.stage_id)
            .where(*where, Deal.amount >= _SQL_SAFE_AMOUNT))
    with uow:
        s = uow.session
        groups = [(close, manager, currency, count, int(c), int(w))
                  for close, manager, currency, count, c, w in s.execute(grouped)]
        groups += [(close, manager, currency, 1, int(amount * 100), int(weighted(amount, p) * 100))
                   for close, manager, currency, amount, p in s.execute(huge)]
        names = dict(s.execute(select(User.id, User.full_name)).all())
    months: dict[tuple[str | None, str], _Sum] = defaultdict(_Sum)
    managers: dict[tuple[int | None, str], _Sum] = defaultdict(_Sum)
    totals: dict[str, _Sum] = defaultdict(_Sum)
    cells: dict[tuple[str | None, int | None, str], _Sum] = defaultdict(_Sum)
    for close, manager, currency, count, c, w in groups:
        month = month_key(close, calendar) if close is not None else None
        months[month, currency].add(count, c, w)
        managers[manager, currency].add(count, c, w)
        totals[currency].add(count, c, w)
        cells[month, manager, currency].add(count, c, w)

    def row(key: str | int | None, label: str, currency: str, total: _Sum) -> ForecastRow:
        return ForecastRow(key, label, currency, total.count, _money(total.cents), _money(total.weight))

    by_month = sorted(months.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or "", kv[0][1]))
    by_manager = sorted(managers.items(), key=lambda kv: (kv[0][0] is None, v.fold(names.get(kv[0][0], "")),
                                                          kv[0][0] or 0, kv[0][1]))
    def label(manager: int | None) -> str:
        return names.get(manager, UNASSIGNED) if manager is not None else UNASSIGNED

    month_order: dict[str | None, int] = {}
    manager_order: dict[int | None, int] = {}
    for (m, _), _ in by_month:
        month_order.setdefault(m, len(month_order))
    for (man, _), _ in by_manager:
        manager_order.setdefault(man, len(manager_order))
    by_cell = sorted(cells.items(), key=lambda kv: (month_order[kv[0][0]], manager_order[kv[0][1]], kv[0][2]))
    return Forecast(
        by_month=tuple(row(m, m or NO_DATE, cur, t) for (m, cur), t in by_month),
        by_manager=tuple(row(m, label(m), cur, t) for (m, cur), t in by_manager),
        totals=tuple(row(None, cur, cur, totals[cur]) for cur in sorted(totals)),
        cells=tuple(ForecastCell(m, man, label(man), cur, t.count, _money(t.cents), _money(t.weight))
                    for (m, man, cur), t in by_cell),
    )


# --- conversion -----------------------------------------------------------------------------------

def _period(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """[start, end) in stored naive UTC for inclusive calendar dates."""
    return datetime.combine(date_from, time.min), datetime.combine(date_to + timedelta(days=1), time.min)


@requires(Area.DEALS, Action.VIEW)
def conversion(uow: UnitOfWork, *, date_from: date, date_to: date, pipeline_id: int) -> list[ConversionRow]:
    """Per stage of the pipeline, in order: how many deals entered it in the period and what became
    of them; raises NotFound.

    `entered` counts distinct deals with a move into the stage on a day from `date_from` to
    `date_to` (inclusive, against the stored UTC time). Of those deals, counted from their first
    entry in the period: `moved_on` later (at any time, also after the period) entered an open stage
    further along or Won; `won` / `lost` entered Won / Lost within the period. The Won and Lost rows
    count themselves, and the Lost row also splits its deals by the reason given on that move.
    """
    start, end = _period(date_from, date_to)
    with uow:
        s = uow.session
        stages = pipeline_stages(s, pipeline_id)
        moves = stage_moves(s, stages, start, end)
    return tally(stages, [visits for _, visits in moves.values()], end)


# A stage as the conversion counts it: (id, name, kind, sort order); a deal's moves: (at, stage id, reason).
StageInfo = tuple[int, str, str, int]
Visit = tuple[datetime, int, str | None]


def pipeline_stages(s, pipeline_id: int) -> list[StageInfo]:
    """The pipeline's stages in order; raises NotFound."""
    return [(st.id, st.name, st.kind, st.sort_order) for st in _pipeline(s, pipeline_id).stages]


def stage_moves(s, stages: list[StageInfo], start: datetime, end: datetime, *,
                manager_id: int | None = None) -> dict[int, tuple[int | None, list[Visit]]]:
    """Per deal that moved into one of `stages` in [start, end) (naive UTC): its manager and its moves into
    them from `start` on (also after `end`: moving on is counted at any time), oldest first."""
    ids = [stage_id for stage_id, *_ in stages]
    in_period = (select(DealStageChange.deal_id)
                 .where(DealStageChange.to_stage_id.in_(ids), DealStageChange.changed_at >= start,
                        DealStageChange.changed_at < end))
    stmt = (select(DealStageChange.deal_id, Deal.manager_id, DealStageChange.changed_at,
                   DealStageChange.to_stage_id, LostReason.name)
            .join(Deal, Deal.id == DealStageChange.deal_id)
            .outerjoin(LostReason, LostReason.id == DealStageChange.lost_reason_id)
            .where(DealStageChange.to_stage_id.in_(ids), DealStageChange.changed_at >= start,
                   DealStageChange.deal_id.in_(in_period))
            .order_by(DealStageChange.deal_id, DealStageChange.changed_at, DealStageChange.id))
    if manager_id is not None:
        stmt = stmt.where(Deal.manager_id == manager_id)
    history: dict[int, tuple[int | None, list[Visit]]] = {}
    # Plain columns: read through the connection, without the ORM's row processing (50,000 moves in a month).
    for deal_id, manager, at, stage_id, reason in s.connection().execute(stmt):
        history.setdefault(deal_id, (manager, []))[1].append((at, stage_id, reason))
    return history


def tally(stages: list[StageInfo], histories, end: datetime) -> list[ConversionRow]:
    """The conversion rows (see `conversion`) of these deals' moves (each deal's list from `stage_moves`)."""
    won_ids = {stage_id for stage_id, _, kind, _ in stages if kind == StageKind.WON}
    lost_ids = {stage_id for stage_id, _, kind, _ in stages if kind == StageKind.LOST}
    # From each stage, the stages that count as moving on: open ones further along, and Won.
    ahead = {stage_id: {other for other, _, kind, later in stages if kind != StageKind.LOST and later > order}
             for stage_id, _, _, order in stages}
    counts = {stage_id: [0, 0, 0, 0] for stage_id, *_ in stages}  # entered, moved_on, won, lost
    reasons: dict[str, int] = defaultdict(int)
    for visits in histories:
        if len(visits) == 1:    # most deals in a period: one move, nothing after it
            at, stage_id, reason = visits[0]
            if at < end:
                row = counts[stage_id]
                row[0] += 1
                if stage_id in won_ids:
                    row[2] += 1
                elif stage_id in lost_ids:
                    row[3] += 1
                    reasons[reason or ""] += 1
            continue
        first: dict[int, int] = {}  # stage id → index of the deal's first entry in the period
        for i, (at, stage_id, _) in enumerate(visits):
            if at < end:
                first.setdefault(stage_id, i)
        for stage_id, i in first.items():
            row = counts[stage_id]
            row[0] += 1
            forward = ahead[stage_id]
            row[1] += any(st in forward for _, st, _ in visits[i + 1:])
            within = [st for at, st, _ in visits[i:] if at < end]
            row[2] += any(st in won_ids for st in within)
            row[3] += any(st in lost_ids for st in within)
            if stage_id in lost_ids:
                reasons[visits[i][2] or ""] += 1
    result = []
    for stage_id, name, stage_kind, _ in stages:
        entered, moved_on, won, lost = counts[stage_id]
        by_reason = (tuple(sorted(reasons.items(), key=lambda kv: (-kv[1], v.fold(kv[0]))))
                     if stage_kind == StageKind.LOST else ())
        result.append(ConversionRow(stage_id, name, stage_kind, entered, moved_on, won, lost, by_reason))
    return result


# --- board ----------------------------------------------------------------------------------------

@requires(Area.DEALS, Action.VIEW)
def board(uow: UnitOfWork, pipeline_id: int, *, manager_id: int | None = None, tag_id: int | None = None,
          search: str = "", expected_from: date | None = None, expected_to: date | None = None,
          include_closed_days: int = 30, now: datetime | None = None) -> Board:
    """The pipeline's stages as columns of deal cards (open deals, and deals won or lost in the last
    `include_closed_days` days), with counts and sums per currency; raises NotFound.

    `search` matches a part of the deal's title or its client's name, ignoring case; a card is marked
    when the deal has an open task already due. `now` (naive UTC) is for tests.
    """
    # Calendar dates (expected close) are the user's local ones; times are stored in UTC.
    today = date.today() if now is None else now.date()
    now = now or utcnow()
    query = DealQuery(pipeline_id, manager_id=manager_id, tag_id=tag_id, search=search,
                      expected_from=expected_from, expected_to=expected_to,
                      include_closed_days=include_closed_days)
    overdue = overdue_tasks(now)
    stmt = filtered(
        select(Deal.id, Deal.version, Deal.title, Client.display_name, Deal.amount, Deal.currency,
               Deal.stage_entered_at, User.full_name, Deal.expected_close, Deal.status, Deal.stage_id,
               overdue.c.deal_id)
        .join(Client, Client.id == Deal.client_id)
        .outerjoin(User, User.id == Deal.manager_id)
        .outerjoin(overdue, overdue.c.deal_id == Deal.id)
        .order_by(Deal.stage_entered_at.desc(), Deal.id.desc()), query, now)
    with uow:
        s = uow.session
        pipeline = _pipeline(s, pipeline_id)
        stages = [(st.id, st.name, st.kind, st.probability) for st in pipeline.stages]
        name = pipeline.name
        rows = s.execute(stmt).all()
    cards: dict[int, list[DealCardRow]] = defaultdict(list)
    for (deal_id, version, title, client, amount, currency, entered, manager, close, status,
         stage_id, task_due) in rows:
        cards[stage_id].append(DealCardRow(
            id=deal_id, version=version, title=title, client_name=client, amount=amount, currency=currency,
            days_in_stage=max(0, (now - entered).days), manager_name=manager or "", expected_close=close,
            overdue_close=status == DealStatus.OPEN and close is not None and close < today, status=status,
            overdue_task=task_due is not None))
    columns = []
    for stage_id, stage_name, kind, probability in stages:
        column = cards.get(stage_id, [])
        sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
        for card in column:
            sums[card.currency] += card.amount
        columns.append(BoardColumn(stage_id, stage_name, kind, probability, len(column),
                                   tuple(sorted(sums.items())), tuple(column)))
    return Board(pipeline_id, name, tuple(columns))


__all__ = ["board", "conversion", "forecast", "pipeline_stages", "stage_moves", "tally"]
