"""The document text model: normalised text, paragraphs with offsets, content hash.

Offsets are in code points of the logical (storage) order, which is what
W3C TextPositionSelector uses and what Python's ``str`` indexes.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from desktop.core.direction import Direction, paragraph_direction

# Characters that have no business in a reading text: C0/C1 controls except tab and
# newline, and the byte-order mark left inside the text by careless tools.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")
_TRAILING_SPACE_RE = re.compile(r"[ \t]+\n")
_MANY_BLANK_LINES_RE = re.compile(r"\n{3,}")


def normalise_text(text: str) -> str:
    """Return the canonical stored form of a text.

    Line endings become ``\\n``, Unicode is NFC (so the same words typed on two
    systems hash alike), stray control characters go, trailing spaces and trailing
    blank lines go, runs of blank lines shrink to one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL_RE.sub("", text)
    text = _TRAILING_SPACE_RE.sub("\n", text)
    text = _MANY_BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n ")


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text, hex: the identity of a document version."""
    import hashlib  # not needed to show the desk, so kept off start-up
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Paragraph(NamedTuple):
    """One paragraph of a document: a non-empty line of the stored text."""

    # The field shadows tuple.index on purpose (every caller reads p.index); nothing searches a Paragraph.
    index: int  # type: ignore[assignment]
    start: int
    end: int
    text: str
    direction: Direction


def split_paragraphs(text: str) -> list[Paragraph]:
    """Split normalised text into paragraphs (non-empty lines) with their offsets.

    ``text[p.start:p.end] == p.text`` for every paragraph.
    """
    paragraphs: list[Paragraph] = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + (len(line) - len(line.lstrip()))
            paragraphs.append(
                Paragraph(
                    index=len(paragraphs),
                    start=start,
                    end=start + len(stripped),
                    text=stripped,
                    direction=paragraph_direction(stripped),
                )
            )
        pos += len(line) + 1
    return paragraphs


_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Convert between code-point offsets (Python, W3C selectors) and UTF-16 offsets (Qt).

    For text with no characters outside the Basic Multilingual Plane -- nearly all
    news text -- the two are the same and no table is built.
    """

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL_RE.finditer(text)]

    def to_utf16(self, offset: int) -> int:
        if not self._astral:
            return offset
        import bisect

        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        if not self._astral:
            return position
        # Each astral character before the offset adds one extra UTF-16 unit.
        offset = position
        for i, cp_index in enumerate(self._astral):
            if cp_index + i < position:
                offset -= 1
            else:
                break
        return offset


ELLIPSIS = "…"


# What may end a shortened text before its ellipsis besides a letter or digit: a closing
# bracket or quotation mark (the word it closes is whole), a combining mark (an Arabic vowel).
_KEPT_AT_END = {"Pe", "Pf"}


def shorten(text: str, limit: int) -> str:
    """``text`` on one line, at most ``limit`` characters, cut between words with "…".

    The one shortener for fixed lengths (an undo entry, a list line, a quote in a message
    or a report); where the room is a widget's width, Qt's ``QFontMetrics.elidedText`` does
    it instead. A first word longer than the limit is cut inside (never left out), between
    whole characters: a letter keeps its combining marks. No comma or dash is left dangling
    before the ellipsis.
    """
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[: max(limit, 0)]
    room = limit - len(ELLIPSIS)
    space = flat.rfind(" ", 0, room + 1)
    if space > 0:
        kept = flat[:space]
    else:  # one word longer than the room: cut it, but not between a letter and its marks
        while room > 1 and unicodedata.combining(flat[room]):
            room -= 1
        kept = flat[:room]
    while len(kept) > 1 and not kept[-1].isalnum() and not unicodedata.combining(kept[-1]) \
            and unicodedata.category(kept[-1]) not in _KEPT_AT_END:
        kept = kept[:-1]
    return kept.rstrip() + ELLIPSIS


def shorten_around(text: str, start: int, end: int, limit: int) -> tuple[str, int]:
    """A stretch of ``text`` of at most ``limit`` characters around ``start``..``end``,
    cut at word boundaries, with "…" where something was left out at either side.

    Returns the stretch and the offset in it of ``text[start]`` (to move match spans).
    """
    if len(text) <= limit:
        return text, 0
    before = max(0, min(start, start - (limit - (end - start)) // 3))
    if before > 0:
        space = text.rfind(" ", 0, before + 1)
        before = space + 1 if space >= 0 and before - space < 30 else before
    after = min(len(text), before + limit)
    if after < len(text):
        space = text.rfind(" ", before, after)
        after = space if space > max(before, end) else after
    lead = ELLIPSIS if before > 0 else ""
    tail = ELLIPSIS if after < len(text) else ""
    return lead + text[before:after].strip() + tail, len(lead) - before + (len(text[before:after]) -
                                                                             len(text[before:after].lstrip()))
