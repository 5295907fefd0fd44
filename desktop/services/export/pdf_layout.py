"""Laying text out on PDF pages with Qt's own text engine, remembering where every
highlighted glyph, note marker and heading landed (for PDF annotations afterwards).

Each paragraph (or, with translations, each sentence and its translation) is a
QTextLayout in its own direction and alignment. Lines are placed on pages one by
one; several columns (the parallel layout) break pages together, so paragraph i of
every document starts at the same height.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextLine, QTextOption

from desktop.core.direction import Direction, paragraph_direction
from desktop.core.text import Utf16Offsets


@dataclass
class Block:
    """A run of text laid out as one QTextLayout (a paragraph, a sentence or a translation).

    ``doc_start`` is the document offset of ``text[0]``; None for text not in the
    document (titles, translations), which carries no highlights.
    """

    text: str
    font: QFont
    direction: Direction
    doc_start: int | None = None
    color: str | None = None  # text colour (e.g. translations)
    space_before: float = 0.0
    space_after: float = 6.0
    layout: QTextLayout | None = None
    lines: list[QTextLine] = field(default_factory=list)

    def lay_out(self, width: float, device=None) -> float:  # noqa: ANN001 - the QPdfWriter, for its metrics
        layout = QTextLayout(self.text, self.font, device) if device is not None else QTextLayout(self.text, self.font)
        option = QTextOption()
        rtl = self.direction.is_rtl
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        self.lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height() * 1.12
            self.lines.append(line)
        layout.endLayout()
        self.layout = layout
        return y

    def glyph_boxes(self, line: QTextLine, start: int, end: int) -> list[tuple[float, float]]:
        """Horizontal extents (merged) of characters start..end (code points, block-local) on a line."""
        offsets = Utf16Offsets(self.text)
        s, e = offsets.to_utf16(start), offsets.to_utf16(end)
        first = max(s, line.textStart())
        last = min(e, line.textStart() + line.textLength())
        spans = []
        for i in range(first, last):
            a = line.cursorToX(i, QTextLine.Edge.Leading)[0]
            b = line.cursorToX(i, QTextLine.Edge.Trailing)[0]
            spans.append((min(a, b), max(a, b)))
        spans.sort()
        merged: list[list[float]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1] + 0.6:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged if b - a > 0.1]


def paragraph_block(text: str, font: QFont, doc_start: int | None, default: Direction) -> Block:
    return Block(text, font, paragraph_direction(text, default), doc_start)


@dataclass
class PlacedLine:
    """A line of a block on a page: where it was drawn (top-left of the line box)."""

    block: Block
    line: QTextLine
    page: int
    x: float
    top: float  # page y of the top of the line

    @property
    def origin(self) -> QPointF:
        """Where to tell QTextLine.draw to put the layout so this line lands at ``top``."""
        return QPointF(self.x, self.top - self.line.y())

    def rect(self, a: float, b: float) -> QRectF:
        return QRectF(self.x + a, self.top, b - a, self.line.ascent() + self.line.descent())
