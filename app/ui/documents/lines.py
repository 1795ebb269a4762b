"""The editable lines grid of a sales document. What the user typed stays text until saved, so a rejected
price stays on screen next to its message. An empty price, discount or VAT cell means "propose it": the
proposal (price list, client's discount, product's rate) is shown greyed and the service decides on save.
Amounts are a live preview computed with the same rounding the service uses (totals.line_amounts)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.documents.forms import LineForm, LineRow
from app.services.documents.totals import LineAmounts, Totals, document_totals, line_amounts
from app.services.errors import ValidationError
from app.ui.documents.format import money, parse_number, plain, price_text
from app.ui.text import isolate
from app.ui.warehouse.format import format_quantity
from app.ui.widgets import ERROR_COLOR

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ERROR_BACKGROUND = QColor("#ffebee")
PROPOSED_COLOR = QColor("#757575")
NUMBER_KEYS = ("quantity", "price", "discount_percent", "vat_rate", "net", "vat", "amount")
EDITABLE_KEYS = ("description", "quantity", "unit", "price", "discount_percent", "vat_rate")


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text)


@dataclass
class EditLine:
    """One line as the user edits it (mutable, texts as typed; '' in price/discount/VAT: propose)."""

    product_id: int | None = None
    sku: str = ""
    description: str = ""
    unit: str = ""
    quantity: str = "1"
    price: str = ""
    discount_percent: str = ""
    vat_rate: str = ""
    proposed_price: Decimal | None = None
    proposed_discount: Decimal | None = None
    proposed_vat: Decimal | None = None
    source_line_id: int | None = None
    line_id: int | None = None  # the saved line (None: typed since the last save)
    done: str = ""            # orders: "shipped 2 · invoiced 5"; purchase orders: "received 4 · invoiced 0"


def edit_line_of(row: LineRow, doc_type: str = "") -> EditLine:
    done = ""
    if row.delivered or row.invoiced:
        text = tr("received {0} · invoiced {1}") if doc_type == "purchase_order" else tr("shipped {0} · invoiced {1}")
        done = text.format(format_quantity(row.delivered), format_quantity(row.invoiced))
    return EditLine(product_id=row.product_id, sku=row.sku, description=row.description, unit=row.unit,
                    quantity=plain(row.quantity), price=price_text(row.price), discount_percent=plain(row.discount_percent),
                    vat_rate=plain(row.vat_rate), source_line_id=row.source_line_id, line_id=row.id, done=done)


class DocumentLinesModel(QAbstractTableModel):
    totals_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[EditLine] = []
        self.read_only = False
        self.fixed_keys: frozenset[str] = frozenset()     # columns not edited even in a draft
        self.errors: dict[tuple[int, str], str] = {}
        self.vat_mode, self.currency = "exclusive", "USD"
        cols = [("sku", tr("SKU")), ("description", tr("Product or service")), ("quantity", tr("Qty")),
                ("unit", tr("Unit")), ("price", tr("Price")), ("discount_percent", tr("Disc. %")),
                ("vat_rate", tr("VAT %")), ("net", tr("Net")), ("vat", tr("VAT")), ("amount", tr("Amount"))]
        self.keys = [k for k, _ in cols]
        self.titles = [t for _, t in cols]
        self.bold = QFont()
        self.bold.setBold(True)
        self.italic = QFont()
        self.italic.setItalic(True)

    # -- feeding ---------------------------------------------------------------------------------
    def set_lines(self, lines: list[EditLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.errors = {}
        self.endResetModel()
        self.totals_changed.emit()

    def set_pricing(self, vat_mode: str, currency: str) -> None:
        """The header's VAT mode and currency changed: the preview amounts follow."""
        self.vat_mode, self.currency = vat_mode, currency
        self._all_changed()
        self.totals_changed.emit()

    def add_line(self, line: EditLine) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.totals_changed.emit()
        return row

    def propose(self, row: int, price: Decimal | None, discount: Decimal | None, vat: Decimal | None) -> None:
        if 0 <= row < len(self.lines):
            line = self.lines[row]
            line.proposed_price, line.proposed_discount, line.proposed_vat = price, discount, vat
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.keys) - 1))
            self.totals_changed.emit()

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.errors = {}
            self.endRemoveRows()
            self.totals_changed.emit()

    def column_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self.errors = dict(errors)
        self._all_changed()

    def _all_changed(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, len(self.keys) - 1))

    # -- the preview -------------------------------------------------------------------------------
    def _effective(self, line: EditLine) -> tuple[Decimal, Decimal, Decimal, Decimal] | None:
        try:
            qty = parse_number(line.quantity)
            price = parse_number(line.price) if line.price else line.proposed_price
            disc = parse_number(line.discount_percent) if line.discount_percent else (line.proposed_discount
                                                                                      or Decimal(0))
            vat = parse_number(line.vat_rate) if line.vat_rate else (line.proposed_vat or Decimal(0))
        except InvalidOperation:
            return None
        if qty is None or price is None or disc is None or vat is None:
            return None
        return qty, price, disc, vat

    def amounts(self, line: EditLine) -> LineAmounts | None:
        values = self._effective(line)
        if values is None:
            return None
        qty, price, disc, vat = values
        return line_amounts(qty, price, disc, vat, self.vat_mode, self.currency)

    def totals(self) -> tuple[Totals, bool]:
        """The preview totals, and whether every line could be computed."""
        pairs, complete = [], True
        for line in self.lines:
            a = self.amounts(line)
            values = self._effective(line)
            if a is None or values is None:
                complete = False
                continue
            pairs.append((values[3], a))
        return document_totals(pairs), complete

    # -- Qt model API --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.keys):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self.keys[section] in NUMBER_KEYS else LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _proposed(self, line: EditLine, key: str) -> Decimal | None:
        return {"price": line.proposed_price, "discount_percent": line.proposed_discount,
                "vat_rate": line.proposed_vat}.get(key)

    def _display(self, line: EditLine, key: str) -> str:
        if key in ("net", "vat", "amount"):
            a = self.amounts(line)
            return money(getattr(a, "total" if key == "amount" else key)) if a is not None else "—"
        typed = getattr(line, key)
        if key in ("price", "discount_percent", "vat_rate") and not typed:
            proposed = self._proposed(line, key)
            if proposed is None:
                return tr("auto")
            return price_text(proposed) if key == "price" else plain(proposed)
        if key == "quantity":
            try:
                value = parse_number(typed)
            except InvalidOperation:
                return typed
            return format_quantity(value) if value is not None else ""
        return str(typed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        line, key = self.lines[index.row()], self.keys[index.column()]
        proposed = key in ("price", "discount_percent", "vat_rate") and not getattr(line, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return isolate(self._display(line, key))
        if role == Qt.ItemDataRole.EditRole:
            return getattr(line, key) if key in EDITABLE_KEYS else self._display(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in NUMBER_KEYS else LEFT
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), key) in self.errors:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            if (index.row(), key) in self.errors:
                return QBrush(QColor(ERROR_COLOR))
            if proposed:
                return QBrush(PROPOSED_COLOR)
        if role == Qt.ItemDataRole.FontRole:
            if key == "amount":
                return self.bold
            if proposed:
                return self.italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if (index.row(), key) in self.errors:
                return self.errors[(index.row(), key)]
            if proposed:
                return tr("Proposed (price list, the client's discount, the product's VAT rate); type to change")
            if key == "description":
                return "\n".join(t for t in (line.description, line.done) if t)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.keys[index.column()]
        if key in EDITABLE_KEYS and key not in self.fixed_keys and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        key = self.keys[index.column()]
        setattr(self.lines[index.row()], key, str(value).strip())
        self.errors.pop((index.row(), key), None)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.keys) - 1))
        self.totals_changed.emit()
        return True

    # -- the form ------------------------------------------------------------------------------
    def line_forms(self) -> list[LineForm]:
        """The lines as LineForms; raises ValidationError (lines.N.field) for numbers that do not parse."""
        errors: dict[str, str] = {}
        out = []
        for i, line in enumerate(self.lines):
            values: dict[str, Decimal | None] = {}
            for key in ("quantity", "price", "discount_percent", "vat_rate"):
                try:
                    values[key] = parse_number(getattr(line, key))
                except InvalidOperation:
                    errors[f"lines.{i}.{key}"] = self.tr("is not a number")
            if values.get("quantity") is None and f"lines.{i}.quantity" not in errors:
                errors[f"lines.{i}.quantity"] = self.tr("is required")
            out.append(LineForm(product_id=line.product_id, description=line.description,
                                quantity=values.get("quantity") or Decimal(0), price=values.get("price"),
                                discount_percent=values.get("discount_percent"), vat_rate=values.get("vat_rate"),
                                unit=line.unit, source_line_id=line.source_line_id))
        if errors:
            raise ValidationError(errors)
        return out
