"""The Campaigns tab: the list, the editor, test send, Send / Pause / Resume with progress, recipients."""

from __future__ import annotations

import threading
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import NotFound, ValidationError
from app.services.marketing import (
    DRAFT,
    FAILED,
    PAUSED,
    PLACEHOLDERS,
    SENDING,
    SENT,
    CampaignForm,
    CampaignRow,
    SendResult,
    saved_smtp_password,
)
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.funnel.deal_dialog import parse_decimal
from app.ui.lazy_model import RIGHT, Column, LazyTableModel
from app.ui.marketing.rows_model import RowsModel
from app.ui.tasks import Task, TaskRunner
from app.ui.text import format_time
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit


def ask_text(parent: QWidget, title: str, label: str, *, password: bool = False) -> str | None:
    """A one-line question; None when cancelled."""
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    text, ok = QInputDialog.getText(parent, title, label, mode)
    return text if ok else None


class CampaignsTab(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("campaigns_tab")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.current: CampaignRow | None = None
        self.sending_task: Task | None = None
        self._running = False
        self._pause = threading.Event()
        # Tests replace it: (parent, title, label, *, password) -> str | None.
        self.ask: Callable[..., str | None] = ask_text
        self.status_names = {DRAFT: self.tr("Draft"), SENDING: self.tr("Sending"), PAUSED: self.tr("Paused"),
                             SENT: self.tr("Sent"), "pending": self.tr("Pending"), FAILED: self.tr("Failed"),
                             "skipped": self.tr("Skipped")}

        self.list_model = RowsModel([
            Column(self.tr("Campaign"), lambda r: r.name, width=170),
            Column(self.tr("Status"), lambda r: self.status_names.get(r.status, r.status), width=70),
            Column(self.tr("Sent"), lambda r: f"{r.sent}/{r.total - r.skipped}" if r.total else "—",
                   align=RIGHT, width=60)], parent=self)
        self.list_view = QTableView(self, objectName="campaign_list")
        self.list_view.setModel(self.list_model)
        _table_look(self.list_view)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._pick(cur.row()))
        self.new_button = QPushButton(self.tr("New campaign"), self, objectName="new_campaign_button")
        self.new_button.clicked.connect(self.new_campaign)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self, objectName="export_campaigns_button")
        self.export_button.setToolTip(self.tr("Every campaign with its recipients' counts and cost, to an Excel "
                                              "workbook"))
        self.export_button.clicked.connect(self.export_to_excel)
        self.excel_export: ExcelExport | None = None
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.export_button)
        left_layout.addLayout(list_buttons)

        self.name_edit = QLineEdit(self, objectName="campaign_name_edit")
        self.segment_combo = QComboBox(self, objectName="campaign_segment_combo")
        self.subject_edit = QLineEdit(self, objectName="campaign_subject_edit")
        self.body_edit = plain_text_edit("campaign_body_edit")
        self.body_edit.setMinimumHeight(110)
        self.placeholder_help = QLabel(self.tr("Placeholders: {0}").format(
            "  ".join("{" + p + "}" for p in PLACEHOLDERS)), self, objectName="placeholder_help")
        self.placeholder_help.setWordWrap(True)
        self.placeholder_help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cost_edit = QLineEdit(self, objectName="campaign_cost_edit")
        self.cost_edit.setPlaceholderText("0.00")
        self.cost_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.currency_edit = QLineEdit("USD", self, objectName="campaign_currency_edit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        cost_row = QWidget(self)
        row = QHBoxLayout(cost_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cost_edit)
        row.addWidget(self.currency_edit)
        self.fields = {"name": FieldWithError(self.name_edit, self),
                       "segment_id": FieldWithError(self.segment_combo, self),
                       "subject": FieldWithError(self.subject_edit, self),
                       "body": FieldWithError(self.body_edit, self), "cost": FieldWithError(cost_row, self)}
        self.fields["currency"] = self.fields["cost"]
        form = QFormLayout()
        form.addRow(self.tr("Name*"), self.fields["name"])
        form.addRow(self.tr("Segment*"), self.fields["segment_id"])
        form.addRow(self.tr("Subject*"), self.fields["subject"])
        form.addRow(self.tr("Body*"), self.fields["body"])
        form.addRow("", self.placeholder_help)
        form.addRow(self.tr("Cost"), self.fields["cost"])

        self.status_label = QLabel(self, objectName="campaign_status_label")
        self.save_button = QPushButton(self.tr("Save"), self, objectName="save_campaign_button")
        self.test_button = QPushButton(self.tr("Test send…"), self, objectName="test_send_button")
        self.send_button = QPushButton(self.tr("Send"), self, objectName="send_button")
        self.pause_button = QPushButton(self.tr("Pause"), self, objectName="pause_button")
        self.resume_button = QPushButton(self.tr("Resume"), self, objectName="resume_button")
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_send)
        self.send_button.clicked.connect(self.send)
        self.pause_button.clicked.connect(self.pause)
        self.resume_button.clicked.connect(self.resume)
        self.progress_bar = QProgressBar(self, objectName="send_progress")
        self.progress_bar.setTextVisible(True)
        self.error_label = ErrorLabel("campaign_error", self)
        actions = QHBoxLayout()
        actions.addWidget(self.status_label, 1)
        for button in (self.save_button, self.test_button, self.send_button, self.pause_button, self.resume_button):
            actions.addWidget(button)

        self.recipients_model = LazyTableModel([
            Column(self.tr("Client"), lambda r: r.client_name, width=230),
            Column(self.tr("E-mail"), lambda r: r.email or "—", width=210),
            Column(self.tr("Status"), lambda r: self.status_names.get(r.status, r.status), width=80),
            Column(self.tr("Sent at"), lambda r: format_time(r.sent_at), width=130),
            Column(self.tr("Reason"), lambda r: r.error, tooltip=lambda r: r.error, width=200)],
            tasks, state=lambda: self.current.id if self.current else 0,
            fetch_first=lambda cid, _k, _d, limit: self.ctx.marketing.first_recipients(cid, limit=limit),
            fetch_page=lambda cid, _k, _d, offset, limit: self.ctx.marketing.recipient_page(
                cid, offset=offset, limit=limit), parent=self)
        self.recipients_view = QTableView(self, objectName="recipients_table")
        self.recipients_view.setModel(self.recipients_model)
        _table_look(self.recipients_view)
        self.recipients_label = QLabel(self, objectName="recipients_label")
        self.export_recipients_button = QPushButton(self.tr("Export recipients…"), self,
                                                    objectName="export_recipients_button")
        self.export_recipients_button.setToolTip(self.tr("Every recipient of this campaign and what became of their "
                                                         "e-mail, to an Excel workbook"))
        self.export_recipients_button.clicked.connect(self.export_recipients)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.progress_bar)
        right_layout.addWidget(self.error_label)
        recipients_head = QHBoxLayout()
        recipients_head.addWidget(self.recipients_label, 1)
        recipients_head.addWidget(self.export_recipients_button)
        right_layout.addLayout(recipients_head)
        right_layout.addWidget(self.recipients_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tasks.progress.connect(self._progress)
        self._show_state()

    # -- loading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load():
            return ([(s.id, s.name) for s in self.ctx.marketing.list_segments(with_counts=False)],
                    self.ctx.marketing.list_campaigns())
        self.tasks.read(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, loaded) -> None:
        segments, campaigns = loaded
        chosen = self.segment_combo.currentData()
        self.segment_combo.clear()
        for ident, name in segments:
            self.segment_combo.addItem(name, ident)
        self.segment_combo.setCurrentIndex(self.segment_combo.findData(chosen) if chosen is not None else -1)
        self.list_model.set_rows(campaigns)
        if self.current is not None:
            pos = next((i for i, c in enumerate(campaigns) if c.id == self.current.id), -1)
            if pos >= 0:
                self.list_view.selectionModel().blockSignals(True)
                self.list_view.selectRow(pos)
                self.list_view.selectionModel().blockSignals(False)
                self.show_campaign(campaigns[pos])

    def export_to_excel(self) -> None:
        """The campaigns the list shows (all, newest first) to an .xlsx file."""
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_campaigns(
            path, progress=progress), what=self.tr("campaigns"),
            suggested=f"campaigns-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    def export_recipients(self) -> None:
        """The chosen campaign's recipients (all of them, by client name) to an .xlsx file."""
        current = self.current
        if current is None:
            return
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_campaign_recipients(
            path, current.id, progress=progress), what=self.tr("recipients"),
            suggested=f"recipients-{file_name_part(current.name, 'campaign')}.xlsx")
        self.excel_export.start()

    def select_campaign(self, campaign_id: int) -> None:
        """Load the campaign into the editor (and mark it in the list once the list has it)."""
        self.tasks.read(lambda: self.ctx.marketing.load_campaign(campaign_id), self._selected,
                        self._select_failed)

    def _select_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):  # a link to a deleted campaign: say so in place, no dialog
            self.refresh()
            self.error_label.show_message(self.tr("That campaign no longer exists."))
        else:
            show_error(self, exc)

    def _selected(self, row: CampaignRow) -> None:
        self.show_campaign(row)
        self.refresh()

    def _pick(self, row: int) -> None:
        campaign = self.list_model.row_at(row)
        if campaign is not None:
            self.show_campaign(campaign)

    def show_campaign(self, c: CampaignRow | None) -> None:
        self.current = c
        self.show_errors({})
        f = c.form if c else CampaignForm()
        self.name_edit.setText(f.name)
        self.segment_combo.setCurrentIndex(self.segment_combo.findData(f.segment_id) if f.segment_id else -1)
        self.subject_edit.setText(f.subject)
        self.body_edit.setPlainText(f.body)
        self.cost_edit.setText(f"{f.cost:.2f}" if c else "")
        self.currency_edit.setText(f.currency)
        self.recipients_model.refresh()
        self._show_state()

    def new_campaign(self) -> None:
        self.list_view.clearSelection()
        self.show_campaign(None)
        self.name_edit.setFocus()

    def _show_state(self) -> None:
        c, running = self.current, self._running
        status = c.status if c else DRAFT
        self.status_label.setText(self.tr("Status: {0}").format(self.status_names[status]) if c else
                                  self.tr("New campaign"))
        content_locked = status != DRAFT
        for widget in (self.segment_combo, self.subject_edit, self.body_edit):
            widget.setEnabled(not content_locked)
        self.save_button.setEnabled(not running)
        self.test_button.setEnabled(not running)
        self.export_recipients_button.setEnabled(c is not None and c.total > 0)
        self.send_button.setVisible(status == DRAFT)
        self.send_button.setEnabled(not running)   # a new campaign is saved first
        self.pause_button.setVisible(status == SENDING)
        self.pause_button.setEnabled(status == SENDING)
        self.resume_button.setVisible(status == PAUSED)
        self.resume_button.setEnabled(status == PAUSED and not running)
        if c is not None and c.total:
            done = c.total - c.pending
            self.progress_bar.setRange(0, c.total)
            self.progress_bar.setValue(done)
            self.recipients_label.setText(self.tr("Recipients: {0} sent, {1} failed, {2} skipped, {3} pending").format(
                c.sent, c.failed, c.skipped, c.pending))
        else:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            self.recipients_label.setText(self.tr("Recipients are taken from the segment when sending starts."))

    # -- editing -------------------------------------------------------------------------------------
    def form(self) -> CampaignForm:
        try:
            cost = parse_decimal(self.cost_edit.text()) or Decimal("0")
        except InvalidOperation:
            raise ValidationError({"cost": self.tr("is not a number")}) from None
        return CampaignForm(name=self.name_edit.text(), segment_id=self.segment_combo.currentData(),
                            subject=self.subject_edit.text(), body=self.body_edit.toPlainText(), cost=cost,
                            currency=self.currency_edit.text().strip().upper())

    def save(self, then: Callable[[CampaignRow], None] | None = None) -> None:
        self.show_errors({})
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        current = self.current
        if current is None:
            call = lambda: self.ctx.marketing.create_campaign(form)  # noqa: E731
        else:
            call = lambda: self.ctx.marketing.update_campaign(current.id, form,  # noqa: E731
                                                              expected_version=current.version)

        def saved(row: CampaignRow) -> None:
            self.current = row
            self.show_campaign(row)
            self.refresh()
            if then is not None:
                then(row)
        self.tasks.write(call, saved, self._failed, entity="campaign", ids=lambda row: [row.id])

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)
        self.refresh()

    def show_errors(self, errors: dict[str, str]) -> None:
        by_field: dict[int, list[str]] = {}
        for key, message in errors.items():
            if key in self.fields:
                by_field.setdefault(id(self.fields[key]), []).append(message)
        for field in dict.fromkeys(self.fields.values()):
            field.set_error("; ".join(by_field.get(id(field), [])))
        rest = [f"{k}: {m}" for k, m in errors.items() if k not in self.fields]
        self.error_label.show_message("\n".join(rest))

    # -- mail ----------------------------------------------------------------------------------------
    def _with_password(self, then: Callable[[str | None], None]) -> None:
        """Run `then(password)`: the keyring's password, or asked now (None: no login needed)."""
        def load():
            settings = self.ctx.marketing.load_smtp_settings()
            return settings, saved_smtp_password(settings)

        def got(loaded) -> None:
            settings, saved = loaded
            if not settings.username or saved is not None:
                then(saved)
                return
            typed = self.ask(self, self.tr("SMTP password"),
                             self.tr("Password of {0} on {1}:").format(settings.username, settings.host),
                             password=True)
            if typed is not None:
                then(typed)
        self.tasks.read(load, got, lambda exc: show_error(self, exc))

    def test_send(self) -> None:
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        to = self.ask(self, self.tr("Test send"), self.tr("Send a test e-mail to:"))
        if not to:
            return
        self._with_password(lambda pw: self.tasks.read(
            lambda: self.ctx.marketing.send_test(form, to=to, password=pw),
            lambda subject: self.error_label.show_message(
                self.tr("Test e-mail sent to {0}: {1}").format(to, subject)),
            self._failed))

    def send(self) -> None:
        """Save, take the recipients, start, and send in the background."""
        self.save(then=lambda row: self._start(row))

    def resume(self) -> None:
        if self.current is not None:
            self._start(self.current)

    def _start(self, row: CampaignRow) -> None:
        def started(password: str | None) -> None:
            self.tasks.write(lambda: self.ctx.marketing.start_sending(row.id, expected_version=row.version),
                             lambda started_row: self._run(started_row, password), self._failed,
                             entity="campaign", ids=lambda r: [r.id])
        self._with_password(started)

    def _run(self, row: CampaignRow, password: str | None) -> None:
        self.current = row
        self._pause.clear()
        cid = row.id

        def job(progress) -> SendResult:
            return self.ctx.marketing.send_pending(cid, password=password,
                                                   progress=lambda done, total: progress.report(done, total),
                                                   should_pause=self._pause.is_set)
        # Off the single writer: its transactions are one row each, and on the writer a long send
        # would hold up every other save in the application until the last e-mail.
        self._show_state()
        self._running = True
        task = self.tasks.long(job, self._finished, self._send_failed, own_writes=True, entity="campaign",
                               name="send campaign")
        if self._running:  # (an inline runner has finished already)
            self.sending_task = task
        self._show_state()

    def _progress(self, task: Task, done: int, total: int, _text: str) -> None:
        if self._running and (self.sending_task is None or task is self.sending_task):
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(done)

    def _finished(self, result: SendResult) -> None:
        self.sending_task, self._running = None, False
        message = {SENT: self.tr("Sent: {0} delivered, {1} refused."),
                   PAUSED: self.tr("Paused: {0} delivered, {1} refused so far.")}.get(result.status, "{0} {1}")
        self.error_label.show_message(message.format(result.sent, result.failed))
        self._reload_current()

    def _send_failed(self, exc: BaseException) -> None:
        self.sending_task, self._running = None, False
        show_error(self, exc)
        self._reload_current()

    def pause(self) -> None:
        """Ask the running send to stop after the current e-mail; without one (say, the desktop that was
        sending closed), mark the campaign paused directly."""
        if self._running:
            self._pause.set()
            self.pause_button.setEnabled(False)
            return
        if self.current is not None:
            cid = self.current.id
            self.tasks.write(lambda: self.ctx.marketing.pause_campaign(cid), self.show_campaign, self._failed,
                             entity="campaign", ids=lambda r: [r.id])

    def _reload_current(self) -> None:
        if self.current is None:
            return
        cid = self.current.id
        self.tasks.read(lambda: self.ctx.marketing.load_campaign(cid), self._reloaded,
                        lambda exc: show_error(self, exc))

    def _reloaded(self, row: CampaignRow) -> None:
        self.show_campaign(row)
        self.refresh()


def _table_look(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    for i, col in enumerate(getattr(view.model(), "columns", [])):
        view.setColumnWidth(i, col.width)

