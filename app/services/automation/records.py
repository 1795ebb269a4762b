"""The record a rule looks at: loading it, naming it, reading a condition's field and testing conditions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Client, Deal, Document, Payment, Product, ProductionOrder, Tag, Task, client_tag
from app.services import validation as v
from app.services.automation.catalog import FIELDS, OPS, ORDERED_OPS
from app.services.errors import NotFound
from app.services.i18n import msg

MODELS: dict[str, type] = {"client": Client, "deal": Deal, "document": Document, "payment": Payment,
                           "product": Product, "task": Task, "production_order": ProductionOrder}
# Kinds whose value is compared as a number.
NUMERIC = frozenset({"money", "number", "user", "pipeline", "stage"})


def load(s: Session, entity: str, record_id: int | None) -> Any:
    """The ORM record (None for a schedule's event); NotFound when it was deleted meanwhile."""
    if not entity or record_id is None:
        return None
    model = MODELS[entity]
    obj = s.get(model, record_id)
    if obj is None:
        raise NotFound(entity, record_id)
    return obj


def label(obj: Any) -> str:
    if obj is None:
        return ""
    for name in ("number", "display_name", "title", "subject", "name", "sku"):
        value = getattr(obj, name, None)
        if value:
            return str(value)[:300]
    return f"#{obj.id}"


def client_id_of(obj: Any) -> int | None:
    if isinstance(obj, Client):
        return obj.id
    return getattr(obj, "client_id", None)


def tags_of(s: Session, obj: Any) -> set[str]:
    client_id = client_id_of(obj)
    if client_id is None:
        return set()
    return set(s.scalars(select(Tag.name_key).join(client_tag, client_tag.c.tag_id == Tag.id)
                         .where(client_tag.c.client_id == client_id)))


def parse(kind: str, raw: str) -> Any:
    """A condition's typed value from what the editor stored; ValueError when it does not read."""
    raw = (raw or "").strip()
    if kind in NUMERIC:
        if not raw:
            raise ValueError(msg("enter a value"))
        try:
            number = Decimal(raw.replace(",", ".").replace(" ", ""))
        except InvalidOperation as exc:
            raise ValueError(msg("enter a number")) from exc
        if not number.is_finite():
            raise ValueError(msg("enter a number"))
        return number
    return v.fold(raw)


def value_of(s: Session, obj: Any, field: str) -> Any:
    if field == "tags":
        return tags_of(s, obj)
    value = getattr(obj, field, None)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | Decimal):
        return Decimal(value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    return None if value is None else v.fold(str(value))


def holds(s: Session, obj: Any, entity: str, condition: dict) -> bool:
    field, op, raw = condition.get("field", ""), condition.get("op", "="), condition.get("value", "")
    kind = FIELDS.get(entity, {}).get(field, ("", "text"))[1]
    actual = value_of(s, obj, field)
    if op == "empty":
        return not actual
    wanted = parse(kind, str(raw))
    if kind == "tags":
        hit = wanted in actual if op in ("=", "contains") else wanted not in actual
        return hit if op in ("=", "contains", "!=") else False
    if actual is None:
        return op == "!="
    if op == "=":
        return actual == wanted
    if op == "!=":
        return actual != wanted
    if op == "contains":
        return isinstance(actual, str) and str(wanted) in actual
    if op in ORDERED_OPS:
        if not isinstance(actual, Decimal) or not isinstance(wanted, Decimal):
            return False
        return {">": actual > wanted, ">=": actual >= wanted, "<": actual < wanted, "<=": actual <= wanted}[op]
    raise ValueError(f"unknown operator {op!r}; use one of {', '.join(OPS)}")


def all_hold(s: Session, obj: Any, entity: str, conditions: list[dict]) -> bool:
    return all(holds(s, obj, entity, c) for c in conditions)
