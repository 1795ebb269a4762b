"""Keys the catalog stores for uniqueness and search, computed in one place."""

from __future__ import annotations

from collections.abc import Iterable

from app.services import validation as v


def sku_key(sku: str) -> str:
    """Case-folded SKU: two SKUs differing only by case are the same SKU."""
    return v.fold(v.clean(sku))


def product_search_text(sku: str, name: str, codes: Iterable[str]) -> str:
    """What "contains" search looks in: SKU, name and every barcode, folded, separated by a bar."""
    return " | ".join(v.fold(part) for part in (sku, name, *codes) if part)
