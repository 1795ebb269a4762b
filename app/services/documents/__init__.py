"""Sales documents, numbering, payments and debts (see editing.py and payments.py for the rules)."""

from app.services.documents.editing import (
    cancel_document,
    confirm_document,
    count_documents,
    create_document,
    create_from,
    create_from_deal,
    document_chain,
    find_by_number,
    list_documents,
    load_document,
    mark_sent,
    shipped_cost,
    update_document,
)
from app.services.documents.layouts import (
    DocumentLayoutSettings,
    document_layout,
    preview_pdf,
    save_document_layout,
)
from app.services.documents.mailing import (
    DocumentMailDraft,
    SentDocument,
    document_mail_draft,
    send_document,
)
from app.services.documents.payments import (
    aging,
    allocate_payment,
    cancel_payment,
    client_money,
    count_payments,
    export_aging,
    list_payments,
    open_invoices,
    register_payment,
    set_credit_limit,
    statement,
)
from app.services.documents.pdf import documents_between, render_document, render_statement
from app.services.documents.settings import (
    CompanySettings,
    company_image,
    company_settings,
    list_currency_rates,
    save_company_settings,
    set_company_image,
    set_currency_rate,
)

__all__ = [
    "CompanySettings", "aging", "set_credit_limit", "count_payments", "export_aging", "company_image", "set_company_image", "allocate_payment", "cancel_document", "cancel_payment", "client_money", "company_settings",
    "confirm_document", "count_documents", "create_document", "create_from", "create_from_deal", "document_chain",
    "find_by_number", "list_currency_rates", "list_documents", "list_payments", "load_document", "mark_sent",
    "open_invoices", "register_payment", "save_company_settings", "set_currency_rate", "shipped_cost", "statement",
    "update_document", "documents_between", "render_document", "render_statement",
    "DocumentLayoutSettings", "document_layout", "preview_pdf", "save_document_layout",
    "DocumentMailDraft", "SentDocument", "document_mail_draft", "send_document",
]
