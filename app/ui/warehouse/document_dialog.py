"""A stock document as a dialog: header fields by kind, the lines grid, Save draft / Post / Un-post /
Cancel. Stock errors (not enough stock, back-dated posting) are said in words with their numbers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.calendars import setup_date_edit
from app.ui.errors import field_label, show_error, show_save_failure
from app.ui.record_history import show_history
from app.ui.rights import allows, apply_rights, forbid, read_only_note, rights_of
from app.ui.tasks import Task, TaskRunner
from app.ui.text import format_time, isolate, numeric_date
from app.ui.warehouse.format import UnitDecimals, local_to_utc, stock_error_text, utc_to_local
from app.ui.warehouse.lines import EditLine, LinesModel, edit_line_of
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

SEARCH_DELAY_MS = 250
KIND_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("StockDocuments", "Receipt"),
    "shipment": QT_TRANSLATE_NOOP("StockDocuments", "Shipment"),
    "transfer": QT_TRANSLATE_NOOP("StockDocuments", "Transfer"),
    "write_off": QT_TRANSLATE_NOOP("StockDocuments", "Write-off"),
    "count": QT_TRANSLATE_NOOP("StockDocuments", "Inventory count"),
    "consume": QT_TRANSLATE_NOOP("StockDocuments", "Production consumption"),
    "output": QT_TRANSLATE_NOOP("StockDocuments", "Production output"),
}
# A new document's title, one whole text per kind: a kind's name is never lower-cased into a sentence
# (German capitalises nouns, Persian and Arabic have no case, a language may inflect it after "new").
NEW_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("StockDocuments", "New receipt"),
    "shipment": QT_TRANSLATE_NOOP("StockDocuments", "New shipment"),
    "transfer": QT_TRANSLATE_NOOP("StockDocuments", "New transfer"),
    "write_off": QT_TRANSLATE_NOOP("StockDocuments", "New write-off"),
    "count": QT_TRANSLATE_NOOP("StockDocuments", "New inventory count"),
    "consume": QT_TRANSLATE_NOOP("StockDocuments", "New production consumption"),
    "output": QT_TRANSLATE_NOOP("StockDocuments", "New production output"),
}
# Posted by production orders only: never made, changed or un-posted here (they open read-only).
PRODUCTION_KINDS = ("consume", "output")
STATUS_TITLES = {
    "draft": QT_TRANSLATE_NOOP("StockDocuments", "Draft"),
    "posted": QT_TRANSLATE_NOOP("StockDocuments", "Posted"),
    "cancelled": QT_TRANSLATE_NOOP("StockDocuments", "Cancelled"),
}
HitRole = Qt.ItemDataRole.UserRole + 1


def kind_title(kind: str) -> str:
    """A stock document kind's name in the user's language."""
    return QCoreApplication.translate("StockDocuments", KIND_TITLES.get(kind, kind))


def new_title(kind: str) -> str:
    """A new stock document's title ("New receipt") in the user's language."""
    if kind in NEW_TITLES:
        return QCoreApplication.translate("StockDocuments", NEW_TITLES[kind])
    return QCoreApplication.translate("StockDocuments", "New document: {kind}").format(kind=kind_title(kind))


def status_title(status: str) -> str:
    return QCoreApplication.translate("StockDocuments", STATUS_TITLES.get(status, status))


# Documents taking stock out of a warehouse: their lot-tracked lines get the FEFO lot proposed.
FEFO_KINDS = ("shipment", "write_off", "transfer")


def ask_backdated(parent: QWidget | None, later: list[str]) -> bool:
    """'Dated before N posted documents (list). Post anyway and recompute their costs?'"""
    text = QDialog.tr("This document is dated before {n} posted documents ({numbers}). "
                      "Post anyway and recompute their costs?").format(n=len(later), numbers=", ".join(later))
    return QMessageBox.question(parent, QDialog.tr("Back-dated posting"), text) == QMessageBox.StandardButton.Yes


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    return QMessageBox.question(parent, QDialog.tr("Stock document"), text) == QMessageBox.StandardButton.Yes


class StockDocumentDialog(QDialog):
    """Create or edit a stock document of one kind; posted documents are shown read-only (Un-post)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, doc_id: int | None = None,
                 kind: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        if doc_id is None and kind is None:
            raise ValueError("a new stock document needs its kind")
        self.setObjectName("stock_document_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.doc_id = ctx, tasks, doc_id
        self.kind = kind or "receipt"
        self.card = None
        self.units = UnitDecimals()
        self.recost_task: Task | None = None
        self.recost_dialog: QProgressDialog | None = None
        # Tests replace these: (parent, later numbers) -> bool, and (parent, question) -> bool.
        self.backdated_question: Callable[[QWidget, list[str]], bool] = ask_backdated
        self.confirm: Callable[[QWidget, str], bool] = ask_yes_no
        self.resize(980, 620)
        self.may_edit = allows(ctx, Area.WAREHOUSE, Action.CREATE if doc_id is None else Action.EDIT)

        self.status_label = QLabel(self, objectName="status_label")
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.status_label.setWordWrap(True)
        self.warehouse_combo = QComboBox(self, objectName="warehouse_combo")
        self.to_warehouse_combo = QComboBox(self, objectName="to_warehouse_combo")
        self.client_combo = QComboBox(self, objectName="client_combo")
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.lineEdit().setPlaceholderText(self.tr("Type to search clients…"))
        self._client_hits = QStandardItemModel(self)
        self.client_completer = QCompleter(self._client_hits, self)
        self.client_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.client_completer.activated[QModelIndex].connect(self._client_picked)
        self.client_combo.setCompleter(self.client_completer)
        self.reason_edit = QLineEdit(self, objectName="reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Damaged, expired, lost…"))
        self.date_edit = QDateTimeEdit(QDateTime.currentDateTime(), self, objectName="doc_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        setup_date_edit(self.date_edit)
        self.comment_edit = QLineEdit(self, objectName="comment_edit")

        self.fields = {
            "warehouse_id": FieldWithError(self.warehouse_combo, self),
            "to_warehouse_id": FieldWithError(self.to_warehouse_combo, self),
            "client_id": FieldWithError(self.client_combo, self),
            "reason": FieldWithError(self.reason_edit, self),
            "doc_date": FieldWithError(self.date_edit, self),
            "comment": FieldWithError(self.comment_edit, self),
        }
        self.form_layout = QFormLayout()
        labels = {"warehouse_id": self.tr("From warehouse*") if self.kind == "transfer" else self.tr("Warehouse*"),
                  "to_warehouse_id": self.tr("To warehouse*"),
                  "client_id": self.tr("Supplier") if self.kind == "receipt" else self.tr("Customer"),
                  "reason": self.tr("Reason*"), "doc_date": self.tr("Date"), "comment": self.tr("Comment")}
        self._labels: dict[str, QLabel] = {}
        for key, field in self.fields.items():
            label = QLabel(labels[key], self)
            self._labels[key] = label
            self.form_layout.addRow(label, field)

        self.product_edit = QLineEdit(self, objectName="product_edit")
        self.product_edit.setPlaceholderText(self.tr("Add a product: type or scan its SKU, name or barcode, Enter"))
        self._product_hits = QStandardItemModel(self)
        self.product_completer = QCompleter(self._product_hits, self)
        self.product_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.product_completer.setWidget(self.product_edit)
        self.product_completer.activated[QModelIndex].connect(self._product_picked)
        self.product_edit.returnPressed.connect(self.add_typed_product)
        self.add_button = QPushButton(self.tr("Add"), self, objectName="add_line_button")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed_product)
        self.remove_button = QPushButton(self.tr("Remove line"), self, objectName="remove_line_button")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current_line)
        self.fill_button = QPushButton(self.tr("Fill from stock"), self, objectName="fill_count_button")
        self.fill_button.setToolTip(self.tr("Start the count with every product of the warehouse and its book quantity"))
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_count)
        self.fill_button.setVisible(self.kind == "count")

        self.lines_model = LinesModel(self.kind, self)
        self.lines_view = QTableView(self, objectName="lines_view")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.lines_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.lines_view.horizontalHeader().setStretchLastSection(True)
        self.lines_error = ErrorLabel("lines_error", self)
        self.general_error = ErrorLabel("document_error", self)

        self.save_button = self._button(self.tr("Save draft"), "save_button", self.save)
        self.post_button = self._button(self.tr("Post"), "post_button", self.post)
        self.unpost_button = self._button(self.tr("Un-post"), "unpost_button", self.unpost)
        self.cancel_doc_button = self._button(self.tr("Cancel document"), "cancel_document_button",
                                              self.cancel_document)
        self.reload_button = self._button(self.tr("Reload"), "reload_button", self.reload)
        self.reload_button.setToolTip(self.tr("Show the document as it is saved now (your unsaved edits are dropped)"))
        self.reload_button.hide()
        self.close_button = self._button(self.tr("Close"), "close_button", self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.product_edit, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        add_row.addWidget(self.fill_button)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.post_button, self.unpost_button, self.cancel_doc_button,
                       self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.read_only_label = read_only_note(self)
        self.read_only_label.setVisible(not self.may_edit)
        self.history_button = self._button(self.tr("History"), "history_button", self.show_history)
        for widget in (self.read_only_label, self.history_button, self.close_button):
            buttons.addWidget(widget)
        apply_rights({Action.POST: [self.post_button, self.unpost_button, self.cancel_doc_button]}, rights_of(ctx),
                     Area.WAREHOUSE)
        if not self.may_edit:
            forbid(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(self.form_layout)
        layout.addLayout(add_row)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.lines_error)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        self._client_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._client_timer.timeout.connect(self.search_clients)
        self.client_combo.lineEdit().textEdited.connect(lambda _t: self._client_timer.start())
        self._product_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._product_timer.timeout.connect(self.search_products)
        self.product_edit.textEdited.connect(lambda _t: self._product_timer.start())
        self._show_kind()
        self._show_status()
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- loading -------------------------------------------------------------------------------
    def _load(self):
        warehouses = self.ctx.stock.list_warehouses()
        units = self.ctx.stock.unit_decimals()
        card = self.ctx.stock.load_document(self.doc_id) if self.doc_id is not None else None
        return warehouses, units, card

    def _loaded(self, loaded) -> None:
        warehouses, units, card = loaded
        self.units = UnitDecimals(units)
        for combo in (self.warehouse_combo, self.to_warehouse_combo):
            combo.clear()
            combo.addItem(self.tr("Choose…"), None)
            for w in warehouses:
                combo.addItem(w.name, w.id)
        if card is None and warehouses:
            self.warehouse_combo.setCurrentIndex(1)
        if card is not None:
            self.show_card(card)

    def show_card(self, card) -> None:
        """Fill every field from a saved document (after load, save, post, reload)."""
        self.card, self.doc_id = card, card.id
        if card.kind != self.kind:
            self.kind = card.kind
            self.lines_model.set_kind(card.kind)
            self._show_kind()
        f = card.form
        self._ensure_item(self.warehouse_combo, f.warehouse_id, card.warehouse_name)
        self._ensure_item(self.to_warehouse_combo, f.to_warehouse_id, card.to_warehouse_name)
        self.client_combo.clear()
        if f.client_id is not None:
            self.client_combo.addItem(card.client_name, f.client_id)
            self.client_combo.setCurrentIndex(0)
        self.reason_edit.setText(f.reason)
        self.comment_edit.setText(f.comment)
        if f.doc_date is not None:
            self.date_edit.setDateTime(QDateTime(utc_to_local(f.doc_date)))
        self.lines_model.set_lines([edit_line_of(row, self.units.get(row.unit)) for row in card.lines])
        self._show_status()

    def _ensure_item(self, combo: QComboBox, ident: int | None, name: str) -> None:
        if ident is not None and combo.findData(ident) < 0:
            combo.addItem(name, ident)
        index = combo.findData(ident)
        combo.setCurrentIndex(max(index, 0))

    def _show_kind(self) -> None:
        visible = {"warehouse_id": True, "doc_date": True, "comment": True,
                   "to_warehouse_id": self.kind == "transfer",
                   "client_id": self.kind in ("receipt", "shipment"),
                   "reason": self.kind == "write_off"}
        for key, field in self.fields.items():
            field.setVisible(visible[key])
            self._labels[key].setVisible(visible[key])
        self._labels["warehouse_id"].setText(self.tr("From warehouse*") if self.kind == "transfer"
                                             else self.tr("Warehouse*"))
        self._labels["client_id"].setText(self.tr("Supplier") if self.kind == "receipt" else self.tr("Customer"))
        self.fill_button.setVisible(self.kind == "count")
        widths = {"sku": 120, "name": 300, "quantity": 100, "unit": 60, "unit_cost": 100, "lot_code": 120,
                  "expires": 100, "book_quantity": 100}
        header = self.lines_view.horizontalHeader()
        for i, key in enumerate(self.lines_model.keys):
            # Never narrower than the column's title: "Стоимость единицы" is twice "Unit cost".
            self.lines_view.setColumnWidth(i, max(widths.get(key, 100), header.sectionSizeHint(i)))

    @property
    def status(self) -> str:
        return self.card.status if self.card is not None else "draft"

    def _show_status(self) -> None:
        kind = kind_title(self.kind)
        if self.card is None:
            title = new_title(self.kind)
            self.setWindowTitle(title)
            self.status_label.setText(self.tr("{title} · not saved yet").format(title=title))
        else:
            status = status_title(self.card.status)
            self.setWindowTitle(f"{kind} {self.card.number}")
            text = f"{kind} {isolate(self.card.number)} · {status}"
            if self.card.posted_at is not None:
                text += " · " + self.tr("posted {when} by {who}").format(when=format_time(self.card.posted_at),
                                                                         who=self.card.posted_by_name)
            self.status_label.setText(text)
        draft = self.status == "draft" and self.may_edit
        saved = self.card is not None
        self.history_button.setVisible(saved)
        for widget in (self.warehouse_combo, self.to_warehouse_combo, self.client_combo, self.reason_edit,
                       self.date_edit, self.comment_edit, self.product_edit, self.add_button, self.remove_button):
            widget.setEnabled(draft)
        self.fill_button.setEnabled(draft and not saved)
        self.lines_model.read_only = not draft
        self.save_button.setEnabled(draft)
        self.post_button.setEnabled(draft)
        self.unpost_button.setEnabled(saved and self.status == "posted")
        self.cancel_doc_button.setEnabled(saved and draft)
        by_production = self.kind in PRODUCTION_KINDS
        for widget in (self.save_button, self.post_button, self.unpost_button, self.cancel_doc_button,
                       self.product_edit, self.add_button, self.remove_button):
            widget.setVisible(not by_production)
        if by_production:
            self.status_label.setText(self.status_label.text() + " · " + self.tr(
                "made by production: it changes only through its production order"))

    # -- pickers -------------------------------------------------------------------------------
    def search_clients(self) -> None:
        text = self.client_combo.currentText().strip()
        if len(text) < 2:
            self._client_hits.clear()
            return
        self.tasks.read(lambda: [(c.id, c.display_name) for c in self.ctx.clients.search_clients(text, limit=15)],
                        lambda rows: self._show_client_hits(text, rows), lambda exc: show_error(self, exc))

    def _show_client_hits(self, text: str, rows) -> None:
        if text != self.client_combo.currentText().strip():
            return
        self._client_hits.clear()
        for ident, name in rows:
            item = QStandardItem(name)
            item.setData(ident, Qt.ItemDataRole.UserRole)
            self._client_hits.appendRow(item)
        if rows and self.client_combo.lineEdit().hasFocus():
            self.client_completer.complete()

    def _client_picked(self, index: QModelIndex) -> None:
        ident, name = index.data(Qt.ItemDataRole.UserRole), index.data()
        self.client_combo.clear()
        self.client_combo.addItem(name, ident)
        self.client_combo.setCurrentIndex(0)

    def client_id(self) -> int | None:
        text = self.client_combo.currentText().strip()
        index = self.client_combo.findText(text, Qt.MatchFlag.MatchExactly)
        if text and index >= 0:
            return self.client_combo.itemData(index)
        for row in range(self._client_hits.rowCount()):
            item = self._client_hits.item(row)
            if item.text().casefold() == text.casefold():
                return item.data(Qt.ItemDataRole.UserRole)
        return None

    def search_products(self) -> None:
        text = self.product_edit.text().strip()
        if len(text) < 2:
            self._product_hits.clear()
            return
        self.tasks.read(lambda: self.ctx.stock.search_products(text, limit=20),
                        lambda hits: self._show_product_hits(text, hits), lambda exc: show_error(self, exc))

    def _show_product_hits(self, text: str, hits) -> None:
        if text != self.product_edit.text().strip():
            return
        self._product_hits.clear()
        for hit in hits:
            item = QStandardItem(f"{hit.sku} — {hit.name}")
            item.setData(hit, HitRole)
            self._product_hits.appendRow(item)
        if hits and self.product_edit.hasFocus():
            self.product_completer.complete()

    def _product_picked(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if hit is not None:
            self.add_product(hit)

    def add_typed_product(self) -> None:
        """Enter in the product box: the exact SKU or barcode typed (or scanned) becomes a line."""
        text = self.product_edit.text().strip()
        if not text:
            return
        self.tasks.read(lambda: self.ctx.stock.product_by_code(text), lambda hit: self._typed_found(text, hit),
                        lambda exc: show_error(self, exc))

    def _typed_found(self, text: str, hit) -> None:
        if hit is None and self._product_hits.rowCount() == 1:
            hit = self._product_hits.item(0).data(HitRole)
        if hit is None:
            self.lines_error.show_message(self.tr("No product has the SKU or barcode “{code}”.").format(code=text))
            return
        self.add_product(hit)

    def add_product(self, hit) -> None:
        """A ProductHit as a new line (or the focus on its existing line), quantity ready to type."""
        self.lines_error.show_message("")
        line = EditLine(product_id=hit.product_id, sku=hit.sku, name=hit.name, unit=hit.unit,
                        quantity=f"{Decimal(1):.{hit.decimals}f}", decimals=hit.decimals,
                        tracks_lots=hit.tracks_lots)
        row = self.lines_model.add_line(line)
        self.product_completer.popup().hide()
        self.product_edit.clear()
        self._product_hits.clear()
        if hit.tracks_lots and self.kind in FEFO_KINDS and self.lines_model.lines[row] is line:
            self._propose_lot(line)
        index = self.lines_model.index(row, self.lines_model.column_of("quantity"))
        self.lines_view.setCurrentIndex(index)
        self.lines_view.edit(index)

    def _propose_lot(self, line: EditLine) -> None:
        """Outgoing lines of a lot-tracked product start with the lot that has stock and expires first
        (FEFO); the Lot cell stays editable."""
        warehouse_id, product_id = self.warehouse_combo.currentData(), line.product_id
        if warehouse_id is None:
            return

        def proposed(lots) -> None:
            row = next((i for i, x in enumerate(self.lines_model.lines) if x is line), -1)
            if not lots or row < 0 or line.lot_code:
                return       # removed or typed meanwhile: leave it
            first = lots[0]
            line.lot_id, line.lot_code, line.saved_lot_code = first.lot_id, first.code, first.code
            line.expires = numeric_date(first.expires_on)
            self.lines_model.dataChanged.emit(self.lines_model.index(row, 0),
                                              self.lines_model.index(row, self.lines_model.columnCount() - 1))
        self.tasks.read(lambda: self.ctx.stock.lots_in_stock(product_id, warehouse_id=warehouse_id), proposed,
                        self._failed)

    def remove_current_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        if row >= 0:
            self.lines_model.remove_line(row)

    # -- the form ------------------------------------------------------------------------------
    def form(self):
        """What the user typed as a StockDocForm; raises ValidationError for what does not parse."""
        stock = self.ctx.stock
        lines = self.lines_model.line_data(stock.StockLineData)
        errors: dict[str, str] = {}
        client_id = self.client_id() if self.kind in ("receipt", "shipment") else None
        if self.kind in ("receipt", "shipment") and client_id is None and self.client_combo.currentText().strip():
            errors["client_id"] = self.tr("choose a client from the list")
        if errors:
            raise ValidationError(errors)
        local: datetime = self.date_edit.dateTime().toPython()
        source = self.card.form.source if self.card is not None else ""
        return stock.StockDocForm(
            kind=self.kind, warehouse_id=self.warehouse_combo.currentData(), doc_date=local_to_utc(local),
            to_warehouse_id=self.to_warehouse_combo.currentData() if self.kind == "transfer" else None,
            client_id=client_id, reason=self.reason_edit.text() if self.kind == "write_off" else "",
            comment=self.comment_edit.text(), lines=lines, source=source)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        cells: dict[tuple[int, str], str] = {}
        line_texts, rest = [], []
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit():
                row, name = int(parts[1]), {"lot_expires_on": "expires", "lot_id": "lot_code",
                                            "product_id": "name"}.get(parts[2], parts[2])
                cells[(row, name)] = error_text(message)
                sku = self.lines_model.lines[row].sku if row < len(self.lines_model.lines) else ""
                line_texts.append(self.tr("Line {n} ({sku}): {message}").format(
                    n=row + 1, sku=isolate(sku), message=error_text(message)))
            elif key not in self.fields:
                rest.append(f"{field_label(key)}: {error_text(message)}")
        self.lines_model.set_errors(cells)
        self.lines_error.show_message("\n".join(line_texts))
        self.general_error.show_message("\n".join(rest))

    def _clear_messages(self) -> None:
        self.show_errors({})
        self.general_error.show_message("")

    # -- actions -------------------------------------------------------------------------------
    def _form_or_errors(self):
        self._clear_messages()
        try:
            return self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None

    def show_history(self) -> None:
        if self.card is not None:
            show_history(self.ctx, self.tasks, "stock_document", self.card.id, self.windowTitle(), self)

    def save(self, then: Callable[[object], None] | None = None) -> None:
        """Save the draft (create it the first time); `then(card)` runs after a successful save."""
        if not self.may_edit:
            return
        form = self._form_or_errors()
        if form is None:
            return
        done = then if callable(then) else self.show_card
        if self.card is None:
            self.tasks.write(lambda: self.ctx.stock.create_document(form), lambda card: self._saved(card, done),
                             self._failed, entity="stock_document", ids=lambda c: [c.id])
            return
        doc_id, version = self.card.id, self.card.version
        self.tasks.write(lambda: self.ctx.stock.update_document(doc_id, form, expected_version=version),
                         lambda card: self._saved(card, done), self._failed, entity="stock_document",
                         ids=lambda c: [c.id])

    def _saved(self, card, then: Callable[[object], None]) -> None:
        self.show_card(card)
        if then is not self.show_card:
            then(card)

    def post(self) -> None:
        """Save what is on screen, then post it."""
        self.save(then=self._post)

    def _post(self, card) -> None:
        doc_id, version = card.id, card.version
        self.tasks.write(lambda: self.ctx.stock.post_document(doc_id, expected_version=version),
                         lambda posted: self._posted(posted, recost=False),
                         lambda exc: self._post_failed(card, exc), entity="stock_document",
                         ids=lambda c: [c.id])

    def _post_failed(self, card, exc: BaseException) -> None:
        if type(exc).__name__ == "BackdatedPosting":
            if self.backdated_question(self, list(exc.later)):
                self.post_backdated(card)
            return
        self._failed(exc)

    def _posted(self, card, *, recost: bool) -> None:
        self.show_card(card)
        if recost:
            self.status_label.setText(self.status_label.text() + " · " + self.tr("later costs recomputed"))

    def post_backdated(self, card) -> None:
        """Post a back-dated document and recompute the costs of the later moves it affects: in the
        background with a progress dialog; Cancel rolls the whole posting back (nothing half-done)."""
        doc_id, version = card.id, card.version
        stock = self.ctx.stock
        dialog = QProgressDialog(self.tr("Posting and recomputing the costs of later documents…"),
                                 self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("recost_progress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        self.recost_dialog = dialog

        def progressed(task, done: int, total: int, _text: str) -> None:
            if task is self.recost_task:
                dialog.setMaximum(max(1, total))
                dialog.setValue(done)

        def finish() -> None:
            self.tasks.progress.disconnect(progressed)
            dialog.canceled.disconnect(self._recost_cancelled)
            dialog.reset()
            dialog.hide()

        def done(posted) -> None:
            finish()
            self._posted(posted, recost=True)

        def failed(exc: BaseException) -> None:
            finish()
            self._failed(exc)

        self.tasks.progress.connect(progressed)
        dialog.canceled.connect(self._recost_cancelled)
        self.recost_task = self.tasks.long(
            lambda progress: stock.post_document(doc_id, expected_version=version, confirm_backdated=True,
                                                 progress=progress),
            done, failed, write=True, entity="stock_document")

    def _recost_cancelled(self) -> None:
        if self.recost_task is not None:
            # The job stops at its next progress report and its transaction rolls back.
            self.recost_task.cancel()
            self.recost_task = None
            if self.recost_dialog is not None:
                self.recost_dialog.hide()
            self.general_error.show_message(self.tr(
                "Posting was cancelled: nothing was posted and no cost was changed."))

    def unpost(self) -> None:
        if self.card is None:
            return
        doc_id, version = self.card.id, self.card.version
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.stock.unpost_document(doc_id, expected_version=version),
                         self.show_card, self._failed, entity="stock_document", ids=lambda c: [c.id])

    def cancel_document(self) -> None:
        if self.card is None or not self.confirm(self, self.tr("Cancel this draft? It stays in the list as cancelled.")):
            return
        doc_id, version = self.card.id, self.card.version
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.stock.cancel_document(doc_id, expected_version=version),
                         lambda _r: self.reload(), self._failed, entity="stock_document", ids=lambda _r: [doc_id])

    def fill_count(self) -> None:
        """A new count: every product of the chosen warehouse with its book quantity, counted 0."""
        warehouse_id = self.warehouse_combo.currentData()
        if warehouse_id is None:
            self.show_errors({"warehouse_id": self.tr("choose a warehouse")})
            return
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.stock.start_count(warehouse_id=warehouse_id), self.show_card,
                         self._failed, entity="stock_document", ids=lambda c: [c.id])

    def reload(self) -> None:
        if self.doc_id is None:
            return
        doc_id = self.doc_id
        self.tasks.read(lambda: self.ctx.stock.load_document(doc_id), self._reloaded, lambda exc: show_error(self, exc))

    def _reloaded(self, card) -> None:
        self._clear_messages()
        self.reload_button.hide()
        self.show_card(card)

    def _failed(self, exc: BaseException) -> None:
        show_save_failure(self, exc, known_text=stock_error_text)
