"""Karavan in the user's language: translations found whatever class asks, formats and right-to-left layout
in force, the Settings dialog that chooses them, and the main screens in Persian and Arabic."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication, QMenu

from app import config
from app.config import AppPaths
from app.services import i18n as service_i18n
from app.services.i18n import msg
from app.ui import calendars, i18n
from app.ui.language_dialog import LanguageDialog, preview_text
from tests.ui.shot_paths import shot_path

ROOT = Path(__file__).resolve().parents[2]
def _tool():
    spec = importlib.util.spec_from_file_location("karavan_translations_tool", ROOT / "installer" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


tr_tool = _tool()

@pytest.fixture(scope="session")
def catalogues(tmp_path_factory) -> Path:
    """The committed .ts files compiled into .qm files in a folder of their own (what `make` ships)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for path in tr_tool.FOLDER.glob("*.ts"):
        shutil.copy(path, folder / path.name)
    tr_tool.compile_ts(sorted(folder.glob("*.ts")))
    return folder


def translation_of(folder: Path, language: str, source: str, context: str | None = None) -> str:
    _tree, messages = tr_tool.read_ts(tr_tool.ts_path(language, folder))
    return next(m.forms[0] for m in messages if m.source == source and m.finished and context in (None, m.context))


@pytest.fixture
def speaking(qapp):
    """Install a language for one test; English, left to right, and the locale it found come back after."""
    locale = QLocale()
    direction = qapp.layoutDirection()
    calendar = calendars.current_system()

    def speak(language: str, calendar_name: str = calendars.GREGORIAN, folder: Path | None = None):
        return i18n.install(qapp, language, calendar_name, folder=folder)

    yield speak
    i18n.uninstall(qapp)
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)
    calendars.set_system(calendar)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


# --- formats and direction ----------------------------------------------------------------------

@pytest.mark.parametrize(("language", "qt_language", "direction"), [
    ("fa", QLocale.Language.Persian, Qt.LayoutDirection.RightToLeft),
    ("ar", QLocale.Language.Arabic, Qt.LayoutDirection.RightToLeft),
    ("ru", QLocale.Language.Russian, Qt.LayoutDirection.LeftToRight),
    ("en", QLocale.Language.English, Qt.LayoutDirection.LeftToRight),
])
def test_a_language_brings_its_formats_and_its_direction(qapp, speaking, catalogues, language, qt_language,
                                                          direction):
    installed = speaking(language, folder=catalogues)
    assert installed.language == language
    assert QApplication.layoutDirection() == direction
    assert QLocale().language() == qt_language
    if language == "fa":
        assert QLocale().territory() == QLocale.Country.Iran and QLocale().toString(12) == "۱۲"
        assert installed.catalogue and installed.qt_catalogue
        # Qt's own words too: the buttons of a message box.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "انصراف"
    if language == "ar":
        assert QLocale().territory() == QLocale.Country.SaudiArabia
    if language == "ru":
        assert QLocale().territory() == QLocale.Country.Russia


def test_english_says_one_deal_and_three_deals(speaking):
    speaking("en")
    assert QCoreApplication.translate("DealsScreen", "%n deal(s)", None, 1) == "1 deal"
    assert QCoreApplication.translate("DealsScreen", "%n deal(s)", None, 3) == "3 deals"


def test_an_unknown_language_is_english_and_a_missing_catalogue_is_not_an_error(speaking, tmp_path):
    installed = speaking("xx", folder=tmp_path)
    assert installed.language == "en" and not installed.catalogue
    installed = speaking("ru", folder=tmp_path)
    assert installed.language == "ru" and not installed.catalogue
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_calendar_choice_reaches_the_date_widgets(speaking, catalogues):
    speaking("fa", calendars.JALALI, folder=catalogues)
    assert calendars.current_system() == calendars.JALALI
    assert i18n.current_language().calendar == calendars.JALALI


# --- the context-free lookup ----------------------------------------------------------------------

PROBE = '''
from PySide6.QtCore import QCoreApplication, QObject
from app.services.i18n import msg


def tr(text):
    return QCoreApplication.translate("ProbeHelpers", text)


class ProbeBase(QObject):
    def title(self):
        return self.tr("Probe title")

    def count(self, n):
        return self.tr("%n probe(s)", "", n)

    def helper(self):
        return tr("Probe helper")


def service_words(name):
    return msg("Probe {name} is missing", name=name)
'''


@pytest.fixture(scope="module")
def probe_catalogue(tmp_path_factory) -> Path:
    """A catalogue lupdate made from PROBE: 'Probe title' under ProbeBase, the helper's text under no class."""
    folder = tmp_path_factory.mktemp("probe")
    source = folder / "probe.py"
    source.write_text(PROBE, encoding="utf-8")
    ts = folder / "karavan_ru.ts"
    subprocess.run([tr_tool.tool("pyside6-lupdate"), str(source), *tr_tool.LUPDATE_OPTIONS, "-target-language", "ru",
                    "-ts", str(ts)], check=True)
    words = folder / "ru.json"
    words.write_text(json.dumps({"Probe title": "Заголовок пробы", "Probe helper": "Помощник пробы",
                                 "%n probe(s)": ["%n проба", "%n пробы", "%n проб"],
                                 "Probe {name} is missing": "Пробы {name} нет"}, ensure_ascii=False), encoding="utf-8")
    tr_tool.fill("ru", [words], folder, normalise=False)
    _tree, messages = tr_tool.read_ts(ts)
    assert {(m.context, m.source) for m in messages} >= {("ProbeBase", "Probe title"), ("", "Probe helper")}
    tr_tool.compile_ts([ts])
    return folder


def test_a_subclass_and_a_module_helper_find_the_translation_lupdate_filed_elsewhere(speaking, probe_catalogue):
    class ProbeBase(QObject):
        def title(self):
            return self.tr("Probe title")

        def count(self, n):
            return self.tr("%n probe(s)", "", n)

    class ProbeChild(ProbeBase):
        """PySide6's self.tr asks under "ProbeChild"; lupdate filed the text under "ProbeBase"."""

    speaking("ru", folder=probe_catalogue)
    assert ProbeBase().title() == "Заголовок пробы"
    assert ProbeChild().title() == "Заголовок пробы"
    assert [ProbeChild().count(n) for n in (1, 3, 5)] == ["1 проба", "3 пробы", "5 проб"]
    assert QCoreApplication.translate("ProbeHelpers", "Probe helper") == "Помощник пробы"
    assert msg("Probe {name} is missing", name="Альфа") == "Пробы Альфа нет"
    assert QCoreApplication.translate("ProbeChild", "Never translated") == "Never translated"


def test_the_catalogue_is_read_with_its_contexts(probe_catalogue):
    contexts = i18n.qm_contexts(probe_catalogue / "karavan_ru.qm")
    assert contexts[("Probe title", "")] == "ProbeBase"
    assert contexts[("Probe helper", "")] == ""


def test_english_again_means_the_services_speak_english(speaking, probe_catalogue, qapp):
    speaking("ru", folder=probe_catalogue)
    i18n.uninstall(qapp)
    assert msg("Probe {name} is missing", name="A") == "Probe A is missing"
    assert service_i18n._translate("x") == "x"


# --- the settings -------------------------------------------------------------------------------

@pytest.fixture
def paths(tmp_path, monkeypatch) -> AppPaths:
    monkeypatch.setenv("KARAVAN_HOME", str(tmp_path / "home"))
    return AppPaths.default().ensure()


def test_the_choice_is_kept_beside_the_other_settings(paths):
    config.save_settings(paths, {"idle_lock_minutes": 5})
    assert i18n.load_choice(paths) == i18n.Choice(None, calendars.GREGORIAN)
    assert i18n.load_choice(paths).effective_language == i18n.system_language()
    i18n.save_choice(paths, i18n.Choice("fa", calendars.JALALI))
    assert config.load_settings(paths) == {"idle_lock_minutes": 5, "language": "fa", "calendar": "jalali"}
    i18n.save_choice(paths, i18n.Choice(None, calendars.GREGORIAN))
    assert config.load_settings(paths) == {"idle_lock_minutes": 5, "calendar": "gregorian"}
    config.save_settings(paths, {"language": "klingon", "calendar": "mayan"})
    assert i18n.load_choice(paths) == i18n.Choice(None, calendars.GREGORIAN)


def test_start_up_installs_the_saved_language_before_any_screen(paths, speaking, qapp, catalogues, monkeypatch):
    monkeypatch.setattr(i18n, "translations_dir", lambda: catalogues)
    i18n.save_choice(paths, i18n.Choice("ar", calendars.GREGORIAN))
    installed = i18n.install_choice(qapp, paths)
    assert installed.language == "ar" and installed.catalogue
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&File") == translation_of(catalogues, "ar", "&File")


def _choose(qtbot, combo, text: str) -> None:
    """Open the combo's list and click the entry, as a person does."""
    combo.showPopup()
    view = combo.view()
    row = combo.findText(text)
    assert row >= 0, text
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: combo.currentIndex() == row)


def test_the_dialog_shows_the_formats_and_saves_the_choice(qtbot, paths):
    config.save_settings(paths, {"idle_lock_minutes": 7})
    dialog = LanguageDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert names[0].startswith("System default (") and names[1:] == ["English", "Русский", "فارسی", "العربية"]
    assert "March 21, 2026" in dialog.preview_label.text() or "21 March 2026" in dialog.preview_label.text()

    _choose(qtbot, dialog.language_combo, "فارسی")
    _choose(qtbot, dialog.calendar_combo, "Solar Hijri (Jalali)")
    preview = dialog.preview_label.text()
    assert "فروردین" in preview and "۱۴۰۵" in preview          # 21 March 2026 is 1 Farvardin 1405
    assert "۱٬۲۳۴٬۵۶۷٫۸۹" in preview and "IRR" in preview
    assert dialog.preview_label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "next time it starts" in dialog.note_label.text() and "<b>" in dialog.note_label.text()
    dialog.grab().save(shot_path("i18n_language_dialog.png"))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert config.load_settings(paths) == {"idle_lock_minutes": 7, "language": "fa", "calendar": "jalali"}

    again = LanguageDialog(paths)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "fa" and again.calendar_combo.currentData() == "jalali"


def test_a_settings_file_that_cannot_be_read_or_written_is_named_and_the_choice_stays(qtbot, paths, monkeypatch):
    paths.settings_file.write_text("{not json", encoding="utf-8")
    dialog = LanguageDialog(paths)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog.language_combo, "Русский")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert str(paths.settings_file) in dialog.error_label.text() and "not valid JSON" in dialog.error_label.text()
    assert dialog.language_combo.currentData() == "ru"
    assert paths.settings_file.read_text(encoding="utf-8") == "{not json"

    paths.settings_file.write_text("{}", encoding="utf-8")

    def refuse(_paths, _settings):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(config, "save_settings", refuse)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "cannot be written: Permission denied" in dialog.error_label.text()
    assert dialog.language_combo.currentData() == "ru"


def test_the_preview_follows_each_language():
    assert "1,234,567.89" in preview_text("en", calendars.GREGORIAN)
    assert "1 234 567,89" in preview_text("ru", calendars.GREGORIAN).replace("\u00a0", " ")
    assert "١٬٢٣٤٬٥٦٧٫٨٩" in preview_text("ar", calendars.GREGORIAN)


# --- the main window and its screens in Persian and Arabic ------------------------------------------

@pytest.fixture
def main_window(qtbot, ui_services, tasks):
    from app.services.clients import ChannelData, ClientForm
    from app.ui.main_window import MainWindow

    def make():
        for name, phone in (("شرکت آریا", "+98 21 8888 7777"), ("مؤسسة النور", "+966 11 234 5678"),
                            ("Ромашка ООО", "+7 (912) 345-67-89"), ("Acme Corporation", "+1 415 555 0199")):
            ui_services.clients.create_client(ClientForm(display_name=name,
                                                         channels=(ChannelData("phone", phone),)))
        win = MainWindow(ui_services, tasks, user=ui_services.users.list_users()[0], database="/data/karavan.db",
                         company="Karavan Test LLC")
        qtbot.addWidget(win)
        win.resize(1280, 760)
        win.show()
        qtbot.waitExposed(win)
        return win
    return make


def test_the_settings_menu_opens_the_language_dialog(qtbot, main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(LanguageDialog, "exec", lambda dlg: opened.append(dlg.language_combo.count()) or 0)
    win = main_window()
    menu = win.menuBar().findChild(QMenu, "settings_menu")
    menu.findChild(type(win.new_menu_action), "menu_language").trigger()
    assert opened == [5]


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_main_window_opens_right_to_left_with_translated_menus(qtbot, speaking, catalogues, main_window,
                                                                   language):
    speaking(language, folder=catalogues)
    win = main_window()
    qtbot.waitUntil(lambda: win.clients.model.rowCount() == 4)
    assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft and win.isRightToLeft()
    titles = [a.text() for a in win.menuBar().actions()]
    for source in ("&File", "&Settings", "&Help"):
        assert translation_of(catalogues, language, source) in titles, (source, titles)
    assert "&File" not in titles
    assert win.nav.item(1).text() == translation_of(catalogues, language, "Clients")
    win.show_area("clients")
    win.grab().save(shot_path(f"i18n_{language}_main_window.png"))


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_client_card_reads_right_to_left(qtbot, speaking, catalogues, ui_services, tasks, language):
    from tests.ui.card_fixtures import open_card, rich_client

    speaking(language, folder=catalogues)
    card = open_card(qtbot, ui_services, tasks, rich_client(ui_services).id)
    assert card.isRightToLeft()
    assert card.display_name_edit.isRightToLeft()
    card.grab().save(shot_path(f"i18n_{language}_client_card.png"))


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_funnel_board_reads_right_to_left(qtbot, speaking, catalogues, ui_services, tasks, language):
    from decimal import Decimal

    from app.services.clients import ClientForm
    from app.services.funnel import DealForm, StageSpec
    from app.ui.funnel.board import FunnelWorkspace

    speaking(language, folder=catalogues)
    f = ui_services.funnel
    pipeline = f.create_pipeline("عمده‌فروشی", stages=[StageSpec("سرنخ", Decimal("10")),
                                                      StageSpec("پیشنهاد", Decimal("40"))])
    client = ui_services.clients.create_client(ClientForm(display_name="شرکت آریا")).id
    for title, amount, stage in (("قرارداد سالانه", "15000", 0), ("Carpets for Tehran office", "900", 0),
                                 ("توريد الشاي", "1250.50", 1)):
        f.create_deal(DealForm(title=title, client_id=client, amount=Decimal(amount), currency="USD",
                               pipeline_id=pipeline.id, stage_id=pipeline.stages[stage].id))
    board = FunnelWorkspace(ui_services, tasks)
    qtbot.addWidget(board)
    board.resize(1200, 620)
    board.show()
    qtbot.waitUntil(lambda: len(board.columns) == 4 and sum(len(c.model.cards) for c in board.columns) == 3)
    qtbot.waitUntil(lambda: all(c.isVisible() for c in board.columns))
    assert board.isRightToLeft() and all(c.isRightToLeft() for c in board.columns)
    assert board.columns[0].x() > board.columns[1].x()  # the first stage on the right
    board.grab().save(shot_path(f"i18n_{language}_funnel_board.png"))


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_planner_calendar_reads_right_to_left(qtbot, speaking, catalogues, ui_services, tasks, language):
    from datetime import datetime, time, timedelta

    from app.services.planner import to_utc
    from app.ui.planner import PlannerWorkspace
    from app.ui.planner.common import local_today
    from tests.ui.test_planner import _show_week, add

    speaking(language, folder=catalogues)
    today = local_today()
    for subject, day, hour in (("تماس با رضا", 0, 10), ("Product demo", 0, 14), ("إرسال قائمة الأسعار", 1, 9)):
        add(ui_services, subject, to_utc(datetime.combine(today + timedelta(days=day), time(hour))),
            kind="call", duration_minutes=60)
    workspace = PlannerWorkspace(ui_services, tasks)
    qtbot.addWidget(workspace)
    workspace.resize(1200, 750)
    workspace.show()
    qtbot.waitUntil(lambda: workspace.people_model.rowCount() > 0)
    view = _show_week(qtbot, workspace, [ui_services.user_id])
    assert workspace.isRightToLeft() and view.isRightToLeft()
    workspace.grab().save(shot_path(f"i18n_{language}_planner_calendar.png"))


# --- restarting in the new language -------------------------------------------------------------------

def test_save_and_restart_is_offered_when_the_choice_differs_from_what_runs(qtbot, paths):
    dialog = LanguageDialog(paths, can_restart=True)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(qtbot, dialog.language_combo, "English")
    assert dialog.restart_button.isVisible() and not dialog.restart_button.isEnabled()  # English runs already
    _choose(qtbot, dialog.language_combo, "Русский")
    assert dialog.restart_button.isEnabled()
    qtbot.mouseClick(dialog.restart_button, Qt.MouseButton.LeftButton)
    assert dialog.restart_chosen and dialog.result() == dialog.DialogCode.Accepted
    assert config.load_settings(paths)["language"] == "ru"

    plain = LanguageDialog(paths)  # where nothing can start Karavan again, only the note
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.restart_button.isVisible()


def test_the_main_window_closes_for_the_restart_and_stays_when_a_card_is_kept(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    def choose_restart(dialog):
        dialog.restart_chosen = True
        return 1
    monkeypatch.setattr(LanguageDialog, "exec", choose_restart)
    win = main_window()
    win.can_restart = True
    monkeypatch.setattr(win, "_card_tabs", lambda: [type("Dirty", (), {"is_dirty": lambda self: True})()])
    monkeypatch.setattr(win.tabs, "setCurrentWidget", lambda _w: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    win.open_language_settings()
    assert win.isVisible() and not win.restart_requested          # the user kept the unsaved card

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    win.open_language_settings()
    assert not win.isVisible() and win.restart_requested


def test_karavan_starts_again_with_the_same_options(monkeypatch):
    from app.ui import application

    monkeypatch.setattr(sys, "argv", ["/opt/karavan/bin/karavan", "--profile", "Office"])
    assert application.restart_command() == (sys.executable, ["-m", "app", "--profile", "Office"])
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert application.restart_command() == (sys.executable, ["--profile", "Office"])
    started = []
    monkeypatch.setattr(application.QProcess, "startDetached",
                        lambda program, arguments: started.append((program, arguments)) or (True, 4242))
    assert application.start_again() and started == [(sys.executable, ["--profile", "Office"])]


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_first_screens_speak_the_language_too(qtbot, speaking, catalogues, sqlite_db, tasks, language):
    """The language is in force before login: the set-up wizard and the login dialog read right to left."""
    from app.config import Profile
    from app.services.context import ServiceContext
    from app.ui.login import LoginDialog
    from app.ui.wizard import SetupWizard
    from tests.ui.test_startup_screens import NoKeyring

    speaking(language, folder=catalogues)
    wizard = SetupWizard(ServiceContext(sqlite_db.session_factory), tasks)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.isRightToLeft()
    wizard.grab().save(shot_path(f"i18n_{language}_setup_wizard.png"))
    dialog = LoginDialog(tasks, [Profile(name="This computer", kind="sqlite", path=str(sqlite_db.url.database))],
                         lambda profile, password: sqlite_db, passwords=NoKeyring())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.isRightToLeft()
    assert dialog.login_button.text() == translation_of(catalogues, language, "Log in")
    dialog.grab().save(shot_path(f"i18n_{language}_login.png"))



# --- wizards, the audit trail's words, new documents' titles (right to left and Russian) -----------------

def _wizard_buttons(wiz):
    from PySide6.QtWidgets import QWizard

    return wiz.button(QWizard.WizardButton.BackButton), wiz.button(QWizard.WizardButton.NextButton)


def test_an_english_wizard_keeps_qts_arrows(qtbot, sqlite_db, tasks):
    from app.services.context import ServiceContext
    from app.ui.wizard import SetupWizard

    wiz = SetupWizard(ServiceContext(sqlite_db.session_factory), tasks)
    qtbot.addWidget(wiz)
    back, forward = _wizard_buttons(wiz)
    assert (back.text(), forward.text()) == ("< &Back", "&Next >")


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_the_setup_wizard_points_back_and_next_the_way_its_pages_go(qtbot, speaking, catalogues, sqlite_db, tasks,
                                                                   language):
    from app.services.context import ServiceContext
    from app.ui.wizard import SetupWizard

    speaking(language, folder=catalogues)
    wiz = SetupWizard(ServiceContext(sqlite_db.session_factory), tasks)
    qtbot.addWidget(wiz)
    wiz.show()
    type_word = translation_of(catalogues, language, "&Back", "")
    next_word = translation_of(catalogues, language, "&Next", "")
    wiz.company_page.company_edit.setText("شرکت آریا")
    back, forward = _wizard_buttons(wiz)
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.admin_page
    # Right to left Back sits on the right and points right, Next on the left and points left; no "<" or ">"
    # that the bidirectional algorithm would turn round, and no English from Qt's own catalogue.
    assert back.isVisible() and back.mapToGlobal(back.rect().center()).x() > forward.mapToGlobal(
        forward.rect().center()).x()
    assert "\u25b6" in back.text() and type_word in back.text() and "<" not in back.text()
    assert "\u25c0" in forward.text() and next_word in forward.text() and ">" not in forward.text()
    assert "Back" not in back.text() and "Next" not in forward.text()
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert wiz.currentPage() is wiz.company_page
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    wiz.grab().save(shot_path(f"i18n_{language}_setup_wizard.png"))


def test_the_import_wizard_reads_right_to_left_too(qtbot, speaking, catalogues, ui_services, tasks):
    from app.ui.imports.wizard import ImportWizard

    speaking("fa", folder=catalogues)
    wiz = ImportWizard(ui_services, tasks)
    qtbot.addWidget(wiz)
    wiz.show()
    _back, forward = _wizard_buttons(wiz)
    assert forward.text().endswith("\u25c0\u202c")
    assert translation_of(catalogues, "fa", "&Next", "") in forward.text()
    wiz.grab().save(shot_path("i18n_fa_import_wizard.png"))


def _changed_client(ctx):
    from dataclasses import replace

    from app.services.clients import ClientForm

    card = ctx.clients.create_client(ClientForm(display_name="شرکت آریا"))
    return ctx.clients.update_client(card.id, replace(card.form, notes="تماس گرفته شد"),
                                     expected_version=card.version)


@pytest.mark.parametrize("language", ["fa", "ar", "ru"])
def test_the_audit_trail_names_kinds_and_fields_in_the_users_language(qtbot, speaking, catalogues, ui_services,
                                                                      tasks, language, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    from app.ui.admin.audit import AuditWindow
    from app.ui.text import strip_isolates

    speaking(language, folder=catalogues)
    client = _changed_client(ui_services)
    win = AuditWindow(ui_services, tasks, ui_services.access.my_rights())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() > 0 and win.entity_combo.count() > 1)
    kind = translation_of(catalogues, language, "Client", "AuditWords")
    notes = translation_of(catalogues, language, "Notes", "AuditWords")
    records = [strip_isolates(win.model.index(r, 3).data()) for r in range(win.model.rowCount())]
    changes = [strip_isolates(win.model.index(r, 5).data()) for r in range(win.model.rowCount())]
    assert f"{kind} {client.id}" in records and not any(r.startswith("client") for r in records)
    arrow = "→" if language == "ru" else "←"    # from the old value to the new one, the way the line reads
    assert any(c.startswith(f"{notes}: — {arrow} ") for c in changes)
    assert kind in [win.entity_combo.itemText(i) for i in range(win.entity_combo.count())]
    win.entity_combo.setCurrentIndex(win.entity_combo.findText(kind))
    qtbot.waitUntil(lambda: {r.entity for r in win.model.rows} == {"client"})
    win.grab().save(shot_path(f"i18n_{language}_audit_trail.png"))

    target = tmp_path / "trail.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), a[3])))
    told = []
    monkeypatch.setattr("app.ui.excel_export.say_done", lambda parent, n, path: told.append(n))
    qtbot.mouseClick(win.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))[1:]
    assert f"{kind} {client.id}" in {r[3] for r in rows}
    assert any((r[5] or "").startswith(f"{notes}: — {arrow} ") for r in rows)
    assert {r[6] for r in rows} == {r.id for r in win.model.rows}     # the entry's number stays a number
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["fa", "ru"])
def test_a_records_history_names_its_fields_and_lines_in_words(qtbot, speaking, catalogues, ui_services, tasks,
                                                                language):
    from app.ui.record_history import HistoryDialog

    speaking(language, folder=catalogues)
    client = _changed_client(ui_services)
    dialog = HistoryDialog(ui_services, tasks, entity="client", record_id=client.id, title="شرکت آریا")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)    # created, numbered, the notes changed
    changes = [dialog.model.index(r, 3).data() for r in range(3)]
    name = translation_of(catalogues, language, "Name", "AuditWords")
    notes = translation_of(catalogues, language, "Notes", "AuditWords")
    assert any(f"{name}: شرکت آریا" in c for c in changes), changes
    assert changes[2].startswith(f"{notes}: — {'→' if language == 'ru' else '←'} ")
    customer = translation_of(catalogues, language, "Customer", "AuditWords")
    assert f"{customer}: True" in changes[0]
    assert not any(raw in " ".join(changes) for raw in ("display_name", "is_customer", "notes", "code:"))
    dialog.grab().save(shot_path(f"i18n_{language}_history.png"))


def test_fields_not_listed_read_as_words_and_lines_name_their_kind():
    from datetime import datetime

    from app.services.access.history import AuditRow
    from app.ui.audit_words import field_title, kind_title, readable
    from app.ui.record_history import HistoryModel

    assert readable("unit_price") == "Unit price" and readable("source_campaign_id") == "Source campaign"
    assert field_title("smtp_host") == "Smtp host" and field_title("unit_price") == "Unit price"
    assert kind_title("document_line") == "Document line" and kind_title("some_new_table") == "Some new table"
    row = AuditRow(1, datetime(2026, 1, 2), "admin", "update", "document", 7, "INV-1",
                   {"part": "document_line", "part_id": 3, "change": "update", "quantity": ["1", "2"],
                    "lead_time_days": [None, "5"]})
    assert HistoryModel().text(row, 3) == "Document line 3 changed: Quantity: 1 → 2; Lead time days: — → 5"
    assert row.describe() == "document_line 3 update: quantity: 1 → 2; lead_time_days: — → 5"


@pytest.mark.parametrize("language", ["ru", "fa"])
def test_a_new_documents_title_is_one_whole_translated_text(qtbot, speaking, catalogues, ui_services, tasks,
                                                            language):
    from app.ui.documents.editor import DocumentDialog
    from app.ui.warehouse.document_dialog import StockDocumentDialog

    speaking(language, folder=catalogues)
    stock = StockDocumentDialog(ui_services, tasks, kind="receipt")
    qtbot.addWidget(stock)
    stock.show()
    title = translation_of(catalogues, language, "New receipt", "StockDocuments")
    assert stock.windowTitle() == title
    assert stock.status_label.text() == translation_of(
        catalogues, language, "{title} · not saved yet", "StockDocumentDialog").format(title=title)
    stock.grab().save(shot_path(f"i18n_{language}_new_receipt.png"))
    editor = DocumentDialog(ui_services, tasks, doc_type="goods_receipt")
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle() == translation_of(catalogues, language, "New goods receipt")
    editor.grab().save(shot_path(f"i18n_{language}_new_goods_receipt.png"))
