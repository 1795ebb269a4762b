"""Barcode labels as a PDF: sheets of labels on A4 or single labels for a label printer.

Each label has the product name (wrapped, DejaVu Sans so Cyrillic and Persian have glyphs), the SKU, the
price and the barcode (EAN-13 or Code 128; a product without a barcode gets its SKU as Code 128).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from sqlalchemy import select

from app.models import Barcode, Product
from app.resources import resource_path
from app.services.catalog.barcodes import code128_error
from app.services.catalog.forms import LabelData
from app.services.catalog.pricing import base_list, list_price
from app.services.errors import ValidationError
from app.services.uow import UnitOfWork

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
MAX_COPIES = 1000


@dataclass(frozen=True, slots=True)
class Layout:
    page: tuple[float, float]
    columns: int
    rows: int
    label: tuple[float, float]    # width, height
    margin: tuple[float, float]   # left, top of the first label
    name_size: float


LAYOUTS = {
    "a4_3x8": Layout(A4, 3, 8, (70 * mm, 37 * mm), (0, 0.5 * mm), 8.5),
    "a4_4x10": Layout(A4, 4, 10, (52.5 * mm, 29.7 * mm), (0, 0), 7),
    "single_58x40": Layout((58 * mm, 40 * mm), 1, 1, (58 * mm, 40 * mm), (0, 0), 9),
}


def _register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def visual_order(line: str) -> str:
    """The line in drawing order. Uses python-bidi when installed; otherwise a simple fallback for a line
    that starts right-to-left: runs are laid out right to left, right-to-left runs reversed, and Latin
    words or numbers inside keep their own order."""
    try:
        from bidi.algorithm import get_display  # optional: the full Unicode bidi algorithm
    except ImportError:
        get_display = None
    if get_display is not None:
        return get_display(line)
    if not any(_is_rtl(ch) for ch in line):
        return line
    runs: list[tuple[bool, str]] = []
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            rtl = True
        elif kind in ("L", "EN", "AN"):
            rtl = False  # Latin words and numbers (Persian digits too) keep their left-to-right order
        else:
            rtl = runs[-1][0] if runs else True
        if runs and runs[-1][0] == rtl:
            runs[-1] = (rtl, runs[-1][1] + ch)
        else:
            runs.append((rtl, ch))
    return "".join(text[::-1] if rtl else text for rtl, text in reversed(runs))

def shaped_line(line: str, font: str, size: float) -> str:
    """A right-to-left line ready to draw: words in visual order (python-bidi) and Persian/Arabic letters
    joined into their contextual forms by HarfBuzz (reportlab shapes a TrueType font's text with uharfbuzz
    when it is installed). Without uharfbuzz the letters stay unjoined but in the right order."""
    visual = visual_order(line)
    if not (ttfonts.uharfbuzz and pdfmetrics.getFont(font).shapable):
        return visual
    result = ttfonts.shapeStr("", font, size, force=True)
    for n, word in enumerate(visual.split(" ")):
        if n:
            result += ttfonts.shapeStr(" ", font, size, force=True)
        if any(_is_rtl(ch) for ch in word):
            # python-bidi gave the word reversed; HarfBuzz wants it in logical order and lays it out right
            # to left itself.
            result += ttfonts.shapeStr(word[::-1], font, size, force=True)
        else:
            # Latin and digits are already in order; one character at a time, or HarfBuzz would lay
            # Persian digits out right to left.
            for ch in word:
                result += ttfonts.shapeStr(ch, font, size, force=True)
    return result


def _barcode_drawing(code: str, kind: str, width: float, height: float):
    if kind == "ean13":
        drawing = createBarcodeDrawing("EAN13", value=code[:12], barHeight=height * 0.78, humanReadable=True,
                                       fontName=FONT, fontSize=7)
    else:
        drawing = createBarcodeDrawing("Code128", value=code, barHeight=height * 0.78, humanReadable=True,
                                       fontName=FONT, fontSize=7, barWidth=0.9, quiet=False)
    scale = min(width / drawing.width, height / drawing.height, 1.6)
    drawing.scale(scale, scale)
    return drawing, drawing.width * scale, drawing.height * scale


def _money(price: Decimal, currency: str) -> str:
    return f"{price:,.2f} {currency}"


def _draw_label(c: canvas.Canvas, item: LabelData, x: float, y: float, w: float, h: float, size: float) -> None:
    pad = 2.5 * mm
    inner = w - 2 * pad
    top = y + h - pad
    # Name: up to three lines, shrinking a little for long names, right-aligned when it reads right to left.
    lines: list[str] = []
    for font_size in (size, size - 1, size - 2):
        lines = simpleSplit(item.name, FONT_BOLD, font_size, inner)
        if len(lines) <= 2:
            break
    lines = lines[:3]
    rtl = any(_is_rtl(ch) for ch in item.name)
    c.setFont(FONT_BOLD, font_size)
    for line in lines:
        top -= font_size * 1.15
        if rtl:
            c.drawRightString(x + w - pad, top, shaped_line(line, FONT_BOLD, font_size))
        else:
            c.drawString(x + pad, top, line)
    top -= 1.5 * mm
    c.setFont(FONT, size - 1)
    top -= (size - 1)
    c.drawString(x + pad, top, item.sku)
    c.setFont(FONT_BOLD, size + 1)
    c.drawRightString(x + w - pad, top, _money(item.price, item.currency))
    code, kind = item.barcode, item.barcode_kind
    if not code and code128_error(item.sku) is None:
        code, kind = item.sku, "code128"
    if code:
        space = top - (y + pad) - 1 * mm
        if space > 6 * mm:
            drawing, dw, _ = _barcode_drawing(code, kind, inner, space)
            renderPDF.draw(drawing, c, x + (w - dw) / 2, y + pad)


def render_labels(products: Sequence[LabelData], *, layout: str = "a4_3x8", copies: int = 1) -> bytes:
    """A PDF with `copies` labels of each product, in order, filling pages of the layout."""
    if layout not in LAYOUTS:
        raise ValidationError({"layout": f"is one of {', '.join(LAYOUTS)}"})
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError({"copies": f"must be between 1 and {MAX_COPIES}"})
    if not products:
        raise ValidationError({"products": "choose at least one product"})
    _register_fonts()
    spec = LAYOUTS[layout]
    page_w, page_h = spec.page
    lw, lh = spec.label
    # Centre the grid on the page.
    left = (page_w - spec.columns * lw) / 2 + spec.margin[0]
    top = page_h - (page_h - spec.rows * lh) / 2 - spec.margin[1]
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=spec.page, pageCompression=1)
    c.setTitle("Labels")
    per_page = spec.columns * spec.rows
    items = [p for p in products for _ in range(copies)]
    for n, item in enumerate(items):
        slot = n % per_page
        if n and slot == 0:
            c.showPage()
        col, row = slot % spec.columns, slot // spec.columns
        _draw_label(c, item, left + col * lw, top - (row + 1) * lh, lw, lh, spec.name_size)
    c.showPage()
    c.save()
    return out.getvalue()


def label_data(uow: UnitOfWork, product_ids: Sequence[int]) -> list[LabelData]:
    """What goes on each product's label (in the order given): name, SKU, base-list price, first barcode."""
    with uow:
        s = uow.session
        base = base_list(s)
        products = {p.id: p for p in s.scalars(select(Product).where(Product.id.in_(product_ids)))}
        codes: dict[int, tuple[str, str]] = {}
        for product_id, code, kind in s.execute(select(Barcode.product_id, Barcode.code, Barcode.kind)
                                                .where(Barcode.product_id.in_(product_ids)).order_by(Barcode.id)):
            codes.setdefault(product_id, (code, kind))
        result = []
        for product_id in product_ids:
            product = products.get(product_id)
            if product is None:
                continue
            price, _, currency = list_price(s, base, product)
            code, kind = codes.get(product_id, ("", "code128"))
            result.append(LabelData(product.name, product.sku, price, currency, code, kind))
        uow.commit()
        return result
