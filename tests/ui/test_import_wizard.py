"""The import wizard, driven as a person would: choose a file, map, check, correct a bad row, import."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWizard

from app.ui.imports import ImportWizard

PERSIAN = "چای سبز ارگانیک با برگ‌های درشت — بسته ۵۰۰ گرمی"


def _file(path: Path) -> Path:
    book = Workbook()
    ws = book.active
    ws.title = "Catalog"
    ws.append(["Article", "Item title", "UoM", "Price", "Cost", "Notes"])
    ws.append(["TEA-1", PERSIAN, "pcs", 1250.5, 700, "from the old system"])
    ws.append(["TEA-2", "Black tea, Assam, large leaf", "pcs", "twelve", 8, None])
    ws.append([None, None, None, None, None, None])
    ws.append(["TEA-3", "Mint", "pcs", 4, 2, None])
    book.save(path)
    return path


def _next(qtbot, wizard: ImportWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def _shot(wizard, shots, name: str) -> None:
    QApplication.processEvents()
    wizard.grab().save(str(shots / f"import_{name}.png"))


def test_products_through_the_wizard(qtbot, tasks, ui_services, tmp_path, shots, monkeypatch):
    ui_services.catalog.add_unit("pcs")
    source = _file(tmp_path / "catalog.xlsx")
    wizard = ImportWizard(ui_services, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    _shot(wizard, shots, "1_source_empty")

    page = wizard.source_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("products"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), "")))
    qtbot.mouseClick(page.findChild(QPushButton, "browse_button"), Qt.MouseButton.LeftButton)
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Catalog"]
    _shot(wizard, shots, "1_source")
    _next(qtbot, wizard)

    # Mapping: the header names are matched (Article → SKU, UoM → Unit, Price → Sale price, Cost → Purchase).
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert combos["sku"].currentText() == "Article"
    assert combos["unit"].currentText() == "UoM"
    assert combos["sale_price"].currentText() == "Price"
    assert combos["purchase_price"].currentText() == "Cost"
    # The name column has an unusual title: the user picks it; Next refuses until then.
    assert combos["name"].currentData() == ""
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.mapping_page
    error = wizard.mapping_page.error
    assert error.isVisible() and "“Name”" in error.text()
    _shot(wizard, shots, "2_mapping_missing")
    combos["name"].setCurrentIndex(combos["name"].findText("Item title"))
    _shot(wizard, shots, "2_mapping")
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.preview_page
    preview = wizard.preview_page.view.model()
    assert preview.rowCount() == 3  # the empty row is skipped
    assert preview.headerData(0, Qt.Orientation.Vertical) == "2"
    assert preview.headerData(2, Qt.Orientation.Vertical) == "5"
    price_col = preview.headers.index("Sale price")
    assert preview.data(preview.index(0, price_col)) == "1,250.5"
    _shot(wizard, shots, "3_preview")
    _next(qtbot, wizard)

    check = wizard.check_page
    assert wizard.currentPage() is check
    assert "Rows with errors: 1" in check.summary.text()
    errors = check.errors
    assert errors.rowCount() == 1
    assert [errors.data(errors.index(0, c)) for c in range(3)] == ["3", "Price", "is not a number"]
    _shot(wizard, shots, "4_check_errors")

    # The error report, saved where the user says.
    report = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), "")))
    qtbot.mouseClick(check.save_report, Qt.MouseButton.LeftButton)
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Error" and rows[1][1] == "TEA-2" and rows[1][-1] == "Price: is not a number"

    # Correct the price in the grid: double-click the cell, type, Enter; then check again.
    grid = check.grid_view
    col = check.grid.headers.index("Price")
    rect = grid.visualRect(check.grid.index(0, col))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "12")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on Enter through a queued call.
    qtbot.waitUntil(lambda: check.grid.data(check.grid.index(0, col)) == "12")
    _shot(wizard, shots, "4_check_corrected")
    qtbot.mouseClick(check.recheck, Qt.MouseButton.LeftButton)
    assert "No errors" in check.summary.text() and "3 new products" in check.summary.text()
    assert check.errors.rowCount() == 0
    _shot(wizard, shots, "4_check_ok")
    _next(qtbot, wizard)

    page = wizard.import_page
    assert wizard.currentPage() is page and page.all_radio.isChecked()
    _shot(wizard, shots, "5_import")
    _next(qtbot, wizard)

    assert wizard.currentPage() is wizard.result_page
    assert wizard.result_page.result_label.text() == "3 products created, 0 updated."
    _shot(wizard, shots, "6_result")
    cards = {sku: _card(ui_services, sku) for sku in ("TEA-1", "TEA-2", "TEA-3")}
    assert cards["TEA-1"].form.name == PERSIAN and cards["TEA-1"].form.sale_price == Decimal("1250.50")
    assert cards["TEA-2"].form.sale_price == Decimal("12")
    # The mapping is remembered for next time.
    assert ui_services.imports.remembered_mapping("products")["name"] == "Item title"


def _card(services, sku: str):
    from sqlalchemy import select

    from app.models import Product

    with services.uow() as uow:
        pid = uow.session.scalar(select(Product.id).where(Product.sku == sku))
    return services.catalog.load_product(pid)


def test_clients_valid_rows_only_from_the_file_menu(qtbot, tasks, ui_services, tmp_path, shots, monkeypatch):
    from PySide6.QtGui import QAction

    from app.ui.main_window import MainWindow

    book = Workbook()
    ws = book.active
    ws.append(["Name", "Tax id", "E-mail", "Contact name", "Contact phone", "City", "Street"])
    ws.append(["شرکت بازرگانی آریا پارس", "0012345678", "info@arya.example", "Reza Tehrani", "+98 21 8888 7777",
               "Tehran", "Valiasr 12"])
    ws.append(["Broken Mail Ltd", None, "not-an-email", None, None, "Yerevan", None])
    path = tmp_path / "clients.xlsx"
    book.save(path)

    admin = ui_services.users.list_users()[0]
    win = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Karavan Test LLC")
    qtbot.addWidget(win)
    opened = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: opened.append(self) or 0)
    win.findChild(QAction, "menu_import").trigger()
    assert len(opened) == 1
    wizard = opened[0]
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    assert page.kind_combo.currentData() == "clients"
    page.file_edit.setFocus()
    qtbot.keyClicks(page.file_edit, str(path))
    qtbot.keyClick(page.file_edit, Qt.Key.Key_Return)  # Enter reads the sheets and goes on, like Next
    assert page.sheet_combo.currentText() == "Sheet"
    assert wizard.currentPage() is wizard.mapping_page
    assert wizard.mapping_page.combos["contact_phone"].currentText() == "Contact phone"
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.preview_page
    _shot(wizard, shots, "clients_3_preview")
    _next(qtbot, wizard)
    check = wizard.check_page
    assert wizard.currentPage() is check
    assert [check.errors.data(check.errors.index(0, c)) for c in range(2)] == ["3", "E-mail"]
    _shot(wizard, shots, "clients_4_check")
    _next(qtbot, wizard)
    imp = wizard.import_page
    assert wizard.currentPage() is imp
    _shot(wizard, shots, "clients_5_import")
    assert imp.valid_radio.isChecked() and not imp.all_radio.isEnabled()
    _next(qtbot, wizard)
    text = wizard.result_page.result_label.text()
    assert text == "1 clients created, 0 updated.\nRejected rows left out: 1."
    _shot(wizard, shots, "clients_6_result")
    row = ui_services.clients.search_clients("arya")[0]
    card = ui_services.clients.load_client(row.id)
    assert card.form.contacts[0].full_name == "Reza Tehrani" and card.form.addresses[0].city == "Tehran"


def test_the_wizard_models_pass_the_model_tester(qtmodeltester):
    from app.services.imports import RowError, SourceRow
    from app.ui.imports.models import ErrorsModel, FixGridModel, PreviewModel

    rows = [SourceRow(2, ("A-1", Decimal("1250.5"), 3)), SourceRow(4, ("A-2", "ten", None))]
    qtmodeltester.check(PreviewModel(["SKU", "Price"], rows, [0, 1]))
    errors = ErrorsModel()
    errors.set_errors([RowError(4, "Price", "is not a number")])
    qtmodeltester.check(errors)
    grid = FixGridModel()
    grid.set_rows(["SKU", "Price", "Qty"], rows[1:], [RowError(4, "Price", "is not a number")])
    qtmodeltester.check(grid)
    assert grid.setData(grid.index(0, 1), " 10 ")
    assert grid.rows()[0].values == ("A-2", "10", None)


def test_a_file_that_is_not_a_workbook_is_explained_on_the_first_page(qtbot, tasks, ui_services, tmp_path, shots):
    bad = tmp_path / "clients.xlsx"
    bad.write_text("name;phone\n")
    wizard = ImportWizard(ui_services, tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    qtbot.keyClicks(page.file_edit, str(bad))
    qtbot.keyClick(page.file_edit, Qt.Key.Key_Return)
    assert wizard.currentPage() is page
    assert page.error.isVisible() and "is not an Excel workbook" in page.error.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _shot(wizard, shots, "1_source_bad_file")


def test_reading_and_checking_run_off_the_gui_thread(qtbot, ui_services, tmp_path):
    from app.ui.tasks import TaskRunner

    ui_services.catalog.add_unit("pcs")
    source = _file(tmp_path / "catalog.xlsx")
    runner = TaskRunner()
    wizard = ImportWizard(ui_services, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.source_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("products"))
    qtbot.keyClicks(page.file_edit, str(source))
    page.file_edit.editingFinished.emit()
    qtbot.waitUntil(lambda: page.sheet_combo.count() == 1)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page)
    combos = wizard.mapping_page.combos
    qtbot.waitUntil(lambda: combos["sku"].currentText() == "Article")
    combos["name"].setCurrentIndex(combos["name"].findText("Item title"))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: check.report is not None, timeout=10_000)
    assert check.errors.rowCount() == 1
    runner.wait_idle()
