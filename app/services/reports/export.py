"""A report's table out to Excel (the shared xlsx writer) or to a PDF (reportlab: title, period, currency,
the table with its header repeated on every page, and the totals row; DejaVu Sans so Persian, Arabic and
Cyrillic names print, right-to-left names put in visual order and shaped as documents are)."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.documents.pdf import money as money_text
from app.services.documents.pdf import styles, text
from app.services.i18n import msg
from app.services.reports.common import change_percent
from app.services.reports.forms import ReportResult, Value
from app.services.xlsx import XColumn, write_table


def _compared(result: ReportResult) -> bool:
    return result.previous is not None


def table_rows(result: ReportResult) -> list[tuple]:
    """The rows as exported: label, values, and when compared the previous period's main figure and the
    change in percent."""
    out = []
    for r in result.rows:
        row = (r.label, *r.values)
        if _compared(result):
            before = result.previous_value(r.key)
            now = r.values[result.chart_column] or 0
            row += (before, change_percent(Decimal(now), Decimal(before or 0)))
        out.append(row)
    return out


def totals_row(result: ReportResult) -> tuple:
    row = (msg("Total"), *result.totals)
    if _compared(result):
        now = result.totals[result.chart_column]
        before = result.previous.totals[result.chart_column]
        row += (before, change_percent(Decimal(now or 0), Decimal(before or 0)) if now is not None else None)
    return row


def column_titles(result: ReportResult) -> list[tuple[str, str]]:
    """(title, kind) of every exported column, the label column first."""
    cols = [(result.label_title, "text")] + [(c.title, c.kind) for c in result.columns]
    if _compared(result):
        cols += [(msg("Previous period: {title}", title=result.columns[result.chart_column].title),
                  result.columns[result.chart_column].kind), (msg("Change %"), "percent")]
    return cols


def heading(result: ReportResult) -> str:
    # Counting reports (funnel conversion) have no currency.
    line = ", ".join(part for part in (result.title, result.period.label(), result.currency) if part)
    if _compared(result):
        line += " " + msg("(compared with {period})", period=result.previous.period.label())
    return line


def write_xlsx(result: ReportResult, path: str | Path, *, progress=None) -> int:
    """The report as an .xlsx workbook (title line, bold frozen header, typed cells, the report's own totals
    row); returns the number of data rows."""
    cols = [XColumn(title, kind, width=44 if i == 0 else None) for i, (title, kind) in enumerate(column_titles(result))]
    rows = table_rows(result) + [totals_row(result)]
    return write_table(path, cols, rows, title=heading(result), sheet_title=result.title[:31],
                       totals=False, total_rows=len(rows), progress=progress) - 1


def _cell_text(value: Value, kind: str) -> str:
    if value is None:
        return ""
    if kind == "int":
        return f"{int(value):,}".replace(",", "\u00a0")
    if kind == "qty":
        return money_text(Decimal(value), 3).rstrip("0").rstrip(".")
    if kind == "cost":
        return money_text(Decimal(value), 4)
    if kind == "percent":
        return f"{Decimal(value):.2f}"
    if kind == "change":
        return f"{Decimal(value):+.1f}"
    return money_text(Decimal(value))


def render_pdf(result: ReportResult) -> bytes:
    """The report as a PDF: A4, landscape when it has many columns."""
    st = styles()
    cols = column_titles(result)
    page = landscape(A4) if len(cols) > 5 else A4
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title=result.title)
    width = page[0] - 24 * mm
    label_w = width * (0.34 if len(cols) > 5 else 0.42)
    rest = (width - label_w) / max(1, len(cols) - 1)
    head = [Paragraph(title, st["head"] if kind == "text" else st["headnum"]) for title, kind in cols]
    kinds = [kind for _, kind in cols[1:]]
    if _compared(result):
        kinds[-1] = "change"
    bold_num = ParagraphStyle("totalnum", parent=st["num"], fontName=st["bold"].fontName)
    body = []
    for row in table_rows(result):
        body.append([text(row[0], st["cell"])] +
                    [Paragraph(_cell_text(v, kind), st["num"]) for v, kind in zip(row[1:], kinds, strict=False)])
    total = totals_row(result)
    body.append([Paragraph(total[0], st["bold"])] +
                [Paragraph(_cell_text(v, kind), bold_num) for v, kind in zip(total[1:], kinds, strict=False)])
    table = Table([head, *body], colWidths=[label_w] + [rest] * (len(cols) - 1), repeatRows=1)
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f3f4f6")]),
        ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e5e7eb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    story = [Paragraph(result.title, st["title"]),
             Paragraph(" · ".join(p for p in (result.period.label(), result.currency) if p), st["base"])]
    if _compared(result):
        story.append(Paragraph(msg("Compared with {period}", period=result.previous.period.label()), st["small"]))
    if result.note:
        story.append(Paragraph(result.note, st["small"]))
    story += [Spacer(1, 4 * mm), table]
    if not result.rows:
        story += [Spacer(1, 3 * mm), Paragraph(msg("Nothing in this period."), st["base"])]
    doc.build(story)
    return buf.getvalue()


def write_pdf(result: ReportResult, path: str | Path) -> None:
    Path(path).write_bytes(render_pdf(result))
