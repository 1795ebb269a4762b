"""Several users confirm invoices at the same moment on PostgreSQL: numbers stay gapless and unique."""

from __future__ import annotations

import re
import threading

import pytest

from app.services.documents.forms import DocumentForm, LineForm
from tests.conftest import PG_SKIP_REASON, PG_URL
from tests.pg.test_concurrency import run_together
from tests.unit.factories import second_user
from tests.unit.test_documents import client

pytestmark = [
    pytest.mark.pg,
    pytest.mark.skipif(not PG_URL, reason=PG_SKIP_REASON),
    pytest.mark.parametrize("database", ["postgresql"], indirect=True),
]


def test_twenty_threads_confirming_invoices_get_twenty_consecutive_numbers(services):
    buyer = client(services)
    users = [services, *(second_user(services, f"acc{i}", f"Accountant {i}") for i in range(19))]
    drafts = [services.documents.create_document(DocumentForm(doc_type="invoice", client_id=buyer, lines=[
        LineForm(None, f"Service {i}", 1, "10.00")])) for i in range(20)]
    barrier = threading.Barrier(20)

    def confirm(ctx, card):
        barrier.wait(timeout=30)
        return ctx.documents.confirm_document(card.id, expected_version=card.version)

    results = run_together(*(lambda c=c, d=d: confirm(c, d) for c, d in zip(users, drafts, strict=True)))

    assert all(not isinstance(r, Exception) for r in results), results
    seqs = sorted(int(re.search(r"(\d+)$", r.number).group(1)) for r in results)
    assert seqs == list(range(1, 21))
    assert len({r.number for r in results}) == 20
    assert services.documents.client_money(buyer).invoiced == 200
