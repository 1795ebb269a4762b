"""Excel in: real .xlsx files written with openpyxl, imported through the services on both backends."""

from __future__ import annotations

import re
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.services import imports
from app.services.errors import ValidationError
from app.services.imports import read_table

PRODUCT_HEADERS = ["SKU", "Name", "Unit", "Sale price", "Purchase price", "Barcode"]


def xlsx(path: Path, headers: list, rows: list[list], *, sheet: str = "Sheet1") -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def table_of(path: Path, **kw) -> imports.Table:
    return read_table(path, **kw)


def mapping(kind: str, table: imports.Table) -> dict[str, str]:
    return imports.default_mapping(kind, table.headers)


@pytest.fixture
def pcs(services) -> int:
    return services.catalog.add_unit("pcs").id


def _import(services, kind, path, **kw):
    t = table_of(path)
    return services.imports.run_import(kind, t, mapping(kind, t), **kw)


# --- products -----------------------------------------------------------------------------------

def test_products_import_and_reimport_updates_by_sku(services, pcs, tmp_path):
    path = xlsx(tmp_path / "p.xlsx", PRODUCT_HEADERS, [
        ["A-1", "Kettle", "pcs", 25.5, 12, 4006381333931],
        ["A-2", "Mug", "PCS", "3,20", None, None],
    ])
    report = _import(services, "products", path)
    assert (report.created, report.updated, report.errors, report.committed) == (2, 0, (), True)
    again = xlsx(tmp_path / "p2.xlsx", ["SKU", "Name", "Unit", "Sale price"], [
        ["a-1", "Kettle 2 l", "pcs", 27],
        ["A-3", "Plate", "pcs", 5],
    ])
    report = _import(services, "products", again)
    assert (report.created, report.updated) == (1, 1)
    card = services.catalog.load_product(_product_id(services, "A-1"))
    assert card.form.name == "Kettle 2 l" and card.form.sale_price == Decimal("27")
    assert card.form.purchase_price == Decimal("12")  # not in the second file: kept
    assert [b.code for b in card.form.barcodes] == ["4006381333931"]
    assert services.catalog.load_product(_product_id(services, "A-2")).form.sale_price == Decimal("3.20")


def _product_id(services, sku: str) -> int:
    from sqlalchemy import select

    from app.models import Product
    from app.services.catalog.keys import sku_key

    with services.uow() as uow:
        return uow.session.scalar(select(Product.id).where(Product.sku_key == sku_key(sku)))


def _count(services, model) -> int:
    from sqlalchemy import func, select

    with services.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_wrong_types_duplicates_and_empty_rows_are_reported_by_row_and_column(services, pcs, tmp_path):
    from app.models import Product

    path = xlsx(tmp_path / "bad.xlsx", PRODUCT_HEADERS, [
        ["B-1", "Good one", "pcs", 10, 5, None],
        ["B-2", "Text price", "pcs", "ten", 5, None],
        [None, None, None, None, None, None],          # empty: skipped, not an error
        ["b-1", "Same SKU again", "pcs", 11, 5, None],
        ["B-4", "", "box", 1, 1, None],
    ])
    t = table_of(path)
    assert [r.row for r in t.rows] == [2, 3, 5, 6]
    report = services.imports.check_import("products", t, mapping("products", t))
    assert not report.committed and report.rows == 4 and report.created == 1
    got = {(e.row, e.column) for e in report.errors}
    assert got == {(3, "Sale price"), (5, "SKU"), (6, "Name"), (6, "Unit")}
    reasons = {(e.row, e.column): e.reason for e in report.errors}
    assert reasons[(3, "Sale price")] == "is not a number"
    assert "repeats row 2" in reasons[(5, "SKU")]
    assert "no unit “box”" in reasons[(6, "Unit")]
    assert _count(services, Product) == 0  # a check keeps nothing

    # All or nothing: nothing is written.
    report = services.imports.run_import("products", t, mapping("products", t))
    assert not report.committed and _count(services, Product) == 0
    # Only the valid rows.
    report = services.imports.run_import("products", t, mapping("products", t), valid_only=True)
    assert report.committed and report.created == 1 and report.rejected == (3, 5, 6)
    assert _count(services, Product) == 1


def test_missing_required_column_is_refused_at_the_mapping_step(services, pcs, tmp_path):
    path = xlsx(tmp_path / "m.xlsx", ["SKU", "Title of nothing", "Unit"], [["C-1", "x", "pcs"]])
    t = table_of(path)
    with pytest.raises(ValidationError) as err:
        imports.check_mapping("products", t.headers, mapping("products", t))
    assert "“Name”" in err.value.errors["name"]
    with pytest.raises(ValidationError):
        services.imports.run_import("products", t, mapping("products", t))


def test_error_report_is_written_with_an_error_column(services, pcs, tmp_path):
    path = xlsx(tmp_path / "bad.xlsx", PRODUCT_HEADERS, [
        ["D-1", "Fine", "pcs", 1, 1, None],
        ["D-2", "Broken", "pcs", "abc", 1, None],
    ])
    t = table_of(path)
    report = services.imports.check_import("products", t, mapping("products", t))
    out = tmp_path / "errors.xlsx"
    assert imports.write_error_report(out, t, report) == 1
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("Row", *PRODUCT_HEADERS, "Error")
    assert rows[1][:5] == (3, "D-2", "Broken", "pcs", "abc")
    assert rows[1][-1] == "Sale price: is not a number"


def test_corrected_rows_are_checked_again(services, pcs, tmp_path):
    path = xlsx(tmp_path / "fix.xlsx", PRODUCT_HEADERS, [["E-1", "Lamp", "pcs", "1O", 1, None]])
    t = table_of(path)
    report = services.imports.check_import("products", t, mapping("products", t))
    bad = imports.rejected_rows(t, report)
    fixed = imports.SourceRow(bad[0].row, ("E-1", "Lamp", "pcs", "10", 1, None))
    t2 = imports.with_rows(t, [fixed])
    report = services.imports.run_import("products", t2, mapping("products", t2))
    assert report.committed and report.created == 1 and not report.errors


def test_formula_cells_give_their_saved_value_or_are_reported(services, pcs, tmp_path):
    path = tmp_path / "f.xlsx"
    xlsx(path, PRODUCT_HEADERS, [["F-1", "Sum", "pcs", "=1+2", 1, None]])
    t = table_of(path)  # openpyxl saves no result for the formula
    report = services.imports.check_import("products", t, mapping("products", t))
    assert [(e.row, e.column) for e in report.errors] == [(2, "Sale price")]
    assert "formula" in report.errors[0].reason
    # A saved result (as Excel writes it) is used.
    _set_cached_value(path, "D2", "3")
    t = table_of(path)
    assert t.rows[0].values[3] == 3 and not t.rows[0].problems


def _set_cached_value(path: Path, ref: str, value: str) -> None:
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    xml = items["xl/worksheets/sheet1.xml"].decode()
    xml = re.sub(rf'(<c r="{ref}"[^>]*>)<f>(.*?)</f>(<v\s*/>|<v></v>)?', rf"\1<f>\2</f><v>{value}</v>", xml)
    items["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)


def test_a_sheet_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.xlsx"
    book = Workbook()
    ws = book.active
    ws.title = "Big"
    ws.append(["SKU"])
    for i in range(3000):
        ws.append([i])
    book.save(path)
    started = time.perf_counter()
    with pytest.raises(imports.TooManyRows) as err:
        read_table(path, max_rows=1000)
    assert time.perf_counter() - started < 1.0
    assert "3,000 rows" in str(err.value) and "1,000" in str(err.value)
    # A file whose stored size lies is stopped while streaming.
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in items if n.startswith("xl/worksheets/sheet"))
    items[name] = re.sub(rb'<dimension ref="[^"]*"\s*/>', b"", items[name])
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)
    with pytest.raises(imports.TooManyRows):
        read_table(path, max_rows=1000)
    assert len(read_table(path, max_rows=5000).rows) == 3000


def test_not_an_excel_file(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("name,phone\n")
    with pytest.raises(imports.ImportFileError):
        read_table(path)


# --- clients ------------------------------------------------------------------------------------

CLIENT_HEADERS = ["Name", "Tax id", "Phone", "E-mail", "Contact name", "Contact phone", "City", "Street"]


def test_clients_with_contact_and_address_then_reimport_updates_by_tax_id_and_email(services, tmp_path):
    path = xlsx(tmp_path / "c.xlsx", CLIENT_HEADERS, [
        ["Romashka LLC", "7707083893", "+7 495 123-45-67", "info@romashka.example", "Ivan Petrov",
         "+7 912 345 67 89", "Moscow", "Tverskaya 1"],
        ["Solo Shop", None, None, "solo@shop.example", None, None, "Kazan", None],
    ])
    report = _import(services, "clients", path)
    assert (report.created, report.updated, report.errors) == (2, 0, ())
    rows = services.clients.search_clients("Romashka")
    card = services.clients.load_client(rows[0].id)
    assert card.form.contacts[0].full_name == "Ivan Petrov"
    assert card.form.contacts[0].channels[0].value == "+7 912 345 67 89"
    assert card.form.addresses[0].city == "Moscow" and card.form.addresses[0].street == "Tverskaya 1"

    again = xlsx(tmp_path / "c2.xlsx", CLIENT_HEADERS, [
        ["Romashka JSC", "77 0708 3893", None, None, "Ivan Petrov", "+7 912 000 00 00", "Moscow", None],
        ["Solo Shop & Co", None, None, "SOLO@shop.example", "Maria", None, None, None],
    ])
    report = _import(services, "clients", again)
    assert (report.created, report.updated) == (0, 2)
    card = services.clients.load_client(rows[0].id)
    assert card.form.display_name == "Romashka JSC"
    assert len(card.form.contacts) == 1 and card.form.contacts[0].channels[0].value == "+7 912 000 00 00"
    assert card.form.addresses[0].street == "Tverskaya 1"  # empty cell: kept
    assert services.clients.count_clients(services.clients.ClientQuery()) == 2


def test_client_errors_use_the_clients_rules(services, tmp_path):
    path = xlsx(tmp_path / "c.xlsx", CLIENT_HEADERS, [
        ["Bad Phone", None, "12", None, None, None, None, None],
        ["Bad Mail", None, None, "not-an-email", None, None, None, None],
        [None, "7707083893", None, None, None, None, None, None],
        ["Twin A", "7707083893", None, None, None, None, None, None],
        ["Twin B", "7707083893", None, None, None, None, None, None],
        ["No contact name", None, None, None, None, "+7 912 345 67 89", None, None],
    ])
    t = table_of(path)
    report = services.imports.check_import("clients", t, mapping("clients", t))
    got = {(e.row, e.column) for e in report.errors}
    # The first row with a key owns it, even when it is rejected for something else.
    assert got == {(2, "Phone"), (3, "E-mail"), (4, "Name"), (5, "Tax id"), (6, "Tax id"), (7, "Contact name")}
    assert report.created == 0


def test_formula_injection_payload_stays_plain_text(services, tmp_path):
    payload = "=cmd|' /C calc'!A0"
    path = tmp_path / "inj.xlsx"
    book = Workbook()
    ws = book.active
    ws.append(["Name", "E-mail"])
    ws.append([payload, "evil@example.com"])
    ws["A2"].data_type = "s"  # typed as text, the way a spreadsheet user's text cell is stored
    book.save(path)
    report = _import(services, "clients", path)
    assert report.created == 1 and not report.errors
    row = services.clients.search_clients("evil@example.com")[0]
    assert row.display_name == payload
    # Exported through the shared writer and read back: still text, not a formula.
    from app.services.xlsx import XColumn, write_table

    out = tmp_path / "out.xlsx"
    write_table(out, [XColumn("Name")], [[row.display_name]])
    cell = load_workbook(out).active["A2"]
    assert cell.value == payload and cell.data_type == "s"
    t = read_table(out)
    assert t.rows[0].values[0] == payload and not t.rows[0].problems


# --- prices and stock ---------------------------------------------------------------------------

def test_prices_by_list_and_sku(services, pcs, tmp_path):
    _import(services, "products", xlsx(tmp_path / "p.xlsx", ["SKU", "Name", "Unit"],
                                       [["P-1", "Pen", "pcs"], ["P-2", "Pad", "pcs"]]))
    wholesale = services.catalog.create_price_list("Wholesale")
    path = xlsx(tmp_path / "pr.xlsx", ["Price list", "SKU", "Price"], [
        ["Wholesale", "P-1", 1.5], [None, "P-1", 2], ["Wholesale", "P-9", 1], ["Retail", "P-2", 1],
        ["Wholesale", "p-1", 1.7], ["Wholesale", "P-2", -1],
    ])
    t = table_of(path)
    report = services.imports.run_import("prices", t, mapping("prices", t), valid_only=True)
    assert report.created == 2
    assert {(e.row, e.column) for e in report.errors} == {(4, "SKU"), (5, "Price list"), (6, "SKU"),
                                                         (7, "Price")}
    quote = services.catalog.price_for(product_id=_product_id(services, "P-1"), price_list_id=wholesale.id)
    assert quote.price == Decimal("1.50")
    again = xlsx(tmp_path / "pr2.xlsx", ["Price list", "SKU", "Price"], [["wholesale", "P-1", 1.6]])
    report = _import(services, "prices", again)
    assert (report.created, report.updated) == (0, 1)
    assert services.catalog.price_for(product_id=_product_id(services, "P-1"),
                                      price_list_id=wholesale.id).price == Decimal("1.60")


def test_opening_stock_is_one_posted_receipt_per_warehouse(services, pcs, tmp_path):
    _import(services, "products", xlsx(tmp_path / "p.xlsx", ["SKU", "Name", "Unit"],
                                       [["S-1", "Bolt", "pcs"], ["S-2", "Nut", "pcs"]]))
    main = services.stock.create_warehouse(name="Main")
    services.stock.create_warehouse(name="Shop")
    services.stock.create_warehouse(name="Back")
    path = xlsx(tmp_path / "s.xlsx", ["SKU", "Warehouse", "Quantity", "Unit cost"], [
        ["S-1", "Main", 100, 0.5], ["S-2", "Main", 40, 0.2], ["S-1", "Shop", 10, 0.55],
        ["S-1", "Main", 1, 1], ["S-2", "Shop", 1.5, 1], ["S-2", "Nowhere", 1, 1], ["S-2", "Back", "lots", 1],
    ])
    t = table_of(path)
    report = services.imports.run_import("stock", t, mapping("stock", t), valid_only=True)
    assert report.committed and report.created == 3 and len(report.documents) == 2
    assert {(e.row, e.column) for e in report.errors} == {(5, "SKU"), (6, "Quantity"), (7, "Warehouse"),
                                                         (8, "Quantity")}
    docs, _ = services.stock.list_documents(kind="receipt")
    assert {d.status for d in docs} == {"posted"} and len(docs) == 2
    balances = {(b.sku, b.warehouse_name): b.on_hand for b in services.stock.balances()[0]}
    assert balances[("S-1", "Main")] == Decimal("100") and balances[("S-1", "Shop")] == Decimal("10")
    assert services.stock.check_stock() == []
    assert main.id


def test_mapping_is_remembered_per_user_and_kind(services, tmp_path):
    assert services.imports.remembered_mapping("clients") == {}
    services.imports.remember_mapping("clients", {"name": "Firma", "email": "Mail"})
    assert services.imports.remembered_mapping("clients") == {"name": "Firma", "email": "Mail"}
    assert services.imports.remembered_mapping("products") == {}
    suggested = imports.suggested_mapping({"name": "Firma", "email": "Mail"}, "clients",
                                          ["Firma", "Mail", "Phone", "Name"])
    assert suggested["name"] == "Firma" and suggested["email"] == "Mail" and suggested["phone"] == "Phone"


def test_a_barcode_taken_by_an_earlier_row_or_product_is_reported(services, pcs, tmp_path):
    path = xlsx(tmp_path / "b.xlsx", PRODUCT_HEADERS, [
        ["G-1", "One", "pcs", 1, 1, 4006381333931],
        ["G-2", "Two", "pcs", 1, 1, 4006381333931],
        ["G-3", "Three", "pcs", 1, 1, 4006381333932],
    ])
    report = _import(services, "products", path, valid_only=True)
    reasons = {(e.row, e.column): e.reason for e in report.errors}
    assert set(reasons) == {(3, "Barcode"), (4, "Barcode")}
    assert "G-1" in reasons[(3, "Barcode")]
    # A product made by the import is an ordinary product: its card saves with the version it shows.
    from dataclasses import replace

    card = services.catalog.load_product(_product_id(services, "G-1"))
    saved = services.catalog.update_product(card.id, replace(card.form, name="One!"), expected_version=card.version)
    assert saved.form.name == "One!" and saved.version == card.version + 1


def test_a_million_row_sheet_is_refused_at_once_with_the_default_limit(tmp_path):
    # The sheet's stored size says 1,000,000 data rows (as Excel writes it); nothing is streamed.
    path = xlsx(tmp_path / "million.xlsx", ["SKU"], [["A"]])
    with zipfile.ZipFile(path) as z:
        items = {n: z.read(n) for n in z.namelist()}
    items["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:A1000001"/>',
                                               items["xl/worksheets/sheet1.xml"])
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)
    started = time.perf_counter()
    with pytest.raises(imports.TooManyRows) as err:
        read_table(path)
    assert time.perf_counter() - started < 0.5
    assert "1,000,000 rows" in str(err.value) and "200,000" in str(err.value)


def test_lot_expiry_dates_as_jalali_text_iso_text_or_real_date_cells(services, pcs, tmp_path):
    from datetime import date, datetime

    from app.models import Lot
    from tests.unit.test_stock_kit import product

    for sku in ("M-1", "M-2", "M-3", "M-4", "M-5"):
        product(services, sku, f"Milk {sku}", pcs, tracks_lots=True)
    services.stock.create_warehouse(name="Main")
    path = xlsx(tmp_path / "lots.xlsx", ["SKU", "Warehouse", "Quantity", "Lot", "Expiry"], [
        ["M-1", "Main", 5, "A1", "1403/12/30"],           # 30 Esfand of leap 1403: 20 March 2025
        ["M-2", "Main", 5, "A2", "۱۴۰۵/۰۱/۰۱"],           # Nowruz 1405 in Persian digits
        ["M-3", "Main", 5, "A3", "2030-05-31"],           # a year from 1700 on is Gregorian
        ["M-4", "Main", 5, "A4", datetime(2031, 1, 2)],   # a real Excel date cell stays as it is
        ["M-5", "Main", 5, "A5", "1404/12/30"],           # 1404 is not a leap year: no such day
    ])
    t = table_of(path)
    assert mapping("stock", t)["expires_on"] == "Expiry"
    report = services.imports.run_import("stock", t, mapping("stock", t), valid_only=True)
    assert report.created == 4
    assert [(e.row, e.column) for e in report.errors] == [(6, "Expiry")]
    with services.uow() as uow:
        expiry = dict(uow.session.query(Lot.code, Lot.expires_on).all())
    assert expiry == {"A1": date(2025, 3, 20), "A2": date(2026, 3, 21), "A3": date(2030, 5, 31),
                      "A4": date(2031, 1, 2)}

