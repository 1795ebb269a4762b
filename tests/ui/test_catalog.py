"""A catalog manager creates a product with a barcode, finds it by scanning, edits prices, prints labels."""

from __future__ import annotations

import random
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from app.models import utcnow
from app.services.demo_catalog import seed_catalog
from app.ui.catalog import ProductDialog, ProductsWorkspace


def _workspace(qtbot, ui_services, tasks, monkeypatch, dialogs: list):
    def no_modal(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:]}")
    for target in ("app.ui.catalog.product_dialog.show_error", "app.ui.catalog.workspace.show_error",
                   "PySide6.QtWidgets.QMessageBox.information", "PySide6.QtWidgets.QMessageBox.question"):
        monkeypatch.setattr(target, no_modal)
    ws = ProductsWorkspace(ui_services, tasks)
    qtbot.addWidget(ws)

    def factory(**kw):
        dialog = ProductDialog(ui_services, tasks, parent=ws, **kw)
        dialogs.append(dialog)
        monkeypatch.setattr(dialog, "exec", lambda: (dialog._script(dialog), dialog.result())[1])
        return dialog
    ws.dialog_factory = factory
    ws.refresh()
    return ws


def test_create_product_with_barcode_keep_rejected_input_and_find_it_by_barcode(qtbot, ui_services, tasks,
                                                                                monkeypatch, shots):
    ui_services.catalog.add_unit("pcs")
    dialogs: list[ProductDialog] = []
    ws = _workspace(qtbot, ui_services, tasks, monkeypatch, dialogs)
    code = "4006381333931"

    def fill(dialog: ProductDialog) -> None:
        qtbot.keyClicks(dialog.sku, "ARY-100")
        dialog.name.setText("پمپ شرکت آریا")  # QTest cannot type Persian letters
        qtbot.keyClicks(dialog.name, " 100")
        qtbot.keyClicks(dialog.edits["sale_price"], "-5")
        qtbot.keyClicks(dialog.barcode_lines[0].code, "4006381333932")
        save = dialog.findChild(QPushButton, "save_button")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        # Rejected: the messages sit by the fields and what was typed stays.
        assert dialog.fields["sale_price"].error.text() == "Cannot be negative"
        assert "check digit" in dialog.barcode_lines[0].field.error.text()
        assert dialog.sku.text() == "ARY-100" and dialog.edits["sale_price"].text() == "-5"
        dialog.edits["sale_price"].setText("")
        qtbot.keyClicks(dialog.edits["sale_price"], "1250.50")
        dialog.barcode_lines[0].code.setText("")
        qtbot.keyClicks(dialog.barcode_lines[0].code, code)
        dialog.resize(1000, 700)
        dialog.grab().save(str(shots / "catalog_product_dialog.png"))
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    ProductDialog._script = staticmethod(fill)
    qtbot.mouseClick(ws.findChild(QPushButton, "new_button"), Qt.MouseButton.LeftButton)
    assert dialogs[0].saved is not None and dialogs[0].saved.form.barcodes[0].code == code

    qtbot.keyClicks(ws.findChild(QLineEdit, "search_edit"), code)
    assert ws.model.rowCount() == 1
    row = ws.model.row_at(0)
    assert (row.sku, row.sale_price, row.barcode) == ("ARY-100", Decimal("1250.50"), code)
    assert ws.model.data(ws.model.index(0, 4), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_edit_prices_per_list_and_print_labels(qtbot, ui_services, tasks, monkeypatch, tmp_path, qtmodeltester):
    with ui_services.session_factory() as s:
        seed_catalog(s, rng=random.Random(1), now=utcnow(), acting_user_id=ui_services.user_id)
        s.commit()
    wholesale = next(p for p in ui_services.catalog.list_price_lists() if p.name == "Wholesale")
    dialogs: list[ProductDialog] = []
    ws = _workspace(qtbot, ui_services, tasks, monkeypatch, dialogs)
    qtmodeltester.check(ws.model)
    qtmodeltester.check(ws.tree_model)
    qtbot.keyClicks(ws.search, "KRV-0001")
    ws.table.selectRow(0)

    def set_price(dialog: ProductDialog) -> None:
        edit = dialog.price_edits[wholesale.id]
        assert edit.text() == "" and edit.placeholderText().startswith("rule -10")
        qtbot.keyClicks(edit, "199.90")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)
    ProductDialog._script = staticmethod(set_price)
    qtbot.mouseClick(ws.findChild(QPushButton, "open_button"), Qt.MouseButton.LeftButton)
    product_id = ws.model.row_at(0).id
    quote = ui_services.catalog.price_for(product_id=product_id, price_list_id=wholesale.id)
    assert (quote.price, quote.source) == (Decimal("199.90"), "explicit")

    target = tmp_path / "labels.pdf"
    opened = []
    ws.ask_labels = lambda parent, count: ("a4_4x10", 3)
    ws.ask_save_path = lambda parent: str(target)
    ws.offer_to_open = lambda parent, path: opened.append(path)
    ws.table.selectRow(0)  # saving the card refreshed the list
    qtbot.mouseClick(ws.findChild(QPushButton, "labels_button"), Qt.MouseButton.LeftButton)
    assert opened == [str(target)] and target.read_bytes().startswith(b"%PDF")


def test_workspace_screenshot_with_demo_catalog(qtbot, ui_services, tasks, monkeypatch, shots):
    with ui_services.session_factory() as s:
        seed_catalog(s, rng=random.Random(2), now=utcnow(), acting_user_id=ui_services.user_id)
        s.commit()
    ws = _workspace(qtbot, ui_services, tasks, monkeypatch, [])
    assert ws.model.rowCount() > 40 and ws.tree_model.rowCount() == 1
    root = ws.tree_model.item(0)
    names = [root.child(i).text() for i in range(root.rowCount())]
    assert len(names) == len(set(names)) and "Pumps" in names
    ws.resize(1200, 750)
    ws.grab().save(str(shots / "catalog_products_workspace.png"))
    # Every column, the last one (Archived) too, is fully visible without scrolling sideways.
    header = ws.table.horizontalHeader()
    last = ws.model.columnCount() - 1
    assert ws.model.headerData(last, Qt.Orientation.Horizontal) == "Archived"
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= ws.table.viewport().width()
    assert header.sectionSize(last) >= header.fontMetrics().horizontalAdvance("Archived")
    assert header.sectionSize(1) >= 200          # the name keeps a readable width
    card = ui_services.catalog.load_product(ws.model.row_at(0).id)
    dialog = ProductDialog(ui_services, tasks, units=ws._units, categories=ws._categories, card=card)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 720)
    dialog.grab().save(str(shots / "catalog_product_dialog_existing.png"))
    assert dialog.exec is not None and dialog.result() == QDialog.DialogCode.Rejected


def test_prices_typed_in_arabic_indic_digits_are_saved_and_rubbish_stays(qtbot, ui_services, tasks, monkeypatch):
    """Under ar_SA a price '١٬٢٣٤٫٥٠' (Arabic-Indic digits, '٬' groups, '٫' point) is 1234.50; a purchase price
    that is not a number is refused by its field and stays as typed."""
    from PySide6.QtCore import QLocale

    from tests.ui.typing_helpers import type_text

    QLocale.setDefault(QLocale("ar_SA"))      # conftest.py's autouse fixture restores the locale
    ui_services.catalog.add_unit("pcs")
    dialogs: list[ProductDialog] = []
    ws = _workspace(qtbot, ui_services, tasks, monkeypatch, dialogs)

    def fill(dialog: ProductDialog) -> None:
        qtbot.keyClicks(dialog.sku, "PUMP-1")
        qtbot.keyClicks(dialog.name, "Pump")
        for name, text in (("sale_price", "١٬٢٣٤٫٥٠"), ("purchase_price", "٧٥٠abc")):
            dialog.edits[name].clear()           # a new product starts at 0.00
            type_text(dialog.edits[name], text)
        save = dialog.findChild(QPushButton, "save_button")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.fields["purchase_price"].error.text()
        assert dialog.edits["purchase_price"].text() == "٧٥٠abc" and dialog.edits["sale_price"].text() == "١٬٢٣٤٫٥٠"
        dialog.edits["purchase_price"].clear()
        type_text(dialog.edits["purchase_price"], "٧٥٠")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    ProductDialog._script = staticmethod(fill)
    qtbot.mouseClick(ws.findChild(QPushButton, "new_button"), Qt.MouseButton.LeftButton)
    assert dialogs[0].saved is not None
    assert (dialogs[0].saved.form.sale_price, dialogs[0].saved.form.purchase_price) == (Decimal("1234.50"), Decimal(750))
