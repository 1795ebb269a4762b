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
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.catalog.barcodes import code128_error
from app.services.catalog.forms import LabelData
from app.services.catalog.pricing import base_list, list_price
from app.services.errors import ValidationError
from app.services.i18n import msg
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
    text_size: float              # SKU (one point less) and price (one more)
    name_size: float              # the name's largest size; long names shrink down to NAME_MIN_SIZE


LAYOUTS = {
    "a4_3x8": Layout(A4, 3, 8, (70 * mm, 37 * mm), (0, 0.5 * mm), 8.5, 11),
    "a4_4x10": Layout(A4, 4, 10, (52.5 * mm, 29.7 * mm), (0, 0), 7, 10),
    "single_58x40": Layout((58 * mm, 40 * mm), 1, 1, (58 * mm, 40 * mm), (0, 0), 9, 12),
}
NAME_MIN_SIZE = 6.5      # smaller is not readable on a shelf
NAME_LINES = 2
CODE_TEXT_SIZE = 7       # Code 128's human-readable line
CODE_TEXT_GAP = 1.2 * mm  # between the bars and that line (reportlab's own text touches the bars)


def register_fonts() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))


def is_rtl_char(ch: str) -> bool:
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
    if not any(is_rtl_char(ch) for ch in line):
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
        if any(is_rtl_char(ch) for ch in word):
            # python-bidi gave the word reversed; HarfBuzz wants it in logical order and lays it out right
            # to left itself.
            result += ttfonts.shapeStr(word[::-1], font, size, force=True)
        else:
            # Latin and digits are already in order; one character at a time, or HarfBuzz would lay
            # Persian digits out right to left.
            for ch in word:
                result += ttfonts.shapeStr(ch, font, size, force=True)
    return result


def fit_name(name: str, inner_width: float, max_size: float) -> tuple[float, list[str]]:
    """The largest size (from `max_size` down to NAME_MIN_SIZE, by half points) at which the name wraps
    into NAME_LINES lines of `inner_width`, and those lines; a name too long even at the minimum keeps
    its first lines, the last one cut with an ellipsis."""
    size = max_size
    while True:
        lines = simpleSplit(name, FONT_BOLD, size, inner_width)
        if len(lines) <= NAME_LINES or size <= NAME_MIN_SIZE:
            break
        size = max(NAME_MIN_SIZE, size - 0.5)
    if len(lines) > NAME_LINES:
        lines = lines[:NAME_LINES]
        last = lines[-1] + "…"
        while len(last) > 1 and pdfmetrics.stringWidth(last, FONT_BOLD, size) > inner_width:
            last = last[:-2].rstrip() + "…"
        lines[-1] = last
    return size, lines


@dataclass(frozen=True, slots=True)
class BarcodeBlock:
    """A barcode placed in a box: the drawing, its width, and (Code 128) where its text goes, all measured
    from the bottom of the box."""

    drawing: object
    width: float
    bars_bottom: float
    text: str = ""
    text_baseline: float = 0.0
    text_top: float = 0.0


def barcode_block(code: str, kind: str, width: float, height: float) -> BarcodeBlock:
    if kind == "ean13":
        # EAN-13's digits are part of the symbol (they sit between the guard bars): reportlab draws them.
        drawing = createBarcodeDrawing("EAN13", value=code[:12], barHeight=height * 0.78, humanReadable=True,
                                       fontName=FONT, fontSize=7)
        scale = min(width / drawing.width, height / drawing.height, 1.6)
        drawing.scale(scale, scale)
        return BarcodeBlock(drawing, drawing.width * scale, 0.0)
    # Code 128: bars only, its text drawn below them with a clear gap.
    ascent = pdfmetrics.getAscent(FONT, CODE_TEXT_SIZE)
    descent = -pdfmetrics.getDescent(FONT, CODE_TEXT_SIZE)
    bars_bottom = descent + ascent + CODE_TEXT_GAP
    drawing = createBarcodeDrawing("Code128", value=code, barHeight=height - bars_bottom, humanReadable=False,
                                   barWidth=0.9, quiet=False)
    scale = min(width / drawing.width, (height - bars_bottom) / drawing.height, 1.6)
    drawing.scale(scale, scale)
    return BarcodeBlock(drawing, drawing.width * scale, bars_bottom, code, descent, descent + ascent)


def _money(price: Decimal, currency: str) -> str:
    return f"{price:,.2f} {currency}"


def _draw_label(c: canvas.Canvas, item: LabelData, x: float, y: float, w: float, h: float, spec: Layout) -> None:
    pad = 2.5 * mm
    inner = w - 2 * pad
    top = y + h - pad
    size = spec.text_size
    # Name: as large as fits in two lines, right-aligned when it reads right to left.
    font_size, lines = fit_name(item.name, inner, spec.name_size)
    rtl = any(is_rtl_char(ch) for ch in item.name)
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
            block = barcode_block(code, kind, inner, space)
            renderPDF.draw(block.drawing, c, x + (w - block.width) / 2, y + pad + block.bars_bottom)
            if block.text:
                c.setFont(FONT, CODE_TEXT_SIZE)
                c.drawCentredString(x + w / 2, y + pad + block.text_baseline, block.text)


def render_labels(products: Sequence[LabelData], *, layout: str = "a4_3x8", copies: int = 1) -> bytes:
    """A PDF with `copies` labels of each product, in order, filling pages of the layout."""
    if layout not in LAYOUTS:
        raise ValidationError({"layout": msg("is one of {choices}", choices=', '.join(LAYOUTS))})
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError({"copies": msg("must be between 1 and {limit}", limit=MAX_COPIES)})
    if not products:
        raise ValidationError({"products": msg("choose at least one product")})
    register_fonts()
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
        _draw_label(c, item, left + col * lw, top - (row + 1) * lh, lw, lh, spec)
    c.showPage()
    c.save()
    return out.getvalue()


@requires(Area.PRODUCTS, Action.VIEW)
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
