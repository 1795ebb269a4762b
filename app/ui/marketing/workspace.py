"""The Marketing workspace: Segments, Campaigns and the Sources report, and the SMTP settings dialog."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QToolBar, QVBoxLayout, QWidget

from app.services.context import ServiceContext
from app.ui.marketing.campaigns_tab import CampaignsTab
from app.ui.marketing.report_tab import SourcesReportTab
from app.ui.marketing.segments_tab import SegmentsTab
from app.ui.marketing.smtp_dialog import SmtpSettingsDialog
from app.ui.tasks import TaskRunner


class MarketingWorkspace(QWidget):
    open_client = Signal(int)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("marketing_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.smtp_dialog_factory = SmtpSettingsDialog
        self.toolbar = QToolBar(self, objectName="marketing_toolbar")
        self.smtp_action = self.toolbar.addAction(self.tr("SMTP settings…"), self.smtp_settings)
        self.smtp_action.setObjectName("smtp_settings_action")
        self.refresh_action = self.toolbar.addAction(self.tr("Refresh"), self.refresh)
        self.refresh_action.setObjectName("marketing_refresh_action")
        self.tabs = QTabWidget(self, objectName="marketing_tabs")
        self.segments = SegmentsTab(ctx, tasks, self)
        self.campaigns = CampaignsTab(ctx, tasks, self)
        self.report = SourcesReportTab(ctx, tasks, self)
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.tabs.addTab(self.report, self.tr("Sources report"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        for view in (self.segments.preview_view, self.campaigns.recipients_view):
            view.doubleClicked.connect(lambda index, v=view: self._open_client(v, index.row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)
        self.tasks.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        """Reload the visible tab."""
        self.tabs.currentWidget().refresh()

    def show_campaign(self, campaign_id: int) -> None:
        """Bring the Campaigns tab up with this campaign in the editor (a link from a timeline)."""
        self.tabs.setCurrentWidget(self.campaigns)
        self.campaigns.select_campaign(campaign_id)

    def _open_client(self, view, row: int) -> None:
        model = view.model()
        item = model.row_at(row)
        client_id = getattr(item, "client_id", None) or getattr(item, "id", None)
        if client_id is not None:
            self.open_client.emit(client_id)

    def _on_changed(self, entity: str, _ids) -> None:
        if entity in ("client", "deal", "tag", "user", "pipeline") and self.tabs.currentWidget() is self.segments:
            self.segments.refresh()

    def smtp_settings(self) -> None:
        self.smtp_dialog_factory(self.ctx, self.tasks, self).exec()
