"""A sales or buying document as a dialog: the header, the lines with a live preview of the amounts, VAT by rate, the
chain it belongs to, and Save / Confirm / Cancel / Create from. A confirmed (or sent) document is read-only:
it changes only through cancellation and a new document."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, QModelIndex, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import (
    QKeySequence,
    QRegularExpressionValidator,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.catalog.forms import ProductQuery
from app.services.context import ServiceContext
from app.services.documents.editing import MADE_FROM
from app.services.documents.forms import ChainLink, DocumentCard, DocumentForm
from app.services.errors import ValidationError
from app.ui.calendars import setup_date_edit
from app.ui.client_picker import ClientPicker
from app.ui.documents.actions import Confirmation, ask_backdated, ask_credit_override, document_error_text
from app.ui.documents.format import (
    BUYING_TYPES,
    DOCUMENT_LANGUAGE_NAMES,
    ORDER_PRICED_TYPES,
    WAREHOUSE_TYPES,
    money,
    new_title,
    price_text,
    progress_text,
    status_title,
    type_title,
)
from app.ui.documents.lines import DocumentLinesModel, EditLine, edit_line_of
from app.ui.documents.make_to_order import MakeToOrder
from app.ui.documents.printing import PdfPreviewDialog, ask_printer, ask_save_path, print_pdf, save_pdf
from app.ui.documents_settings.send_dialog import open_send_document_dialog
from app.ui.errors import field_label, show_error, show_save_failure
from app.ui.live import Baseline, ChangedBar, RecordFollower
from app.ui.record_history import show_history
from app.ui.rights import allows, apply_rights, read_only_note, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, numeric_date
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text, plain_text_edit

SEARCH_DELAY_MS = 250
HitRole = Qt.ItemDataRole.UserRole + 1
FIELD_KEYS = ("client_id", "doc_date", "due_date", "currency", "rate", "vat_mode", "warehouse_id", "terms", "notes",
              "language")
# What a confirmed document can become, in chain order (the "Create from" menus).
CREATE_TARGETS = ("order", "invoice", "waybill", "act", "goods_receipt", "supplier_invoice")
# Columns a goods receipt keeps from its purchase order.
ORDER_PRICE_KEYS = frozenset({"price", "discount_percent", "vat_rate"})


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


def made_from(doc_type: str) -> list[str]:
    """The types a confirmed `doc_type` can be turned into, in chain order."""
    return [t for t in CREATE_TARGETS if doc_type in {str(s) for s in MADE_FROM.get(t, set())}]


class DocumentDialog(QDialog):
    """Create or edit a quote, order, invoice, waybill or act; open any document, and make a goods receipt or
    a supplier invoice from a confirmed purchase order (a supplier invoice also from a goods receipt)."""

    document_changed = Signal(object)       # DocumentCard after every save, confirm, cancel

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, doc_id: int | None = None,
                 doc_type: str | None = None, client_id: int | None = None, client_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        if doc_id is None and doc_type is None:
            raise ValueError("a new document needs its type")
        self.setObjectName("document_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.doc_id = ctx, tasks, doc_id
        self.doc_type = doc_type or "invoice"
        self.card: DocumentCard | None = None
        self.chain: list[ChainLink] = []
        self.company_currency, self.company_vat_mode = "USD", "exclusive"
        self._initial_client = (client_id, client_name)
        # Tests replace these (no modal dialog offscreen).
        self.ask_credit = ask_credit_override
        self.ask_backdated = ask_backdated
        self.ask = ask_yes_no
        self.payment_dialog_factory = None      # set lazily: app.ui.documents.payment_dialog.PaymentDialog
        self.resize(1120, 760)
        self.may_edit = allows(ctx, Area.DOCUMENTS, Action.CREATE if doc_id is None else Action.EDIT)
        self._build()
        self._follow_rights()
        self._show_type()
        self._show_status()
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.status_label = QLabel(self, objectName="status_label")
        font = self.status_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        self.client_combo = ClientPicker(self.ctx, self.tasks, self)
        self.client_combo.setMinimumWidth(280)
        self.client_combo.client_chosen.connect(lambda _i: self._repropose())
        self.date_edit = QDateEdit(QDate.currentDate(), self, objectName="doc_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.date_edit)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(10), self, objectName="due_date_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.due_edit)
        self.due_default_check = QCheckBox(self.tr("By payment terms"), self, objectName="due_default_check")
        self.due_default_check.setToolTip(self.tr("The document date plus the company's payment days"))
        self.due_default_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        self.due_default_check.setChecked(True)
        self.currency_edit = QLineEdit(self, objectName="currency_edit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(64)
        self.currency_edit.setValidator(QRegularExpressionValidator(QRegularExpression("^[A-Za-z]{0,3}$"), self))
        self.currency_edit.textEdited.connect(lambda _t: self._pricing_changed())
        self.rate_edit = QLineEdit(self, objectName="rate_edit")
        self.rate_edit.setPlaceholderText(self.tr("from the rates table"))
        self.rate_edit.setMinimumWidth(190)
        self.vat_combo = QComboBox(self, objectName="vat_mode_combo")
        self.vat_combo.addItem(self.tr("Prices exclude VAT"), "exclusive")
        self.vat_combo.addItem(self.tr("Prices include VAT"), "inclusive")
        self.vat_combo.currentIndexChanged.connect(lambda _i: self._pricing_changed())
        self.warehouse_combo = QComboBox(self, objectName="warehouse_combo")
        self.terms_edit = plain_text_edit("terms_edit")
        self.terms_edit.setMaximumHeight(60)
        self.notes_edit = plain_text_edit("notes_edit")
        self.notes_edit.setMaximumHeight(60)
        self.language_combo = QComboBox(self, objectName="language_combo")
        self.language_combo.setToolTip(self.tr("The language the document prints in"))
        self.language_combo.addItem(self.tr("The client's language"), "")
        for code, name in DOCUMENT_LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)

        currency_row = QWidget(self)
        row = QHBoxLayout(currency_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.currency_edit)
        row.addWidget(QLabel(self.tr("Rate:"), currency_row))
        row.addWidget(self.rate_edit)
        row.addStretch(1)
        due_row = QWidget(self)
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_edit)
        row.addWidget(self.due_default_check)
        row.addStretch(1)
        self.fields = {
            "client_id": FieldWithError(self.client_combo, self),
            "doc_date": FieldWithError(self.date_edit, self),
            "due_date": FieldWithError(due_row, self),
            "currency": FieldWithError(currency_row, self),
            "vat_mode": FieldWithError(self.vat_combo, self),
            "warehouse_id": FieldWithError(self.warehouse_combo, self),
            "terms": FieldWithError(self.terms_edit, self),
            "notes": FieldWithError(self.notes_edit, self),
            "language": FieldWithError(self.language_combo, self),
        }
        self.fields["rate"] = self.fields["currency"]
        labels = {"client_id": self.tr("Client*"), "doc_date": self.tr("Date"), "due_date": self.tr("Due date"),
                  "currency": self.tr("Currency"), "vat_mode": self.tr("VAT"), "warehouse_id": self.tr("Warehouse*"),
                  "terms": self.tr("Terms"), "notes": self.tr("Notes"), "language": self.tr("Prints in")}
        self._labels: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for key in ("client_id", "doc_date", "due_date", "currency", "vat_mode", "warehouse_id"):
            self._labels[key] = QLabel(labels[key], self)
            left.addRow(self._labels[key], self.fields[key])
        for key in ("terms", "notes", "language"):
            self._labels[key] = QLabel(labels[key], self)
            right.addRow(self._labels[key], self.fields[key])
        self.chain_label = QLabel(self, objectName="chain_label")
        self.chain_label.setTextFormat(Qt.TextFormat.RichText)
        self.chain_label.setWordWrap(True)
        self.chain_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.chain_label.linkActivated.connect(lambda href: self.open_document(int(href)))
        chain_box = QGroupBox(self.tr("Chain"), self, objectName="chain_box")
        QVBoxLayout(chain_box).addWidget(self.chain_label)
        right.addRow(chain_box)

        self.product_edit = QLineEdit(self, objectName="product_edit")
        self.product_edit.setPlaceholderText(self.tr("Add a product or service: type its SKU or name, Enter"))
        self._product_hits = QStandardItemModel(self)
        self.product_completer = QCompleter(self._product_hits, self)
        self.product_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.product_completer.setWidget(self.product_edit)
        self.product_completer.activated[QModelIndex].connect(self._product_picked)
        self.product_edit.returnPressed.connect(self.add_typed_product)
        self._product_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._product_timer.timeout.connect(self.search_products)
        self.product_edit.textEdited.connect(lambda _t: self._product_timer.start())
        self.add_button = self._button(self.tr("Add"), "add_line_button", self.add_typed_product)
        self.free_line_button = self._button(self.tr("Line without product"), "free_line_button", self.add_free_line)
        self.remove_button = self._button(self.tr("Remove line"), "remove_line_button", self.remove_current_line)

        self.lines_model = DocumentLinesModel(self)
        self.lines_model.totals_changed.connect(self._show_totals)
        self.lines_view = QTableView(self, objectName="lines_view")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines_view.setWordWrap(False)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {"sku": 100, "quantity": 70, "unit": 55, "price": 95, "discount_percent": 65, "vat_rate": 60,
                  "net": 100, "vat": 90, "amount": 110}
        for i, key in enumerate(self.lines_model.keys):
            self.lines_view.setColumnWidth(i, widths.get(key, 100))
        header.setSectionResizeMode(self.lines_model.column_of("description"), QHeaderView.ResizeMode.Stretch)
        self.lines_error = ErrorLabel("lines_error", self)
        self.general_error = ErrorLabel("document_error", self)
        self.totals_label = QLabel(self, objectName="totals_label")
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)

        self.save_button = self._button(self.tr("Save draft"), "save_button", self.save)
        self.confirm_button = self._button(self.tr("Confirm"), "confirm_button", self.confirm)
        self.cancel_doc_button = self._button(self.tr("Cancel document"), "cancel_document_button",
                                              self.cancel_document)
        self.create_from_button = self._button(self.tr("Create from…"), "create_from_button", None)
        self.create_from_menu = QMenu(self.create_from_button)
        self.create_from_button.setMenu(self.create_from_menu)
        self.payment_button = self._button(self.tr("Register payment…"), "payment_button", self.register_payment)
        self.reload_button = self._button(self.tr("Reload"), "reload_button", self.reload)
        self.reload_button.setToolTip(self.tr("Show the document as it is saved now (your unsaved edits are dropped)"))
        self.reload_button.hide()
        self.close_button = self._button(self.tr("Close"), "close_button", self.reject)
        # Printing: the PDF the documents service renders, as saved (tests replace the three below).
        self.preview_factory = PdfPreviewDialog
        self.ask_path = ask_save_path
        self.ask_printer = ask_printer
        self.preview_button = self._button(self.tr("Preview"), "preview_button", self.preview)
        self.save_pdf_button = self._button(self.tr("Save as PDF…"), "save_pdf_button", self.save_as_pdf)
        self.print_button = self._button(self.tr("Print…"), "print_button", self.print_document)
        self.send_button = self._button(self.tr("Send by e-mail…"), "send_button", self.send_by_email)
        self.send_button.setToolTip(self.tr("E-mail the PDF to the client; logged on the client's timeline"))
        self.send_dialog = open_send_document_dialog  # tests replace it
        self.sent_button = self._button(self.tr("Mark as sent"), "mark_sent_button", self.mark_sent)
        self.sent_button.setToolTip(self.tr("Printed and handed over: from now on the document is locked"))
        self.print_buttons = [self.preview_button, self.save_pdf_button, self.print_button, self.send_button,
                              self.sent_button]
        self.history_button = self._button(self.tr("History"), "history_button", self.show_history)
        self.read_only_label = read_only_note(self)
        for button in self.print_buttons:
            button.setToolTip(self.tr("The document as saved"))

        top = QHBoxLayout()
        top.addLayout(left, 3)
        top.addLayout(right, 2)
        self.make_to_order = MakeToOrder(self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.product_edit, 1)
        for button in (self.add_button, self.free_line_button, self.remove_button, self.make_to_order.button):
            add_row.addWidget(button)
        self.buttons_row = QHBoxLayout()
        for button in (self.save_button, self.confirm_button, self.cancel_doc_button, self.create_from_button,
                       self.payment_button, self.reload_button):
            self.buttons_row.addWidget(button)
        self.buttons_row.addStretch(1)
        self.buttons_row.addWidget(self.read_only_label)
        self.buttons_row.addWidget(self.history_button)
        for button in self.print_buttons:
            self.buttons_row.addWidget(button)
        self.buttons_row.addWidget(self.close_button)
        bottom = QGridLayout()
        bottom.addWidget(self.lines_error, 0, 0)
        bottom.addWidget(self.general_error, 1, 0)
        bottom.addWidget(self.make_to_order.result_label, 2, 0)
        bottom.addWidget(self.totals_label, 0, 1, 3, 1)
        bottom.setColumnStretch(0, 3)
        bottom.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        self._follow_changes(layout)
        layout.addLayout(top)
        layout.addLayout(add_row)
        layout.addWidget(self.lines_view, 1)
        layout.addLayout(bottom)
        layout.addLayout(self.buttons_row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save_button.isVisible() and self.save())
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.confirm_button.isVisible() and self.confirm())
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.confirm_button.setToolTip(self.tr("Save, take the number and make it count (Ctrl+Enter)"))

    def _follow_changes(self, layout: QVBoxLayout) -> None:
        """Saved by someone else while open: reloaded when untouched, else a bar offers Reload / Keep mine."""
        self.changed_bar = ChangedBar(self)
        layout.addWidget(self.changed_bar)
        self._baseline = Baseline(self._typed)
        self.document_changed.connect(lambda _card: self._baseline.mark())
        self.follower = RecordFollower(
            self.ctx, self.tasks, self.changed_bar, entity="document", table="document", is_dirty=self._baseline.dirty,
            shown=lambda: (self.card.id, self.card.version) if self.card is not None and self.isVisible() else None,
            reload=self.reload, parent=self)

    def _typed(self) -> DocumentForm:
        # A cell being typed in is an edit: asking the form would close its editor under the user's fingers.
        if self.lines_view.state() == QAbstractItemView.State.EditingState:
            raise ValueError("a cell is being edited")
        return self.form()

    def _follow_rights(self) -> None:
        """What the user's role does not allow is not offered; without the right to change, a view."""
        principal = rights_of(self.ctx)
        apply_rights({Action.POST: [self.confirm_button, self.cancel_doc_button],
                      Action.CREATE: [self.create_from_button], Action.EDIT: [self.sent_button],
                      Action.PRINT: [self.preview_button, self.save_pdf_button, self.print_button, self.send_button]},
                     principal, Area.DOCUMENTS)
        apply_rights({Action.CREATE: [self.payment_button]}, principal, Area.PAYMENTS)
        self.read_only_label.setVisible(not self.may_edit)

    def show_history(self) -> None:
        if self.card is not None:
            show_history(self.ctx, self.tasks, "document", self.card.id, self.windowTitle(), self)

    def _button(self, text: str, name: str, slot: Callable | None) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading -------------------------------------------------------------------------------
    def _load(self):
        settings = self.ctx.documents.company_settings()
        warehouses = [(w.id, w.name) for w in self.ctx.stock.list_warehouses()]
        card = self.ctx.documents.load_document(self.doc_id) if self.doc_id is not None else None
        chain = self.ctx.documents.document_chain(self.doc_id) if self.doc_id is not None else []
        return settings, warehouses, card, chain

    def _loaded(self, loaded) -> None:
        settings, warehouses, card, chain = loaded
        self.company_currency, self.company_vat_mode = settings.currency, settings.default_vat_mode
        self.warehouse_combo.clear()
        self.warehouse_combo.addItem(self.tr("Choose…"), None)
        for ident, name in warehouses:
            self.warehouse_combo.addItem(name, ident)
        if card is None:
            self.currency_edit.setText(self.company_currency)
            self._select(self.vat_combo, self.company_vat_mode)
            if len(warehouses) >= 1:
                self.warehouse_combo.setCurrentIndex(1)
            ident, name = self._initial_client
            if ident is not None:
                self.client_combo.set_client(ident, name)
            self.language_combo.setCurrentIndex(0)
            self._pricing_changed()
            self._show_chain([])
        else:
            self.show_card(card, chain)

    def reload(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        self.tasks.read(lambda: (self.ctx.documents.load_document(doc_id), self.ctx.documents.document_chain(doc_id)),
                        lambda loaded: self._reloaded(*loaded), lambda exc: show_error(self, exc))

    def _reloaded(self, card: DocumentCard, chain: list[ChainLink]) -> None:
        self._clear_messages()
        self.reload_button.hide()
        self.show_card(card, chain)

    def open_document(self, doc_id: int) -> None:
        """A link of the chain: show that document in this dialog."""
        if self.card is not None and doc_id == self.card.id:
            return
        self.doc_id = doc_id
        self.reload()

    def show_card(self, card: DocumentCard, chain: list[ChainLink] | None = None) -> None:
        """Fill every field from a saved document (after load, save, confirm, cancel, reload)."""
        self.card, self.doc_id, self.doc_type = card, card.id, card.doc_type
        self.client_combo.set_client(card.client_id, card.client_name)
        self.date_edit.setDate(QDate(card.doc_date))
        if card.due_date is not None:
            self.due_default_check.setChecked(False)
            self.due_edit.setDate(QDate(card.due_date))
        else:
            self.due_default_check.setChecked(True)
        self.currency_edit.setText(card.currency)
        self.rate_edit.setText("" if card.currency == self.company_currency else f"{card.rate.normalize():f}")
        self._select(self.vat_combo, card.vat_mode)
        if self.language_combo.findData(card.language) < 0:
            self.language_combo.addItem(card.language, card.language)
        self._select(self.language_combo, card.language)
        if card.warehouse_id is not None and self.warehouse_combo.findData(card.warehouse_id) < 0:
            self.warehouse_combo.addItem(card.warehouse_name, card.warehouse_id)
        if card.warehouse_id is not None or card.doc_type not in WAREHOUSE_TYPES:
            self._select(self.warehouse_combo, card.warehouse_id)
        elif not card.locked and self.warehouse_combo.count() > 1:
            self.warehouse_combo.setCurrentIndex(1)     # a draft from a deal: the first warehouse, saved with it
        else:
            self.warehouse_combo.setCurrentIndex(0)
        self.terms_edit.setPlainText(card.terms)
        self.notes_edit.setPlainText(card.notes)
        self.lines_model.set_pricing(card.vat_mode, card.currency)
        self.lines_model.set_lines([edit_line_of(row, card.doc_type) for row in card.lines])
        self._show_type()
        self._show_status()
        if chain is not None:
            self._show_chain(chain)
        self.document_changed.emit(card)

    @staticmethod
    def _select(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _show_type(self) -> None:
        shows_warehouse = self.doc_type in WAREHOUSE_TYPES or self.doc_type in ORDER_PRICED_TYPES
        for key, visible in (("warehouse_id", shows_warehouse), ("due_date", self.doc_type == "invoice")):
            self.fields[key].setVisible(visible)
            self._labels[key].setVisible(visible)
        buying = self.doc_type in BUYING_TYPES
        self._labels["client_id"].setText(self.tr("Supplier*") if buying else self.tr("Client*"))
        self.client_combo.set_role("supplier" if buying else None)
        self._labels["warehouse_id"].setText(self.tr("Receive into*") if buying else self.tr("Warehouse*"))

    def _show_status(self) -> None:
        kind = type_title(self.doc_type)
        card = self.card
        if card is None:
            title = new_title(self.doc_type)
            self.setWindowTitle(title)
            self.status_label.setText(self.tr("{title} · not saved yet").format(title=title))
        else:
            number = card.number or self.tr("draft")
            self.setWindowTitle(f"{kind} {number}")
            parts = [f"{kind} {isolate(number)}", status_title(card.status)]
            progress = progress_text(card.doc_type, card.status, card.shipment, card.payment, card.invoicing)
            if progress:
                parts.append(progress)
            if card.doc_type == "invoice" and card.status == "confirmed":
                parts.append(self.tr("outstanding {0}").format(money(card.outstanding, card.currency)))
            if card.sent_at is not None:
                parts.append(self.tr("sent {0}").format(numeric_date(card.sent_at)))
            if card.deal_title:
                parts.append(self.tr("deal: {0}").format(isolate(card.deal_title)))
            self.status_label.setText(" · ".join(parts))
        editable = (card is None or not card.locked) and self.may_edit
        self.history_button.setVisible(card is not None)
        for widget in (self.client_combo, self.date_edit, self.due_edit, self.due_default_check, self.currency_edit,
                       self.rate_edit, self.vat_combo, self.warehouse_combo, self.product_edit, self.add_button,
                       self.free_line_button, self.remove_button, self.language_combo):
            widget.setEnabled(editable)
        if editable:
            self.due_edit.setEnabled(not self.due_default_check.isChecked())
        order_priced = self.doc_type in ORDER_PRICED_TYPES
        if order_priced:
            # The order's supplier, lines, prices and warehouse; the clerk changes what arrived (quantities,
            # lines removed), the date and the notes.
            for widget in (self.client_combo, self.currency_edit, self.rate_edit, self.vat_combo, self.warehouse_combo,
                           self.product_edit, self.add_button, self.free_line_button):
                widget.setEnabled(False)
        self.lines_model.fixed_keys = ORDER_PRICE_KEYS if order_priced else frozenset()
        for edit in (self.terms_edit, self.notes_edit):
            edit.setReadOnly(not editable)
        self.lines_model.read_only = not editable
        self.save_button.setVisible(editable)
        self.confirm_button.setVisible(editable)
        self.cancel_doc_button.setVisible(card is not None and card.status != "cancelled")
        targets = made_from(self.doc_type) if card is not None and card.status == "confirmed" else []
        self.create_from_menu.clear()
        for target in targets:
            action = self.create_from_menu.addAction(type_title(target), lambda t=target: self.create_from(t))
            action.setObjectName(f"create_{target}_action")
        self.create_from_button.setVisible(bool(targets))
        self.payment_button.setVisible(card is not None and card.doc_type == "invoice"
                                       and card.status == "confirmed" and card.outstanding > 0)
        for button in self.print_buttons:
            button.setEnabled(card is not None)
        # Only a numbered document goes out by e-mail (the message and the timeline name it).
        self.send_button.setEnabled(card is not None and bool(card.number) and card.status != "cancelled")
        self.sent_button.setEnabled(card is not None and card.sent_at is None and card.status != "cancelled")

    def _show_chain(self, chain: list[ChainLink]) -> None:
        self.chain = list(chain)
        if len(chain) <= 1:
            note = self.tr("Not linked to other documents yet; those made from it appear here.")
            self.chain_label.setText(f"<span style='color:#666666'>{note}</span>")
            return
        rows = []
        current = self.card.id if self.card is not None else None
        draft = self.tr("(draft)")
        for link in chain:
            title = f"{type_title(link.doc_type)} {link.number or draft}"
            title = title.replace("&", "&amp;").replace("<", "&lt;")
            text = f"<b>{title}</b>" if link.id == current else f"<a href='{link.id}'>{title}</a>"
            indent = "&nbsp;" * 4 * link.depth
            rows.append(f"<tr><td style='white-space:nowrap'>{indent}{text}</td>"
                        f"<td style='color:#666666'>{numeric_date(link.doc_date)}</td>"
                        f"<td style='color:#666666'>{status_title(link.status)}</td>"
                        f"<td align='right' style='white-space:nowrap'>{money(link.total, link.currency)}</td></tr>")
        self.chain_label.setText(f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>")

    def _show_totals(self) -> None:
        totals, complete = self.lines_model.totals()
        cur = self.lines_model.currency
        # lupdate reads no tr() inside an f-string: the words are fetched first
        net, on, total = self.tr("Net"), self.tr("on"), self.tr("Total")
        rows = [f"<tr><td>{net}</td><td align='right'>{money(totals.net, cur)}</td></tr>"]
        for vat in totals.by_rate:
            rate = self.tr("VAT {0} %").format(f"{vat.rate.normalize():f}")
            rows.append(f"<tr><td>{rate}"
                        f" <span style='color:#666666'>{on} {money(vat.net, cur)}</span></td>"
                        f"<td align='right'>{money(vat.vat, cur)}</td></tr>")
        rows.append(f"<tr><td><b>{total}</b></td><td align='right'><b>{money(totals.total, cur)}</b>"
                    f"</td></tr>")
        left_out = self.tr("Lines without a price are left out until saved.")
        note = "" if complete else f"<br><span style='color:#666666'>{left_out}</span>"
        self.totals_label.setText(f"<table cellspacing='2'>{''.join(rows)}</table>{note}")

    def _pricing_changed(self) -> None:
        currency = self.currency_edit.text().strip().upper() or self.company_currency
        self.lines_model.set_pricing(self.vat_combo.currentData() or "exclusive", currency)

    # -- products ------------------------------------------------------------------------------
    def search_products(self) -> None:
        text = self.product_edit.text().strip()
        if len(text) < 2:
            self._product_hits.clear()
            return
        self.tasks.read(lambda: self.ctx.catalog.products_first(ProductQuery(search=text), "name", False, 20)[1],
                        lambda rows: self._show_product_hits(text, rows), lambda exc: show_error(self, exc))

    def _show_product_hits(self, text: str, rows) -> None:
        if text != self.product_edit.text().strip():
            return
        self._product_hits.clear()
        for row in rows:
            item = QStandardItem(f"{row.sku} — {row.name}")
            item.setData((row.id, row.sku, row.name, row.unit_name), HitRole)
            self._product_hits.appendRow(item)
        if rows and self.product_edit.hasFocus():
            self.product_completer.complete()

    def _product_picked(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.add_product(*hit)

    def add_typed_product(self) -> None:
        """Enter in the product box: the exact SKU or barcode typed becomes a line (or the only hit)."""
        text = self.product_edit.text().strip()
        if not text:
            return
        self.tasks.read(lambda: self.ctx.stock.product_by_code(text), lambda hit: self._typed_found(text, hit),
                        lambda exc: show_error(self, exc))

    def _typed_found(self, text: str, hit) -> None:
        if hit is not None:
            self.add_product(hit.product_id, hit.sku, hit.name, hit.unit)
        elif self._product_hits.rowCount() == 1:
            self.add_product(*self._product_hits.item(0).data(HitRole))
        else:
            self.lines_error.show_message(self.tr("No product has the SKU or barcode “{code}”.").format(code=text))

    def add_product(self, product_id: int, sku: str, name: str, unit: str) -> None:
        self.lines_error.show_message("")
        row = self.lines_model.add_line(EditLine(product_id=product_id, sku=sku, description=name, unit=unit))
        self.product_completer.popup().hide()
        self.product_edit.clear()
        self._product_hits.clear()
        self._propose(row)
        index = self.lines_model.index(row, self.lines_model.column_of("quantity"))
        self.lines_view.setCurrentIndex(index)

    def add_free_line(self) -> None:
        """A line with no product (a service described in words): description and price typed."""
        row = self.lines_model.add_line(EditLine(vat_rate="0"))
        index = self.lines_model.index(row, self.lines_model.column_of("description"))
        self.lines_view.setCurrentIndex(index)
        self.lines_view.edit(index)

    def _propose(self, row: int) -> None:
        """What the service would propose for a product line: its price for this client, the client's
        discount, the product's VAT rate (shown greyed; the service decides on save)."""
        line = self.lines_model.lines[row]
        product_id, client_id = line.product_id, self.client_combo.client_id()
        currency = self.lines_model.currency
        if product_id is None:
            return

        if self.doc_type in BUYING_TYPES:
            self._propose_buying(line, client_id, currency)
            return

        def fetch():
            quote = self.ctx.catalog.price_for(product_id=product_id, client_id=client_id)
            return quote, self.ctx.catalog.load_product(product_id).form.vat_rate

        def proposed(result) -> None:
            quote, vat = result
            at = next((i for i, x in enumerate(self.lines_model.lines) if x is line), -1)
            price = quote.price if quote.currency == currency else None
            self.lines_model.propose(at, price, quote.discount_percent if client_id else None, vat)
        self.tasks.read(fetch, proposed, lambda exc: show_error(self, exc))

    def _propose_buying(self, line: EditLine, supplier_id: int | None, currency: str) -> None:
        """A bought line: the supplier's price from the product's supplier terms (typed in, in the document's
        currency), else the product's purchase price proposed, as the service takes it; no discount."""
        product_id = line.product_id

        def fetch():
            form = self.ctx.catalog.load_product(product_id).form
            terms = next((t for t in self.ctx.production.list_terms(product_id) if t.supplier_id == supplier_id
                          and t.currency == currency), None) if supplier_id is not None else None
            return form.purchase_price, form.vat_rate, terms.price if terms else None

        def proposed(result) -> None:
            purchase_price, vat, terms_price = result
            at = next((i for i, x in enumerate(self.lines_model.lines) if x is line), -1)
            if terms_price is not None and not line.price:
                line.price = price_text(terms_price)
            self.lines_model.propose(at, purchase_price, Decimal(0), vat)
        self.tasks.read(fetch, proposed, lambda exc: show_error(self, exc))

    def _repropose(self) -> None:
        for row, line in enumerate(self.lines_model.lines):
            if line.product_id is not None and not line.price:
                self._propose(row)

    def remove_current_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        if row >= 0:
            self.lines_model.remove_line(row)

    # -- the form ------------------------------------------------------------------------------
    def commit_open_editor(self) -> None:
        """A cell still being typed in (Ctrl+S without Enter) counts: its text goes into the line now."""
        if self.lines_view.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.lines_view.viewport().findChildren(QLineEdit):
            if editor.isVisible():
                self.lines_view.commitData(editor)
                self.lines_view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def form(self) -> DocumentForm:
        """What the user typed as a DocumentForm; raises ValidationError for what does not parse."""
        self.commit_open_editor()
        errors: dict[str, str] = {}
        try:
            lines = self.lines_model.line_forms()
        except ValidationError as exc:
            errors.update(exc.errors)
            lines = []
        client_id = self.client_combo.client_id()
        if client_id is None and self.client_combo.currentText().strip():
            errors["client_id"] = self.tr("choose a client from the list")
        rate = self.rate_edit.text().strip().replace(",", ".") or None
        if errors:
            raise ValidationError(errors)
        card = self.card
        due = None if self.doc_type != "invoice" or self.due_default_check.isChecked() else \
            self.due_edit.date().toPython()
        warehouse = self.warehouse_combo.currentData() if self.doc_type in WAREHOUSE_TYPES else (
            card.warehouse_id if card is not None else None)
        return DocumentForm(
            doc_type=self.doc_type, client_id=client_id, doc_date=self.date_edit.date().toPython(), due_date=due,
            series=card.series if card is not None else "", currency=self.currency_edit.text().strip() or None,
            rate=rate, vat_mode=self.vat_combo.currentData(), warehouse_id=warehouse,
            contact_id=card.contact_id if card is not None else None,
            deal_id=card.deal_id if card is not None else None,
            terms=self.terms_edit.toPlainText(), notes=self.notes_edit.toPlainText(), lines=lines,
            language=self.language_combo.currentData())

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in FIELD_KEYS:
            if key != "rate":
                self.fields[key].set_error(errors.get(key, "") or (errors.get("rate", "") if key == "currency" else ""))
        cells: dict[tuple[int, str], str] = {}
        line_texts, rest = [], []
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit():
                row, name = int(parts[1]), {"product_id": "description"}.get(parts[2], parts[2])
                cells[(row, name)] = error_text(message)
                lines = self.lines_model.lines
                what = (lines[row].sku or lines[row].description) if row < len(lines) else ""
                line_texts.append(self.tr("Line {n} ({what}): {message}").format(
                    n=row + 1, what=isolate(what), message=f"{field_label(name)} {message}"))
            elif key == "lines":
                line_texts.append(error_text(message))
            elif key not in FIELD_KEYS:
                rest.append(f"{field_label(key)}: {error_text(message)}")
        self.lines_model.set_errors(cells)
        self.lines_error.show_message("\n".join(line_texts))
        self.general_error.show_message("\n".join(rest))

    def _clear_messages(self) -> None:
        self.show_errors({})

    # -- actions -------------------------------------------------------------------------------
    def save(self, then: Callable[[DocumentCard], None] | None = None) -> None:
        """Save the draft (create it the first time); `then(card)` runs after a successful save."""
        self.commit_open_editor()      # before the messages are cleared, which repaints the cells
        self._clear_messages()
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        docs = self.ctx.documents

        def saved(card: DocumentCard) -> None:
            self.show_card(card)
            self._refresh_chain()
            if then is not None:
                then(card)
        if self.card is None:
            self.tasks.write(lambda: docs.create_document(form), saved, self._failed, entity="document",
                             ids=lambda c: [c.id])
            return
        doc_id, version = self.card.id, self.card.version
        self.tasks.write(lambda: docs.update_document(doc_id, form, expected_version=version), saved, self._failed,
                         entity="document", ids=lambda c: [c.id])

    def confirm(self) -> None:
        """Save what is on screen, then confirm it (number, reservation, debt or shipment)."""
        self.save(then=self._confirm)

    def _confirm(self, card: DocumentCard) -> None:
        confirmation = Confirmation(self.ctx, self.tasks, self, done=self._confirmed, failed=self._failed,
                                    ask_credit=self.ask_credit, ask_backdated=self.ask_backdated)
        confirmation.run(card.id, card.version)

    def _confirmed(self, card: DocumentCard) -> None:
        self.show_card(card)
        self._refresh_chain()

    def cancel_document(self) -> None:
        card = self.card
        if card is None:
            return
        text = self.tr("Cancel {kind} {number}? It keeps its number and stays in the list as cancelled; what "
                       "confirming did is undone.").format(kind=type_title(card.doc_type),
                                                           number=card.number or self.tr("(draft)"))
        if not self.ask(self, self.tr("Cancel document"), text):
            return
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.documents.cancel_document(card.id, expected_version=card.version),
                         self._confirmed, self._failed, entity="document", ids=lambda c: [c.id])

    def create_from(self, doc_type: str) -> None:
        """A draft of `doc_type` from this confirmed document, shown in this dialog."""
        if self.card is None:
            return
        source = self.card.id
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.documents.create_from(source, doc_type), self._confirmed, self._failed,
                         entity="document", ids=lambda c: [c.id])

    def register_payment(self) -> None:
        card = self.card
        if card is None:
            return
        from app.ui.documents.payment_dialog import PaymentDialog

        factory = self.payment_dialog_factory or PaymentDialog
        dialog = factory(self.ctx, self.tasks, client_id=card.client_id, client_name=card.client_name,
                         invoice_id=card.id, parent=self)
        dialog.exec()
        self.reload()

    # -- printing ------------------------------------------------------------------------------
    def file_name(self) -> str:
        card = self.card
        if card is None:
            return "document.pdf"
        name = card.number or f"{card.doc_type}-draft-{card.id}"
        return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name) + ".pdf"

    def _with_pdf(self, then: Callable[[bytes], None]) -> None:
        if self.card is None:
            return
        doc_id = self.card.id
        self.tasks.read(lambda: self.ctx.documents.render_document(doc_id), then, lambda exc: show_error(self, exc),
                        name="document pdf")

    def preview(self) -> None:
        def show(data: bytes) -> None:
            draft = self.tr("(draft)")
            title = f"{type_title(self.doc_type)} {self.card.number or draft}"
            dialog = self.preview_factory(data, title=title, file_name=self.file_name(), parent=self)
            dialog.ask_path, dialog.ask_printer = self.ask_path, self.ask_printer
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.exec()
        self._with_pdf(show)

    def mark_sent(self) -> None:
        if self.card is None or self.card.sent_at is not None:
            return
        doc_id = self.card.id
        self.tasks.write(lambda: self.ctx.documents.mark_sent(doc_id), lambda _c: self.reload(), self._failed,
                         entity="document", ids=lambda c: [c.id])

    def send_by_email(self) -> None:
        if self.card is None or not self.card.number:
            return
        if self.send_dialog(self, self.ctx, self.tasks, self.card.id) is not None:
            self.reload()  # sent: the document is now locked as printed and sent

    def save_as_pdf(self) -> None:
        def write(data: bytes) -> None:
            path = save_pdf(self, data, self.file_name(), self.ask_path)
            if path:
                self.general_error.show_message("")
                self.status_label.setToolTip(self.tr("Saved to {0}").format(path))
        self._with_pdf(write)

    def print_document(self) -> None:
        self._with_pdf(lambda data: print_pdf(self, data, self.ask_printer))

    def _refresh_chain(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        self.tasks.read(lambda: self.ctx.documents.document_chain(doc_id), self._show_chain,
                        lambda exc: show_error(self, exc))

    def _failed(self, exc: BaseException) -> None:
        show_save_failure(self, exc, known_text=document_error_text)
