"""The Goals area: objectives and key results with their progress, check-ins, sales plans, quarter review."""

from app.ui.goals.workspace import GoalsWorkspace

__all__ = ["GoalsWorkspace"]
