"""The Suppliers tab of the product card: who the product is bought from, at what price, how soon and in
what minimum quantity. Each add, change and removal is saved at once (it is not part of the product's Save);
a product not saved yet shows a hint instead."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.production import SupplierTermsForm, SupplierTermsRow
from app.ui.client_picker import ClientPicker
from app.ui.errors import show_error
from app.ui.lazy_model import RIGHT, Column
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, typed_number
from app.ui.warehouse.format import format_amount, format_quantity
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

# The service's error keys, in the order the form shows them.
TERM_FIELDS = ("supplier_id", "priority", "price", "currency", "lead_time_days", "min_order_qty", "supplier_sku")


def ask_remove(parent: QWidget, text: str) -> bool:
    return QMessageBox.question(parent, QCoreApplication.translate("SupplierTermsPanel", "Remove supplier"), text) == QMessageBox.StandardButton.Yes


def _plain(value: Decimal, places: int = 0) -> str:
    """A Decimal as an editor shows it: no grouping, at least `places` decimals ('12.50', '0.125')."""
    exponent = value.normalize().as_tuple().exponent
    shown = max(places, -exponent) if isinstance(exponent, int) else places
    return f"{value:.{shown}f}"


class SupplierTermsPanel(QWidget):
    """The product's supplier terms (preferred first) with a form below to add, change or remove one."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, product_id: int | None, currency: str = "",
                 unit_decimals: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("supplier_terms_panel")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.product_id = ctx, tasks, product_id
        self.default_currency = currency
        self.decimals = unit_decimals
        self.editing: SupplierTermsRow | None = None   # the row the form changes; None: the form adds
        self.confirm: Callable[[QWidget, str], bool] = ask_remove   # tests replace it
        layout = QVBoxLayout(self)
        if product_id is None:
            hint = QLabel(self.tr("Save the product to add suppliers."), self, objectName="suppliers_hint")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666666;")
            layout.addWidget(hint)
            return
        self._build(layout)
        self.reload()

    # -- building -----------------------------------------------------------------------------
    def _build(self, layout: QVBoxLayout) -> None:
        columns = [
            Column(self.tr("Priority"), lambda r: str(r.priority), align=RIGHT, width=60,
                   tooltip=lambda r: self.tr("1 is the preferred supplier: reorders go to it")),
            Column(self.tr("Supplier"), lambda r: r.supplier_name, width=220),
            Column(self.tr("Price"), lambda r: format_amount(r.price, max(2, self._places(r.price))), align=RIGHT,
                   width=90),
            Column(self.tr("Currency"), lambda r: r.currency, width=65),
            Column(self.tr("Lead time, days"), lambda r: str(r.lead_time_days), align=RIGHT, width=105),
            Column(self.tr("Min. order"), lambda r: format_quantity(r.min_order_qty, self.decimals), align=RIGHT,
                   width=85),
            Column(self.tr("Supplier's SKU"), lambda r: r.supplier_sku, width=120),
        ]
        self.model = RowsModel(columns, parent=self)
        self.view = QTableView(self, objectName="supplier_terms_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        for i, col in enumerate(columns):
            self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._row_chosen())
        self.empty = QLabel(self.tr("No suppliers yet. Pick one below and press “Add supplier”; the one with "
                                    "priority 1 gets the reorders."), self, objectName="suppliers_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666666;")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.supplier = ClientPicker(self.ctx, self.tasks, self, object_name="terms_supplier_combo", role="supplier")
        self.edits = {key: QLineEdit(self, objectName=f"terms_{key}_edit") for key in TERM_FIELDS[1:]}
        for key in ("priority", "price", "lead_time_days", "min_order_qty"):
            self.edits[key].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edits["currency"].setMaxLength(3)
        self.edits["currency"].setPlaceholderText(self.default_currency)
        self.edits["supplier_sku"].setMaxLength(60)
        self.fields = {"supplier_id": FieldWithError(self.supplier, self)}
        self.fields.update({key: FieldWithError(edit, self) for key, edit in self.edits.items()})
        titles = {"supplier_id": self.tr("Supplier*"), "priority": self.tr("Priority (1 = preferred)"),
                  "price": self.tr("Price"), "currency": self.tr("Currency"),
                  "lead_time_days": self.tr("Lead time, days"), "min_order_qty": self.tr("Minimum order"),
                  "supplier_sku": self.tr("Supplier's SKU")}
        left, right = QFormLayout(), QFormLayout()
        for key in TERM_FIELDS:
            (left if key in ("supplier_id", "priority", "price", "currency") else right).addRow(titles[key],
                                                                                             self.fields[key])
        form_row = QHBoxLayout()
        form_row.addLayout(left, 1)
        form_row.addLayout(right, 1)
        self.mode_label = QLabel(self, objectName="terms_mode_label")
        font = self.mode_label.font()
        font.setBold(True)
        self.mode_label.setFont(font)
        self.add_button = self._button(self.tr("Add supplier"), "add_terms_button", self.add)
        self.update_button = self._button(self.tr("Save changes"), "update_terms_button", self.update_terms)
        self.remove_button = self._button(self.tr("Remove"), "remove_terms_button", self.remove)
        self.new_button = self._button(self.tr("New"), "new_terms_button", self.start_new)
        self.new_button.setToolTip(self.tr("Empty the form to add another supplier"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        saved_note = QLabel(self.tr("Saved at once: the product's Save is not needed for these."), self)
        saved_note.setStyleSheet("color: #666666;")
        buttons.addWidget(saved_note)
        self.general_error = ErrorLabel("terms_error", self)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.mode_label)
        layout.addLayout(form_row)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.start_new()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _places(value: Decimal) -> int:
        exponent = value.normalize().as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0

    # -- the list -----------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        product_id = self.product_id
        self.tasks.read(lambda: self.ctx.production.list_terms(product_id),
                        lambda rows: self._show_rows(rows, select_id), lambda exc: show_error(self, exc))

    def _show_rows(self, rows: list[SupplierTermsRow], select_id: int | None) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        row = next((i for i, r in enumerate(rows) if r.id == select_id), -1)
        if row >= 0:
            self.view.selectionModel().select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.start_new()

    def _row_chosen(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        chosen = self.model.row_at(rows[0].row()) if rows else None
        if chosen is None:
            if self.editing is not None:
                self.start_new()
            return
        self.editing = chosen
        self.supplier.set_client(chosen.supplier_id, chosen.supplier_name)
        values = {"priority": str(chosen.priority), "price": _plain(chosen.price, 2), "currency": chosen.currency,
                  "lead_time_days": str(chosen.lead_time_days),
                  "min_order_qty": _plain(chosen.min_order_qty, self.decimals or 0),
                  "supplier_sku": chosen.supplier_sku}
        for key, text in values.items():
            self.edits[key].setText(text)
        self._clear_messages()
        self._show_mode()

    def start_new(self) -> None:
        """An empty form that adds a supplier (the next free priority proposed)."""
        self.editing = None
        if self.view.selectionModel().hasSelection():
            self.view.clearSelection()
        self.supplier.set_client(None, "")
        taken = {r.priority for r in self.model.rows}
        priority = next(p for p in range(1, 101) if p not in taken)
        values = {"priority": str(priority), "price": "", "currency": "", "lead_time_days": "0",
                  "min_order_qty": "0", "supplier_sku": ""}
        for key, text in values.items():
            self.edits[key].setText(text)
        self._clear_messages()
        self._show_mode()

    def _show_mode(self) -> None:
        editing = self.editing is not None
        self.mode_label.setText(self.tr("Change the terms of {name}").format(name=self.editing.supplier_name)
                                if editing else self.tr("Add a supplier"))
        self.add_button.setVisible(not editing)
        self.update_button.setVisible(editing)
        self.remove_button.setEnabled(editing)
        self.new_button.setEnabled(editing)

    # -- the form -----------------------------------------------------------------------------
    def form(self) -> SupplierTermsForm:
        """What is typed, as text: the service parses it and names every bad field."""
        text = {key: edit.text().strip() for key, edit in self.edits.items()}
        number = {key: typed_number(text[key]) for key in ("price", "min_order_qty")}
        return SupplierTermsForm(self.supplier.client_id(), price=number["price"] or "0", currency=text["currency"],
                                 lead_time_days=text["lead_time_days"], min_order_qty=number["min_order_qty"] or "0",
                                 supplier_sku=text["supplier_sku"], priority=text["priority"])

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        if "supplier_id" in errors and not self.supplier.client_id() and self.supplier.currentText().strip():
            self.fields["supplier_id"].set_error(self.tr("choose a supplier from the list"))
        rest = [message for key, message in errors.items() if key not in self.fields]
        self.general_error.show_message("\n".join(rest))

    def _clear_messages(self) -> None:
        if hasattr(self, "fields"):
            self.show_errors({})

    # -- actions ------------------------------------------------------------------------------
    def add(self) -> None:
        self._clear_messages()
        form, product_id = self.form(), self.product_id
        # Added: the row shows in the list and the form is ready for the next supplier.
        self.tasks.write(lambda: self.ctx.production.add_terms(product_id, form), lambda _row: self.reload(),
                         self._failed, entity="supplier_terms", ids=lambda row: [row.id])

    def update_terms(self) -> None:
        if self.editing is None:
            return
        self._clear_messages()
        form, terms = self.form(), self.editing
        self.tasks.write(lambda: self.ctx.production.update_terms(terms.id, form, expected_version=terms.version),
                         lambda row: self.reload(row.id), self._failed, entity="supplier_terms",
                         ids=lambda row: [row.id])

    def remove(self) -> None:
        terms = self.editing
        if terms is None or not self.confirm(self, self.tr("Remove {name} as a supplier of this product?").format(
                name=terms.supplier_name)):
            return
        self._clear_messages()
        self.tasks.write(lambda: self.ctx.production.remove_terms(terms.id, expected_version=terms.version),
                         lambda _r: self.reload(), self._failed, entity="supplier_terms", ids=lambda _r: [terms.id])

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        if isinstance(exc, ConcurrentEdit):
            # Nothing was overwritten; the typed values stay, the list shows theirs.
            self.general_error.show_message(self.tr(
                "{who} changed these terms at {when} after you opened them; nothing was saved. The list shows "
                "theirs, the form keeps yours: press the button again to save yours over them.").format(
                who=exc.changed_by or self.tr("Another user"), when=format_time(exc.changed_at)))
            self._reload_keeping_form()
            return
        if isinstance(exc, NotFound):
            self.general_error.show_message(self.tr("These terms were removed by someone else meanwhile."))
            self.reload()
            return
        show_error(self, exc)

    def _reload_keeping_form(self) -> None:
        """After a conflict: fresh rows (with their new versions), the form as the user typed it."""
        typed = {key: edit.text() for key, edit in self.edits.items()}
        supplier = (self.supplier.client_id(), self.supplier.currentText())
        message = self.general_error.text()
        editing_id = self.editing.id if self.editing is not None else None
        product_id = self.product_id

        def shown(rows: list[SupplierTermsRow]) -> None:
            self._show_rows(rows, editing_id)
            for key, text in typed.items():
                self.edits[key].setText(text)
            if supplier[0] is not None:
                self.supplier.set_client(*supplier)
            self.general_error.show_message(message)
        self.tasks.read(lambda: self.ctx.production.list_terms(product_id), shown, lambda e: show_error(self, e))
