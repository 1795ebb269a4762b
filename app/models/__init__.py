"""All tables; importing this package registers every model on `Base.metadata`."""

from app.models.access import AuditEvent, Branch, Department, Role, RolePermission
from app.models.automation import AutomationEvent, AutomationNotice, AutomationRule, RuleFiring, RuleRun
from app.models.base import Base, utcnow
from app.models.catalog import (
    STOCKED_KINDS,
    Barcode,
    BarcodeKind,
    Category,
    ClientPriceTerms,
    Price,
    PriceList,
    Product,
    ProductKind,
    ProductPhoto,
    Unit,
)
from app.models.clients import (
    Address,
    AddressKind,
    BankAccount,
    ChannelKind,
    Client,
    ClientKind,
    ClientMerge,
    ClientRole,
    ClientStatus,
    ContactChannel,
    ContactPerson,
    Position,
    Tag,
    client_tag,
)
from app.models.documents import (
    ClientBalance,
    CompanyImage,
    CurrencyRate,
    DocStatus,
    DocType,
    Document,
    DocumentLayout,
    DocumentLine,
    NumberSequence,
    Payment,
    PaymentAllocation,
    PaymentDirection,
    PaymentMethod,
    PaymentStatus,
    Progress,
    VatMode,
)
from app.models.funnel import (
    Deal,
    DealLine,
    DealStageChange,
    DealStatus,
    LostReason,
    Pipeline,
    Stage,
    StageKind,
)
from app.models.goals import CheckIn, KeyResult, KeyResultKind, Objective, ObjectiveLevel, SalesPlan
from app.models.marketing import Campaign, CampaignRecipient, CampaignStatus, RecipientStatus, Segment
from app.models.planner import (
    OPEN_TASK_STATUSES,
    Interaction,
    InteractionDirection,
    InteractionKind,
    Recurrence,
    Task,
    TaskKind,
    TaskPriority,
    TaskStatus,
)
from app.models.production import (
    OPEN_PRODUCTION,
    Bom,
    BomLine,
    ProductionCompletion,
    ProductionOrder,
    ProductionOrderLine,
    ProductionStatus,
    SupplierProduct,
)
from app.models.service_desk import (
    ACTIVE_REQUEST_STATUSES,
    RequestKind,
    RequestPriority,
    RequestStatus,
    ServiceRequest,
)
from app.models.stock import (
    ClerkPin,
    Lot,
    Reservation,
    ReservationStatus,
    StockBalance,
    StockDocKind,
    StockDocLine,
    StockDocStatus,
    StockDocument,
    StockMove,
    StockPeriodSum,
    Warehouse,
)
from app.models.users import Company, User, UserSetting

__all__ = [
    "AuditEvent",
    "Branch",
    "Department",
    "Role",
    "RolePermission",
    "Address", "AddressKind", "BankAccount", "Base", "ChannelKind", "Client", "ClientKind", "ClientMerge",
    "ClientRole", "ClientStatus", "Company", "ContactChannel", "ContactPerson", "Position", "Tag", "User",
    "client_tag", "utcnow", "Deal", "DealStageChange", "DealStatus", "LostReason", "Pipeline", "Stage",
    "StageKind", "DealLine", "Campaign", "CampaignRecipient", "CampaignStatus", "RecipientStatus", "Segment",
    "OPEN_TASK_STATUSES", "Interaction", "InteractionDirection", "InteractionKind", "Recurrence", "Task",
    "TaskKind", "TaskPriority", "TaskStatus", "ACTIVE_REQUEST_STATUSES", "RequestKind", "RequestPriority",
    "RequestStatus", "ServiceRequest", "STOCKED_KINDS", "Barcode", "BarcodeKind", "Category", "ClientPriceTerms",
    "Price", "PriceList", "Product", "ProductKind", "ProductPhoto", "Unit", "ClerkPin", "Lot", "Reservation",
    "ReservationStatus", "StockBalance", "StockDocKind", "StockDocLine", "StockDocStatus", "StockDocument",
    "StockMove", "StockPeriodSum", "Warehouse", "ClientBalance", "CompanyImage", "CurrencyRate", "DocStatus", "DocType", "Document",
    "DocumentLayout", "DocumentLine", "NumberSequence", "Payment", "PaymentAllocation", "PaymentDirection",
    "PaymentMethod", "PaymentStatus", "Progress", "VatMode", "OPEN_PRODUCTION", "Bom", "BomLine",
    "ProductionCompletion", "ProductionOrder", "ProductionOrderLine", "ProductionStatus", "SupplierProduct",
    "UserSetting",
    "AutomationEvent", "AutomationNotice", "AutomationRule", "RuleFiring", "RuleRun",
    "CheckIn", "KeyResult", "KeyResultKind", "Objective", "ObjectiveLevel", "SalesPlan",
]
