"""A deal's product lines on the deal card: type a SKU, Enter, the line is priced for the client; the deal is
worth the lines' sum."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.services.catalog import ProductForm
from app.ui.funnel.deal_dialog import DealDialog
from tests.ui.shot_paths import shot_path
from tests.ui.test_funnel_board import shop  # noqa: F401
from tests.ui.typing_helpers import type_text

D = Decimal


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """An unexpected failure fails the test instead of waiting on a message box."""
    def fail(_parent, exc):
        raise AssertionError(f"unexpected error: {exc!r}")
    monkeypatch.setattr("app.ui.funnel.deal_dialog.show_error", fail)


@pytest.fixture
def products(ui_services):
    unit = ui_services.catalog.add_unit("pcs")
    carpet = ui_services.catalog.create_product(ProductForm(sku="CRP-7", name="فرش «شرکت آریا»", unit_id=unit.id,
                                                            sale_price=D("250.00")))
    pad = ui_services.catalog.create_product(ProductForm(sku="PAD-1", name="Underlay pad", unit_id=unit.id,
                                                         sale_price=D("19.99")))
    return carpet, pad


def _open(qtbot, ui_services, tasks, deal_id, pipeline_id):
    dialog = DealDialog(ui_services, tasks, deal_id=deal_id, pipeline_id=pipeline_id)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.products_tab)
    dialog.show()
    return dialog


def test_a_line_added_by_sku_is_priced_for_the_client_and_makes_the_amount(qtbot, shop, products,  # noqa: F811
                                                                           ui_services, tasks, qtmodeltester):
    deal = shop.deals["Carpets for Tehran office"]
    client = ui_services.funnel.load_deal(deal).form.client_id
    ui_services.catalog.set_client_terms(client, price_list_id=None, discount_percent=D("10"))
    dialog = _open(qtbot, ui_services, tasks, deal, shop.pipeline.id)
    assert not dialog.amount_edit.isReadOnly() and dialog.empty_lines.isVisibleTo(dialog)
    type_text(dialog.sku_edit, "crp-7")
    qtbot.keyClick(dialog.sku_edit, Qt.Key.Key_Return)
    model = dialog.lines_model
    assert [(line.sku, line.quantity, line.unit_price, line.discount_percent) for line in model.lines] == [
        ("CRP-7", "1", "250.00", "10")]
    model.setData(model.index(0, 3), "2")                       # two carpets: 2 × 250 − 10 % = 450.00
    type_text(dialog.sku_edit, "PAD-1")
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    assert model.index(1, 6).data() == "17.99"                  # 19.99 − 10 %, half-up
    assert dialog.amount_edit.isReadOnly() and dialog.amount_edit.text() == "467.99"
    qtmodeltester.check(model)
    dialog.resize(1200, 750)
    dialog.grab().save(shot_path("deal_lines.png"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    saved = ui_services.funnel.load_deal(deal)
    assert saved.form.amount == D("467.99") == sum(line.amount for line in saved.lines)
    assert [(line.sku, line.quantity, line.amount) for line in saved.lines] == [
        ("CRP-7", D("2"), D("450.00")), ("PAD-1", D("1"), D("17.99"))]
    again = _open(qtbot, ui_services, tasks, deal, shop.pipeline.id)
    assert [line.name for line in again.lines_model.lines] == ["فرش «شرکت آریا»", "Underlay pad"]
    again.lines_view.setCurrentIndex(again.lines_model.index(0, 0))
    qtbot.mouseClick(again.remove_line_button, Qt.MouseButton.LeftButton)
    assert again.amount_edit.text() == "17.99"


def test_an_unknown_sku_and_a_bad_line_are_told_on_the_products_tab(qtbot, shop, products,  # noqa: F811
                                                                    ui_services, tasks):
    deal = shop.deals["Carpets for Tehran office"]
    before = ui_services.funnel.load_deal(deal)
    dialog = _open(qtbot, ui_services, tasks, deal, shop.pipeline.id)
    type_text(dialog.sku_edit, "NOPE")
    qtbot.keyClick(dialog.sku_edit, Qt.Key.Key_Return)
    assert dialog.lines_model.lines == [] and "NOPE" in dialog.lines_error.text()
    dialog.sku_edit.clear()
    type_text(dialog.sku_edit, "PAD-1")
    qtbot.keyClick(dialog.sku_edit, Qt.Key.Key_Return)
    dialog.lines_model.setData(dialog.lines_model.index(0, 3), "0")
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is None and dialog.tabs.currentIndex() == dialog.products_tab
    assert dialog.lines_error.text() == "Line 1, quantity: Must be more than zero"
    assert dialog.lines_model.lines[0].quantity == "0"          # what was typed stays
    assert ui_services.funnel.load_deal(deal).version == before.version


def test_a_deal_amount_and_probability_typed_in_persian_digits(qtbot, shop, ui_services, tasks):  # noqa: F811
    """The amount and probability fields let Persian digits and '٫' through (Qt's \\d alone would not)."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("fa_IR"))      # conftest.py's autouse fixture restores the locale
    deal = shop.deals["Carpets for Tehran office"]
    dialog = DealDialog(ui_services, tasks, deal_id=deal, pipeline_id=shop.pipeline.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.amount_edit.clear()
    type_text(dialog.amount_edit, "۱۲۳۴۵٫۵۰")
    dialog.probability_edit.clear()
    type_text(dialog.probability_edit, "۳۵")
    assert dialog.amount_edit.text() == "۱۲۳۴۵٫۵۰" and dialog.probability_edit.text() == "۳۵"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    saved = ui_services.funnel.load_deal(deal).form
    assert saved.amount == D("12345.50") and saved.probability == D(35)
