"""Writing a table to an Excel workbook the way every export and report does: a bold, frozen header row with
an autofilter, column widths, real number and date cells with formats (never numbers as text), an
optional totals row, and text that starts like a formula stored as plain text (never run by Excel).

The workbook is written in openpyxl's write-only mode, row by row, so 100,000 rows take little memory;
`progress.report(done, total, text)` is called every few thousand rows (a TaskRunner Progress raises
there when the user cancelled, and the half-written file is removed).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel

from app.services.i18n import translated

# Number formats by column kind; "text" columns get none.
FORMATS = {
    "int": "#,##0",
    "qty": "#,##0.###",
    "money": "#,##0.00",
    "cost": "#,##0.0000",
    "percent": "0.00",
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
}
NUMERIC_KINDS = ("int", "qty", "money", "cost", "percent")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
REPORT_EVERY = 2000


@dataclass(frozen=True, slots=True)
class XColumn:
    title: str
    kind: str = "text"
    width: float | None = None
    # Sum this column in the totals row.
    total: bool = False


def _cell(sheet, value: Any, kind: str, *, bold: bool = False) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl would otherwise store "=…" as a formula
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # and Excel keeps it text even when the cell is edited
    else:
        cell = WriteOnlyCell(sheet, value=value)
        fmt = FORMATS.get(kind)
        if fmt and isinstance(value, (int, float, Decimal, date, datetime)):
            cell.number_format = FORMATS["datetime"] if isinstance(value, datetime) else fmt
    if bold:
        cell.font = Font(bold=True)
    return cell


class _Rendered(list):
    """A data row already rendered as sheet XML (see _FastRows); `values` for nothing else."""

    xml = ""


class _FastRows:
    """Data rows rendered straight to the sheet's XML, with the same cells, types and style ids `_cell` gives.

    Without lxml, openpyxl serialises every cell through a pure-Python ElementTree writer: ~0.2 ms per row of
    ten cells, 20 s for 100,000 rows. Here a row is a few string joins. Only plain values take this path
    (str, int, float, Decimal, date, naive datetime, None); a row holding anything else, or text that is too
    long or has characters XML cannot hold, goes through openpyxl's cells as before (which raises or trims as
    it always did). With lxml installed openpyxl is fast enough itself and this is not used."""

    def __init__(self, book, sheet, columns: Sequence[XColumn]):
        self.book, self.sheet, self.columns = book, sheet, columns
        self.letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
        self.styles: dict[tuple[int, str], str] = {}
        write_row, values_to_row = sheet._writer.write_row, sheet._values_to_row

        def write(xf, row, row_idx):
            if isinstance(row, _Rendered):
                xf._file(row.xml)
            else:
                write_row(xf, row, row_idx)

        def convert(values, row_idx):
            return values if isinstance(values, _Rendered) else values_to_row(values, row_idx)

        sheet._writer.write_row, sheet._values_to_row = write, convert

    @staticmethod
    def usable(sheet) -> bool:
        from openpyxl import LXML

        return not LXML and sheet._writer is not None and hasattr(sheet._writer, "write_row")

    def _style(self, i: int, sample: Any, category: str) -> str:
        key = (i, category)
        if key not in self.styles:
            cell = _cell(self.sheet, sample, self.columns[i].kind)
            self.styles[key] = f' s="{cell.style_id}"' if cell.has_style else ""
        return self.styles[key]

    def render(self, values: Sequence[Any], row_idx: int) -> _Rendered | None:
        """The row as XML, or None when a value needs openpyxl's own cell."""
        parts = [f'<row r="{row_idx}">']
        for i, value in enumerate(values[:len(self.columns)]):
            if value is None:
                continue
            ref = f"{self.letters[i]}{row_idx}"
            if isinstance(value, str):
                if len(value) > 32767 or ILLEGAL_CHARACTERS_RE.search(value):
                    return None
                style = self._style(i, "=", "quoted") if value.startswith(FORMULA_STARTS) else \
                    self._style(i, "x", "text")
                if not value:
                    parts.append(f'<c r="{ref}"{style} t="inlineStr" />')
                    continue
                text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                space = ' xml:space="preserve"' if value.strip() != value else ""
                parts.append(f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
            elif isinstance(value, bool):
                return None
            elif isinstance(value, (int, float, Decimal)):
                parts.append(f'<c r="{ref}"{self._style(i, 0, "number")} t="n"><v>{safe_string(value)}</v></c>')
            elif isinstance(value, datetime):
                if value.tzinfo is not None:
                    return None
                number = safe_string(to_excel(value, self.book.epoch))
                parts.append(f'<c r="{ref}"{self._style(i, datetime(2000, 1, 1), "datetime")} t="n">'
                             f'<v>{number}</v></c>')
            elif isinstance(value, date):
                number = safe_string(to_excel(value, self.book.epoch))
                parts.append(f'<c r="{ref}"{self._style(i, date(2000, 1, 1), "date")} t="n"><v>{number}</v></c>')
            else:
                return None
        parts.append("</row>")
        row = _Rendered()
        row.xml = "".join(parts)
        return row


def _width(col: XColumn) -> float:
    if col.width:
        return col.width
    return max(len(col.title) + 2, {"text": 24, "date": 12, "datetime": 17}.get(col.kind, 14))


def write_table(path: str | Path, columns: Sequence[XColumn], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Sheet", title: str = "", totals: bool | None = None,
                total_rows: int | None = None, progress: Any = None, translate: bool = True) -> int:
    """Write `rows` (sequences of plain values: str, int, Decimal, date, datetime, None) under `columns` to
    an .xlsx file; returns how many rows were written. A title line goes above the header when given;
    a totals row follows when any column has `total` (or `totals=True`). Raises whatever `progress.report`
    raises (the file is then removed). Column titles, the sheet's name and the title line are marked with
    `msg` where they are defined and written in the user's language; `translate=False` writes them as they
    are (headers copied from the user's own file)."""
    if translate:
        columns = [replace(c, title=translated(c.title)) for c in columns]
        sheet_title, title = translated(sheet_title), translated(title)
    target = Path(path)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(sheet_title[:31] or "Sheet")
    for i, col in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = _width(col)
    header_row = 2 if title else 1
    # Sheet views and widths are written with the first row: set them before appending anything.
    sheet.freeze_panes = f"A{header_row + 1}"
    if title:
        cell = WriteOnlyCell(sheet, value=title)
        cell.data_type = "s"
        cell.font = Font(bold=True, size=13)
        sheet.append([cell])
    head = []
    for col in columns:
        c = _cell(sheet, col.title, "text", bold=True)
        if col.kind in NUMERIC_KINDS:
            c.alignment = Alignment(horizontal="right")
        head.append(c)
    sheet.append(head)
    want_totals = any(c.total for c in columns) if totals is None else totals
    sums: list[Decimal] = [Decimal(0)] * len(columns)
    written = 0
    fast = _FastRows(book, sheet, columns) if _FastRows.usable(sheet) else None
    try:
        for row in rows:
            if fast is not None:
                rendered = fast.render(row, header_row + 1 + written)
                if rendered is not None:
                    for i, (col, value) in enumerate(zip(columns, row, strict=False)):
                        if col.total and isinstance(value, (int, Decimal)):
                            sums[i] += value
                    sheet.append(rendered)
                    written += 1
                    if progress is not None and written % REPORT_EVERY == 0:
                        progress.report(written, total_rows or 0, "writing rows")
                    continue
            cells = []
            for i, (col, value) in enumerate(zip(columns, row, strict=False)):
                if col.total and isinstance(value, (int, Decimal)):
                    sums[i] += value
                cells.append(_cell(sheet, value, col.kind))
            sheet.append(cells)
            written += 1
            if progress is not None and written % REPORT_EVERY == 0:
                progress.report(written, total_rows or 0, "writing rows")
        last = get_column_letter(len(columns))
        sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + max(written, 1)}"
        if want_totals:
            foot = [_cell(sheet, "Total", "text", bold=True)]
            for i, col in enumerate(columns[1:], start=1):
                foot.append(_cell(sheet, sums[i], col.kind, bold=True) if col.total else WriteOnlyCell(sheet))
            sheet.append(foot)
        book.save(target)
    except BaseException:
        # Finish the half-written sheet's stream now (else openpyxl's row generator complains when it is
        # collected), then drop the file.
        with suppress(Exception):
            sheet.close()
        target.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress.report(written, total_rows or written, "saved")
    return written

