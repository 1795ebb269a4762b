"""The main lists to Excel, each with the filters and sort its screen uses: clients, products, stock balances,
documents, payments, the production plan, deals, stock documents, service requests, the planner's tasks,
campaigns and their recipients, a segment's members, the bills of materials, a price list, a client's
timeline, a product's stock moves and the reorder list. Rows are streamed from the database in batches into
app/services/xlsx.write_table (typed cells, totals where they add up); each export returns the rows written
and takes `progress=` (reported while reading and writing; raising there cancels, and no file is left
behind). Tables a screen already holds as service rows (the MRP calculation, the funnel's Forecast and
Conversion tabs, the marketing sources report) are written by plain functions of those rows, not bound to a
unit of work (production.write_mrp_*, funnel_tables.write_*, activities.write_sources_report)."""

from app.services.exports.activities import (
    export_calendar_tasks,
    export_campaign_recipients,
    export_campaigns,
    export_my_day,
    export_segment_members,
)
from app.services.exports.clients import export_clients
from app.services.exports.documents import export_documents
from app.services.exports.operations import (
    export_client_requests,
    export_deals,
    export_payments,
    export_production,
    export_requests,
    export_stock_documents,
)
from app.services.exports.production import export_boms
from app.services.exports.products import export_products
from app.services.exports.records import export_price_list, export_timeline
from app.services.exports.stock import export_product_moves, export_reorder, export_stock

__all__ = ["export_boms", "export_calendar_tasks", "export_campaign_recipients", "export_campaigns",
           "export_client_requests", "export_clients", "export_deals", "export_documents", "export_my_day",
           "export_payments", "export_price_list", "export_product_moves", "export_production",
           "export_products", "export_reorder", "export_requests", "export_segment_members", "export_stock",
           "export_stock_documents", "export_timeline"]
