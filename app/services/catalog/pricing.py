"""Price lists and the one function that says what a client pays for a product (`price_for`).

The rules, in order:
1. The list: the client's price list (client_price_terms) when it has an active one, else the base list
   (or the list the caller names).
2. The list price: an explicit price on that list; else, for a list with a rule, the rule applied to the
   product's price on the rule's base list (its explicit price there, else the sale price); else the
   product's sale price.
3. The client's personal discount, in percent, off the list price.
Every result goes through `round_money` (half-up to cents), once per step.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, ClientPriceTerms, Price, PriceList, Product
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.catalog.common import (
    check_version,
    decimals_of,
    get_or_404,
    parse_decimal,
    raise_if,
    require_name,
)
from app.services.catalog.forms import ClientTerms, ListPriceRow, PriceListRow, PriceQuote, ProductPrice
from app.services.errors import NotFound, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

CENT = Decimal("0.01")
HUNDRED = Decimal("100")
RULE_LIMIT = Decimal("1000")  # a rule may add up to +1000 % and take off at most 100 %


def round_money(amount: Decimal) -> Decimal:
    """Half-up to cents: the one rounding every price in the catalog goes through."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def apply_percent(amount: Decimal, percent: Decimal) -> Decimal:
    """`amount` ± `percent` %, rounded (a rule of −10 gives 90 % of the amount)."""
    return round_money(amount * (HUNDRED + percent) / HUNDRED)


def apply_discount(amount: Decimal, discount_percent: Decimal) -> Decimal:
    return apply_percent(amount, -discount_percent)


def price_list_row(pl: PriceList) -> PriceListRow:
    return PriceListRow(pl.id, pl.name, pl.is_base, pl.base_list_id, pl.rule_percent, pl.currency, pl.archived,
                        pl.version)


def base_list(session: Session) -> PriceList:
    """The base price list (made with the company by `auth.initialize`, or by migration 0005).

    Made here only on a database set up without `initialize` (some tests, a bare import target), so
    that reading prices never has to write on a real one.
    """
    found = session.scalars(select(PriceList).where(PriceList.is_base.is_(True)).order_by(PriceList.id)).first()
    if found is None:
        name = msg("Base")  # in the language of whoever sets the database up (stored, like any name)
        found = PriceList(name=name, name_key=v.fold(name), is_base=True, currency="USD", archived=False)
        session.add(found)
        session.flush()
    return found


def _explicit(session: Session, list_id: int, product_id: int) -> Price | None:
    return session.scalars(select(Price).where(Price.price_list_id == list_id,
                                               Price.product_id == product_id)).one_or_none()


def list_price(session: Session, pl: PriceList, product: Product) -> tuple[Decimal, str, str]:
    """(price, source, currency) of `product` on `pl`; source is "explicit", "rule" or "sale_price"."""
    explicit = _explicit(session, pl.id, product.id)
    if explicit is not None:
        return round_money(explicit.price), "explicit", pl.currency
    if pl.rule_percent is not None and not pl.is_base:
        rule_base = session.get(PriceList, pl.base_list_id) if pl.base_list_id else base_list(session)
        on_base = _explicit(session, rule_base.id, product.id) if rule_base is not None else None
        base_price = on_base.price if on_base is not None else product.sale_price
        return apply_percent(base_price, pl.rule_percent), "rule", product.currency
    return round_money(product.sale_price), "sale_price", product.currency


def product_prices(session: Session, product: Product) -> list[ProductPrice]:
    """The product's price on every active list (base first)."""
    lists = session.scalars(select(PriceList).where(PriceList.archived.is_(False))
                            .order_by(PriceList.is_base.desc(), PriceList.name_key))
    result = []
    for pl in lists:
        explicit = _explicit(session, pl.id, product.id)
        price, _, _ = list_price(session, pl, product)
        result.append(ProductPrice(pl.id, pl.name, pl.is_base, explicit.price if explicit else None, price,
                                   pl.rule_percent, explicit.version if explicit else 0))
    return result


def price_quote(s: Session, *, product_id: int, client_id: int | None = None,
                price_list_id: int | None = None) -> PriceQuote:
    """`price_for` inside the caller's session (documents price their lines through this)."""
    product = get_or_404(s, Product, product_id, "product")
    terms = None
    if client_id is not None:
        get_or_404(s, Client, client_id, "client")
        terms = s.scalars(select(ClientPriceTerms).where(ClientPriceTerms.client_id == client_id)).one_or_none()
    pl = None
    for candidate in (price_list_id, terms.price_list_id if terms else None):
        if candidate is not None:
            found = s.get(PriceList, candidate)
            if found is not None and not found.archived:
                pl = found
                break
    pl = pl or base_list(s)
    price, source, currency = list_price(s, pl, product)
    discount = terms.discount_percent if terms else Decimal("0")
    return PriceQuote(price, pl.name, discount, apply_discount(price, discount), currency, source)


@requires(Area.PRODUCTS, Action.VIEW)
def price_for(uow: UnitOfWork, *, product_id: int, client_id: int | None = None,
              price_list_id: int | None = None) -> PriceQuote:
    """The price a document proposes for this product (and client); raises NotFound."""
    with uow:
        return price_quote(uow.session, product_id=product_id, client_id=client_id, price_list_id=price_list_id)


# -- price lists ------------------------------------------------------------------------------------------

@open_to_all
def list_price_lists(uow: UnitOfWork, *, include_archived: bool = False) -> list[PriceListRow]:
    """The base list first, then the named lists by name."""
    with uow:
        s = uow.session
        base_list(s)
        stmt = select(PriceList).order_by(PriceList.is_base.desc(), PriceList.name_key)
        if not include_archived:
            stmt = stmt.where(PriceList.archived.is_(False))
        return [price_list_row(pl) for pl in s.scalars(stmt)]


def _rule(value: Decimal | str | None, errors: dict[str, str]) -> Decimal | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    percent = parse_decimal(value, "rule_percent", errors)
    if percent is not None:
        if not -HUNDRED <= percent <= RULE_LIMIT:
            errors["rule_percent"] = msg("must be between −100 % and +1000 %")
        elif decimals_of(percent) > 2:
            errors["rule_percent"] = msg("has more than two decimals")
    return percent


def _list_fields(session: Session, name: str, rule_percent: Decimal | str | None, currency: str,
                 list_id: int | None) -> tuple[str, Decimal | None, str]:
    errors: dict[str, str] = {}
    name = require_name(name, "name", errors, max_length=150)
    percent = _rule(rule_percent, errors)
    currency = v.clean(currency).upper()
    if not (len(currency) == 3 and currency.isalpha() and currency.isascii()):
        errors["currency"] = msg("is a three-letter code such as USD")
    if name and "name" not in errors:
        stmt = select(PriceList.id).where(PriceList.name_key == v.fold(name))
        if list_id is not None:
            stmt = stmt.where(PriceList.id != list_id)
        if session.scalar(stmt) is not None:
            errors["name"] = msg("a price list “{name}” already exists", name=name)
    raise_if(errors)
    return name, percent, currency


@requires(Area.PRODUCTS, Action.CREATE)
def create_price_list(uow: UnitOfWork, name: str, *, rule_percent: Decimal | str | None = None,
                      currency: str = "USD") -> PriceListRow:
    """A named list; with `rule_percent` it prices every product without an explicit price at base ± %."""
    with uow:
        s = uow.session
        name, percent, currency = _list_fields(s, name, rule_percent, currency, None)
        pl = PriceList(name=name, name_key=v.fold(name), is_base=False, base_list_id=base_list(s).id,
                       rule_percent=percent, currency=currency, archived=False)
        s.add(pl)
        s.flush()
        row = price_list_row(pl)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def update_price_list(uow: UnitOfWork, price_list_id: int, *, name: str, rule_percent: Decimal | str | None,
                      currency: str, expected_version: int) -> PriceListRow:
    """Rename a list or change its rule; the base list has no rule. Raises ValidationError, ConcurrentEdit."""
    with uow:
        s = uow.session
        pl = get_or_404(s, PriceList, price_list_id, "price list")
        check_version(s, pl, expected_version, "price list", price_list_row(pl))
        name, percent, currency = _list_fields(s, name, rule_percent, currency, price_list_id)
        if pl.is_base and percent is not None:
            raise ValidationError({"rule_percent": msg("the base list holds explicit prices only")})
        pl.name, pl.name_key, pl.rule_percent, pl.currency = name, v.fold(name), percent, currency
        s.flush()
        row = price_list_row(pl)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def set_price_list_archived(uow: UnitOfWork, price_list_id: int, archived: bool, *,
                            expected_version: int) -> PriceListRow:
    """Archive or restore a named list; clients on an archived list are priced from the base list."""
    with uow:
        s = uow.session
        pl = get_or_404(s, PriceList, price_list_id, "price list")
        check_version(s, pl, expected_version, "price list", price_list_row(pl))
        if pl.is_base and archived:
            raise ValidationError({"price_list": msg("the base list cannot be archived")})
        pl.archived = archived
        s.flush()
        row = price_list_row(pl)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def set_price(uow: UnitOfWork, product_id: int, *, price_list_id: int, price: Decimal | str | None,
              expected_version: int = 0) -> ProductPrice:
    """Set (or, with None / empty, remove) the explicit price of a product on a list. `expected_version` is
    the price row's version the user saw (0: there was none). Raises ValidationError or ConcurrentEdit."""
    errors: dict[str, str] = {}
    value = None
    if price is not None and not (isinstance(price, str) and not price.strip()):
        value = parse_decimal(price, "price", errors)
        if value is not None and value < 0:
            errors["price"] = msg("cannot be negative")
        elif value is not None and decimals_of(value) > 2:
            errors["price"] = msg("has more than two decimals")
    raise_if(errors)
    with uow:
        s = uow.session
        product = get_or_404(s, Product, product_id, "product")
        pl = get_or_404(s, PriceList, price_list_id, "price list")
        row = _explicit(s, price_list_id, product_id)
        if (row.version if row else 0) != expected_version:
            if row is None:
                raise NotFound("price", (price_list_id, product_id))
            check_version(s, row, expected_version, "price")
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(Price(price_list_id=price_list_id, product_id=product_id, price=value))
        else:
            row.price = value
        s.flush()
        result = next(p for p in product_prices(s, product) if p.price_list_id == pl.id) if not pl.archived \
            else ProductPrice(pl.id, pl.name, pl.is_base, value, value or Decimal("0"), pl.rule_percent, 0)
        uow.commit()
        return result


@requires(Area.PRODUCTS, Action.VIEW)
def list_prices(uow: UnitOfWork, price_list_id: int, *, search: str = "", limit: int = 200) -> list[ListPriceRow]:
    """Active products (matching `search` over SKU, name and barcode) with their price on the list."""
    with uow:
        s = uow.session
        pl = get_or_404(s, PriceList, price_list_id, "price list")
        stmt = select(Product).where(Product.archived.is_(False)).order_by(Product.name_key, Product.id).limit(limit)
        if search.strip():
            stmt = stmt.where(Product.search_text.contains(v.fold(v.clean(search)), autoescape=True))
        rows = []
        for product in s.scalars(stmt):
            explicit = _explicit(s, pl.id, product.id)
            effective, _, _ = list_price(s, pl, product)
            base, _, _ = list_price(s, base_list(s), product)
            rows.append(ListPriceRow(product.id, product.sku, product.name, base,
                                     explicit.price if explicit else None, effective,
                                     explicit.version if explicit else 0))
        return rows


# -- client terms -----------------------------------------------------------------------------------------

@requires(Area.PRODUCTS, Action.VIEW)
def client_terms(uow: UnitOfWork, client_id: int) -> ClientTerms:
    """The client's price list and discount (version 0: none saved yet, base list, no discount)."""
    with uow:
        s = uow.session
        get_or_404(s, Client, client_id, "client")
        terms = s.scalars(select(ClientPriceTerms).where(ClientPriceTerms.client_id == client_id)).one_or_none()
        if terms is None:
            return ClientTerms(client_id, None, Decimal("0"), 0)
        return ClientTerms(client_id, terms.price_list_id, terms.discount_percent, terms.version)


@requires(Area.PRODUCTS, Action.EDIT)
def set_client_terms(uow: UnitOfWork, client_id: int, *, price_list_id: int | None,
                     discount_percent: Decimal | str, expected_version: int = 0) -> ClientTerms:
    """Save a client's price list (None: the base list) and personal discount 0–100 %;
    raises ValidationError, NotFound or ConcurrentEdit."""
    errors: dict[str, str] = {}
    discount = parse_decimal(discount_percent, "discount_percent", errors)
    if discount is not None and (not 0 <= discount <= HUNDRED or decimals_of(discount) > 2):
        errors["discount_percent"] = msg("must be between 0 and 100 %, at most two decimals")
    raise_if(errors)
    with uow:
        s = uow.session
        get_or_404(s, Client, client_id, "client")
        if price_list_id is not None:
            pl = s.get(PriceList, price_list_id)
            if pl is None or pl.archived:
                raise ValidationError({"price_list_id": msg("this price list is not available")})
        terms = s.scalars(select(ClientPriceTerms).where(ClientPriceTerms.client_id == client_id)).one_or_none()
        current = ClientTerms(client_id, terms.price_list_id, terms.discount_percent, terms.version) if terms \
            else ClientTerms(client_id, None, Decimal("0"), 0)
        if current.version != expected_version:
            if terms is None:
                raise NotFound("client price terms", client_id)
            check_version(s, terms, expected_version, "client price terms", current)
        if terms is None:
            terms = ClientPriceTerms(client_id=client_id)
            s.add(terms)
        terms.price_list_id, terms.discount_percent = price_list_id, discount
        s.flush()
        result = ClientTerms(client_id, terms.price_list_id, terms.discount_percent, terms.version)
        uow.commit()
        return result

