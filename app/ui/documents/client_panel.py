"""The client card's Documents tab: what the client owes (invoiced, paid, balance, credit, overdue, against
the credit limit) and the client's documents, both refreshed when a document or payment is saved."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.documents.forms import ClientMoney
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.documents.editor import DocumentDialog
from app.ui.documents.format import money, plain, tr
from app.ui.documents.list_model import DocumentQuery, DocumentsModel, documents_table
from app.ui.documents.payment_dialog import PaymentDialog
from app.ui.documents.printing import PdfPreviewDialog
from app.ui.documents.workspace import REFRESHED_BY, empty_label
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.text import typed_number
from app.ui.widgets import ERROR_COLOR


def ask_limit(parent: QWidget, current: str) -> str | None:
    """The new credit limit as typed ("" for none), or None when the user cancelled."""
    text, ok = QInputDialog.getText(parent, tr("Credit limit"),
                                    tr("The most the client may owe, in the company currency (empty: no limit):"),
                                    text=current)
    return text if ok else None


class ClientDocumentsPanel(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, client_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_documents_panel")
        self.ctx, self.tasks, self.client_id, self.client_name = ctx, tasks, client_id, client_name
        self.money: ClientMoney | None = None
        self.document_dialog_factory = DocumentDialog
        self.payment_dialog_factory = PaymentDialog
        self._stale = True

        box = QGroupBox(self.tr("Balance"), self, objectName="balance_box")
        grid = QGridLayout(box)
        grid.setVerticalSpacing(6)
        self.figures: dict[str, QLabel] = {}
        titles = (("invoiced", self.tr("Invoiced")), ("paid", self.tr("Paid")), ("balance", self.tr("Balance")),
                  ("credit", self.tr("Unallocated credit")), ("overdue", self.tr("Overdue")),
                  ("credit_limit", self.tr("Credit limit")))
        for i, (key, title) in enumerate(titles):
            caption = QLabel(title, box)
            caption.setStyleSheet("color: #666666;")
            value = QLabel("…", box, objectName=f"{key}_value")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(key == "balance")
            font.setPointSizeF(font.pointSizeF() * 1.1)
            value.setFont(font)
            value.setMinimumHeight(value.fontMetrics().height() + 4)
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
            self.figures[key] = value
        self.limit_note = QLabel(box, objectName="limit_note")
        self.limit_note.setStyleSheet(f"color: {ERROR_COLOR};")
        self.limit_note.setMinimumHeight(self.limit_note.fontMetrics().height() + 4)
        grid.addWidget(self.limit_note, 2, 0, 1, len(titles))
        self.limit_note.hide()
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        self.new_invoice_button = self._button(self.tr("New invoice"), "new_invoice_button",
                                               lambda: self.new_document("invoice"))
        self.new_order_button = self._button(self.tr("New order"), "new_order_button",
                                             lambda: self.new_document("order"))
        self.payment_button = self._button(self.tr("Register payment…"), "payment_button", self.register_payment)
        self.open_button = self._button(self.tr("Open"), "open_button", self.open_selected)
        self.limit_button = self._button(self.tr("Credit limit…"), "limit_button", self.edit_limit)
        self.limit_button.setToolTip(self.tr("The most this client may owe (empty: no limit); set by users who "
                                             "may confirm beyond it"))
        self.ask_limit = ask_limit  # tests replace it
        self.buttons = QHBoxLayout()
        for button in (self.new_invoice_button, self.new_order_button, self.payment_button, self.open_button,
                       self.limit_button):
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        # The reconciliation statement for a period (this year so far unless changed), previewed as PDF.
        today = QDate.currentDate()
        self.statement_from = QDateEdit(QDate(calendars.first_of_year(today.toPython())), self, objectName="statement_from_edit")
        self.statement_to = QDateEdit(today, self, objectName="statement_to_edit")
        for edit in (self.statement_from, self.statement_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
        self.statement_button = self._button(self.tr("Reconciliation statement…"), "statement_button",
                                             self.statement)
        self.statement_button.setToolTip(self.tr("The statement of mutual settlements for the period, as PDF"))
        self.buttons.addWidget(QLabel(self.tr("Period:"), self))
        self.buttons.addWidget(self.statement_from)
        self.buttons.addWidget(QLabel("–", self))
        self.buttons.addWidget(self.statement_to)
        self.buttons.addWidget(self.statement_button)
        self.preview_factory = PdfPreviewDialog

        self.model = DocumentsModel(ctx, tasks, self.query, with_client=False, parent=self)
        self.view = documents_table(self, "client_documents_view", self.model, stretch=5)
        self.view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        self.empty = empty_label(self, "client_documents_empty",
                                 self.tr("No documents for this client yet."))
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.model.loaded.connect(lambda n: self.stack.setCurrentWidget(self.view if n else self.empty))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(box)
        layout.addLayout(self.buttons)
        layout.addLayout(self.stack, 1)
        self.tasks.changed.connect(self._on_changed)     # the first refresh comes when the tab is shown

    def edit_limit(self) -> None:
        current = plain(self.money.credit_limit) if self.money and self.money.credit_limit is not None else ""
        text = self.ask_limit(self, current)
        if text is None:
            return
        client_id = self.client_id
        self.tasks.write(lambda: self.ctx.documents.set_credit_limit(client_id, typed_number(text)), self.show_money,
                         lambda exc: show_error(self, exc), entity="client", ids=lambda _m: [client_id])

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def query(self) -> DocumentQuery:
        return DocumentQuery(client_id=self.client_id)

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()
        client_id = self.client_id
        self.tasks.read(lambda: self.ctx.documents.client_money(client_id), self.show_money,
                        lambda exc: show_error(self, exc))

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity not in REFRESHED_BY:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True      # refreshed when the tab is shown

    def show_money(self, m: ClientMoney) -> None:
        self.money = m
        cur = m.currency
        values = {"invoiced": money(m.invoiced, cur), "paid": money(m.paid, cur), "balance": money(m.balance, cur),
                  "credit": money(m.credit, cur), "overdue": money(m.overdue, cur),
                  "credit_limit": money(m.credit_limit, cur) if m.credit_limit is not None else self.tr("none")}
        for key, text in values.items():
            self.figures[key].setText(text)
        self.figures["overdue"].setStyleSheet(f"color: {ERROR_COLOR};" if m.overdue > 0 else "")
        over = m.credit_limit is not None and m.balance > m.credit_limit
        self.limit_note.setVisible(over)
        if over:
            self.limit_note.setText(self.tr("The balance is over the credit limit by {0}.").format(
                money(m.balance - m.credit_limit, cur)))

    # -- actions -------------------------------------------------------------------------------
    def _run(self, dialog) -> int:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec()

    def new_document(self, doc_type: str) -> None:
        self._run(self.document_dialog_factory(self.ctx, self.tasks, doc_type=doc_type, client_id=self.client_id,
                                               client_name=self.client_name, parent=self))

    def open_row(self, row: int) -> None:
        doc_id = self.model.id_at(row) if row >= 0 else None
        if doc_id is not None:
            self._run(self.document_dialog_factory(self.ctx, self.tasks, doc_id=doc_id, parent=self))

    def open_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.open_row(rows[0].row())

    def statement(self) -> None:
        client_id = self.client_id
        date_from, date_to = self.statement_from.date().toPython(), self.statement_to.date().toPython()

        def show(data: bytes) -> None:
            name = f"statement-{date_from.isoformat()}-{date_to.isoformat()}.pdf"
            title = self.tr("Reconciliation statement: {0}").format(self.client_name)
            self._run(self.preview_factory(data, title=title, file_name=name, parent=self))
        self.tasks.read(lambda: self.ctx.documents.render_statement(client_id, date_from, date_to), show,
                        lambda exc: show_error(self, exc), name="statement pdf")

    def register_payment(self) -> None:
        self._run(self.payment_dialog_factory(self.ctx, self.tasks, client_id=self.client_id,
                                              client_name=self.client_name, parent=self))
