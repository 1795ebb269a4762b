"""Product search for the document dialog, unit decimals, and sorting the documents and balances lists."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.models import Product
from app.services.errors import ValidationError
from app.services.stock import ProductHit
from tests.unit.test_stock_kit import D, Shop, product


@pytest.fixture
def shop(services):
    return Shop(services)


def test_search_products_by_part_of_sku_name_or_barcode(shop, services):
    st = services.stock
    assert [h.sku for h in st.search_products("hai")] == ["CH-1"]
    assert st.search_products("ch-")[0] == ProductHit(shop.chair, "CH-1", "Chair", "pcs", 0, False)
    assert [h.sku for h in st.search_products("5901234")] == ["MI-1"]
    assert st.search_products("sug") == [ProductHit(shop.sugar, "SU-1", "Sugar", "kg", 3, False)]
    assert st.search_products("   ") == []
    assert st.search_products("installation") == []  # a service is never stocked
    assert st.search_products("%") == []  # LIKE wildcards are literal


def test_search_products_skips_archived_ranks_exact_code_first_and_limits(shop, services):
    st = services.stock
    lamp = product(services, "LA-1", "Lamp", shop.pcs)
    product(services, "LA-10", "Bright lamp shade", shop.pcs)
    with services.uow() as uow:
        uow.session.get(Product, lamp).archived = True
        uow.commit()
    assert [h.sku for h in st.search_products("la-1")] == ["LA-10"]
    product(services, "LA-2", "Aardvark lamp", shop.pcs)
    assert [h.sku for h in st.search_products("la-")] == ["LA-2", "LA-10"]  # by name
    assert [h.sku for h in st.search_products("la-10")] == ["LA-10"]
    assert [h.sku for h in st.search_products("la-", limit=1)] == ["LA-2"]
    product(services, "SU", "Brown sugar", shop.kg)
    assert [h.sku for h in st.search_products("su")] == ["SU", "SU-1"]  # the exact SKU before names


def test_product_by_code_and_unit_decimals(shop, services):
    hit = services.stock.product_by_code("5901234123457")
    assert (hit.decimals, hit.tracks_lots) == (0, True)
    assert services.stock.unit_decimals() == {"pcs": 0, "kg": 3}


def test_documents_sort_by_any_column_with_a_stable_tie_breaker(shop, services):
    st = services.stock
    when = datetime(2026, 3, 1, 9, 0)
    a = shop.doc("receipt", [(shop.chair, 1, 5)], when=when)
    b = shop.doc("receipt", [(shop.chair, 1, 5), (shop.sugar, 2, 1)], when=when)
    c = shop.doc("write_off", [(shop.chair, 1)], when=datetime(2026, 2, 1), reason="broken")
    ids = lambda **kw: [r.id for r in st.list_documents(**kw)[0]]  # noqa: E731
    assert ids() == [b.id, a.id, c.id]  # newest first, equal dates by id
    assert ids(sort="date", descending=False) == [c.id, a.id, b.id]
    assert ids(sort="lines", descending=True) == [b.id, c.id, a.id]
    assert ids(sort="kind", descending=False) == [a.id, b.id, c.id]
    assert ids(sort="warehouse", descending=False, limit=2) == [a.id, b.id]
    assert ids(sort="warehouse", descending=False, offset=2) == [c.id]
    with pytest.raises(ValidationError) as e:
        st.list_documents(sort="doc_date; drop table x")
    assert "sort" in e.value.errors


def test_balances_sort_by_any_column_with_a_stable_tie_breaker(shop, services):
    st = services.stock
    shop.posted("receipt", [(shop.chair, 5, 7), (shop.sugar, D("2.5"), 2)])
    shop.posted("receipt", [(shop.chair, 1, 7)], warehouse=shop.shop)
    key = lambda r: (r.sku, r.warehouse_name)  # noqa: E731
    rows = lambda **kw: [key(r) for r in st.balances(**kw)[0]]  # noqa: E731
    assert rows() == [("CH-1", "Main"), ("CH-1", "Shop"), ("SU-1", "Main")]
    assert rows(sort="on_hand") == [("CH-1", "Shop"), ("SU-1", "Main"), ("CH-1", "Main")]
    assert rows(sort="on_hand", descending=True) == [("CH-1", "Main"), ("SU-1", "Main"), ("CH-1", "Shop")]
    assert rows(sort="value", descending=True) == [("CH-1", "Main"), ("CH-1", "Shop"), ("SU-1", "Main")]
    assert rows(sort="warehouse") == [("CH-1", "Main"), ("SU-1", "Main"), ("CH-1", "Shop")]
    assert rows(sort="avg_cost", limit=1) == [("SU-1", "Main")]
    assert rows(sort="expires_on") == rows()
    with pytest.raises(ValidationError):
        st.balances(sort="nope")
