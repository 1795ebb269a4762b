"""Printed documents (reportlab): quotes, orders, invoices, waybills, acts and the reconciliation statement.

One A4 layout for every type, driven by the company's requisites and images and by the type's
`document_layout` row (which blocks and columns show, title, footer, margins, logo placement): the company
block with logo, title with number and date, seller and buyer requisites, the lines table (it flows over
pages and repeats its header), totals with VAT by rate, the amount in words (num2words, in the document's
language), terms, signatures with stamp and signature images, and "page N of M" on every page.

Fonts are DejaVu Sans from resources/fonts, embedded. Persian and Arabic lines are put in visual order
(python-bidi) and their letters joined (HarfBuzz) the way the labels are (catalog/labels.py).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import (
    Address,
    BankAccount,
    Client,
    CompanyImage,
    DocType,
    Document,
    DocumentLayout,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import checks_inside, requires
from app.services.calendars import JALALI
from app.services.catalog.common import get_or_404
from app.services.catalog.labels import FONT, FONT_BOLD
from app.services.documents import rtl as rtl_text
from app.services.documents.editing import PURCHASE_TYPES, card_of, company
from app.services.documents.forms import DocumentCard
from app.services.documents.payments import statement as build_statement
from app.services.documents.rtl import has_rtl, register_document_fonts
from app.services.documents.wording import (  # noqa: F401 - TITLES, WORDS: imported from here by others
    TITLES,
    WORDS,
    amount_in_words,
    date_text,
    is_rtl,
    title_of,
    words,
)
from app.services.i18n import msg
from app.services.uow import UnitOfWork

PAGE = A4


def money(value: Decimal, places: int = 2) -> str:
    """1234567.5 → "1 234 567.50": thin groups that every locale's accountant reads."""
    q = f"{value:,.{places}f}"
    return q.replace(",", "\u00a0")


def qty_text(value: Decimal) -> str:
    """1000.500 → "1 000.5": the digits it has, grouped like money."""
    whole, _, frac = f"{value.normalize():f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-') or 0):,}".replace(",", "\u00a0")
    return f"{sign}{grouped}" + (f".{frac}" if frac else "")


# -- contracts ----------------------------------------------------------------------------------------------

DEFAULT_CONTRACT = """{company} (the Seller), represented by its director {director}, and {client} (the Buyer) agree as follows.

1. The Seller delivers and the Buyer accepts and pays for the goods and services listed in the specification
below, for {total} {currency} ({total_words}).
2. The Buyer pays within {payment_days} days of the Seller's invoice.
3. The goods remain the Seller's property until they are paid in full.
4. Disputes are settled by negotiation, failing which by the court at the Seller's address.

Seller: {company}, tax ID {company_tax_id}, {company_address}.
Buyer: {client}, tax ID {client_tax_id}."""
# The same contract in the other languages documents print in (a company's own template replaces them all).
# Persian and Arabic number their articles in words ("ماده ۱:", "البند 1:"): a leading "1." would read ".1"
# on a right-to-left line.
DEFAULT_CONTRACTS = {
    "ru": """{company} (Поставщик) в лице руководителя {director} и {client} (Покупатель) договорились о следующем.

1. Поставщик передаёт, а Покупатель принимает и оплачивает товары и услуги, перечисленные в спецификации
ниже, на сумму {total} {currency} ({total_words}).
2. Покупатель оплачивает счёт Поставщика в течение {payment_days} дней.
3. Товар остаётся собственностью Поставщика до полной оплаты.
4. Споры решаются переговорами, а при недостижении согласия — в суде по месту нахождения Поставщика.

Поставщик: {company}, ИНН {company_tax_id}, {company_address}.
Покупатель: {client}, ИНН {client_tax_id}.""",
    "fa": """{company} (فروشنده) به نمایندگی مدیر عامل {director} و {client} (خریدار) به شرح زیر توافق می‌کنند.

ماده ۱: فروشنده کالاها و خدمات مندرج در مشخصات زیر را به مبلغ {total} {currency} ({total_words}) تحویل می‌دهد و خریدار آن‌ها را تحویل گرفته و بهای آن را می‌پردازد.
ماده ۲: خریدار ظرف {payment_days} روز از تاریخ فاکتور فروشنده بها را پرداخت می‌کند.
ماده ۳: کالاها تا پرداخت کامل بها در مالکیت فروشنده باقی می‌مانند.
ماده ۴: اختلافات از راه مذاکره و در صورت عدم توافق در دادگاه محل فروشنده حل و فصل می‌شود.

فروشنده: {company}، شناسه ملی {company_tax_id}، {company_address}.
خریدار: {client}، شناسه ملی {client_tax_id}.""",
    "ar": """{company} (البائع)، ويمثله مديره العام {director}، و{client} (المشتري) اتفقا على ما يلي.

البند 1: يورد البائع السلع والخدمات المبينة في المواصفات أدناه ويستلمها المشتري ويدفع ثمنها البالغ {total} {currency} ({total_words}).
البند 2: يدفع المشتري خلال {payment_days} يوما من تاريخ فاتورة البائع.
البند 3: تبقى السلع ملكا للبائع حتى سداد ثمنها بالكامل.
البند 4: تسوى النزاعات بالتفاوض، وإلا فأمام المحكمة المختصة في مقر البائع.

البائع: {company}، الرقم الضريبي {company_tax_id}، {company_address}.
المشتري: {client}، الرقم الضريبي {client_tax_id}.""",
}
TEMPLATE_FIELDS = ("number", "date", "company", "company_tax_id", "company_address", "director", "client",
                   "client_tax_id", "total", "currency", "total_words", "payment_days")


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # an unknown field prints as typed, so the office sees what to fix


def template_error(template: str) -> str | None:
    """Why a contract template cannot be filled, or None (unknown fields are allowed and print as typed)."""
    try:
        template.format_map(_Fields())
    except (ValueError, IndexError) as exc:
        return msg("has unbalanced braces or a bad field ({exc}); fields are written like {{client}}", exc=exc)
    return None


def contract_text(s: Session, doc: Document, card: DocumentCard) -> str:
    comp = company(s)
    client = s.get(Client, doc.client_id)
    template = doc.terms or comp.contract_template or DEFAULT_CONTRACTS.get(doc.language, DEFAULT_CONTRACT)
    fields = _Fields(number=card.number or "—", date=date_text(card.doc_date, doc.language, comp.persian_calendar),
                     company=comp.legal_name or comp.name, company_tax_id=comp.tax_id,
                     company_address=comp.legal_address or comp.actual_address, director=comp.director_name,
                     client=client.legal_name or client.display_name, client_tax_id=client.tax_id,
                     total=money(card.total), currency=card.currency,
                     total_words=amount_in_words(card.total, card.currency, doc.language),
                     payment_days=str(comp.payment_days))
    if is_rtl(doc.language):
        # Names, addresses and numbers keep their own order inside a Persian or Arabic sentence.
        fields = _Fields({key: rtl_text.embedded(value) for key, value in fields.items()})
    return template.format_map(fields)


# -- text that may be right-to-left ------------------------------------------------------------------------

def starts_rtl(value: str) -> bool:
    """Whether the text's first strong character is right-to-left (its base direction, Unicode P2)."""
    for ch in value:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


MIRRORED = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}


class BidiText(Flowable):
    """A wrapped text with Persian/Arabic in it, or any text of a right-to-left page: wrapped in logical
    order, each line put in visual order, Arabic-script runs shaped in Noto Sans Arabic and the rest in
    DejaVu (rtl.py). `rtl` is the base direction; `align` TA_LEFT, TA_RIGHT or TA_CENTER."""

    def __init__(self, text: str, font: str, size: float, leading: float, *, rtl: bool, align: int,
                 color=colors.black):
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.rtl, self.align, self.color = rtl, align, color
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = rtl_text.wrap(self.text, self.font, self.size, avail_width, rtl=self.rtl) or [""]
        return avail_width, self.leading * len(self.lines)

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(self.color)
        y = self.leading * len(self.lines) - self.size
        x, where = {TA_RIGHT: (self.width, "right"), TA_CENTER: (self.width / 2, "center")}.get(self.align,
                                                                                               (0, "left"))
        for line in self.lines:
            rtl_text.draw_line(c, x, y, line, self.font, self.size, rtl=self.rtl, align=where)
            y -= self.leading


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def text(value: str, style: ParagraphStyle, rtl: bool = False) -> Flowable:
    """A paragraph, or a BidiText when the text has right-to-left letters or the page is right to left
    (`rtl`: alignment mirrored, right to left as the base direction)."""
    if rtl:
        # Text with Persian or Arabic in it reads right to left even when it starts with a Latin name (the
        # contract's "{company} (فروشنده) …"); a Latin-only line (an address) keeps its order, aligned right.
        return BidiText(value, style.fontName, style.fontSize, style.leading, rtl=has_rtl(value),
                        align=MIRRORED.get(style.alignment, style.alignment), color=style.textColor)
    if has_rtl(value):
        right = starts_rtl(value)
        return BidiText(value, style.fontName, style.fontSize, style.leading, rtl=right,
                        align=TA_RIGHT if right else style.alignment, color=style.textColor)
    return Paragraph(_escape(value), style)


def mirrored(cells: list, rtl: bool) -> list:
    """A table row (or column widths) in reading order: reversed on a right-to-left page."""
    return cells[::-1] if rtl else cells


def styles() -> dict[str, ParagraphStyle]:
    register_document_fonts()
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444")),
        "bold": ParagraphStyle("bold", parent=base, fontName=FONT_BOLD),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18, spaceAfter=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.5),
        "num": ParagraphStyle("num", parent=base, fontSize=8, leading=9.5, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9,
                               alignment=TA_LEFT),
        "headnum": ParagraphStyle("headnum", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9,
                                  alignment=TA_RIGHT),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "rightbold": ParagraphStyle("rightbold", parent=base, fontName=FONT_BOLD, alignment=TA_RIGHT),
    }


# -- what a page needs -------------------------------------------------------------------------------------

@dataclass
class Party:
    name: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Layout:
    show_logo: bool = True
    show_stamp: bool = True
    show_discount: bool = True
    show_vat: bool = True
    show_sku: bool = True
    show_bank: bool = True
    logo_position: str = "left"
    margin_mm: int = 15
    title: str = ""
    footer: str = ""


@dataclass
class PrintData:
    card: DocumentCard
    seller: Party
    buyer: Party
    layout: Layout
    lang: str
    company_name: str
    director: str
    accountant: str
    terms: str
    footer: str
    images: dict[str, bytes]
    body: str = ""  # contracts: the filled template
    persian_calendar: str = JALALI

    @property
    def rtl(self) -> bool:
        return is_rtl(self.lang)

    def date(self, day: date) -> str:
        return date_text(day, self.lang, self.persian_calendar)


def layout_of(s: Session, doc_type: str) -> Layout:
    row = s.scalar(select(DocumentLayout).where(DocumentLayout.doc_type == doc_type))
    if row is None:
        return Layout()
    return Layout(row.show_logo, row.show_stamp, row.show_discount, row.show_vat, row.show_sku, row.show_bank,
                  row.logo_position, row.margin_mm, row.title, row.footer)


def seller_party(s: Session, w: dict[str, str], show_bank: bool) -> Party:
    c = company(s)
    lines = [x for x in (c.legal_address or c.actual_address,
                         " · ".join(p for p in (f"{w['tax_id']} {c.tax_id}" if c.tax_id else "",
                                                 f"{w['reg']} {c.registration_ids}" if c.registration_ids else "")
                                    if p),
                         " · ".join(p for p in (f"{w['phone']} {c.phone}" if c.phone else "", c.email, c.website) if p))
             if x]
    if show_bank and c.bank_account:
        lines.append(f"{w['bank']}: {c.bank_name} · {w['account']} {c.bank_account}"
                     + (f" · {w['code']} {c.bank_code}" if c.bank_code else ""))
    return Party(c.legal_name or c.name, lines)


def buyer_party(s: Session, client_id: int, w: dict[str, str], show_bank: bool) -> Party:
    client = s.get(Client, client_id)
    lines: list[str] = []
    addr = s.scalars(select(Address).where(Address.client_id == client_id)
                     .order_by(Address.kind != "legal", Address.sort_order, Address.id)).first()
    if addr is not None:
        lines.append(", ".join(p for p in (addr.postcode, addr.country, addr.region, addr.city, addr.street,
                                           addr.building, addr.office) if p))
    ids = " · ".join(p for p in (f"{w['tax_id']} {client.tax_id}" if client.tax_id else "",
                                  f"{w['reg']} {client.registration_ids}" if client.registration_ids else "") if p)
    if ids:
        lines.append(ids)
    if client.primary_phone:
        lines.append(f"{w['phone']} {client.primary_phone}")
    if show_bank:
        bank = s.scalars(select(BankAccount).where(BankAccount.client_id == client_id)
                         .order_by(BankAccount.sort_order, BankAccount.id)).first()
        if bank is not None:
            lines.append(f"{w['bank']}: {bank.bank_name} · {w['account']} {bank.account_number}"
                         + (f" · {w['code']} {bank.bic}" if bank.bic else ""))
    return Party(client.legal_name or client.display_name, [ln for ln in lines if ln])


def print_data(s: Session, doc: Document) -> PrintData:
    comp = company(s)
    lay = layout_of(s, doc.doc_type)
    w = words(doc.language)
    images = {row.kind: row.data for row in s.scalars(select(CompanyImage))}
    card = card_of(s, doc)
    contract = doc.doc_type == DocType.CONTRACT
    return PrintData(card, seller_party(s, w, lay.show_bank), buyer_party(s, doc.client_id, w, lay.show_bank), lay,
                     doc.language, comp.legal_name or comp.name, comp.director_name, comp.accountant_name,
                     "" if contract else (doc.terms or comp.document_terms), lay.footer or comp.document_footer,
                     images, contract_text(s, doc, card) if contract else "", comp.persian_calendar)


# -- drawing -----------------------------------------------------------------------------------------------

class _NumberedCanvas(rl_canvas.Canvas):
    """Writes "Page N of M" (and the footer) once the page count is known; on a right-to-left page the page
    number goes to the left and the footer to the right."""

    def __init__(self, *args, footer: str = "", page_word: str = "Page", of_word: str = "of",
                 margin: float = 15 * mm, rtl: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer, self._page_word, self._of_word, self._margin = footer, page_word, of_word, margin
        self._rtl = rtl

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        left, right = self._margin, PAGE[0] - self._margin
        for state in self._pages:
            self.__dict__.update(state)
            self.setFillColor(colors.HexColor("#555555"))
            number = f"{self._page_word} {self._pageNumber} {self._of_word} {total}"
            footer = self._footer.splitlines()[0][:150] if self._footer else ""
            if self._rtl:
                rtl_text.draw_line(self, left, 8 * mm, number, FONT, 7.5, rtl=True)
                if footer:
                    rtl_text.draw_line(self, right, 8 * mm, footer, FONT, 7.5, rtl=True, align="right")
            else:
                rtl_text.draw_line(self, right, 8 * mm, number, FONT, 7.5, rtl=False, align="right")
                if footer:
                    rtl_text.draw_line(self, left, 8 * mm, footer, FONT, 7.5, rtl=starts_rtl(footer))
            super().showPage()
        super().save()


def _image(data: bytes | None, max_w: float, max_h: float) -> Image | None:
    if not data:
        return None
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    return Image(io.BytesIO(data), iw * scale, ih * scale)


def _flush(rtl: bool) -> tuple:
    """The padding a block sits without, on its reading side (left, or right on a right-to-left page)."""
    return ("RIGHTPADDING" if rtl else "LEFTPADDING", (0, 0), (-1, -1), 0)


def _party_block(label: str, party: Party, st: dict[str, ParagraphStyle], rtl: bool) -> list[Flowable]:
    out: list[Flowable] = [text(label, st["small"], rtl), text(party.name, st["bold"], rtl)]
    out.extend(text(line, st["base"], rtl) for line in party.lines)
    return out


NUMERIC = ("no", "qty", "price", "disc", "vat", "amount")


def _header_width(label: str, width: float, style: ParagraphStyle, rtl: bool) -> float:
    """A fixed column widened for its header: to hold it on one line when 6 mm more do ("الضريبة %"), and
    always its longest word, so a header wraps between words, never inside one."""
    def measure(value: str) -> float:
        return 13 + rtl_text.width(value, style.fontName, style.fontSize, rtl=rtl)  # the cell pads 6 pt a side

    whole = measure(label)
    return max(width, whole if whole <= width + 6 * mm else 0, *(measure(part) for part in label.split()))


def _lines_table(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Table:
    card, lay, w, rtl = data.card, data.layout, words(data.lang), data.rtl
    cols: list[tuple[str, float, Callable]] = [("no", 10 * mm, lambda ln: text(str(ln.line_no), st["num"], rtl))]
    if lay.show_sku:
        cols.append(("sku", 22 * mm, lambda ln: text(ln.sku, st["cell"], rtl)))
    cols.append(("item", 0, lambda ln: text(ln.description, st["cell"], rtl)))
    cols += [("qty", 16 * mm, lambda ln: text(qty_text(ln.quantity), st["num"], rtl)),
             ("unit", 11 * mm, lambda ln: text(ln.unit, st["cell"], rtl)),
             ("price", 22 * mm, lambda ln: text(money(ln.price, 2 if ln.price == round(ln.price, 2) else 4),
                                                st["num"], rtl))]
    if lay.show_discount and any(ln.discount_percent for ln in card.lines):
        cols.append(("disc", 15 * mm, lambda ln: text(qty_text(ln.discount_percent), st["num"], rtl)))
    if lay.show_vat:
        cols.append(("vat", 14 * mm, lambda ln: text(qty_text(ln.vat_rate), st["num"], rtl)))
    cols.append(("amount", 25 * mm, lambda ln: text(money(ln.amount), st["num"], rtl)))
    cols = [(key, wid and _header_width(w[key], wid, st["head"], rtl), make) for key, wid, make in cols]
    fixed = sum(c[1] for c in cols)
    widths = [c[1] or (width - fixed) for c in cols]
    header = [text(w[key], st["headnum" if key in NUMERIC else "head"], rtl) for key, _, _ in cols]
    rows = [header] + [[make(ln) for _, _, make in cols] for ln in card.lines]
    # A right-to-left table reads from the right: the No. column stands at the right edge.
    table = Table([mirrored(r, rtl) for r in rows], colWidths=mirrored(widths, rtl), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _totals(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Table:
    card, w, rtl = data.card, words(data.lang), data.rtl
    rows = []
    if data.layout.show_vat:
        rows.append([w["net"], money(card.net_total)])
        for r in card.vat_by_rate:
            rows.append([f"{w['vat_at']} {qty_text(r.rate)} %", money(r.vat)])
    rows.append([f"{w['total']} {card.currency}" if rtl else f"{w['total']}, {card.currency}", money(card.total)])
    cells = []
    for n, (label, value) in enumerate(rows):
        bold = n == len(rows) - 1
        cells.append(mirrored([text(label, st["rightbold" if bold else "right"], rtl),
                               text(value, st["rightbold" if bold else "right"], rtl)], rtl))
    # On a right-to-left page the figures stand at the left edge, their labels just right of them.
    t = Table(cells, colWidths=mirrored([width - 35 * mm, 35 * mm], rtl))
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    return t


def _signatures(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    w, rtl = words(data.lang), data.rtl
    sign = _image(data.images.get("signature"), 30 * mm, 14 * mm) if data.layout.show_stamp else None
    stamp = _image(data.images.get("stamp"), 32 * mm, 32 * mm) if data.layout.show_stamp else None
    ours = [text(f"{w['director']}: ____________ {data.director}", st["base"], rtl),
            Spacer(1, 4 * mm),
            text(f"{w['accountant']}: ____________ {data.accountant}", st["base"], rtl)]
    if sign is not None:
        sign.hAlign = "RIGHT" if rtl else "LEFT"
        ours.insert(0, sign)
    theirs: list[Flowable] = []
    if data.card.doc_type in (DocType.WAYBILL, DocType.ACT, DocType.GOODS_RECEIPT):
        theirs.append(text(f"{w['received']}: ____________", st["base"], rtl))
    if data.card.doc_type == DocType.CONTRACT:
        theirs += [text(data.buyer.name, st["bold"], rtl), Spacer(1, 6 * mm), text("____________", st["base"], rtl)]
    if stamp is not None:
        stamp.hAlign = "RIGHT" if rtl else "LEFT"
        theirs.append(stamp)
    t = Table([mirrored([ours, theirs], rtl)], colWidths=mirrored([width * 0.6, width * 0.4], rtl))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT")]))
    return KeepTogether([Spacer(1, 6 * mm), t])


def _story(data: PrintData, width: float) -> list[Flowable]:
    st = styles()
    card, w, lay, rtl = data.card, words(data.lang), data.layout, data.rtl
    story: list[Flowable] = []
    logo = _image(data.images.get("logo"), 45 * mm, 20 * mm) if lay.show_logo else None
    company_cell = [text(data.seller.name, st["bold"], rtl)] + [text(line, st["small"], rtl)
                                                                 for line in data.seller.lines]
    if logo is None:
        head = Table([[company_cell]], colWidths=[width])
    else:
        # "left" is the start of the line: the right edge of a right-to-left page.
        logo_first = (lay.logo_position != "right") != rtl
        head = Table([[logo, company_cell]] if logo_first else [[company_cell, logo]],
                     colWidths=[50 * mm, width - 50 * mm] if logo_first else [width - 50 * mm, 50 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _flush(rtl)]))
    story += [head, Spacer(1, 5 * mm)]
    number = card.number or "—"
    title = lay.title or title_of(card.doc_type, data.lang)
    story.append(text(f"{title} {w['no']} {number} {w['dated']} {data.date(card.doc_date)}", st["title"], rtl))
    if card.doc_type == DocType.INVOICE and card.due_date:
        story.append(text(f"{w['due']}: {data.date(card.due_date)}", st["small"], rtl))
    story.append(Spacer(1, 3 * mm))
    # On a buying document the client is the supplier: it sells, the company buys.
    seller, buyer = (data.buyer, data.seller) if card.doc_type in PURCHASE_TYPES else (data.seller, data.buyer)
    parties = Table([mirrored([_party_block(w["seller"], seller, st, rtl), _party_block(w["buyer"], buyer, st, rtl)],
                              rtl)], colWidths=[width / 2, width / 2])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), _flush(rtl)]))
    story += [parties, Spacer(1, 4 * mm)]
    if data.body:
        for par in data.body.split("\n\n"):
            story += [text(par.strip(), st["base"], rtl), Spacer(1, 2 * mm)]
        story.append(Spacer(1, 3 * mm))
    if card.lines:
        story += [_lines_table(data, st, width), Spacer(1, 2 * mm)]
        in_words = amount_in_words(card.total, card.currency, data.lang)
        story.append(KeepTogether([_totals(data, st, width), Spacer(1, 2 * mm),
                                   text(f"{w['in_words']}: {in_words}", st["base"], rtl)]))
    if data.terms:
        story += [Spacer(1, 3 * mm), text(w["terms"], st["bold"], rtl), text(data.terms, st["small"], rtl)]
    story.append(_signatures(data, st, width))
    return story


def render(data: PrintData) -> bytes:
    buf = io.BytesIO()
    margin = max(5, min(40, data.layout.margin_mm)) * mm
    w = words(data.lang)
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 6 * mm, title=f"{title_of(data.card.doc_type, data.lang)} "
                            f"{data.card.number}", author=data.company_name, creator="Karavan",
                            lang=data.lang)
    story = _story(data, PAGE[0] - 2 * margin)

    def make_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, footer=data.footer, page_word=w["page"], of_word=w["of"], margin=margin,
                               rtl=data.rtl, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return buf.getvalue()


@requires(Area.DOCUMENTS, Action.PRINT)
def render_document(uow: UnitOfWork, doc_id: int) -> bytes:
    """The document as a PDF (drafts print with "—" for the number)."""
    with uow:
        s = uow.session
        data = print_data(s, get_or_404(s, Document, doc_id, "document"))
    return render(data)


@requires(Area.DOCUMENTS, Action.VIEW)
def documents_between(uow: UnitOfWork, *, doc_type: str, date_from: date, date_to: date) -> list[tuple[int, str]]:
    """(id, number) of the numbered documents of a type dated in the period, in number order."""
    with uow:
        return [tuple(r) for r in uow.session.execute(
            select(Document.id, Document.number).where(Document.doc_type == doc_type, Document.number.is_not(None),
                                                       Document.doc_date >= date_from, Document.doc_date <= date_to)
            .order_by(Document.year, Document.seq, Document.id)).all()]


@checks_inside
def render_many(uow_factory: Callable[[], UnitOfWork], doc_ids: Iterable[int], *, progress=None,
                cancelled: Callable[[], bool] | None = None) -> Iterator[tuple[int, bytes]]:
    """PDFs of several documents, one at a time (batch printing or saving), reporting progress and stopping
    when `cancelled()` says so."""
    ids = list(doc_ids)
    for n, doc_id in enumerate(ids):
        if cancelled is not None and cancelled():
            return
        if progress is not None:
            progress.report(n, len(ids), "rendering")
        yield doc_id, render_document(uow_factory(), doc_id)


# -- the reconciliation statement --------------------------------------------------------------------------

def _parties_line(w: dict[str, str], seller: Party, buyer: Party, st: dict[str, ParagraphStyle],
                  width: float, rtl: bool) -> Table:
    t = Table([mirrored([text(w["seller"], st["small"], rtl), text(seller.name, st["bold"], rtl)], rtl),
               mirrored([text(w["buyer"], st["small"], rtl), text(buyer.name, st["bold"], rtl)], rtl)],
              colWidths=mirrored([25 * mm, width - 25 * mm], rtl))
    t.setStyle(TableStyle([_flush(rtl), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


@requires(Area.DOCUMENTS, Action.PRINT)
def render_statement(uow: UnitOfWork, client_id: int, date_from: date, date_to: date) -> bytes:
    """The statement of mutual settlements for a client and a period, with signature blocks for both sides,
    in the client's document language (else the company's)."""
    stmt = build_statement(uow, client_id, date_from, date_to)
    with uow:
        s = uow.session
        comp = company(s)
        client = get_or_404(s, Client, client_id, "client")
        lang, director, calendar = client.language or comp.document_language, comp.director_name, \
            comp.persian_calendar
        w = words(lang)
        seller = seller_party(s, w, False)
        buyer = buyer_party(s, client_id, w, False)
        stamp = s.get(CompanyImage, "stamp")
        stamp_data = stamp.data if stamp else None
    st = styles()
    rtl = is_rtl(lang)
    buf = io.BytesIO()
    margin = 15 * mm
    width = PAGE[0] - 2 * margin
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 6 * mm, title=title_of("statement", lang), creator="Karavan",
                            lang=lang)

    def day(d: date) -> str:
        return date_text(d, lang, calendar)

    def num(value: Decimal | None) -> Flowable:
        return text(money(value) if value else "", st["num"], rtl)

    story: list[Flowable] = [
        text(title_of("statement", lang), st["title"], rtl),
        _parties_line(w, seller, buyer, st, width, rtl),
        text(f"{w['period']} {day(stmt.date_from)} — {day(stmt.date_to)}{'،' if rtl else ','} {stmt.currency}",
             st["base"], rtl),
        Spacer(1, 4 * mm)]
    rows = [[text(w[k], st["head" if k in ("date", "document") else "headnum"], rtl)
             for k in ("date", "document", "debit", "credit")],
            [text("", st["cell"], rtl), text(w["opening"], st["bold"], rtl),
             num(stmt.opening if stmt.opening > 0 else None), num(-stmt.opening if stmt.opening < 0 else None)]]
    kinds = {"invoice": w["inv"], "payment": w["pay"], "refund": w["refund"]}
    kinds.update({t: title_of(t, lang) for t in (DocType.RETURN, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN)})
    for e in stmt.entries:
        rows.append([text(day(e.entry_date), st["cell"], rtl),
                     text(f"{kinds.get(e.kind, e.kind)} {e.reference}", st["cell"], rtl),
                     num(e.debit), num(e.credit)])
    rows.append([text("", st["cell"], rtl), text(w["turnover"], st["bold"], rtl),
                 text(money(stmt.debit_total), st["num"], rtl), text(money(stmt.credit_total), st["num"], rtl)])
    rows.append([text("", st["cell"], rtl), text(w["closing"], st["bold"], rtl),
                 num(stmt.closing if stmt.closing > 0 else None), num(-stmt.closing if stmt.closing < 0 else None)])
    table = Table([mirrored(r, rtl) for r in rows],
                  colWidths=mirrored([24 * mm, width - 84 * mm, 30 * mm, 30 * mm], rtl), repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 4 * mm)]
    if stmt.closing:
        who = "buyer_owes" if stmt.closing > 0 else "seller_owes"
        summary = f"{w[who]} {day(stmt.date_to)}: {money(abs(stmt.closing))} {stmt.currency}"
    else:
        summary = f"{w['settled']} ({day(stmt.date_to)})" if not rtl else f"{w['settled']} {day(stmt.date_to)}"
    story.append(text(summary, st["bold"], rtl))
    stamp_img = _image(stamp_data, 30 * mm, 30 * mm)
    ours = [text(seller.name, st["bold"], rtl), Spacer(1, 8 * mm),
            text(f"{w['director']}: ____________ {director}", st["base"], rtl)]
    if stamp_img is not None:
        stamp_img.hAlign = "RIGHT" if rtl else "LEFT"
        ours.append(stamp_img)
    theirs = [text(buyer.name, st["bold"], rtl), Spacer(1, 8 * mm), text("____________", st["base"], rtl)]
    sig = Table([mirrored([ours, theirs], rtl)], colWidths=[width / 2, width / 2])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT")]))
    story += [Spacer(1, 8 * mm), KeepTogether(sig)]

    def make_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, page_word=w["page"], of_word=w["of"], margin=margin, rtl=rtl, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return buf.getvalue()
