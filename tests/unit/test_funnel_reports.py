"""A wholesale team's funnel reports: the weighted forecast, stage conversion and the board (both databases)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from app.models import Deal, DealStageChange
from app.services.clients import ClientForm
from app.services.errors import NotFound
from app.services.funnel import DealForm, StageSpec, weighted
from app.services.funnel.report_forms import ConversionRow, DealCardRow, ForecastRow
from tests.unit.factories import quick_password_hashing  # noqa: F401  (autouse)

D = Decimal
NOW = datetime(2025, 4, 5, 12, 0)  # "now" for the board: a Saturday in April


@dataclass
class Office:
    """The data set: who is who and which deal is which (deals by number, see `office`)."""

    pipeline: object
    retail: object
    users: dict[str, int]
    clients: dict[str, int]
    tags: dict[str, int]
    deals: dict[int, int]  # number → deal id
    stage: dict[str, int]  # stage name → id


def _backdate(database, deal_id: int, *times: datetime) -> None:
    """Rewrite when the deal's moves happened (oldest first) and when it entered its stage / closed."""
    with database.engine.begin() as conn:
        ids = conn.scalars(select(DealStageChange.id).where(DealStageChange.deal_id == deal_id)
                           .order_by(DealStageChange.id)).all()
        assert len(ids) == len(times)
        for change_id, at in zip(ids, times, strict=True):
            conn.execute(update(DealStageChange).where(DealStageChange.id == change_id).values(changed_at=at))
        closed = conn.scalar(select(Deal.closed_at).where(Deal.id == deal_id))
        conn.execute(update(Deal).where(Deal.id == deal_id).values(
            stage_entered_at=times[-1], closed_at=times[-1] if closed is not None else None))


@pytest.fixture
def office(services, database) -> Office:
    """Pipeline "Wholesale" (Lead 10 %, Proposal 40 %, Negotiation 70 %, Won, Lost), three clients,
    two managers besides the admin, ten deals with their history in February–April 2025."""
    f = services.funnel
    olga = services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    boris = services.users.add_user("boris", full_name="Boris Ivanov", password="boris-pass-1").id
    romashka = services.clients.create_client(ClientForm(display_name="Romashka LLC", tags=("VIP",))).id
    vasilek = services.clients.create_client(ClientForm(display_name="Vasilek JSC", tags=("Moscow",))).id
    arya = services.clients.create_client(ClientForm(display_name="Arya Trading")).id
    tags = {t.name: t.id for t in services.clients.list_tags()}
    expensive = f.add_lost_reason("Too expensive").id
    silent = f.add_lost_reason("Went silent").id
    wholesale = f.create_pipeline("Wholesale", stages=[StageSpec("Lead", D(10)), StageSpec("Proposal", D(40)),
                                                       StageSpec("Negotiation", D(70))])
    retail = f.create_pipeline("Retail", stages=[StageSpec("Call", D(50))])
    stage = {s.name: s.id for s in wholesale.stages}

    def deal(title, client, amount, *, manager=None, close=None, probability=None, currency="USD",
             path=(), reason=None):
        card = f.create_deal(DealForm(title=title, client_id=client, amount=D(amount), currency=currency,
                                      manager_id=manager, expected_close=close, probability=probability,
                                      pipeline_id=wholesale.id))
        for name in path:
            card = f.move_deal(card.id, stage[name], expected_version=card.version,
                               lost_reason_id=reason if name == "Lost" else None)
        return card.id

    # Open deals: weighted 100.005 → 100.01, 49.9995 → 50.00, 9.999 → 10.00, 1.25125 → 1.25 (half-up).
    deals = {
        1: deal("Pallets", romashka, "1000.05", manager=olga, close=date(2025, 3, 10)),
        2: deal("Boxes", romashka, "333.33", manager=olga, close=date(2025, 3, 25), probability=D(15),
                path=["Proposal"]),
        3: deal("Tape", vasilek, "2500.10", manager=boris, close=date(2025, 4, 20),
                path=["Proposal", "Negotiation"]),
        4: deal("Crates", vasilek, "150.25", manager=boris, close=date(2025, 3, 15), currency="EUR",
                path=["Proposal"]),
        5: deal("Film", arya, "99.99"),
        6: deal("Stretch wrap", arya, "10.01", manager=olga, probability=D("12.5"), path=["Proposal"]),
        # Closed deals.
        7: deal("Big order", romashka, "5000", manager=olga, path=["Proposal", "Won"]),
        8: deal("Samples", vasilek, "700", manager=boris, path=["Lost"], reason=expensive),
        9: deal("Trial", arya, "800", path=["Proposal", "Lost"], reason=silent),
        10: deal("Annual", romashka, "900", manager=olga, path=["Proposal", "Negotiation", "Lost"],
                 reason=expensive),
    }
    at = datetime
    for number, times in {
        1: [at(2025, 3, 5, 9)],
        2: [at(2025, 2, 20, 9), at(2025, 3, 2, 9)],
        3: [at(2025, 2, 10, 9), at(2025, 2, 25, 9), at(2025, 3, 31, 23, 59, 59)],  # last second of March
        4: [at(2025, 3, 1, 0, 0), at(2025, 3, 12, 9)],                              # first second of March
        5: [at(2025, 4, 1, 0, 0)],
        6: [at(2025, 3, 3, 9), at(2025, 3, 4, 9)],
        7: [at(2025, 3, 6, 9), at(2025, 3, 8, 9), at(2025, 3, 20, 9)],
        8: [at(2025, 3, 7, 9), at(2025, 3, 9, 9)],
        9: [at(2025, 3, 10, 9), at(2025, 3, 11, 9), at(2025, 4, 2, 9)],
        10: [at(2025, 2, 1, 9), at(2025, 2, 5, 9), at(2025, 3, 15, 9), at(2025, 3, 16, 9)],
    }.items():
        _backdate(database, deals[number], *times)
    # A deal in another pipeline, to show the pipeline filter works.
    f.create_deal(DealForm(title="Counter sale", client_id=arya, amount=D("40.00"), pipeline_id=retail.id,
                           manager_id=olga, expected_close=date(2025, 3, 1)))
    return Office(wholesale, retail, {"olga": olga, "boris": boris}, {"romashka": romashka},
                  tags, deals, stage)


# --- forecast -------------------------------------------------------------------------------------

def test_forecast_groups_open_deals_by_month_manager_and_currency(services, office):
    forecast = services.funnel.forecast(pipeline_id=office.pipeline.id)
    olga, boris = office.users["olga"], office.users["boris"]

    assert forecast.by_month == (
        ForecastRow("2025-03", "2025-03", "EUR", 1, D("150.25"), D("60.10")),
        ForecastRow("2025-03", "2025-03", "USD", 2, D("1333.38"), D("150.01")),
        ForecastRow("2025-04", "2025-04", "USD", 1, D("2500.10"), D("1750.07")),
        ForecastRow(None, "no date", "USD", 2, D("110.00"), D("11.25")),
    )
    assert forecast.by_manager == (
        ForecastRow(boris, "Boris Ivanov", "EUR", 1, D("150.25"), D("60.10")),
        ForecastRow(boris, "Boris Ivanov", "USD", 1, D("2500.10"), D("1750.07")),
        ForecastRow(olga, "Olga Sidorova", "USD", 3, D("1343.39"), D("151.26")),
        ForecastRow(None, "Unassigned", "USD", 1, D("99.99"), D("10.00")),
    )
    assert forecast.totals == (
        ForecastRow(None, "EUR", "EUR", 1, D("150.25"), D("60.10")),
        ForecastRow(None, "USD", "USD", 5, D("3943.48"), D("1911.33")),
    )


def test_forecast_sums_rounded_deals_not_raw_products(services, office):
    # 100.005 + 49.9995 + 1750.07 + 9.999 + 1.25125 = 1911.32475 would round to 1911.32;
    # the rule is the sum of each deal's rounded weight, which a screen listing the deals agrees with.
    usd = next(r for r in services.funnel.forecast(pipeline_id=office.pipeline.id).totals if r.currency == "USD")
    assert usd.weighted == D("1911.33")
    assert all(r.weighted.as_tuple().exponent == -2 for r in services.funnel.forecast().by_month)


def test_forecast_filters_by_pipeline_and_manager(services, office):
    everything = services.funnel.forecast()
    assert [(r.currency, r.count, r.weighted) for r in everything.totals] == [
        ("EUR", 1, D("60.10")), ("USD", 6, D("1931.33"))]   # + the retail deal: 40.00 × 50 % = 20.00
    assert [(r.key, r.count) for r in everything.by_month] == [
        ("2025-03", 1), ("2025-03", 3), ("2025-04", 1), (None, 2)]

    retail = services.funnel.forecast(pipeline_id=office.retail.id)
    assert retail.totals == (ForecastRow(None, "USD", "USD", 1, D("40.00"), D("20.00")),)

    olga = services.funnel.forecast(pipeline_id=office.pipeline.id, manager_id=office.users["olga"])
    assert olga.by_manager == (ForecastRow(office.users["olga"], "Olga Sidorova", "USD", 3, D("1343.39"),
                                           D("151.26")),)
    assert [(r.key, r.amount) for r in olga.by_month] == [("2025-03", D("1333.38")), (None, D("10.01"))]


def test_forecast_of_an_empty_pipeline_is_empty(services):
    empty = services.funnel.create_pipeline("Empty", stages=[StageSpec("Lead", D(10))])
    assert services.funnel.forecast(pipeline_id=empty.id) == services.funnel.Forecast((), (), ())


# --- conversion -----------------------------------------------------------------------------------

def _rows(rows: list[ConversionRow]) -> list[tuple]:
    return [(r.stage_name, r.entered, r.moved_on, r.won, r.lost, r.lost_by_reason) for r in rows]


def test_conversion_in_march(services, office):
    rows = services.funnel.conversion(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31),
                                      pipeline_id=office.pipeline.id)
    assert [r.stage_id for r in rows] == [s.id for s in office.pipeline.stages]
    assert _rows(rows) == [
        # Lead: deals 1, 4 (00:00 on the 1st), 6, 7, 8, 9; deal 5 came on April 1st.
        ("Lead", 6, 4, 1, 1, ()),
        # Proposal: 2, 4, 6, 7, 9; only 7 went on (to Won); 9 was lost in April, outside the period.
        ("Proposal", 5, 1, 1, 0, ()),
        # Negotiation: 10 (lost two days later) and 3 (at 23:59:59 on the 31st).
        ("Negotiation", 2, 0, 0, 1, ()),
        ("Won", 1, 0, 1, 0, ()),
        ("Lost", 2, 0, 0, 2, (("Too expensive", 2),)),
    ]


def test_conversion_counts_moving_on_after_the_period(services, office):
    # Deals that entered in February and went on in March have moved on; their March loss is not February's.
    rows = services.funnel.conversion(date_from=date(2025, 2, 1), date_to=date(2025, 2, 28),
                                      pipeline_id=office.pipeline.id)
    assert _rows(rows) == [
        ("Lead", 3, 3, 0, 0, ()),
        ("Proposal", 2, 2, 0, 0, ()),
        ("Negotiation", 0, 0, 0, 0, ()),
        ("Won", 0, 0, 0, 0, ()),
        ("Lost", 0, 0, 0, 0, ()),
    ]


def test_conversion_in_april_and_on_one_day(services, office):
    april = services.funnel.conversion(date_from=date(2025, 4, 1), date_to=date(2025, 4, 30),
                                       pipeline_id=office.pipeline.id)
    assert _rows(april) == [
        ("Lead", 1, 0, 0, 0, ()),
        ("Proposal", 0, 0, 0, 0, ()),
        ("Negotiation", 0, 0, 0, 0, ()),
        ("Won", 0, 0, 0, 0, ()),
        ("Lost", 1, 0, 0, 1, (("Went silent", 1),)),
    ]
    one_day = services.funnel.conversion(date_from=date(2025, 3, 31), date_to=date(2025, 3, 31),
                                         pipeline_id=office.pipeline.id)
    assert [r.entered for r in one_day] == [0, 0, 1, 0, 0]


def test_conversion_of_an_unknown_pipeline(services):
    with pytest.raises(NotFound):
        services.funnel.conversion(date_from=date(2025, 1, 1), date_to=date(2025, 1, 31), pipeline_id=999)


# --- board ----------------------------------------------------------------------------------------

def _ids(board, office) -> dict[str, list[int]]:
    number = {deal_id: n for n, deal_id in office.deals.items()}
    return {c.name: [number[card.id] for card in c.cards] for c in board.columns}


def test_board_shows_every_stage_with_its_deals(services, office):
    board = services.funnel.board(office.pipeline.id, now=NOW)
    assert board.pipeline_name == "Wholesale"
    assert [(c.name, c.kind, c.probability) for c in board.columns] == [
        ("Lead", "open", D("10.00")), ("Proposal", "open", D("40.00")), ("Negotiation", "open", D("70.00")),
        ("Won", "won", D("100.00")), ("Lost", "lost", D("0.00"))]
    # Newest arrival on top.
    assert _ids(board, office) == {"Lead": [5, 1], "Proposal": [4, 6, 2], "Negotiation": [3], "Won": [7],
                                   "Lost": [9, 10, 8]}
    assert [(c.count, c.sums) for c in board.columns] == [
        (2, (("USD", D("1100.04")),)),
        (3, (("EUR", D("150.25")), ("USD", D("343.34")))),
        (1, (("USD", D("2500.10")),)),
        (1, (("USD", D("5000.00")),)),
        (3, (("USD", D("2400.00")),)),
    ]


def test_board_cards_carry_what_the_card_shows(services, office):
    board = services.funnel.board(office.pipeline.id, now=NOW)
    pallets = board.columns[0].cards[1]
    version = services.funnel.load_deal(office.deals[1]).version
    assert pallets == DealCardRow(id=office.deals[1], version=version, title="Pallets", client_name="Romashka LLC",
                                  amount=D("1000.05"), currency="USD", days_in_stage=31,
                                  manager_name="Olga Sidorova", expected_close=date(2025, 3, 10),
                                  overdue_close=True, status="open")
    film, tape = board.columns[0].cards[0], board.columns[2].cards[0]
    assert (film.manager_name, film.expected_close, film.overdue_close, film.days_in_stage) == ("", None, False, 4)
    assert (tape.overdue_close, tape.days_in_stage) == (False, 4)          # closes on April 20th
    won = board.columns[3].cards[0]
    assert (won.status, won.overdue_close) == ("won", False)


def test_board_filters(services, office):
    board = services.funnel.board
    p = office.pipeline.id
    assert _ids(board(p, manager_id=office.users["olga"], now=NOW), office) == {
        "Lead": [1], "Proposal": [6, 2], "Negotiation": [], "Won": [7], "Lost": [10]}
    assert _ids(board(p, tag_id=office.tags["VIP"], now=NOW), office) == {
        "Lead": [1], "Proposal": [2], "Negotiation": [], "Won": [7], "Lost": [10]}
    assert _ids(board(p, search="vasil", now=NOW), office) == {
        "Lead": [], "Proposal": [4], "Negotiation": [3], "Won": [], "Lost": [8]}
    assert _ids(board(p, search=" PALL ", now=NOW), office)["Lead"] == [1]     # a title, any case
    assert _ids(board(p, search="100%_", now=NOW), office) == {
        "Lead": [], "Proposal": [], "Negotiation": [], "Won": [], "Lost": []}  # wildcards are plain text
    march = board(p, expected_from=date(2025, 3, 1), expected_to=date(2025, 3, 31), now=NOW)
    assert _ids(march, office) == {"Lead": [1], "Proposal": [4, 2], "Negotiation": [], "Won": [], "Lost": []}
    assert march.columns[1].count == 2
    assert _ids(board(p, expected_from=date(2025, 4, 1), now=NOW), office)["Negotiation"] == [3]


def test_board_shows_recently_closed_deals_only(services, office):
    recent = services.funnel.board(office.pipeline.id, include_closed_days=10, now=NOW)
    assert _ids(recent, office)["Won"] == [] and _ids(recent, office)["Lost"] == [9]
    assert recent.columns[3].sums == ()
    assert _ids(services.funnel.board(office.pipeline.id, include_closed_days=0, now=NOW), office)["Lost"] == []


def test_board_of_an_unknown_pipeline(services):
    with pytest.raises(NotFound):
        services.funnel.board(999)


# --- property -------------------------------------------------------------------------------------

_names = itertools.count()
amounts = st.decimals(min_value=0, max_value=D("99999999.99"), places=2, allow_nan=False, allow_infinity=False)
probabilities = st.none() | st.decimals(min_value=0, max_value=100, places=2, allow_nan=False,
                                        allow_infinity=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(deals=st.lists(st.tuples(amounts, probabilities, st.integers(0, 2)), min_size=1, max_size=6))
def test_forecast_total_is_the_sum_of_each_deals_weight(services, deals):
    f = services.funnel
    pipeline = f.create_pipeline(f"Random {next(_names)}", stages=[
        StageSpec("A", D("12.5")), StageSpec("B", D("33.33")), StageSpec("C", D("66.67"))])
    client = services.clients.create_client(ClientForm(display_name=f"Client {next(_names)}"),
                                            allow_duplicates=True).id
    expected = D("0")
    for amount, probability, stage in deals:
        spec = pipeline.stages[stage]
        f.create_deal(DealForm(title="Deal", client_id=client, amount=amount, probability=probability,
                               pipeline_id=pipeline.id, stage_id=spec.id))
        expected += weighted(amount, spec.probability if probability is None else probability)
    forecast = f.forecast(pipeline_id=pipeline.id)
    assert [(r.count, r.amount, r.weighted) for r in forecast.totals] == [
        (len(deals), sum((a for a, _, _ in deals), D("0")), expected)]
    assert sum(r.weighted for r in forecast.by_month) == sum(r.weighted for r in forecast.by_manager) == expected


def test_forecast_weighs_huge_deals_exactly(services, office):
    # Beyond 10^12 a deal is weighed in Python (the integer product would not fit 64 bits in SQL).
    f = services.funnel
    f.create_deal(DealForm(title="Oil", client_id=office.clients["romashka"], amount=D("1234567890123.45"),
                           probability=D("33.33"), currency="RUB", pipeline_id=office.pipeline.id))
    f.create_deal(DealForm(title="Gas", client_id=office.clients["romashka"], amount=D("999999999999.99"),
                           probability=D("0.05"), currency="RUB", pipeline_id=office.pipeline.id))
    rub = next(r for r in f.forecast(pipeline_id=office.pipeline.id).totals if r.currency == "RUB")
    assert rub == ForecastRow(None, "RUB", "RUB", 2, D("2234567890123.44"),
                              weighted(D("1234567890123.45"), D("33.33")) + weighted(D("999999999999.99"),
                                                                                     D("0.05")))


# --- the overdue-task marker, the close period, month × manager -------------------------------------

def _task(database, deal_id: int, due: datetime, status: str = "open", assignee: int = 1) -> None:
    from app.models import Task

    with database.session_factory() as s:
        s.add(Task(subject="Call back", due_at=due, assignee_id=assignee, status=status, deal_id=deal_id))
        s.commit()


def test_board_marks_deals_with_an_overdue_open_task(services, office, database):
    _task(database, office.deals[1], datetime(2025, 4, 4, 9))                 # due yesterday: overdue
    _task(database, office.deals[1], datetime(2025, 4, 3, 9))                 # a second one: still one card
    _task(database, office.deals[2], datetime(2025, 4, 6, 9))                 # due tomorrow
    _task(database, office.deals[3], datetime(2025, 4, 1, 9), status="done")  # done
    _task(database, office.deals[4], datetime(2025, 4, 5, 11, 59), status="in_progress")
    board = services.funnel.board(office.pipeline.id, now=NOW)
    marked = {card.id for column in board.columns for card in column.cards if card.overdue_task}
    assert marked == {office.deals[1], office.deals[4]}
    assert board.columns[0].count == 2   # the grouped join adds no duplicate cards


def test_close_periods_around_a_day():
    from app.services.funnel import ClosePeriod
    from app.services.funnel.filters import close_period

    today = date(2025, 11, 20)
    assert close_period(ClosePeriod.ANY, today) == (None, None)
    assert close_period(ClosePeriod.THIS_MONTH, today) == (date(2025, 11, 1), date(2025, 11, 30))
    assert close_period(ClosePeriod.NEXT_MONTH, today) == (date(2025, 12, 1), date(2025, 12, 31))
    assert close_period(ClosePeriod.NEXT_MONTH, date(2025, 12, 31)) == (date(2026, 1, 1), date(2026, 1, 31))
    assert close_period(ClosePeriod.THIS_QUARTER, today) == (date(2025, 10, 1), date(2025, 12, 31))
    assert close_period(ClosePeriod.THIS_QUARTER, date(2024, 2, 29)) == (date(2024, 1, 1), date(2024, 3, 31))
    with pytest.raises(ValueError):
        close_period("fortnight", today)


def test_board_period_filter_this_month(services, office):
    from app.services.funnel.filters import close_period

    start, end = close_period("this_month", date(2025, 3, 15))
    board = services.funnel.board(office.pipeline.id, expected_from=start, expected_to=end, now=NOW)
    assert _ids(board, office) == {"Lead": [1], "Proposal": [4, 2], "Negotiation": [], "Won": [], "Lost": []}


def test_forecast_month_by_manager_cells(services, office):
    forecast = services.funnel.forecast(pipeline_id=office.pipeline.id)
    olga, boris = office.users["olga"], office.users["boris"]
    assert [(c.month, c.manager_name, c.currency, c.count, c.weighted) for c in forecast.cells] == [
        ("2025-03", "Boris Ivanov", "EUR", 1, D("60.10")),
        ("2025-03", "Olga Sidorova", "USD", 2, D("150.01")),
        ("2025-04", "Boris Ivanov", "USD", 1, D("1750.07")),
        (None, "Olga Sidorova", "USD", 1, D("1.25")),
        (None, "Unassigned", "USD", 1, D("10.00")),
    ]
    assert {c.manager_id for c in forecast.cells} == {olga, boris, None}
    assert forecast.currencies() == ("EUR", "USD")
    # The cells add up to the totals, currency by currency.
    for total in forecast.totals:
        assert sum(c.weighted for c in forecast.cells if c.currency == total.currency) == total.weighted


def test_conversion_percent_per_stage(services, office):
    rows = services.funnel.conversion(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31),
                                      pipeline_id=office.pipeline.id)
    assert [r.conversion_percent for r in rows] == [D("66.7"), D("20.0"), D("0.0"), None, None]


def test_forecast_months_in_the_jalali_calendar(services, office):
    # 10 and 15 March 2025 are in Esfand 1403; 25 March and 20 April (31 Farvardin) in Farvardin 1404.
    forecast = services.funnel.forecast(pipeline_id=office.pipeline.id, calendar="jalali")
    assert forecast.by_month == (
        ForecastRow("1403-12", "1403-12", "EUR", 1, D("150.25"), D("60.10")),
        ForecastRow("1403-12", "1403-12", "USD", 1, D("1000.05"), D("100.01")),
        ForecastRow("1404-01", "1404-01", "USD", 2, D("2833.43"), D("1800.07")),
        ForecastRow(None, "no date", "USD", 2, D("110.00"), D("11.25")),
    )
    assert forecast.totals == services.funnel.forecast(pipeline_id=office.pipeline.id).totals
    assert {(c.month, c.manager_id) for c in forecast.cells if c.currency == "USD"} == {
        ("1403-12", office.users["olga"]), ("1404-01", office.users["olga"]), ("1404-01", office.users["boris"]),
        (None, office.users["olga"]), (None, None)}
