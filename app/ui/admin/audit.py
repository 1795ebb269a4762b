"""The audit trail window: who changed, posted, printed, exported or signed in, newest first, with filters,
"Load older" paging, the chain check and Export to Excel…"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.access import history
from app.services.access.history import AuditRow
from app.services.access.matrix import Action, Area
from app.services.access.principal import Principal
from app.services.context import ServiceContext
from app.ui.admin.common import OK_COLOR, read_only_table, tr
from app.ui.audit_words import change_arrow, field_title, kind_title
from app.ui.calendars import setup_date_edit
from app.ui.excel_export import ExcelExport
from app.ui.lazy_model import Column
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date
from app.ui.warehouse.models import RowsModel
from app.ui.widgets import ERROR_COLOR

PAGE = 200
ACTIONS = {
    "create": QT_TR_NOOP("Created"),
    "update": QT_TR_NOOP("Changed"),
    "delete": QT_TR_NOOP("Deleted"),
    "post": QT_TR_NOOP("Posted"),
    "print": QT_TR_NOOP("Printed"),
    "export": QT_TR_NOOP("Exported"),
    "login": QT_TR_NOOP("Signed in"),
    "login_failed": QT_TR_NOOP("Wrong password"),
    "lock": QT_TR_NOOP("Locked out"),
}


def local_time(moment: datetime) -> str:
    """A stored (naive UTC) time in local time, to the second: the trail is read closely."""
    local = moment.replace(tzinfo=UTC).astimezone()
    return f"{numeric_date(local.date())} {local:%H:%M:%S}"


def local_day_start_utc(day: date) -> datetime:
    """Local midnight of `day` as the naive UTC time the trail stores."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def action_title(action: str) -> str:
    return tr(ACTIONS[action]) if action in ACTIONS else action


def _record(row: AuditRow) -> str:
    kind = kind_title(row.entity)
    return f"{kind} {row.record_id}" if row.record_id is not None else kind


def _changes(row: AuditRow) -> str:
    return row.describe(field_title, kind_title, action_title, change_arrow())


class AuditWindow(QDialog):
    """Settings → Audit trail…"""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, rights: Principal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("audit_window")
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1180, 680)
        self.ctx, self.tasks = ctx, tasks
        self.history = ctx.bind(history)
        self.has_older = False
        self.excel_export: ExcelExport | None = None

        self.user_combo = QComboBox(self, objectName="audit_user_filter")
        self.user_combo.addItem(self.tr("Everyone"), "")
        self.entity_combo = QComboBox(self, objectName="audit_entity_filter")
        self.entity_combo.addItem(self.tr("Every kind of record"), "")
        self.action_combo = QComboBox(self, objectName="audit_action_filter")
        self.action_combo.addItem(self.tr("Every action"), "")
        for key, title in ACTIONS.items():
            self.action_combo.addItem(tr(title), key)
        self.from_check = QCheckBox(self.tr("From"), self, objectName="audit_from_check")
        self.from_edit = QDateEdit(QDate.currentDate().addDays(-30), self, objectName="audit_from_date")
        self.to_check = QCheckBox(self.tr("to"), self, objectName="audit_to_check")
        self.to_edit = QDateEdit(QDate.currentDate(), self, objectName="audit_to_date")
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setCalendarPopup(True)
            setup_date_edit(edit)
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(lambda _on: self.refresh())
            edit.dateChanged.connect(lambda _d: self.refresh())
        for combo in (self.user_combo, self.entity_combo, self.action_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        filters = QHBoxLayout()
        for label, widget in ((self.tr("User:"), self.user_combo), (self.tr("Record:"), self.entity_combo),
                              (self.tr("Action:"), self.action_combo)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addSpacing(12)
        for w in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            filters.addWidget(w)
        filters.addStretch(1)

        self.model = RowsModel([
            Column(self.tr("Time"), lambda r: local_time(r.at), width=150),
            Column(self.tr("User"), lambda r: r.user_login or self.tr("(system)"), width=100),
            Column(self.tr("Action"), lambda r: action_title(r.action), width=100),
            Column(self.tr("Record"), _record, width=150),
            Column(self.tr("Label"), lambda r: r.label, width=180),
            Column(self.tr("Changes"), _changes, tooltip=lambda r: _changes(r).replace("; ", "\n")),
        ], parent=self)
        self.table = read_only_table(self, "audit_table", self.model)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)

        self.count_label = QLabel(self, objectName="audit_count_label")
        self.chain_label = QLabel(self, objectName="chain_label")
        self.chain_label.setWordWrap(True)
        self.older_button = QPushButton(self.tr("Load &older"), self, objectName="load_older_button")
        self.older_button.clicked.connect(self.load_older)
        self.check_button = QPushButton(self.tr("&Check the chain"), self, objectName="check_chain_button")
        self.check_button.setToolTip(self.tr("Recompute every entry's hash: shows whether any was changed, removed "
                                             "or inserted after it was written"))
        self.check_button.clicked.connect(self.check_chain)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self, objectName="export_audit_button")
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(rights.allows(Area.AUDIT, Action.EXPORT))
        close = QPushButton(self.tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.older_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chain_label)
        layout.addLayout(buttons)
        self.tasks.read(lambda: (self.ctx.users.list_users(active_only=False), self.history.audit_entities()),
                        lambda result: self._choices(*result))
        self.refresh()

    # -- filters -------------------------------------------------------------------------------
    def _choices(self, users, entities: list[str]) -> None:
        # Adding items after the first one leaves the choice (and so the list) as it is.
        for u in users:
            self.user_combo.addItem(f"{u.login} — {u.full_name}", u.login)
        for entity in entities:
            self.entity_combo.addItem(kind_title(entity), entity)

    def filters(self) -> dict:
        """The query the filters make, as plain values (read on the GUI thread)."""
        since = until = None
        if self.from_check.isChecked():
            since = local_day_start_utc(self.from_edit.date().toPython())
        if self.to_check.isChecked():
            until = local_day_start_utc(self.to_edit.date().toPython() + timedelta(days=1))
        return {"user_login": self.user_combo.currentData() or "", "entity": self.entity_combo.currentData() or "",
                "action": self.action_combo.currentData() or "", "since": since, "until": until}

    # -- paging --------------------------------------------------------------------------------
    def refresh(self) -> None:
        query = self.filters()
        search = self.history.search_audit
        self.tasks.read(lambda: search(**query, limit=PAGE + 1), lambda rows: self._page(rows, first=True),
                        name="audit trail")

    def load_older(self) -> None:
        if not self.model.rows:
            return
        query, oldest = self.filters(), self.model.rows[-1].id
        search = self.history.search_audit
        self.tasks.read(lambda: search(**query, before_id=oldest, limit=PAGE + 1),
                        lambda rows: self._page(rows, first=False), name="older audit entries")

    def _page(self, rows: list[AuditRow], *, first: bool) -> None:
        # One row more than a page tells whether there is anything older, without counting the trail.
        self.has_older = len(rows) > PAGE
        rows = rows[:PAGE]
        if first:
            self.model.set_rows(rows)
        else:
            self.model.append_rows(rows)
        self.older_button.setEnabled(self.has_older)
        shown = len(self.model.rows)
        self.count_label.setText((self.tr("1 entry shown") if shown == 1 else self.tr("{n} entries shown").format(
            n=shown)) + (self.tr("; older ones remain") if self.has_older else ""))

    # -- the chain and the export --------------------------------------------------------------
    def check_chain(self) -> None:
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Checking the chain…"))
        self.tasks.read(self.history.check_audit, self._checked, name="check audit")

    def _checked(self, result) -> None:
        if result.ok:
            self.chain_label.setStyleSheet(f"color: {OK_COLOR};")
            self.chain_label.setText(self.tr("The chain is intact: {n} entries checked, none changed, removed or "
                                             "inserted.").format(n=result.entries))
        else:
            self.chain_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
            before = (self.tr("No entry before it could be trusted.") if result.entries == 0 else
                      self.tr("The entry before it is intact.") if result.entries == 1 else
                      self.tr("The {n} entries before it are intact.").format(n=result.entries))
            self.chain_label.setText(self.tr("The chain is broken at entry {n}: {reason}.").format(
                n=result.broken_at, reason=result.reason) + " " + before)

    def export(self) -> None:
        query, export_audit, arrow = self.filters(), self.history.export_audit, change_arrow()
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: export_audit(
            path, **query, progress=progress, kind_name=kind_title, field_name=field_title,
            action_name=action_title, arrow=arrow), what=self.tr("audit trail"),
            suggested=f"audit-trail-{date.today().isoformat()}.xlsx", status=self.count_label.setText)
        self.excel_export.start()
