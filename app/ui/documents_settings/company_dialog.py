"""Company settings: the requisites, bank and people that documents print, document defaults (VAT mode,
currency, language, number format with a live sample, payment days, terms, footer) and the logo, stamp and
signature images."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.documents.numbering import format_error, format_number
from app.services.documents.settings import IMAGE_KINDS, IMAGE_LIMIT, LANGUAGES, CompanySettings
from app.services.errors import ConcurrentEdit
from app.ui.documents.format import LANGUAGE_NAMES
from app.ui.documents_settings.common import show_failure
from app.ui.tasks import TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit

THUMB_W, THUMB_H = 120, 64
TEXT_FIELDS = ("name", "legal_name", "tax_id", "registration_ids", "legal_address", "actual_address", "phone",
               "email", "website", "bank_name", "bank_account", "bank_code", "director_name", "accountant_name",
               "currency", "number_format")


def image_mime(data: bytes) -> str | None:
    """image/png or image/jpeg from the file's first bytes, else None."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    return None


class ImagePicker(QWidget):
    """A thumbnail with Choose… and Remove; the change is kept here until the dialog saves."""

    def __init__(self, kind: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind, self.title = kind, title
        self.data: bytes | None = None
        self.mime = "image/png"
        self.changed = False
        self.thumb = QLabel(objectName=f"{kind}_thumb")
        self.thumb.setFixedSize(THUMB_W, THUMB_H)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumb.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.choose_button = QPushButton(self.tr("Choose…"), objectName=f"{kind}_choose_button")
        self.remove_button = QPushButton(self.tr("Remove"), objectName=f"{kind}_remove_button")
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.field = FieldWithError(self.thumb, self)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addLayout(buttons)
        row.addStretch(1)
        self.show_image(None)

    def show_image(self, data: bytes | None) -> None:
        self.data = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.thumb.setPixmap(pixmap.scaled(THUMB_W - 4, THUMB_H - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.thumb.setPixmap(QPixmap())
            self.thumb.setText(self.tr("none"))
        self.remove_button.setEnabled(data is not None)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.title, "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if not path:
            return
        data = Path(path).read_bytes()
        mime = image_mime(data)
        if mime is None or len(data) > IMAGE_LIMIT:
            self.field.set_error(self.tr("must be a PNG or JPEG image of at most {0} MB").format(IMAGE_LIMIT >> 20))
            return
        self.field.set_error("")
        self.mime, self.changed = mime, True
        self.show_image(data)

    def remove(self) -> None:
        self.changed = True
        self.field.set_error("")
        self.show_image(None)


class CompanySettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("company_settings_dialog")
        self.setWindowTitle(self.tr("Company settings"))
        self.setStyleSheet(INVALID_STYLE)
        self.setMinimumWidth(620)
        self.ctx, self.tasks = ctx, tasks
        self.settings = CompanySettings()
        self.saved: CompanySettings | None = None
        self.edits: dict[str, QLineEdit] = {}
        self.fields: dict[str, FieldWithError] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit(objectName=f"{name}_edit")
            self.edits[name] = edit
            self.fields[name] = FieldWithError(edit, self)
        self.edits["currency"].setMaxLength(3)
        self.edits["currency"].setMaximumWidth(80)
        self.edits["email"].setPlaceholderText("office@example.com")
        self.edits["website"].setPlaceholderText("https://example.com")
        self.vat_combo = QComboBox(objectName="vat_mode_combo")
        self.vat_combo.addItem(self.tr("Prices exclude VAT (VAT is added on top)"), "exclusive")
        self.vat_combo.addItem(self.tr("Prices include VAT"), "inclusive")
        self.language_combo = QComboBox(objectName="language_combo")
        for code in LANGUAGES:
            self.language_combo.addItem(f"{LANGUAGE_NAMES.get(code, code)} ({code})", code)
        self.calendar_combo = QComboBox(objectName="persian_calendar_combo")
        self.calendar_combo.addItem(self.tr("Solar Hijri (1405/09/12)"), "jalali")
        self.calendar_combo.addItem(self.tr("Gregorian (2026/12/03)"), "gregorian")
        self.calendar_combo.setToolTip(self.tr("The calendar documents printed in Persian are dated in"))
        self.days_spin = QSpinBox(objectName="payment_days_spin")
        self.days_spin.setRange(0, 365)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setMaximumWidth(120)
        self.terms_edit = plain_text_edit("terms_edit")
        self.footer_edit = plain_text_edit("footer_edit")
        for box in (self.terms_edit, self.footer_edit):
            box.setMaximumHeight(70)
        self.contract_edit = plain_text_edit("contract_template_edit")
        self.contract_edit.setPlaceholderText(self.tr("Empty: the standard contract text. Fields: {number}, {date}, "
                                                      "{company}, {company_tax_id}, {company_address}, {director}, "
                                                      "{client}, {client_tax_id}, {total}, {currency}, "
                                                      "{total_words}, {payment_days}"))
        self.sample_label = QLabel(objectName="number_sample_label")
        self.sample_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edits["number_format"].textChanged.connect(self._update_sample)
        self.edits["number_format"].setToolTip(self.tr("{prefix} (INV, ORD…), {series}, {year} and {seq} "
                                                       "(the running number; {seq:06d} pads it to six digits)"))
        for key, widget in (("default_vat_mode", self.vat_combo), ("document_language", self.language_combo),
                            ("persian_calendar", self.calendar_combo),
                            ("payment_days", self.days_spin), ("document_terms", self.terms_edit),
                            ("document_footer", self.footer_edit), ("contract_template", self.contract_edit)):
            self.fields[key] = FieldWithError(widget, self)
        self.images = {kind: ImagePicker(kind, title, self) for kind, title in
                       zip(IMAGE_KINDS, (self.tr("Logo"), self.tr("Stamp"), self.tr("Signature")), strict=True)}
        for kind, picker in self.images.items():
            self.fields[kind] = picker.field

        self.tabs = QTabWidget(objectName="company_tabs")
        self.tabs.addTab(self._form([(self.tr("Name*"), "name"), (self.tr("Legal name"), "legal_name"),
                                     (self.tr("Tax ID"), "tax_id"), (self.tr("Registration numbers"), "registration_ids"),
                                     (self.tr("Legal address"), "legal_address"),
                                     (self.tr("Actual address"), "actual_address"), (self.tr("Phone"), "phone"),
                                     (self.tr("E-mail"), "email"), (self.tr("Website"), "website")]),
                         self.tr("Requisites"))
        self.tabs.addTab(self._form([(self.tr("Bank"), "bank_name"), (self.tr("Account"), "bank_account"),
                                     (self.tr("BIC / SWIFT"), "bank_code")]), self.tr("Bank"))
        self.tabs.addTab(self._form([(self.tr("Director"), "director_name"),
                                     (self.tr("Chief accountant"), "accountant_name")]), self.tr("People"))
        docs = self._form([(self.tr("VAT"), "default_vat_mode"), (self.tr("Currency"), "currency"),
                           (self.tr("Language"), "document_language"),
                           (self.tr("Persian documents dated in"), "persian_calendar"),
                           (self.tr("Number format"), "number_format"),
                           (self.tr("Sample number"), self.sample_label), (self.tr("Payment within"), "payment_days"),
                           (self.tr("Terms"), "document_terms"), (self.tr("Footer"), "document_footer")])
        self.tabs.addTab(docs, self.tr("Documents"))
        contract = QWidget()
        contract_layout = QVBoxLayout(contract)
        hint = QLabel(self.tr("The text a contract prints, with fields in braces filled in for the client; a blank "
                              "line starts a new paragraph. An unknown field prints as typed."))
        hint.setWordWrap(True)
        contract_layout.addWidget(hint)
        contract_layout.addWidget(self.fields["contract_template"], 1)
        self.tabs.addTab(contract, self.tr("Contract"))
        self.tabs.addTab(self._form([(self.tr("Logo"), self.images["logo"]), (self.tr("Stamp"), self.images["stamp"]),
                                     (self.tr("Signature"), self.images["signature"])]), self.tr("Images"))
        self.status = ErrorLabel("company_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        self.reload_button = buttons.addButton(self.tr("Reload"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setObjectName("reload_button")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.load)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.load()

    def _form(self, rows: list[tuple[str, str | QWidget]]) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, key in rows:
            form.addRow(label, self.fields[key] if isinstance(key, str) else key)
        return page

    # -- loading and saving ------------------------------------------------------------------------
    def load(self) -> None:
        def read():
            return (self.ctx.documents.company_settings(),
                    {kind: self.ctx.documents.company_image(kind) for kind in IMAGE_KINDS})
        self.tasks.read(read, self._loaded, lambda exc: show_failure(self, self.fields, self.status, exc))

    def _loaded(self, loaded: tuple[CompanySettings, dict[str, bytes | None]]) -> None:
        self.settings, images = loaded
        st = self.settings
        for name, edit in self.edits.items():
            edit.setText(getattr(st, name))
        self.vat_combo.setCurrentIndex(max(0, self.vat_combo.findData(st.default_vat_mode)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(st.document_language)))
        self.calendar_combo.setCurrentIndex(max(0, self.calendar_combo.findData(st.persian_calendar)))
        self.days_spin.setValue(st.payment_days)
        self.terms_edit.setPlainText(st.document_terms)
        self.footer_edit.setPlainText(st.document_footer)
        self.contract_edit.setPlainText(st.contract_template)
        for kind, picker in self.images.items():
            picker.changed = False
            picker.show_image(images.get(kind))
        for field in self.fields.values():
            field.set_error("")
        self.status.show_message("")
        self.reload_button.hide()
        self._update_sample()

    def values(self) -> CompanySettings:
        return replace(self.settings, **{name: edit.text() for name, edit in self.edits.items()},
                       default_vat_mode=self.vat_combo.currentData(),
                       document_language=self.language_combo.currentData(),
                       persian_calendar=self.calendar_combo.currentData(), payment_days=self.days_spin.value(),
                       document_terms=self.terms_edit.toPlainText(), document_footer=self.footer_edit.toPlainText(),
                       contract_template=self.contract_edit.toPlainText())

    def _update_sample(self) -> None:
        fmt = self.edits["number_format"].text()
        error = format_error(fmt)
        if error:
            self.sample_label.setText(self.tr("Cannot be used: {0}").format(error))
            self.sample_label.setStyleSheet("color: #c62828;")
            return
        self.sample_label.setStyleSheet("")
        self.sample_label.setText(format_number(fmt, doc_type="invoice", series="", year=date.today().year, seq=123))

    def save(self) -> None:
        form = self.values()
        changes = {kind: (p.data, p.mime) for kind, p in self.images.items() if p.changed}

        def store() -> CompanySettings:
            saved = self.ctx.documents.save_company_settings(form)
            for kind, (data, mime) in changes.items():
                self.ctx.documents.set_company_image(kind, data, mime)
            return saved
        self.tasks.write(store, self._saved, self._failed, entity="company")

    def _saved(self, saved: CompanySettings) -> None:
        self.saved = self.settings = saved
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        marked = show_failure(self, self.fields, self.status, exc)
        self.reload_button.setVisible(isinstance(exc, ConcurrentEdit))
        if marked:  # bring the first wrong field into view
            field = self.fields[marked[0]]
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(field):
                    self.tabs.setCurrentIndex(i)
                    break

