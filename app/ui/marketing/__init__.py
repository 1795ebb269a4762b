"""Marketing screens: segments, campaigns, the sources report, SMTP settings, the client card's panel."""

from app.ui.marketing.client_panel import ClientMarketingPanel
from app.ui.marketing.smtp_dialog import SmtpSettingsDialog
from app.ui.marketing.workspace import MarketingWorkspace

__all__ = ["ClientMarketingPanel", "MarketingWorkspace", "SmtpSettingsDialog"]
