"""Barcode labels as a PDF: sheets of labels on A4, single labels, Persian and Russian names."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal

import pytest

from app.services.catalog import LabelData, render_labels
from app.services.catalog.labels import visual_order
from app.services.errors import ValidationError
from tests.unit.test_catalog_products import make_form

ITEMS = [
    LabelData("پمپ سانتریفیوژ آریا ۱۰۰", "KRV-0004", Decimal("1250.00"), "USD", "2001234567893"),
    LabelData("Насос центробежный ЦН-80 с очень длинным названием для проверки переноса", "KRV-0003",
              Decimal("9.90"), "USD", "KRV-0003", "code128"),
]


def page_count(pdf: bytes) -> int:
    """Pages counted without a PDF library: page objects are `/Type /Page` (not `/Pages`)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.parametrize(("layout", "copies", "pages"), [("a4_3x8", 12, 1), ("a4_3x8", 13, 2),
                                                           ("a4_4x10", 25, 2), ("single_58x40", 3, 6)])
def test_labels_fill_pages_of_the_layout(layout, copies, pages):
    pdf = render_labels(ITEMS, layout=layout, copies=copies)
    assert pdf.startswith(b"%PDF") and page_count(pdf) == pages


def test_fonts_are_embedded_and_text_can_be_read_back(tmp_path):
    pdf = render_labels(ITEMS, layout="a4_3x8", copies=1)
    assert b"DejaVuSans" in pdf
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "labels.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "KRV-0004" in text and "Насос" in text and "1,250.00 USD" in text


def test_wrong_requests_are_refused():
    with pytest.raises(ValidationError):
        render_labels(ITEMS, layout="a5_1x1")
    with pytest.raises(ValidationError):
        render_labels(ITEMS, copies=0)
    with pytest.raises(ValidationError):
        render_labels([], copies=1)


def test_right_to_left_names_are_drawn_in_visual_order():
    assert visual_order("Pump 40") == "Pump 40"
    assert visual_order("آریا ۱۰۰") == "۱۰۰ " + "آریا"[::-1]
    shown = visual_order("پمپ SKU-42")
    assert shown.endswith("پمپ"[::-1]) and "SKU-42" in shown


def test_label_data_takes_the_base_price_and_first_barcode(services):
    card = services.catalog.create_product(make_form(services, name="شیر توپی", sale_price=Decimal("12.5")))
    plain = services.catalog.create_product(make_form(services, sku="S-1", name="Service", barcodes=()))
    data = services.catalog.label_data([plain.id, card.id, 999])
    assert data == [LabelData("Service", "S-1", Decimal("410.00"), "USD", "", "code128"),
                    LabelData("شیر توپی", "PMP-40", Decimal("12.50"), "USD", "4006381333931", "ean13")]
    assert page_count(render_labels(data, layout="single_58x40", copies=1)) == 2


def test_persian_names_are_shaped_into_joined_letters(tmp_path):
    """With uharfbuzz installed the letters take their joined (contextual) forms and digits keep their
    order."""
    from reportlab.pdfbase.ttfonts import ShapedStr

    from app.services.catalog.labels import FONT_BOLD, register_fonts, shaped_line
    register_fonts()
    shaped = shaped_line("آریا ۱۰۰", FONT_BOLD, 9)
    assert isinstance(shaped, ShapedStr)
    assert shaped.startswith("۱۰۰ ")  # numbers first (leftmost), in reading order
    # Joined: final alef and medial yeh come out as their presentation forms, not isolated letters.
    assert "\ufe8e" in shaped and "\ufbfe" in shaped
    latin = shaped_line("فیلتر CP-40", FONT_BOLD, 9)
    assert latin.startswith("CP-40 ")
    assert shaped_line("Pump 40", FONT_BOLD, 9) == "Pump 40"
    pdf = render_labels([LabelData("پمپ شرکت آریا ۱۰۰", "KRV-0004", Decimal("10"), "USD", "")],
                        layout="single_58x40")
    assert pdf.startswith(b"%PDF")


def test_names_are_as_large_as_fit_in_two_lines_down_to_a_readable_minimum():
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics

    from app.services.catalog.labels import FONT_BOLD, LAYOUTS, NAME_MIN_SIZE, fit_name, register_fonts

    register_fonts()
    spec = LAYOUTS["a4_4x10"]
    inner = spec.label[0] - 5 * mm
    size, lines = fit_name("Ball valve DN15", inner, spec.name_size)
    assert (size, lines) == (spec.name_size, ["Ball valve DN15"]) and size >= 10     # short: full size
    size, lines = fit_name("Hydraulic oil HLP 46, 20 l canister for industrial gear boxes", inner, spec.name_size)
    assert NAME_MIN_SIZE <= size < spec.name_size and len(lines) == 2                 # shrinks to fit two lines
    size, lines = fit_name("Extremely long product name " * 6, inner, spec.name_size)
    assert size == NAME_MIN_SIZE and len(lines) == 2 and lines[1].endswith("…")       # cut, never tiny
    assert all(pdfmetrics.stringWidth(line, FONT_BOLD, size) <= inner for line in lines)


def test_code128_text_stands_clear_of_the_bars():
    from reportlab.lib.units import mm

    from app.services.catalog.labels import barcode_block, register_fonts

    register_fonts()
    block = barcode_block("KRV-0001", "code128", 47 * mm, 12 * mm)
    assert block.text == "KRV-0001" and block.bars_bottom - block.text_top >= 1 * mm
    assert block.drawing.height <= 12 * mm - block.bars_bottom + 0.01
    assert barcode_block("4006381333931", "ean13", 47 * mm, 12 * mm).text == ""       # EAN draws its own digits
