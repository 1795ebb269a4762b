"""Words and figures the documents screens share: type and status titles, money in the user's locale,
the shipped/paid progress line, and parsing of what people type into number cells."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication, QLocale

from app.services.documents.totals import MINOR_UNITS
from app.ui.text import parse_decimal
from app.ui.warehouse.format import format_number

# The types these screens start by hand (the sales ones and a purchase order); the list also shows (and filters)
# the others the services make from them.
DOC_TYPES = ("quote", "order", "invoice", "waybill", "act", "purchase_order")
# Buying documents: their client is a supplier and their prices are purchase prices.
BUYING_TYPES = ("purchase_order", "goods_receipt", "supplier_invoice", "supplier_return")
TYPE_TITLES = {
    "quote": QT_TR_NOOP("Quote"),
    "order": QT_TR_NOOP("Order"),
    "invoice": QT_TR_NOOP("Invoice"),
    "waybill": QT_TR_NOOP("Waybill"),
    "act": QT_TR_NOOP("Act"),
    "contract": QT_TR_NOOP("Contract"),
    "return": QT_TR_NOOP("Return"),
    "purchase_order": QT_TR_NOOP("Purchase order"),
    "goods_receipt": QT_TR_NOOP("Goods receipt"),
    "supplier_invoice": QT_TR_NOOP("Supplier invoice"),
    "supplier_return": QT_TR_NOOP("Supplier return"),
}
# A new document's title, one whole text per type: a type's name is never lower-cased into a sentence
# (German capitalises nouns, Persian and Arabic have no case, a language may inflect it after "new").
NEW_TITLES = {
    "quote": QT_TR_NOOP("New quote"),
    "order": QT_TR_NOOP("New order"),
    "invoice": QT_TR_NOOP("New invoice"),
    "waybill": QT_TR_NOOP("New waybill"),
    "act": QT_TR_NOOP("New act"),
    "contract": QT_TR_NOOP("New contract"),
    "return": QT_TR_NOOP("New return"),
    "purchase_order": QT_TR_NOOP("New purchase order"),
    "goods_receipt": QT_TR_NOOP("New goods receipt"),
    "supplier_invoice": QT_TR_NOOP("New supplier invoice"),
    "supplier_return": QT_TR_NOOP("New supplier return"),
}
# Each language named in its own words (a language menu is read by the people who speak it).
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "fa": "فارسی", "ar": "العربية", "de": "Deutsch",
                  "fr": "Français", "es": "Español", "tr": "Türkçe", "uk": "Українська", "kz": "Қазақша"}
# The languages with their own printed titles and labels: the ones offered per client and per document.
DOCUMENT_LANGUAGE_NAMES = {code: LANGUAGE_NAMES[code] for code in ("en", "ru", "fa", "ar")}
STATUS_TITLES = {
    "draft": QT_TR_NOOP("Draft"),
    "confirmed": QT_TR_NOOP("Confirmed"),
    "cancelled": QT_TR_NOOP("Cancelled"),
}
PROGRESS_TITLES = {
    "none": QT_TR_NOOP("not yet"),
    "partly": QT_TR_NOOP("partly"),
    "fully": QT_TR_NOOP("fully"),
}
# Where a type's "Warehouse" field matters: orders reserve in it, waybills ship from it, a purchase order's goods
# arrive in it.
WAREHOUSE_TYPES = ("order", "waybill", "purchase_order")
# A goods receipt's goods arrive in its purchase order's warehouse at the order's prices: both are shown, fixed.
ORDER_PRICED_TYPES = ("goods_receipt",)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # the empty context: lupdate files bare tr("…") calls there
    return QCoreApplication.translate("", text, disambiguation, n)


def type_title(doc_type: str) -> str:
    return tr(TYPE_TITLES.get(doc_type, doc_type))


def new_title(doc_type: str) -> str:
    """A new document's title ("New invoice") in the user's language."""
    if doc_type in NEW_TITLES:
        return tr(NEW_TITLES[doc_type])
    return tr("New document: {kind}").format(kind=type_title(doc_type))


def status_title(status: str) -> str:
    return tr(STATUS_TITLES.get(status, status))


def money(amount: Decimal | None, currency: str = "", locale: QLocale | None = None) -> str:
    """'12 345.50 USD' with the currency's minor unit, in the user's locale, never through float."""
    if amount is None:
        return ""
    places = MINOR_UNITS.get(currency.upper(), 2) if currency else 2
    text = format_number(amount, places, locale)
    return f"{text} {currency}" if currency else text


def progress_text(doc_type: str, status: str, shipment: str, payment: str, invoicing: str = "none") -> str:
    """'Shipped partly · paid not yet' for what the type tracks; '' for drafts and the rest. A purchase order
    says how far it is received and invoiced by the supplier, a goods receipt how far it is invoiced."""
    if status != "confirmed":
        return ""
    parts = []
    if doc_type == "purchase_order":
        parts.append(tr("received {0}").format(tr(PROGRESS_TITLES.get(shipment, shipment))))
    if doc_type in ("purchase_order", "goods_receipt"):
        parts.append(tr("invoiced {0}").format(tr(PROGRESS_TITLES.get(invoicing, invoicing))))
    if doc_type == "invoice":
        parts.append(tr("paid {0}").format(tr(PROGRESS_TITLES.get(payment, payment))))
    # An invoice says how far it is shipped once a waybill or act was made from it; an order always does.
    if doc_type == "order" or (doc_type == "invoice" and shipment != "none"):
        parts.append(tr("shipped {0}").format(tr(PROGRESS_TITLES.get(shipment, shipment))))
    text = " · ".join(parts)
    return text[:1].upper() + text[1:]


def is_overdue(doc_type: str, status: str, payment: str, due_date: date | None, today: date | None = None) -> bool:
    """A confirmed invoice not fully paid whose due date has passed."""
    today = today or date.today()
    return (doc_type == "invoice" and status == "confirmed" and payment != "fully"
            and due_date is not None and due_date < today)


def plain(value: Decimal | None) -> str:
    """A Decimal as an editor shows it: '12.5', no grouping (it is typed back in)."""
    if value is None:
        return ""
    return f"{value.normalize():f}"


def price_text(value: Decimal) -> str:
    """A price with at least two decimals ('12.50', '0.1250'), no grouping."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return f"{value:.{places}f}"


# The one parser of typed numbers (app/ui/text.py), under the name these screens use.
parse_number = parse_decimal
