"""The main window: areas on the left, a workspace plus tabs for open records, global search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.config import AppPaths
from app.services.access.matrix import Action
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.services.errors import PermissionDenied
from app.services.users import UserRow

if TYPE_CHECKING:
    from app.ui.clients.card import ClientCardWidget
    from app.ui.layout_memory import LayoutMemory
from app.ui.clients.list_view import ClientsWorkspace
from app.ui.coming_later import ComingLaterPage
from app.ui.errors import show_error
from app.ui.idle_lock import LockScreen, WindowLock
from app.ui.live import ConnectionBanner, ConnectionRetry
from app.ui.rights import PAGE_AREAS, may_open_page, remember, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import isolate

GLOBAL_SEARCH_DELAY_MS = 250


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    summary: str = ""


class MainWindow(QMainWindow):
    area_changed = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, user: UserRow, database: str,
                 company: str | None = None, principal: Principal | None = None, idle_minutes: int = 0,
                 parent: QWidget | None = None, layout_memory: LayoutMemory | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx, self.tasks, self.user = ctx, tasks, user
        self.layout_memory = layout_memory  # geometry and column layouts, when the app keeps them
        # The user's rights, read once at login: every screen built on ctx hides what they may not do.
        if principal is not None:
            remember(ctx, principal)
        self.principal = rights_of(ctx)
        self.setWindowTitle("Karavan")
        if company is None:  # asked after the window is up: start-up waits for nothing it can defer
            QTimer.singleShot(0, lambda: tasks.read(ctx.auth.company_name, self.set_company))
        else:
            self.set_company(company)
        self.resize(1280, 800)
        self.setMinimumSize(QSize(800, 500))
        self.areas = [area for area in self._areas() if may_open_page(self.principal, area.key)]

        self.nav = QListWidget(self)
        self.nav.setObjectName("area_nav")
        self.nav.setMaximumWidth(220)
        self.nav.setMinimumWidth(150)
        self.nav.setSpacing(2)
        for area in self.areas:
            item = QListWidgetItem(area.title)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setSizeHint(QSize(0, self.fontMetrics().height() + 16))
            self.nav.addItem(item)

        self.workspaces = QStackedWidget(self)
        self.workspaces.setObjectName("workspaces")
        # Other areas are built the first time they are shown: start-up pays for the dashboard and the clients list.
        self._pages: dict[str, QWidget] = {}
        self.clients: ClientsWorkspace | None = None
        if may_open_page(self.principal, "clients"):
            self.clients = ClientsWorkspace(ctx, tasks, self)
            self.clients.open_client.connect(self.open_client)
            self.clients.new_client.connect(self.new_client)
            self.clients.merge_requested.connect(self.merge_clients)
            self.clients.positions_requested.connect(self.edit_positions)
            self._pages["clients"] = self.clients
        self._builders = {"dashboard": self._build_dashboard, "funnel": self._build_funnel, "tasks": self._build_planner,
                          "service": self._build_service_desk, "marketing": self._build_marketing,
                          "products": self._build_products, "warehouse": self._build_warehouse,
                          "production": self._build_production, "documents": self._build_documents, "payments": self._build_payments,
                          "reports": self._build_reports, "goals": self._build_goals}
        for area in self.areas:
            if area.key not in self._pages and area.key not in self._builders:
                self._pages[area.key] = ComingLaterPage(area.title, area.summary, self)
            if area.key in self._pages:
                self.workspaces.addWidget(self._pages[area.key])
        self.reminders = None

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("record_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.addTab(self.workspaces, self.areas[0].title)
        self._unclosable(0)
        self.tabs.tabCloseRequested.connect(self.close_tab)

        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        # Above everything: the line that says the server went away and came back (app/ui/live.py).
        self.connection_banner = ConnectionBanner(self)
        self.connection_retry = ConnectionRetry(ctx, tasks, parent=self)
        self.live = None
        tasks.connection_state.connect(self.connection_banner.set_connected)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.connection_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_area)

        self._build_toolbar()
        self._build_menus()
        self._build_status(database)
        self.nav.setCurrentRow(0)
        if layout_memory is not None:
            layout_memory.restore_window(self)
            layout_memory.remember_all_columns(self.clients, "clients")

        self.window_lock = WindowLock(self, ctx, tasks, user=user, minutes=idle_minutes)
        self.idle = self.window_lock.idle

    def set_company(self, name: str) -> None:
        self.setWindowTitle(f"Karavan — {name}" if name else "Karavan")

    # -- construction --------------------------------------------------------------------------
    def _areas(self) -> list[Area]:
        tr = self.tr
        return [
            Area("dashboard", tr("Dashboard")),
            Area("clients", tr("Clients")),
            Area("funnel", tr("Sales funnel"), tr("Pipelines and stages, a kanban board of deals, forecast and conversion.")),
            Area("tasks", tr("Tasks"), tr("Calls, meetings and to-dos, “My day” and a calendar planner.")),
            Area("service", tr("Service desk"), tr("Complaints, questions and repairs worked through to closed.")),
            Area("marketing", tr("Marketing"), tr("Client segments, e-mail campaigns and lead sources.")),
            Area("products", tr("Products"), tr("The catalog: goods and services, units, barcodes and price lists.")),
            Area("warehouse", tr("Warehouse"), tr("Receipts, shipments, transfers, inventory counts and balances.")),
            Area("production", tr("Production"), tr("Bills of materials, production orders and cost roll-up.")),
            Area("documents", tr("Documents"), tr("Quotes, orders, invoices, waybills, acts and contracts, printed as PDF.")),
            Area("payments", tr("Payments"), tr("Incoming and outgoing payments, debts and reconciliation statements.")),
            Area("reports", tr("Reports"), tr("Dashboard and period reports with charts and Excel export.")),
            Area("goals", tr("Goals"), tr("Objectives and key results, progress against the pace, sales plans.")),
            Area("settings", tr("Settings"), tr("Company details, users and roles, language and backups.")),
        ]

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Search"), self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.global_search = QLineEdit(bar)
        self.global_search.setObjectName("global_search")
        self.global_search.setPlaceholderText(self.tr("Search everywhere (Ctrl+K)…"))
        self.global_search.setClearButtonEnabled(True)
        self.global_search.setMaximumWidth(420)
        self._search_model = QStandardItemModel(self)
        self.search_completer = QCompleter(self._search_model, self)
        self.search_completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_completer.activated[QModelIndex].connect(self._open_search_hit)
        self.global_search.setCompleter(self.search_completer)
        self._search_timer = QTimer(self, singleShot=True, interval=GLOBAL_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_global_search)
        self.global_search.textEdited.connect(lambda _t: self._search_timer.start())
        self.global_search.returnPressed.connect(self._global_search_return)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.global_search)
        self.addToolBar(bar)
        bar.setVisible(may_open_page(self.principal, "clients"))  # the search finds clients
        act = QAction(self.tr("Search everywhere"), self)
        act.setObjectName("global_search_action")
        act.setShortcut(QKeySequence("Ctrl+K"))
        act.triggered.connect(lambda: (self.global_search.setFocus(), self.global_search.selectAll()))
        self.addAction(act)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_act = file_menu.addAction(self.tr("New client"))
        new_act.setObjectName("menu_new_client")
        new_act.setShortcut(QKeySequence.StandardKey.New)
        new_act.triggered.connect(self.new_in_area)
        self.new_menu_action = new_act
        close_act = file_menu.addAction(self.tr("Close tab"))
        close_act.setShortcut(QKeySequence.StandardKey.Close)
        close_act.triggered.connect(lambda: self.close_tab(self.tabs.currentIndex()))
        file_menu.addSeparator()
        clerk_act = file_menu.addAction(self.tr("Warehouse clerk screen"))
        clerk_act.setObjectName("menu_clerk_screen")
        clerk_act.setShortcut(QKeySequence("Ctrl+Shift+W"))
        clerk_act.triggered.connect(self.open_clerk_screen)
        clerk_act.setVisible(self.principal.allows("warehouse", Action.VIEW))
        import_act = file_menu.addAction(self.tr("Import from Excel…"))
        import_act.setObjectName("menu_import")
        import_act.triggered.connect(self.open_import)
        file_menu.addSeparator()
        quit_act = file_menu.addAction(self.tr("Quit"))
        quit_act.setShortcut(QKeySequence.StandardKey.Quit)
        quit_act.triggered.connect(self.close)
        self._build_settings_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        logs = help_menu.addAction(self.tr("Open log folder"))
        logs.setObjectName("menu_open_log_folder")
        logs.triggered.connect(self.open_log_folder)
        about = help_menu.addAction(self.tr("About Karavan"))
        about.setObjectName("menu_about")
        about.triggered.connect(self._about)
        from app.ui.admin.menu import install_admin_menu

        install_admin_menu(self)  # Users and roles…, Branches…, Audit trail…: for those the matrix lets see them

    def _build_settings_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        menu.setObjectName("settings_menu")
        language = menu.addAction(self.tr("Language and formats…"))  # everyone's own choice, not an admin's
        language.setObjectName("menu_language")
        language.triggered.connect(self.open_language_settings)
        if not self.user.is_admin:
            return
        menu.addSeparator()
        for text, name, slot in ((self.tr("Company…"), "menu_company_settings", self.open_company_settings),
                                 (self.tr("Document layouts…"), "menu_document_layouts", self.open_document_layouts),
                                 (self.tr("Currency rates…"), "menu_currency_rates", self.open_currency_rates),
                                 (self.tr("Backups…"), "menu_backups", self.open_backups),
                                 (self.tr("Automation rules…"), "menu_automation_rules", self.open_automation_rules)):
            act = menu.addAction(text)
            act.setObjectName(name)
            act.triggered.connect(slot)

    def open_import(self) -> None:
        from app.ui.imports import ImportWizard

        self._run_dialog(ImportWizard(self.ctx, self.tasks, self))

    # Where settings.json is (the application sets it; None: the user's usual folders).
    settings_paths: AppPaths | None = None
    # Set by the application when it starts Karavan again after this window closes with restart_requested.
    can_restart = False
    restart_requested = False

    def open_language_settings(self) -> None:
        from app.ui.language_dialog import LanguageDialog

        dialog = LanguageDialog(self.settings_paths or AppPaths.default(), self, can_restart=self.can_restart)
        self._run_dialog(dialog)
        if dialog.restart_chosen:
            self.restart()

    def restart(self) -> bool:
        """Close the window (asking about unsaved cards as Quit does) for the application to start again;
        False when the user keeps it open."""
        self.restart_requested = True
        if not self.close():
            self.restart_requested = False
            return False
        return True

    def open_company_settings(self) -> None:
        from app.ui.documents_settings import CompanySettingsDialog

        self._run_dialog(CompanySettingsDialog(self.ctx, self.tasks, self))

    def open_document_layouts(self) -> None:
        from app.ui.documents_settings import DocumentLayoutsDialog

        self._run_dialog(DocumentLayoutsDialog(self.ctx, self.tasks, self))

    def open_currency_rates(self) -> None:
        from app.ui.documents_settings import CurrencyRatesDialog

        self._run_dialog(CurrencyRatesDialog(self.ctx, self.tasks, self))

    # Set by the application when the database came from a profile: (backend, target) -> what was done.
    switch_database = None

    def open_backups(self) -> None:
        from app.ui.backups import BackupsDialog

        self._run_dialog(BackupsDialog(self.ctx, self.tasks, self, switch_to=self.switch_database,
                                       after_switch=self.close))

    def open_automation_rules(self) -> None:
        from app.ui.automation import AutomationRulesDialog

        self._run_dialog(AutomationRulesDialog(self.ctx, self.tasks, self))

    def start_automation(self) -> None:
        """Run automation rules after saves and on a timer; show the user's messages from rules."""
        from app.ui.automation import AutomationCenter

        self.automation = AutomationCenter(self.ctx, self.tasks, self)
        self.statusBar().addPermanentWidget(self.automation.button)
        self.automation.start()

    def start_backups(self) -> None:
        """The scheduled backup: checked shortly after start and hourly, made off the GUI thread."""
        from app.ui.backups import BackupScheduler

        self.backups = BackupScheduler(self.ctx, self.tasks, self)
        self.backups.message.connect(lambda text: self.statusBar().showMessage(text, 20_000))
        self.backups.start()

    def _build_status(self, database: str) -> None:
        self.database = database
        # Isolated: a file path or a Latin name keeps its own order in a right-to-left sentence.
        self.user_label = QLabel(self.tr("User: {0}").format(isolate(self.user.full_name)), self)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self.tr("Database: {0}").format(isolate(database)), self)
        self.db_label.setObjectName("status_database")
        self.busy_label = QLabel("", self)
        self.busy_label.setObjectName("status_busy")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.tasks.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))

    def _unclosable(self, index: int) -> None:
        for side in (self.tabs.tabBar().ButtonPosition.RightSide, self.tabs.tabBar().ButtonPosition.LeftSide):
            button = self.tabs.tabBar().tabButton(index, side)
            if button:
                button.resize(0, 0)
                button.hide()

    # -- areas and tabs ------------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """The area's workspace, built on first use; raises PermissionDenied for an area the user may not see."""
        if not may_open_page(self.principal, key):
            raise PermissionDenied(Action.VIEW, area=PAGE_AREAS[key])
        if key not in self._pages:
            page = self._builders[key]()
            self._pages[key] = page
            self.workspaces.addWidget(page)
            self._take_new_shortcut(page)
            if self.layout_memory is not None:
                self.layout_memory.remember_all_columns(page, key)
        return self._pages[key]

    # Ctrl+N: one window-wide shortcut (File → New …) that makes a new record of the area on screen. A
    # workspace's own Ctrl+N would make the key ambiguous in the window, and Qt then fires neither.
    @staticmethod
    def _area_new_action(page: QWidget | None) -> QAction | None:
        action = getattr(page, "new_action", None)
        return action if isinstance(action, QAction) else None

    def _take_new_shortcut(self, page: QWidget) -> None:
        action = self._area_new_action(page)
        if action is not None and not action.shortcut().isEmpty():
            action.setShortcut(QKeySequence())

    def new_in_area(self) -> None:
        """File → New: a new record of the current area (a task in Tasks, a product in Products …), else a
        new client."""
        page = self.workspaces.currentWidget() if self.tabs.currentWidget() is self.workspaces else None
        action = self._area_new_action(page)
        if action is not None and page is not self._pages.get("clients") and action.isEnabled():
            action.trigger()
        elif self.principal.allows("clients", Action.CREATE):
            self.new_client()

    def _label_new_action(self, page: QWidget) -> None:
        action = self._area_new_action(page)
        clients = page is self._pages.get("clients")
        own = action is not None and not clients
        self.new_menu_action.setText(action.text() if own else self.tr("New client"))
        # File → New follows the right to create in the area it makes a record of.
        key = next((k for k, p in self._pages.items() if p is page), "")
        area = PAGE_AREAS.get(key, "clients") if own else "clients"
        self.new_menu_action.setEnabled(self.principal.allows(area, Action.CREATE))

    def _build_dashboard(self) -> QWidget:
        from app.ui.dashboard import DashboardWorkspace
        from app.ui.dashboard.links import follow

        page = DashboardWorkspace(self.ctx, self.tasks, self)
        page.open_target.connect(lambda key, period: self._refused_shown(follow, self, key, period))
        self._follow_links(page)
        return page

    def _build_funnel(self) -> QWidget:
        from app.ui.funnel.board import FunnelWorkspace

        page = FunnelWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_planner(self) -> QWidget:
        from app.ui.planner import PlannerWorkspace

        page = PlannerWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_service_desk(self) -> QWidget:
        from app.ui.service_desk import ServiceDeskWorkspace

        page = ServiceDeskWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_marketing(self) -> QWidget:
        from app.ui.marketing import MarketingWorkspace

        page = MarketingWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_products(self) -> QWidget:
        from app.ui.catalog.workspace import ProductsWorkspace

        return ProductsWorkspace(self.ctx, self.tasks, self)

    def _build_warehouse(self) -> QWidget:
        from app.ui.warehouse.workspace import WarehouseWorkspace

        page = WarehouseWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_reports(self) -> QWidget:
        from app.ui.reports import ReportsWorkspace

        return ReportsWorkspace(self.ctx, self.tasks, self)

    def _build_goals(self) -> QWidget:
        from app.ui.goals import GoalsWorkspace

        return GoalsWorkspace(self.ctx, self.tasks, self)

    def _build_production(self) -> QWidget:
        from app.ui.production import ProductionWorkspace

        page = ProductionWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_documents(self) -> QWidget:
        from app.ui.documents.workspace import DocumentsWorkspace

        page = DocumentsWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def _build_payments(self) -> QWidget:
        from app.ui.payments import PaymentsWorkspace

        page = PaymentsWorkspace(self.ctx, self.tasks, self)
        self._follow_links(page)
        return page

    def open_clerk_screen(self) -> None:
        """The scanner-first screen for the warehouse's shared PC, full screen over the main window."""
        from app.ui.warehouse.clerk import ClerkScreen

        screen = ClerkScreen(self.ctx, self.tasks, user=self.user)
        screen.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.clerk_screen = screen
        screen.showFullScreen()

    def _follow_links(self, page: QWidget) -> None:
        # Workspaces announce "open this client / deal / record"; the window decides where it opens.
        for signal, slot in (("open_client", self.open_client), ("open_deal", self.open_deal),
                             ("record_activated", self.open_record)):
            if isinstance(getattr(type(page), signal, None), Signal):
                getattr(page, signal).connect(slot)

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            area = self.areas[row]
            self.workspaces.setCurrentWidget(self.page(area.key))
            self._label_new_action(self.workspaces.currentWidget())
            self.tabs.setTabText(self.tabs.indexOf(self.workspaces), area.title)
            self.tabs.setCurrentWidget(self.workspaces)
            self.area_changed.emit(area.key)

    def show_area(self, key: str) -> None:
        for row, area in enumerate(self.areas):
            if area.key == key:
                self.nav.setCurrentRow(row)

    def current_area(self) -> str:
        return self.areas[self.nav.currentRow()].key

    def _card_tabs(self) -> list[ClientCardWidget]:
        from app.ui.clients.card import ClientCardWidget

        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), ClientCardWidget)]

    def open_client(self, client_id: int) -> ClientCardWidget:
        """Bring the client's tab forward, opening it if needed."""
        # Cards and dialogs are imported when first used: start-up shows only the list.
        from app.ui.clients.card import ClientCardWidget

        for card in self._card_tabs():
            if card.client_id == client_id:
                self.tabs.setCurrentWidget(card)
                return card
        return self._add_card(ClientCardWidget(self.ctx, self.tasks, client_id, self))

    def new_client(self) -> ClientCardWidget:
        from app.ui.clients.card import ClientCardWidget

        return self._add_card(ClientCardWidget(self.ctx, self.tasks, None, self))

    def _add_card(self, card: ClientCardWidget) -> ClientCardWidget:
        index = self.tabs.addTab(card, self.tr("Client"))
        self._retitle(card, card.title())
        card.title_changed.connect(lambda title, c=card: self._retitle(c, title))
        card.open_client_requested.connect(self.open_client)
        if hasattr(card, "record_activated"):
            card.record_activated.connect(self.open_record)
        card.close_requested.connect(lambda c=card: self._remove_tab(c))
        self.tabs.setCurrentIndex(index)
        return card

    def _retitle(self, card: QWidget, title: str) -> None:
        index = self.tabs.indexOf(card)
        if index >= 0:
            self.tabs.setTabText(index, title if len(title) <= 32 else title[:30] + "…")
            self.tabs.setTabToolTip(index, title)

    def close_tab(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is None or widget is self.workspaces:
            return
        if widget in self._card_tabs():
            widget.request_close()  # asks about unsaved changes, then emits close_requested
            return
        self._remove_tab(widget)

    def _remove_tab(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        if index > 0:
            self.tabs.removeTab(index)
            widget.deleteLater()

    # -- records opened from anywhere (timeline entries, workspace links) ----------------------
    def _refused_shown(self, fn, *args) -> None:
        try:
            fn(*args)
        except PermissionDenied as exc:
            show_error(self, exc)

    def open_record(self, kind: str, record_id: int) -> None:
        """Open what a timeline entry or a link points at: a deal, task, service request, campaign, stock
        document or product (an area the user may not see says so)."""
        self._refused_shown(self._open_record, kind, record_id)

    def _open_record(self, kind: str, record_id: int) -> None:
        if kind == "deal":
            self.open_deal(record_id)
        elif kind == "task":
            self.open_task(record_id)
        elif kind == "service_request":
            from app.ui.service_desk import ServiceRequestDialog

            self._run_dialog(ServiceRequestDialog(self.ctx, self.tasks, request_id=record_id, parent=self))
        elif kind == "document":
            page = self.page("documents")
            self.show_area("documents")
            if hasattr(page, "open_document"):
                page.open_document(record_id)
        elif kind == "payment":
            self.page("payments")
            self.show_area("payments")
        elif kind == "stock_document":
            from app.ui.warehouse.document_dialog import StockDocumentDialog

            self._run_dialog(StockDocumentDialog(self.ctx, self.tasks, doc_id=record_id, parent=self))
        elif kind == "product":
            from app.ui.service_desk.product_link import open_product

            open_product(self.ctx, self.tasks, record_id, self)
        elif kind == "campaign":
            page = self.page("marketing")
            self.show_area("marketing")
            if hasattr(page, "show_campaign"):
                page.show_campaign(record_id)
        elif kind == "client":
            self.open_client(record_id)

    def open_deal(self, deal_id: int) -> None:
        from app.ui.funnel.deal_dialog import DealDialog

        self._run_dialog(DealDialog(self.ctx, self.tasks, deal_id=deal_id, parent=self))

    def open_task(self, task_id: int) -> None:
        from app.ui.planner import TaskDialog

        self._run_dialog(TaskDialog(self.ctx, self.tasks, task_id=task_id, parent=self))

    @staticmethod
    def _run_dialog(dialog) -> None:
        dialog.exec()
        if hasattr(dialog, "deleteLater"):
            dialog.deleteLater()  # the window lives all day: do not keep every dialog ever opened

    def start_reminders(self) -> None:
        """Begin polling this user's task reminders (missed ones show at once)."""
        from app.ui.planner.reminders import ReminderCenter

        self.reminders = ReminderCenter(self.ctx, self.tasks, user_id=self.user.id, parent_window=self)
        self.reminders.open_task.connect(self.open_task)
        self.reminders.start()

    def start_live_updates(self, engine) -> None:
        """Follow other users' changes (and the server link) on `engine`'s database."""
        from app.services.changes import supports_live_updates
        from app.ui.live import LiveUpdates

        if self.live is None and supports_live_updates(engine):
            self.live = LiveUpdates(self.ctx, self.tasks, engine, parent=self)
            self.live.start()

    def merge_clients(self, first_id: int, second_id: int) -> None:
        # Open cards follow by themselves: they listen to `changed` and notice a merged-away client.
        from app.ui.clients.merge_dialog import MergeDialog

        MergeDialog(self.ctx, self.tasks, first_id, second_id, self).exec()

    def edit_positions(self) -> None:
        from app.ui.clients.positions_dialog import PositionsDialog

        PositionsDialog(self.ctx, self.tasks, self).exec()

    # -- global search -------------------------------------------------------------------------
    def _run_global_search(self) -> None:
        text = self.global_search.text().strip()
        if len(text) < 2:
            self._search_model.clear()
            return
        self.tasks.read(lambda: self.ctx.clients.search_clients(text, limit=15),
                        lambda rows: self._show_search_hits(text, rows),
                        lambda exc: show_error(self, exc))

    def _show_search_hits(self, text: str, rows) -> None:
        if text != self.global_search.text().strip():
            return  # the user typed on; a newer search is coming
        self._search_model.clear()
        for row in rows:
            details = " · ".join(isolate(p) for p in (row.code, row.phone, row.email, row.city) if p)
            name = isolate(row.display_name)
            item = QStandardItem(f"{name} — {details}" if details else name)
            item.setData(row.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(details)
            self._search_model.appendRow(item)
        if rows:
            self.search_completer.complete()

    def _open_search_hit(self, index) -> None:
        ident = index.data(Qt.ItemDataRole.UserRole)
        if ident is not None:
            self.open_client(int(ident))
            QTimer.singleShot(0, self.global_search.clear)

    def _global_search_return(self) -> None:
        # Enter without picking a hit: show the clients list filtered by the text (no popup after it).
        self._search_timer.stop()
        self.search_completer.popup().hide()
        self.show_area("clients")
        if self.clients is None:
            return
        self.clients.search_edit.setText(self.global_search.text())
        self.clients.table.setFocus()

    # -- misc ----------------------------------------------------------------------------------
    def _about(self) -> None:
        from app.ui.about import AboutDialog

        self._run_dialog(AboutDialog(self.database, self))

    def open_log_folder(self) -> None:
        """Help → Open log folder: the logs and crash reports, in the system's file manager."""
        from app.ui.about import open_log_folder

        open_log_folder(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = [card for card in self._card_tabs() if card.is_dirty()]
        if dirty:
            self.tabs.setCurrentWidget(dirty[0])
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("%n open card(s) have unsaved changes. Quit and discard them?", "", len(dirty)),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._search_timer.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if self.layout_memory is not None:
            self.layout_memory.save_window(self)
            self.layout_memory.sync()
        if getattr(self, "backups", None) is not None:
            self.backups.stop()
        if self.live is not None:
            self.live.stop()
        self.window_lock.shutdown()
        if getattr(self, "automation", None) is not None:
            self.automation.stop()
        event.accept()

    # -- the idle lock (app/ui/idle_lock.py) ----------------------------------------------------
    def lock(self) -> None:
        self.window_lock.lock()

    def is_locked(self) -> bool:
        return self.window_lock.is_locked()

    @property
    def lock_screen(self) -> LockScreen | None:
        return self.window_lock.screen
