"""What another QDA program's ``startPosition``/``endPosition`` count.

The REFI-QDA standard says "characters" and leaves the rest to each program, and real
exports disagree: QualCoder (Python) counts code points of the text it saved; NVivo 12
for Windows (.NET) counts UTF-16 code units, so every emoji or other character outside
the Basic Multilingual Plane moves the rest of the text one place, and it counts a
saved CR LF as two; ATLAS.ti, and QualCoder's "MAXQDA line endings" choice, save a
text with CR LF but count each line break once. A source's positions are read in
each counting the text allows, and the one whose passages begin and end at the
boundaries of words (and agree with the names the program gave them) is taken. With
no such evidence -- a text with no line breaks to double and no astral characters --
every counting gives the same answer, and the standard's plain reading stands first.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

from desktop.core.text import normalise_text


@dataclass(frozen=True)
class Counting:
    """One way of counting positions in a source: over ``text``, in code points or UTF-16 units."""

    text: str
    utf16: bool = False
    #: the UTF-16 offset of each character outside the Basic Multilingual Plane (utf16 only)
    _astral: list[int] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def of(cls, text: str, utf16: bool) -> Counting:
        astral: list[int] = []
        if utf16:
            for index, char in enumerate(text):
                if ord(char) > 0xFFFF:
                    astral.append(index + len(astral))
        return cls(text, utf16, astral)

    def index(self, position: int) -> int | None:
        """The code-point index of ``position``; None when it is not a character boundary."""
        if not self.utf16:
            return position if 0 <= position <= len(self.text) else None
        inside = bisect.bisect_left(self._astral, position) - 1
        if inside >= 0 and self._astral[inside] == position - 1:
            return None  # between the two halves of a surrogate pair
        index = position - bisect.bisect_left(self._astral, position)
        return index if 0 <= index <= len(self.text) else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        first, last = self.index(start), self.index(end)
        if first is None or last is None or first >= last:
            return None
        return first, last


def countings(text: str) -> list[Counting]:
    """The ways a program may have counted in ``text``, the standard's plain one first."""
    found = [Counting.of(text, False)]
    astral = any(ord(c) > 0xFFFF for c in text)
    if astral:
        found.append(Counting.of(text, True))
    if "\r\n" in text:
        once = text.replace("\r\n", "\n")
        found.append(Counting.of(once, False))
        if astral:
            found.append(Counting.of(once, True))
    return found


def _word(char: str) -> bool:
    """Part of a word: letters, digits and the marks on them (Arabic vowel signs, accents)."""
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _fits(counting: Counting, start: int, end: int, name: str) -> int:
    """How well a passage read in ``counting`` looks like what a person selected."""
    span = counting.span(start, end)
    if span is None:
        return -4
    first, last = span
    text = counting.text
    score = 0
    if first == 0 or not (_word(text[first - 1]) and _word(text[first])):
        score += 1
    if last == len(text) or not (_word(text[last - 1]) and _word(text[last])):
        score += 1
    name = " ".join(normalise_text(name).split())
    if name:
        passage = " ".join(normalise_text(text[first:last]).split())
        probe = name.rstrip("…. ")[:40]
        if probe and passage.startswith(probe):  # programs name a passage by its first words
            score += 3
    return score


def choose(text: str, passages: list[tuple[int, int, str]]) -> Counting:
    """The counting that fits a source's passages (start, end, name) best; ties keep the earlier."""
    options = countings(text)
    if len(options) == 1 or not passages:
        return options[0]
    scores = [sum(_fits(c, s, e, n) for s, e, n in passages) for c in options]
    return options[scores.index(max(scores))]
