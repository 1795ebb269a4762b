"""The deals list as a sales manager sorts and searches it; campaigns and history on a deal (both databases)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.models import Campaign, DealStageChange
from app.services.errors import ValidationError
from app.services.funnel import DealForm, DealQuery
from app.services.funnel.forms import time_in_stages
from tests.unit import test_funnel_reports as reports
from tests.unit.test_funnel_reports import NOW, _task

office = reports.office   # the same data set as the report tests (a fixture)

D = Decimal


def _titles(rows) -> list[str]:
    return [r.title for r in rows]


def test_the_list_holds_the_boards_deals_sorted_in_sql(services, office):
    query = DealQuery(office.pipeline.id, include_closed_days=3650)
    count, rows = services.funnel.deal_list_first(query, sort="amount", descending=True, limit=4, now=NOW)
    assert count == 10
    assert _titles(rows) == ["Big order", "Tape", "Pallets", "Annual"]
    tail = services.funnel.deal_list_page(query, sort="amount", descending=True, offset=8, limit=5, now=NOW)
    assert _titles(tail) == ["Film", "Stretch wrap"]
    by_title = services.funnel.deal_list_first(query, sort="title", limit=3, now=NOW)[1]
    assert _titles(by_title) == ["Annual", "Big order", "Boxes"]
    by_stage = services.funnel.deal_list_first(query, sort="stage", limit=100, now=NOW)[1]
    assert [r.stage_name for r in by_stage][:2] == ["Lead", "Lead"] and by_stage[-1].stage_name == "Lost"
    ascending = services.funnel.deal_list_first(query, sort="expected_close", limit=100, now=NOW)[1]
    descending = services.funnel.deal_list_first(query, sort="expected_close", descending=True, limit=100,
                                                 now=NOW)[1]
    assert [r.id for r in descending] == [r.id for r in reversed(ascending)]
    assert ascending[-1].expected_close is None


def test_list_rows_carry_weights_days_and_markers(services, office, database):
    _task(database, office.deals[1], datetime(2025, 4, 1, 9))
    query = DealQuery(office.pipeline.id, search="pallets")
    count, rows = services.funnel.deal_list_first(query, now=NOW)
    assert count == 1
    pallets = rows[0]
    assert (pallets.client_name, pallets.stage_name, pallets.amount, pallets.probability, pallets.weighted) == (
        "Romashka LLC", "Lead", D("1000.05"), D("10.00"), D("100.01"))
    assert (pallets.days_in_stage, pallets.overdue_task, pallets.overdue_close) == (31, True, True)
    most_days = services.funnel.deal_list_first(DealQuery(office.pipeline.id), sort="days_in_stage",
                                                descending=True, limit=1, now=NOW)[1]
    assert most_days[0].title == "Boxes"      # in Proposal since March 2nd
    overdue_first = services.funnel.deal_list_first(DealQuery(office.pipeline.id), sort="overdue",
                                                    descending=True, limit=1, now=NOW)[1]
    assert overdue_first[0].overdue_task


def test_list_search_and_filters_match_the_board(services, office):
    query = DealQuery(office.pipeline.id, search="VASIL", include_closed_days=3650)
    assert sorted(_titles(services.funnel.deal_list_first(query, now=NOW)[1])) == ["Crates", "Samples", "Tape"]
    march = DealQuery(office.pipeline.id, expected_from=date(2025, 3, 1), expected_to=date(2025, 3, 31))
    assert services.funnel.deal_list_first(march, now=NOW)[0] == 3
    olga = DealQuery(office.pipeline.id, manager_id=office.users["olga"], include_closed_days=3650)
    assert services.funnel.deal_list_first(olga, now=NOW)[0] == 5
    with pytest.raises(ValidationError):
        services.funnel.deal_list_first(query, sort="password")


def test_a_deal_remembers_its_source_campaign(services, office, database):
    with database.session_factory() as s:
        s.add_all([Campaign(name="Spring mailing", name_key="spring mailing"),
                   Campaign(name="Autumn fair", name_key="autumn fair")])
        s.commit()
    choices = services.funnel.campaign_choices()
    assert [name for _, name in choices] == ["Autumn fair", "Spring mailing"]
    spring = choices[1][0]
    card = services.funnel.load_deal(office.deals[1])
    saved = services.funnel.update_deal(card.id, DealForm(**{**_form(card.form), "source_campaign_id": spring}),
                                        expected_version=card.version)
    assert (saved.form.source_campaign_id, saved.campaign_name) == (spring, "Spring mailing")
    assert services.funnel.load_deal(card.id).form.source_campaign_id == spring
    with pytest.raises(ValidationError) as err:
        services.funnel.update_deal(card.id, DealForm(**{**_form(card.form), "source_campaign_id": 9999}),
                                    expected_version=saved.version)
    assert set(err.value.errors) == {"source_campaign_id"}


def _form(form: DealForm) -> dict:
    return {name: getattr(form, name) for name in DealForm.__dataclass_fields__}


def test_history_says_where_from_and_how_long(services, office, database):
    deal = office.deals[10]   # Lead → Proposal → Negotiation → Lost (Feb 1st, Feb 5th, Mar 15th, Mar 16th)
    history = services.funnel.deal_history(deal)
    assert [(h.from_stage_name, h.stage_name, h.lost_reason) for h in history] == [
        ("", "Lead", ""), ("Lead", "Proposal", ""), ("Proposal", "Negotiation", ""),
        ("Negotiation", "Lost", "Too expensive")]
    times = time_in_stages(history, NOW)
    assert [(t.stage_name, t.visits, t.seconds) for t in times] == [
        ("Lead", 1, timedelta(days=4).total_seconds()),
        ("Proposal", 1, timedelta(days=38).total_seconds()),
        ("Negotiation", 1, timedelta(days=1).total_seconds()),
        ("Lost", 1, (NOW - datetime(2025, 3, 16, 9)).total_seconds()),
    ]


def test_time_in_a_stage_visited_twice_adds_up(services, office, database):
    f = services.funnel
    deal = office.deals[5]   # in Lead since April 1st
    card = f.load_deal(deal)
    card = f.move_deal(deal, office.stage["Proposal"], expected_version=card.version)
    f.move_deal(deal, office.stage["Lead"], expected_version=card.version)
    with database.engine.begin() as conn:
        for change_id, at in zip(sorted(c.id for c in _changes(database, deal)),
                                 (datetime(2025, 4, 1), datetime(2025, 4, 2), datetime(2025, 4, 4)), strict=True):
            conn.execute(update(DealStageChange).where(DealStageChange.id == change_id).values(changed_at=at))
    times = time_in_stages(f.deal_history(deal), datetime(2025, 4, 5))
    assert [(t.stage_name, t.visits, t.seconds / 86400) for t in times] == [("Lead", 2, 2.0), ("Proposal", 1, 2.0)]


def _changes(database, deal_id: int):
    from sqlalchemy import select

    with database.session_factory() as s:
        return s.scalars(select(DealStageChange).where(DealStageChange.deal_id == deal_id)).all()
