"""A production order as a dialog: what to make from which bill of materials, where and when; the copied
component lines with what is short now; the completions with their stock documents and cost. The actions
follow the order's state (Release, Start, Complete…, Close order…, Cancel order…)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.context import ServiceContext
from app.services.errors import ComponentShortage, InsufficientStock, ValidationError
from app.services.production import ProductionCard, ProductionOrderForm, ShortageRow
from app.services.service_desk import ProductChoice
from app.ui.calendars import setup_date_edit
from app.ui.documents.format import parse_number
from app.ui.errors import field_label, show_error, show_save_failure
from app.ui.lazy_model import RIGHT, Column
from app.ui.production.order_prompts import ask_quantity, ask_yes_no, shortage_box
from app.ui.production.orders_model import (
    SHORT_TEXT,
    TintedRowsModel,
    can_become,
    cost_text,
    empty_label,
    is_open,
    rows_table,
    status_title,
)
from app.ui.rights import allows, apply_rights, forbid, read_only_note, rights_of
from app.ui.service_desk.product_link import ProductPicker
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.warehouse.format import UnitDecimals, format_amount, format_quantity
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

ENTITY = "production"


def plain(value: Decimal, places: int | None) -> str:
    """A Decimal as an editor shows it ('12.5', no grouping: it is typed back in)."""
    return f"{value:.{places}f}" if places is not None else f"{value.normalize():f}"


class ProductionOrderDialog(QDialog):
    """Plan a new production order or work on an existing one (order_id)."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, order_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("production_order_dialog")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks, self.order_id = ctx, tasks, order_id
        self.card: ProductionCard | None = None
        self.units = UnitDecimals()
        self.shortages: list[ShortageRow] = []
        self._versions_of: int | None = None       # the product whose BOM versions fill the combo
        self._unit = ""
        # Tests may replace these: (parent, question) -> bool; (parent, number, remaining, unit) -> text | None.
        self.confirm: Callable[[QWidget, str], bool] = ask_yes_no
        self.ask_quantity: Callable[[QWidget, str, str, str], str | None] = ask_quantity
        self.resize(1060, 780)
        self.may_edit = allows(ctx, Area.PRODUCTION, Action.CREATE if order_id is None else Action.EDIT)
        self._build()
        self._show_state()
        self.tasks.read(self._load, self._loaded, lambda exc: show_error(self, exc))

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.status_label = QLabel(self, objectName="status_label")
        font = self.status_label.font()
        font.setBold(True)
        self.status_label.setFont(font)
        self.product_combo = ProductPicker(self.ctx, self.tasks, self)
        self.product_combo.product_chosen.connect(self._product_chosen)
        self.product_combo.linked.connect(lambda on: None if on else self._show_versions(None, [], ""))
        self.bom_combo = QComboBox(self, objectName="bom_combo")
        self.bom_combo.setPlaceholderText(self.tr("Choose the product first"))
        self.quantity_edit = QLineEdit(self, objectName="quantity_edit")
        self.unit_label = QLabel(self, objectName="unit_label")
        self.component_wh_combo = QComboBox(self, objectName="component_warehouse_combo")
        self.output_wh_combo = QComboBox(self, objectName="output_warehouse_combo")
        self.start_edit = QDateEdit(QDate.currentDate(), self, objectName="planned_start_edit")
        self.end_edit = QDateEdit(QDate.currentDate(), self, objectName="planned_end_edit")
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
        self.responsible_combo = QComboBox(self, objectName="responsible_combo")
        self.notes_edit = QLineEdit(self, objectName="notes_edit")
        self.sales_order_label = QLabel("—", self, objectName="sales_order_label")
        self.fields = {key: FieldWithError(editor, self) for key, editor in (
            ("product_id", self.product_combo), ("bom_id", self.bom_combo), ("quantity", self.quantity_edit),
            ("component_warehouse_id", self.component_wh_combo), ("output_warehouse_id", self.output_wh_combo),
            ("planned_start", self.start_edit), ("planned_end", self.end_edit),
            ("responsible_id", self.responsible_combo), ("notes", self.notes_edit))}
        left, right = QFormLayout(), QFormLayout()
        for form, rows in ((left, (("product_id", self.tr("Product*")), ("bom_id", self.tr("Bill of materials*")),
                                   ("quantity", self.tr("Quantity*")),
                                   ("component_warehouse_id", self.tr("Components from*")),
                                   ("output_warehouse_id", self.tr("Output into*")))),
                           (right, (("planned_start", self.tr("Planned start")), ("planned_end", self.tr("Planned end")),
                                    ("responsible_id", self.tr("Responsible")), ("notes", self.tr("Notes"))))):
            for key, label in rows:
                form.addRow(label, self._with_unit(self.fields[key]) if key == "quantity" else self.fields[key])
        right.addRow(self.tr("Sales order"), self.sales_order_label)
        header = QHBoxLayout()
        header.addLayout(left, 3)
        header.addSpacing(16)
        header.addLayout(right, 2)

        q = self.units.quantity
        self.lines_model = TintedRowsModel([
            Column(self.tr("SKU"), lambda r: r.sku, width=90),
            Column(self.tr("Component"), lambda r: r.name + (" " + self.tr("(service)") if r.is_service else ""),
                   width=260),
            Column(self.tr("Per unit"), lambda r: format_quantity(r.per_unit), align=RIGHT, width=80),
            Column(self.tr("Scrap %"), lambda r: format_quantity(r.scrap_percent) if r.scrap_percent else "",
                   align=RIGHT, width=65),
            Column(self.tr("Required"), lambda r: q(r.required, r.unit), align=RIGHT, width=90),
            Column(self.tr("Consumed"), lambda r: q(r.consumed, r.unit), align=RIGHT, width=90),
            Column(self.tr("Remaining"), lambda r: q(r.remaining, r.unit), align=RIGHT, width=90),
            Column(self.tr("Unit"), lambda r: r.unit, width=50),
            Column(self.tr("Short now"), self._short_text, align=RIGHT, width=90),
        ], tint=lambda r: SHORT_TEXT if self._short_of(r.component_id) is not None else None, parent=self)
        self.lines_view = rows_table(self, "lines_view", self.lines_model, stretch=1)
        self.lines_empty = empty_label(self, "lines_empty", self.tr(
            "The components are copied from the bill of materials when the order is saved."))
        self.shortage_caption = QLabel(self, objectName="shortage_caption")
        self.shortage_caption.setWordWrap(True)
        self.shortage_model = TintedRowsModel([
            Column(self.tr("Component"), lambda r: f"{r.sku} — {r.name}", width=260),
            Column(self.tr("Needed"), lambda r: q(r.needed, r.unit), align=RIGHT, width=90),
            Column(self.tr("Available"), lambda r: q(r.available, r.unit), align=RIGHT, width=90),
            Column(self.tr("Incoming"), lambda r: q(r.incoming, r.unit), align=RIGHT, width=90),
            Column(self.tr("Short"), lambda r: q(r.short, r.unit), align=RIGHT, width=90),
            Column(self.tr("Unit"), lambda r: r.unit, width=50),
        ], tint=lambda r: SHORT_TEXT, parent=self)
        self.shortage_view = rows_table(self, "shortage_view", self.shortage_model, stretch=0)
        self.completions_caption = QLabel(self.tr("Completions"), self, objectName="completions_caption")
        self.completions_caption.setFont(font)
        self.completions_model = TintedRowsModel([
            Column(self.tr("Quantity"), lambda r: q(r.quantity, self._unit), align=RIGHT, width=80),
            Column(self.tr("When"), lambda r: format_time(r.completed_at), width=125),
            Column(self.tr("Who"), lambda r: r.user_name, width=140),
            Column(self.tr("Consumption"), lambda r: r.consumption_number, width=105),
            Column(self.tr("Output"), lambda r: r.output_number, width=105),
            Column(self.tr("Components value"), lambda r: format_amount(r.components_value), align=RIGHT, width=125),
            Column(self.tr("Services value"), lambda r: format_amount(r.services_value), align=RIGHT, width=110),
            Column(self.tr("Unit cost"), lambda r: cost_text(r.unit_cost), align=RIGHT, width=90),
        ], tint=lambda r: None, parent=self)
        self.completions_view = rows_table(self, "completions_view", self.completions_model, stretch=2)
        self.total_label = QLabel(self, objectName="total_cost_label")
        self.total_label.setFont(font)
        self.general_error = ErrorLabel("order_error", self)

        self.save_button = self._button(self.tr("Save"), "save_button", self.save)
        self.save_button.setToolTip(self.tr("Save the order (Ctrl+S)"))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.release_button = self._button(self.tr("Release"), "release_button", self.release)
        self.release_button.setToolTip(self.tr("Hand the order to the floor; checks the components in stock"))
        self.start_button = self._button(self.tr("Start"), "start_button", self.start)
        self.start_button.setToolTip(self.tr("Work on the order has begun"))
        self.complete_button = self._button(self.tr("Complete…"), "complete_button", self.complete)
        self.complete_button.setToolTip(self.tr("Post what was made: all that is left or a part"))
        self.close_order_button = self._button(self.tr("Close order…"), "close_order_button", self.close_order)
        self.close_order_button.setToolTip(self.tr("Finish a partly made order without making the rest"))
        self.cancel_order_button = self._button(self.tr("Cancel order…"), "cancel_order_button", self.cancel_order)
        self.reload_button = self._button(self.tr("Reload"), "reload_button", self.reload)
        self.reload_button.setToolTip(self.tr("Show the order as it is saved now (your unsaved edits are dropped)"))
        self.reload_button.hide()
        self.close_button = self._button(self.tr("Close"), "close_button", self.reject)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.release_button, self.start_button, self.complete_button,
                       self.close_order_button, self.cancel_order_button, self.reload_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.read_only_label = read_only_note(self)
        self.read_only_label.setVisible(not self.may_edit)
        buttons.addWidget(self.read_only_label)
        buttons.addWidget(self.close_button)
        # Every move of an order saves it first: without the right to change orders, a view.
        if not self.may_edit:
            for button in (self.save_button, self.release_button, self.start_button, self.complete_button,
                           self.close_order_button, self.cancel_order_button):
                forbid(button)
        apply_rights({Action.POST: [self.complete_button, self.cancel_order_button]},
                     rights_of(self.ctx), Area.PRODUCTION)

        components = QLabel(self.tr("Components"), self)
        components.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(header)
        layout.addWidget(components)
        layout.addWidget(self.lines_view, 3)
        layout.addWidget(self.lines_empty, 3)
        layout.addWidget(self.shortage_caption)
        layout.addWidget(self.shortage_view, 1)
        layout.addWidget(self.completions_caption)
        layout.addWidget(self.completions_view, 2)
        layout.addWidget(self.total_label)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def _with_unit(self, field: FieldWithError) -> QWidget:
        """The quantity field with the product's unit after it (the error line stays under the field)."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field, 1)
        self.unit_label.setFixedHeight(self.quantity_edit.sizeHint().height())   # level with the edit, not its error
        row.addWidget(self.unit_label, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- loading -------------------------------------------------------------------------------
    def _load(self):
        p = self.ctx.production
        warehouses = [(w.id, w.name) for w in self.ctx.stock.list_warehouses()]
        users = [(u.id, u.full_name) for u in self.ctx.users.list_users()]
        units = self.ctx.stock.unit_decimals()
        card = p.load_order(self.order_id) if self.order_id is not None else None
        versions = p.list_versions(card.product_id) if card is not None else []
        short = p.shortages(card.id) if card is not None and is_open(card.status) else []
        return warehouses, users, units, card, versions, short

    def _loaded(self, loaded) -> None:
        warehouses, users, units, card, versions, short = loaded
        self.units.mapping = dict(units)
        for combo in (self.component_wh_combo, self.output_wh_combo):
            combo.clear()
            combo.addItem(self.tr("Choose…"), None)
            for ident, name in warehouses:
                combo.addItem(name, ident)
            combo.setCurrentIndex(1 if warehouses else 0)
        self.responsible_combo.clear()
        self.responsible_combo.addItem(self.tr("(nobody)"), None)
        for ident, name in users:
            self.responsible_combo.addItem(name, ident)
        if card is not None:
            self._show_versions(card.product_id, versions, card.unit)
            self.show_card(card, short)

    def show_card(self, card: ProductionCard, short: list[ShortageRow] | None = None) -> None:
        """Fill every field from a saved order (after load, save, an action, reload)."""
        self.card, self.order_id = card, card.id
        self.product_combo.set_product(ProductChoice(card.product_id, card.sku, card.product_name))
        if self._versions_of != card.product_id:
            self._product_chosen(card.product_id, select=card.bom_id)
        self._ensure_item(self.bom_combo, card.bom_id, card.bom_label)
        self._unit = card.unit
        self.unit_label.setText(card.unit)
        self.quantity_edit.setText(plain(card.quantity, self.units.get(card.unit)))
        self._ensure_item(self.component_wh_combo, card.component_warehouse_id, card.component_warehouse)
        self._ensure_item(self.output_wh_combo, card.output_warehouse_id, card.output_warehouse)
        self.start_edit.setDate(QDate(card.planned_start))
        self.end_edit.setDate(QDate(card.planned_end))
        self._ensure_item(self.responsible_combo, card.responsible_id, card.responsible_name)
        self.notes_edit.setText(card.notes)
        self.sales_order_label.setText(isolate(card.sales_order_number) if card.sales_order_number else "—")
        self.lines_model.set_rows(card.lines)
        self.completions_model.set_rows(card.completions)
        self.set_shortages(short or [])
        if short is None and is_open(card.status):
            order_id = card.id
            self.tasks.read(lambda: self.ctx.production.shortages(order_id),
                            lambda rows: self._shortages_arrived(order_id, rows), lambda exc: show_error(self, exc))
        self._show_state()

    def _shortages_arrived(self, order_id: int, rows: list[ShortageRow]) -> None:
        if self.card is not None and self.card.id == order_id:
            self.set_shortages(rows)

    def set_shortages(self, rows: list[ShortageRow]) -> None:
        self.shortages = list(rows)
        self.shortage_model.set_rows(self.shortages)
        self.lines_model.set_rows(self.lines_model.rows)   # the short lines turn red
        card = self.card
        warehouse = isolate(card.component_warehouse) if card is not None else ""
        if card is None or not is_open(card.status):
            self.shortage_caption.hide()
            self.shortage_view.hide()
            return
        self.shortage_caption.show()
        self.shortage_view.setVisible(bool(rows))
        if rows:
            self.shortage_caption.setText(self.tr("Short in {warehouse} now (needed is what the order still takes):")
                                          .format(warehouse=warehouse))
            self.shortage_caption.setStyleSheet(f"color: {SHORT_TEXT.name()}; font-weight: bold;")
        else:
            self.shortage_caption.setText(self.tr("Everything the order still needs is in {warehouse}.")
                                          .format(warehouse=warehouse))
            self.shortage_caption.setStyleSheet("color: #2e7d32;")

    def _short_of(self, component_id: int) -> ShortageRow | None:
        return next((r for r in self.shortages if r.component_id == component_id), None)

    def _short_text(self, line) -> str:
        row = self._short_of(line.component_id)
        return self.units.quantity(row.short, row.unit) if row is not None else ""

    @staticmethod
    def _ensure_item(combo: QComboBox, ident: int | None, name: str) -> None:
        if ident is not None and combo.findData(ident) < 0:
            combo.addItem(name, ident)
        combo.setCurrentIndex(max(combo.findData(ident), 0))

    # -- the product's bills of materials ------------------------------------------------------
    def _product_chosen(self, product_id: int, *, select: int | None = None) -> None:
        """Offer the product's BOM versions, the active one (or `select`) chosen."""
        def load():
            versions = self.ctx.production.list_versions(product_id)
            chosen = next((v for v in versions if v.active), versions[-1] if versions else None)
            unit = self.ctx.production.load_bom(chosen.id).unit if chosen is not None else ""
            return versions, unit
        self.tasks.read(load, lambda got: self._versions_arrived(product_id, select, *got),
                        lambda exc: show_error(self, exc))

    def _versions_arrived(self, product_id: int, select: int | None, versions, unit: str) -> None:
        if self.product_combo.product_id() != product_id:
            return  # the user picked another product meanwhile
        self._show_versions(product_id, versions, unit)
        if select is not None:
            self.bom_combo.setCurrentIndex(max(self.bom_combo.findData(select), 0))

    def _show_versions(self, product_id: int | None, versions, unit: str) -> None:
        self._versions_of = product_id
        self.bom_combo.clear()
        for v in versions:
            label = f"v{v.version_no}" + (f" {v.name}" if v.name else "")
            self.bom_combo.addItem(label + (" " + self.tr("(active)") if v.active else ""), v.id)
        active = next((i for i, v in enumerate(versions) if v.active), len(versions) - 1)
        self.bom_combo.setCurrentIndex(max(active, 0))
        if self.card is None or self.card.product_id != product_id:
            self._unit = unit
            self.unit_label.setText(unit)
        if product_id is not None and not versions:
            self.fields["bom_id"].set_error("this product has no bill of materials yet; make one first")
        else:
            self.fields["bom_id"].set_error("")

    # -- state ---------------------------------------------------------------------------------
    def _show_state(self) -> None:
        card = self.card
        status = card.status if card is not None else "planned"
        saved, open_ = card is not None, is_open(status)
        planned = can_become(status, "released") and self.may_edit   # what to make, and where, is fixed once released
        open_ = open_ and self.may_edit
        if card is None:
            self.setWindowTitle(self.tr("New production order"))
            self.status_label.setText(self.tr("New production order · not saved yet"))
        else:
            self.setWindowTitle(self.tr("Production order {number}").format(number=card.number))
            made = self.tr("{done} of {total} {unit} made").format(
                done=self.units.quantity(card.done_quantity, card.unit),
                total=self.units.quantity(card.quantity, card.unit), unit=card.unit)
            self.status_label.setText(f"{isolate(card.number)} · {status_title(status)} · {made} · "
                                      + self.tr("BOM {label}").format(label=isolate(card.bom_label)))
        for widget in (self.product_combo, self.bom_combo, self.quantity_edit, self.component_wh_combo,
                       self.output_wh_combo):
            widget.setEnabled(planned)
        for widget in (self.start_edit, self.end_edit, self.responsible_combo, self.notes_edit):
            widget.setEnabled(open_)
        done = card.done_quantity if card is not None else Decimal(0)
        self.save_button.setEnabled(open_)
        self.release_button.setEnabled(planned)
        self.start_button.setEnabled(saved and can_become(status, "in_progress"))
        self.complete_button.setEnabled(saved and can_become(status, "done"))
        self.close_order_button.setEnabled(saved and can_become(status, "done") and done > 0)
        self.cancel_order_button.setEnabled(saved and can_become(status, "cancelled") and done == 0)
        self.lines_view.setColumnHidden(self.lines_model.columnCount() - 1, not (saved and open_))  # "Short now"
        has_lines = bool(card is not None and card.lines)
        self.lines_view.setVisible(has_lines)
        self.lines_empty.setVisible(not has_lines)
        completions = bool(card is not None and card.completions)
        for widget in (self.completions_caption, self.completions_view, self.total_label):
            widget.setVisible(completions)
        if completions:
            each = (card.cost_total / card.done_quantity) if card.done_quantity else Decimal(0)
            self.total_label.setText(self.tr("Total cost of the {done} {unit} made: {total} ({each} each)").format(
                done=self.units.quantity(card.done_quantity, card.unit), unit=card.unit,
                total=format_amount(card.cost_total), each=cost_text(each.quantize(Decimal("0.0001")))))
        if card is None:
            self.set_shortages([])

    # -- the form ------------------------------------------------------------------------------
    def form(self) -> ProductionOrderForm:
        """What is on screen as a ProductionOrderForm; raises ValidationError for what does not parse."""
        errors: dict[str, str] = {}
        if self.product_combo.unresolved():
            errors["product_id"] = "choose a product from the list"
        try:
            quantity = parse_number(self.quantity_edit.text())
        except InvalidOperation:
            quantity = None
            errors["quantity"] = "is not a number"
        else:
            if quantity is None:
                errors["quantity"] = "is required"
        if errors:
            raise ValidationError(errors)
        return ProductionOrderForm(
            product_id=self.product_combo.product_id(), quantity=quantity,
            component_warehouse_id=self.component_wh_combo.currentData(),
            output_warehouse_id=self.output_wh_combo.currentData(), bom_id=self.bom_combo.currentData(),
            planned_start=self.start_edit.date().toPython(), planned_end=self.end_edit.date().toPython(),
            responsible_id=self.responsible_combo.currentData(), notes=self.notes_edit.text())

    def _differs(self, form: ProductionOrderForm) -> bool:
        card = self.card
        return card is None or (form.product_id, form.bom_id, Decimal(form.quantity), form.component_warehouse_id,
                                form.output_warehouse_id, form.planned_start, form.planned_end,
                                form.responsible_id, form.notes.strip()) != (
            card.product_id, card.bom_id, card.quantity, card.component_warehouse_id, card.output_warehouse_id,
            card.planned_start, card.planned_end, card.responsible_id, card.notes)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))
        rest = [f"{field_label(k)}: {error_text(m)}" for k, m in errors.items() if k not in self.fields]
        self.general_error.show_message("\n".join(rest))

    def _clear_messages(self) -> None:
        self.show_errors({})

    # -- saving and the actions ----------------------------------------------------------------
    def save(self, then: Callable[[ProductionCard], None] | None = None) -> None:
        """Save what is on screen (create the order the first time); `then(card)` runs after it, also when
        there was nothing to save."""
        if not self.may_edit:
            return
        self._clear_messages()
        try:
            form = self.form()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        production = self.ctx.production
        if self.card is not None and not self._differs(form):
            if then is not None:
                then(self.card)
            return
        done = (lambda card: (self.show_card(card), then(card))) if then is not None else self.show_card
        if self.card is None:
            self.tasks.write(lambda: production.create_order(form), done, self._failed, entity=ENTITY,
                             ids=lambda c: [c.id])
            return
        order_id, version = self.card.id, self.card.version
        self.tasks.write(lambda: production.update_order(order_id, form, expected_version=version), done,
                         self._failed, entity=ENTITY, ids=lambda c: [c.id])

    def _act(self, call: Callable[[ProductionCard], ProductionCard], on_error=None, then=None) -> Callable:
        """A state change on the saved order: `call(card)` on the writer, then the new card on screen."""
        def run(card: ProductionCard) -> None:
            self.tasks.write(lambda: call(card), then or self.show_card, on_error or self._failed, entity=ENTITY,
                             ids=lambda c: [c.id])
        return run

    def release(self, *, accept_shortage: bool = False) -> None:
        production = self.ctx.production
        self.save(then=self._act(lambda c: production.release_order(c.id, expected_version=c.version,
                                                                    accept_shortage=accept_shortage),
                                 on_error=self._release_failed))

    def _release_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ComponentShortage):
            self._failed(exc)
            return
        box = shortage_box(self, exc.order, self.component_wh_combo.currentText(), exc.rows, self.units)
        self.set_shortages(exc.rows)
        box.exec()
        anyway = box.clickedButton() is box.release_anyway_button
        box.deleteLater()
        if anyway:
            self.release(accept_shortage=True)

    def start(self) -> None:
        production = self.ctx.production
        self.save(then=self._act(lambda c: production.start_order(c.id, expected_version=c.version)))

    def complete(self) -> None:
        self.save(then=self._ask_and_complete)

    def _ask_and_complete(self, card: ProductionCard) -> None:
        text = self.ask_quantity(self, card.number, plain(card.remaining, self.units.get(card.unit)), card.unit)
        if text is None:
            return
        try:
            quantity = parse_number(text)
        except InvalidOperation:
            quantity = None
        if quantity is None:
            self.general_error.show_message(self.tr("Made now: {message}").format(message=error_text("is not a number")))
            return
        production = self.ctx.production

        def completed(done: ProductionCard) -> None:
            self.show_card(done)
            self.tasks.notify_changed("stock_document")   # the consumption and output documents are new
        self._act(lambda c: production.complete_order(c.id, quantity, expected_version=c.version),
                  on_error=self._complete_failed, then=completed)(card)

    def _complete_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError) and set(exc.errors) == {"quantity"}:
            # The quantity made now, not the order's quantity: said under the buttons.
            self.general_error.show_message(self.tr("Made now: {message}").format(
                message=error_text(exc.errors["quantity"])))
        elif isinstance(exc, InsufficientStock):
            show_error(self, exc)
            self.reload()
        else:
            self._failed(exc)

    def close_order(self) -> None:
        card = self.card
        if card is None or not self.confirm(self, self.tr(
                "Close {number} with {done} of {total} {unit} made? The rest will not be made.").format(
                number=card.number, done=self.units.quantity(card.done_quantity, card.unit),
                total=self.units.quantity(card.quantity, card.unit), unit=card.unit)):
            return
        production = self.ctx.production
        self.save(then=self._act(lambda c: production.close_order(c.id, expected_version=c.version)))

    def cancel_order(self) -> None:
        card = self.card
        if card is None or not self.confirm(self, self.tr("Cancel {number}? It stays in the plan as cancelled.")
                                            .format(number=card.number)):
            return
        production = self.ctx.production
        self._clear_messages()
        self._act(lambda c: production.cancel_order(c.id, expected_version=c.version))(card)

    def reload(self) -> None:
        if self.order_id is None:
            return
        order_id, production = self.order_id, self.ctx.production

        def load():
            card = production.load_order(order_id)
            return card, production.shortages(order_id) if is_open(card.status) else []
        self.tasks.read(load, self._reloaded, lambda exc: show_error(self, exc))

    def _reloaded(self, loaded) -> None:
        card, short = loaded
        self.reload_button.hide()
        self._clear_messages()
        self.show_card(card, short)

    def _failed(self, exc: BaseException) -> None:
        show_save_failure(self, exc, what="production order")


__all__ = ["ProductionOrderDialog"]
