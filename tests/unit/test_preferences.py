"""A user's saved settings and the shared Excel table writer."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest

from app.services.errors import PermissionDenied, ValidationError
from app.services.xlsx import XColumn, write_table
from tests.unit.factories import second_user


def test_each_user_keeps_their_own_settings(services):
    other = second_user(services, "olga", "Olga")
    services.preferences.set_setting("dashboard", {"tiles": ["sales", "stock"]})
    other.preferences.set_setting("dashboard", {"tiles": ["tasks"]})
    services.preferences.set_setting("report_preset:Sales this month", {"period": "month"})
    assert services.preferences.get_setting("dashboard") == {"tiles": ["sales", "stock"]}
    assert other.preferences.get_setting("dashboard") == {"tiles": ["tasks"]}
    assert services.preferences.settings_with_prefix("report_preset:") == {
        "report_preset:Sales this month": {"period": "month"}}
    services.preferences.set_setting("dashboard", None)
    assert services.preferences.get_setting("dashboard", "none") == "none"
    with pytest.raises(ValidationError):
        services.preferences.set_setting("", 1)


def test_settings_need_a_signed_in_user(anon):
    with pytest.raises(PermissionDenied):
        anon.preferences.get_setting("dashboard")


class Cancel(Exception):
    pass


class Progress:
    def __init__(self, stop_at=None):
        self.calls, self.stop_at = [], stop_at

    def report(self, done, total, text=""):
        self.calls.append(done)
        if self.stop_at is not None and done >= self.stop_at:
            raise Cancel()


def test_a_table_reads_back_with_types_formats_totals_and_formulas_kept_as_text(tmp_path):
    path = tmp_path / "t.xlsx"
    cols = [XColumn("Client"), XColumn("Quantity", "qty", total=True), XColumn("Amount", "money", total=True),
            XColumn("Due", "date")]
    rows = [["=HYPERLINK(\"http://x\")", Decimal("1.5"), Decimal("10.10"), date(2026, 1, 2)],
            ["+98 21 8888", 2, Decimal("5.00"), datetime(2026, 1, 3, 4, 5)], ["شرکت آریا", None, None, None]]
    assert write_table(path, cols, rows, title="Sales", sheet_title="Sales") == 3
    ws = openpyxl.load_workbook(path).active
    assert [c.value for c in ws[2]] == ["Client", "Quantity", "Amount", "Due"] and ws["A2"].font.b
    assert (ws.freeze_panes, ws.auto_filter.ref) == ("A3", "A2:D5")
    assert (ws["A3"].value, ws["A3"].data_type, ws["A3"].quotePrefix) == ("=HYPERLINK(\"http://x\")", "s", True)
    assert (ws["B3"].value, ws["B3"].number_format, ws["C3"].number_format) == (1.5, "#,##0.###", "#,##0.00")
    assert ws["D3"].value == datetime(2026, 1, 2) and ws["D3"].number_format == "yyyy-mm-dd"
    assert [c.value for c in ws[6]] == ["Total", 3.5, 15.1, None]


def test_a_cancelled_export_leaves_no_file(tmp_path):
    path = tmp_path / "big.xlsx"
    with pytest.raises(Cancel):
        write_table(path, [XColumn("N", "int")], ([i] for i in range(10_000)), progress=Progress(stop_at=4000))
    assert not path.exists()
    progress = Progress()
    assert write_table(path, [XColumn("N", "int")], ([i] for i in range(5000)), progress=progress) == 5000
    assert progress.calls == [2000, 4000, 5000] and path.exists()
