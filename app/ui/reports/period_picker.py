"""The period picker: a preset (today, this week, month, quarter, year) or custom dates, and whether to
compare with the previous period. The dates always show what the preset means."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from app.services.reports.periods import PERIOD_KINDS, period_of
from app.ui import calendars
from app.ui.calendars import setup_date_edit
from app.ui.reports.format import PERIOD_TITLES, tr


class PeriodPicker(QWidget):
    """Emits `changed` when the period or the comparison changes (once per user action)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.setObjectName("period_picker")
        self.today = today
        self.kind_combo = QComboBox(self, objectName="period_kind_combo")
        for kind in PERIOD_KINDS:
            self.kind_combo.addItem(tr(PERIOD_TITLES[kind]), kind)
        self.from_edit = QDateEdit(self, objectName="period_from_edit")
        self.to_edit = QDateEdit(self, objectName="period_to_edit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            setup_date_edit(edit)
            edit.dateChanged.connect(self._dates_edited)
        self.compare_check = QCheckBox(tr("Compare with the previous period"), self, objectName="period_compare_check")
        self.compare_check.setChecked(True)
        self.compare_check.toggled.connect(lambda _on: self.changed.emit())
        self._quiet = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(tr("Period:"), self, objectName="period_caption")
        layout.addWidget(self.caption)
        layout.addWidget(self.kind_combo)
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.compare_check)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.kind_combo.setCurrentIndex(PERIOD_KINDS.index("month"))
        self._kind_chosen()

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def dates(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, kind: str, start: date | None = None, end: date | None = None, *,
                   compare: bool | None = None) -> None:
        """Show a preset (or custom dates) without emitting `changed` (the caller runs the report)."""
        self._quiet = True
        try:
            if compare is not None:
                self.compare_check.setChecked(compare)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            if kind == "custom" and start and end:
                self.from_edit.setDate(QDate(start))
                self.to_edit.setDate(QDate(end))
            self._show_dates()
        finally:
            self._quiet = False

    def _show_dates(self) -> None:
        kind = self.kind()
        if kind != "custom":
            period = period_of(kind, today=self.today, calendar=calendars.current_system())
            was = self._quiet
            self._quiet = True
            self.from_edit.setDate(QDate(period.start))
            self.to_edit.setDate(QDate(period.end))
            self._quiet = was

    def _kind_chosen(self, *_args) -> None:
        self._show_dates()
        if not self._quiet:
            self.changed.emit()

    def _dates_edited(self, *_args) -> None:
        if self._quiet:
            return
        # Typing a date makes the period custom.
        if self.kind() != "custom":
            self._quiet = True
            self.kind_combo.setCurrentIndex(self.kind_combo.findData("custom"))
            self._quiet = False
        if self.from_edit.date() <= self.to_edit.date():
            self.changed.emit()
