"""The task card as a dialog (new or existing task), and completing a task with its result in one step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QModelIndex, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Area
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.planner import ClientLinks, Completion, TaskForm, TaskRow
from app.ui.calendars import setup_date_edit
from app.ui.client_picker import ClientPicker
from app.ui.errors import field_label, show_error
from app.ui.live import ChangedBar, RecordFollower
from app.ui.planner.common import (
    KINDS,
    PRIORITIES,
    kind_label,
    priority_label,
    status_label,
    to_local,
    to_utc,
)
from app.ui.planner.status_actions import CancelTaskDialog, can_cancel, can_complete, can_reopen
from app.ui.rights import guard_card, read_only_note
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text, plain_text_edit

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
NO_REMINDER = -1


def _row(parent: QWidget, *widgets: QWidget, stretch: bool = False) -> QWidget:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w)
    if stretch:
        row.addStretch(1)
    return box


def _select(combo: QComboBox, ident) -> None:
    index = combo.findData(ident)
    if index >= 0:
        combo.setCurrentIndex(index)


def _select_or_add(combo: QComboBox, ident, name: str) -> None:
    """Select `ident`; one the combo does not offer (a deactivated assignee, a deal now another client's) is
    added under its name, so the task keeps it unless the user picks another."""
    if ident is not None and combo.findData(ident) < 0:
        combo.addItem(name or f"#{ident}", ident)
    _select(combo, ident)


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


def show_errors(fields: dict[str, FieldWithError], general: ErrorLabel, errors: dict[str, str]) -> None:
    """Each message under its field (fields may share a row); the rest under the form."""
    by_field: dict[int, list[str]] = {}
    for key, message in errors.items():
        if key in fields:
            by_field.setdefault(id(fields[key]), []).append(message)
    for field in dict.fromkeys(fields.values()):
        field.set_error("; ".join(by_field.get(id(field), [])))
    rest = [f"{field_label(k)}: {error_text(m)}" for k, m in errors.items() if k not in fields]
    general.show_message("\n".join(rest))


class TaskDialog(QDialog):
    """Create or edit a task; the client is searched as in the deal card, contact and deal follow it."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, task_id: int | None = None,
                 client_id: int | None = None, deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("task_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.task_id = ctx, tasks, task_id
        self.row: TaskRow | None = None
        self.saved: TaskRow | None = None
        self._shown: TaskForm | None = None   # the form as loaded (or last saved): anything else is an edit
        self._initial = (client_id, deal_id)
        self.setWindowTitle(self.tr("New task") if task_id is None else self.tr("Task"))
        self.setMinimumWidth(520)

        self.subject_edit = QLineEdit(self, objectName="subject_edit")
        self.subject_edit.setPlaceholderText(self.tr("What has to be done"))
        self.kind_combo = QComboBox(self, objectName="kind_combo")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.priority_combo = QComboBox(self, objectName="priority_combo")
        for priority in PRIORITIES:
            self.priority_combo.addItem(priority_label(priority), priority)
        _select(self.priority_combo, "normal")
        self.date_edit = QDateEdit(self, objectName="due_date_edit")
        self.date_edit.setCalendarPopup(True)
        setup_date_edit(self.date_edit)
        self.date_edit.setDate(QDate.currentDate())
        self.time_edit = QTimeEdit(self, objectName="due_time_edit")
        self.time_edit.setDisplayFormat("HH:mm")
        now = datetime.now()
        self.time_edit.setTime(QTime(min(now.hour + 1, 23), 0))
        self.all_day_check = QCheckBox(self.tr("All day"), self, objectName="all_day_check")
        self.all_day_check.toggled.connect(self._all_day_toggled)
        self.duration_spin = QSpinBox(self, objectName="duration_spin")
        self.duration_spin.setRange(-1, 7 * 24 * 60)   # -1 reaches the service: it says what is wrong
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(30)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setMaximumWidth(160)
        self.assignee_combo = QComboBox(self, objectName="assignee_combo")
        self.status_label = QLabel(self, objectName="status_label")

        self.client_combo = ClientPicker(self.ctx, self.tasks, self)
        self.client_completer = self.client_combo.client_completer
        self._client_hits = self.client_combo.hits
        self.contact_combo = QComboBox(self, objectName="contact_combo")
        self.deal_combo = QComboBox(self, objectName="deal_combo")
        self._fill_links(None)

        self.remind_spin = QSpinBox(self, objectName="remind_spin")
        self.remind_spin.setRange(NO_REMINDER, 30 * 24 * 60)
        self.remind_spin.setSpecialValueText(self.tr("No reminder"))
        self.remind_spin.setSuffix(self.tr(" min before"))
        self.remind_spin.setSingleStep(5)
        self.remind_spin.setValue(15)
        self.remind_spin.setMaximumWidth(200)

        self.recurrence_combo = QComboBox(self, objectName="recurrence_combo")
        for key, label in (("none", self.tr("Does not repeat")), ("daily", self.tr("Daily")),
                           ("weekly", self.tr("Weekly")), ("monthly", self.tr("Monthly"))):
            self.recurrence_combo.addItem(label, key)
        self.interval_spin = QSpinBox(self, objectName="interval_spin")
        self.interval_spin.setRange(1, 366)
        self.interval_spin.setPrefix(self.tr("every "))
        self.weekday_checks = [QCheckBox(self.tr(name), self, objectName=f"weekday_{i + 1}")
                               for i, name in enumerate(WEEKDAY_NAMES)]
        self.until_edit = QDateEdit(self, objectName="until_edit")
        self.until_edit.setCalendarPopup(True)
        setup_date_edit(self.until_edit)
        self.until_edit.setDate(QDate.currentDate().addMonths(3))
        self.no_end_check = QCheckBox(self.tr("No end"), self, objectName="no_end_check")
        self.no_end_check.toggled.connect(lambda on: self.until_edit.setEnabled(not on))
        self.no_end_check.setChecked(True)
        self.recurrence_combo.currentIndexChanged.connect(lambda _i: self._recurrence_changed())
        self.description_edit = plain_text_edit("description_edit")
        self.description_edit.setMaximumHeight(70)

        weekdays = _row(self, *self.weekday_checks, stretch=True)
        self.fields = {
            "subject": FieldWithError(self.subject_edit, self),
            "kind": FieldWithError(_row(self, self.kind_combo, QLabel(self.tr("Priority:"), self),
                                        self.priority_combo, stretch=True), self),
            "due_at": FieldWithError(_row(self, self.date_edit, self.time_edit, self.all_day_check, stretch=True),
                                     self),
            "duration_minutes": FieldWithError(self.duration_spin, self),
            "assignee_id": FieldWithError(self.assignee_combo, self),
            "client_id": FieldWithError(self.client_combo, self),
            "contact_person_id": FieldWithError(self.contact_combo, self),
            "deal_id": FieldWithError(self.deal_combo, self),
            "remind_before_minutes": FieldWithError(self.remind_spin, self),
            "recurrence": FieldWithError(_row(self, self.recurrence_combo, self.interval_spin, stretch=True), self),
            "recurrence_weekdays": FieldWithError(weekdays, self),
            "recurrence_until": FieldWithError(_row(self, self.until_edit, self.no_end_check, stretch=True), self),
            "description": FieldWithError(self.description_edit, self),
        }
        self.fields["priority"] = self.fields["kind"]
        self.fields["recurrence_interval"] = self.fields["recurrence"]
        self.form_layout = QFormLayout()
        for key, label in (("subject", self.tr("Subject*")), ("kind", self.tr("Kind")), ("due_at", self.tr("When")),
                           ("duration_minutes", self.tr("Duration")), ("assignee_id", self.tr("Assignee")),
                           ("client_id", self.tr("Client")), ("contact_person_id", self.tr("Contact")),
                           ("deal_id", self.tr("Deal")), ("remind_before_minutes", self.tr("Reminder")),
                           ("recurrence", self.tr("Repeat")), ("recurrence_weekdays", self.tr("On days")),
                           ("recurrence_until", self.tr("Until")), ("description", self.tr("Notes"))):
            self.form_layout.addRow(label, self.fields[key])
        self.form_layout.addRow(self.tr("Status"), self.status_label)
        self.general_error = ErrorLabel("task_error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.complete_button = QPushButton(self.tr("Complete…"), self, objectName="complete_button")
        self.cancel_task_button = QPushButton(self.tr("Cancel task…"), self, objectName="cancel_task_button")
        self.reopen_button = QPushButton(self.tr("Reopen"), self, objectName="reopen_button")
        # The status moves sit apart, on the left: "Cancel task…" is not the dialog's Cancel.
        status_buttons = QHBoxLayout()
        for button, slot in ((self.complete_button, self.complete), (self.cancel_task_button, self.cancel_task),
                             (self.reopen_button, self.reopen)):
            status_buttons.addWidget(button)
            button.setAutoDefault(False)
            button.setVisible(False)   # a saved task shows the moves its status allows
            button.clicked.connect(slot)
        status_buttons.addStretch(1)
        status_buttons.addWidget(buttons)
        self.complete_dialog_factory = CompleteTaskDialog
        self.cancel_dialog_factory = CancelTaskDialog
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.read_only_label = read_only_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.general_error)
        layout.addLayout(status_buttons)
        # Saved by someone else while open: reloaded when untouched, else the bar offers Reload / Keep mine.
        self.changed_bar = ChangedBar(self)
        layout.insertWidget(0, self.changed_bar)
        self.follower = RecordFollower(ctx, tasks, self.changed_bar, entity="task", table="task",
                                       shown=self._shown_version, is_dirty=self.edited, reload=self._reload_row,
                                       parent=self)
        # Without the right to change tasks, a view (status moves are changes too).
        self.may_edit = guard_card(ctx, Area.TASKS, new=task_id is None, fields=list(self.fields.values()),
                                   hide=[self.save_button, self.complete_button, self.cancel_task_button,
                                         self.reopen_button], note=self.read_only_label)

        self.client_combo.client_chosen.connect(self._load_links)
        self.client_combo.cleared.connect(lambda: self._fill_links(None))
        self._recurrence_changed()
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    # -- loading -------------------------------------------------------------------------------
    def _load(self):
        users = [(u.id, u.full_name) for u in self.ctx.users.list_users()]
        row = self.ctx.planner.load_task(self.task_id) if self.task_id is not None else None
        client_id, deal_id = self._initial
        if row is not None:
            client_id, deal_id = row.form.client_id, row.form.deal_id
        elif deal_id is not None and client_id is None:
            client_id = self.ctx.funnel.load_deal(deal_id).form.client_id
        links = self.ctx.planner.client_links(client_id, keep_deal_id=deal_id) if client_id is not None else None
        return users, row, links, deal_id

    def _loaded(self, loaded) -> None:
        users, self.row, links, deal_id = loaded
        for ident, name in users:
            self.assignee_combo.addItem(name, ident)
        self._fill_links(links)
        if self.row is None:
            _select(self.assignee_combo, self.ctx.user_id)
            _select(self.deal_combo, deal_id)
            self.status_label.setText(status_label("open"))
        else:
            self.show_row(self.row)
            self._shown = self.form()

    def _shown_version(self) -> tuple[int, int] | None:
        return (self.row.id, self.row.version) if self.row is not None and self.isVisible() else None

    def _reload_row(self) -> None:
        task_id = self.row.id if self.row is not None else None
        if task_id is not None:
            self.tasks.read(lambda: self.ctx.planner.load_task(task_id), self._row_reloaded,
                            lambda exc: show_error(self, exc))

    def _row_reloaded(self, row: TaskRow) -> None:
        self.row = row
        self.show_row(row)
        self._shown = self.form()

    def show_row(self, row: TaskRow) -> None:
        f = row.form
        self.setWindowTitle(self.tr("Task: {0}").format(isolate(f.subject)))
        self.subject_edit.setText(f.subject)
        _select(self.kind_combo, f.kind)
        _select(self.priority_combo, f.priority)
        local = to_local(f.due_at) if f.due_at else datetime.now()
        self.date_edit.setDate(_qdate(local.date()))
        self.time_edit.setTime(QTime(local.hour, local.minute))
        self.all_day_check.setChecked(f.all_day)
        self.duration_spin.setValue(f.duration_minutes)
        _select_or_add(self.assignee_combo, f.assignee_id, row.assignee_name)
        _select_or_add(self.contact_combo, f.contact_person_id, row.contact_name)
        _select_or_add(self.deal_combo, f.deal_id, row.deal_title)
        self.remind_spin.setValue(NO_REMINDER if f.remind_before_minutes is None else f.remind_before_minutes)
        _select(self.recurrence_combo, f.recurrence)
        self.interval_spin.setValue(f.recurrence_interval)
        for i, check in enumerate(self.weekday_checks):
            check.setChecked(str(i + 1) in f.recurrence_weekdays)
        self.no_end_check.setChecked(f.recurrence_until is None)
        if f.recurrence_until is not None:
            self.until_edit.setDate(_qdate(f.recurrence_until))
        self.description_edit.setPlainText(f.description)
        self._show_status(row)

    def _show_status(self, row: TaskRow) -> None:
        """The status line and the buttons of the moves the state machine allows from it."""
        text = status_label(row.status)
        if row.result:
            text += f" — {isolate(row.result)}"
        self.status_label.setText(text)
        self.complete_button.setVisible(can_complete(row))
        self.cancel_task_button.setVisible(can_cancel(row))
        self.reopen_button.setVisible(can_reopen(row))

    def _fill_links(self, links: ClientLinks | None) -> None:
        if links is not None and self.client_combo.findData(links.client_id) < 0:
            self.client_combo.set_client(links.client_id, links.client_name)
        for combo, items in ((self.contact_combo, links.contacts if links else ()),
                             (self.deal_combo, links.deals if links else ())):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem("—", None)
            for item in items:
                combo.addItem(item.name, item.id)
            _select(combo, chosen)
            combo.setEnabled(links is not None)

    def _all_day_toggled(self, on: bool) -> None:
        self.time_edit.setEnabled(not on)
        self.duration_spin.setEnabled(not on)

    def _recurrence_changed(self) -> None:
        kind = self.recurrence_combo.currentData()
        self.interval_spin.setEnabled(kind != "none")
        self.interval_spin.setSuffix({"daily": self.tr(" day(s)"), "weekly": self.tr(" week(s)"),
                                      "monthly": self.tr(" month(s)")}.get(kind, ""))
        for key in ("recurrence_weekdays", "recurrence_until"):
            self.fields[key].setEnabled(kind != "none")
        for check in self.weekday_checks:
            check.setEnabled(kind == "weekly")

    # -- the client picker ---------------------------------------------------------------------
    def search_clients(self) -> None:
        self.client_combo.search()

    def _client_picked(self, index: QModelIndex) -> None:
        self.client_combo.pick(index)

    def _load_links(self, client_id: int) -> None:
        """Offer the chosen client's contacts and deals."""
        self.tasks.read(lambda: self.ctx.planner.client_links(client_id), self._fill_links,
                        lambda exc: show_error(self, exc))

    def client_id(self) -> int | None:
        return self.client_combo.client_id()

    # -- saving --------------------------------------------------------------------------------
    def form(self) -> TaskForm:
        """What the user typed, as a TaskForm (times converted to UTC)."""
        day = self.date_edit.date().toPython()
        all_day = self.all_day_check.isChecked()
        moment = time() if all_day else self.time_edit.time().toPython().replace(second=0, microsecond=0)
        client_id = self.client_id()
        remind = self.remind_spin.value()
        return TaskForm(
            subject=self.subject_edit.text(), kind=self.kind_combo.currentData(),
            due_at=to_utc(datetime.combine(day, moment)), all_day=all_day,
            duration_minutes=0 if all_day else self.duration_spin.value(),
            assignee_id=self.assignee_combo.currentData(), priority=self.priority_combo.currentData(),
            description=self.description_edit.toPlainText(), client_id=client_id,
            contact_person_id=self.contact_combo.currentData() if client_id is not None else None,
            deal_id=self.deal_combo.currentData() if client_id is not None else None,
            remind_before_minutes=None if remind == NO_REMINDER else remind,
            recurrence=self.recurrence_combo.currentData(), recurrence_interval=self.interval_spin.value(),
            recurrence_weekdays="".join(str(i + 1) for i, c in enumerate(self.weekday_checks) if c.isChecked()),
            recurrence_until=None if self.no_end_check.isChecked() else self.until_edit.date().toPython())

    def _checked_form(self) -> TaskForm | None:
        """The form, or None (with the message shown) when the client text names no client."""
        show_errors(self.fields, self.general_error, {})
        if self.client_combo.currentText().strip() and self.client_id() is None:
            show_errors(self.fields, self.general_error, {"client_id": "pick a client from the list"})
            return None
        return self.form()

    def edited(self) -> bool:
        """Whether the fields differ from the task as loaded (or last saved)."""
        return self.row is not None and self._shown is not None and self.form() != self._shown

    def save(self) -> None:
        if not self.may_edit:
            return
        form = self._checked_form()
        if form is None:
            return
        if self.row is None:
            self.tasks.write(lambda: self.ctx.planner.create_task(form), self._saved, self._failed,
                             entity="task", ids=lambda row: [row.id])
            return
        task_id, version = self.row.id, self.row.version
        self.tasks.write(lambda: self.ctx.planner.update_task(task_id, form, expected_version=version),
                         self._saved, self._failed, entity="task", ids=lambda row: [row.id])

    def _saved(self, row: TaskRow) -> None:
        self.saved = row
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            show_errors(self.fields, self.general_error, exc.errors)
            return
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit) and isinstance(exc.current, TaskRow):
            # Keep what the user typed; the next Save goes against the current version.
            self.row = replace(exc.current, form=self.form())
            self.general_error.show_message(self.tr(
                "Someone else changed this task. Your values are kept; Save again to overwrite theirs, "
                "or Cancel to keep them."))

    def _save_first(self, then: Callable[[], None]) -> None:
        """Save what the user changed in the fields (as Outlook and Odoo do before closing a task), then go
        on against the saved version; a refused save shows why and goes no further."""
        if not self.edited():
            then()
            return
        form = self._checked_form()
        if form is None or self.row is None:
            return
        task_id, version = self.row.id, self.row.version

        def saved(row: TaskRow) -> None:
            self.row = self.saved = row
            self._shown = form
            then()
        self.tasks.write(lambda: self.ctx.planner.update_task(task_id, form, expected_version=version),
                         saved, self._failed, entity="task", ids=lambda row: [row.id])

    def complete(self) -> None:
        """Complete the task with a result (unsaved edits are saved first), then close."""
        if can_complete(self.row):
            self._save_first(self._complete_saved)

    def _complete_saved(self) -> None:
        assert self.row is not None
        dialog = self.complete_dialog_factory(self.ctx, self.tasks, self.row, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.completion is not None
        completion = dialog.completion
        dialog.deleteLater()
        if accepted and completion is not None:
            self.saved = completion.task
            self.accept()

    def cancel_task(self) -> None:
        """Ask, then cancel the task (a repeating one moves on to its next occurrence) and close; unsaved
        edits are saved first."""
        if can_cancel(self.row):
            self._save_first(self._cancel_saved)

    def _cancel_saved(self) -> None:
        assert self.row is not None
        dialog = self.cancel_dialog_factory(self.ctx, self.tasks, self.row, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.completion is not None
        completion, conflict = dialog.completion, dialog.conflict
        dialog.deleteLater()
        if accepted and completion is not None:
            self.saved = completion.task
            self.accept()
        elif conflict is not None:
            self._moved_meanwhile(conflict)

    def reopen(self) -> None:
        """Open a done or cancelled task again; the dialog stays, so its date can be changed and saved."""
        if not can_reopen(self.row):
            return
        assert self.row is not None
        task_id, version = self.row.id, self.row.version
        self.tasks.write(lambda: self.ctx.planner.reopen_task(task_id, expected_version=version),
                         self._reopened, self._status_failed, entity="task", ids=lambda row: [row.id])

    def _reopened(self, row: TaskRow) -> None:
        # The fields keep what the user may have typed; the next Save goes against the new version.
        self.row = self.saved = row
        self.general_error.show_message("")
        self._show_status(row)

    def _status_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit):
            self._moved_meanwhile(exc)

    def _moved_meanwhile(self, conflict: ConcurrentEdit) -> None:
        """After a stale status change: show the task's status as it is now, keep what the user typed."""
        if isinstance(conflict.current, TaskRow):
            self.row = replace(conflict.current, form=self.form())
            self._show_status(conflict.current)
        self.general_error.show_message(self.tr(
            "Someone else changed this task meanwhile; its status above is the current one. Check it and "
            "try again."))


class CompleteTaskDialog(QDialog):
    """Result text and, in the same step, an optional follow-up task (prefilled; on for calls)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, row: TaskRow, *, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complete_task_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.row = ctx, tasks, row
        self.completion: Completion | None = None
        self.setWindowTitle(self.tr("Complete: {0}").format(isolate(row.subject)))
        self.setMinimumWidth(440)
        self.result_edit = plain_text_edit("result_edit")
        self.result_edit.setMaximumHeight(90)
        self.result_edit.setPlaceholderText(self.tr("How did it go?"))
        self.follow_up_check = QCheckBox(self.tr("Create follow-up"), self, objectName="follow_up_check")
        self.follow_kind_combo = QComboBox(self, objectName="follow_up_kind_combo")
        for kind in KINDS:
            self.follow_kind_combo.addItem(kind_label(kind), kind)
        _select(self.follow_kind_combo, row.kind if row.kind in ("call", "meeting") else "call")
        local = to_local(row.due_at)
        nxt = max(local, datetime.now()) + timedelta(days=1)
        while nxt.isoweekday() > 5:   # the next working day
            nxt += timedelta(days=1)
        self.follow_date_edit = QDateEdit(_qdate(nxt.date()), self, objectName="follow_up_date_edit")
        self.follow_date_edit.setCalendarPopup(True)
        setup_date_edit(self.follow_date_edit)
        self.follow_time_edit = QTimeEdit(QTime(local.hour, local.minute) if not row.form.all_day else QTime(10, 0),
                                          self, objectName="follow_up_time_edit")
        self.follow_time_edit.setDisplayFormat("HH:mm")
        self.follow_subject_edit = QLineEdit(self.tr("Follow-up: {0}").format(row.subject), self,
                                             objectName="follow_up_subject_edit")
        self.fields = {
            "result": FieldWithError(self.result_edit, self),
            "follow_up.kind": FieldWithError(self.follow_kind_combo, self),
            "follow_up.due_at": FieldWithError(_row(self, self.follow_date_edit, self.follow_time_edit,
                                                    stretch=True), self),
            "follow_up.subject": FieldWithError(self.follow_subject_edit, self),
        }
        self.follow_box = QWidget(self, objectName="follow_up_box")
        follow_form = QFormLayout(self.follow_box)
        follow_form.setContentsMargins(18, 0, 0, 0)
        follow_form.addRow(self.tr("Kind"), self.fields["follow_up.kind"])
        follow_form.addRow(self.tr("When"), self.fields["follow_up.due_at"])
        follow_form.addRow(self.tr("Subject"), self.fields["follow_up.subject"])
        self.follow_up_check.toggled.connect(self.follow_box.setEnabled)
        self.follow_up_check.setChecked(row.kind == "call")
        self.follow_box.setEnabled(row.kind == "call")
        self.general_error = ErrorLabel("complete_error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("complete_ok_button")
        self.ok_button.setText(self.tr("Complete"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Result"), self.fields["result"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.follow_up_check)
        layout.addWidget(self.follow_box)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def follow_up(self) -> TaskForm | None:
        if not self.follow_up_check.isChecked():
            return None
        f = self.row.form
        due = datetime.combine(self.follow_date_edit.date().toPython(),
                               self.follow_time_edit.time().toPython().replace(second=0, microsecond=0))
        return TaskForm(subject=self.follow_subject_edit.text(), kind=self.follow_kind_combo.currentData(),
                        due_at=to_utc(due), duration_minutes=f.duration_minutes or 30, assignee_id=f.assignee_id,
                        priority=f.priority, client_id=f.client_id, contact_person_id=f.contact_person_id,
                        deal_id=f.deal_id, remind_before_minutes=f.remind_before_minutes)

    def save(self) -> None:
        show_errors(self.fields, self.general_error, {})
        result, follow = self.result_edit.toPlainText(), self.follow_up()
        task_id, version = self.row.id, self.row.version
        self.tasks.write(lambda: self.ctx.planner.complete_task(task_id, result=result, expected_version=version,
                                                                follow_up=follow),
                         self._done, self._failed, entity="task", ids=lambda done: done.ids)

    def _done(self, completion: Completion) -> None:
        self.completion = completion
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            show_errors(self.fields, self.general_error, exc.errors)
        else:
            show_error(self, exc)
