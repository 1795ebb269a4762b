"""Automation rules: trigger + conditions + actions, run after the triggering change is committed.

capture.py queues events in the change's own transaction; process.py runs the rules, each in its own
transaction, with a run log, retries and loop detection; timed.py fires schedules and time-based
triggers once per period; rules.py edits rules; notices.py holds the messages rules send.
"""

from app.services.automation.notices import NoticeRow, mark_read, my_notices, unread_count
from app.services.automation.process import (
    MAX_ATTEMPTS,
    MAX_DEPTH,
    ProcessResult,
    pending_count,
    process_pending,
)
from app.services.automation.rules import (
    TEMPLATES,
    EditorChoices,
    RuleForm,
    RuleRow,
    RunRow,
    add_template,
    delete_rule,
    editor_choices,
    list_rules,
    load_rule,
    retry_run,
    rule_runs,
    rule_templates,
    save_rule,
)
from app.services.automation.timed import TickResult, period_key, tick

__all__ = [
    "MAX_ATTEMPTS", "MAX_DEPTH", "TEMPLATES", "EditorChoices", "NoticeRow", "ProcessResult", "RuleForm", "RuleRow",
    "RunRow", "TickResult", "add_template", "delete_rule", "editor_choices", "list_rules", "load_rule", "mark_read",
    "my_notices", "pending_count", "period_key", "process_pending", "retry_run", "rule_runs", "rule_templates",
    "save_rule", "tick", "unread_count",
]
