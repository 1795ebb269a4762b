"""Registering a client's payment: amount, date, method and reference, and how much of it goes to each open
invoice (filled oldest first from the amount, editable per invoice); what is left stays as the client's
credit."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.documents.forms import OpenInvoice, PaymentForm, PaymentRow
from app.services.errors import ValidationError
from app.ui.calendars import setup_date_edit
from app.ui.client_picker import ClientPicker
from app.ui.documents.format import money, parse_number, plain, tr
from app.ui.errors import field_label, show_error
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, numeric_date
from app.ui.widgets import ERROR_COLOR, INVALID_STYLE, ErrorLabel, FieldWithError, error_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ZERO = Decimal("0")


@dataclass
class Allocation:
    invoice: OpenInvoice
    amount: str = ""       # as typed


def fill_oldest_first(invoices: list[OpenInvoice], amount: Decimal, currency: str) -> list[Decimal]:
    """Spread `amount` over the invoices in the order given (oldest due first), each up to what it has open;
    invoices in another currency get nothing."""
    left, out = amount, []
    for inv in invoices:
        take = min(left, inv.outstanding) if inv.currency == currency and left > 0 else ZERO
        out.append(take)
        left -= take
    return out


class AllocationsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Allocation] = []
        self.errors: dict[int, str] = {}
        self.titles = [tr("Invoice"), tr("Date"), tr("Due"), tr("Total"), tr("Open"), tr("Allocate")]

    def set_invoices(self, invoices: list[OpenInvoice]) -> None:
        self.beginResetModel()
        self.rows = [Allocation(inv) for inv in invoices]
        self.errors = {}
        self.endResetModel()

    def set_amounts(self, amounts: list[Decimal]) -> None:
        for row, amount in zip(self.rows, amounts, strict=False):
            row.amount = plain(amount) if amount else ""
        self.errors = {}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.titles) - 1))

    def set_errors(self, errors: dict[int, str]) -> None:
        self.errors = dict(errors)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.titles) - 1))

    def allocated(self) -> Decimal:
        total = ZERO
        for row in self.rows:
            with contextlib.suppress(InvalidOperation):
                total += parse_number(row.amount) or ZERO
        return total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.titles):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if section >= 3 else LEFT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row, col = self.rows[index.row()], index.column()
        inv = row.invoice
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 5:
                return row.amount
            text = [inv.number, numeric_date(inv.doc_date), numeric_date(inv.due_date),
                    money(inv.total, inv.currency), money(inv.outstanding, inv.currency)][col]
            return isolate(text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col >= 3 else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.row() in self.errors and col == 5:
                return QBrush(QColor(ERROR_COLOR))
            if col == 2 and inv.days_overdue > 0:
                return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.BackgroundRole and index.row() in self.errors and col == 5:
            return QBrush(QColor("#ffebee"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.row() in self.errors:
                return self.errors[index.row()]
            if inv.days_overdue > 0:
                return tr("{n} days overdue").format(n=inv.days_overdue)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 5 else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 5:
            return False
        self.rows[index.row()].amount = str(value).strip()
        self.errors.pop(index.row(), None)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True


class PaymentDialog(QDialog):
    """Register an incoming payment and allocate it to the client's open invoices."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int | None = None,
                 client_name: str = "", invoice_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.setWindowTitle(self.tr("Register payment"))
        self.ctx, self.tasks = ctx, tasks
        self.invoice_id = invoice_id
        self.currency = "USD"
        self.saved: PaymentRow | None = None
        self._sent_rows: list[int] = []     # the allocation rows sent, in the order of allocations.N
        self.resize(760, 560)

        self.client_combo = ClientPicker(ctx, tasks, self)
        self.client_combo.setMinimumWidth(280)
        self.client_combo.client_chosen.connect(self.load_invoices)
        self.date_edit = QDateEdit(QDate.currentDate(), self, objectName="pay_date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.date_edit)
        self.amount_edit = QLineEdit(self, objectName="amount_edit")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setPlaceholderText("0.00")
        self.amount_edit.setMaximumWidth(180)
        self.amount_edit.textEdited.connect(lambda _t: self.fill_oldest_first())
        self.currency_label = QLabel(self, objectName="currency_label")
        self.method_combo = QComboBox(self, objectName="method_combo")
        self.method_combo.addItem(self.tr("Bank transfer"), "bank")
        self.method_combo.addItem(self.tr("Cash"), "cash")
        self.reference_edit = QLineEdit(self, objectName="reference_edit")
        self.reference_edit.setPlaceholderText(self.tr("Bank statement or receipt number"))
        amount_row = QWidget(self)
        row = QHBoxLayout(amount_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.amount_edit)
        row.addWidget(self.currency_label)
        row.addStretch(1)
        self.fields = {"client_id": FieldWithError(self.client_combo, self),
                       "pay_date": FieldWithError(self.date_edit, self),
                       "amount": FieldWithError(amount_row, self),
                       "method": FieldWithError(self.method_combo, self),
                       "reference": FieldWithError(self.reference_edit, self)}
        self.fields["currency"] = self.fields["amount"]
        form = QFormLayout()
        for key, label in (("client_id", self.tr("Client*")), ("pay_date", self.tr("Date")),
                           ("amount", self.tr("Amount*")), ("method", self.tr("Method")),
                           ("reference", self.tr("Reference"))):
            form.addRow(label, self.fields[key])

        self.model = AllocationsModel(self)
        self.model.edited.connect(self._show_rest)
        self.table = QTableView(self, objectName="allocations_view")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for col, width in enumerate((150, 95, 95, 120, 120, 110)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("The client has no open invoices: the whole payment stays as credit."),
                                  self, objectName="no_invoices_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #666666;")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)
        self.fill_button = QPushButton(self.tr("Fill oldest first"), self, objectName="fill_button")
        self.fill_button.setAutoDefault(False)
        self.fill_button.clicked.connect(self.fill_oldest_first)
        self.rest_label = QLabel(self, objectName="rest_label")
        self.allocations_error = ErrorLabel("allocations_error", self)
        self.general_error = ErrorLabel("payment_error", self)
        self.save_button = QPushButton(self.tr("Register"), self, objectName="save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Cancel"), self, objectName="close_button")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Open invoices, oldest due first"), self))
        head.addStretch(1)
        head.addWidget(self.fill_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rest_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(head)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.allocations_error)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

        if client_id is not None:
            self.client_combo.set_client(client_id, client_name)
        self.tasks.read(lambda: self.ctx.documents.company_settings().currency, self._currency_loaded,
                        lambda exc: show_error(self, exc))

    def _currency_loaded(self, currency: str) -> None:
        self.currency = currency
        self.currency_label.setText(currency)
        self.load_invoices()

    def load_invoices(self, *_args) -> None:
        client_id = self.client_combo.client_id()
        if client_id is None:
            self.model.set_invoices([])
            self._show_rest()
            return
        self.tasks.read(lambda: self.ctx.documents.open_invoices(client_id), self._invoices_loaded,
                        lambda exc: show_error(self, exc))

    def _invoices_loaded(self, invoices: list[OpenInvoice]) -> None:
        # The invoice the dialog was opened from goes first; the rest stay oldest due first.
        invoices = sorted(invoices, key=lambda inv: inv.id != self.invoice_id)
        if invoices and invoices[0].id == self.invoice_id and invoices[0].currency != self.currency:
            # Paying an invoice in another currency: the payment is in the invoice's currency.
            self.currency = invoices[0].currency
            self.currency_label.setText(self.currency)
        self.model.set_invoices(invoices)
        self.stack.setCurrentWidget(self.table if invoices else self.empty_label)
        if not self.amount_edit.text().strip() and self.invoice_id is not None and invoices \
                and invoices[0].id == self.invoice_id:
            self.amount_edit.setText(plain(invoices[0].outstanding))
        self.fill_oldest_first()

    def _amount(self) -> Decimal | None:
        try:
            return parse_number(self.amount_edit.text())
        except InvalidOperation:
            return None

    def fill_oldest_first(self) -> None:
        amount = self._amount() or ZERO
        self.model.set_amounts(fill_oldest_first([r.invoice for r in self.model.rows], amount, self.currency))
        self._show_rest()

    def _show_rest(self) -> None:
        amount = self._amount()
        if amount is None:
            self.rest_label.setText("")
            return
        rest = amount - self.model.allocated()
        if rest < 0:
            self.rest_label.setText(self.tr("Allocated {0} more than the payment").format(money(-rest, self.currency)))
            self.rest_label.setStyleSheet(f"color: {ERROR_COLOR};")
        else:
            self.rest_label.setText(self.tr("Allocated {0} · left as the client's credit: {1}").format(
                money(self.model.allocated(), self.currency), money(rest, self.currency)))
            self.rest_label.setStyleSheet("")

    def form(self) -> PaymentForm:
        errors: dict[str, str] = {}
        client_id = self.client_combo.client_id()
        if client_id is None and self.client_combo.currentText().strip():
            errors["client_id"] = "choose a client from the list"
        amount_text = self.amount_edit.text().strip()
        try:
            amount = parse_number(amount_text)
        except InvalidOperation:
            errors["amount"], amount = "is not a number", None
        allocations, self._sent_rows = [], []
        for i, row in enumerate(self.model.rows):
            try:
                value = parse_number(row.amount)
            except InvalidOperation:
                errors[f"allocations.{i}.amount"] = "is not a number"
                continue
            if value:
                allocations.append((row.invoice.id, value))
                self._sent_rows.append(i)
        if errors:
            # Local errors name table rows directly.
            self._sent_rows = list(range(len(self.model.rows)))
            raise ValidationError(errors)
        return PaymentForm(client_id=client_id, amount=amount if amount is not None else "",
                           pay_date=self.date_edit.date().toPython(), method=self.method_combo.currentData(),
                           currency=self.currency, reference=self.reference_edit.text(), allocations=allocations)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            if key != "currency":
                field.set_error(errors.get(key, "") or (errors.get("currency", "") if key == "amount" else ""))
        cells: dict[int, str] = {}
        texts, rest = [], []
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "allocations" and parts[1].isdigit():
                n = int(parts[1])
                row = self._sent_rows[n] if n < len(self._sent_rows) else n
                cells[row] = error_text(message)
                number = self.model.rows[row].invoice.number if row < len(self.model.rows) else ""
                texts.append(f"{isolate(number)}: {error_text(message)}")
            elif key == "allocations":
                texts.append(error_text(message))
            elif key not in self.fields:
                rest.append(f"{field_label(key)}: {error_text(message)}")
        self.model.set_errors(cells)
        self.allocations_error.show_message("\n".join(texts))
        self.general_error.show_message("\n".join(rest))

    def save(self) -> None:
        # An allocation still being typed (Enter not pressed yet) counts.
        if self.table.state() == QAbstractItemView.State.EditingState:
            for editor in self.table.viewport().findChildren(QLineEdit):
                if editor.isVisible():
                    self.table.commitData(editor)
                    self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.show_errors({})
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self.tasks.write(lambda: self.ctx.documents.register_payment(form), self._saved, self._failed,
                         entity="payment", ids=lambda p: [p.id])

    def _saved(self, payment: PaymentRow) -> None:
        self.saved = payment
        # Invoices' paid states and the client's balance changed too.
        self.tasks.notify_changed("document", ())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)
