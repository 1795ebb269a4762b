"""The Service desk workspace (a lazy list with filters, overdue rows in red) and the client card's panel."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.service_desk import STATUSES, RequestQuery, RequestRow
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import Column, LazyTableModel
from app.ui.marketing.rows_model import RowsModel
from app.ui.rights import apply_rights, rights_of
from app.ui.service_desk.product_link import open_product
from app.ui.service_desk.request_dialog import (
    ServiceRequestDialog,
    kind_names,
    priority_names,
    status_names,
    tr,
)
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.widgets import ERROR_COLOR

SEARCH_DELAY_MS = 250
OVERDUE_MARK = "⚠ "


def request_columns(*, with_client: bool = True) -> list[Column]:
    statuses, kinds, priorities = status_names(), kind_names(), priority_names()
    columns = [
        Column(tr("Number"), lambda r: r.number, "number", width=95),
        Column(tr("Subject"), lambda r: r.subject, "subject", tooltip=lambda r: r.subject, width=260),
        Column(tr("Client"), lambda r: r.client_name, "client", width=200),
        Column(tr("Kind"), lambda r: kinds.get(r.kind, r.kind), None, width=90),
        Column(tr("Product"), lambda r: isolate(r.product_name), None, tooltip=lambda r: r.product_name, width=170),
        Column(tr("Priority"), lambda r: priorities.get(r.priority, r.priority), "priority", width=80),
        Column(tr("Status"), lambda r: statuses.get(r.status, r.status), "status", width=95),
        Column(tr("Responsible"), lambda r: r.responsible, "responsible", width=140),
        Column(tr("Due"), lambda r: (OVERDUE_MARK if r.overdue else "") + format_time(r.due_at), "due", width=140,
               tooltip=lambda r: tr("Overdue") if r.overdue else ""),
    ]
    return columns if with_client else [c for c in columns if c.sort_key != "client"]


def overdue_color(row: RequestRow) -> QColor | None:
    return QColor(ERROR_COLOR) if row.overdue else None


class RequestsModel(LazyTableModel):
    """The lazy list, with overdue rows in red (ForegroundRole) and `OverdueRole` for tests and delegates."""

    OverdueRole = Qt.ItemDataRole.UserRole + 2

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.ForegroundRole, self.OverdueRole) and index.isValid():
            row = self.row_at(index.row())
            if row is None:
                return None
            return overdue_color(row) if role == Qt.ItemDataRole.ForegroundRole else row.overdue
        return super().data(index, role)


def _table_look(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    for i, col in enumerate(view.model().columns):
        view.setColumnWidth(i, col.width)
    view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)


class ServiceDeskWorkspace(QWidget):
    open_client = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("service_desk_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.dialog_factory = ServiceRequestDialog
        self.toolbar = QToolBar(self, objectName="service_desk_toolbar")
        self.new_action = self.toolbar.addAction(self.tr("New request"), self.new_request)
        self.new_action.setObjectName("new_request_action")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.open_action = self.toolbar.addAction(self.tr("Open"), self.open_current)
        self.open_action.setObjectName("open_request_action")
        self.client_action = self.toolbar.addAction(self.tr("Open client"), self._open_client)
        self.client_action.setObjectName("open_client_action")
        self.product_action = self.toolbar.addAction(self.tr("Open product"), self.open_current_product)
        self.product_action.setObjectName("open_product_action")
        self.product_opener = open_product
        self.export_action = self.toolbar.addAction(self.tr("Export to Excel…"), self.export_to_excel)
        self.export_action.setObjectName("export_requests_action")
        self.export_action.setToolTip(self.tr("The requests the list shows (its filters and sort), to an Excel workbook"))
        self.excel_export: ExcelExport | None = None
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("refresh_action")
        apply_rights({Action.CREATE: [self.new_action], Action.EXPORT: [self.export_action]}, rights_of(ctx),
                     Area.SERVICE_DESK)

        self.status_combo = QComboBox(self, objectName="status_filter")
        self.status_combo.addItem(self.tr("Open (new, in progress, waiting)"), "active")
        self.status_combo.addItem(self.tr("All"), None)
        for key in STATUSES:
            self.status_combo.addItem(status_names()[key], key)
        self.responsible_combo = QComboBox(self, objectName="responsible_filter")
        self.responsible_combo.addItem(self.tr("Anyone"), None)
        self.overdue_check = QCheckBox(self.tr("Overdue only"), self, objectName="overdue_filter")
        self.search_edit = QLineEdit(self, objectName="request_search")
        self.search_edit.setPlaceholderText(self.tr("Search number, subject, client…"))
        self.search_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:"), self))
        filters.addWidget(self.status_combo)
        filters.addWidget(QLabel(self.tr("Responsible:"), self))
        filters.addWidget(self.responsible_combo)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.search_edit, 1)

        self.model = RequestsModel(request_columns(), tasks, state=self.query,
                                   fetch_first=self._fetch_first, fetch_page=self._fetch_page, parent=self)
        self.view = QTableView(self, objectName="requests_table")
        self.view.setModel(self.model)
        self.model.keep_place(self.view)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(8, Qt.SortOrder.AscendingOrder)
        _table_look(self.view)
        self.view.doubleClicked.connect(lambda _i: self.open_current())
        self.count_label = QLabel(self, objectName="requests_count_label")
        self.model.loaded.connect(lambda n: self.count_label.setText(self.tr("%n request(s)", "", n)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.model.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.responsible_combo.currentIndexChanged.connect(lambda _i: self.model.refresh())
        self.overdue_check.toggled.connect(lambda _on: self.model.refresh())
        self.tasks.changed.connect(self._on_changed)
        self.tasks.read(lambda: [(u.id, u.full_name) for u in self.ctx.users.list_users() if u.active],
                        self._fill_users, lambda exc: show_error(self, exc))
        self.refresh()

    def _fill_users(self, users) -> None:
        self.responsible_combo.blockSignals(True)
        for ident, name in users:
            self.responsible_combo.addItem(name, ident)
        self.responsible_combo.blockSignals(False)

    def query(self) -> RequestQuery:
        return RequestQuery(status=self.status_combo.currentData(), responsible_id=self.responsible_combo.currentData(),
                            overdue_only=self.overdue_check.isChecked(), search=self.search_edit.text().strip())

    def export_to_excel(self) -> None:
        """The requests the list shows (status, responsible, overdue, search, sort) to an .xlsx file."""
        q = RequestQuery(**{**_as_dict(self.query()), "sort": self.model.sort_key or "number",
                            "descending": self.model.descending})
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_requests(
            path, q, progress=progress), what=self.tr("service requests"),
            suggested=f"service-requests-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    def _fetch_first(self, q: RequestQuery, key: str, desc: bool, limit: int):
        return self.ctx.service_desk.first_page(RequestQuery(**{**_as_dict(q), "sort": key, "descending": desc}),
                                                limit=limit)

    def _fetch_page(self, q: RequestQuery, key: str, desc: bool, offset: int, limit: int):
        return self.ctx.service_desk.request_page(RequestQuery(**{**_as_dict(q), "sort": key, "descending": desc}),
                                                  offset=offset, limit=limit)

    def refresh(self) -> None:
        self.model.refresh()

    def _current(self) -> RequestRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        row = self._current()
        if row is not None:
            self.dialog_factory(self.ctx, self.tasks, request_id=row.id, parent=self).exec()

    def new_request(self) -> None:
        self.dialog_factory(self.ctx, self.tasks, parent=self).exec()

    def _open_client(self) -> None:
        row = self._current()
        if row is not None:
            self.open_client.emit(row.client_id)

    def open_current_product(self) -> None:
        """Open the catalog card of the current request's product (nothing when it has none)."""
        row = self._current()
        if row is not None and row.product_id is not None:
            self.product_opener(self.ctx, self.tasks, row.product_id, self)

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in ("service_request", "client"):
            self.refresh()


def _as_dict(q: RequestQuery) -> dict:
    return {name: getattr(q, name) for name in q.__slots__}


class ClientRequestsPanel(QWidget):
    """The client card's list of the client's service requests, with "New request"."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_requests_panel")
        self.ctx, self.tasks, self.client_id = ctx, tasks, client_id
        self.dialog_factory = ServiceRequestDialog
        self.model = RowsModel(request_columns(with_client=False), color=overdue_color, parent=self)
        self.view = QTableView(self, objectName="client_requests_table")
        self.view.setModel(self.model)
        _table_look(self.view)
        self.view.doubleClicked.connect(lambda index: self.open_request(index.row()))
        self.new_button = QPushButton(self.tr("New request"), self, objectName="new_request_button")
        self.new_button.clicked.connect(self.new_request)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_client_requests_button")
        self.export_button.setToolTip(self.tr("Every request of this client to an Excel workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.export_button.setEnabled(False)
        self.excel_export: ExcelExport | None = None
        apply_rights({Action.CREATE: [self.new_button], Action.EXPORT: [self.export_button]}, rights_of(ctx),
                     Area.SERVICE_DESK)
        self.empty_label = QLabel(self.tr("No service requests from this client."), self,
                                  objectName="client_requests_empty")
        top = QHBoxLayout()
        top.addWidget(self.empty_label, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.tasks.changed.connect(lambda entity, _ids: self.refresh() if entity == "service_request" else None)
        self.refresh()

    def refresh(self) -> None:
        cid = self.client_id
        self.tasks.read(lambda: self.ctx.service_desk.client_requests(cid), self._show,
                        lambda exc: show_error(self, exc))

    def _show(self, rows: list[RequestRow]) -> None:
        self.model.set_rows(rows)
        self.export_button.setEnabled(bool(rows))
        self.empty_label.setText(self.tr("%n request(s)", "", len(rows)) if rows else
                                 self.tr("No service requests from this client."))

    def export_to_excel(self) -> None:
        """The client's requests (all of them, in the tab's order) to an .xlsx file."""
        cid, exports = self.client_id, self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_client_requests(
            path, cid, progress=progress), what=self.tr("service requests"),
            suggested=f"service-requests-client-{cid}.xlsx")
        self.excel_export.start()

    def open_request(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is not None:
            self.dialog_factory(self.ctx, self.tasks, request_id=item.id, parent=self).exec()

    def new_request(self) -> None:
        self.dialog_factory(self.ctx, self.tasks, client_id=self.client_id, parent=self).exec()
