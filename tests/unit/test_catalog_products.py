"""A catalog manager keeps products: cards with barcodes, units, a category tree, photos and the list."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services.catalog import BarcodeData, ProductForm, ProductQuery
from app.services.errors import ConcurrentEdit, NotFound, ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def make_form(services, **overrides) -> ProductForm:
    units = {u.name: u.id for u in services.catalog.list_units()}
    unit_id = units.get("pcs") or services.catalog.add_unit("pcs").id
    values = dict(sku="PMP-40", name="Centrifugal pump CP-40", unit_id=unit_id, sale_price=Decimal("410.00"),
                  purchase_price=Decimal("310.00"), vat_rate=Decimal("20"), min_stock=Decimal("2"),
                  barcodes=(BarcodeData("4006381333931"),))
    values.update(overrides)
    return ProductForm(**values)


def test_a_product_is_created_loaded_and_found_by_sku_name_or_barcode(services):
    card = services.catalog.create_product(make_form(services, name="پمپ آریا"))
    assert card.form.sku == "PMP-40" and card.form.barcodes == (BarcodeData("4006381333931", "ean13"),)
    assert card.unit_name == "pcs" and card.version == 1 and not card.has_photo
    assert services.catalog.load_product(card.id) == card
    for text in ("pmp-40", "آریا", "333931"):
        count, rows = services.catalog.products_first(ProductQuery(search=text))
        assert count == 1 and rows[0].barcode == "4006381333931" and rows[0].sale_price == Decimal("410.00")
    assert services.catalog.product_by_barcode(" 4006381333931 ").id == card.id
    assert services.catalog.product_by_barcode("0000000000000") is None


def test_every_problem_of_a_form_is_reported_by_field(services):
    grams = services.catalog.add_unit("kg", decimals=3)
    with pytest.raises(ValidationError) as err:
        services.catalog.create_product(ProductForm(
            sku=" ", name="", kind="gadget", unit_id=None, sale_price=Decimal("-1"), vat_rate=Decimal("120"),
            purchase_price="abc", min_stock=Decimal("-1"), currency="dollars",
            barcodes=(BarcodeData("4006381333932"), BarcodeData("ABC\u00e9", "code128"))))
    assert set(err.value.errors) == {"sku", "name", "kind", "unit_id", "sale_price", "vat_rate", "purchase_price",
                                     "min_stock", "currency", "barcodes.0", "barcodes.1"}
    assert "should be 1" in err.value.errors["barcodes.0"]
    with pytest.raises(ValidationError) as err:
        services.catalog.create_product(make_form(services, unit_id=grams.id, min_stock=Decimal("0.0005")))
    assert err.value.errors == {"min_stock": "“kg” allows at most 3 decimals"}
    with pytest.raises(ValidationError) as err:
        services.catalog.create_product(make_form(services, min_stock=Decimal("1.5")))
    assert err.value.errors == {"min_stock": "“pcs” is counted in whole numbers"}


def test_sku_is_unique_whatever_the_case_and_a_barcode_names_its_owner(services):
    services.catalog.create_product(make_form(services))
    with pytest.raises(ValidationError) as err:
        services.catalog.create_product(make_form(services, sku="pmp-40", barcodes=()))
    assert err.value.errors["sku"] == "is already used by “Centrifugal pump CP-40” (PMP-40)"
    with pytest.raises(ValidationError) as err:
        services.catalog.create_product(make_form(services, sku="PMP-65"))
    assert err.value.errors == {"barcodes.0": "already belongs to PMP-40 “Centrifugal pump CP-40”"}


def test_update_needs_the_version_the_user_saw_and_replaces_barcodes(services):
    card = services.catalog.create_product(make_form(services))
    code = services.catalog.generate_ean13()
    assert code[:3].isdigit() and 200 <= int(code[:3]) <= 299
    form = make_form(services, name="Pump CP-40 (new)", barcodes=(BarcodeData(code), BarcodeData("PMP40", "code128")))
    saved = services.catalog.update_product(card.id, form, expected_version=card.version)
    assert saved.version == 2 and [b.code for b in saved.form.barcodes] == [code, "PMP40"]
    assert services.catalog.products_first(ProductQuery(search="4006381333931"))[0] == 0
    with pytest.raises(ConcurrentEdit) as err:
        services.catalog.update_product(card.id, form, expected_version=card.version)
    assert err.value.changed_by == "Anna Admin" and err.value.current.version == 2
    with pytest.raises(NotFound):
        services.catalog.load_product(999)


def test_archived_products_leave_the_list_and_come_back(services):
    card = services.catalog.create_product(make_form(services))
    archived = services.catalog.set_product_archived(card.id, True, expected_version=card.version)
    assert services.catalog.products_first(ProductQuery())[0] == 0
    assert services.catalog.products_first(ProductQuery(archived="archived"))[1][0].archived
    services.catalog.set_product_archived(card.id, False, expected_version=archived.version)
    assert services.catalog.products_first(ProductQuery())[0] == 1


def test_category_tree_filters_the_list_by_subtree_and_refuses_bad_moves(services):
    pumps = services.catalog.add_category("Pumps")
    centrifugal = services.catalog.add_category("Centrifugal", parent_id=pumps.id)
    valves = services.catalog.add_category("Valves")
    services.catalog.create_product(make_form(services, category_id=centrifugal.id))
    services.catalog.create_product(make_form(services, sku="V-1", name="Valve", category_id=valves.id, barcodes=()))
    assert [r.sku for r in services.catalog.products_first(ProductQuery(category_id=pumps.id))[1]] == ["PMP-40"]
    with pytest.raises(ValidationError):
        services.catalog.add_category("centrifugal", parent_id=pumps.id)
    with pytest.raises(ValidationError):
        services.catalog.move_category(pumps.id, parent_id=centrifugal.id, expected_version=pumps.version)
    moved = services.catalog.move_category(valves.id, parent_id=pumps.id, expected_version=valves.version)
    assert moved.parent_id == pumps.id
    assert services.catalog.products_first(ProductQuery(category_id=pumps.id))[0] == 2
    renamed = services.catalog.rename_category(centrifugal.id, "Centrifugal pumps",
                                               expected_version=centrifugal.version)
    with pytest.raises(ValidationError) as err:
        services.catalog.delete_category(pumps.id, expected_version=pumps.version)
    assert "subcategories" in err.value.errors["category"]
    with pytest.raises(ValidationError) as err:
        services.catalog.delete_category(centrifugal.id, expected_version=renamed.version)
    assert "1 product" in err.value.errors["category"]
    empty = services.catalog.add_category("Empty")
    services.catalog.delete_category(empty.id, expected_version=empty.version)
    assert "Empty" not in [c.name for c in services.catalog.list_categories()]


def test_units_are_an_editable_directory(services):
    kg = services.catalog.add_unit("kg", decimals=3)
    with pytest.raises(ValidationError):
        services.catalog.add_unit("KG")
    services.catalog.create_product(make_form(services, unit_id=kg.id, min_stock=Decimal("2.5")))
    with pytest.raises(ValidationError) as err:
        services.catalog.update_unit(kg.id, name="kg", decimals=0, expected_version=kg.version)
    assert "PMP-40" in err.value.errors["decimals"]
    kg = services.catalog.update_unit(kg.id, name="kilogram", decimals=1, expected_version=kg.version)
    with pytest.raises(ValidationError):
        services.catalog.delete_unit(kg.id, expected_version=kg.version)
    box = services.catalog.add_unit("box")
    services.catalog.delete_unit(box.id, expected_version=box.version)
    assert [u.name for u in services.catalog.list_units()] == ["kilogram", "pcs"]


def test_list_sorts_in_sql_both_ways(services):
    for i, (sku, price) in enumerate([("B-2", "5.00"), ("A-1", "30.00"), ("C-3", "12.50")]):
        services.catalog.create_product(make_form(services, sku=sku, name=f"Item {i}", sale_price=Decimal(price),
                                                  barcodes=()))
    by_price = services.catalog.products_page(ProductQuery(), "sale_price", False, 0, 10)
    assert [r.sku for r in by_price] == ["B-2", "C-3", "A-1"]
    assert [r.sku for r in services.catalog.products_page(ProductQuery(), "sku", True, 0, 10)] == ["C-3", "B-2", "A-1"]
    assert [r.sku for r in services.catalog.products_page(ProductQuery(), "sku", False, 1, 1)] == ["B-2"]
    with pytest.raises(ValidationError):
        services.catalog.products_page(ProductQuery(), "id; drop", False, 0, 10)


def test_photo_is_png_or_jpeg_up_to_two_megabytes(services):
    card = services.catalog.create_product(make_form(services))
    assert services.catalog.load_photo(card.id) is None
    services.catalog.set_photo(card.id, PNG)
    assert services.catalog.load_photo(card.id).data == PNG and services.catalog.load_product(card.id).has_photo
    jpeg = b"\xff\xd8\xff\xe0" + b"\0" * 32
    assert services.catalog.set_photo(card.id, jpeg).mime == "image/jpeg"
    with pytest.raises(ValidationError, match="PNG and JPEG"):
        services.catalog.set_photo(card.id, b"GIF89a....")
    with pytest.raises(ValidationError, match="2 MB"):
        services.catalog.set_photo(card.id, PNG + b"\0" * (2 * 1024 * 1024))
    services.catalog.clear_photo(card.id)
    assert services.catalog.load_photo(card.id) is None
