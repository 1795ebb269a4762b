"""The Payments area: every payment (lazy list, direction filter, search) with Register and Cancel, and
receivables and payables by age, exported to Excel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.documents.forms import AgingRow, PaymentRow
from app.ui.calendars import setup_date_edit
from app.ui.documents.editor import ask_yes_no
from app.ui.documents.format import money
from app.ui.documents.payment_dialog import PaymentDialog
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import RIGHT, Column, LazyTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date

REFRESHED_BY = frozenset({"payment", "document", "client"})


def tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Payments", text)


@dataclass(frozen=True)
class PaymentQuery:
    direction: str | None = None
    search: str = ""


def _direction(r: PaymentRow) -> str:
    return tr("Received") if r.direction == "in" else tr("Paid out")


def payment_columns() -> list[Column]:
    return [
        Column(tr("Number"), lambda r: r.number, width=150),
        Column(tr("Date"), lambda r: numeric_date(r.pay_date), width=95),
        Column(tr("Direction"), _direction, width=90),
        Column(tr("Client"), lambda r: r.client_name, width=240),
        Column(tr("Amount"), lambda r: money(r.amount, r.currency), align=RIGHT, width=130),
        Column(tr("Allocated"), lambda r: money(r.allocated, r.currency), align=RIGHT, width=130),
        Column(tr("Credit left"), lambda r: money(r.unallocated, r.currency) if r.unallocated else "", align=RIGHT,
               width=110),
        Column(tr("Method"), lambda r: tr("Cash") if r.method == "cash" else tr("Bank"), width=70),
        Column(tr("Reference"), lambda r: r.reference, width=200),
        Column(tr("Status"), lambda r: tr("Cancelled") if r.status == "cancelled" else tr("Posted"), width=80),
    ]


class PaymentsModel(LazyTableModel):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, state, parent=None):
        self.ctx = ctx
        super().__init__(payment_columns(), tasks, state=state, fetch_first=self._first, fetch_page=self._page,
                         parent=parent)

    def _first(self, q: PaymentQuery, _sort: str, _desc: bool, limit: int):
        return (self.ctx.documents.count_payments(direction=q.direction, search=q.search),
                self.ctx.documents.list_payments(direction=q.direction, search=q.search, offset=0, limit=limit))

    def _page(self, q: PaymentQuery, _sort: str, _desc: bool, offset: int, limit: int):
        return self.ctx.documents.list_payments(direction=q.direction, search=q.search, offset=offset, limit=limit)


AGING_HEADERS = ("Client", "Not yet due", "0–30 days", "31–60 days", "61–90 days", "Over 90 days", "Total")


class PaymentsWorkspace(QWidget):
    open_client = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("payments_workspace")
        self.ctx, self.tasks = ctx, tasks
        # Tests replace these.
        self.payment_dialog_factory = PaymentDialog
        self.ask = ask_yes_no
        self.ask_path = lambda parent, suggested: QFileDialog.getSaveFileName(
            parent, tr("Export to Excel"), suggested, tr("Excel workbooks (*.xlsx)"))[0]
        self.last_dialog = None
        self.aging_rows: list[AgingRow] = []
        self._build()
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.refresh)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabWidget(self, objectName="payments_tabs")
        self.tabs.addTab(self._build_list(), self.tr("Payments"))
        self.tabs.addTab(self._build_aging(), self.tr("Debts by age"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)

    def _build_list(self) -> QWidget:
        page = QWidget(self)
        toolbar = QToolBar(page, objectName="payments_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.register_action = toolbar.addAction(self.tr("Register payment"), self.register_payment)
        self.register_action.setObjectName("register_payment_action")
        self.cancel_action = toolbar.addAction(self.tr("Cancel payment"), self.cancel_selected)
        self.cancel_action.setObjectName("cancel_payment_action")
        self.client_action = toolbar.addAction(self.tr("Open client"), self.open_selected_client)
        self.client_action.setObjectName("open_client_action")
        self.export_action = toolbar.addAction(self.tr("Export to Excel…"), self.export_to_excel)
        self.export_action.setObjectName("export_payments_action")
        apply_rights({Action.CREATE: [self.register_action], Action.POST: [self.cancel_action],
                      Action.EXPORT: [self.export_action]}, rights_of(self.ctx), Area.PAYMENTS)
        self.export_action.setToolTip(self.tr("The payments the list shows, to an Excel workbook"))
        self.excel_export: ExcelExport | None = None
        self.direction_combo = QComboBox(page, objectName="direction_filter")
        self.direction_combo.addItem(self.tr("Received and paid out"), None)
        self.direction_combo.addItem(self.tr("Received"), "in")
        self.direction_combo.addItem(self.tr("Paid out"), "out")
        self.direction_combo.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.search_edit = QLineEdit(page, objectName="payments_search")
        self.search_edit.setPlaceholderText(self.tr("Number, reference or client"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(lambda: self.model.refresh())
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.count_label = QLabel(page, objectName="payments_count")
        filters = QHBoxLayout()
        filters.addWidget(self.direction_combo)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.count_label)
        self.model = PaymentsModel(self.ctx, self.tasks, self.query, self)
        self.model.loaded.connect(self._loaded)
        self.view = QTableView(page, objectName="payments_view")
        self.view.setModel(self.model)
        self.model.keep_place(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, col.width)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.empty = QLabel(self.tr("No payments yet. Register one with “Register payment”, or from an invoice."),
                            page, objectName="payments_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self._update_actions()
        return page

    def _build_aging(self) -> QWidget:
        page = QWidget(self)
        self.receivables_radio = QRadioButton(self.tr("What clients owe us"), page, objectName="receivables_radio")
        self.payables_radio = QRadioButton(self.tr("What we owe suppliers"), page, objectName="payables_radio")
        self.receivables_radio.setChecked(True)
        self.receivables_radio.toggled.connect(lambda _on: self.refresh_aging())
        self.as_of_edit = QDateEdit(QDate.currentDate(), page, objectName="as_of_edit")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.as_of_edit)
        self.as_of_edit.dateChanged.connect(lambda _d: self.refresh_aging())
        self.export_button = QPushButton(self.tr("Export to Excel…"), page, objectName="export_aging_button")
        self.export_button.clicked.connect(self.export_aging)
        apply_rights({Action.EXPORT: [self.export_button]}, rights_of(self.ctx), Area.PAYMENTS)
        top = QHBoxLayout()
        top.addWidget(self.receivables_radio)
        top.addWidget(self.payables_radio)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("At"), page))
        top.addWidget(self.as_of_edit)
        top.addStretch(1)
        top.addWidget(self.export_button)
        self.aging_table = QTableWidget(0, len(AGING_HEADERS), page, objectName="aging_table")
        self.aging_table.setHorizontalHeaderLabels([self.tr(h) for h in AGING_HEADERS])
        self.aging_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aging_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.aging_table.verticalHeader().setVisible(False)
        self.aging_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(AGING_HEADERS)):
            self.aging_table.setColumnWidth(c, 120)
        self.aging_table.cellDoubleClicked.connect(self._aging_open_client)
        self.aging_note = QLabel(page, objectName="aging_note")
        self.aging_note.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.aging_table, 1)
        layout.addWidget(self.aging_note)
        return page

    # -- the list ------------------------------------------------------------------------------
    def export_to_excel(self) -> None:
        """The payments the list shows (direction and search as typed) to an .xlsx file."""
        q = self.query()
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_payments(
            path, direction=q.direction, search=q.search, progress=progress), what=self.tr("payments"),
            suggested=f"payments-{date.today().isoformat()}.xlsx", status=self.count_label.setText)
        self.excel_export.start()

    def query(self) -> PaymentQuery:
        return PaymentQuery(self.direction_combo.currentData(), self.search_edit.text())

    def refresh(self) -> None:
        if self.tabs.currentIndex() == 0:
            self.model.refresh()
        else:
            self.refresh_aging()

    def _loaded(self, count: int) -> None:
        self.view.setVisible(bool(count) or bool(self.search_edit.text()) or self.direction_combo.currentIndex() > 0)
        self.empty.setVisible(not self.view.isVisible())
        self.count_label.setText(self.tr("%n payment(s)", "", count))
        self._update_actions()

    def _on_changed(self, entity: str, _ids: tuple) -> None:
        if entity in REFRESHED_BY:
            self.refresh()

    def selected(self) -> PaymentRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        row = self.selected()
        self.cancel_action.setEnabled(row is not None and row.status == "posted")
        self.client_action.setEnabled(row is not None)

    def register_payment(self) -> None:
        dialog = self.payment_dialog_factory(self.ctx, self.tasks, parent=self)
        self.last_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None or row.status != "posted":
            return
        text = self.tr("Cancel {number} of {amount} from {client}? Its allocations come off the invoices and the "
                       "client owes them again.").format(number=row.number, amount=money(row.amount, row.currency),
                                                         client=row.client_name)
        if not self.ask(self, self.tr("Cancel payment"), text):
            return
        self.tasks.write(lambda: self.ctx.documents.cancel_payment(row.id, expected_version=row.version),
                         lambda _r: None, lambda exc: show_error(self, exc), entity="payment",
                         ids=lambda r: [r.id])

    def open_selected_client(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_client.emit(row.client_id)

    # -- debts by age --------------------------------------------------------------------------
    def _as_of(self) -> date:
        return self.as_of_edit.date().toPython()

    def refresh_aging(self) -> None:
        payables, as_of = self.payables_radio.isChecked(), self._as_of()
        self.tasks.read(lambda: self.ctx.documents.aging(as_of=as_of, payables=payables), self._show_aging,
                        lambda exc: show_error(self, exc))

    def _show_aging(self, rows: list[AgingRow]) -> None:
        self.aging_rows = list(rows)
        table = self.aging_table
        table.setRowCount(len(rows) + (1 if rows else 0))
        totals = [sum((getattr(r, k) for r in rows), Decimal(0)) for k in
                  ("current", "d0_30", "d31_60", "d61_90", "d90_plus", "total")]
        for i, r in enumerate(rows):
            values = [r.current, r.d0_30, r.d31_60, r.d61_90, r.d90_plus, r.total]
            self._aging_row(i, r.client_name, values, bold=False)
        if rows:
            self._aging_row(len(rows), self.tr("Total"), totals, bold=True)
        what = self.tr("what we owe suppliers") if self.payables_radio.isChecked() else self.tr("what clients owe us")
        self.aging_note.setText(self.tr("Open invoices by days past their due date: {what}. Double-click a client to "
                                        "open its card.").format(what=what) if rows
                                else self.tr("Nothing is owed: every confirmed invoice is paid."))
        self.export_button.setEnabled(bool(rows))

    def _aging_row(self, i: int, name: str, values: list, *, bold: bool) -> None:
        items = [QTableWidgetItem(name)] + [QTableWidgetItem(money(x) if x else "") for x in values]
        for c, item in enumerate(items):
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if c in (4, 5) and not bold and values[c - 1]:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.aging_table.setItem(i, c, item)

    def _aging_open_client(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.aging_rows):
            self.open_client.emit(self.aging_rows[row].client_id)

    def export_aging(self) -> None:
        payables, as_of = self.payables_radio.isChecked(), self._as_of()
        name = f"{'payables' if payables else 'receivables'}-{as_of.isoformat()}.xlsx"
        path = self.ask_path(self, name)
        if not path:
            return
        self.tasks.read(lambda: self.ctx.documents.export_aging(path, as_of=as_of, payables=payables),
                        lambda n: self.aging_note.setText(self.tr("Saved {n} client(s) to {path}").format(n=n, path=path)),
                        lambda exc: show_error(self, exc))
