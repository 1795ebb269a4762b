"""The Warehouse workspace: stock documents, balances (now or at a past date), the reorder list and a
product's moves with their running balance."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.stock.balances import search_balances, sort_balances
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.lazy_model import RIGHT, Column, LazyTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, numeric_date
from app.ui.warehouse.document_dialog import KIND_TITLES, STATUS_TITLES, StockDocumentDialog
from app.ui.warehouse.format import UnitDecimals, end_of_local_day, format_amount
from app.ui.warehouse.models import RowsModel
from app.ui.warehouse.reorder import ReorderView
from app.ui.warehouse.valuation import ValuationView
from app.ui.warehouse.warehouses_dialog import ClerkPinsDialog, WarehousesDialog

SEARCH_DELAY_MS = 250
MOVES_PAGE = 200


@dataclass(frozen=True)
class DocumentQuery:
    kind: str | None
    status: str | None
    search: str


@dataclass(frozen=True)
class BalanceQuery:
    warehouse_id: int | None
    search: str
    only_below_min: bool
    at: datetime | None     # None: now (the maintained balances); else stock at that UTC moment


def _table(parent: QWidget, name: str, model, columns: list[Column], stretch: int = 1) -> QTableView:
    """A read-only row table; the `stretch` column (a name) takes the spare width, numbers keep theirs."""
    table = QTableView(parent, objectName=name)
    table.setModel(model)
    if isinstance(model, LazyTableModel):
        model.keep_place(table)  # another user's change refreshes the list: the selected row stays
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for i, col in enumerate(columns):
        table.setColumnWidth(i, col.width)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _sortable(table: QTableView, model: LazyTableModel, key: str, *, descending: bool) -> None:
    """Clicking a header sorts (in SQL, through the model's fetchers); starts sorted by `key`."""
    column = next(i for i, c in enumerate(model.columns) if c.sort_key == key)
    model.sort_key, model.descending = key, descending
    table.horizontalHeader().setSortIndicator(
        column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def _empty(parent: QWidget, name: str, text: str) -> QLabel:
    label = QLabel(text, parent, objectName=name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet("color: #666666;")
    return label


class WarehouseWorkspace(QWidget):
    """Tabs: Documents, Balances, To reorder, Product moves (opened from a balance row)."""

    open_client = Signal(int)
    open_deal = Signal(int)
    record_activated = Signal(str, int)     # ("document", id): a purchase order drafted from the reorder list

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warehouse_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.units = UnitDecimals()
        # Tests replace it; constructed like StockDocumentDialog, then exec().
        self.document_dialog_factory = StockDocumentDialog
        self.warehouses_dialog_factory = WarehousesDialog
        self.pins_dialog_factory = ClerkPinsDialog
        self.moves_subject: tuple[int, int | None, str] | None = None   # product id, warehouse id, caption
        self.excel_export: ExcelExport | None = None
        self.tabs = QTabWidget(self, objectName="warehouse_tabs")
        self.tabs.addTab(self._build_documents(), self.tr("Documents"))
        self.tabs.addTab(self._build_balances(), self.tr("Balances"))
        self.tabs.addTab(self._build_reorder(), self.tr("To reorder"))
        self.moves_tab = self.tabs.addTab(self._build_moves(), self.tr("Product moves"))
        self.valuation = ValuationView(ctx, tasks, self)
        self.valuation_tab = self.tabs.addTab(self.valuation, self.tr("Valuation"))
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self._stale: set[int] = set()
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_filters)

    # -- documents -----------------------------------------------------------------------------
    def _build_documents(self) -> QWidget:
        page = QWidget(self)
        toolbar = QToolBar(page, objectName="documents_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_actions = {}
        for kind, text in (("receipt", self.tr("New receipt")), ("shipment", self.tr("New shipment")),
                           ("transfer", self.tr("New transfer")), ("write_off", self.tr("New write-off")),
                           ("count", self.tr("New count"))):
            action = toolbar.addAction(text, lambda k=kind: self.new_document(k))
            action.setObjectName(f"new_{kind}_action")
            self.new_actions[kind] = action
        toolbar.addSeparator()
        refresh = toolbar.addAction(self.tr("Refresh"), self.refresh)
        refresh.setObjectName("refresh_action")
        toolbar.addSeparator()
        self.warehouses_action = toolbar.addAction(self.tr("Warehouses…"), self.edit_warehouses)
        self.warehouses_action.setObjectName("warehouses_action")
        self.pins_action = toolbar.addAction(self.tr("Clerk PINs…"), self.edit_clerk_pins)
        self.pins_action.setObjectName("clerk_pins_action")
        toolbar.addSeparator()
        self.export_documents_action = toolbar.addAction(self.tr("Export to Excel…"), self.export_documents)
        self.export_documents_action.setObjectName("export_stock_documents_action")
        apply_rights({Action.CREATE: list(self.new_actions.values()), Action.EXPORT: [self.export_documents_action]},
                     rights_of(self.ctx), Area.WAREHOUSE)
        self.export_documents_action.setToolTip(self.tr("The stock documents the list shows, to an Excel workbook"))
        self.kind_combo = QComboBox(page, objectName="kind_filter")
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for kind, title in KIND_TITLES.items():
            self.kind_combo.addItem(self.tr(title), kind)
        self.status_combo = QComboBox(page, objectName="status_filter")
        self.status_combo.addItem(self.tr("Any status"), None)
        for status, title in STATUS_TITLES.items():
            self.status_combo.addItem(self.tr(title), status)
        self.doc_search = QLineEdit(page, objectName="document_search")
        self.doc_search.setPlaceholderText(self.tr("Search number, client, comment…"))
        self.doc_search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind:"), page))
        filters.addWidget(self.kind_combo)
        filters.addWidget(QLabel(self.tr("Status:"), page))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.doc_search, 1)
        columns = [
            Column(self.tr("Number"), lambda r: r.number or "", "number", width=110),
            Column(self.tr("Kind"), lambda r: self.tr(KIND_TITLES.get(r.kind, r.kind)), "kind", width=170),
            Column(self.tr("Status"), lambda r: self.tr(STATUS_TITLES.get(r.status, r.status)), "status", width=80),
            Column(self.tr("Date"), lambda r: format_time(r.doc_date), "date", width=130),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name, "warehouse", width=160),
            Column(self.tr("Client"), lambda r: r.client_name or "", "client", width=220),
            Column(self.tr("Lines"), lambda r: str(r.lines), "lines", align=RIGHT, width=60),
        ]
        self.documents_model = LazyTableModel(columns, self.tasks, state=self.document_query,
                                              fetch_first=self._documents_first, fetch_page=self._documents_page,
                                              parent=self)
        self.documents_view = _table(page, "documents_view", self.documents_model, columns, stretch=5)
        _sortable(self.documents_view, self.documents_model, "date", descending=True)
        self.documents_view.doubleClicked.connect(lambda idx: self.open_document_at(idx.row()))
        self.documents_empty = _empty(page, "documents_empty", self.tr("No stock documents match the filters."))
        self.documents_stack = QStackedLayout()
        self.documents_stack.addWidget(self.documents_view)
        self.documents_stack.addWidget(self.documents_empty)
        self.documents_model.loaded.connect(
            lambda n: self.documents_stack.setCurrentWidget(self.documents_view if n else self.documents_empty))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addLayout(filters)
        layout.addLayout(self.documents_stack, 1)
        self._doc_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._doc_timer.timeout.connect(self.documents_model.refresh)
        self.doc_search.textEdited.connect(lambda _t: self._doc_timer.start())
        self.kind_combo.activated.connect(lambda _i: self.documents_model.refresh())
        self.status_combo.activated.connect(lambda _i: self.documents_model.refresh())
        return page

    def edit_warehouses(self) -> None:
        """The warehouses directory (modal); the filters reload through the `changed` signal."""
        dialog = self.warehouses_dialog_factory(self.ctx, self.tasks, parent=self)
        dialog.exec()

    def edit_clerk_pins(self) -> None:
        dialog = self.pins_dialog_factory(self.ctx, self.tasks, parent=self)
        dialog.exec()

    def document_query(self) -> DocumentQuery:
        return DocumentQuery(self.kind_combo.currentData(), self.status_combo.currentData(),
                             self.doc_search.text().strip())

    def _documents_first(self, q: DocumentQuery, sort: str, desc: bool, limit: int):
        rows, total = self.ctx.stock.list_documents(kind=q.kind, status=q.status, search=q.search,
                                                    sort=sort or "date", descending=desc, offset=0, limit=limit)
        return total, list(rows)

    def _documents_page(self, q: DocumentQuery, sort: str, desc: bool, offset: int, limit: int):
        rows, _total = self.ctx.stock.list_documents(kind=q.kind, status=q.status, search=q.search,
                                                     sort=sort or "date", descending=desc, offset=offset,
                                                     limit=limit)
        return list(rows)

    def open_document_at(self, row: int) -> None:
        doc_id = self.documents_model.id_at(row) if row >= 0 else None
        if doc_id is not None:
            self.open_document(doc_id)

    def open_document(self, doc_id: int) -> None:
        self._run_once(self.document_dialog_factory(self.ctx, self.tasks, doc_id=doc_id, parent=self))

    def new_document(self, kind: str) -> None:
        self._run_once(self.document_dialog_factory(self.ctx, self.tasks, kind=kind, parent=self))

    @staticmethod
    def _run_once(dialog) -> int:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog.exec()

    # -- balances ------------------------------------------------------------------------------
    def _build_balances(self) -> QWidget:
        page = QWidget(self)
        self.warehouse_combo = QComboBox(page, objectName="warehouse_filter")
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        self.warehouse_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.balance_search = QLineEdit(page, objectName="balance_search")
        self.balance_search.setPlaceholderText(self.tr("Search SKU or product…"))
        self.balance_search.setClearButtonEnabled(True)
        self.below_min_check = QCheckBox(self.tr("Below minimum"), page, objectName="below_min_check")
        self.stock_at_check = QCheckBox(self.tr("Stock at…"), page, objectName="stock_at_check")
        self.stock_at_edit = QDateEdit(QDate.currentDate(), page, objectName="stock_at_edit")
        self.stock_at_edit.setCalendarPopup(True)
        self.stock_at_edit.setDisplayFormat("yyyy-MM-dd")
        setup_date_edit(self.stock_at_edit)
        self.stock_at_edit.setEnabled(False)
        self.moves_button = QPushButton(self.tr("Moves…"), page, objectName="open_moves_button")
        self.moves_button.setToolTip(self.tr("The selected product's moves with the running balance"))
        self.moves_button.clicked.connect(self.open_moves_of_current)
        self.balances_export_button = QPushButton(self.tr("Export to Excel…"), page,
                                                  objectName="balances_export_button")
        self.balances_export_button.setToolTip(self.tr("Export the balances the list shows to Excel (Ctrl+E)"))
        self.balances_export_button.clicked.connect(self.export_balances)
        export_action = QAction(self.tr("Export to Excel…"), page, objectName="export_balances_action")
        export_action.setShortcut(QKeySequence("Ctrl+E"))
        export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export_action.triggered.connect(self.export_balances)
        page.addAction(export_action)
        apply_rights({Action.EXPORT: [self.balances_export_button, export_action]}, rights_of(self.ctx),
                     Area.WAREHOUSE)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Warehouse:"), page))
        filters.addWidget(self.warehouse_combo)
        filters.addWidget(self.balance_search, 1)
        filters.addWidget(self.below_min_check)
        filters.addWidget(self.stock_at_check)
        filters.addWidget(self.stock_at_edit)
        filters.addWidget(self.moves_button)
        filters.addWidget(self.balances_export_button)
        q = self.units.quantity
        columns = [
            # Narrow number columns: Incoming and Value stay in view at the main window's first size.
            Column(self.tr("SKU"), lambda r: r.sku, "sku", width=95),
            Column(self.tr("Product"), lambda r: r.product_name, "product", width=240,
                   tooltip=lambda r: r.product_name),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name, "warehouse", width=115),
            Column(self.tr("Lot"), lambda r: r.lot_code or "", "lot", width=75,
                   tooltip=lambda r: self.tr("Expires {d}").format(d=numeric_date(r.expires_on)) if r.expires_on else ""),
            Column(self.tr("On hand"), lambda r: q(r.on_hand, r.unit), "on_hand", align=RIGHT, width=82),
            Column(self.tr("Reserved"), lambda r: q(r.reserved, r.unit), "reserved", align=RIGHT, width=82),
            Column(self.tr("Available"), lambda r: q(r.available, r.unit), "available", align=RIGHT, width=82),
            Column(self.tr("Incoming"), lambda r: q(r.incoming, r.unit) if r.incoming else "", "incoming",
                   align=RIGHT, width=82, tooltip=lambda r: self.tr("Ordered from suppliers, not yet received")),
            Column(self.tr("Unit"), lambda r: r.unit, width=45),
            Column(self.tr("Avg cost"), lambda r: format_amount(r.avg_cost), "avg_cost", align=RIGHT, width=80),
            Column(self.tr("Value"), lambda r: format_amount(r.value), "value", align=RIGHT, width=95),
        ]
        self.balances_model = LazyTableModel(columns, self.tasks, state=self.balance_query,
                                             fetch_first=self._balances_first, fetch_page=self._balances_page,
                                             parent=self)
        self.balances_view = _table(page, "balances_view", self.balances_model, columns)
        _sortable(self.balances_view, self.balances_model, "product", descending=False)
        self.balances_view.doubleClicked.connect(lambda idx: self.open_moves_at(idx.row()))
        self.balances_empty = _empty(page, "balances_empty", self.tr("No stock matches the filters."))
        self.balances_stack = QStackedLayout()
        self.balances_stack.addWidget(self.balances_view)
        self.balances_stack.addWidget(self.balances_empty)
        self.balances_model.loaded.connect(
            lambda n: self.balances_stack.setCurrentWidget(self.balances_view if n else self.balances_empty))
        self.balances_caption = QLabel(page, objectName="balances_caption")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(filters)
        layout.addLayout(self.balances_stack, 1)
        layout.addWidget(self.balances_caption)
        self._balance_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._balance_timer.timeout.connect(self.refresh_balances)
        self.balance_search.textEdited.connect(lambda _t: self._balance_timer.start())
        self.warehouse_combo.activated.connect(lambda _i: self._warehouse_changed())
        self.below_min_check.toggled.connect(lambda _on: self.refresh_balances())
        self.stock_at_check.toggled.connect(self._stock_at_toggled)
        self.stock_at_edit.dateChanged.connect(lambda _d: self.refresh_balances())
        return page

    def _stock_at_toggled(self, on: bool) -> None:
        self.stock_at_edit.setEnabled(on)
        self.below_min_check.setEnabled(not on)
        self.refresh_balances()

    def balance_query(self) -> BalanceQuery:
        at = end_of_local_day(self.stock_at_edit.date().toPython()) if self.stock_at_check.isChecked() else None
        return BalanceQuery(self.warehouse_combo.currentData(), self.balance_search.text().strip(),
                            self.below_min_check.isChecked() and at is None, at)

    def _balances_first(self, q: BalanceQuery, sort: str, desc: bool, limit: int):
        if q.at is not None:
            # Stock at a past date is one computed list; it is handed over whole (no pages to fetch) and
            # sorted here with the same keys and tie-breaker as `balances` sorts in SQL.
            rows = search_balances(self.ctx.stock.stock_at(q.at, warehouse_id=q.warehouse_id), q.search)
            return len(rows), sort_balances(rows, sort or "product", desc)
        rows, total = self.ctx.stock.balances(warehouse_id=q.warehouse_id, search=q.search,
                                              only_below_min=q.only_below_min, sort=sort or "product",
                                              descending=desc, offset=0, limit=limit)
        return total, list(rows)

    def _balances_page(self, q: BalanceQuery, sort: str, desc: bool, offset: int, limit: int):
        if q.at is not None:
            return self._balances_first(q, sort, desc, limit)[1][offset:offset + limit]
        rows, _total = self.ctx.stock.balances(warehouse_id=q.warehouse_id, search=q.search,
                                               only_below_min=q.only_below_min, sort=sort or "product",
                                               descending=desc, offset=offset, limit=limit)
        return list(rows)

    def export_documents(self) -> None:
        """The stock documents the list shows (kind, status, search as typed, sort) to an .xlsx file."""
        q = self.document_query()
        sort, descending = self.documents_model.sort_key or "date", self.documents_model.descending
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_stock_documents(
            path, kind=q.kind, status=q.status, search=q.search, sort=sort, descending=descending,
            progress=progress), what=self.tr("stock documents"),
            suggested=f"stock-documents-{date.today().isoformat()}.xlsx")
        self.excel_export.start()

    def export_balances(self) -> None:
        """The balances the list shows (warehouse, search as typed, below minimum or stock at a date; its sort)
        to an .xlsx file."""
        q = replace(self.balance_query(), search=self.balance_search.text().strip())
        sort, descending = self.balances_model.sort_key or "product", self.balances_model.descending
        day = self.stock_at_edit.date().toString("yyyy-MM-dd") if q.at is not None else date.today().isoformat()
        title = self.tr("Stock at the end of {day} — {warehouse}").format(
            day=day, warehouse=self.warehouse_combo.currentText()) if q.at is not None else ""
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_stock(
            path, warehouse_id=q.warehouse_id, search=q.search, only_below_min=q.only_below_min, at=q.at, sort=sort,
            descending=descending, title=title, progress=progress), what=self.tr("stock balances"),
            suggested=f"stock-{day}.xlsx", status=self.balances_caption.setText)
        self.excel_export.start()

    def refresh_balances(self) -> None:
        q = self.balance_query()
        self.balances_caption.setText(
            self.tr("Stock at the end of {day}").format(day=numeric_date(self.stock_at_edit.date().toPython()))
            if q.at is not None else self.tr("Stock now"))
        self.balances_model.refresh()

    def _warehouse_changed(self) -> None:
        self.refresh_balances()
        self.refresh_reorder()

    # -- reorder -------------------------------------------------------------------------------
    def _build_reorder(self) -> QWidget:
        self.reorder = ReorderView(self.ctx, self.tasks, self.units, self.warehouse_combo.currentData, self)
        self.reorder.open_record.connect(self.record_activated)
        self.reorder_model, self.reorder_view = self.reorder.model, self.reorder.view
        return self.reorder

    def refresh_reorder(self) -> None:
        self.reorder.refresh()

    # -- product moves -------------------------------------------------------------------------
    def _build_moves(self) -> QWidget:
        page = QWidget(self)
        self.moves_caption = QLabel(page, objectName="moves_caption")
        font = self.moves_caption.font()
        font.setBold(True)
        self.moves_caption.setFont(font)

        def q(r, value):
            return self.units.quantity(value, self._moves_unit)
        self._moves_unit = ""
        columns = [
            Column(self.tr("When"), lambda r: format_time(r.moved_at), width=130),
            Column(self.tr("Document"), lambda r: r.document_number, width=110),
            Column(self.tr("Kind"), lambda r: self.tr(KIND_TITLES.get(r.kind, r.kind)), width=170),
            Column(self.tr("Warehouse"), lambda r: r.warehouse_name, width=140),
            Column(self.tr("Lot"), lambda r: r.lot_code or "", width=90),
            Column(self.tr("Quantity"), lambda r: q(r, r.quantity), align=RIGHT, width=90),
            Column(self.tr("Unit cost"), lambda r: format_amount(r.unit_cost, 4), align=RIGHT, width=90),
            Column(self.tr("Value"), lambda r: format_amount(r.value), align=RIGHT, width=100),
            Column(self.tr("Balance"), lambda r: q(r, r.running_balance), align=RIGHT, width=90),
            Column(self.tr("User"), lambda r: r.user_name or "", width=130),
        ]
        self.moves_model = RowsModel(columns, parent=self)
        self.moves_view = _table(page, "moves_view", self.moves_model, columns, stretch=9)
        self.moves_view.doubleClicked.connect(self._open_move_document)
        self.more_moves_button = QPushButton(self.tr("Load more"), page, objectName="more_moves_button")
        self.more_moves_button.clicked.connect(self.load_more_moves)
        self.more_moves_button.hide()
        self.export_moves_button = QPushButton(self.tr("Export to Excel…"), page, objectName="export_moves_button")
        self.export_moves_button.setToolTip(self.tr("Every move of this product (also the ones not loaded yet) to "
                                                    "an Excel workbook"))
        self.export_moves_button.clicked.connect(self.export_moves)
        self.export_moves_button.setEnabled(False)
        self.moves_empty = _empty(page, "moves_empty",
                                  self.tr("Choose a row on the Balances tab and press “Moves…” (or double-click it)."))
        self.moves_stack = QStackedLayout()
        self.moves_stack.addWidget(self.moves_empty)
        self.moves_stack.addWidget(self.moves_view)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.moves_caption, 1)
        head.addWidget(self.export_moves_button)
        layout.addLayout(head)
        layout.addLayout(self.moves_stack, 1)
        layout.addWidget(self.more_moves_button)
        return page

    def open_moves_of_current(self) -> None:
        self.open_moves_at(self.balances_view.currentIndex().row())

    def open_moves_at(self, row: int) -> None:
        balance = self.balances_model.row_at(row) if row >= 0 else None
        if balance is not None:
            self.show_moves(balance.product_id, balance.warehouse_id,
                            f"{balance.sku} — {balance.product_name} · {balance.warehouse_name}", balance.unit)

    def show_moves(self, product_id: int, warehouse_id: int | None, caption: str, unit: str = "") -> None:
        """Switch to the moves tab showing one product (in one warehouse) with its running balance."""
        self.moves_subject = (product_id, warehouse_id, caption)
        self._moves_unit = unit
        self.moves_caption.setText(caption)
        self.moves_model.set_rows([])
        self.tabs.setCurrentIndex(self.moves_tab)
        self._fetch_moves(0)

    def _fetch_moves(self, offset: int) -> None:
        if self.moves_subject is None:
            return
        product_id, warehouse_id, _caption = self.moves_subject
        self.tasks.read(lambda: self.ctx.stock.product_moves(product_id, warehouse_id=warehouse_id, offset=offset,
                                                             limit=MOVES_PAGE),
                        lambda rows: self._moves_arrived(offset, rows), lambda exc: show_error(self, exc))

    def _moves_arrived(self, offset: int, rows) -> None:
        if offset == 0:
            self.moves_model.set_rows(rows)
        else:
            self.moves_model.append_rows(rows)
        self.more_moves_button.setVisible(len(rows) == MOVES_PAGE)
        self.export_moves_button.setEnabled(bool(self.moves_model.rows))
        self.moves_stack.setCurrentWidget(self.moves_view if self.moves_model.rows else self.moves_empty)
        if not self.moves_model.rows:
            self.moves_empty.setText(self.tr("This product has no moves yet."))

    def load_more_moves(self) -> None:
        self._fetch_moves(len(self.moves_model.rows))

    def export_moves(self) -> None:
        """Every move of the product shown (in its warehouse, or all), oldest first, to an .xlsx file."""
        if self.moves_subject is None:
            return
        product_id, warehouse_id, caption = self.moves_subject
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_product_moves(
            path, product_id, warehouse_id=warehouse_id, title=caption, progress=progress),
            what=self.tr("stock moves"), suggested=f"moves-{file_name_part(caption.split(' — ')[0], 'product')}.xlsx")
        self.excel_export.start()

    def _open_move_document(self, index) -> None:
        move = self.moves_model.row_at(index.row())
        if move is not None:
            self.open_document(move.document_id)

    # -- refreshing ----------------------------------------------------------------------------
    def reload_filters(self) -> None:
        """Warehouses into the filter and unit decimals for quantities, then the tab on screen."""
        def load():
            warehouses = [(w.id, w.name) for w in self.ctx.stock.list_warehouses()]
            units = self.ctx.stock.unit_decimals()
            return warehouses, units
        self.tasks.read(load, self._filters_loaded, lambda exc: show_error(self, exc))

    def _filters_loaded(self, loaded) -> None:
        warehouses, units = loaded
        self.valuation.set_warehouses(warehouses)
        self.units.mapping = dict(units)
        chosen = self.warehouse_combo.currentData()
        self.warehouse_combo.blockSignals(True)
        self.warehouse_combo.clear()
        self.warehouse_combo.addItem(self.tr("All warehouses"), None)
        for ident, name in warehouses:
            self.warehouse_combo.addItem(name, ident)
        self.warehouse_combo.setCurrentIndex(max(0, self.warehouse_combo.findData(chosen)))
        self.warehouse_combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Reload the tab on screen; the others reload when they are shown next."""
        self._stale = {0, 1, 2, self.moves_tab, self.valuation_tab}
        self._load_current()

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if index not in self._stale:
            return
        self._stale.discard(index)
        if index == 0:
            self.documents_model.refresh()
        elif index == 1:
            self.refresh_balances()
        elif index == 2:
            self.refresh_reorder()
        elif index == self.valuation_tab:
            self.valuation.refresh()
        elif self.moves_subject is not None:
            self._fetch_moves(0)

    def _on_changed(self, entity: str, _ids) -> None:
        # "document": a confirmed purchase order changes Incoming; "supplier_terms": the preferred supplier.
        if entity in ("stock_document", "stock_move", "product", "reservation", "document", "supplier_terms"):
            self.refresh()
        elif entity == "warehouse":
            self.reload_filters()
