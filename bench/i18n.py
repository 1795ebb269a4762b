"""Translations: what the context-free translator (app/ui/i18n.py) costs. A copy of karavan_fa.ts is filled
with stand-in translations of every text and compiled; then the installation (both catalogues, the .qm read
for its contexts) and one `QCoreApplication.translate` call — asked under the class lupdate saw, under
another class (the fallback), and for a text with no translation — are timed (the median of 5 runs of
20,000 calls each; a call without any translator installed, for comparison). The goal: a translation
costs a few microseconds, so a table repainting a thousand cells spends milliseconds on it at most."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench.common import emit, median

ROOT = Path(__file__).resolve().parents[1]
CALLS = 20_000


def _tool():
    spec = importlib.util.spec_from_file_location("karavan_translations_tool", ROOT / "installer" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def _per_call_us(context: str, source: str) -> float:
    from PySide6.QtCore import QCoreApplication

    runs = []
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(CALLS):
            QCoreApplication.translate(context, source)
        runs.append((time.perf_counter() - start) * 1e6 / CALLS)
    return median(runs)


def main() -> None:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from app.ui import i18n

    app = QApplication.instance() or QApplication(["bench"])
    tool = _tool()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copy(tool.ts_path("fa"), folder / "karavan_fa.ts")
        tree, messages = tool.read_ts(folder / "karavan_fa.ts")
        forms = tool.numerus_count(tree)
        stand_in = {m.source: [f"«{m.source}»"] * forms if m.numerus else f"«{m.source}»" for m in messages}
        (folder / "fa.json").write_text(json.dumps(stand_in, ensure_ascii=False), encoding="utf-8")
        tool.fill("fa", [folder / "fa.json"], folder, normalise=False)
        tool.compile_ts([folder / "karavan_fa.ts"])
        context, source = next((m.context, m.source) for m in messages if m.context and not m.numerus)

        bare = _per_call_us(context, source)
        locale = QLocale()
        start = time.perf_counter()
        i18n.install(app, "fa", folder=folder)
        install_ms = (time.perf_counter() - start) * 1000
        try:
            direct = _per_call_us(context, source)
            fallback = _per_call_us("SomeSubclass", source)
            missing = _per_call_us(context, "A text nobody translated")
        finally:
            i18n.uninstall(app)
            QLocale.setDefault(locale)
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    params = {"messages": len(messages), "calls": CALLS}
    emit("i18n.install_ms", install_ms, "ms", **params)
    emit("i18n.translate_untranslated_app_us", bare, "us", **params)
    emit("i18n.translate_us", direct, "us", **params)
    emit("i18n.translate_other_context_us", fallback, "us", **params)
    emit("i18n.translate_missing_us", missing, "us", **params)


if __name__ == "__main__":
    main()
