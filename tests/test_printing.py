"""Printing (Ctrl+P): the preview shows the pages of the annotated PDF export -- the same
pages, drawn again from the export's own layout -- and a print is vector text."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from desktop.services.export.model import collect
from desktop.services.export.pdf import write_pdf
from desktop.ui.printing import PagePainter, lay_out_pages, paint_document, print_request, set_paper


def _annotated(window):
    nb = window.notebook
    ru, ar = (next(p for p in window.panes() if p.language == code) for code in ("ru", "ar"))
    nb.controller.highlight(ru.document_id, ru.view.text, 11, 26, color="yellow", note="Who made the offer?")
    words = "مصدر رسمي"
    start = ar.view.text.index(words)
    nb.controller.highlight(ar.document_id, ar.view.text, start, start + len(words), color="blue",
                            note="مصدر مجهول")
    return [p.document_id for p in window.panes()]


def _page_image(document, index: int, dpi: int = 72) -> np.ndarray:
    scale = dpi / 72
    image = QImage(round(document.width * scale), round(document.height * scale), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    PagePainter().paint(painter, document.pages[index])
    painter.end()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    buffer = np.frombuffer(gray.constBits(), dtype=np.uint8, count=gray.bytesPerLine() * gray.height())
    return buffer.reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()].astype(float)


def test_ctrl_p_previews_as_many_pages_as_the_export_has(window, qtbot):
    ids = _annotated(window)
    window.print_action.trigger()
    qtbot.waitUntil(lambda: window.dialogs.print_dialog.dialog is not None, timeout=30_000)
    dialog = window.dialogs.print_dialog.dialog
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    exported = lay_out_pages(print_request(ids, "en", with_translation=False, page_size="a4", author=None))
    assert preview.pageCount() == len(exported.pages) == window.dialogs.print_dialog.pages_painted
    assert dialog.objectName() == "printPreview" and dialog.isVisible()
    dialog.close()


def test_the_printed_page_is_the_exported_page(window, tmp_path):
    """A page drawn for the printer and the same page of the exported PDF (print version,
    highlights in the page), read by PDFium, differ only by anti-aliasing."""
    import pypdfium2

    ids = _annotated(window)
    request = print_request(ids, "en", with_translation=False, page_size="a4", author=None)
    pages = lay_out_pages(request)
    path = tmp_path / "export.pdf"
    write_pdf(collect(request), path)
    pdf = pypdfium2.PdfDocument(str(path))
    assert len(pdf) == len(pages.pages)
    for index in (0, 1):
        bitmap = pdf[index].render(scale=1.0, grayscale=True)
        exported = np.asarray(bitmap.to_numpy(), dtype=float).reshape(bitmap.height, bitmap.width, -1)[:, :, 0]
        printed = _page_image(pages, index)
        height, width = min(exported.shape[0], printed.shape[0]), min(exported.shape[1], printed.shape[1])
        exported, printed = exported[:height, :width], printed[:height, :width]
        ink_e, ink_p = exported < 128, printed < 128
        assert abs(int(ink_e.sum()) - int(ink_p.sum())) < 0.15 * ink_e.sum()  # as much ink
        # Where the ink is, light grey page numbers included.
        rows_e, rows_p = np.flatnonzero((exported < 220).any(axis=1)), np.flatnonzero((printed < 220).any(axis=1))
        assert abs(rows_e[0] - rows_p[0]) <= 2 and abs(rows_e[-1] - rows_p[-1]) <= 2  # in the same place
        # The same page but for anti-aliasing: equal at the scale of a word (8 px blocks).
        h8, w8 = height // 8 * 8, width // 8 * 8
        blocks = [a[:h8, :w8].reshape(h8 // 8, 8, w8 // 8, 8).mean(axis=(1, 3)) for a in (exported, printed)]
        assert np.abs(blocks[0] - blocks[1]).mean() < 3.0
        assert np.percentile(np.abs(blocks[0] - blocks[1]), 99) < 40
    pdf.close()


def test_a_print_to_a_file_is_drawn_in_vectors_on_the_exports_paper(window, tmp_path):
    """Printed through Qt's PDF engine (what "Print to file" does), the pages are the
    letters' outlines, not pictures of the pages, on A4 (Qt draws a glyph run of a font
    it was handed as data as paths; for a searchable PDF there is Export)."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    ids = _annotated(window)
    pages = lay_out_pages(print_request(ids, "en", with_translation=False, page_size="a4", author=None))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    set_paper(printer, pages)
    assert paint_document(printer, pages) == len(pages.pages)
    reader = PdfReader(str(tmp_path / "printed.pdf"))
    assert len(reader.pages) == len(pages.pages)
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2
    assert not reader.pages[0].images  # no picture of a page
    assert len(reader.pages[0].get_contents().get_data()) > 20_000  # the outlines of its letters
