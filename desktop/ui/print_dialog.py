"""The print preview: the pages are laid out in the background (as an export is), then
Qt's print preview shows them, and its Print button sends them to the printer."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from desktop.core.errors import UserError
from desktop.ui.i18n import error_text
from desktop.ui.tasks import Task

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from desktop.services.export.pdf_writer import Document

log = logging.getLogger(__name__)


class PrintPreview(QObject):
    """Lays the pages out, then shows them in a QPrintPreviewDialog (``dialog``).

    Signals:
        ready(): the preview is showing (``dialog`` and ``document`` are set).
        failed(str): the pages could not be made; the sentence says why.

    Attributes:
        document: the laid-out pages (services.export.pdf_writer.Document), once ready.
        printer: the printer the preview shows and prints to.
    """

    ready = Signal()
    failed = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.document: Document | None = None
        self.dialog: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.task: Task | None = None
        self.pages_painted = 0

    @classmethod
    def start(cls, window: QWidget, document_ids: list[str], target: str) -> PrintPreview:
        """Print the documents (in this order): the preview opens once they are laid out."""
        from desktop.ui.printing import lay_out_pages, print_request

        preview = cls(window)
        settings = getattr(window, "settings", None)
        page_size = str(settings.value("export/page", "a4")) if isinstance(settings, QSettings) else "a4"
        author = " ".join(str(settings.value("user/name", "") or "").split()) if isinstance(settings, QSettings) \
            else ""
        panes: list[object] = list(getattr(window, "panes", lambda: [])())
        translated = any(getattr(p, "mode", "original") != "original" for p in panes)
        request = print_request(document_ids, target, with_translation=translated,
                                page_size=page_size if page_size in ("a4", "letter") else "a4", author=author or None)
        preview.task = Task(lambda progress, cancelled: lay_out_pages(request, progress, cancelled), preview)
        preview.task.succeeded.connect(preview._on_task_succeeded)
        preview.task.failed.connect(preview._on_task_failed)
        preview._tell(QCoreApplication.translate("PrintPreview", "Preparing the pages to print…"))
        window.setCursor(Qt.CursorShape.BusyCursor)
        preview.task.start()
        return preview

    def _tell(self, message: str, timeout: int = 0) -> None:
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(message, timeout)

    def _on_task_failed(self, exc: Exception) -> None:
        self.task = None
        self.window.unsetCursor()
        if isinstance(exc, UserError):
            message = error_text(exc)
        else:
            log.error("laying out the pages to print failed", exc_info=exc)
            message = self.tr("The pages could not be prepared for printing; the details are in the log.")
        self._tell("")
        self.failed.emit(message)
        from desktop.ui.dialogs import show_error

        show_error(self.window, message)

    def _on_task_succeeded(self, document: Document) -> None:
        self.task = None
        self.window.unsetCursor()
        self._tell("")
        self.show(document)

    def show(self, document: Document) -> QPrintPreviewDialog:
        """Open the preview of these pages."""
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from desktop.ui.printing import set_paper

        self.document = document
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_paper(self.printer, document)
        self.printer.setDocName("Triptych")
        dialog = QPrintPreviewDialog(self.printer, self.window)
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self._on_dialog_paint_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.resize(900, 1000)
        self.dialog = dialog
        dialog.open()  # window-modal, not a nested event loop: the desk keeps its tasks going
        self.ready.emit()
        return dialog

    def _on_dialog_paint_requested(self, printer: QPrinter) -> None:
        from desktop.ui.printing import paint_document

        if self.document is not None:
            self.pages_painted = paint_document(printer, self.document)
