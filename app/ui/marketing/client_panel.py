"""The marketing panel of the client card: unsubscribed (saved at once), source campaign, campaigns received."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.errors import NotFound
from app.services.marketing import FAILED, ClientMarketing
from app.ui.errors import show_error
from app.ui.lazy_model import Column
from app.ui.marketing.rows_model import RowsModel
from app.ui.tasks import TaskRunner
from app.ui.text import format_time, isolate
from app.ui.widgets import ERROR_COLOR


class ClientMarketingPanel(QWidget):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, *, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("client_marketing_panel")
        self.ctx, self.tasks, self.client_id = ctx, tasks, client_id
        self.data: ClientMarketing | None = None
        self.unsubscribed_check = QCheckBox(self.tr("Does not want campaign e-mails (unsubscribed)"), self,
                                            objectName="unsubscribed_check")
        self.unsubscribed_check.clicked.connect(self._toggled)
        self.source_label = QLabel(self, objectName="source_campaign_label")
        names = {"pending": self.tr("Pending"), "sent": self.tr("Sent"), FAILED: self.tr("Failed"),
                 "skipped": self.tr("Skipped")}
        self.model = RowsModel([
            Column(self.tr("Campaign"), lambda r: r.campaign_name, width=220),
            Column(self.tr("Status"), lambda r: names.get(r.status, r.status), width=80),
            Column(self.tr("Sent at"), lambda r: format_time(r.sent_at), width=130),
            Column(self.tr("Reason"), lambda r: r.error, tooltip=lambda r: r.error, width=200)],
            color=lambda r: QColor(ERROR_COLOR) if r.status == FAILED else None, parent=self)
        self.view = QTableView(self, objectName="client_campaigns_table")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        for i, col in enumerate(self.model.columns):
            self.view.setColumnWidth(i, col.width)
        self.empty_label = QLabel(self.tr("No campaigns were sent to this client yet."), self,
                                  objectName="client_campaigns_empty")
        form = QFormLayout()
        form.addRow(self.tr("Came from"), self.source_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unsubscribed_check)
        layout.addLayout(form)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        self.tasks.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> None:
        cid = self.client_id
        self.tasks.read(lambda: self.ctx.marketing.client_marketing(cid), self._show, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotFound):
            # Merged away or deleted: the card says so; this panel goes quiet instead of repeating it.
            self.tasks.changed.disconnect(self._on_changed)
            self.setEnabled(False)
            return
        show_error(self, exc)

    def _show(self, data: ClientMarketing) -> None:
        self.data = data
        self.unsubscribed_check.setChecked(data.unsubscribed)
        parts = [isolate(data.source)] if data.source else []
        if data.source_campaign_name:
            parts.append(self.tr("campaign «{0}»").format(isolate(data.source_campaign_name)))
        self.source_label.setText(", ".join(parts) or "—")
        self.model.set_rows(data.campaigns)
        self.empty_label.setVisible(not data.campaigns)
        self.view.setVisible(bool(data.campaigns))

    def _toggled(self, checked: bool) -> None:
        cid = self.client_id
        self.tasks.write(lambda: self.ctx.marketing.set_unsubscribed(cid, unsubscribed=checked), self._show,
                         self._failed, entity="client", ids=lambda d: [d.client_id])

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.refresh()

    def _on_changed(self, entity: str, ids) -> None:
        if entity in ("campaign", "client") and (not ids or self.client_id in ids):
            self.refresh()
