"""Every area of the main window speaks through its translation: a pseudo-translation made from what
pyside6-lupdate extracts (each text as ⟦text⟧) is loaded, and no word on the first screen of any area may be
left outside ⟦ ⟧ — a word outside is one lupdate never saw, or filed under a context Qt does not look in.
tests/unit/test_ui_strings_translatable.py reads the code; this reads the screens."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
AREAS = ("dashboard", "clients", "funnel", "tasks", "service", "marketing", "products", "warehouse", "production",
         "documents", "payments", "reports", "goals", "settings")
# Widgets whose words are data or come worded from the services (msg()), not from the screen: objectName → why.
DATA_WIDGETS = {
    "manager_filter": "people's names", "manager_combo": "people's names", "segment_manager_combo": "people's names",
    "report_manager_combo": "people's names", "responsible_filter": "people's names",
    "big_number": "an amount", "my_day_label": "today's date, in the locale's words",
    "report_table": "the report's columns, titled by the report service",
    "report_note_label": "the report service's note", "report_title_label": "the report service's title and period",
    "report_empty_label": "the report service's period words",
}


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name) or pytest.fail(f"{name} (PySide6) not found")


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory) -> Path:
    """A .qm in which every source lupdate finds is translated to ⟦source⟧."""
    folder = tmp_path_factory.mktemp("pseudo")
    sources = [str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")]
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    subprocess.run([tool("pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=msg", "-locations", "none",
                    *sources, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True, timeout=300)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        pseudo, translation = f"⟦{message.findtext('source')}⟧", message.find("translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo
        else:
            translation.text = pseudo
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120)
    return qm


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget name, text) for the words a person sees on the window now."""
    texts: list[tuple[str, str]] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.objectName() in DATA_WIDGETS:
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            texts.append((name, w.placeholderText()))
        elif isinstance(w, QComboBox):
            texts += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            texts += [(name, w.tabText(i)) for i in range(w.count())]
        texts.append((f"{name} tooltip", w.toolTip()))
    # QCalendarWidget's month menu is Qt's own, named by the locale (QLocale), not by a translation
    texts += [(a.objectName() or "action", a.text()) for a in root.findChildren(QAction)
              if a.isVisible() and not in_calendar(a)]
    return texts


def in_calendar(action: QAction) -> bool:
    owner = action.parent()
    while owner is not None:
        if isinstance(owner, QCalendarWidget):
            return True
        owner = owner.parent()
    return False


def untranslated(text: str) -> list[str]:
    """The runs of words in `text` that stand outside ⟦…⟧ (markup and shortcut hints aside)."""
    plain = re.sub(r"<[^>]*>|&\w+;|\((Ctrl|Alt|Shift)\+[^)]*\)", "", text)
    return [part.strip() for part in re.split(r"⟦[^⟧]*⟧", plain) if re.search(r"[^\W\d_]{2,}", part)]


def test_every_area_shows_only_translated_words(qtbot, ui_services, tasks, pseudo_qm, shots):
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    QApplication.instance().installTranslator(translator)
    try:
        admin = ui_services.users.list_users()[0]
        window = MainWindow(ui_services, tasks, user=admin, database="/data/karavan.db", company="Test LLC")
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        left: set[str] = set()
        for area in AREAS:
            window.show_area(area)
            qtbot.wait(50)
            left |= {f"{area}: {name}: {run!r}" for name, text in shown_texts(window) for run in untranslated(text)}
        window.show_area("warehouse")
        window.grab().save(str(shots / "pseudo_translated_warehouse.png"))
        nav = [window.nav.item(i).text() for i in range(window.nav.count())]
    finally:
        QApplication.instance().removeTranslator(translator)
    assert nav[:2] == ["⟦Dashboard⟧", "⟦Clients⟧"]
    assert not left, "Words shown without a translation:\n" + "\n".join(sorted(left))
