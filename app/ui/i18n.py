"""The user's language and calendar: which ones Karavan speaks, where the choice is kept, and how it is
put in force at start-up (translations, number and date formats, right-to-left layout).

The choice lives in the desktop's settings.json ("language": en/ru/fa/ar, absent for the system's own;
"calendar": gregorian/jalali). `install` runs once, before the first window, from app/ui/application.py;
a change made in Settings applies at the next start, since the screens do not re-translate themselves.

Translations are app/resources/translations/karavan_<lang>.qm, built from the .ts files next to them
(installer/translations.py). lupdate files each `self.tr` under the class that holds the call, and module
`tr()` helpers under no class at all, while PySide6 asks with the class of the object at run time (a
subclass, a dialog sharing its parent's helper): `ContextFreeTranslator` falls back to the same source
text under any context, so a string translated once is translated wherever it is shown.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator

from app import config
from app.config import AppPaths, ConfigError
from app.resources import resource_path
from app.services import i18n as service_i18n
from app.ui import calendars

log = logging.getLogger(__name__)

ENGLISH = "en"
# Code -> the language's name in itself, as the language menu shows it (whoever reads it can find theirs).
LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "fa": "فارسی", "ar": "العربية"}
RIGHT_TO_LEFT = frozenset({"fa", "ar"})
LANGUAGE_SETTING = "language"
CALENDAR_SETTING = "calendar"
TRANSLATIONS = "translations"
# The country whose formats a language gets when the system's locale speaks another language. Arabic:
# Saudi Arabia, the locale Windows itself takes for "Arabic" (Arabic-Indic digits, as Persian has its own).
_COUNTRIES = {
    "en": QLocale.Country.UnitedStates,
    "ru": QLocale.Country.Russia,
    "fa": QLocale.Country.Iran,
    "ar": QLocale.Country.SaudiArabia,
}
_QT_LANGUAGES = {
    "en": QLocale.Language.English,
    "ru": QLocale.Language.Russian,
    "fa": QLocale.Language.Persian,
    "ar": QLocale.Language.Arabic,
}


@dataclass(frozen=True, slots=True)
class Choice:
    """What settings.json says: `language` None means "the system's language"."""

    language: str | None = None
    calendar: str = calendars.GREGORIAN

    @property
    def effective_language(self) -> str:
        return self.language or system_language()


def system_language() -> str:
    """The operating system's language when Karavan speaks it, else English."""
    code = QLocale.languageToCode(QLocale.system().language())
    return code if code in LANGUAGES else ENGLISH


def choice_from(settings: dict[str, Any]) -> Choice:
    """The language and calendar in a settings dictionary; an unknown value is logged and ignored."""
    language = settings.get(LANGUAGE_SETTING)
    if language is not None and language not in LANGUAGES:
        log.warning("ignoring %s=%r in the settings: not one of %s", LANGUAGE_SETTING, language, ", ".join(LANGUAGES))
        language = None
    calendar = settings.get(CALENDAR_SETTING, calendars.GREGORIAN)
    if calendar not in calendars.SYSTEMS:
        log.warning("ignoring %s=%r in the settings: not one of %s", CALENDAR_SETTING, calendar,
                    ", ".join(calendars.SYSTEMS))
        calendar = calendars.GREGORIAN
    return Choice(language, calendar)


def load_choice(paths: AppPaths) -> Choice:
    """The saved choice; the defaults (system language, Gregorian) when none is saved or the file is bad."""
    try:
        return choice_from(config.load_settings(paths))
    except ConfigError as exc:
        log.warning("could not read the settings: %s", exc)
        return Choice()


def save_choice(paths: AppPaths, choice: Choice) -> None:
    """Keep the choice in settings.json, leaving its other keys as they are. Raises ConfigError when the
    file cannot be read (it is then left untouched) or written."""
    settings = config.load_settings(paths)
    if choice.language is None:
        settings.pop(LANGUAGE_SETTING, None)
    else:
        settings[LANGUAGE_SETTING] = choice.language
    settings[CALENDAR_SETTING] = choice.calendar
    try:
        config.save_settings(paths, settings)
    except OSError as exc:
        raise ConfigError(paths.settings_file, f"cannot be written: {exc.strerror or exc}") from exc


def locale_for(language: str) -> QLocale:
    """The formats that go with `language`: the system's own when it speaks that language (its country,
    the user's overrides), else the language's usual country."""
    system = QLocale.system()
    if QLocale.languageToCode(system.language()) == language:
        return system
    return QLocale(_QT_LANGUAGES.get(language, QLocale.Language.English),
                   _COUNTRIES.get(language, QLocale.Country.UnitedStates))


def is_right_to_left(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def translations_dir() -> Path:
    return resource_path(TRANSLATIONS)


# --- the translator -----------------------------------------------------------------------------

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_TAG_MESSAGES = 0x69
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1, _TAG_SOURCE, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 2, 6, 7, 8
_CACHE_LIMIT = 50_000  # (context, source) pairs remembered; far more than the catalogue, bounded all the same


def qm_contexts(path: Path) -> dict[tuple[str, str], str]:
    """(source, disambiguation) -> the context lupdate filed it under, read from a .qm file (lrelease
    keeps source texts and contexts unless told to -compress). Raises ValueError for another format."""
    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path} is not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    pos = len(_MAGIC)
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack_from(">I", data, pos + 1)[0]
        pos += 5
        if tag == _TAG_MESSAGES:
            _read_messages(data[pos:pos + length], found)
        pos += length
    return found


def _read_messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    pos, source, context, comment = 0, "", "", ""
    while pos < len(block):
        tag = block[pos]
        pos += 1
        if tag == _TAG_END:
            # A module's tr() helpers are filed under no context, so the empty one says what a text means when
            # asked under a context lupdate did not see; any other context is only a last resort.
            if context:
                found.setdefault((source, comment), context)
            else:
                found[(source, comment)] = context
            source, context, comment = "", "", ""
            continue
        if tag == _TAG_OBSOLETE1:
            pos += 4
            continue
        length = struct.unpack_from(">I", block, pos)[0]
        pos += 4
        if length == 0xFFFFFFFF:  # a null string
            continue
        raw = block[pos:pos + length]
        pos += length
        if tag == _TAG_SOURCE:
            source = raw.decode("utf-8")
        elif tag == _TAG_CONTEXT:
            context = raw.decode("utf-8")
        elif tag == _TAG_COMMENT:
            comment = raw.decode("utf-8")


class ContextFreeTranslator(QTranslator):
    """A .qm catalogue that answers for a source text under whatever context it is asked with: first the
    asked context (what lupdate saw), else the context the catalogue has that text under."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._inner = QTranslator(self)
        self._contexts: dict[tuple[str, str], str] = {}
        self._by_source: dict[str, str] = {}
        self._resolved: dict[tuple[str, str, str], str | None] = {}

    def load_file(self, path: Path) -> bool:
        """Load `path` (a .qm); False when it is missing or unreadable."""
        if not path.is_file() or not self._inner.load(str(path)):
            return False
        try:
            self._contexts = qm_contexts(path)
        except (OSError, ValueError, struct.error) as exc:
            log.warning("translations in %s are used only under their own class names: %s", path, exc)
            self._contexts = {}
        self._by_source = {}
        for (source, _comment), context in self._contexts.items():
            self._by_source.setdefault(source, context)
        self._resolved.clear()
        return True

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return self._inner.isEmpty()

    def language(self) -> str:
        return self._inner.language()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        """The translation, or None (Qt then tries the next translator, then shows the source)."""
        comment = disambiguation or ""
        text = self._inner.translate(context, source, disambiguation, n)
        if text:
            return text
        key = (context, source, comment)
        if key in self._resolved:
            other = self._resolved[key]
        else:
            other = self._contexts.get((source, comment), self._by_source.get(source))
            if other == context:
                other = None
            if len(self._resolved) >= _CACHE_LIMIT:
                self._resolved.clear()
            self._resolved[key] = other
        if other is None:
            return None
        return self._inner.translate(other, source, disambiguation, n) or None


# --- putting the choice in force ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Installed:
    language: str
    calendar: str
    catalogue: bool  # karavan_<lang>.qm was found and loaded
    qt_catalogue: bool  # Qt's own qtbase_<lang>.qm


_installed = Installed(ENGLISH, calendars.GREGORIAN, False, False)  # until `install`: the source texts


def current_language() -> Installed:
    """What the running application speaks (set by the last `install`)."""
    return _installed


def install(app: QCoreApplication, language: str, calendar: str = calendars.GREGORIAN, *,
            folder: Path | None = None) -> Installed:
    """Speak `language` from now on: Karavan's and Qt's translations, the language's number and date
    formats (QLocale's default), the layout direction, the services' messages and the calendar. Called
    before the first window; calling it again replaces what an earlier call installed (tests do)."""
    language = language if language in LANGUAGES else ENGLISH
    for old in getattr(app, "_karavan_translators", ()):
        app.removeTranslator(old)
    folder = folder or translations_dir()
    ours = ContextFreeTranslator(app)
    # English is the source language: its catalogue holds only the plural forms ("1 deal", "3 deals").
    catalogue = ours.load_file(folder / f"karavan_{language}.qm")
    if not catalogue and language != ENGLISH:
        log.warning("no translations for %s in %s: Karavan speaks English", language, folder)
    qt = QTranslator(app)
    locale = locale_for(language)
    qt_catalogue = language != ENGLISH and qt.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    installed = []
    # Qt asks the translator installed last first: Qt's own catalogue, which knows only Qt's classes, then
    # ours, whose source-text fallback would otherwise answer for Qt's buttons with a word of ours.
    for translator, loaded in ((ours, catalogue), (qt, qt_catalogue)):
        if loaded:
            app.installTranslator(translator)
            installed.append(translator)
    app._karavan_translators = installed  # type: ignore[attr-defined]
    QLocale.setDefault(locale)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (the CLI's QCoreApplication has none)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(language)
                               else Qt.LayoutDirection.LeftToRight)
    service_i18n.set_translator(_translate_service_text if catalogue else None)
    calendars.set_system(calendar)
    global _installed
    _installed = Installed(language, calendars.current_system(), catalogue, qt_catalogue)
    log.info("language %s (%s), calendar %s", language, locale.name(), _installed.calendar)
    return _installed


def uninstall(app: QCoreApplication) -> None:
    """Take back what `install` put in: Karavan speaks its English sources again (tests restore with it;
    the caller puts back the locale and layout direction it wants)."""
    global _installed
    for old in getattr(app, "_karavan_translators", ()):
        app.removeTranslator(old)
    app._karavan_translators = []  # type: ignore[attr-defined]
    service_i18n.set_translator(None)
    calendars.set_system(calendars.GREGORIAN)
    _installed = Installed(ENGLISH, calendars.GREGORIAN, False, False)


def install_choice(app: QCoreApplication, paths: AppPaths) -> Installed:
    """`install` what settings.json says (the start-up path)."""
    choice = load_choice(paths)
    return install(app, choice.effective_language, choice.calendar)


def _translate_service_text(source: str) -> str:
    # lupdate files msg("…") at module level under the empty context; a msg inside a class finds its
    # way through the context-free fallback.
    return QCoreApplication.translate("", source)


__all__ = ["CALENDAR_SETTING", "LANGUAGES", "LANGUAGE_SETTING", "Choice", "ContextFreeTranslator", "Installed",
           "choice_from", "current_language", "install", "install_choice", "is_right_to_left", "load_choice", "locale_for",
           "save_choice", "system_language", "uninstall"]
