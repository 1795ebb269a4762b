"""Turning errors into words: one place that knows how each domain error reads to a person."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


FIELD_LABELS = {
    "display_name": "Name", "legal_name": "Legal name", "tax_id": "Tax ID", "kind": "Kind",
    "roles": "Roles", "tags": "Tags", "manager_id": "Responsible manager", "login": "Login",
    "full_name": "Full name", "password": "Password", "company_name": "Company name", "name": "Name",
    "admin_login": "Login",
}


def field_label(path: str) -> str:
    return tr(FIELD_LABELS.get(path, path.replace("_", " ").capitalize()))


def locked_text(exc: AccountLocked) -> str:
    """When a locked account opens again, in the user's local time."""
    until = exc.until if exc.until.tzinfo is not None else exc.until.replace(tzinfo=UTC)
    return tr("This account is locked until {time} after too many wrong passwords; "
              "ask an administrator to unlock it.").format(time=until.astimezone().strftime("%H:%M"))


def message_for(exc: BaseException) -> str:
    """A translated sentence for a known error, or '' for an unexpected one."""
    if isinstance(exc, ValidationError):
        lines = [f"{field_label(k)}: {tr(v)}" for k, v in exc.errors.items()]
        return tr("Please correct the highlighted fields:") + "\n" + "\n".join(lines)
    if isinstance(exc, ConcurrentEdit):
        who = exc.changed_by or tr("another user")
        when = format_time(exc.changed_at)
        return tr("This record was changed by {who} at {when} after you opened it.").format(who=who, when=when)
    if isinstance(exc, NotFound):
        return tr("The record no longer exists — it may have been deleted or merged by another user.")
    if isinstance(exc, DuplicateFound):
        names = ", ".join(sorted({m.display_name for m in exc.matches}))
        return tr("A client with the same phone, e-mail or tax ID already exists: {names}").format(names=names)
    if isinstance(exc, AuthenticationFailed):
        return tr("The login or password is incorrect.")
    if isinstance(exc, TooManyAttempts):
        return tr("Too many failed attempts. Try again in {n} seconds.").format(n=max(1, round(exc.retry_after)))
    if isinstance(exc, PermissionDenied):
        from app.ui.rights import denied_text

        return denied_text(exc.area, exc.action)
    if isinstance(exc, AccountLocked):
        return locked_text(exc)
    if isinstance(exc, SchemaTooNew):
        return tr("This database was upgraded by a newer version of Karavan ({db}). "
                  "Install the newer version to open it; nothing was changed.").format(db=exc.db_revision)
    if isinstance(exc, DatabaseUnavailable):
        return tr("Cannot connect to the database {target}.\n{detail}").format(target=exc.target,
                                                                               detail=exc.detail)
    if isinstance(exc, ConnectionLost):
        if exc.saved is False:
            return tr("The connection to the database was lost before this was done, so nothing was saved. "
                      "What you entered is kept: try again once the connection is back — Karavan reconnects "
                      "by itself.")
        return tr("The connection to the database was lost while saving, so Karavan cannot tell whether the "
                  "save reached the server. What you entered is kept. Reload the record (or look for it in "
                  "the list) before saving again, so that nothing is saved twice.")
    if isinstance(exc, (OperationalError, DBAPIError)) and getattr(exc, "connection_invalidated", False) \
            or isinstance(exc, OperationalError):
        return tr("The connection to the database was lost. Nothing was saved by this action; "
                  "Karavan reconnects on the next try — check the network and try again.")
    if isinstance(exc, DomainError):
        return str(exc)
    return ""


def conflict_text(exc: ConcurrentEdit, what: str = "document") -> str:
    """The line a form shows when someone saved the record after the user opened it: nothing was
    overwritten, and Reload shows their version."""
    from datetime import datetime

    return tr("{who} changed this {what} at {when} after you opened it. Your changes were not saved; "
              "Reload shows theirs.").format(who=exc.changed_by or tr("Another user"), what=tr(what),
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
    box.setWindowTitle(title or tr("Karavan"))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setText(headline)
    info = tr("What happened: {what}").format(what=str(exc) or type(exc).__name__)
    if report is not None:
        info += "\n\n" + tr("A report for the administrator was saved to:\n{path}").format(path=report)
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
                             headline=tr("Something went wrong. Your data is safe: the action was not saved.")
                             ).exec()
        return
    box = QMessageBox(parent)
    box.setObjectName("error_dialog")
    box.setWindowTitle(title or tr("Karavan"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(text)
    box.exec()
