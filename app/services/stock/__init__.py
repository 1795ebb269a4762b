"""Warehouses, stock documents, the stock ledger with its balances, reservations, costing and the clerk screen's
scanning. Every public function takes the unit of work first (`ctx.stock.<fn>(...)` binds it)."""

from app.services.stock.balances import (
    balances,
    check_stock,
    product_moves,
    reorder_list,
    stock_at,
    valuation,
)
from app.services.stock.clerks import clerks, set_clerk_pin, switch_clerk
from app.services.stock.costing import recost_after
from app.services.stock.documents import create_document, list_documents, load_document, update_document
from app.services.stock.exports import export_valuation
from app.services.stock.forms import (
    BalanceRow,
    LotChoice,
    Mismatch,
    MoveRow,
    PickRow,
    ProductHit,
    ReorderRow,
    ReservationRow,
    ScanResult,
    StockDocCard,
    StockDocForm,
    StockDocRow,
    StockLineData,
    StockLineRow,
    ValuationRow,
    WarehouseRow,
)
from app.services.stock.posting import TRANSITIONS, cancel_document, post_document, unpost_document
from app.services.stock.reservations import list_reservations, release, reserve
from app.services.stock.scanning import (
    lots_in_stock,
    picking_progress,
    product_by_code,
    scan_into_document,
    search_products,
    start_count,
    unit_decimals,
)
from app.services.stock.warehouses import create_warehouse, list_warehouses, update_warehouse

__all__ = [
    "BalanceRow", "LotChoice", "Mismatch", "MoveRow", "PickRow", "ProductHit", "ReorderRow", "ReservationRow", "ScanResult",
    "StockDocCard", "StockDocForm", "StockDocRow", "StockLineData", "StockLineRow", "TRANSITIONS", "ValuationRow",
    "WarehouseRow", "balances", "cancel_document", "check_stock", "clerks", "create_document", "create_warehouse", "export_valuation",
    "list_documents", "list_reservations", "list_warehouses", "load_document", "lots_in_stock", "picking_progress",
    "post_document", "product_by_code", "product_moves", "recost_after", "release", "reorder_list", "reserve",
    "scan_into_document", "search_products", "set_clerk_pin", "start_count", "stock_at", "switch_clerk", "unpost_document",
    "unit_decimals", "update_document", "update_warehouse", "valuation",
]
