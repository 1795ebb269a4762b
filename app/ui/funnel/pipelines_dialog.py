"""The "Pipelines…" dialog: pipelines and their ordered stages, and the directory of lost reasons."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.clients.forms import NamedItem
from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.funnel import PipelineRow, StageRow, StageSpec
from app.ui.errors import show_error
from app.ui.funnel.deal_dialog import PERCENT_PATTERN, parse_decimal
from app.ui.funnel.money import format_percent
from app.ui.tasks import TaskRunner
from app.ui.text import isolate
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text

Index = QModelIndex | QPersistentModelIndex
StageRole = Qt.ItemDataRole.UserRole + 1
FIRST_STAGE = StageSpec(QT_TRANSLATE_NOOP("PipelinesDialog", "Lead"), Decimal("10"))


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    """A one-line question; None when the user cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


class StageModel(QAbstractTableModel):
    """A pipeline's stages in order: name, kind, default probability."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.stages: list[StageRow] = []
        self.headers = [self.tr("Stage"), self.tr("Kind"), self.tr("Probability")]
        self.kinds = {"open": self.tr("Open"), "won": self.tr("Won (closes the deal)"),
                      "lost": self.tr("Lost (closes the deal)")}

    def set_stages(self, stages: tuple[StageRow, ...] | list[StageRow]) -> None:
        self.beginResetModel()
        self.stages = list(stages)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.stages)) or not 0 <= index.column() < 3:
            return None
        stage = self.stages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (isolate(stage.name), self.kinds.get(stage.kind, stage.kind),
                    format_percent(stage.probability))[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and stage.kind != "open":
            return QColor("#6a6a6a")
        if role == StageRole:
            return stage
        return None


class PipelinesDialog(QDialog):
    """Edit pipelines, their stages and the lost reasons. Every change is saved at once through the
    services; a refusal shows by the field or under the list, a conflict is reported and reloaded."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, pipeline_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pipelines_dialog")
        self.setWindowTitle(self.tr("Pipelines and lost reasons"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumSize(760, 460)
        self.ctx, self.tasks = ctx, tasks
        self.pipelines: list[PipelineRow] = []
        self.reasons: list[NamedItem] = []
        self._wanted_pipeline = pipeline_id
        self._wanted_stage: int | None = None
        # Tests replace it: (parent, title, label, text) -> str | None.
        self.ask_text: Callable[..., str | None] = ask_text

        self.tabs = QTabWidget(self, objectName="pipelines_tabs")
        self.tabs.addTab(self._pipelines_tab(), self.tr("Pipelines"))
        self.tabs.addTab(self._reasons_tab(), self.tr("Lost reasons"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setObjectName("close_button")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._update_buttons()
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _pipelines_tab(self) -> QWidget:
        page = QWidget(self)
        self.pipeline_list = QListWidget(page, objectName="pipeline_list")
        self.pipeline_list.currentRowChanged.connect(lambda _r: self._show_pipeline())
        self.show_archived_check = QCheckBox(self.tr("Show archived"), page, objectName="show_archived_check")
        self.show_archived_check.toggled.connect(lambda _on: self.reload())
        self.add_pipeline_button = self._button(self.tr("Add…"), "add_pipeline_button", self.add_pipeline)
        self.rename_pipeline_button = self._button(self.tr("Rename…"), "rename_pipeline_button",
                                                   self.rename_pipeline)
        self.archive_pipeline_button = self._button(self.tr("Archive"), "archive_pipeline_button",
                                                    self.toggle_archived)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Pipelines"), page))
        left.addWidget(self.pipeline_list, 1)
        left.addWidget(self.show_archived_check)
        row = QHBoxLayout()
        for b in (self.add_pipeline_button, self.rename_pipeline_button, self.archive_pipeline_button):
            row.addWidget(b)
        left.addLayout(row)

        self.stage_model = StageModel(self)
        self.stage_table = QTableView(page, objectName="stage_table")
        self.stage_table.setModel(self.stage_model)
        self.stage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stage_table.verticalHeader().setVisible(False)
        self.stage_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stage_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.stage_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.stage_table.selectionModel().currentRowChanged.connect(lambda *_: self._show_stage())
        self.stage_name_edit = QLineEdit(page, objectName="stage_name_edit")
        self.stage_name_edit.setMaxLength(150)
        self.stage_probability_edit = QLineEdit(page, objectName="stage_probability_edit")
        self.stage_probability_edit.setValidator(QRegularExpressionValidator(PERCENT_PATTERN, page))
        self.stage_probability_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.stage_probability_edit.setPlaceholderText("0")
        self.stage_fields = {"name": FieldWithError(self.stage_name_edit, page),
                             "probability": FieldWithError(self.stage_probability_edit, page)}
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.stage_fields["name"])
        form.addRow(self.tr("Default probability, %:"), self.stage_fields["probability"])
        self.add_stage_button = self._button(self.tr("Add as new stage"), "add_stage_button", self.add_stage)
        self.save_stage_button = self._button(self.tr("Save stage"), "save_stage_button", self.save_stage)
        self.stage_up_button = self._button(self.tr("Move up"), "stage_up_button", lambda: self.move_stage(-1))
        self.stage_down_button = self._button(self.tr("Move down"), "stage_down_button",
                                              lambda: self.move_stage(+1))
        self.delete_stage_button = self._button(self.tr("Delete"), "delete_stage_button", self.delete_stage)
        grid = QGridLayout()
        grid.addWidget(self.save_stage_button, 0, 0)
        grid.addWidget(self.add_stage_button, 0, 1)
        grid.addWidget(self.stage_up_button, 1, 0)
        grid.addWidget(self.stage_down_button, 1, 1)
        grid.addWidget(self.delete_stage_button, 1, 2)
        self.stage_error = ErrorLabel("stage_error", page)
        hint = QLabel(self.tr("Won and Lost always end a pipeline. A stage that holds or held deals cannot be "
                              "deleted; rename it instead."), page)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Stages, in order"), page))
        right.addWidget(self.stage_table, 1)
        right.addLayout(form)
        right.addLayout(grid)
        right.addWidget(self.stage_error)
        right.addWidget(hint)
        layout = QHBoxLayout(page)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        return page

    def _reasons_tab(self) -> QWidget:
        page = QWidget(self)
        self.reason_list = QListWidget(page, objectName="reason_list")
        self.reason_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.show_archived_reasons_check = QCheckBox(self.tr("Show archived"), page,
                                                     objectName="show_archived_reasons_check")
        self.show_archived_reasons_check.toggled.connect(lambda _on: self.reload_reasons())
        self.reason_name_edit = QLineEdit(page, objectName="reason_name_edit")
        self.reason_name_edit.setPlaceholderText(self.tr("A new reason, e.g. “Price too high”"))
        self.reason_name_edit.returnPressed.connect(self.add_reason)
        self.reason_field = FieldWithError(self.reason_name_edit, page)
        self.add_reason_button = self._button(self.tr("Add"), "add_reason_button", self.add_reason)
        self.rename_reason_button = self._button(self.tr("Rename…"), "rename_reason_button", self.rename_reason)
        self.archive_reason_button = self._button(self.tr("Archive"), "archive_reason_button", self.archive_reason)
        add_row = QHBoxLayout()
        add_row.addWidget(self.reason_field, 1)
        add_row.addWidget(self.add_reason_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_archived_reasons_check)
        buttons.addStretch(1)
        buttons.addWidget(self.rename_reason_button)
        buttons.addWidget(self.archive_reason_button)
        self.reason_error = ErrorLabel("reason_error", page)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Why deals are lost (asked when a deal is moved to Lost)"), page))
        layout.addWidget(self.reason_list, 1)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.reason_error)
        return page

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        archived = self.show_archived_check.isChecked()
        self.tasks.read(lambda: self.ctx.funnel.list_pipelines(include_archived=archived), self._pipelines_loaded,
                        lambda exc: show_error(self, exc))
        self.reload_reasons()

    def reload_reasons(self) -> None:
        archived = self.show_archived_reasons_check.isChecked()
        self.tasks.read(lambda: self._reasons(archived), self._reasons_loaded, lambda exc: show_error(self, exc))

    def _reasons(self, include_archived: bool) -> list[tuple[NamedItem, bool]]:
        active = {r.id for r in self.ctx.funnel.list_lost_reasons()}
        every = self.ctx.funnel.list_lost_reasons(include_archived=include_archived)
        return [(r, r.id not in active) for r in every]

    def _pipelines_loaded(self, pipelines: list[PipelineRow]) -> None:
        wanted = self._wanted_pipeline if self._wanted_pipeline is not None else self.current_pipeline_id()
        self._wanted_pipeline = None
        self.pipelines = pipelines
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for p in pipelines:
            item = QListWidgetItem(p.name + (" " + self.tr("(archived)") if p.archived else ""))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            if p.archived:
                item.setForeground(QColor("#6a6a6a"))
            self.pipeline_list.addItem(item)
        index = next((i for i, p in enumerate(pipelines) if p.id == wanted), 0 if pipelines else -1)
        self.pipeline_list.setCurrentRow(index)
        self.pipeline_list.blockSignals(False)
        stage, self._wanted_stage = self._wanted_stage, None
        self._show_pipeline(stage)

    def _reasons_loaded(self, reasons: list[tuple[NamedItem, bool]]) -> None:
        current = self.current_reason()
        self.reasons = [r for r, _ in reasons]
        self.reason_list.blockSignals(True)
        self.reason_list.clear()
        for reason, archived in reasons:
            item = QListWidgetItem(reason.name + (" " + self.tr("(archived)") if archived else ""))
            item.setData(Qt.ItemDataRole.UserRole, reason.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, archived)
            if archived:
                item.setForeground(QColor("#6a6a6a"))
            self.reason_list.addItem(item)
            if current is not None and reason.id == current.id:
                self.reason_list.setCurrentItem(item)
        self.reason_list.blockSignals(False)
        self._update_buttons()

    # -- current selections --------------------------------------------------------------------
    def current_pipeline(self) -> PipelineRow | None:
        ident = self.current_pipeline_id()
        return next((p for p in self.pipelines if p.id == ident), None)

    def current_pipeline_id(self) -> int | None:
        item = self.pipeline_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def current_stage(self) -> StageRow | None:
        index = self.stage_table.currentIndex()
        return index.siblingAtColumn(0).data(StageRole) if index.isValid() else None

    def current_reason(self) -> NamedItem | None:
        item = self.reason_list.currentItem()
        if item is None:
            return None
        return next((r for r in self.reasons if r.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def select_stage(self, stage_id: int | None) -> None:
        row = next((i for i, s in enumerate(self.stage_model.stages) if s.id == stage_id), -1)
        if row >= 0:
            self.stage_table.setCurrentIndex(self.stage_model.index(row, 0))
        self._show_stage()

    def _show_pipeline(self, stage_id: int | None = None) -> None:
        pipeline = self.current_pipeline()
        chosen = stage_id if stage_id is not None else (self.current_stage().id if self.current_stage() else None)
        self.stage_model.set_stages(pipeline.stages if pipeline else ())
        self.select_stage(chosen)
        self.archive_pipeline_button.setText(self.tr("Restore") if pipeline and pipeline.archived
                                             else self.tr("Archive"))

    def _show_stage(self) -> None:
        stage = self.current_stage()
        self._show_stage_errors({})
        self.stage_name_edit.setText(stage.name if stage else "")
        self.stage_probability_edit.setText(f"{stage.probability.normalize():f}" if stage else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        pipeline, stage = self.current_pipeline(), self.current_stage()
        is_open = stage is not None and stage.kind == "open"
        open_stages = [s for s in pipeline.stages if s.kind == "open"] if pipeline else []
        position = next((i for i, s in enumerate(open_stages) if stage and s.id == stage.id), -1)
        self.rename_pipeline_button.setEnabled(pipeline is not None)
        self.archive_pipeline_button.setEnabled(pipeline is not None)
        self.add_stage_button.setEnabled(pipeline is not None)
        self.save_stage_button.setEnabled(stage is not None)
        self.stage_probability_edit.setEnabled(stage is None or is_open)
        self.stage_up_button.setEnabled(is_open and position > 0)
        self.stage_down_button.setEnabled(is_open and 0 <= position < len(open_stages) - 1)
        self.delete_stage_button.setEnabled(is_open and len(open_stages) > 1)
        reason = self.reason_list.currentItem()
        self.rename_reason_button.setEnabled(reason is not None)
        self.archive_reason_button.setEnabled(reason is not None
                                              and not reason.data(Qt.ItemDataRole.UserRole + 1))

    # -- pipelines -----------------------------------------------------------------------------
    def add_pipeline(self) -> None:
        name = self.ask_text(self, self.tr("New pipeline"), self.tr("Name of the pipeline:"))
        if not name:
            return
        first = StageSpec(self.tr(FIRST_STAGE.name), FIRST_STAGE.probability)
        self._write(lambda: self.ctx.funnel.create_pipeline(name, stages=[first]), self._pipeline_saved,
                    "pipeline")

    def rename_pipeline(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is None:
            return
        name = self.ask_text(self, self.tr("Rename pipeline"), self.tr("New name:"), pipeline.name)
        if not name or name == pipeline.name:
            return
        ident, version = pipeline.id, pipeline.version
        self._write(lambda: self.ctx.funnel.rename_pipeline(ident, name, expected_version=version),
                    self._pipeline_saved, "pipeline")

    def toggle_archived(self) -> None:
        pipeline = self.current_pipeline()
        if pipeline is not None:
            ident, archived = pipeline.id, not pipeline.archived
            if archived and not self.show_archived_check.isChecked():
                self._wanted_pipeline = None
            self._write(lambda: self.ctx.funnel.set_pipeline_archived(ident, archived), lambda _p: self.reload(),
                        "pipeline")

    def _pipeline_saved(self, pipeline: PipelineRow, stage_id: int | None = None) -> None:
        self._wanted_pipeline, self._wanted_stage = pipeline.id, stage_id
        self.reload()

    # -- stages --------------------------------------------------------------------------------
    def _stage_input(self) -> tuple[str, Decimal] | None:
        self._show_stage_errors({})
        try:
            probability = parse_decimal(self.stage_probability_edit.text()) or Decimal("0")
        except InvalidOperation:
            self._show_stage_errors({"probability": self.tr("is not a number")})
            return None
        return self.stage_name_edit.text(), probability

    def add_stage(self) -> None:
        pipeline, typed = self.current_pipeline(), self._stage_input()
        if pipeline is None or typed is None:
            return
        name, probability = typed
        ident = pipeline.id
        before = {s.id for s in pipeline.stages}
        self._write(lambda: self.ctx.funnel.add_stage(ident, StageSpec(name, probability)),
                    lambda p: self._pipeline_saved(p, next((s.id for s in p.stages if s.id not in before), None)),
                    "stage", self._show_stage_errors)

    def save_stage(self) -> None:
        stage, typed = self.current_stage(), self._stage_input()
        if stage is None or typed is None:
            return
        name, probability = typed
        if stage.kind != "open":
            probability = stage.probability
        ident, version = stage.id, stage.version
        self._write(lambda: self.ctx.funnel.update_stage(ident, name=name, probability=probability,
                                                         expected_version=version),
                    lambda p: self._pipeline_saved(p, ident), "stage", self._show_stage_errors)

    def move_stage(self, step: int) -> None:
        pipeline, stage = self.current_pipeline(), self.current_stage()
        if pipeline is None or stage is None or stage.kind != "open":
            return
        open_ids = [s.id for s in pipeline.stages if s.kind == "open"]
        position = open_ids.index(stage.id) + step
        ident = stage.id
        self._write(lambda: self.ctx.funnel.move_stage(ident, position=position),
                    lambda p: self._pipeline_saved(p, ident), "stage", self._show_stage_errors)

    def delete_stage(self) -> None:
        stage = self.current_stage()
        if stage is None:
            return
        ident = stage.id
        self._write(lambda: self.ctx.funnel.delete_stage(ident), self._pipeline_saved, "stage",
                    self._show_stage_errors)

    def _show_stage_errors(self, errors: dict[str, str]) -> None:
        for key, field in self.stage_fields.items():
            field.set_error(errors.get(key, ""))
        rest = [error_text(m) for k, m in errors.items() if k not in self.stage_fields]
        self.stage_error.show_message("\n".join(rest))

    # -- lost reasons --------------------------------------------------------------------------
    def add_reason(self) -> None:
        name = self.reason_name_edit.text()
        self.reason_field.set_error("")
        self.reason_error.show_message("")
        self._write(lambda: self.ctx.funnel.add_lost_reason(name), self._reason_added, "lost_reason",
                    self._show_reason_errors)

    def _reason_added(self, reason: NamedItem) -> None:
        self.reason_name_edit.clear()
        self.reasons.append(reason)
        self.reload_reasons()

    def rename_reason(self) -> None:
        reason = self.current_reason()
        if reason is None:
            return
        name = self.ask_text(self, self.tr("Rename lost reason"), self.tr("New name:"), reason.name)
        if not name or name == reason.name:
            return
        ident, version = reason.id, reason.version
        self._write(lambda: self.ctx.funnel.rename_lost_reason(ident, name, expected_version=version),
                    lambda _r: self.reload_reasons(), "lost_reason", self._show_reason_errors)

    def archive_reason(self) -> None:
        reason = self.current_reason()
        if reason is not None:
            ident = reason.id
            self._write(lambda: self.ctx.funnel.archive_lost_reason(ident), lambda _r: self.reload_reasons(),
                        "lost_reason")

    def _show_reason_errors(self, errors: dict[str, str]) -> None:
        self.reason_field.set_error(errors.get("name", ""))
        self.reason_error.show_message("\n".join(error_text(m) for k, m in errors.items() if k != "name"))

    # -- writing -------------------------------------------------------------------------------
    def _write(self, fn, on_done, entity: str, on_invalid: Callable[[dict[str, str]], None] | None = None) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and on_invalid is not None:
                on_invalid(exc.errors)
                return
            show_error(self, exc)
            if isinstance(exc, ConcurrentEdit):
                self.reload()  # someone else changed it: show theirs, never write over it
        self.tasks.write(fn, on_done, failed, entity=entity)
