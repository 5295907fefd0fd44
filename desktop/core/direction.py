"""Base direction of paragraphs and documents.

python-bidi decides a paragraph's base direction by the Unicode rule (the first
strong character, UAX #9 P2-P3). News text often starts a right-to-left sentence
with a Latin name ("AnewZ ذكرت ..."), which that rule alone would lay out left to
right. So when the other direction holds a clear majority of the strong letters
(more than twice as many), the majority wins; otherwise python-bidi's answer stands.

A paragraph that starts with an explicit direction mark (U+200F RIGHT-TO-LEFT MARK,
U+061C ARABIC LETTER MARK, U+200E LEFT-TO-RIGHT MARK) is in that direction whatever its
letters: the mark is how a source's own statement of direction is kept in the text
(a Word paragraph marked right to left that is mostly Latin names and figures), and
Qt, browsers and other bidi engines read it the same way.
"""

from __future__ import annotations

import re
from enum import StrEnum

from bidi import get_base_level

# Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Arabic supplements and
# presentation forms: the letters of right-to-left scripts.
_RTL_LETTERS = re.compile(
    "[\u0590-\u05ff\u0600-\u06ff\u0700-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]"
)
_RTL_MARKS = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
#: A right-to-left letter that is not a mark (what strong_counts counts as right to left).
_RTL_LETTER = re.compile(f"(?!{_RTL_MARKS.pattern}){_RTL_LETTERS.pattern}")
# Letters of left-to-right scripts (Latin, Greek, Cyrillic, Armenian, Georgian, CJK ...):
# every word character that is not a digit, an underscore or right-to-left.
_LTR_LETTERS = re.compile("[^\\W\\d_\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


class Direction(StrEnum):
    """The base direction of a paragraph or a document."""

    LTR = "ltr"
    RTL = "rtl"

    @property
    def is_rtl(self) -> bool:
        return self is Direction.RTL


def strong_counts(text: str) -> tuple[int, int]:
    """Count (left-to-right, right-to-left) letters in ``text``."""
    rtl = len(_RTL_LETTERS.findall(text)) - len(_RTL_MARKS.findall(text))
    ltr = len(_LTR_LETTERS.findall(text))
    return ltr, rtl


#: Marks a paragraph may start with to state its direction.
RLM, ALM, LRM = "\u200f", "\u061c", "\u200e"


def paragraph_direction(text: str, default: Direction = Direction.LTR) -> Direction:
    """The base direction of one paragraph (see the module docstring)."""
    start = text.lstrip()[:1]
    if start in (RLM, ALM):
        return Direction.RTL
    if start == LRM:
        return Direction.LTR
    # Most paragraphs are in one script: one look for a letter of each direction settles
    # them without counting (a 2 MB article opens that much sooner).
    if _RTL_LETTER.search(text) is None:
        return Direction.LTR if _LTR_LETTERS.search(text) else default
    if _LTR_LETTERS.search(text) is None:
        return Direction.RTL
    ltr, rtl = strong_counts(text)
    # A clear majority wins whatever the first letter is, so python-bidi is asked only
    # when it can make a difference (this keeps a 2 MB article quick to open).
    if rtl > 2 * ltr:
        return Direction.RTL
    if ltr > 2 * rtl:
        return Direction.LTR
    return Direction.RTL if get_base_level(text) == 1 else Direction.LTR


def document_direction(text: str) -> Direction:
    """The base direction of a whole document: that of the majority of its letters."""
    ltr, rtl = strong_counts(text)
    return Direction.RTL if rtl > ltr else Direction.LTR
