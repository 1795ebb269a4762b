"""Small editable directories used by the client card: positions of contact persons."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from app.models import ContactPerson, Position, User
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.clients.forms import NamedItem
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork


@open_to_all
def list_positions(uow: UnitOfWork) -> list[NamedItem]:
    """All positions, by name."""
    with uow:
        rows = uow.session.scalars(select(Position).order_by(Position.name_key))
        return [NamedItem(p.id, p.name, p.version) for p in rows]


def _check_name(uow: UnitOfWork, name: str, exclude_id: int | None = None) -> tuple[str, str]:
    name = v.clean(name)
    if not name:
        raise ValidationError({"name": msg("is required")})
    key = v.fold(name)
    stmt = select(Position.id).where(Position.name_key == key)
    if exclude_id is not None:
        stmt = stmt.where(Position.id != exclude_id)
    if uow.session.scalar(stmt) is not None:
        raise ValidationError({"name": msg("“{name}” is already in the list", name=name)})
    return name, key


@requires(Area.CLIENTS, Action.EDIT)
def add_position(uow: UnitOfWork, name: str) -> NamedItem:
    """Add a position; raises ValidationError for an empty or existing name."""
    with uow:
        name, key = _check_name(uow, name)
        pos = Position(name=name, name_key=key)
        uow.session.add(pos)
        try:
            uow.session.flush()
        except IntegrityError:  # someone added the same name a moment ago
            raise ValidationError({"name": msg("“{name}” is already in the list", name=name)}) from None
        item = NamedItem(pos.id, pos.name, pos.version)
        uow.commit()
        return item


@requires(Area.CLIENTS, Action.EDIT)
def rename_position(uow: UnitOfWork, position_id: int, name: str, *, expected_version: int) -> NamedItem:
    """Rename a position everywhere it is used; raises ValidationError, NotFound or ConcurrentEdit."""
    with uow:
        pos = uow.session.get(Position, position_id)
        if pos is None:
            raise NotFound("position", position_id)
        if pos.version != expected_version:
            changer = uow.session.get(User, pos.updated_by_id) if pos.updated_by_id else None
            raise ConcurrentEdit("position", position_id, changed_by=changer.full_name if changer else None,
                                 changed_at=pos.updated_at, current=NamedItem(pos.id, pos.name, pos.version))
        pos.name, pos.name_key = _check_name(uow, name, exclude_id=position_id)
        try:
            uow.session.flush()
        except StaleDataError:
            raise ConcurrentEdit("position", position_id, changed_by=None, changed_at=None) from None
        item = NamedItem(pos.id, pos.name, pos.version)
        uow.commit()
        return item


@requires(Area.CLIENTS, Action.EDIT)
def delete_position(uow: UnitOfWork, position_id: int) -> None:
    """Delete a position nobody holds; raises NotFound or ValidationError if it is in use."""
    with uow:
        pos = uow.session.get(Position, position_id)
        if pos is None:
            raise NotFound("position", position_id)
        used = uow.session.scalar(select(func.count()).where(ContactPerson.position_id == position_id))
        if used:
            raise ValidationError({"name": msg("“{name}” is held by {used} contact person(s); rename it instead", name=pos.name, used=used)})
        uow.session.delete(pos)
        uow.commit()
