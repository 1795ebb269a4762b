"""Each document type's printed layout, as the office manager sets it (blocks and columns shown, title,
footer, logo placement, margins), and a preview of an unsaved layout rendered on a sample document."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import CompanyImage, DocStatus, DocType, Document, DocumentLayout, VatMode
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.catalog.common import raise_if
from app.services.documents.editing import PURCHASE_TYPES, company
from app.services.documents.forms import DocumentCard, LineRow, VatRow
from app.services.documents.pdf import (
    Layout,
    Party,
    PrintData,
    buyer_party,
    print_data,
    render,
    seller_party,
    words,
)
from app.services.documents.totals import document_totals, line_amounts
from app.services.errors import ConcurrentEdit
from app.services.i18n import msg
from app.services.uow import UnitOfWork

MARGIN_MIN, MARGIN_MAX = 5, 40
TITLE_MAX = 100
FOOTER_MAX = 2000
LOGO_POSITIONS = ("left", "right")
LAYOUT_FIELDS = tuple(f.name for f in fields(Layout))


@dataclass
class DocumentLayoutSettings:
    """One type's layout as a form edits it; `version` 0 means the defaults (no row saved yet)."""

    doc_type: str
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
    version: int = 0

    def layout(self) -> Layout:
        return Layout(**{name: getattr(self, name) for name in LAYOUT_FIELDS})


def _row(s: Session, doc_type: str) -> DocumentLayout | None:
    return s.scalar(select(DocumentLayout).where(DocumentLayout.doc_type == doc_type))


def _settings_of(doc_type: str, row: DocumentLayout | None) -> DocumentLayoutSettings:
    if row is None:
        return DocumentLayoutSettings(doc_type)
    return DocumentLayoutSettings(doc_type, **{name: getattr(row, name) for name in LAYOUT_FIELDS},
                                  version=row.version)


def _check_type(doc_type: str) -> None:
    if doc_type not in set(DocType):
        raise_if({"doc_type": msg("is not a document type")})


def _clean(form: DocumentLayoutSettings) -> dict:
    """The layout's column values; raises ValidationError naming each bad field."""
    errors: dict[str, str] = {}
    values = {name: getattr(form, name) for name in LAYOUT_FIELDS}
    for flag in ("show_logo", "show_stamp", "show_discount", "show_vat", "show_sku", "show_bank"):
        values[flag] = bool(values[flag])
    if values["logo_position"] not in LOGO_POSITIONS:
        errors["logo_position"] = msg("is left or right")
    try:
        margin = int(values["margin_mm"])
    except (TypeError, ValueError):
        margin = None
    if margin is None or not MARGIN_MIN <= margin <= MARGIN_MAX:
        errors["margin_mm"] = msg("must be between {margin_min} and {margin_max} mm", margin_min=MARGIN_MIN, margin_max=MARGIN_MAX)
    values["margin_mm"] = margin
    values["title"] = v.clean(values["title"] or "")
    if len(values["title"]) > TITLE_MAX:
        errors["title"] = msg("is longer than {limit} characters", limit=TITLE_MAX)
    values["footer"] = (values["footer"] or "").strip()
    if len(values["footer"]) > FOOTER_MAX:
        errors["footer"] = msg("is longer than {limit} characters", limit=FOOTER_MAX)
    raise_if(errors)
    return values


@open_to_all
def document_layout(uow: UnitOfWork, doc_type: str) -> DocumentLayoutSettings:
    """The type's saved layout, or the defaults (version 0) when none was saved; raises ValidationError."""
    _check_type(doc_type)
    with uow:
        return _settings_of(doc_type, _row(uow.session, doc_type))


@requires(Area.SETTINGS, Action.EDIT)
def save_document_layout(uow: UnitOfWork, doc_type: str, form: DocumentLayoutSettings, *,
                         expected_version: int) -> DocumentLayoutSettings:
    """Save the type's layout; raises ValidationError or ConcurrentEdit (someone saved it meanwhile)."""
    _check_type(doc_type)
    values = _clean(form)
    with uow:
        s = uow.session
        from app.services.documents.settings import require_admin

        require_admin(s, uow.user_id, "change the document layouts")
        row = _row(s, doc_type)
        current = row.version if row is not None else 0
        if current != expected_version:
            raise ConcurrentEdit("document layout", row.id if row is not None else 0, changed_by=None,
                                 changed_at=row.updated_at if row is not None else None,
                                 current=_settings_of(doc_type, row))
        if row is None:
            row = DocumentLayout(doc_type=doc_type)
            s.add(row)
        for name, value in values.items():
            setattr(row, name, value)
        s.flush()
        saved = _settings_of(doc_type, row)
        uow.commit()
        return saved


# -- the preview -------------------------------------------------------------------------------------------

SAMPLE_LINES = (("SKU-42", "Office chair, grey", "pcs", Decimal("4"), Decimal("89.90"), Decimal("5"), Decimal("20")),
                ("SKU-7", "Desk lamp LED", "pcs", Decimal("10"), Decimal("24.50"), Decimal("0"), Decimal("20")),
                ("", "Assembly and delivery", "job", Decimal("1"), Decimal("60.00"), Decimal("0"), Decimal("0")))


def sample_card(doc_type: str, *, currency: str, language: str, vat_mode: str, terms: str,
                payment_days: int) -> DocumentCard:
    """A made-up document of the type (three lines, one discounted, two VAT rates) for previews."""
    rows, amounts = [], []
    for n, (sku, description, unit, qty, price, disc, rate) in enumerate(SAMPLE_LINES, start=1):
        a = line_amounts(qty, price, disc, rate, vat_mode, currency)
        amounts.append((rate, a))
        rows.append(LineRow(-n, n, None, sku, description, unit, qty, price, disc, rate, a.net, a.vat, a.total, None))
    totals = document_totals(amounts)
    today = date.today()
    due = today + timedelta(days=payment_days) if doc_type == DocType.INVOICE else None
    number = f"SAMPLE-{today.year}-000123"
    client = "Sample Supplier LLC" if doc_type in PURCHASE_TYPES else "Sample Buyer LLC"
    return DocumentCard(0, doc_type, "", number, today, due, DocStatus.CONFIRMED, 0, client, None, None,
                        "", None, "", None, "", None, currency, Decimal("1"), vat_mode, language, totals.net,
                        totals.vat, totals.total, Decimal("0"), "none", "none", "none", None, terms, "", tuple(rows),
                        tuple(VatRow(r.rate, r.net, r.vat) for r in totals.by_rate), 0)


def _sample_data(s: Session, doc_type: str, layout: Layout) -> PrintData:
    comp = company(s)
    lang = comp.document_language
    w = words(lang)
    card = sample_card(doc_type, currency=comp.currency, language=lang,
                       vat_mode=comp.default_vat_mode or VatMode.EXCLUSIVE, terms=comp.document_terms,
                       payment_days=comp.payment_days)
    buyer_lines = ["221B Baker Street, London", f"{w['tax_id']} 123456789", f"{w['phone']} +44 20 7946 0000"]
    if layout.show_bank:
        buyer_lines.append(f"{w['bank']}: Example Bank · {w['account']} GB00 EXMP 0000 1234 5678")
    images = {row.kind: row.data for row in s.scalars(select(CompanyImage))}
    return PrintData(card, seller_party(s, w, layout.show_bank), Party(card.client_name, buyer_lines), layout, lang,
                     comp.legal_name or comp.name, comp.director_name, comp.accountant_name, card.terms,
                     layout.footer or comp.document_footer, images)


@requires(Area.SETTINGS, Action.VIEW)
def preview_pdf(uow: UnitOfWork, doc_type: str, form: DocumentLayoutSettings) -> bytes:
    """The latest document of the type (or a sample one) as a PDF with the unsaved layout `form`; writes
    nothing. Raises ValidationError when the form cannot be used."""
    _check_type(doc_type)
    layout = Layout(**_clean(form))
    with uow:
        s = uow.session
        latest = s.scalars(select(Document).where(Document.doc_type == doc_type, Document.number.is_not(None))
                           .order_by(Document.doc_date.desc(), Document.id.desc()).limit(1)).first()
        if latest is None:
            data = _sample_data(s, doc_type, layout)
        else:
            saved = print_data(s, latest)
            w = words(saved.lang)
            comp = company(s)
            data = replace(saved, layout=layout, seller=seller_party(s, w, layout.show_bank),
                           buyer=buyer_party(s, latest.client_id, w, layout.show_bank),
                           footer=layout.footer or comp.document_footer)
    return render(data)
