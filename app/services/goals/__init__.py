"""Goals: objectives (company, branch, department or person) for a quarter or any period, with key results
bound to a metric computed from the data or checked in by hand; progress against a steady pace; the
quarter review; managers' monthly sales plans (the dashboard's "vs plan")."""

from app.services.goals.choices import goal_choices
from app.services.goals.forms import (
    CheckInRow,
    GoalChoices,
    KeyResultForm,
    KeyResultRow,
    ObjectiveForm,
    ObjectiveRow,
    PlanProgress,
    PlanYear,
    QuarterReview,
)
from app.services.goals.metrics import METRICS, Filters, MetricSpec, metric_value
from app.services.goals.objectives import (
    LEVELS,
    check_in,
    check_ins,
    delete_objective,
    list_objectives,
    load_objective,
    save_objective,
)
from app.services.goals.plans import plan_amount, plan_progress, plan_year, save_plans
from app.services.goals.review import quarter_review

__all__ = ["LEVELS", "METRICS", "CheckInRow", "Filters", "GoalChoices", "goal_choices", "KeyResultForm", "KeyResultRow", "MetricSpec",
           "ObjectiveForm", "ObjectiveRow", "PlanProgress", "PlanYear", "QuarterReview", "check_in", "check_ins",
           "delete_objective", "list_objectives", "load_objective", "metric_value", "plan_amount", "plan_progress",
           "plan_year", "quarter_review", "save_objective", "save_plans"]
