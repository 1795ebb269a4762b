"""The Payments area: payments, and debts by age."""

from app.ui.payments.workspace import PaymentsWorkspace

__all__ = ["PaymentsWorkspace"]
