"""The funnel conversion report on the wholesale team's hand-built history (tests/unit/test_funnel_reports.py:
ten deals moved through Lead → Proposal → Negotiation → Won / Lost in February–April 2025), by stage, by
pipeline and by manager, against February, out to Excel and PDF (both databases)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from app.services.errors import NotFound, ValidationError
from app.services.reports import ReportParams
from app.services.reports.export import render_pdf, write_xlsx
from tests.unit.test_funnel_reports import office  # noqa: F401  (the fixture)

D = Decimal
MID_MARCH = date(2025, 3, 15)   # "today": "This month" is March 2025, compared with February


def run(services, *, today=MID_MARCH, **params):
    return services.reports.run_report("funnel_conversion", ReportParams(**params), today=today)


def table(result) -> list[tuple]:
    return [(r.label, *r.values) for r in result.rows]


def test_by_stage_in_march_matches_the_funnels_own_conversion(services, office):  # noqa: F811
    result = run(services, pipeline_id=office.pipeline.id, compare=False)
    assert result.label_title == "Stage" and [c.title for c in result.columns] == [
        "Entered", "Moved on", "Conversion %", "Won", "Lost", "Win rate %"]
    assert table(result) == [
        # Lead: deals 1, 4, 6, 7, 8, 9 entered; 2, 4, 6, 7 went on; 7 won, 8 lost.
        ("Lead", 6, 4, D("66.7"), 1, 1, D("50.0")),
        ("Proposal", 5, 1, D("20.0"), 1, 0, D("100.0")),
        ("Negotiation", 2, 0, D("0.0"), 0, 1, D("0.0")),
        ("Won", 1, 0, None, 1, 0, D("100.0")),
        ("Lost", 2, 0, None, 0, 2, D("0.0")),
    ]
    # Nine deals moved in March (1, 2, 3, 4, 6, 7, 8, 9, 10; deal 5 only on April 1st): one won, two lost.
    assert result.totals == (9, None, None, 1, 2, D("33.3"))
    funnel = services.funnel.conversion(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31),
                                        pipeline_id=office.pipeline.id)
    assert [(r.entered, r.moved_on, r.won, r.lost) for r in funnel] == [r.values[:2] + r.values[3:5]
                                                                        for r in result.rows]
    assert result.previous is None and result.currency == "" and result.chart_column == 0


def test_compared_with_february(services, office):  # noqa: F811
    result = run(services, pipeline_id=office.pipeline.id)
    assert result.period.start == date(2025, 3, 1) and result.previous.period.start == date(2025, 2, 1)
    # February: deals 2, 3 and 10 entered Lead; 3 and 10 Proposal; nothing was closed.
    assert [(r.label, r.values[0]) for r in result.previous.rows] == [
        ("Lead", 3), ("Proposal", 2), ("Negotiation", 0), ("Won", 0), ("Lost", 0)]
    assert result.previous.totals == (3, None, None, 0, 0, None)
    lead = result.rows[0]
    assert result.previous_value(lead.key) == 3


def test_by_manager_and_by_pipeline(services, office):  # noqa: F811
    olga_boris = run(services, group_by="manager", compare=False)
    assert [c.title for c in olga_boris.columns] == ["Deals", "Won", "Lost", "Win rate %", "Won of deals %"]
    assert table(olga_boris) == [
        ("Olga Sidorova", 5, 1, 1, D("50.0"), D("20.0")),   # 1, 2, 6, 7 (won), 10 (lost)
        ("Boris Ivanov", 3, 0, 1, D("0.0"), D("0.0")),      # 3, 4, 8 (lost)
        ("(no manager)", 1, 0, 0, None, D("0.0")),          # 9, lost only in April
    ]
    assert olga_boris.totals == (9, 1, 2, D("33.3"), D("11.1"))
    # The retail pipeline had nothing in March 2025, so it is left out.
    by_pipeline = run(services, group_by="pipeline", compare=False)
    assert table(by_pipeline) == [("Wholesale", 9, 1, 2, D("33.3"), D("11.1"))]
    assert by_pipeline.rows[0].key == str(office.pipeline.id) and by_pipeline.chart_column == 3


def test_a_manager_filter_counts_only_their_deals(services, office):  # noqa: F811
    olga = run(services, pipeline_id=office.pipeline.id, manager_id=office.users["olga"], compare=False)
    assert table(olga) == [
        ("Lead", 3, 2, D("66.7"), 1, 0, D("100.0")),     # 1, 6, 7
        ("Proposal", 3, 1, D("33.3"), 1, 0, D("100.0")),  # 2, 6, 7
        ("Negotiation", 1, 0, D("0.0"), 0, 1, D("0.0")),  # 10
        ("Won", 1, 0, None, 1, 0, D("100.0")),
        ("Lost", 1, 0, None, 0, 1, D("0.0")),
    ]
    assert olga.totals == (5, None, None, 1, 1, D("50.0"))


def test_a_quiet_period_is_empty_and_bad_choices_are_refused(services, office):  # noqa: F811
    empty = run(services, period_kind="custom", start=date(2024, 1, 1), end=date(2024, 1, 31))
    assert empty.rows == () and empty.totals == (0, None, None, 0, 0, None)
    with pytest.raises(ValidationError):
        run(services, group_by="client")
    with pytest.raises(NotFound):
        run(services, pipeline_id=999_999)


def test_exports_to_excel_and_pdf(services, office, tmp_path):  # noqa: F811
    result = run(services, pipeline_id=office.pipeline.id)
    path = tmp_path / "conversion.xlsx"
    assert write_xlsx(result, path) == 5
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Funnel conversion, 2025-03-01 – 2025-03-31 (compared with 2025-02-01 – 2025-02-28)"
    assert [c.value for c in sheet[2]] == ["Stage", "Entered", "Moved on", "Conversion %", "Won", "Lost",
                                           "Win rate %", "Previous period: Entered", "Change %"]
    assert sheet["A2"].font.b and sheet.freeze_panes == "A3" and sheet.auto_filter.ref.startswith("A2:")
    lead = [c.value for c in sheet[3]]
    assert lead == ["Lead", 6, 4, 66.7, 1, 1, 50, 3, 100]
    assert sheet["B3"].data_type == "n" and sheet["D3"].number_format == "0.00"
    assert [c.value for c in sheet[8]][:7] == ["Total", 9, None, None, 1, 2, 33.3]
    pdf = render_pdf(result)
    assert pdf.startswith(b"%PDF")


def test_presets_keep_the_pipeline(services, office):  # noqa: F811
    params = ReportParams(group_by="stage", pipeline_id=office.pipeline.id, manager_id=office.users["boris"])
    services.reports.save_preset("funnel_conversion", "Boris wholesale", params)
    [preset] = services.reports.list_presets("funnel_conversion")
    assert preset.params.pipeline_id == office.pipeline.id and preset.params.manager_id == office.users["boris"]
    assert ReportParams.from_json({"pipeline_id": "7"}).pipeline_id is None   # only a real id is kept


def _reference_tally(stages, histories, end):
    """The conversion's counting as first written (one generic loop), to check the faster one against."""
    order = {sid: so for sid, _, _, so in stages}
    kind = {sid: k for sid, _, k, _ in stages}
    counts = {sid: [0, 0, 0, 0] for sid, *_ in stages}
    reasons: dict[str, int] = {}
    for visits in histories:
        first: dict[int, int] = {}
        for i, (at, sid, _) in enumerate(visits):
            if at < end:
                first.setdefault(sid, i)
        for sid, i in first.items():
            row = counts[sid]
            row[0] += 1
            row[1] += any(kind[st] != "lost" and order[st] > order[sid] for _, st, _ in visits[i + 1:])
            within = [st for at, st, _ in visits[i:] if at < end]
            row[2] += any(kind[st] == "won" for st in within)
            row[3] += any(kind[st] == "lost" for st in within)
            if kind[sid] == "lost":
                reasons[visits[i][2] or ""] = reasons.get(visits[i][2] or "", 0) + 1
    return counts, reasons


visit_lists = st.lists(st.lists(st.tuples(st.integers(0, 40), st.sampled_from([1, 2, 3, 4, 5]),
                                          st.sampled_from(["", "Price", "Silent"])), min_size=1, max_size=6),
                       max_size=30)


@given(visit_lists)
def test_the_funnels_tally_counts_as_the_plain_rule_says(raw):
    from datetime import datetime, timedelta

    from app.services.funnel.reports import tally

    stages = [(1, "Lead", "open", 0), (2, "Proposal", "open", 1), (3, "Deal", "open", 2), (4, "Won", "won", 3),
              (5, "Lost", "lost", 4)]
    t0 = datetime(2030, 1, 1)
    histories = [sorted((t0 + timedelta(days=d), sid, reason if sid == 5 else None) for d, sid, reason in visits)
                 for visits in raw]
    end = t0 + timedelta(days=20)
    counts, reasons = _reference_tally(stages, histories, end)
    rows = tally(stages, histories, end)
    assert [[r.entered, r.moved_on, r.won, r.lost] for r in rows] == [counts[sid] for sid, *_ in stages]
    assert dict(rows[-1].lost_by_reason) == reasons
