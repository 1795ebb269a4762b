"""The dashboard's tiles, one class per tile: what it asks the dashboard service and how it shows it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QVBoxLayout

from app.services.dashboard import (
    FunnelTile,
    GoalsTile,
    LowStockTile,
    ProductionTile,
    ReceivablesTile,
    SalesTile,
    TasksTile,
    TopTile,
)
from app.ui import calendars
from app.ui.dashboard.parts import (
    DOWN_COLOUR,
    MUTED,
    RIGHT,
    UP_COLOUR,
    WARN,
    Bar,
    BarsWidget,
    PlanBar,
    RowColumn,
    RowsModel,
    Tile,
    fit_rows,
    label,
    small_table,
)
from app.ui.funnel.money import format_money, grouping
from app.ui.text import isolate
from app.ui.warehouse.format import format_number, format_quantity


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Dashboard", text, disambiguation, n)


def period_words(key: str) -> tuple[str, str]:
    """("this month", "last month") for a period key."""
    return {"today": (tr("today"), tr("yesterday")), "week": (tr("this week"), tr("last week")),
            "month": (tr("this month"), tr("last month"))}[key]


def span_text(first: date, last: date) -> str:
    """"1 Nov", "1 – 3 Nov", "28 Dec 2025 – 3 Jan" (the year only when it is not this year's)."""
    locale = QLocale()
    this_year = calendars.parts(date.today())[0]

    def day(d: date, *, month: bool = True) -> str:
        fmt = "d MMM" if month else "d"
        return calendars.format_qdate(d, fmt + (" yyyy" if calendars.parts(d)[0] != this_year else ""), locale)
    if first == last:
        return day(first)
    return f"{day(first, month=not calendars.same_month(first, last))} – {day(last)}"


def amount(value: Decimal, currency: str) -> str:
    return format_money(value, currency)


def count(n: int) -> str:
    return grouping().toString(n)


def quantity(value: Decimal) -> str:
    return format_quantity(value, None, grouping())


class SalesTileWidget(Tile):
    key = "sales"

    def build(self, layout: QVBoxLayout) -> None:
        self.big = label(self.content, "big_number", big=True, wrap=False)
        self.comparison = label(self.content, "comparison")
        self.detail = label(self.content, "detail", colour=MUTED)
        self.plan = label(self.content, "vs_plan")
        self.plan_bar = PlanBar(self.content)
        self.plan_pace = label(self.content, "plan_pace", colour=MUTED)
        for w in (self.big, self.comparison, self.detail, self.plan, self.plan_bar, self.plan_pace):
            layout.addWidget(w)

    def fetch(self, period: str) -> SalesTile:
        return self.ctx.dashboard.sales(period=period, calendar=calendars.current_system())

    def show_row(self, row: SalesTile) -> None:
        this, before = period_words(row.period.key)
        since = span_text(row.period.previous_start, row.period.previous_end)
        if not row.total and not row.previous:
            self.big.setText(amount(row.total, row.currency))
            self.comparison.setText(tr("No sales yet {0}").format(this))
            self.comparison.setStyleSheet(f"color: {MUTED};")
        else:
            self.big.setText(amount(row.total, row.currency))
            change = row.change_percent
            if change is None:
                text, colour = tr("Nothing sold {0} ({1})").format(before, since), MUTED
            else:
                arrow = "▲" if change > 0 else "▼" if change < 0 else "="
                text = tr("{0} {1} % against {2}: {3} ({4})").format(
                    arrow, format_number(abs(change), 1, grouping()), before, amount(row.previous, row.currency), since)
                colour = UP_COLOUR if change > 0 else DOWN_COLOUR if change < 0 else MUTED
            self.comparison.setText(text)
            self.comparison.setStyleSheet(f"color: {colour};")
        self.detail.setText(tr("%n confirmed invoice(s) {0}", "", row.invoices).format(this) + " · "
                            + tr("%n order(s) confirmed today", "", row.orders_today))
        plan = row.plan
        for w in (self.plan, self.plan_pace, self.plan_bar):
            w.setVisible(plan is not None)
        if plan is None:
            return
        pace = plan.plan_to_date * 100 / plan.plan
        self.plan.setText(tr("vs plan: {0}\u00a0% of {1}").format(format_number(plan.percent, 1, grouping()),
                                                                   amount(plan.plan, row.currency)))
        behind = plan.actual < plan.plan_to_date
        self.plan.setStyleSheet(f"color: {DOWN_COLOUR if behind else UP_COLOUR};")
        self.plan_pace.setText(tr("net sales {0}; {1}\u00a0% expected by today").format(
            amount(plan.actual, row.currency), format_number(pace, 1, grouping())))
        self.plan_bar.set_pace(float(plan.percent), float(pace), behind)


class FunnelTileWidget(Tile):
    key = "funnel"

    def build(self, layout: QVBoxLayout) -> None:
        self.pipeline = label(self.content, "pipeline_name", colour=MUTED)
        self.bars = BarsWidget(self.content)
        self.empty = label(self.content, "funnel_empty", colour=MUTED)
        self.note = label(self.content, "funnel_note", colour=MUTED)
        for w in (self.pipeline, self.bars, self.empty, self.note):
            layout.addWidget(w)

    def fetch(self, period: str) -> FunnelTile:
        return self.ctx.dashboard.funnel()

    def show_row(self, row: FunnelTile) -> None:
        deals = sum(s.deals for s in row.stages)
        if row.pipeline_id is None:
            self.pipeline.setText("")
            self.empty.setText(tr("No pipeline yet: set one up in the Sales funnel."))
        else:
            self.pipeline.setText(tr("{0}: %n open deal(s)", "", deals).format(isolate(row.pipeline_name)))
            self.empty.setText(tr("No open deals") if not deals else "")
        by_amount = any(s.amount for s in row.stages)
        self.bars.set_bars([Bar(s.name, float(s.amount if by_amount else s.deals),
                                f"{s.deals} · {amount(s.amount, row.currency)}") for s in row.stages] if deals else [])
        self.bars.setVisible(bool(deals))
        self.empty.setVisible(not deals)
        self.note.setText(tr("Not summed (no rate): {0}").format(", ".join(row.unconverted)) if row.unconverted else "")
        self.note.setVisible(bool(row.unconverted))


class TopTileWidget(Tile):
    """Top clients or top products: a small table; a click on a row opens that client or product."""

    kind = ""

    def build(self, layout: QVBoxLayout) -> None:
        self.model = RowsModel([RowColumn(tr("Name"), lambda r: r.name),
                                RowColumn(tr("Sales"), lambda r: isolate(amount(r.amount, self.currency)), RIGHT)],
                               self)
        self.currency = ""
        self.table = small_table(self.content, f"{self.key}_table", self.model)
        self.table.clicked.connect(self._row_clicked)
        self.empty = label(self.content, f"{self.key}_empty", colour=MUTED)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)

    def show_row(self, row: TopTile) -> None:
        self.currency = row.currency
        self.model.set_rows(row.rows)
        fit_rows(self.table, len(row.rows))
        self.empty.setText(tr("No sales yet {0}").format(period_words(row.period.key)[0]))
        self.table.setVisible(bool(row.rows))
        self.empty.setVisible(not row.rows)

    def _row_clicked(self, index: QModelIndex) -> None:
        row = self.model.data(index, 0x0100)
        if row is not None:
            self.record_activated.emit(self.kind, row.id)


class TopClientsTile(TopTileWidget):
    key, kind = "top_clients", "client"

    def fetch(self, period: str) -> TopTile:
        return self.ctx.dashboard.top_clients(period=period, calendar=calendars.current_system())


class TopProductsTile(TopTileWidget):
    key, kind = "top_products", "product"

    def fetch(self, period: str) -> TopTile:
        return self.ctx.dashboard.top_products(period=period, calendar=calendars.current_system())


def _against_minimum(r) -> str:
    # Isolated: figures and unit keep their order in a right-to-left layout.
    return isolate(f"{quantity(r.available)} / {quantity(r.min_stock)} {r.unit}")


class LowStockTileWidget(Tile):
    key = "low_stock"

    def build(self, layout: QVBoxLayout) -> None:
        self.big = label(self.content, "big_number", big=True, wrap=False)
        self.model = RowsModel([RowColumn(tr("Product"), lambda r: r.name),
                                RowColumn(tr("Available / minimum"), _against_minimum, RIGHT)], self)
        self.table = small_table(self.content, "low_stock_table", self.model)
        self.table.clicked.connect(self._row_clicked)
        self.more = label(self.content, "detail", colour=MUTED)
        for w in (self.big, self.table, self.more):
            layout.addWidget(w)

    def fetch(self, period: str) -> LowStockTile:
        return self.ctx.dashboard.low_stock()

    def show_row(self, row: LowStockTile) -> None:
        self.big.setText(tr("%n product(s)", "", row.count) if row.count else count(0))
        self.big.setStyleSheet(f"color: {WARN};" if row.count else "")
        self.model.set_rows(row.first)
        fit_rows(self.table, len(row.first))
        self.table.setVisible(bool(row.first))
        self.more.setText(tr("Everything is above its minimum.") if not row.count else
                          tr("and %n more on the reorder list", "", row.count - len(row.first))
                          if row.count > len(row.first) else tr("below their minimum stock"))

    def _row_clicked(self, index: QModelIndex) -> None:
        row = self.model.data(index, 0x0100)
        if row is not None:
            self.record_activated.emit("product", row.product_id)


class OverdueTasksTile(Tile):
    key = "overdue_tasks"

    def build(self, layout: QVBoxLayout) -> None:
        self.big = label(self.content, "big_number", big=True, wrap=False)
        self.caption = label(self.content, "caption", colour=MUTED)
        self.detail = label(self.content, "detail")
        for w in (self.big, self.caption, self.detail):
            layout.addWidget(w)

    def fetch(self, period: str) -> TasksTile:
        return self.ctx.dashboard.overdue_tasks()

    def show_row(self, row: TasksTile) -> None:
        self.big.setText(count(row.mine))
        self.big.setStyleSheet(f"color: {WARN};" if row.mine else "")
        self.caption.setText(tr("of yours are overdue") if row.everyone else tr("No overdue tasks."))
        self.detail.setText(tr("%n overdue in the whole team", "", row.everyone) if row.everyone else "")


class ReceivablesTileWidget(Tile):
    key = "receivables"

    def build(self, layout: QVBoxLayout) -> None:
        self.big = label(self.content, "big_number", big=True, wrap=False)
        self.caption = label(self.content, "caption", colour=MUTED)
        self.overdue = label(self.content, "overdue", colour=WARN)
        for w in (self.big, self.caption, self.overdue):
            layout.addWidget(w)

    def fetch(self, period: str) -> ReceivablesTile:
        return self.ctx.dashboard.receivables()

    def show_row(self, row: ReceivablesTile) -> None:
        self.big.setText(amount(row.receivable, row.currency))
        self.caption.setText(tr("owed by clients") if row.receivable else tr("Nobody owes anything."))
        if row.overdue_invoices:
            self.overdue.setText(tr("Overdue: {0} in %n invoice(s)", "", row.overdue_invoices).format(
                amount(row.overdue, row.currency)))
            self.overdue.setStyleSheet(f"color: {WARN};")
        else:
            self.overdue.setText(tr("No invoice is past due."))
            self.overdue.setStyleSheet(f"color: {MUTED};")


STATUS_WORDS = {"planned": "planned", "released": "released", "in_progress": "in progress"}


class ProductionTileWidget(Tile):
    key = "production"

    def build(self, layout: QVBoxLayout) -> None:
        self.big = label(self.content, "big_number", big=True, wrap=False)
        self.statuses = label(self.content, "statuses")
        self.made = label(self.content, "made", colour=MUTED)
        for w in (self.big, self.statuses, self.made):
            layout.addWidget(w)

    def fetch(self, period: str) -> ProductionTile:
        return self.ctx.dashboard.production(period=period, calendar=calendars.current_system())

    def show_row(self, row: ProductionTile) -> None:
        self.big.setText(tr("%n order(s)", "", row.open_orders) if row.open_orders else count(0))
        self.statuses.setText(" · ".join(f"{n} {tr(STATUS_WORDS.get(s, s))}" for s, n in row.by_status if n)
                              if row.open_orders else tr("No production orders in progress."))
        this = period_words(row.period.key)[0]
        self.made.setText(tr("{0} units made {1} (%n completion(s))", "", row.completions).format(
            quantity(row.made), this) if row.completions else tr("Nothing made yet {0}.").format(this))


class GoalsTileWidget(Tile):
    """The objectives running today: a bar each, filled to its progress, with a tick at the steady pace."""

    key = "goals"

    def build(self, layout: QVBoxLayout) -> None:
        self.rows_layout = QVBoxLayout()
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(2)
        layout.addLayout(self.rows_layout)
        self.empty = label(self.content, "goals_empty", colour=MUTED)
        self.more = label(self.content, "goals_more", colour=MUTED)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)
        self.lines: list = []

    def fetch(self, period: str) -> GoalsTile:
        return self.ctx.dashboard.goals()

    def show_row(self, row: GoalsTile) -> None:
        for widget in self.lines:
            self.rows_layout.removeWidget(widget)
            widget.deleteLater()
        self.lines = []
        for o in row.objectives:
            caption = label(self.content, "goal_title")
            caption.setText(tr("{0} — {1} % (expected {2} %)").format(
                o.title, format_number(o.progress_percent, 0, grouping()),
                format_number(o.expected_percent, 0, grouping())))
            bar = PlanBar(self.content)
            bar.set_pace(float(o.progress_percent), float(o.expected_percent), o.status == "behind")
            for w in (caption, bar):
                self.rows_layout.addWidget(w)
                self.lines.append(w)
        self.empty.setText(tr("No objective runs today: set some in Goals."))
        self.empty.setVisible(not row.objectives)
        self.more.setText(tr("and %n more in Goals", "", row.more))
        self.more.setVisible(bool(row.more))


TILE_CLASSES: dict[str, type[Tile]] = {cls.key: cls for cls in (
    SalesTileWidget, FunnelTileWidget, TopClientsTile, TopProductsTile, LowStockTileWidget, OverdueTasksTile,
    ReceivablesTileWidget, ProductionTileWidget, GoalsTileWidget)}


def tile_titles() -> dict[str, tuple[str, str]]:
    """Tile key -> (title, what a click opens)."""
    return {
        "sales": (tr("Sales"), tr("Click to see the confirmed invoices of the period")),
        "funnel": (tr("Funnel by stage"), tr("Click to open the Sales funnel board")),
        "top_clients": (tr("Top clients"), tr("Click a client to open it, elsewhere for the period's invoices")),
        "top_products": (tr("Top products"), tr("Click a product to open it, elsewhere for the period's invoices")),
        "low_stock": (tr("Stock below minimum"), tr("Click to open the Warehouse reorder list")),
        "overdue_tasks": (tr("Overdue tasks"), tr("Click to open My day in Tasks")),
        "receivables": (tr("Receivables"), tr("Click to open Debts by age in Payments")),
        "production": (tr("Production in progress"), tr("Click to open the Production plan")),
        "goals": (tr("Goals"), tr("Click to open Goals")),
    }

