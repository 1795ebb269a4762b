"""A product's photo: PNG or JPEG up to 2 MB, kept apart from the product row."""

from __future__ import annotations

from dataclasses import dataclass

from app.models import Product, ProductPhoto
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.common import get_or_404
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

MAX_PHOTO_BYTES = 2 * 1024 * 1024
SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True, slots=True)
class Photo:
    mime: str
    data: bytes


def photo_mime(data: bytes) -> str:
    """The picture's type from its first bytes; raises ValidationError for anything but PNG/JPEG or >2 MB."""
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError({"photo": msg("is {size:.1f} MB; the limit is 2 MB", size=len(data) / 1024 / 1024)})
    mime = next((m for sig, m in SIGNATURES.items() if data.startswith(sig)), None)
    if mime is None:
        raise ValidationError({"photo": msg("only PNG and JPEG pictures are accepted")})
    return mime


@requires(Area.PRODUCTS, Action.EDIT)
def set_photo(uow: UnitOfWork, product_id: int, data: bytes) -> Photo:
    """Store (or replace) the product's photo; raises ValidationError or NotFound."""
    mime = photo_mime(data)
    with uow:
        s = uow.session
        get_or_404(s, Product, product_id, "product")
        photo = s.get(ProductPhoto, product_id)
        if photo is None:
            s.add(ProductPhoto(product_id=product_id, mime=mime, data=data))
        else:
            photo.mime, photo.data = mime, data
        uow.commit()
        return Photo(mime, data)


@requires(Area.PRODUCTS, Action.EDIT)
def clear_photo(uow: UnitOfWork, product_id: int) -> None:
    """Remove the product's photo (nothing happens when it has none)."""
    with uow:
        photo = uow.session.get(ProductPhoto, product_id)
        if photo is not None:
            uow.session.delete(photo)
            uow.commit()


@requires(Area.PRODUCTS, Action.VIEW)
def load_photo(uow: UnitOfWork, product_id: int) -> Photo | None:
    """The stored photo, or None."""
    with uow:
        photo = uow.session.get(ProductPhoto, product_id)
        return Photo(photo.mime, bytes(photo.data)) if photo is not None else None
