"""Documents in the client's language: Persian and Arabic invoices read back (pdftotext) as the text that was
stored, amounts in words in four languages, Solar Hijri dates on Persian documents."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.services.calendars import to_jalali
from app.services.clients.forms import ClientForm
from app.services.documents.forms import DocumentForm, LineForm
from app.services.documents.wording import amount_in_words
from app.services.errors import ValidationError
from tests.unit.test_stock_kit import D, product, unit

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
                                   reason="pdftotext/pdftoppm (poppler-utils) are not installed; .ci/run installs them")
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")  # pdftotext marks each direction run with them


MIXED = "پمپ آب مدل CP-65 با 2 سال گارانتی"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(BIDI_CONTROLS.sub(" ", out).split())


def page_images(data: bytes, folder: Path, name: str) -> list[Path]:
    """Every page as a PNG (kept under /tmp/karavan-pdf-pages/ so a person can look at them)."""
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / name)], check=True)
    return sorted(folder.glob(f"{name}-*.png"))


@pytest.fixture
def company(services):
    st_ = services.documents.company_settings()
    st_.legal_name, st_.tax_id, st_.legal_address = "Karavan Trading LLC", "7701234567", "12 Tverskaya St, Moscow"
    st_.director_name, st_.accountant_name = "A. Ivanova", "B. Petrov"
    return services.documents.save_company_settings(st_)


def client_in(services, name: str, language: str) -> int:
    return services.clients.create_client(ClientForm(display_name=name, language=language)).id


def goods(services):
    pcs = unit(services, "عدد", 0)  # "pieces" in Persian and in Arabic
    return {"carpet": product(services, "CRP-1205", "فرش دستباف تبریز", pcs),
            "saffron": product(services, "SAF-10G", "زعفران سرگل", pcs),
            "dates": product(services, "DT-MJ-500", "تمر مجدول فاخر", pcs),
            "oud": product(services, "OUD-30ML", "عطر العود الملكي", pcs)}


def confirmed_invoice(services, buyer: int, lines: list[LineForm], **kw):
    card = services.documents.create_document(DocumentForm(doc_type="invoice", client_id=buyer, lines=lines, **kw))
    return services.documents.confirm_document(card.id, expected_version=card.version)


def test_a_new_document_takes_the_clients_language_else_the_companys(services, company):
    persian = client_in(services, "بازرگانی پارس", "fa")
    plain = client_in(services, "Plain Buyer", "")
    lines = [LineForm(None, "Service", 1, "10.00")]

    def quote(buyer, **kw):
        return DocumentForm("quote", buyer, lines=lines, **kw)

    assert services.documents.create_document(quote(persian)).language == "fa"
    assert services.documents.create_document(quote(plain)).language == "en"
    card = services.documents.create_document(quote(plain, language="ar"))
    assert card.language == "ar"
    card = services.documents.update_document(card.id, quote(plain), expected_version=card.version)
    assert card.language == "ar"  # unchanged when the form does not say
    card = services.documents.update_document(card.id, quote(plain, language=""), expected_version=card.version)
    assert card.language == "en"  # "" asks for the client's (here the company's) again
    with pytest.raises(ValidationError) as err:
        services.documents.create_document(quote(plain, language="xx"))
    assert "language" in err.value.errors
    with pytest.raises(ValidationError) as err:
        services.clients.create_client(ClientForm(display_name="Bad Language", language="klingon"))
    assert "language" in err.value.errors
    assert services.clients.load_client(persian).form.language == "fa"


def test_the_company_chooses_the_calendar_of_persian_documents(services, company):
    assert company.persian_calendar == "jalali"
    company.persian_calendar = "lunar"
    with pytest.raises(ValidationError) as err:
        services.documents.save_company_settings(company)
    assert "persian_calendar" in err.value.errors


@needs_poppler
def test_a_persian_invoice_reads_back_as_stored_with_a_solar_hijri_date(services, company, tmp_path):
    buyer = client_in(services, "بازرگانی پارس تبریز", "fa")
    g = goods(services)
    day = date(2026, 12, 3)
    card = confirmed_invoice(services, buyer, [LineForm(g["carpet"], quantity=2, price="1250.00", vat_rate="10"),
                                               LineForm(g["saffron"], quantity=3, price="45.50", vat_rate="10"),
                                               LineForm(None, MIXED, 1, "0.00", vat_rate="0")],
                             doc_date=day, currency="USD")
    assert card.language == "fa" and card.total == D("2900.15")
    data = services.documents.render_document(card.id)
    text = pdf_text(data, tmp_path)
    assert "فاکتور فروش" in text and card.number in text
    y, m, d = to_jalali(day)
    assert f"{y:04d}/{m:02d}/{d:02d}" == "1405/09/12" and "1405/09/12" in text
    assert "بازرگانی پارس تبریز" in text  # the client, letter for letter as stored
    assert "فرش دستباف تبریز" in text and "زعفران سرگل" in text
    assert "CRP-1205" in text and "SAF-10G" in text  # Latin SKUs inside the right-to-left table
    assert MIXED in text  # a Latin model and a number inside a Persian line, each in its place
    assert "2\u00a0900.15" in text or "2 900.15" in text
    assert "دو هزار و نهصد دلار و پانزده سنت" in text  # the amount in words
    for word in ("فروشنده", "خریدار", "شرح کالا یا خدمات", "جمع کل", "مبلغ به حروف", "صفحه 1 از 1"):
        assert word in text
    pages = page_images(data, Path("/tmp/karavan-pdf-pages"), "invoice-fa")
    assert len(pages) == 1


@needs_poppler
def test_a_persian_document_can_be_dated_in_the_gregorian_calendar(services, company, tmp_path):
    company.persian_calendar = "gregorian"
    services.documents.save_company_settings(company)
    buyer = client_in(services, "شرکت کاوه", "fa")
    card = confirmed_invoice(services, buyer, [LineForm(None, "خدمات مشاوره", 1, "100.00")], doc_date=date(2026, 12, 3))
    text = pdf_text(services.documents.render_document(card.id), tmp_path)
    assert "2026/12/03" in text and "1405/09/12" not in text


@needs_poppler
def test_an_arabic_invoice_reads_back_as_stored(services, company, tmp_path):
    buyer = client_in(services, "مؤسسة الخليج التجارية", "ar")
    services.documents.set_currency_rate("AED", date(2026, 1, 1), "0.2723")
    g = goods(services)
    card = confirmed_invoice(services, buyer, [LineForm(g["dates"], quantity=12, price="35.00", vat_rate="5"),
                                               LineForm(g["oud"], quantity=2, price="240.00", vat_rate="5")],
                             doc_date=date(2026, 12, 3), currency="AED")
    assert card.language == "ar" and card.total == D("945.00")
    data = services.documents.render_document(card.id)
    text = pdf_text(data, tmp_path)
    assert "فاتورة" in text and card.number in text and "03/12/2026" in text
    assert "مؤسسة الخليج التجارية" in text
    assert "تمر مجدول فاخر" in text and "عطر العود الملكي" in text
    assert "DT-MJ-500" in text and "OUD-30ML" in text
    assert "945.00" in text
    assert "تسعمائة و خمسة و أربعون درهما" in text
    for word in ("البائع", "المشتري", "البيان", "الكمية", "الإجمالي", "المبلغ بالحروف"):
        assert word in text
    pages = page_images(data, Path("/tmp/karavan-pdf-pages"), "invoice-ar")
    assert len(pages) == 1


@needs_poppler
def test_a_russian_invoice_and_a_persian_statement(services, company, tmp_path):
    buyer = client_in(services, "ООО «Ромашка»", "ru")
    services.documents.set_currency_rate("RUB", date(2026, 1, 1), "0.0125")
    card = confirmed_invoice(services, buyer, [LineForm(None, "Ковёр шерстяной", 1, "1234.56", vat_rate="0")],
                             currency="RUB")
    text = pdf_text(services.documents.render_document(card.id), tmp_path)
    assert f"Счёт на оплату № {card.number}" in text and "ООО «Ромашка»" in text and "Ковёр шерстяной" in text
    assert "Одна тысяча двести тридцать четыре рубля, пятьдесят шесть копеек" in text

    persian = client_in(services, "فروشگاه نقش جهان", "fa")
    inv = confirmed_invoice(services, persian, [LineForm(None, "گلیم", 2, "75.00", vat_rate="0")])
    day = date.today()
    data = services.documents.render_statement(persian, date(day.year, 1, 1), day)
    text = pdf_text(data, tmp_path)
    assert "صورت تطبیق حساب" in text and "فروشگاه نقش جهان" in text and inv.number in text
    assert "مانده پایان دوره" in text and "150.00" in text
    page_images(data, Path("/tmp/karavan-pdf-pages"), "statement-fa")


@needs_poppler
@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_every_document_type_prints_right_to_left(services, company, tmp_path, lang):
    """Quote to reconciliation: each type renders, with its title, in Persian and in Arabic."""
    from app.services.documents.wording import TITLES
    from tests.unit.test_stock_kit import Shop

    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 50, "7")])
    buyer = client_in(services, "بازرگانی نمونه" if lang == "fa" else "شركة النموذج", lang)
    for doc_type in ("quote", "order", "invoice", "waybill", "act", "contract", "return", "purchase_order",
                     "goods_receipt", "supplier_invoice", "supplier_return"):
        card = services.documents.create_document(DocumentForm(
            doc_type, buyer, warehouse_id=shop.main, lines=[LineForm(shop.chair, quantity=1, price="50.00")]))
        text = pdf_text(services.documents.render_document(card.id), tmp_path)
        assert TITLES[lang][doc_type].replace("\u200c", "") in text, doc_type  # extraction drops ZWNJ
    statement = pdf_text(services.documents.render_statement(buyer, date(2026, 1, 1), date.today()), tmp_path)
    assert TITLES[lang]["statement"] in statement


@given(amount=st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
       lang=st.sampled_from(["en", "ru", "fa", "ar"]),
       currency=st.sampled_from(["IRR", "AED", "SAR", "USD", "EUR", "RUB", "XYZ"]))
@settings(max_examples=300, deadline=None)
def test_amount_in_words_never_fails(amount: Decimal, lang: str, currency: str):
    spelled = amount_in_words(amount, currency, lang)
    assert spelled.strip() and "None" not in spelled


def test_amounts_in_words_in_persian_and_arabic():
    assert amount_in_words(D("1250000"), "IRR", "fa") == "یک میلیون و دویست و پنجاه هزار ریال"
    assert amount_in_words(D("12.50"), "USD", "fa") == "دوازده دلار و پنجاه سنت"
    assert amount_in_words(D("0"), "IRR", "fa") == "صفر ریال"
    assert amount_in_words(D("1234.56"), "SAR", "ar") == "ألف و مئتان و أربعة و ثلاثون ريالا و ست و خمسون هللة"
    assert amount_in_words(D("100"), "AED", "ar") == "مائة درهم"
    assert amount_in_words(D("2"), "AED", "ar") == "درهمان"
    assert amount_in_words(D("7.05"), "XYZ", "ar") == "سبعة XYZ و 05/100"
