"""Turning errors into words: one place that knows how each domain error reads to a person."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import DBAPIError, OperationalError

from app.services.errors import (
    AccountLocked,
    AuthenticationFailed,
    ConcurrentEdit,
    ConnectionLost,
    DatabaseUnavailable,
    DomainError,
    DuplicateFound,
    NotFound,
    PermissionDenied,
    SchemaTooNew,
    TooManyAttempts,
    ValidationError,
)
from app.ui.text import format_time

log = logging.getLogger(__name__)


translate = QCoreApplication.translate


def tr(text: str) -> str:
    """A text marked elsewhere in the "Errors" context (a field's name), in the user's language. Literals
    are written translate("Errors", "…") where they are used: lupdate puts a bare tr("…") outside a class
    in the empty context, where this lookup would not find it."""
    return QCoreApplication.translate("Errors", text)


# The names people know the fields by, for the field paths services put in ValidationError ("lines.2.quantity"
# reads "Quantity (line 3)"). Marked here, translated when shown.
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("Errors", "Name"), "legal_name": QT_TRANSLATE_NOOP("Errors", "Legal name"),
    "tax_id": QT_TRANSLATE_NOOP("Errors", "Tax ID"), "kind": QT_TRANSLATE_NOOP("Errors", "Kind"),
    "roles": QT_TRANSLATE_NOOP("Errors", "Roles"), "tags": QT_TRANSLATE_NOOP("Errors", "Tags"),
    "manager_id": QT_TRANSLATE_NOOP("Errors", "Responsible manager"), "login": QT_TRANSLATE_NOOP("Errors", "Login"),
    "full_name": QT_TRANSLATE_NOOP("Errors", "Full name"), "password": QT_TRANSLATE_NOOP("Errors", "Password"),
    "company_name": QT_TRANSLATE_NOOP("Errors", "Company name"), "name": QT_TRANSLATE_NOOP("Errors", "Name"),
    "admin_login": QT_TRANSLATE_NOOP("Errors", "Login"), "new_password": QT_TRANSLATE_NOOP("Errors", "New password"),
    "address": QT_TRANSLATE_NOOP("Errors", "Address"), "addresses": QT_TRANSLATE_NOOP("Errors", "Address"),
    "city": QT_TRANSLATE_NOOP("Errors", "City"), "postcode": QT_TRANSLATE_NOOP("Errors", "Postcode"),
    "bank_accounts": QT_TRANSLATE_NOOP("Errors", "Bank account"),
    "account_number": QT_TRANSLATE_NOOP("Errors", "Account number"),
    "bank_name": QT_TRANSLATE_NOOP("Errors", "Bank"), "bic": QT_TRANSLATE_NOOP("Errors", "BIC"),
    "corr_account": QT_TRANSLATE_NOOP("Errors", "Correspondent account"),
    "channels": QT_TRANSLATE_NOOP("Errors", "Contact details"), "value": QT_TRANSLATE_NOOP("Errors", "Value"),
    "contacts": QT_TRANSLATE_NOOP("Errors", "Contact person"), "birthday": QT_TRANSLATE_NOOP("Errors", "Birthday"),
    "email": QT_TRANSLATE_NOOP("Errors", "E-mail"), "phone": QT_TRANSLATE_NOOP("Errors", "Phone"),
    "amount": QT_TRANSLATE_NOOP("Errors", "Amount"), "currency": QT_TRANSLATE_NOOP("Errors", "Currency"),
    "rate": QT_TRANSLATE_NOOP("Errors", "Rate"), "price": QT_TRANSLATE_NOOP("Errors", "Price"),
    "sale_price": QT_TRANSLATE_NOOP("Errors", "Sale price"),
    "purchase_price": QT_TRANSLATE_NOOP("Errors", "Purchase price"),
    "price_list": QT_TRANSLATE_NOOP("Errors", "Price list"), "price_list_id": QT_TRANSLATE_NOOP("Errors", "Price list"),
    "rule_percent": QT_TRANSLATE_NOOP("Errors", "Rule, %"),
    "discount_percent": QT_TRANSLATE_NOOP("Errors", "Discount, %"), "vat_rate": QT_TRANSLATE_NOOP("Errors", "VAT, %"),
    "vat_mode": QT_TRANSLATE_NOOP("Errors", "VAT"), "default_vat_mode": QT_TRANSLATE_NOOP("Errors", "VAT"),
    "credit_limit": QT_TRANSLATE_NOOP("Errors", "Credit limit"),
    "payment_days": QT_TRANSLATE_NOOP("Errors", "Payment days"),
    "sku": QT_TRANSLATE_NOOP("Errors", "SKU"), "barcodes": QT_TRANSLATE_NOOP("Errors", "Barcode"),
    "unit": QT_TRANSLATE_NOOP("Errors", "Unit"), "unit_id": QT_TRANSLATE_NOOP("Errors", "Unit"),
    "decimals": QT_TRANSLATE_NOOP("Errors", "Decimals"), "category": QT_TRANSLATE_NOOP("Errors", "Category"),
    "category_id": QT_TRANSLATE_NOOP("Errors", "Category"), "parent": QT_TRANSLATE_NOOP("Errors", "Parent"),
    "parent_id": QT_TRANSLATE_NOOP("Errors", "Parent"), "min_stock": QT_TRANSLATE_NOOP("Errors", "Minimum stock"),
    "weight_kg": QT_TRANSLATE_NOOP("Errors", "Weight, kg"), "tracks_lots": QT_TRANSLATE_NOOP("Errors", "Lots"),
    "photo": QT_TRANSLATE_NOOP("Errors", "Photo"), "copies": QT_TRANSLATE_NOOP("Errors", "Copies"),
    "layout": QT_TRANSLATE_NOOP("Errors", "Layout"), "products": QT_TRANSLATE_NOOP("Errors", "Products"),
    "product_id": QT_TRANSLATE_NOOP("Errors", "Product"), "quantity": QT_TRANSLATE_NOOP("Errors", "Quantity"),
    "unit_cost": QT_TRANSLATE_NOOP("Errors", "Unit cost"), "cost": QT_TRANSLATE_NOOP("Errors", "Cost"),
    "unit_price": QT_TRANSLATE_NOOP("Errors", "Unit price"), "lines": QT_TRANSLATE_NOOP("Errors", "Line"),
    "lot": QT_TRANSLATE_NOOP("Errors", "Lot"), "lot_code": QT_TRANSLATE_NOOP("Errors", "Lot"),
    "lot_id": QT_TRANSLATE_NOOP("Errors", "Lot"), "warehouse": QT_TRANSLATE_NOOP("Errors", "Warehouse"),
    "warehouse_id": QT_TRANSLATE_NOOP("Errors", "Warehouse"),
    "to_warehouse_id": QT_TRANSLATE_NOOP("Errors", "To warehouse"), "reason": QT_TRANSLATE_NOOP("Errors", "Reason"),
    "client_id": QT_TRANSLATE_NOOP("Errors", "Client"), "client": QT_TRANSLATE_NOOP("Errors", "Client"),
    "clients": QT_TRANSLATE_NOOP("Errors", "Clients"), "company": QT_TRANSLATE_NOOP("Errors", "Company"),
    "contact_id": QT_TRANSLATE_NOOP("Errors", "Contact person"),
    "contact_person_id": QT_TRANSLATE_NOOP("Errors", "Contact person"),
    "deal_id": QT_TRANSLATE_NOOP("Errors", "Deal"), "task_id": QT_TRANSLATE_NOOP("Errors", "Task"),
    "document_id": QT_TRANSLATE_NOOP("Errors", "Document"), "doc_type": QT_TRANSLATE_NOOP("Errors", "Type"),
    "document_ref": QT_TRANSLATE_NOOP("Errors", "Document"), "product_ref": QT_TRANSLATE_NOOP("Errors", "Product"),
    "reference": QT_TRANSLATE_NOOP("Errors", "Reference"), "number_format": QT_TRANSLATE_NOOP("Errors", "Numbering"),
    "series": QT_TRANSLATE_NOOP("Errors", "Series"), "due_date": QT_TRANSLATE_NOOP("Errors", "Due date"),
    "due_at": QT_TRANSLATE_NOOP("Errors", "Due"), "occurred_at": QT_TRANSLATE_NOOP("Errors", "When"),
    "date_to": QT_TRANSLATE_NOOP("Errors", "To"), "period": QT_TRANSLATE_NOOP("Errors", "Period"),
    "period_end": QT_TRANSLATE_NOOP("Errors", "End of period"), "end": QT_TRANSLATE_NOOP("Errors", "End"),
    "planned_end": QT_TRANSLATE_NOOP("Errors", "Planned end"), "horizon": QT_TRANSLATE_NOOP("Errors", "Horizon"),
    "duration_minutes": QT_TRANSLATE_NOOP("Errors", "Duration"),
    "remind_before_minutes": QT_TRANSLATE_NOOP("Errors", "Reminder"),
    "recurrence_interval": QT_TRANSLATE_NOOP("Errors", "Repeat every"),
    "recurrence_until": QT_TRANSLATE_NOOP("Errors", "Repeat until"),
    "recurrence_weekdays": QT_TRANSLATE_NOOP("Errors", "Weekdays"), "subject": QT_TRANSLATE_NOOP("Errors", "Subject"),
    "body": QT_TRANSLATE_NOOP("Errors", "Text"), "title": QT_TRANSLATE_NOOP("Errors", "Title"),
    "footer": QT_TRANSLATE_NOOP("Errors", "Footer"), "result": QT_TRANSLATE_NOOP("Errors", "Result"),
    "resolution": QT_TRANSLATE_NOOP("Errors", "Resolution"), "direction": QT_TRANSLATE_NOOP("Errors", "Direction"),
    "method": QT_TRANSLATE_NOOP("Errors", "Method"), "priority": QT_TRANSLATE_NOOP("Errors", "Priority"),
    "status": QT_TRANSLATE_NOOP("Errors", "Status"), "responsible_id": QT_TRANSLATE_NOOP("Errors", "Responsible"),
    "assignee": QT_TRANSLATE_NOOP("Errors", "Assignee"), "role": QT_TRANSLATE_NOOP("Errors", "Role"),
    "department": QT_TRANSLATE_NOOP("Errors", "Department"), "pin": QT_TRANSLATE_NOOP("Errors", "PIN"),
    "pipeline_id": QT_TRANSLATE_NOOP("Errors", "Pipeline"), "stage": QT_TRANSLATE_NOOP("Errors", "Stage"),
    "stage_id": QT_TRANSLATE_NOOP("Errors", "Stage"), "stages": QT_TRANSLATE_NOOP("Errors", "Stages"),
    "probability": QT_TRANSLATE_NOOP("Errors", "Probability"), "position": QT_TRANSLATE_NOOP("Errors", "Position"),
    "lost_reason_id": QT_TRANSLATE_NOOP("Errors", "Reason for losing"),
    "source": QT_TRANSLATE_NOOP("Errors", "Source"), "source_campaign_id": QT_TRANSLATE_NOOP("Errors", "Campaign"),
    "segment_id": QT_TRANSLATE_NOOP("Errors", "Segment"), "test_to": QT_TRANSLATE_NOOP("Errors", "Test address"),
    "to": QT_TRANSLATE_NOOP("Errors", "To"), "mail_from": QT_TRANSLATE_NOOP("Errors", "From"),
    "host": QT_TRANSLATE_NOOP("Errors", "Server"), "port": QT_TRANSLATE_NOOP("Errors", "Port"),
    "security": QT_TRANSLATE_NOOP("Errors", "Security"), "smtp": QT_TRANSLATE_NOOP("Errors", "Mail server"),
    "metric": QT_TRANSLATE_NOOP("Errors", "Metric"), "key_results": QT_TRANSLATE_NOOP("Errors", "Key results"),
    "supplier": QT_TRANSLATE_NOOP("Errors", "Supplier"), "supplier_id": QT_TRANSLATE_NOOP("Errors", "Supplier"),
    "supplier_sku": QT_TRANSLATE_NOOP("Errors", "Supplier's SKU"),
    "lead_time_days": QT_TRANSLATE_NOOP("Errors", "Lead time, days"),
    "min_order_qty": QT_TRANSLATE_NOOP("Errors", "Minimum order"), "bom_id": QT_TRANSLATE_NOOP("Errors", "Bill of materials"),
    "trigger": QT_TRANSLATE_NOOP("Errors", "Trigger"), "trigger_params": QT_TRANSLATE_NOOP("Errors", "Trigger"),
    "conditions": QT_TRANSLATE_NOOP("Errors", "Condition"), "actions": QT_TRANSLATE_NOOP("Errors", "Action"),
    "field": QT_TRANSLATE_NOOP("Errors", "Field"), "op": QT_TRANSLATE_NOOP("Errors", "Comparison"),
    "template": QT_TRANSLATE_NOOP("Errors", "Template"),
    "contract_template": QT_TRANSLATE_NOOP("Errors", "Contract template"),
    "document_language": QT_TRANSLATE_NOOP("Errors", "Document language"),
    "language": QT_TRANSLATE_NOOP("Errors", "Documents language"),
    "persian_calendar": QT_TRANSLATE_NOOP("Errors", "Persian documents dated in"),
    "logo_position": QT_TRANSLATE_NOOP("Errors", "Logo position"), "margin_mm": QT_TRANSLATE_NOOP("Errors", "Margins"),
    "folder": QT_TRANSLATE_NOOP("Errors", "Folder"), "target": QT_TRANSLATE_NOOP("Errors", "Destination"),
    "keep_daily": QT_TRANSLATE_NOOP("Errors", "Daily backups kept"),
    "keep_monthly": QT_TRANSLATE_NOOP("Errors", "Monthly backups kept"),
    "schedule": QT_TRANSLATE_NOOP("Errors", "Schedule"), "database": QT_TRANSLATE_NOOP("Errors", "Database"),
    "db_role": QT_TRANSLATE_NOOP("Errors", "Database role"), "merged_id": QT_TRANSLATE_NOOP("Errors", "Merged client"),
    "take_from_merged": QT_TRANSLATE_NOOP("Errors", "Taken from the merged client"),
    "total_currency": QT_TRANSLATE_NOOP("Errors", "Currency"), "total_max": QT_TRANSLATE_NOOP("Errors", "Total"),
    "group_by": QT_TRANSLATE_NOOP("Errors", "Group by"), "limit": QT_TRANSLATE_NOOP("Errors", "Limit"),
    "active": QT_TRANSLATE_NOOP("Errors", "Active"), "archived": QT_TRANSLATE_NOOP("Errors", "Archived"),
    "cells": QT_TRANSLATE_NOOP("Errors", "Rights"), "code": QT_TRANSLATE_NOOP("Errors", "Code"),
    "group": QT_TRANSLATE_NOOP("Errors", "Group"), "id": QT_TRANSLATE_NOOP("Errors", "Record"),
    "key": QT_TRANSLATE_NOOP("Errors", "Setting"), "kinds": QT_TRANSLATE_NOOP("Errors", "Kinds"),
    "last_purchase_to": QT_TRANSLATE_NOOP("Errors", "Last purchase up to"),
    "level": QT_TRANSLATE_NOOP("Errors", "Level"), "offset": QT_TRANSLATE_NOOP("Errors", "Position in the list"),
    "proposals": QT_TRANSLATE_NOOP("Errors", "Proposals"), "report": QT_TRANSLATE_NOOP("Errors", "Report"),
    "sort": QT_TRANSLATE_NOOP("Errors", "Sort"), "step": QT_TRANSLATE_NOOP("Errors", "Step"),
    "tag": QT_TRANSLATE_NOOP("Errors", "Tag"), "expires_on": QT_TRANSLATE_NOOP("Errors", "Expiry"),
}


def field_label(path: str) -> str:
    """A field path as the user reads it: "email" → "E-mail", "lines.2.quantity" → "Quantity (line 3)"."""
    parts = path.split(".")
    names = [p for p in parts if not p.isdigit()]
    indexes = [int(p) for p in parts if p.isdigit()]
    key = names[-1] if names else path
    if key not in FIELD_LABELS and len(names) > 1 and names[0] in FIELD_LABELS:
        key = names[0]
    label = tr(FIELD_LABELS[key]) if key in FIELD_LABELS else key.replace("_", " ").capitalize()
    if indexes:
        return translate("Errors", "{field} (line {n})").format(field=label, n=indexes[0] + 1)
    return label


def locked_text(exc: AccountLocked) -> str:
    """When a locked account opens again, in the user's local time."""
    until = exc.until if exc.until.tzinfo is not None else exc.until.replace(tzinfo=UTC)
    return translate("Errors", "This account is locked until {time} after too many wrong passwords; "
              "ask an administrator to unlock it.").format(time=until.astimezone().strftime("%H:%M"))


def message_for(exc: BaseException) -> str:
    """A translated sentence for a known error, or '' for an unexpected one."""
    if isinstance(exc, ValidationError):
        # The reasons come translated from the services (msg); only the field names are translated here.
        lines = [f"{field_label(k)}: {v}" for k, v in exc.errors.items()]
        return translate("Errors", "Please correct the highlighted fields:") + "\n" + "\n".join(lines)
    if isinstance(exc, ConcurrentEdit):
        who = exc.changed_by or translate("Errors", "another user")
        when = format_time(exc.changed_at)
        return translate("Errors", "This record was changed by {who} at {when} after you opened it.").format(who=who, when=when)
    if isinstance(exc, NotFound):
        return translate("Errors", "The record no longer exists — it may have been deleted or merged by another user.")
    if isinstance(exc, DuplicateFound):
        names = ", ".join(sorted({m.display_name for m in exc.matches}))
        return translate("Errors", "A client with the same phone, e-mail or tax ID already exists: {names}").format(names=names)
    if isinstance(exc, AuthenticationFailed):
        return translate("Errors", "The login or password is incorrect.")
    if isinstance(exc, TooManyAttempts):
        return translate("Errors", "Too many failed attempts. Try again in {n} seconds.").format(n=max(1, round(exc.retry_after)))
    if isinstance(exc, PermissionDenied):
        from app.ui.rights import denied_text

        return denied_text(exc.area, exc.action)
    if isinstance(exc, AccountLocked):
        return locked_text(exc)
    if isinstance(exc, SchemaTooNew):
        return translate("Errors", "This database was upgraded by a newer version of Karavan ({db}). "
                  "Install the newer version to open it; nothing was changed.").format(db=exc.db_revision)
    if isinstance(exc, DatabaseUnavailable):
        return translate("Errors", "Cannot connect to the database {target}.\n{detail}").format(target=exc.target,
                                                                               detail=exc.detail)
    if isinstance(exc, ConnectionLost):
        if exc.saved is False:
            return translate("Errors", "The connection to the database was lost before this was done, so nothing was saved. "
                      "What you entered is kept: try again once the connection is back — Karavan reconnects "
                      "by itself.")
        return translate("Errors", "The connection to the database was lost while saving, so Karavan cannot tell whether the "
                  "save reached the server. What you entered is kept. Reload the record (or look for it in "
                  "the list) before saving again, so that nothing is saved twice.")
    if isinstance(exc, (OperationalError, DBAPIError)) and getattr(exc, "connection_invalidated", False) \
            or isinstance(exc, OperationalError):
        return translate("Errors", "The connection to the database was lost. Nothing was saved by this action; "
                  "Karavan reconnects on the next try — check the network and try again.")
    if isinstance(exc, DomainError):
        return str(exc)
    return ""


def conflict_text(exc: ConcurrentEdit, what: str = "document") -> str:
    """The line a form shows when someone saved the record after the user opened it: nothing was
    overwritten, and Reload shows their version."""
    from datetime import datetime

    return translate("Errors", "{who} changed this {what} at {when} after you opened it. Your changes were not saved; "
              "Reload shows theirs.").format(who=exc.changed_by or translate("Errors", "Another user"), what=tr(what),
                                             when=format_time(exc.changed_at or datetime.now()))


def show_save_failure(form, exc: BaseException, *, what: str = "document",
                      known_text: Callable[[BaseException], str] | None = None) -> None:
    """Where a record form shows why its save or action failed: field errors beside their fields
    (`form.show_errors`), an error `known_text` words (stock, credit…) or an edit conflict in the form's
    message line (`form.general_error`; a conflict also shows `form.reload_button` — nothing typed is
    lost), anything else in the error dialog."""
    if isinstance(exc, ValidationError):
        form.show_errors(exc.errors)
        return
    text = known_text(exc) if known_text is not None else ""
    if text:
        form.general_error.show_message(text)
    elif isinstance(exc, ConcurrentEdit):
        form.general_error.show_message(conflict_text(exc, what))
        form.reload_button.show()
    else:
        show_error(form, exc)


# Set by the crash handler (app/ui/crash.py) while the application runs: writes a report of an unexpected
# error and returns its path (None when it could not). Tests and tools without the handler write none.
report_writer: Callable[[BaseException], Path | None] | None = None


def error_details(exc: BaseException) -> str:
    return getattr(exc, "__karavan_details__", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__))


def unexpected_error_box(parent: QWidget | None, exc: BaseException, *, headline: str,
                         report: Path | None, title: str | None = None) -> QMessageBox:
    """The dialog for an error nobody foresaw: what happened, the headline (what it means for the data),
    where the report went, and the traceback folded under Details."""
    box = QMessageBox(parent)
    box.setObjectName("error_dialog")
    box.setWindowTitle(title or translate("Errors", "Karavan"))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setText(headline)
    info = translate("Errors", "What happened: {what}").format(what=str(exc) or type(exc).__name__)
    if report is not None:
        info += "\n\n" + translate("Errors", "A report for the administrator was saved to:\n{path}").format(path=report)
    box.setInformativeText(info)
    box.setDetailedText(error_details(exc))
    return box


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Show `exc` to the user: a plain message for known errors, a folded traceback otherwise."""
    text = message_for(exc)
    if not text:
        log.error("unexpected error: %s", error_details(exc))
        report = report_writer(exc) if report_writer is not None else None
        unexpected_error_box(parent, exc, report=report, title=title,
                             headline=translate("Errors", "Something went wrong. Your data is safe: the action was not saved.")
                             ).exec()
        return
    box = QMessageBox(parent)
    box.setObjectName("error_dialog")
    box.setWindowTitle(title or translate("Errors", "Karavan"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(text)
    box.exec()
