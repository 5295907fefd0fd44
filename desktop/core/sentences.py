"""Sentence splitting with offsets, offline, for Arabic, Russian, German, English and
languages punctuated like them.

A sentence ends at ``.``, ``!``, ``?``, ``؟``, ``…`` (or a run of them), optionally
followed by closing quotes or brackets, then white space and the start of the next
sentence. It does not end after a known abbreviation (``z. B.``, ``т. е.``, ``Dr.``),
an initial (``Donald J. Trump``, ``Дж. Д. Вэнс``, ``Wm. Blake``, ``د. محمد``), or
inside a number (``2.5``); in scripts with capitals, the next sentence must start
with a capital, a digit or a quote.
Offsets are code points into the given text; ``text[s:e]`` is the sentence.
"""

from __future__ import annotations

import re
import unicodedata

_END = re.compile(r"[.!?؟…。]+[\"'»”’“)\]]*(?=\s)")
_ABBREVIATIONS = {
    # English (its titles and months: _CAPITALISED)
    "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n", "inc", "ltd", "co", "corp",
    # German
    "z.b", "u.a", "bzw", "nr", "ca", "usw", "vgl", "d.h", "s", "mio", "mrd", "bzgl", "ggf", "inkl", "evtl",
    "sog", "str", "abs", "art", "z", "b", "u", "a", "o", "ä", "v", "chr", "hl",
    # Russian
    "г", "гг", "т.е", "т.д", "т.п", "т.к", "др", "им", "ул", "млн", "млрд", "тыс", "руб", "стр", "см", "с",
    "т", "е", "д", "п", "н", "э", "в", "вв", "ок", "проф", "акад", "г-н", "г-жа", "т.н", "св", "напр",
}
# English titles and months are abbreviations only as English writes them, capitalised
# ("Mr.", "Gen.", "Mar. 5", "No. 10"): in lower case they are words of other languages
# that end sentences ("agua de mar.", "dijo que no.", "il col.").
_CAPITALISED = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "gen", "col", "lt", "sen", "rep", "gov", "jr", "sr",
})
# Vowels of the cased scripts whose short words without one are abbreviations or
# initials ("Дж.", "Вл.", "Mr.", "Wm.", "Chr."): a real word has a vowel. Letters are
# compared without their accents ("ё" is "е").
_VOWELS = frozenset("aeiouyæœøаеиоуыэюяіїєαεηιουω")
_VOWEL_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD_BEFORE = re.compile(r"([\w.\-]+)$")
_GERMAN_MONTH = re.compile(r"\s+(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
                           r"Dezember)\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial."""
    match = _WORD_BEFORE.search(text, max(0, dot - 64), dot)  # a word, not the whole text before it
    if not match:
        return False
    word = match.group(1).strip(".").lower()
    if not word:
        return False
    first = text[match.start(1)]
    if word in _CAPITALISED:
        return first.isupper()
    if word in _ABBREVIATIONS:
        return True
    # A German day before its month ("am 8. April 2024") is an ordinal, not a sentence end.
    if word.isdigit() and len(word) <= 2 and _GERMAN_MONTH.match(text, dot + 1):
        return True
    if len(word) == 1:
        if first.isupper():  # a single capital: an initial ("J. Trump"), not the end of a sentence
            return True
        # In a script without capitals an initial or a title ("د. محمد") is a lone letter
        # followed by a name; after a number it is an era ("عام 2020 م.") and may end it.
        return first.isalpha() and first.lower() == first.upper() and not _after_number(text, match.start(1))
    # A capitalised word of two or three letters without a vowel: a multi-letter initial
    # or a title ("Дж. Д. Вэнс", "Mr. Smith"), never the end of a sentence. An acronym in
    # capitals ("в США.") and an interjection that stretches a letter ("Hmm.") can end one.
    written = match.group(1).strip(".")
    return len(written) <= 3 and written.isalpha() and first.isupper() and written[1:].islower() \
        and written[-1] != written[-2] and _without_vowel(word)


def _without_vowel(word: str) -> bool:
    """Whether ``word`` is all Latin, Cyrillic or Greek letters and none is a vowel."""
    for ch in word:
        if not unicodedata.name(ch, "").startswith(_VOWEL_SCRIPTS):
            return False
        if unicodedata.normalize("NFD", ch)[0] in _VOWELS:
            return False
    return True


def _after_number(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` (across white space) is a number."""
    before = text[max(0, pos - 32):pos].rstrip()
    return bool(before) and before[-1].isdigit()


def _starts_sentence(text: str, pos: int) -> bool:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        return False
    ch = text[pos]
    if ch.isdigit() or ch in "\"'«„“‘([—–-":
        return True
    if ch.isalpha():
        # Scripts without case (Arabic, Hebrew, CJK ...) cannot signal with a capital.
        return ch.isupper() or ch.lower() == ch.upper()
    return False


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as (start, end) offsets into ``text``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        punctuation = match.group(0)
        just_a_full_stop = punctuation.startswith(".") and len(punctuation.rstrip("\"'»”’“)]")) == 1
        if just_a_full_stop and _is_abbreviation(text, match.start()):
            continue
        if not _starts_sentence(text, stop):
            continue
        spans.append((sentence_start, stop))
        sentence_start = stop
    spans.append((sentence_start, end))
    trimmed = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed
