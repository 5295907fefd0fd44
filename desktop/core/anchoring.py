"""Anchoring annotations to text that may change (W3C Web Annotation selectors).

A passage is described by a TextQuoteSelector (the exact text, with some context
before and after) and a TextPositionSelector (start and end offsets in code points of
the logical text). Placing it again in a text -- the same one or a new version of it
-- tries, in order:

1. the stored position, if the exact quote is still there;
2. every occurrence of the exact quote, the one whose context and position agree best;
3. a fuzzy match near where the passage was (for a passage that changed a little);

and gives up (the annotation becomes *orphaned*, never dropped) when none is good enough.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import difflib


@lru_cache(maxsize=1)
def _matcher_class() -> type[difflib.SequenceMatcher[str]]:
    """difflib's SequenceMatcher, imported only when anchoring is needed (not at start-up)."""
    from difflib import SequenceMatcher

    return SequenceMatcher


def SequenceMatcher(isjunk: Callable[[str], bool] | None, a: str, b: str, *,
                    autojunk: bool = True) -> difflib.SequenceMatcher[str]:
    return _matcher_class()(isjunk, a, b, autojunk=autojunk)


#: Characters of context kept on each side of a quote.
CONTEXT = 32
#: A fuzzy match must be at least this similar to the stored quote.
MIN_FUZZY_SIMILARITY = 0.75


@dataclass(frozen=True, slots=True)
class Selector:
    """Where a passage is, described twice (by quote and by position)."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a selector landed in a text, and how."""

    start: int
    end: int
    method: str  # "position" | "quote" | "fuzzy"

    @property
    def exact_match(self) -> bool:
        return self.method in ("position", "quote")


def describe(text: str, start: int, end: int, context: int = CONTEXT) -> Selector:
    """The selectors for ``text[start:end]``."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"range {start}..{end} is outside a text of {len(text)} characters")
    return Selector(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def _context_score(text: str, start: int, end: int, selector: Selector) -> float:
    """How well the text around a candidate agrees with the stored prefix and suffix (0..1)."""
    before = text[max(0, start - len(selector.prefix)) : start]
    after = text[end : end + len(selector.suffix)]
    scores = []
    if selector.prefix:
        scores.append(SequenceMatcher(None, before, selector.prefix, autojunk=False).ratio())
    if selector.suffix:
        scores.append(SequenceMatcher(None, after, selector.suffix, autojunk=False).ratio())
    return sum(scores) / len(scores) if scores else 1.0


def _occurrences(text: str, needle: str) -> list[int]:
    found = []
    pos = text.find(needle)
    while pos != -1:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def place(text: str, selector: Selector) -> Placement | None:
    """Find ``selector`` in ``text`` (see the module docstring); None if it cannot be placed."""
    exact = selector.exact
    if not exact:
        return None
    if (text[selector.start : selector.end] == exact
            and _context_score(text, selector.start, selector.end, selector) > 0.5):
        return Placement(selector.start, selector.end, "position")
    candidates = _occurrences(text, exact)
    if candidates:
        span = max(len(text), 1)

        def score(pos: int) -> float:
            distance = abs(pos - selector.start) / span
            return _context_score(text, pos, pos + len(exact), selector) * 2 - distance

        best = max(candidates, key=score)
        return Placement(best, best + len(exact), "quote")
    return _fuzzy(text, selector)


def _fuzzy(text: str, selector: Selector) -> Placement | None:
    """A passage that changed a little: find the most similar stretch near where it was."""
    exact = selector.exact
    n = len(exact)
    if n < 4:
        return None
    # Look for the quote's head and tail (a third of it each) and take the stretch between.
    third = max(2, n // 3)
    head, tail = exact[:third], exact[-third:]
    window = max(2000, n * 10)
    lo = max(0, selector.start - window)
    hi = min(len(text), selector.end + window)
    candidates: list[tuple[int, int]] = []
    for h in _occurrences(text[lo:hi], head):
        start = lo + h
        t = text.find(tail, start + third, min(len(text), start + int(n * 1.5) + third))
        if t != -1:
            candidates.append((start, t + len(tail)))
    step = max(1, n // 60)
    for t in _occurrences(text[lo:hi], tail):
        end = lo + t + len(tail)
        candidates.extend((max(0, end - length), end) for length in range(int(n * 0.7), int(n * 1.3) + 1, step))
    for h in _occurrences(text[lo:hi], head):
        start = lo + h
        lengths = range(int(n * 0.7), int(n * 1.3) + 1, step)
        candidates.extend((start, min(len(text), start + length)) for length in lengths)
    if not candidates:
        # Neither end survived: the longest common block, if it is most of the quote.
        matcher = SequenceMatcher(None, text[lo:hi], exact, autojunk=False)
        block = matcher.find_longest_match(0, hi - lo, 0, n)
        if block.size >= n * 0.5:
            start = lo + block.a - block.b
            candidates.append((max(0, start), min(len(text), start + n)))
    best: tuple[float, int, int] | None = None
    for start, end in candidates:
        similarity = SequenceMatcher(None, text[start:end], exact, autojunk=False).ratio()
        if best is None or similarity > best[0]:
            best = (similarity, start, end)
    if best is None or best[0] < MIN_FUZZY_SIMILARITY:
        return None
    start, end = _snap_to_words(text, best[1], best[2])
    return Placement(start, end, "fuzzy")


def _snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a fuzzy match that cuts a word in two to the whole word."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def find_quote(text: str, quote: str, occurrence: int | None = None) -> tuple[int, int] | list[int]:
    """Offsets of ``quote`` in ``text``: (start, end) when it is unambiguous.

    Returns the list of start offsets when the quote is missing (empty list) or occurs
    more than once and no ``occurrence`` (1-based) was given.
    """
    starts = _occurrences(text, quote) if quote else []
    if occurrence is not None:
        if 1 <= occurrence <= len(starts):
            s = starts[occurrence - 1]
            return s, s + len(quote)
        return []
    if len(starts) == 1:
        return starts[0], starts[0] + len(quote)
    return starts
