"""Live multi-user work in the GUI: other users' changes reach the open screens; a lost link is shown.

`LiveUpdates` runs the watcher of `app.services.changes` on a thread of its own and turns what it
hears into the task runner's usual `changed(entity, ids)` — the one notification every screen
already follows after this user's own saves — so lists re-fetch (keeping selection and scroll) and
clean cards reload. It also feeds the link's state to `TaskRunner.report_connection`, which drives
the main window's `ConnectionBanner`.

A card with unsaved edits is never reloaded under the user: its `RecordFollower` reads who changed
the record and shows a `ChangedBar` ("Changed by … at … — Reload / Keep mine"). Keep mine leaves
the typed values; the save then meets the change as a ConcurrentEdit and its conflict dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.services.changes import CONNECTED, ChangeBatch, RecordStamp, open_watcher, watch
from app.services.context import ServiceContext
from app.services.errors import ValidationError
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate

log = logging.getLogger(__name__)

# Which screens' entity names a table's rows belong to. A table named like its entity passes its ids on;
# a part of a record (a client's address, a document's line) says "some rows" of the entity.
TABLE_ENTITIES: dict[str, tuple[str, ...]] = {
    "client": ("client",), "contact_person": ("client",), "contact_channel": ("client",), "address": ("client",),
    "bank_account": ("client",), "client_merge": ("client",), "client_price_terms": ("client",),
    "tag": ("tag", "client"), "position": ("position",), "client_balance": ("payment",),
    "deal": ("deal",), "deal_stage_change": ("deal",), "deal_line": ("deal",), "pipeline": ("pipeline",),
    "stage": ("stage",), "lost_reason": ("lost_reason",),
    "task": ("task",), "interaction": ("interaction",), "service_request": ("service_request",),
    "segment": ("segment",), "campaign": ("campaign",), "campaign_recipient": ("campaign",),
    "document": ("document",), "document_line": ("document",), "number_sequence": (),
    "payment": ("payment",), "payment_allocation": ("payment",), "currency_rate": ("currency_rate",),
    "company": ("company",), "company_image": ("company",), "document_layout": ("document_layout",),
    "unit": ("unit",), "category": ("category",), "product": ("product",), "product_photo": ("product",),
    "barcode": ("product",), "price_list": ("price_list",), "price": ("product", "price_list"),
    "warehouse": ("warehouse",), "lot": ("stock_document",), "stock_document": ("stock_document",),
    "stock_doc_line": ("stock_document",), "stock_move": ("stock_move",), "stock_balance": ("stock",),
    "reservation": ("reservation",), "clerk_pin": ("clerk_pin",), "stock_period_sum": (),
    "supplier_product": ("supplier_terms",), "bom": ("bom",), "bom_line": ("bom",),
    "production_order": ("production", "production_order"), "production_order_line": ("production",),
    "production_completion": ("production",), "app_user": ("user",), "user_setting": (),
    "objective": ("objective",), "key_result": ("objective",), "check_in": ("objective",),
    "sales_plan": ("sales_plan",),
}
ALL_ENTITIES = tuple(sorted({e for entities in TABLE_ENTITIES.values() for e in entities}))


def entity_changes(batch: ChangeBatch) -> dict[str, tuple[int, ...]]:
    """entity -> ids (empty: some or all of them) for the screens, from a batch of table changes."""
    if batch.everything:
        return {entity: () for entity in ALL_ENTITIES}
    out: dict[str, tuple[int, ...] | None] = {}
    for table, ids in batch.tables.items():
        for entity in TABLE_ENTITIES.get(table, (table,)):     # a table added later: its own name
            own = ids if entity == table else ()
            known = out.get(entity)
            out[entity] = () if known == () or own == () else tuple(sorted(set(known or ()) | set(own)))
    return {entity: ids or () for entity, ids in out.items()}


class LiveUpdates(QObject):
    """Hears other users' changes (and the state of the link) on a thread, tells the screens on the GUI one."""

    changed = Signal(object, object, str)    # tables (empty: anything), {table: ids}, who (full name, or "")
    state_changed = Signal(bool)            # the watcher's link: up (True) or lost (False)
    _heard = Signal(object)                 # from the watcher thread (queued)
    _state = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, engine, *, poll_interval: float = 1.0,
                 debounce: float = 0.3, backoff: tuple[float, ...] = (0.5, 1, 2, 4, 8, 15),
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.watcher = open_watcher(engine, poll_interval=poll_interval)
        self.debounce, self.backoff = debounce, backoff
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._names: dict[int, str] = {}
        self._heard.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._on_state, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="karavan-live", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        watch(self.watcher, on_batch=self._from_thread, on_state=self._state.emit, stop=self._stop,
              debounce=self.debounce, backoff=self.backoff)

    def _from_thread(self, batch: ChangeBatch) -> None:
        # The user's name is looked up here, off the GUI thread (once per user: a small cache).
        user = batch.user_id
        if user is not None and user not in self._names:
            try:
                self._names.update({u.id: u.full_name for u in self.ctx.users.list_users(active_only=False)})
            except Exception:  # noqa: BLE001 — a name is a nicety; the change is still delivered
                log.debug("could not read user names", exc_info=True)
            self._names.setdefault(user, "")      # not asked again for every change of theirs
        self._heard.emit(batch)

    def _deliver(self, batch: ChangeBatch) -> None:
        if "app_user" in batch.tables:
            self._names.clear()
        who = self._names.get(batch.user_id, "") if batch.user_id is not None else ""
        self.changed.emit(tuple(sorted(batch.tables)), dict(batch.tables), who)
        for entity, ids in entity_changes(batch).items():
            self.tasks.notify_changed(entity, ids)

    def _on_state(self, state: str) -> None:
        up = state == CONNECTED
        self.state_changed.emit(up)
        self.tasks.report_connection(up)


class _Bar(QFrame):
    def __init__(self, name: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel(self, objectName=f"{name}_text")
        self.text_label.setWordWrap(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(10, 6, 10, 6)
        self.row.addWidget(self.text_label, 1)
        self.hide()

    def _colour(self, background: str, border: str) -> None:
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {background}; border: 1px solid {border};"
                           " border-radius: 4px; }")


class ChangedBar(_Bar):
    """"Changed by … at … — Reload / Keep mine" above a form the user is editing (never modal)."""

    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__("changed_bar", parent)
        self._colour("#fff4ce", "#e0b000")
        self.reload_button = QPushButton(self.tr("Reload"), self, objectName="changed_reload_button")
        self.reload_button.setToolTip(self.tr("Show their version; what you typed here is discarded"))
        self.keep_button = QPushButton(self.tr("Keep mine"), self, objectName="changed_keep_button")
        self.keep_button.setToolTip(self.tr("Go on editing; saving will show both versions to choose from"))
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)
            self.row.addWidget(button)
        self.reload_button.clicked.connect(lambda: (self.hide(), self.reload_requested.emit()))
        self.keep_button.clicked.connect(lambda: (self.hide(), self.keep_requested.emit()))

    def show_change(self, who: str, when) -> None:
        who = isolate(who) if who else self.tr("another user")
        self.text_label.setText(self.tr("Changed by {who} at {when} while you were editing — reload their "
                                        "version, or keep yours?").format(who=who, when=isolate(format_time(when))))
        self.show()


class ConnectionBanner(_Bar):
    """The main window's line about the server: lost (reconnecting…), then back for a few seconds."""

    BACK_SHOWN_MS = 4000

    def __init__(self, parent: QWidget | None = None):
        super().__init__("connection_banner", parent)
        self._hide_timer = QTimer(self, singleShot=True, interval=self.BACK_SHOWN_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.lost = False

    def set_connected(self, up: bool) -> None:
        if not up:
            self._hide_timer.stop()
            self.lost = True
            self._colour("#fde7e9", "#c50f1f")
            self.text_label.setText(self.tr("Connection to the server lost — reconnecting… What you type is kept; "
                                            "nothing is saved until the connection is back."))
            self.show()
        elif self.lost:
            self.lost = False
            self._colour("#dff6dd", "#107c10")
            self.text_label.setText(self.tr("Reconnected. Lists are being refreshed; save again anything that was "
                                            "not saved."))
            self.show()
            self._hide_timer.start()


class ConnectionRetry(QObject):
    """After a job lost the connection, ask the database again with growing pauses until it answers (the
    task runner then reports the link back, and every screen refreshes); the watcher does the same for its
    own link."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, delays_ms: tuple[int, ...] = (1000, 2000, 5000, 10000),
                 parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.tasks, self.delays_ms = ctx, tasks, delays_ms
        self.attempt = 0
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._try)
        tasks.connection_state.connect(self._state)

    def _state(self, up: bool) -> None:
        if up:
            self._timer.stop()
            self.attempt = 0
            # Reads failed meanwhile (a list's pages, a card's load): every screen asks again once.
            for entity in ALL_ENTITIES:
                self.tasks.notify_changed(entity, ())
        elif not self._timer.isActive():
            self._schedule()

    def _schedule(self) -> None:
        self._timer.start(self.delays_ms[min(self.attempt, len(self.delays_ms) - 1)])
        self.attempt += 1

    def _try(self) -> None:
        def failed(exc: BaseException) -> None:
            log.info("the database is still away: %s", exc)
            self._schedule()
        self.tasks.read(self.ctx.changes.ping, lambda _ok: None, failed, name="connection check")


class Baseline:
    """What a form showed when it was last loaded or saved, to tell whether the user changed it since."""

    _INVALID = object()

    def __init__(self, values: Callable[[], Any]):
        self._values, self._shown = values, self._INVALID

    def _now(self) -> Any:
        try:
            return self._values()
        except (ValidationError, ValueError, ArithmeticError):
            return self._INVALID      # half-typed input (a letter in an amount) counts as edited

    def mark(self) -> None:
        self._shown = self._now()

    def dirty(self) -> bool:
        now = self._now()
        return now is self._INVALID or now != self._shown


class RecordFollower(QObject):
    """Follows one open record through `changed`: a newer version reloads a clean form at once and shows
    the ChangedBar over a dirty one; a record that is gone calls `on_gone`."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, bar: ChangedBar, *, entity: str, table: str,
                 shown: Callable[[], tuple[int, int] | None], is_dirty: Callable[[], bool],
                 reload: Callable[[], None], discard: Callable[[], None] | None = None,
                 on_gone: Callable[[], None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.tasks, self.bar = ctx, tasks, bar
        self.entity, self.table = entity, table
        self.shown, self.is_dirty, self.reload, self.on_gone = shown, is_dirty, reload, on_gone
        self.discard = discard or reload            # Reload on the bar: their version over the typed one
        self.kept_version: int | None = None        # "Keep mine" was chosen against this version
        self.stamp: RecordStamp | None = None
        self._asking = False
        self._again = False
        tasks.changed.connect(self._changed)
        bar.reload_requested.connect(self._reload)
        bar.keep_requested.connect(self._keep)

    def stop(self) -> None:
        self.tasks.changed.disconnect(self._changed)

    def _changed(self, entity: str, ids: tuple) -> None:
        shown = self.shown()
        if entity != self.entity or shown is None or (ids and shown[0] not in ids):
            return
        if self._asking:
            self._again = True
            return
        self._asking = True
        record_id = shown[0]
        self.tasks.read(lambda: self.ctx.changes.record_stamp(record_id, table=self.table), self._stamped,
                        self._failed, name="record stamp")

    def _failed(self, exc: BaseException) -> None:
        self._asking = False
        log.info("could not check %s for changes: %s", self.table, exc)   # the next change asks again

    def _stamped(self, stamp: RecordStamp | None) -> None:
        self._asking = False
        shown = self.shown()
        if shown is not None:
            self._compare(shown, stamp)
        if self._again:
            self._again = False
            self._changed(self.entity, ())

    def _compare(self, shown: tuple[int, int], stamp: RecordStamp | None) -> None:
        if stamp is None:
            self.bar.hide()
            if self.on_gone is not None:
                self.on_gone()
            return
        self.stamp = stamp
        if stamp.version == shown[1]:
            self.bar.hide()       # what is shown is current (reloaded, or this user's own save)
        elif not self.is_dirty():
            self.bar.hide()
            self.reload()
        elif stamp.version != self.kept_version:
            self.bar.show_change(stamp.changed_by, stamp.changed_at)

    def _reload(self) -> None:
        self.kept_version = None
        self.discard()

    def _keep(self) -> None:
        self.kept_version = self.stamp.version if self.stamp is not None else None

