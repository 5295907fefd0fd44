"""Search folding: the same word matches however it is written.

Folding ignores case, Arabic diacritics (harakat), tatweel, the written forms of
alef and hamza seats, alef maqsura, teh marbuta, Russian ё/е, German ß/ss and
Latin accents and umlauts. The rules follow the usual practice of search engines
(e.g. Lucene's Arabic normaliser). :func:`fold_with_map` keeps, for each folded
character, the offset of the original character it came from, so a match in the
folded text maps back to a range of the original.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_ARABIC_MARKS = (
    set(range(0x0610, 0x061B))
    | set(range(0x064B, 0x0660))
    | {0x0670}
    | set(range(0x06D6, 0x06DD))
    | set(range(0x06DF, 0x06E9))
    | set(range(0x06EA, 0x06EE))
)
_TATWEEL = 0x0640
_ARABIC_MAP = {
    "\u0622": "\u0627",  # alef with madda
    "\u0623": "\u0627",  # alef with hamza above
    "\u0625": "\u0627",  # alef with hamza below
    "\u0671": "\u0627",  # alef wasla
    "\u0672": "\u0627",
    "\u0673": "\u0627",
    # Hamza seats vary between writers (مسؤولية / مسئولية): fold them to bare hamza.
    "\u0624": "\u0621",  # waw with hamza
    "\u0626": "\u0621",  # yeh with hamza
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u06cc": "\u064a",  # Farsi yeh -> Arabic yeh
    "\u06a9": "\u0643",  # keheh -> kaf
}
_CYRILLIC_MAP = {"\u0451": "\u0435"}  # ё -> е (after case folding)


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """Return the folded form of one character (possibly empty or longer)."""
    out = []
    for ch in char.casefold():
        cp = ord(ch)
        if cp == _TATWEEL or cp in _ARABIC_MARKS:
            continue
        if ch in _ARABIC_MAP:
            out.append(_ARABIC_MAP[ch])
        elif ch in _CYRILLIC_MAP:
            out.append(_CYRILLIC_MAP[ch])
        elif cp < 0x0250 or 0x1E00 <= cp < 0x1F00:
            # Latin: drop accents and umlauts (ä -> a, é -> e); ß became ss above.
            out.extend(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        else:
            out.append(ch)
    return "".join(out)


class _FoldTable(dict[int, str]):
    """The folded form of each character by code point, filled as characters are met:
    a table for :meth:`str.translate`, which looks each character up in it (a missing
    one is folded once by :func:`fold_char` and kept)."""

    def __missing__(self, code_point: int) -> str:
        folded = self[code_point] = fold_char(chr(code_point))
        return folded


_FOLDED = _FoldTable()


def fold(text: str) -> str:
    """Fold a whole string for matching (character by character, as :func:`fold_char`)."""
    return text.translate(_FOLDED)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and return, for every folded character, its original offset.

    The map has one extra entry at the end (``len(text)``) so that a match ending at
    the end of the folded text maps to the end of the original.
    """
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = fold_char(ch)
        if folded:
            parts.append(folded)
            offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return "".join(parts), offsets


def find_all(text: str, query: str, folded: tuple[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Every non-overlapping match of ``query`` in ``text``, as original (start, end).

    Pass a precomputed ``fold_with_map(text)`` to search the same text repeatedly.
    An end that falls inside a sequence of dropped marks is extended over them, so a
    match on an Arabic word includes its trailing diacritics.
    """
    needle = fold(query)
    if not needle:
        return []
    haystack, offsets = folded if folded is not None else fold_with_map(text)
    matches: list[tuple[int, int]] = []
    pos = haystack.find(needle)
    while pos != -1:
        end_folded = pos + len(needle)
        start = offsets[pos]
        end = offsets[end_folded - 1] + 1
        # Take the ignorable marks that follow the last matched letter.
        while end < len(text) and not fold_char(text[end]):
            end += 1
        matches.append((start, end))
        pos = haystack.find(needle, end_folded)
    return matches
