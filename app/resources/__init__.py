"""Files shipped with the application (fonts, …) and where to find them, installed or bundled."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """This folder: beside this module when installed, under `sys._MEIPASS` in a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "app" / "resources"
    return Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    """Path of a shipped file, e.g. `resource_path("fonts", "DejaVuSans.ttf")` (existence not checked)."""
    return resources_dir().joinpath(*parts)
