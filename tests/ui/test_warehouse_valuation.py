"""A manager reads the stock valuation at a past date per warehouse, with totals, and exports it to Excel."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import openpyxl
from PySide6.QtCore import QDate, Qt

from app.models import utcnow
from app.services.stock import StockDocForm, StockLineData
from app.ui.text import strip_isolates
from app.ui.warehouse.workspace import WarehouseWorkspace
from tests.ui.warehouse_fixtures import shop  # noqa: F401

D = Decimal


def posted(shop, kind, lines, *, days_ago: int, warehouse=None):  # noqa: F811
    form = StockDocForm(kind=kind, warehouse_id=warehouse or shop.main, doc_date=utcnow() - timedelta(days=days_ago),
                        lines=tuple(StockLineData(shop.products[sku], D(q), D(c) if c else None)
                                    for sku, q, c in lines))
    card = shop.ctx.stock.create_document(form)
    return shop.ctx.stock.post_document(card.id, expected_version=card.version)


def table(view) -> list[list[str]]:
    m = view.model
    return [[strip_isolates(m.index(r, c).data() or "") for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_valuation_at_a_date_by_warehouse_with_totals_and_excel(qtbot, shop, tasks, tmp_path, shots):  # noqa: F811
    posted(shop, "receipt", [("TEA-100", "10", "2.00"), ("CARPET-CL", "4", "7.50")], days_ago=20)
    posted(shop, "receipt", [("TEA-100", "10", "3.00")], days_ago=12)
    posted(shop, "receipt", [("TEA-100", "5", "4.00")], days_ago=15, warehouse=shop.tabriz)
    posted(shop, "shipment", [("TEA-100", "4", None)], days_ago=3)            # after the date asked
    workspace = WarehouseWorkspace(shop.ctx, tasks)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 700)
    workspace.show()
    workspace.reload_filters()
    workspace.tabs.setCurrentIndex(workspace.valuation_tab)
    view = workspace.valuation
    view.date_edit.setDate(QDate.currentDate().addDays(-10))
    assert table(view) == [
        ["CARPET-CL", "Carpet cleaner", "Main warehouse", "4", "7.5000", "30.00"],
        ["TEA-100", "Green tea 100 g", "Main warehouse", "20", "2.5000", "50.00"],
        ["TEA-100", "Green tea 100 g", "Tabriz store", "5", "4.0000", "20.00"]]
    assert "3 line(s)" in view.totals_label.text() and "100.00" in view.totals_label.text()
    workspace.grab().save(str(shots / "warehouse_valuation.png"))
    view.warehouse_combo.setCurrentIndex(view.warehouse_combo.findData(shop.main))
    view.warehouse_combo.activated.emit(view.warehouse_combo.currentIndex())
    assert [r[0] for r in table(view)] == ["CARPET-CL", "TEA-100"] and "80.00" in view.totals_label.text()
    target = tmp_path / "valuation"
    asked = []
    view.save_path_dialog = lambda _parent, suggested: asked.append(suggested) or str(target)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("valuation-") and "Saved" in view.status_label.text()
    sheet = openpyxl.load_workbook(tmp_path / "valuation.xlsx").active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert "Main warehouse" in values[0][0]
    assert values[1] == ["SKU", "Product", "Warehouse", "Quantity", "Average cost", "Value"]
    assert [(r[0], r[2], D(str(r[3])), D(str(r[4])), D(str(r[5]))) for r in values[2:4]] == [
        ("CARPET-CL", "Main warehouse", D(4), D("7.5"), D(30)), ("TEA-100", "Main warehouse", D(20), D("2.5"), D(50))]
    assert values[4][0] == "Total" and D(str(values[4][3])) == 24 and D(str(values[4][5])) == 80
    view.save_path_dialog = lambda _parent, _suggested: ""                  # cancelled: nothing happens
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
