"""The lists to Excel, read back with openpyxl: the values and types the list shows, its filters and sort,
totals where they add up, and a cancelled export leaves no file (both backends)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.services.catalog import ProductQuery
from app.services.clients import ChannelData, ClientForm, ClientQuery
from app.services.documents.forms import DocumentForm, LineForm
from tests.unit.test_stock_kit import D, Shop

REPO = Path(__file__).resolve().parents[2]


def _sheet(path: Path):
    return load_workbook(path).active


def _rows(path: Path) -> list[tuple]:
    return list(_sheet(path).iter_rows(values_only=True))


def _client(services, name, *, phone="", roles=("customer",), tags=(), status_archived=False):
    card = services.clients.create_client(
        ClientForm(display_name=name, roles=frozenset(roles), tags=tuple(tags),
                   channels=(ChannelData("phone", phone),) if phone else ()), allow_duplicates=True)
    if status_archived:
        services.clients.archive_client(card.id, expected_version=card.version)
    return card


class Stopped(Exception):
    """What the TaskRunner's progress raises when the user pressed Cancel."""


class StopAt:
    """A progress that records what it is told and raises once `at` rows are reported."""

    def __init__(self, at: int | None = None):
        self.at, self.calls = at, []

    def report(self, done, total, text=""):
        self.calls.append((done, total, text))
        if self.at is not None and done >= self.at:
            raise Stopped()


def test_clients_read_back_with_the_lists_columns_and_text_kept_as_text(services, tmp_path):
    _client(services, "شرکت آریا", phone="+98 21 8888 7777", roles=("lead", "customer"), tags=("Опт", "VIP"))
    _client(services, "=HYPERLINK(\"http://evil\")", phone="+1 415 555 0199")
    _client(services, "Acme Corporation")
    _client(services, "Old Archived Ltd", status_archived=True)
    path = tmp_path / "clients.xlsx"
    progress = StopAt()
    n = services.exports.export_clients(path, ClientQuery(), progress=progress)

    assert n == 3
    rows = _rows(path)
    assert rows[0] == ("Name", "Code", "Kind", "Roles", "Phone", "E-mail", "City", "Tax ID", "Manager", "Tags",
                       "Status")
    names = [r[0] for r in rows[1:]]
    assert names == ["=HYPERLINK(\"http://evil\")", "Acme Corporation", "شرکت آریا"]   # the list's name order
    arya = rows[3]
    assert arya[3] == "Customer, Lead" and arya[9] == "VIP, Опт" and arya[10] == "Active"
    sheet = _sheet(path)
    formula_like = sheet["A2"]
    assert formula_like.data_type == "s" and formula_like.quotePrefix   # stored as text, never run
    assert sheet["E2"].value.startswith("+1") and sheet["E2"].data_type == "s"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:K4" and sheet["A1"].font.b
    assert progress.calls[0] == (0, 3, "reading") and progress.calls[-1][2] == "saved"


def test_clients_export_holds_only_what_the_filters_and_search_show(services, tmp_path):
    for i in range(5):
        _client(services, f"Tabriz Carpets {i}", roles=("supplier",))
    _client(services, "Tabriz Archived", roles=("supplier",), status_archived=True)
    _client(services, "Shiraz Customer")
    path = tmp_path / "suppliers.xlsx"
    n = services.exports.export_clients(path, ClientQuery(search="tabriz", role="supplier", sort="name",
                                                          descending=True))
    assert n == 5
    assert [r[0] for r in _rows(path)[1:]] == [f"Tabriz Carpets {i}" for i in (4, 3, 2, 1, 0)]
    everyone = services.exports.export_clients(tmp_path / "all.xlsx", ClientQuery(status=None))
    assert everyone == 7


def test_products_have_money_numbers_with_the_money_format(services, tmp_path):
    shop = Shop(services)
    path = tmp_path / "products.xlsx"
    n = services.exports.export_products(path, ProductQuery(), sort="sku")
    assert n == 4
    sheet = _sheet(path)
    header = [c.value for c in sheet[1]]
    assert header == ["SKU", "Name", "Kind", "Category", "Unit", "Purchase price", "Sale price", "Currency",
                      "VAT %", "Min stock", "Archived"]
    chair = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "CH-1")
    assert chair[5].value == 7 and isinstance(chair[5].value, (int, float)) and chair[5].number_format == "#,##0.00"
    assert chair[2].value == "Goods" and chair[4].value == "pcs" and chair[10].value == "No"
    services.exports.export_products(path, ProductQuery(kind="service"))
    assert [r[0] for r in _rows(path)[1:]] == ["SV-1"]
    assert shop.install


def test_stock_has_quantities_values_and_a_value_total(services, tmp_path):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "7.00"), (shop.sugar, "25.5", "1.20")])
    shop.posted("receipt", [(shop.chair, 3, "7.00")], warehouse=shop.shop)
    path = tmp_path / "stock.xlsx"
    n = services.exports.export_stock(path)
    assert n == 3
    rows = _rows(path)
    assert rows[0][:6] == ("SKU", "Product", "Warehouse", "Lot", "Expires", "On hand")
    sugar = next(r for r in rows if r[0] == "SU-1")
    assert sugar[5] == 25.5 and sugar[11] == pytest.approx(30.6)
    assert rows[-1][0] == "Total" and rows[-1][11] == pytest.approx(70 + 21 + 30.6)
    one = services.exports.export_stock(path, warehouse_id=shop.shop)
    assert one == 1 and _rows(path)[1][2] == "Shop"
    at = services.exports.export_stock(tmp_path / "at.xlsx", at=datetime(2000, 1, 1), title="Stock at 2000-01-01")
    assert at == 0 and _rows(tmp_path / "at.xlsx")[0][0] == "Stock at 2000-01-01"


def _documents(services):
    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 10, "7.00")])
    buyer = _client(services, "شرکت آریا").id
    other = _client(services, "Acme Corporation").id
    made = []
    for client_id, qty in ((buyer, 1), (other, 2), (buyer, 3)):
        form = DocumentForm(doc_type="order", client_id=client_id, warehouse_id=shop.main,
                            lines=[LineForm(shop.chair, quantity=D(qty), price=D("1234.50"))])
        made.append(services.documents.create_document(form))
    card = made[0]
    services.documents.confirm_document(card.id, expected_version=card.version)
    return buyer


def test_documents_have_dates_money_and_totals(services, tmp_path):
    buyer = _documents(services)
    path = tmp_path / "documents.xlsx"
    n = services.exports.export_documents(path)
    assert n == 3
    sheet = _sheet(path)
    assert [c.value for c in sheet[1]] == ["Number", "Type", "Date", "Client", "Total", "Currency", "Status", "Paid",
                                           "Paid state", "Due", "Overdue"]
    first = sheet[2]
    assert isinstance(first[2].value, datetime) and first[2].value.date() == date.today()
    assert first[2].number_format == "yyyy-mm-dd"
    assert first[4].number_format == "#,##0.00" and isinstance(first[4].value, (int, float))
    totals = list(sheet.iter_rows(values_only=True))[-1]
    assert totals[0] == "Total" and totals[4] == pytest.approx(sum(r[4].value for r in sheet.iter_rows(min_row=2,
                                                                                                      max_row=4)))
    assert {r[1].value for r in sheet.iter_rows(min_row=2, max_row=4)} == {"Order"}
    assert services.exports.export_documents(path, client_id=buyer) == 2
    assert {r[3] for r in _rows(path)[1:-1]} == {"شرکت آریا"}
    assert services.exports.export_documents(path, status="confirmed") == 1
    assert services.exports.export_documents(path, search="Acme") == 1


def test_a_cancelled_export_leaves_no_file_and_keeps_an_older_one(services, tmp_path, monkeypatch):
    monkeypatch.setattr("app.services.exports.common.BATCH", 2)
    for i in range(9):
        _client(services, f"Client {i}")
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    fresh = tmp_path / "new.xlsx"
    with pytest.raises(Stopped):
        services.exports.export_clients(fresh, ClientQuery(), progress=StopAt(4))
    assert list(tmp_path.iterdir()) == []
    older = tmp_path / "old.xlsx"
    older.write_bytes(b"the user's earlier file")
    with pytest.raises(Stopped):
        services.exports.export_clients(older, ClientQuery(), progress=StopAt(4))
    assert older.read_bytes() == b"the user's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.xlsx"]


def test_an_unknown_sort_is_refused(services, tmp_path):
    from app.services.errors import ValidationError

    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    with pytest.raises(ValidationError):
        services.exports.export_products(tmp_path / "p.xlsx", sort="colour")
    with pytest.raises(ValidationError):
        services.exports.export_documents(tmp_path / "d.xlsx", sort="colour")
    assert list(tmp_path.iterdir()) == []


# -- the command line --------------------------------------------------------------------------------------

def _karavan(tmp_path, *args):
    env = {"KARAVAN_HOME": str(tmp_path / "home"), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=120)


def test_cli_exports_each_list_and_says_how_many_rows(sqlite_db, tmp_path):
    from app.services.context import ServiceContext
    from tests.conftest import ADMIN_PASSWORD

    anon = ServiceContext(sqlite_db.session_factory)
    admin = anon.auth.initialize(company_name="Karavan Test LLC", admin_login="admin", admin_full_name="Anna Admin",
                                 password=ADMIN_PASSWORD)
    services = anon.as_user(admin.id)
    _documents(services)
    url = str(sqlite_db.engine.url)
    done = _karavan(tmp_path, "--db", url, "export", "clients", str(tmp_path / "c.xlsx"), "--search", "acme")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"1 row written to {tmp_path / 'c.xlsx'}"
    for what in ("products", "stock", "documents"):
        done = _karavan(tmp_path, "--db", url, "export", what, str(tmp_path / what))   # .xlsx is added
        assert done.returncode == 0, done.stderr
        assert (tmp_path / f"{what}.xlsx").exists() and " written to " in done.stdout
    assert _karavan(tmp_path, "--db", url, "export", "documents", str(tmp_path / "i.xlsx"),
                    "--type", "invoice").stdout.startswith("0 rows written")


def test_cli_export_exit_codes(sqlite_db, tmp_path):
    url = str(sqlite_db.engine.url)
    no_folder = _karavan(tmp_path, "--db", url, "export", "clients", str(tmp_path / "missing" / "c.xlsx"))
    assert no_folder.returncode == 1 and "cannot write" in no_folder.stderr
    empty = _karavan(tmp_path, "--db", f"sqlite:///{tmp_path / 'empty.db'}", "export", "clients",
                     str(tmp_path / "c.xlsx"))
    assert empty.returncode == 2 and "karavan db upgrade" in empty.stderr
    wrong = _karavan(tmp_path, "--db", url, "export", "deals", str(tmp_path / "c.xlsx"))
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr   # argparse's usage error
