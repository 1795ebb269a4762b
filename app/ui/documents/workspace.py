"""The Documents workspace: every quote, order, invoice, waybill, act and buying document, filtered by type,
status, period and a search over number and client, with New, Open, Confirm, Cancel, Create from and Register
payment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QStackedLayout,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.documents.forms import DocumentRow
from app.ui.calendars import setup_date_edit
from app.ui.documents.actions import Confirmation, ask_backdated, ask_credit_override, document_error_text
from app.ui.documents.editor import CREATE_TARGETS, DocumentDialog, ask_yes_no, made_from
from app.ui.documents.format import DOC_TYPES, STATUS_TITLES, TYPE_TITLES, status_title, type_title
from app.ui.documents.list_model import DocumentQuery, DocumentsModel, documents_table
from app.ui.documents.payment_dialog import PaymentDialog
from app.ui.documents.printing import ask_printer
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 250
REFRESHED_BY = ("document", "payment", "client")


def empty_label(parent: QWidget, name: str, text: str) -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet("color: #666666;")
    return label


class DocumentsWorkspace(QWidget):
    open_client = Signal(int)
    open_deal = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documents_workspace")
        self.ctx, self.tasks = ctx, tasks
        # Tests replace these; each is constructed like its class, then exec().
        self.document_dialog_factory = DocumentDialog
        self.payment_dialog_factory = PaymentDialog
        self.ask_credit = ask_credit_override
        self.ask_backdated = ask_backdated
        self.ask = ask_yes_no
        self.ask_folder = lambda parent: QFileDialog.getExistingDirectory(parent, self.tr("Save PDFs into"))
        self.ask_printer = ask_printer
        self.batch_task = None
        self.batch_message = ""
        self.last_dialog = None
        self.excel_export: ExcelExport | None = None
        self._build()
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.model.refresh)

    def _build(self) -> None:
        toolbar = QToolBar(self, objectName="documents_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_menu = QMenu(self)
        self.new_actions = {}
        for doc_type in DOC_TYPES:
            action = self.new_menu.addAction(type_title(doc_type), lambda t=doc_type: self.new_document(t))
            action.setObjectName(f"new_{doc_type}_action")
            self.new_actions[doc_type] = action
        self.new_button = QToolButton(toolbar, objectName="new_document_button")
        self.new_button.setText(self.tr("New"))
        self.new_button.setMenu(self.new_menu)
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.new_button)
        self.open_action = toolbar.addAction(self.tr("Open"), self.open_selected)
        self.open_action.setObjectName("open_action")
        self.confirm_action = toolbar.addAction(self.tr("Confirm"), self.confirm_selected)
        self.confirm_action.setObjectName("confirm_action")
        self.cancel_action = toolbar.addAction(self.tr("Cancel"), self.cancel_selected)
        self.cancel_action.setObjectName("cancel_action")
        self.create_from_menu = QMenu(self)
        self.create_actions = {}
        for target in CREATE_TARGETS:
            action = self.create_from_menu.addAction(type_title(target), lambda t=target: self.create_from(t))
            action.setObjectName(f"create_{target}_action")
            self.create_actions[target] = action
        self.create_from_button = QToolButton(toolbar, objectName="create_from_button")
        self.create_from_button.setText(self.tr("Create from"))
        self.create_from_button.setMenu(self.create_from_menu)
        self.create_from_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(self.create_from_button)
        self.payment_action = toolbar.addAction(self.tr("Register payment"), self.register_payment)
        self.payment_action.setObjectName("payment_action")
        self.client_action = toolbar.addAction(self.tr("Open client"), self.open_selected_client)
        self.client_action.setObjectName("open_client_action")
        toolbar.addSeparator()
        self.save_many_action = toolbar.addAction(self.tr("Save PDFs…"), self.save_selected_pdfs)
        self.save_many_action.setObjectName("save_pdfs_action")
        self.save_many_action.setToolTip(self.tr("Save the selected documents as PDF files into a folder "
                                                 "(Ctrl or Shift + click selects several)"))
        self.print_many_action = toolbar.addAction(self.tr("Print selected…"), self.print_selected)
        self.print_many_action.setObjectName("print_selected_action")
        self.export_action = toolbar.addAction(self.tr("Export to Excel…"), self.export_to_excel)
        self.export_action.setObjectName("export_documents_action")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.setToolTip(self.tr("Export the documents the list shows to Excel (Ctrl+E)"))
        self.addAction(self.export_action)
        toolbar.addSeparator()
        refresh = toolbar.addAction(self.tr("Refresh"), self.refresh)
        refresh.setObjectName("refresh_action")

        self.type_combo = QComboBox(self, objectName="type_filter")
        self.type_combo.addItem(self.tr("All types"), None)
        for doc_type in TYPE_TITLES:
            self.type_combo.addItem(type_title(doc_type), doc_type)
        self.status_combo = QComboBox(self, objectName="status_filter")
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUS_TITLES:
            self.status_combo.addItem(status_title(status), status)
        self.period_check = QCheckBox(self.tr("From"), self, objectName="period_check")
        self.from_edit = QDateEdit(QDate.currentDate().addMonths(-1), self, objectName="date_from_edit")
        self.to_edit = QDateEdit(QDate.currentDate(), self, objectName="date_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.period_check.toggled.connect(self._period_toggled)
        self.search_edit = QLineEdit(self, objectName="document_search")
        self.search_edit.setPlaceholderText(self.tr("Search number or client…"))
        self.search_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Type:"), self))
        filters.addWidget(self.type_combo)
        filters.addWidget(QLabel(self.tr("Status:"), self))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.period_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.search_edit, 1)

        self.model = DocumentsModel(self.ctx, self.tasks, self.query, parent=self)
        self.view = documents_table(self, "documents_view", self.model, stretch=3)
        self.view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self.view, self.open_selected)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = empty_label(self, "documents_empty", self.tr(
            "No documents match the filters. Make one with New, or from a deal (Create quote / Create order)."))
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.model.loaded.connect(self._loaded)
        self.count_label = QLabel(self, objectName="count_label")
        self.count_label.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.type_combo.activated.connect(lambda _i: self.refresh())
        self.status_combo.activated.connect(lambda _i: self.refresh())
        self._update_actions()
        principal = rights_of(self.ctx)
        apply_rights({Action.CREATE: [self.new_button, self.create_from_button, *self.new_actions.values()],
                      Action.POST: [self.confirm_action, self.cancel_action],
                      Action.PRINT: [self.save_many_action, self.print_many_action],
                      Action.EXPORT: [self.export_action]}, principal, Area.DOCUMENTS)
        apply_rights({Action.CREATE: [self.payment_action]}, principal, Area.PAYMENTS)

    def _period_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def query(self) -> DocumentQuery:
        on = self.period_check.isChecked()
        return DocumentQuery(self.type_combo.currentData(), self.status_combo.currentData(),
                             self.search_edit.text().strip(),
                             self.from_edit.date().toPython() if on else None,
                             self.to_edit.date().toPython() if on else None)

    def refresh(self) -> None:
        self.model.refresh()

    def show_filtered(self, *, doc_type: str | None, status: str | None, date_from: date | None,
                      date_to: date | None) -> None:
        """Set the filters (the dashboard's "the invoices of this month") and load the list once."""
        widgets = (self.type_combo, self.status_combo, self.period_check, self.from_edit, self.to_edit,
                   self.search_edit)
        for w in widgets:
            w.blockSignals(True)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))
        on = date_from is not None and date_to is not None
        self.period_check.setChecked(on)
        if on:
            self.from_edit.setDate(date_from)
            self.to_edit.setDate(date_to)
        self.search_edit.clear()
        for w in widgets:
            w.blockSignals(False)
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def _loaded(self, count: int) -> None:
        self.stack.setCurrentWidget(self.view if count else self.empty)
        self.count_label.setText(self.tr("%n document(s)", "", count))
        self._update_actions()

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity in REFRESHED_BY:
            self.refresh()

    # -- the selection -------------------------------------------------------------------------
    def selected(self) -> DocumentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def selected_rows(self) -> list[DocumentRow]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [r for r in (self.model.row_at(i) for i in rows) if r is not None]

    def select_id(self, doc_id: int) -> bool:
        row = self.model.position_of(doc_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _update_actions(self) -> None:
        row = self.selected()
        self.open_action.setEnabled(row is not None)
        self.client_action.setEnabled(row is not None)
        self.confirm_action.setEnabled(row is not None and row.status == "draft")
        self.cancel_action.setEnabled(row is not None and row.status != "cancelled")
        targets = made_from(row.doc_type) if row is not None and row.status == "confirmed" else []
        for target, action in self.create_actions.items():
            action.setEnabled(target in targets)
        self.create_from_button.setEnabled(bool(targets))
        several = bool(self.selected_rows())
        self.save_many_action.setEnabled(several)
        self.print_many_action.setEnabled(several)

    # -- batch printing ------------------------------------------------------------------------
    def _render_selected(self, title: str, on_done) -> None:
        """Render the selected documents' PDFs in the background with a progress dialog; `on_done` gets
        [(row, pdf bytes)]. Cancel stops the rendering and nothing is saved or printed."""
        rows = self.selected_rows()
        if not rows:
            return
        by_id = {r.id: r for r in rows}
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, len(rows), self)
        dialog.setObjectName("batch_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.batch_dialog = dialog
        ctx = self.ctx

        def job(progress) -> list:
            from app.services.documents.pdf import render_many

            out = []
            for doc_id, data in render_many(ctx.uow, list(by_id), progress=progress,
                                            cancelled=lambda: progress.cancelled):
                out.append((by_id[doc_id], data))
            return out

        def progressed(task, done: int, total: int, _text: str) -> None:
            if task is self.batch_task:
                dialog.setMaximum(max(1, total))
                dialog.setValue(done)

        finished = []

        def finish() -> None:
            if finished:
                return
            finished.append(True)
            self.tasks.progress.disconnect(progressed)
            dialog.reset()
            dialog.hide()

        def cancel() -> None:
            if self.batch_task is not None:
                self.batch_task.cancel()
            finish()
            self.count_label.setText(self.tr("Cancelled: nothing was saved or printed"))

        def done(result: list) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            show_error(self, exc)

        self.tasks.progress.connect(progressed)
        self.batch_task = self.tasks.long(job, done, failed, name="batch-pdf")
        dialog.canceled.connect(cancel)

    def save_selected_pdfs(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        folder = self.ask_folder(self)
        if not folder:
            return

        def write(rendered: list) -> None:
            from pathlib import Path

            for row, data in rendered:
                name = (row.number or f"draft-{row.id}").replace("/", "_")
                (Path(folder) / f"{name}.pdf").write_bytes(data)
            self.batch_message = self.tr("Saved {n} of %n document(s) to {folder}", "", len(rows)).format(
                n=len(rendered), folder=folder)
            self.count_label.setText(self.batch_message)

        self._render_selected(self.tr("Saving %n document(s) as PDF…", "", len(rows)), write)

    def print_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        printer = self.ask_printer(self)
        if printer is None:
            return

        def send(rendered: list) -> None:
            from app.ui.documents.printing import print_pdf

            pages = sum(print_pdf(self, data, lambda _parent: printer) for _row, data in rendered)
            self.batch_message = self.tr("Printed %n document(s), {p} page(s)", "", len(rendered)).format(p=pages)
            self.count_label.setText(self.batch_message)

        self._render_selected(self.tr("Preparing %n document(s) for printing…", "", len(rows)), send)

    def export_to_excel(self) -> None:
        """The documents the list shows (its filters, search as typed and sort) to an .xlsx file."""
        q = self.query()
        filters = {"doc_type": q.doc_type, "status": q.status, "search": q.search, "date_from": q.date_from,
                   "date_to": q.date_to, "sort": self.model.sort_key or "date", "descending": self.model.descending}
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_documents(
            path, **filters, progress=progress), what=self.tr("documents"),
            suggested=f"documents-{date.today().isoformat()}.xlsx", status=self.count_label.setText)
        self.excel_export.start()

    # -- actions -------------------------------------------------------------------------------
    def _run(self, dialog) -> int:
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec()

    def new_document(self, doc_type: str) -> None:
        self._run(self.document_dialog_factory(self.ctx, self.tasks, doc_type=doc_type, parent=self))

    def open_document(self, doc_id: int) -> None:
        self._run(self.document_dialog_factory(self.ctx, self.tasks, doc_id=doc_id, parent=self))

    def open_row(self, row: int) -> None:
        doc_id = self.model.id_at(row) if row >= 0 else None
        if doc_id is not None:
            self.open_document(doc_id)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_document(row.id)

    def open_selected_client(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_client.emit(row.client_id)

    def confirm_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != "draft":
            return
        Confirmation(self.ctx, self.tasks, self, done=lambda _c: None, failed=self._failed,
                     ask_credit=self.ask_credit, ask_backdated=self.ask_backdated).run(row.id, row.version)

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or row.status == "cancelled":
            return
        text = self.tr("Cancel {kind} {number}? It keeps its number and stays in the list as cancelled.").format(
            kind=type_title(row.doc_type), number=row.number or self.tr("(draft)"))
        if not self.ask(self, self.tr("Cancel document"), text):
            return
        self.tasks.write(lambda: self.ctx.documents.cancel_document(row.id, expected_version=row.version),
                         None, self._failed, entity="document", ids=lambda c: [c.id])

    def create_from(self, doc_type: str) -> None:
        """A draft of `doc_type` from the selected confirmed document, opened at once."""
        row = self.selected()
        if row is None:
            return
        self.tasks.write(lambda: self.ctx.documents.create_from(row.id, doc_type),
                         lambda card: self.open_document(card.id), self._failed, entity="document",
                         ids=lambda c: [c.id])

    def register_payment(self) -> None:
        row = self.selected()
        kw = {"client_id": row.client_id, "client_name": row.client_name} if row is not None else {}
        if row is not None and row.doc_type == "invoice":
            kw["invoice_id"] = row.id
        self._run(self.payment_dialog_factory(self.ctx, self.tasks, parent=self, **kw))

    def _failed(self, exc: BaseException) -> None:
        text = document_error_text(exc)
        if text:
            QMessageBox.warning(self, self.tr("Documents"), text)
        else:
            show_error(self, exc)
