"""Sales funnel: pipelines, stages, lost reasons and deals."""

from app.services.funnel.deal_list import DealListRow, deal_list_first, deal_list_page
from app.services.funnel.deals import (
    campaign_choices,
    create_deal,
    deal_history,
    load_deal,
    move_deal,
    quote_deal_line,
    update_deal,
    weighted,
)
from app.services.funnel.filters import ClosePeriod, DealQuery
from app.services.funnel.forms import (
    DealCard,
    DealForm,
    DealLineData,
    DealLineRow,
    PipelineRow,
    StageRow,
    StageSpec,
    StageTime,
    StageVisit,
)
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
    ForecastCell,
    ForecastRow,
)
from app.services.funnel.reports import board, conversion, forecast

__all__ = [
    "Board", "BoardColumn", "ConversionRow", "DealCardRow", "Forecast", "ForecastCell", "ForecastRow", "board",
    "conversion", "forecast", "ClosePeriod", "DealQuery", "DealListRow", "deal_list_first", "deal_list_page",
    "campaign_choices", "StageTime", "DealLineData", "DealLineRow", "quote_deal_line",
    "DealCard", "DealForm", "PipelineRow", "StageRow", "StageSpec", "StageVisit", "add_lost_reason", "add_stage",
    "archive_lost_reason", "create_deal", "create_pipeline", "deal_history", "delete_stage", "list_lost_reasons",
    "list_pipelines", "load_deal", "load_pipeline", "move_deal", "move_stage", "rename_lost_reason",
    "rename_pipeline", "set_pipeline_archived", "update_deal", "update_stage", "weighted",
]
