"""Editors for a rule's parameters, built from the kinds in app/services/automation/catalog.py, and the
condition and action rows of the rule editor."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.automation import EditorChoices
from app.services.automation.catalog import ACTIONS, FIELDS, OPS, SETTABLE, TASK_KINDS
from app.services.i18n import translated
from app.ui.documents.format import type_title
from app.ui.planner.common import kind_label

DOC_TYPES = ("quote", "order", "invoice", "waybill", "act", "contract", "purchase_order", "goods_receipt",
             "supplier_invoice")
WEEKDAYS = (
    QT_TR_NOOP("Monday"),
    QT_TR_NOOP("Tuesday"),
    QT_TR_NOOP("Wednesday"),
    QT_TR_NOOP("Thursday"),
    QT_TR_NOOP("Friday"),
    QT_TR_NOOP("Saturday"),
    QT_TR_NOOP("Sunday"),
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text, disambiguation, n)


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(objectName=name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    for title, data in items:
        combo.addItem(title, data)
    return combo


class ParamEditor:
    """One parameter's widget with `value()` / `set_value()` in the form the service stores."""

    def __init__(self, key: str, kind: str, choices: EditorChoices, *, entity: str, optional: bool, prefix: str):
        self.key, self.kind = key, kind
        name = f"{prefix}{key}_edit"
        anything = [(tr("(any)"), "")] if optional else []
        if kind == "int":
            self.widget = QSpinBox(objectName=name, minimum=0, maximum=3650)
            self.widget.setMaximumWidth(80)
        elif kind in ("text", "time"):
            self.widget = QLineEdit(objectName=name)
            if kind == "time":
                self.widget.setPlaceholderText("09:00")
                self.widget.setMaximumWidth(80)
            else:
                self.widget.setMinimumWidth(220)
        else:
            items: list[tuple[str, object]]
            if kind == "weekday":
                items = [(tr(day), i + 1) for i, day in enumerate(WEEKDAYS)]
            elif kind == "every":
                items = [(tr("Day"), "daily"), (tr("Week"), "weekly")]
            elif kind == "stage_kind":
                items = anything + [(tr("Won"), "won"), (tr("Lost"), "lost"), (tr("Open"), "open")]
            elif kind == "stage":
                items = anything + [(title, sid) for sid, title in choices.stages]
            elif kind == "doc_type":
                items = anything + [(type_title(t), t) for t in DOC_TYPES]
            elif kind == "task_kind":
                items = [(kind_label(k), k) for k in TASK_KINDS]
            elif kind == "field":
                items = [(translated(title), f) for f, (title, _k) in SETTABLE.get(entity, {}).items()]
            elif kind == "assignee":
                items = ([(tr("The record's manager"), "manager"), (tr("Administrators"), "admins")]
                         + [(tr("Role: {0}").format(title), f"role:{key}") for key, title in choices.roles]
                         + [(title, f"user:{uid}") for uid, title in choices.users])
            else:
                raise ValueError(kind)
            self.widget = _combo(name, items)

    def value(self) -> object:
        w = self.widget
        if isinstance(w, QSpinBox):
            return w.value()
        if isinstance(w, QLineEdit):
            return w.text().strip()
        return w.currentData()

    def set_value(self, value: object) -> None:
        w = self.widget
        if isinstance(w, QSpinBox):
            w.setValue(int(value or 0))
        elif isinstance(w, QLineEdit):
            w.setText("" if value is None else str(value))
        else:
            index = w.findData(value)
            if index < 0 and isinstance(value, str) and value.isdigit():
                index = w.findData(int(value))
            w.setCurrentIndex(max(index, 0))


class ConditionRow(QWidget):
    removed = Signal(object)

    def __init__(self, entity: str, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"condition_row_{index}")
        fields = FIELDS.get(entity, {})
        self.field_combo = _combo(f"condition_{index}_field", [(translated(t), f) for f, (t, _k) in fields.items()])
        self.op_combo = _combo(f"condition_{index}_op", [(translated(title), op) for op, title in OPS.items()])
        self.value_edit = QLineEdit(objectName=f"condition_{index}_value", placeholderText=tr("value"))
        self.remove_button = QToolButton(objectName=f"condition_{index}_remove", text="✕", toolTip=tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.field_combo, self.op_combo):
            layout.addWidget(w)
        layout.addWidget(self.value_edit, 1)
        layout.addWidget(self.remove_button)
        self.editors = {"field": self.field_combo, "op": self.op_combo, "value": self.value_edit}

    def set_condition(self, c: dict) -> None:
        self.field_combo.setCurrentIndex(max(self.field_combo.findData(c.get("field")), 0))
        self.op_combo.setCurrentIndex(max(self.op_combo.findData(c.get("op", "=")), 0))
        self.value_edit.setText(str(c.get("value", "")))

    def condition(self) -> dict:
        return {"field": self.field_combo.currentData(), "op": self.op_combo.currentData(),
                "value": self.value_edit.text().strip()}


class ActionRow(QWidget):
    removed = Signal(object)

    def __init__(self, entity: str, index: int, choices: EditorChoices, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"action_row_{index}")
        self.entity, self.index, self.choices = entity, index, choices
        usable = [a for a in ACTIONS if a.entities is None or entity in a.entities]
        self.kind_combo = _combo(f"action_{index}_kind", [(translated(a.title), a.key) for a in usable])
        self.remove_button = QToolButton(objectName=f"action_{index}_remove", text="✕", toolTip=tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 6)
        outer.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"{index + 1}."))
        head.addWidget(self.kind_combo)
        head.addStretch(1)
        head.addWidget(self.remove_button)
        outer.addLayout(head)
        # The chosen action's parameters, on a line of their own under it.
        self.layout_ = QHBoxLayout()
        self.layout_.setContentsMargins(24, 0, 0, 0)
        self.layout_.addStretch(1)
        outer.addLayout(self.layout_)
        self.params: dict[str, ParamEditor] = {}
        self._param_widgets: list[QWidget] = []
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._build())
        self._build()

    def _build(self) -> None:
        for w in self._param_widgets:
            self.layout_.removeWidget(w)
            w.hide()
            w.deleteLater()
        self._param_widgets, self.params = [], {}
        spec = next((a for a in ACTIONS if a.key == self.kind_combo.currentData()), None)
        if spec is None:
            return
        at = 0
        for key, title, kind in spec.params:
            editor = ParamEditor(key, kind, self.choices, entity=self.entity, optional=False,
                                 prefix=f"action_{self.index}_")
            label = QLabel(translated(title))
            self.layout_.insertWidget(at, label)
            self.layout_.insertWidget(at + 1, editor.widget, 1 if kind == "text" else 0)
            label.show()
            editor.widget.show()
            at += 2
            self._param_widgets += [label, editor.widget]
            self.params[key] = editor

    def set_action(self, a: dict) -> None:
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(a.get("kind")), 0))
        for key, editor in self.params.items():
            if key in a:
                editor.set_value(a[key])

    def action(self) -> dict:
        return {"kind": self.kind_combo.currentData(), **{k: e.value() for k, e in self.params.items()}}

    def editor_for(self, key: str) -> QWidget | None:
        if key == "kind":
            return self.kind_combo
        editor = self.params.get(key)
        return editor.widget if editor else None

