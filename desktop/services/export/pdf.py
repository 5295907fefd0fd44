"""Annotated PDF: pages drawn by Qt (QPdfWriter, Qt's text layout, embedded fonts),
then real PDF annotation objects added with pypdf.

What a reader gets: a title block per document, page numbers, bookmarks per
document and per tag; highlights painted behind the text and also written as
``/Highlight`` annotations whose QuadPoints are the boxes of the highlighted glyphs
(as Qt laid them out, across line and page breaks, in either direction) with the
colour, and the note and tags in ``/Contents``; numbered note markers with the note in
the margin beside the passage (or as endnotes when the margin is full, and always in
the parallel layout); links between passages as cross-references, clickable when
both ends are in the file; optionally each sentence's translation under it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.core.colors import color_name
from desktop.core.direction import Direction, paragraph_direction
from desktop.core.language import RTL_LANGUAGES, language_name
from desktop.core.sentences import split_sentences
from desktop.core.title import looks_like_heading
from desktop.services.export.model import DocumentData, ExportCancelled, ExportData
from desktop.services.export.pdf_layout import Block, PlacedLine

log = logging.getLogger(__name__)

POINT = 1.0
MARGIN = 48.0
NOTE_COLUMN = 150.0
GAP = 14.0
FOOTER = 28.0
RELATIONS = {"same_claim": "same claim", "contradicts": "contradicts", "omits": "omits", "elaborates": "elaborates",
             "translation_of": "translation of", "related": "related"}


@dataclass
class Highlight:
    annotation_id: str
    color: str
    contents: str
    page: int
    rects: list = field(default_factory=list)  # QRectF in page coordinates (points, top-left origin)


@dataclass
class Note:
    number: int
    annotation_id: str
    text: str
    direction: Direction
    language: str
    page: int
    y: float
    column_side: str  # "left" | "right"
    cross_refs: list[tuple[str, str]] = field(default_factory=list)  # (label, target annotation id)


@dataclass
class Rendered:
    """What was drawn where: for the PDF annotation pass."""

    page_size: tuple[float, float]
    pages: int = 0
    highlights: dict[str, Highlight] = field(default_factory=dict)
    anchors: dict[str, tuple[int, float]] = field(default_factory=dict)  # annotation id -> (page, y)
    outline: list[tuple[str, int, float, str | None]] = field(default_factory=list)  # title, page, y, parent
    links: list[tuple[int, object, str]] = field(default_factory=list)  # page, QRectF, target annotation id


def _ensure_app() -> None:
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]
    from desktop.services.fonts import register_bundled_fonts

    register_bundled_fonts()  # the print faces come with print_font()


def write_pdf(data: ExportData, path: Path, *, progress: Callable[[int, int], None] = lambda *_: None,
              cancelled: Callable[[], bool] = lambda: False) -> None:
    _ensure_app()
    raw = path.with_name(path.name + ".qt")
    try:
        rendered = _Renderer(data, raw, progress, cancelled).run()
        from desktop.services.export.pdf_annotate import annotate

        annotate(raw, path, data, rendered)
    finally:
        raw.unlink(missing_ok=True)


class _Renderer:
    def __init__(self, data: ExportData, path: Path, progress, cancelled) -> None:  # noqa: ANN001
        from PySide6.QtCore import QMarginsF
        from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

        self.data = data
        self.progress, self.cancelled = progress, cancelled
        request = data.request
        self.parallel = request.layout == "parallel" and len(data.documents) > 1
        size = QPageSize(QPageSize.PageSizeId.A4 if request.page_size == "a4" else QPageSize.PageSizeId.Letter)
        orientation = QPageLayout.Orientation.Landscape if self.parallel else QPageLayout.Orientation.Portrait
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(72)
        self.writer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0)))
        self.writer.setTitle("Triptych export")
        self.writer.setCreator("Triptych")
        rect = self.writer.pageLayout().fullRect(QPageLayout.Unit.Point)
        self.width, self.height = rect.width(), rect.height()
        self.rendered = Rendered((self.width, self.height))
        self.painter = QPainter(self.writer)
        self.page = 0
        self.note_number = 0
        self.page_notes: list[Note] = []
        self.endnotes: list[Note] = []
        self.bottom = self.height - MARGIN - FOOTER

    # -- fonts -----------------------------------------------------------------------

    def font(self, language: str, size: float = 10.5, bold: bool = False, italic: bool = False):  # noqa: ANN201
        from desktop.services.fonts import print_font

        return print_font(language, size, bold=bold, italic=italic)

    # -- pages -----------------------------------------------------------------------

    def new_page(self) -> None:
        self.finish_page()
        self.writer.newPage()
        self.page += 1

    def finish_page(self) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        self.place_margin_notes()
        self.painter.setPen(QColor("#666666"))
        self.painter.setFont(self.font("en", 8))
        self.painter.drawText(QRectF(0, self.height - MARGIN, self.width, 14), Qt.AlignmentFlag.AlignCenter,
                              str(self.page + 1))

    def run(self) -> Rendered:
        docs = self.data.documents
        total = sum(len(d.paragraphs) for d in docs) or 1
        self.done = 0
        if self.parallel:
            self.render_parallel(docs, total)
        else:
            for index, doc in enumerate(docs):
                if index:
                    self.new_page()
                self.render_single(doc, total)
        if self.endnotes:
            self.render_endnotes()
        self.finish_page()
        self.painter.end()
        self.rendered.pages = self.page + 1
        return self.rendered

    def tick(self, total: int) -> None:
        if self.cancelled():
            self.painter.end()
            raise ExportCancelled()
        self.done += 1
        self.progress(self.done, total)

    # -- blocks ----------------------------------------------------------------------

    def title_blocks(self, doc: DocumentData) -> list[Block]:
        d = doc.document
        title = Block(d.title, self.font(d.language, 17, bold=True), paragraph_direction(d.title), None,
                      space_after=4)
        meta = (f"{doc.byline} · {language_name(d.language)} · version {d.version} · {d.id} · "
                f"exported {date.today().isoformat()}")
        return [title, Block(meta, self.font("en", 8.5), Direction.LTR, None, color="#555555", space_after=14)]

    def body_blocks(self, doc: DocumentData) -> list[list[Block]]:
        """Blocks per paragraph (filtered when only annotated paragraphs are wanted)."""
        d = doc.document
        default = Direction(d.direction)
        result = []
        annotated = {doc.paragraph_of(a.start) for a in doc.annotations}
        paragraphs = doc.paragraphs
        for p in paragraphs:
            if self.data.request.only_annotated and (p.index + 1) not in annotated:
                continue
            following = paragraphs[p.index + 1].text if p.index + 1 < len(paragraphs) else None
            heading = looks_like_heading(p.text, following) and (p.index == 0 or len(following or "") > len(p.text))
            font = self.font(d.language, 12.5 if p.index == 0 and heading else 10.5, bold=heading)
            blocks = []
            translations = doc.translations
            if translations and self.data.request.with_translation:
                target = self.data.request.target
                for s, e in split_sentences(d.text, p.start, p.end):
                    blocks.append(Block(d.text[s:e], font, paragraph_direction(d.text[s:e], default), s, space_after=1))
                    translated = translations.get((s, e))
                    if translated:
                        direction = Direction.RTL if target in RTL_LANGUAGES else paragraph_direction(translated)
                        blocks.append(Block(translated, self.font(target, 9.5, italic=True), direction, None,
                                            color="#1f4e79", space_after=5))
                blocks[-1].space_after = 8
            else:
                blocks.append(Block(p.text, font, paragraph_direction(p.text, default), p.start, space_after=7))
            result.append(blocks)
        return result

    # -- single layout ---------------------------------------------------------------

    def render_single(self, doc: DocumentData, total: int) -> None:
        rtl = Direction(doc.document.direction).is_rtl
        text_width = self.width - 2 * MARGIN - NOTE_COLUMN - GAP
        text_x = MARGIN + NOTE_COLUMN + GAP if rtl else MARGIN
        self.note_side = "left" if rtl else "right"
        self.y = MARGIN
        self.rendered.outline.append((doc.document.title, self.page, self.y, None))
        for block in self.title_blocks(doc):
            self.place_column_blocks([[block]], [MARGIN], self.width - 2 * MARGIN, doc_for=[doc])
        for blocks in self.body_blocks(doc):
            self.place_column_blocks([blocks], [text_x], text_width, doc_for=[doc])
            self.tick(total)

    # -- parallel layout -------------------------------------------------------------

    def render_parallel(self, docs: list[DocumentData], total: int) -> None:
        n = len(docs)
        width = (self.width - 2 * MARGIN - (n - 1) * GAP) / n
        xs = [MARGIN + i * (width + GAP) for i in range(n)]
        self.note_side = None
        self.y = MARGIN
        for doc in docs:
            self.rendered.outline.append((doc.document.title, self.page, self.y, None))
        self.place_column_blocks([self.title_blocks(doc) for doc in docs], xs, width, doc_for=docs)
        bodies = [self.body_blocks(doc) for doc in docs]
        for row in range(max(len(b) for b in bodies)):
            self.place_column_blocks([b[row] if row < len(b) else [] for b in bodies], xs, width, doc_for=docs)
            for _ in docs:
                self.tick(total)

    # -- placing lines ----------------------------------------------------------------

    def place_column_blocks(self, columns: list[list[Block]], xs: list[float], width: float,
                            doc_for: list[DocumentData]) -> None:
        """Lay out a row of blocks (one list per column) and place it, breaking pages together."""
        items = []  # (relative y, column, block, line)
        heights = []
        for column, blocks in enumerate(columns):
            y = 0.0
            for block in blocks:
                y += block.space_before
                height = block.lay_out(width, self.writer)
                for line in block.lines:
                    items.append((y + line.y(), column, block, line))
                y += height + block.space_after
            heights.append(y)
        items.sort(key=lambda item: (item[0], item[1]))
        page_start_rel = 0.0
        base = self.y
        placed: list[PlacedLine] = []
        for rel, column, block, line in items:
            top = base + rel - page_start_rel
            if top + line.height() > self.bottom and top > MARGIN + 1:
                self.flush(placed, doc_for, xs)  # draw what belongs on this page before turning it
                placed = []
                self.new_page()
                base = MARGIN
                page_start_rel = rel
                top = base
            placed.append(PlacedLine(block, line, self.page, xs[column], top))
        self.flush(placed, doc_for, xs)
        self.y = base + max(heights, default=0.0) - page_start_rel

    def flush(self, placed: list[PlacedLine], doc_for: list[DocumentData], xs: list[float]) -> None:
        """Draw lines of the current page: highlights behind, then text, then note markers."""
        self.paint_highlights(placed, doc_for, xs)
        for p in placed:
            self.draw_line(p)
        self.place_markers(placed, doc_for, xs)

    def paint_highlights(self, lines: list[PlacedLine], docs: list[DocumentData], xs: list[float]) -> None:
        from PySide6.QtGui import QColor

        for p in lines:
            if p.block.doc_start is None or p.page != self.page:
                continue
            doc = docs[xs.index(p.x)] if len(docs) > 1 else docs[0]
            start, end = p.block.doc_start, p.block.doc_start + len(p.block.text)
            for a in doc.annotations:
                if a.state != "anchored" or a.end <= start or a.start >= end:
                    continue
                for x0, x1 in p.block.glyph_boxes(p.line, max(a.start, start) - start, min(a.end, end) - start):
                    rect = p.rect(x0, x1)
                    color = QColor(a.color)
                    color.setAlpha(120)
                    self.painter.fillRect(rect, color)
                    self.highlight_for(doc, a).rects.append((p.page, rect))

    def highlight_for(self, doc: DocumentData, a) -> Highlight:  # noqa: ANN001
        found = self.rendered.highlights.get(a.id)
        if found is None:
            tags = ", ".join(a.tag_names)
            meaning = self.data.meanings.get(a.color)
            contents = "\n".join(x for x in (a.note, f"Tags: {tags}" if tags else "",
                                             f"{color_name(a.color)}: {meaning}" if meaning else "") if x)
            found = self.rendered.highlights[a.id] = Highlight(a.id, a.color, contents or a.exact, self.page)
        return found

    def draw_line(self, p: PlacedLine) -> None:
        from PySide6.QtGui import QColor, QPen

        if p.block.color:
            self.painter.setPen(QPen(QColor(p.block.color)))
        else:
            self.painter.setPen(QPen(QColor("#000000")))
        p.line.draw(self.painter, p.origin)

    def place_markers(self, placed: list[PlacedLine], docs: list[DocumentData], xs: list[float]) -> None:
        """A numbered marker after each annotated passage; its note goes to the margin or the endnotes."""
        from PySide6.QtGui import QColor, QFont, QPen

        ends: dict[str, tuple[PlacedLine, float, DocumentData, object]] = {}
        for p in placed:
            if p.block.doc_start is None:
                continue
            doc = docs[xs.index(p.x)] if len(docs) > 1 else docs[0]
            start, end = p.block.doc_start, p.block.doc_start + len(p.block.text)
            for a in doc.annotations:
                if a.state != "anchored" or not (start <= a.end - 1 < end):
                    continue
                boxes = p.block.glyph_boxes(p.line, a.end - 1 - start, a.end - start)
                if not boxes:
                    continue
                rtl = p.block.direction.is_rtl
                x = p.x + (boxes[0][0] if rtl else boxes[-1][1])
                ends[a.id] = (p, x, doc, a)
            for a in doc.annotations:
                if a.state == "anchored" and start <= a.start < end and a.id not in self.rendered.anchors:
                    self.rendered.anchors[a.id] = (p.page, p.top)
        for _annotation_id, (p, x, doc, a) in ends.items():
            has_note = bool(a.note or a.tag_names or any(a.id in (l.source_id, l.target_id) for l in self.data.links))
            if not has_note:
                continue
            self.note_number += 1
            number = self.note_number
            font = QFont(self.font("en", 7, bold=True))
            self.painter.setFont(font)
            self.painter.setPen(QPen(QColor("#b00020")))
            rtl = p.block.direction.is_rtl
            marker_x = x - 2 - 7 * len(str(number)) if rtl else x + 1
            from PySide6.QtCore import QPointF

            self.painter.drawText(QPointF(marker_x, p.top + 7), str(number))
            lines = []
            if a.note:
                lines.append(a.note)
            if a.tag_names:
                lines.append("#" + " #".join(a.tag_names))
            refs = []
            for link in self.data.links:
                if a.id not in (link.source_id, link.target_id):
                    continue
                other = link.target_id if link.source_id == a.id else link.source_id
                found = self.data.annotation(other)
                arrow = "→" if link.source_id == a.id else "←"
                where = (f"{language_name(found[0].document.language)} ¶{found[0].paragraph_of(found[1].start)}"
                         if found else "elsewhere")
                refs.append((f"{arrow} {RELATIONS.get(link.relation, link.relation)}: {where}", other if found else ""))
            note = Note(number, a.id, "\n".join(lines), paragraph_direction(a.note or "x", Direction(doc.document.direction)),
                        doc.document.language, p.page, p.top, self.note_side or "", refs)
            if self.note_side and p.page == self.page:
                self.page_notes.append(note)
            else:
                self.endnotes.append(note)

    # -- margin notes and endnotes -----------------------------------------------------

    def note_blocks(self, note: Note, width: float) -> list[Block]:
        text = note.text.replace("\n", "\u2028")  # QTextLayout breaks lines at LINE SEPARATOR, not at \n
        blocks = [Block(f"{note.number}  {text}" if not note.direction.is_rtl else f"{text}  {note.number}",
                        self.font(note.language, 8), note.direction, None, color="#333333", space_after=1)]
        blocks.extend(Block(label, self.font("en", 7.5, italic=True), Direction.LTR, None, color="#1565c0",
                            space_after=1) for label, _target in note.cross_refs)
        for block in blocks:
            block.lay_out(width, self.writer)
        return blocks

    def place_margin_notes(self) -> None:
        if not self.page_notes:
            return
        x = MARGIN if self.note_side == "left" else self.width - MARGIN - NOTE_COLUMN
        y = MARGIN
        for note in sorted(self.page_notes, key=lambda n: n.y):
            blocks = self.note_blocks(note, NOTE_COLUMN)
            height = sum(b.lines[-1].y() + b.lines[-1].height() + b.space_after for b in blocks if b.lines) + 4
            top = max(y, note.y)
            if top + height > self.bottom:
                self.endnotes.append(note)  # the margin is full: it goes to the end
                continue
            self.draw_note(blocks, note, x, top)
            y = top + height
        self.page_notes = []

    def draw_note(self, blocks: list[Block], note: Note, x: float, top: float) -> None:
        y = top
        for index, block in enumerate(blocks):
            for line in block.lines:
                placed = PlacedLine(block, line, self.page, x, y + line.y())
                self.draw_line(placed)
            height = block.lines[-1].y() + block.lines[-1].height() if block.lines else 0
            if index > 0 and note.cross_refs[index - 1][1]:
                from PySide6.QtCore import QRectF

                self.rendered.links.append((self.page, QRectF(x, y, NOTE_COLUMN, height), note.cross_refs[index - 1][1]))
            y += height + block.space_after

    def render_endnotes(self) -> None:
        self.new_page()
        self.note_side = None
        self.y = MARGIN
        heading = Block("Notes", self.font("en", 14, bold=True), Direction.LTR, None, space_after=10)
        heading.lay_out(self.width - 2 * MARGIN, self.writer)
        for line in heading.lines:
            self.draw_line(PlacedLine(heading, line, self.page, MARGIN, self.y + line.y()))
        self.rendered.outline.append(("Notes", self.page, self.y, None))
        self.y += heading.lines[-1].height() + heading.space_after
        width = self.width - 2 * MARGIN
        for note in sorted(self.endnotes, key=lambda n: n.number):
            blocks = self.note_blocks(note, width)
            height = sum(b.lines[-1].y() + b.lines[-1].height() + b.space_after for b in blocks if b.lines) + 6
            if self.y + height > self.bottom:
                self.new_page()
                self.y = MARGIN
            self.draw_note_wide(blocks, note, width)
            self.y += height

    def draw_note_wide(self, blocks: list[Block], note: Note, width: float) -> None:
        y = self.y
        for index, block in enumerate(blocks):
            for line in block.lines:
                self.draw_line(PlacedLine(block, line, self.page, MARGIN, y + line.y()))
            height = block.lines[-1].y() + block.lines[-1].height() if block.lines else 0
            if index > 0 and note.cross_refs[index - 1][1]:
                from PySide6.QtCore import QRectF

                self.rendered.links.append((self.page, QRectF(MARGIN, y, width, height), note.cross_refs[index - 1][1]))
            y += height + block.space_after
