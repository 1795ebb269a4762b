"""Client pricing panel, units dialog and price lists dialog, clicked and typed through."""

from __future__ import annotations

import random
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.models import utcnow
from app.services.catalog import ProductQuery
from app.services.demo_catalog import seed_catalog
from app.ui.catalog.client_pricing import ClientPricingPanel
from app.ui.catalog.price_lists_dialog import PriceListsDialog
from app.ui.catalog.units_dialog import UnitsDialog
from app.ui.catalog.workspace import ProductsWorkspace
from tests.ui.shot_paths import shot_path
from tests.unit.factories import simple_form

LEFT = Qt.MouseButton.LeftButton


def _no_modals(monkeypatch) -> None:
    def no_modal(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:]}")
    for target in ("PySide6.QtWidgets.QMessageBox.information", "PySide6.QtWidgets.QMessageBox.question",
                   "PySide6.QtWidgets.QMessageBox.exec"):
        monkeypatch.setattr(target, no_modal)


def _seeded(ui_services) -> dict[str, list[int]]:
    with ui_services.session_factory() as s:
        ids = seed_catalog(s, rng=random.Random(1), now=utcnow(), acting_user_id=ui_services.user_id)
        s.commit()
    return ids


def test_client_pricing_panel_validates_saves_detects_conflict_and_samples_a_price(qtbot, ui_services, tasks,
                                                                                  monkeypatch, shots):
    _no_modals(monkeypatch)
    _seeded(ui_services)
    client = ui_services.clients.create_client(simple_form("شرکت آریا"))
    wholesale = next(p for p in ui_services.catalog.list_price_lists() if p.name == "Wholesale")
    panel = ClientPricingPanel(ui_services, tasks, client_id=client.id)
    qtbot.addWidget(panel)
    assert panel.list_combo.currentData() is None and panel.discount.text() == "0"

    panel.list_combo.setCurrentIndex(panel.list_combo.findData(wholesale.id))
    panel.discount.clear()
    qtbot.keyClicks(panel.discount, "150")
    qtbot.mouseClick(panel.save_button, LEFT)
    # Refused: the message sits by the field and what was typed stays.
    error = panel.fields["discount_percent"].error
    assert not error.isHidden() and "between 0 and 100" in error.text()
    assert panel.discount.text() == "150" and ui_services.catalog.client_terms(client.id).version == 0

    panel.discount.clear()
    qtbot.keyClicks(panel.discount, "5.5")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert panel.fields["discount_percent"].error.isHidden() and panel.saved_label.text() == "Saved."
    stored = ui_services.catalog.client_terms(client.id)
    assert (stored.price_list_id, stored.discount_percent) == (wholesale.id, Decimal("5.5"))

    # Someone else changes the terms meanwhile: the stale save is refused, the typed value kept.
    ui_services.catalog.set_client_terms(client.id, price_list_id=None, discount_percent="2",
                                         expected_version=stored.version)
    panel.discount.clear()
    qtbot.keyClicks(panel.discount, "7")
    qtbot.mouseClick(panel.save_button, LEFT)
    assert "changed by" in panel.status.text() and panel.discount.text() == "7"
    assert ui_services.catalog.client_terms(client.id).discount_percent == Decimal("2")
    qtbot.mouseClick(panel.save_button, LEFT)  # now against the current version
    assert ui_services.catalog.client_terms(client.id).discount_percent == Decimal("7")

    qtbot.keyClicks(panel.sku, "KRV-0001")
    qtbot.keyClick(panel.sku, Qt.Key.Key_Return)
    product_id = ui_services.catalog.products_first(ProductQuery(search="KRV-0001"))[1][0].id
    expected = ui_services.catalog.price_for(product_id=product_id, client_id=client.id)
    assert panel.quote == expected and expected.discount_percent == Decimal("7")
    assert f"{expected.final_price:,.2f}" in panel.sample_label.text() and "Wholesale" in panel.sample_label.text()

    panel.sku.clear()
    qtbot.keyClicks(panel.sku, "NO-SUCH-SKU")
    qtbot.keyClick(panel.sku, Qt.Key.Key_Return)
    assert panel.sample_label.text() == "No product with this SKU."
    panel.sku.setText("KRV-0001")
    qtbot.keyClick(panel.sku, Qt.Key.Key_Return)
    panel.resize(700, 260)
    panel.grab().save(shot_path("catalog_client_pricing.png"))

    # The client's list gets archived: the panel says so instead of silently showing another list.
    current = next(p for p in ui_services.catalog.list_price_lists() if p.id == wholesale.id)
    ui_services.catalog.set_price_list_archived(wholesale.id, True, expected_version=current.version)
    panel.refresh()
    assert panel.list_combo.currentText() == "Wholesale (archived: base prices apply)"
    assert panel.list_combo.count() == 4  # Base, Dealer, Retail and the client's archived list


def _select(table, column: int, text: str) -> None:
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
    table.selectRow(row)


def test_units_dialog_adds_renames_refuses_and_deletes(qtbot, ui_services, tasks, monkeypatch, qtmodeltester):
    _no_modals(monkeypatch)
    _seeded(ui_services)
    dialog = UnitsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())][:2] == ["hour", "kg"]
    assert not dialog.save_button.isEnabled() and dialog.empty_label.isHidden()

    qtbot.keyClicks(dialog.name, "pcs")
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert "already exists" in dialog.fields["name"].error.text() and dialog.name.text() == "pcs"

    dialog.name.setText("کارتن")  # QTest cannot type Persian letters
    dialog.decimals.setValue(0)
    qtbot.mouseClick(dialog.add_button, LEFT)
    assert dialog.fields["name"].error.isHidden() and dialog.selected().name == "کارتن"

    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "crate")
    dialog.decimals.setValue(2)
    qtbot.mouseClick(dialog.save_button, LEFT)
    crate = dialog.selected()
    assert (crate.name, crate.decimals) == ("crate", 2)
    assert next(u for u in ui_services.catalog.list_units() if u.id == crate.id).decimals == 2

    # Someone else renames it meanwhile: the stale save is refused and says so; the typed name stays.
    ui_services.catalog.update_unit(crate.id, name="crates", decimals=2, expected_version=crate.version)
    dialog.name.setText("box")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert "changed by" in dialog.status.text() and dialog.name.text() == "box"
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.selected().name == "box" and dialog.status.isHidden()

    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert "box" not in [u.name for u in ui_services.catalog.list_units()] and dialog.selected() is None

    _select(dialog.table, 0, "pcs")
    qtbot.mouseClick(dialog.delete_button, LEFT)
    assert "product(s) use “pcs”" in dialog.status.text()
    assert "pcs" in [u.name for u in ui_services.catalog.list_units()]
    dialog.resize(520, 560)
    dialog.grab().save(shot_path("catalog_units_dialog.png"))


def test_price_lists_dialog_lists_rules_explicit_prices_and_archive(qtbot, ui_services, tasks, monkeypatch,
                                                                    qtmodeltester):
    _no_modals(monkeypatch)
    _seeded(ui_services)
    dialog = PriceListsDialog(ui_services, tasks)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.lists_model)
    qtmodeltester.check(dialog.prices_model)
    lists = dialog.lists_model
    assert [lists.index(r, 0).data() for r in range(lists.rowCount())] == ["Base", "Dealer", "Retail", "Wholesale"]
    assert lists.index(0, 1).data() == "base list" and lists.index(3, 1).data() == "base −10 %"
    assert dialog.selected_list().is_base and not dialog.archive_button.isEnabled()
    assert dialog.prices_model.rowCount() > 40

    # A new list: a wrong rule is refused by its field and stays as typed.
    dialog.name.setText("شرکت آریا")  # QTest cannot type Persian letters
    dialog.rule.clear()
    qtbot.keyClicks(dialog.rule, "abc")
    qtbot.mouseClick(dialog.add_list_button, LEFT)
    assert not dialog.list_fields["rule_percent"].error.isHidden() and dialog.rule.text() == "abc"
    dialog.rule.clear()
    qtbot.keyClicks(dialog.rule, "-5")
    qtbot.mouseClick(dialog.add_list_button, LEFT)
    aria = dialog.selected_list()
    assert (aria.name, aria.rule_percent) == ("شرکت آریا", Decimal("-5")) and dialog.list_status.isHidden()

    # Its explicit price for one product, found by SKU.
    qtbot.keyClicks(dialog.search, "KRV-0001")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.prices_model.rowCount() == 1 and dialog.selected_product().sku == "KRV-0001"
    product = dialog.selected_product()
    assert product.effective == (product.base_price * Decimal("0.95")).quantize(Decimal("0.01"))
    qtbot.keyClicks(dialog.price, "12.345")
    qtbot.mouseClick(dialog.set_price_button, LEFT)
    assert "two decimals" in dialog.price_fields["price"].error.text() and dialog.price.text() == "12.345"
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "1199.90")
    qtbot.mouseClick(dialog.set_price_button, LEFT)
    assert dialog.prices_model.index(0, 3).data() == "1,199.90" and dialog.price_fields["price"].error.isHidden()
    quote = ui_services.catalog.price_for(product_id=product.id, price_list_id=aria.id)
    assert (quote.price, quote.source) == (Decimal("1199.90"), "explicit")

    # Someone else changes that price meanwhile: refused and said; the typed price stays.
    ui_services.catalog.set_price(product.id, price_list_id=aria.id, price="1000",
                                  expected_version=dialog.selected_product().version)
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "900")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert "changed by" in dialog.price_status.text() and dialog.price.text() == "900"
    assert dialog.prices_model.index(0, 3).data() == "1,000.00"
    qtbot.mouseClick(dialog.remove_price_button, LEFT)
    assert dialog.prices_model.index(0, 3).data() == "" and dialog.price.text() == ""
    assert ui_services.catalog.price_for(product_id=product.id, price_list_id=aria.id).source == "rule"
    dialog.search.clear()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    dialog.prices_table.selectRow(0)
    dialog.resize(1200, 750)
    dialog.grab().save(shot_path("catalog_price_lists_dialog.png"))

    # Rename, then archive: it leaves the list, and comes back with "Show archived".
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Aria special")
    qtbot.mouseClick(dialog.save_list_button, LEFT)
    assert dialog.selected_list().name == "Aria special"
    qtbot.mouseClick(dialog.archive_button, LEFT)
    assert "Aria special" not in [lists.index(r, 0).data() for r in range(lists.rowCount())]
    qtbot.keyClick(dialog.show_archived, Qt.Key.Key_Space)
    assert dialog.show_archived.isChecked(), [lists.index(r, 0).data() for r in range(lists.rowCount())]
    _select(dialog.lists_table, 0, "Aria special (archived)")
    assert dialog.archive_button.text() == "Restore"
    qtbot.mouseClick(dialog.archive_button, LEFT)
    assert not dialog.selected_list().archived

    # The base list holds explicit prices only.
    _select(dialog.lists_table, 0, "Base")
    qtbot.keyClicks(dialog.rule, "3")
    qtbot.mouseClick(dialog.save_list_button, LEFT)
    assert "explicit prices only" in dialog.list_fields["rule_percent"].error.text()


def test_workspace_toolbar_opens_units_and_price_lists(qtbot, ui_services, tasks, monkeypatch):
    _no_modals(monkeypatch)
    _seeded(ui_services)
    ws = ProductsWorkspace(ui_services, tasks)
    qtbot.addWidget(ws)
    ws.refresh()
    opened = []

    def scripted(factory, script):
        def make():
            dialog = factory()
            monkeypatch.setattr(dialog, "exec", lambda: opened.append((type(dialog), script(dialog))))
            return dialog
        return make

    def rename_pack(dialog: UnitsDialog) -> None:
        _select(dialog.table, 0, "pack")
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "box")
        qtbot.mouseClick(dialog.save_button, LEFT)
    ws.units_factory = scripted(ws.units_factory, rename_pack)
    qtbot.mouseClick(ws.findChild(QPushButton, "units_button"), LEFT)
    assert opened[0][0] is UnitsDialog and "box" in [u.name for u in ws._units]

    def choose_wholesale(dialog: PriceListsDialog) -> str:
        _select(dialog.lists_table, 0, "Wholesale")
        return dialog.title.text()
    ws.price_lists_factory = scripted(ws.price_lists_factory, choose_wholesale)
    qtbot.mouseClick(ws.findChild(QPushButton, "price_lists_button"), LEFT)
    assert opened[1] == (PriceListsDialog, "Prices on “\u2068Wholesale\u2069” — base −10 %")
    ws.resize(1200, 750)
    ws.grab().save(shot_path("catalog_workspace_toolbar.png"))
