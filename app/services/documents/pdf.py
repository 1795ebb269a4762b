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

from num2words import num2words
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
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
from app.services.catalog.common import get_or_404
from app.services.catalog.labels import FONT, FONT_BOLD, is_rtl_char, register_fonts, shaped_line
from app.services.documents.editing import PURCHASE_TYPES, card_of, company
from app.services.documents.forms import DocumentCard
from app.services.documents.payments import statement as build_statement
from app.services.i18n import msg
from app.services.uow import UnitOfWork

TITLES = {
    "en": {DocType.QUOTE: "Commercial proposal", DocType.ORDER: "Sales order", DocType.INVOICE: "Invoice for payment",
           DocType.WAYBILL: "Waybill", DocType.ACT: "Act of completed work", DocType.CONTRACT: "Contract", DocType.RETURN: "Customer return",
           DocType.PURCHASE_ORDER: "Purchase order", DocType.GOODS_RECEIPT: "Goods receipt",
           DocType.SUPPLIER_INVOICE: "Supplier invoice",
           DocType.SUPPLIER_RETURN: "Return to supplier", "statement": "Reconciliation statement"},
    "ru": {DocType.QUOTE: "Коммерческое предложение", DocType.ORDER: "Заказ покупателя",
           DocType.INVOICE: "Счёт на оплату", DocType.WAYBILL: "Товарная накладная",
           DocType.ACT: "Акт выполненных работ", DocType.CONTRACT: "Договор", DocType.RETURN: "Возврат от покупателя",
           DocType.PURCHASE_ORDER: "Заказ поставщику", DocType.GOODS_RECEIPT: "Приходная накладная",
           DocType.SUPPLIER_INVOICE: "Поступление от поставщика",
           DocType.SUPPLIER_RETURN: "Возврат поставщику", "statement": "Акт сверки взаимных расчётов"},
}
WORDS = {
    "en": {"no": "No.", "of": "of", "dated": "dated", "seller": "Seller", "buyer": "Buyer", "sku": "SKU",
           "item": "Description", "qty": "Qty", "unit": "Unit", "price": "Price", "disc": "Disc. %", "vat": "VAT %",
           "amount": "Amount", "net": "Total before VAT", "vat_total": "VAT", "total": "Total", "vat_at": "VAT at",
           "in_words": "Amount in words", "director": "Director", "accountant": "Chief accountant",
           "received": "Received by", "page": "Page", "tax_id": "Tax ID", "reg": "Reg.", "bank": "Bank",
           "account": "Account", "code": "BIC/SWIFT", "due": "Payment due by", "terms": "Terms",
           "phone": "Phone", "period": "for the period", "opening": "Opening balance", "closing": "Closing balance",
           "debit": "Debit", "credit": "Credit", "date": "Date", "document": "Document", "turnover": "Turnover",
           "buyer_owes": "The buyer owes the seller at", "seller_owes": "The seller owes the buyer at",
           "inv": "Invoice", "pay": "Payment", "refund": "Our payment", "settled": "Balance is settled"},
    "ru": {"no": "№", "of": "из", "dated": "от", "seller": "Поставщик", "buyer": "Покупатель", "sku": "Артикул",
           "item": "Наименование", "qty": "Кол-во", "unit": "Ед.", "price": "Цена", "disc": "Скидка %",
           "vat": "НДС %", "amount": "Сумма", "net": "Итого без НДС", "vat_total": "НДС", "total": "Всего к оплате",
           "vat_at": "НДС", "in_words": "Сумма прописью", "director": "Руководитель",
           "accountant": "Главный бухгалтер", "received": "Получил", "page": "Страница", "tax_id": "ИНН",
           "reg": "ОГРН/КПП", "bank": "Банк", "account": "Р/с", "code": "БИК", "due": "Оплатить до",
           "terms": "Условия", "phone": "Тел.", "period": "за период", "opening": "Сальдо начальное",
           "closing": "Сальдо конечное", "debit": "Дебет", "credit": "Кредит", "date": "Дата",
           "document": "Документ", "turnover": "Обороты", "buyer_owes": "Задолженность покупателя на", "seller_owes": "Задолженность поставщика на",
           "inv": "Счёт",
           "pay": "Оплата", "refund": "Наша оплата", "settled": "Задолженности нет"},
}
PAGE = A4


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["en"])


def title_of(doc_type: str, lang: str) -> str:
    return TITLES.get(lang, TITLES["en"]).get(doc_type) or TITLES["en"][doc_type]


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


def amount_in_words(amount: Decimal, currency: str, lang: str) -> str:
    """The amount spelled out, with the currency where num2words knows it, else "N/100"."""
    try:
        return num2words(amount, lang=lang, to="currency", currency=currency).capitalize()
    except (NotImplementedError, KeyError, TypeError, ValueError, OverflowError):
        pass
    whole = int(amount)
    cents = int((amount - whole) * 100)
    try:
        spelled = num2words(whole, lang=lang)
    except NotImplementedError:
        spelled = num2words(whole, lang="en")
    return f"{spelled[:1].upper()}{spelled[1:]} {currency} {cents:02d}/100"


# -- contracts ----------------------------------------------------------------------------------------------

DEFAULT_CONTRACT = """{company} (the Seller), represented by its director {director}, and {client} (the Buyer) agree as follows.

1. The Seller delivers and the Buyer accepts and pays for the goods and services listed in the specification
below, for {total} {currency} ({total_words}).
2. The Buyer pays within {payment_days} days of the Seller's invoice.
3. The goods remain the Seller's property until they are paid in full.
4. Disputes are settled by negotiation, failing which by the court at the Seller's address.

Seller: {company}, tax ID {company_tax_id}, {company_address}.
Buyer: {client}, tax ID {client_tax_id}."""
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
    template = doc.terms or comp.contract_template or DEFAULT_CONTRACT
    fields = _Fields(number=card.number or "—", date=card.doc_date.strftime("%d.%m.%Y"),
                     company=comp.legal_name or comp.name, company_tax_id=comp.tax_id,
                     company_address=comp.legal_address or comp.actual_address, director=comp.director_name,
                     client=client.legal_name or client.display_name, client_tax_id=client.tax_id,
                     total=money(card.total), currency=card.currency,
                     total_words=amount_in_words(card.total, card.currency, doc.language),
                     payment_days=str(comp.payment_days))
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


class BidiText(Flowable):
    """A wrapped text with Persian/Arabic in it: wrapped in logical order, each line put in visual order and
    shaped; right-aligned when the text starts right-to-left."""

    def __init__(self, text: str, font: str, size: float, leading: float):
        super().__init__()
        self.text, self.font, self.size, self.leading = text, font, size, leading
        self.rtl = starts_rtl(text)
        self.lines: list[str] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.lines = []
        for para in self.text.split("\n"):
            self.lines.extend(simpleSplit(para, self.font, self.size, avail_width) or [""])
        return avail_width, self.leading * len(self.lines)

    def draw(self) -> None:
        c = self.canv
        c.setFont(self.font, self.size)
        y = self.leading * len(self.lines) - self.size
        for line in self.lines:
            if self.rtl:
                c.drawRightString(self.width, y, shaped_line(line, self.font, self.size))
            else:
                c.drawString(0, y, shaped_line(line, self.font, self.size))
            y -= self.leading


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def text(value: str, style: ParagraphStyle) -> Flowable:
    """A paragraph, or a BidiText when the text has right-to-left letters."""
    if any(is_rtl_char(ch) for ch in value):
        return BidiText(value, style.fontName, style.fontSize, style.leading)
    return Paragraph(_escape(value), style)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
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
                     images, contract_text(s, doc, card) if contract else "")


# -- drawing -----------------------------------------------------------------------------------------------

class _NumberedCanvas(rl_canvas.Canvas):
    """Writes "Page N of M" (and the footer) once the page count is known."""

    def __init__(self, *args, footer: str = "", page_word: str = "Page", of_word: str = "of",
                 margin: float = 15 * mm, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer, self._page_word, self._of_word, self._margin = footer, page_word, of_word, margin

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(FONT, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            width = PAGE[0]
            self.drawRightString(width - self._margin, 8 * mm,
                                 f"{self._page_word} {self._pageNumber} {self._of_word} {total}")
            if self._footer:
                first = self._footer.splitlines()[0]
                draw = shaped_line(first, FONT, 7.5) if any(is_rtl_char(ch) for ch in first) else first
                self.drawString(self._margin, 8 * mm, draw[:150])
            super().showPage()
        super().save()


def _image(data: bytes | None, max_w: float, max_h: float) -> Image | None:
    if not data:
        return None
    reader = ImageReader(io.BytesIO(data))
    iw, ih = reader.getSize()
    scale = min(max_w / iw, max_h / ih)
    return Image(io.BytesIO(data), iw * scale, ih * scale)


def _party_block(label: str, party: Party, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(_escape(label), st["small"]), text(party.name, st["bold"])]
    out.extend(text(line, st["base"]) for line in party.lines)
    return out


def _lines_table(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Table:
    card, lay, w = data.card, data.layout, words(data.lang)
    cols: list[tuple[str, float, Callable]] = [("no", 10 * mm, lambda ln: Paragraph(str(ln.line_no), st["num"]))]
    if lay.show_sku:
        cols.append(("sku", 22 * mm, lambda ln: text(ln.sku, st["cell"])))
    cols.append(("item", 0, lambda ln: text(ln.description, st["cell"])))
    cols += [("qty", 16 * mm, lambda ln: Paragraph(qty_text(ln.quantity), st["num"])),
             ("unit", 11 * mm, lambda ln: text(ln.unit, st["cell"])),
             ("price", 22 * mm, lambda ln: Paragraph(money(ln.price, 2 if ln.price == round(ln.price, 2) else 4),
                                                     st["num"]))]
    if lay.show_discount and any(ln.discount_percent for ln in card.lines):
        cols.append(("disc", 15 * mm, lambda ln: Paragraph(qty_text(ln.discount_percent), st["num"])))
    if lay.show_vat:
        cols.append(("vat", 14 * mm, lambda ln: Paragraph(qty_text(ln.vat_rate), st["num"])))
    cols.append(("amount", 25 * mm, lambda ln: Paragraph(money(ln.amount), st["num"])))
    fixed = sum(c[1] for c in cols)
    widths = [c[1] or (width - fixed) for c in cols]
    header = [Paragraph(_escape(w[key]), st["headnum" if key in ("no", "qty", "price", "disc", "vat", "amount")
                                            else "head"]) for key, _, _ in cols]
    rows = [header] + [[make(ln) for _, _, make in cols] for ln in card.lines]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def _totals(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Table:
    card, w = data.card, words(data.lang)
    rows = []
    if data.layout.show_vat:
        rows.append([w["net"], money(card.net_total)])
        for r in card.vat_by_rate:
            rows.append([f"{w['vat_at']} {qty_text(r.rate)} %", money(r.vat)])
    rows.append([f"{w['total']}, {card.currency}", money(card.total)])
    cells = [[Paragraph(_escape(a), st["right"]), Paragraph(b, st["right"])] for a, b in rows]
    cells[-1] = [Paragraph(_escape(rows[-1][0]), st["rightbold"]), Paragraph(rows[-1][1], st["rightbold"])]
    t = Table(cells, colWidths=[width - 35 * mm, 35 * mm])
    t.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black)]))
    return t


def _signatures(data: PrintData, st: dict[str, ParagraphStyle], width: float) -> Flowable:
    w = words(data.lang)
    sign = _image(data.images.get("signature"), 30 * mm, 14 * mm) if data.layout.show_stamp else None
    stamp = _image(data.images.get("stamp"), 32 * mm, 32 * mm) if data.layout.show_stamp else None
    left = [Paragraph(_escape(f"{w['director']}: ____________ {data.director}"), st["base"]),
            Spacer(1, 4 * mm),
            Paragraph(_escape(f"{w['accountant']}: ____________ {data.accountant}"), st["base"])]
    if sign is not None:
        left.insert(0, sign)
    right: list[Flowable] = []
    if data.card.doc_type in (DocType.WAYBILL, DocType.ACT, DocType.GOODS_RECEIPT):
        right.append(Paragraph(_escape(f"{w['received']}: ____________"), st["base"]))
    if data.card.doc_type == DocType.CONTRACT:
        right += [text(data.buyer.name, st["bold"]), Spacer(1, 6 * mm), Paragraph("____________", st["base"])]
    if stamp is not None:
        right.append(stamp)
    t = Table([[left, right]], colWidths=[width * 0.6, width * 0.4])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 6 * mm), t])


def _story(data: PrintData, width: float) -> list[Flowable]:
    st = styles()
    card, w, lay = data.card, words(data.lang), data.layout
    story: list[Flowable] = []
    logo = _image(data.images.get("logo"), 45 * mm, 20 * mm) if lay.show_logo else None
    company_cell = [text(data.seller.name, st["bold"])] + [text(line, st["small"]) for line in data.seller.lines]
    if logo is None:
        head = Table([[company_cell]], colWidths=[width])
    elif lay.logo_position == "right":
        head = Table([[company_cell, logo]], colWidths=[width - 50 * mm, 50 * mm])
    else:
        head = Table([[logo, company_cell]], colWidths=[50 * mm, width - 50 * mm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [head, Spacer(1, 5 * mm)]
    number = card.number or "—"
    title = lay.title or title_of(card.doc_type, data.lang)
    story.append(Paragraph(_escape(f"{title} {w['no']} {number} {w['dated']} {card.doc_date.strftime('%d.%m.%Y')}"),
                           st["title"]))
    if card.doc_type == DocType.INVOICE and card.due_date:
        story.append(Paragraph(_escape(f"{w['due']}: {card.due_date.strftime('%d.%m.%Y')}"), st["small"]))
    story.append(Spacer(1, 3 * mm))
    # On a buying document the client is the supplier: it sells, the company buys.
    seller, buyer = (data.buyer, data.seller) if card.doc_type in PURCHASE_TYPES else (data.seller, data.buyer)
    parties = Table([[_party_block(w["seller"], seller, st), _party_block(w["buyer"], buyer, st)]],
                    colWidths=[width / 2, width / 2])
    parties.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [parties, Spacer(1, 4 * mm)]
    if data.body:
        for par in data.body.split("\n\n"):
            story += [text(par.strip(), st["base"]), Spacer(1, 2 * mm)]
        story.append(Spacer(1, 3 * mm))
    if card.lines:
        story += [_lines_table(data, st, width), Spacer(1, 2 * mm)]
        in_words = amount_in_words(card.total, card.currency, data.lang)
        story.append(KeepTogether([_totals(data, st, width), Spacer(1, 2 * mm),
                                   Paragraph(_escape(f"{w['in_words']}: {in_words}"), st["base"])]))
    if data.terms:
        story += [Spacer(1, 3 * mm), Paragraph(_escape(w["terms"]), st["bold"]), text(data.terms, st["small"])]
    story.append(_signatures(data, st, width))
    return story


def render(data: PrintData) -> bytes:
    buf = io.BytesIO()
    margin = max(5, min(40, data.layout.margin_mm)) * mm
    w = words(data.lang)
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 6 * mm, title=f"{title_of(data.card.doc_type, data.lang)} "
                            f"{data.card.number}", author=data.company_name, creator="Karavan")
    story = _story(data, PAGE[0] - 2 * margin)

    def make_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, footer=data.footer, page_word=w["page"], of_word=w["of"], margin=margin,
                               **kwargs)

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
                  width: float) -> Table:
    t = Table([[Paragraph(_escape(w["seller"]), st["small"]), text(seller.name, st["bold"])],
               [Paragraph(_escape(w["buyer"]), st["small"]), text(buyer.name, st["bold"])]],
              colWidths=[25 * mm, width - 25 * mm])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


@requires(Area.DOCUMENTS, Action.PRINT)
def render_statement(uow: UnitOfWork, client_id: int, date_from: date, date_to: date) -> bytes:
    """The statement of mutual settlements for a client and a period, with signature blocks for both sides."""
    stmt = build_statement(uow, client_id, date_from, date_to)
    with uow:
        s = uow.session
        comp = company(s)
        lang, director = comp.document_language, comp.director_name
        w = words(lang)
        seller = seller_party(s, w, False)
        buyer = buyer_party(s, client_id, w, False)
        stamp = s.get(CompanyImage, "stamp")
        stamp_data = stamp.data if stamp else None
    st = styles()
    buf = io.BytesIO()
    margin = 15 * mm
    width = PAGE[0] - 2 * margin
    doc = SimpleDocTemplate(buf, pagesize=PAGE, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 6 * mm, title=title_of("statement", lang), creator="Karavan")
    fmt = "%d.%m.%Y"
    story: list[Flowable] = [
        Paragraph(_escape(title_of("statement", lang)), st["title"]),
        _parties_line(w, seller, buyer, st, width),
        Paragraph(_escape(f"{w['period']} {stmt.date_from.strftime(fmt)} — {stmt.date_to.strftime(fmt)}, "
                          f"{stmt.currency}"), st["base"]),
        Spacer(1, 4 * mm)]
    rows = [[Paragraph(_escape(w[k]), st["head" if k in ("date", "document") else "headnum"])
             for k in ("date", "document", "debit", "credit")],
            [Paragraph("", st["cell"]), Paragraph(_escape(w["opening"]), st["bold"]),
             Paragraph(money(stmt.opening) if stmt.opening > 0 else "", st["num"]),
             Paragraph(money(-stmt.opening) if stmt.opening < 0 else "", st["num"])]]
    kinds = {"invoice": w["inv"], "payment": w["pay"], "refund": w["refund"]}
    kinds.update({t: title_of(t, lang) for t in (DocType.RETURN, DocType.SUPPLIER_INVOICE, DocType.SUPPLIER_RETURN)})
    for e in stmt.entries:
        rows.append([Paragraph(e.entry_date.strftime(fmt), st["cell"]),
                     text(f"{kinds.get(e.kind, e.kind)} {e.reference}", st["cell"]),
                     Paragraph(money(e.debit) if e.debit else "", st["num"]),
                     Paragraph(money(e.credit) if e.credit else "", st["num"])])
    rows.append([Paragraph("", st["cell"]), Paragraph(_escape(w["turnover"]), st["bold"]),
                 Paragraph(money(stmt.debit_total), st["num"]), Paragraph(money(stmt.credit_total), st["num"])])
    rows.append([Paragraph("", st["cell"]), Paragraph(_escape(w["closing"]), st["bold"]),
                 Paragraph(money(stmt.closing) if stmt.closing > 0 else "", st["num"]),
                 Paragraph(money(-stmt.closing) if stmt.closing < 0 else "", st["num"])])
    table = Table(rows, colWidths=[24 * mm, width - 84 * mm, 30 * mm, 30 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [table, Spacer(1, 4 * mm)]
    if stmt.closing:
        who = "buyer_owes" if stmt.closing > 0 else "seller_owes"
        summary = f"{w[who]} {stmt.date_to.strftime(fmt)}: {money(abs(stmt.closing))} {stmt.currency}"
    else:
        summary = f"{w['settled']} ({stmt.date_to.strftime(fmt)})"
    story.append(Paragraph(_escape(summary), st["bold"]))
    stamp_img = _image(stamp_data, 30 * mm, 30 * mm)
    left = [text(seller.name, st["bold"]), Spacer(1, 8 * mm),
            Paragraph(_escape(f"{w['director']}: ____________ {director}"), st["base"])]
    if stamp_img is not None:
        left.append(stamp_img)
    right = [text(buyer.name, st["bold"]), Spacer(1, 8 * mm), Paragraph("____________", st["base"])]
    sig = Table([[left, right]], colWidths=[width / 2, width / 2])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8 * mm), KeepTogether(sig)]

    def make_canvas(*args, **kwargs):
        return _NumberedCanvas(*args, page_word=w["page"], of_word=w["of"], margin=margin, **kwargs)

    doc.build(story, canvasmaker=make_canvas)
    return buf.getvalue()
