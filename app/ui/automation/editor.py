"""Settings → Automation rules…: the rules on the left, the chosen one's trigger, conditions and actions
on the right; new rules from scratch or from a ready-made template; the run log one click away."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.access.matrix import Action, Area
from app.services.automation import EditorChoices, RuleForm, RuleRow
from app.services.automation.catalog import TRIGGER, TRIGGERS
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.i18n import translated
from app.ui.automation.params import ActionRow, ConditionRow, ParamEditor, tr
from app.ui.errors import show_error
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, error_text, set_invalid

TEMPLATE_TITLES = {"won_deal_order": QT_TR_NOOP("Won deal → order and a task for the warehouse"),
                   "overdue_invoice_call": QT_TR_NOOP("Invoice overdue 3 days → call task for the manager"),
                   "below_min_purchase": QT_TR_NOOP("Stock below minimum → draft purchase order")}


class AutomationRulesDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("automation_rules_dialog")
        self.setWindowTitle(tr("Automation rules"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(1100, 640)
        self.ctx, self.tasks = ctx, tasks
        self.rules: list[RuleRow] = []
        self.current: RuleRow | None = None
        self.choices = EditorChoices((), (), (), ())
        self.condition_rows: list[ConditionRow] = []
        self.action_rows: list[ActionRow] = []
        self.trigger_params: dict[str, ParamEditor] = {}
        self.can_edit = True   # until my_rights says otherwise (the service refuses anyway)

        # -- left: the rules ------------------------------------------------------------------------
        self.rule_list = QListWidget(objectName="rules_list")
        self.rule_list.currentRowChanged.connect(self._rule_chosen)
        self.new_button = QPushButton(tr("New rule"), objectName="new_rule_button")
        self.new_button.clicked.connect(self.new_rule)
        self.template_combo = QComboBox(objectName="template_combo")
        for key, title in TEMPLATE_TITLES.items():
            self.template_combo.addItem(tr(title), key)
        self.template_button = QPushButton(tr("Add from template"), objectName="add_template_button")
        self.template_button.clicked.connect(self.add_template)
        self.delete_button = QPushButton(tr("Delete"), objectName="delete_rule_button")
        self.delete_button.clicked.connect(self.delete_rule)
        self.log_button = QPushButton(tr("Run log…"), objectName="run_log_button")
        self.log_button.clicked.connect(self.open_log)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.rule_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        lv.addLayout(row)
        lv.addWidget(self.template_combo)
        lv.addWidget(self.template_button)
        lv.addWidget(self.log_button)

        # -- right: the chosen rule ----------------------------------------------------------------
        self.name_edit = QLineEdit(objectName="rule_name_edit", maxLength=200)
        self.active_check = QCheckBox(tr("Active"), objectName="rule_active_check", checked=True)
        self.trigger_combo = QComboBox(objectName="trigger_combo")
        for t in TRIGGERS:
            self.trigger_combo.addItem(translated(t.title), t.key)
        self.trigger_combo.currentIndexChanged.connect(lambda _i: self._trigger_changed())
        self.trigger_box = QWidget(objectName="trigger_params")
        self.trigger_layout = QHBoxLayout(self.trigger_box)
        self.trigger_layout.setContentsMargins(0, 0, 0, 0)
        self.fields = {"name": FieldWithError(self.name_edit, self)}
        form = QFormLayout()
        form.addRow(tr("Name"), self.fields["name"])
        form.addRow("", self.active_check)
        form.addRow(tr("When"), self.trigger_combo)
        form.addRow("", self.trigger_box)

        self.conditions_box = QGroupBox(tr("Only if (all of these hold)"), objectName="conditions_box")
        self.conditions_layout = QVBoxLayout(self.conditions_box)
        self.no_conditions = QLabel(tr("No conditions: the rule runs on every such change."))
        self.conditions_layout.addWidget(self.no_conditions)
        self.add_condition_button = QPushButton(tr("Add condition"), objectName="add_condition_button")
        self.add_condition_button.clicked.connect(lambda: self._add_condition({}))
        self.conditions_layout.addWidget(self.add_condition_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.actions_box = QGroupBox(tr("Then do"), objectName="actions_box")
        self.actions_layout = QVBoxLayout(self.actions_box)
        self.add_action_button = QPushButton(tr("Add action"), objectName="add_action_button")
        self.add_action_button.clicked.connect(lambda: self._add_action({}))
        self.actions_layout.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        hint = QLabel(tr("In a subject or message, {record} is the record's name or number and {rule} the "
                         "rule's name."), wordWrap=True)

        self.status = ErrorLabel("rule_status", self)
        self.save_button = QPushButton(tr("Save rule"), objectName="save_rule_button", default=True)
        self.save_button.clicked.connect(self.save)
        close = QPushButton(tr("Close"), objectName="close_button")
        close.clicked.connect(self.accept)

        body = QWidget()
        rv = QVBoxLayout(body)
        rv.addLayout(form)
        rv.addWidget(self.conditions_box)
        rv.addWidget(self.actions_box)
        rv.addWidget(hint)
        rv.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(body)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        rlay.addWidget(scroll, 1)
        rlay.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        rlay.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 800])
        QVBoxLayout(self).addWidget(splitter)
        self._trigger_changed()
        self.tasks.read(self.ctx.automation.editor_choices, self._got_choices, lambda exc: show_error(self, exc))

    # -- loading ------------------------------------------------------------------------------------
    def _got_choices(self, choices: EditorChoices) -> None:
        self.choices = choices
        self._show_form(self._form())
        self.reload()
        self.tasks.read(self.ctx.access.my_rights, self._got_rights, lambda exc: show_error(self, exc))

    def _got_rights(self, principal) -> None:
        """Who may only view the settings sees the rules and the log, and changes nothing."""
        self.can_edit = principal.allows(Area.SETTINGS, Action.EDIT)
        for button in (self.new_button, self.template_button, self.save_button, self.delete_button,
                       self.add_condition_button, self.add_action_button):
            button.setEnabled(self.can_edit and button.isEnabled())
        if not self.can_edit:
            self.status.show_message(tr("You may look at the rules; changing them needs the Settings edit right."))

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.tasks.read(self.ctx.automation.list_rules, lambda rows: self._show_rules(rows, keep),
                        lambda exc: show_error(self, exc))

    def _show_rules(self, rows: list[RuleRow], select_id: int | None) -> None:
        self.rules = rows
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        chosen = -1
        for i, r in enumerate(rows):
            state = "" if r.active else tr(" (off)")
            last = {"ok": " ✓", "failed": " ⚠", "gave_up": " ⚠", "loop": " ⟳"}.get(r.last_status, "")
            item = QListWidgetItem(f"{r.name}{state}{last}")
            item.setToolTip(translated(r.trigger_title))
            self.rule_list.addItem(item)
            if r.id == select_id:
                chosen = i
        self.rule_list.blockSignals(False)
        if chosen >= 0:
            self.rule_list.setCurrentRow(chosen)
        elif rows and self.current is None and not self.name_edit.text():
            self.rule_list.setCurrentRow(0)
        self.delete_button.setEnabled(self.current is not None and self.can_edit)

    def _rule_chosen(self, row: int) -> None:
        if 0 <= row < len(self.rules):
            self.current = self.rules[row]
            self._show_form(self.current.form)
        self.delete_button.setEnabled(self.current is not None and self.can_edit)

    # -- the form -----------------------------------------------------------------------------------
    def _entity(self) -> str:
        return TRIGGER[self.trigger_combo.currentData()].entity

    def _trigger_changed(self, params: dict | None = None) -> None:
        while self.trigger_layout.count():
            item = self.trigger_layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.trigger_params = {}
        trig = TRIGGER[self.trigger_combo.currentData()]
        for key, title, kind in trig.params:
            editor = ParamEditor(key, kind, self.choices, entity=trig.entity, optional=trig.key != "schedule",
                                 prefix="trigger_")
            label = QLabel(translated(title))
            self.trigger_layout.addWidget(label)
            self.trigger_layout.addWidget(editor.widget)
            label.show()
            editor.widget.show()
            self.trigger_params[key] = editor
            if params and key in params:
                editor.set_value(params[key])
            elif kind == "time":
                editor.set_value("09:00")
            elif key == "days" and params is None:
                editor.set_value(0)
        self.trigger_layout.addStretch(1)
        if params is None:
            # Chosen by the user: keep the conditions and actions that still make sense for its record.
            keep_c = [c for c in (r.condition() for r in self.condition_rows) if c["field"] in _fields(trig.entity)]
            keep_a = [a for a in (r.action() for r in self.action_rows) if a["kind"] in _actions(trig.entity)]
            self._set_rows(keep_c, keep_a)

    def _set_rows(self, conditions: list[dict], actions: list[dict]) -> None:
        for row in self.condition_rows + self.action_rows:
            row.hide()
            row.deleteLater()
        self.condition_rows, self.action_rows = [], []
        for c in conditions:
            self._add_condition(c)
        for a in actions:
            self._add_action(a)
        self._update_hints()

    def _add_condition(self, c: dict) -> None:
        row = ConditionRow(self._entity(), len(self.condition_rows), self.conditions_box)
        if not row.editors["field"].count():
            row.deleteLater()
            self.status.show_message(tr("A schedule has no record whose fields a condition could test."))
            return
        if c:
            row.set_condition(c)
        row.removed.connect(self._remove_condition)
        self.conditions_layout.insertWidget(self.conditions_layout.count() - 1, row)
        row.show()   # made after the dialog was shown: a new child stays hidden until shown
        self.condition_rows.append(row)
        self._update_hints()

    def _remove_condition(self, row: ConditionRow) -> None:
        self.condition_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update_hints()

    def _add_action(self, a: dict) -> None:
        row = ActionRow(self._entity(), len(self.action_rows), self.choices, self.actions_box)
        if a:
            row.set_action(a)
        row.removed.connect(self._remove_action)
        self.actions_layout.insertWidget(self.actions_layout.count() - 1, row)
        row.show()
        self.action_rows.append(row)

    def _remove_action(self, row: ActionRow) -> None:
        self.action_rows.remove(row)
        row.hide()
        row.deleteLater()

    def _update_hints(self) -> None:
        self.no_conditions.setVisible(not self.condition_rows)
        self.add_condition_button.setEnabled(bool(_fields(self._entity())) and self.can_edit)

    def _show_form(self, form: RuleForm) -> None:
        self._clear_errors()
        self.name_edit.setText(form.name)
        self.active_check.setChecked(form.active)
        self.trigger_combo.blockSignals(True)
        self.trigger_combo.setCurrentIndex(max(self.trigger_combo.findData(form.trigger), 0))
        self.trigger_combo.blockSignals(False)
        self._trigger_changed(dict(form.trigger_params))
        self._set_rows(form.conditions, form.actions)

    def _form(self) -> RuleForm:
        params = {k: e.value() for k, e in self.trigger_params.items() if e.value() not in ("", None)}
        return RuleForm(name=self.name_edit.text(), trigger=self.trigger_combo.currentData(), trigger_params=params,
                        conditions=[r.condition() for r in self.condition_rows],
                        actions=[r.action() for r in self.action_rows], active=self.active_check.isChecked(),
                        description=self.current.form.description if self.current else "")

    # -- commands -------------------------------------------------------------------------------------
    def new_rule(self) -> None:
        self.current = None
        self.rule_list.clearSelection()
        self.rule_list.setCurrentRow(-1)
        self._show_form(RuleForm(name="", trigger="deal.created", actions=[{"kind": "create_task"}]))
        self.delete_button.setEnabled(False)
        self.name_edit.setFocus()

    def save(self) -> None:
        form = self._form()   # plain values, read on the GUI thread
        rule_id = self.current.id if self.current else None
        version = self.current.version if self.current else None
        self._clear_errors()
        self.tasks.write(lambda: self.ctx.automation.save_rule(rule_id, form, expected_version=version),
                         self._saved, self._failed, entity="automation_rule", ids=lambda row: (row.id,))

    def _saved(self, row: RuleRow) -> None:
        self.current = row
        self.status.show_message("")
        self.reload(row.id)

    def add_template(self) -> None:
        key = self.template_combo.currentData()
        self.tasks.write(lambda: self.ctx.automation.add_template(key), self._saved, self._failed,
                         entity="automation_rule", ids=lambda row: (row.id,))

    def delete_rule(self) -> None:
        if self.current is None:
            return
        rule = self.current
        answer = QMessageBox.question(self, tr("Delete rule"),
                                      tr("Delete the rule “{0}” and its run log?").format(rule.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.current = None
        self.tasks.write(lambda: self.ctx.automation.delete_rule(rule.id), lambda _r: self._deleted(),
                         lambda exc: show_error(self, exc), entity="automation_rule")

    def _deleted(self) -> None:
        self.new_rule()
        self.reload()

    def open_log(self) -> None:
        from app.ui.automation.run_log import RuleRunLogDialog

        dialog = RuleRunLogDialog(self.ctx, self.tasks, self,
                                  rule_id=self.current.id if self.current else None)
        dialog.exec()
        dialog.deleteLater()

    # -- errors ---------------------------------------------------------------------------------------
    def _clear_errors(self) -> None:
        self.fields["name"].set_error("")
        for row in self.condition_rows:
            for w in row.editors.values():
                set_invalid(w, False)
        for row in self.action_rows:
            for key in ("kind", *row.params):
                if (w := row.editor_for(key)) is not None:
                    set_invalid(w, False)
        for e in self.trigger_params.values():
            set_invalid(e.widget, False)
        self.status.show_message("")

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        lines = []
        for key, message in exc.errors.items():
            parts = key.split(".")
            widget, where = None, ""
            if key == "name":
                self.fields["name"].set_error(message)
                continue
            if parts[0] == "conditions" and len(parts) == 3 and int(parts[1]) < len(self.condition_rows):
                widget = self.condition_rows[int(parts[1])].editors.get(parts[2])
                where = tr("Condition {0}").format(int(parts[1]) + 1)
            elif parts[0] == "actions" and len(parts) == 3 and int(parts[1]) < len(self.action_rows):
                widget = self.action_rows[int(parts[1])].editor_for(parts[2])
                where = tr("Action {0}").format(int(parts[1]) + 1)
            elif parts[0] == "trigger_params" and len(parts) == 2:
                editor = self.trigger_params.get(parts[1])
                widget = editor.widget if editor else None
                where = tr("Trigger")
            elif key == "actions":
                where = tr("Actions")
            if widget is not None:
                set_invalid(widget, True)
            lines.append(f"{where}: {error_text(message)}" if where else error_text(message))
        self.status.show_message("\n".join(lines))


def _fields(entity: str) -> dict:
    from app.services.automation.catalog import FIELDS

    return FIELDS.get(entity, {})


def _actions(entity: str) -> set[str]:
    from app.services.automation.catalog import ACTIONS

    return {a.key for a in ACTIONS if a.entities is None or entity in a.entities}
