"""What every list export shares: the file is written beside the target and moved into place only when
whole (a cancelled or failed export leaves no half-written file and an older file of that name intact),
rows are read from the database in batches inside one read transaction, and progress is reported while
reading as well as while writing."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from app.services.i18n import msg
from app.services.xlsx import XColumn, write_table

# Rows fetched per round trip; a batch of client ids also bounds the IN (…) list of their details.
BATCH = 1000


class ExportProgress(Protocol):
    """`report(done, total, text)`; it raises (e.g. the TaskRunner's Cancelled) to stop the export."""

    def report(self, done: int, total: int, text: str = "") -> None: ...


def xlsx_path(path: str | Path) -> Path:
    """The path with an .xlsx suffix (added when the user typed a bare name)."""
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx")


def reading(rows: Iterable[Sequence[Any]], total: int, progress: ExportProgress | None) -> Iterator[Sequence[Any]]:
    """`rows`, telling `progress` how far the reading is at every batch (and first that it started)."""
    if progress is not None:
        progress.report(0, total, "reading")
    for done, row in enumerate(rows, start=1):
        yield row
        if progress is not None and done % BATCH == 0:
            progress.report(done, total, "reading")


def write_export(path: str | Path, columns: Sequence[XColumn], rows: Iterable[Sequence[Any]], *, total: int,
                 progress: ExportProgress | None, sheet_title: str, title: str = "") -> int:
    """Write the table to `path` through a temporary file in the same folder; returns the rows written."""
    target = Path(path)
    if not target.parent.is_dir():
        raise FileNotFoundError(2, msg("No such folder"), str(target.parent))
    partial = target.with_name(f".{target.stem}.writing.xlsx")
    try:
        written = write_table(partial, columns, reading(rows, total, progress), sheet_title=sheet_title,
                              title=title, total_rows=total, progress=progress)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written
