"""The objective editor: what the objective is, whose it is and for which period, and its key results —
each bound to a metric (with the filters that metric takes) or checked in by hand, with a start and a
target value. Saving checks everything at once; each error shows under its field, and what was typed stays."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.goals import GoalChoices, KeyResultForm, KeyResultRow, ObjectiveForm, ObjectiveRow
from app.services.i18n import translated
from app.ui.calendars import setup_date_edit
from app.ui.errors import message_for, show_error
from app.ui.goals.models import level_text, tr
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError

LEVELS = ("company", "branch", "department", "person")
FILTERS = ("manager", "category", "pipeline")


def plain(value: Decimal) -> str:
    """A stored value as the user would type it: no trailing zeros."""
    text = format(value.normalize(), "f")
    return text


def combo(name: str, pairs, *, blank: str | None = None) -> QComboBox:
    box = QComboBox(objectName=name)
    if blank is not None:
        box.addItem(blank, None)
    for ident, text in pairs:
        box.addItem(text, ident)
    return box


def choose(box: QComboBox, value) -> None:
    i = box.findData(value)
    box.setCurrentIndex(i if i >= 0 else 0)


class KeyResultEditor(QFrame):
    """One key result's fields; `remove_requested` asks the dialog to drop it."""

    def __init__(self, choices: GoalChoices, row: KeyResultRow | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.key_result_id = row.id if row else None
        self.title = QLineEdit(objectName="kr_title_edit", placeholderText=tr("e.g. Sign 10 new distributors"))
        self.kind = QComboBox(objectName="kr_kind_combo")
        self.kind.addItem(tr("Checked in by hand"), "manual")
        self.kind.addItem(tr("Counted from the data"), "metric")
        self.metric_combo = QComboBox(objectName="kr_metric_combo")
        self.filters_of: dict[str, tuple[str, ...]] = {}
        for key, title, _kind, filters in choices.metrics:
            self.metric_combo.addItem(translated(title), key)
            self.filters_of[key] = filters
        anyone = tr("(any)")
        self.manager = combo("kr_manager_combo", choices.users, blank=anyone)
        self.category = combo("kr_category_combo", choices.categories, blank=anyone)
        self.pipeline = combo("kr_pipeline_combo", choices.pipelines, blank=anyone)
        self.start = QLineEdit("0", objectName="kr_start_edit")
        self.target = QLineEdit(objectName="kr_target_edit")
        self.owner = combo("kr_owner_combo", choices.users, blank=tr("(nobody in particular)"))
        self.remove_button = QPushButton(tr("Remove"), objectName="kr_remove_button")
        self.fields = {"title": FieldWithError(self.title), "kind": FieldWithError(self.kind),
                       "metric": FieldWithError(self.metric_combo), "manager": FieldWithError(self.manager),
                       "category": FieldWithError(self.category), "pipeline": FieldWithError(self.pipeline),
                       "start_value": FieldWithError(self.start), "target_value": FieldWithError(self.target),
                       "owner": FieldWithError(self.owner)}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        cells = ((0, 0, tr("Key result"), "title", 3), (1, 0, tr("How"), "kind", 1), (1, 2, tr("Metric"), "metric", 1),
                 (2, 0, tr("Manager"), "manager", 1), (2, 2, tr("Category"), "category", 1),
                 (3, 0, tr("Pipeline"), "pipeline", 1), (3, 2, tr("Checked in by"), "owner", 1),
                 (4, 0, tr("Start value"), "start_value", 1), (4, 2, tr("Target"), "target_value", 1))
        for r, c, text, key, span in cells:
            grid.addWidget(QLabel(text, self), r, c)
            grid.addWidget(self.fields[key], r, c + 1, 1, span)
        grid.addWidget(self.remove_button, 0, 4)
        self.kind.currentIndexChanged.connect(self._enable)
        self.metric_combo.currentIndexChanged.connect(self._enable)
        if row is not None:
            self.title.setText(row.title)
            choose(self.kind, row.kind)
            choose(self.metric_combo, row.metric)
            choose(self.manager, row.manager_id)
            choose(self.category, row.category_id)
            choose(self.pipeline, row.pipeline_id)
            choose(self.owner, row.owner_id)
            self.start.setText(plain(row.start_value))
            self.target.setText(plain(row.target_value))
        self._enable()

    def _enable(self) -> None:
        metric = self.kind.currentData() == "metric"
        self.metric_combo.setEnabled(metric)
        takes = self.filters_of.get(self.metric_combo.currentData(), ()) if metric else ()
        for name in FILTERS:
            box = getattr(self, name)
            box.setEnabled(name in takes)
            if name not in takes:
                box.setCurrentIndex(0)

    def form(self) -> KeyResultForm:
        metric = self.kind.currentData() == "metric"
        return KeyResultForm(self.title.text(), self.target.text(), kind=self.kind.currentData(),
                             metric=self.metric_combo.currentData() if metric else "", start_value=self.start.text(),
                             manager_id=self.manager.currentData(), category_id=self.category.currentData(),
                             pipeline_id=self.pipeline.currentData(), owner_id=self.owner.currentData(),
                             id=self.key_result_id)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.fields.items():
            field.set_error(errors.get(key, ""))


class ObjectiveDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, choices: GoalChoices | None,
                 row: ObjectiveRow | None, *, start: date | None = None, end: date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("objective_dialog")
        self.setWindowTitle(tr("Objective") if row else tr("New objective"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(760, 640)
        self.ctx, self.tasks, self.row = ctx, tasks, row
        self.saved: ObjectiveRow | None = None
        self.editors: list[KeyResultEditor] = []
        self.title = QLineEdit(objectName="objective_title_edit")
        self.description = QLineEdit(objectName="objective_description_edit")
        self.level = QComboBox(objectName="objective_level_combo")
        self.belongs = QComboBox(objectName="objective_belongs_combo")
        self.start = setup_date_edit(QDateEdit(objectName="objective_start_edit", calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.end = setup_date_edit(QDateEdit(objectName="objective_end_edit", calendarPopup=True, displayFormat="yyyy-MM-dd"))
        self.fields = {"title": FieldWithError(self.title), "level": FieldWithError(self.level),
                       "belongs": FieldWithError(self.belongs), "period_start": FieldWithError(self.start),
                       "period_end": FieldWithError(self.end)}
        form = QFormLayout()
        form.addRow(tr("Objective"), self.fields["title"])
        form.addRow(tr("Why it matters"), self.description)
        form.addRow(tr("Whose"), self.fields["level"])
        self.belongs_label = QLabel(tr("Who"))
        form.addRow(self.belongs_label, self.fields["belongs"])
        dates = QHBoxLayout()
        dates.addWidget(self.fields["period_start"])
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.fields["period_end"])
        dates.addStretch(1)
        form.addRow(tr("Period"), dates)

        self.kr_host = QWidget(objectName="key_results_host")
        self.kr_layout = QVBoxLayout(self.kr_host)
        self.kr_layout.setContentsMargins(0, 0, 0, 0)
        self.kr_layout.addStretch(1)
        scroll = QScrollArea(objectName="key_results_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.kr_host)
        self.kr_error = ErrorLabel("key_results_error")
        self.add_kr_button = QPushButton(tr("Add key result"), objectName="add_key_result_button")
        self.add_kr_button.clicked.connect(lambda: self.add_key_result())
        self.general_error = ErrorLabel("objective_error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(tr("Save"), objectName="save_objective_button")
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        header = QHBoxLayout()
        header.addWidget(QLabel(tr("Key results")))
        header.addStretch(1)
        header.addWidget(self.add_kr_button)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.kr_error)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)
        self.level.currentIndexChanged.connect(self._level_chosen)
        self.start.setDate(QDate(row.period_start if row else start or date.today()))
        self.end.setDate(QDate(row.period_end if row else end or date.today()))
        self.choices = choices
        if choices is None:
            self.save_button.setEnabled(False)
            self.tasks.read(self.ctx.goals.goal_choices, self._fill, lambda exc: show_error(self, exc))
        else:
            self._fill(choices)

    def _fill(self, choices: GoalChoices) -> None:
        self.choices = choices
        self.save_button.setEnabled(True)
        self.level.blockSignals(True)
        for level in LEVELS:
            # Without the Settings edit right one sets only one's own objectives.
            if choices.may_set_team_goals or level == "person":
                self.level.addItem(level_text(level), level)
        self.level.blockSignals(False)
        row = self.row
        choose(self.level, row.level if row else ("company" if choices.may_set_team_goals else "person"))
        self._level_chosen()
        if row is not None:
            self.title.setText(row.title)
            self.description.setText(row.description)
            choose(self.belongs, {"branch": row.branch_id, "department": row.department_id,
                                  "person": row.owner_id}.get(row.level))
            for kr in row.key_results:
                self.add_key_result(kr)
        else:
            if not choices.may_set_team_goals:
                choose(self.belongs, choices.user_id)
            self.add_key_result()

    def _level_chosen(self) -> None:
        level = self.level.currentData()
        self.belongs.clear()
        c = self.choices
        pairs = {"branch": c.branches, "department": c.departments, "person": c.users}.get(level, ()) if c else ()
        if level == "person" and c is not None and not c.may_set_team_goals:
            pairs = tuple(p for p in pairs if p[0] == c.user_id)
        for ident, text in pairs:
            self.belongs.addItem(text, ident)
        shown = level != "company"
        self.fields["belongs"].setVisible(shown)
        self.belongs_label.setVisible(shown)
        self.belongs_label.setText({"branch": tr("Branch"), "department": tr("Department"),
                                    "person": tr("Person")}.get(level, ""))

    def add_key_result(self, row: KeyResultRow | None = None) -> KeyResultEditor:
        editor = KeyResultEditor(self.choices, row, self.kr_host)
        editor.setObjectName(f"key_result_{len(self.editors)}")
        editor.remove_button.clicked.connect(lambda: self.remove_key_result(editor))
        self.kr_layout.insertWidget(self.kr_layout.count() - 1, editor)
        editor.show()
        self.editors.append(editor)
        return editor

    def remove_key_result(self, editor: KeyResultEditor) -> None:
        self.editors.remove(editor)
        editor.setParent(None)
        editor.deleteLater()

    def form(self) -> ObjectiveForm:
        level = self.level.currentData()
        who = self.belongs.currentData()
        return ObjectiveForm(self.title.text(), self.start.date().toPython(), self.end.date().toPython(), level=level,
                             description=self.description.text(),
                             branch_id=who if level == "branch" else None,
                             department_id=who if level == "department" else None,
                             owner_id=who if level == "person" else None,
                             key_results=tuple(e.form() for e in self.editors))

    def save(self) -> None:
        form = self.form()
        row = self.row
        self.show_errors({})
        self.save_button.setEnabled(False)
        self.tasks.write(lambda: self.ctx.goals.save_objective(row.id if row else None, form,
                                                               expected_version=row.version if row else None),
                         self._saved, self._failed, entity="objective", ids=lambda r: (r.id,))

    def _saved(self, row: ObjectiveRow) -> None:
        self.saved = row
        self.save_button.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, ConcurrentEdit):
            self.general_error.show_message(tr("{0} changed this objective after you opened it; nothing was saved. "
                                               "Close this, and edit it again to see their changes.").format(
                                                   exc.changed_by or tr("Another user")))
        elif message_for(exc):
            self.general_error.show_message(message_for(exc))
        else:
            show_error(self, exc)

    def show_errors(self, errors: dict[str, str]) -> None:
        top = {k: v for k, v in errors.items() if not k.startswith("key_results.")}
        who = top.get("branch") or top.get("department") or top.get("owner") or ""
        for key, field in self.fields.items():
            field.set_error(who if key == "belongs" else top.get(key, ""))
        self.kr_error.show_message(top.get("key_results", ""))
        for i, editor in enumerate(self.editors):
            prefix = f"key_results.{i}."
            editor.show_errors({k[len(prefix):]: v for k, v in errors.items() if k.startswith(prefix)})
        self.general_error.show_message(tr("Please correct the highlighted fields.") if errors else "")
