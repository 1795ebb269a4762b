"""The Dashboard area: tiles with the day's figures, each opening the list behind its number."""

from app.ui.dashboard.workspace import DashboardWorkspace

__all__ = ["DashboardWorkspace"]
