"""The funnel as a list, and its forecast and conversion screens, with numbers a manager can check by hand."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from app.models import utcnow
from app.services.clients import ClientForm
from app.services.funnel import DealForm, StageSpec
from app.ui.funnel.board import FunnelWorkspace
from app.ui.funnel.deal_list import DealListModel
from app.ui.funnel.money import format_money
from app.ui.text import strip_isolates
from tests.ui.test_funnel_board import HeldReads
from tests.ui.typing_helpers import type_text

D = Decimal


@dataclass
class Team:
    pipeline: object
    deals: dict[str, int]
    clients: dict[str, int]
    stage: dict[str, int]
    olga: int


@pytest.fixture
def team(ui_services) -> Team:
    """Pipeline "Wholesale" (Lead 10 %, Proposal 50 %); deals closing in two months, two managers, two
    currencies; one deal won and one lost today."""
    f = ui_services.funnel
    pipeline = f.create_pipeline("Wholesale", stages=[StageSpec("Lead", D(10)), StageSpec("Proposal", D(50))])
    stage = {s.name: s.id for s in pipeline.stages}
    olga = ui_services.users.add_user("olga", full_name="Olga Sidorova", password="olga-pass-1").id
    clients = {name: ui_services.clients.create_client(ClientForm(display_name=name)).id
               for name in ("شرکت آریا", "Romashka LLC", "Acme Corporation")}
    reason = f.add_lost_reason("Too expensive").id
    deals = {}
    for title, client, amount, currency, st, manager, close in (
            ("Carpets", "شرکت آریا", "1000.00", "USD", "Lead", olga, date(2030, 1, 15)),
            ("Pumps", "Romashka LLC", "3000.00", "USD", "Proposal", olga, date(2030, 1, 20)),
            ("Valves", "Romashka LLC", "500.00", "USD", "Proposal", None, date(2030, 2, 3)),
            ("Licences", "Acme Corporation", "800.00", "EUR", "Lead", None, date(2030, 2, 10)),
            ("Big order", "Acme Corporation", "2000.00", "USD", "Lead", olga, None),
            ("Trial", "شرکت آریا", "100.00", "USD", "Lead", None, None)):
        deals[title] = f.create_deal(DealForm(title=title, client_id=clients[client], amount=D(amount),
                                              currency=currency, pipeline_id=pipeline.id, stage_id=stage[st],
                                              manager_id=manager, expected_close=close)).id
    big = f.load_deal(deals["Big order"])
    f.move_deal(big.id, stage["Won"], expected_version=big.version)
    trial = f.load_deal(deals["Trial"])
    f.move_deal(trial.id, stage["Lost"], expected_version=trial.version, lost_reason_id=reason)
    return Team(pipeline, deals, clients, stage, olga)


@pytest.fixture
def workspace(qtbot, ui_services, tasks, team) -> FunnelWorkspace:
    widget = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    widget.show()
    qtbot.waitUntil(lambda: len(widget.columns) == 4)
    return widget


def cell(model, row: int, column: int) -> str:
    return strip_isolates(model.index(row, column).data() or "")


def list_titles(workspace: FunnelWorkspace) -> list[str]:
    model = workspace.list_view.model
    return [cell(model, r, 0) for r in range(model.rowCount())]


def test_the_list_shows_the_boards_deals_sorted_by_header_clicks(qtbot, workspace, team, shots):
    qtbot.mouseClick(workspace.view_button["list"], Qt.MouseButton.LeftButton)
    assert workspace.views.currentWidget() is workspace.list_view
    qtbot.waitUntil(lambda: workspace.list_view.model.rowCount() == 6)
    header = workspace.list_view.table.horizontalHeader()

    def click_header(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click_header(3)   # Amount
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        click_header(3)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert list_titles(workspace) == ["Pumps", "Big order", "Carpets", "Licences", "Valves", "Trial"]
    model = workspace.list_view.model
    row = list_titles(workspace).index("Pumps")
    assert cell(model, row, 2) == "Proposal" and cell(model, row, 4) == "50 %"
    assert cell(model, row, 5) == format_money(D("1500.00"), "USD")
    assert model.index(row, 3).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    click_header(0)   # Title
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        click_header(0)
    assert list_titles(workspace) == ["Big order", "Carpets", "Licences", "Pumps", "Trial", "Valves"]
    workspace.grab().save(str(shots / "funnel_list.png"))


def test_the_list_search_and_double_click_open_the_deal(qtbot, workspace, team):
    workspace.show_view("list")
    opened = []
    workspace.deal_dialog_factory = lambda ctx, tasks, **kw: type(
        "Fake", (), {"exec": lambda self: opened.append(kw["deal_id"]) or 0, "setAttribute": lambda self, a: None})()
    type_text(workspace.search_edit, "romashka")
    qtbot.waitUntil(lambda: workspace.list_view.model.rowCount() == 2)
    assert sorted(list_titles(workspace)) == ["Pumps", "Valves"]
    table = workspace.list_view.table
    rect = table.visualRect(table.model().index(0, 0))
    # A real double-click: the first press selects, the second arrives as a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [workspace.list_view.model.id_at(0)]


def test_open_client_from_the_list(qtbot, workspace, team):
    workspace.show_view("list")
    qtbot.waitUntil(lambda: workspace.list_view.model.rowCount() == 6)
    assert workspace.open_client_action.isVisible()
    workspace.list_view.table.selectRow(list_titles(workspace).index("Carpets"))
    with qtbot.waitSignal(workspace.open_client) as signal:
        workspace.open_client_action.trigger()
    assert signal.args == [team.clients["شرکت آریا"]]


def test_the_list_model_passes_the_model_tester(qtbot, workspace, qtmodeltester):
    workspace.show_view("list")
    qtbot.waitUntil(lambda: workspace.list_view.model.rowCount() == 6)
    assert isinstance(workspace.list_view.model, DealListModel)
    qtmodeltester.check(workspace.list_view.model)


def test_forecast_shows_weighted_amounts_by_month_and_manager(qtbot, workspace, team, shots):
    qtbot.mouseClick(workspace.view_button["forecast"], Qt.MouseButton.LeftButton)
    view = workspace.forecast_view
    assert [view.currency_combo.itemText(i) for i in range(view.currency_combo.count())] == ["EUR", "USD"]
    view.currency_combo.setCurrentIndex(view.currency_combo.findText("USD"))
    texts = [[strip_isolates(t) for t in row] for row in view.model.texts()]
    assert [h for h in view.model.headers] == ["Month", "Olga Sidorova", "Unassigned", "Total"]
    # Carpets 1000 × 10 % = 100.00 and Pumps 3000 × 50 % = 1500.00 in January; Valves 500 × 50 % in February.
    assert [row[0] for row in texts] == ["Jan 2030", "Feb 2030", "Total"]
    usd = {n: format_money(D(n), "USD") for n in ("1600", "250", "1850")}
    assert [r[1:] for r in texts] == [[usd["1600"], "", usd["1600"]], ["", usd["250"], usd["250"]],
                                      [usd["1600"], usd["250"], usd["1850"]]]
    assert view.bar_values() == [1600.0, 250.0]
    assert not workspace.tag_combo.isVisible() and workspace.manager_combo.isVisible()
    workspace.grab().save(str(shots / "funnel_forecast.png"))
    view.currency_combo.setCurrentIndex(view.currency_combo.findText("EUR"))
    eur = format_money(D("80"), "EUR")
    assert [strip_isolates(t) for t in view.model.texts()[-1]] == ["Total", eur, eur]


def test_conversion_shows_stage_counts_and_lost_reasons(qtbot, workspace, team, shots):
    qtbot.mouseClick(workspace.view_button["conversion"], Qt.MouseButton.LeftButton)
    view = workspace.conversion_view
    today = utcnow().date()
    view.set_period(today, today)
    rows = [[strip_isolates(t) for t in row] for row in view.stage_model.texts()]
    # Entered today: five deals into Lead (Big order and Trial went on: Won / Lost), two into Proposal.
    assert rows == [["Lead", "4", "1", "1", "1", "25 %"],
                    ["Proposal", "2", "0", "0", "0", "0 %"],
                    ["Won", "1", "0", "1", "0", "—"],
                    ["Lost", "1", "0", "0", "1", "—"]]
    assert [[strip_isolates(t) for t in r] for r in view.reason_model.texts()] == [["Too expensive", "1"]]
    assert view.funnel_widths() == [4, 2, 1]
    workspace.grab().save(str(shots / "funnel_conversion.png"))
    view.set_period(date(2001, 1, 1), date(2001, 1, 31))
    assert [r[1] for r in view.stage_model.texts()] == ["0", "0", "0", "0"]


def test_reports_and_the_list_show_the_latest_read_even_if_an_older_one_answers_last(
        qtbot, workspace, team, tasks, monkeypatch):
    reads = HeldReads(monkeypatch, tasks)
    view = workspace.conversion_view
    workspace.show_view("conversion")
    today = utcnow().date()
    view.set_period(date(2001, 1, 1), date(2001, 1, 31))      # the slow read: an empty month long ago
    view.set_period(today, today)
    reads.answer(-1)
    reads.answer(-2)
    assert [r[1] for r in view.stage_model.texts()] == ["4", "2", "1", "1"]

    forecast = workspace.forecast_view
    forecast.load(team.pipeline.id, team.olga)                  # the slow read: Olga's deals only
    forecast.load(team.pipeline.id, None)
    reads.answer(-1)
    reads.answer(-2)
    assert forecast.currency_combo.count() == 2                 # EUR came with everyone's deals

    workspace.show_view("list")
    workspace.search_edit.setText("romashka")
    workspace.refresh()
    workspace.search_edit.setText("")
    workspace.refresh()
    reads.answer(-1)
    reads.answer(-2)
    assert len(list_titles(workspace)) == 6


def test_report_models_pass_the_model_tester(qtbot, workspace, team, qtmodeltester):
    workspace.show_view("forecast")
    qtmodeltester.check(workspace.forecast_view.model)
    workspace.show_view("conversion")
    qtmodeltester.check(workspace.conversion_view.stage_model)
