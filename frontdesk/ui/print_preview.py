"""The in-app print preview every document opens in: the PDF on screen (QtPdf), 打印 through
QPrintDialog (pages rendered at printer resolution), 另存为 PDF, and 用系统查看器打开."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout

from frontdesk.core import files
from frontdesk.core.errors import DomainError
from frontdesk.i18n import error_text, translate
from frontdesk.ui import msgbox
from frontdesk.ui.forms.ui_print_preview import Ui_PrintPreview

PRINT_DPI = 300


def render_page(doc: QPdfDocument, page: int, dpi: int) -> QImage:
    """A page as an opaque image (QtPdf renders transparent: paint it on white)."""
    size_pt = doc.pagePointSize(page)
    px = QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi))
    rendered = doc.render(page, px)
    image = QImage(px, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def print_pdf(doc: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``doc`` on ``printer``; returns the number of pages sent."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(doc.pageCount()):
            if page:
                printer.newPage()
            image = render_page(doc, page, PRINT_DPI)
            target = painter.viewport()
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, scaled.width(), scaled.height()), image)
    finally:
        painter.end()
    return doc.pageCount()


class PrintPreview(QDialog):
    """Shows ``pdf`` (bytes). ``missing_glyphs`` (characters the font cannot draw) are warned about."""

    def __init__(self, pdf: bytes, title: str, file_stem: str, parent=None, missing_glyphs: set[str] = frozenset()):
        super().__init__(parent)
        self.form = Ui_PrintPreview()
        self.form.setupUi(self)
        self.setWindowTitle(translate("PrintPreview", "Print preview — {title}").format(title=title))
        self.pdf = pdf
        self.file_stem = file_stem
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self.form.viewHolder)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        lay = QVBoxLayout(self.form.viewHolder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        self.form.pageLabel.setText(translate("PrintPreview", "{n} page(s)").format(n=self.document.pageCount()))
        if missing_glyphs:
            self.form.warning.setText(translate("PrintPreview", "The printer font cannot draw these characters, "
                                                        "which will be missing on paper: {chars}")
                                      .format(chars=" ".join(sorted(missing_glyphs))))
            self.form.warning.show()
        self.form.printButton.clicked.connect(self.print_)
        self.form.saveButton.clicked.connect(self.save_as)
        self.form.openButton.clicked.connect(self.open_external)
        self.form.closeButton.clicked.connect(self.reject)
        self.printed_pages = 0

    def print_(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_stem)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.outputFileName():  # 打印到文件: the path is checked before anything is written
            try:
                files.check_output(printer.outputFileName())
            except DomainError as err:
                msgbox.error(self, translate("PrintPreview", "Print"), error_text(err))
                return False
        self.printed_pages = print_pdf(self.document, printer)
        if not self.printed_pages:
            msgbox.error(self, translate("PrintPreview", "Print"),
                         translate("PrintPreview", "The printer could not be started. Check that it is switched on "
                                            "and try again, or save the PDF."))
            return False
        return True

    def save_as(self) -> Path | None:
        return msgbox.save_to(self, translate("PrintPreview", "Save as PDF"), f"{self.file_stem}.pdf",
                              translate("PrintPreview", "PDF files (*.pdf)"), ".pdf",
                              lambda path: files.write_bytes(path, self.pdf))

    def open_external(self) -> Path:
        folder = Path(tempfile.gettempdir()) / "frontdesk-print"
        folder.mkdir(exist_ok=True)
        path = folder / f"{self.file_stem}.pdf"
        files.write_bytes(path, self.pdf)
        msgbox.open_with_system(path, self)
        return path
