"""The words services say to people come out in the user's language once the desktop installs a translator
(here a dictionary standing in for Qt's), with their fields filled; and no service raises a ValidationError
or a DomainError with an English text that translators never see."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from app.services import imports
from app.services.catalog.forms import ProductQuery
from app.services.errors import ValidationError
from app.services.i18n import msg, set_translator, translated

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"

PERSIAN = {
    "a unit “{name}” already exists": "واحد «{name}» از قبل وجود دارد",
    "SKU": "کد کالا",
    "Name": "نام",
    "Products": "کالاها",
    "Goods": "کالا",
    "is not a number": "عدد نیست",
    "there is no unit “{unit}” (add it under Products → Units)": "واحدی به نام «{unit}» نیست",
}


@pytest.fixture
def persian():
    set_translator(lambda text: PERSIAN.get(text, ""))  # Qt gives "" for a text it has no translation of
    yield
    set_translator(None)


def test_without_a_translator_the_english_template_is_filled():
    assert msg("row {n} of {total}", n=3, total=10) == "row 3 of 10"
    assert msg("take {template}", template="x") == "take x"  # a field may be called 'template'
    assert translated("Name") == "Name"


def test_texts_made_to_be_stored_stay_english_on_that_thread_only(persian):
    import threading

    from app.services.i18n import english

    seen = {}
    with english():
        assert msg("a unit “{name}” already exists", name="kg") == "a unit “kg” already exists"
        assert translated("SKU") == "SKU"
        worker = threading.Thread(target=lambda: seen.setdefault("other", msg("SKU")))
        worker.start()
        worker.join()
    assert seen["other"] == "کد کالا"  # the GUI thread keeps the user's language meanwhile
    assert msg("SKU") == "کد کالا"


def test_a_service_refusal_comes_out_translated_with_its_fields_filled(services, persian):
    services.catalog.add_unit("kg")
    with pytest.raises(ValidationError) as caught:
        services.catalog.add_unit("kg")
    assert caught.value.errors == {"name": "واحد «kg» از قبل وجود دارد"}


def test_an_excel_export_writes_its_column_titles_and_sheet_in_the_users_language(services, persian, tmp_path):
    unit = services.catalog.add_unit("pcs").id
    from app.services.catalog.forms import ProductForm

    services.catalog.create_product(ProductForm(sku="K-1", name="Kettle", unit_id=unit))
    path = tmp_path / "products.xlsx"
    services.exports.export_products(path, ProductQuery())
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["کد کالا", "نام"] and header[2] == "Kind"  # no translation: the English title stays
    assert sheet.title == "کالاها"
    assert sheet["A2"].value == "K-1" and sheet["B2"].value == "Kettle"  # the user's data is never translated
    assert sheet["C2"].value == "کالا"


def test_an_import_row_reason_comes_out_translated(services, persian, tmp_path):
    services.catalog.add_unit("pcs")
    book = Workbook()
    book.active.append(["SKU", "Name", "Unit", "Sale price"])
    book.active.append(["A-1", "Kettle", "litre", "abc"])
    book.save(tmp_path / "p.xlsx")
    table = imports.read_table(tmp_path / "p.xlsx")
    report = services.imports.check_import("products", table, imports.default_mapping("products", table.headers))
    reasons = {e.column: e.reason for e in report.errors}
    assert reasons == {"Unit": "واحدی به نام «litre» نیست", "Sale price": "عدد نیست"}


# --- every refusal a service raises is a msg() template ------------------------------------------

# Refusals whose words are stored rather than shown: a rule's actions fail while it runs as the system, and
# the reason goes into the run log and the administrators' notices (kept in English, like every stored text).
ALLOWED = {
    ("automation/actions.py", "ValidationError"),
}
MESSAGE_CLASSES = {"ValidationError", "DomainError", "ImportFileError", "MailError", "BackupCorrupted",
                   "BackupMismatch", "BackupIncompatible"}


def _is_text(node: ast.AST) -> bool:
    """A literal or f-string (or a choice between them): a text a translator would never see."""
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) or _is_text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in MESSAGE_CLASSES and name != "raise_if":  # raise_if(errors) raises ValidationError
            continue
        texts = list(node.args)
        if node.args and isinstance(node.args[0], (ast.Dict, ast.DictComp)):
            first = node.args[0]
            texts = list(first.values) if isinstance(first, ast.Dict) else [first.value]
        elif name == "raise_if":
            continue
        found += [f"{path.relative_to(SERVICES)}:{t.lineno} {name}" for t in texts if _is_text(t)]
    # errors["field"] = "…" builds the dict a ValidationError is raised with.
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript) \
                and isinstance(node.targets[0].value, ast.Name) and "error" in node.targets[0].value.id \
                and _is_text(node.value):
            found.append(f"{path.relative_to(SERVICES)}:{node.lineno} errors[...]")
    return found


def test_no_service_refuses_in_words_translators_never_see():
    offences = []
    for path in sorted(SERVICES.rglob("*.py")):
        if path.name.startswith("demo"):
            continue
        offences += [o for o in _offences(path)
                     if (str(path.relative_to(SERVICES)), o.rsplit(" ", 1)[1]) not in ALLOWED]
    assert offences == [], "wrap these in msg('…{name}…', name=…):\n" + "\n".join(offences)


def test_every_msg_template_is_a_literal_whose_fields_are_the_ones_given():
    """lupdate extracts only literal templates, and a field with no value would raise at the user."""
    wrong = []
    for path in sorted((SERVICES.parent).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "msg") or path.name == "i18n.py":
                continue
            where = f"{path.relative_to(SERVICES.parent)}:{node.lineno}"
            first = node.args[0] if len(node.args) == 1 else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                wrong.append(f"{where}: not one literal template")
                continue
            fields = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(first.value)
                      if f is not None}
            given = {k.arg for k in node.keywords}
            if given and fields != given or not given and fields:
                wrong.append(f"{where}: fields {sorted(fields)}, given {sorted(given)}")
    assert wrong == []


def test_code_words_in_sentences_and_cells_read_in_the_users_language():
    from app.services.words import code_title, doc_type_word, status_word

    assert (doc_type_word("purchase_order"), status_word("in_progress"), code_title("urgent")) == \
        ("purchase order", "in progress", "Urgent")
    set_translator({"purchase order": "سفارش خرید", "in progress": "در جریان"}.get)
    try:
        assert msg("confirm the {doc_type} first", doc_type=doc_type_word("purchase_order")) == \
            "confirm the سفارش خرید first"
        assert code_title("in_progress") == "در جریان"
    finally:
        set_translator(None)
