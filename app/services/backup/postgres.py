"""PostgreSQL: pg_dump (custom format) of one exported snapshot, pg_restore into a new database."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from app.services.backup.errors import BackupToolFailed, BackupToolMissing
from app.services.i18n import msg

BIN_ENV = "KARAVAN_PG_BIN"
READ_BYTES = 1 << 20


def find_tool(name: str) -> str:
    """The path of pg_dump / pg_restore: KARAVAN_PG_BIN, then PATH; raises BackupToolMissing."""
    folder = os.environ.get(BIN_ENV, "").strip()
    if folder:
        found = shutil.which(name, path=folder)
    else:
        found = shutil.which(name)
        if found is None and os.name == "nt":  # the installer of PostgreSQL does not touch PATH
            roots = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files"), "PostgreSQL").glob("*/bin")
            for root in sorted(roots, key=lambda p: _major(p.parent.name), reverse=True):  # newest first
                found = shutil.which(name, path=str(root))
                if found:
                    break
    if not found:
        raise BackupToolMissing(name)
    return found


def _major(folder: str) -> float:
    try:
        return float(folder)
    except ValueError:
        return 0.0


def tools_available() -> str | None:
    """None when pg_dump and pg_restore are both found, else the message why not."""
    try:
        find_tool("pg_dump")
        find_tool("pg_restore")
    except BackupToolMissing as exc:
        return str(exc)
    return None


def _env(url: URL) -> dict[str, str]:
    env = dict(os.environ)
    for key, value in (("PGHOST", url.host), ("PGPORT", url.port), ("PGUSER", url.username),
                       ("PGPASSWORD", url.password), ("PGDATABASE", url.database)):
        if value:
            env[key] = str(value)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return env


def _failure(tool: str, proc: subprocess.Popen, stderr: bytes) -> BackupToolFailed:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return BackupToolFailed(tool, "; ".join(lines[-3:]) or msg("exit code {code}", code=proc.returncode))


def dump(url: URL, snapshot_id: str) -> Iterator[bytes]:
    """pg_dump's custom-format output of the exported snapshot, a piece at a time."""
    tool = find_tool("pg_dump")
    # -Z0: the backup file compresses the whole stream once; compressing twice only costs time.
    proc = subprocess.Popen([tool, "--format=custom", "-Z0", f"--snapshot={snapshot_id}", "--no-password"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(url))
    assert proc.stdout is not None and proc.stderr is not None
    try:
        while chunk := proc.stdout.read(READ_BYTES):
            yield chunk
        stderr = proc.stderr.read()
        if proc.wait() != 0:
            raise _failure("pg_dump", proc, stderr)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _admin_engine(url: URL):
    return create_engine(url, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 10})


def create_database(url: URL, name: str) -> None:
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {conn.dialect.identifier_preparer.quote(name)}"))
    finally:
        engine.dispose()


def drop_database(url: URL, name: str) -> None:
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {conn.dialect.identifier_preparer.quote(name)} WITH (FORCE)"))
    finally:
        engine.dispose()


def database_exists(url: URL, name: str) -> bool:
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar() == 1
    finally:
        engine.dispose()


def restore(url: URL, chunks: Iterable[bytes]) -> None:
    """Feed a custom-format dump to pg_restore into the (new, empty) database `url.database`."""
    tool = find_tool("pg_restore")
    proc = subprocess.Popen([tool, "--no-owner", "--exit-on-error", "--no-password", f"--dbname={url.database}"],
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, bufsize=0,
                            env=_env(url))
    assert proc.stdin is not None and proc.stderr is not None
    with _drain(proc) as stderr:
        try:
            for chunk in chunks:
                proc.stdin.write(chunk)
            proc.stdin.close()
        except BrokenPipeError:
            pass  # pg_restore stopped early: its own message says why
        except BaseException:
            proc.kill()
            raise
        code = proc.wait()
    if code != 0:
        raise _failure("pg_restore", proc, stderr())


def list_archive(chunks: Iterable[bytes]) -> None:
    """`pg_restore --list` over a dump: proves it is a whole, readable archive; raises BackupToolFailed."""
    tool = find_tool("pg_restore")
    proc = subprocess.Popen([tool, "--list"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, bufsize=0)
    assert proc.stdin is not None
    with _drain(proc) as stderr:
        open_pipe = True
        try:
            for chunk in chunks:  # read to the end even when pg_restore stops: the file is checked whole
                if open_pipe:
                    try:
                        proc.stdin.write(chunk)
                    except BrokenPipeError:
                        open_pipe = False  # --list reads the table of contents and may stop early
            if open_pipe:
                proc.stdin.close()
        except BaseException:
            proc.kill()
            raise
        code = proc.wait()
    if code != 0:
        raise _failure("pg_restore", proc, stderr())


@contextmanager
def _drain(proc: subprocess.Popen):
    """Read stderr on a thread while we write stdin (a full stderr pipe would block both sides)."""
    import threading

    assert proc.stderr is not None
    parts: list[bytes] = []
    reader = threading.Thread(target=lambda: parts.append(proc.stderr.read()), daemon=True)
    reader.start()
    try:
        yield lambda: b"".join(parts)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=10)
