"""Where a dashboard tile leads: the area and, where the area can, the filtered list behind its number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.dashboard import period_of
from app.ui import calendars

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

INVOICE_TILES = ("sales", "top_clients", "top_products")


def follow(window: MainWindow, key: str, period: str) -> None:
    """Show what tile `key` counts, for `period` where it has one."""
    if key in INVOICE_TILES:
        # The confirmed invoices of the period: what sales, top clients and top products add up.
        p = period_of(period, calendar=calendars.current_system())
        window.show_area("documents")
        window.page("documents").show_filtered(doc_type="invoice", status="confirmed",
                                               date_from=p.start, date_to=p.end)
    elif key == "funnel":
        window.show_area("funnel")
        window.page("funnel").show_view("board")
    elif key == "low_stock":
        window.show_area("warehouse")
        page = window.page("warehouse")
        page.tabs.setCurrentWidget(page.reorder)
    elif key == "overdue_tasks":
        # "My day" lists the user's overdue tasks first; it has no everyone's-overdue view.
        window.show_area("tasks")
        page = window.page("tasks")
        page.tabs.setCurrentIndex(0)
    elif key == "receivables":
        # Debts by age: what each client owes, by days past due (the overdue invoices' clients).
        window.show_area("payments")
        window.page("payments").tabs.setCurrentIndex(1)
    elif key == "production":
        window.show_area("production")
        window.page("production").show_plan()
    elif key == "goals":
        window.show_area("goals")
