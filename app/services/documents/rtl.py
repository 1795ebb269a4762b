"""Lines of Persian and Arabic for printed documents: in visual order, letters joined, each script in a font
that has it, and extractable as the text that was stored.

A line is put in visual order by the Unicode bidi algorithm (python-bidi), then cut into runs: Arabic-script
letters go to Noto Sans Arabic and are shaped by HarfBuzz (joined forms, lam-alef), everything else
(Latin SKUs, digits, Cyrillic, punctuation) stays in DejaVu Sans, whose Latin Noto's Arabic fonts lack.
Extraction (copying from a viewer, searching, pdftotext) reads each glyph through the font's ToUnicode
map, which reportlab fills with the code point it drew: for joined Arabic letters, presentation forms
(U+FE8F…) or private-use codes. `_to_unicode_cmap` maps those back to the letters they stand for, so what
a reader copies is the text that was stored. (ActualText spans were tried: the PDF standard reads them in
logical order, poppler in visual order, so no one string suits both.)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_path
from app.services.catalog.labels import FONT, FONT_BOLD, register_fonts

ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
ARABIC_OF = {FONT: ARABIC, FONT_BOLD: ARABIC_BOLD}
ZWNJ = "\u200c"
ISOLATES = re.compile("[\u2066-\u2069]")  # python-bidi's algorithm module does not know them
JOINERS = "\u200c\u200d"  # ZWNJ (Persian half-space: پیش‌فاکتور) and ZWJ shape inside a word


def register_document_fonts() -> None:
    register_fonts()
    if ARABIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(ARABIC, str(resource_path("fonts", "NotoSansArabic-Regular.ttf"))))
        pdfmetrics.registerFont(TTFont(ARABIC_BOLD, str(resource_path("fonts", "NotoSansArabic-Bold.ttf"))))


def is_rtl_char(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def has_rtl(value: str) -> bool:
    return any(is_rtl_char(ch) for ch in value)


def _arabic_script(ch: str) -> bool:
    o = ord(ch)
    return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or 0xFB50 <= o <= 0xFDFF \
        or 0xFE70 <= o <= 0xFEFF


def _kind(ch: str) -> str:
    """'shape': a letter (or mark, or joiner) HarfBuzz joins right to left; 'arabic': a digit or sign of the
    Arabic script, drawn as it stands in Noto; 'other': DejaVu; ' ': goes with its neighbour."""
    if ch == " ":
        return " "
    if ch in JOINERS or (is_rtl_char(ch) and _arabic_script(ch)) or (
            _arabic_script(ch) and unicodedata.category(ch) in ("Mn", "Me")):
        return "shape"
    if _arabic_script(ch):
        return "arabic"
    return "other"


# Per font (its PostScript name), the letters behind each private-use code HarfBuzz's glyphs were given.
_CLUSTER_TEXT: dict[str, dict[int, str]] = {}


def _letters_of(font_key: str, code: int) -> str:
    """The letters a glyph code stands for, last first when there are several (a ligature such as lam-alef):
    an extractor reads a right-to-left line in drawing order and reverses it character by character, so
    only letters given in drawing order come out in logical order (checked with poppler's pdftotext)."""
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFE:
        return unicodedata.normalize("NFKC", chr(code))[::-1]  # a presentation form: the letters it is made of
    return (_CLUSTER_TEXT.get(font_key, {}).get(code) or chr(code))[::-1]


def _utf16(value: str) -> str:
    return value.encode("utf-16-be").hex().upper()


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode CMap (ttfonts.makeToUnicodeCMap), with Arabic glyphs mapped to their letters."""
    key = fontname.split("+", 1)[-1]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16(_letters_of(key, code))}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # reportlab looks it up when it writes each font subset


def _remember_clusters(glyphs, logical: str, font: str) -> None:
    """Note which letters each private-use glyph code stands for (the first glyph of a HarfBuzz cluster)."""
    data = getattr(glyphs, "__shapeData__", None)
    if not data:
        return
    starts = sorted({d.cluster for d in data if d.cluster >= 0})
    ends = {a: b for a, b in zip(starts, starts[1:] + [len(logical)], strict=True)}
    known = _CLUSTER_TEXT.setdefault(pdfmetrics.getFont(font).face.name.decode("latin-1"), {})
    seen: set[int] = set()
    for ch, d in zip(glyphs, data, strict=False):
        code = ord(ch)
        if 0xE000 <= code <= 0xF8FF and d.cluster in ends and d.cluster not in seen and code not in known:
            known[code] = logical[d.cluster:ends[d.cluster]]
        seen.add(d.cluster)


@dataclass(frozen=True, slots=True)
class Run:
    glyphs: str    # what to draw: a str, or reportlab's ShapedStr of HarfBuzz's glyphs
    font: str
    width: float


def visual_order(line: str, *, rtl: bool) -> str:
    """The line in drawing order, with right to left as the base direction when `rtl` (python-bidi's
    `bidi.algorithm`, which mirrors brackets and honours embeddings; its newer `bidi.get_display` does
    isolates but leaves "(" unmirrored)."""
    from bidi.algorithm import get_display

    # It drops the joiners (rule X9), but ZWNJ decides how a Persian word joins (پیش‌فاکتور): carry it
    # through as a right-to-left letter no text uses, then put it back.
    stand_in = "\u08a1" if "\u08a1" not in line else ""
    if stand_in:
        line = line.replace(ZWNJ, stand_in)
    line = ISOLATES.sub("", line)
    visual = get_display(line, base_dir="R" if rtl else "L")
    return visual.replace(stand_in, ZWNJ) if stand_in else visual


def embedded(value: str) -> str:
    """A value set into a sentence, laid out in the direction of its own first strong letter (an embedding,
    LRE or RLE … PDF): "12 Tverskaya St" keeps its order inside a Persian sentence."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind in ("L", "R", "AL"):
            return ("\u202a" if kind == "L" else "\u202b") + value + "\u202c"
    return value


@lru_cache(maxsize=8192)  # a page measures each word to wrap it, then draws the line: shape once
def runs(line: str, font: str, size: float, *, rtl: bool) -> tuple[Run, ...]:
    """The line cut into runs of one font each, left to right as they are drawn."""
    register_document_fonts()
    visual = visual_order(line, rtl=rtl)
    pieces: list[list] = []  # [kind, text]
    for ch in visual:
        kind = _kind(ch)
        if pieces and kind in (" ", pieces[-1][0]):
            pieces[-1][1] += ch
        else:
            pieces.append([kind if kind != " " else "other", ch])
    out: list[Run] = []
    arabic = ARABIC_OF.get(font, ARABIC)
    for kind, piece in pieces:
        if kind == "shape":
            logical = piece[::-1]  # python-bidi reversed it; HarfBuzz wants it in logical order
            glyphs = ttfonts.shapeStr(logical, arabic, size, force=True) if ttfonts.uharfbuzz else piece
            _remember_clusters(glyphs, logical, arabic)
            out.append(Run(glyphs, arabic, pdfmetrics.stringWidth(glyphs, arabic, size)))
        elif kind == "arabic":
            out.append(Run(piece, arabic, pdfmetrics.stringWidth(piece, arabic, size)))
        else:
            out.append(Run(piece, font, pdfmetrics.stringWidth(piece, font, size)))
    return tuple(out)


def width(line: str, font: str, size: float, *, rtl: bool) -> float:
    return sum(r.width for r in runs(line, font, size, rtl=rtl))


def draw_runs(canv, x: float, y: float, line_runs: tuple[Run, ...], size: float) -> None:
    """Draw the runs from `x` (their left edge) on the baseline `y`."""
    for r in line_runs:
        canv.setFont(r.font, size)
        canv.drawString(x, y, r.glyphs)
        x += r.width


def draw_line(canv, x: float, y: float, line: str, font: str, size: float, *, rtl: bool,
              align: str = "left") -> None:
    """Draw a line starting at `x` ("left"), ending at it ("right") or centred on it."""
    line_runs = runs(line, font, size, rtl=rtl)
    total = sum(r.width for r in line_runs)
    left = x - total if align == "right" else x - total / 2 if align == "center" else x
    draw_runs(canv, left, y, line_runs, size)


def wrap(value: str, font: str, size: float, avail: float, *, rtl: bool) -> list[str]:
    """The text cut into lines that fit `avail` points, in logical order (paragraphs kept; a word wider than
    the line stands alone on it)."""
    lines: list[str] = []
    space = pdfmetrics.stringWidth(" ", font, size)
    for para in value.split("\n"):
        words = para.split(" ")
        current: list[str] = []
        used = 0.0
        for word in words:
            w = width(word, font, size, rtl=rtl) if word else 0.0
            if current and used + space + w > avail:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
    return lines
