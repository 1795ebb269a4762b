"""Sales funnel: pipelines, stages, lost reasons and deals."""

from app.services.funnel.deals import create_deal, deal_history, load_deal, move_deal, update_deal, weighted
from app.services.funnel.forms import DealCard, DealForm, PipelineRow, StageRow, StageSpec, StageVisit
from app.services.funnel.pipelines import (
    add_lost_reason,
    add_stage,
    archive_lost_reason,
    create_pipeline,
    delete_stage,
    list_lost_reasons,
    list_pipelines,
    load_pipeline,
    move_stage,
    rename_lost_reason,
    rename_pipeline,
    set_pipeline_archived,
    update_stage,
)
from app.services.funnel.report_forms import (
    Board,
    BoardColumn,
    ConversionRow,
    DealCardRow,
    Forecast,
    ForecastRow,
)
from app.services.funnel.reports import board, conversion, forecast

__all__ = [
    "Board", "BoardColumn", "ConversionRow", "DealCardRow", "Forecast", "ForecastRow", "board", "conversion",
    "forecast",
    "DealCard", "DealForm", "PipelineRow", "StageRow", "StageSpec", "StageVisit", "add_lost_reason", "add_stage",
    "archive_lost_reason", "create_deal", "create_pipeline", "deal_history", "delete_stage", "list_lost_reasons",
    "list_pipelines", "load_deal", "load_pipeline", "move_deal", "move_stage", "rename_lost_reason",
    "rename_pipeline", "set_pipeline_archived", "update_deal", "update_stage", "weighted",
]
