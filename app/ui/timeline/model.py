"""The timeline as a list model: entries newest first, the first entry of each local day carrying its header.

The model keeps the pages loaded so far; `canFetchMore`/`fetchMore` let the view ask for the next
page when it is scrolled to the end (the view runs the query through the TaskRunner).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.timeline import TimelineEntry
from app.ui.text import isolate, long_date

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
DayRole = Qt.ItemDataRole.UserRole + 2      # the day header above this entry, or None
LocalTimeRole = Qt.ItemDataRole.UserRole + 3


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


# Glyph and colour per entry kind (DejaVu Sans, shipped in resources/fonts, has every glyph).
KIND_STYLE: dict[str, tuple[str, str]] = {
    "call": ("☎", "#1e88e5"),
    "meeting": ("☺", "#8e24aa"),
    "email": ("✉", "#00897b"),
    "note": ("✎", "#f9a825"),
    "task": ("☐", "#546e7a"),
    "task_done": ("☑", "#43a047"),
    "deal_created": ("◆", "#3949ab"),
    "deal_stage": ("→", "#3949ab"),
    "deal_won": ("★", "#2e7d32"),
    "deal_lost": ("✗", "#c62828"),
    "service_request": ("⚙", "#ef6c00"),
    "campaign_email": ("✉", "#d81b60"),
    "stock_document": ("▤", "#6d4c41"),
    "document": ("▦", "#00695c"),
    "payment": ("¤", "#2e7d32"),
}


def DOCUMENT_TITLES() -> dict[str, str]:  # noqa: N802 — a table of translated names
    return {"quote": tr("Quote"), "order": tr("Sales order"), "invoice": tr("Invoice"), "waybill": tr("Waybill"),
            "act": tr("Act of work"), "return": tr("Customer return"), "purchase_order": tr("Purchase order"),
            "goods_receipt": tr("Goods receipt"), "supplier_invoice": tr("Supplier invoice"), "supplier_return": tr("Return to supplier")}


def kind_label(kind: str, direction: str = "") -> str:
    """What the entry is, in words: 'Incoming call', 'Deal won'…"""
    if kind == "call" and direction:
        return tr("Incoming call") if direction == "in" else tr("Outgoing call")
    if kind == "email" and direction:
        return tr("Incoming e-mail") if direction == "in" else tr("Outgoing e-mail")
    if kind == "stock_document" and direction:
        return tr("Goods received") if direction == "in" else tr("Goods shipped")
    if kind == "document" and direction:
        return DOCUMENT_TITLES().get(direction, tr("Document"))
    if kind == "payment" and direction:
        return tr("Payment received") if direction == "in" else tr("Payment made")
    return {
        "call": tr("Call"), "meeting": tr("Meeting"), "email": tr("E-mail"), "note": tr("Note"),
        "task": tr("Task"), "task_done": tr("Task done"), "deal_created": tr("Deal created"),
        "deal_stage": tr("Deal moved"), "deal_won": tr("Deal won"), "deal_lost": tr("Deal lost"),
        "service_request": tr("Service request"), "campaign_email": tr("Campaign e-mail"),
        "stock_document": tr("Stock document"),
    }.get(kind, kind)


def local_time(moment: datetime) -> datetime:
    """A stored naive-UTC time in the user's zone (naive again, for display)."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def day_label(day: date, today: date) -> str:
    if day == today:
        return tr("Today")
    if (today - day).days == 1:
        return tr("Yesterday")
    return long_date(day)


class TimelineModel(QAbstractListModel):
    """Entries newest first. `fetch_more` is called (by `fetchMore`) when the view wants older entries."""

    def __init__(self, parent=None, *, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self.entries: list[TimelineEntry] = []
        self._local: list[datetime] = []
        self.has_more = False
        self.loading = False
        self.fetch_more: Callable[[], None] | None = None
        self._today = today

    # -- feeding ----------------------------------------------------------------------------------
    def set_entries(self, entries: Sequence[TimelineEntry], has_more: bool) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self._local = [local_time(e.at) for e in self.entries]
        self.has_more = has_more
        self.endResetModel()

    def append_entries(self, entries: Sequence[TimelineEntry], has_more: bool) -> None:
        self.has_more = has_more
        if not entries:
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(entries) - 1)
        self.entries.extend(entries)
        self._local.extend(local_time(e.at) for e in entries)
        self.endInsertRows()

    def entry(self, row: int) -> TimelineEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def day_header(self, row: int) -> str | None:
        if not 0 <= row < len(self._local):
            return None
        day = self._local[row].date()
        if row > 0 and self._local[row - 1].date() == day:
            return None
        return day_label(day, self._today())

    # -- Qt model API -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = kind_label(entry.kind, entry.direction)
            return f"{label}: {isolate(entry.title)}" if entry.title else label
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [entry.title, entry.detail, entry.facts, entry.user_name]
            return "\n".join(isolate(p) for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return entry.detail
        if role == EntryRole:
            return entry
        if role == DayRole:
            return self.day_header(index.row())
        if role == LocalTimeRole:
            return self._local[index.row()]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self.has_more and not self.loading and self.fetch_more is not None

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            assert self.fetch_more is not None
            self.fetch_more()
