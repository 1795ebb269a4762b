"""Automation screens: the rule editor, the rule-run log and the user's messages from rules."""

from app.ui.automation.center import AutomationCenter, NoticesDialog
from app.ui.automation.editor import AutomationRulesDialog
from app.ui.automation.run_log import RuleRunLogDialog

__all__ = ["AutomationCenter", "AutomationRulesDialog", "NoticesDialog", "RuleRunLogDialog"]
