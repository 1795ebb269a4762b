"""write_table's rendered rows (the path taken without lxml) give the very cells openpyxl's own cells give."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from app.services import xlsx
from app.services.xlsx import XColumn, write_table

COLUMNS = [XColumn("Name"), XColumn("Qty", "qty", total=True), XColumn("Money", "money", total=True),
           XColumn("Day", "date"), XColumn("When", "datetime"), XColumn("Note"), XColumn("N", "int")]
ROWS = [
    ("شرکت آریا", Decimal("12.5"), Decimal("1234.50"), date(2026, 1, 31), datetime(2026, 2, 1, 9, 30), "=SUM(A1)", 7),
    ("  spaced <b>&</b> ", 3, Decimal("-0.01"), None, None, "+98 21 8888", 0),
    ("", 0.25, None, datetime(2026, 3, 1, 12, 0), date(2026, 3, 2), "@home", None),
    ("bool and bell", True, Decimal("1"), date(2026, 4, 1), None, "bell \x07 rings", -3),   # openpyxl's own cells
    ("-minus", Decimal("1E+3"), Decimal("0"), None, None, "tab\tinside", 10**12),
]


def _cells(path):
    sheet = load_workbook(path).active
    return [[(c.value, c.data_type, c.number_format, c.quotePrefix, c.font.b, c.alignment.horizontal) for c in row]
            for row in sheet.iter_rows()]


def test_rendered_rows_read_back_exactly_like_openpyxl_cells(tmp_path, monkeypatch):
    with pytest.raises(IllegalCharacterError):   # as before: XML cannot hold a bell character
        write_table(tmp_path / "bad.xlsx", COLUMNS, ROWS, title="T")
    assert not (tmp_path / "bad.xlsx").exists()
    rows = [r if "\x07" not in r[5] else (*r[:5], "bell rings", r[6]) for r in ROWS]
    assert write_table(tmp_path / "fast.xlsx", COLUMNS, rows, title="Sales") == 5
    monkeypatch.setattr(xlsx._FastRows, "usable", staticmethod(lambda sheet: False))
    assert write_table(tmp_path / "slow.xlsx", COLUMNS, rows, title="Sales") == 5
    assert _cells(tmp_path / "fast.xlsx") == _cells(tmp_path / "slow.xlsx")
    fast = load_workbook(tmp_path / "fast.xlsx").active
    assert fast["F3"].value == "=SUM(A1)" and fast["F3"].data_type == "s" and fast["F3"].quotePrefix
    assert fast["A4"].value == "  spaced <b>&</b> "
    assert fast["B8"].value == 12.5 + 3 + 1 + 1000   # Decimals and ints are summed (True as 1), floats not
