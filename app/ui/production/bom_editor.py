"""One version of a bill of materials as the user edits it: its header (name, how many one batch makes,
notes) and its lines. Saves with Ctrl+S; a rejected field keeps what was typed, with the message beside it;
someone else's save in between is said, and Reload shows theirs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.production import BomCard, BomForm
from app.ui.documents.format import parse_number, plain
from app.ui.errors import field_label, show_error, show_save_failure
from app.ui.errors import tr as error_tr
from app.ui.production.bom_lines import (
    KEY_OF,
    BomLinesModel,
    Component,
    ComponentDelegate,
    EditBomLine,
    edit_line_of,
)
from app.ui.service_desk.product_link import ProductPicker
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

HEADER_KEYS = ("name", "quantity", "notes")
LINE_FIELDS = {
    "component_id": QT_TRANSLATE_NOOP("BomEditor", "Component"),
    "quantity": QT_TRANSLATE_NOOP("BomEditor", "Quantity"),
    "scrap_percent": QT_TRANSLATE_NOOP("BomEditor", "Scrap %"),
    "notes": QT_TRANSLATE_NOOP("BomEditor", "Notes"),
}


@dataclass(frozen=True, slots=True)
class BillProduct:
    """The product a bill makes, as the editor shows it."""

    id: int
    sku: str
    name: str
    unit: str


def read_component(ctx: ServiceContext, product_id: int) -> Component:
    """A product as a bill's line shows it: SKU, name, unit, kind, and whether it has an active bill."""
    card = ctx.catalog.load_product(product_id)
    has_bom = any(r.active for r in ctx.production.list_versions(product_id))
    return Component(product_id, card.form.sku, card.form.name, card.unit_name, card.form.kind, has_bom)


class BomEditor(QWidget):
    saved = Signal(object)                 # the BomCard just saved
    where_used_requested = Signal(object)  # a Component: show what uses it

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent, objectName="bom_editor")
        self.ctx, self.tasks = ctx, tasks
        self.card: BomCard | None = None
        self.product: BillProduct | None = None
        self.dirty = False
        self.setStyleSheet(INVALID_STYLE)
        self.title_label = QLabel(self, objectName="bill_title")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.state_label = QLabel(self, objectName="bill_state")
        self.state_label.setStyleSheet("color: #555555;")

        self.name_edit = QLineEdit(self, objectName="name_edit")
        self.name_edit.setPlaceholderText(self.tr("e.g. standard, with oak legs"))
        self.batch_edit = QLineEdit(self, objectName="batch_edit")
        self.batch_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.batch_edit.setMaximumWidth(110)
        self.batch_edit.setToolTip(self.tr("How many units of the product one batch of these lines makes"))
        self.batch_unit_label = QLabel(self, objectName="batch_unit")
        self.notes_edit = QLineEdit(self, objectName="notes_edit")
        self.fields = {"name": FieldWithError(self.name_edit, self), "quantity": FieldWithError(self.batch_edit, self),
                       "notes": FieldWithError(self.notes_edit, self)}
        for edit in (self.name_edit, self.batch_edit, self.notes_edit):
            edit.textEdited.connect(self._edited)

        self.component_combo = ProductPicker(ctx, tasks, self)
        self.component_combo.setObjectName("component_combo")
        self.component_combo.lineEdit().setPlaceholderText(
            self.tr("Add a component, material or service: type its SKU or name"))
        self.component_combo.product_chosen.connect(self.add_component)

        self.lines_model = BomLinesModel(self)
        self.lines_model.edited.connect(self._edited)
        self.lines_view = QTableView(self, objectName="bom_lines_view")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setItemDelegate(ComponentDelegate(ctx, tasks, self._component_picked, self.lines_view))
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        triggers = QAbstractItemView.EditTrigger
        self.lines_view.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed
                                        | triggers.AnyKeyPressed)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.lines_view.fontMetrics().height() + 12)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key, width in (("component", 260), ("kind", 130), ("quantity", 90), ("unit", 60),
                           ("scrap_percent", 70)):
            self.lines_view.setColumnWidth(self.lines_model.column_of(key), width)
        header.setSectionResizeMode(self.lines_model.column_of("notes"), QHeaderView.ResizeMode.Stretch)
        self.lines_view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.remove_button = self._button(self.tr("Remove line"), "remove_line_button", self.remove_line)
        self.remove_button.setShortcut(QKeySequence("Ctrl+Delete"))
        self.up_button = self._button(self.tr("Move up"), "line_up_button", lambda: self.move_line(-1))
        self.up_button.setShortcut(QKeySequence("Ctrl+Up"))
        self.down_button = self._button(self.tr("Move down"), "line_down_button", lambda: self.move_line(+1))
        self.down_button.setShortcut(QKeySequence("Ctrl+Down"))
        self.line_used_button = self._button(self.tr("Where used…"), "line_where_used_button", self._line_where_used)
        self.line_used_button.setToolTip(self.tr("Which bills use the component of the chosen line"))
        self.reload_button = self._button(self.tr("Reload"), "reload_button", self.reload)
        self.reload_button.setToolTip(self.tr("Show the bill as it is saved now (your unsaved edits are dropped)"))
        self.reload_button.hide()
        self.save_button = self._button(self.tr("Save"), "save_button", self.save)
        self.save_button.setToolTip(self.tr("Save the bill (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.lines_error = ErrorLabel("lines_error", self)
        self.general_error = ErrorLabel("general_error", self)
        self.saved_label = QLabel(self, objectName="saved_label")
        self.saved_label.setStyleSheet("color: #2e7d32;")
        self._layout()
        self.clear()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        top.addWidget(self.state_label)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        line_height = self.name_edit.sizeHint().height()

        def label(text: str, buddy: QWidget) -> QLabel:
            # As tall as the editor beside it, so the words sit on its line even when an error shows under it.
            widget = QLabel(text, self)
            widget.setMinimumHeight(line_height)
            widget.setBuddy(buddy)
            return widget
        grid.addWidget(label(self.tr("&Name"), self.name_edit), 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.fields["name"], 0, 1)
        grid.addWidget(label(self.tr("&Makes"), self.batch_edit), 0, 2, Qt.AlignmentFlag.AlignTop)
        batch = QHBoxLayout()
        batch.addWidget(self.fields["quantity"])
        self.batch_unit_label.setMinimumHeight(line_height)
        batch.addWidget(self.batch_unit_label, 0, Qt.AlignmentFlag.AlignTop)
        batch.addStretch(1)
        grid.addLayout(batch, 0, 3)
        grid.addWidget(label(self.tr("No&tes"), self.notes_edit), 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.fields["notes"], 1, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        layout.addLayout(grid)
        layout.addWidget(self.component_combo)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.lines_error)
        buttons = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button, self.line_used_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.saved_label)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addWidget(self.general_error)

    # -- showing -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Nothing open (no product chosen)."""
        self.card, self.product = None, None
        self._fill(name="", batch="1", notes="", lines=[])
        self.title_label.setText("")
        self.state_label.setText("")
        self.setEnabled(False)

    def start_new(self, product: BillProduct, *, has_bills: bool = False) -> None:
        """An unsaved bill for `product`: one batch makes one unit, no lines yet. For a product that has bills
        it becomes a new version, not active until activated."""
        self.card, self.product = None, product
        self._fill(name="", batch="1", notes="", lines=[])
        self.title_label.setText(self.tr("New bill for {name}").format(name=isolate(product.name)))
        self.state_label.setText(self.tr("not saved yet: a new version, not active until you activate it")
                                 if has_bills else self.tr("not saved yet: add its lines and press Save"))
        self.setEnabled(True)
        self.component_combo.setFocus()

    def show_card(self, card: BomCard) -> None:
        """Fill every field from a saved version (after load, save, reload)."""
        same = self.card is not None and self.card.id == card.id
        self.card = card
        self.product = BillProduct(card.product_id, card.sku, card.product_name, card.unit)
        self._fill(name=card.name, batch=plain(card.quantity), notes=card.notes,
                   lines=[edit_line_of(row) for row in card.lines], keep_saved=same)
        self.title_label.setText(self.tr("Version {no}").format(no=card.version_no)
                                 + (f" · {isolate(card.name)}" if card.name else ""))
        self.state_label.setText(self.tr("active: production orders use it") if card.active
                                 else self.tr("not active"))
        self.setEnabled(True)

    def _fill(self, *, name: str, batch: str, notes: str, lines: list[EditBomLine], keep_saved: bool = False) -> None:
        self.name_edit.setText(name)
        self.batch_edit.setText(batch)
        self.notes_edit.setText(notes)
        self.batch_unit_label.setText(self.tr("{unit} per batch").format(unit=self.product.unit)
                                      if self.product is not None else "")
        self.lines_model.set_lines(lines)
        self.component_combo.set_product(None)
        self.reload_button.hide()
        if not keep_saved:
            self.saved_label.setText("")
        self.show_errors({})
        self.dirty = False
        self._update_buttons()

    def _edited(self, *_args) -> None:
        self.dirty = True
        self.saved_label.setText("")

    def _update_buttons(self) -> None:
        row = self.lines_view.currentIndex().row()
        has = 0 <= row < self.lines_model.rowCount()
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < self.lines_model.rowCount() - 1)
        self.line_used_button.setEnabled(has and self.lines_model.lines[row].component is not None)

    # -- lines ---------------------------------------------------------------------------------
    def add_component(self, product_id: int) -> None:
        """The product picked above the grid becomes a new line (or the focus goes to its line)."""
        self.component_combo.product_completer.popup().hide()
        self.component_combo.set_product(None)
        existing = self.lines_model.row_of(product_id)
        if existing >= 0:
            self._focus_cell(existing, "quantity", edit=False)
            self.lines_error.show_message(self.tr("It is already on line {n}: change its quantity there.").format(
                n=existing + 1))
            return
        self.tasks.read(lambda: read_component(self.ctx, product_id), self._add_line,
                        lambda exc: show_error(self, exc))

    def _add_line(self, component: Component) -> None:
        if self.lines_model.row_of(component.id) >= 0:
            return
        self.lines_error.show_message("")
        row = self.lines_model.add_line(EditBomLine(component))
        self._focus_cell(row, "quantity", edit=True)

    def _component_picked(self, row: int, product_id: int) -> None:
        """A line's component changed in its cell: read its unit and kind."""
        self.tasks.read(lambda: read_component(self.ctx, product_id), self.lines_model.update_components,
                        lambda exc: show_error(self, exc))

    def _focus_cell(self, row: int, key: str, *, edit: bool) -> None:
        index = self.lines_model.index(row, self.lines_model.column_of(key))
        self.lines_view.setCurrentIndex(index)
        self.lines_view.scrollTo(index)
        self.lines_view.setFocus()
        if edit:
            self.lines_view.edit(index)

    def remove_line(self) -> None:
        row = self.lines_view.currentIndex().row()
        if 0 <= row < self.lines_model.rowCount():
            self.lines_model.remove_line(row)
            self.show_errors({})
            if self.lines_model.rowCount():
                self._focus_cell(min(row, self.lines_model.rowCount() - 1), "component", edit=False)
            self._update_buttons()

    def move_line(self, delta: int) -> None:
        current = self.lines_view.currentIndex()
        if not current.isValid():
            return
        row = self.lines_model.move_line(current.row(), delta)
        self.show_errors({})
        self.lines_view.setCurrentIndex(self.lines_model.index(row, current.column()))
        self._update_buttons()

    def _line_where_used(self) -> None:
        row = self.lines_view.currentIndex().row()
        if 0 <= row < self.lines_model.rowCount() and self.lines_model.lines[row].component is not None:
            self.where_used_requested.emit(self.lines_model.lines[row].component)

    def commit_open_editor(self) -> None:
        """A cell still being typed in (Ctrl+S without Enter) counts: its text goes into the line now."""
        if self.lines_view.state() != QAbstractItemView.State.EditingState:
            return
        for editor in self.lines_view.viewport().children():
            if isinstance(editor, QWidget) and editor.isVisible():
                self.lines_view.commitData(editor)
                self.lines_view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- saving --------------------------------------------------------------------------------
    def form(self) -> BomForm:
        """What the user typed as a BomForm; raises ValidationError for numbers that do not parse."""
        self.commit_open_editor()
        errors: dict[str, str] = {}
        try:
            lines = self.lines_model.line_forms()
        except ValidationError as exc:
            errors.update(exc.errors)
            lines = []
        batch = ""
        try:
            value = parse_number(self.batch_edit.text())
            if value is None:
                errors["quantity"] = self.tr("is required")
            else:
                batch = f"{value:f}"
        except ArithmeticError:
            errors["quantity"] = self.tr("is not a number")
        if errors:
            raise ValidationError(errors)
        return BomForm(self.product.id if self.product is not None else None, quantity=batch,
                       name=self.name_edit.text(), notes=self.notes_edit.text(), lines=lines)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key in HEADER_KEYS:
            self.fields[key].set_error(errors.get(key, ""))
        cells: dict[tuple[int, str], str] = {}
        line_texts, rest = [], []
        lines = self.lines_model.lines
        for key, message in errors.items():
            parts = key.split(".")
            if len(parts) == 3 and parts[0] == "lines" and parts[1].isdigit():
                row, name = int(parts[1]), parts[2]
                cells[(row, KEY_OF.get(name, name))] = error_text(message)
                comp = lines[row].component if row < len(lines) else None
                what = comp.sku if comp is not None else ""
                line_texts.append(self.tr("Line {n} ({what}) · {field}: {message}").format(
                    n=row + 1, what=isolate(what), field=self.tr(LINE_FIELDS.get(name, name)), message=error_tr(message)))
            elif key == "lines":
                line_texts.append(error_text(message))
            elif key not in HEADER_KEYS:
                rest.append(f"{field_label(key)}: {error_text(message)}" if key != "product_id"
                            else error_text(message))
        self.lines_model.set_errors(cells)
        self.lines_error.show_message("\n".join(line_texts))
        self.general_error.show_message("\n".join(rest))

    def save(self) -> None:
        """Create the bill (a new version of the product's bill) or save the open version."""
        if self.product is None:
            return
        self.commit_open_editor()   # before the messages are cleared, which repaints the cells
        self.show_errors({})
        self.saved_label.setText("")
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        production, card = self.ctx.production, self.card
        if card is None:
            def run():
                return production.create_bom(form)
        else:
            def run():
                return production.update_bom(card.id, form, expected_version=card.version)
        self.tasks.write(run, self._saved, self._failed, entity="bom", ids=lambda c: (c.id,), name="save bill")

    def _saved(self, card: BomCard) -> None:
        self.show_card(card)
        self.saved_label.setText(self.tr("Saved"))
        self.saved.emit(card)

    def _failed(self, exc: BaseException) -> None:
        show_save_failure(self, exc, what="bill of materials")

    def reload(self) -> None:
        """The open version as it is saved now (unsaved edits are dropped)."""
        if self.card is None:
            return
        bom_id = self.card.id
        self.tasks.read(lambda: self.ctx.production.load_bom(bom_id), self.show_card,
                        lambda exc: show_error(self, exc))


__all__ = ["BillProduct", "BomEditor", "read_component"]
