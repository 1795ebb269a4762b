"""Reading a sheet of an .xlsx file for import: sheet names, the header row, and the data rows streamed in
openpyxl's read-only mode.

A sheet larger than the limit is refused before any work when its stored size says so (`max_row`, read
from the sheet's dimension tag), and again while streaming, because some writers store no size or a
wrong one. Empty rows are skipped. A formula cell gives the result Excel saved with the file; a formula
without a saved result is reported against its cell instead of being taken as empty.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.services.errors import DomainError
from app.services.i18n import msg

MAX_ROWS = 200_000
REPORT_EVERY = 2000


class ImportFileError(DomainError):
    """The file cannot be imported at all (not an .xlsx, no such sheet, too many rows, no header)."""


class TooManyRows(ImportFileError):
    def __init__(self, sheet: str, limit: int, rows: int | None = None):
        self.sheet, self.limit, self.rows = sheet, limit, rows
        found = msg("{rows:,} rows", rows=rows) if rows else msg("more than {limit:,} rows", limit=limit)
        super().__init__(msg("sheet “{sheet}” has {found}; at most {limit:,} data rows are imported at once — "
                         "split the file", sheet=sheet, found=found, limit=limit))


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row: its row number as Excel shows it, and its cell values (plain Python values)."""

    row: int
    values: tuple[Any, ...]
    # Column index → why the cell cannot be read (a formula with no saved result).
    problems: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Table:
    """A sheet as read: its name, the header row's titles, and the non-empty data rows."""

    file: str
    sheet: str
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]


def _open(path: str | Path, *, data_only: bool):
    try:
        return load_workbook(path, read_only=True, data_only=data_only)
    except FileNotFoundError:
        raise ImportFileError(msg("there is no file {path}", path=path)) from None
    except (BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise ImportFileError(msg("{name} is not an Excel workbook (.xlsx): {exc}", name=Path(path).name, exc=exc)) from None


def sheet_names(path: str | Path) -> list[str]:
    """The workbook's sheet names in their order; raises ImportFileError."""
    book = _open(path, data_only=True)
    try:
        return list(book.sheetnames)
    finally:
        book.close()


def _sheet(book, name: str | None):
    if name is None:
        return book.worksheets[0]
    if name not in book.sheetnames:
        raise ImportFileError(msg("the workbook has no sheet “{name}” (it has: {choices})", name=name, choices=', '.join(book.sheetnames)))
    return book[name]


def _plain(value: Any) -> Any:
    """Cell values as the validators take them: float → Decimal (by its shortest text), text trimmed."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, Decimal, datetime, date, time)):
        return value
    return str(value)


def _header(cells: Sequence[Any]) -> tuple[str, ...]:
    titles = [str(c).strip() if c is not None else "" for c in cells]
    while titles and not titles[-1]:
        titles.pop()
    return tuple(t or f"Column {i}" for i, t in enumerate(titles, start=1))


def read_table(path: str | Path, sheet: str | None = None, *, max_rows: int = MAX_ROWS,
               progress: Any = None) -> Table:
    """The sheet's header (its first non-empty row) and data rows; raises ImportFileError or TooManyRows.
    `progress.report(done, total, text)` is called every few thousand rows (and may raise to cancel)."""
    book = _open(path, data_only=False)
    formulas: dict[int, list[int]] = {}  # Excel row → column indexes holding a formula
    try:
        ws = _sheet(book, sheet)
        name = ws.title
        stored = ws.max_row
        if stored is not None and stored > max_rows + 1:
            raise TooManyRows(name, max_rows, stored - 1)
        headers: tuple[str, ...] | None = None
        rows: list[SourceRow] = []
        for excel_row, cells in enumerate(ws.iter_rows(values_only=False), start=1):
            values = [getattr(c, "value", None) for c in cells]
            if headers is None:
                if any(v is not None and str(v).strip() for v in values):
                    headers = _header(values)
                continue
            width = len(headers)
            values = (values + [None] * width)[:width]
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            found = [i for i, c in enumerate(cells[:width]) if getattr(c, "data_type", "") == "f"]
            if found:
                formulas[excel_row] = found
            rows.append(SourceRow(excel_row, tuple(_plain(v) for v in values)))
            if len(rows) > max_rows:
                raise TooManyRows(name, max_rows)
            if progress is not None and len(rows) % REPORT_EVERY == 0:
                progress.report(len(rows), stored or 0, "reading rows")
    finally:
        book.close()
    if headers is None:
        raise ImportFileError(msg("sheet “{name}” is empty: the first row should hold the column titles", name=name))
    if formulas:
        rows = _formula_results(path, name, rows, formulas)
    return Table(str(path), name, headers, tuple(rows))


def _formula_results(path: str | Path, sheet: str, rows: list[SourceRow],
                     formulas: dict[int, list[int]]) -> list[SourceRow]:
    """Replace formula text by the result Excel saved (a second pass, only when the sheet has formulas)."""
    book = _open(path, data_only=True)
    saved: dict[int, dict[int, Any]] = {}
    try:
        for excel_row, cells in enumerate(book[sheet].iter_rows(values_only=True), start=1):
            if excel_row in formulas:
                saved[excel_row] = {i: cells[i] if i < len(cells) else None for i in formulas[excel_row]}
    finally:
        book.close()
    result = []
    for r in rows:
        if r.row not in formulas:
            result.append(r)
            continue
        values, problems = list(r.values), {}
        for i, value in saved.get(r.row, {}).items():
            if value is None:
                values[i], problems[i] = None, msg(
                    "is a formula with no saved result: open the file in Excel, save it, and import again")
            else:
                values[i] = _plain(value)
        result.append(SourceRow(r.row, tuple(values), problems))
    return result
