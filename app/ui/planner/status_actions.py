"""Closing and reopening tasks from any screen: which moves the state machine allows, and the cancel dialog.

Screens never compare status strings: they ask `allows(row, to)`, which reads the services' TRANSITIONS.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.planner import TRANSITIONS, Completion, TaskRow
from app.ui.errors import show_error
from app.ui.planner.common import to_local
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, numeric_date
from app.ui.widgets import ErrorLabel, error_text

OPEN, DONE, CANCELLED = "open", "done", "cancelled"


def allows(row: TaskRow | None, to: str) -> bool:
    """Whether the task may move to status `to` (per the services' state machine)."""
    return row is not None and (row.status, to) in TRANSITIONS


def can_complete(row: TaskRow | None) -> bool:
    return allows(row, DONE)


def can_cancel(row: TaskRow | None) -> bool:
    return allows(row, CANCELLED)


def can_reopen(row: TaskRow | None) -> bool:
    """A closed task (done or cancelled) may be opened again; an open one has nothing to reopen."""
    return row is not None and not row.is_open and allows(row, OPEN)


class CancelTaskDialog(QDialog):
    """Asks before cancelling a task (with an optional reason); a repeating task is told its next occurrence
    will be created. A stale version is shown as a conflict: `conflict` holds it and the dialog is rejected."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, row: TaskRow, *, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cancel_task_dialog")
        self.ctx, self.tasks, self.row = ctx, tasks, row
        self.completion: Completion | None = None
        self.conflict: ConcurrentEdit | None = None
        self.setWindowTitle(self.tr("Cancel task"))
        self.setMinimumWidth(420)
        when = to_local(row.due_at)
        moment = numeric_date(when.date(), "%d.%m.%Y") + ("" if row.form.all_day else when.strftime(" %H:%M"))
        self.message_label = QLabel(self.tr("Cancel “{0}” due {1}?").format(isolate(row.subject), moment), self,
                                    objectName="cancel_message_label")
        self.message_label.setWordWrap(True)
        self.series_label = QLabel(self.tr(
            "This task repeats: cancelling this occurrence creates the next one of the series."), self,
            objectName="cancel_series_label")
        self.series_label.setWordWrap(True)
        self.series_label.setVisible(row.recurring)
        self.reason_edit = QLineEdit(self, objectName="cancel_reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Optional, kept as the task's result"))
        self.general_error = ErrorLabel("cancel_error", self)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(self.tr("Cancel task"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("cancel_confirm_button")
        self.keep_button = buttons.addButton(self.tr("Keep it"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setObjectName("keep_task_button")
        self.keep_button.setDefault(True)    # Enter does not cancel a task by accident
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_label)
        layout.addWidget(self.series_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        self.general_error.show_message("")
        task_id, version, reason = self.row.id, self.row.version, self.reason_edit.text()
        self.confirm_button.setEnabled(False)
        self.tasks.write(lambda: self.ctx.planner.cancel_task(task_id, expected_version=version, reason=reason),
                         self._done, self._failed, entity="task", ids=lambda done: done.ids)

    def _done(self, completion: Completion) -> None:
        self.completion = completion
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.general_error.show_message("\n".join(error_text(m) for m in exc.errors.values()))
            return
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit):
            self.conflict = exc
            self.reject()
