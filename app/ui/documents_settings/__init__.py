"""Settings behind the printed documents: company settings, document layouts with a live preview, currency
rates, and the "Send by e-mail" dialog the document editor opens (open_send_document_dialog)."""

from app.ui.documents_settings.company_dialog import CompanySettingsDialog
from app.ui.documents_settings.layouts_dialog import DocumentLayoutsDialog
from app.ui.documents_settings.rates_dialog import CurrencyRatesDialog
from app.ui.documents_settings.send_dialog import SendDocumentDialog, open_send_document_dialog

__all__ = ["CompanySettingsDialog", "CurrencyRatesDialog", "DocumentLayoutsDialog", "SendDocumentDialog",
           "open_send_document_dialog"]
