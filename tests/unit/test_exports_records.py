"""A price list, a client's timeline and the funnel's Forecast and Conversion tabs to Excel, read back with
openpyxl: every row the screen would list (not only its first page), typed cells, the screen's search or
filter (both databases)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.services.clients import ClientForm, ContactPersonData
from app.services.errors import NotFound, ValidationError
from app.services.exports.funnel_tables import write_conversion, write_forecast
from app.services.planner import to_local
from tests.unit.test_catalog_products import make_form
from tests.unit.test_exports_more import header_is_a_table_head
from tests.unit.test_funnel_reports import office  # noqa: F401  (the fixture)
from tests.unit.test_timeline import T0, known_history

D = Decimal


def rows_of(path) -> list[list]:
    return [[c.value for c in r] for r in load_workbook(path).active.iter_rows()]


def test_a_price_list_with_explicit_rule_and_sale_prices_all_products(services, tmp_path, monkeypatch):
    pump = services.catalog.create_product(make_form(services, sku="PMP-40", name="Centrifugal pump",
                                                     sale_price=D("100.00"), barcodes=()))
    valve = services.catalog.create_product(make_form(services, sku="=VLV", name="Valve", sale_price=D("10.00"),
                                                      barcodes=()))
    old = services.catalog.create_product(make_form(services, sku="OLD-1", name="Archived pump", barcodes=()))
    services.catalog.set_product_archived(old.id, True, expected_version=old.version)
    base = services.catalog.list_price_lists()[0]
    wholesale = services.catalog.create_price_list("Wholesale", rule_percent="-12.5")
    services.catalog.set_price(pump.id, price_list_id=base.id, price="120")
    services.catalog.set_price(valve.id, price_list_id=wholesale.id, price="9.99")
    path = tmp_path / "wholesale.xlsx"
    monkeypatch.setattr("app.services.exports.common.BATCH", 1)     # batches of one: still every product
    n = services.exports.export_price_list(path, wholesale.id)
    assert n == 2                                                   # the archived pump is not listed
    sheet = load_workbook(path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "Price list: Wholesale (USD)"
    header_is_a_table_head(sheet, 2)
    assert rows[1] == ["SKU", "Product", "Base price", "Base currency", "Explicit price", "Price on this list",
                       "Currency", "From"]
    shown = [r.sku for r in services.catalog.list_prices(wholesale.id)]
    assert [r[0] for r in rows[2:]] == shown                                    # the grid's order
    by_sku = {r[0]: r for r in rows[2:]}
    assert by_sku["PMP-40"][2:] == [120, "USD", None, 105, "USD", "Rule"]       # 120 − 12.5 %
    assert by_sku["=VLV"][2:] == [10, "USD", 9.99, 9.99, "USD", "Explicit"]
    assert sheet["F3"].number_format == "#,##0.00" and sheet["A4"].data_type == "s"
    assert services.exports.export_price_list(path, wholesale.id, search="pump") == 1
    with pytest.raises(NotFound):
        services.exports.export_price_list(path, 999_999)


def test_a_clients_whole_timeline_or_one_filter(services, tmp_path, monkeypatch):
    client = services.clients.create_client(ClientForm(display_name="شرکت آریا",
                                                       contacts=(ContactPersonData("Reza Karimi"),)))
    history = known_history(services, client.id)
    monkeypatch.setattr("app.services.exports.records.MAX_LIMIT", 2)   # pages of two: still every entry
    path = tmp_path / "timeline.xlsx"
    n = services.exports.export_timeline(path, client.id)
    entries, _ = services.timeline.client_timeline(client.id, limit=100)
    assert n == len(entries) >= 8
    sheet = load_workbook(path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "Timeline: شرکت آریا"
    header_is_a_table_head(sheet, 2)
    assert [r[2] or "" for r in rows[2:]] == [e.title for e in entries]        # newest first, as the screen
    assert rows[2][0] == to_local(entries[0].at) and sheet["A3"].number_format == "yyyy-mm-dd hh:mm"
    call = next(r for r in rows[2:] if r[1] == "Outgoing call")
    assert call[0] == to_local(datetime(T0.year, T0.month, 2, 9)) and call[3] == "Agreed to send a quote"
    assert any(r[1] == "Deal won" for r in rows[2:])
    tasks_only = services.exports.export_timeline(path, client.id, group="tasks")
    assert tasks_only == 2 and {r[1] for r in rows_of(path)[2:]} == {"Task", "Task done"}
    with pytest.raises(ValidationError):
        services.exports.export_timeline(path, client.id, group="everything")
    with pytest.raises(NotFound):
        services.exports.export_timeline(path, 999_999)
    assert history.task_id


def test_the_funnel_tabs_conversion_and_forecast(services, office, tmp_path):  # noqa: F811
    rows = services.funnel.conversion(date_from=date(2025, 3, 1), date_to=date(2025, 3, 31),
                                      pipeline_id=office.pipeline.id)
    path = tmp_path / "conversion.xlsx"
    assert write_conversion(rows, path, pipeline="Wholesale", date_from=date(2025, 3, 1),
                            date_to=date(2025, 3, 31)) == 6
    sheet = load_workbook(path).active
    table = [[c.value for c in r] for r in sheet.iter_rows()]
    assert table[0][0] == "Conversion: Wholesale, 2025-03-01 – 2025-03-31"
    header_is_a_table_head(sheet, 2)
    assert table[2] == ["Lead", 6, 4, 1, 1, 66.7] and sheet["F3"].number_format == "0.00"
    assert table[5][:6] == ["Won", 1, 0, 1, 0, None]
    assert table[7] == ["Lost because: Too expensive", None, None, None, 2, None]

    forecast = services.funnel.forecast(pipeline_id=office.pipeline.id)
    path = tmp_path / "forecast.xlsx"
    assert write_forecast(forecast, "USD", path) == 3
    header_is_a_table_head(load_workbook(path).active, 2)
    table = rows_of(path)
    assert table[1] == ["Month", "Boris Ivanov", "Olga Sidorova", "Unassigned", "Total"]
    assert table[2] == ["2025-03", None, 150.01, None, 150.01]
    assert table[4] == ["No date", None, 1.25, 10, 11.25]
    assert table[5] == ["Total", 1750.07, 151.26, 10, 1911.33]                # the forecast's own totals


def test_a_products_moves_every_page_and_the_reorder_list(services, tmp_path, monkeypatch):
    from tests.unit.production_kit import supplier
    from tests.unit.test_stock_kit import Shop, product

    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "7.00")])
    shop.posted("receipt", [(shop.chair, 5, "8.50")])
    shop.posted("shipment", [(shop.chair, 3)])
    shop.posted("receipt", [(shop.chair, 2, "7.00")], warehouse=shop.shop)
    monkeypatch.setattr("app.services.exports.stock.MOVES_PAGE", 2)      # pages of two: still every move
    path = tmp_path / "moves.xlsx"
    n = services.exports.export_product_moves(path, shop.chair, warehouse_id=shop.main, title="CH-1 · Main")
    assert n == 3
    sheet = load_workbook(path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0][0] == "CH-1 · Main"
    header_is_a_table_head(sheet, 2)
    shown = services.stock.product_moves(shop.chair, warehouse_id=shop.main)
    assert [r[8] for r in rows[2:5]] == [10, 15, 12] == [float(m.running_balance) for m in shown]
    assert [r[2] for r in rows[2:5]] == ["Receipt", "Receipt", "Shipment"] and rows[4][5] == -3
    assert isinstance(rows[2][0], datetime) and sheet["G3"].number_format == "#,##0.0000"
    assert rows[5][0] == "Total" and rows[5][5] == 12 and rows[5][7] == pytest.approx(70 + 42.5 - 3 * 7.5)
    assert services.exports.export_product_moves(path, shop.chair) == 4              # every warehouse

    glue = product(services, "GL-1", "Glue", shop.kg, min_stock="5")
    tape = product(services, "TP-1", "=Tape", shop.pcs, min_stock="10")
    shop.posted("receipt", [(tape, 4, "1.00")])
    timber = supplier(services, "Timber & Co")
    from app.services.production import SupplierTermsForm
    services.production.add_terms(glue, SupplierTermsForm(timber, price="3"))
    path = tmp_path / "reorder.xlsx"
    found = services.stock.reorder_list(warehouse_id=shop.main)
    assert services.exports.export_reorder(path, warehouse_id=shop.main) == len(found) == 2
    header_is_a_table_head(load_workbook(path).active)
    rows = rows_of(path)
    assert rows[0] == ["SKU", "Product", "On hand", "Available", "Minimum", "Suggested order", "Unit",
                       "Preferred supplier"]
    assert [r[0] for r in rows[1:]] == [r.sku for r in found]
    by_sku = {r[0]: r for r in rows[1:]}
    assert by_sku["GL-1"][2:] == [0, 0, 5, 10, "kg", "Timber & Co"]
    assert by_sku["TP-1"][1:6] == ["=Tape", 4, 4, 10, 16] and by_sku["TP-1"][7] is None


def test_a_campaigns_recipients_and_the_sources_report(services, tmp_path):
    from app.services.exports.activities import write_sources_report
    from app.services.marketing import CampaignForm, SegmentCriteria, SourceReportRow
    from tests.unit.test_exports_more import _members

    _members(services)
    segment = services.marketing.save_segment(None, name="Newsletter", criteria=SegmentCriteria(tags=("Newsletter",)))
    campaign = services.marketing.create_campaign(CampaignForm(name="Spring", segment_id=segment.id, subject="Hi",
                                                               body="Hello {name}", cost=D("90")))
    services.marketing.prepare_recipients(campaign.id)
    path = tmp_path / "recipients.xlsx"
    assert services.exports.export_campaign_recipients(path, campaign.id) == 4
    header_is_a_table_head(load_workbook(path).active, 2)
    rows = rows_of(path)
    assert rows[0][0] == "Campaign: Spring" and rows[1] == ["Client", "E-mail", "Status", "Sent at", "Reason"]
    _, shown = services.marketing.first_recipients(campaign.id)
    assert [r[0] for r in rows[2:]] == [r.client_name for r in shown]
    assert {r[2] for r in rows[2:]} <= {"Pending", "Skipped"}
    with pytest.raises(NotFound):
        services.exports.export_campaign_recipients(path, 999_999)

    report = [SourceReportRow("source", "Exhibition", None, 2, 3, 2, (("EUR", D("300")), ("USD", D("1000"))), None,
                              "", None),
              SourceReportRow("campaign", "Spring", campaign.id, 1, 4, 3, (("USD", D("2699")),), D("90"), "USD",
                              D("30.00")),
              SourceReportRow("source", "", None, 0, 1, 0, (), None, "", None)]
    path = tmp_path / "sources.xlsx"
    assert write_sources_report(report, path, date_from=date(2026, 1, 1), date_to=date(2026, 3, 31)) == 3
    header_is_a_table_head(load_workbook(path).active, 2)
    rows = rows_of(path)
    assert rows[0][0] == "Sources of leads and deals, 2026-01-01 – 2026-03-31"
    assert rows[1] == ["Source / campaign", "Leads", "Deals", "Won", "Won amount EUR", "Won amount USD",
                       "Campaign cost", "Cost currency", "Cost per won deal"]
    assert rows[2] == ["Exhibition", 2, 3, 2, 300, 1000, None, None, None]
    assert rows[3] == ["Campaign: Spring", 1, 4, 3, None, 2699, 90, "USD", 30]
    assert rows[4][0] == "(no source)" and rows[5][:6] == ["Total", 3, 8, 5, 300, 3699]


def test_a_deals_history_with_days_in_each_stage(tmp_path):
    from app.services.exports.funnel_tables import write_deal_history
    from app.services.funnel import StageVisit

    t0 = datetime(2030, 3, 1, 9, 0)
    visits = [StageVisit(1, "Lead", t0, datetime(2030, 3, 3, 21, 0), "Anna Admin"),
              StageVisit(2, "Proposal", datetime(2030, 3, 3, 21, 0), None, "Olga", from_stage_name="Lead")]
    path = tmp_path / "history.xlsx"
    assert write_deal_history(visits, datetime(2030, 3, 4, 21, 0), path, title="Pumps") == 2
    header_is_a_table_head(load_workbook(path).active, 2)
    rows = rows_of(path)
    assert rows[1] == ["When", "From", "To", "Who", "Lost reason", "Days in stage", "Still there"]
    assert rows[2] == [to_local(t0), "(created)", "Lead", "Anna Admin", None, 2.5, None]
    assert rows[3][1:] == ["Lead", "Proposal", "Olga", None, 1, "Yes"]


def test_a_clients_service_requests_all_of_them_open_first(services, tmp_path):
    from app.services.service_desk import RequestForm

    client = services.clients.create_client(ClientForm(display_name="شرکت آریا")).id
    sd = services.service_desk
    done = sd.create_request(RequestForm(client_id=client, subject="Invoice amount is wrong", kind="complaint"))
    done = sd.start_work(done.id, expected_version=done.version)
    sd.resolve_request(done.id, resolution="Credit note issued", expected_version=done.version)
    for i in range(3):
        sd.create_request(RequestForm(client_id=client, subject=f"Pump {i} is leaking", kind="repair"))
    path = tmp_path / "client-requests.xlsx"
    assert services.exports.export_client_requests(path, client) == 4
    header_is_a_table_head(load_workbook(path).active)
    rows = rows_of(path)
    assert [r[1] for r in rows[1:]] == [r.subject for r in sd.client_requests(client)]
    assert rows[-1][1] == "Invoice amount is wrong" and rows[-1][6] == "Resolved"     # closed ones last
    assert isinstance(rows[1][9], datetime)
