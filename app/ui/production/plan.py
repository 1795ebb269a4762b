"""The Plan tab: production orders by planned start, filtered by state, dates and text; New, Open."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport
from app.ui.production.order_dialog import ProductionOrderDialog
from app.ui.production.orders_model import (
    OVERDUE_TEXT,
    SHORT_BACKGROUND,
    STATUS_TITLES,
    OrdersModel,
    PlanQuery,
    empty_label,
    plural,
    rows_table,
    status_title,
)
from app.ui.rights import apply_rights, rights_of
from app.ui.tasks import TaskRunner
from app.ui.warehouse.format import UnitDecimals

SEARCH_DELAY_MS = 250
OPEN = "open"           # the status filter's "Open" entry: planned, released and in progress
# Changes after which the plan may look different (new orders, stock that covers or uncovers components).
REFRESHED_BY = frozenset({"production", "bom", "stock", "stock_document", "stock_move", "reservation", "product"})


class PlanView(QWidget):
    """The list of production orders; opens the order dialog for New (Ctrl+N) and Open (Enter)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("production_plan")
        self.ctx, self.tasks = ctx, tasks
        self.units = UnitDecimals()
        # Tests replace it; constructed like ProductionOrderDialog, then exec().
        self.dialog_factory = ProductionOrderDialog

        self.toolbar = QToolBar(self, objectName="plan_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self.toolbar.addAction(self.tr("New order"), self.new_order)
        self.new_action.setObjectName("new_order_action")
        self.new_action.setToolTip(self.tr("Plan a new production order (Ctrl+N)"))
        self.open_action = self.toolbar.addAction(self.tr("Open"), self.open_current)
        self.open_action.setObjectName("open_order_action")
        self.open_action.setToolTip(self.tr("Open the selected order (Enter or double-click)"))
        self.export_action = self.toolbar.addAction(self.tr("Export to Excel…"), self.export_to_excel)
        self.export_action.setObjectName("export_plan_action")
        apply_rights({Action.CREATE: [self.new_action], Action.EXPORT: [self.export_action]}, rights_of(ctx),
                     Area.PRODUCTION)
        self.export_action.setToolTip(self.tr("The orders the plan shows, to an Excel workbook"))
        self.excel_export: ExcelExport | None = None
        self.toolbar.addSeparator()
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("refresh_action")
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)

        self.status_combo = QComboBox(self, objectName="status_filter")
        self.status_combo.addItem(self.tr("Open (planned, released, in progress)"), OPEN)
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUS_TITLES:
            self.status_combo.addItem(status_title(status), status)
        self.period_check = QCheckBox(self.tr("From"), self, objectName="period_check")
        self.period_check.setToolTip(self.tr("Only orders whose planned days fall in this period"))
        self.from_edit = QDateEdit(QDate.currentDate(), self, objectName="date_from_edit")
        self.to_edit = QDateEdit(QDate.currentDate().addDays(30), self, objectName="date_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.period_check.toggled.connect(self._period_toggled)
        self.search_edit = QLineEdit(self, objectName="order_search")
        self.search_edit.setPlaceholderText(self.tr("Search order number, product SKU or name…"))
        self.search_edit.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Status:"), self))
        filters.addWidget(self.status_combo)
        filters.addWidget(self.period_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.to_edit)
        filters.addWidget(self.search_edit, 1)

        self.model = OrdersModel(ctx, tasks, self.query, units=self.units, parent=self)
        self.view = rows_table(self, "orders_view", self.model, stretch=1)
        self.view.doubleClicked.connect(lambda idx: self.open_row(idx.row()))
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self.view, self.open_current)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.empty = empty_label(self, "orders_empty", "")
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.model.loaded.connect(self._loaded)
        self.count_label = QLabel(self, objectName="count_label")
        self.count_label.setStyleSheet("color: #666666;")
        self.legend = QLabel(self.tr("<span style='background:{amber}'>&nbsp;Amber&nbsp;</span> rows lack "
                                     "components in their warehouse now · <span style='color:{red}'>red text"
                                     "</span>: past the planned end").format(amber=SHORT_BACKGROUND.name(),
                                                                           red=OVERDUE_TEXT.name()),
                             self, objectName="plan_legend")
        self.legend.setStyleSheet("color: #666666;")
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.legend)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addLayout(self.stack, 1)
        layout.addLayout(footer)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload)

    # -- Ctrl+N --------------------------------------------------------------------------------
    # The main window's File menu owns the window-wide Ctrl+N (new client); two shortcuts on one key would be
    # ambiguous and neither would fire. While the focus is inside the plan the key is taken as a key press
    # (ShortcutOverride accepted) and plans a new order instead.
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.matches(QKeySequence.StandardKey.New):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.New):
            self.new_order()
            return
        super().keyPressEvent(event)

    # -- the query -----------------------------------------------------------------------------
    def _period_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)
        self.refresh()

    def export_to_excel(self) -> None:
        """The orders the plan shows (its status, dates and search) to an .xlsx file."""
        filters = self.query().filters()
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_production(
            path, **filters, progress=progress), what=self.tr("production orders"),
            suggested=f"production-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx",
            status=self.count_label.setText)
        self.excel_export.start()

    def query(self) -> PlanQuery:
        chosen = self.status_combo.currentData()
        on = self.period_check.isChecked()
        return PlanQuery(status=None if chosen == OPEN else chosen, open_only=chosen == OPEN,
                         search=self.search_edit.text().strip(),
                         date_from=self.from_edit.date().toPython() if on else None,
                         date_to=self.to_edit.date().toPython() if on else None)

    def reload(self) -> None:
        """Unit decimals (for the quantities), then the list."""
        self.tasks.read(self.ctx.stock.unit_decimals, self._units_loaded, lambda exc: show_error(self, exc))

    def _units_loaded(self, units) -> None:
        self.units.mapping = dict(units)
        self.refresh()

    def refresh(self) -> None:
        self._search_timer.stop()
        self.model.refresh()

    def _loaded(self, count: int) -> None:
        q = self.query()
        if count:
            self.stack.setCurrentWidget(self.view)
        else:
            hint = self.tr("Press Ctrl+N to plan one, or let the Requirements (MRP) tab propose what to make.")
            if q.search or q.date_from or q.status:
                text = self.tr("No production orders match the filters.")
            elif q.open_only:
                text = self.tr("No open production orders.") + "\n" + hint
            else:
                text = self.tr("No production orders yet.") + "\n" + hint
            self.empty.setText(text)
            self.stack.setCurrentWidget(self.empty)
        self.count_label.setText(plural(count, self.tr("{n} order"), self.tr("{n} orders")))

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in REFRESHED_BY:
            self.refresh()
        elif entity == "unit":
            self.reload()

    # -- opening -------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.view.currentIndex().row()
        return self.model.id_at(row) if row >= 0 else None

    def select_order(self, order_id: int) -> bool:
        row = self.model.position_of(order_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
        return row >= 0

    def open_row(self, row: int) -> None:
        order_id = self.model.id_at(row) if row >= 0 else None
        if order_id is not None:
            self.open_order(order_id)

    def open_current(self) -> None:
        order_id = self.current_id()
        if order_id is not None:
            self.open_order(order_id)

    def open_order(self, order_id: int) -> None:
        self._run(self.dialog_factory(self.ctx, self.tasks, order_id=order_id, parent=self))

    def new_order(self) -> None:
        self._run(self.dialog_factory(self.ctx, self.tasks, parent=self))

    @staticmethod
    def _run(dialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()
