"""Export to Excel… on the planner, the marketing lists and the production tables, as a user does it: press
the button, choose a file (the dialog is patched), read the message, and find in the workbook what the
screen showed."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from app.services.clients import AddressData, ChannelData, ClientForm
from app.services.marketing import CampaignForm, SegmentCriteria
from app.ui.marketing import MarketingWorkspace
from app.ui.planner import PlannerWorkspace
from app.ui.production.boms import BomsView
from app.ui.production.mrp import MrpView
from tests.ui.test_excel_export import Dialogs, _show
from tests.ui.test_planner import add, at
from tests.ui.typing_helpers import type_text


def rows_of(path) -> list[list]:
    return [[c.value for c in r] for r in load_workbook(path).active.iter_rows()]


def test_planner_exports_my_day_then_the_calendars_week(qtbot, ui_services, tasks, monkeypatch, tmp_path, shots):
    from app.ui.planner.common import local_today

    today = local_today()
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    add(ui_services, "Call Reza", at(today, 10), kind="call", priority="high", duration_minutes=30)
    add(ui_services, "Send the price list", at(today - timedelta(days=2), 9), kind="email", duration_minutes=15)
    add(ui_services, "جلسه با مدیر خرید", at(today, 11), kind="meeting", assignee_id=olga, duration_minutes=60)
    ws = PlannerWorkspace(ui_services, tasks)
    _show(qtbot, ws, lambda: ws.people_model.rowCount() == 2 and ws.my_day_model.task_count() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "day")
    qtbot.mouseClick(ws.toolbar.widgetForAction(ws.export_action), Qt.MouseButton.LeftButton)
    assert dialogs.asked[0][1].endswith(f"my-day-{today.isoformat()}.xlsx")
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'day.xlsx'}"]
    rows = rows_of(tmp_path / "day.xlsx")
    assert [(r[0], r[2], r[3]) for r in rows[1:3]] == [("Overdue", "Send the price list", "E-mail"),
                                                        ("Today", "Call Reza", "Call")]
    assert rows[2][1].hour == 10 and rows[3][0] == "Total" and rows[3][10] == 45   # local time, minutes summed
    ws.grab().save(str(shots / "planner_with_export_action.png"))

    # The calendar tab: this week, me and Olga checked.
    ws.tabs.setCurrentIndex(1)
    ws.set_people([ui_services.user_id, olga])
    dialogs = Dialogs(monkeypatch, tmp_path / "week.xlsx")
    ws.export_action.trigger()
    first, after = ws.calendar.period()
    shown = [t.subject for t in ws.calendar_tasks]
    assert dialogs.messages == [f"{len(shown)} rows written to {tmp_path / 'week.xlsx'}"]
    assert [r[2] for r in rows_of(tmp_path / "week.xlsx")[1:-1]] == shown and "جلسه با مدیر خرید" in shown
    assert dialogs.asked[0][1].endswith(f"tasks-{first.isoformat()}.xlsx") and after > first


def test_campaigns_and_a_segments_members_export_from_their_tabs(qtbot, ui_services, tasks, monkeypatch, tmp_path,
                                                                 shots):
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    for name, city, email in (("شرکت آریا", "Tehran", "aria@example.com"), ("Ромашка ООО", "Moscow", ""),
                              ("=Acme", "Tehran", "acme@example.com")):
        ui_services.clients.create_client(ClientForm(
            display_name=name, tags=("VIP",), manager_id=olga, addresses=(AddressData(city=city),),
            channels=(ChannelData("email", email),) if email else ()))
    segment = ui_services.marketing.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    ui_services.marketing.create_campaign(CampaignForm(name="Spring offer", segment_id=segment.id, subject="Hi",
                                                       body="Hello {name}", cost=Decimal("120.50")))
    page = MarketingWorkspace(ui_services, tasks)
    _show(qtbot, page, lambda: True)
    seg = page.segments
    qtbot.waitUntil(lambda: seg.list_model.rowCount() == 1)
    seg.list_view.selectRow(0)
    type_text(seg.city_edit, "tehran")
    qtbot.waitUntil(lambda: seg.preview_model.rowCount() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "vip.xlsx")
    qtbot.mouseClick(seg.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[0][1].split("/")[-1].startswith("segment-VIP-")
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'vip.xlsx'}"]
    rows = rows_of(tmp_path / "vip.xlsx")
    assert rows[0][0] == "Segment: VIP" and rows[1][:3] == ["Code", "Client", "City"]
    assert [r[1] for r in rows[2:]] == [r.display_name for r in seg.preview_model.rows]   # the preview's order
    assert {r[2] for r in rows[2:]} == {"Tehran"}
    seg.grab().save(str(shots / "segments_with_export_button.png"))
    # Criteria that are not numbers are shown by the field and nothing is asked.
    type_text(seg.total_min_edit, "abc")
    dialogs = Dialogs(monkeypatch, tmp_path / "never.xlsx")
    qtbot.mouseClick(seg.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == [] and seg.fields["total_min"].error.isVisible()
    assert seg.total_min_edit.text() == "abc"

    page.tabs.setCurrentWidget(page.campaigns)
    camp = page.campaigns
    qtbot.waitUntil(lambda: camp.list_model.rowCount() == 1)
    dialogs = Dialogs(monkeypatch, tmp_path / "campaigns.xlsx")
    qtbot.mouseClick(camp.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'campaigns.xlsx'}"]
    rows = rows_of(tmp_path / "campaigns.xlsx")
    assert rows[1][:3] == ["Spring offer", "VIP", "Draft"] and rows[1][9] == 120.5 and rows[2][0] == "Total"
    camp.grab().save(str(shots / "campaigns_with_export_button.png"))


def test_mrp_proposals_and_netting_and_the_bills_export(qtbot, ui_services, tasks, monkeypatch, tmp_path, shots):
    from tests.ui.test_production_mrp import ws as workshop_fixture

    ws = workshop_fixture.__wrapped__(ui_services)
    mrp = MrpView(ui_services, tasks)
    _show(qtbot, mrp, lambda: True)
    assert not mrp.export_proposals_button.isEnabled()          # nothing calculated yet
    qtbot.mouseClick(mrp.calculate_button, Qt.MouseButton.LeftButton)
    assert mrp.export_proposals_button.isEnabled() and mrp.export_netting_button.isEnabled()
    dialogs = Dialogs(monkeypatch, tmp_path / "proposals.xlsx")
    qtbot.mouseClick(mrp.export_proposals_button, Qt.MouseButton.LeftButton)
    shown = [(p.sku, p.quantity) for p in mrp.proposals_model.rows]
    assert dialogs.messages == [f"{len(shown)} rows written to {tmp_path / 'proposals.xlsx'}"]
    rows = rows_of(tmp_path / "proposals.xlsx")
    assert rows[0][0].startswith("Requirements up to ")
    assert [(r[1], Decimal(str(r[3]))) for r in rows[2:-1]] == shown
    wood = next(r for r in rows[2:] if r[1] == "WD-1")
    assert wood[0] == "Buy" and wood[8] == "Timber & Co" and wood[11] == 42
    assert wood[6].date() == date.today() + timedelta(days=7)   # a real date cell
    dialogs = Dialogs(monkeypatch, tmp_path / "netting.xlsx")
    qtbot.mouseClick(mrp.export_netting_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"{mrp.lines_model.rowCount()} rows written to {tmp_path / 'netting.xlsx'}"]
    leg = next(r for r in rows_of(tmp_path / "netting.xlsx")[2:] if r[0] == "LEG")
    assert (leg[2], leg[3], leg[11]) == (2, 18, 18)
    mrp.grab().save(str(shots / "mrp_with_export_buttons.png"))

    bills = BomsView(ui_services, tasks)
    _show(qtbot, bills, lambda: bills.products_model.rowCount() == 3)
    type_text(bills.search_edit, "table")
    qtbot.waitUntil(lambda: bills.products_model.rowCount() == 3 and not bills._search_timer.isActive())
    type_text(bills.search_edit, " leg")
    qtbot.waitUntil(lambda: bills.products_model.rowCount() == 1)
    dialogs = Dialogs(monkeypatch, tmp_path / "bills.xlsx")
    qtbot.mouseClick(bills.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'bills.xlsx'}"]
    assert rows_of(tmp_path / "bills.xlsx")[1][:8] == ["LEG", "Table leg", 1, None, 1, "pcs", 1, "Yes"]
    bills.grab().save(str(shots / "boms_with_export_button.png"))

    # The table's cost for two: what the Cost tab shows, with its totals.
    bills.search_edit.clear()
    bills.refresh()
    qtbot.waitUntil(lambda: bills.products_model.rowCount() == 3)
    row = next(i for i, r in enumerate(bills.products_model.rows) if r.sku == "TBL")
    bills.products_view.setCurrentIndex(bills.products_model.index(row, 0))
    bills.panels.setCurrentWidget(bills.cost)
    qtbot.waitUntil(lambda: bills.cost.result is not None and bills.cost.export_button.isEnabled())
    dialogs = Dialogs(monkeypatch, tmp_path / "cost.xlsx")
    qtbot.mouseClick(bills.cost.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[0][1].endswith("cost-TBL.xlsx")
    rows = rows_of(tmp_path / "cost.xlsx")
    assert rows[0][0].startswith("TBL — Oak table, version 1") and rows[-2][2] == "Total"
    assert rows[-2][5] == float(bills.cost.result.total)
    bills.panels.setCurrentWidget(bills.explosion)
    qtbot.waitUntil(lambda: bills.explosion.result is not None)
    dialogs = Dialogs(monkeypatch, tmp_path / "explosion.xlsx")
    qtbot.mouseClick(bills.explosion.export_button, Qt.MouseButton.LeftButton)
    result = bills.explosion.result
    assert dialogs.messages == [f"{len(result.tree) + len(result.raw)} rows written to {tmp_path / 'explosion.xlsx'}"]
    bills.grab().save(str(shots / "bom_cost_with_export_button.png"))

    # Where the table's frame is used: the table's bill.
    bills.where_used.show_for(ws.frame, "FRM", "Table frame")
    bills.panels.setCurrentWidget(bills.where_used)
    qtbot.waitUntil(lambda: bills.where_used.export_button.isEnabled())
    dialogs = Dialogs(monkeypatch, tmp_path / "used.xlsx")
    qtbot.mouseClick(bills.where_used.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'used.xlsx'}"]
    rows = rows_of(tmp_path / "used.xlsx")
    assert rows[0][0].startswith("Where ") and rows[2] == [1, "TBL", "Oak table", 1, "Yes", 2]
    assert ws.leg_bom


def test_the_funnels_forecast_and_conversion_tabs_export_what_they_show(qtbot, ui_services, tasks, monkeypatch,
                                                                        tmp_path, shots):
    from app.models import utcnow
    from app.ui.funnel.board import FunnelWorkspace
    from tests.ui.test_funnel_list_and_reports import team as team_fixture

    team_fixture.__wrapped__(ui_services)
    page = FunnelWorkspace(ui_services, tasks)
    _show(qtbot, page, lambda: len(page.columns) == 4)
    qtbot.mouseClick(page.view_button["forecast"], Qt.MouseButton.LeftButton)
    forecast = page.forecast_view
    forecast.currency_combo.setCurrentIndex(forecast.currency_combo.findText("USD"))
    dialogs = Dialogs(monkeypatch, tmp_path / "forecast.xlsx")
    qtbot.mouseClick(forecast.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'forecast.xlsx'}"]
    rows = rows_of(tmp_path / "forecast.xlsx")
    assert rows[1] == ["Month", "Olga Sidorova", "Unassigned", "Total"]
    assert rows[2:] == [["2030-01", 1600, None, 1600], ["2030-02", None, 250, 250], ["Total", 1600, 250, 1850]]

    qtbot.mouseClick(page.view_button["conversion"], Qt.MouseButton.LeftButton)
    conversion = page.conversion_view
    today = utcnow().date()
    conversion.set_period(today, today)
    dialogs = Dialogs(monkeypatch, tmp_path / "conversion.xlsx")
    qtbot.mouseClick(conversion.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"5 rows written to {tmp_path / 'conversion.xlsx'}"]
    rows = rows_of(tmp_path / "conversion.xlsx")
    assert rows[0][0] == f"Conversion: Wholesale, {today.isoformat()} – {today.isoformat()}"
    assert rows[2] == ["Lead", 4, 1, 1, 1, 25] and rows[6][0] == "Lost because: Too expensive"
    page.grab().save(str(shots / "funnel_conversion_with_export.png"))


def test_a_price_list_and_a_clients_timeline_export(qtbot, ui_services, tasks, monkeypatch, tmp_path, shots):
    from app.services.clients import ContactPersonData
    from app.ui.catalog.price_lists_dialog import PriceListsDialog
    from app.ui.timeline.view import TimelineView
    from tests.ui.test_catalog_pricing_dialogs import _seeded
    from tests.unit.test_timeline import known_history

    _seeded(ui_services)
    dialog = PriceListsDialog(ui_services, tasks)
    _show(qtbot, dialog, lambda: dialog.prices_model.rowCount() > 40)
    wholesale = next(r for r in range(dialog.lists_model.rowCount())
                     if dialog.lists_model.index(r, 0).data() == "Wholesale")
    dialog.lists_table.selectRow(wholesale)
    qtbot.waitUntil(lambda: dialog.selected_list() is not None and dialog.selected_list().name == "Wholesale")
    type_text(dialog.search, "a")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    shown = dialog.prices_model.rowCount()
    dialogs = Dialogs(monkeypatch, tmp_path / "wholesale.xlsx")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked[0][1].endswith("prices-Wholesale.xlsx")
    written = int(dialogs.messages[0].split()[0].replace(",", ""))
    assert written >= shown and dialogs.messages == [f"{written} rows written to {tmp_path / 'wholesale.xlsx'}"]
    rows = rows_of(tmp_path / "wholesale.xlsx")
    assert rows[0][0].startswith("Price list: Wholesale") and [r[0] for r in rows[2:2 + shown]] == [
        dialog.prices[i].sku for i in range(shown)]
    assert all(isinstance(r[5], (int, float)) for r in rows[2:])
    dialog.grab().save(str(shots / "price_lists_with_export.png"))

    client = ui_services.clients.create_client(ClientForm(display_name="شرکت آریا",
                                                          contacts=(ContactPersonData("Reza Karimi"),)))
    known_history(ui_services, client.id)
    view = TimelineView(ui_services, tasks, client_id=client.id)
    _show(qtbot, view, lambda: view.model.rowCount() >= 8)
    qtbot.mouseClick(view.filter_buttons["deals"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    dialogs = Dialogs(monkeypatch, tmp_path / "deals.xlsx")
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"3 rows written to {tmp_path / 'deals.xlsx'}"]
    rows = rows_of(tmp_path / "deals.xlsx")
    assert rows[0][0] == "Timeline: شرکت آریا"
    assert [r[1] for r in rows[2:]] == ["Deal won", "Deal moved", "Deal created"]
    view.grab().save(str(shots / "timeline_with_export.png"))


def test_a_products_moves_and_the_reorder_list_export(qtbot, ui_services, tasks, monkeypatch, tmp_path, shots):
    from app.ui.warehouse.workspace import WarehouseWorkspace
    from tests.ui.warehouse_fixtures import make_shop, post_receipt

    shop = make_shop(ui_services)
    post_receipt(shop, {"TEA-100": "40"})
    post_receipt(shop, {"TEA-100": "5"}, cost="3.00")
    ws = WarehouseWorkspace(ui_services, tasks)
    _show(qtbot, ws, lambda: True)
    ws.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: ws.balances_model.rowCount() >= 1 and not ws.balances_model.is_loading())
    tea = next(r for r in range(ws.balances_model.rowCount()) if ws.balances_model.row_at(r).sku == "TEA-100")
    ws.open_moves_at(tea)
    qtbot.waitUntil(lambda: ws.moves_model.rowCount() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "moves.xlsx")
    qtbot.mouseClick(ws.export_moves_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'moves.xlsx'}"]
    assert dialogs.asked[0][1].endswith("moves-TEA-100.xlsx")
    rows = rows_of(tmp_path / "moves.xlsx")
    assert rows[0][0] == ws.moves_caption.text() and [r[8] for r in rows[2:4]] == [40, 45]
    assert rows[4][0] == "Total" and rows[4][5] == 45 and rows[4][7] == 40 * 2.5 + 5 * 3
    ws.grab().save(str(shots / "moves_with_export.png"))

    ws.tabs.setCurrentIndex(2)
    reorder = ws.reorder
    qtbot.waitUntil(lambda: reorder.model.rowCount() >= 1)
    dialogs = Dialogs(monkeypatch, tmp_path / "reorder.xlsx")
    qtbot.mouseClick(reorder.export_button, Qt.MouseButton.LeftButton)
    shown = [r.sku for r in reorder.model.rows]
    assert dialogs.messages == [f"{len(shown)} row{'s' if len(shown) > 1 else ''} written to "
                                f"{tmp_path / 'reorder.xlsx'}"]
    assert [r[0] for r in rows_of(tmp_path / "reorder.xlsx")[1:]] == shown


def test_the_sources_report_and_a_campaigns_recipients_export(qtbot, ui_services, tasks, monkeypatch, tmp_path):
    from app.services.funnel import DealForm, StageSpec

    client = ui_services.clients.create_client(ClientForm(display_name="شرکت آریا", tags=("VIP",),
                                                          channels=(ChannelData("email", "aria@example.com"),))).id
    pipeline = ui_services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead")])
    ui_services.funnel.create_deal(DealForm(title="Carpets", client_id=client, amount=Decimal("1000"), currency="USD",
                                            source="Exhibition", pipeline_id=pipeline.id,
                                            stage_id=pipeline.won.id))
    segment = ui_services.marketing.save_segment(None, name="VIP", criteria=SegmentCriteria(tags=("VIP",)))
    campaign = ui_services.marketing.create_campaign(CampaignForm(name="Spring", segment_id=segment.id,
                                                                  subject="Hi", body="Hello {name}"))
    ui_services.marketing.prepare_recipients(campaign.id)
    page = MarketingWorkspace(ui_services, tasks)
    _show(qtbot, page, lambda: True)
    page.tabs.setCurrentWidget(page.report)
    report = page.report
    qtbot.mouseClick(report.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report.model.rowCount() >= 1)
    dialogs = Dialogs(monkeypatch, tmp_path / "sources.xlsx")
    qtbot.mouseClick(report.export_button, Qt.MouseButton.LeftButton)
    rows = rows_of(tmp_path / "sources.xlsx")
    assert dialogs.messages == [f"{report.model.rowCount()} row{'s' if report.model.rowCount() > 1 else ''} "
                                f"written to {tmp_path / 'sources.xlsx'}"]
    exhibition = next(r for r in rows[2:] if r[0] == "Exhibition")
    assert exhibition[1:5] == [0, 1, 1, 1000]

    page.tabs.setCurrentWidget(page.campaigns)
    camp = page.campaigns
    qtbot.waitUntil(lambda: camp.list_model.rowCount() == 1)
    camp.list_view.selectRow(0)
    qtbot.waitUntil(lambda: camp.export_recipients_button.isEnabled())
    dialogs = Dialogs(monkeypatch, tmp_path / "recipients.xlsx")
    qtbot.mouseClick(camp.export_recipients_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"1 row written to {tmp_path / 'recipients.xlsx'}"]
    assert rows_of(tmp_path / "recipients.xlsx")[2][:3] == ["شرکت آریا", "aria@example.com", "Pending"]


def test_a_deals_history_tab_exports_its_stage_changes(qtbot, ui_services, tasks, monkeypatch, tmp_path):
    from app.services.funnel import DealForm, StageSpec
    from app.ui.funnel.deal_dialog import DealDialog

    client = ui_services.clients.create_client(ClientForm(display_name="شرکت آریا")).id
    pipeline = ui_services.funnel.create_pipeline("Sales", stages=[StageSpec("Lead"), StageSpec("Proposal")])
    reason = ui_services.funnel.add_lost_reason("Too expensive").id
    card = ui_services.funnel.create_deal(DealForm(title="=Annual contract", client_id=client, pipeline_id=pipeline.id))
    card = ui_services.funnel.move_deal(card.id, pipeline.stages[1].id, expected_version=card.version)
    ui_services.funnel.move_deal(card.id, pipeline.lost.id, expected_version=card.version, lost_reason_id=reason)
    dialog = DealDialog(ui_services, tasks, deal_id=card.id, pipeline_id=pipeline.id)
    _show(qtbot, dialog, lambda: dialog.tabs.isTabEnabled(dialog.history_tab))
    dialog.tabs.setCurrentIndex(dialog.history_tab)
    dialogs = Dialogs(monkeypatch, tmp_path / "history.xlsx")
    qtbot.mouseClick(dialog.history_view.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"3 rows written to {tmp_path / 'history.xlsx'}"]
    assert dialogs.asked[0][1].endswith("deal-history-=Annual contract.xlsx")
    rows = rows_of(tmp_path / "history.xlsx")
    assert rows[0][0] == "=Annual contract"
    assert [r[1:5] for r in rows[2:]] == [["(created)", "Lead", "Anna Admin", None],
                                          ["Lead", "Proposal", "Anna Admin", None],
                                          ["Proposal", "Lost", "Anna Admin", "Too expensive"]]
    assert rows[4][6] == "Yes" and rows[2][6] is None and isinstance(rows[2][5], (int, float))


def test_a_clients_service_requests_tab_exports_them_all(qtbot, ui_services, tasks, monkeypatch, tmp_path):
    from app.ui.service_desk.workspace import ClientRequestsPanel
    from tests.ui.test_service_desk import desk as desk_fixture

    desk = desk_fixture.__wrapped__(ui_services)
    panel = ClientRequestsPanel(ui_services, tasks, client_id=desk["aria"])
    _show(qtbot, panel, lambda: panel.model.rowCount() == 2)
    dialogs = Dialogs(monkeypatch, tmp_path / "aria.xlsx")
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages == [f"2 rows written to {tmp_path / 'aria.xlsx'}"]
    rows = rows_of(tmp_path / "aria.xlsx")
    assert [r[1] for r in rows[1:]] == [r.subject for r in panel.model.rows]      # open first, as the tab
    assert rows[1][3] == "شرکت آریا" and rows[1][10] == "Yes" and rows[2][6] == "Resolved"
