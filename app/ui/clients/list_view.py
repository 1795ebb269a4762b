"""The Clients workspace: a lazily paged list with search-as-you-type, filters and actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.clients import ClientKind, ClientQuery, ClientRole, ClientRow, ClientStatus
from app.services.context import ServiceContext
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import Column, LazyTableModel
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner

SEARCH_DELAY_MS = 200


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


def role_names() -> dict[str, str]:
    return {ClientRole.LEAD: tr("Lead"), ClientRole.CUSTOMER: tr("Customer"), ClientRole.SUPPLIER: tr("Supplier")}


class ClientsWorkspace(QWidget):
    open_client = Signal(int)
    new_client = Signal()
    merge_requested = Signal(int, int)
    positions_requested = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clients_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.query = ClientQuery()
        roles = role_names()
        kinds = {ClientKind.COMPANY: self.tr("Company"), ClientKind.PERSON: self.tr("Person")}
        statuses = {ClientStatus.ACTIVE: self.tr("Active"), ClientStatus.ARCHIVED: self.tr("Archived")}
        columns = [
            Column(self.tr("Name"), lambda r: r.display_name, "name", width=260),
            Column(self.tr("Code"), lambda r: r.code, "code", width=90),
            Column(self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind), "kind", width=80),
            Column(self.tr("Roles"), lambda r: ", ".join(roles[x] for x in sorted(r.roles)), None, width=130),
            Column(self.tr("Phone"), lambda r: r.phone, "phone", width=150),
            Column(self.tr("E-mail"), lambda r: r.email, "email", width=190),
            Column(self.tr("City"), lambda r: r.city, "city", width=120),
            Column(self.tr("Tax ID"), lambda r: r.tax_id, "tax_id", width=120),
            Column(self.tr("Manager"), lambda r: r.manager, "manager", width=150),
            Column(self.tr("Tags"), lambda r: r.tags, None, width=150),
            Column(self.tr("Status"), lambda r: statuses.get(r.status, r.status), "status", width=80),
        ]
        self.model = LazyTableModel(columns, tasks, state=lambda: self.query, fetch_first=self._fetch_first,
                                    fetch_page=self._fetch_page, parent=self)
        self.model.loaded.connect(self._on_loaded)
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("clients_empty_label")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("clients_count_label")

        self._build_toolbar()
        self._build_filters()
        self.table = QTableView(self)
        self.table.setObjectName("clients_table")
        self.table.setModel(self.model)
        # The indicator first: enabling sorting sorts by it at once (Qt's default is descending).
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(columns):
            self.table.setColumnWidth(i, col.width)
        self.table.doubleClicked.connect(lambda idx: self._open_row(idx.row()))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)


        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filters)
        layout.addLayout(self.stack, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.tasks.changed.connect(self._on_changed)
        # After a change elsewhere: (client id, row, scroll position) to come back to.
        self._restore: tuple[int | None, int, int] | None = None
        self._open_single_match = False
        self.excel_export: ExcelExport | None = None
        self._update_actions()
        apply_rights({Action.CREATE: [self.new_action],
                      Action.EDIT: [self.archive_action, self.merge_action, self.positions_action],
                      Action.EXPORT: [self.export_action]}, rights_of(ctx), Area.CLIENTS)
        # Filled once the event loop runs: the window is painted first, then the rows arrive.
        QTimer.singleShot(0, self.reload_filters)
        QTimer.singleShot(0, self.model.refresh)

    # -- building ------------------------------------------------------------------------------
    def _action(self, name: str, text: str, slot, shortcut=None, context=Qt.ShortcutContext.WidgetWithChildrenShortcut):
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(context)
            act.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("clients_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Ctrl+N itself belongs to the main window's File menu, so it works from any tab.
        self.new_action = self._action("new_client_action", self.tr("New client"), self.new_client.emit)
        self.new_action.setToolTip(self.tr("New client (Ctrl+N)"))
        # Enter opens from the table only (see _build_table): in the search box it means "search".
        self.open_action = self._action("open_client_action", self.tr("Open"), self._open_current)
        self.open_action.setToolTip(self.tr("Open the selected client (Enter)"))
        self.archive_action = self._action("archive_client_action", self.tr("Archive"), self._toggle_archive)
        self.merge_action = self._action("merge_clients_action", self.tr("Merge…"), self._merge)
        self.positions_action = self._action("positions_action", self.tr("Positions…"), self.positions_requested.emit)
        self.search_action = self._action("focus_search_action", self.tr("Search"), self._focus_search,
                                          QKeySequence.StandardKey.Find)
        self.refresh_action = self._action("refresh_clients_action", self.tr("Refresh"), self.refresh,
                                           QKeySequence.StandardKey.Refresh)
        self.export_action = self._action("export_clients_action", self.tr("Export to Excel…"), self.export_to_excel,
                                          "Ctrl+E")
        for act in (self.new_action, self.open_action, self.archive_action, self.merge_action,
                    self.positions_action, self.refresh_action, self.export_action):
            self.toolbar.addAction(act)

    def _build_filters(self) -> None:
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("client_search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone, e-mail, tax ID…"))
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_return)

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role_filter")
        self.role_combo.addItem(self.tr("All roles"), None)
        for role, label in role_names().items():
            self.role_combo.addItem(label, str(role))
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("tag_filter")
        self.manager_combo = QComboBox(self)
        self.manager_combo.setObjectName("manager_filter")
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_filter")
        self.status_combo.addItem(self.tr("Active"), str(ClientStatus.ACTIVE))
        self.status_combo.addItem(self.tr("Archived"), str(ClientStatus.ARCHIVED))
        self.status_combo.addItem(self.tr("All statuses"), None)
        for combo in (self.role_combo, self.tag_combo, self.manager_combo, self.status_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._apply_filters)

        self.filters = QHBoxLayout()
        self.filters.addWidget(self.search_edit, 3)
        for combo in (self.role_combo, self.tag_combo, self.manager_combo, self.status_combo):
            self.filters.addWidget(combo)

    def reload_filters(self) -> None:
        """Fill the tag and manager filters (kept selection where it still exists)."""
        def fill(combo: QComboBox, all_text: str, items: list[tuple[int, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for ident, name in items:
                combo.addItem(name, ident)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        self.tasks.read(lambda: [(t.id, t.name) for t in self.ctx.clients.list_tags()],
                        lambda items: fill(self.tag_combo, self.tr("All tags"), items))
        self.tasks.read(lambda: [(u.id, u.full_name) for u in self.ctx.users.list_users()],
                        lambda items: fill(self.manager_combo, self.tr("All managers"), items))

    # -- querying ------------------------------------------------------------------------------
    # These two run on a worker thread: they get the query as it was when the refresh was asked.
    def _fetch_first(self, query: ClientQuery, sort_key: str, descending: bool,
                     limit: int) -> tuple[int, list[ClientRow]]:
        query = replace(query, sort=sort_key or "name", descending=descending)
        return self.ctx.clients.first_page(query, limit=limit)

    def _fetch_page(self, query: ClientQuery, sort_key: str, descending: bool, offset: int,
                    limit: int) -> list[ClientRow]:
        query = replace(query, sort=sort_key or "name", descending=descending)
        return self.ctx.clients.client_page(query, offset=offset, limit=limit)

    def _apply_search(self) -> None:
        self._set_query(replace(self.query, search=self.search_edit.text()))

    def _apply_filters(self) -> None:
        self._set_query(replace(self.query, role=self.role_combo.currentData(),
                                tag_id=self.tag_combo.currentData(), manager_id=self.manager_combo.currentData(),
                                status=self.status_combo.currentData()))

    def _set_query(self, query: ClientQuery) -> None:
        if query != self.query:
            self.query = query
            self.model.refresh()

    def refresh(self) -> None:
        self.model.refresh()

    def _on_search_done(self, count: int) -> None:
        self._open_single_match = False
        if count == 1 and self.model.id_at(0) is not None:
            self._open_row(0)
        else:
            self.table.setFocus()

    def _on_loaded(self, count: int) -> None:
        if self._open_single_match:
            self._on_search_done(count)
        self.count_label.setText(self.tr("Clients: {0}").format(QLocale().toString(count)))
        if count:
            self.stack.setCurrentWidget(self.table)
        else:
            if self.query.search.strip():
                text = self.tr("Nothing matches “{0}”.").format(self.query.search.strip())
            elif self.query.role or self.query.tag_id or self.query.manager_id or \
                    self.query.status != ClientStatus.ACTIVE:
                text = self.tr("No clients match these filters.")
            else:
                text = self.tr("No clients yet.\nPress Ctrl+N to add the first one.")
            self.empty_label.setText(text)
            self.stack.setCurrentWidget(self.empty_label)
        if self._restore is not None:
            ident, row, scroll = self._restore
            self._restore = None
            self.table.verticalScrollBar().setValue(scroll)
            if ident is not None and self.model.position_of(ident) >= 0:
                self.select_client(ident)
            elif count:
                # The client moved out of the loaded rows (or left the result): stay at the same place.
                self._select_row(min(row, count - 1))
        elif count and not self.table.selectionModel().hasSelection():
            self._select_row(0)
        self._update_actions()

    def _on_changed(self, entity: str, ids: tuple) -> None:
        if entity == "client":
            rows = self.selected_rows()
            current = self.model.id_at(rows[0]) if rows else None
            self._restore = (current, rows[0] if rows else 0, self.table.verticalScrollBar().value())
            self.model.refresh()
            self.reload_filters()

    # -- selection and actions -----------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def current_row(self) -> ClientRow | None:
        rows = self.selected_rows()
        return self.model.row_at(rows[0]) if rows else None

    def select_client(self, client_id: int) -> None:
        pos = self.model.position_of(client_id)
        if pos >= 0:
            self._select_row(pos)
            self.table.scrollTo(self.model.index(pos, 0))

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def _update_actions(self, *_args) -> None:
        rows = self.selected_rows()
        self.open_action.setEnabled(len(rows) == 1)
        self.archive_action.setEnabled(len(rows) == 1)
        self.merge_action.setEnabled(len(rows) == 2)
        row = self.current_row()
        archived = bool(row and row.status == ClientStatus.ARCHIVED)
        self.archive_action.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def _open_row(self, row: int) -> None:
        ident = self.model.id_at(row)
        if ident is not None:
            self.open_client.emit(ident)

    def _open_current(self) -> None:
        rows = self.selected_rows()
        if rows:
            self._open_row(rows[0])

    def _search_return(self) -> None:
        # Enter in the search box: search now; open the client if exactly one matches, else go to
        # the list (decided when the result is in, which may be after this returns).
        self._search_timer.stop()
        self._open_single_match = True
        before = self.query
        self._apply_search()
        if self.query == before and not self.model.is_loading():
            self._on_search_done(self.model.rowCount())

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _toggle_archive(self) -> None:
        row = self.current_row()
        if row is None:
            return
        call = self.ctx.clients.restore_client if row.status == ClientStatus.ARCHIVED else self.ctx.clients.archive_client
        self.tasks.write(lambda: call(row.id, expected_version=row.version), entity="client",
                         ids=lambda card: [card.id], on_error=lambda exc: show_error(self, exc))

    def export_to_excel(self) -> None:
        """The clients the list shows (its search as typed, filters and sort) to an .xlsx file."""
        query = replace(self.query, search=self.search_edit.text(), sort=self.model.sort_key or "name",
                        descending=self.model.descending)
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_clients(
            path, query, progress=progress), what=self.tr("clients"),
            suggested=f"clients-{date.today().isoformat()}.xlsx", status=self.count_label.setText)
        self.excel_export.start()

    def _merge(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 2:
            a, b = self.model.id_at(rows[0]), self.model.id_at(rows[1])
            if a is not None and b is not None:
                self.merge_requested.emit(a, b)
