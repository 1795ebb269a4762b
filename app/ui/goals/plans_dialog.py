"""The sales plan editor: one row per manager, one column per month of a year; type a plan into a cell
(empty clears it). Each cell's tooltip says what the manager sold that month against the plan. Save keeps
every change at once; a bad cell stays as typed, marked red."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.services.goals import PlanYear
from app.services.goals.plans import cell_key
from app.ui.errors import message_for, show_error
from app.ui.funnel.money import format_money
from app.ui.goals.models import tr
from app.ui.tasks import TaskRunner
from app.ui.widgets import ErrorLabel, error_text

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def plain(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01")), "f")


class PlanModel(QAbstractTableModel):
    """Managers × months; edits are kept as typed text until saved."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan: PlanYear | None = None
        self.edits: dict[tuple[int, int], str] = {}
        self.bad: dict[tuple[int, int], str] = {}
        self.months = [QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]

    def set_plan(self, plan: PlanYear) -> None:
        self.beginResetModel()
        self.plan, self.edits, self.bad = plan, {}, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.managers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 14

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.plan is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.months[section] if section < 12 else tr("Year's plan") if section == 12 else tr("Sold")
        return self.plan.managers[section][1] if 0 <= section < len(self.plan.managers) else None

    def _cell(self, index: Index) -> tuple[int, int]:
        return self.plan.managers[index.row()][0], index.column() + 1

    def text(self, key: tuple[int, int]) -> str:
        if key in self.edits:
            return self.edits[key]
        amount = self.plan.amounts.get(key)
        return plain(amount) if amount is not None else ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() < 12:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None or not (0 <= index.row() < len(self.plan.managers)):
            return None
        manager = self.plan.managers[index.row()][0]
        if index.column() >= 12:
            if role == Qt.ItemDataRole.DisplayRole:
                figures = self.plan.amounts if index.column() == 12 else self.plan.actual
                total = sum((a for (m, _), a in figures.items() if m == manager), Decimal(0))
                return format_money(total, self.plan.currency) if total else ""
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(RIGHT)
            return None
        key = self._cell(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self.bad:
                return QColor("#fde0dc")
            if key in self.edits:
                return QColor("#fff8d6")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in self.bad:
                return error_text(self.bad[key])
            sold = self.plan.actual.get(key, Decimal(0))
            planned = self.plan.amounts.get(key)
            text = tr("Sold: {0}").format(format_money(sold, self.plan.currency))
            if planned:
                text += f" ({(sold * 100 / planned).quantize(Decimal('0.1'))} %)"
            return text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= 12:
            return False
        key = self._cell(index)
        self.edits[key] = str(value).strip()
        self.bad.pop(key, None)
        self.dataChanged.emit(index, index)
        return True

    def changed_cells(self, year: int) -> list[tuple[int, date, str]]:
        return [(m, date(year, month, 1), text) for (m, month), text in sorted(self.edits.items())
                if text != (plain(self.plan.amounts[(m, month)]) if (m, month) in self.plan.amounts else "")]

    def mark_bad(self, errors: dict[str, str], year: int) -> None:
        self.bad = {}
        for m, _name in self.plan.managers:
            for month in range(1, 13):
                message = errors.get(cell_key(m, date(year, month, 1)))
                if message:
                    self.bad[(m, month)] = message
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 11))


class PlansDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, year: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plans_dialog")
        self.setWindowTitle(tr("Sales plans"))
        self.resize(1100, 420)
        self.ctx, self.tasks = ctx, tasks
        self.year_spin = QSpinBox(objectName="plan_year_spin", minimum=2000, maximum=2100)
        self.year_spin.setValue(year or date.today().year)
        self.year_spin.valueChanged.connect(lambda _v: self.load())
        self.model = PlanModel(self)
        self.table = QTableView(objectName="plans_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(72)
        self.table.setColumnWidth(12, 120)
        self.table.setColumnWidth(13, 120)
        self.note = QLabel(tr("Net sales a manager should invoice each month, in {0}. Hover a cell for what was "
                              "sold.").format(""), objectName="plans_note")
        self.error = ErrorLabel("plans_error")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Year")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("Save plans"), objectName="save_plans_button")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        year = self.year_spin.value()
        self.tasks.read(lambda: self.ctx.goals.plan_year(year), self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, plan: PlanYear) -> None:
        self.model.set_plan(plan)
        self.error.show_message("")
        self.note.setText(tr("Net sales each manager should invoice per month, in {0}. Hover a cell for what was "
                             "sold; an empty cell has no plan.").format(plan.currency))

    def save(self) -> None:
        year = self.year_spin.value()
        cells = self.model.changed_cells(year)
        if not cells:
            self.error.show_message(tr("Nothing changed."))
            return
        self.tasks.write(lambda: self.ctx.goals.save_plans(cells), lambda _r: self.load(), self._failed,
                         entity="sales_plan")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.model.mark_bad(exc.errors, self.year_spin.value())
            self.error.show_message(tr("Some plans are not sums of zero or more (marked red); nothing was saved."))
        else:
            text = message_for(exc)
            if text:
                self.error.show_message(text)
            else:
                show_error(self, exc)
