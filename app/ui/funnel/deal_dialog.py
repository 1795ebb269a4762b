"""The deal card as a dialog (new or existing deal) and the small "why was it lost?" question."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.clients.forms import NamedItem
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import DealCard, DealForm, DealLineData, PipelineRow
from app.services.funnel.deals import line_amount
from app.ui.calendars import setup_date_edit
from app.ui.client_picker import ClientPicker
from app.ui.errors import field_label, show_error
from app.ui.funnel.history import DealHistoryView
from app.ui.live import Baseline, ChangedBar, RecordFollower
from app.ui.record_history import show_history
from app.ui.rights import apply_rights, guard_card, read_only_note, rights_of
from app.ui.tasks import TaskRunner
from app.ui.text import isolate, parse_decimal
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text, plain_text_edit

DEAL_FIELDS = tuple(f.name for f in fields(DealForm))
# A decimal with up to two places, in Latin, Persian or Arabic-Indic digits; '.', ',' or the Arabic '٫' as
# the point (what people type; `parse_decimal` reads them all). Qt's \d matches only Latin digits.
DIGIT = "[0-9\u06f0-\u06f9\u0660-\u0669]"
POINT = "[.,\u066b]"
DECIMAL_PATTERN = QRegularExpression(f"^{DIGIT}{{0,16}}({POINT}{DIGIT}{{0,2}})?$")
# At most three whole digits; the range (0-100 %) is the service's rule and message.
PERCENT_PATTERN = QRegularExpression(f"^({DIGIT}{{1,3}}({POINT}{DIGIT}{{0,2}})?)?$")


@dataclass
class EditedLine:
    """A product line as the grid holds it: what the user typed, kept as text until saved."""

    product_id: int
    sku: str
    name: str
    unit: str
    quantity: str
    unit_price: str
    discount_percent: str

    def numbers(self) -> tuple[Decimal, Decimal, Decimal] | None:
        try:
            values = tuple(parse_decimal(t) for t in (self.quantity, self.unit_price, self.discount_percent))
        except InvalidOperation:
            return None
        if any(x is None for x in values[:2]):
            return None
        return values[0], values[1], values[2] or Decimal("0")

    def amount(self) -> Decimal | None:
        numbers = self.numbers()
        return line_amount(*numbers) if numbers is not None else None


def _text(value: Decimal) -> str:
    """2.500 -> '2.5', 10.00 -> '10' (what a person would type)."""
    return f"{value.normalize():f}"


class DealLinesModel(QAbstractTableModel):
    """The deal's product lines: quantity, price and discount are edited in place; the amount follows."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DealLinesModel", "SKU"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Product"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Unit"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Quantity"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Price"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Discount, %"),
        QT_TRANSLATE_NOOP("DealLinesModel", "Amount"),
    )
    EDITABLE = {3: "quantity", 4: "unit_price", 5: "discount_percent"}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[EditedLine] = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in self.EDITABLE else base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column in self.EDITABLE:
                return getattr(line, self.EDITABLE[column])
            if column == 6:
                amount = line.amount()
                return f"{amount:.2f}" if amount is not None else "—"
            return (line.sku, isolate(line.name) if role == Qt.ItemDataRole.DisplayRole else line.name,
                    line.unit)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() not in self.EDITABLE:
            return False
        setattr(self.lines[index.row()], self.EDITABLE[index.column()], str(value).strip())
        self.dataChanged.emit(index, self.index(index.row(), 6))
        return True

    def set_lines(self, lines: list[EditedLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def append(self, line: EditedLine) -> None:
        self.beginInsertRows(QModelIndex(), len(self.lines), len(self.lines))
        self.lines.append(line)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()

    def total(self) -> Decimal | None:
        amounts = [line.amount() for line in self.lines]
        return None if any(a is None for a in amounts) else sum(amounts, Decimal("0"))  # type: ignore[arg-type]

    def form_lines(self) -> tuple[DealLineData, ...]:
        """The lines for the service; raises ValidationError naming the line field that is not a number."""
        errors: dict[str, str] = {}
        result = []
        for i, line in enumerate(self.lines):
            values = []
            for name in ("quantity", "unit_price", "discount_percent"):
                try:
                    number = parse_decimal(getattr(line, name))
                except InvalidOperation:
                    errors[f"lines.{i}.{name}"], number = self.tr("is not a number"), None
                if number is None and name != "discount_percent" and f"lines.{i}.{name}" not in errors:
                    errors[f"lines.{i}.{name}"] = self.tr("is required")
                values.append(number if number is not None else Decimal("0"))
            result.append(DealLineData(line.product_id, *values))
        if errors:
            raise ValidationError(errors)
        return tuple(result)


@dataclass(frozen=True)
class LostChoice:
    reason_id: int
    comment: str


class LostReasonDialog(QDialog):
    """Asks why a deal was lost: a reason from the list and an optional comment."""

    def __init__(self, reasons: list[NamedItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lost_reason_dialog")
        self.setWindowTitle(self.tr("Deal lost"))
        self.setMinimumWidth(380)
        self.reason_combo = QComboBox(self, objectName="lost_reason_combo")
        for reason in reasons:
            self.reason_combo.addItem(reason.name, reason.id)
        self.comment_edit = QLineEdit(self, objectName="lost_comment_edit")
        self.comment_edit.setPlaceholderText(self.tr("What happened (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Reason:"), self.reason_combo)
        form.addRow(self.tr("Comment:"), self.comment_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(reasons))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> LostChoice | None:
        ident = self.reason_combo.currentData()
        return None if ident is None else LostChoice(int(ident), self.comment_edit.text().strip())


def ask_lost_reason(parent: QWidget | None, reasons: list[NamedItem]) -> LostChoice | None:
    """Show the lost-reason dialog; None when the user cancelled."""
    dialog = LostReasonDialog(reasons, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DealDialog(QDialog):
    """Create or edit a deal. Errors stay next to their fields; what was typed is never lost."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, deal_id: int | None = None,
                 pipeline_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("deal_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.deal_id = ctx, tasks, deal_id
        self.card: DealCard | None = None
        self.saved: DealCard | None = None
        self.pipelines: list[PipelineRow] = []
        self._initial_pipeline = pipeline_id
        self.lost_reason_dialog_factory = ask_lost_reason
        self.setWindowTitle(self.tr("New deal") if deal_id is None else self.tr("Deal"))
        self.setMinimumWidth(460)

        self.title_edit = QLineEdit(self, objectName="title_edit")
        self.client_combo = ClientPicker(self.ctx, self.tasks, self)
        self.client_completer = self.client_combo.client_completer
        self._client_hits = self.client_combo.hits
        self.amount_edit = QLineEdit(self, objectName="amount_edit")
        self.amount_edit.setValidator(QRegularExpressionValidator(DECIMAL_PATTERN, self.amount_edit))
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.setPlaceholderText("0.00")
        self.currency_edit = QLineEdit("USD", self, objectName="currency_edit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setValidator(QRegularExpressionValidator(QRegularExpression("^[A-Za-z]{0,3}$"), self))
        self.currency_edit.setMaximumWidth(70)
        self.close_edit = QDateEdit(self, objectName="expected_close_edit")
        self.close_edit.setCalendarPopup(True)
        setup_date_edit(self.close_edit)
        self.close_edit.setDate(QDate.currentDate().addMonths(1))
        self.no_date_check = QCheckBox(self.tr("No date"), self, objectName="no_date_check")
        self.no_date_check.toggled.connect(lambda on: self.close_edit.setEnabled(not on))
        self.no_date_check.setChecked(True)
        self.manager_combo = QComboBox(self, objectName="manager_combo")
        self.source_edit = QLineEdit(self, objectName="source_edit")
        self.campaign_combo = QComboBox(self, objectName="campaign_combo")
        self.pipeline_combo = QComboBox(self, objectName="pipeline_combo")
        self.stage_combo = QComboBox(self, objectName="stage_combo")
        self.probability_edit = QLineEdit(self, objectName="probability_edit")
        self.probability_edit.setValidator(QRegularExpressionValidator(PERCENT_PATTERN, self.probability_edit))
        self.notes_edit = plain_text_edit("notes_edit")
        self.notes_edit.setMaximumHeight(90)

        self.fields = {
            "title": FieldWithError(self.title_edit, self),
            "client_id": FieldWithError(self.client_combo, self),
            "amount": FieldWithError(self._row(self.amount_edit, self.currency_edit), self),
            "expected_close": FieldWithError(self._row(self.close_edit, self.no_date_check), self),
            "manager_id": FieldWithError(self.manager_combo, self),
            "source": FieldWithError(self.source_edit, self),
            "source_campaign_id": FieldWithError(self.campaign_combo, self),
            "pipeline_id": FieldWithError(self.pipeline_combo, self),
            "stage_id": FieldWithError(self.stage_combo, self),
            "probability": FieldWithError(self.probability_edit, self),
            "notes": FieldWithError(self.notes_edit, self),
        }
        self.fields["currency"] = self.fields["amount"]
        form = QFormLayout()
        for key, label in (("title", self.tr("Title*")), ("client_id", self.tr("Client*")),
                           ("amount", self.tr("Amount")), ("expected_close", self.tr("Expected close")),
                           ("manager_id", self.tr("Manager")), ("source", self.tr("Source")),
                           ("source_campaign_id", self.tr("Campaign")),
                           ("pipeline_id", self.tr("Pipeline")), ("stage_id", self.tr("Stage")),
                           ("probability", self.tr("Probability, %")), ("notes", self.tr("Notes"))):
            form.addRow(label, self.fields[key])
        self.general_error = ErrorLabel("deal_error", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.log_button = QPushButton(self.tr("Log interaction…"), self, objectName="log_interaction_button")
        self.log_button.setToolTip(self.tr("Record a call, meeting, e-mail or note about this deal"))
        self.log_button.setAutoDefault(False)
        self.log_button.setEnabled(False)   # an unsaved deal has nothing to log against
        self.log_button.clicked.connect(self.log_interaction)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)
        # A quote or an order from the saved deal's product lines, opened in the document editor.
        self.document_dialog_factory = None     # tests replace it; else app.ui.documents.editor.DocumentDialog
        self.created_document = None
        self.document_buttons = {}
        for doc_type, text in (("quote", self.tr("Create quote")), ("order", self.tr("Create order"))):
            button = QPushButton(text, self, objectName=f"create_{doc_type}_button")
            button.setToolTip(self.tr("A draft from the saved deal's client and product lines"))
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, t=doc_type: self.create_document(t))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.document_buttons[doc_type] = button
        self.audit_button = QPushButton(self.tr("Change history…"), self, objectName="history_button")
        self.audit_button.setToolTip(self.tr("Every change to this deal: who, when and what"))
        self.audit_button.setAutoDefault(False)
        self.audit_button.setVisible(self.deal_id is not None)
        self.audit_button.clicked.connect(self.show_audit)
        buttons.addButton(self.audit_button, QDialogButtonBox.ButtonRole.HelpRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        general = QWidget(self)
        general.setLayout(form)
        products = self._products_tab()
        self.history_view = DealHistoryView(tasks, self)
        self.tabs = QTabWidget(self, objectName="deal_tabs")
        self.tabs.addTab(general, self.tr("Deal"))
        self.products_tab = self.tabs.addTab(products, self.tr("Products"))
        self.history_tab = self.tabs.addTab(self.history_view, self.tr("History"))
        self.tabs.setTabEnabled(self.history_tab, False)
        self.documents_model = None
        self.documents_page = QWidget(self)
        self.documents_tab = self.tabs.addTab(self.documents_page, self.tr("Documents"))
        self.tabs.setTabEnabled(self.documents_tab, False)
        self.read_only_label = read_only_note(self)
        layout = QVBoxLayout(self)
        # Saved by someone else while open: reloaded when untouched, else the bar offers Reload / Keep mine.
        self.changed_bar = ChangedBar(self)
        layout.addWidget(self.changed_bar)
        layout.addWidget(self.read_only_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.general_error)
        self._baseline = Baseline(self.form)
        self.follower = RecordFollower(ctx, tasks, self.changed_bar, entity="deal", table="deal",
                                       shown=self._shown_version, is_dirty=self._baseline.dirty,
                                       reload=self._reload_card, parent=self)
        layout.addWidget(buttons)
        self._follow_rights(general, products)

        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self._fill_stages())
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._show_default_probability())
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    def _products_tab(self) -> QWidget:
        page = QWidget(self)
        self.lines_model = DealLinesModel(self)
        self.lines_view = QTableView(page, objectName="lines_view")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.lines_view.verticalHeader().setVisible(False)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sku_edit = QLineEdit(page, objectName="line_sku_edit")
        self.sku_edit.setPlaceholderText(self.tr("SKU or barcode, then Enter"))
        self.sku_edit.installEventFilter(self)
        self.add_line_button = QPushButton(self.tr("Add line"), page, objectName="add_line_button")
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button = QPushButton(self.tr("Remove line"), page, objectName="remove_line_button")
        self.remove_line_button.setAutoDefault(False)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.lines_total = QLabel(page, objectName="lines_total_label")
        self.lines_error = ErrorLabel("lines_error", page)
        self.empty_lines = QLabel(self.tr("No products: the deal's amount is typed on the Deal tab. "
                                          "Type a SKU and press Enter to add a line priced for the client."),
                                  page, objectName="lines_empty_label")
        self.empty_lines.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.sku_edit, 1)
        top.addWidget(self.add_line_button)
        top.addWidget(self.remove_line_button)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.empty_lines)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.lines_total, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.lines_error)
        for signal in (self.lines_model.dataChanged, self.lines_model.rowsInserted, self.lines_model.rowsRemoved,
                       self.lines_model.modelReset):
            signal.connect(lambda *_: self._lines_changed())
        self._lines_changed()
        return page

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        # Enter in the SKU box adds a line; it must not also press the dialog's default button (Save).
        if watched is self.sku_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_line()
            return True
        return super().eventFilter(watched, event)

    def add_line(self) -> None:
        """Look the typed SKU (or barcode) up and add a line priced for the chosen client."""
        code = self.sku_edit.text().strip()
        if not code:
            self.lines_error.show_message(self.tr("Type a product's SKU or barcode first."))
            return
        client_id = self.client_id()

        def find():
            hit = self.ctx.stock.product_by_code(code)
            if hit is None:
                return None
            return hit, self.ctx.funnel.quote_deal_line(product_id=hit.product_id, client_id=client_id)

        self.tasks.read(find, lambda found: self._line_found(code, found), lambda exc: show_error(self, exc))

    def _line_found(self, code: str, found) -> None:
        if found is None:
            self.lines_error.show_message(self.tr("No product with the SKU or barcode “{0}”.").format(isolate(code)))
            return
        hit, quote = found
        self.lines_error.show_message("")
        self.lines_model.append(EditedLine(hit.product_id, hit.sku, hit.name, hit.unit, _text(quote.quantity),
                                           f"{quote.unit_price:.2f}", _text(quote.discount_percent)))
        self.sku_edit.clear()
        self.lines_view.selectRow(len(self.lines_model.lines) - 1)

    def remove_line(self) -> None:
        index = self.lines_view.currentIndex()
        row = index.row() if index.isValid() else len(self.lines_model.lines) - 1
        self.lines_model.remove(row)

    def _lines_changed(self) -> None:
        has_lines = bool(self.lines_model.lines)
        self.empty_lines.setVisible(not has_lines)
        self.remove_line_button.setEnabled(has_lines)
        self.amount_edit.setReadOnly(has_lines)
        self.amount_edit.setToolTip(self.tr("The sum of the product lines") if has_lines else "")
        total = self.lines_model.total()
        if has_lines:
            self.amount_edit.setText(f"{total:.2f}" if total is not None else "")
        self.lines_total.setText(self.tr("Total: {0}").format(f"{total:.2f}") if has_lines and total is not None
                                 else "")

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        return box

    # -- loading -------------------------------------------------------------------------------
    def _load(self):
        pipelines = self.ctx.funnel.list_pipelines()
        users = [(u.id, u.full_name) for u in self.ctx.users.list_users() if u.active]
        campaigns = self.ctx.funnel.campaign_choices()
        card = self.ctx.funnel.load_deal(self.deal_id) if self.deal_id is not None else None
        history = self.ctx.funnel.deal_history(self.deal_id) if self.deal_id is not None else []
        return pipelines, users, campaigns, card, history

    def _loaded(self, loaded) -> None:
        self.pipelines, users, campaigns, self.card, history = loaded
        self.manager_combo.addItem(self.tr("Nobody"), None)
        for ident, name in users:
            self.manager_combo.addItem(name, ident)
        self.campaign_combo.addItem(self.tr("None"), None)
        for ident, name in campaigns:
            self.campaign_combo.addItem(name, ident)
        if self.card is not None:
            self.history_view.show_history(history, datetime.now(UTC).replace(tzinfo=None), title=self.card.form.title)
            self.tabs.setTabEnabled(self.history_tab, True)
            self.log_button.setEnabled(True)
            for button in self.document_buttons.values():
                button.setEnabled(True)
            if rights_of(self.ctx).allows(Area.DOCUMENTS, Action.VIEW):   # else its tab stays greyed
                self._build_documents_tab(self.card.id)
        for p in self.pipelines:
            self.pipeline_combo.addItem(p.name, p.id)
        if self.card is None:
            self._select(self.pipeline_combo, self._initial_pipeline)
            self._select(self.manager_combo, self.ctx.user_id)
        else:
            self._show_card(self.card)
            self._baseline.mark()

    def _shown_version(self) -> tuple[int, int] | None:
        return (self.card.id, self.card.version) if self.card is not None and self.isVisible() else None

    def _reload_card(self) -> None:
        deal_id = self.card.id if self.card is not None else None
        if deal_id is not None:
            funnel = self.ctx.funnel
            self.tasks.read(lambda: (funnel.load_deal(deal_id), funnel.deal_history(deal_id)),
                            lambda loaded: self._card_reloaded(*loaded), lambda exc: show_error(self, exc))

    def _card_reloaded(self, card: DealCard, history) -> None:
        self.card = card
        self._show_card(card)
        self.history_view.show_history(history, datetime.now(UTC).replace(tzinfo=None))
        self._baseline.mark()

    def _show_card(self, card: DealCard) -> None:
        f = card.form
        self.setWindowTitle(self.tr("Deal: {0}").format(isolate(f.title)))
        self.title_edit.setText(f.title)
        self.client_combo.set_client(f.client_id, card.client_name)
        self.amount_edit.setText(f"{f.amount:.2f}")
        self.currency_edit.setText(f.currency)
        self.no_date_check.setChecked(f.expected_close is None)
        if f.expected_close is not None:
            self.close_edit.setDate(QDate(f.expected_close.year, f.expected_close.month, f.expected_close.day))
        self._select(self.manager_combo, f.manager_id)
        self.source_edit.setText(f.source)
        if f.source_campaign_id is not None and self.campaign_combo.findData(f.source_campaign_id) < 0:
            self.campaign_combo.addItem(card.campaign_name, f.source_campaign_id)
        self._select(self.campaign_combo, f.source_campaign_id)
        self._select(self.pipeline_combo, f.pipeline_id)
        self._select(self.stage_combo, f.stage_id)
        self.probability_edit.setText("" if f.probability is None else f"{f.probability.normalize():f}")
        self.notes_edit.setPlainText(f.notes)
        # SKU, name and unit by product: the saved lines, and the grid's own (after a conflict they mix).
        known = {line.product_id: (line.sku, line.name, line.unit) for line in self.lines_model.lines}
        known.update({line.product_id: (line.sku, line.name, line.unit) for line in card.lines})
        edited = []
        for data in f.lines:
            sku, name, unit = known.get(data.product_id, ("", "", ""))
            edited.append(EditedLine(data.product_id, sku, name, unit, _text(data.quantity), f"{data.unit_price:.2f}",
                                     _text(data.discount_percent)))
        self.lines_model.set_lines(edited)

    @staticmethod
    def _select(combo: QComboBox, ident) -> None:
        index = combo.findData(ident)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _fill_stages(self) -> None:
        chosen = self.stage_combo.currentData()
        self.stage_combo.clear()
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_combo.currentData()), None)
        for stage in pipeline.stages if pipeline else ():
            self.stage_combo.addItem(stage.name, stage.id)
        self._select(self.stage_combo, chosen)

    def _stage(self):
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_combo.currentData()), None)
        return next((s for s in pipeline.stages if s.id == self.stage_combo.currentData()), None) if pipeline else None

    def _show_default_probability(self) -> None:
        stage = self._stage()
        default = f"{stage.probability.normalize():f}" if stage else ""
        self.probability_edit.setPlaceholderText(self.tr("Stage default: {0} %").format(default) if stage else "")

    # -- the client picker ---------------------------------------------------------------------
    def search_clients(self) -> None:
        self.client_combo.search()

    def _client_picked(self, index: QModelIndex) -> None:
        self.client_combo.pick(index)

    def client_id(self) -> int | None:
        """The chosen client: the picked one, or a search hit whose name was typed in full."""
        return self.client_combo.client_id()

    # -- logging an interaction -----------------------------------------------------------------
    def log_interaction(self) -> None:
        """Open the timeline's "log interaction" dialog for this deal's client, as a call."""
        if self.card is None:
            return
        # Imported when used: the timeline area costs nothing until someone logs something.
        from app.ui.timeline.log_dialog import LogInteractionDialog

        LogInteractionDialog(self.ctx, self.tasks, client_id=self.card.form.client_id, deal_id=self.card.id,
                             kind="call", parent=self).exec()

    # -- saving --------------------------------------------------------------------------------
    def form(self) -> DealForm:
        """What the user typed, as a DealForm; raises ValidationError for unparseable numbers."""
        errors: dict[str, str] = {}
        try:
            amount = parse_decimal(self.amount_edit.text()) or Decimal("0")
        except InvalidOperation:
            errors["amount"], amount = self.tr("is not a number"), Decimal("0")
        try:
            probability = parse_decimal(self.probability_edit.text())
        except InvalidOperation:
            errors["probability"], probability = self.tr("is not a number"), None
        try:
            lines = self.lines_model.form_lines()
        except ValidationError as exc:
            errors.update(exc.errors)
            lines = ()
        if errors:
            raise ValidationError(errors)
        close = None if self.no_date_check.isChecked() else self.close_edit.date().toPython()
        return DealForm(
            title=self.title_edit.text(), client_id=self.client_id(),
            contact_person_id=self.card.form.contact_person_id if self.card else None,
            amount=amount, currency=self.currency_edit.text().strip().upper(), expected_close=close,
            manager_id=self.manager_combo.currentData(), source=self.source_edit.text(),
            pipeline_id=self.pipeline_combo.currentData(), stage_id=self.stage_combo.currentData(),
            probability=probability, notes=self.notes_edit.toPlainText(),
            source_campaign_id=self.campaign_combo.currentData(), lines=lines)

    def _follow_rights(self, general: QWidget, products: QWidget) -> None:
        """Without the right to change deals, a view; buttons of other areas follow those areas' rights."""
        principal = rights_of(self.ctx)
        apply_rights({Action.CREATE: list(self.document_buttons.values())}, principal, Area.DOCUMENTS)
        apply_rights({Action.CREATE: [self.log_button]}, principal, Area.TASKS)
        self.may_edit = guard_card(self.ctx, Area.DEALS, new=self.deal_id is None, fields=[general, products],
                                   hide=[self.save_button], note=self.read_only_label)

    def show_audit(self) -> None:
        if self.deal_id is not None:
            show_history(self.ctx, self.tasks, "deal", self.deal_id, self.title_edit.text(), self)

    def save(self) -> None:
        if not self.may_edit:
            return
        self.show_errors({})
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        if self.card is None:
            self.tasks.write(lambda: self.ctx.funnel.create_deal(form), self._saved, self._failed,
                             entity="deal", ids=lambda card: [card.id])
            return
        card = self.card
        stage = self._stage()
        if stage is not None and stage.kind == "lost" and stage.id != card.form.stage_id:
            self.tasks.read(self.ctx.funnel.list_lost_reasons, lambda reasons: self._save_lost(form, reasons),
                            self._failed)
            return
        self._update(form)

    def _save_lost(self, form: DealForm, reasons) -> None:
        choice = self.lost_reason_dialog_factory(self, reasons)
        if choice is not None:
            self._update(form, choice)

    def _update(self, form: DealForm, lost: LostChoice | None = None) -> None:
        assert self.card is not None
        deal_id, version = self.card.id, self.card.version
        self.tasks.write(lambda: self.ctx.funnel.update_deal(
            deal_id, form, expected_version=version, lost_reason_id=lost.reason_id if lost else None,
            lost_comment=lost.comment if lost else ""), self._saved, self._failed,
            entity="deal", ids=lambda card: [card.id])

    def create_document(self, doc_type: str) -> None:
        """A draft quote or order from the deal (as saved), opened at once in the document editor."""
        if self.card is None:
            return
        deal_id = self.card.id
        self.general_error.show_message("")
        self.tasks.write(lambda: self.ctx.documents.create_from_deal(deal_id, doc_type), self._document_created,
                         self._failed, entity="document", ids=lambda c: [c.id])

    def _build_documents_tab(self, deal_id: int) -> None:
        """The deal's whole chain of documents (quotes, orders, invoices, waybills…), double-click to open."""
        from app.ui.documents.list_model import DocumentQuery, DocumentsModel, documents_table

        # The deal has one client: the list leaves that column out so the amounts and states fit.
        self.documents_model = DocumentsModel(self.ctx, self.tasks, lambda: DocumentQuery(deal_id=deal_id),
                                              with_client=False, parent=self.documents_page)
        view = documents_table(self.documents_page, "deal_documents_view", self.documents_model, stretch=5)
        # The deal dialog is narrow: columns take what their text needs, the state takes the rest.
        header = view.horizontalHeader()
        for column in range(self.documents_model.columnCount() - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.doubleClicked.connect(lambda idx: self._open_document_row(idx.row()))
        note = QLabel(self.tr("Documents made from this deal and from each other; Create quote or Create order "
                              "starts the chain."), self.documents_page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self.documents_page)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        self.documents_view = view
        self.tabs.setTabEnabled(self.documents_tab, True)
        self.tasks.changed.connect(self._documents_changed)
        self.documents_model.refresh()

    def _documents_changed(self, entity: str, _ids: tuple) -> None:
        if entity in ("document", "payment") and self.documents_model is not None:
            self.documents_model.refresh()

    def _open_document_row(self, row: int) -> None:
        from app.ui.documents.editor import DocumentDialog

        doc_id = self.documents_model.id_at(row) if self.documents_model is not None else None
        if doc_id is None:
            return
        factory = self.document_dialog_factory or DocumentDialog
        dialog = factory(self.ctx, self.tasks, doc_id=doc_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _document_created(self, card) -> None:
        from app.ui.documents.editor import DocumentDialog

        self.created_document = card
        factory = self.document_dialog_factory or DocumentDialog
        dialog = factory(self.ctx, self.tasks, doc_id=card.id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _saved(self, card: DealCard) -> None:
        self.saved = card
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            # ConcurrentEdit and the rest: say it, keep every value the user typed.
            show_error(self, exc)
            if isinstance(exc, ConcurrentEdit) and isinstance(exc.current, DealCard):
                self._take_their_changes(exc.current)

    def _take_their_changes(self, theirs: DealCard) -> None:
        """After a conflict: every field the user changed keeps their value, every other field shows
        the other person's; the next Save goes against the current version (nothing is overwritten
        that the user did not change)."""
        base = self.card.form if self.card is not None else DealForm()
        mine = self.form()
        merged = DealForm(**{name: getattr(mine, name) if getattr(mine, name) != getattr(base, name)
                             else getattr(theirs.form, name) for name in DEAL_FIELDS})
        client_name = self.client_combo.currentText() if merged.client_id == mine.client_id \
            else theirs.client_name
        self.card = theirs
        self._show_card(replace(theirs, form=merged, client_name=client_name))
        self.general_error.show_message(self.tr(
            "Their changes are filled in where you had not changed a field. Check, then save again."))

    def show_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field (currency shares the amount's row); the rest under the form."""
        by_field: dict[int, list[str]] = {}
        for key, message in errors.items():
            if key in self.fields:
                by_field.setdefault(id(self.fields[key]), []).append(message)
        for field in dict.fromkeys(self.fields.values()):
            field.set_error("; ".join(by_field.get(id(field), [])))
        line_errors = [(k, m) for k, m in errors.items() if k.startswith("lines.")]
        self.lines_error.show_message("\n".join(self._line_message(k, m) for k, m in line_errors))
        if line_errors and len(line_errors) == len(errors):
            self.tabs.setCurrentIndex(self.products_tab)
        rest = [f"{field_label(k)}: {error_text(m)}" for k, m in errors.items()
                if k not in self.fields and not k.startswith("lines.")]
        if line_errors:
            rest.append(self.tr("Products: see the Products tab"))
        self.general_error.show_message("\n".join(rest))

    def _line_message(self, key: str, message: str) -> str:
        _, row, name = key.split(".", 2)
        label = {"product_id": self.tr("product"), "quantity": self.tr("quantity"), "unit_price": self.tr("price"),
                 "discount_percent": self.tr("discount")}.get(name, name)
        return self.tr("Line {0}, {1}: {2}").format(int(row) + 1, label, error_text(message))
