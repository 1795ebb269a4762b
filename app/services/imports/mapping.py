"""What each import kind reads (its target fields) and the column mapping: target field → source column
title, matched by header names by default and remembered per user and kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.services import preferences
from app.services import validation as v
from app.services.access.principal import open_to_all
from app.services.errors import ValidationError
from app.services.i18n import msg, translated
from app.services.uow import UnitOfWork

KINDS = ("clients", "products", "prices", "stock")
SETTING_PREFIX = "import_mapping:"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    label: str
    required: bool = False
    # Other header titles that mean this field ("Phone number", "Tel").
    aliases: tuple[str, ...] = ()


FIELDS: dict[str, tuple[Field, ...]] = {
    "clients": (
        Field("name", msg("Name"), True, ("client", "display name", "company", "client name")),
        Field("kind", msg("Kind"), aliases=("type", "company or person")),
        Field("legal_name", msg("Legal name"), aliases=("full legal name",)),
        Field("tax_id", msg("Tax id"), aliases=("inn", "vat", "vat number", "tax number", "tin")),
        Field("phone", msg("Phone"), aliases=("telephone", "tel", "phone number")),
        Field("email", msg("E-mail"), aliases=("email", "e-mail address", "mail")),
        Field("contact_name", msg("Contact name"), aliases=("contact", "contact person")),
        Field("contact_position", msg("Contact position"), aliases=("position", "job title")),
        Field("contact_phone", msg("Contact phone"), aliases=("contact mobile", "mobile")),
        Field("contact_email", msg("Contact e-mail"), aliases=("contact email",)),
        Field("country", msg("Country")),
        Field("city", msg("City"), aliases=("town",)),
        Field("street", msg("Street"), aliases=("address",)),
        Field("building", msg("Building"), aliases=("house",)),
        Field("postcode", msg("Postcode"), aliases=("zip", "postal code", "zip code")),
        Field("notes", msg("Notes"), aliases=("comment",)),
    ),
    "products": (
        Field("sku", msg("SKU"), True, ("article", "code", "item code")),
        Field("name", msg("Name"), True, ("product", "product name", "title")),
        Field("unit", msg("Unit"), True, ("uom", "unit of measure")),
        Field("kind", msg("Kind"), aliases=("type",)),
        Field("category", msg("Category"), aliases=("group",)),
        Field("purchase_price", msg("Purchase price"), aliases=("cost", "buy price")),
        Field("sale_price", msg("Sale price"), aliases=("price", "sell price")),
        Field("currency", msg("Currency")),
        Field("vat_rate", msg("VAT %"), aliases=("vat", "vat rate", "tax rate")),
        Field("min_stock", msg("Minimum stock"), aliases=("min stock", "minimum")),
        Field("barcode", msg("Barcode"), aliases=("ean", "ean13", "ean-13")),
        Field("description", msg("Description")),
    ),
    "prices": (
        Field("price_list", msg("Price list"), aliases=("list", "pricelist")),
        Field("sku", msg("SKU"), True, ("article", "code", "item code")),
        Field("price", msg("Price"), True),
    ),
    "stock": (
        Field("sku", msg("SKU"), True, ("article", "code", "item code")),
        Field("warehouse", msg("Warehouse"), True, ("store", "location")),
        Field("quantity", msg("Quantity"), True, ("qty", "on hand", "balance")),
        Field("unit_cost", msg("Unit cost"), aliases=("cost", "price")),
        Field("lot", msg("Lot"), aliases=("batch", "lot code")),
        Field("expires_on", msg("Expiry"), aliases=("expiry date", "expires", "expiration date", "best before", "use by")),
    ),
}

Mapping_ = dict[str, str]  # target field → source column title


def fields_of(kind: str) -> tuple[Field, ...]:
    if kind not in FIELDS:
        raise ValidationError({"kind": msg("choose one of {choices}", choices=', '.join(KINDS))})
    return FIELDS[kind]


def default_mapping(kind: str, headers: Sequence[str]) -> Mapping_:
    """Each field mapped to the header that names it (its name, label in English or the user's language, or an
    alias, in any case)."""
    by_key = {v.fold(v.clean(h)): h for h in reversed(headers)}  # the first of equal titles wins
    result: Mapping_ = {}
    for f in fields_of(kind):
        for candidate in (f.name, f.name.replace("_", " "), f.label, translated(f.label), *f.aliases):
            header = by_key.get(v.fold(candidate))
            if header is not None and header not in result.values():
                result[f.name] = header
                break
    return result


def suggested_mapping(remembered: Mapping[str, str] | None, kind: str, headers: Sequence[str]) -> Mapping_:
    """The remembered mapping for the columns this file still has, the rest matched by header names."""
    result = default_mapping(kind, headers)
    present = set(headers)
    for name, header in (remembered or {}).items():
        if header in present and any(f.name == name for f in fields_of(kind)):
            for other, h in list(result.items()):
                if h == header and other != name:
                    del result[other]
            result[name] = header
    return result


def check_mapping(kind: str, headers: Sequence[str], mapping: Mapping[str, str]) -> None:
    """Raise ValidationError naming every required field without a column, or a column not in the file."""
    errors: dict[str, str] = {}
    present = set(headers)
    used: dict[str, str] = {}
    for f in fields_of(kind):
        header = mapping.get(f.name)
        if not header:
            if f.required:
                errors[f.name] = msg("the required column “{label}” is not mapped (no such column in the file)", label=translated(f.label))
        elif header not in present:
            errors[f.name] = msg("the file has no column “{header}”", header=header)
        elif header in used:
            errors[f.name] = msg("column “{header}” is already mapped to {field}", header=header, field=used[header])
        else:
            used[header] = f.label
    if errors:
        raise ValidationError(errors)


@open_to_all
def remembered_mapping(uow: UnitOfWork, kind: str) -> Mapping_:
    """The signed-in user's last mapping for `kind` ({} when none)."""
    value = preferences.get_setting(uow, SETTING_PREFIX + kind, {})
    return {str(k): str(val) for k, val in value.items()} if isinstance(value, dict) else {}


@open_to_all
def remember_mapping(uow: UnitOfWork, kind: str, mapping: Mapping[str, str]) -> None:
    """Keep `mapping` as the signed-in user's mapping for `kind`."""
    fields_of(kind)
    preferences.set_setting(uow, SETTING_PREFIX + kind, {k: val for k, val in mapping.items() if val})
