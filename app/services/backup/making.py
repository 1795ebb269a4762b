"""Making a backup file of a live database and restoring one into a new database, both checked."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL

from app.services.backup import postgres, sqlite
from app.services.backup.errors import BackupCorrupted, BackupIncompatible, BackupMismatch
from app.services.backup.fileformat import (
    BackupWriter,
    Manifest,
    iter_payload,
    key_for,
    new_kdf,
    read_manifest,
)
from app.services.backup.files import CheckResult, check_backup, check_copy
from app.services.backup.schedule import backup_name, unique_path
from app.services.backup.tables import compare, database_stats
from app.services.errors import ValidationError
from app.services.i18n import msg

log = logging.getLogger(__name__)

Report = Callable[[int, int, str], None]
READ_BYTES = 1 << 20
# One backup at a time in this process (the scheduled one and Back up now may meet): they would pick the
# same file name within a second, and two copies at once only slow each other down.
_ONE_AT_A_TIME = threading.Lock()


def _quiet(_done: int, _total: int, _text: str = "") -> None:
    return None


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: Manifest
    check: CheckResult
    seconds: float


@dataclass(frozen=True, slots=True)
class RestoreResult:
    manifest: Manifest
    url: str           # the new database (with no password in it)
    target: str        # the new file's path, or the new PostgreSQL database's name


def describe_url(url: URL) -> str:
    """What Database.describe() says: the file's absolute path, or user@host:port/database."""
    if url.get_backend_name() == "sqlite":
        return str(Path(url.database or "").resolve())
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def _version() -> str:
    import app

    return app.__version__


def _now() -> tuple[datetime, str]:
    local = datetime.now()
    return local, local.astimezone(UTC).isoformat(timespec="seconds")


def _write(target: Path, manifest: Manifest, password: str | None, chunks: Iterable[bytes],
           report: Report) -> str:
    """Write the backup through `target.part` and rename it when whole (a crash leaves no half file).
    Returns the SHA-256 of the payload as it was read."""
    key = None
    if password:
        kdf, key = new_kdf(password)
        manifest = _with(manifest, encrypted=True, kdf=kdf)
    part = target.with_name(target.name + ".part")
    digest = hashlib.sha256()
    try:
        with part.open("wb") as out:
            writer = BackupWriter(out, manifest, key)
            done = 0
            for chunk in chunks:
                writer.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                report(done, manifest.payload_bytes, msg("Writing the backup…"))
            writer.close()
            out.flush()
            os.fsync(out.fileno())
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return digest.hexdigest()


def _with(manifest: Manifest, **changes) -> Manifest:
    from dataclasses import replace

    return replace(manifest, **changes)


def _file_chunks(path: Path) -> Iterable[bytes]:
    with path.open("rb") as f:
        while chunk := f.read(READ_BYTES):
            yield chunk


def _stepper(report: Report, total: int, text: str) -> Callable[[str], None]:
    done = [0]

    def step(_table: str) -> None:
        report(done[0], total, text)
        done[0] += 1
    return step


def write_backup(engine: Engine, folder: Path | str, *, kind: str = "manual", password: str | None = None,
                 before_revision: str | None = None, name: str | None = None,
                 progress: Report | None = None) -> BackupResult:
    """Back up the database behind `engine` into a new file in `folder`, then check that file.

    Users keep working meanwhile: SQLite is copied through the online backup API, PostgreSQL dumped from
    one exported snapshot (the manifest's counts and checksums are of that same moment). `name` replaces
    the usual karavan-YYYYMMDD-HHMMSS.kvbackup (a taken name gets -2, -3 …). Raises
    BackupToolMissing/BackupToolFailed (PostgreSQL) and OSError; a failed check raises BackupCorrupted
    (the file is kept, marked as failed)."""
    with _ONE_AT_A_TIME:
        return _write_backup(engine, folder, kind=kind, password=password, before_revision=before_revision,
                             name=name, progress=progress)


def _write_backup(engine: Engine, folder: Path | str, *, kind: str, password: str | None,
                  before_revision: str | None, name: str | None, progress: Report | None) -> BackupResult:
    started = datetime.now()
    report = progress or _quiet
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    url = engine.url
    source = describe_url(url)
    local, created = _now()
    target = unique_path(folder, name or backup_name(source, local, before_revision=before_revision))
    base = dict(karavan_version=_version(), created_at=created, source=source, kind=kind)
    if url.get_backend_name() == "sqlite":
        snap = folder / f".{target.stem}.snapshot.db"
        try:
            report(0, 0, msg("Copying the database…"))
            sqlite.snapshot(Path(url.database or ""), snap)
            stats = sqlite.file_stats(snap, _stepper(report, 0, msg("Counting rows…")))
            report(0, 0, msg("Checking the database…"))
            problem = sqlite.integrity_problem(snap)
            manifest = Manifest(schema_revision=sqlite.schema_revision(snap), backend="sqlite", tables=stats,
                                payload="sqlite-database", payload_bytes=snap.stat().st_size, **base)
            digest = _write(target, manifest, password, _file_chunks(snap), report)
        finally:
            snap.unlink(missing_ok=True)
    else:
        postgres.find_tool("pg_dump")  # say it is missing before any work
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            snapshot_id = conn.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            stats = database_stats(conn, _stepper(report, 0, msg("Counting rows…")))
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
            manifest = Manifest(schema_revision=revision, backend="postgresql", tables=stats,
                                payload="pg_dump-custom", payload_bytes=int(size), **base)
            _write(target, manifest, password, postgres.dump(url, snapshot_id), report)
    manifest = read_manifest(target)
    try:
        if manifest.backend == "sqlite":
            # The copy passed integrity_check and was counted before it was written: reading it back to the
            # same SHA-256 proves the file holds exactly that (check_backup, the slower full check, unpacks it
            # and counts again).
            check = check_copy(target, password=password, digest=digest, source_problem=problem, progress=report)
        else:
            check = check_backup(target, password=password, progress=report)
    except BaseException:  # cancelled (or the check could not run): an unchecked backup is not left behind
        target.unlink(missing_ok=True)
        raise
    if not check.ok:
        raise BackupCorrupted(target, check.message)
    log.info("backed up %s to %s", source, target)
    return BackupResult(target, manifest, check, (datetime.now() - started).total_seconds())


# --- restore --------------------------------------------------------------------------------------

def _check_restorable(path: Path, manifest: Manifest, backend: str) -> None:
    if manifest.backend != backend:
        raise BackupIncompatible(path, msg("it is a {backup} backup and this is a {database} database", backup=manifest.backend, database=backend))
    from app.db import SCHEMA_HEAD, _script_directory

    rev = manifest.schema_revision
    if rev and rev != SCHEMA_HEAD and rev not in {s.revision for s in _script_directory().walk_revisions()}:
        raise BackupIncompatible(path, msg("its schema ({rev}) is newer than this Karavan knows; install the newer "
                                       "Karavan to restore it", rev=rev))


def restore_sqlite(path: Path | str, target: Path | str, *, password: str | None = None,
                   progress: Report | None = None) -> RestoreResult:
    """Unpack a SQLite backup into the new file `target` and prove it (integrity_check, then every
    table's row count and checksum against the manifest) before it is put in place. Raises
    ValidationError (the target exists), WrongBackupPassword, BackupPasswordRequired, BackupCorrupted,
    BackupMismatch, BackupIncompatible; nothing is left behind on failure."""
    path, target = Path(path), Path(target).expanduser().resolve()
    report = progress or _quiet
    manifest = read_manifest(path)
    _check_restorable(path, manifest, "sqlite")
    key_for(path, manifest, password)  # a wrong password fails before anything is written
    if target.exists():
        raise ValidationError({"target": msg("{target} already exists: choose a new file", target=target)})
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(target.name + ".part")
    try:
        with part.open("wb") as out:
            done = 0
            for chunk in iter_payload(path, password):
                out.write(chunk)
                done += len(chunk)
                report(done, manifest.payload_bytes, msg("Restoring…"))
            out.flush()
            os.fsync(out.fileno())
        report(0, 0, msg("Verifying the restored database…"))
        if problem := sqlite.integrity_problem(part):
            raise BackupCorrupted(path, msg("the restored database fails the integrity check ({problem})", problem=problem))
        if diff := compare(manifest.tables, sqlite.file_stats(part, _stepper(report, len(manifest.tables),
                                                                            "Verifying the restored database…"))):
            raise BackupMismatch(path, *diff)
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)
    return RestoreResult(manifest, f"sqlite:///{target}", str(target))


def restore_postgresql(path: Path | str, server: URL, name: str, *, password: str | None = None,
                       progress: Report | None = None) -> RestoreResult:
    """Create the database `name` on the server of `server`, pg_restore the backup into it and prove it
    (every table's row count and checksum against the manifest); a failure drops the new database.
    Raises ValidationError (the name is taken), BackupToolMissing/BackupToolFailed and the file errors."""
    path = Path(path)
    report = progress or _quiet
    manifest = read_manifest(path)
    _check_restorable(path, manifest, "postgresql")
    key_for(path, manifest, password)
    postgres.find_tool("pg_restore")
    if not name.strip():
        raise ValidationError({"target": msg("give a name for the new database")})
    if postgres.database_exists(server, name):
        raise ValidationError({"target": msg("a database called {name} already exists on the server: choose a new name", name=name)})
    postgres.create_database(server, name)
    url = server.set(database=name)
    try:
        done = [0]

        def chunks():
            for chunk in iter_payload(path, password):
                done[0] += len(chunk)
                report(done[0], manifest.payload_bytes, msg("Restoring…"))
                yield chunk
        postgres.restore(url, chunks())
        report(0, 0, msg("Verifying the restored database…"))
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                found = database_stats(conn, _stepper(report, len(manifest.tables), "Verifying the restored database…"))
        finally:
            engine.dispose()
        if diff := compare(manifest.tables, found):
            raise BackupMismatch(path, *diff)
    except BaseException:
        postgres.drop_database(server, name)
        raise
    return RestoreResult(manifest, url.render_as_string(hide_password=True), name)


def default_restore_target(url: URL, when: datetime | None = None) -> str:
    """Where a restore goes by default: a new file beside the current one, or a new database name."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S")
    if url.get_backend_name() == "sqlite":
        current = Path(url.database or "karavan.db").resolve()
        return str(current.with_name(f"{current.stem}-restored-{stamp}{current.suffix or '.db'}"))
    return f"{url.database}_restored_{stamp.replace('-', '_')}"


def backup_before_upgrade(engine: Engine, *, revision: str) -> Path | None:
    """The copy made before a schema upgrade: into the backup folder set for this database, else beside
    a SQLite file (or into the data folder's backups for a server); encrypted when the settings say so
    and the keyring has the password. Returns None (logged) when pg_dump is missing, so that a missing
    tool does not stop the upgrade."""
    from app import config
    from app.services.backup.errors import BackupToolMissing
    from app.services.backup.schedule import default_folder, saved_password, saved_settings

    if engine.url.get_backend_name() == "sqlite" and engine.url.database in (None, "", ":memory:"):
        return None
    source = describe_url(engine.url)
    paths = config.AppPaths.default()
    settings = saved_settings(source, paths)
    if settings is not None:
        folder = Path(settings.folder)
    elif engine.url.get_backend_name() == "sqlite":
        folder = Path(source).parent
    else:
        folder = default_folder(paths)
    password = saved_password(source) if settings is not None and settings.encrypt else None
    try:
        return write_backup(engine, folder, kind="before-upgrade", password=password, before_revision=revision).path
    except BackupToolMissing as exc:
        log.warning("no backup before the upgrade to %s: %s", revision, exc)
        return None
