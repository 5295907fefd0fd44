"""Printing (Ctrl+P): the open articles on paper, the same pages as the annotated PDF
export, with a preview first.

The pages are laid out once by the PDF export (services.export.pdf.lay_out: Qt's text
layout, the title blocks, highlights painted into the page as for printing, note
markers and notes in the margin, page numbers); each page keeps what it draws, and
:func:`paint_page` draws that again with QPainter on whatever the printer is -- the
same glyphs of the same faces at the same places, as vectors, so a preview costs no
bitmaps and a printer gets sharp text at any resolution. Nothing is laid out twice.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QGlyphRun,
    QPageLayout,
    QPageSize,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
    QTransform,
)

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from desktop.services.export.model import ExportRequest
    from desktop.services.export.pdf_writer import Document, GlyphRun, Page
    from desktop.ui.print_dialog import PrintPreview

log = logging.getLogger(__name__)

# The shear of a synthetic italic and the stroke of a synthetic bold (as the PDF writer has them).
ITALIC_SKEW = 0.21
BOLD_STROKE = 0.03


class PagePainter:
    """Draws laid-out pages (services.export.pdf_writer.Page) with a QPainter."""

    def __init__(self) -> None:
        self._fonts: dict[tuple[str, float], QRawFont] = {}

    def raw_font(self, run: GlyphRun) -> QRawFont:
        key = (run.font.key, round(run.size, 3))
        found = self._fonts.get(key)
        if found is None:
            found = self._fonts[key] = QRawFont(QByteArray(run.font.program), run.size)
        return found

    def paint(self, painter: QPainter, page: Page) -> None:
        """Draw ``page`` in page points (the painter is scaled to them by the caller)."""
        blends = painter.paintEngine() is not None and painter.paintEngine().hasFeature(
            QPaintEngine.PaintEngineFeature.BlendModes)
        for item in page.drawing:
            kind = item[0]
            if kind == "text":
                self._text(painter, item[1], QColor(item[2]))
            elif kind == "rects":
                _kind, rects, color, multiply = item
                painter.save()
                if multiply and blends:  # overlapping highlights darken each other, as in the PDF
                    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
                for x, y, w, h in rects:
                    painter.fillRect(QRectF(x, y, w, h), QColor(color))
                painter.restore()
            elif kind == "path":
                painter.fillPath(_path(item[1]), QBrush(QColor(item[2])))

    def _text(self, painter: QPainter, runs: list[GlyphRun], color: QColor) -> None:
        painter.setPen(color)
        for run in runs:
            if not run.glyphs:
                continue
            raw = self.raw_font(run)
            if run.font.synthetic_bold or run.font.synthetic_italic:
                self._outlined(painter, raw, run, color)
                continue
            glyphs = QGlyphRun()
            glyphs.setRawFont(raw)
            glyphs.setGlyphIndexes([gid for gid, _x in run.glyphs])
            glyphs.setPositions([QPointF(x, run.y) for _gid, x in run.glyphs])
            painter.drawGlyphRun(QPointF(0, 0), glyphs)

    @staticmethod
    def _outlined(painter: QPainter, raw: QRawFont, run: GlyphRun, color: QColor) -> None:
        """A face drawn bolder or slanted than it is (the system has no such face), as outlines."""
        path = QPainterPath()
        for gid, x in run.glyphs:
            glyph = raw.pathForGlyph(gid)
            if run.font.synthetic_italic:
                glyph = QTransform(1, 0, -ITALIC_SKEW, 1, 0, 0).map(glyph)
            path.addPath(glyph.translated(x, run.y))
        painter.save()
        painter.setPen(QPen(color, run.size * BOLD_STROKE) if run.font.synthetic_bold else Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(path)
        painter.restore()


def _path(commands: list[tuple[str, list[float]]]) -> QPainterPath:
    path = QPainterPath()
    for op, values in commands:
        if op == "m":
            path.moveTo(values[0], values[1])
        elif op == "l":
            path.lineTo(values[0], values[1])
        elif op == "c":
            path.cubicTo(values[0], values[1], values[2], values[3], values[4], values[5])
    return path


def print_request(document_ids: list[str], target: str, *, with_translation: bool, page_size: str,
                  author: str | None) -> ExportRequest:
    """What is printed: the articles as the annotated PDF export has them, highlights
    painted into the pages (the export's print version)."""
    from desktop.services.export.model import ExportRequest

    return ExportRequest(format="pdf", documents=document_ids, page_size=page_size, target=target,
                         with_translation=with_translation, author=author, flatten=True)


def lay_out_pages(request: ExportRequest, progress: Any = None, cancelled: Any = None) -> Document:
    """The pages of ``request`` (runs off the GUI thread, as an export does)."""
    from desktop.services.export.model import collect
    from desktop.services.export.pdf import lay_out

    return lay_out(collect(request), progress=progress or (lambda *_: None), cancelled=cancelled or (lambda: False))


def paint_document(printer: QPrinter, document: Document, painter_of_pages: PagePainter | None = None) -> int:
    """Print every page of ``document`` on ``printer`` (or its preview); returns the pages printed.

    The printer's paper is the pages' size; each page is drawn full page (the layout has
    its own margins), scaled from points to the printer's pixels.
    """
    from PySide6.QtPrintSupport import QPrinter

    pages = _chosen_pages(printer, len(document.pages))
    painter = QPainter()
    if not painter.begin(printer):
        log.warning("the printer could not be started")
        return 0
    try:
        drawer = painter_of_pages or PagePainter()
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        scale = paper.width() / document.width
        for count, index in enumerate(pages):
            if count:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            drawer.paint(painter, document.pages[index])
            painter.restore()
        return len(pages)
    finally:
        painter.end()


def set_paper(printer: QPrinter, document: Document) -> None:
    """Give the printer the pages' paper (A4 or Letter, upright or landscape), full page."""
    wide = document.width > document.height
    size = QPageSize(QSizeF(min(document.width, document.height), max(document.width, document.height)),
                     QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))


def _chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The page indexes the print dialog asked for (all of them by default)."""
    from PySide6.QtPrintSupport import QPrinter

    first, last = printer.fromPage(), printer.toPage()
    if printer.printRange() == QPrinter.PrintRange.PageRange and first > 0:
        return list(range(first - 1, min(last or count, count)))
    return list(range(count))


def print_preview(window: QWidget, document_ids: list[str], target: str) -> PrintPreview | None:
    """Lay the open articles out in the background, then show the print preview."""
    from desktop.ui.print_dialog import PrintPreview

    if not document_ids:
        from PySide6.QtCore import QCoreApplication

        from desktop.ui.dialogs import show_error

        show_error(window, QCoreApplication.translate("printing", "No article is open to print."))
        return None
    return PrintPreview.start(window, document_ids, target)
