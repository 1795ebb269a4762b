"""Checking and importing a read sheet in one transaction: every bad row reported with its Excel row
number, column and reason; then "all or nothing" (any bad row: nothing is written) or "only the valid
rows". A check is the same run rolled back, so it finds exactly what the import would find."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.services.access.matrix import Action, Area
from app.services.access.principal import checks_inside, require
from app.services.i18n import msg, translated
from app.services.imports.catalog_kind import PricesKind, ProductsKind
from app.services.imports.clients_kind import ClientsKind
from app.services.imports.mapping import check_mapping, fields_of
from app.services.imports.reading import SourceRow, Table
from app.services.imports.stock_kind import StockKind
from app.services.stock.posting import retrying
from app.services.uow import UnitOfWork
from app.services.xlsx import XColumn, write_table

REPORT_EVERY = 250
ERROR_COLUMN = "Error"


@dataclass(frozen=True, slots=True)
class RowError:
    row: int      # as Excel numbers it
    column: str   # the source column's title
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    kind: str
    rows: int                      # data rows read (empty rows are not counted)
    created: int
    updated: int
    errors: tuple[RowError, ...]
    committed: bool                # False for a check, and for "all or nothing" with errors
    documents: tuple[str, ...] = ()  # the stock receipts posted
    rejected: tuple[int, ...] = field(default=())  # rows with errors, in file order

    @property
    def valid(self) -> int:
        return self.rows - len(self.rejected)


def _handler(kind: str, session, source: str):
    if kind == "clients":
        return ClientsKind(session)
    if kind == "products":
        return ProductsKind(session)
    if kind == "prices":
        return PricesKind(session)
    return StockKind(session, source=source)


# The right each import needs (it creates and updates records of that area; opening stock posts a receipt).
_IMPORT_RIGHT = {"clients": (Area.CLIENTS, Action.CREATE), "products": (Area.PRODUCTS, Action.CREATE),
                 "prices": (Area.PRODUCTS, Action.EDIT), "stock": (Area.WAREHOUSE, Action.POST)}


def _run(uow: UnitOfWork, kind: str, table: Table, mapping: Mapping[str, str], *, commit: bool,
         valid_only: bool, progress: Any) -> ImportReport:
    if kind in _IMPORT_RIGHT:
        require(uow, *_IMPORT_RIGHT[kind])
    check_mapping(kind, table.headers, mapping)
    labels = {f.name: translated(f.label) for f in fields_of(kind)}
    columns = {name: table.headers.index(header) for name, header in mapping.items() if header}
    total = len(table.rows)
    with uow:
        if commit:
            uow.begin_write()
        h = _handler(kind, uow.session, table.file)
        seen: dict[tuple[str, str], int] = {}
        errors: list[RowError] = []
        rejected: list[int] = []
        counts = {"created": 0, "updated": 0}
        for n, src in enumerate(table.rows):
            if progress is not None and n % REPORT_EVERY == 0:
                progress.report(n, total, "checking rows")
            values = {name: src.values[i] for name, i in columns.items()}
            problems = {name: src.problems[i] for name, i in columns.items() if i in src.problems}
            row_key = h.key(values) if not problems else None
            if row_key is not None and row_key in seen:
                problems[row_key[0]] = msg("repeats row {row} (the same {column})", row=seen[row_key], column=labels[row_key[0]])
            elif row_key is not None:
                seen[row_key] = src.row
            payload = None
            if not problems:
                payload, problems = h.check(values)
            if problems:
                rejected.append(src.row)
                for name, reason in problems.items():
                    header = mapping.get(name) or labels.get(name, name)
                    errors.append(RowError(src.row, header, reason))
                continue
            counts[h.write(payload)] += 1
        write_now = commit and (valid_only or not errors)
        documents = tuple(h.finish()) if write_now or not commit else ()
        if progress is not None:
            progress.report(total, total, "saving" if write_now else "checked")
        if write_now:
            uow.commit()
        return ImportReport(kind, total, counts["created"], counts["updated"], tuple(errors), write_now,
                            documents, tuple(rejected))


@checks_inside
def check_import(uow: UnitOfWork, kind: str, table: Table, mapping: Mapping[str, str], *,
                 progress: Any = None) -> ImportReport:
    """What importing `table` would do (created, updated, every bad row) without keeping anything;
    raises ValidationError for a mapping without a required column."""
    return _run(uow, kind, table, mapping, commit=False, valid_only=False, progress=progress)


@checks_inside
def run_import(uow: UnitOfWork, kind: str, table: Table, mapping: Mapping[str, str], *,
               valid_only: bool = False, progress: Any = None) -> ImportReport:
    """Import `table` in one transaction: all rows, or none when any is bad (`committed` False), or with
    `valid_only` the good rows only. Raises ValidationError for a mapping without a required column."""
    return retrying(lambda: _run(uow, kind, table, mapping, commit=True, valid_only=valid_only,
                                 progress=progress))


def with_rows(table: Table, corrected: Sequence[SourceRow]) -> Table:
    """The table with rows replaced by their corrected versions (matched by row number)."""
    by_row = {r.row: r for r in corrected}
    return Table(table.file, table.sheet, table.headers, tuple(by_row.get(r.row, r) for r in table.rows))


def rejected_rows(table: Table, report: ImportReport) -> list[SourceRow]:
    wanted = set(report.rejected)
    return [r for r in table.rows if r.row in wanted]


def write_error_report(path: str | Path, table: Table, report: ImportReport) -> int:
    """The rejected rows as they were, with an added "Error" column, to an .xlsx; returns rows written."""
    reasons: dict[int, list[str]] = {}
    for e in report.errors:
        reasons.setdefault(e.row, []).append(f"{e.column}: {e.reason}")
    # The file's own headers are written as the user typed them; only the added columns are ours.
    columns = [XColumn(msg("Row"), "int", 7), *(XColumn(h) for h in table.headers),
               XColumn(msg("Error"), width=60)]  # ERROR_COLUMN in the user's language
    rows = ([r.row, *r.values, "; ".join(reasons.get(r.row, []))] for r in rejected_rows(table, report))
    return write_table(path, columns, rows, sheet_title=msg("{sheet} errors", sheet=table.sheet), translate=False)
