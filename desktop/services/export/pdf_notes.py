"""Notes in the PDF export: each annotation's note, tags and links, in the margin beside
the line its marker is in or, when the margin is full (and always in the parallel
layout), as endnotes; each a Note element of the structure tree right after the
paragraph it belongs to, and marked as a part Triptych added (not the article's text)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.core.direction import Direction, paragraph_direction
from desktop.core.language import language_name
from desktop.services.export.languages import text_language
from desktop.services.export.model import DocumentData, ExportData
from desktop.services.export.pdf_layout import MARGIN, NOTE_COLUMN, Block, PlacedLine
from desktop.services.export.pdf_writer import Document, Page, StructNode
from desktop.storage.annotations import AnnotationData

RELATIONS = {"same_claim": "same claim", "contradicts": "contradicts", "omits": "omits", "elaborates": "elaborates",
             "translation_of": "translation of", "related": "related"}


@dataclass
class Note:
    number: int
    annotation_id: str
    text: str
    direction: Direction
    language: str
    page: int
    y: float  # page y of the top of its marker's line
    baseline: float  # page y of its marker line's baseline: the note's first line sits on it
    paragraph: StructNode | None
    cross_refs: list[tuple[str, str]] = field(default_factory=list)  # (label, target annotation id)
    tags: list[str] = field(default_factory=list)


class NotePass:
    """Where the renderer puts notes (the renderer draws, pages and numbers them)."""

    data: ExportData
    doc: Document
    page: Page
    width: float
    y: float
    bottom: float
    note_side: str | None
    numbers: dict[str, int]
    page_notes: list[Note]
    endnotes: list[Note]
    sections: dict[str, StructNode]
    paragraph_of_block: dict[int, StructNode]
    links: list[tuple[int, tuple[float, float, float, float], str, StructNode, str]]

    def font(self, language: str, size: float = 10.5, bold: bool = False, italic: bool = False) -> Any:
        raise NotImplementedError

    def new_page(self) -> None:
        raise NotImplementedError

    def draw_line(self, p: PlacedLine, doc: DocumentData | None, element: StructNode | None = None) -> None:
        raise NotImplementedError

    def place_notes(self, p: PlacedLine, doc: DocumentData) -> None:
        """For each marker on this line, its note: in the margin beside it, or at the end."""
        block = p.block
        if not block.markers or block.doc_start is None:
            return
        shown = {g.start for g in block.glyphs(p.line) if g.marker}
        for pos, ids in block.marker_ids.items():
            if pos not in shown:
                continue
            for annotation_id in ids:
                found = self.data.annotation(annotation_id)
                if found is None:
                    continue
                note = self.make_note(found[1], self.numbers[annotation_id], p, doc)
                if self.note_side:
                    self.page_notes.append(note)
                else:
                    self.endnotes.append(note)

    def make_note(self, a: AnnotationData, number: int, p: PlacedLine, doc: DocumentData) -> Note:
        refs = []
        for link in self.data.links:
            if a.id not in (link.source_id, link.target_id):
                continue
            other = link.target_id if link.source_id == a.id else link.source_id
            found = self.data.annotation(other)
            arrow = "→" if link.source_id == a.id else "←"
            where = (f"{language_name(found[0].document.language)} ¶{found[0].paragraph_of(found[1].start)}"
                     if found else "elsewhere")
            label = f"{arrow} {RELATIONS.get(link.relation, link.relation)}: {where}"
            if link.note:
                label += f" — {' '.join(link.note.split())}"
            refs.append((label, other if found else ""))
        text = a.note
        language = text_language(a.note, doc.document.language) if a.note else doc.document.language
        direction = paragraph_direction(a.note, Direction(doc.document.direction)) if a.note else \
            Direction(doc.document.direction)
        return Note(number, a.id, text, direction, language, p.page, p.top, p.top + p.line.ascent(),
                    self.paragraph_of_block.get(id(p.block)), refs, list(a.tag_names))

    def note_blocks(self, note: Note, width: float) -> list[Block]:
        """The note's number and text, its tags, its links: each block in its own direction."""
        text = note.text.replace("\n", "\u2028")  # QTextLayout breaks lines at LINE SEPARATOR, not at \n
        tags = " ".join(f"\u2068#{t}\u2069" for t in note.tags)  # each tag isolated: "#" stays with its name
        blocks = []
        # A note with no words of its own carries its number on its first line, tags or link:
        # on a line of its own, the number of an Arabic article's link ("← contradicts:
        # German ¶3") stood at the other end of the margin from it.
        number_on_ref = not text and not tags and bool(note.cross_refs)
        if text or (not tags and not number_on_ref):
            blocks.append(Block(f"{note.number}\u2002{text}", self.font(note.language, 8), note.direction, None,
                                color="#333333", space_after=1, role="P", language=note.language, part="note"))
        if tags:
            direction = paragraph_direction(tags, note.direction)
            blocks.append(Block(tags if text else f"{note.number}\u2002{tags}", self.font(note.language, 7.5),
                                direction, None, color="#555555", space_after=1, role="P", part="note",
                                language=text_language(tags, "und")))
        for k, (ref, _target) in enumerate(note.cross_refs):
            if number_on_ref and k == 0:
                ref = f"{note.number}\u2002{ref}"
            blocks.append(Block(ref, self.font("en", 7.5, italic=True), paragraph_direction(ref), None,
                                color="#1565c0", space_after=1, role="Link", language=text_language(ref, "en"),
                                part="note"))
        for block in blocks:
            block.lay_out(width)
        return blocks

    def note_element(self, note: Note, parent: StructNode | None, holder: StructNode | None = None) -> StructNode:
        """A Note element, right after the paragraph its marker is in (reading order), or in ``holder``."""
        node = StructNode("Note", language=note.language)
        holder = holder or self.doc.root
        if parent is not None:
            for sect in self.sections.values():
                if parent in sect.children:
                    holder = sect
                    index = sect.children.index(parent) + 1
                    while index < len(sect.children) and getattr(sect.children[index], "kind", "") == "Note":
                        index += 1
                    sect.children.insert(index, node)
                    return node
        holder.children.append(node)
        return node

    def draw_note(self, blocks: list[Block], note: Note, x: float, top: float, width: float,
                  parent: StructNode | None, holder: StructNode | None = None) -> float:
        node = self.note_element(note, parent, holder)
        y = top
        refs = iter(note.cross_refs)
        for block in blocks:
            element = node.add(block.role, language=block.language if block.language != note.language else None)
            for line in block.lines:
                self.draw_line(PlacedLine(block, line, self.page.index, x, y + line.y()), None, element)
            height = block.lines[-1].y() + block.lines[-1].height() if block.lines else 0
            if block.role == "Link":
                _label, target = next(refs)
                if target:
                    self.links.append((self.page.index, (x, y, width, height), target, element, block.text))
            y += height + block.space_after
        return y

    def place_margin_notes(self) -> None:
        if not self.page_notes:
            return
        x = MARGIN if self.note_side == "left" else self.width - MARGIN - NOTE_COLUMN
        y = MARGIN
        for note in sorted(self.page_notes, key=lambda n: (n.y, n.number)):
            blocks = self.note_blocks(note, NOTE_COLUMN)
            height = sum(b.lines[-1].y() + b.lines[-1].height() + b.space_after for b in blocks if b.lines) + 4
            # Its first line on the marker line's baseline, as margin notes are set (its top
            # at the line's top left the smaller note half a line above the marker).
            first = next((b.lines[0] for b in blocks if b.lines), None)
            wanted = note.baseline - first.ascent() if first is not None else note.y
            top = max(y, wanted)
            if top + height > self.bottom:
                self.endnotes.append(note)  # the margin is full: it goes to the end
                continue
            self.draw_note(blocks, note, x, top, NOTE_COLUMN, note.paragraph)
            y = top + height
        self.page_notes = []

    def render_endnotes(self) -> None:
        self.new_page()
        self.note_side = None
        self.y = MARGIN
        section = self.doc.root.add("Sect", language="en", title="Notes")
        heading = Block("Notes", self.font("en", 14, bold=True), Direction.LTR, None, space_after=10, role="H1",
                        part="note")
        heading.lay_out(self.width - 2 * MARGIN)
        element = section.add("H1")
        for line in heading.lines:
            self.draw_line(PlacedLine(heading, line, self.page.index, MARGIN, self.y + line.y()), None, element)
        self.doc.outline.append(("Notes", self.page.index, self.y, None))
        self.y += heading.lines[-1].height() + heading.space_after
        width = self.width - 2 * MARGIN
        for note in sorted(self.endnotes, key=lambda n: n.number):
            blocks = self.note_blocks(note, width)
            height = sum(b.lines[-1].y() + b.lines[-1].height() + b.space_after for b in blocks if b.lines) + 6
            if self.y + height > self.bottom:
                self.new_page()
                self.y = MARGIN
            self.draw_note(blocks, note, MARGIN, self.y, width, None, section)
            self.y += height
