"""The quarter review: every objective of a period with where each key result ended (or stands), the
history of its check-ins with their comments, and the period's tally."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models import CheckIn, User
from app.services.access.matrix import Action, Area
from app.services.access.principal import requires
from app.services.goals.forms import CheckInRow, QuarterReview, ReviewKeyResult, ReviewObjective
from app.services.goals.objectives import list_objectives
from app.services.goals.progress import TENTH, held
from app.services.uow import UnitOfWork


@requires(Area.REPORTS, Action.VIEW)
def quarter_review(uow: UnitOfWork, *, start: date, end: date, today: date | None = None) -> QuarterReview:
    """The objectives of start..end with their key results' check-in history (oldest first) and how many
    key results are done or behind."""
    objectives = list_objectives(uow, start=start, end=end, today=today)
    kr_ids = [kr.id for o in objectives for kr in o.key_results]
    history: dict[int, list[CheckInRow]] = {i: [] for i in kr_ids}
    if kr_ids:
        with uow:
            for c, name in uow.session.execute(
                    select(CheckIn, User.full_name).outerjoin(User, User.id == CheckIn.user_id)
                    .where(CheckIn.key_result_id.in_(kr_ids)).order_by(CheckIn.at, CheckIn.id)):
                history[c.key_result_id].append(CheckInRow(c.id, c.key_result_id, c.at, name or "",
                                                           Decimal(c.value), c.comment))
    out = tuple(ReviewObjective(o, tuple(ReviewKeyResult(kr, tuple(history[kr.id])) for kr in o.key_results))
                for o in objectives)
    krs = [kr for o in objectives for kr in o.key_results]
    average = (sum((held(kr.progress_percent) for kr in krs), Decimal(0)) / len(krs)).quantize(TENTH) \
        if krs else Decimal(0)
    return QuarterReview(start, end, out, average, sum(kr.status == "done" for kr in krs),
                         sum(kr.status == "behind" for kr in krs), len(krs))
