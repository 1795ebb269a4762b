"""Backups of the whole database: on demand, on a schedule, before a schema upgrade; restore into a new one.

The functions here take the unit of work first (`ctx.backup.make_backup(...)`), so the caller's permission
checks can sit in front of them; the pure rules and the file format live in the submodules:
`schedule` (when, rotation, names, settings), `fileformat` (.kvbackup), `files` (check, list, rotate),
`making` (write and restore), `sqlite` / `postgres` (the backends), `tables` (counts and checksums).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.backup import files, making, schedule
from app.services.backup.making import BackupResult, Report, RestoreResult
from app.services.uow import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ScheduledOutcome:
    """What the scheduled backup at start did: made one (and rotated), or why it did not."""

    result: BackupResult | None = None
    skipped: str = ""                 # "off", "not due", "no password"
    deleted: tuple[Path, ...] = field(default_factory=tuple)


def _engine(uow: UnitOfWork) -> Engine:
    with uow:
        bind = uow.session.get_bind()
    return bind if isinstance(bind, Engine) else bind.engine


@open_to_all
def source_of(uow: UnitOfWork) -> str:
    """The database's description (file path or user@host:port/database): the key of its settings."""
    return making.describe_url(_engine(uow).url)


@open_to_all
def backend_of(uow: UnitOfWork) -> str:
    """"sqlite" or "postgresql"."""
    return _engine(uow).url.get_backend_name()


@requires(Area.USERS, Action.EDIT)
def make_backup(uow: UnitOfWork, folder: str | Path, *, password: str | None = None, kind: str = "manual",
                name: str | None = None, keep_daily: int | None = None, keep_monthly: int | None = None,
                progress: Report | None = None) -> BackupResult:
    """Back up the database now into `folder` (as `name`, else a dated name; encrypted when a password is
    given), check the file and, when keep_daily is given, rotate the folder. Raises what
    making.write_backup raises."""
    engine = _engine(uow)
    result = making.write_backup(engine, folder, kind=kind, password=password, name=name, progress=progress)
    if keep_daily is not None:
        files.rotate(folder, schedule.file_stem(making.describe_url(engine.url)), keep_daily=keep_daily,
                     keep_monthly=keep_monthly or 0)
    return result


@open_to_all
def run_scheduled_backup(uow: UnitOfWork, *, now: datetime | None = None, progress: Report | None = None,
                         paths=None) -> ScheduledOutcome:
    """Make the scheduled backup if one is due by this computer's settings for this database, then
    rotate; an encrypted schedule needs the password in the keyring (else skipped: "no password")."""
    engine = _engine(uow)
    source = making.describe_url(engine.url)
    settings = schedule.load_settings(source, paths, backend=engine.url.get_backend_name())
    folder = Path(settings.folder)
    stem = schedule.file_stem(source)
    if settings.schedule == "off":
        return ScheduledOutcome(skipped="off")
    if not schedule.backup_due(settings.schedule, schedule.last_backup_time(folder, stem), now or datetime.now()):
        return ScheduledOutcome(skipped="not due")
    password = None
    if settings.encrypt:
        password = schedule.saved_password(source)
        if not password:
            return ScheduledOutcome(skipped="no password")
    result = making.write_backup(engine, folder, kind="scheduled", password=password, progress=progress)
    deleted = files.rotate(folder, stem, keep_daily=settings.keep_daily, keep_monthly=settings.keep_monthly)
    return ScheduledOutcome(result=result, deleted=tuple(deleted))


@requires(Area.USERS, Action.EDIT)
def restore_backup(uow: UnitOfWork, path: str | Path, *, password: str | None = None, target: str | None = None,
                   progress: Report | None = None) -> RestoreResult:
    """Restore a backup beside the current database: a new SQLite file (`target` a path) or a new
    PostgreSQL database on the same server (`target` a name); verified before it is offered. The
    current database is not touched. Raises the errors of making.restore_sqlite / restore_postgresql."""
    url = _engine(uow).url
    target = target or making.default_restore_target(url)
    if url.get_backend_name() == "sqlite":
        return making.restore_sqlite(path, target, password=password, progress=progress)
    return making.restore_postgresql(path, url, target, password=password, progress=progress)


@open_to_all
def default_restore_target(uow: UnitOfWork) -> str:
    """The new file path (SQLite) or database name (PostgreSQL) a restore proposes."""
    return making.default_restore_target(_engine(uow).url)


__all__ = ["BackupResult", "RestoreResult", "ScheduledOutcome", "backend_of", "default_restore_target",
           "make_backup", "restore_backup", "run_scheduled_backup", "source_of"]
