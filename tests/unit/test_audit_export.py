"""The audit trail to Excel: the filters the audit window uses, newest first, for those allowed to export it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from openpyxl import load_workbook

from app.services.access import history
from app.services.errors import PermissionDenied
from tests.unit.factories import simple_form


def test_the_export_writes_the_filtered_entries_newest_first(services, tmp_path):
    card = services.clients.create_client(simple_form("Exported LLC"))
    services.clients.update_client(card.id, replace(card.form, notes="first call"), expected_version=card.version)
    trail = services.bind(history)
    target = tmp_path / "trail.xlsx"
    updates = trail.search_audit(action="update", entity="client")
    assert trail.export_audit(target, action="update", entity="client") == len(updates)
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[0] == ("Time", "User", "Action", "Record", "Label", "Changes", "Entry")
    assert [r[6] for r in rows[1:]] == [u.id for u in updates]          # newest first, as the window shows
    assert rows[1][1:5] == ("admin", "update", f"client {card.id}", "Exported LLC")
    assert "notes: — → first call" in rows[1][5]
    everything = trail.export_audit(tmp_path / "all.xlsx")
    # Every entry, the first export's included; this export's own entry is written after its file.
    assert everything == len(trail.search_audit(limit=10_000)) - 1 and everything > len(updates)
    assert [(e.entity, e.label) for e in trail.search_audit(action="export")] == [("audit", "export_audit")] * 2


def test_an_accountant_reads_the_trail_but_may_not_export_it(services, tmp_path):
    row = services.users.add_user("acc", full_name="Acc Person", password="acc-pass-12", role="accountant")
    accountant = services.as_user(row.id).bind(history)
    assert accountant.search_audit(limit=1)
    with pytest.raises(PermissionDenied):
        accountant.export_audit(tmp_path / "no.xlsx")
    assert not (tmp_path / "no.xlsx").exists()
