"""The look-ups the Goals screens need in one read."""

from __future__ import annotations

from sqlalchemy import select

from app.models import Branch, Category, Department, Pipeline, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all
from app.services.goals.forms import GoalChoices
from app.services.goals.metrics import METRICS
from app.services.i18n import translated
from app.services.reports.common import company_currency
from app.services.uow import UnitOfWork


@open_to_all
def goal_choices(uow: UnitOfWork) -> GoalChoices:
    """Active users, branches, departments, categories, pipelines (by name) and the metrics there are."""
    with uow:
        s = uow.session

        def pairs(stmt) -> tuple[tuple[int, str], ...]:
            return tuple(s.execute(stmt).tuples().all())
        users = pairs(select(User.id, User.full_name).where(User.active.is_(True)).order_by(User.full_name, User.id))
        branches = pairs(select(Branch.id, Branch.name).where(Branch.active.is_(True)).order_by(Branch.name))
        departments = pairs(select(Department.id, Department.name).where(Department.active.is_(True))
                            .order_by(Department.name))
        categories = pairs(select(Category.id, Category.name).order_by(Category.name))
        pipelines = pairs(select(Pipeline.id, Pipeline.name).where(Pipeline.archived.is_(False))
                          .order_by(Pipeline.sort_order, Pipeline.id))
        currency = company_currency(s)
    principal = uow.principal()
    metrics = tuple((m.key, translated(m.title), m.kind, m.filters) for m in METRICS.values())
    return GoalChoices(users, branches, departments, categories, pipelines, metrics, principal.user_id,
                       principal.allows(Area.SETTINGS, Action.EDIT), currency)
