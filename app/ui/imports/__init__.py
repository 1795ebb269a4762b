"""Excel in: the import wizard (File → Import from Excel…)."""

from app.ui.imports.wizard import ImportWizard

__all__ = ["ImportWizard"]
