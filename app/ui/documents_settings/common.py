"""What the document settings dialogs share: field errors shown by their fields, the rest on a status line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.errors import message_for, show_error
from app.ui.widgets import ErrorLabel, FieldWithError, error_text


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def doc_type_names() -> dict[str, str]:
    return {"quote": tr("Quote (commercial proposal)"), "order": tr("Sales order"),
            "invoice": tr("Invoice for payment"), "waybill": tr("Waybill"), "act": tr("Act of completed work"),
            "goods_receipt": tr("Goods receipt")}


def show_failure(parent: QWidget, fields: dict[str, FieldWithError], status: ErrorLabel,
                 exc: BaseException) -> list[str]:
    """Put a ValidationError's messages by their fields (the rest, and conflicts, on `status`); anything
    unexpected goes to show_error. Returns the keys of the fields that got a message."""
    for field in fields.values():
        field.set_error("")
    status.show_message("")
    if isinstance(exc, ValidationError):
        marked, rest = [], []
        for key, message in exc.errors.items():
            if key in fields:
                fields[key].set_error(message)
                marked.append(key)
            else:
                rest.append(error_text(message))
        status.show_message("\n".join(rest))
        return marked
    if isinstance(exc, ConcurrentEdit):
        status.show_message(message_for(exc) + " " + tr("Press Reload to see their version; what you typed "
                                                         "stays until then."))
        return []
    show_error(parent, exc)
    return []
