"""Help → About (version, database, the licences of what ships with Karavan) and Help → Open log folder."""

from __future__ import annotations

import html
import platform
import re
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from app.config import AppPaths
from app.resources import resource_path


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str
    licence: str


_REQ = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9_.\-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    """(name, extras asked for) of what `dist` needs at run time with `extras` on (test/dev extras off)."""
    found = []
    for req in dist.requires or []:
        spec, _, marker = req.partition(";")
        wanted = _EXTRA.findall(marker)
        if wanted and not set(wanted) & extras:
            continue
        m = _REQ.match(spec)
        if m:
            found.append((m.group(1), {e.strip() for e in (m.group(2) or "").split(",") if e.strip()}))
    return found


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 40:
        return text
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return ", ".join(classifiers)
    return text.splitlines()[0][:60] if text else "see the package"


def python_components(root: str = "karavan") -> list[Component]:
    """Every Python distribution Karavan runs on (its run-time requirements, recursively), by name."""
    seen: dict[str, Component] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        key = (dist.metadata["Name"] or name).lower().replace("_", "-")
        if key in seen and not extras:
            continue
        seen[key] = Component(dist.metadata["Name"] or name, dist.version, _licence(dist))
        todo += _requirements(dist, extras)
    seen.pop(root, None)
    return sorted(seen.values(), key=lambda c: c.name.lower())


def bundled_components() -> list[Component]:
    """What ships inside Karavan besides its own code: Python, Qt, the fonts, the Python libraries."""
    fonts_licence = resource_path("fonts", "LICENSE-DejaVu.txt")
    return [
        Component("Python", platform.python_version(), "PSF-2.0"),
        Component("Qt", qVersion(), "LGPL-3.0-only (dynamically linked: the Qt libraries are separate files "
                                    "that can be replaced)"),
        Component("PySide6 / Shiboken6", pyside_version, "LGPL-3.0-only"),
        Component("DejaVu Sans fonts (resources/fonts)", "2.37",
                  f"Bitstream Vera and Arev font licences; see {fonts_licence}"),
        *python_components(),
    ]


def about_html(database: str) -> str:
    from app import __version__

    rows = "".join(f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
                   f"<td>{html.escape(c.licence)}</td></tr>" for c in bundled_components())
    def tr(text: str) -> str:
        # the empty context: lupdate files bare tr("…") calls there
        return QCoreApplication.translate("", text)

    running = tr("{platform}, Python {version} (bundle)") if getattr(sys, "frozen", False) \
        else tr("{platform}, Python {version}")
    # lupdate reads no tr() inside an f-string: the words are fetched first, then put in the markup
    words = {"intro": tr("An on-premises CRM for small companies."), "database": tr("Database:"),
             "running": tr("Running on:"), "components": tr("Components and their licences"),
             "component": tr("component"), "version": tr("version"), "licence": tr("licence")}
    return (f"<h2>Karavan {html.escape(__version__)}</h2>"
            f"<p>{words['intro']}</p>"
            f"<p><b>{words['database']}</b> {html.escape(database)}<br>"
            f"<b>{words['running']}</b> "
            f"{running.format(platform=html.escape(platform.platform()), version=platform.python_version())}</p>"
            f"<h3>{words['components']}</h3>"
            "<table cellspacing='0' cellpadding='3' border='1'>"
            f"<tr><th>{words['component']}</th><th>{words['version']}</th><th>{words['licence']}</th></tr>" + rows
            + "</table>")


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Karavan"))
        self.resize(720, 560)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("about_text")
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(about_html(database))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def open_log_folder(parent: QWidget | None = None) -> bool:
    """Show the log folder (logs and crash reports) in the file manager; says where it is if that fails."""
    folder = AppPaths.default().log_dir
    folder.mkdir(parents=True, exist_ok=True)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    text = QCoreApplication.translate("About", "The log files and crash reports are in:") + f"\n{folder}"
    box = QMessageBox(QMessageBox.Icon.Information, "Karavan", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("log_folder_box")
    box.exec()
    return False
