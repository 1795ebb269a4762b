"""The audit trail's record kinds (table names such as "document_line") and changed field names ("unit_price")
as words in the user's language, for the Audit trail window, a record's History and the trail's Excel export.

The trail stores the raw names, so an entry reads the same whatever language wrote it; the words are chosen
at display. A field not listed here is shown in a readable form of its name ("unit_price" → "Unit price").
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication

KINDS = {
    "address": QT_TRANSLATE_NOOP("AuditWords", "Address"),
    "app_user": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "automation_rule": QT_TRANSLATE_NOOP("AuditWords", "Automation rule"),
    "bank_account": QT_TRANSLATE_NOOP("AuditWords", "Bank account"),
    "barcode": QT_TRANSLATE_NOOP("AuditWords", "Barcode"),
    "bom": QT_TRANSLATE_NOOP("AuditWords", "Bill of materials"),
    "bom_line": QT_TRANSLATE_NOOP("AuditWords", "Bill of materials line"),
    "branch": QT_TRANSLATE_NOOP("AuditWords", "Branch"),
    "campaign": QT_TRANSLATE_NOOP("AuditWords", "Campaign"),
    "category": QT_TRANSLATE_NOOP("AuditWords", "Category"),
    "check_in": QT_TRANSLATE_NOOP("AuditWords", "Check-in"),
    "client": QT_TRANSLATE_NOOP("AuditWords", "Client"),
    "client_merge": QT_TRANSLATE_NOOP("AuditWords", "Client merge"),
    "client_price_terms": QT_TRANSLATE_NOOP("AuditWords", "Client price terms"),
    "client_tag": QT_TRANSLATE_NOOP("AuditWords", "Client tag"),
    "company": QT_TRANSLATE_NOOP("AuditWords", "Company"),
    "contact_channel": QT_TRANSLATE_NOOP("AuditWords", "Contact channel"),
    "contact_person": QT_TRANSLATE_NOOP("AuditWords", "Contact person"),
    "currency_rate": QT_TRANSLATE_NOOP("AuditWords", "Exchange rate"),
    "deal": QT_TRANSLATE_NOOP("AuditWords", "Deal"),
    "deal_line": QT_TRANSLATE_NOOP("AuditWords", "Deal line"),
    "department": QT_TRANSLATE_NOOP("AuditWords", "Department"),
    "document": QT_TRANSLATE_NOOP("AuditWords", "Document"),
    "document_layout": QT_TRANSLATE_NOOP("AuditWords", "Document layout"),
    "document_line": QT_TRANSLATE_NOOP("AuditWords", "Document line"),
    "interaction": QT_TRANSLATE_NOOP("AuditWords", "Interaction"),
    "key_result": QT_TRANSLATE_NOOP("AuditWords", "Key result"),
    "lost_reason": QT_TRANSLATE_NOOP("AuditWords", "Loss reason"),
    "lot": QT_TRANSLATE_NOOP("AuditWords", "Lot"),
    "objective": QT_TRANSLATE_NOOP("AuditWords", "Objective"),
    "payment": QT_TRANSLATE_NOOP("AuditWords", "Payment"),
    "payment_allocation": QT_TRANSLATE_NOOP("AuditWords", "Payment allocation"),
    "pipeline": QT_TRANSLATE_NOOP("AuditWords", "Pipeline"),
    "position": QT_TRANSLATE_NOOP("AuditWords", "Position"),
    "price": QT_TRANSLATE_NOOP("AuditWords", "Price"),
    "price_list": QT_TRANSLATE_NOOP("AuditWords", "Price list"),
    "product": QT_TRANSLATE_NOOP("AuditWords", "Product"),
    "production_order": QT_TRANSLATE_NOOP("AuditWords", "Production order"),
    "production_order_line": QT_TRANSLATE_NOOP("AuditWords", "Production order line"),
    "role": QT_TRANSLATE_NOOP("AuditWords", "Role"),
    "role_permission": QT_TRANSLATE_NOOP("AuditWords", "Role permission"),
    "sales_plan": QT_TRANSLATE_NOOP("AuditWords", "Sales plan"),
    "segment": QT_TRANSLATE_NOOP("AuditWords", "Segment"),
    "service_request": QT_TRANSLATE_NOOP("AuditWords", "Service request"),
    "stage": QT_TRANSLATE_NOOP("AuditWords", "Stage"),
    "stock_doc_line": QT_TRANSLATE_NOOP("AuditWords", "Stock document line"),
    "stock_document": QT_TRANSLATE_NOOP("AuditWords", "Stock document"),
    "supplier_product": QT_TRANSLATE_NOOP("AuditWords", "Supplier's product"),
    "tag": QT_TRANSLATE_NOOP("AuditWords", "Tag"),
    "task": QT_TRANSLATE_NOOP("AuditWords", "Task"),
    "unit": QT_TRANSLATE_NOOP("AuditWords", "Unit"),
    "warehouse": QT_TRANSLATE_NOOP("AuditWords", "Warehouse"),
}

# The fields most entries name; a reference ("client_id") reads as what it points to ("Client").
FIELDS = {
    "active": QT_TRANSLATE_NOOP("AuditWords", "Active"),
    "actual_address": QT_TRANSLATE_NOOP("AuditWords", "Actual address"),
    "address": QT_TRANSLATE_NOOP("AuditWords", "Address"),
    "amount": QT_TRANSLATE_NOOP("AuditWords", "Amount"),
    "archived": QT_TRANSLATE_NOOP("AuditWords", "Archived"),
    "assignee_id": QT_TRANSLATE_NOOP("AuditWords", "Assignee"),
    "bank_name": QT_TRANSLATE_NOOP("AuditWords", "Bank"),
    "branch_id": QT_TRANSLATE_NOOP("AuditWords", "Branch"),
    "category_id": QT_TRANSLATE_NOOP("AuditWords", "Category"),
    "city": QT_TRANSLATE_NOOP("AuditWords", "City"),
    "client_id": QT_TRANSLATE_NOOP("AuditWords", "Client"),
    "closed_at": QT_TRANSLATE_NOOP("AuditWords", "Closed"),
    "code": QT_TRANSLATE_NOOP("AuditWords", "Code"),
    "comment": QT_TRANSLATE_NOOP("AuditWords", "Comment"),
    "completed_at": QT_TRANSLATE_NOOP("AuditWords", "Completed"),
    "contact_person_id": QT_TRANSLATE_NOOP("AuditWords", "Contact person"),
    "cost": QT_TRANSLATE_NOOP("AuditWords", "Cost"),
    "country": QT_TRANSLATE_NOOP("AuditWords", "Country"),
    "credit_limit": QT_TRANSLATE_NOOP("AuditWords", "Credit limit"),
    "currency": QT_TRANSLATE_NOOP("AuditWords", "Currency"),
    "deal_id": QT_TRANSLATE_NOOP("AuditWords", "Deal"),
    "department_id": QT_TRANSLATE_NOOP("AuditWords", "Department"),
    "description": QT_TRANSLATE_NOOP("AuditWords", "Description"),
    "discount_percent": QT_TRANSLATE_NOOP("AuditWords", "Discount, %"),
    "display_name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "doc_date": QT_TRANSLATE_NOOP("AuditWords", "Date"),
    "doc_type": QT_TRANSLATE_NOOP("AuditWords", "Document type"),
    "document_id": QT_TRANSLATE_NOOP("AuditWords", "Document"),
    "due_at": QT_TRANSLATE_NOOP("AuditWords", "Due"),
    "due_date": QT_TRANSLATE_NOOP("AuditWords", "Due date"),
    "email": QT_TRANSLATE_NOOP("AuditWords", "Email"),
    "expected_close": QT_TRANSLATE_NOOP("AuditWords", "Expected close"),
    "full_name": QT_TRANSLATE_NOOP("AuditWords", "Full name"),
    "is_admin": QT_TRANSLATE_NOOP("AuditWords", "Administrator"),
    "is_customer": QT_TRANSLATE_NOOP("AuditWords", "Customer"),
    "is_lead": QT_TRANSLATE_NOOP("AuditWords", "Lead"),
    "is_supplier": QT_TRANSLATE_NOOP("AuditWords", "Supplier"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "Kind"),
    "language": QT_TRANSLATE_NOOP("AuditWords", "Language"),
    "legal_address": QT_TRANSLATE_NOOP("AuditWords", "Legal address"),
    "legal_name": QT_TRANSLATE_NOOP("AuditWords", "Legal name"),
    "line_no": QT_TRANSLATE_NOOP("AuditWords", "Line"),
    "login": QT_TRANSLATE_NOOP("AuditWords", "Login"),
    "lost_reason_id": QT_TRANSLATE_NOOP("AuditWords", "Loss reason"),
    "lot_id": QT_TRANSLATE_NOOP("AuditWords", "Lot"),
    "manager_id": QT_TRANSLATE_NOOP("AuditWords", "Manager"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "Name"),
    "net_total": QT_TRANSLATE_NOOP("AuditWords", "Net total"),
    "notes": QT_TRANSLATE_NOOP("AuditWords", "Notes"),
    "number": QT_TRANSLATE_NOOP("AuditWords", "Number"),
    "owner_id": QT_TRANSLATE_NOOP("AuditWords", "Owner"),
    "parent_id": QT_TRANSLATE_NOOP("AuditWords", "Parent"),
    "password_hash": QT_TRANSLATE_NOOP("AuditWords", "Password"),
    "pay_date": QT_TRANSLATE_NOOP("AuditWords", "Payment date"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "Phone"),
    "pipeline_id": QT_TRANSLATE_NOOP("AuditWords", "Pipeline"),
    "postcode": QT_TRANSLATE_NOOP("AuditWords", "Postcode"),
    "posted_at": QT_TRANSLATE_NOOP("AuditWords", "Posted"),
    "price": QT_TRANSLATE_NOOP("AuditWords", "Price"),
    "price_list_id": QT_TRANSLATE_NOOP("AuditWords", "Price list"),
    "primary_email": QT_TRANSLATE_NOOP("AuditWords", "Email"),
    "primary_phone": QT_TRANSLATE_NOOP("AuditWords", "Phone"),
    "priority": QT_TRANSLATE_NOOP("AuditWords", "Priority"),
    "probability": QT_TRANSLATE_NOOP("AuditWords", "Probability"),
    "product_id": QT_TRANSLATE_NOOP("AuditWords", "Product"),
    "purchase_price": QT_TRANSLATE_NOOP("AuditWords", "Purchase price"),
    "quantity": QT_TRANSLATE_NOOP("AuditWords", "Quantity"),
    "rate": QT_TRANSLATE_NOOP("AuditWords", "Rate"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "Reason"),
    "reference": QT_TRANSLATE_NOOP("AuditWords", "Reference"),
    "responsible_id": QT_TRANSLATE_NOOP("AuditWords", "Responsible"),
    "role_id": QT_TRANSLATE_NOOP("AuditWords", "Role"),
    "sale_price": QT_TRANSLATE_NOOP("AuditWords", "Sale price"),
    "sku": QT_TRANSLATE_NOOP("AuditWords", "SKU"),
    "sort_order": QT_TRANSLATE_NOOP("AuditWords", "Sort order"),
    "source": QT_TRANSLATE_NOOP("AuditWords", "Source"),
    "stage_id": QT_TRANSLATE_NOOP("AuditWords", "Stage"),
    "started_at": QT_TRANSLATE_NOOP("AuditWords", "Started"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "Status"),
    "street": QT_TRANSLATE_NOOP("AuditWords", "Street"),
    "subject": QT_TRANSLATE_NOOP("AuditWords", "Subject"),
    "supplier_id": QT_TRANSLATE_NOOP("AuditWords", "Supplier"),
    "tax_id": QT_TRANSLATE_NOOP("AuditWords", "Tax ID"),
    "title": QT_TRANSLATE_NOOP("AuditWords", "Title"),
    "to_warehouse_id": QT_TRANSLATE_NOOP("AuditWords", "To warehouse"),
    "total": QT_TRANSLATE_NOOP("AuditWords", "Total"),
    "unit": QT_TRANSLATE_NOOP("AuditWords", "Unit"),
    "unit_cost": QT_TRANSLATE_NOOP("AuditWords", "Unit cost"),
    "unit_id": QT_TRANSLATE_NOOP("AuditWords", "Unit"),
    "unit_price": QT_TRANSLATE_NOOP("AuditWords", "Unit price"),
    "unsubscribed": QT_TRANSLATE_NOOP("AuditWords", "Unsubscribed"),
    "user_id": QT_TRANSLATE_NOOP("AuditWords", "User"),
    "value": QT_TRANSLATE_NOOP("AuditWords", "Value"),
    "vat_mode": QT_TRANSLATE_NOOP("AuditWords", "VAT mode"),
    "vat_rate": QT_TRANSLATE_NOOP("AuditWords", "VAT rate"),
    "vat_total": QT_TRANSLATE_NOOP("AuditWords", "VAT"),
    "warehouse_id": QT_TRANSLATE_NOOP("AuditWords", "Warehouse"),
    "website": QT_TRANSLATE_NOOP("AuditWords", "Website"),
    "weight_kg": QT_TRANSLATE_NOOP("AuditWords", "Weight, kg"),
}


def readable(name: str) -> str:
    """A raw name as words: "unit_price" → "Unit price", "client_id" → "Client"."""
    if name.endswith("_id") and len(name) > 3:
        name = name[:-3]
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def kind_title(entity: str) -> str:
    """The kind of record an entry is about ("document_line" → "Document line"), in the user's language."""
    source = KINDS.get(entity)
    return QCoreApplication.translate("AuditWords", source) if source else readable(entity)


def field_title(name: str) -> str:
    """A changed field's name ("unit_price" → "Unit price"), in the user's language where it is listed."""
    source = FIELDS.get(name)
    return QCoreApplication.translate("AuditWords", source) if source else readable(name)


def change_arrow() -> str:
    """The arrow from an old value to the new one: "→" left to right; "←" right to left, where the old value
    comes first on the right (an arrow is not mirrored by the bidirectional algorithm)."""
    return "←" if QGuiApplication.isRightToLeft() else "→"
