"""Log a call, meeting, e-mail or note in three actions: open, type the result, press Enter.

The dialog opens with the time set to now and the focus in the result box; Enter there saves
(Shift+Enter starts a new line), so does Ctrl+Enter anywhere. The same dialog edits or deletes
an interaction that was logged before, against the version the user saw.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.timeline import InteractionChoices, InteractionForm, InteractionRow
from app.ui.calendars import setup_date_edit
from app.ui.errors import field_label, show_error
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

FORM_FIELDS = tuple(f.name for f in fields(InteractionForm))
WITH_DIRECTION = ("call", "email")
WITH_DURATION = ("call", "meeting")


def to_utc(moment: QDateTime) -> datetime:
    """A local date-time from an editor as stored: naive UTC, whole seconds."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC).replace(tzinfo=None)


def from_utc(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.replace(tzinfo=UTC).timestamp()))


class ResultEdit(QTextEdit):
    """The result box: Enter submits, Shift+Enter breaks the line (as in a chat)."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("result_edit")
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class LogInteractionDialog(QDialog):
    logged = Signal(int)        # the interaction's id, after it was saved (new or edited)
    deleted = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, deal_id: int | None = None,
                 kind: str = "call", interaction_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("log_interaction_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.client_id, self.deal_id, self.interaction_id = client_id, deal_id, interaction_id
        self.row: InteractionRow | None = None
        self.saved: InteractionRow | None = None
        self._saving = False
        self.setMinimumWidth(480)

        self.kind_combo = QComboBox(self, objectName="kind_combo")
        for value, label in (("call", self.tr("Call")), ("meeting", self.tr("Meeting")),
                             ("email", self.tr("E-mail")), ("note", self.tr("Note"))):
            self.kind_combo.addItem(label, value)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.direction_combo = QComboBox(self, objectName="direction_combo")
        self.direction_combo.addItem(self.tr("Outgoing"), "out")
        self.direction_combo.addItem(self.tr("Incoming"), "in")
        self.direction_combo.addItem("—", "")
        self.occurred_edit = QDateTimeEdit(QDateTime.currentDateTime(), self, objectName="occurred_edit")
        self.occurred_edit.setCalendarPopup(True)
        self.occurred_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        setup_date_edit(self.occurred_edit)
        self.contact_combo = QComboBox(self, objectName="contact_combo")
        self.contact_combo.addItem("—", None)
        self.deal_combo = QComboBox(self, objectName="deal_combo")
        self.deal_combo.addItem("—", None)
        self.subject_edit = QLineEdit(self, objectName="subject_edit")
        self.subject_edit.setPlaceholderText(self.tr("Optional"))
        self.duration_spin = QSpinBox(self, objectName="duration_spin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.setSpecialValueText("—")
        self.result_edit = ResultEdit(self)
        self.result_edit.setPlaceholderText(self.tr("What happened? Enter saves, Shift+Enter starts a new line"))
        self.result_edit.setMinimumHeight(90)

        self.fields = {
            "kind": FieldWithError(self.kind_combo, self),
            "direction": FieldWithError(self.direction_combo, self),
            "occurred_at": FieldWithError(self.occurred_edit, self),
            "contact_person_id": FieldWithError(self.contact_combo, self),
            "deal_id": FieldWithError(self.deal_combo, self),
            "subject": FieldWithError(self.subject_edit, self),
            "duration_minutes": FieldWithError(self.duration_spin, self),
            "result": FieldWithError(self.result_edit, self),
        }
        self.form_layout = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (("kind", self.tr("Kind")), ("direction", self.tr("Direction")),
                           ("occurred_at", self.tr("When")), ("contact_person_id", self.tr("Contact person")),
                           ("deal_id", self.tr("Deal")), ("subject", self.tr("Subject")),
                           ("duration_minutes", self.tr("Duration")), ("result", self.tr("Result*"))):
            form.addRow(label, self.fields[key])
        self.client_label = QLabel(self, objectName="client_label")
        self.client_label.setWordWrap(True)
        self.general_error = ErrorLabel("interaction_error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.delete_button = QPushButton(self.tr("Delete"), self, objectName="delete_button")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setVisible(interaction_id is not None)
        self.delete_button.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.client_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self.result_edit.submitted.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.tasks.read(self._load, self._loaded, self._load_failed)

    # -- loading ----------------------------------------------------------------------------------
    def _load(self) -> tuple[InteractionChoices, InteractionRow | None]:
        row = self.ctx.timeline.load_interaction(self.interaction_id) if self.interaction_id is not None else None
        return self.ctx.timeline.interaction_choices(self.client_id), row

    def _loaded(self, loaded: tuple[InteractionChoices, InteractionRow | None]) -> None:
        choices, row = loaded
        self.client_label.setText(self.tr("Client: {name}").format(name=isolate(choices.client_name)))
        typed_contact, typed_deal = self.contact_combo.currentData(), self.deal_combo.currentData()
        for combo, items in ((self.contact_combo, choices.contacts), (self.deal_combo, choices.deals)):
            combo.clear()
            combo.addItem("—", None)
            for item in items:
                combo.addItem(item.name, item.id)
        self._select(self.contact_combo, typed_contact)
        self._select(self.deal_combo, typed_deal if typed_deal is not None else self.deal_id)
        if row is not None:
            self.row = row
            self._keep_links(row)
            self._show(row.form)
        self._update_title()

    def _keep_links(self, row: InteractionRow) -> None:
        """The saved contact person and deal stay choosable even when they are no longer the client's
        (a deal given to another client, say): shown by name, and kept on save unless changed."""
        for combo, ident, name in ((self.contact_combo, row.form.contact_person_id, row.contact_name),
                                   (self.deal_combo, row.form.deal_id, row.deal_title)):
            if ident is not None and combo.findData(ident) < 0:
                combo.addItem(name or self.tr("#{id}").format(id=ident), ident)

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        if isinstance(exc, NotFound):
            self.reject()

    def _update_title(self) -> None:
        label = self.kind_combo.currentText()
        self.setWindowTitle(self.tr("Log: {kind}").format(kind=label) if self.row is None
                            else self.tr("{kind} (logged by {who})").format(kind=label,
                                                                           who=isolate(self.row.user_name or "?")))

    def _kind_changed(self) -> None:
        kind = self.kind_combo.currentData()
        self.form_layout.setRowVisible(self.fields["direction"], kind in WITH_DIRECTION)
        self.form_layout.setRowVisible(self.fields["duration_minutes"], kind in WITH_DURATION)
        self._update_title()

    @staticmethod
    def _select(combo: QComboBox, ident) -> None:
        index = combo.findData(ident)
        combo.setCurrentIndex(max(0, index))

    def _show(self, form: InteractionForm) -> None:
        self._select(self.kind_combo, form.kind)
        self._select(self.direction_combo, form.direction)
        if form.occurred_at is not None:
            self.occurred_edit.setDateTime(from_utc(form.occurred_at))
        self._select(self.contact_combo, form.contact_person_id)
        self._select(self.deal_combo, form.deal_id)
        self.subject_edit.setText(form.subject)
        self.duration_spin.setValue(form.duration_minutes or 0)
        self.result_edit.setPlainText(form.result)

    def showEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().showEvent(event)
        self.result_edit.setFocus()

    # -- saving -----------------------------------------------------------------------------------
    def form(self) -> InteractionForm:
        kind = self.kind_combo.currentData()
        return InteractionForm(
            client_id=self.client_id, kind=kind,
            direction=self.direction_combo.currentData() if kind in WITH_DIRECTION else "",
            occurred_at=to_utc(self.occurred_edit.dateTime()),
            contact_person_id=self.contact_combo.currentData(),
            deal_id=self.deal_combo.currentData() if self.deal_combo.count() > 1 else self.deal_id,
            task_id=self.row.form.task_id if self.row else None,
            subject=self.subject_edit.text(), result=self.result_edit.toPlainText(),
            duration_minutes=(self.duration_spin.value() or None) if kind in WITH_DURATION else None)

    def save(self) -> None:
        if self._saving:
            return
        self.show_errors({})
        form = self.form()
        self._saving = True
        self.save_button.setEnabled(False)
        if self.row is None:
            self.tasks.write(lambda: self.ctx.timeline.log_interaction(form=form), self._saved, self._failed,
                             entity="interaction", ids=lambda row: [row.id])
            return
        ident, version = self.row.id, self.row.version
        self.tasks.write(lambda: self.ctx.timeline.update_interaction(ident, form=form, expected_version=version),
                         self._saved, self._failed, entity="interaction", ids=lambda row: [row.id])

    def _saved(self, row: InteractionRow) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self.saved = row
        self.logged.emit(row.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            return
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit) and isinstance(exc.current, InteractionRow):
            self._take_their_changes(exc.current)

    def _take_their_changes(self, theirs: InteractionRow) -> None:
        """Fields the user changed keep their value, the others show the other person's; the next save
        goes against the current version."""
        base = self.row.form if self.row is not None else InteractionForm()
        mine = self.form()
        merged = InteractionForm(**{name: getattr(mine, name) if getattr(mine, name) != getattr(base, name)
                                    else getattr(theirs.form, name) for name in FORM_FIELDS})
        self.row = theirs
        self._keep_links(theirs)
        self._show(merged)
        self.general_error.show_message(self.tr(
            "Their changes are filled in where you had not changed a field. Check, then save again."))

    def delete(self) -> None:
        row = self.row
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete"), self.tr("Delete this logged interaction?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.tasks.write(lambda: self.ctx.timeline.delete_interaction(row.id, expected_version=row.version),
                         lambda _none: self._deleted(row.id), self._failed, entity="interaction",
                         ids=lambda _none: [row.id])

    def _deleted(self, ident: int) -> None:
        self.deleted.emit(ident)
        self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        rest = [f"{field_label(k)}: {error_text(m)}" for k, m in errors.items() if k not in self.fields]
        self.general_error.show_message("\n".join(rest))
        bad = [k for k in self.fields if k in errors]
        if bad:
            self.fields[bad[0]].editor.setFocus()


__all__ = ["LogInteractionDialog", "ResultEdit", "from_utc", "to_utc"]
