"""Check in on a manual key result: where it stands now and a comment (both kept in its history)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.goals import CheckInRow, KeyResultRow
from app.ui.errors import message_for, show_error
from app.ui.goals.models import tr, value_text
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit


class CheckInDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, key_result: KeyResultRow, currency: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("check_in_dialog")
        self.setWindowTitle(tr("Check in"))
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.key_result = ctx, tasks, key_result
        self.saved: CheckInRow | None = None
        kr = key_result
        self.summary = QLabel(tr("{0}: now {1}, target {2}").format(
            kr.title, value_text(kr.current_value, kr.value_kind, currency),
            value_text(kr.target_value, kr.value_kind, currency)), objectName="check_in_summary")
        self.summary.setWordWrap(True)
        self.value = QLineEdit(format(kr.current_value.normalize(), "f"), objectName="check_in_value_edit")
        self.value.selectAll()
        self.comment = plain_text_edit("check_in_comment_edit")
        self.comment.setPlaceholderText(tr("What moved, what is in the way"))
        self.fields = {"value": FieldWithError(self.value)}
        self.general_error = ErrorLabel("check_in_error")
        form = QFormLayout()
        form.addRow(tr("Value now"), self.fields["value"])
        form.addRow(tr("Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(tr("Check in"), objectName="save_check_in_button")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def save(self) -> None:
        value, comment, kr = self.value.text(), self.comment.toPlainText(), self.key_result
        self.fields["value"].set_error("")
        self.general_error.show_message("")
        self.tasks.write(lambda: self.ctx.goals.check_in(kr.id, value=value, comment=comment,
                                                         expected_version=kr.version),
                         self._saved, self._failed, entity="objective", ids=lambda _r: (kr.objective_id,))

    def _saved(self, row: CheckInRow) -> None:
        self.saved = row
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.fields["value"].set_error(exc.errors.get("value", ""))
            if "value" not in exc.errors:
                self.general_error.show_message(message_for(exc))
        elif isinstance(exc, ConcurrentEdit):
            self.general_error.show_message(tr("{0} checked in on this key result after you opened it; nothing was "
                                               "saved. Close this and check in again to see their value.").format(
                                                   exc.changed_by or tr("Another user")))
        elif message_for(exc):
            self.general_error.show_message(message_for(exc))
        else:
            show_error(self, exc)
