"""The editable lines grid of a bill of materials. What the user typed stays text until saved, so a rejected
quantity or scrap stays on screen next to its message; the component cell is edited with the catalog's
product picker. Services (labour) are cost lines: the grid says so instead of "material"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import InvalidOperation

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.services.errors import ValidationError
from app.services.production import BomLineForm, BomLineRow
from app.services.service_desk import ProductChoice
from app.ui.documents.format import parse_number, plain
from app.ui.service_desk.product_link import ProductPicker
from app.ui.text import isolate
from app.ui.warehouse.format import format_quantity
from app.ui.widgets import ERROR_COLOR

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ERROR_BACKGROUND = QColor("#ffebee")
SERVICE_COLOR = QColor("#1565c0")
KIND_TITLES = {
    "goods": QT_TR_NOOP("Goods"),
    "material": QT_TR_NOOP("Material"),
    "finished": QT_TR_NOOP("Finished product"),
    "service": QT_TR_NOOP("Service"),
}
COLUMNS = (
    ("component", QT_TR_NOOP("Component")),
    ("kind", QT_TR_NOOP("Kind")),
    ("quantity", QT_TR_NOOP("Quantity")),
    ("unit", QT_TR_NOOP("Unit")),
    ("scrap_percent", QT_TR_NOOP("Scrap %")),
    ("notes", QT_TR_NOOP("Notes")),
)
NUMBER_KEYS = ("quantity", "scrap_percent")
EDITABLE_KEYS = ("component", "quantity", "scrap_percent", "notes")
# The grid's column for a field the service names in its errors.
KEY_OF = {"component_id": "component"}


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


@dataclass(frozen=True, slots=True)
class Component:
    """What a line shows of its component (read when it is picked)."""

    id: int
    sku: str
    name: str
    unit: str = ""
    kind: str = ""
    has_bom: bool = False

    @property
    def is_service(self) -> bool:
        return self.kind == "service"


@dataclass
class EditBomLine:
    """One line as the user edits it (mutable, numbers as typed)."""

    component: Component | None
    quantity: str = "1"
    scrap_percent: str = "0"
    notes: str = ""


def edit_line_of(row: BomLineRow) -> EditBomLine:
    return EditBomLine(Component(row.component_id, row.sku, row.name, row.unit, row.kind, row.has_bom),
                       quantity=plain(row.quantity), scrap_percent=plain(row.scrap_percent), notes=row.notes)


def kind_text(component: Component | None) -> str:
    if component is None:
        return ""
    if component.is_service:
        return tr("Service · cost line")
    if component.has_bom:
        return tr("Sub-assembly")
    return tr(KIND_TITLES.get(component.kind, component.kind))


def number_text(typed: str) -> str:
    """A typed number in the user's locale ('1,250.5'); what was typed when it is not a number."""
    try:
        value = parse_number(typed)
    except InvalidOperation:
        return typed
    return "" if value is None else format_quantity(value)


class BomLinesModel(QAbstractTableModel):
    edited = Signal()   # the user changed the lines (typed, picked, added, removed, moved)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[EditBomLine] = []
        self.errors: dict[tuple[int, str], str] = {}
        self.keys = [k for k, _ in COLUMNS]
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_lines(self, lines: list[EditBomLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.errors = {}
        self.endResetModel()

    def column_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

    def row_of(self, component_id: int) -> int:
        return next((i for i, ln in enumerate(self.lines)
                     if ln.component is not None and ln.component.id == component_id), -1)

    def add_line(self, line: EditBomLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.errors = {}  # they name line numbers that just moved
            self.endRemoveRows()
            self.edited.emit()

    def move_line(self, row: int, delta: int) -> int:
        """Move a line up (-1) or down (+1); returns its new row (unchanged at either end)."""
        target = row + delta
        if not (0 <= row < len(self.lines) and 0 <= target < len(self.lines)):
            return row
        # Qt's destination is the row the moved one is inserted before.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + 1 if delta > 0 else target)
        self.lines.insert(target, self.lines.pop(row))
        self.errors = {}
        self.endMoveRows()
        self.edited.emit()
        return target

    def set_component(self, row: int, component: Component) -> None:
        if 0 <= row < len(self.lines):
            self.lines[row].component = component
            self.errors.pop((row, "component"), None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.keys) - 1))

    def update_components(self, component: Component) -> None:
        """Fill in what was read of a picked component on every line that names it."""
        for row, line in enumerate(self.lines):
            if line.component is not None and line.component.id == component.id:
                line.component = component
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.keys) - 1))

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(self.keys) - 1))

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.keys):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self.keys[section] in NUMBER_KEYS else LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _text(self, line: EditBomLine, key: str, role: int) -> str:
        comp = line.component
        if key == "component":
            if comp is None:
                return ""
            return f"{comp.sku} · {comp.name}" if role == Qt.ItemDataRole.DisplayRole else comp.sku
        if key == "kind":
            return kind_text(comp)
        if key == "unit":
            return comp.unit if comp is not None else ""
        typed = str(getattr(line, key))
        if key in NUMBER_KEYS and role == Qt.ItemDataRole.DisplayRole:
            return number_text(typed)
        return typed

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        line, key = self.lines[index.row()], self.keys[index.column()]
        error = self.errors.get((index.row(), key))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = self._text(line, key, role)
            return isolate(text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in NUMBER_KEYS else LEFT
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if error:
                return QBrush(QColor(ERROR_COLOR))
            if key == "kind" and line.component is not None and line.component.is_service:
                return QBrush(SERVICE_COLOR)
        if role == Qt.ItemDataRole.FontRole and key == "kind" and line.component is not None \
                and line.component.is_service:
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if error:
                return error
            if key == "kind" and line.component is not None and line.component.is_service:
                return tr("A service is not taken from stock: its purchase price adds to the cost")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.keys[index.column()] in EDITABLE_KEYS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.keys[index.column()]
        if key == "component":
            if not isinstance(value, Component):
                return False
            self.set_component(index.row(), value)
        else:
            text = str(value).strip()
            if text == getattr(self.lines[index.row()], key):
                return True  # an editor closed without a change
            setattr(self.lines[index.row()], key, text)
            self.errors.pop((index.row(), key), None)
            self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # -- the form ------------------------------------------------------------------------------
    def line_forms(self) -> list[BomLineForm]:
        """The lines as BomLineForms; raises ValidationError (lines.N.field) for numbers that do not parse."""
        errors: dict[str, str] = {}
        out = []
        for i, line in enumerate(self.lines):
            values: dict[str, str] = {}
            for key in NUMBER_KEYS:
                try:
                    value = parse_number(getattr(line, key))
                except InvalidOperation:
                    errors[f"lines.{i}.{key}"] = self.tr("is not a number")
                    value = None
                values[key] = "" if value is None else f"{value:f}"
            if not values["quantity"] and f"lines.{i}.quantity" not in errors:
                errors[f"lines.{i}.quantity"] = self.tr("is required")
            out.append(BomLineForm(line.component.id if line.component is not None else None,
                                   quantity=values["quantity"], scrap_percent=values["scrap_percent"] or "0",
                                   notes=line.notes))
        if errors:
            raise ValidationError(errors)
        return out


class ComponentDelegate(QStyledItemDelegate):
    """Edits the component cell with the catalog's product picker; the other cells with a plain editor.
    `on_pick(row, product_id)` is told which product was chosen, to read its unit and kind."""

    def __init__(self, ctx, tasks, on_pick: Callable[[int, int], None], parent=None):
        super().__init__(parent)
        self.ctx, self.tasks, self.on_pick = ctx, tasks, on_pick

    def _is_component(self, index: Index) -> bool:
        model = index.model()
        return isinstance(model, BomLinesModel) and model.keys[index.column()] == "component"

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if not self._is_component(index):
            return super().createEditor(parent, option, index)
        picker = ProductPicker(self.ctx, self.tasks, parent)
        picker.setObjectName("line_component_combo")
        picker.setFrame(False)
        # A pick ends the edit at once, as Enter in a plain cell does.
        picker.product_chosen.connect(lambda _pid, p=picker: (self.commitData.emit(p), self.closeEditor.emit(p)))
        return picker

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if not isinstance(editor, ProductPicker):
            super().setEditorData(editor, index)
            return
        line = index.model().lines[index.row()]
        comp = line.component
        editor.set_product(ProductChoice(comp.id, comp.sku, comp.name) if comp is not None else None)
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if not isinstance(editor, ProductPicker):
            super().setModelData(editor, model, index)
            return
        product_id = editor.product_id()
        current = model.lines[index.row()].component
        if product_id is None or (current is not None and current.id == product_id):
            return  # nothing (or the same product) chosen: the line keeps its component
        label = editor.currentText().strip()
        sku, _, name = label.partition(" · ")
        model.setData(index, Component(product_id, sku, name or sku))
        self.on_pick(index.row(), product_id)


__all__ = ["KEY_OF", "BomLinesModel", "Component", "ComponentDelegate", "EditBomLine", "edit_line_of", "kind_text",
           "number_text"]
