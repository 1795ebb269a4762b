"""Printed documents read back as text (pdftotext): numbers, totals, words, requisites, pages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app import cli
from app.services.documents.forms import DocumentForm, LineForm, PaymentForm
from app.services.documents.pdf import amount_in_words
from app.services.errors import ValidationError
from tests.unit.test_documents import client
from tests.unit.test_stock_kit import D

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="pdftotext (poppler-utils) is not installed; .ci/run installs it")


def pdf_text(data: bytes, tmp_path: Path, *, page: int | None = None) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    args = ["pdftotext"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())  # compare words, not line breaks


def pages(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "count.pdf"
    path.write_bytes(data)
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def company(services):
    st = services.documents.company_settings()
    st.legal_name, st.tax_id, st.legal_address = "Karavan Trading LLC", "7701234567", "12 Tverskaya St, Moscow"
    st.bank_name, st.bank_account, st.bank_code = "Alfa Bank", "40702810900000012345", "044525593"
    st.director_name, st.accountant_name = "A. Ivanova", "B. Petrov"
    st.document_terms = "Payment within 10 days."
    return services.documents.save_company_settings(st)


def invoice(services, buyer, lines, **kw):
    card = services.documents.create_document(DocumentForm(doc_type="invoice", client_id=buyer, lines=lines, **kw))
    return services.documents.confirm_document(card.id, expected_version=card.version)


def test_invoice_pdf_has_number_requisites_totals_and_words(services, company, tmp_path):
    buyer = client(services, "Shiraz Trading")
    card = invoice(services, buyer, [LineForm(None, "Consulting, March", 3, "33.33", vat_rate="20"),
                                     LineForm(None, "Travel", 1, "100.00", discount_percent="10", vat_rate="0")])
    text = pdf_text(services.documents.render_document(card.id), tmp_path)
    assert f"Invoice for payment No. {card.number}" in text
    assert "Karavan Trading LLC" in text and "Tax ID 7701234567" in text and "40702810900000012345" in text
    assert "Shiraz Trading" in text
    assert "Consulting, March" in text
    assert "209.99" in text and "Total before VAT" in text and "VAT at 20 %" in text and "20.00" in text
    assert "Two hundred and nine dollars, ninety-nine cents" in text
    assert "A. Ivanova" in text and "B. Petrov" in text and "Payment within 10 days." in text
    assert "Page 1 of 1" in text
    assert card.total == D("209.99")


def test_a_200_line_invoice_spans_pages_with_the_header_repeated(services, company, tmp_path):
    buyer = client(services)
    card = invoice(services, buyer, [LineForm(None, f"Item number {i}", 1, "1.00") for i in range(1, 201)])
    data = services.documents.render_document(card.id)
    n = pages(data, tmp_path)
    assert n >= 3
    for page in range(1, n + 1):
        text = pdf_text(data, tmp_path, page=page)
        assert f"Page {page} of {n}" in text
        if page < n:
            assert "Description" in text and "Amount" in text  # the table's header on every page it is on
    last = pdf_text(data, tmp_path, page=n)
    assert "200.00" in last and "Two hundred dollars" in last
    everything = pdf_text(data, tmp_path)
    assert all(f"Item number {i}" in everything for i in (1, 100, 200))


def test_words_follow_the_document_language():
    assert amount_in_words(D("1234.56"), "RUB", "ru").startswith("Одна тысяча двести тридцать четыре рубля")
    assert amount_in_words(D("12.05"), "XYZ", "en") == "Twelve XYZ 05/100"


def test_reconciliation_statement_pdf(services, company, tmp_path):
    buyer = client(services, "Tabriz Carpets")
    today = date.today()
    a = invoice(services, buyer, [LineForm(None, "Carpet", 1, "500.00")], doc_date=today - timedelta(days=40))
    services.documents.register_payment(PaymentForm(buyer, "200.00", pay_date=today - timedelta(days=35),
                                                    allocations=[(a.id, "200.00")]))
    b = invoice(services, buyer, [LineForm(None, "Rug", 2, "75.00")], doc_date=today - timedelta(days=5))
    text = pdf_text(services.documents.render_statement(buyer, today - timedelta(days=30), today), tmp_path)
    assert "Reconciliation statement" in text and "Tabriz Carpets" in text
    assert "Opening balance" in text and "300.00" in text
    assert b.number in text and "150.00" in text
    assert "The buyer owes the seller" in text and "450.00" in text


def test_cli_prints_one_document_and_a_period(services, company, database, tmp_path, capsys):
    buyer = client(services)
    cards = [invoice(services, buyer, [LineForm(None, "Service", 1, str(10 + i))]) for i in range(3)]
    url = database.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "one.pdf"
    assert cli.main(["print", "--db", url, cards[0].number, "-o", str(out)]) == 0
    assert cards[0].number in pdf_text(out.read_bytes(), tmp_path)
    folder = tmp_path / "batch"
    today = date.today().isoformat()
    assert cli.main(["print", "--db", url, "--type", "invoice", "--from", today, "--to", today, "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{c.number}.pdf" for c in cards)
    assert cli.main(["print", "--db", url, "NO-SUCH-1", "-o", str(out)]) == cli.EXIT_INPUT
    assert "no document is numbered NO-SUCH-1" in capsys.readouterr().err


def test_contract_from_an_order_fills_the_template(services, company, tmp_path):
    from tests.unit.test_stock_kit import Shop

    shop = Shop(services)
    shop.posted("receipt", [(shop.chair, 5, "7")])
    buyer = client(services, "Qazvin Office Supplies")
    o = services.documents.create_document(DocumentForm(doc_type="order", client_id=buyer, warehouse_id=shop.main,
                                                        lines=[LineForm(shop.chair, quantity=2, price="50.00")]))
    o = services.documents.confirm_document(o.id, expected_version=o.version)
    contract = services.documents.create_from(o.id, "contract")
    contract = services.documents.confirm_document(contract.id, expected_version=contract.version)
    assert contract.number.startswith("CTR-") and contract.total == D(100)
    text = pdf_text(services.documents.render_document(contract.id), tmp_path)
    assert f"Contract No. {contract.number}" in text
    assert "Karavan Trading LLC (the Seller), represented by its director A. Ivanova, and Qazvin Office Supplies" in text
    assert "for 100.00 USD (One hundred dollars, zero cents)" in text
    assert "Chair" in text  # the specification
    st = services.documents.company_settings()
    st.contract_template = "Between {company} and {client}: {unknown} stays as typed; {bad"
    with pytest.raises(ValidationError) as err:
        services.documents.save_company_settings(st)
    assert "contract_template" in err.value.errors
    st.contract_template = "Between {company} and {client}; {unknown} stays as typed."
    services.documents.save_company_settings(st)
    blank = services.documents.create_document(DocumentForm(doc_type="contract", client_id=buyer))
    text = pdf_text(services.documents.render_document(blank.id), tmp_path)
    assert "Between Karavan Trading LLC and Qazvin Office Supplies; {unknown} stays as typed." in text


def test_quantities_print_their_own_digits_grouped_like_money():
    from app.services.documents.pdf import money, qty_text

    assert qty_text(D("1000")) == "1\u00a0000" and money(D("1000")) == "1\u00a0000.00"
    assert [qty_text(D(x)) for x in ("1000.500", "0.05", "12", "-2500.25")] == [
        "1\u00a0000.5", "0.05", "12", "-2\u00a0500.25"]
