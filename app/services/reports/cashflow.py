"""The cash-flow forecast: what is expected to come in and go out, by week or month of the period.

Income: confirmed invoices still open (total − settled) by due date (the invoice date when it has none),
and open deals by expected close date weighted by their probability (the deal's own, else its stage's:
amount × p / 100, rounded half-up to cents per deal, as the funnel forecast does; deals without an expected
close date are left out). Payments: confirmed supplier invoices still open, by due date. Everything in the
company currency: invoices at their own rate, deals at the latest rate of their currency (a currency with
no rate is left out and named in the note). What fell due before the period starts and is still open is
shown on a first "Overdue" row.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import BigInteger, cast, func, literal_column, select

from app.models import DealStatus, DocStatus, DocType, Document, Stage
from app.models.funnel import Deal
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.documents.editing import rate_at
from app.services.funnel.deals import weighted
from app.services.i18n import msg
from app.services.reports.common import ZERO, bucket_case, cents, company_currency, money
from app.services.reports.forms import ReportColumn, ReportParams, ReportResult, ReportRow
from app.services.reports.periods import Period, buckets
from app.services.uow import UnitOfWork

OVERDUE_KEY = "overdue"
# Deals below this amount are weighted in SQL in integer cents (c·q stays inside 64 bits); larger ones here.
_SQL_SAFE_AMOUNT = 10 ** 12


def _open_documents(s, doc_type: str, period: Period, parts) -> dict[int, int]:
    when = func.coalesce(Document.due_date, Document.doc_date)
    bucket = bucket_case(when, parts, before=period.start)
    stmt = (select(bucket.label("b"), func.sum(cents((Document.total - Document.settled) * Document.rate)))
            .where(Document.doc_type == doc_type, Document.status == DocStatus.CONFIRMED,
                   Document.settled < Document.total, when <= period.end)
            .group_by(literal_column("b")))
    return {b: int(c or 0) for b, c in s.execute(stmt)}


def _deals(s, period: Period, parts, today: date) -> tuple[dict[int, int], list[str]]:
    amount_cents = cast(func.round(Deal.amount * 100), BigInteger)
    percent = cast(func.round(func.coalesce(Deal.probability, Stage.probability) * 100), BigInteger)
    bucket = bucket_case(Deal.expected_close, parts, before=period.start)
    where = (Deal.status == DealStatus.OPEN, Deal.expected_close.is_not(None), Deal.expected_close <= period.end)
    small = (select(bucket.label("b"), Deal.currency, func.sum((amount_cents * percent + 5000) // 10000))
             .join(Stage, Stage.id == Deal.stage_id).where(*where, Deal.amount < _SQL_SAFE_AMOUNT)
             .group_by(literal_column("b"), Deal.currency))
    huge = (select(bucket.label("b"), Deal.currency, Deal.amount, func.coalesce(Deal.probability, Stage.probability))
            .join(Stage, Stage.id == Deal.stage_id).where(*where, Deal.amount >= _SQL_SAFE_AMOUNT))
    by_currency: dict[tuple[int, str], int] = defaultdict(int)
    for b, currency, c in s.execute(small):
        by_currency[b, currency] += int(c or 0)
    for b, currency, amount, p in s.execute(huge):
        by_currency[b, currency] += int(weighted(amount, p) * 100)
    out: dict[int, int] = defaultdict(int)
    missing: set[str] = set()
    rates = {}
    for (b, currency), c in by_currency.items():
        if currency not in rates:
            rates[currency] = rate_at(s, currency, today)
        rate = rates[currency]
        if rate is None:
            missing.add(currency)
            continue
        out[b] += int((money(c) * rate * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return out, sorted(missing)


@requires(Area.REPORTS, Action.VIEW)
def cash_flow(uow: UnitOfWork, period: Period, params: ReportParams, *, today: date | None = None) -> ReportResult:
    """Expected income and payments per week or month (`params.step`) of the period, after an "Overdue" row
    (see the module's doc). Raises ValidationError for an unknown step."""
    today = today or date.today()
    parts = buckets(period, params.step or "month")
    with uow:
        s = uow.session
        invoices = _open_documents(s, DocType.INVOICE, period, parts)
        bills = _open_documents(s, DocType.SUPPLIER_INVOICE, period, parts)
        deals, missing = _deals(s, period, parts, today)
        currency = company_currency(s)
    rows = []
    running = ZERO
    labels = [(-1, OVERDUE_KEY, msg("Overdue (due before {day})", day=period.start.isoformat()))]
    labels += [(i, b.key, b.label) for i, b in enumerate(parts)]
    for i, key, label in labels:
        inv, deal, bill = money(invoices.get(i)), money(deals.get(i)), money(bills.get(i))
        if i == -1 and not (inv or deal or bill):
            continue
        income = inv + deal
        running += income - bill
        rows.append(ReportRow(key, label, (inv, deal, income, bill, income - bill, running)))
    columns = (ReportColumn("invoices", msg("Open invoices")), ReportColumn("deals", msg("Weighted deals")),
               ReportColumn("income", msg("Expected income")), ReportColumn("payments", msg("Supplier invoices")),
               ReportColumn("net", msg("Net")), ReportColumn("balance", msg("Cumulative")))
    totals = tuple(sum((r.values[c] for r in rows), ZERO) for c in range(5)) + (running,)
    note = msg("Open invoices and supplier invoices by due date; open deals by expected close, weighted.")
    if missing:
        note += " " + msg("Deals in {currencies} are left out: no exchange rate.", currencies=', '.join(missing))
    return ReportResult("cash_flow", (msg("Cash-flow forecast by week") if params.step == "week" else msg("Cash-flow forecast by month")), period, currency, msg("Period"),
                        columns, tuple(rows), totals, chart_column=2, chart_kind="bar", chart_extra=(3,), in_time=True,
                        note=note)
