"""A refusal from the services reads in the user's language in the error dialog: the reason as the service
translated it (never run through Qt's tr again) after the field's name as people know it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.services.errors import ValidationError
from app.services.i18n import msg, set_translator
from app.ui.errors import FIELD_LABELS, field_label, message_for

SERVICES = Path(__file__).resolve().parents[2] / "app" / "services"


@pytest.fixture
def persian():
    words = {"is required": "الزامی است", "must be more than zero": "باید بیشتر از صفر باشد"}
    set_translator(lambda text: words.get(text, ""))
    yield
    set_translator(None)


def test_a_refusal_reads_field_name_then_the_translated_reason(persian):
    text = message_for(ValidationError({"display_name": msg("is required"),
                                        "lines.2.quantity": msg("must be more than zero")}))
    assert text.splitlines()[1:] == ["Name: الزامی است", "Quantity (line 3): باید بیشتر از صفر باشد"]


def test_field_paths_read_as_people_know_them():
    assert field_label("contacts.0.channels.1.value") == "Value (line 1)"
    assert field_label("addresses.0.city") == "City (line 1)"
    assert field_label("trigger_params.weekday") == "Trigger"  # a part of the trigger with no name of its own
    assert field_label("some_new_field") == "Some new field"


def _keys() -> set[str]:
    """The field names services put in ValidationError (literal keys and errors["…"] = …)."""
    keys: set[str] = set()
    for path in SERVICES.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "ValidationError" \
                    and node.args and isinstance(node.args[0], ast.Dict):
                keys |= {k.value for k in node.args[0].keys if isinstance(k, ast.Constant)}
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Subscript) \
                    and isinstance(node.targets[0].value, ast.Name) and "error" in node.targets[0].value.id:
                key = node.targets[0].slice
                if isinstance(key, ast.Constant):
                    keys.add(key.value)
                elif isinstance(key, ast.JoinedStr):
                    keys.add("".join(v.value if isinstance(v, ast.Constant) else "0" for v in key.values))
    return {k for k in keys if isinstance(k, str)}


def test_every_field_services_refuse_has_a_name_people_read():
    unnamed = []
    for key in sorted(_keys()):
        names = [p for p in re.split(r"\.", key) if p and not p.isdigit()]
        if names and names[-1] not in FIELD_LABELS and names[0] not in FIELD_LABELS:
            unnamed.append(key)
    assert unnamed == []
