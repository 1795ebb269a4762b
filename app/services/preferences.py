"""A user's own saved settings: one JSON value per key (dashboard tiles, report presets, import column
mappings). Only the signed-in user's own settings are read or written."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from app.models import UserSetting
from app.models.base import utcnow
from app.services.access.principal import open_to_all
from app.services.errors import PermissionDenied, ValidationError
from app.services.i18n import msg
from app.services.uow import UnitOfWork

MAX_KEY = 100
MAX_BYTES = 256_000


def _user(uow: UnitOfWork) -> int:
    user_id = uow.session.info.get("user_id")
    if user_id is None:
        raise PermissionDenied("keep settings without signing in")
    return user_id


@open_to_all
def get_setting(uow: UnitOfWork, key: str, default: Any = None) -> Any:
    """The signed-in user's value for `key`, or `default`."""
    with uow:
        row = uow.session.get(UserSetting, (_user(uow), key))
        return json.loads(row.value) if row is not None else default


@open_to_all
def settings_with_prefix(uow: UnitOfWork, prefix: str) -> dict[str, Any]:
    """Every key of the signed-in user that starts with `prefix` (e.g. "report_preset:"), with its value."""
    with uow:
        rows = uow.session.scalars(select(UserSetting).where(UserSetting.user_id == _user(uow),
                                                             UserSetting.key.startswith(prefix, autoescape=True))
                                   .order_by(UserSetting.key))
        return {r.key: json.loads(r.value) for r in rows}


@open_to_all
def set_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    """Save `value` (anything JSON can hold) under `key`; None removes the key. Raises ValidationError."""
    if not key or len(key) > MAX_KEY:
        raise ValidationError({"key": msg("is 1 to {limit} characters", limit=MAX_KEY)})
    text = json.dumps(value, ensure_ascii=False, default=str)
    if len(text.encode()) > MAX_BYTES:
        raise ValidationError({"value": msg("is too large to keep as a setting")})
    with uow:
        s = uow.session
        user_id = _user(uow)
        row = s.get(UserSetting, (user_id, key), with_for_update=True)
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(UserSetting(user_id=user_id, key=key, value=text, updated_at=utcnow()))
        else:
            row.value, row.updated_at = text, utcnow()
        uow.commit()
