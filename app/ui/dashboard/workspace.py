"""The Dashboard area, the first thing a user sees: a grid of tiles, each loaded on its own, refreshed after
any change and by F5, laid out as the user chose (Customise…), for today, this week or this month."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.dashboard import PERIODS, TILES, DashboardLayout
from app.ui.dashboard.customise import CustomiseDialog
from app.ui.dashboard.parts import MUTED
from app.ui.dashboard.tiles import TILE_CLASSES, Tile, tile_titles
from app.ui.errors import show_error
from app.ui.rights import rights_of
from app.ui.tasks import TaskRunner

COLUMNS = 3
# Changes come in bursts (a document confirmed: stock, money, the document): refresh once after them.
REFRESH_DELAY_MS = 400
LAYOUT_ENTITY = "dashboard_layout"


class DashboardWorkspace(QWidget):
    open_target = Signal(str, str)          # tile key, period key: open the list behind the tile
    record_activated = Signal(str, int)     # ("product", id) from a tile's row
    open_client = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.dialog_factory = CustomiseDialog
        self.layout_row = DashboardLayout(TILES, "month")
        self.tiles: dict[str, Tile] = {}
        self._stale = False
        self._build()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh(quiet=True))
        self.tasks.changed.connect(self._on_changed)
        QTimer.singleShot(0, self.reload_layout)

    def _build(self) -> None:
        bar = QHBoxLayout()
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        self.period_buttons: dict[str, QToolButton] = {}
        for key, text in zip(PERIODS, (self.tr("Today"), self.tr("This week"), self.tr("This month")), strict=True):
            button = QToolButton(self, objectName=f"period_{key}")
            button.setText(text)
            button.setCheckable(True)
            button.setAutoRaise(False)
            self.period_group.addButton(button)
            self.period_buttons[key] = button
            button.clicked.connect(lambda _c=False, k=key: self.set_period(k))
            bar.addWidget(button)
        bar.addStretch(1)
        self.status_label = QLabel(self, objectName="dashboard_status")
        self.status_label.setStyleSheet(f"color: {MUTED};")
        bar.addWidget(self.status_label)
        self.refresh_button = QPushButton(self.tr("Refresh"), self, objectName="refresh_button")
        self.refresh_button.setToolTip(self.tr("Refresh every tile (F5)"))
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.customise_button = QPushButton(self.tr("Customise…"), self, objectName="customise_button")
        self.customise_button.clicked.connect(self.customise)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.customise_button)
        refresh = QAction(self.tr("Refresh dashboard"), self)
        refresh.setObjectName("refresh_action")
        refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        refresh.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.triggered.connect(lambda: self.refresh())
        self.addAction(refresh)

        self.grid_host = QWidget(self, objectName="tile_grid")
        host = QVBoxLayout(self.grid_host)
        host.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        host.addLayout(self.grid)
        host.addStretch(1)  # tiles keep their height; the space left over goes below them
        self.empty_label = QLabel(self.tr("No tiles chosen. Use Customise… to pick what the dashboard shows."),
                                  self.grid_host, objectName="no_tiles")
        self.empty_label.setStyleSheet(f"color: {MUTED};")
        self.empty_label.hide()
        scroll = QScrollArea(self, objectName="dashboard_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    # -- layout ----------------------------------------------------------------------------------
    @property
    def period(self) -> str:
        return self.layout_row.period

    def reload_layout(self) -> None:
        self.tasks.read(self.ctx.dashboard.load_layout, self.apply_layout, self._layout_failed)

    def _layout_failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Could not read your dashboard layout; showing every tile."))
        self.apply_layout(DashboardLayout(TILES, "month"))

    def apply_layout(self, layout: DashboardLayout) -> None:
        """Show the tiles `layout` names, in its order, and load each."""
        self.layout_row = layout
        self.period_buttons[layout.period].setChecked(True)
        for tile in self.tiles.values():
            tile.forget()
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        titles = tile_titles()
        for i, key in enumerate(k for k in layout.tiles if self.may_show(k)):
            title, hint = titles[key]
            tile = TILE_CLASSES[key](self.ctx, self.tasks, title, hint, self.grid_host)
            tile.activated.connect(lambda k: self.open_target.emit(k, self.period))
            tile.record_activated.connect(self._record)
            self.grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
            tile.show()
            self.tiles[key] = tile
        for column in range(COLUMNS):
            self.grid.setColumnStretch(column, 1)
        self.empty_label.setVisible(not self.tiles)
        if not self.tiles:
            self.grid.addWidget(self.empty_label, 0, 0, 1, COLUMNS)
        self.refresh()

    def may_show(self, key: str) -> bool:
        """Whether the user's role may read the tile (its service function names the right it needs)."""
        import app.services.dashboard as service

        right = getattr(getattr(service, key, None), "permission", None)
        return not isinstance(right, tuple) or rights_of(self.ctx).allows(*right)

    def tile_order(self) -> list[str]:
        """The tiles as shown, left to right, top to bottom."""
        return list(self.tiles)

    def _save(self, tiles: list[str], period: str) -> None:
        self.tasks.write(lambda: self.ctx.dashboard.save_layout(tiles=tiles, period=period), self.apply_layout,
                         lambda exc: show_error(self, exc), entity=LAYOUT_ENTITY)

    def set_period(self, period: str) -> None:
        if period != self.period:
            self._save(list(self.layout_row.tiles), period)

    def customise(self) -> None:
        titles = {k: t for k, (t, _hint) in tile_titles().items()}
        dialog = self.dialog_factory([k for k in self.layout_row.tiles if self.may_show(k)],
                                     tuple(k for k in TILES if self.may_show(k)), titles, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._save(dialog.chosen(), self.period)
        finally:
            dialog.deleteLater()

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self, *, quiet: bool = False) -> None:
        """Reload every tile, each on its own (a slow one does not hold up the rest)."""
        self._stale = False
        for tile in self.tiles.values():
            tile.load(self.period, quiet=quiet)

    def _on_changed(self, entity: str, _ids) -> None:
        if entity == LAYOUT_ENTITY:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh(quiet=True)

    def _record(self, kind: str, ident: int) -> None:
        if kind == "client":
            self.open_client.emit(ident)
        else:
            self.record_activated.emit(kind, ident)
