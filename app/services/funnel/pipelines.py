"""Pipelines and their stages, and the directory of lost reasons."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.models import Deal, DealStageChange, LostReason, Pipeline, Stage, StageKind
from app.services import validation as v
from app.services.access.matrix import Action, Area
from app.services.access.principal import open_to_all, requires
from app.services.clients.forms import NamedItem
from app.services.errors import ConcurrentEdit, NotFound, ValidationError
from app.services.funnel.forms import PipelineRow, StageRow, StageSpec
from app.services.i18n import msg
from app.services.uow import UnitOfWork

HUNDRED = Decimal("100")


def stage_row(stage: Stage) -> StageRow:
    return StageRow(stage.id, stage.pipeline_id, stage.name, stage.kind, stage.probability, stage.sort_order,
                    stage.version)


def pipeline_row(pipeline: Pipeline) -> PipelineRow:
    return PipelineRow(pipeline.id, pipeline.name, pipeline.archived, pipeline.version,
                       tuple(stage_row(s) for s in pipeline.stages))


def _pipeline(session: Session, pipeline_id: int) -> Pipeline:
    pipeline = session.scalars(select(Pipeline).where(Pipeline.id == pipeline_id)
                               .options(selectinload(Pipeline.stages))).one_or_none()
    if pipeline is None:
        raise NotFound("pipeline", pipeline_id)
    return pipeline


def _probability(value: Decimal | int | str, field: str) -> Decimal:
    try:
        p = Decimal(value).quantize(Decimal("0.01"))
    except ArithmeticError:
        raise ValidationError({field: msg("is not a number")}) from None
    if not Decimal("0") <= p <= HUNDRED:
        raise ValidationError({field: msg("must be between 0 and 100 %")})
    return p


def _stage_name(name: str, field: str = "name") -> tuple[str, str]:
    name = v.clean(name)
    if not name:
        raise ValidationError({field: msg("is required")})
    if len(name) > 150:
        raise ValidationError({field: msg("is longer than 150 characters")})
    return name, v.fold(name)


def _renumber(pipeline: Pipeline, open_stages: list[Stage]) -> None:
    """Open stages in the given order, then Won, then Lost: the terminal stages always end it."""
    terminal = sorted((s for s in pipeline.stages if s.kind != StageKind.OPEN), key=lambda s: s.kind != "won")
    for order, stage in enumerate([*open_stages, *terminal]):
        stage.sort_order = order


@requires(Area.SETTINGS, Action.EDIT)
def create_pipeline(uow: UnitOfWork, name: str, *, stages: Sequence[StageSpec]) -> PipelineRow:
    """A pipeline with the given open stages followed by Won (100 %) and Lost (0 %);
    raises ValidationError."""
    name, key = _stage_name(name)
    if not stages:
        raise ValidationError({"stages": msg("a pipeline needs at least one open stage")})
    specs = [(*_stage_name(s.name, f"stages.{i}.name"), _probability(s.probability, f"stages.{i}.probability"))
             for i, s in enumerate(stages)]
    # The closing stages are named in the language of whoever makes the pipeline (stored, like any name).
    won, lost = msg("Won"), msg("Lost")
    keys = [k for _, k, _ in specs] + [v.fold(won), v.fold(lost)]
    if len(set(keys)) != len(keys):
        raise ValidationError({"stages": msg("two stages have the same name")})
    with uow:
        s = uow.session
        if s.scalar(select(Pipeline.id).where(Pipeline.name_key == key)) is not None:
            raise ValidationError({"name": msg("a pipeline “{name}” already exists", name=name)})
        order = s.scalar(select(func.coalesce(func.max(Pipeline.sort_order), -1))) + 1
        pipeline = Pipeline(name=name, name_key=key, sort_order=order, archived=False)
        for i, (stage_name, stage_key, probability) in enumerate(specs):
            pipeline.stages.append(Stage(name=stage_name, name_key=stage_key, kind=StageKind.OPEN,
                                         probability=probability, sort_order=i))
        pipeline.stages.append(Stage(name=won, name_key=v.fold(won), kind=StageKind.WON, probability=HUNDRED,
                                     sort_order=len(specs)))
        pipeline.stages.append(Stage(name=lost, name_key=v.fold(lost), kind=StageKind.LOST,
                                     probability=Decimal("0"), sort_order=len(specs) + 1))
        s.add(pipeline)
        s.flush()
        row = pipeline_row(pipeline)
        uow.commit()
        return row


@open_to_all
def list_pipelines(uow: UnitOfWork, *, include_archived: bool = False) -> list[PipelineRow]:
    """Pipelines in their order, each with its stages in order."""
    stmt = select(Pipeline).options(selectinload(Pipeline.stages)).order_by(Pipeline.sort_order, Pipeline.id)
    if not include_archived:
        stmt = stmt.where(Pipeline.archived.is_(False))
    with uow:
        return [pipeline_row(p) for p in uow.session.scalars(stmt)]


@open_to_all
def load_pipeline(uow: UnitOfWork, pipeline_id: int) -> PipelineRow:
    """One pipeline; raises NotFound."""
    with uow:
        return pipeline_row(_pipeline(uow.session, pipeline_id))


@requires(Area.SETTINGS, Action.EDIT)
def rename_pipeline(uow: UnitOfWork, pipeline_id: int, name: str, *, expected_version: int) -> PipelineRow:
    """Rename; raises ValidationError, NotFound or ConcurrentEdit."""
    name, key = _stage_name(name)
    with uow:
        s = uow.session
        pipeline = _pipeline(s, pipeline_id)
        if pipeline.version != expected_version:
            raise ConcurrentEdit("pipeline", pipeline_id, changed_by=None, changed_at=pipeline.updated_at,
                                 current=pipeline_row(pipeline))
        if s.scalar(select(Pipeline.id).where(Pipeline.name_key == key, Pipeline.id != pipeline_id)):
            raise ValidationError({"name": msg("a pipeline “{name}” already exists", name=name)})
        pipeline.name, pipeline.name_key = name, key
        s.flush()
        row = pipeline_row(pipeline)
        uow.commit()
        return row


@requires(Area.SETTINGS, Action.EDIT)
def set_pipeline_archived(uow: UnitOfWork, pipeline_id: int, archived: bool) -> PipelineRow:
    """Hide a pipeline from new deals and the board filter (its deals keep it)."""
    with uow:
        pipeline = _pipeline(uow.session, pipeline_id)
        pipeline.archived = archived
        uow.session.flush()
        row = pipeline_row(pipeline)
        uow.commit()
        return row


@requires(Area.SETTINGS, Action.EDIT)
def add_stage(uow: UnitOfWork, pipeline_id: int, spec: StageSpec, *, position: int | None = None) -> PipelineRow:
    """Insert an open stage at `position` among the open stages (default: last before Won)."""
    name, key = _stage_name(spec.name)
    probability = _probability(spec.probability, "probability")
    with uow:
        s = uow.session
        pipeline = _pipeline(s, pipeline_id)
        if any(st.name_key == key for st in pipeline.stages):
            raise ValidationError({"name": msg("this pipeline already has a stage “{name}”", name=name)})
        open_stages = [st for st in pipeline.stages if st.kind == StageKind.OPEN]
        stage = Stage(name=name, name_key=key, kind=StageKind.OPEN, probability=probability)
        pipeline.stages.append(stage)
        index = len(open_stages) if position is None else max(0, min(position, len(open_stages)))
        open_stages.insert(index, stage)
        return _commit_order(uow, pipeline, open_stages)


def _commit_order(uow: UnitOfWork, pipeline: Pipeline, open_stages: list[Stage]) -> PipelineRow:
    """Number the stages in this order (Won and Lost last), commit, and return the pipeline."""
    _renumber(pipeline, open_stages)
    uow.session.flush()
    uow.session.refresh(pipeline, ["stages"])
    row = pipeline_row(pipeline)
    uow.commit()
    return row


def _stage(session: Session, stage_id: int) -> Stage:
    stage = session.get(Stage, stage_id)
    if stage is None:
        raise NotFound("stage", stage_id)
    return stage


@requires(Area.SETTINGS, Action.EDIT)
def update_stage(uow: UnitOfWork, stage_id: int, *, name: str, probability: Decimal,
                 expected_version: int) -> PipelineRow:
    """Rename a stage or change its default probability (Won stays 100 %, Lost 0 %)."""
    name, key = _stage_name(name)
    probability = _probability(probability, "probability")
    with uow:
        s = uow.session
        stage = _stage(s, stage_id)
        if stage.version != expected_version:
            raise ConcurrentEdit("stage", stage_id, changed_by=None, changed_at=stage.updated_at,
                                 current=stage_row(stage))
        if stage.kind != StageKind.OPEN and probability != stage.probability:
            raise ValidationError({"probability": msg("Won is always 100 % and Lost 0 %")})
        pipeline = _pipeline(s, stage.pipeline_id)
        if any(st.name_key == key and st.id != stage_id for st in pipeline.stages):
            raise ValidationError({"name": msg("this pipeline already has a stage “{name}”", name=name)})
        stage.name, stage.name_key, stage.probability = name, key, probability
        s.flush()
        row = pipeline_row(pipeline)
        uow.commit()
        return row


@requires(Area.SETTINGS, Action.EDIT)
def move_stage(uow: UnitOfWork, stage_id: int, *, position: int) -> PipelineRow:
    """Put an open stage at `position` among the open stages."""
    with uow:
        s = uow.session
        stage = _stage(s, stage_id)
        if stage.kind != StageKind.OPEN:
            raise ValidationError({"position": msg("Won and Lost always end the pipeline")})
        pipeline = _pipeline(s, stage.pipeline_id)
        open_stages = [st for st in pipeline.stages if st.kind == StageKind.OPEN and st.id != stage_id]
        open_stages.insert(max(0, min(position, len(open_stages))), stage)
        return _commit_order(uow, pipeline, open_stages)


@requires(Area.SETTINGS, Action.EDIT)
def delete_stage(uow: UnitOfWork, stage_id: int) -> PipelineRow:
    """Delete an open stage no deal has ever been in; raises ValidationError otherwise."""
    with uow:
        s = uow.session
        stage = _stage(s, stage_id)
        if stage.kind != StageKind.OPEN:
            raise ValidationError({"stage": msg("Won and Lost cannot be deleted")})
        pipeline = _pipeline(s, stage.pipeline_id)
        if len([st for st in pipeline.stages if st.kind == StageKind.OPEN]) == 1:
            raise ValidationError({"stage": msg("a pipeline needs at least one open stage")})
        used = s.scalar(select(func.count()).select_from(Deal).where(Deal.stage_id == stage_id)) or 0
        visited = s.scalar(select(func.count()).select_from(DealStageChange).where(
            or_(DealStageChange.to_stage_id == stage_id, DealStageChange.from_stage_id == stage_id))) or 0
        if used or visited:
            raise ValidationError({"stage": msg("“{name}” holds or held deals (their history refers to "
                                            "it); rename it instead", name=stage.name)})
        pipeline.stages.remove(stage)
        _renumber(pipeline, [st for st in pipeline.stages if st.kind == StageKind.OPEN])
        s.flush()
        row = pipeline_row(pipeline)
        uow.commit()
        return row


# --- lost reasons -------------------------------------------------------------------------------

@open_to_all
def list_lost_reasons(uow: UnitOfWork, *, include_archived: bool = False) -> list[NamedItem]:
    """Lost reasons by name."""
    stmt = select(LostReason).order_by(LostReason.name_key)
    if not include_archived:
        stmt = stmt.where(LostReason.archived.is_(False))
    with uow:
        return [NamedItem(r.id, r.name, r.version) for r in uow.session.scalars(stmt)]


@requires(Area.SETTINGS, Action.EDIT)
def add_lost_reason(uow: UnitOfWork, name: str) -> NamedItem:
    """Add a reason; raises ValidationError for an empty or existing name."""
    name, key = _stage_name(name)
    with uow:
        s = uow.session
        if s.scalar(select(LostReason.id).where(LostReason.name_key == key)) is not None:
            raise ValidationError({"name": msg("“{name}” is already in the list", name=name)})
        reason = LostReason(name=name, name_key=key, archived=False)
        s.add(reason)
        s.flush()
        item = NamedItem(reason.id, reason.name, reason.version)
        uow.commit()
        return item


@requires(Area.SETTINGS, Action.EDIT)
def rename_lost_reason(uow: UnitOfWork, reason_id: int, name: str, *, expected_version: int) -> NamedItem:
    """Rename a reason (deals lost for it follow); raises ValidationError, NotFound, ConcurrentEdit."""
    name, key = _stage_name(name)
    with uow:
        s = uow.session
        reason = s.get(LostReason, reason_id)
        if reason is None:
            raise NotFound("lost reason", reason_id)
        if reason.version != expected_version:
            raise ConcurrentEdit("lost reason", reason_id, changed_by=None, changed_at=reason.updated_at,
                                 current=NamedItem(reason.id, reason.name, reason.version))
        if s.scalar(select(LostReason.id).where(LostReason.name_key == key, LostReason.id != reason_id)):
            raise ValidationError({"name": msg("“{name}” is already in the list", name=name)})
        reason.name, reason.name_key = name, key
        s.flush()
        item = NamedItem(reason.id, reason.name, reason.version)
        uow.commit()
        return item


@requires(Area.SETTINGS, Action.EDIT)
def archive_lost_reason(uow: UnitOfWork, reason_id: int) -> None:
    """Offer the reason no more (deals already lost for it keep it)."""
    with uow:
        reason = uow.session.get(LostReason, reason_id)
        if reason is None:
            raise NotFound("lost reason", reason_id)
        reason.archived = True
        uow.commit()
