"""Annotated PDF: Qt lays the text out (shaping, bidi, line breaks); pdf_writer puts
the glyphs on the pages as tagged, searchable text; highlights, pop-up notes and
links are real PDF annotations.

What a reader gets: per document a title block (its headline once, where it comes
from in words a reader understands), page numbers, bookmarks per document and per
tag; each highlight once, as a ``/Highlight`` annotation whose appearance is its
colour over exactly its glyphs (across line and page breaks, in either direction,
digits and Latin words inside Arabic lines included), with its note, tags, author
and dates and a pop-up note; numbered note markers in the line after the passage (the
line makes room: they never cover text) with the note in the margin beside it (or as
endnotes when the margin is full, and always in the parallel layout); links between
passages as cross-references, clickable when both ends are in the file; optionally
each sentence's translation under it. ``flatten`` paints the highlights into the pages
instead (for print), with no annotation objects.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.direction import Direction, paragraph_direction
from desktop.core.kinds import ParagraphKind, item_label, item_level, kind_at
from desktop.core.language import RTL_LANGUAGES, language_name
from desktop.core.sentences import split_sentences
from desktop.core.title import looks_like_heading
from desktop.services.export.model import DocumentData, ExportCancelled, ExportData
from desktop.services.export.pdf_annotations import AnnotationPass
from desktop.services.export.pdf_layout import MARGIN, MARKER_RAISE, NOTE_COLUMN, Block, Glyph, PlacedLine, word_end
from desktop.services.export.pdf_notes import Note, NotePass
from desktop.services.export.pdf_writer import Document, GlyphRun, Metadata, Page, StructNode
from desktop.storage.annotations import AnnotationData

log = logging.getLogger(__name__)

GAP = 24.0  # text to note column: wide enough that extractors see two columns
FOOTER = 28.0
PAGE_SIZES = {"a4": (595.276, 841.89), "letter": (612.0, 792.0)}
MARKER_COLOR = "#b00020"
#: Quotes and list items are indented this far (points) from the side their text starts on,
#: as the reader indents them; a list item's bullet stands in that space.
INDENT = 16.0
BULLET = "•"
#: The structure element of each paragraph kind in the tagged PDF (what the import reads back).
_ROLES = {ParagraphKind.HEADING: "H2", ParagraphKind.PARAGRAPH: "P", ParagraphKind.QUOTE: "BlockQuote",
          ParagraphKind.LIST_ITEM: "LBody", ParagraphKind.NUMBERED_ITEM: "LBody"}
#: Bidi marks, embeddings and isolates: they order a line; a reader never sees them.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def _ensure_app() -> None:
    import os

    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def lay_out(data: ExportData, *, progress: Callable[[int, int], None] = lambda *_: None,
            cancelled: Callable[[], bool] = lambda: False) -> Document:
    """The pages of the annotated PDF, laid out and drawn: what write_pdf saves, and what
    printing paints (each page keeps what it draws in ``Page.drawing``)."""
    _ensure_app()
    renderer = _Renderer(data, progress, cancelled)
    return renderer.run()


def write_pdf(data: ExportData, path: Path, *, progress: Callable[[int, int], None] = lambda *_: None,
              cancelled: Callable[[], bool] = lambda: False) -> None:
    document = lay_out(data, progress=progress, cancelled=cancelled)
    languages = [d.document.language for d in data.documents]
    title = " · ".join(d.document.title for d in data.documents[:3]) + (" …" if len(data.documents) > 3 else "")
    document.save(path, Metadata(title=title or "Triptych export", author=data.request.author,
                                     language=languages[0] if len(set(languages)) == 1 else "und"))


def _tables(raw: Any) -> Any:
    from desktop.services.export.pdf_fonts import TABLES

    return lambda: {tag: bytes(raw.fontTable(tag).data()) for tag in TABLES}


class _Renderer(NotePass, AnnotationPass):
    def __init__(self, data: ExportData, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        self.data = data
        self.progress, self.cancelled = progress, cancelled
        request = data.request
        self.parallel = request.layout == "parallel" and len(data.documents) > 1
        width, height = PAGE_SIZES[request.page_size]
        self.width, self.height = (height, width) if self.parallel else (width, height)
        self.doc = Document(self.width, self.height)
        self.page: Page = self.doc.new_page()
        self.flatten = request.flatten
        self.page_notes: list[Note] = []
        self.endnotes: list[Note] = []
        self.bottom = self.height - MARGIN - FOOTER
        self.note_side: str | None = None
        self.numbers = self.note_numbers()
        self.highlights: dict[str, list[tuple[int, float, float, float, float]]] = {}  # id -> page, x, y, w, h
        self.anchors: dict[str, tuple[int, float]] = {}  # annotation id -> (page, y)
        self.fresh: dict[str, list[tuple[float, float, float, float]]] = {}  # this page's new highlight boxes
        self.links: list[tuple[int, tuple[float, float, float, float], str, StructNode, str]] = []
        self.done = 0
        self.sections: dict[str, StructNode] = {}
        self.paragraph_of_block: dict[int, StructNode] = {}
        self.list_items: dict[int, StructNode] = {}  # id of an LBody element -> its LI
        self.anchor_elements: dict[str, StructNode] = {}
        self.colors = {a.id: a.color for d in data.documents for a in d.annotations}
        self._starts: dict[str, list[int]] = {}
        self.faces: dict[str, Any] = {}  # face key -> its EmbeddedFont
        self.outlines: dict[tuple[str, int, float], list[tuple[str, list[float]]]] = {}
        self._longest: dict[str, int] = {}

    # -- fonts and numbers ----------------------------------------------------------------

    def font(self, language: str, size: float = 10.5, bold: bool = False, italic: bool = False) -> Any:
        from desktop.services.fonts import print_font

        return print_font(language, size, bold=bold, italic=italic)

    def has_note(self, a: AnnotationData) -> bool:
        return bool(a.note or a.tag_names or any(a.id in (link.source_id, link.target_id) for link in self.data.links))

    def note_numbers(self) -> dict[str, int]:
        """Note numbers in reading order: document by document, passage by passage."""
        numbers: dict[str, int] = {}
        for doc in self.data.documents:
            for a in sorted(doc.annotations, key=lambda a: (a.end, a.start)):
                if a.state == "anchored" and self.has_note(a):
                    numbers[a.id] = len(numbers) + 1
        return numbers

    # -- pages -----------------------------------------------------------------------

    def new_page(self) -> None:
        self.finish_page()
        self.page = self.doc.new_page()

    def finish_page(self) -> None:
        self.place_margin_notes()
        number = Block(str(self.page.index + 1), self.font("en", 8), Direction.LTR, None, color="#666666",
                       role="Artifact")
        number.lay_out(60)
        line = number.lines[0]
        x = (self.width - line.naturalTextWidth()) / 2
        self.draw_line(PlacedLine(number, line, self.page.index, x, self.height - MARGIN), None)

    def tick(self, total: int) -> None:
        if self.cancelled():
            raise ExportCancelled()
        self.done = min(self.done + 1, total)
        self.progress(self.done, total)

    def run(self) -> Document:
        docs = self.data.documents
        bodies = [self.body_blocks(doc) for doc in docs]
        total = sum(len(b) for b in bodies) or 1
        if self.parallel:
            self.render_parallel(docs, bodies, total)
        else:
            for index, (doc, body) in enumerate(zip(docs, bodies, strict=True)):
                if index:
                    self.new_page()
                self.render_single(doc, body, total)
        if self.endnotes:
            self.render_endnotes()
        if self.data.claims is not None:
            from desktop.services.export.pdf_claims import render_claims

            render_claims(self, self.data.claims)
        self.finish_page()
        if self.done < total:
            self.done = total - 1
            self.tick(total)
        self.annotate()
        return self.doc

    # -- structure ---------------------------------------------------------------------

    def section(self, doc: DocumentData) -> StructNode:
        d = doc.document
        found = self.sections.get(d.id)
        if found is None:
            found = self.sections[d.id] = self.doc.root.add("Sect", language=d.language, title=d.title)
        return found

    def element(self, block: Block, doc: DocumentData | None) -> StructNode | None:
        """The structure element a block's lines belong to (made the first time it is drawn)."""
        if block.role == "Artifact":
            return None
        found = self.paragraph_of_block.get(id(block))
        if found is None:
            language = block.language if block.language and (doc is None or block.language != doc.document.language) \
                else None
            host = self.element(block.within, doc) if block.within is not None else None
            if host is not None and block.role != "Span":
                found = host  # a later sentence of the paragraph
            else:
                parent = host or (self.section(doc) if doc is not None else self.doc.root)
                if block.role == "LBody":
                    # A list item: L > LI > (Lbl, LBody); consecutive items share their L.
                    last = parent.children[-1] if parent.children else None
                    lst = last if isinstance(last, StructNode) and last.kind == "L" else parent.add("L")
                    item = lst.add("LI")
                    found = item.add("LBody", language=language)
                    self.list_items[id(found)] = item
                else:
                    found = parent.add(block.role, language=language)
            self.paragraph_of_block[id(block)] = found
        return found

    # -- blocks ----------------------------------------------------------------------

    def headline(self, doc: DocumentData) -> bool:
        """Whether the article's first paragraph is its headline (then it is the title, printed once)."""
        if not doc.paragraphs:
            return False
        first = " ".join(doc.paragraphs[0].text.split()).rstrip(".:;,!?؟ ")
        title = " ".join(doc.document.title.split()).rstrip(".:;,!?؟ ")
        return bool(title) and first.startswith(title)

    def title_blocks(self, doc: DocumentData) -> list[Block]:
        d = doc.document
        font = self.font(d.language, 17, bold=True)
        if self.headline(doc):
            p = doc.paragraphs[0]
            title = self.with_markers(Block(p.text, font, paragraph_direction(p.text, Direction(d.direction)), p.start,
                                            space_after=4, role="H1", language=d.language), doc)
        else:
            title = Block(d.title, font, paragraph_direction(d.title), None, space_after=4, role="H1",
                          language=d.language, part="title")
        blocks = [title]
        if self.headline(doc) and doc.translations and self.data.request.with_translation:
            p = doc.paragraphs[0]
            target = self.data.request.target
            translated = " ".join(t for s, e in split_sentences(d.text, p.start, p.end)
                                  if (t := doc.translations.get((s, e))))
            if translated:
                direction = Direction.RTL if target in RTL_LANGUAGES else paragraph_direction(translated)
                blocks.append(Block(translated, self.font(target, 11, italic=True), direction, None, color="#1f4e79",
                                    space_after=4, role="Span", language=target, part="translation", within=title))
        parts = [doc.byline, language_name(d.language)]
        if d.version > 1:
            parts.append(f"version {d.version}")
        parts += [f"Triptych {d.id}", f"exported {datetime.now(UTC).date().isoformat()}"]
        # English, read left to right, on the side of the title above it.
        meta = Block(" · ".join(p for p in parts if p), self.font("en", 8.5), Direction.LTR, None, color="#555555",
                     space_after=14, role="P", language="en", part="byline", side=title.direction)
        return [*blocks, meta]

    def with_markers(self, block: Block, doc: DocumentData) -> Block:
        """Give a block of document text the note markers of the annotations that end in it."""
        assert block.doc_start is not None
        start, end = block.doc_start, block.doc_start + len(block.text)
        by_position: dict[int, list[AnnotationData]] = {}
        for a in self.overlapping(doc, start, end):
            if a.id in self.numbers and start < a.end <= end:
                pos = word_end(doc.document.text, a.end, end) - start
                by_position.setdefault(pos, []).append(a)
        block.markers = [(pos, ",".join(str(n) for n in sorted(self.numbers[a.id] for a in found)))
                         for pos, found in sorted(by_position.items())]
        block.marker_ids = {pos: [a.id for a in found] for pos, found in by_position.items()}
        return block

    def overlapping(self, doc: DocumentData, start: int, end: int) -> list[AnnotationData]:
        """The annotations of ``doc`` that touch start..end (its annotations are sorted by start)."""
        import bisect

        key = doc.document.id
        if key not in self._starts:
            self._starts[key] = [a.start for a in doc.annotations]
            self._longest[key] = max((a.end - a.start for a in doc.annotations), default=0)
        starts = self._starts[key]
        lo = bisect.bisect_left(starts, start - self._longest[key])
        hi = bisect.bisect_left(starts, end)
        return [a for a in doc.annotations[lo:hi] if a.end > start]

    @staticmethod
    def kind_of(doc: DocumentData, index: int, text: str, following: str | None) -> ParagraphKind:
        """A paragraph's stored kind (what the reader shows); a document stored before kinds
        existed has none, and then a short line before a longer one is a heading."""
        if doc.document.kinds:
            return kind_at(doc.document.kinds, index)
        heading = looks_like_heading(text, following) and (index == 0 or len(following or "") > len(text))
        return ParagraphKind.HEADING if heading else ParagraphKind.PARAGRAPH

    @staticmethod
    def label_of(doc: DocumentData, index: int, kind: ParagraphKind) -> str:
        """A list item's label: its number in a numbered list ("3.", "c."), else a bullet."""
        number = item_label(doc.document.kinds, index) if kind is ParagraphKind.NUMBERED_ITEM else None
        if number is not None:
            return number.label
        return BULLET if kind is ParagraphKind.LIST_ITEM else ""

    def body_blocks(self, doc: DocumentData) -> list[list[Block]]:
        """Blocks per paragraph (filtered when only annotated paragraphs are wanted)."""
        d = doc.document
        default = Direction(d.direction)
        result = []
        annotated = {doc.paragraph_of(a.start) for a in doc.annotations}
        paragraphs = doc.paragraphs[1:] if self.headline(doc) else doc.paragraphs
        for p in paragraphs:
            if self.data.request.only_annotated and (p.index + 1) not in annotated:
                continue
            following = doc.paragraphs[p.index + 1].text if p.index + 1 < len(doc.paragraphs) else None
            kind = self.kind_of(doc, p.index, p.text, following)
            heading = kind is ParagraphKind.HEADING
            quote = kind is ParagraphKind.QUOTE
            font = self.font(d.language, 12.5 if p.index == 0 and heading else 10.5, bold=heading, italic=quote)
            role = _ROLES[kind]
            indent = INDENT if kind is ParagraphKind.QUOTE else 0.0
            if kind.is_list_item:  # one more indentation for each level of a nested list
                indent = INDENT * (1 + item_level(d.kinds, p.index))
            label = self.label_of(doc, p.index, kind)
            # The items of a list stand closer together than paragraphs; the list ends with a paragraph's gap.
            listed = label and following is not None and \
                self.kind_of(doc, p.index + 1, following, None).is_list_item
            blocks = []
            translations = doc.translations
            if translations and self.data.request.with_translation:
                target = self.data.request.target
                first: Block | None = None  # the paragraph's element: its sentences, their translations as Spans
                for s, e in split_sentences(d.text, p.start, p.end):
                    sentence = Block(d.text[s:e], font, paragraph_direction(d.text[s:e], default), s, space_after=1,
                                     role=role, language=d.language, within=first, indent=indent,
                                     label="" if first else label)
                    first = first or sentence
                    blocks.append(self.with_markers(sentence, doc))
                    translated = translations.get((s, e))
                    if translated:
                        direction = Direction.RTL if target in RTL_LANGUAGES else paragraph_direction(translated)
                        blocks.append(Block(translated, self.font(target, 9.5, italic=True), direction, None,
                                            color="#1f4e79", space_after=5, role="Span", language=target,
                                            part="translation", within=first, indent=indent))
                blocks[-1].space_after = 8
            else:
                blocks.append(self.with_markers(Block(p.text, font, paragraph_direction(p.text, default), p.start,
                                                      space_after=3 if listed else 7, role=role,
                                                      language=d.language, indent=indent, label=label), doc))
            result.append(blocks)
        return result

    # -- layouts -----------------------------------------------------------------------

    def render_single(self, doc: DocumentData, body: list[list[Block]], total: int) -> None:
        rtl = Direction(doc.document.direction).is_rtl
        text_width = self.width - 2 * MARGIN - NOTE_COLUMN - GAP
        text_x = MARGIN + NOTE_COLUMN + GAP if rtl else MARGIN
        self.note_side = "left" if rtl else "right"
        self.y = MARGIN
        self.doc.outline.append((doc.document.title, self.page.index, self.y, None))
        for block in self.title_blocks(doc):  # in the text column: the margin is the notes'
            self.place_column_blocks([[block]], [text_x], text_width, [doc])
        for blocks in body:
            self.place_column_blocks([blocks], [text_x], text_width, [doc])
            self.tick(total)

    def render_parallel(self, docs: list[DocumentData], bodies: list[list[list[Block]]], total: int) -> None:
        n = len(docs)
        width = (self.width - 2 * MARGIN - (n - 1) * GAP) / n
        xs = [MARGIN + i * (width + GAP) for i in range(n)]
        self.note_side = None
        self.y = MARGIN
        for doc in docs:
            self.doc.outline.append((doc.document.title, self.page.index, self.y, None))
        self.place_column_blocks([self.title_blocks(doc) for doc in docs], xs, width, docs)
        for row in range(max(len(b) for b in bodies)):
            self.place_column_blocks([b[row] if row < len(b) else [] for b in bodies], xs, width, docs)
            for b in bodies:
                if row < len(b):
                    self.tick(total)

    def place_column_blocks(self, columns: list[list[Block]], xs: list[float], width: float,
                            docs: list[DocumentData]) -> None:
        """Lay out a row of blocks (one list per column) and place it, breaking pages together."""
        items = []  # (relative y, column, block, line)
        heights = []
        for column, blocks in enumerate(columns):
            y = 0.0
            for block in blocks:
                y += block.space_before
                height = block.lay_out(width - block.indent)
                for line in block.lines:
                    items.append((y + line.y(), column, block, line))
                y += height + block.space_after
            heights.append(y)
        items.sort(key=lambda item: (item[0], item[1]))
        page_start_rel = 0.0
        base = self.y
        placed: list[tuple[PlacedLine, DocumentData]] = []
        for rel, column, block, line in items:
            top = base + rel - page_start_rel
            if top + line.height() > self.bottom and top > MARGIN + 1:
                self.flush(placed)  # draw what belongs on this page before turning it
                placed = []
                self.new_page()
                base = MARGIN
                page_start_rel = rel
                top = base
            x = xs[column] + (0.0 if block.direction.is_rtl else block.indent)  # indented from where it starts
            placed.append((PlacedLine(block, line, self.page.index, x, top), docs[column]))
        self.flush(placed)
        self.y = base + max(heights, default=0.0) - page_start_rel

    def flush(self, placed: list[tuple[PlacedLine, DocumentData]]) -> None:
        """Draw lines of the current page: highlights first (behind, when flattened), then text and markers."""
        for p, doc in placed:
            self.collect_highlights(p, doc)
        if self.flatten and self.fresh:
            self.page.begin_artifact("Layout")
            for a_id, rects in self.fresh.items():
                self.page.rects(rects, self.colors[a_id], multiply=True)
            self.page.end()
        self.fresh = {}
        for p, doc in placed:
            self.draw_line(p, doc)
            self.place_notes(p, doc)

    # -- drawing -----------------------------------------------------------------------

    def draw_line(self, p: PlacedLine, doc: DocumentData | None, element: StructNode | None = None) -> None:
        """One line: its glyphs as text in logical order, tagged with its text; its markers as artifacts."""
        block = p.block
        glyphs = block.glyphs(p.line)
        origin = p.origin
        runs: list[GlyphRun] = []
        markers: list[Glyph] = []
        for g in glyphs:
            if g.marker:
                markers.append(g)
                continue
            if g.end > g.start and not block.text[g.start:g.end].translate(_BIDI_CONTROLS):
                continue  # a direction mark or isolate: it shapes the line, it is not ink nor text
            font = self.faces.get(g.face)
            if font is None:
                style, weight = g.raw.styleName().lower(), g.raw.weight()
                font = self.faces[g.face] = self.doc.fonts.get(
                    g.face, _tables(g.raw), synthetic_bold=weight >= 600 and "bold" not in style,
                    synthetic_italic=g.raw.style().value != 0 and "italic" not in style and "oblique" not in style)
            # A glyph's text without the isolate that a cluster may hold beside its letter (":⁩").
            shown = block.text[g.start:g.end].translate(_BIDI_CONTROLS)
            font.use(g.gid, shown.rstrip() or shown[:1], g.shared)  # a line's trailing space has no glyph
            x, y = origin.x() + g.x, origin.y() + g.y
            last = runs[-1] if runs else None
            if last is not None and last.font is font and abs(last.size - g.size) < 0.01 and abs(last.y - y) < 0.01:
                last.glyphs.append((g.gid, x))
            else:
                runs.append(GlyphRun(font, g.size, y, [(g.gid, x)]))
        element = element or self.element(block, doc)
        start, end = block.line_range(p.line)
        if element is None:
            self.page.begin_artifact("Pagination")
        else:
            self.page.begin_tagged(element, actual_text=block.text[start:end].rstrip("\n").translate(_BIDI_CONTROLS),
                                   part=None if block.doc_start is not None else block.part or "aside")
        self.page.text(runs, block.color or "#000000")
        self.page.end()
        if block.label and p.line.lineNumber() == 0 and element is not None:
            self.draw_label(p, element)
        if markers:
            self.draw_markers(markers, origin.x(), origin.y(), block)

    def draw_label(self, p: PlacedLine, body: StructNode) -> None:
        """A list item's bullet or number before its first line, in the indentation, in the
        item's Lbl element, marked as Triptych's own part: the import leaves it out of the text.

        The label ends a gap before the text, or, right to left, starts that gap after it
        (mirrored, as browsers place an ``<ol dir=rtl>``'s markers); it is laid out in the
        item's direction, so "1." reads with its full stop left of the digit in Arabic.
        """
        block = p.block
        label = Block(block.label, block.font, block.direction, None, role="Lbl", language=block.language,
                      part="label")
        label.lay_out(block.indent)
        line = label.lines[0]
        shown = line.naturalTextRect()  # where in its line the label is (right-aligned, right to left)
        gap = INDENT * 0.4  # beside the text, at every level of a nested list
        x = p.x + block.width + gap if block.direction.is_rtl else p.x - gap - shown.width()
        x -= shown.left()
        item = self.list_items.get(id(body))
        element = body
        if item is not None:
            element = StructNode("Lbl")
            item.children.insert(0, element)  # the label comes before the body
        self.draw_line(PlacedLine(label, line, p.page, x, p.top), None, element)

    def draw_markers(self, markers: list[Glyph], ox: float, oy: float, block: Block) -> None:
        """Note numbers as outlines: they point to the note and are not part of the text."""
        commands: list[tuple[str, list[float]]] = []
        lift = block.font.pointSizeF() * MARKER_RAISE
        for g in markers:
            x0, y0 = ox + g.x, oy + g.y - lift
            for op, values in self.outline(g):
                commands.append((op, [v + (x0 if i % 2 == 0 else y0) for i, v in enumerate(values)]))
        self.page.begin_artifact("Layout")
        self.page.path(commands, MARKER_COLOR)
        self.page.end()

    def outline(self, g: Glyph) -> list[tuple[str, list[float]]]:
        """A glyph's outline as path commands around its origin (remembered: markers repeat digits)."""
        key = (g.face, g.gid, round(g.size, 2))
        found = self.outlines.get(key)
        if found is None:
            path = g.raw.pathForGlyph(g.gid)
            found = []
            i, count = 0, path.elementCount()
            while i < count:
                e = path.elementAt(i)
                if e.isMoveTo() or e.isLineTo():
                    found.append(("m" if e.isMoveTo() else "l", [e.x, e.y]))
                    i += 1
                else:
                    c1, c2 = path.elementAt(i + 1), path.elementAt(i + 2)
                    found.append(("c", [e.x, e.y, c1.x, c1.y, c2.x, c2.y]))
                    i += 3
            self.outlines[key] = found
        return found

    def collect_highlights(self, p: PlacedLine, doc: DocumentData) -> None:
        block = p.block
        if block.doc_start is None:
            return
        start, end = block.doc_start, block.doc_start + len(block.text)
        line_start, line_end = (block.doc_start + i for i in block.line_range(p.line))
        for a in self.overlapping(doc, line_start, max(line_end, line_start + 1)):
            if a.state != "anchored":
                continue
            for x0, x1 in block.glyph_boxes(p.line, max(a.start, start) - start, min(a.end, end) - start):
                rect = p.rect(x0, x1)
                box = (rect.x(), rect.y(), rect.width(), rect.height())
                self.highlights.setdefault(a.id, []).append((p.page, *box))
                self.fresh.setdefault(a.id, []).append(box)
            if start <= a.start < end and a.id not in self.anchors:
                self.anchors[a.id] = (p.page, p.top)
                element = self.element(block, doc)
                if element is not None:
                    self.anchor_elements[a.id] = element
