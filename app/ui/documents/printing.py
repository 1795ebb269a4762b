"""PDFs on screen and on paper: a preview (QtPdf, pages from the bytes the service renders, through a
QBuffer), Save as PDF and Print (QPrintDialog, then each page rendered onto the printer)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.documents.format import tr

PRINT_DPI = 300


def pdf_document(data: bytes, parent=None) -> tuple[QPdfDocument, QBuffer]:
    """The bytes as a QPdfDocument; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def ask_save_path(parent: QWidget | None, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"))
    return path


def save_pdf(parent: QWidget | None, data: bytes, suggested: str,
             ask: Callable[[QWidget | None, str], str] = ask_save_path) -> str:
    """Ask where, write the file; the path written, or '' when the user cancelled."""
    path = ask(parent, suggested)
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    Path(path).write_bytes(data)
    return path


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """The print dialog (choose the printer, copies, pages); the configured printer, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print"))
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(parent: QWidget | None, data: bytes,
              ask: Callable[[QWidget | None], QPrinter | None] = ask_printer) -> int:
    """Print every page (each rendered at the printer's resolution, fitted to its page); the number of
    pages printed, 0 when the user cancelled."""
    printer = ask(parent)
    if printer is None:
        return 0
    document, _buffer = pdf_document(data)
    pages = document.pageCount()
    painter = QPainter()
    if pages == 0 or not painter.begin(printer):
        return 0
    try:
        target = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        target.moveTo(0, 0)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            size = QSize(int(points.width() * scale), int(points.height() * scale))
            # Rendered at most at PRINT_DPI: enough for text and stamps, small enough to spool quickly.
            dpi_cap = PRINT_DPI / 72
            render = QSize(min(size.width(), int(points.width() * dpi_cap)),
                           min(size.height(), int(points.height() * dpi_cap)))
            image = document.render(page, render)
            painter.drawImage(QRect(target.topLeft(), size), image)
    finally:
        painter.end()
    return pages


class PdfPreviewDialog(QDialog):
    """The PDF as it will print, page after page, with Save as PDF and Print."""

    def __init__(self, data: bytes, *, title: str, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pdf_preview_dialog")
        self.setWindowTitle(title)
        self.data, self.file_name = data, file_name
        self.ask_path = ask_save_path
        self.ask_printer = ask_printer
        self.document, self._buffer = pdf_document(data, self)
        self.view = QPdfView(self, objectName="pdf_view")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages_label = QLabel(tr("%n page(s)", "", self.document.pageCount()), self,
                                  objectName="pages_label")
        self.message = QLabel(self, objectName="preview_message")
        self.save_button = QPushButton(tr("Save as PDF…"), self, objectName="save_pdf_button")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Print…"), self, objectName="print_button")
        self.print_button.clicked.connect(self.print_)
        close = QPushButton(tr("Close"), self, objectName="close_button")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pages_label)
        buttons.addWidget(self.message, 1)
        for button in (self.save_button, self.print_button, close):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.resize(820, 900)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

    def save(self) -> None:
        path = save_pdf(self, self.data, self.file_name, self.ask_path)
        if path:
            self.message.setText(tr("Saved to {0}").format(path))

    def print_(self) -> None:
        pages = print_pdf(self, self.data, self.ask_printer)
        if pages:
            self.message.setText(tr("%n page(s) sent to the printer", "", pages))
