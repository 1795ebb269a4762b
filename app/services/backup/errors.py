"""What can go wrong with a backup file or a restore; each carries the data the UI words."""

from __future__ import annotations

from pathlib import Path

from app.services.errors import DomainError
from app.services.i18n import msg


class BackupError(DomainError):
    """Base of the backup errors."""


class BackupPasswordRequired(BackupError):
    """The backup is encrypted and no password was given."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(f"{self.path.name} is encrypted: give its password")


class WrongBackupPassword(BackupError):
    """The password does not open this backup (a lost password means a lost backup)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(f"the password does not open {self.path.name}: it is not the one the backup was made with")


class BackupCorrupted(BackupError):
    """The file is not a Karavan backup, is cut short or was changed after it was written."""

    def __init__(self, path: Path | str, detail: str):
        self.path, self.detail = Path(path), detail
        super().__init__(f"{self.path.name} is damaged: {detail}")


class BackupMismatch(BackupError):
    """The restored (or checked) data differs from what the backup's manifest recorded."""

    def __init__(self, path: Path | str, table: str, detail: str):
        self.path, self.table, self.detail = Path(path), table, detail
        super().__init__(msg("{file}: table {table} {detail}", file=self.path.name, table=table, detail=detail))


class BackupToolMissing(BackupError):
    """pg_dump / pg_restore is not installed (or not on PATH, or KARAVAN_PG_BIN is wrong)."""

    def __init__(self, tool: str):
        self.tool = tool
        super().__init__(f"{tool} was not found: install the PostgreSQL client tools (the same major version as "
                         f"the server, or newer) or set KARAVAN_PG_BIN to the folder that holds {tool}")


class BackupToolFailed(BackupError):
    """pg_dump / pg_restore ended with an error; `detail` is the end of what it printed."""

    def __init__(self, tool: str, detail: str):
        self.tool, self.detail = tool, detail
        super().__init__(msg("{tool} failed: {detail}", tool=tool, detail=detail))


class BackupIncompatible(BackupError):
    """The backup cannot be restored here (another backend, or a schema newer than this Karavan)."""

    def __init__(self, path: Path | str, detail: str):
        self.path, self.detail = Path(path), detail
        super().__init__(msg("{file} cannot be restored here: {detail}", file=Path(path).name, detail=detail))
