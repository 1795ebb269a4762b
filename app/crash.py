"""Crash reports: what went wrong, in which versions, written to the user's log folder.

No Qt here (the versions of Qt are asked for only when Qt is already loaded); the GUI's hook that
shows the friendly dialog lives in app/ui/crash.py.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from importlib import metadata
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)

KEEP_REPORTS = 30
LOG_TAIL_LINES = 60
# The libraries whose versions a report names (the ones most bugs depend on).
REPORTED_DISTRIBUTIONS = ("karavan", "PySide6-Essentials", "PySide6-Addons", "shiboken6", "SQLAlchemy", "alembic",
                          "psycopg", "reportlab", "openpyxl", "platformdirs", "keyring")


def versions() -> dict[str, str]:
    """Karavan, Python, the OS, Qt (when loaded) and the main libraries, as name → version."""
    found = {"Python": platform.python_version(), "OS": platform.platform(),
             "frozen": "yes (bundle)" if getattr(sys, "frozen", False) else "no"}
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        found["Qt"] = qtcore.qVersion()
    for name in REPORTED_DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not found"
    return found


def _log_tail(log_file: Path | None) -> list[str]:
    if log_file is None:
        return []
    try:
        with log_file.open(encoding="utf-8", errors="replace") as f:
            return f.readlines()[-LOG_TAIL_LINES:]
    except OSError:
        return []


def format_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
                  thread: str, when: datetime, log_file: Path | None = None) -> str:
    """The text of a report: the error, where (thread), versions, traceback and the log's last lines."""
    lines = [f"Karavan crash report — {when:%Y-%m-%d %H:%M:%S}", "",
             f"Error: {exc_type.__name__}: {exc}", f"Thread: {thread}", "", "Versions:"]
    lines += [f"  {name}: {value}" for name, value in versions().items()]
    lines += ["", "Traceback:", "".join(traceback.format_exception(exc_type, exc, tb)).rstrip()]
    tail = _log_tail(log_file)
    if tail:
        lines += ["", f"Last {len(tail)} lines of {log_file}:", "".join(tail).rstrip()]
    return "\n".join(lines) + "\n"


def write_report(folder: Path, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, *,
                 thread: str = "MainThread", log_file: Path | None = None) -> Path | None:
    """Write a report to `folder/crash-YYYYMMDD-HHMMSS-ffffff.txt`, keeping the newest 30; the path, or
    None when the folder cannot be written (then the traceback only goes to the log)."""
    when = datetime.now()
    text = format_report(exc_type, exc, tb, thread=thread, when=when, log_file=log_file)
    path = folder / f"crash-{when:%Y%m%d-%H%M%S-%f}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc_write:
        log.error("cannot write a crash report to %s: %s", folder, exc_write)
        return None
    for old in sorted(folder.glob("crash-*.txt"))[:-KEEP_REPORTS]:
        old.unlink(missing_ok=True)
    return path
