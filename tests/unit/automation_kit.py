"""A shop with a sales pipeline, a warehouse clerk and a manager, for the automation tests (no tests)."""

from __future__ import annotations

from decimal import Decimal

from app.services.automation import RuleForm
from app.services.clients import ClientForm
from app.services.funnel.forms import DealForm, DealLineData, StageSpec
from tests.unit.test_stock_kit import Shop


class AutoShop(Shop):
    def __init__(self, services):
        super().__init__(services)
        self.pipeline = services.funnel.create_pipeline("Wholesale", stages=[StageSpec("Lead", Decimal("10")),
                                                                             StageSpec("Proposal", Decimal("40"))])
        self.stage = {st.name: st.id for st in self.pipeline.stages}
        self.manager = services.users.add_user("maria", full_name="Maria Manager", password="maria-pass-1",
                                               role="sales_manager")
        self.clerk = services.users.add_user("wanda", full_name="Wanda Clerk", password="wanda-pass-1",
                                             role="warehouse_clerk")
        self.admin_id = services.user_id
        self.buyer = services.clients.create_client(ClientForm(display_name="Shiraz Trading",
                                                               manager_id=self.manager.id)).id

    def rule(self, trigger: str, actions: list[dict], *, params: dict | None = None,
             conditions: list[dict] | None = None, name: str = ""):
        return self.s.automation.save_rule(None, RuleForm(name=name or f"On {trigger}", trigger=trigger,
                                                          trigger_params=params or {}, conditions=conditions or [],
                                                          actions=actions))

    def deal(self, title: str = "Chairs", amount: str = "100", **kw):
        lines = kw.pop("lines", (DealLineData(self.chair, Decimal("2"), Decimal("50")),))
        return self.s.funnel.create_deal(DealForm(title=title, client_id=self.buyer, amount=Decimal(amount),
                                                  pipeline_id=self.pipeline.id, manager_id=self.manager.id,
                                                  lines=lines, **kw))

    def run(self, **kw):
        return self.s.automation.process_pending(**kw)

    def tasks_of(self, user_id: int):
        from sqlalchemy import select

        from app.models import Task

        with self.s.uow() as uow:
            return [(t.subject, t.kind) for t in uow.session.scalars(
                select(Task).where(Task.assignee_id == user_id).order_by(Task.id))]

    def notices_of(self, user_id: int) -> list[str]:
        return [n.text for n in self.s.as_user(user_id).automation.my_notices()]

    def runs(self, **kw):
        return [(r.rule_name, r.status) for r in reversed(self.s.automation.rule_runs(**kw))]
