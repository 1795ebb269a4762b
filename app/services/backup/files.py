"""Backup files in a folder: checking one (and remembering the result), listing them, rotation."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.services.backup import postgres, sqlite
from app.services.backup.errors import BackupCorrupted, BackupMismatch, BackupToolFailed
from app.services.backup.fileformat import EXTENSION, Manifest, iter_payload, read_manifest, verify_bytes
from app.services.backup.schedule import parse_name, rotated_files, to_keep
from app.services.backup.tables import compare
from app.services.i18n import english, msg

log = logging.getLogger(__name__)

CHECKS_FILE = ".karavan-backup-checks.json"
Report = Callable[[int, int, str], None]


def _quiet(_done: int, _total: int, _text: str = "") -> None:
    return None


@dataclass(frozen=True, slots=True)
class CheckResult:
    ok: bool
    full: bool            # False: only the bytes were checked (an encrypted backup without its password)
    message: str
    checked_at: str       # ISO 8601, UTC


@dataclass(frozen=True, slots=True)
class BackupEntry:
    path: Path
    size: int
    made_at: datetime | None      # from the file name (local time)
    before_upgrade: bool
    manifest: Manifest | None     # None when the header is unreadable
    problem: str                  # why the header is unreadable
    check: CheckResult | None     # the last check of this very file


def _counted(chunks, report: Report, total: int, text: str):
    done = 0
    for chunk in chunks:
        done += len(chunk)
        report(done, total, text)
        yield chunk


def _check_contents(path: Path, manifest: Manifest, password: str | None, report: Report, checking: str) -> None:
    """Unpack the payload and check it as a database; raises BackupCorrupted / BackupMismatch."""
    chunks = _counted(iter_payload(path, password), report, manifest.payload_bytes, checking)
    if manifest.backend == "postgresql":
        try:
            postgres.list_archive(chunks)
        except BackupToolFailed as exc:
            raise BackupCorrupted(path, msg("pg_restore cannot read the dump ({detail})", detail=exc.detail)) from exc
        return
    fd, tmp = tempfile.mkstemp(prefix=".karavan-check-", suffix=".db", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in chunks:
                out.write(chunk)
        if problem := sqlite.integrity_problem(Path(tmp)):
            raise BackupCorrupted(path, msg("the database inside fails the integrity check ({problem})", problem=problem))
        if diff := compare(manifest.tables, sqlite.file_stats(Path(tmp))):
            raise BackupMismatch(path, *diff)
    finally:
        Path(tmp).unlink(missing_ok=True)


def check_backup(path: Path | str, *, password: str | None = None, progress: Report | None = None) -> CheckResult:
    """Check a backup file and remember the result beside it. With the password (or unencrypted): every
    byte, the decryption, and the database inside (SQLite: integrity_check, row counts and checksums;
    PostgreSQL: pg_restore reads the whole archive). An encrypted one without the password: its bytes only.
    A damaged file gives ok=False; raises WrongBackupPassword (the file may be fine) and BackupToolMissing.
    The result's message is remembered beside the file, so it is worded in English (`english()`)."""
    path = Path(path)
    report = progress or _quiet
    full = True
    checking = msg("Checking the backup…")  # the progress line is only shown
    try:
        with english():
            manifest = read_manifest(path)
            if manifest.encrypted and not password:
                verify_bytes(path)
                full, message = False, "The bytes are intact; the contents need the password to be checked."
            else:
                _check_contents(path, manifest, password, report, checking)
                message = f"Checked: {len(manifest.tables)} tables, {manifest.total_rows:,} rows."
        ok = True
    except (BackupCorrupted, BackupMismatch) as exc:
        ok, message = False, str(exc)
    result = CheckResult(ok, full, message, datetime.now(UTC).isoformat(timespec="seconds"))
    _remember(path, result)
    return result


def _stamp(path: Path) -> list[int]:
    """Size and modification time: a check is of this very file, not of a later one by that name."""
    try:
        st = path.stat()
    except OSError:
        return [0, 0]
    return [st.st_size, st.st_mtime_ns]


def check_copy(path: Path, *, password: str | None, digest: str, source_problem: str | None,
               progress: Report | None = None) -> CheckResult:
    """The check right after a SQLite backup is written: every byte read back, decrypted and decompressed
    must give the SHA-256 (`digest`) of the copy that passed integrity_check (`source_problem` None) and
    was counted for the manifest. Remembered like check_backup's result."""
    import hashlib

    report = progress or _quiet
    manifest = read_manifest(path)
    found = hashlib.sha256()
    checking = msg("Checking the backup…")
    try:
        with english():  # the result is remembered: in English
            for chunk in _counted(iter_payload(path, password), report, manifest.payload_bytes, checking):
                found.update(chunk)
            corrupted = BackupCorrupted(path, msg("it does not give back the database that was copied"))
        if found.hexdigest() != digest:
            ok, message = False, str(corrupted)
        elif source_problem:
            ok, message = False, (f"The database itself fails the integrity check ({source_problem}); the backup "
                                  "holds it as it is.")
        else:
            ok, message = True, f"Checked: {len(manifest.tables)} tables, {manifest.total_rows:,} rows."
    except BackupCorrupted as exc:
        ok, message = False, str(exc)
    result = CheckResult(ok, True, message, datetime.now(UTC).isoformat(timespec="seconds"))
    _remember(path, result)
    return result


def _checks_path(folder: Path) -> Path:
    return folder / CHECKS_FILE


def _read_checks(folder: Path) -> dict:
    try:
        data = json.loads(_checks_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember(path: Path, result: CheckResult) -> None:
    folder = path.parent
    checks = _read_checks(folder)
    checks[path.name] = {"ok": result.ok, "full": result.full, "message": result.message,
                         "checked_at": result.checked_at, "stamp": _stamp(path)}
    fd, tmp = tempfile.mkstemp(prefix=CHECKS_FILE, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(checks, f, ensure_ascii=False, indent=1)
        os.replace(tmp, _checks_path(folder))
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        log.warning("cannot remember the check of %s: %s", path, exc)


def list_backups(folder: Path | str) -> list[BackupEntry]:
    """Every .kvbackup in `folder`, newest first, with its manifest and last check."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    checks = _read_checks(folder)
    entries = []
    for path in folder.glob(f"*{EXTENSION}"):
        size = path.stat().st_size
        parsed = parse_name(path.name)
        try:
            manifest, problem = read_manifest(path), ""
        except BackupCorrupted as exc:
            manifest, problem = None, exc.detail
        saved = checks.get(path.name)
        check = None
        if isinstance(saved, dict) and saved.get("stamp") == _stamp(path):  # a check of another file is void
            check = CheckResult(bool(saved.get("ok")), bool(saved.get("full")), str(saved.get("message", "")),
                                str(saved.get("checked_at", "")))
        made = parsed[0] if parsed else None
        if made is None and manifest is not None:
            made = datetime.fromisoformat(manifest.created_at).astimezone().replace(tzinfo=None)
        entries.append(BackupEntry(path, size, made, bool(parsed and parsed[1]), manifest, problem, check))
    return sorted(entries, key=lambda e: (e.made_at or datetime.min, e.path.name), reverse=True)


def rotate(folder: Path | str, stem: str, *, keep_daily: int, keep_monthly: int) -> list[Path]:
    """Delete the scheduled/on-demand backups of `stem` that rotation does not keep; returns them."""
    files = rotated_files(Path(folder), stem)
    keep = to_keep(files, keep_daily=keep_daily, keep_monthly=keep_monthly)
    deleted = []
    for path in sorted(set(files) - keep):
        try:
            path.unlink()
            deleted.append(path)
        except OSError as exc:
            log.warning("rotation could not delete %s: %s", path, exc)
    return deleted
