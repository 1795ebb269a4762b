"""`karavan import …`: the header row mapped by name, the error report printed, non-zero exit on rejects."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.db import open_database, upgrade_to_head
from app.services.context import ServiceContext


@pytest.fixture
def db_url(tmp_path: Path, monkeypatch) -> str:
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    db = open_database(url)
    upgrade_to_head(db.engine, backup=False)
    anon = ServiceContext(db.session_factory)
    admin = anon.auth.initialize(company_name="Co", admin_login="admin", admin_full_name="Anna Admin",
                                 password="admin-pass-1")
    anon.as_user(admin.id).catalog.add_unit("pcs")
    db.dispose()
    return url


def _book(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    book.active.title = "Goods"
    for row in [["SKU", "Name", "Unit", "Sale price"], *rows]:
        book.active.append(row)
    book.save(path)
    return path


def test_import_products_prints_rejected_rows_and_exits_non_zero(db_url, tmp_path, capsys):
    path = _book(tmp_path / "p.xlsx", [["A-1", "Kettle", "pcs", 10], ["A-2", "Mug", "pcs", "cheap"]])
    assert main(["--db", db_url, "import", "products", str(path)]) == 1
    out = capsys.readouterr().out
    assert "row 3, Sale price: is not a number" in out
    assert "nothing was imported" in out

    assert main(["--db", db_url, "import", "products", str(path), "--sheet", "Goods", "--valid-only"]) == 1
    out = capsys.readouterr().out
    assert "1 products created, 0 updated" in out and "1 of 2 rows rejected" in out

    fixed = _book(tmp_path / "p2.xlsx", [["A-1", "Kettle", "pcs", 11], ["A-2", "Mug", "pcs", 3]])
    assert main(["--db", db_url, "import", "products", str(fixed)]) == 0
    assert "1 products created, 1 updated" in capsys.readouterr().out


def test_import_refuses_a_file_without_a_required_column(db_url, tmp_path, capsys):
    book = Workbook()
    book.active.append(["SKU", "Unit"])
    book.active.append(["A-1", "pcs"])
    book.save(tmp_path / "p.xlsx")
    assert main(["--db", db_url, "import", "products", str(tmp_path / "p.xlsx")]) == 1
    assert "“Name” is not mapped" in capsys.readouterr().err


def test_import_names_a_missing_sheet(db_url, tmp_path, capsys):
    path = _book(tmp_path / "p.xlsx", [["A-1", "Kettle", "pcs", 10]])
    assert main(["--db", db_url, "import", "products", str(path), "--sheet", "Nope"]) == 1
    assert "no sheet “Nope”" in capsys.readouterr().err
