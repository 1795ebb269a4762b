"""What a client pays: explicit list price > the list's rule on the base price > sale price, then discount."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.catalog.pricing import apply_discount, apply_percent, round_money
from app.services.clients import ClientForm
from app.services.errors import ConcurrentEdit, ValidationError
from tests.unit.test_catalog_products import make_form

prices = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False)
percents = st.decimals(min_value=-100, max_value=1000, places=2, allow_nan=False, allow_infinity=False)


@given(st.decimals(min_value=-10**6, max_value=10**6, places=6, allow_nan=False, allow_infinity=False))
def test_rounding_is_half_up_to_cents(amount):
    rounded = round_money(amount)
    assert rounded.as_tuple().exponent == -2
    assert abs(rounded - amount) <= Decimal("0.005")
    # Exactly half a cent goes away from zero.
    assert round_money(Decimal("0.125")) == Decimal("0.13") and round_money(Decimal("-0.125")) == Decimal("-0.13")


@given(prices, percents)
def test_a_rule_is_the_base_price_plus_percent_rounded_once(price, percent):
    result = apply_percent(price, percent)
    exact = price * (100 + percent) / 100
    assert result == exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert result >= 0
    if percent == 0:
        assert result == price


@given(prices, st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False))
def test_a_discount_never_raises_the_price_nor_goes_below_zero(price, discount):
    assert Decimal("0") <= apply_discount(price, discount) <= price


def test_explicit_beats_rule_beats_sale_price_and_the_client_discount_comes_last(services):
    product = services.catalog.create_product(make_form(services, sale_price=Decimal("100.00")))
    base = services.catalog.list_price_lists()[0]
    wholesale = services.catalog.create_price_list("Wholesale", rule_percent="-12.5")
    dealer = services.catalog.create_price_list("Dealer")
    client = services.clients.create_client(ClientForm(display_name="شرکت آریا")).id

    quote = services.catalog.price_for(product_id=product.id)
    assert (quote.price, quote.list_name, quote.final_price, quote.source) == (
        Decimal("100.00"), "Base", Decimal("100.00"), "sale_price")
    assert services.catalog.price_for(product_id=product.id, price_list_id=wholesale.id).price == Decimal("87.50")
    assert services.catalog.price_for(product_id=product.id, price_list_id=dealer.id).source == "sale_price"

    # An explicit base price feeds the rule; an explicit price on the list beats the rule.
    services.catalog.set_price(product.id, price_list_id=base.id, price="120")
    assert services.catalog.price_for(product_id=product.id, price_list_id=wholesale.id).price == Decimal("105.00")
    explicit = services.catalog.set_price(product.id, price_list_id=wholesale.id, price=Decimal("99.99"))
    assert (explicit.explicit, explicit.effective) == (Decimal("99.99"), Decimal("99.99"))

    terms = services.catalog.set_client_terms(client, price_list_id=wholesale.id, discount_percent="3")
    quote = services.catalog.price_for(product_id=product.id, client_id=client)
    assert (quote.price, quote.list_name, quote.discount_percent, quote.final_price, quote.source) == (
        Decimal("99.99"), "Wholesale", Decimal("3.00"), Decimal("96.99"), "explicit")

    # Removing the explicit price brings the rule back; archiving the list sends the client to the base list.
    services.catalog.set_price(product.id, price_list_id=wholesale.id, price=None, expected_version=explicit.version)
    assert services.catalog.price_for(product_id=product.id, client_id=client).final_price == Decimal("101.85")
    services.catalog.set_price_list_archived(wholesale.id, True, expected_version=wholesale.version)
    quote = services.catalog.price_for(product_id=product.id, client_id=client)
    assert (quote.list_name, quote.price, quote.final_price) == ("Base", Decimal("120.00"), Decimal("116.40"))
    assert services.catalog.client_terms(client) == terms


def test_price_list_and_client_terms_edits_check_input_and_versions(services):
    product = services.catalog.create_product(make_form(services))
    client = services.clients.create_client(ClientForm(display_name="Acme")).id
    retail = services.catalog.create_price_list("Retail", rule_percent="5")
    with pytest.raises(ValidationError):
        services.catalog.create_price_list("retail")
    with pytest.raises(ValidationError) as err:
        services.catalog.create_price_list("Odd", rule_percent="-150")
    assert "rule_percent" in err.value.errors
    renamed = services.catalog.update_price_list(retail.id, name="Retail +7", rule_percent="7", currency="usd",
                                                 expected_version=retail.version)
    assert (renamed.name, renamed.rule_percent, renamed.currency) == ("Retail +7", Decimal("7.00"), "USD")
    with pytest.raises(ConcurrentEdit):
        services.catalog.update_price_list(retail.id, name="X", rule_percent=None, currency="USD",
                                           expected_version=retail.version)
    base = services.catalog.list_price_lists()[0]
    with pytest.raises(ValidationError):
        services.catalog.update_price_list(base.id, name="Base", rule_percent="5", currency="USD",
                                           expected_version=base.version)
    with pytest.raises(ValidationError):
        services.catalog.set_price(product.id, price_list_id=retail.id, price="-1")
    first = services.catalog.set_price(product.id, price_list_id=retail.id, price="10")
    with pytest.raises(ConcurrentEdit):
        services.catalog.set_price(product.id, price_list_id=retail.id, price="11", expected_version=0)
    services.catalog.set_price(product.id, price_list_id=retail.id, price="11", expected_version=first.version)
    rows = services.catalog.list_prices(retail.id, search="pmp")
    assert [(r.sku, r.explicit, r.effective) for r in rows] == [("PMP-40", Decimal("11.00"), Decimal("11.00"))]

    assert services.catalog.client_terms(client).version == 0
    with pytest.raises(ValidationError):
        services.catalog.set_client_terms(client, price_list_id=None, discount_percent="101")
    terms = services.catalog.set_client_terms(client, price_list_id=retail.id, discount_percent="5")
    with pytest.raises(ConcurrentEdit):
        services.catalog.set_client_terms(client, price_list_id=None, discount_percent="0", expected_version=0)
    terms = services.catalog.set_client_terms(client, price_list_id=None, discount_percent="0",
                                              expected_version=terms.version)
    assert terms.price_list_id is None and terms.version == 2


def test_reading_prices_writes_nothing(services, database):
    """The client's Prices tab reads these beside the card's save; on SQLite a read that wrote would
    take the write lock from the one writer ("database is locked")."""
    from sqlalchemy import event

    product = services.catalog.create_product(make_form(services, sale_price=Decimal("10.00")))
    client = services.clients.create_client(ClientForm(display_name="Read Only Ltd")).id
    written: list[str] = []

    def spy(_conn, _cursor, statement, *_args):
        if not statement.lstrip().upper().startswith(("SELECT", "BEGIN", "ROLLBACK", "COMMIT", "PRAGMA")):
            written.append(statement)
    event.listen(database.engine, "before_cursor_execute", spy)
    try:
        lists = services.catalog.list_price_lists(include_archived=True)
        services.catalog.client_terms(client)
        services.catalog.price_for(product_id=product.id, client_id=client)
        services.catalog.list_prices(lists[0].id)
    finally:
        event.remove(database.engine, "before_cursor_execute", spy)
    assert [pl.name for pl in lists if pl.is_base] == ["Base"]
    assert written == []
