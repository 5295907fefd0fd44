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
``n``; its number is one more than the numbered item's before it since the last
paragraph that is not a list item (``item_number``), written the same way, so a
bulleted sub-list does not restart it, and the first is 1 in digits. An item whose
label says otherwise -- a list that continues after a paragraph (``<ol start="5">``), a
``<li value>``, a ``reversed`` list, a nested list that starts again, letters or Roman
numerals (``type="a"``) -- has its label after the letters, behind a ``:``: its
paragraph's index, ``=``, the style (``a``, ``A``, ``i``, ``I``; none for digits) and
the number (``"hpnnpnnp:5=3"``: the second list goes on at 3; ``"pnn:1=a1"``: a. and b.).
So the letters stay one per paragraph, as they were: documents stored before labels
existed read as they did, and a Triptych from before reads the kinds of the new ones
right (it numbers their items from 1 again, as it did).

A list item of a nested list (a Word paragraph at level 2, an OpenDocument list inside a
list item, an HTML ``<ol>`` inside an ``<li>``) says its level after the number,
``/level`` (from 0, which is not written, to 9); a label with other text around its number
than a full stop after it (``a)``, ``(iv)``, ``1.2.``, ``Article 3:``) says it after
that, as ``'prefix'suffix`` with both percent-encoded (``"pnnn:2=a1/1'%28'%29"``: the
third paragraph is "(a)" one level in). A bulleted item of a nested list is written
with its level alone (``3=/1``). Numbers count per level: an item counts on from the
item before it at its level, and an item at a higher level ends the lists below it.
Older Triptychs read the number of such an entry and pass over the rest; an item whose
number an older Triptych would count otherwise (it counts every numbered item of a run
one on, whatever its level) has its number written, so it shows the same number.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import quote, unquote


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


class NumberStyle(StrEnum):
    """How a numbered item's number is written; the values are HTML's ``<ol type>``."""

    DECIMAL = "1"
    LOWER_ALPHA = "a"
    UPPER_ALPHA = "A"
    LOWER_ROMAN = "i"
    UPPER_ROMAN = "I"


class ItemNumber(NamedTuple):
    """The number a numbered item shows, and how it is written: its style, and the text
    before and after it in the label ("(" and ")" in "(a)"; a Word label "%1.%2." has
    the number of the item above it in its prefix: "1.")."""

    value: int
    style: NumberStyle = NumberStyle.DECIMAL
    prefix: str = ""
    suffix: str = "."

    @property
    def text(self) -> str:
        """The number as the style writes it ("5", "e", "v"), without the full stop.

        As browsers do, a number the letters or numerals cannot write (0 or less; Roman
        numerals past 3999) is written in digits.
        """
        value, style = self.value, self.style
        if style in (NumberStyle.LOWER_ALPHA, NumberStyle.UPPER_ALPHA) and value > 0:
            letters = ""
            while value > 0:
                value, rest = divmod(value - 1, 26)
                letters = chr(ord("a") + rest) + letters
            return letters.upper() if style is NumberStyle.UPPER_ALPHA else letters
        if style in (NumberStyle.LOWER_ROMAN, NumberStyle.UPPER_ROMAN) and 0 < value < 4000:
            numeral = ""
            for amount, symbol in _ROMAN:
                count, value = divmod(value, amount)
                numeral += symbol * count
            return numeral.lower() if style is NumberStyle.LOWER_ROMAN else numeral
        return str(value)

    @property
    def label(self) -> str:
        """The label printed before the item: "5.", "e.", "v." as a browser prints them,
        "a)", "(iv)", "1.2." as a word processor may."""
        return f"{self.prefix}{self.text}{self.suffix}"

    def counted(self) -> ItemNumber:
        """The number of the item after this one in its list: one more, written the same way."""
        return self._replace(value=self.value + 1)


def label_number(label: str) -> ItemNumber | None:
    """The number a printed list label gives ("5.", "5)", "(e)", "IV.", "٥.", "1.2."), None
    for a bullet or anything else: how a numbered item read back from print is told from
    a bulleted one. A lone "i" or "I" is a Roman one, any other lone letter a letter. The
    text around the number is kept ("(" and ")", "1." before the "2" of "1.2.")."""
    match = _LABEL_RE.fullmatch(label.strip())
    if match is None:
        return None
    prefix, body, suffix = match.groups()
    if body.isdecimal():
        return ItemNumber(int("".join(str(unicodedata.digit(ch)) for ch in body)), NumberStyle.DECIMAL, prefix,
                          suffix)
    upper = body.isupper()
    roman = _roman_value(body.upper())
    if roman is not None and (len(body) > 1 or body in "iI"):
        return ItemNumber(roman, NumberStyle.UPPER_ROMAN if upper else NumberStyle.LOWER_ROMAN, prefix, suffix)
    if len(body) > 3 or not body.isascii() or not (body.isupper() or body.islower()):
        return None
    value = 0
    for ch in body.lower():
        value = value * 26 + ord(ch) - ord("a") + 1
    return ItemNumber(value, NumberStyle.UPPER_ALPHA if upper else NumberStyle.LOWER_ALPHA, prefix, suffix)


def _roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral (as ``ItemNumber.text`` writes them), else None."""
    value, rest = 0, numeral
    for amount, symbol in _ROMAN:
        while rest.startswith(symbol):
            value, rest = value + amount, rest[len(symbol):]
    return value if not rest and value and ItemNumber(value, NumberStyle.UPPER_ROMAN).text == numeral else None


# The deepest level kept: LibreOffice's tenth (Word has nine); an item nested deeper is
# drawn at it, as the text would otherwise be squeezed to a letter a line.
DEEPEST_LEVEL = 9
LARGEST_NUMBER = 999_999_999  # the largest list number stored (nine digits), and so shown


def file_number(text: str | None, default: int) -> int:
    """A list number written in a file (a start value, a level), within what the stored
    kinds hold: a larger one is damage and reads as the largest; no number, ``default``.
    Never ``int()`` on all the digits: Python refuses more than 4,300 of them."""
    text = (text or "").strip()
    sign = -1 if text[:1] == "-" else 1
    digits = text[1:] if text[:1] in ("-", "+") else text
    if not digits.isdecimal():
        return default
    if len(digits) > len(str(LARGEST_NUMBER)):
        return sign * LARGEST_NUMBER
    return sign * min(LARGEST_NUMBER, int(digits))
_LABEL_RE = re.compile(r"((?:\d{1,9}\.){0,8}\(?)(\d{1,9}|[A-Za-z]{1,3}|[ivxlcdmIVXLCDM]{1,12})([.)])")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
# After the letters: the labels counting would not give, comma-separated, each
# "index=" and then any of: style and number, "/level", "'prefix'suffix" (percent-encoded).
_ENTRY_RE = re.compile(r"(\d{1,9})=(?:([aAiI]?)(-?\d{1,9}))?(?:/(\d{1,2}))?(?:'([^',]*)'([^',]*))?(?=,|$)")


class _Parsed(NamedTuple):
    kinds: tuple[ParagraphKind, ...]
    numbers: tuple[ItemNumber | None, ...]
    levels: tuple[int, ...]


class _Given(NamedTuple):
    """What one stored entry says of an item (None: what counting gives)."""

    number: tuple[NumberStyle, int] | None
    level: int
    affixes: tuple[str, str] | None


class _Counter:
    """The numbers of one run of list items, per level: an item counts on from the item
    before it at its level, and ends the lists below it."""

    def __init__(self) -> None:
        self.last: dict[int, ItemNumber] = {}

    def item(self, level: int, numbered: bool) -> ItemNumber | None:
        """What counting gives the next item at ``level`` (None for a bulleted one)."""
        for deeper in [other for other in self.last if other > level]:
            del self.last[deeper]
        if not numbered:
            return None
        previous = self.last.get(level)
        return ItemNumber(1) if previous is None else previous.counted()

    def given(self, level: int, number: ItemNumber) -> None:
        self.last[level] = number


def _written(number: ItemNumber, counted: ItemNumber, level: int, flat: ItemNumber) -> str:
    """The stored entry of a list item, "" when counting gives it all. ``flat`` is what a
    Triptych from before levels counts (every numbered item of a run of list items one
    more than the one before it, whatever its level): the number is written whenever
    that differs too, so such a Triptych shows each item's own number."""
    entry = ""
    if not (number.value, number.style) == (counted.value, counted.style) == (flat.value, flat.style):
        entry = f"{'' if number.style is NumberStyle.DECIMAL else number.style.value}{number.value}"
    if level:
        entry += f"/{level}"
    if (number.prefix, number.suffix) != (counted.prefix, counted.suffix):
        entry += f"'{quote(number.prefix, safe='')}'{quote(number.suffix, safe='')}"
    return entry


@lru_cache(maxsize=16)
def _parse(kinds: str) -> _Parsed:
    """Each paragraph's kind, number and level, read once per stored string (a reader asks
    for every paragraph of a long document)."""
    letters, _, labels = kinds.partition(":")
    given: dict[int, _Given] = {}
    for written in labels.split(","):
        match = _ENTRY_RE.fullmatch(written)
        if match is None:
            continue
        index, style, value, level, prefix, suffix = match.groups()
        given[int(index)] = _Given(
            (NumberStyle(style or "1"), int(value)) if value is not None else None,
            min(DEEPEST_LEVEL, int(level or 0)), (unquote(prefix), unquote(suffix)) if prefix is not None else None)
    parsed = tuple(_BY_LETTER.get(letter, ParagraphKind.PARAGRAPH) for letter in letters)
    numbers: list[ItemNumber | None] = []
    levels: list[int] = []
    counter = _Counter()
    for index, kind in enumerate(parsed):
        if not kind.is_list_item:  # a paragraph: no number, and the run of items before it ends
            levels.append(0)
            numbers.append(None)
            if counter.last:
                counter = _Counter()
            continue
        entry = given.get(index, _Given(None, 0, None))
        level = entry.level
        levels.append(level)
        counted = counter.item(level, kind is ParagraphKind.NUMBERED_ITEM)
        if counted is None:
            numbers.append(None)
            continue
        number = counted
        if entry.number is not None:
            number = number._replace(style=entry.number[0], value=entry.number[1])
        if entry.affixes is not None:
            number = number._replace(prefix=entry.affixes[0], suffix=entry.affixes[1])
        counter.given(level, number)
        numbers.append(number)
    return _Parsed(parsed, tuple(numbers), tuple(levels))


def encode_kinds(kinds: list[ParagraphKind], numbers: list[ItemNumber | None] | None = None,
                 levels: list[int] | None = None) -> str:
    """The stored form: one letter per paragraph, then the labels and levels counting
    would not give, or "" when all are plain paragraphs.

    ``numbers`` are the numbered items' numbers as the source shows them (None where it
    gives none: such an item counts on from the one before it at its level); ``levels``
    each list item's level in nested lists (0: the outermost).
    """
    if all(kind is ParagraphKind.PARAGRAPH for kind in kinds):
        return ""
    labels = []
    counter = _Counter()
    flat: ItemNumber | None = None  # the last numbered item's of the run, as an older Triptych counts
    for index, kind in enumerate(kinds):
        if not kind.is_list_item:
            counter = _Counter()
            flat = None
            continue
        level = max(0, min(DEEPEST_LEVEL, levels[index])) if levels is not None and index < len(levels) else 0
        counted = counter.item(level, kind is ParagraphKind.NUMBERED_ITEM)
        if counted is None:
            if level:
                labels.append(f"{index}=/{level}")
            continue
        number = numbers[index] if numbers is not None and index < len(numbers) else None
        number = number or counted
        counter.given(level, number)
        older = ItemNumber(1) if flat is None else ItemNumber(flat.value + 1, flat.style)
        flat = number
        entry = _written(number, counted, level, older)
        if entry:
            labels.append(f"{index}={entry}")
    letters = "".join(kind.letter for kind in kinds)
    return f"{letters}:{','.join(labels)}" if labels else letters


def kind_at(kinds: str, index: int) -> ParagraphKind:
    """The kind of paragraph ``index`` given the stored letters (a paragraph beyond them is plain)."""
    parsed = _parse(kinds).kinds
    return parsed[index] if 0 <= index < len(parsed) else ParagraphKind.PARAGRAPH


def item_label(kinds: str, index: int) -> ItemNumber | None:
    """The number paragraph ``index`` shows in its numbered list, None if it is not a
    numbered item."""
    numbers = _parse(kinds).numbers
    return numbers[index] if 0 <= index < len(numbers) else None


def item_level(kinds: str, index: int) -> int:
    """How deep paragraph ``index`` is in nested lists: 0 for an item of an outermost list
    (and for any paragraph that is not a list item)."""
    levels = _parse(kinds).levels
    return levels[index] if 0 <= index < len(levels) else 0


def item_number(kinds: str, index: int) -> int | None:
    """The number paragraph ``index`` has in its numbered list (1, 2, ... unless the
    source numbered it otherwise), None if it is not a numbered item."""
    label = item_label(kinds, index)
    return None if label is None else label.value


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
