"""Tasks and the planner: "My day", the calendar, the task dialog and reminders."""

from app.ui.planner.calendar_view import CalendarView
from app.ui.planner.task_dialog import CompleteTaskDialog, TaskDialog
from app.ui.planner.workspace import PlannerWorkspace

__all__ = ["CalendarView", "CompleteTaskDialog", "PlannerWorkspace", "TaskDialog"]
