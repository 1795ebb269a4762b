"""The Reports area (see workspace.py)."""

from app.ui.reports.workspace import ReportsWorkspace

__all__ = ["ReportsWorkspace"]
