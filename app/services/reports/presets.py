"""A user's saved report presets: a name and the parameters, kept as the user setting
"report_preset:<report>:<name>" (app/services/preferences.py), so a preset follows the user to any desktop."""

from __future__ import annotations

from dataclasses import dataclass

from app.services import preferences
from app.services.access.principal import open_to_all
from app.services.errors import ValidationError
from app.services.i18n import msg
from app.services.reports.forms import ReportParams
from app.services.uow import UnitOfWork

PREFIX = "report_preset:"
MAX_NAME = 60


@dataclass(frozen=True, slots=True)
class ReportPreset:
    report: str
    name: str
    params: ReportParams


def _key(report: str, name: str) -> str:
    return f"{PREFIX}{report}:{name}"


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": msg("give the preset a name")})
    if len(name) > MAX_NAME:
        raise ValidationError({"name": msg("is at most {limit} characters", limit=MAX_NAME)})
    return name


@open_to_all
def save_preset(uow: UnitOfWork, report: str, name: str, params: ReportParams) -> ReportPreset:
    """Save (or overwrite) the signed-in user's preset; raises ValidationError, PermissionDenied."""
    name = _clean_name(name)
    preferences.set_setting(uow, _key(report, name), params.to_json())
    return ReportPreset(report, name, params)


@open_to_all
def list_presets(uow: UnitOfWork, report: str) -> list[ReportPreset]:
    """The signed-in user's presets of `report`, by name."""
    prefix = f"{PREFIX}{report}:"
    found = preferences.settings_with_prefix(uow, prefix)
    out = [ReportPreset(report, key[len(prefix):], ReportParams.from_json(value))
           for key, value in found.items() if isinstance(value, dict)]
    return sorted(out, key=lambda p: p.name.casefold())


@open_to_all
def delete_preset(uow: UnitOfWork, report: str, name: str) -> None:
    """Forget a preset (nothing happens when there is none by that name)."""
    preferences.set_setting(uow, _key(report, _clean_name(name)), None)
