"""Make to order on a draft sales order that is saved again afterwards (a draft's lines are written anew on
every save): the production already planned for the line still counts."""

from __future__ import annotations

import pytest

from app.services.documents.forms import DocumentForm, LineForm
from app.services.errors import ValidationError
from tests.unit.production_kit import D, Workshop


@pytest.fixture
def ws(services):
    return Workshop(services)


def test_production_planned_for_a_draft_line_still_counts_after_the_draft_is_saved_again(ws):
    from tests.unit.test_documents import client

    ws.posted("receipt", [(ws.table, 1, "30")])
    buyer = client(ws.s)
    form = DocumentForm(doc_type="order", client_id=buyer, warehouse_id=ws.main,
                        lines=[LineForm(ws.table, quantity=5, price="120")])
    draft = ws.s.documents.create_document(form)
    first = ws.s.production.make_to_order(draft.lines[0].id)
    assert first.quantity == D(4)                               # 5 less the 1 in stock
    form.notes = "deliver to the back door"
    saved = ws.s.documents.update_document(draft.id, form, expected_version=draft.version)
    with pytest.raises(ValidationError, match="cover this line"):
        ws.s.production.make_to_order(saved.lines[0].id)        # the 4 planned still cover it
    form.lines = [LineForm(ws.table, quantity=8, price="120")]
    bigger = ws.s.documents.update_document(draft.id, form, expected_version=saved.version)
    more = ws.s.production.make_to_order(bigger.lines[0].id)
    assert more.quantity == D(3)                                # 8 less 1 in stock less 4 planned
