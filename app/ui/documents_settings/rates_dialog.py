"""Currency rates: the table of company-currency units per unit of another currency from a date on; a rate
typed for a currency and date is added, or replaces that day's rate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.ui.calendars import setup_date_edit
from app.ui.documents_settings.common import show_failure
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date, typed_number
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rate_text(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text if "." in text else text + ".00"


class CurrencyRatesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("currency_rates_dialog")
        self.setWindowTitle(self.tr("Currency rates"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(520, 560)
        self.ctx, self.tasks = ctx, tasks
        self.rates: list[tuple[str, date, Decimal]] = []
        self.company_currency = ""
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("From"), self.tr("Rate")])
        self.table = QTableView(objectName="rates_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 120)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._row_chosen(cur.row()))
        self.heading = QLabel(objectName="rates_heading", wordWrap=True)

        self.currency_edit = QLineEdit(objectName="rate_currency_edit", maxLength=3, placeholderText="EUR")
        self.currency_edit.setMaximumWidth(80)
        self.date_edit = QDateEdit(QDate.currentDate(), objectName="rate_date_edit", calendarPopup=True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        setup_date_edit(self.date_edit)
        self.date_edit.setMaximumWidth(160)
        self.rate_edit = QLineEdit(objectName="rate_edit", placeholderText=self.tr("e.g. 1.0845"))
        self.rate_edit.setMaximumWidth(160)
        self.rate_edit.returnPressed.connect(self.add_rate)
        self.fields = {"currency": FieldWithError(self.currency_edit, self),
                       "rate_date": FieldWithError(self.date_edit, self), "rate": FieldWithError(self.rate_edit, self)}
        self.add_button = QPushButton(self.tr("Add rate"), objectName="add_rate_button")
        self.add_button.clicked.connect(self.add_rate)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.currency_edit.textChanged.connect(self._update_button)
        self.date_edit.dateChanged.connect(self._update_button)
        form = QFormLayout()
        form.addRow(self.tr("Currency"), self.fields["currency"])
        form.addRow(self.tr("From date"), self.fields["rate_date"])
        form.addRow(self.tr("Rate"), self.fields["rate"])
        form.addRow("", self.add_button)
        self.status = ErrorLabel("rates_status")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: tuple[str, date] | None = None) -> None:
        def read():
            return self.ctx.documents.list_currency_rates(), self.ctx.documents.company_settings().currency
        self.tasks.read(read, lambda loaded: self._loaded(*loaded, select),
                        lambda exc: show_failure(self, self.fields, self.status, exc))

    def _loaded(self, rates: list[tuple[str, date, Decimal]], currency: str,
                select: tuple[str, date] | None) -> None:
        self.rates, self.company_currency = rates, currency
        self.heading.setText(self.tr("Units of {0} for one unit of the currency, from the date on (a document "
                                     "takes the latest rate on or before its date).").format(currency))
        self.model.removeRows(0, self.model.rowCount())
        for cur, day, rate in rates:
            items = [QStandardItem(cur), QStandardItem(numeric_date(day, "%d.%m.%Y")), QStandardItem(rate_text(rate))]
            items[2].setTextAlignment(RIGHT)
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        if select is not None:
            row = next((i for i, (c, d, _r) in enumerate(rates) if (c, d) == select), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._update_button()

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self.rates):
            cur, day, rate = self.rates[row]
            self.currency_edit.setText(cur)
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.rate_edit.setText(rate_text(rate))

    def typed_date(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    def _update_button(self, *_args) -> None:
        key = (self.currency_edit.text().strip().upper(), self.typed_date())
        exists = any((c, d) == key for c, d, _r in self.rates)
        self.add_button.setText(self.tr("Replace that day's rate") if exists else self.tr("Add rate"))

    def add_rate(self) -> None:
        currency, day, rate = self.currency_edit.text(), self.typed_date(), typed_number(self.rate_edit.text())
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message("")
        self.tasks.write(lambda: self.ctx.documents.set_currency_rate(currency, day, rate),
                         lambda _none: self._added(currency.strip().upper(), day),
                         lambda exc: show_failure(self, self.fields, self.status, exc), entity="currency_rate")

    def _added(self, currency: str, day: date) -> None:
        self.rate_edit.clear()
        self.status.show_message("")
        self.refresh((currency, day))
