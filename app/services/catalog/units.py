"""The editable directory of units of measure (pcs, kg, m, l, pack…)."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Product, Unit
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.catalog.common import check_version, decimals_of, get_or_404, raise_if, require_name
from app.services.catalog.forms import UnitRow
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

MAX_DECIMALS = 4  # quantities are Numeric(18, 4)


def unit_row(unit: Unit) -> UnitRow:
    return UnitRow(unit.id, unit.name, unit.decimals, unit.version)


def _checked(name: str, decimals: int) -> tuple[str, int]:
    errors: dict[str, str] = {}
    name = require_name(name, "name", errors, max_length=50)
    if not 0 <= decimals <= MAX_DECIMALS:
        errors["decimals"] = msg("must be between 0 and {limit}", limit=MAX_DECIMALS)
    raise_if(errors)
    return name, decimals


@open_to_all
def list_units(uow: UnitOfWork) -> list[UnitRow]:
    """All units by name."""
    with uow:
        return [unit_row(u) for u in uow.session.scalars(select(Unit).order_by(Unit.name_key))]


@requires(Area.PRODUCTS, Action.CREATE)
def add_unit(uow: UnitOfWork, name: str, *, decimals: int = 0) -> UnitRow:
    """A new unit; raises ValidationError (empty or taken name, decimals out of 0–4)."""
    name, decimals = _checked(name, decimals)
    with uow:
        s = uow.session
        if s.scalar(select(Unit.id).where(Unit.name_key == v.fold(name))):
            raise ValidationError({"name": msg("a unit “{name}” already exists", name=name)})
        unit = Unit(name=name, name_key=v.fold(name), decimals=decimals)
        s.add(unit)
        s.flush()
        row = unit_row(unit)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.EDIT)
def update_unit(uow: UnitOfWork, unit_id: int, *, name: str, decimals: int, expected_version: int) -> UnitRow:
    """Rename a unit or change its decimals; fewer decimals are refused while a product's minimum stock
    needs more. Raises ValidationError, NotFound or ConcurrentEdit."""
    name, decimals = _checked(name, decimals)
    with uow:
        s = uow.session
        unit = get_or_404(s, Unit, unit_id, "unit")
        check_version(s, unit, expected_version, "unit", unit_row(unit))
        if s.scalar(select(Unit.id).where(Unit.name_key == v.fold(name), Unit.id != unit_id)):
            raise ValidationError({"name": msg("a unit “{name}” already exists", name=name)})
        if decimals < unit.decimals:
            # A product whose minimum stock has more fraction digits than the new setting allows.
            offending = next((sku for sku, qty in s.execute(select(Product.sku, Product.min_stock).where(
                Product.unit_id == unit_id, Product.min_stock != 0)) if decimals_of(qty) > decimals), None)
            if offending:
                raise ValidationError({"decimals": msg("product {offending} has a minimum stock with more "
                                                   "than {decimals} decimals", offending=offending, decimals=decimals)})
        unit.name, unit.name_key, unit.decimals = name, v.fold(name), decimals
        s.flush()
        row = unit_row(unit)
        uow.commit()
        return row


@requires(Area.PRODUCTS, Action.DELETE)
def delete_unit(uow: UnitOfWork, unit_id: int, *, expected_version: int) -> None:
    """Delete a unit no product uses; raises ValidationError naming how many products use it."""
    with uow:
        s = uow.session
        unit = get_or_404(s, Unit, unit_id, "unit")
        check_version(s, unit, expected_version, "unit", unit_row(unit))
        used = s.scalar(select(func.count()).where(Product.unit_id == unit_id))
        if used:
            raise ValidationError({"unit": msg("{used} product(s) use “{name}”", used=used, name=unit.name)})
        s.delete(unit)
        uow.commit()
