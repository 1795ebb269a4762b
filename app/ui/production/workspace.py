"""The Production workspace: the plan of production orders and the material requirements (MRP)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.services.context import ServiceContext
from app.ui.production.boms import BomsView
from app.ui.production.mrp import MrpView
from app.ui.production.plan import PlanView
from app.ui.tasks import TaskRunner


class ProductionWorkspace(QTabWidget):
    """Tabs: Plan, Bills of materials, Requirements (MRP). Each tab keeps itself up to date through
    `tasks.changed`."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("production_workspace")
        self.ctx, self.tasks = ctx, tasks
        self.plan = PlanView(ctx, tasks, self)
        self.boms = BomsView(ctx, tasks, self)
        self.mrp = MrpView(ctx, tasks, self)
        self.addTab(self.plan, self.tr("Plan"))
        self.addTab(self.boms, self.tr("Bills of materials"))
        self.addTab(self.mrp, self.tr("Requirements (MRP)"))

    def show_plan(self) -> None:
        self.setCurrentWidget(self.plan)

    def show_boms(self) -> None:
        self.setCurrentWidget(self.boms)

    def show_mrp(self) -> None:
        self.setCurrentWidget(self.mrp)
