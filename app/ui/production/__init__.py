"""The Production area: production orders (plan and dialog) and material requirements planning."""

from app.ui.production.workspace import ProductionWorkspace

__all__ = ["ProductionWorkspace"]
