"""The claims matrix as pages of the annotated PDF (`export --claims`, or the Export
dialog's option): after the articles and their notes, a table with the claims down
and the articles across -- each cell present with its quote, absent, or contradicted
-- and then, per article, what only it says.

The table is laid out with the export's own blocks (desktop.services.export.pdf_layout),
so each quote is shaped, ordered and set in its own language and direction, and it is
tagged as a Table (TR, TH, TD) so that a screen reader reads it row by row. A row that
does not fit the page goes to the next one, under the header row again.

The matrix is the one the desk's claims dock shows: the person's link groups and tags,
and the aligner's suggested correspondences (marked as such), computed with the
translations already stored (no model is started for an export).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.claims import ABSENT, CONTRADICTED, PRESENT, Claim, ClaimsMatrix
from desktop.core.direction import Direction, paragraph_direction
from desktop.core.errors import UserError
from desktop.core.language import language_name
from desktop.core.text import shorten
from desktop.services.export.pdf_layout import MARGIN, Block, PlacedLine

if TYPE_CHECKING:
    from desktop.services.compare import Comparison
    from desktop.services.export.pdf_writer import StructNode
    from desktop.storage.models import Document

CELL_PAD = 4.0
QUOTE_CHARS = 220
LABEL_CHARS = 120
FILL = {PRESENT: "#dcefe0", ABSENT: "#f1f1f1", CONTRADICTED: "#f6d5d5"}
KINDS = {"link": "linked", "tag": "tag", "suggested": "suggested"}
GRID = "#b8b8b8"
#: What a quote says in the pivot language, under it: quieter than the quote.
TRANSLATION = "#4a5a6a"


@dataclass(frozen=True)
class ClaimsPage:
    """What the claims pages show: the comparison (texts, titles, languages) and its matrix."""

    comparison: Comparison
    matrix: ClaimsMatrix


def gather(documents: list[Document], pivot: str) -> ClaimsPage:
    """The claims matrix of the exported documents (two or more), through ``pivot``."""
    if len(documents) < 2:
        raise UserError("A claims matrix compares two articles or more; choose at least two.")
    from desktop.services.claims import comparison_claims
    from desktop.services.compare import compare_documents

    comparison = compare_documents([d.id for d in documents], pivot, translate=False)
    return ClaimsPage(comparison, comparison_claims(comparison))


class _Table:
    """Draws the matrix on the renderer's pages (desktop.services.export.pdf._Renderer)."""

    def __init__(self, renderer: Any, page: ClaimsPage) -> None:
        self.r = renderer
        self.page = page
        self.docs = list(page.matrix.documents)
        width = renderer.width - 2 * MARGIN
        self.label_width = width * (0.24 if len(self.docs) <= 3 else 0.18)
        column = (width - self.label_width) / max(1, len(self.docs))
        self.xs = [MARGIN, *(MARGIN + self.label_width + i * column for i in range(len(self.docs)))]
        self.widths = [self.label_width, *([column] * len(self.docs))]

    # -- cells -----------------------------------------------------------------------

    def _block(self, text: str, language: str, size: float = 7.5, *, bold: bool = False, color: str | None = None,
               direction: Direction | None = None) -> Block:
        block = Block(text, self.r.font(language, size, bold=bold), direction or paragraph_direction(text), None,
                      color=color, space_after=0, role="P", language=language)
        return block

    def header_cells(self) -> list[list[Block]]:
        """A cell is the blocks stacked in it: the English words in the English font, each
        quote in its own language's (an Arabic font set "Arabic" and "linked:" larger than
        the other columns' words)."""
        comparison = self.page.comparison
        cells = [[self._block("Claim", "en", 8, bold=True, direction=Direction.LTR)]]
        for doc in self.docs:
            language = comparison.languages[doc]
            title = shorten(comparison.titles[doc], 70)
            cells.append([self._block(language_name(language), "en", 8, bold=True,
                                      direction=paragraph_direction(title)),
                          self._block(title, language, 8, bold=True, direction=paragraph_direction(title))])
        return cells

    def claim_cells(self, claim: Claim) -> list[list[Block]]:
        comparison = self.page.comparison
        pivot = comparison.alignment.pivot
        label = shorten(claim.translation or claim.label, LABEL_CHARS)  # in the language all have, where it can be
        # The label quotes a present cell (the first, for a link or a suggestion): its font is
        # that article's (an Arabic contradicted cell gave a German label Naskh's line height).
        first_doc = next((d for d in self.docs if claim.cells[d].state == PRESENT),
                         next((d for d in self.docs if claim.cells[d].passages), self.docs[0]))
        label_language = pivot if claim.translation else comparison.languages[first_doc]
        from desktop.services.claims import RELATIONS

        kind = KINDS.get(claim.kind, claim.kind)
        if claim.relations:  # which links made the row, as the dock and the Markdown say
            kind += f" ({', '.join(RELATIONS.get(r, r) for r in claim.relations)})"
        # The English kind on a line of its own, above the label, on the label's side.
        direction = paragraph_direction(label)
        cells = [[self._block(f"\u2066{kind}:\u2069", "en", direction=direction),
                  self._block(label, label_language, direction=direction)]]
        for doc in self.docs:
            cell = claim.cells[doc]
            if cell.state == ABSENT:
                cells.append([self._block("absent", "en", color="#777777", direction=Direction.LTR)])
                continue
            quote = shorten(cell.quote, QUOTE_CHARS)
            language = comparison.languages[doc]
            direction = paragraph_direction(quote)
            if cell.state == PRESENT:
                # The mark is isolated so it stays at the start of a right-to-left quote.
                blocks = [self._block(f"\u2066✓\u2069 {quote}", language, direction=direction)]
            else:
                blocks = [self._block("\u2066✗ contradicted:\u2069", "en", direction=direction),
                          self._block(quote, language, direction=direction)]
            if cell.translation:  # what it says in the pivot language, under it
                blocks.append(self._block(shorten(cell.translation, QUOTE_CHARS), pivot, 7, color=TRANSLATION))
            cells.append(blocks)
        return cells

    # -- rows ------------------------------------------------------------------------

    def row_height(self, cells: list[list[Block]]) -> float:
        return max(sum(b.lay_out(w - 2 * CELL_PAD) for b in blocks)
                   for blocks, w in zip(cells, self.widths, strict=True)) + 2 * CELL_PAD

    def draw_row(self, cells: list[list[Block]], fills: list[str | None], row: StructNode, header: bool) -> None:
        r = self.r
        height = self.row_height(cells)
        if r.y + height > r.bottom:
            r.new_page()
            r.y = MARGIN
            if not header:
                self.draw_row(self.header_cells(), [None] * len(cells), self.table.add("TR"), True)
        boxes = [(x, r.y, w, height) for x, w in zip(self.xs, self.widths, strict=True)]
        r.page.begin_artifact("Layout")
        for box, fill in zip(boxes, fills, strict=True):
            if fill:
                r.page.rects([box], fill)
        lines = [(x, r.y + height - 0.4, w, 0.4) for x, w in zip(self.xs, self.widths, strict=True)]
        if header:
            lines += [(x, r.y, w, 0.4) for x, w in zip(self.xs, self.widths, strict=True)]
        r.page.rects(lines, GRID)
        r.page.end()
        for blocks, (x, y, _w, _h) in zip(cells, boxes, strict=True):
            element = row.add("TH" if header else "TD")
            top = y + CELL_PAD
            for block in blocks:
                paragraph = element.add("P", language=block.language)
                for line in block.lines:
                    r.draw_line(PlacedLine(block, line, r.page.index, x + CELL_PAD, top + line.y()), None, paragraph)
                top += block.lines[-1].y() + block.lines[-1].height() if block.lines else 0
        r.y += height

    def heading(self, text: str, size: float, role: str, parent: StructNode) -> None:
        r = self.r
        block = Block(text, r.font("en", size, bold=True), Direction.LTR, None, space_after=6, role=role)
        height = block.lay_out(r.width - 2 * MARGIN)
        if r.y + height + 40 > r.bottom:
            r.new_page()
            r.y = MARGIN
        element = parent.add(role)
        for line in block.lines:
            r.draw_line(PlacedLine(block, line, r.page.index, MARGIN, r.y + line.y()), None, element)
        r.y += height + block.space_after

    def paragraph(self, text: str, language: str, parent: StructNode, *, size: float = 8.5,
                  color: str | None = None, bold: bool = False) -> None:
        r = self.r
        block = self._block(text, language, size, color=color, bold=bold)
        height = block.lay_out(r.width - 2 * MARGIN)
        if r.y + height > r.bottom:
            r.new_page()
            r.y = MARGIN
        element = parent.add("P", language=language)
        for line in block.lines:
            r.draw_line(PlacedLine(block, line, r.page.index, MARGIN, r.y + line.y()), None, element)
        r.y += height + 3

    # -- the pages ---------------------------------------------------------------------

    def render(self) -> None:
        r = self.r
        comparison, matrix = self.page.comparison, self.page.matrix
        r.new_page()
        r.note_side = None
        r.y = MARGIN
        section = r.doc.root.add("Sect", language="en", title="Claims")
        r.doc.outline.append(("Claims", r.page.index, r.y, None))
        self.heading("Claims", 14, "H1", section)
        pivot = language_name(comparison.alignment.pivot)
        anchors = [language_name(comparison.languages[d]) for d, s in comparison.status.items()
                   if s.source == "anchors"]
        intro = (f"Which article makes which claim, compared through {pivot}: ✓ present, with its words; "
                 "✗ contradicted; absent. Rows marked “suggested” were found by Triptych and are not links you made.")
        if anchors:
            intro += f" Compared on names, numbers, dates and quotations only: {', '.join(anchors)}."
        self.paragraph(intro, "en", section, color="#444444")
        r.y += 4
        self.table = section.add("Table")
        self.draw_row(self.header_cells(), [None] * (1 + len(self.docs)), self.table.add("TR"), True)
        for claim in matrix.claims:
            fills: list[str | None] = [None, *(FILL[claim.cells[d].state] for d in self.docs)]
            self.draw_row(self.claim_cells(claim), fills, self.table.add("TR"), False)
        if not matrix.claims:
            self.paragraph("No claims: link passages, tag them, or let Compare mode suggest correspondences.", "en",
                           section)
        r.y += 14
        self.heading("What only one article says", 12, "H2", section)
        for doc in self.docs:
            language = comparison.languages[doc]
            # The language in the English font, the title in its own (as the table's headings).
            self.heading(language_name(language), 9.5, "H3", section)
            self.paragraph(shorten(comparison.titles[doc], 90), language, section, bold=True)
            only = matrix.only_here[doc]
            if not only:
                self.paragraph("(nothing)", "en", section, color="#777777")
            for passage in only:
                text = shorten(comparison.quote(passage), 400)
                self.paragraph(f"\u2066¶{passage.paragraph + 1}\u2069 {text}", language, section)
                translation = comparison.translation(passage)
                if translation:
                    self.paragraph(shorten(translation, 400), comparison.alignment.pivot, section, size=7.5,
                                   color=TRANSLATION)
            r.y += 4


def render_claims(renderer: Any, page: ClaimsPage) -> None:
    """Add the claims pages to a PDF being rendered."""
    _Table(renderer, page).render()
