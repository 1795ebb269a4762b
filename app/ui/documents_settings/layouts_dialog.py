"""Document layouts: per type, which blocks and columns print, the title, footer, logo placement and margins,
with a live preview of the unsaved layout on the right (re-rendered ~300 ms after the last change)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.context import ServiceContext
from app.services.documents.layouts import MARGIN_MAX, MARGIN_MIN, DocumentLayoutSettings
from app.services.errors import ConcurrentEdit, ValidationError
from app.ui.documents_settings.common import doc_type_names, show_failure
from app.ui.tasks import Task, TaskRunner
from app.ui.widgets import INVALID_STYLE, ErrorLabel, FieldWithError, plain_text_edit

PREVIEW_DELAY_MS = 300
FLAGS = ("show_logo", "show_stamp", "show_sku", "show_discount", "show_vat", "show_bank")


class DocumentLayoutsDialog(QDialog):
    preview_ready = Signal()   # a new preview is shown (tests wait for it)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None, *,
                 doc_type: str = "invoice"):
        super().__init__(parent)
        self.setObjectName("document_layouts_dialog")
        self.setWindowTitle(self.tr("Document layouts"))
        self.setStyleSheet(INVALID_STYLE)
        self.resize(1100, 760)
        self.ctx, self.tasks = ctx, tasks
        # Per type: the layout as loaded, and as edited (kept when switching types, saved together).
        self.loaded: dict[str, DocumentLayoutSettings] = {}
        self.edited: dict[str, DocumentLayoutSettings] = {}
        self.doc_type = doc_type
        self.preview_bytes = b""
        self._preview_task: Task | None = None
        self._filling = False

        self.type_combo = QComboBox(objectName="doc_type_combo")
        for key, name in doc_type_names().items():
            self.type_combo.addItem(name, key)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(doc_type)))
        self.type_combo.currentIndexChanged.connect(lambda _i: self._type_chosen(self.type_combo.currentData()))
        labels = {"show_logo": self.tr("Logo"), "show_stamp": self.tr("Stamp and signature"),
                  "show_sku": self.tr("SKU column"), "show_discount": self.tr("Discount column"),
                  "show_vat": self.tr("VAT column and VAT totals"), "show_bank": self.tr("Bank details")}
        self.checks = {key: QCheckBox(labels[key], objectName=f"{key}_check") for key in FLAGS}
        self.logo_combo = QComboBox(objectName="logo_position_combo")
        self.logo_combo.addItem(self.tr("Left of the company block"), "left")
        self.logo_combo.addItem(self.tr("Right of the company block"), "right")
        self.margin_spin = QSpinBox(objectName="margin_spin")
        self.margin_spin.setRange(MARGIN_MIN, MARGIN_MAX)
        self.margin_spin.setSuffix(self.tr(" mm"))
        self.margin_spin.setMaximumWidth(100)
        self.title_edit = QLineEdit(objectName="title_edit")
        self.title_edit.setPlaceholderText(self.tr("empty: the type's usual title"))
        self.footer_edit = plain_text_edit("layout_footer_edit")
        self.footer_edit.setPlaceholderText(self.tr("empty: the company's document footer"))
        self.footer_edit.setMaximumHeight(80)
        self.fields = {"logo_position": FieldWithError(self.logo_combo, self),
                       "margin_mm": FieldWithError(self.margin_spin, self),
                       "title": FieldWithError(self.title_edit, self),
                       "footer": FieldWithError(self.footer_edit, self)}
        for key, check in self.checks.items():
            check.toggled.connect(self._edited)
            self.fields[key] = FieldWithError(check, self)
        self.logo_combo.currentIndexChanged.connect(self._edited)
        self.margin_spin.valueChanged.connect(self._edited)
        self.title_edit.textChanged.connect(self._edited)
        self.footer_edit.textChanged.connect(self._edited)

        blocks = QGroupBox(self.tr("What prints"))
        blocks_layout = QVBoxLayout(blocks)
        for key in FLAGS:
            blocks_layout.addWidget(self.fields[key])
        form = QFormLayout()
        form.addRow(self.tr("Document type"), self.type_combo)
        texts = QFormLayout()
        texts.addRow(self.tr("Logo"), self.fields["logo_position"])
        texts.addRow(self.tr("Margins"), self.fields["margin_mm"])
        texts.addRow(self.tr("Title"), self.fields["title"])
        texts.addRow(self.tr("Footer"), self.fields["footer"])
        self.status = ErrorLabel("layouts_status")
        self.note = QLabel(self.tr("The preview uses the latest document of the type, or a sample one; "
                                   "Save stores the layouts of every type you changed."), wordWrap=True)
        self.note.setEnabled(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(blocks)
        left_layout.addLayout(texts)
        left_layout.addWidget(self.note)
        left_layout.addWidget(self.status)
        left_layout.addStretch(1)

        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(objectName="preview_view")
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview_label = QLabel(objectName="preview_label")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_label)
        right_layout.addWidget(self.pdf_view, 1)
        self._buffer: QBuffer | None = None

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_button")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self._type_chosen(doc_type)

    # -- the form ----------------------------------------------------------------------------------
    def values(self) -> DocumentLayoutSettings:
        base = self.edited.get(self.doc_type) or DocumentLayoutSettings(self.doc_type)
        return replace(base, **{key: check.isChecked() for key, check in self.checks.items()},
                       logo_position=self.logo_combo.currentData(), margin_mm=self.margin_spin.value(),
                       title=self.title_edit.text(), footer=self.footer_edit.toPlainText())

    def _fill(self, lay: DocumentLayoutSettings) -> None:
        self._filling = True
        try:
            for key, check in self.checks.items():
                check.setChecked(getattr(lay, key))
            self.logo_combo.setCurrentIndex(max(0, self.logo_combo.findData(lay.logo_position)))
            self.margin_spin.setValue(lay.margin_mm)
            self.title_edit.setText(lay.title)
            self.footer_edit.setPlainText(lay.footer)
        finally:
            self._filling = False

    def _type_chosen(self, doc_type: str) -> None:
        if self.doc_type in self.edited and not self._filling:
            self.edited[self.doc_type] = self.values()
        self.doc_type = doc_type
        for field in self.fields.values():
            field.set_error("")
        if doc_type in self.edited:
            self._fill(self.edited[doc_type])
            self.refresh_preview()
            return
        self.tasks.read(lambda: self.ctx.documents.document_layout(doc_type),
                        lambda lay: self._layout_loaded(doc_type, lay),
                        lambda exc: show_failure(self, self.fields, self.status, exc))

    def _layout_loaded(self, doc_type: str, lay: DocumentLayoutSettings) -> None:
        self.loaded[doc_type] = lay
        self.edited[doc_type] = lay
        if doc_type == self.doc_type:
            self._fill(lay)
            self.refresh_preview()

    def _edited(self, *_args) -> None:
        if self._filling or self.doc_type not in self.edited:
            return
        self.edited[self.doc_type] = self.values()
        self.timer.start()

    # -- the preview -------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        self.timer.stop()
        if self._preview_task is not None:
            self._preview_task.cancel()  # a newer layout wins
        doc_type, form = self.doc_type, self.values()
        self.preview_label.setText(self.tr("Rendering the preview…"))
        self._preview_task = self.tasks.read(lambda: self.ctx.documents.preview_pdf(doc_type, form),
                                             self._show_preview, self._preview_failed, name="layout preview")

    def _show_preview(self, data: bytes) -> None:
        for field in self.fields.values():
            field.set_error("")
        self.preview_bytes = data
        self.pdf.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        pages = self.pdf.pageCount()
        self.preview_label.setText(self.tr("Preview — {0}, %n page(s)", "", pages).format(
            doc_type_names()[self.doc_type]))
        self.preview_ready.emit()

    def _preview_failed(self, exc: BaseException) -> None:
        self.preview_label.setText(self.tr("No preview: correct the highlighted fields."))
        show_failure(self, self.fields, self.status, exc)

    # -- saving ------------------------------------------------------------------------------------
    def changed_types(self) -> list[str]:
        self.edited[self.doc_type] = self.values()
        return [t for t, lay in self.edited.items() if lay != self.loaded.get(t)]

    def save(self) -> None:
        todo = [(t, self.edited[t]) for t in self.changed_types()]
        if not todo:
            self.accept()
            return

        def store() -> list[DocumentLayoutSettings]:
            out = []
            for doc_type, form in todo:
                try:
                    out.append(self.ctx.documents.save_document_layout(doc_type, form,
                                                                       expected_version=form.version))
                except (ValidationError, ConcurrentEdit) as exc:
                    exc.doc_type = doc_type  # type: ignore[attr-defined]
                    exc.saved = out  # type: ignore[attr-defined]
                    raise
            return out
        self.tasks.write(store, self._saved, self._failed, entity="document_layout")

    def _remember(self, saved: list[DocumentLayoutSettings]) -> None:
        for lay in saved:
            self.loaded[lay.doc_type] = self.edited[lay.doc_type] = lay

    def _saved(self, saved: list[DocumentLayoutSettings]) -> None:
        self._remember(saved)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._remember(getattr(exc, "saved", []))
        doc_type = getattr(exc, "doc_type", self.doc_type)
        if doc_type != self.doc_type:
            self.type_combo.setCurrentIndex(self.type_combo.findData(doc_type))
        show_failure(self, self.fields, self.status, exc)
        if isinstance(exc, ConcurrentEdit) and exc.current is not None:
            # Their version becomes the base: saving again overwrites it knowingly, with what is typed.
            self.loaded[doc_type] = exc.current
            self.edited[doc_type] = replace(self.values(), version=exc.current.version)
