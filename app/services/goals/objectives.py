"""Objectives and their key results: saving them, checking in on manual key results, and reading them with
their progress (metric key results computed from the data over the period to date).

Who may do what: goals are read with the Reports view right. Company and team (branch, department)
objectives are set by those with the Settings edit right; a person's objective by them or by those. A
manual key result takes check-ins from its owner, the objective's person, or those with Settings edit.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import (
    Branch,
    CheckIn,
    Department,
    KeyResult,
    KeyResultKind,
    Objective,
    ObjectiveLevel,
    User,
    utcnow,
)
from app.services.access.matrix import Action, Area
from app.services.access.principal import checks_inside, requires
from app.services.catalog.common import check_version
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.goals import progress as pace
from app.services.goals.forms import CheckInRow, KeyResultForm, KeyResultRow, ObjectiveForm, ObjectiveRow
from app.services.goals.metrics import METRICS, Filters, check_filters
from app.services.i18n import msg, translated
from app.services.reports.periods import MAX_DAYS, Period
from app.services.uow import UnitOfWork

LEVELS = tuple(str(x) for x in ObjectiveLevel)
LEVEL_ORDER = {k: i for i, k in enumerate(LEVELS)}
MAX_KEY_RESULTS = 12


def _decimal(value, field: str, errors: dict[str, str]) -> Decimal:
    try:
        out = Decimal(str(value).strip().replace(" ", "").replace(",", "."))
    except (InvalidOperation, ValueError):
        errors[field] = msg("is not a number")
        return Decimal(0)
    if not out.is_finite() or abs(out) >= Decimal("1e14"):
        errors[field] = msg("is not a number")
        return Decimal(0)
    return out


def _may_edit(uow: UnitOfWork, level: str, owner_id: int | None) -> bool:
    principal = uow.principal()
    if principal.allows(Area.SETTINGS, Action.EDIT):
        return True
    return level == ObjectiveLevel.PERSON and owner_id is not None and owner_id == principal.user_id


def _clean(s: Session, form: ObjectiveForm) -> tuple[dict, list[tuple[KeyResultForm, dict]]]:
    errors: dict[str, str] = {}
    title = (form.title or "").strip()
    if not title:
        errors["title"] = msg("is required")
    if form.level not in LEVELS:
        errors["level"] = msg("is company, branch, department or person")
    if form.period_end < form.period_start:
        errors["period_end"] = msg("is before the start")
    elif (form.period_end - form.period_start).days > MAX_DAYS:
        errors["period_end"] = msg("is too far from the start")
    refs = {"branch": form.branch_id if form.level == ObjectiveLevel.BRANCH else None,
            "department": form.department_id if form.level == ObjectiveLevel.DEPARTMENT else None,
            "owner": form.owner_id if form.level == ObjectiveLevel.PERSON else None}
    needed = {"branch": ObjectiveLevel.BRANCH, "department": ObjectiveLevel.DEPARTMENT, "owner": ObjectiveLevel.PERSON}
    for name, model in (("branch", Branch), ("department", Department), ("owner", User)):
        if form.level == needed[name] and refs[name] is None:
            errors[name] = msg("is required for this objective")
        elif refs[name] is not None and s.get(model, refs[name]) is None:
            errors[name] = msg("does not exist")
    if not form.key_results:
        errors["key_results"] = msg("needs at least one key result")
    elif len(form.key_results) > MAX_KEY_RESULTS:
        errors["key_results"] = msg("are at most {limit}", limit=MAX_KEY_RESULTS)
    krs = []
    for i, kr in enumerate(form.key_results):
        prefix = f"key_results.{i}."
        values = {"title": (kr.title or "").strip(), "kind": kr.kind,
                  "start_value": _decimal(kr.start_value, prefix + "start_value", errors),
                  "target_value": _decimal(kr.target_value, prefix + "target_value", errors),
                  "owner_id": kr.owner_id}
        if not values["title"]:
            errors[prefix + "title"] = msg("is required")
        if kr.kind == KeyResultKind.METRIC:
            try:
                check_filters(kr.metric, Filters(kr.manager_id, kr.category_id, kr.pipeline_id))
            except ValidationError as exc:
                errors.update({prefix + k: v for k, v in exc.errors.items()})
            values.update(metric=kr.metric, manager_id=kr.manager_id, category_id=kr.category_id,
                          pipeline_id=kr.pipeline_id)
        elif kr.kind == KeyResultKind.MANUAL:
            values.update(metric="", manager_id=None, category_id=None, pipeline_id=None)
        else:
            errors[prefix + "kind"] = msg("is metric or manual")
        krs.append((kr, values))
    if errors:
        raise ValidationError(errors)
    header = {"title": title, "description": (form.description or "").strip(), "level": form.level,
              "branch_id": refs["branch"], "department_id": refs["department"], "owner_id": refs["owner"],
              "period_start": form.period_start, "period_end": form.period_end}
    return header, krs


@checks_inside
def save_objective(uow: UnitOfWork, objective_id: int | None, form: ObjectiveForm, *,
                   expected_version: int | None = None, today: date | None = None) -> ObjectiveRow:
    """Create (objective_id None) or update an objective and its key results (those left out of the form
    are removed with their check-ins). Raises PermissionDenied, ValidationError, NotFound, ConcurrentEdit."""
    with uow:
        s = uow.session
        if not _may_edit(uow, form.level, form.owner_id):
            raise PermissionDenied(str(Action.EDIT), area=str(Area.SETTINGS))
        if objective_id is not None:
            obj = s.get(Objective, objective_id)
            if obj is None:
                raise NotFound("objective", objective_id)
            if not _may_edit(uow, obj.level, obj.owner_id):
                raise PermissionDenied(str(Action.EDIT), area=str(Area.SETTINGS))
            check_version(s, obj, expected_version if expected_version is not None else -1, "objective")
        header, krs = _clean(s, form)
        if objective_id is None:
            obj = Objective()
            s.add(obj)
        for k, value in header.items():
            setattr(obj, k, value)
        s.flush()
        existing = {kr.id: kr for kr in s.scalars(select(KeyResult).where(KeyResult.objective_id == obj.id))}
        kept = set()
        for order, (kr_form, values) in enumerate(krs):
            row = existing.get(kr_form.id) if kr_form.id is not None else None
            if kr_form.id is not None and row is None:
                raise NotFound("key_result", kr_form.id)
            if row is None:
                row = KeyResult(objective_id=obj.id)
                s.add(row)
            else:
                kept.add(row.id)
                if row.kind != values["kind"]:
                    row.current_value = None
            for k, value in values.items():
                setattr(row, k, value)
            row.sort_order = order
        for ident, row in existing.items():
            if ident not in kept:
                s.delete(row)
        obj.updated_at = utcnow()   # a change to key results alone still moves the objective's version
        s.flush()
        ident = obj.id
        uow.commit()
    return load_objective(uow, ident, today=today)


@checks_inside
def delete_objective(uow: UnitOfWork, objective_id: int, *, expected_version: int) -> None:
    """Remove an objective with its key results and check-ins; raises PermissionDenied, NotFound,
    ConcurrentEdit."""
    with uow:
        s = uow.session
        obj = s.get(Objective, objective_id)
        if obj is None:
            raise NotFound("objective", objective_id)
        if not _may_edit(uow, obj.level, obj.owner_id):
            raise PermissionDenied(str(Action.DELETE), area=str(Area.SETTINGS))
        check_version(s, obj, expected_version, "objective")
        s.delete(obj)
        uow.commit()


def _may_check_in(uow: UnitOfWork, kr: KeyResult, obj: Objective) -> bool:
    principal = uow.principal()
    me = principal.user_id
    return (principal.allows(Area.SETTINGS, Action.EDIT) or (me is not None and me == kr.owner_id)
            or (obj.level == ObjectiveLevel.PERSON and me is not None and me == obj.owner_id))


@checks_inside
def check_in(uow: UnitOfWork, key_result_id: int, *, value: Decimal | str, comment: str = "",
             expected_version: int) -> CheckInRow:
    """Report where a manual key result stands now, with a comment; raises PermissionDenied (not its owner),
    ValidationError (a metric key result, a bad number), NotFound, ConcurrentEdit."""
    with uow:
        s = uow.session
        kr = s.get(KeyResult, key_result_id)
        if kr is None:
            raise NotFound("key_result", key_result_id)
        obj = s.get(Objective, kr.objective_id)
        if not _may_check_in(uow, kr, obj):
            # Not its owner: only the right to set goals (Settings edit) would have let them.
            raise PermissionDenied(str(Action.EDIT), area=str(Area.SETTINGS))
        if kr.kind != KeyResultKind.MANUAL:
            raise ValidationError({"value": msg("is counted from the data for this key result")})
        errors: dict[str, str] = {}
        number = _decimal(value, "value", errors)
        if errors:
            raise ValidationError(errors)
        check_version(s, kr, expected_version, "key_result")
        kr.current_value = number
        entry = CheckIn(key_result_id=kr.id, user_id=uow.user_id, value=number, comment=(comment or "").strip())
        s.add(entry)
        s.flush()
        row = CheckInRow(entry.id, kr.id, entry.at, _user_name(s, uow.user_id), number, entry.comment)
        uow.commit()
        return row


def _user_name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.scalar(select(User.full_name).where(User.id == user_id)) or ""


@requires(Area.REPORTS, Action.VIEW)
def check_ins(uow: UnitOfWork, key_result_id: int) -> list[CheckInRow]:
    """A key result's check-ins, newest first; raises NotFound."""
    with uow:
        s = uow.session
        if s.get(KeyResult, key_result_id) is None:
            raise NotFound("key_result", key_result_id)
        rows = s.execute(select(CheckIn, User.full_name).outerjoin(User, User.id == CheckIn.user_id)
                         .where(CheckIn.key_result_id == key_result_id)
                         .order_by(CheckIn.at.desc(), CheckIn.id.desc())).all()
        return [CheckInRow(c.id, c.key_result_id, c.at, name or "", Decimal(c.value), c.comment) for c, name in rows]


# -- reading with progress ---------------------------------------------------------------------------

def _belongs_to(s: Session, obj: Objective) -> str:
    if obj.level == ObjectiveLevel.BRANCH and obj.branch_id:
        return s.scalar(select(Branch.name).where(Branch.id == obj.branch_id)) or ""
    if obj.level == ObjectiveLevel.DEPARTMENT and obj.department_id:
        return s.scalar(select(Department.name).where(Department.id == obj.department_id)) or ""
    if obj.level == ObjectiveLevel.PERSON:
        return _user_name(s, obj.owner_id)
    return "Company"


def _rows(uow: UnitOfWork, objectives: list[tuple[Objective, list[KeyResult], dict[int, int], dict[int, str],
                                                  str]], today: date) -> list[ObjectiveRow]:
    out = []
    for obj, krs, counts, names, belongs in objectives:
        elapsed = pace.elapsed_percent(obj.period_start, obj.period_end, today)
        started = today >= obj.period_start
        to_date = Period(obj.period_start, max(obj.period_start, min(obj.period_end, today)))
        kr_rows = []
        for kr in krs:
            start, target = Decimal(kr.start_value), Decimal(kr.target_value)
            if kr.kind == KeyResultKind.METRIC:
                spec = METRICS[kr.metric]
                current = spec.compute(uow, to_date, Filters(kr.manager_id, kr.category_id, kr.pipeline_id)) \
                    if started else start
                title, kind = translated(spec.title), spec.kind
            else:
                current = Decimal(kr.current_value) if kr.current_value is not None else start
                title, kind = "", "qty"
            done = pace.progress_percent(start, target, current)
            kr_rows.append(KeyResultRow(
                kr.id, obj.id, kr.title, kr.kind, kr.metric, title, kind, kr.manager_id, kr.category_id,
                kr.pipeline_id, kr.owner_id, names.get(kr.owner_id, ""), start, target, current,
                pace.expected_value(start, target, elapsed), done, elapsed,
                pace.status(done, elapsed, started=started, current=current, target=target),
                counts.get(kr.id, 0), kr.kind == KeyResultKind.MANUAL and _may_check_in(uow, kr, obj), kr.version))
        average = (sum((pace.held(r.progress_percent) for r in kr_rows), Decimal(0)) / len(kr_rows)
                   ).quantize(pace.TENTH) if kr_rows else Decimal(0)
        status = pace.status(average, elapsed, started=started)
        out.append(ObjectiveRow(obj.id, obj.title, obj.description, obj.level, obj.branch_id, obj.department_id,
                                obj.owner_id, belongs, obj.period_start, obj.period_end, tuple(kr_rows), average,
                                elapsed, status, _may_edit(uow, obj.level, obj.owner_id), obj.version))
    return out


def _read(uow: UnitOfWork, where: list) -> list:
    with uow:
        s = uow.session
        objectives = list(s.scalars(select(Objective).where(*where)))
        ids = [o.id for o in objectives]
        krs = list(s.scalars(select(KeyResult).where(KeyResult.objective_id.in_(ids))
                             .order_by(KeyResult.sort_order, KeyResult.id))) if ids else []
        counts = dict(s.execute(select(CheckIn.key_result_id, func.count())
                                .where(CheckIn.key_result_id.in_([k.id for k in krs]))
                                .group_by(CheckIn.key_result_id)).tuples().all()) if krs else {}
        owners = {k.owner_id for k in krs if k.owner_id}
        names = dict(s.execute(select(User.id, User.full_name).where(User.id.in_(owners))).tuples().all()) \
            if owners else {}
        belongs = {o.id: _belongs_to(s, o) for o in objectives}
        s.expunge_all()
    objectives.sort(key=lambda o: (LEVEL_ORDER.get(o.level, 9), belongs[o.id].casefold(), o.period_start,
                                   o.title.casefold(), o.id))
    return [(o, [k for k in krs if k.objective_id == o.id], counts, names, belongs[o.id]) for o in objectives]


@requires(Area.REPORTS, Action.VIEW)
def list_objectives(uow: UnitOfWork, *, start: date, end: date, owner_id: int | None = None,
                    today: date | None = None) -> list[ObjectiveRow]:
    """The objectives whose period meets start..end (of one person, when `owner_id`), company first, then
    branches, departments and people, with their progress at `today`."""
    where = [Objective.period_start <= end, Objective.period_end >= start]
    if owner_id is not None:
        where.append(Objective.owner_id == owner_id)
    return _rows(uow, _read(uow, where), today or date.today())


@requires(Area.REPORTS, Action.VIEW)
def load_objective(uow: UnitOfWork, objective_id: int, *, today: date | None = None) -> ObjectiveRow:
    """One objective with its progress at `today`; raises NotFound."""
    found = _rows(uow, _read(uow, [Objective.id == objective_id]), today or date.today())
    if not found:
        raise NotFound("objective", objective_id)
    return found[0]
