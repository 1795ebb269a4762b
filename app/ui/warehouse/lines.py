"""The editable lines grid of a stock document: what the user typed is kept as text until saved, so a
rejected quantity stays on screen next to its message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.services.errors import ValidationError
from app.ui.text import isolate, numeric_date
from app.ui.warehouse.format import format_quantity, parse_date, parse_decimal
from app.ui.widgets import ERROR_COLOR

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
ERROR_BACKGROUND = QColor("#ffebee")


def tr(text: str) -> str:
    return QCoreApplication.translate("StockLines", text)


@dataclass
class EditLine:
    """One line as the user edits it (mutable, texts as typed)."""

    product_id: int
    sku: str
    name: str
    unit: str
    quantity: str = ""
    unit_cost: str = ""
    lot_code: str = ""
    expires: str = ""
    line_id: int | None = None
    lot_id: int | None = None
    book_quantity: Decimal | None = None
    decimals: int | None = None
    tracks_lots: bool = False         # lot and expiry are editable only for lot-tracked products
    saved_lot_code: str = ""          # the lot code `lot_id` stands for; a changed code drops lot_id


def edit_line_of(row, decimals: int | None) -> EditLine:
    """A StockLineRow of a saved document as an editable line."""
    return EditLine(product_id=row.product_id, sku=row.sku, name=row.product_name, unit=row.unit,
                    quantity=_plain(row.quantity, decimals), unit_cost=_plain(row.unit_cost, None),
                    lot_code=row.lot_code or "", expires=numeric_date(row.lot_expires_on),
                    line_id=row.id, lot_id=row.lot_id, book_quantity=row.book_quantity, decimals=decimals,
                    tracks_lots=bool(row.tracks_lots),
                    saved_lot_code=row.lot_code or "")


def _plain(value: Decimal | None, places: int | None) -> str:
    """A Decimal as an editor shows it: '12.5', no grouping (it is typed back in)."""
    if value is None:
        return ""
    if places is not None:
        return f"{value:.{places}f}"
    return f"{value.normalize():f}"


class LinesModel(QAbstractTableModel):
    """Columns depend on the document kind: quantity for all, unit cost on receipts, lot and expiry for
    lot products, the book quantity on counts."""

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.lines: list[EditLine] = []
        self.read_only = False
        self.errors: dict[tuple[int, str], str] = {}
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.beginResetModel()
        self.kind = kind
        cols = [("sku", tr("SKU")), ("name", tr("Product"))]
        if kind == "count":
            cols.append(("book_quantity", tr("Book")))
        cols += [("quantity", tr("Counted") if kind == "count" else tr("Quantity")), ("unit", tr("Unit"))]
        if kind in ("receipt", "output"):      # what a receipt paid, what the output cost to make
            cols.append(("unit_cost", tr("Unit cost")))
        cols.append(("lot_code", tr("Lot")))
        if kind == "receipt":
            cols.append(("expires", tr("Expires")))
        self.keys = [k for k, _ in cols]
        self.titles = [t for _, t in cols]
        self.endResetModel()

    def set_lines(self, lines: list[EditLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.errors = {}
        self.endResetModel()

    def add_line(self, line: EditLine) -> int:
        """Append a line, or return the row of the product's existing line (not lot-tracked)."""
        for i, existing in enumerate(self.lines):
            if existing.product_id == line.product_id and not existing.tracks_lots and not line.tracks_lots \
                    and existing.lot_id is None:
                return i
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        return row

    def remove_line(self, row: int) -> None:
        if 0 <= row < len(self.lines):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.errors = {}
            self.endRemoveRows()

    def column_of(self, key: str) -> int:
        return self.keys.index(key) if key in self.keys else -1

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
                return self.titles[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return RIGHT if self.keys[section] in ("quantity", "unit_cost", "book_quantity") else LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def _lot_editable(self, line: EditLine) -> bool:
        return bool(line.tracks_lots)

    @staticmethod
    def _quantity_text(line: EditLine) -> str:
        """The quantity with the unit's decimals in the user's locale; what was typed when it is not a number
        or has more decimals than the unit allows (so the mistake stays visible)."""
        try:
            value = parse_decimal(line.quantity)
        except InvalidOperation:
            return line.quantity
        if value is None:
            return ""
        exponent = value.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        if line.decimals is not None and places > line.decimals and value != value.quantize(
                Decimal(1).scaleb(-line.decimals)):
            return line.quantity
        return format_quantity(value, line.decimals)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.lines)):
            return None
        line, key = self.lines[index.row()], self.keys[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if key == "book_quantity":
                text = format_quantity(line.book_quantity, line.decimals)
            elif key == "quantity" and role == Qt.ItemDataRole.DisplayRole:
                text = self._quantity_text(line)
            elif key in ("lot_code", "expires") and not self._lot_editable(line):
                text = "" if role == Qt.ItemDataRole.EditRole else "—"
            else:
                text = str(getattr(line, key))
            return isolate(text) if role == Qt.ItemDataRole.DisplayRole else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key in ("quantity", "unit_cost", "book_quantity") else LEFT
        if role == Qt.ItemDataRole.BackgroundRole and (index.row(), key) in self.errors:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole and (index.row(), key) in self.errors:
            return QBrush(QColor(ERROR_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get((index.row(), key))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.keys[index.column()]
        line = self.lines[index.row()] if 0 <= index.row() < len(self.lines) else None
        editable = key in ("quantity", "unit_cost") or (
            key in ("lot_code", "expires") and line is not None and self._lot_editable(line))
        if editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or \
                not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        setattr(self.lines[index.row()], self.keys[index.column()], str(value).strip())
        self.errors.pop((index.row(), self.keys[index.column()]), None)
        self.dataChanged.emit(index, index)
        return True

    # -- the form ------------------------------------------------------------------------------
    def line_data(self, make):
        """The lines as StockLineData (`make` is the class); raises ValidationError (lines.N.field) for
        numbers and dates that do not parse."""
        errors: dict[str, str] = {}
        out = []
        for i, line in enumerate(self.lines):
            try:
                quantity = parse_decimal(line.quantity)
            except InvalidOperation:
                errors[f"lines.{i}.quantity"], quantity = "is not a number", None
            if quantity is None and f"lines.{i}.quantity" not in errors:
                errors[f"lines.{i}.quantity"] = "is required"
            try:
                cost = parse_decimal(line.unit_cost) if self.kind == "receipt" else None
            except InvalidOperation:
                errors[f"lines.{i}.unit_cost"], cost = "is not a number", None
            expires: date | None = None
            if self.kind == "receipt" and self._lot_editable(line):
                try:
                    expires = parse_date(line.expires)
                except ValueError:
                    errors[f"lines.{i}.expires"] = "is not a date (YYYY-MM-DD)"
            lot_code = line.lot_code if self._lot_editable(line) else ""
            out.append(make(product_id=line.product_id, quantity=quantity or Decimal(0), unit_cost=cost,
                            lot_id=line.lot_id if lot_code == line.saved_lot_code else None,
                            lot_code=lot_code, lot_expires_on=expires, line_id=line.line_id))
        if errors:
            raise ValidationError(errors)
        return tuple(out)
