"""The planner's tasks, the campaigns, a segment's members, the bills of materials and the MRP calculation to
Excel, read back with openpyxl: the rows the screens show, in their order, numbers and dates as typed cells,
a bold frozen header with an autofilter, totals where they add up (both databases)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.models import utcnow
from app.services.clients import ChannelData, ClientForm
from app.services.errors import ValidationError
from app.services.exports.production import write_mrp_netting, write_mrp_proposals
from app.services.marketing import CampaignForm, SegmentCriteria
from app.services.planner import TaskForm, to_local
from app.services.production import MrpLine, MrpProposal, MrpResult
from tests.unit.test_exports import StopAt, Stopped
from tests.unit.test_planner_tasks import local_zone  # noqa: F401  (the fixture)

D = Decimal


def sheet_of(path):
    return load_workbook(path).active


def values(sheet) -> list[list]:
    return [[c.value for c in row] for row in sheet.iter_rows()]


def header_is_a_table_head(sheet, row: int = 1) -> None:
    assert all(c.font.b for c in sheet[row] if c.value is not None)
    assert sheet.freeze_panes == f"A{row + 1}" and sheet.auto_filter.ref.startswith(f"A{row}:")


# -- tasks ----------------------------------------------------------------------------------------

def _task(services, subject, due, **kw):
    return services.planner.create_task(TaskForm(subject=subject, kind=kw.pop("kind", "call"), due_at=due,
                                                 duration_minutes=kw.pop("minutes", 30),
                                                 assignee_id=services.user_id, **kw))


def test_my_day_in_sections_with_local_times_and_minutes_summed(services, tmp_path):
    client = services.clients.create_client(ClientForm(display_name="شرکت آریا")).id
    start = datetime.combine(utcnow().date(), time())   # today, as naive UTC bounds
    end = start + timedelta(days=1)
    late = _task(services, "=Call back", start - timedelta(hours=15), client_id=client, priority="high")
    _task(services, "Send the offer", start + timedelta(hours=23), kind="email", minutes=15)
    done = _task(services, "Morning meeting", start + timedelta(minutes=1), kind="meeting", minutes=60)
    services.planner.complete_task(done.id, expected_version=done.version, result="Agreed")
    _task(services, "Next week", start + timedelta(days=7))
    path = tmp_path / "day.xlsx"
    n = services.exports.export_my_day(path, user_id=services.user_id, day_start_utc=start, day_end_utc=end)
    assert n == 3
    sheet = sheet_of(path)
    rows = values(sheet)
    assert rows[0][:7] == ["Section", "Due", "Subject", "Kind", "Priority", "Status", "Assignee"]
    header_is_a_table_head(sheet)
    assert [(r[0], r[2]) for r in rows[1:4]] == [("Overdue", "=Call back"), ("Today", "Send the offer"),
                                                 ("Done today", "Morning meeting")]
    assert rows[1][1] == to_local(late.due_at) and sheet["B2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["C2"].data_type == "s"                                   # a formula-like subject stays text
    assert rows[1][3:8] == ["Call", "High", "Open", "Anna Admin", "شرکت آریا"]
    assert rows[3][5] == "Done" and rows[3][13] == "Agreed" and isinstance(rows[3][12], datetime)
    assert rows[4][0] == "Total" and rows[4][10] == 30 + 15 + 60


def test_the_calendars_period_for_the_people_shown(services, tmp_path):
    from tests.unit.factories import second_user

    boris = second_user(services).user_id
    monday = datetime(2030, 3, 4, 9, 0)
    _task(services, "Mine on Monday", monday)
    services.planner.create_task(TaskForm(subject="Boris on Tuesday", kind="todo", due_at=monday + timedelta(days=1),
                                          assignee_id=boris))
    _task(services, "Mine next month", monday + timedelta(days=40))
    week = (datetime(2030, 3, 4), datetime(2030, 3, 11))
    path = tmp_path / "week.xlsx"
    assert services.exports.export_calendar_tasks(path, start=week[0], end=week[1],
                                                  assignee_ids=[services.user_id, boris]) == 2
    header_is_a_table_head(sheet_of(path))
    assert [(r[0], r[2]) for r in values(sheet_of(path))[1:3]] == [("Open", "Mine on Monday"),
                                                                   ("Open", "Boris on Tuesday")]
    assert services.exports.export_calendar_tasks(path, start=week[0], end=week[1],
                                                  assignee_ids=[boris]) == 1


# -- marketing ------------------------------------------------------------------------------------

def _members(services):
    olga = services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    for name, email in (("Ромашка", "info@romashka.example"), ("شرکت آریا", "aria@example.com"),
                        ("+Plus Trading", ""), ("Quiet Ltd", "quiet@example.com")):
        services.clients.create_client(ClientForm(display_name=name, tags=("Newsletter",), manager_id=olga,
                                                  channels=(ChannelData("email", email),) if email else ()))
    services.clients.create_client(ClientForm(display_name="Not in it"))
    return olga


def test_a_segments_members_all_of_them_by_name(services, tmp_path, monkeypatch):
    _members(services)
    criteria = SegmentCriteria(tags=("Newsletter",))
    path = tmp_path / "segment.xlsx"
    n = services.exports.export_segment_members(path, criteria, title="Segment: Newsletter")
    assert n == 4
    sheet = sheet_of(path)
    rows = values(sheet)
    assert rows[0] == ["Segment: Newsletter", None, None, None, None, None]
    assert rows[1] == ["Code", "Client", "City", "E-mail", "Manager", "Unsubscribed"]
    header_is_a_table_head(sheet, 2)
    count, preview = services.marketing.segment_members(criteria, limit=100)
    assert [r[1] for r in rows[2:]] == [m.display_name for m in preview] and count == 4   # the preview's order
    plus = next(r for r in sheet.iter_rows(min_row=3) if r[1].value == "+Plus Trading")
    assert plus[1].data_type == "s" and plus[4].value == "Olga Sidorova" and plus[3].value is None
    # More members than the preview's hundred are all written, a batch at a time; Cancel leaves no file.
    monkeypatch.setattr("app.services.exports.common.BATCH", 2)
    with pytest.raises(Stopped):
        services.exports.export_segment_members(tmp_path / "stopped.xlsx", criteria, progress=StopAt(2))
    assert not (tmp_path / "stopped.xlsx").exists()
    with pytest.raises(ValidationError):
        services.exports.export_segment_members(path, SegmentCriteria(total_min=D(5), total_max=D(1)))


def test_campaigns_newest_first_with_their_counts_and_cost(services, tmp_path):
    _members(services)
    segment = services.marketing.save_segment(None, name="Newsletter", criteria=SegmentCriteria(tags=("Newsletter",)))
    services.marketing.create_campaign(CampaignForm(name="Spring", segment_id=segment.id, subject="Offer for {name}",
                                                    body="Hello {name}", cost=D("90.50")))
    summer = services.marketing.create_campaign(CampaignForm(name="Summer", segment_id=segment.id,
                                                             subject="Summer", body="Hi", cost=D("10")))
    services.marketing.prepare_recipients(summer.id)
    path = tmp_path / "campaigns.xlsx"
    assert services.exports.export_campaigns(path) == 2
    sheet = sheet_of(path)
    rows = values(sheet)
    header_is_a_table_head(sheet)
    assert rows[0][:5] == ["Campaign", "Segment", "Status", "Subject", "Recipients"]
    assert [r[0] for r in rows[1:3]] == ["Summer", "Spring"]
    assert rows[1][4] == 4 and rows[1][8] + rows[1][7] == 4 and rows[2][4] == 0
    assert rows[2][9] == 90.5 and sheet["J3"].number_format == "#,##0.00"
    assert rows[3][0] == "Total" and rows[3][4] == 4 and rows[3][9] == 100.5


# -- production -----------------------------------------------------------------------------------

def test_bills_of_materials_every_version_with_the_lists_search(services, tmp_path):
    from tests.unit.production_kit import Workshop, bom

    ws = Workshop(services)
    bom(services, ws.frame, [(ws.leg, 4, 0), (ws.screw, 8, 0)], name="Cheaper screws")
    path = tmp_path / "boms.xlsx"
    assert services.exports.export_boms(path) == 4
    sheet = sheet_of(path)
    rows = values(sheet)
    header_is_a_table_head(sheet)
    assert rows[0] == ["SKU", "Product", "Version", "Name", "Makes", "Unit", "Lines", "Active", "Changed"]
    # The list's order (by product name: Oak table, Table frame, Table leg), each product's versions in turn.
    assert [p.sku for p in services.production.list_bom_products()] == ["TBL", "FRM", "LEG"]
    assert [r[0] for r in rows[1:]] == ["TBL", "FRM", "FRM", "LEG"]
    frame = [r for r in rows[1:] if r[0] == "FRM"]
    assert [(r[2], r[3], r[6], r[7]) for r in frame] == [(1, None, 3, "Yes"), (2, "Cheaper screws", 2, None)]
    table = next(r for r in rows[1:] if r[0] == "TBL")
    assert table[4] == 2 and sheet.cell(rows.index(table) + 1, 5).number_format == "#,##0.###"
    assert isinstance(table[8], datetime)
    assert services.exports.export_boms(path, search="frame") == 2


def _mrp() -> MrpResult:
    today = date(2030, 3, 4)
    return MrpResult(horizon=today + timedelta(days=30), lines=(
        MrpLine(1, "BK", "Bike", "pcs", 0, D(10), D(2), D(0), D(0), D(0), D(1), D(9), D(9)),
        MrpLine(2, "SP", "Spoke", "pcs", 2, D(468), D(100), D(0), D(0), D(0), D(0), D(368), D(1000)),
    ), proposals=(
        MrpProposal("make", 1, "BK", "Bike", "pcs", D(9), D(9), today + timedelta(days=5), today),
        MrpProposal("buy", 2, "SP", "Spoke", "pcs", D(1000), D(368), today + timedelta(days=3), today,
                    supplier_id=7, supplier_name="Spokes Ltd", price=D("0.0425"), currency="USD"),
        MrpProposal("buy", 3, "=GL", "Glue", "kg", D("2.5"), D("2.5"), today, today),
    ))


def test_mrp_proposals_and_netting_as_calculated(tmp_path):
    result = _mrp()
    path = tmp_path / "proposals.xlsx"
    assert write_mrp_proposals(result, path) == 3
    sheet = sheet_of(path)
    rows = values(sheet)
    assert rows[0][0] == "Requirements up to 2030-04-03: proposals"
    header_is_a_table_head(sheet, 2)
    assert rows[1] == ["Action", "SKU", "Product", "Quantity", "Unit", "Net requirement", "Need by", "Order by",
                       "Supplier", "Price", "Currency", "Amount"]
    assert rows[2][:4] == ["Make", "BK", "Bike", 9] and rows[2][8] is None and rows[2][11] is None
    assert rows[3][8:12] == ["Spokes Ltd", 0.0425, "USD", 42.5]
    assert rows[3][6] == datetime(2030, 3, 7) and sheet["G4"].number_format == "yyyy-mm-dd"
    assert sheet["J4"].number_format == "#,##0.0000" and sheet["B5"].data_type == "s"
    assert rows[4][3] == 2.5 and rows[5][0] == "Total" and rows[5][11] == 42.5
    netting = tmp_path / "netting.xlsx"
    assert write_mrp_netting(result, netting) == 2
    header_is_a_table_head(sheet_of(netting), 2)
    rows = values(sheet_of(netting))
    assert rows[1][:4] == ["SKU", "Product", "Level", "Gross"]
    assert rows[3] == ["SP", "Spoke", 2, 468, 100, 0, 0, 0, 0, 0, 368, 1000, "pcs"]


def test_local_times_follow_the_users_zone(services, tmp_path, local_zone):  # noqa: F811
    local_zone("Asia/Tehran")
    due = datetime(2030, 3, 4, 6, 0)   # 09:30 in Tehran
    _task(services, "Tehran call", due)
    path = tmp_path / "tz.xlsx"
    services.exports.export_calendar_tasks(path, start=due - timedelta(hours=1), end=due + timedelta(hours=1),
                                           assignee_ids=[services.user_id])
    assert values(sheet_of(path))[1][1] == datetime(2030, 3, 4, 9, 30)


def test_a_bills_explosion_and_cost_as_calculated(services, tmp_path):
    from app.services.exports.production import write_cost_rollup, write_explosion
    from tests.unit.production_kit import Workshop

    ws = Workshop(services)
    ws.stock_materials()
    explosion = services.production.explode(ws.table, "3")
    path = tmp_path / "explosion.xlsx"
    assert write_explosion(explosion, path, title="TBL — Oak table, v1: 3 pcs") == len(explosion.tree) + len(
        explosion.raw)
    sheet = sheet_of(path)
    rows = values(sheet)
    assert rows[0][0] == "TBL — Oak table, v1: 3 pcs"
    header_is_a_table_head(sheet, 2)
    structure = [r for r in rows[2:] if r[0] == "Structure"]
    assert [(r[1], r[2], r[4]) for r in structure[:3]] == [(1, "FRM", 3), (2, "LEG", 14), (3, "WD-1", 12.32)]
    assert structure[0][6] == "Made by its bill" and structure[2][6] == "From stock"
    in_all = {r[2]: (r[4], r[6]) for r in rows[2:] if r[0] == "In all"}
    assert in_all["LB-1"] == (4.5, "Service") and in_all["SC-1"] == (27, "Material")

    cost = services.production.cost_rollup(ws.table, quantity="1")
    path = tmp_path / "cost.xlsx"
    assert write_cost_rollup(cost, path) == len(cost.lines) + 4
    header_is_a_table_head(sheet_of(path), 2)
    rows = values(sheet_of(path))
    frame = next(r for r in rows[2:] if r[1] == "FRM")
    assert frame[4] == pytest.approx(8.894) and frame[6] == "Rolled up"
    assert [r[2:7] for r in rows[-4:]] == [["Materials", None, None, 10.15, None], ["Services", None, None, 18, None],
                                          ["Total", None, None, 28.15, None], ["Unit cost", None, 28.15, None, None]]


def test_where_a_component_is_used_level_by_level(services, tmp_path):
    from app.services.exports.production import write_where_used
    from tests.unit.production_kit import Workshop

    ws = Workshop(services)
    used = services.production.where_used(ws.wood)
    path = tmp_path / "used.xlsx"
    assert write_where_used(used, path, title="Where WD-1 — Oak board is used") == 3
    header_is_a_table_head(sheet_of(path), 2)
    rows = values(sheet_of(path))
    assert rows[1] == ["Level", "SKU", "Product", "Version", "Active", "Quantity per batch"]
    assert sorted((r[0], r[1]) for r in rows[2:]) == [(1, "LEG"), (2, "FRM"), (3, "TBL")]
    assert next(r for r in rows[2:] if r[1] == "LEG")[5] == 0.8
