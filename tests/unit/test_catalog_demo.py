"""The demo catalog: units, a category tree, products with valid barcodes, price lists; re-running adds nothing."""

from __future__ import annotations

import random

from sqlalchemy import func, select

from app.models import Barcode, Category, ClientPriceTerms, Price, PriceList, Product, Unit, utcnow
from app.services.catalog.barcodes import ean13_error
from app.services.clients import ClientForm
from app.services.demo_catalog import seed_catalog


def test_seed_catalog_makes_a_browsable_catalog_once(services):
    clients = [services.clients.create_client(ClientForm(display_name=f"شرکت آریا {i}")).id for i in range(12)]
    with services.session_factory() as s:
        ids = seed_catalog(s, rng=random.Random(3), now=utcnow(), acting_user_id=services.user_id,
                           client_ids=clients)
        s.commit()
    with services.session_factory() as s:
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Unit) == len(ids["units"]) >= 5
        assert count(Category) == len(ids["categories"]) and s.scalar(
            select(func.count()).where(Category.parent_id.is_not(None))) > 0
        assert count(Product) == len(ids["products"]) == len(ids["new_products"]) >= 40
        assert count(PriceList) == len(ids["price_lists"]) == 4
        base = s.get(PriceList, ids["price_lists"][0])
        assert base.is_base and s.scalar(select(func.count()).where(Price.price_list_id == base.id)) == count(Product)
        codes = list(s.scalars(select(Barcode).where(Barcode.kind == "ean13")))
        assert codes and all(ean13_error(b.code) is None for b in codes)
        assert any("آریا" in p.name for p in s.scalars(select(Product)))
        assert all(p.sku_key in p.search_text for p in s.scalars(select(Product)))
        assert count(ClientPriceTerms) <= len(clients)
    with services.session_factory() as s:
        again = seed_catalog(s, rng=random.Random(4), now=utcnow(), acting_user_id=services.user_id)
        s.commit()
        assert again["new_products"] == [] and again["products"] == ids["products"]
        assert s.scalar(select(func.count()).select_from(Product)) == len(ids["products"])
