"""The client card: one client's requisites, channels, contact persons, addresses and bank accounts.

Values are read from the widgets on the GUI thread into a plain `ClientForm`; the service call runs
on the TaskRunner's writer. Errors come back as data: a ValidationError is shown next to each field
(the typed text stays as it was), a DuplicateFound opens the duplicate dialog, a ConcurrentEdit the
compare dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.clients import ClientKind, ClientStatus
from app.services.clients.forms import (
    AddressData,
    BankAccountData,
    ChannelData,
    ClientCard,
    ClientForm,
    NamedItem,
)
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, DuplicateFound, NotFound, ValidationError
from app.ui.clients.conflict_dialog import ConflictDialog, keep_edits, kind_labels, role_labels
from app.ui.clients.duplicate_dialog import DuplicateDialog
from app.ui.clients.persons_editor import ContactPersonsEditor, with_current_positions
from app.ui.clients.positions_dialog import PositionsDialog
from app.ui.clients.subtables import (
    EditableTable,
    address_columns,
    bank_account_columns,
    channel_columns,
)
from app.ui.documents.format import DOCUMENT_LANGUAGE_NAMES
from app.ui.errors import message_for, show_error
from app.ui.live import ChangedBar, RecordFollower
from app.ui.record_history import show_history
from app.ui.rights import make_read_only, read_only_note, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.timeline.view import TimelineView
from app.ui.widgets import (
    INVALID_STYLE,
    ErrorLabel,
    FieldWithError,
    TagsCompleter,
    plain_text_edit,
    split_tags,
)

# Table field paths of a ValidationError ("channels.1.value") and the tab that shows them.
TABLE_PREFIXES = ("channels", "contacts", "addresses", "bank_accounts")


NARROW_CARD = 900  # px: below this the form's two columns are stacked


class ClientCardWidget(QWidget):
    saved = Signal(object)              # ClientCard, after every successful save
    title_changed = Signal(str)
    open_client_requested = Signal(int)
    close_requested = Signal()
    record_activated = Signal(str, int)  # record kind ("deal", "task", "service_request", …) and id, from the timeline

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, client_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.client_id = client_id
        self.card: ClientCard | None = None
        self.timeline: TimelineView | None = None     # made once the client is saved
        self.panels: list[QWidget] = []               # other areas' tabs, added with the timeline
        self._panels_added = False
        self.documents_panel: QWidget | None = None   # the Documents tab, added with the timeline
        self.users: list = []
        self._baseline = ClientForm()
        self._loading = False
        self._saving = False
        self._close_after_save = False
        self._title = ""
        self.gone = False       # merged into another client or deleted while open: nothing left to save
        self.setObjectName("client_card")
        self.setStyleSheet(INVALID_STYLE)
        self.principal = rights_of(ctx)
        self.may_edit = self.principal.allows(Area.CLIENTS, Action.EDIT if client_id is not None else Action.CREATE)
        self._build()
        self._connect()
        if not self.may_edit:
            make_read_only([self.form_host, self.channels_table, self.persons, self.addresses_table, self.bank_table],
                           hide=[self.save_button, self.archive_button], note=self.read_only_label)
        self.load()

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.header_label = QLabel(self, objectName="header_label")
        self.status_label = QLabel(self, objectName="status_label")
        self.header_label.setWordWrap(True)
        self.archive_button = QPushButton(self, objectName="archive_button")
        self.retry_button = QPushButton(self.tr("Retry"), self, objectName="retry_button")
        self.retry_button.hide()
        self.save_button = QPushButton(self.tr("Save"), self, objectName="save_button")
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.history_button = QPushButton(self.tr("History"), self, objectName="history_button")
        self.history_button.setToolTip(self.tr("Who changed this client, when, and what"))
        self.history_button.hide()   # until the client is saved
        self.read_only_label = read_only_note(self)
        top = QHBoxLayout()
        top.addWidget(self.status_label)
        top.addWidget(self.header_label, 1)
        top.addWidget(self.read_only_label)
        top.addWidget(self.retry_button)
        top.addWidget(self.history_button)
        top.addWidget(self.archive_button)
        top.addWidget(self.save_button)
        self.general_error = ErrorLabel("general_error", self)

        self.kind_combo = QComboBox(objectName="kind_combo")
        for value, label in kind_labels().items():
            self.kind_combo.addItem(label, str(value))
        self.display_name_edit = QLineEdit(objectName="display_name_edit")
        self.legal_name_edit = QLineEdit(objectName="legal_name_edit")
        self.tax_id_edit = QLineEdit(objectName="tax_id_edit")
        self.registration_edit = QLineEdit(objectName="registration_ids_edit")
        self.registration_edit.setPlaceholderText(self.tr("e.g. OGRN, KPP, trade register number"))
        self.source_combo = QComboBox(objectName="source_combo")
        self.source_combo.setEditable(True)
        self.source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.source_combo.addItems([self.tr("Website"), self.tr("Referral"), self.tr("Cold call"),
                                    self.tr("Exhibition"), self.tr("Advertising"), self.tr("Social networks"),
                                    self.tr("Marketplace"), self.tr("Returning client")])
        self.manager_combo = QComboBox(objectName="manager_combo")
        self.role_checks: dict[str, QCheckBox] = {}
        roles_box = QWidget(objectName="roles_box")
        roles_row = QHBoxLayout(roles_box)
        roles_row.setContentsMargins(0, 0, 0, 0)
        for role, label in role_labels().items():
            check = QCheckBox(label, objectName=f"{role}_check")
            self.role_checks[str(role)] = check
            roles_row.addWidget(check)
        roles_row.addStretch(1)
        self.tags_edit = QLineEdit(objectName="tags_edit")
        self.tags_edit.setPlaceholderText(self.tr("comma separated"))
        self.tags_completer = TagsCompleter(self.tags_edit)
        self.language_combo = QComboBox(objectName="language_combo")
        self.language_combo.setToolTip(self.tr("The language quotes, invoices and other documents for this client "
                                               "print in"))
        self.language_combo.addItem(self.tr("Company default"), "")
        for code, name in DOCUMENT_LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)  # each language in its own words, as language menus do
        self.notes_edit = plain_text_edit("notes_edit")
        self.notes_edit.setMaximumHeight(self.fontMetrics().height() * 5)

        self.fields: dict[str, FieldWithError] = {}

        def field(path: str, editor: QWidget) -> FieldWithError:
            self.fields[path] = FieldWithError(editor)
            return self.fields[path]

        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            # Set explicitly: a nested layout would inherit the 24 px gap between the two columns.
            form.setVerticalSpacing(8)
            form.setHorizontalSpacing(12)
        left.addRow(self.tr("Kind"), field("kind", self.kind_combo))
        left.addRow(self.tr("Name*"), field("display_name", self.display_name_edit))
        left.addRow(self.tr("Legal name"), field("legal_name", self.legal_name_edit))
        left.addRow(self.tr("Tax ID"), field("tax_id", self.tax_id_edit))
        left.addRow(self.tr("Registration numbers"), field("registration_ids", self.registration_edit))
        left.addRow(self.tr("Documents language"), field("language", self.language_combo))
        right.addRow(self.tr("Roles"), field("roles", roles_box))
        right.addRow(self.tr("Responsible manager"), field("manager_id", self.manager_combo))
        right.addRow(self.tr("Source"), field("source", self.source_combo))
        right.addRow(self.tr("Tags"), field("tags", self.tags_edit))
        right.addRow(self.tr("Notes"), field("notes", self.notes_edit))
        self.form_host = form_host = QWidget(self, objectName="card_form")
        # Never taller than needed: the spare height belongs to the tables below.
        form_host.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._columns = columns = QHBoxLayout(form_host)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        for form in (left, right):
            # The shorter column keeps its natural row spacing instead of spreading out.
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)

        self.channels_table = EditableTable("channels", channel_columns(), ChannelData, edit_field="value",
                                            margin=6)
        self.persons = ContactPersonsEditor()
        self.addresses_table = EditableTable("addresses", address_columns(), AddressData, edit_field="city",
                                             margin=6)
        self.bank_table = EditableTable("bank_accounts", bank_account_columns(), BankAccountData,
                                        edit_field="bank_name", margin=6)
        self.tabs = QTabWidget(self, objectName="card_tabs")
        self.tabs.addTab(self.channels_table, self.tr("Contacts && channels"))
        self.tabs.addTab(self.persons, self.tr("Contact persons"))
        self.tabs.addTab(self.addresses_table, self.tr("Addresses"))
        self.tabs.addTab(self.bank_table, self.tr("Bank accounts"))
        # The requisites' tabs come first (their error marks go by position); the history follows them.
        self.timeline_tab = QStackedWidget(self, objectName="timeline_tab")
        self.timeline_empty = QLabel(self.tr("Save the client to start its timeline."), self.timeline_tab,
                                     objectName="timeline_unsaved_label")
        self.timeline_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timeline_empty.setEnabled(False)
        self.timeline_tab.addWidget(self.timeline_empty)
        self.tabs.addTab(self.timeline_tab, self.tr("Timeline"))
        self.tabs.setTabToolTip(self.tabs.indexOf(self.timeline_tab),
                                self.tr("Calls, meetings, notes, tasks, deals and requests (Ctrl+L logs a call)"))
        self._tab_titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]

        self.changed_bar = ChangedBar(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.general_error)
        layout.addWidget(form_host)
        layout.addWidget(self.tabs, 1)

    def _connect(self) -> None:
        self.save_button.clicked.connect(self.save)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.history_button.clicked.connect(self.show_history)
        self.retry_button.clicked.connect(self.load)
        # Saved elsewhere (another screen, another user): reload when clean, else the bar above the form.
        self.follower = RecordFollower(self.ctx, self.tasks, self.changed_bar, entity="client", table="client",
                                       shown=self._shown_version, is_dirty=self.is_dirty,
                                       reload=self._reload_from_server, discard=lambda: self._reload_from_server(True),
                                       on_gone=self._client_gone, parent=self)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        log_call = QShortcut(QKeySequence("Ctrl+L"), self, self.log_call)
        log_call.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for edit in (self.display_name_edit, self.legal_name_edit, self.tax_id_edit, self.registration_edit,
                     self.tags_edit):
            edit.textChanged.connect(self._edited)
        self.display_name_edit.returnPressed.connect(self.save)
        self.kind_combo.currentIndexChanged.connect(self._edited)
        self.manager_combo.currentIndexChanged.connect(self._edited)
        self.language_combo.currentIndexChanged.connect(self._edited)
        self.source_combo.currentTextChanged.connect(self._edited)
        self.notes_edit.textChanged.connect(self._edited)
        for check in self.role_checks.values():
            check.toggled.connect(self._edited)
        for table in (self.channels_table, self.addresses_table, self.bank_table, self.persons):
            table.edited.connect(self._edited)
        self.persons.edit_positions_requested.connect(self.edit_positions)

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        ctx, client_id = self.ctx, self.client_id

        def fetch() -> tuple:
            card = ctx.clients.load_client(client_id) if client_id is not None else None
            return card, ctx.users.list_users(), ctx.clients.list_positions(), ctx.clients.list_tags()
        self.retry_button.hide()
        self._set_editable(False)
        self._baseline = self.collect_form()    # nothing typed yet: closing need not ask
        self.tasks.read(fetch, self._loaded, self._load_failed)

    def _set_editable(self, editable: bool) -> None:
        for part in (self.form_host, self.tabs, self.save_button, self.archive_button):
            part.setEnabled(editable)

    def _loaded(self, result: tuple) -> None:
        card, users, positions, tags = result
        self.users = list(users)
        self.persons.set_positions(positions)
        self.tags_completer.set_words(t.name for t in tags)
        self._set_editable(True)
        if card is None:
            self._fill_managers(None, "")
            self.fill_form(ClientForm())
            self._baseline = self.collect_form()
            self._show_header()
            self._update_title()
        else:
            self.show_card(card)
        self.display_name_edit.setFocus()

    def _load_failed(self, exc: BaseException) -> None:
        if self.client_id is None:      # a new card: only the pick lists are missing
            self._set_editable(True)
            show_error(self, exc)
            return
        # Without the client there is nothing to edit: saving would create a new one instead.
        message = message_for(exc)
        self.status_label.setText(self.tr("Not loaded"))
        self.header_label.setText("· " + (message or self.tr("The client could not be loaded.")))
        self.archive_button.hide()
        self.retry_button.show()
        self._update_title()
        if not message:
            show_error(self, exc)       # unexpected: the details and the log line

    def show_card(self, card: ClientCard) -> None:
        """Show `card` as saved: the form, the header, no errors, not dirty."""
        self.card, self.client_id = card, card.id
        self.changed_bar.hide()
        self._ensure_timeline(card.id)
        self._fill_managers(card.form.manager_id, card.manager_name)
        self.fill_form(card.form)
        self._baseline = self.collect_form()
        self.clear_errors()
        self._show_header()
        self._update_title()

    def _fill_managers(self, current_id: int | None, current_name: str) -> None:
        self._loading = True
        self.manager_combo.clear()
        self.manager_combo.addItem("—", None)
        for user in self.users:
            self.manager_combo.addItem(user.full_name, user.id)
        if current_id is not None and self.manager_combo.findData(current_id) < 0:
            # A manager who left keeps showing on old cards.
            self.manager_combo.addItem(current_name or f"#{current_id}", current_id)
        self._loading = False

    def fill_form(self, form: ClientForm) -> None:
        """Put `form`'s values into the widgets (keeps the saved baseline, so this can make it dirty)."""
        self._loading = True
        try:
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(str(form.kind))))
            self.display_name_edit.setText(form.display_name)
            self.legal_name_edit.setText(form.legal_name)
            self.tax_id_edit.setText(form.tax_id)
            self.registration_edit.setText(form.registration_ids)
            self.source_combo.setCurrentIndex(-1)
            self.source_combo.setEditText(form.source)
            self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(form.manager_id)))
            for role, check in self.role_checks.items():
                check.setChecked(role in form.roles)
            self.tags_edit.setText(", ".join(form.tags))
            self.notes_edit.setPlainText(form.notes)
            self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(form.language)))
            self.channels_table.set_rows(form.channels)
            person_row = self.persons.list.currentIndex().row()
            self.persons.set_persons(form.contacts)
            if 0 <= person_row < len(form.contacts):
                self.persons.select(person_row)
            self.addresses_table.set_rows(form.addresses)
            self.bank_table.set_rows(form.bank_accounts)
        finally:
            self._loading = False
        self._update_title()

    def collect_form(self) -> ClientForm:
        """The widgets' values, exactly as typed (the service cleans them)."""
        return ClientForm(
            kind=self.kind_combo.currentData() or ClientKind.COMPANY,
            display_name=self.display_name_edit.text(),
            legal_name=self.legal_name_edit.text(),
            tax_id=self.tax_id_edit.text(),
            registration_ids=self.registration_edit.text(),
            source=self.source_combo.currentText(),
            manager_id=self.manager_combo.currentData(),
            roles=frozenset(role for role, check in self.role_checks.items() if check.isChecked()),
            tags=split_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText(),
            language=self.language_combo.currentData() or "",
            channels=self.channels_table.rows(),
            contacts=self.persons.persons(),
            addresses=self.addresses_table.rows(),
            bank_accounts=self.bank_table.rows(),
        )

    # -- header, title, dirty -----------------------------------------------------------------
    def _show_header(self) -> None:
        card = self.card
        if card is None:
            self.status_label.setText(self.tr("New client"))
            self.header_label.setText(self.tr("— not saved yet"))
            self.archive_button.hide()
            self.history_button.hide()
            return
        self.history_button.show()
        archived = card.status == ClientStatus.ARCHIVED
        self.status_label.setText(f"<b>{card.code}</b> · " + (self.tr("Archived") if archived else self.tr("Active")))
        who = card.updated_by or card.created_by
        self.header_label.setText("· " + self.tr("changed by {who} at {when}").format(
            who=isolate(who) or self.tr("unknown"), when=isolate(format_time(card.updated_at)))
            if card.updated_at else "")
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Bring the client back to everyday lists") if archived
                                       else self.tr("Hide the client from everyday lists; history is kept"))
        self.archive_button.show()

    def is_dirty(self) -> bool:
        return self.collect_form() != self._baseline

    def title(self) -> str:
        return self._title

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._update_title()

    def _update_title(self) -> None:
        name = self.display_name_edit.text().strip()
        title = self.tr("Client: {name}").format(name=name) if self.card and name else self.tr("New client")
        if self.card is None and name:
            title = self.tr("New client: {name}").format(name=name)
        elif self.card is None and self.client_id is not None:
            title = self.tr("Client #{id}").format(id=self.client_id)     # not loaded (yet)
        if self.is_dirty():
            title += " *"
        if title != self._title:
            self._title = title
            self.setWindowTitle(title)
            self.title_changed.emit(title)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self.gone or not self.may_edit:   # Ctrl+S and Enter on a read-only card
            return
        self._save_form(self.collect_form())

    def _save_form(self, form: ClientForm, *, allow_duplicates: bool = False) -> None:
        ctx, card = self.ctx, self.card
        if card is None and self.client_id is not None:
            return      # the client never loaded (Ctrl+S, Enter): never save it as a new one
        if card is None:
            def run() -> ClientCard:
                return ctx.clients.create_client(form, allow_duplicates=allow_duplicates)
        else:
            client_id, version = card.id, card.version

            def run() -> ClientCard:
                return ctx.clients.update_client(client_id, form, expected_version=version,
                                                 allow_duplicates=allow_duplicates)
        self._set_saving(True)
        self.tasks.write(run, lambda saved: self._saved(saved, form), lambda exc: self._save_failed(form, exc),
                         entity="client", ids=lambda saved: [saved.id])

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)

    def _saved(self, card: ClientCard, sent: ClientForm) -> None:
        self._set_saving(False)
        edited = self.collect_form()
        focus = QApplication.focusWidget()
        cursor = _cursor_position(focus)
        self.show_card(card)
        if edited != sent:
            # Typed while the save ran: keep it on top of the saved card, which stays dirty.
            self.fill_form(keep_edits(card.form, sent, edited))
            _set_cursor_position(focus, cursor)     # so the next key lands where the last one did
        self.saved.emit(card)
        if self._close_after_save:
            self._close_after_save = False
            if not self.is_dirty():
                self.close_requested.emit()

    def _save_failed(self, form: ClientForm, exc: BaseException) -> None:
        self._set_saving(False)
        close_after, self._close_after_save = self._close_after_save, False
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, DuplicateFound):
            self._ask_duplicate(form, exc, close_after)
        elif isinstance(exc, ConcurrentEdit) and exc.current is not None:
            self._resolve_conflict(self.collect_form(), exc, close_after)   # with what was typed meanwhile
        else:
            show_error(self, exc)
            if isinstance(exc, NotFound) and self.card is not None:
                self._client_gone()

    def _ask_duplicate(self, form: ClientForm, exc: DuplicateFound, close_after: bool) -> None:
        dialog = DuplicateDialog(exc.matches, self)
        dialog.exec()
        if dialog.outcome == DuplicateDialog.OPEN and (client_id := dialog.selected_client_id()) is not None:
            self.open_client_requested.emit(client_id)
        elif dialog.outcome == DuplicateDialog.SAVE:
            self._close_after_save = close_after
            self._save_form(form, allow_duplicates=True)

    def _resolve_conflict(self, mine: ClientForm, exc: ConcurrentEdit, close_after: bool) -> None:
        names = {u.id: u.full_name for u in self.users}
        dialog = ConflictDialog(mine, exc, base=self._baseline, manager_names=names, parent=self)
        dialog.exec()
        if dialog.outcome == ConflictDialog.RELOAD:
            self.show_card(exc.current)
        elif dialog.outcome == ConflictDialog.SAVE:
            merged = dialog.merged_form()
            self.show_card(exc.current)     # their version and row ids become the base of the save
            self.fill_form(merged)
            self._close_after_save = close_after
            self._save_form(merged)

    # -- errors next to the fields ------------------------------------------------------------
    def clear_errors(self) -> None:
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field or table; cells of tables highlighted; input untouched."""
        tables: dict[str, dict[str, str]] = {p: {} for p in TABLE_PREFIXES}
        general = []
        for path, message in errors.items():
            prefix, _, rest = path.partition(".")
            if prefix in tables and rest:
                tables[prefix][rest] = message
            elif path not in self.fields:
                general.append(f"{path}: {message}")
        for path, field in self.fields.items():
            field.set_error(errors.get(path, ""))
        self.channels_table.set_errors(tables["channels"])
        self.persons.set_errors(tables["contacts"])
        self.addresses_table.set_errors(tables["addresses"])
        self.bank_table.set_errors(tables["bank_accounts"])
        self.general_error.show_message("\n".join(general))
        for i, prefix in enumerate(TABLE_PREFIXES):
            mark = " ⚠" if tables[prefix] else ""
            self.tabs.setTabText(i, self._tab_titles[i] + mark)
        bad_fields = [p for p in self.fields if p in errors]
        if bad_fields:
            self.fields[bad_fields[0]].editor.setFocus()
        elif bad_tabs := [i for i, p in enumerate(TABLE_PREFIXES) if tables[p]]:
            self.tabs.setCurrentIndex(bad_tabs[0])

    # -- archive / restore, positions ---------------------------------------------------------
    def show_history(self) -> None:
        """The client's History: every change, who made it and when."""
        show_history(self.ctx, self.tasks, "client", self.client_id, self._title.rstrip(" *"), self)

    def toggle_archived(self) -> None:
        card = self.card
        if card is None or not self.may_edit:
            return
        service = self.ctx.clients.restore_client if card.archived else self.ctx.clients.archive_client
        self.archive_button.setEnabled(False)
        self.tasks.write(lambda: service(card.id, expected_version=card.version), self._status_changed,
                         self._status_failed, entity="client", ids=lambda c: [c.id])

    def _status_changed(self, card: ClientCard) -> None:
        self.archive_button.setEnabled(True)
        if self.is_dirty():
            # Keep the user's unsaved edits; only the version, status and header move on.
            edited = self.collect_form()
            self.show_card(card)
            self.fill_form(edited)
        else:
            self.show_card(card)
        self.saved.emit(card)

    def _status_failed(self, exc: BaseException) -> None:
        self.archive_button.setEnabled(True)
        show_error(self, exc)
        if isinstance(exc, ConcurrentEdit) and exc.current is not None and not self.is_dirty():
            self.show_card(exc.current)

    def edit_positions(self) -> None:
        dialog = PositionsDialog(self.ctx, self.tasks, self)
        dialog.exec()
        if dialog.changed:
            self.tasks.read(self.ctx.clients.list_positions, self._positions_loaded,
                            lambda exc: show_error(self, exc))

    # -- the timeline and the panels other areas add -----------------------------------------
    def _ensure_timeline(self, client_id: int) -> None:
        if self.timeline is not None and self.timeline.client_id == client_id:
            return
        if not self.principal.allows(Area.TASKS, Action.VIEW):   # the timeline is read as the Tasks area
            self.timeline_empty.setText(self.tr("Your role does not show the timeline."))
            self._add_area_panels(client_id)
            return
        if self.timeline is not None:
            self.timeline_tab.removeWidget(self.timeline)
            self.timeline.deleteLater()
        # The view follows the TaskRunner's `changed` itself: a logged call, a task, a deal move or a
        # merge into this client refreshes it (at once when shown, else when the tab is opened).
        self.timeline = TimelineView(self.ctx, self.tasks, client_id=client_id, parent=self.timeline_tab)
        self.timeline.record_activated.connect(self.record_activated)
        self.timeline_tab.addWidget(self.timeline)
        self.timeline_tab.setCurrentWidget(self.timeline)
        self._add_area_panels(client_id)

    def _add_area_panels(self, client_id: int) -> None:
        """The client's service requests and marketing panels, once the client exists."""
        if self._panels_added:
            return
        self._panels_added = True
        from app.ui.catalog.client_pricing import ClientPricingPanel
        from app.ui.documents.client_panel import ClientDocumentsPanel
        from app.ui.marketing.client_panel import ClientMarketingPanel
        from app.ui.service_desk.workspace import ClientRequestsPanel

        # What the client owes and their documents come right after the history.
        # Only the areas the user may see get their tab.
        name = self.card.form.display_name if self.card is not None else ""
        may_view = self.principal.allows
        if may_view(Area.DOCUMENTS, Action.VIEW):
            self.documents_panel = ClientDocumentsPanel(self.ctx, self.tasks, client_id=client_id, client_name=name,
                                                        parent=self)
            self.add_panel_tab(self.documents_panel, self.tr("Documents"))
        for area, make, title in (
                (Area.SERVICE_DESK, ClientRequestsPanel, self.tr("Service requests")),
                (Area.PRODUCTS, ClientPricingPanel, self.tr("Prices")),
                (Area.MARKETING, ClientMarketingPanel, self.tr("Marketing"))):
            if may_view(area, Action.VIEW):
                panel = make(self.ctx, self.tasks, client_id=client_id, parent=self)
                self.panels.append(panel)
                self.add_panel_tab(panel, title)

    def show_timeline(self) -> None:
        self.tabs.setCurrentWidget(self.timeline_tab)

    def log_call(self) -> None:
        """Ctrl+L: the Timeline tab and the log dialog for a call (a new client only shows why it cannot)."""
        self.show_timeline()
        if self.timeline is not None:
            self.timeline.log("call")

    def add_panel_tab(self, widget: QWidget, title: str) -> int:
        """Add another area's panel (service requests, marketing…) as a tab after the timeline."""
        index = self.tabs.addTab(widget, title)
        self._tab_titles.append(title)
        return index

    # -- changes made elsewhere ---------------------------------------------------------------
    def _shown_version(self) -> tuple[int, int] | None:
        card = self.card
        return None if card is None or self._saving or self.gone else (card.id, card.version)

    def _reload_from_server(self, discard_edits: bool = False) -> None:
        client_id = self.card.id if self.card is not None else None
        if client_id is not None:
            self.tasks.read(lambda: self.ctx.clients.load_client(client_id),
                            lambda card: self._reloaded(card, discard_edits), self._reload_failed)

    def _reloaded(self, card: ClientCard, discard_edits: bool = False) -> None:
        if self.card is not None and card.version != self.card.version and (discard_edits or not self.is_dirty()):
            self.show_card(card)

    def _reload_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            self._client_gone()
        else:
            show_error(self, exc)

    def _client_gone(self) -> None:
        """Merged into another card or deleted: say so in the header (no dialog), make the card read-only
        and stop following changes, so later saves elsewhere do not reload it again and again."""
        if self.gone:
            return
        self.gone = True
        self.follower.stop()
        self.status_label.setText(self.tr("Deleted"))
        self.header_label.setText(self.tr("· this client no longer exists (it was merged or deleted)"))
        for part in (self.form_host, self.save_button):
            part.setEnabled(False)
        self.archive_button.hide()
        if self.timeline is not None:
            self.timeline.client_gone()

    def _positions_loaded(self, positions: Sequence[NamedItem]) -> None:
        self.persons.set_positions(positions)
        # A rename in the directory is already saved: the baseline follows it, so the card stays clean.
        names = {p.id: p.name for p in positions}
        self._baseline = replace(self._baseline, contacts=with_current_positions(self._baseline.contacts, names))
        self._update_title()

    # -- closing ------------------------------------------------------------------------------
    def request_close(self) -> None:
        """Emit close_requested, after asking what to do with unsaved changes."""
        if self.gone or not self.is_dirty():      # a client that is gone has nothing left to save
            self.close_requested.emit()
            return
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"),
            self.tr("“{name}” has unsaved changes. Save them before closing?").format(
                name=self.display_name_edit.text().strip() or self.tr("New client")),
            buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            self._close_after_save = True
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self.close_requested.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 — Qt override
        super().resizeEvent(event)
        # A narrow card (small screen, wide navigation) stacks its two columns instead of squeezing.
        wanted = QBoxLayout.Direction.TopToBottom if self.width() < NARROW_CARD else QBoxLayout.Direction.LeftToRight
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 — Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.request_close()
            event.accept()
            return
        super().keyPressEvent(event)


def _cursor_position(widget: QWidget | None) -> int | None:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QTextEdit):
        return widget.textCursor().position()
    return None


def _set_cursor_position(widget: QWidget | None, position: int | None) -> None:
    if position is None:
        return
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(position)
    elif isinstance(widget, QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


__all__ = ["ClientCardWidget"]
