"""`karavan backup [-o FILE]` and `karavan restore FILE`: the same backup services as Settings → Backups…

    karavan backup                      into this database's backup folder (settings of this computer),
                                        encrypted when the settings say so, then rotate that folder
    karavan backup -o FILE.kvbackup     into that file (no rotation); --encrypt asks for a password
    karavan restore FILE.kvbackup       into a new database beside the current one, verified;
                                        -o PATH|NAME chooses it, --switch makes the profile use it

Passwords: --password-stdin, else KARAVAN_BACKUP_PASSWORD, else the keyring (scheduled-backup password),
else a prompt on a terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app import config

PASSWORD_ENV = "KARAVAN_BACKUP_PASSWORD"


def add_parsers(sub, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser("backup", parents=[common], help="back up the database now (.kvbackup)",
                            description="Back up the database into its backup folder, or into -o FILE. "
                                        "Users may keep working meanwhile.")
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="the backup file to write (.kvbackup)")
    backup.add_argument("--encrypt", action="store_true",
                        help="encrypt with a password (a lost password means a lost backup)")
    backup.add_argument("--password-stdin", action="store_true", help="read the password from standard input")

    restore = sub.add_parser("restore", parents=[common], help="restore a .kvbackup into a new database",
                             description="Restore into a new SQLite file or a new PostgreSQL database on the "
                                         "current server, verify it against the backup, then optionally "
                                         "switch the connection profile to it. The current database is not "
                                         "touched.")
    restore.add_argument("file", type=Path, metavar="FILE.kvbackup")
    restore.add_argument("-o", "--output", dest="target", metavar="PATH|NAME",
                         help="the new SQLite file, or the new database's name on the server")
    restore.add_argument("--switch", action="store_true",
                         help="make the connection profile in use open the restored database")
    restore.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    restore.add_argument("--gui", action="store_true",
                         help="ask and show in windows (the default when started without a console, e.g. by "
                              "double-clicking a .kvbackup); after switching, Karavan opens the restored database")


def _password(args, *, source: str | None, needed: bool, confirm: bool = False) -> str | None:
    from app.cli import EXIT_INPUT, CliError
    from app.services.backup import schedule

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n") or None
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if source and (saved := schedule.saved_password(source)):
        return saved
    if not needed:
        return None
    if not sys.stdin.isatty():
        raise CliError("the backup is encrypted: give the password with --password-stdin or "
                       f"{PASSWORD_ENV}", EXIT_INPUT)
    first = getpass.getpass("Backup password: ")
    if confirm and getpass.getpass("Repeat the password: ") != first:
        raise CliError("the passwords differ", EXIT_INPUT)
    return first or None


def _progress():
    from app.cli import _ProgressLine

    lines: dict[str, _ProgressLine] = {}

    def report(done: int, total: int, text: str = "") -> None:
        if total and text:
            if text not in lines:
                for old in lines.values():
                    old.finish()
                lines.clear()
                lines[text] = _ProgressLine(text.rstrip("…"))
            lines[text](min(done, total), total)

    def finish() -> None:
        for line in lines.values():
            line.finish()
    return report, finish


def cmd_backup(url: str, args: argparse.Namespace) -> int:
    from app.cli import EXIT_INPUT, EXIT_OK, CliError, _context, _open
    from app.services.backup import schedule

    database = _open(url)
    try:
        ctx = _context(database)
        source = ctx.backup.source_of()
        settings = schedule.load_settings(source, backend=ctx.backup.backend_of())
        encrypt = args.encrypt or settings.encrypt
        password = _password(args, source=source if settings.encrypt else None, needed=encrypt,
                             confirm=args.encrypt) if encrypt else None
        report, finish = _progress()
        if args.output:
            out = Path(args.output)
            if out.exists():
                raise CliError(f"{out} already exists: choose a new file", EXIT_INPUT)
            name = out.name if out.suffix == ".kvbackup" else out.name + ".kvbackup"
            result = ctx.backup.make_backup(out.parent if str(out.parent) else Path("."), name=name,
                                            password=password, progress=report)
        else:
            result = ctx.backup.make_backup(settings.folder, password=password, keep_daily=settings.keep_daily,
                                            keep_monthly=settings.keep_monthly, progress=report)
        finish()
    finally:
        database.dispose()
    m = result.manifest
    print(f"Backed up {m.source} to {result.path} ({result.path.stat().st_size / 1e6:,.1f} MB, "
          f"{len(m.tables)} tables, {m.total_rows:,} rows{', encrypted' if m.encrypted else ''}) "
          f"in {result.seconds:.1f} s; {result.check.message}")
    return EXIT_OK


def cmd_restore(paths: config.AppPaths, url: str, args: argparse.Namespace) -> int:
    from app.cli import EXIT_OK
    from app.services.backup.fileformat import read_manifest

    if args.gui or sys.stdout is None:  # a windowed start (PyInstaller without a console) has no stdout
        return restore_in_windows(paths, url, args)
    manifest = read_manifest(args.file)
    password = _password(args, source=None, needed=manifest.encrypted) if manifest.encrypted else None
    target, restore = _restore_plan(paths, url, manifest.backend, args.target)
    report, finish = _progress()
    result = restore(args.file, password, report)
    finish()
    print(f"Restored {args.file} (made {manifest.created_at} from {manifest.source}) into {result.target}; "
          f"verified {len(manifest.tables)} tables, {manifest.total_rows:,} rows.")
    if args.switch or (sys.stdin.isatty() and not args.password_stdin
                       and input("Switch the connection profile to it? [y/N] ").strip().lower() in ("y", "yes")):
        print(switch_profile(paths, getattr(args, "profile", None), manifest.backend, result.target,
                             fixed_url=getattr(args, "db", None)))
    return EXIT_OK


def switch_profile(paths: config.AppPaths, profile_name: str | None, backend: str, target: str, *,
                   fixed_url: str | None = None) -> str:
    """Point the profile in use at the restored database and make it the last one used; says what it did."""
    from app.cli import EXIT_INPUT, CliError

    if fixed_url:
        raise CliError("--db was given, so there is no profile to switch: open the restored database with "
                       f"--db {'sqlite:///' + target if backend == 'sqlite' else target}", EXIT_INPUT)
    try:
        changed = config.point_profile_at(paths, profile_name, kind=backend, target=target)
    except config.ConfigError as exc:
        raise CliError(str(exc), EXIT_INPUT) from exc
    return f"The profile “{changed.name}” now opens {changed.describe()}; the old database was left as it was."


def _restore_plan(paths: config.AppPaths, url: str, backend: str, target: str | None):
    """(target, restore(path, password, report)) for a backup of `backend`, given the database in use."""
    from sqlalchemy.engine import make_url

    from app.cli import EXIT_INPUT, CliError
    from app.services.backup import making

    current = make_url(url)
    if backend == "sqlite":
        if not target:
            base = current if current.get_backend_name() == "sqlite" else make_url(
                f"sqlite:///{paths.data_dir / 'karavan.db'}")
            target = making.default_restore_target(base)
        return target, lambda path, password, report: making.restore_sqlite(path, target, password=password,
                                                                            progress=report)
    if current.get_backend_name() != "postgresql":
        raise CliError("a PostgreSQL backup is restored onto a server: use a server's profile (--profile) "
                       "or --db postgresql+psycopg://user@host/database", EXIT_INPUT)
    target = target or making.default_restore_target(current)
    return target, lambda path, password, report: making.restore_postgresql(path, current, target,
                                                                            password=password, progress=report)


def restore_in_windows(paths: config.AppPaths, url: str, args: argparse.Namespace) -> int:
    """The restore with small windows; when the user switches to the restored database, Karavan opens it."""
    from PySide6.QtWidgets import QMessageBox

    from app.cli import CliError
    from app.services.backup.fileformat import read_manifest
    from app.ui.application import qapp, run_gui
    from app.ui.backups.restore_file import restore_with_windows
    from app.ui.tasks import TaskRunner

    qapp()
    try:
        backend = read_manifest(args.file).backend
        target, restore = _restore_plan(paths, url, backend, args.target)
    except Exception as exc:  # noqa: BLE001 — said in a window: there is no console to print to
        QMessageBox.warning(None, "Karavan", str(exc.args[0]) if isinstance(exc, CliError) else str(exc))
        return 1
    switched: list[str] = []
    fixed = getattr(args, "db", None)

    def switch(kind: str, new_target: str) -> str:
        changed = config.point_profile_at(paths, getattr(args, "profile", None), kind=kind, target=new_target)
        switched.append(changed.name)
        return f"The connection “{changed.name}” now opens {changed.describe()}."

    code = restore_with_windows(Path(args.file), TaskRunner(), target=target, restore=restore,
                                switch_to=None if fixed else switch)
    if code == 0 and switched:
        return run_gui(profile_name=switched[0])
    return code
