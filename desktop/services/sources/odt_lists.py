"""OpenDocument's list numbers, counted as LibreOffice counts them (ODF 1.3 part 3,
5.3 ``text:list`` and 16.31 ``text:list-style``).

- An item's list style is its ``text:list``'s ``text:style-name`` (a nested list without
  one keeps its parent's), else its paragraph style's ``style:list-style-name``.
- Each level of the style says how the number is written: ``text:list-level-style-number``
  with ``style:num-format`` ("1", "a", "A", "i", "I"; empty: no number),
  ``style:num-prefix``, ``style:num-suffix``, ``text:start-value`` and
  ``text:display-levels`` (how many levels' numbers the label shows: "1.2."); a
  ``text:list-level-style-bullet`` (or ``-image``) level is bulleted.
- A ``text:list`` starts its numbers again unless it continues another: the list just
  before it (``text:continue-numbering="true"``) or the list named by
  ``text:continue-list`` (its ``xml:id``); an item's ``text:start-value`` sets its number.
- An item counts on from the item before it at its level; an item of a higher level
  starts the levels below it again. An item holding only a nested list has no number.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from desktop.core.kinds import LARGEST_NUMBER, ItemNumber, NumberStyle, ParagraphKind, file_number
from desktop.services.sources.word_numbering import ListLabel

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
_STYLES = {s.value: s for s in NumberStyle}


class LevelStyle(NamedTuple):
    """How one level of a list style labels its items (style None: bulleted)."""

    style: NumberStyle | None
    prefix: str = ""
    suffix: str = ""
    start: int = 1
    display: int = 1


class ListCount:
    """The numbers of one list so far, per level (levels from 0)."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}


class OdtNumbering:
    """The list styles of a document (content.xml's and styles.xml's)."""

    def __init__(self, roots: list[Any]) -> None:
        self.styles: dict[str, dict[int, LevelStyle]] = {}
        self.paragraph_lists: dict[str, tuple[str, str]] = {}  # paragraph style: (list style, parent)
        for root in roots:
            for style in root.iter(f"{{{_TEXT}}}list-style"):
                levels: dict[int, LevelStyle] = {}
                for level in style:
                    depth = file_number(level.get(f"{{{_TEXT}}}level"), 1) - 1
                    if level.tag == f"{{{_TEXT}}}list-level-style-number":
                        number_format = level.get(f"{{{_STYLE}}}num-format", "1")
                        levels[depth] = LevelStyle(
                            _STYLES.get(number_format, NumberStyle.DECIMAL) if number_format else None,
                            level.get(f"{{{_STYLE}}}num-prefix", ""), level.get(f"{{{_STYLE}}}num-suffix", ""),
                            file_number(level.get(f"{{{_TEXT}}}start-value"), 1),
                            max(1, file_number(level.get(f"{{{_TEXT}}}display-levels"), 1)))
                    else:
                        levels[depth] = LevelStyle(None)
                self.styles[style.get(f"{{{_STYLE}}}name", "")] = levels
            for style in root.iter(f"{{{_STYLE}}}style"):
                self.paragraph_lists[style.get(f"{{{_STYLE}}}name", "")] = (
                    style.get(f"{{{_STYLE}}}list-style-name", ""), style.get(f"{{{_STYLE}}}parent-style-name", ""))
        self.by_id: dict[str, ListCount] = {}
        self.last: ListCount | None = None  # the last outermost list's numbers

    def list_count(self, element: Any) -> ListCount:
        """The numbers an outermost ``text:list`` counts on (its own, or the list's it continues)."""
        continued = element.get(f"{{{_TEXT}}}continue-list")
        if continued and continued in self.by_id:
            count = self.by_id[continued]
        elif element.get(f"{{{_TEXT}}}continue-numbering") == "true" and self.last is not None:
            count = self.last
        else:
            count = ListCount()
        own = element.get(_XML_ID)
        if own:
            self.by_id[own] = count
        self.last = count
        return count

    def list_style(self, style: str, paragraph: Any) -> str:
        """The list style of an item: its list's, else its paragraph style's."""
        if style:
            return style
        name = paragraph.get(f"{{{_TEXT}}}style-name", "")
        for _ in range(20):  # a chain of parent styles, bounded against loops
            if name not in self.paragraph_lists:
                return ""
            own, name = self.paragraph_lists[name]
            if own:
                return own
        return ""

    def label(self, count: ListCount, style: str, level: int, item: Any) -> ListLabel:
        """The label of an item at ``level`` (from 0) of a list in ``style``, counting it."""
        levels = self.styles.get(style, {})
        definition = levels.get(level, LevelStyle(None))
        start = item.get(f"{{{_TEXT}}}start-value")
        counts = count.counts
        if start is not None:
            counts[level] = file_number(start, definition.start)
        else:
            counts[level] = min(LARGEST_NUMBER, counts[level] + 1) if level in counts else definition.start
        for deeper in [other for other in counts if other > level]:
            del counts[deeper]
        if definition.style is None:
            return ListLabel(ParagraphKind.LIST_ITEM, None, level)
        above = []
        for other in range(max(0, level - definition.display + 1), level):
            other_style = levels.get(other, LevelStyle(None)).style or NumberStyle.DECIMAL
            above.append(ItemNumber(counts.get(other, levels.get(other, LevelStyle(None)).start), other_style).text)
        prefix = definition.prefix + "".join(f"{text}." for text in above)
        return ListLabel(ParagraphKind.NUMBERED_ITEM,
                         ItemNumber(counts[level], definition.style, prefix, definition.suffix), level)
