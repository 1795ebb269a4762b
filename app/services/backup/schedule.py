"""When a backup is due, which files rotation keeps, what backups are called, and where settings live.

The settings are this computer's (the folder is a path on it): `settings.json` in Karavan's config
folder keeps them per database, and the encryption password lives in the OS keyring, never in a file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from app import config
from app.services.backup.fileformat import EXTENSION
from app.services.errors import ValidationError
from app.services.i18n import msg

log = logging.getLogger(__name__)

SCHEDULES = {"off": None, "daily": timedelta(days=1), "weekly": timedelta(days=7)}
SETTINGS_KEY = "backups"
STAMP = "%Y%m%d-%H%M%S"
# karavan-20261203-114502.kvbackup (scheduled or on demand: rotated);
# karavan-before-0011-20261203-114502.kvbackup (before a schema upgrade: kept until deleted by hand).
_NAME = re.compile(r"^(?P<stem>.+?)-(?:(?P<upgrade>before-[^-]+)-)?(?P<stamp>\d{8}-\d{6})(?:-\d+)?"
                   + re.escape(EXTENSION) + "$")


@dataclass(frozen=True, slots=True)
class BackupSettings:
    folder: str = ""
    schedule: str = "daily"
    keep_daily: int = 7
    keep_monthly: int = 12
    encrypt: bool = False

    def problems(self) -> dict[str, str]:
        errors = {}
        if not self.folder.strip():
            errors["folder"] = msg("choose a folder for the backups")
        if self.schedule not in SCHEDULES:
            errors["schedule"] = msg("is one of {choices}", choices=', '.join(SCHEDULES))
        if not 1 <= self.keep_daily <= 366:
            errors["keep_daily"] = msg("keep 1 to 366 daily backups")
        if not 0 <= self.keep_monthly <= 240:
            errors["keep_monthly"] = msg("keep 0 to 240 monthly backups")
        return errors


# --- pure rules -------------------------------------------------------------------------------

def backup_due(schedule: str, last: datetime | None, now: datetime) -> bool:
    """True when a scheduled backup should be made now: the schedule is on and the newest backup is
    older than its interval (or there is none). A last backup "in the future" (clock moved) counts as due."""
    every = SCHEDULES.get(schedule)
    if every is None:
        return False
    return last is None or last > now or now - last >= every


def to_keep(created: dict[Path, datetime], *, keep_daily: int, keep_monthly: int) -> set[Path]:
    """Rotation: the newest backup of each of the `keep_daily` latest days that have one, and the newest
    of each of the `keep_monthly` latest months that have one. Everything else may be deleted."""
    # Within one second the later copy is name-2, name-3 … (longer, then greater).
    newest_first = sorted(created, key=lambda p: (created[p], len(p.name), p.name), reverse=True)
    keep: set[Path] = set()
    for period, limit in ((lambda d: d.date(), keep_daily), (lambda d: (d.year, d.month), keep_monthly)):
        seen: set[Any] = set()
        for path in newest_first:
            key = period(created[path])
            if key in seen:
                continue
            if len(seen) >= limit:
                break
            seen.add(key)
            keep.add(path)
    return keep


# --- names --------------------------------------------------------------------------------------

def file_stem(source: str) -> str:
    """`karavan` for …/karavan.db, the database name for a server: the first part of backup names."""
    name = source.rsplit("/", 1)[-1] if "@" in source else Path(source).stem
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "karavan"


def backup_name(source: str, when: datetime, *, before_revision: str | None = None) -> str:
    middle = f"before-{before_revision}-" if before_revision else ""
    return f"{file_stem(source)}-{middle}{when.strftime(STAMP)}{EXTENSION}"


def parse_name(name: str) -> tuple[datetime, bool] | None:
    """(when it was made, True for a before-upgrade copy) from a backup's file name, None if not ours."""
    m = _NAME.match(name)
    if not m:
        return None
    try:
        return datetime.strptime(m["stamp"], STAMP), m["upgrade"] is not None
    except ValueError:
        return None


def rotated_files(folder: Path, stem: str) -> dict[Path, datetime]:
    """The scheduled/on-demand backups of `stem` in `folder` with their times (before-upgrade copies
    and other files are left out)."""
    found = {}
    for path in folder.glob(f"{stem}-*{EXTENSION}") if folder.is_dir() else ():
        parsed = parse_name(path.name)
        if parsed and not parsed[1] and _NAME.match(path.name)["stem"] == stem:  # type: ignore[index]
            found[path] = parsed[0]
    return found


def last_backup_time(folder: Path, stem: str) -> datetime | None:
    times = rotated_files(folder, stem).values()
    return max(times) if times else None


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or name-2, name-3 … when two backups are made within one second."""
    target = folder / name
    n = 2
    while target.exists():
        target = folder / name.replace(EXTENSION, f"-{n}{EXTENSION}")
        n += 1
    return target


# --- settings (this computer's) ----------------------------------------------------------------

def default_folder(paths: config.AppPaths) -> Path:
    return paths.data_dir / "backups"


def saved_settings(source: str, paths: config.AppPaths | None = None) -> BackupSettings | None:
    """The backup settings this computer keeps for the database `source`, None when none are saved."""
    paths = paths or config.AppPaths.default()
    try:
        saved = config.load_settings(paths).get(SETTINGS_KEY, {}).get(source)
    except (config.ConfigError, AttributeError) as exc:
        log.warning("backup settings unreadable: %s", exc)
        return None
    if not isinstance(saved, dict):
        return None
    known = {f.name for f in fields(BackupSettings)}
    try:
        return replace(BackupSettings(folder=str(default_folder(paths))),
                       **{k: v for k, v in saved.items() if k in known})
    except TypeError:
        return None


def load_settings(source: str, paths: config.AppPaths | None = None, *, backend: str = "sqlite") -> BackupSettings:
    """The saved backup settings for `source`, else the defaults: into the data folder's backups, daily for
    a SQLite file; off for a server (every desktop would dump it daily otherwise: turn it on at one)."""
    paths = paths or config.AppPaths.default()
    return saved_settings(source, paths) or BackupSettings(folder=str(default_folder(paths)),
                                                           schedule="daily" if backend == "sqlite" else "off")


def save_settings(source: str, settings: BackupSettings, paths: config.AppPaths | None = None) -> None:
    """Keep the settings for `source`; raises ValidationError (nothing saved) or ConfigError."""
    if errors := settings.problems():
        raise ValidationError(errors)
    paths = paths or config.AppPaths.default()
    data = config.load_settings(paths)
    per_db = data.get(SETTINGS_KEY) if isinstance(data.get(SETTINGS_KEY), dict) else {}
    per_db[source] = asdict(settings)
    data[SETTINGS_KEY] = per_db
    config.save_settings(paths, data)


def _keyring_user(source: str) -> str:
    return f"backup:{source}"


def saved_password(source: str) -> str | None:
    """The backup password kept in this computer's keyring for `source`, or None."""
    if not config.keyring_available():
        return None
    try:
        import keyring

        return keyring.get_password(config.KEYRING_SERVICE, _keyring_user(source))
    except Exception as exc:  # noqa: BLE001 — any keyring failure reads as "not saved"
        log.info("cannot read the backup password: %s", exc)
        return None


def remember_password(source: str, password: str | None) -> bool:
    """Keep (or with None, forget) the backup password in the keyring; False when there is no keyring."""
    if not config.keyring_available():
        return False
    try:
        import keyring

        if password:
            keyring.set_password(config.KEYRING_SERVICE, _keyring_user(source), password)
        else:
            keyring.delete_password(config.KEYRING_SERVICE, _keyring_user(source))
    except Exception as exc:  # noqa: BLE001
        log.warning("cannot change the backup password in the keyring: %s", exc)
        return False
    return True

