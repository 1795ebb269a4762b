"""Where a test's screenshot goes when it has no `shots` fixture: KARAVAN_SHOTS, else a temp folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def shot_path(name: str) -> str:
    folder = Path(os.environ.get("KARAVAN_SHOTS") or Path(tempfile.gettempdir()) / "karavan-shots")
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / name)
