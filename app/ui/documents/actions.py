"""Confirming a document, shared by the editor and the list: the credit-limit warning with "Confirm anyway",
the back-dated posting question, and the documents' errors in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.context import ServiceContext
from app.services.documents.forms import DocumentCard
from app.services.errors import BackdatedPosting, CreditLimitExceeded, PermissionDenied
from app.ui.documents.format import money, tr
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.warehouse.format import stock_error_text


def credit_text(exc: CreditLimitExceeded) -> str:
    return tr("Confirming this document takes {client} over the credit limit.\n\n"
              "Credit limit: {limit}\nOwed now: {owed}\nThis document: {document}\nOver the limit by: {over}").format(
        client=isolate(exc.client), limit=money(exc.limit, exc.currency), owed=money(exc.owed, exc.currency),
        document=money(exc.document, exc.currency),
        over=money(exc.owed + exc.document - exc.limit, exc.currency))


def credit_warning_box(parent: QWidget | None, exc: CreditLimitExceeded) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("credit_warning")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Credit limit"))
    box.setText(credit_text(exc))
    anyway = box.addButton(tr("Confirm anyway"), QMessageBox.ButtonRole.AcceptRole)
    anyway.setObjectName("confirm_anyway_button")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    return box


def ask_credit_override(parent: QWidget | None, exc: CreditLimitExceeded) -> bool:
    """The warning with 'Confirm anyway' and 'Cancel'; True for 'Confirm anyway'."""
    box = credit_warning_box(parent, exc)
    box.exec()
    return box.clickedButton() is not None and box.clickedButton().objectName() == "confirm_anyway_button"


def ask_backdated(parent: QWidget | None, exc: BackdatedPosting) -> bool:
    text = tr("This waybill is dated before {n} posted stock documents ({numbers}). Confirm anyway and "
              "recompute their costs?").format(n=len(exc.later), numbers=", ".join(exc.later))
    return QMessageBox.question(parent, tr("Back-dated shipment"), text) == QMessageBox.StandardButton.Yes


def document_error_text(exc: BaseException) -> str:
    """The documents' own errors in words ('' for the rest, which show_error or the fields handle)."""
    if isinstance(exc, PermissionDenied):
        return tr("You may not confirm beyond the client's credit limit: ask a user with that right.")
    if isinstance(exc, CreditLimitExceeded):
        return credit_text(exc)
    return stock_error_text(exc)


@dataclass
class Confirmation:
    """One confirm, with the retries the user agrees to (override the credit limit, back-dated)."""

    ctx: ServiceContext
    tasks: TaskRunner
    parent: QWidget
    done: Callable[[DocumentCard], None]
    failed: Callable[[BaseException], None]
    ask_credit: Callable[[QWidget, CreditLimitExceeded], bool] = ask_credit_override
    ask_backdated: Callable[[QWidget, BackdatedPosting], bool] = ask_backdated
    options: dict = field(default_factory=lambda: {"override_credit": False, "confirm_backdated": False})

    def run(self, doc_id: int, version: int) -> None:
        opts = dict(self.options)
        self.tasks.write(lambda: self.ctx.documents.confirm_document(doc_id, expected_version=version, **opts),
                         self.done, lambda exc: self._failed(doc_id, version, exc), entity="document",
                         ids=lambda c: [c.id])

    def _failed(self, doc_id: int, version: int, exc: BaseException) -> None:
        if isinstance(exc, CreditLimitExceeded) and not self.options["override_credit"]:
            if self.ask_credit(self.parent, exc):
                self.options["override_credit"] = True
                self.run(doc_id, version)
            return
        if isinstance(exc, BackdatedPosting) and not self.options["confirm_backdated"]:
            if self.ask_backdated(self.parent, exc):
                self.options["confirm_backdated"] = True
                self.run(doc_id, version)
            return
        self.failed(exc)
