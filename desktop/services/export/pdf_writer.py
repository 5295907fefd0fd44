"""Writing the PDF itself: page content, a structure tree, annotations and metadata
(pypdf objects), from glyphs that Qt laid out.

Why not QPdfWriter: it writes a right-to-left line's glyphs in visual order, maps
contextual forms to presentation-form code points (or to nothing), paints what it is
told into the page, and has no structure tree. Here every line is one marked-content
sequence of its paragraph's structure element, with the line's text as
``/ActualText``; its glyphs are written in logical order (what extractors without
ActualText read), each mapped to its text by the font's ToUnicode map. Page numbers,
note markers and painted highlights are artifacts. A highlight is an annotation with
its own appearance stream (``/AP``), so deleting it in any viewer removes the tint.

The file aims at PDF/A-2u and PDF/UA-1: embedded fonts with consistent widths and
Unicode for every glyph, an sRGB output intent, XMP metadata that matches the
document information, a tagged structure with a language on every article and note,
annotations nested in ``Annot`` and ``Link`` elements, ``/Tabs /S``, a displayed title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.services.export.pdf_fonts import EmbeddedFont, FontSet

#: A private entry of the marked-content property list (ISO 32000-1, 14.6.2) on every line
#: that is not the article's own text: its value says what it is (title, byline,
#: translation, note). Triptych's PDF import leaves those lines out, so an exported article
#: comes back as its text; no reader shows it, the structure tree is unchanged.
PART_KEY = "TriptychPart"
#: Synthetic styles for faces the system has no bold or italic of.
ITALIC_SKEW = 0.21
BOLD_STROKE = 0.03


def _num(value: float) -> str:
    text = f"{value:.3f}"
    if text.endswith("000"):
        text = text[:-4]
        return "0" if text == "-0" else text
    return text.rstrip("0")


def _hex_text(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _rgb(color: str) -> tuple[float, float, float]:
    color = color.lstrip("#")
    return int(color[0:2], 16) / 255, int(color[2:4], 16) / 255, int(color[4:6], 16) / 255


def pdf_date(value: datetime | None) -> str:
    value = (value or datetime.now(UTC))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return "D:" + value.astimezone(UTC).strftime("%Y%m%d%H%M%S") + "Z"


@dataclass
class StructNode:
    """An element of the tagged PDF's structure tree."""

    kind: str  # Document, Sect, H1, P, Note, Lbl, Link, Annot, Span...
    language: str | None = None
    title: str | None = None
    alt: str | None = None
    children: list[Any] = field(default_factory=list)  # StructNode | ("mcr", page, mcid) | ("objr", page, key)

    def add(self, kind: str, **attributes: Any) -> StructNode:
        node = StructNode(kind, **attributes)
        self.children.append(node)
        return node


@dataclass
class GlyphRun:
    """Glyphs to show with one font at one size on one baseline: (glyph id, x) in page points."""

    font: EmbeddedFont
    size: float
    y: float
    glyphs: list[tuple[int, float]]


@dataclass
class Annotation:
    kind: str  # Highlight | Link
    page: int
    rect: tuple[float, float, float, float]  # PDF coordinates (origin bottom left)
    entries: dict[str, Any]
    element: StructNode | None = None
    quads: list[float] = field(default_factory=list)
    color: str = "#ffd54f"
    popup: tuple[float, float, float, float] | None = None
    target: tuple[int, float] | None = None  # Link: page and y to go to


class Page:
    """One page's content stream, with its marked-content ids."""

    def __init__(self, index: int, width: float, height: float) -> None:
        self.index, self.width, self.height = index, width, height
        self.ops: list[str] = []
        self.mcids: list[StructNode] = []  # the element each MCID belongs to
        self.fonts: set[str] = set()
        self.uses_multiply = False
        self.spans: list[bool] = []  # per open sequence: whether an ActualText span is inside it

    def begin_tagged(self, element: StructNode, actual_text: str | None = None, language: str | None = None,
                     part: str | None = None) -> None:
        """Open the marked content of one line of ``element``; ``part`` says what Triptych
        added around the article (see PART_KEY), None for the article's own text."""
        mcid = len(self.mcids)
        self.mcids.append(element)
        element.children.append(("mcr", self.index, mcid))
        props = [f"/MCID {mcid}"]
        if actual_text is not None:
            props.append(f"/ActualText {_hex_text(actual_text)}")
        if language:
            props.append(f"/Lang {_hex_text(language)}")
        if part:
            props.append(f"/{PART_KEY} ({part})")
        self.ops.append(f"/{element.kind} <<{' '.join(props)}>> BDC")
        # Not in a /Span of its own: poppler would lay the ActualText out left to right and
        # reverse it as right-to-left text; on the element, it reads the glyphs instead.
        self.spans.append(False)

    def begin_artifact(self, kind: str = "Layout") -> None:
        self.ops.append(f"/Artifact <</Type /{kind}>> BDC")
        self.spans.append(False)

    def end(self) -> None:
        if self.spans.pop():
            self.ops.append("EMC")
        self.ops.append("EMC")

    def text(self, runs: list[GlyphRun], color: str) -> None:
        """Show glyph runs (in the order given: logical order) in one text object."""
        r, g, b = _rgb(color)
        self.ops.append(f"{_num(r)} {_num(g)} {_num(b)} rg {_num(r)} {_num(g)} {_num(b)} RG BT")
        current: tuple[str, float] | None = None
        mode = 0
        for run in runs:
            if not run.glyphs:
                continue
            font = run.font
            self.fonts.add(font.resource)
            if current != (font.resource, run.size):
                self.ops.append(f"/{font.resource} {_num(run.size)} Tf")
                current = (font.resource, run.size)
            wanted = 2 if font.synthetic_bold else 0
            if wanted != mode:
                self.ops.append(f"{_num(run.size * BOLD_STROKE)} w {wanted} Tr" if wanted else "0 Tr")
                mode = wanted
            skew = ITALIC_SKEW if font.synthetic_italic else 0
            gid, x = run.glyphs[0]
            y = self.height - run.y
            self.ops.append(f"1 0 {_num(skew)} 1 {_num(x)} {_num(y)} Tm")
            parts = [f"<{gid:04X}"]
            pen = x + font.width(gid) * run.size / 1000
            for gid, x in run.glyphs[1:]:
                shift = (pen - x) * 1000 / run.size
                if abs(shift) > 0.05:
                    parts.append(f"> {_num(shift)} <{gid:04X}")
                else:
                    parts.append(f"{gid:04X}")
                pen = x + font.width(gid) * run.size / 1000
            self.ops.append("[" + "".join(parts) + ">] TJ")
        if mode:
            self.ops.append("0 Tr")
        self.ops.append("ET")

    def rects(self, rects: list[tuple[float, float, float, float]], color: str, *, multiply: bool = False) -> None:
        """Filled rectangles, top-left coordinates (x, y, width, height)."""
        r, g, b = _rgb(color)
        self.ops.append("q")
        if multiply:
            self.ops.append("/GSm gs")
            self.uses_multiply = True
        self.ops.append(f"{_num(r)} {_num(g)} {_num(b)} rg")
        for x, y, w, h in rects:
            self.ops.append(f"{_num(x)} {_num(self.height - y - h)} {_num(w)} {_num(h)} re")
        self.ops.append("f Q")

    def path(self, commands: list[tuple[str, list[float]]], color: str) -> None:
        """A filled path: ("m"|"l"|"c", page coordinates top-left) commands."""
        r, g, b = _rgb(color)
        self.ops.append(f"q {_num(r)} {_num(g)} {_num(b)} rg")
        for op, values in commands:
            coords = [_num(v if i % 2 == 0 else self.height - v) for i, v in enumerate(values)]
            self.ops.append(f"{' '.join(coords)} {op}")
        self.ops.append("f Q")

    def content(self) -> bytes:
        return ("\n".join(self.ops) + "\n").encode("latin-1")


@dataclass
class Metadata:
    title: str
    author: str | None
    language: str
    subject: str = ""
    created: datetime = field(default_factory=lambda: datetime.now(UTC))


class Document:
    """A PDF being made: pages, fonts, the structure tree, annotations, bookmarks."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.pages: list[Page] = []
        self.fonts = FontSet()
        self.root = StructNode("Document")
        self.annotations: list[Annotation] = []
        self.outline: list[tuple[str, int, float, int | None]] = []  # title, page, y, parent index

    def new_page(self) -> Page:
        page = Page(len(self.pages), self.width, self.height)
        self.pages.append(page)
        return page

    def save(self, path: Path, meta: Metadata) -> None:
        from desktop.services.export.pdf_objects import assemble

        assemble(self, path, meta)
