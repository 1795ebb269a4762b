"""Service desk screens: the requests list, the request card, and the client card's panel."""

from app.ui.service_desk.request_dialog import ServiceRequestDialog
from app.ui.service_desk.workspace import ClientRequestsPanel, ServiceDeskWorkspace

__all__ = ["ClientRequestsPanel", "ServiceDeskWorkspace", "ServiceRequestDialog"]
