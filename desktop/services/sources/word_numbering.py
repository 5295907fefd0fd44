"""Word's list numbers, counted as Word counts them (ECMA-376 part 1, 17.9).

mammoth turns a numbered paragraph into an ``<li>`` of an ``<ol>`` but keeps no number:
a list that starts at 5, goes on after a plain paragraph or is numbered "a)" would read
1., 2., 3. So ``word/numbering.xml`` and ``word/document.xml`` are read here for each
list paragraph's label:

- a paragraph's numbering is its ``w:numPr`` (``w:numId``, ``w:ilvl``), else its style's
  (through the styles it is based on); ``w:numId`` 0 takes numbering away; an abstract
  numbering with a ``w:numStyleLink`` is a list style's, whose levels are those its
  numbering style's ``w:num`` gives;
- a ``w:num`` points to a ``w:abstractNum``, whose ``w:lvl`` give each level's
  ``w:start``, ``w:numFmt`` (``decimal``, ``lowerLetter``, ``upperRoman``, ``bullet``
  ...) and ``w:lvlText`` ("%1.", "%1.%2.", "(%3)"); a ``w:lvlOverride`` replaces a
  level for one ``w:num``, and its ``w:startOverride`` starts that level again there;
- the count belongs to the abstract numbering: every ``w:num`` of one ``w:abstractNum``
  counts on from the others (Word's "continue numbering"), paragraphs between them or
  not; a ``w:num`` with a ``w:startOverride`` starts again where it is first used
  (Word's "restart numbering", or "set numbering value");
- a level starts again after an item of a higher level, unless ``w:lvlRestart`` says
  otherwise (Word: after any level above the one it names; 0: never).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from desktop.core.kinds import LARGEST_NUMBER, ItemNumber, NumberStyle, ParagraphKind, file_number

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STYLES = {"decimal": NumberStyle.DECIMAL, "decimalZero": NumberStyle.DECIMAL,
           "lowerLetter": NumberStyle.LOWER_ALPHA, "upperLetter": NumberStyle.UPPER_ALPHA,
           "lowerRoman": NumberStyle.LOWER_ROMAN, "upperRoman": NumberStyle.UPPER_ROMAN}
_PLACEHOLDER_RE = re.compile(r"%([1-9])")


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _value(element: Any, child: str) -> str | None:
    found = element.find(_w(child)) if element is not None else None
    return found.get(_w("val")) if found is not None else None



class Level(NamedTuple):
    """One level of a numbering definition."""

    start: int
    format: str  # w:numFmt
    text: str  # w:lvlText
    restart: int | None  # w:lvlRestart: a 1-based level, 0 for never; None: after the level above
    legal: bool  # w:isLgl: the other levels' numbers in digits

    @classmethod
    def read(cls, element: Any) -> Level:
        """A ``w:lvl`` (``w:start`` is 0 when missing, as the standard says)."""
        restart = _value(element, "lvlRestart")
        return cls(file_number(_value(element, "start"), 0), _value(element, "numFmt") or "decimal",
                   _value(element, "lvlText") or "", file_number(restart, 0) if restart is not None else None,
                   element.find(_w("isLgl")) is not None)


class ListLabel(NamedTuple):
    """What one list paragraph shows: bulleted or numbered, its number, its level."""

    kind: ParagraphKind
    number: ItemNumber | None
    level: int
    literal: str = ""  # a plain paragraph's label that is text, not a number ("Step")


class _Num(NamedTuple):
    abstract: str
    levels: dict[int, Level]  # with the overrides' levels in place
    starts: dict[int, int]  # w:startOverride per level


class WordNumbering:
    """The numbering definitions of one document and the counts so far (read paragraphs
    in document order with ``label``)."""

    def __init__(self, numbering: Any | None, styles: Any | None) -> None:
        # each paragraph style's (numId, ilvl) and the style it is based on
        self.styles: dict[str, tuple[str | None, str | None, str]] = {}
        if styles is not None:
            for style in styles.iter(_w("style")):
                num_pr = style.find(f"{_w('pPr')}/{_w('numPr')}")
                self.styles[style.get(_w("styleId")) or ""] = (
                    _value(num_pr, "numId"), _value(num_pr, "ilvl"), _value(style, "basedOn") or "")
        abstracts: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}  # an abstract numbering that is a list style's: the style
        instances: dict[str, str] = {}  # each w:num's abstract numbering
        self.nums: dict[str, _Num] = {}
        if numbering is not None:
            for abstract in numbering.iter(_w("abstractNum")):
                abstract_id = abstract.get(_w("abstractNumId")) or ""
                abstracts[abstract_id] = {
                    file_number(lvl.get(_w("ilvl")), 0): Level.read(lvl) for lvl in abstract.iter(_w("lvl"))}
                link = _value(abstract, "numStyleLink")
                if link:
                    links[abstract_id] = link
            for num in numbering.iter(_w("num")):
                instances[num.get(_w("numId")) or ""] = _value(num, "abstractNumId") or ""
            for num in numbering.iter(_w("num")):
                abstract_id = instances[num.get(_w("numId")) or ""]
                if abstract_id in links:
                    # A list style's definition (w:numStyleLink): the levels are those of
                    # the abstract numbering of the w:num its numbering style names.
                    linked = self._style_numbering(links[abstract_id])[0]
                    abstract_id = instances.get(linked or "", abstract_id)
                levels = dict(abstracts.get(abstract_id, {}))
                starts: dict[int, int] = {}
                for override in num.iter(_w("lvlOverride")):
                    ilvl = file_number(override.get(_w("ilvl")), 0)
                    lvl = override.find(_w("lvl"))
                    if lvl is not None:
                        levels[ilvl] = Level.read(lvl)
                        if lvl.find(_w("start")) is not None:
                            starts[ilvl] = levels[ilvl].start
                    start = _value(override, "startOverride")
                    if start is not None:
                        starts[ilvl] = file_number(start, 0)
                self.nums[num.get(_w("numId")) or ""] = _Num(abstract_id, levels, starts)
        self.counts: dict[str, dict[int, int]] = {}  # per abstract numbering: each level's last number
        self.started: set[tuple[str, int]] = set()  # (numId, level) whose start override was used

    def _style_numbering(self, style_id: str) -> tuple[str | None, str | None]:
        num_id: str | None = None
        ilvl: str | None = None
        for _ in range(20):  # a chain of based-on styles, bounded against loops
            if style_id not in self.styles:
                break
            own_num, own_lvl, style_id = self.styles[style_id]
            num_id = num_id if num_id is not None else own_num
            ilvl = ilvl if ilvl is not None else own_lvl
        return num_id, ilvl

    def label(self, paragraph: Any) -> ListLabel | None:
        """The label of a ``w:p`` (None: not a list paragraph), counting it."""
        properties = paragraph.find(_w("pPr"))
        num_pr = properties.find(_w("numPr")) if properties is not None else None
        num_id, ilvl_text = _value(num_pr, "numId"), _value(num_pr, "ilvl")
        if num_id is None or ilvl_text is None:
            style = _value(properties, "pStyle") if properties is not None else None
            style_num, style_lvl = self._style_numbering(style or "") if style else (None, None)
            num_id = num_id if num_id is not None else style_num
            ilvl_text = ilvl_text if ilvl_text is not None else style_lvl
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        num = self.nums[num_id]
        level = max(0, min(8, file_number(ilvl_text, 0)))
        definition = num.levels.get(level)
        if definition is None:
            return None
        counts = self.counts.setdefault(num.abstract, {})
        if level in num.starts and (num_id, level) not in self.started:
            self.started.add((num_id, level))
            counts[level] = num.starts[level]
        else:
            counts[level] = min(LARGEST_NUMBER, counts[level] + 1) if level in counts else \
                num.starts.get(level, definition.start)
        for deeper in [other for other in counts if other > level]:
            restart = num.levels[deeper].restart if deeper in num.levels else None
            if restart is None or (restart > 0 and level < restart):
                del counts[deeper]
        if definition.format == "bullet":
            return ListLabel(ParagraphKind.LIST_ITEM, None, level)
        own = f"%{level + 1}"

        def others(match: re.Match[str]) -> str:
            other = int(match.group(1)) - 1
            other_level = num.levels.get(other)
            value = counts.get(other, other_level.start if other_level else 1)
            style = NumberStyle.DECIMAL if definition.legal or other_level is None else \
                _STYLES.get(other_level.format, NumberStyle.DECIMAL)
            return ItemNumber(value, style).text

        if definition.format == "none" or own not in definition.text:
            # No number of its own: Word shows the rest of the label as text ("Step",
            # "1." of the level above), or nothing -- a plain paragraph, not a bullet.
            shown = _PLACEHOLDER_RE.sub(others, definition.text.replace(own, "")).strip()
            return ListLabel(ParagraphKind.PARAGRAPH, None, 0, shown)
        before, _, after = definition.text.partition(own)
        number = ItemNumber(counts[level], _STYLES.get(definition.format, NumberStyle.DECIMAL),
                            _PLACEHOLDER_RE.sub(others, before), _PLACEHOLDER_RE.sub(others, after))
        return ListLabel(ParagraphKind.NUMBERED_ITEM, number, level)


def paragraph_labels(document: Any, numbering: Any | None, styles: Any | None) -> list[tuple[str, ListLabel | None]]:
    """Each body paragraph's text and its list label (None for a paragraph not in a list),
    in document order."""
    counter = WordNumbering(numbering, styles)
    return [(_own_text(paragraph), counter.label(paragraph)) for paragraph in _paragraphs(document)]


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _read_children(element: Any) -> list[Any]:
    """What is read of an element's children: of a ``mc:AlternateContent`` (Word 2010 and
    later write a text box twice, a DrawingML shape in ``mc:Choice`` and a VML one in
    ``mc:Fallback``) only its ``mc:Fallback``, as mammoth reads it, so nothing counts twice."""
    children = []
    for child in element:
        if child.tag == f"{{{_MC}}}AlternateContent":
            fallback = child.find(f"{{{_MC}}}Fallback")
            choice = child.find(f"{{{_MC}}}Choice")
            chosen = fallback if fallback is not None else choice
            if chosen is not None:
                children.extend(_read_children(chosen))
        elif isinstance(child.tag, str):
            children.append(child)
    return children


def _descendants(element: Any, prune: tuple[str, ...] = ()) -> Iterator[Any]:
    """The elements under ``element`` in document order, as Word reads them (one choice of
    each alternative, ``_read_children``), not going into those tagged ``prune``."""
    stack = [iter(_read_children(element))]
    while stack:  # a loop, not recursion: a hostile file may nest without end
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
        elif child.tag not in prune:
            yield child
            stack.append(iter(_read_children(child)))


def _paragraphs(document: Any) -> list[Any]:
    """The ``w:p`` of a document in document order, a text box's after the paragraph it is in."""
    return [child for child in _descendants(document) if child.tag == _w("p")]


def _own_text(paragraph: Any) -> str:
    """A paragraph's text from its own runs (not those of a text box in it)."""
    return "".join(child.text or "" for child in _descendants(paragraph, (_w("p"), _w("txbxContent")))
                   if child.tag == _w("t"))
