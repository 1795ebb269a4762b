"""Warehouses: list, create, edit (name, address, whether negative stock is allowed, archived)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User, Warehouse
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.stock.forms import WarehouseRow
from app.services.uow import UnitOfWork


def row_of(wh: Warehouse) -> WarehouseRow:
    return WarehouseRow(wh.id, wh.name, wh.address, wh.allow_negative, wh.archived, wh.version)


def _clean(s: Session, name: str, address: str, *, own_id: int | None = None) -> tuple[str, str]:
    errors = {}
    name = v.clean(name)
    if not name:
        errors["name"] = msg("is required")
    elif len(name) > 150:
        errors["name"] = msg("is longer than 150 characters")
    else:
        other = s.scalar(select(Warehouse.id).where(Warehouse.name_key == v.fold(name)))
        if other is not None and other != own_id:
            errors["name"] = msg("another warehouse has this name")
    address = v.clean(address)
    if len(address) > 300:
        errors["address"] = msg("is longer than 300 characters")
    if errors:
        raise ValidationError(errors)
    return name, address


@open_to_all
def list_warehouses(uow: UnitOfWork, *, include_archived: bool = False) -> list[WarehouseRow]:
    """Warehouses by name."""
    with uow:
        stmt = select(Warehouse).order_by(Warehouse.name_key)
        if not include_archived:
            stmt = stmt.where(Warehouse.archived.is_(False))
        return [row_of(w) for w in uow.session.scalars(stmt)]


@requires(Area.WAREHOUSE, Action.CREATE)
def create_warehouse(uow: UnitOfWork, *, name: str, address: str = "", allow_negative: bool = False) -> WarehouseRow:
    """A new warehouse; raises ValidationError (name missing or taken)."""
    with uow:
        s = uow.session
        name, address = _clean(s, name, address)
        wh = Warehouse(name=name, name_key=v.fold(name), address=address, allow_negative=allow_negative)
        s.add(wh)
        s.flush()
        row = row_of(wh)
        uow.commit()
        return row


@requires(Area.WAREHOUSE, Action.EDIT)
def update_warehouse(uow: UnitOfWork, warehouse_id: int, *, name: str, address: str, allow_negative: bool,
                     archived: bool, expected_version: int) -> WarehouseRow:
    """Save a warehouse; raises NotFound, ValidationError or ConcurrentEdit."""
    with uow:
        s = uow.session
        wh = s.get(Warehouse, warehouse_id, with_for_update=True)
        if wh is None:
            raise NotFound("warehouse", warehouse_id)
        if wh.version != expected_version:
            who = s.get(User, wh.updated_by_id) if wh.updated_by_id else None
            raise ConcurrentEdit("warehouse", wh.id, changed_by=who.full_name if who else None,
                                 changed_at=wh.updated_at, current=row_of(wh))
        name, address = _clean(s, name, address, own_id=wh.id)
        wh.name, wh.name_key, wh.address = name, v.fold(name), address
        wh.allow_negative, wh.archived = bool(allow_negative), bool(archived)
        s.flush()
        row = row_of(wh)
        uow.commit()
        return row
