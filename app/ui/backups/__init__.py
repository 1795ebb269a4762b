"""Settings → Backups… and the scheduled backup at start."""

from app.ui.backups.dialog import BackupsDialog
from app.ui.backups.scheduler import BackupScheduler

__all__ = ["BackupScheduler", "BackupsDialog"]
