"""Settings → Language and formats…: the interface language and the calendar, kept in settings.json and
put in force at the next start (app/ui/i18n.py)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.config import AppPaths, ConfigError
from app.ui import calendars, i18n
from app.ui.funnel.money import format_money

# What the preview shows: a fixed moment, so that two choices can be compared with each other.
SAMPLE_MOMENT = datetime(2026, 3, 21, 14, 30)
SAMPLE_NUMBER = Decimal("1234567.89")
SAMPLE_MONEY = Decimal("12345.50")


def preview_text(language: str, calendar: str) -> str:
    """A date, a time, a number and an amount of money as Karavan would show them in that language and
    calendar."""
    locale = i18n.locale_for(language)
    qcal = QCalendar(QCalendar.System.Jalali if calendar == calendars.JALALI else QCalendar.System.Gregorian)
    day = QDate(SAMPLE_MOMENT.year, SAMPLE_MOMENT.month, SAMPLE_MOMENT.day)
    date_text = locale.toString(day, QLocale.FormatType.LongFormat, qcal)
    time_text = locale.toString(QTime(SAMPLE_MOMENT.hour, SAMPLE_MOMENT.minute), QLocale.FormatType.ShortFormat)
    whole, _, frac = f"{SAMPLE_NUMBER:f}".partition(".")
    number = locale.toString(int(whole)) + locale.decimalPoint() + "".join(
        chr(ord(locale.zeroDigit()) + int(d)) for d in frac)
    currency = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) or "USD"
    money = format_money(SAMPLE_MONEY, currency, locale)
    # Each part isolated, so a right-to-left date next to left-to-right digits keeps its own order.
    return "   ·   ".join(f"\u2068{part}\u2069" for part in (date_text, time_text, number, money))


class LanguageDialog(QDialog):
    """Choose the language (or the system's) and the calendar; Save writes settings.json."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None, *, can_restart: bool = False):
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Language and formats"))
        self.paths = paths
        self.running = i18n.current_language()
        saved = i18n.load_choice(paths)

        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        system = i18n.system_language()
        self.language_combo.addItem(self.tr("System default ({0})").format(i18n.LANGUAGES[system]), None)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(saved.language)))

        self.calendar_combo = QComboBox(self)
        self.calendar_combo.setObjectName("calendar_combo")
        self.calendar_combo.addItem(self.tr("Gregorian"), calendars.GREGORIAN)
        self.calendar_combo.addItem(self.tr("Solar Hijri (Jalali)"), calendars.JALALI)
        self.calendar_combo.setCurrentIndex(max(0, self.calendar_combo.findData(saved.calendar)))

        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("preview_label")
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("note_label")
        self.note_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Calendar:"), self.calendar_combo)
        form.addRow(self.tr("Preview:"), self.preview_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        # Offered where the application can start itself again (not in a test or a script's window).
        self.restart_chosen = False
        self.restart_button = buttons.addButton(self.tr("Save and &restart"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restart_button.setObjectName("restart_button")
        self.restart_button.setVisible(can_restart)
        self.restart_button.clicked.connect(self.save_and_restart)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.language_combo.currentIndexChanged.connect(self._refresh)
        self.calendar_combo.currentIndexChanged.connect(self._refresh)
        self._refresh()
        self.setMinimumWidth(520)

    def choice(self) -> i18n.Choice:
        return i18n.Choice(self.language_combo.currentData(), self.calendar_combo.currentData())

    def _refresh(self) -> None:
        choice = self.choice()
        language = choice.effective_language
        self.preview_label.setText(preview_text(language, choice.calendar))
        self.preview_label.setLayoutDirection(Qt.LayoutDirection.RightToLeft if i18n.is_right_to_left(language)
                                              else Qt.LayoutDirection.LeftToRight)
        changed = language != self.running.language or choice.calendar != self.running.calendar
        note = self.tr("Karavan changes its language, formats and calendar the next time it starts: save, "
                       "then close Karavan and open it again.")
        self.note_label.setText(f"<b>{note}</b>" if changed else note)
        self.restart_button.setEnabled(changed)

    def save(self) -> bool:
        """Write the choice; a file that cannot be read or written is named here, and the choice stays."""
        try:
            i18n.save_choice(self.paths, self.choice())
        except ConfigError as exc:
            self.error_label.setText(self.tr("The settings could not be saved: {0}. Fix or delete the file "
                                             "and save again.").format(exc))
            self.error_label.show()
            return False
        self.accept()
        return True

    def save_and_restart(self) -> None:
        """Save, then let the main window close and Karavan start again in the new language."""
        self.restart_chosen = self.save()
