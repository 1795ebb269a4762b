"""The Segments tab: saved segments on the left, the criteria editor with a live count and a preview."""

from __future__ import annotations

from decimal import InvalidOperation

from PySide6.QtCore import QDate, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.marketing import MemberRow, SegmentCriteria, SegmentRow
from app.ui.calendars import setup_date_edit
from app.ui.errors import show_error
from app.ui.excel_export import ExcelExport, file_name_part
from app.ui.funnel.deal_dialog import parse_decimal
from app.ui.lazy_model import RIGHT, Column
from app.ui.marketing.rows_model import RowsModel
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, split_tags

COUNT_DELAY_MS = 300
PREVIEW_ROWS = 100


class DateOrNone(QWidget):
    """A date with a checkbox that says whether it applies."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(text, self, objectName=f"{name}_check")
        self.edit = QDateEdit(QDate.currentDate(), self, objectName=f"{name}_edit")
        self.edit.setCalendarPopup(True)
        setup_date_edit(self.edit)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit, 1)

    def value(self):
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


class SegmentsTab(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("segments_tab")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx, self.tasks = ctx, tasks
        self.current: SegmentRow | None = None
        self._count_generation = 0

        self.list_model = RowsModel([
            Column(self.tr("Segment"), lambda r: r.name, width=200),
            Column(self.tr("Clients"), lambda r: "…" if r.count is None else QLocale().toString(r.count),
                   align=RIGHT, width=70)], parent=self)
        self.list_view = QTableView(self, objectName="segment_list")
        self.list_view.setModel(self.list_model)
        self._table_look(self.list_view)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._pick(cur.row()))
        self.new_button = QPushButton(self.tr("New segment"), self, objectName="new_segment_button")
        self.delete_button = QPushButton(self.tr("Delete"), self, objectName="delete_segment_button")
        self.new_button.clicked.connect(self.new_segment)
        self.delete_button.clicked.connect(self.delete_segment)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)

        self.name_edit = QLineEdit(self, objectName="segment_name_edit")
        self.role_combo = QComboBox(self, objectName="segment_role_combo")
        for text, value in ((self.tr("Any role"), None), (self.tr("Leads"), "lead"),
                            (self.tr("Customers"), "customer"), (self.tr("Suppliers"), "supplier")):
            self.role_combo.addItem(text, value)
        self.tags_edit = QLineEdit(self, objectName="segment_tags_edit")
        self.tags_edit.setPlaceholderText(self.tr("Any of these tags, comma-separated"))
        self.city_edit = QLineEdit(self, objectName="segment_city_edit")
        self.manager_combo = QComboBox(self, objectName="segment_manager_combo")
        self.stage_combo = QComboBox(self, objectName="segment_stage_combo")
        self.purchase_from = DateOrNone("purchase_from", self.tr("from"), self)
        self.purchase_to = DateOrNone("purchase_to", self.tr("to"), self)
        self.total_min_edit = QLineEdit(self, objectName="total_min_edit")
        self.total_min_edit.setPlaceholderText(self.tr("min"))
        self.total_max_edit = QLineEdit(self, objectName="total_max_edit")
        self.total_max_edit.setPlaceholderText(self.tr("max"))
        self.currency_edit = QLineEdit("USD", self, objectName="total_currency_edit")
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setMaximumWidth(60)
        purchase_row = self._row(self.purchase_from, self.purchase_to)
        total_row = self._row(self.total_min_edit, QLabel("–", self), self.total_max_edit, self.currency_edit)
        self.fields = {
            "name": FieldWithError(self.name_edit, self), "role": FieldWithError(self.role_combo, self),
            "tags": FieldWithError(self.tags_edit, self), "city": FieldWithError(self.city_edit, self),
            "manager_id": FieldWithError(self.manager_combo, self),
            "stage_id": FieldWithError(self.stage_combo, self),
            "last_purchase_to": FieldWithError(purchase_row, self),
            "total_max": FieldWithError(total_row, self),
        }
        for alias, key in (("last_purchase_from", "last_purchase_to"), ("total_min", "total_max"),
                           ("total_currency", "total_max")):
            self.fields[alias] = self.fields[key]
        form = QFormLayout()
        for key, label in (("name", self.tr("Name*")), ("role", self.tr("Role")), ("tags", self.tr("Tags")),
                           ("city", self.tr("City")), ("manager_id", self.tr("Manager")),
                           ("stage_id", self.tr("Has a deal in stage")),
                           ("last_purchase_to", self.tr("Last purchase")),
                           ("total_max", self.tr("Total bought"))):
            form.addRow(label, self.fields[key])
        self.hint = QLabel(self.tr("Purchases are won deals until invoices arrive."), self)
        self.hint.setEnabled(False)
        self.count_label = QLabel(self, objectName="segment_count_label")
        font = self.count_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.count_label.setFont(font)
        self.save_button = QPushButton(self.tr("Save segment"), self, objectName="save_segment_button")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Export members…"), self, objectName="export_members_button")
        self.export_button.setToolTip(self.tr("Every client matching these criteria (not only the first {n} shown "
                                              "below) to an Excel workbook").format(n=PREVIEW_ROWS))
        self.export_button.clicked.connect(self.export_members)
        self.excel_export: ExcelExport | None = None
        self.error_label = ErrorLabel("segment_error", self)
        self.preview_model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code, width=80),
            Column(self.tr("Client"), lambda r: r.display_name, width=220),
            Column(self.tr("City"), lambda r: r.city, width=110),
            Column(self.tr("E-mail"), lambda r: r.email or "—", width=190),
            Column(self.tr("Manager"), lambda r: r.manager, width=140),
            Column(self.tr("Mail"), lambda r: self.tr("unsubscribed") if r.unsubscribed else "", width=90)],
            parent=self)
        self.preview_view = QTableView(self, objectName="segment_preview")
        self.preview_view.setModel(self.preview_model)
        self._table_look(self.preview_view)
        self.preview_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.hint)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label, 1)
        count_row.addWidget(self.export_button)
        count_row.addWidget(self.save_button)
        right_layout.addLayout(count_row)
        right_layout.addWidget(self.error_label)
        right_layout.addWidget(self.preview_view, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.recount)
        for edit in (self.tags_edit, self.city_edit, self.total_min_edit, self.total_max_edit, self.currency_edit):
            edit.textEdited.connect(lambda _t: self._count_timer.start())
        for combo in (self.role_combo, self.manager_combo, self.stage_combo):
            combo.currentIndexChanged.connect(lambda _i: self._count_timer.start())
        for picker in (self.purchase_from, self.purchase_to):
            picker.check.toggled.connect(lambda _on: self._count_timer.start())
            picker.edit.dateChanged.connect(lambda _d: self._count_timer.start())

    @staticmethod
    def _table_look(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.horizontalHeader().setStretchLastSection(True)
        model = view.model()
        for i, col in enumerate(getattr(model, "columns", [])):
            view.setColumnWidth(i, col.width)

    def _row(self, *widgets: QWidget) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for w in widgets:
            row.addWidget(w)
        return box

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        def load():
            users = [(u.id, u.full_name) for u in self.ctx.users.list_users() if u.active]
            stages = [(s.id, f"{p.name} / {s.name}") for p in self.ctx.funnel.list_pipelines() for s in p.stages]
            return users, stages, self.ctx.marketing.list_segments()
        self.tasks.read(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, loaded) -> None:
        users, stages, segments = loaded
        for combo, items, any_text in ((self.manager_combo, users, self.tr("Any manager")),
                                       (self.stage_combo, stages, self.tr("Any (no condition)"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for ident, name in items:
                combo.addItem(name, ident)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.list_model.set_rows(segments)
        if self.current is not None:
            pos = next((i for i, s in enumerate(segments) if s.id == self.current.id), -1)
            if pos >= 0:
                self.current = segments[pos]
                self.list_view.selectionModel().blockSignals(True)
                self.list_view.selectRow(pos)
                self.list_view.selectionModel().blockSignals(False)
        self.recount()

    def _pick(self, row: int) -> None:
        segment = self.list_model.row_at(row)
        if segment is None:
            return
        self.current = segment
        self.show_criteria(segment.name, segment.criteria)

    def show_criteria(self, name: str, c: SegmentCriteria) -> None:
        self.show_errors({})
        self.name_edit.setText(name)
        for combo, value in ((self.role_combo, c.role), (self.manager_combo, c.manager_id),
                             (self.stage_combo, c.stage_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.tags_edit.setText(", ".join(c.tags))
        self.city_edit.setText(c.city)
        self.purchase_from.set_value(c.last_purchase_from)
        self.purchase_to.set_value(c.last_purchase_to)
        self.total_min_edit.setText("" if c.total_min is None else f"{c.total_min:f}")
        self.total_max_edit.setText("" if c.total_max is None else f"{c.total_max:f}")
        self.currency_edit.setText(c.total_currency)
        self._count_timer.stop()
        self.recount()

    def new_segment(self) -> None:
        self.current = None
        self.list_view.clearSelection()
        self.show_criteria("", SegmentCriteria())
        self.name_edit.setFocus()

    # -- the criteria ------------------------------------------------------------------------------
    def criteria(self) -> SegmentCriteria:
        """What the editor says; raises ValidationError for amounts that are not numbers."""
        errors, amounts = {}, {}
        for key, edit in (("total_min", self.total_min_edit), ("total_max", self.total_max_edit)):
            try:
                amounts[key] = parse_decimal(edit.text())
            except InvalidOperation:
                errors[key] = "is not a number"
        if errors:
            raise ValidationError(errors)
        return SegmentCriteria(role=self.role_combo.currentData(), tags=split_tags(self.tags_edit.text()),
                               city=self.city_edit.text(), manager_id=self.manager_combo.currentData(),
                               last_purchase_from=self.purchase_from.value(),
                               last_purchase_to=self.purchase_to.value(),
                               total_currency=self.currency_edit.text().strip().upper() or "USD",
                               stage_id=self.stage_combo.currentData(), **amounts)

    def recount(self) -> None:
        """Count (and preview) the clients matching the editor's criteria, off the GUI thread."""
        try:
            criteria = self.criteria()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        self._count_generation += 1
        gen = self._count_generation
        self.count_label.setText(self.tr("Counting…"))
        self.tasks.read(lambda: self.ctx.marketing.segment_members(criteria, limit=PREVIEW_ROWS),
                        lambda result: self._counted(gen, *result), lambda exc: self._count_failed(gen, exc))

    def _counted(self, gen: int, count: int, rows: list[MemberRow]) -> None:
        if gen != self._count_generation:
            return  # the user changed the criteria meanwhile
        self.show_errors({}, keep_name=True)
        self.count_label.setText(self.tr("%n client(s) match", "", count))
        self.preview_model.set_rows(rows)

    def _count_failed(self, gen: int, exc: BaseException) -> None:
        if gen != self._count_generation:
            return
        if isinstance(exc, ValidationError):
            self.count_label.setText(self.tr("Check the criteria"))
            self.show_errors(exc.errors, keep_name=True)
            self.preview_model.set_rows([])
        else:
            show_error(self, exc)

    def export_members(self) -> None:
        """Every client the editor's criteria match, by name, to an .xlsx file (the segment's name above)."""
        try:
            criteria = self.criteria()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        name = self.name_edit.text().strip()
        title = self.tr("Segment: {name}").format(name=name) if name else self.tr("Segment (not saved)")
        exports = self.ctx.exports
        self.excel_export = ExcelExport(self, self.tasks, lambda path, progress: exports.export_segment_members(
            path, criteria, title=title, progress=progress), what=self.tr("segment members"),
            suggested=f"segment-{file_name_part(name, 'members')}-{QDate.currentDate().toString('yyyy-MM-dd')}.xlsx")
        self.excel_export.start()

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            criteria = self.criteria()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        name, current = self.name_edit.text(), self.current
        self.tasks.write(lambda: self.ctx.marketing.save_segment(
            current.id if current else None, name=name, criteria=criteria,
            expected_version=current.version if current else None),
            self._saved, self._failed, entity="segment", ids=lambda row: [row.id])

    def _saved(self, row: SegmentRow) -> None:
        self.current = row
        self.show_errors({})
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            show_error(self, exc)

    def delete_segment(self) -> None:
        current = self.current
        if current is None:
            return
        self.tasks.write(lambda: self.ctx.marketing.delete_segment(current.id, expected_version=current.version),
                         lambda _r: self._deleted(), lambda exc: show_error(self, exc), entity="segment")

    def _deleted(self) -> None:
        self.new_segment()
        self.refresh()

    def show_errors(self, errors: dict[str, str], *, keep_name: bool = False) -> None:
        by_field: dict[int, list[str]] = {}
        for key, message in errors.items():
            if key in self.fields:
                by_field.setdefault(id(self.fields[key]), []).append(message)
        for key, field in self.fields.items():
            if keep_name and key == "name":
                continue
            field.set_error("; ".join(by_field.get(id(field), [])))
        rest = [f"{k}: {m}" for k, m in errors.items() if k not in self.fields]
        self.error_label.show_message("\n".join(rest))
