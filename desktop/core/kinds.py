"""What each paragraph of a document is: a heading, a paragraph, a quote, a list item or
an item of a numbered list.

The kind comes from the source's own markup (an HTML ``<h2>``, a DOCX heading style, a
Markdown ``>``); a plain text has none, so only its layout can tell (a short first line
that does not end like a sentence is its headline). It is decided once, at import, and
stored with the document as one letter per paragraph (``"hpppqlp"``), in paragraph
order: the same numbering as everything else (non-empty lines from 0). An empty string
means "every paragraph is a plain paragraph" -- what documents stored before kinds
existed get, apart from a headline the migration recognised.

An item of a numbered list (an HTML ``<ol>``, numbered paragraphs in Word) is stored as
``n``; its number is its place among the numbered items since the last paragraph that
is not a list item (``item_number``), so a bulleted sub-list does not restart it. The
source's own start number (``<ol start="5">``) is not kept. Documents stored before
this letter existed read as they did: their items are bulleted.
"""

from __future__ import annotations

from enum import StrEnum


class ParagraphKind(StrEnum):
    """The kind of one paragraph; the value is what ``triptych show --json`` prints."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    QUOTE = "quote"
    LIST_ITEM = "list item"
    NUMBERED_ITEM = "numbered item"

    @property
    def letter(self) -> str:
        return _LETTERS[self]

    @property
    def is_list_item(self) -> bool:
        """A list item, bulleted or numbered: indented, with a label before it."""
        return self in (ParagraphKind.LIST_ITEM, ParagraphKind.NUMBERED_ITEM)


_LETTERS = {
    ParagraphKind.HEADING: "h",
    ParagraphKind.PARAGRAPH: "p",
    ParagraphKind.QUOTE: "q",
    ParagraphKind.LIST_ITEM: "l",
    ParagraphKind.NUMBERED_ITEM: "n",
}
_BY_LETTER = {letter: kind for kind, letter in _LETTERS.items()}


def encode_kinds(kinds: list[ParagraphKind]) -> str:
    """The stored form: one letter per paragraph, or "" when all are plain paragraphs."""
    if all(kind is ParagraphKind.PARAGRAPH for kind in kinds):
        return ""
    return "".join(kind.letter for kind in kinds)


def kind_at(kinds: str, index: int) -> ParagraphKind:
    """The kind of paragraph ``index`` given the stored letters (a paragraph beyond them is plain)."""
    if 0 <= index < len(kinds):
        return _BY_LETTER.get(kinds[index], ParagraphKind.PARAGRAPH)
    return ParagraphKind.PARAGRAPH


def item_number(kinds: str, index: int) -> int | None:
    """The number paragraph ``index`` has in its numbered list (1, 2, ...), None if it is
    not a numbered item: numbered items are counted back to the last paragraph that is
    not a list item."""
    if kind_at(kinds, index) is not ParagraphKind.NUMBERED_ITEM:
        return None
    number = 0
    while index >= 0 and kind_at(kinds, index).is_list_item:
        number += kind_at(kinds, index) is ParagraphKind.NUMBERED_ITEM
        index -= 1
    return number


def decode_kinds(kinds: str, count: int) -> list[ParagraphKind]:
    """The kind of each of ``count`` paragraphs."""
    return [kind_at(kinds, i) for i in range(count)]


def plain_text_kinds(paragraphs: list[str]) -> list[ParagraphKind]:
    """Kinds of a text with no markup: its headline and subheads by their layout.

    A headline is a short first paragraph that does not end like a sentence; a subhead
    is such a paragraph between two paragraphs, shorter than the one after it. Nothing
    else in a plain text says "heading", so nothing else is called one.
    """
    from desktop.core.title import looks_like_heading

    kinds = []
    for index, text in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        heading = looks_like_heading(text, following) and (index == 0 or len(following or "") > len(text))
        kinds.append(ParagraphKind.HEADING if heading else ParagraphKind.PARAGRAPH)
    return kinds
