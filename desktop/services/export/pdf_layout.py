"""Laying text out for PDF pages with Qt's own text engine (QTextLayout: shaping,
bidi, line breaking), and reading back what it did glyph by glyph.

Each paragraph (or, with translations, each sentence and its translation) is a
QTextLayout in its own direction and alignment. A numbered note marker is a small
run of digits inserted into the layout after the word the annotation ends in, so the
line makes room for it: it never covers text. Every line is then read as glyphs
(``QTextLine.glyphRuns`` with string indexes): which face, which glyph, where, and
which characters of the document it shows. That is what the PDF writer needs to put
glyphs on the page in logical order with their text, and what gives a highlight its
exact boxes, also for digits and Latin words inside right-to-left lines.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QRawFont, QTextCharFormat, QTextLayout, QTextLine, QTextOption

from desktop.core.direction import Direction
from desktop.core.text import Utf16Offsets

#: Marker digits, relative to the text size, and how far above the baseline they sit.
MARKER_SCALE = 0.62
MARKER_RAISE = 0.38
LINE_SPACING = 1.12
#: Page geometry (points): the margins, and the column notes go in beside the text.
MARGIN = 48.0
NOTE_COLUMN = 150.0
_DEVICE: QImage | None = None


def device() -> QImage:
    """A 72-dpi paint device, so that one layout unit is one PDF point."""
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = QImage(4, 4, QImage.Format.Format_ARGB32)
        _DEVICE.setDotsPerMeterX(round(72 / 0.0254))
        _DEVICE.setDotsPerMeterY(round(72 / 0.0254))
    return _DEVICE


def word_end(text: str, pos: int, limit: int | None = None) -> int:
    """The end of the word ``pos`` is in, at most ``limit`` (a marker never splits a word,
    nor the joining of Arabic letters)."""
    stop = len(text) if limit is None else min(limit, len(text))
    while pos < stop and (text[pos].isalnum() or unicodedata.category(text[pos]).startswith("M")):
        pos += 1
    return pos


@dataclass(slots=True)
class Glyph:
    """One glyph of a line, in layout coordinates (points, y down, baseline ``y``)."""

    face: str  # key of the face (see font_key)
    raw: QRawFont
    gid: int
    x: float
    y: float
    advance: float
    size: float
    start: int  # the characters it shows: block text offsets (code points), start..end
    end: int
    shared: bool  # other glyphs show the same characters (a letter and its marks)
    marker: bool


def font_key(raw: QRawFont) -> str:
    """Which face a glyph run uses: family, style and a digest of its header table.

    Asked of every run, never remembered by Qt's hash of the QRawFont: that hash is the
    address of the face's engine, which Qt frees when its font cache is trimmed (on a
    timer, or when the font database changes) and hands to the next face it loads.
    Remembered that way, a bold headline once took the key of the regular face freed
    at the same address, and the PDF drew it with the regular face's widths ("СШ А").
    Asking costs about 4.5 µs a run, under 1 % of an export.
    """
    head = bytes(raw.fontTable("head").data())
    digest = hashlib.sha1(head).hexdigest()[:10]
    return f"{raw.familyName()}|{raw.styleName()}|{raw.weight()}|{int(raw.style().value)}|{digest}"


def _repair_string_indexes(line: QTextLine, text: str, runs: list[Any]) -> None:
    """Give glyphs the string indexes Qt got wrong, in place.

    QTextLine.glyphRuns (Qt 6.11) returns wrong string indexes (the same one, usually 0,
    for all their glyphs) for the glyph runs after the first of a script item that
    falls back to another font: an Arabic line with a “ from another face, a Latin
    name with the Arabic face's spaces. Such runs are found (one index for several
    glyphs, or one taken by another run or outside the line) and their characters asked
    for again, a word at a time: glyphRuns(from, length) gives the right glyphs and
    positions (without indexes), in logical order when a word is in one face.
    """
    first, stop = line.textStart(), line.textStart() + line.textLength()
    owners: dict[int, set[int]] = {}
    for number, run in enumerate(runs):
        for index in run[4]:
            owners.setdefault(index, set()).add(number)
    suspect = {n for n, run in enumerate(runs) if len(set(run[4])) == 1 and (
        len(run[4]) > 1 or len(owners[run[4][0]]) > 1 or not first <= run[4][0] < stop)}
    if not suspect:
        return
    good = {i for n, run in enumerate(runs) if n not in suspect for i in run[4]}
    where: dict[tuple[str, int, int], int] = {}
    retrieve = QTextLayout.GlyphRunRetrievalFlag
    flags = retrieve.RetrieveGlyphIndexes | retrieve.RetrieveGlyphPositions

    def ask(start: int, length: int) -> bool:
        """Map the glyphs of characters start..start+length; False when they are not one glyph each."""
        answer = line.glyphRuns(start, length, flags)
        found = [(font_key(r.rawFont()), g, round(p.x() * 8)) for r in answer
                 for g, p in zip(r.glyphIndexes(), r.positions(), strict=True)]
        if length > 1 and (len(answer) != 1 or len(found) != length):
            return False
        for k, glyph in enumerate(found):
            where.setdefault(glyph, start + (k if length > 1 else 0))
        return True

    chunk: list[int] = []
    for i in [*(i for i in range(first, stop) if i not in good), -1]:
        if chunk and (i != chunk[-1] + 1 or text[i:i + 1].isspace() != text[chunk[-1]:chunk[-1] + 1].isspace()):
            if not ask(chunk[0], len(chunk)):
                for j in chunk:
                    ask(j, 1)
            chunk = []
        if i >= 0:
            chunk.append(i)
    for n in suspect:
        raw, key, indexes, positions, string_indexes, advances = runs[n]
        fixed = [where.get((key, g, round(pos.x() * 8)), string_indexes[k])
                 for k, (g, pos) in enumerate(zip(indexes, positions, strict=True))]
        runs[n] = (raw, key, indexes, positions, fixed, advances)


@dataclass
class Block:
    """A run of text laid out as one QTextLayout (a paragraph, a sentence or a translation).

    ``doc_start`` is the document offset of ``text[0]``; None for text not in the
    document (titles, translations), which carries no highlights. ``markers`` are
    (position in ``text``, digits) to show after the word at that position.
    """

    text: str
    font: QFont
    direction: Direction
    doc_start: int | None = None
    color: str | None = None  # text colour (e.g. translations)
    space_before: float = 0.0
    space_after: float = 6.0
    markers: list[tuple[int, str]] = field(default_factory=list)
    marker_ids: dict[int, list[str]] = field(default_factory=dict)  # marker position -> annotation ids
    role: str = "P"  # its structure element in the tagged PDF: P, H1, H2, BlockQuote, LBody, Note...
    #: Indentation from the side the text starts on (a quote, a list item), in points.
    indent: float = 0.0
    #: The list item's label ("•"), drawn before its first line; "" for no label.
    label: str = ""
    #: The side its lines are aligned to, when it is not the side its direction starts
    #: on: the English line of facts under an Arabic title sits on the right, as the title.
    side: Direction | None = None
    language: str | None = None
    #: What Triptych added around the article (title, byline, translation, note); None for
    #: the article's own text. Written into the PDF (pdf_writer.PART_KEY) for the importer.
    part: str | None = None
    #: The block whose paragraph this one belongs to: a later sentence of it (the same
    #: element), or its translation (a Span in its own language inside it); None for a
    #: block that is its own element.
    within: Block | None = None
    layout: QTextLayout | None = None
    width: float = 0.0  # what it was laid out in
    lines: list[QTextLine] = field(default_factory=list)
    _shown: str = ""
    _insert_at: list[int] = field(default_factory=list)  # layout (code point) index of each marker
    _offsets: Utf16Offsets | None = None
    _glyphs: dict[int, list[Glyph]] = field(default_factory=dict)

    def lay_out(self, width: float) -> float:
        """Lay the block out ``width`` points wide; returns its height."""
        self.width = width
        self.markers.sort()
        self._glyphs = {}
        pieces, at, last = [], [], 0
        for pos, digits in self.markers:
            pieces.append(self.text[last:pos])
            at.append(sum(len(p) for p in pieces))
            pieces.append(digits)
            last = pos
        pieces.append(self.text[last:])
        self._shown, self._insert_at = "".join(pieces), at
        self._offsets = Utf16Offsets(self._shown)
        self.layout = layout = QTextLayout(self._shown, self.font, device())
        option = QTextOption()
        rtl = self.direction.is_rtl
        right = (self.side or self.direction).is_rtl
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setAlignment((Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setUseDesignMetrics(True)
        layout.setTextOption(option)
        formats = []
        for (_pos, digits), start in zip(self.markers, at, strict=True):
            marker = QTextLayout.FormatRange()
            marker.start, marker.length = self._offsets.to_utf16(start), len(digits)
            char_format = QTextCharFormat()
            small = QFont(self.font)
            small.setPointSizeF(self.font.pointSizeF() * MARKER_SCALE)
            small.setBold(True)
            char_format.setFont(small)
            char_format.setForeground(QColor("#b00020"))
            marker.format = char_format
            formats.append(marker)
        if formats:
            layout.setFormats(formats)
        layout.beginLayout()
        y = 0.0
        self.lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height() * LINE_SPACING
            self.lines.append(line)
        layout.endLayout()
        return y

    # -- positions: block text <-> what the layout shows ---------------------------------

    def _marker_span(self, shown: int) -> int | None:
        """Which marker a shown (code point) index is in, if any."""
        for i, start in enumerate(self._insert_at):
            if start <= shown < start + len(self.markers[i][1]):
                return i
        return None

    def _to_text(self, shown: int) -> int:
        """A shown index as a block text index (a marker counts as where it stands)."""
        offset = 0
        for i, start in enumerate(self._insert_at):
            length = len(self.markers[i][1])
            if shown >= start + length:
                offset += length
            elif shown >= start:
                return start - offset
        return shown - offset

    def line_range(self, line: QTextLine) -> tuple[int, int]:
        """The block text a line shows (markers left out): start, end."""
        assert self._offsets is not None
        first = self._offsets.from_utf16(line.textStart())
        last = self._offsets.from_utf16(line.textStart() + line.textLength())
        return self._to_text(first), self._to_text(last)

    def glyphs(self, line: QTextLine) -> list[Glyph]:
        """A line's glyphs in logical order (the order of the characters they show)."""
        cached = self._glyphs.get(line.lineNumber())
        if cached is None:
            cached = self._glyphs[line.lineNumber()] = self._read_glyphs(line)
        return cached

    def _read_glyphs(self, line: QTextLine) -> list[Glyph]:
        assert self._offsets is not None
        runs = []
        for run in line.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
            raw = run.rawFont()
            indexes = list(run.glyphIndexes())
            runs.append((raw, font_key(raw), indexes, list(run.positions()), list(run.stringIndexes()),
                         raw.advancesForGlyphIndexes(indexes)))
        _repair_string_indexes(line, self._shown, runs)
        raw_glyphs: list[tuple[int, int, float, int, QPointF, QRawFont, str]] = []
        for order, (raw, key, indexes, positions, string_indexes, advances) in enumerate(runs):
            for i, (gid, pos, index, advance) in enumerate(zip(indexes, positions, string_indexes, advances,
                                                               strict=True)):
                raw_glyphs.append((self._offsets.from_utf16(index), order * 10_000 + i, advance.x(), gid, pos, raw,
                                   key))
        raw_glyphs.sort(key=lambda g: (g[0], g[1]))
        starts = sorted({g[0] for g in raw_glyphs})
        line_end = self._offsets.from_utf16(line.textStart() + line.textLength())
        following = {s: (starts[i + 1] if i + 1 < len(starts) else max(line_end, s + 1)) for i, s in enumerate(starts)}
        counts: dict[int, int] = {}
        for g in raw_glyphs:
            counts[g[0]] = counts.get(g[0], 0) + 1
        glyphs = []
        for shown, _order, width, glyph, where, face, key in raw_glyphs:
            marker = self._marker_span(shown) is not None
            start = self._to_text(shown)
            end = start if marker else self._to_text(following[shown])
            glyphs.append(Glyph(key, face, glyph, where.x(), where.y(), width, face.pixelSize(), start,
                                max(end, start), counts[shown] > 1, marker))
        return glyphs

    def text_of(self, start: int, end: int) -> str:
        return self.text[start:end]

    def glyph_boxes(self, line: QTextLine, start: int, end: int) -> list[tuple[float, float]]:
        """Horizontal extents (merged) of the glyphs that show characters start..end (block text) on a line."""
        spans = []
        for g in self.glyphs(line):
            if g.marker or g.end <= start or g.start >= end:
                continue
            spans.append((g.x, g.x + g.advance))
        spans.sort()
        merged: list[list[float]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1] + 0.6:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [(a, b) for a, b in merged if b - a > 0.1]


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
        """Where the layout's origin lands on the page so this line lands at ``top``."""
        return QPointF(self.x, self.top - self.line.y())

    def rect(self, a: float, b: float) -> QRectF:
        return QRectF(self.x + a, self.top, b - a, self.line.ascent() + self.line.descent())
