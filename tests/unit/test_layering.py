"""Services are the application's API without Qt: the CLI, importers and tests run them headless."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import importlib, json, pkgutil, sys
    import app.services
    names = ["app.services"]
    for info in pkgutil.walk_packages(app.services.__path__, "app.services."):
        importlib.import_module(info.name)
        names.append(info.name)
    import app.db, app.models
    print(json.dumps({"imported": names, "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}))
""")


def test_importing_every_service_module_loads_no_qt():
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"app.services.clients.editing", "app.services.auth", "app.services.context"} <= set(report["imported"])
    assert report["qt"] == []


def test_screens_do_not_import_the_models():
    """Screens hold rows and forms from the services, never ORM classes (STYLE.md, habit 2)."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "app" / "ui"
    offenders = [str(p.relative_to(ui)) for p in ui.rglob("*.py")
                 if "from app.models" in p.read_text(encoding="utf-8")
                 or "import app.models" in p.read_text(encoding="utf-8")
                 or "sqlalchemy.orm" in p.read_text(encoding="utf-8")]
    assert offenders == []
