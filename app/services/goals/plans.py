"""Managers' sales plans: how much each should sell per month (net sales, company currency), set by those
with the Settings edit right and read against the Sales report's net sales: per month in the plan editor,
and pro rata by days for any stretch ("vs plan" on the dashboard)."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import select

from app.models import SalesPlan, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.errors import NotFound, ValidationError
from app.services.goals.forms import PlanCell, PlanProgress, PlanYear
from app.services.i18n import msg
from app.services.reports.common import company_currency
from app.services.reports.forms import ReportParams
from app.services.reports.periods import Period
from app.services.reports.sales import sales
from app.services.uow import UnitOfWork

CENT = Decimal("0.01")


def _amount(value) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        out = Decimal(str(value).strip().replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError({"amount": msg("is not a number")}) from None
    if not out.is_finite() or out < 0 or out >= Decimal("1e15"):
        raise ValidationError({"amount": msg("is a sum of zero or more")})
    return out.quantize(CENT, rounding=ROUND_HALF_UP)


def cell_key(manager_id: int, month: date) -> str:
    """How a plan cell is named in a ValidationError: "amount.7.2026-03"."""
    return f"amount.{manager_id}.{month:%Y-%m}"


@requires(Area.SETTINGS, Action.EDIT)
def save_plans(uow: UnitOfWork, cells: list[tuple[int, date, Decimal | str | None]]) -> list[PlanCell]:
    """Set (or, with None or an empty text, clear) each (manager, month, amount); all or nothing. Raises
    ValidationError naming every bad cell (`cell_key`), NotFound for an unknown manager."""
    errors: dict[str, str] = {}
    amounts = []
    for manager_id, month, value in cells:
        try:
            amounts.append(_amount(value))
        except ValidationError as exc:
            errors[cell_key(manager_id, month)] = exc.errors["amount"]
            amounts.append(None)
    if errors:
        raise ValidationError(errors)
    with uow:
        s = uow.session
        out = []
        for (manager_id, month, _value), amount in zip(cells, amounts, strict=True):
            if s.get(User, manager_id) is None:
                raise NotFound("user", manager_id)
            first = month.replace(day=1)
            plan = s.scalar(select(SalesPlan).where(SalesPlan.manager_id == manager_id, SalesPlan.month == first))
            if amount is None:
                if plan is not None:
                    s.delete(plan)
                continue
            if plan is None:
                plan = SalesPlan(manager_id=manager_id, month=first, amount=amount)
                s.add(plan)
            elif plan.amount != amount:
                plan.amount = amount
            out.append(PlanCell(manager_id, first, amount))
        uow.commit()
        return out


def _months(start: date, end: date):
    """(first of month, days of the month inside start..end, days in the month) for each month met."""
    day = start.replace(day=1)
    while day <= end:
        days_in = calendar.monthrange(day.year, day.month)[1]
        last = day + timedelta(days=days_in - 1)
        inside = (min(last, end) - max(day, start)).days + 1
        yield day, inside, days_in
        day = last + timedelta(days=1)


@requires(Area.REPORTS, Action.VIEW)
def plan_amount(uow: UnitOfWork, start: date, end: date, *, manager_id: int | None = None) -> Decimal:
    """The plans' share for start..end: each month's plan × its days inside / its days (of one manager, or
    everyone's), to the cent."""
    months = list(_months(start, end))
    with uow:
        stmt = select(SalesPlan.month, SalesPlan.amount).where(SalesPlan.month >= months[0][0],
                                                               SalesPlan.month <= months[-1][0])
        if manager_id is not None:
            stmt = stmt.where(SalesPlan.manager_id == manager_id)
        by_month: dict[date, Decimal] = {}
        for month, amount in uow.session.execute(stmt):
            by_month[month] = by_month.get(month, Decimal(0)) + Decimal(amount)
    total = sum((by_month.get(m, Decimal(0)) * inside / days for m, inside, days in months), Decimal(0))
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


@requires(Area.REPORTS, Action.VIEW)
def plan_progress(uow: UnitOfWork, start: date, end: date, *, today: date | None = None,
                  manager_id: int | None = None) -> PlanProgress:
    """Net sales from start to today (at most `end`) against the plans for start..end and their share up
    to today."""
    today = min(today or date.today(), end)
    plan = plan_amount(uow, start, end, manager_id=manager_id)
    if today < start:
        with uow:
            return PlanProgress(start, end, plan, Decimal("0.00"), Decimal("0.00"), company_currency(uow.session))
    to_date = plan_amount(uow, start, today, manager_id=manager_id)
    result = sales(uow, Period(start, today), ReportParams(compare=False, group_by="manager", manager_id=manager_id))
    return PlanProgress(start, today, plan, to_date, result.totals[-1], result.currency)


@requires(Area.REPORTS, Action.VIEW)
def plan_year(uow: UnitOfWork, year: int) -> PlanYear:
    """Every active user with each month's plan of `year` and the net sales they made in it."""
    with uow:
        s = uow.session
        managers = tuple(s.execute(select(User.id, User.full_name).where(User.active.is_(True))
                                   .order_by(User.full_name, User.id)).tuples().all())
        amounts = {(m, month.month): Decimal(a) for m, month, a in s.execute(
            select(SalesPlan.manager_id, SalesPlan.month, SalesPlan.amount)
            .where(SalesPlan.month >= date(year, 1, 1), SalesPlan.month <= date(year, 12, 1)))}
        currency = company_currency(s)
    actual: dict[tuple[int, int], Decimal] = {}
    for month in range(1, 13):
        first = date(year, month, 1)
        last = first + timedelta(days=calendar.monthrange(year, month)[1] - 1)
        if first > date.today():
            break
        monthly = sales(uow, Period(first, last), ReportParams(compare=False, group_by="manager"))
        for row in monthly.rows:
            if row.key.isdigit():
                actual[(int(row.key), month)] = row.values[-1]
    return PlanYear(year, managers, amounts, actual, currency)
