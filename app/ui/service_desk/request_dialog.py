"""The service request card: what, who, when, the references, and status buttons that follow TRANSITIONS."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QModelIndex
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Area
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.service_desk import KINDS, PRIORITIES, RESOLVED, RequestCard, RequestForm
from app.ui.calendars import setup_date_edit
from app.ui.client_picker import ClientPicker
from app.ui.errors import show_error
from app.ui.live import Baseline, ChangedBar, RecordFollower
from app.ui.rights import guard_card, read_only_note
from app.ui.service_desk.product_link import ProductPicker, open_product
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.widgets import ERROR_COLOR, INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit

FORM_FIELDS = tuple(f.name for f in fields(RequestForm))


def status_names(tr) -> dict[str, str]:
    return {"new": tr("New"), "in_progress": tr("In progress"), "waiting": tr("Waiting"),
            "resolved": tr("Resolved"), "closed": tr("Closed")}


def kind_names(tr) -> dict[str, str]:
    return {"complaint": tr("Complaint"), "question": tr("Question"), "repair": tr("Repair")}


def priority_names(tr) -> dict[str, str]:
    return {"low": tr("Low"), "normal": tr("Normal"), "high": tr("High"), "urgent": tr("Urgent")}


def to_local_qdatetime(moment: datetime) -> QDateTime:
    local = moment.replace(tzinfo=UTC).astimezone()
    return QDateTime(local.date(), local.time().replace(microsecond=0))


def to_utc(value: QDateTime) -> datetime:
    """A local date and time from an editor as naive UTC (what is stored)."""
    return value.toPython().astimezone().astimezone(UTC).replace(tzinfo=None)


class ServiceRequestDialog(QDialog):
    """Create or edit a service request; on an existing one, one button per allowed status move."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, request_id: int | None = None,
                 client_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("service_request_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(560)
        self.ctx, self.tasks, self.request_id = ctx, tasks, request_id
        self._initial_client = client_id
        self.card: RequestCard | None = None
        self.saved: RequestCard | None = None
        self.statuses = status_names(self.tr)
        self.setWindowTitle(self.tr("New service request") if request_id is None else self.tr("Service request"))

        self.number_label = QLabel(self, objectName="request_number_label")
        font = self.number_label.font()
        font.setBold(True)
        self.number_label.setFont(font)
        self.status_label = QLabel(self, objectName="request_status_label")
        self.kind_combo = QComboBox(self, objectName="kind_combo")
        for key in KINDS:
            self.kind_combo.addItem(kind_names(self.tr)[key], key)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData("question"))
        self.client_combo = ClientPicker(self.ctx, self.tasks, self)
        self.client_completer = self.client_combo.client_completer
        self._client_hits = self.client_combo.hits
        self.contact_combo = QComboBox(self, objectName="contact_combo")
        self.subject_edit = QLineEdit(self, objectName="subject_edit")
        self.description_edit = plain_text_edit("description_edit")
        self.description_edit.setMaximumHeight(90)
        self.priority_combo = QComboBox(self, objectName="priority_combo")
        for key in PRIORITIES:
            self.priority_combo.addItem(priority_names(self.tr)[key], key)
        self.priority_combo.setCurrentIndex(self.priority_combo.findData("normal"))
        self.responsible_combo = QComboBox(self, objectName="responsible_combo")
        self.due_edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(3), self, objectName="due_edit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        setup_date_edit(self.due_edit)
        self.no_due_check = QCheckBox(self.tr("No due time"), self, objectName="no_due_check")
        self.no_due_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        self.document_edit = QLineEdit(self, objectName="document_ref_edit")
        self.document_edit.setPlaceholderText(self.tr("e.g. Invoice 2025-117"))
        self.product_combo = ProductPicker(self.ctx, self.tasks, self)
        self.open_product_button = QPushButton(self.tr("Open product"), self, objectName="open_product_button")
        self.open_product_button.setAutoDefault(False)
        self.open_product_button.setEnabled(False)
        self.open_product_button.clicked.connect(self.open_product)
        self.product_combo.linked.connect(self.open_product_button.setEnabled)
        self.product_combo.editTextChanged.connect(
            lambda _t: self.open_product_button.setEnabled(self.product_combo.product_id() is not None))
        # Products are opened by this (tests replace it): (ctx, tasks, product id, parent).
        self.product_opener = open_product
        self.product_edit = QLineEdit(self, objectName="product_ref_edit")
        self.product_edit.setPlaceholderText(self.tr("Serial number, configuration… e.g. serial 88812"))
        self.resolution_edit = plain_text_edit("resolution_edit")
        self.resolution_edit.setMaximumHeight(70)
        self.resolution_edit.setPlaceholderText(self.tr("How it was resolved (needed to resolve)"))
        due_row = QWidget(self)
        row = QHBoxLayout(due_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.due_edit, 1)
        row.addWidget(self.no_due_check)
        product_row = QWidget(self)
        row = QHBoxLayout(product_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.product_combo, 1)
        row.addWidget(self.open_product_button)
        self.fields = {
            "kind": FieldWithError(self.kind_combo, self), "client_id": FieldWithError(self.client_combo, self),
            "contact_person_id": FieldWithError(self.contact_combo, self),
            "subject": FieldWithError(self.subject_edit, self),
            "description": FieldWithError(self.description_edit, self),
            "priority": FieldWithError(self.priority_combo, self),
            "responsible_id": FieldWithError(self.responsible_combo, self),
            "due_at": FieldWithError(due_row, self), "document_ref": FieldWithError(self.document_edit, self),
            "product_id": FieldWithError(product_row, self),
            "product_ref": FieldWithError(self.product_edit, self),
            "resolution": FieldWithError(self.resolution_edit, self),
        }
        form = QFormLayout()
        for key, label in (("kind", self.tr("Kind")), ("client_id", self.tr("Client*")),
                           ("contact_person_id", self.tr("Contact")), ("subject", self.tr("Subject*")),
                           ("description", self.tr("Description")), ("priority", self.tr("Priority")),
                           ("responsible_id", self.tr("Responsible")), ("due_at", self.tr("Due")),
                           ("document_ref", self.tr("Document")), ("product_id", self.tr("Product")),
                           ("product_ref", self.tr("Product details")),
                           ("resolution", self.tr("Resolution"))):
            form.addRow(label, self.fields[key])
        header = QHBoxLayout()
        header.addWidget(self.number_label)
        header.addStretch(1)
        header.addWidget(self.status_label)
        self.status_row = QHBoxLayout()
        self.status_row.addWidget(QLabel(self.tr("Move to:"), self))
        self.status_buttons: dict[str, QPushButton] = {}
        for key, text in (("in_progress", self.tr("Start work")), ("waiting", self.tr("Put on hold")),
                          ("resolved", self.tr("Resolve")), ("closed", self.tr("Close"))):
            button = QPushButton(text, self, objectName=f"status_{key}_button")
            button.clicked.connect(lambda _c=False, to=key: self.change_status(to))
            button.hide()
            self.status_buttons[key] = button
            self.status_row.addWidget(button)
        self.status_row.addStretch(1)
        self.general_error = ErrorLabel("request_error", self)
        self.info_label = QLabel(self, objectName="request_info_label")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.read_only_label = read_only_note(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_label)
        layout.addLayout(header)
        # Saved by someone else while open: reloaded when untouched, else the bar offers Reload / Keep mine.
        self.changed_bar = ChangedBar(self)
        layout.addWidget(self.changed_bar)
        self._baseline = Baseline(lambda: (self.form(), self.resolution_edit.toPlainText()))
        self.follower = RecordFollower(
            ctx, tasks, self.changed_bar, entity="service_request", table="service_request",
            shown=lambda: (self.card.id, self.card.version) if self.card is not None and self.isVisible() else None,
            is_dirty=self._baseline.dirty, reload=self._reload_card, parent=self)
        layout.addLayout(form)
        layout.addLayout(self.status_row)
        layout.addWidget(self.general_error)
        layout.addWidget(self.info_label)
        layout.addWidget(buttons)
        # Without the right to change requests, a view (a status move is a change too).
        self.may_edit = guard_card(ctx, Area.SERVICE_DESK, new=request_id is None, fields=list(self.fields.values()),
                                   hide=[self.save_button, *self.status_buttons.values()], note=self.read_only_label)

        self.client_combo.client_chosen.connect(lambda _id: self._client_chosen())
        self.client_combo.currentIndexChanged.connect(lambda _i: self._load_contacts())
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    # -- loading ---------------------------------------------------------------------------------
    def _load(self):
        users = [(u.id, u.full_name) for u in self.ctx.users.list_users() if u.active]
        card = self.ctx.service_desk.load_request(self.request_id) if self.request_id is not None else None
        client = None
        if card is None and self._initial_client is not None:
            row = self.ctx.clients.client_rows([self._initial_client])
            client = (row[0].id, row[0].display_name) if row else None
        return users, card, client

    def _loaded(self, loaded) -> None:
        users, card, client = loaded
        self.responsible_combo.addItem(self.tr("Nobody"), None)
        for ident, name in users:
            self.responsible_combo.addItem(name, ident)
        if card is not None:
            self.show_card(card)
            return
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(self.ctx.user_id)))
        if client is not None:
            self._set_client(*client)
        self._show_status()

    def show_card(self, card: RequestCard) -> None:
        self.card = card
        f = card.form
        self.setWindowTitle(self.tr("Service request {0}").format(card.number))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(f.kind)))
        self._set_client(f.client_id, card.client_name, contact_id=f.contact_person_id)
        self.subject_edit.setText(f.subject)
        self.description_edit.setPlainText(f.description)
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(f.priority)))
        self.responsible_combo.setCurrentIndex(max(0, self.responsible_combo.findData(f.responsible_id)))
        self.no_due_check.setChecked(f.due_at is None)
        if f.due_at is not None:
            self.due_edit.setDateTime(to_local_qdatetime(f.due_at))
        self.document_edit.setText(f.document_ref)
        self.product_combo.set_product(card.product)
        self.product_edit.setText(f.product_ref)
        self.resolution_edit.setPlainText(card.resolution)
        self._show_status()
        self._baseline.mark()

    def _reload_card(self) -> None:
        request_id = self.card.id if self.card is not None else None
        if request_id is not None:
            self.tasks.read(lambda: self.ctx.service_desk.load_request(request_id), self.show_card,
                            lambda exc: show_error(self, exc))

    def _show_status(self) -> None:
        card = self.card
        self.number_label.setText(card.number if card else self.tr("New request"))
        if card is None:
            self.status_label.setText(self.statuses["new"])
        else:
            text = self.statuses.get(card.status, card.status)
            if card.overdue:
                text = "⚠ " + self.tr("{0} · overdue since {1}").format(text, format_time(card.form.due_at))
            self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOR};" if card and card.overdue else "")
        allowed = set(card.next_statuses) if card else set()
        for key, button in self.status_buttons.items():
            button.setVisible(key in allowed)
        texts = {"new": self.tr("Start work"), "waiting": self.tr("Back to work"), "resolved": self.tr("Reopen")}
        self.status_buttons["in_progress"].setText(texts.get(card.status if card else "new", self.tr("Start work")))

    # -- the client picker --------------------------------------------------------------------------
    def _set_client(self, ident: int | None, name: str, *, contact_id: int | None = None) -> None:
        self._wanted_contact = contact_id
        self.client_combo.set_client(ident, name)
        self._load_contacts()

    def _client_chosen(self) -> None:
        self._wanted_contact = None
        self._load_contacts()

    def search_clients(self) -> None:
        self.client_combo.search()

    def _client_picked(self, index: QModelIndex) -> None:
        self.client_combo.pick(index)

    def client_id(self) -> int | None:
        return self.client_combo.client_id()

    def _load_contacts(self) -> None:
        client_id = self.client_combo.currentData()
        wanted = getattr(self, "_wanted_contact", None)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("—"), None)
        if client_id is None:
            return
        self.tasks.read(lambda: self.ctx.service_desk.contact_persons(client_id),
                        lambda people: self._show_contacts(client_id, people, wanted),
                        lambda exc: show_error(self, exc))

    def _show_contacts(self, client_id: int, people, wanted: int | None) -> None:
        if client_id != self.client_combo.currentData():
            return
        untouched = not self._baseline.dirty()
        for ident, name in people:
            self.contact_combo.addItem(name, ident)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(wanted)))
        if untouched:
            self._baseline.mark()       # the contacts arriving later is not an edit

    # -- saving -----------------------------------------------------------------------------------
    def form(self) -> RequestForm:
        due = None if self.no_due_check.isChecked() else to_utc(self.due_edit.dateTime())
        return RequestForm(kind=self.kind_combo.currentData(), client_id=self.client_id(),
                           contact_person_id=self.contact_combo.currentData(), subject=self.subject_edit.text(),
                           description=self.description_edit.toPlainText(),
                           priority=self.priority_combo.currentData(),
                           responsible_id=self.responsible_combo.currentData(), due_at=due,
                           document_ref=self.document_edit.text(), product_id=self.product_combo.product_id(),
                           product_ref=self.product_edit.text())

    def open_product(self) -> None:
        product_id = self.product_combo.product_id()
        if product_id is not None:
            self.product_opener(self.ctx, self.tasks, product_id, self)

    def save(self) -> None:
        if not self.may_edit:
            return
        self.show_errors({})
        if self.product_combo.unresolved():
            self.show_errors({"product_id": self.tr("pick a product from the list, or clear the field")})
            return
        form = self.form()
        if self.card is None:
            self.tasks.write(lambda: self.ctx.service_desk.create_request(form), self._saved, self._failed,
                             entity="service_request", ids=lambda c: [c.id])
            return
        rid, version = self.card.id, self.card.version
        self.tasks.write(lambda: self.ctx.service_desk.update_request(rid, form, expected_version=version),
                         self._saved, self._failed, entity="service_request", ids=lambda c: [c.id])

    def _saved(self, card: RequestCard) -> None:
        self.saved = card
        self.show_card(card)
        self.info_label.setText(self.tr("Saved as {0}.").format(isolate(card.number)))

    def change_status(self, to: str) -> None:
        """Move the (saved) request; resolving takes the resolution typed above."""
        if self.card is None:
            return
        self.show_errors({})
        rid, version = self.card.id, self.card.version
        resolution = self.resolution_edit.toPlainText() if to == RESOLVED else ""
        self.tasks.write(lambda: self.ctx.service_desk.change_status(rid, to, expected_version=version,
                                                                     resolution=resolution),
                         self._saved, self._failed, entity="service_request", ids=lambda c: [c.id])

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        if errors:
            self.info_label.clear()
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        rest = [f"{k}: {m}" for k, m in errors.items() if k not in self.fields]
        self.general_error.show_message("\n".join(rest))
