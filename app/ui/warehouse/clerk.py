"""The clerk's scanner screen: big text, keyboard only, for a PC shared by the warehouse staff.

One input line always has the focus. A barcode scanner types the code and Enter; every code goes into a
FIFO and is sent to `stock.scan_into_document` one at a time (a fast scanner never loses a code, and each
scan carries the document version the previous one returned). A quantity is typed before the code as
"5*": "5*4006381333931" adds five. F-keys choose the mode, switch clerk, post; Esc leaves.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import ConcurrentEdit, ValidationError
from app.services.validation import ascii_digits
from app.ui.errors import message_for
from app.ui.lazy_model import LEFT, RIGHT, Column
from app.ui.tasks import TaskRunner
from app.ui.text import numeric_date
from app.ui.warehouse.clerk_lots import LotPrompt
from app.ui.warehouse.format import UnitDecimals, parse_decimal, stock_error_text, utc_now
from app.ui.warehouse.models import RowsModel

RECEIPT, PICKING, COUNT = "receipt", "shipment", "count"
MODE_KEYS = {Qt.Key.Key_F5: RECEIPT, Qt.Key.Key_F6: PICKING, Qt.Key.Key_F7: COUNT}
QUANTITY_MARK = "*"
BIG_PT, HUGE_PT, TABLE_PT = 22, 28, 20
ERROR_STYLE = "background: #b71c1c; color: #ffffff; padding: 12px; border-radius: 6px;"
OK_STYLE = "background: #1b5e20; color: #ffffff; padding: 12px; border-radius: 6px;"


@dataclass(frozen=True)
class Entry:
    """One line the scanner (or the clerk) typed: the code and the quantity typed before it."""

    code: str
    quantity: Decimal
    # The lot of a lot-tracked product, as `scan_into_document` keywords (filled by the lot row).
    lot: tuple[tuple[str, Any], ...] = ()


def parse_entry(text: str) -> Entry:
    """'5*4006381333931' -> Entry('4006381333931', 5); '4006381333931' -> quantity 1.
    Raises ValueError when the quantity is not a positive number or the code is empty."""
    text = text.strip()
    quantity = Decimal(1)
    if QUANTITY_MARK in text:
        head, _, text = text.partition(QUANTITY_MARK)
        try:
            parsed = parse_decimal(head)
        except InvalidOperation:
            parsed = None
        if parsed is None or parsed <= 0:
            raise ValueError(head)
        quantity = parsed
        text = text.strip()
    if not text:
        raise ValueError("")
    return Entry(text, quantity)


def tr(text: str) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QApplication.translate("", text)


def sentence(text: str) -> str:
    """Each line starting with a capital: service messages are phrased to follow a field name."""
    return "\n".join(line[:1].upper() + line[1:] for line in text.split("\n"))


class ClerkSwitchDialog(QDialog):
    """Login and PIN of the clerk taking over the PC."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clerk_switch_dialog")
        self.setWindowTitle(self.tr("Switch clerk"))
        font = self.font()
        font.setPointSize(BIG_PT)
        self.setFont(font)
        self.login_edit = QLineEdit(self, objectName="clerk_login_edit")
        self.pin_edit = QLineEdit(self, objectName="clerk_pin_edit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setValidator(QRegularExpressionValidator(r"^\d{0,8}$", self.pin_edit))
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login_edit)
        form.addRow(self.tr("PIN:"), self.pin_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str]:
        return self.login_edit.text().strip(), self.pin_edit.text().strip()


def ask_clerk(parent: QWidget | None) -> tuple[str, str] | None:
    """Show the switch dialog; (login, pin), or None when cancelled."""
    dialog = ClerkSwitchDialog(parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_yes_no(parent: QWidget | None, text: str) -> bool:
    answer = QMessageBox.question(parent, tr("Clerk screen"), text)
    return answer == QMessageBox.StandardButton.Yes


class ClerkScreen(QWidget):
    """The scanner-first screen. `user` is the clerk who opened it (a UserRow: id, full_name)."""

    closed = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, user: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clerk_screen")
        self.ctx, self.tasks, self.user = ctx, tasks, user
        # Tests replace these: (parent) -> (login, pin) | None, and (parent, question) -> bool.
        self.switch_dialog_factory: Callable[[QWidget], tuple[str, str] | None] = ask_clerk
        self.confirm: Callable[[QWidget, str], bool] = ask_yes_no
        self.mode: str | None = None
        self.card: Any = None               # the StockDocCard being scanned into
        self.shipments: list[Any] = []      # picking: the draft shipments to choose from
        self.warehouses: list[Any] = []
        self.warehouse_id: int | None = None
        self.units = UnitDecimals()
        self.queue: deque[Entry | str] = deque()
        self.busy = False
        self._post_when_idle = False
        self.last_product_id: int | None = None
        self.products: dict[str, Any] = {}   # scanned code -> ProductHit (is it lot-tracked?)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#clerk_screen { background: #ffffff; } QLabel { color: #000000; }")

        self.clerk_label = self._label("clerk_name_label", HUGE_PT, bold=True)
        self.warehouse_label = self._label("warehouse_label", BIG_PT)
        self.mode_label = self._label("mode_label", BIG_PT, bold=True)
        self.document_label = self._label("document_label", BIG_PT)
        self.document_label.setWordWrap(True)
        self.help_label = self._label("help_label", 14)
        self.help_label.setWordWrap(True)
        self.help_label.setText(self.tr(
            "F5 Receipt · F6 Shipment picking · F7 Inventory count · F8 Next warehouse · "
            "F2 Switch clerk · F10 Post · Esc Leave.   Quantity: type 5* and then scan."))
        self.input = QLineEdit(self, objectName="scan_input")
        font = self.input.font()
        font.setPointSize(HUGE_PT)
        self.input.setFont(font)
        self.input.setMinimumHeight(64)
        self.input.setPlaceholderText(self.tr("Scan a barcode (5* before it for 5 pieces)"))
        self.input.returnPressed.connect(self._entered)
        self.input.installEventFilter(self)
        self.banner = self._label("clerk_banner", HUGE_PT, bold=True)
        self.banner.setWordWrap(True)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.hide()
        self.banner_is_error = False
        self.lot_prompt = LotPrompt(BIG_PT, self)
        self.lot_prompt.confirmed.connect(self._lot_given)
        self.lot_prompt.cancelled.connect(self._lot_cancelled)
        self.lot_prompt.invalid.connect(self.alert)
        self._waiting_lot: tuple[Entry, Callable[[Entry], None]] | None = None

        self.lines_model = RowsModel([], parent=self)
        self.lines_view = QTableView(self, objectName="clerk_lines")
        self.lines_view.setModel(self.lines_model)
        table_font = self.lines_view.font()
        table_font.setPointSize(TABLE_PT)
        self.lines_view.setFont(table_font)
        bold = QFont(table_font)
        bold.setBold(True)
        self.lines_model.bold_font = bold
        self.lines_view.horizontalHeader().setFont(table_font)
        self.lines_view.verticalHeader().setVisible(False)
        self.lines_view.verticalHeader().setDefaultSectionSize(self.lines_view.fontMetrics().height() + 14)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setAlternatingRowColors(True)
        self.lines_view.setStyleSheet("QTableView { color: #000000; alternate-background-color: #f0f0f0; }")
        self.empty_label = self._label("clerk_empty_label", BIG_PT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: #555555;")

        top = QHBoxLayout()
        top.addWidget(self.clerk_label, 1)
        top.addWidget(self.warehouse_label)
        second = QHBoxLayout()
        second.addWidget(self.mode_label)
        second.addSpacing(24)
        second.addWidget(self.document_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.input)
        layout.addWidget(self.lot_prompt)
        layout.addWidget(self.banner)
        layout.addWidget(self.lines_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.help_label)
        self._show_clerk()
        self._show_state()
        self.tasks.read(self._load_start, self._started, self._show_failure)

    def _label(self, name: str, points: int, *, bold: bool = False) -> QLabel:
        label = QLabel(self, objectName=name)
        font = label.font()
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return label

    # -- start ---------------------------------------------------------------------------------
    def _load_start(self):
        warehouses = self.ctx.stock.list_warehouses()
        units = self.ctx.stock.unit_decimals()
        return warehouses, units

    def _started(self, loaded) -> None:
        self.warehouses, units = loaded
        self.units = UnitDecimals(units)
        if self.warehouses and self.warehouse_id is None:
            self.warehouse_id = self.warehouses[0].id
        self._show_state()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.input.setFocus()

    @property
    def warehouse_name(self) -> str:
        return next((w.name for w in self.warehouses if w.id == self.warehouse_id), "")

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.input and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and self.handle_key(event.key()):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event.key()):
            super().keyPressEvent(event)
        if self.lot_prompt.isVisible():
            self.lot_prompt.focus()
        else:
            self.input.setFocus()

    def handle_key(self, key: int) -> bool:
        """The screen's function keys; True when the key was one of them."""
        if key in MODE_KEYS:
            self.choose_mode(MODE_KEYS[key])
        elif key == Qt.Key.Key_F8:
            self.next_warehouse()
        elif key == Qt.Key.Key_F2:
            self.switch_clerk()
        elif key == Qt.Key.Key_F10:
            self.post()
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            return False
        return True

    # -- modes and documents -------------------------------------------------------------------
    def next_warehouse(self) -> None:
        if not self.warehouses or self.busy or self.queue:
            return
        ids = [w.id for w in self.warehouses]
        pos = ids.index(self.warehouse_id) if self.warehouse_id in ids else -1
        self.warehouse_id = ids[(pos + 1) % len(ids)]
        if self.mode is not None:
            self.choose_mode(self.mode)
        else:
            self._show_state()

    def choose_mode(self, mode: str) -> None:
        """Receipt and count continue the warehouse's latest draft (or start one); picking lists the
        draft shipments and waits for the clerk to scan or type one's number."""
        if self.busy or self.queue:
            self.show_banner(self.tr("Wait: the last scans are still being saved."), error=True)
            return
        self.mode, self.card, self.shipments, self.last_product_id = mode, None, [], None
        self.clear_banner()
        warehouse = self.warehouse_name
        kind = mode

        def load():
            rows, _total = self.ctx.stock.list_documents(kind=kind, status="draft", limit=200)
            rows = [r for r in rows if r.warehouse_name == warehouse]
            if mode == PICKING:
                return rows, None
            latest = max(rows, key=lambda r: r.id, default=None)
            return rows, (self.ctx.stock.load_document(latest.id) if latest else None)
        self.tasks.read(load, self._mode_loaded, self._show_failure)

    def _mode_loaded(self, loaded) -> None:
        rows, card = loaded
        if self.mode == PICKING:
            self.shipments = sorted(rows, key=lambda r: r.id)
            self._show_state()
            return
        if card is None and self.mode == COUNT and self.warehouse_id is not None:
            warehouse_id = self.warehouse_id
            self.tasks.write(lambda: self.clerk_ctx.stock.start_count(warehouse_id=warehouse_id),
                             self._show_card, self._show_failure, entity="stock_document",
                             ids=lambda c: [c.id])
            return
        self._show_card(card)

    @property
    def clerk_ctx(self) -> ServiceContext:
        """Services acting as the current clerk, so the audit columns name who did it."""
        return self.ctx.as_user(self.user.id)

    def _show_card(self, card) -> None:
        self.card = card
        if card is not None and self.mode == PICKING:
            self._load_picking()
        self._show_state()

    def _open_shipment(self, text: str) -> None:
        wanted = ascii_digits(text.strip()).casefold()   # a scanner with a Persian layout types ۱۲۳
        match = next((r for r in self.shipments if (r.number or "").casefold() == wanted), None)
        if match is None and wanted.isdigit():
            match = next((r for r in self.shipments if (r.number or "").rpartition("-")[2].lstrip("0")
                          == wanted.lstrip("0")), None)
        if match is None:
            self.alert(self.tr("No draft shipment {number} in this warehouse.").format(number=text))
            self._next()
            return
        doc_id = match.id
        self.tasks.read(lambda: self.ctx.stock.load_document(doc_id), self._shipment_opened,
                        self._scan_failed_plain)

    def _shipment_opened(self, card) -> None:
        self._show_card(card)
        self._next()

    def _load_picking(self) -> None:
        doc_id = self.card.id
        self.tasks.read(lambda: self.ctx.stock.picking_progress(doc_id), self._show_picking, self._show_failure)

    def _show_picking(self, picks) -> None:
        self.lines_model.set_rows(picks, highlight=self.last_product_id)
        self._scroll_to_highlight()

    # -- scanning ------------------------------------------------------------------------------
    def _entered(self) -> None:
        text = self.input.text()
        self.input.clear()
        if not text.strip():
            return
        waiting_for_shipment = self.mode == PICKING and self.card is None
        if waiting_for_shipment:
            self.queue.append(text.strip())
        else:
            try:
                self.queue.append(parse_entry(text))
            except ValueError:
                self.alert(self.tr("“{text}” is not a quantity and a code. Type 5* and then scan.").format(
                    text=text.strip()))
                return
        self._pump()

    def _pump(self) -> None:
        """Send the next queued code if none is in flight."""
        if self.busy:
            return
        if not self.queue:
            if self._post_when_idle:
                self._post_when_idle = False
                self._write_post()
            return
        entry = self.queue.popleft()
        self.busy = True
        self.clear_banner()
        if isinstance(entry, str):
            self._open_shipment(entry)
        elif self.mode is None:
            self.alert(self.tr("Choose what you are doing first: F5 Receipt, F6 Shipment picking, "
                               "F7 Inventory count. Not saved: {code}").format(code=entry.code))
            self._next()
        elif self.mode == PICKING and self.card is None:
            self._open_shipment(entry.code)
        elif self.card is None:
            self._with_lot(entry, self._create_then_scan)
        else:
            self._with_lot(entry, self._scan)

    # -- lots ----------------------------------------------------------------------------------
    def _with_lot(self, entry: Entry, proceed: Callable[[Entry], None]) -> None:
        """Ask the lot first when the scanned product is lot-tracked, then `proceed` with it."""
        hit = self.products.get(entry.code)
        if hit is not None or entry.code in self.products:
            self._lot_for(hit, entry, proceed)
            return
        code = entry.code

        def found(hit) -> None:
            self.products[code] = hit
            self._lot_for(hit, entry, proceed)
        self.tasks.read(lambda: self.ctx.stock.product_by_code(code), found,
                        lambda exc: self._scan_failed_plain(exc, code=code))

    def _lot_for(self, hit: Any, entry: Entry, proceed: Callable[[Entry], None]) -> None:
        if hit is None or not hit.tracks_lots:
            proceed(entry)      # an unknown code is refused by the scan itself, with its banner
            return
        label = f"{hit.name} ({hit.sku})"
        self._waiting_lot = (entry, proceed)
        if self.mode == RECEIPT:
            self.lot_prompt.ask_receipt(label)
            return
        warehouse_id, product_id, counting = self.warehouse_id, hit.product_id, self.mode == COUNT

        def listed(lots) -> None:
            if not lots:          # nothing to choose from: the scan says what is wrong
                self._waiting_lot = None
                proceed(entry)
                return
            self.lot_prompt.ask_choice(label, lots, hit.decimals)
        self.tasks.read(lambda: self.ctx.stock.lots_in_stock(product_id, warehouse_id=warehouse_id,
                                                             include_empty=counting),
                        listed, lambda exc: self._scan_failed_plain(exc, code=entry.code))

    def _lot_given(self, lot: dict) -> None:
        if self._waiting_lot is None:
            return
        entry, proceed = self._waiting_lot
        self._waiting_lot = None
        self.input.setFocus()
        proceed(replace(entry, lot=tuple(sorted(lot.items()))))

    def _lot_cancelled(self) -> None:
        if self._waiting_lot is None:
            return
        entry, _ = self._waiting_lot
        self._waiting_lot = None
        self.input.setFocus()
        self.alert(self.tr("Not saved: {code}").format(code=entry.code))
        self._next()

    def _next(self) -> None:
        self.busy = False
        self._pump()

    def _create_then_scan(self, entry: Entry) -> None:
        if self.warehouse_id is None:
            self.alert(self.tr("There is no warehouse. Not saved: {code}").format(code=entry.code))
            self._next()
            return
        warehouse_id, mode = self.warehouse_id, self.mode
        stock = self.clerk_ctx.stock

        def create():
            if mode == COUNT:
                return stock.start_count(warehouse_id=warehouse_id)
            return stock.create_document(stock.StockDocForm(kind=mode, warehouse_id=warehouse_id,
                                                            doc_date=utc_now()))

        def created(card) -> None:
            self.card = card
            self._show_state()
            self._scan(entry)
        self.tasks.write(create, created, lambda exc: self._scan_failed(entry, exc, retried=True),
                         entity="stock_document", ids=lambda c: [c.id])

    def _scan(self, entry: Entry, *, retried: bool = False) -> None:
        card, clerk = self.card, self.user.id
        self.tasks.write(lambda: self.clerk_ctx.stock.scan_into_document(
            card.id, code=entry.code, quantity=entry.quantity, clerk_id=clerk, expected_version=card.version,
            **dict(entry.lot)),
            self._scanned, lambda exc: self._scan_failed(entry, exc, retried=retried),
            entity="stock_document", ids=lambda result: [result.card.id])

    def _scanned(self, result) -> None:
        self.card = result.card
        self.last_product_id = result.line.product_id
        self._show_state(highlight_line=result.line.id)
        if self.mode == PICKING:
            self._load_picking()
        self._next()

    def _scan_failed(self, entry: Entry, exc: BaseException, *, retried: bool) -> None:
        if isinstance(exc, ConcurrentEdit) and not retried and self.card is not None:
            # Someone saved the draft meanwhile (an office user, another PC): take the current version
            # and send the same code again; the failed scan changed nothing.
            doc_id = self.card.id

            def reloaded(card) -> None:
                self.card = card
                self._show_state()
                self._scan(entry, retried=True)
            self.tasks.read(lambda: self.ctx.stock.load_document(doc_id), reloaded, self._scan_failed_plain)
            return
        self._scan_failed_plain(exc, code=entry.code)

    def _scan_failed_plain(self, exc: BaseException, *, code: str = "") -> None:
        text = self.error_text(exc)
        if code and type(exc).__name__ != "UnknownBarcode":
            text += "\n" + self.tr("Not saved: {code}").format(code=code)
        self.alert(text)
        self._next()

    def error_text(self, exc: BaseException) -> str:
        if isinstance(exc, ValidationError):
            return sentence("\n".join(exc.errors.values()))
        return sentence(stock_error_text(exc) or message_for(exc) or str(exc) or type(exc).__name__)

    # -- banner --------------------------------------------------------------------------------
    def alert(self, text: str) -> None:
        """A large red banner and an audible beep: the clerk is looking at the shelf, not the screen."""
        self.show_banner(text, error=True)
        QApplication.beep()

    def show_banner(self, text: str, *, error: bool) -> None:
        self.banner_is_error = error
        self.banner.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.banner.setText(text)
        self.banner.show()

    def clear_banner(self) -> None:
        self.banner.hide()
        self.banner.clear()
        self.banner_is_error = False

    def _show_failure(self, exc: BaseException) -> None:
        self.alert(self.error_text(exc))

    # -- what is shown -------------------------------------------------------------------------
    def _show_clerk(self) -> None:
        self.clerk_label.setText(self.tr("Clerk: {name}").format(name=self.user.full_name))

    def _columns(self) -> list[Column]:
        q = self.units.quantity
        if self.mode == PICKING and self.card is not None:
            return [Column(self.tr("SKU"), lambda r: r.sku, width=180),
                    Column(self.tr("Product"), lambda r: r.name, width=420),
                    Column(self.tr("To pick"), lambda r: q(r.to_pick, r.unit), align=RIGHT),
                    Column(self.tr("Picked"), lambda r: q(r.picked, r.unit), align=RIGHT),
                    Column(self.tr("Left"), lambda r: q(max(r.to_pick - r.picked, Decimal(0)), r.unit),
                           align=RIGHT)]
        if self.mode == PICKING:
            return [Column(self.tr("Shipment"), lambda r: r.number or "", width=200),
                    Column(self.tr("Client"), lambda r: r.client_name or "", width=420),
                    Column(self.tr("Lines"), lambda r: str(r.lines), align=RIGHT)]
        if self.mode == COUNT:
            return [Column(self.tr("SKU"), lambda r: r.sku, width=180),
                    Column(self.tr("Product"), lambda r: r.product_name, width=420),
                    Column(self.tr("Lot"), lambda r: r.lot_code or "", LEFT),
                    Column(self.tr("Book"), lambda r: q(r.book_quantity, r.unit), align=RIGHT),
                    Column(self.tr("Counted"), lambda r: q(r.quantity, r.unit), align=RIGHT)]
        return [Column(self.tr("SKU"), lambda r: r.sku, width=180),
                Column(self.tr("Product"), lambda r: r.product_name, width=420),
                Column(self.tr("Lot"), self._lot_text, width=300),
                Column(self.tr("Quantity"), lambda r: q(r.quantity, r.unit), align=RIGHT),
                Column(self.tr("Unit"), lambda r: r.unit, LEFT)]

    def _lot_text(self, row: Any) -> str:
        if row.lot_expires_on is None:
            return row.lot_code or ""
        return self.tr("{code} · exp. {date}").format(code=row.lot_code, date=numeric_date(row.lot_expires_on))

    def _show_state(self, *, highlight_line: int | None = None) -> None:
        modes = {RECEIPT: self.tr("RECEIPT"), PICKING: self.tr("SHIPMENT PICKING"), COUNT: self.tr("INVENTORY COUNT")}
        self.warehouse_label.setText(self.tr("Warehouse: {name}").format(name=self.warehouse_name or "—"))
        self.mode_label.setText(modes.get(self.mode or "", self.tr("Choose a mode: F5 / F6 / F7")))
        if self.card is not None:
            self.document_label.setText(self.tr("Document {number} · draft saved at every scan").format(
                number=self.card.number or ""))
        elif self.mode == PICKING:
            self.document_label.setText(self.tr("Scan or type the shipment number"))
        elif self.mode is not None:
            self.document_label.setText(self.tr("A new draft starts with the first scan"))
        else:
            self.document_label.setText("")
        columns = self._columns()
        self.lines_model.columns = columns
        if self.mode == PICKING and self.card is not None:
            rows, key, highlight = self.lines_model.rows, (lambda r: r.product_id), self.last_product_id
            rows = rows if rows and hasattr(rows[0], "to_pick") else []
        elif self.mode == PICKING:
            rows, key, highlight = self.shipments, (lambda r: r.id), None
        else:
            rows = list(self.card.lines) if self.card is not None else []
            key, highlight = (lambda r: r.id), highlight_line
        self.lines_model.key = key
        self.lines_model.set_rows(rows, highlight=highlight)
        header = self.lines_view.horizontalHeader()
        for i, col in enumerate(columns):
            self.lines_view.setColumnWidth(i, col.width if col.width != 120 else 170)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if len(columns) > 1:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self.mode is None:
            self.empty_label.setText(self.tr("F5 Receipt   ·   F6 Shipment picking   ·   F7 Inventory count"))
        elif self.mode == PICKING and self.card is None and not self.shipments:
            self.empty_label.setText(self.tr("No draft shipments to pick in this warehouse."))
        elif not rows and self.mode != PICKING:
            self.empty_label.setText(self.tr("Nothing scanned yet."))
        else:
            self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self._scroll_to_highlight()

    def _scroll_to_highlight(self) -> None:
        row = self.lines_model.highlighted_row()
        if row >= 0:
            self.lines_view.scrollTo(self.lines_model.index(row, 0))

    # -- clerk, posting, leaving ---------------------------------------------------------------
    def switch_clerk(self) -> None:
        """F2: another clerk takes over with their login and PIN; the screen and its draft stay."""
        answer = self.switch_dialog_factory(self)
        self.input.setFocus()
        if not answer:
            return
        login, pin = answer
        self.tasks.read(lambda: self.ctx.stock.switch_clerk(login_or_id=login, pin=pin), self._clerk_switched,
                        self._show_failure)

    def _clerk_switched(self, user) -> None:
        self.user = user
        self._show_clerk()
        self.show_banner(self.tr("{name} is scanning now.").format(name=user.full_name), error=False)

    def post(self) -> None:
        """F10: post the document (after a yes); waits for codes still in the queue."""
        if self.card is None:
            self.alert(self.tr("There is nothing to post yet."))
            return
        if not self.confirm(self, self.tr("Post {number} now? Stock will change.").format(number=self.card.number)):
            self.input.setFocus()
            return
        self.input.setFocus()
        if self.busy or self.queue:
            self._post_when_idle = True
            return
        self._write_post()

    def _write_post(self) -> None:
        card = self.card
        if card is None:
            return
        self.busy = True
        self.tasks.write(lambda: self.clerk_ctx.stock.post_document(card.id, expected_version=card.version),
                         self._posted, self._post_failed, entity="stock_document", ids=lambda c: [c.id])

    def _posted(self, card) -> None:
        self.busy = False
        self.card, self.last_product_id = None, None
        if self.mode == PICKING:
            self.shipments = [r for r in self.shipments if r.id != card.id]
        self._show_state()
        self.show_banner(self.tr("Posted {number}.").format(number=card.number), error=False)
        self._pump()

    def _post_failed(self, exc: BaseException) -> None:
        self.busy = False
        self.alert(self.error_text(exc))
        self._pump()

    def leave(self) -> None:
        """Esc: ask, then close (the draft is already saved)."""
        question = self.tr("Leave the clerk screen? Everything scanned is saved in the draft.")
        if self.queue or self.busy:
            question = self.tr("Some scans are still being saved. Leave anyway?")
        if self.confirm(self, question):
            self.closed.emit()
            self.close()
        else:
            self.input.setFocus()
